"""The grammar of line ids: the stable names a night gives what it shows, kept in saves, the backlog and seen lines.

    scene.beat              an authored line
    scene.beat.option       the option the player picked there
    scene.beat#memory       one line of a list the rules expand (the survivors, by memory id)
    scene.@escape           the prompt over the hiding places
    scene.@hide:memory      the hiding place the player picked
    scene.@found<n>         the rules' line when the search found her (the n-th find)
    scene.@lost<n>          the rules' line when she came back out unfound (the n-th time)
    scene.@choice           a choice shown without a prompt line (presentation only)

Ids, never positions, so that a save survives an edited story. This module is the only one that builds or parses
them.
"""

from __future__ import annotations

from dataclasses import dataclass

RULE_MARK = "@"
SURVIVOR_MARK = "#"
MAX_NUMBER_DIGITS = 6  # a rule line's number beyond this is damage, not a count


def beat_line(scene: str, beat: str) -> str:
    return f"{scene}.{beat}"


def option_line(scene: str, beat: str, option: str) -> str:
    return f"{scene}.{beat}.{option}"


def listed_line(scene: str, beat: str, item: str) -> str:
    return f"{scene}.{beat}{SURVIVOR_MARK}{item}"


def rule_line(scene: str, rule: str, number: int | None = None) -> str:
    """A line the rules add (`found`, `lost`, `escape`, `choice`), numbered when the rule says it in turn."""
    return f"{scene}.{RULE_MARK}{rule}{'' if number is None else number}"


def hide_line(scene: str, target: str) -> str:
    return f"{scene}.{RULE_MARK}hide:{target}"


def scene_of(line_id: str) -> str:
    """The scene a line id belongs to."""
    return line_id.partition(".")[0]


@dataclass(frozen=True)
class LineId:
    """A parsed line id: exactly one of beat (with option or item) or rule is set."""

    scene: str
    beat: str | None = None
    option: str | None = None
    item: str | None = None  # a listed line's memory
    rule: str | None = None  # found | lost | escape | hide | choice | ...
    number: int | None = None  # the n-th line of a rule said in turn
    target: str | None = None  # the hiding place of a `hide` line


def parse(line_id: str) -> LineId | None:
    """The parts of a line id, or None when it follows no form of the grammar."""
    scene, _, rest = line_id.partition(".")
    if not scene or not rest:
        return None
    if rest.startswith(RULE_MARK):
        body = rest[1:]
        if body.startswith("hide:"):
            target = body[5:]
            return LineId(scene, rule="hide", target=target) if target else None
        name = body.rstrip("0123456789")
        digits = body[len(name):]
        if not name:
            return None
        number = int(digits) if digits and len(digits) < MAX_NUMBER_DIGITS else None
        return LineId(scene, rule=name, number=number)
    beat, _, option = rest.partition(".")
    beat, _, item = beat.partition(SURVIVOR_MARK)
    if not beat:
        return None
    return LineId(scene, beat=beat, option=option or None, item=item or None)
