"""Authored test plans, in the style of Yarn Spinner's: a story beside the lines, options and events a night must show.

A plan (`tests/fixtures/<story>/plans/<name>.plan`) is a text file, one step a line; `#` at the start of a line or
after a space starts a comment (within a line id, as in `ending.beat#memory`, it does not).

Header (before any other step):
    story: <id>              the id of the story the plan is for (checked against the story loaded)
    seed: <n>                the night's seed (default 0)
    lang: <tag>              optional: every line, option and intrusion shown must have text in this language

What the night must show next, in order (expectations):
    line: <line id>          the next line on screen (`memory.beat`, `memory.@escape`, `memory.@found1`, ...)
    options: a, b, c         the choices on offer now, in order (a hiding menu offers `hide:<memory>` and `stay`)
    event: <kind> <subject>  the next event: `intrusion <memory>.<intrusion id>`, `turn <memory>`, `hidden <memory>`,
                             `searched <memory>`, `found <memory>`, `lost <memory>`, `erased <memory>`
    ending: <id>             the night chose this ending (its lines follow as `line:` steps)

What the player does (actions):
    choose: <id>             pick one of the choices on offer (an option, `hide:<memory>` or `stay`)
    hide: <memory>           take the companion into hiding there: from the hiding menu on screen, or, while a line
                             is read, at once (the hide key: the menu it opens is part of the action, not shown)
    wait: <seconds>          let time pass on the line being read (the erasure front eats into the memory)
    stop                     the plan ends here; without it the night must end with the plan's last step

How the runner drives the night. An expectation with nothing observed yet makes the night go on by the one move a
player makes without deciding anything: `continue_()` on a line being read; while a memory dissolves (`DISSOLVING`),
`tick(0.1)` until something is observed or the dissolve is over. Time passes ONLY there and in `wait:`: while a line is
read or a choice waits, no time passes, so an intrusion bound to an erasure level (`at:`) sounds during the dissolve of
its memory unless a `wait:` lets the front move first. The runner never chooses: a night waiting for a choice where the
plan expects a line fails.

What is observed. After each move or action the runner records, in this order: the events the night reported (every
kind but `line`, `choice` and `scene`, which the `line:`/`choose:` steps stand for, and `ending`/`ended`, which
`ending:` and the plan's end stand for), then the line on screen if its id changed, then the choices if a new set is
on offer. Every observation must be matched by the next expectation: an extra line, a missing event or another set of
options fails the plan with the plan's line and what the night showed instead. At the plan's end (without `stop`) the
night is driven on once more: it must end without showing anything else.

Run a draft of a night with a policy to start a plan (then read and correct every line):
    .venv/bin/python tests/plans.py tests/fixtures/harbour/scenes comply 0 [lang]
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from eternal.model.night import Night
from eternal.model.story import Memory, Story, Text

ROOT = Path(__file__).resolve().parent.parent
TICK = 0.1  # seconds per tick while a memory dissolves
MAX_TICKS = 2000  # a dissolve that does not end in this many ticks is a failure, not a hang
MAX_MOVES = 1000  # nor a night that shows nothing in this many moves
SILENT = frozenset({"line", "choice", "scene", "ending", "ended"})  # event kinds the steps stand for themselves

HEADER = ("story", "seed", "lang")
_COMMENT = re.compile(r"(^|\s)#.*$")  # a `#` after a space starts a comment (inside a line id it lists a survivor)
EXPECTATIONS = ("line", "options", "event", "ending")
ACTIONS = ("choose", "hide", "wait", "stop")


class PlanError(ValueError):
    """The plan file itself is malformed."""


class PlanFailure(AssertionError):
    """The night did not do what the plan says."""


@dataclass(frozen=True)
class Step:
    kind: str
    value: str
    line_no: int

    def __str__(self) -> str:
        return self.kind if self.kind == "stop" else f"{self.kind}: {self.value}"


@dataclass(frozen=True)
class Plan:
    path: str
    story: str
    seed: int
    lang: str | None
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Seen:
    """One thing the night showed, in the words of a plan step."""

    kind: str  # line | options | event | ending
    value: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.value}"


def parse_plan(text: str, path: str = "<plan>") -> Plan:
    """A plan from its text (PlanError on a malformed line)."""
    header: dict[str, str] = {}
    steps: list[Step] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _COMMENT.sub("", raw).strip()
        if not line:
            continue
        if line == "stop":
            steps.append(Step("stop", "", number))
            continue
        key, colon, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if not colon or not value:
            raise PlanError(f"{path}:{number}: expected `key: value`, got {raw.strip()!r}")
        if key in HEADER:
            if steps:
                raise PlanError(f"{path}:{number}: `{key}:` belongs to the header, before the first step")
            header[key] = value
        elif key in EXPECTATIONS or key in ACTIONS:
            steps.append(Step(key, _normal(key, value), number))
        else:
            known = ", ".join(HEADER + EXPECTATIONS + ACTIONS)
            raise PlanError(f"{path}:{number}: unknown step {key!r} (expected one of {known})")
    if "story" not in header:
        raise PlanError(f"{path}: the header names no `story:`")
    if any(s.kind == "stop" for s in steps[:-1]):
        raise PlanError(f"{path}: `stop` must be the last step")
    try:
        seed = int(header.get("seed", "0"))
    except ValueError:
        raise PlanError(f"{path}: seed must be a whole number") from None
    return Plan(path, header["story"], seed, header.get("lang"), tuple(steps))


def load_plan(path: Path) -> Plan:
    return parse_plan(path.read_text(encoding="utf-8"), str(path))


def _normal(kind: str, value: str) -> str:
    """A step's value in the form observations take (options: `a, b`; events: one space between words)."""
    if kind == "options":
        return ", ".join(part.strip() for part in value.split(","))
    if kind == "event":
        return " ".join(value.split())
    return value


