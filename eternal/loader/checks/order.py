"""Order: the prologue and the erase order, the showcase's cut of them, and beats that only jump forward."""

from __future__ import annotations

import datetime as dt
from typing import Iterator

from eternal.loader.checks._walk import items
from eternal.loader.positions import Positions
from eternal.loader.problems import Problem
from eternal.model.story import Memory, Story

_SEQUENCES = (("prologue", "real"), ("erase_order", "mapped"))  # each list of the header and the kind it holds


def check_sequences(story: Story, positions: Positions) -> Iterator[Problem]:
    """The prologue names every real memory once, the erase order every mapped memory once, and nothing else."""
    for key, kind in _SEQUENCES:
        seen: set[str] = set()
        for i, ident in enumerate(getattr(story, key)):
            if ident not in story.memories:
                yield positions.problem(("story", key, i), f"{key} names {ident!r}, which is no memory")
                continue
            actual = story.memories[ident].kind
            if actual != kind:
                yield positions.problem(("story", key, i), f"{key} names {ident!r}, a {actual} memory; only {kind} memories belong here")
            if ident in seen:
                yield positions.problem(("story", key, i), f"{key} names {ident!r} twice")
            seen.add(ident)
        for ident, memory in story.memories.items():
            if memory.kind == kind and ident not in seen:
                yield positions.problem(("memory", ident, "kind"), f"{kind} memory {ident!r} is missing from the story's {key}")


def check_newest_first(story: Story, positions: Positions) -> Iterator[Problem]:
    """The erasure works backwards through time: each mapped memory is older than the one erased before it."""
    order = [m for m in story.erase_order if m in story.memories and story.memories[m].kind == "mapped"]
    dates = {m: memory_date(story.memories[m]) for m in order}
    for newer, older in zip(order, order[1:]):
        if dates[newer] and dates[older] and dates[older] > dates[newer]:
            yield positions.problem(("story", "erase_order", story.erase_order.index(older)),
                                    f"erase order must run newest first: {older!r} ({dates[older]}) comes after "
                                    f"the older {newer!r} ({dates[newer]})")


def memory_date(memory: Memory) -> dt.date | None:
    """The memory's date, or None when it has none or it is no real date."""
    if memory.date is None:
        return None
    try:
        return dt.date.fromisoformat(memory.date)
    except ValueError:
        return None


def check_gotos(story: Story, positions: Positions) -> Iterator[Problem]:
    """A goto names a beat of its own scene, further on (so every scene ends)."""
    for at, scene, here, item in items(story):
        if item.goto is None:
            continue
        target = scene.beat_index(item.goto)
        if target is None:
            yield positions.problem(at + ("goto",), f"goto {item.goto!r}: no such beat in {scene.id!r}")
        elif target <= here:
            yield positions.problem(at + ("goto",), f"goto {item.goto!r} jumps backwards; beats only jump forward (so a memory always ends)")


def check_showcase(story: Story, positions: Positions) -> Iterator[Problem]:
    """The showcase keeps scenes of the story's own sequences, in their order."""
    if story.showcase is None:
        return
    for key, cut in zip(("prologue", "erase_order"), story.showcase):
        full = list(getattr(story, key))
        position = -1
        for i, ident in enumerate(cut):
            if ident not in full:
                yield positions.problem(("story", "showcase", key, i), f"the showcase names {ident!r}, which is not in the story's {key}")
                continue
            if full.index(ident) <= position:
                yield positions.problem(("story", "showcase", key, i),
                                        f"the showcase keeps the {key} in the story's order; {ident!r} is out of place")
            position = full.index(ident)
