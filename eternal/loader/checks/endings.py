"""Endings: there is one, the last holds always, and each before it can hold in some night."""

from __future__ import annotations

from typing import Iterator

from eternal.loader.checks._walk import items
from eternal.loader.positions import Positions
from eternal.loader.problems import Problem
from eternal.model.story import Condition, Story


def check_endings(story: Story, positions: Positions) -> Iterator[Problem]:
    if not story.endings:
        yield positions.problem(("story",), "the story has no endings", key_mark=True)
        return
    values = _flag_values(story)
    unconditional = None
    for ending in story.endings:
        at = ("ending", ending.id)
        if unconditional is not None:
            yield positions.problem(at + ("id",), f"ending {ending.id!r} can never be chosen: {unconditional!r} before it always holds")
        elif ending.when is None:
            unconditional = ending.id
        elif not _possible(ending.when, values):
            yield positions.problem(at + ("when",), f"ending {ending.id!r} can never be chosen: no choice sets the flags it needs")
    if unconditional is None:
        yield positions.problem(("ending", story.endings[-1].id, "when"), "no ending without 'when': add a fallback ending at the end",
                                key_mark=True)


def _possible(cond: Condition, values: dict[str, set]) -> bool:
    """Could this hold in some night? Conservative: only flags are looked at."""
    if cond.kind == "flag":
        found = values.get(cond.name, set())
        if cond.value is not None:
            return any(v == cond.value and type(v) is type(cond.value) for v in found)
        return any(bool(v) for v in found)
    if cond.kind == "all":
        return all(_possible(c, values) for c in cond.items)
    if cond.kind == "any":
        return any(_possible(c, values) for c in cond.items)
    return True


def _flag_values(story: Story) -> dict[str, set]:
    """Every value each flag can have: its first, and each a beat or an option sets."""
    values: dict[str, set] = {name: {_hashable(v)} for name, v in story.flags.items()}
    for _, _, _, item in items(story):
        for name, v in item.sets.items():
            values.setdefault(name, set()).add(_hashable(v))
    return values


def _hashable(value: object) -> object:
    return value if not isinstance(value, (list, dict)) else repr(value)
