"""Hiding Clementine in unmapped memories, and the technicians' search for her.

The search is a rule, not a script: it spreads along associations from the memory she vanished from, one memory a
step, drawn by the traces her moves left. Deterministic for a given seed.
"""

from __future__ import annotations

import random

from eternal.model.story import Story

TRACE_WEIGHT = 3  # how much more a memory she passed through draws the search than an untouched one


def hiding_places(story: Story, here: str, swept: set[str], erased: set[str]) -> list[str]:
    """Unmapped memories she can be taken to from `here`: associated, not searched yet, not erased."""
    return [
        other
        for other in story.neighbours.get(here, ())
        if story.memories[other].kind == "unmapped" and other not in swept and other not in erased and other != here
    ]


def search_candidates(story: Story, swept: set[str], erased: set[str]) -> list[str]:
    """Memories next to what has been searched that the search has not reached yet, in a stable order."""
    frontier: set[str] = set()
    for memory_id in swept:
        for other in story.neighbours.get(memory_id, ()):
            if other not in swept and other not in erased and story.memories[other].kind != "real":
                frontier.add(other)
    return sorted(frontier)


def search_step(story: Story, swept: set[str], erased: set[str], traces: dict[str, int], seed: int, step: int) -> str | None:
    """The memory the technicians search at this step, or None when nowhere is left to look."""
    candidates = search_candidates(story, swept, erased)
    if not candidates:
        return None
    weights = [1 + TRACE_WEIGHT * traces.get(candidate, 0) for candidate in candidates]
    rng = random.Random(f"{story.id}:{seed}:{step}")
    return rng.choices(candidates, weights=weights, k=1)[0]