def scenes_for(plan_path: Path) -> Path:
    """The scenes folder a plan plays: its fixture's `scenes/`, or the shipped story's for a fixture without one."""
    own = plan_path.resolve().parent.parent / "scenes"
    return own if own.is_dir() else ROOT / "scenes"


class _Watcher:
    """Drives a night and records what it shows, as plan observations."""

    def __init__(self, night: Night, lang: str | None) -> None:
        self.night = night
        self.lang = lang
        self.pending: list[Seen] = []
        self.last_line: str | None = None
        self.last_offer: tuple[str, ...] = ()
        self.ended = False
        self.observe()

    # --- what the night shows ----------------------------------------------------------------------------------

    def execution(self) -> str:
        night = self.night
        state = getattr(night, "execution", None)
        return str(getattr(state, "value", state) if state is not None else night.phase)

    def observe(self) -> None:
        """Record what the last move showed: events, then the line, then a new offer of choices."""
        for event in self.night.pop_events():
            kind = event.kind
            if kind == "ending":
                self.pending.append(Seen("ending", event.scene))
            elif kind == "ended":
                self.ended = True
            elif kind not in SILENT:
                self.pending.append(Seen("event", f"{kind} {self._subject(event)}"))
                text = getattr(event, "text", None)
                if kind == "intrusion" and text is not None:
                    self._check_lang(text, f"intrusion {self._subject(event)}")
        line = self.night.line
        line_id = None if line is None else line.id
        if line is not None and line_id != self.last_line:
            self._check_lang(line.text, f"line {line_id}")
            self.pending.append(Seen("line", line_id))
        self.last_line = line_id
        offer = tuple(c.id for c in self.night.choices)
        if offer and (offer != self.last_offer or (self.pending and self.pending[-1].kind == "line")):
            for choice in self.night.choices:
                self._check_lang(choice.text, f"option {choice.id}")
            self.pending.append(Seen("options", ", ".join(offer)))
        self.last_offer = offer
        if self.execution() == "ended":
            self.ended = True

    def _subject(self, event: object) -> str:
        scene = getattr(event, "scene", "")
        if getattr(event, "kind", "") != "intrusion":
            return scene
        intrusion = getattr(event, "intrusion", None)
        if intrusion is None:  # events without the intrusion's id: find it by its text
            memory = self.night.story.memories.get(scene)
            text = getattr(event, "text", None)
            if isinstance(memory, Memory):
                intrusion = next((i.id for i in memory.intrusions if i.text == text), "?")
        return f"{scene}.{intrusion}"

    def _check_lang(self, text: Text | None, what: str) -> None:
        if self.lang is None or text is None:
            return
        if not text.by_lang.get(self.lang, "").strip():
            raise PlanFailure(f"{what} has no text in {self.lang!r}")

    # --- moving it on ------------------------------------------------------------------------------------------

    def move(self) -> str | None:
        """The one move a player makes without deciding; None if it was made, else why none can be."""
        state = self.execution()
        if state == "reading":
            self.night.continue_()
        elif state == "dissolving":
            for _ in range(MAX_TICKS):
                self.night.tick(TICK)
                self.observe()
                if self.pending or self.execution() != "dissolving":
                    return None
            return "the dissolve never ended"
        elif state in ("choosing", "escaping"):
            return f"the night waits for a choice among: {', '.join(c.id for c in self.night.choices)}"
        else:
            return "the night is over"
        self.observe()
        return None

    def hide(self, memory: str) -> str | None:
        """Take the companion into hiding in `memory`; None if done, else why not."""
        night = self.night
        if self.execution() != "escaping":
            hide_in = getattr(night, "hide_in", None)
            if hide_in is not None:
                if not hide_in(memory):
                    return f"cannot hide in {memory!r} from here"
                self.observe()
                return None
            if not night.offer_hiding():
                return "the hiding is not open here"
            night.pop_events()  # the menu the hide key opens is part of this action, not shown
            self.last_line = None if night.line is None else night.line.id
        if not night.choose(f"hide:{memory}"):
            return f"{memory!r} is not among the hiding places: {', '.join(c.id for c in night.choices)}"
        self.observe()
        return None


