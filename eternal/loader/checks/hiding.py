"""The hiding's rules: escapes and cues only where the companion can hide, and rules for the hiding when the
story has places to hide in."""

from __future__ import annotations

from typing import Iterator

from eternal.loader.checks._walk import items
from eternal.loader.positions import Positions
from eternal.loader.problems import Problem
from eternal.model.story import HIDING_REACH, HIDING_WHEN_FOUND, Beat, Memory, Story


def check_hiding(story: Story, positions: Positions) -> Iterator[Problem]:
    for ident, memory in story.memories.items():
        if memory.cue is not None and memory.kind != "unmapped":
            yield positions.problem(("memory", ident, "cue"), "'cue' hints at a hiding place; only unmapped memories are hiding places",
                                    key_mark=True)
    for at, scene, here, item in items(story):
        if not item.escape:
            continue
        where = at + ("do", item.commands.index("escape"))
        if not isinstance(scene, Memory) or scene.kind == "real":
            yield positions.problem(where, "'escape' offers hiding places; only memories in the erasure have them")
        elif isinstance(item, Beat) and item.options:
            yield positions.problem(where, "a choice beat cannot also be an escape (give 'do: [escape]' to its options)")
        elif not isinstance(item, Beat) and item.goto is None and scene.beats[here].goto is None and here == len(scene.beats) - 1:
            yield positions.problem(where, "an escape option needs a beat after it to come back to")
    unmapped = [m for m in story.memories.values() if m.kind == "unmapped"]
    if unmapped and story.turn_memory is None:
        yield positions.problem(("story", "erase_order"),
                                "there are unmapped memories but no beat with 'do: [turn]', so nobody can hide in them")
    if unmapped and story.hiding is None:
        yield positions.problem(("story",), "there are unmapped memories but no 'hiding:' rules in the story header", key_mark=True)
    if story.hiding is not None:
        rules = story.hiding
        for key, value, allowed in (("reach", rules.reach, HIDING_REACH), ("when_found", rules.when_found, HIDING_WHEN_FOUND)):
            if value not in allowed:
                yield positions.problem(("story", "hiding", key), f"'{key}' is {value!r}; expected one of: {', '.join(allowed)}")
