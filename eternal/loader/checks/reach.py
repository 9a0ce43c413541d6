"""Reachability: every hiding place can be reached along the associations once the player can hide."""

from __future__ import annotations

from typing import Iterator

from eternal.loader.positions import Positions
from eternal.loader.problems import Problem
from eternal.model.graph import reachable
from eternal.model.story import Story


def check_hiding_places_reached(story: Story, positions: Positions) -> Iterator[Problem]:
    """An unmapped memory is reached from a memory erased at or after the turn, through unmapped memories."""
    turn = story.turn_memory
    if turn is None:
        return  # no hiding at all (the hiding check says so when there are places to hide)
    order = list(story.erase_order)
    starts = order[order.index(turn):] if turn in order else []
    reached = reachable(starts, story.neighbours, lambda m: story.memories[m].kind == "unmapped")
    for ident, memory in story.memories.items():
        if memory.kind == "unmapped" and ident not in reached:
            yield positions.problem(("memory", ident, "associations"),
                                    f"unmapped memory {ident!r} cannot be reached: "
                                    "no association leads to it from a memory at or after the turn")