def run_plan(plan: Plan, story: Story) -> list[str]:
    """Play `plan` against `story`; returns what was matched, raises PlanFailure at the first difference."""
    if story.id != plan.story:
        raise PlanFailure(f"{plan.path}: the plan is for the story {plan.story!r}, the story loaded is {story.id!r}")
    if plan.lang is not None and plan.lang not in story.languages:
        raise PlanFailure(f"{plan.path}: the story has no language {plan.lang!r}")
    watcher = _Watcher(Night.new(story, plan.seed), plan.lang)
    done: list[str] = []

    def fail(step: Step | None, message: str) -> PlanFailure:
        where = f"{plan.path}:{step.line_no}: `{step}`" if step else f"{plan.path}: at the end of the plan"
        recent = "\n    ".join(done[-6:]) or "(nothing yet)"
        return PlanFailure(f"{where}: {message}\n  matched before it:\n    {recent}")

    for step in plan.steps:
        if step.kind == "stop":
            return done
        if step.kind in EXPECTATIONS:
            for _ in range(MAX_MOVES):
                if watcher.pending:
                    break
                why = watcher.move()
                if why is not None:
                    raise fail(step, why)
            else:
                raise fail(step, f"the night showed nothing in {MAX_MOVES} moves")
            seen = watcher.pending.pop(0)
            if seen.kind != step.kind or seen.value != step.value:
                raise fail(step, f"the night showed `{seen}` instead")
            done.append(str(seen))
            continue
        if watcher.pending:
            raise fail(step, f"the night showed `{watcher.pending[0]}` first")
        if step.kind == "choose":
            offered = [c.id for c in watcher.night.choices]
            if step.value not in offered or not watcher.night.choose(step.value):
                raise fail(step, f"not on offer (offered: {', '.join(offered) or 'nothing'})")
            watcher.observe()
        elif step.kind == "hide":
            why = watcher.hide(step.value)
            if why is not None:
                raise fail(step, why)
        elif step.kind == "wait":
            if watcher.execution() != "reading":
                raise fail(step, f"time can pass only on a line being read (the night is {watcher.execution()})")
            for _ in range(round(float(step.value) / TICK)):
                watcher.night.tick(TICK)
                watcher.observe()
        done.append(str(step))
    for _ in range(MAX_MOVES):
        if watcher.pending or watcher.ended or watcher.move() is not None:
            break
    if watcher.pending:
        raise fail(None, f"the night went on with `{watcher.pending[0]}` (end the plan with `stop` to stop early)")
    if not watcher.ended:
        raise fail(None, f"the night is not over ({watcher.execution()}); end the plan with `stop` to stop early")
    return done


def draft(story: Story, policy: str, seed: int = 0, lang: str | None = None) -> str:
    """A plan that a policy's night would pass: a starting point for an author, to be read line by line."""
    from eternal.drivers.policies import decide

    watcher = _Watcher(Night.new(story, seed), lang)
    out = [f"story: {story.id}", f"seed: {seed}"] + ([f"lang: {lang}"] if lang else [])
    for _ in range(20000):
        out.extend(str(seen) for seen in watcher.pending)
        watcher.pending.clear()
        if watcher.ended:
            return "\n".join(out) + "\n"
        decision = decide(policy, watcher.night)
        if decision.action == "choose":
            out.append(f"choose: {decision.choice}")
            watcher.night.choose(decision.choice)
            watcher.observe()
        elif decision.action == "hide":
            target = _hide_target(watcher.night, policy)
            out.append(f"hide: {target}")
            if watcher.hide(target) is not None:
                break
        elif watcher.move() is not None:
            break
    return "\n".join(out) + "\n"


def _hide_target(night: Night, policy: str) -> str:
    """Where the policy would take the companion if it took her hand now (the night is left as it was)."""
    from eternal.drivers.policies import decide

    probe = Night.restore(night.story, night.to_save() if hasattr(night, "to_save") else night.state.to_dict())
    probe.offer_hiding()
    return (decide(policy, probe).choice or "").removeprefix("hide:")


if __name__ == "__main__":
    from eternal.loader import load_story

    result = load_story(Path(sys.argv[1]))
    assert result.ok, [str(p) for p in result.problems]
    print(draft(result.story, sys.argv[2], int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None), end="")
