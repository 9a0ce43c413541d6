"""The showcase cut: a shorter path through the same night, chosen in the story file, played as a story of its own."""

from __future__ import annotations

from collections import deque
from dataclasses import replace
from types import MappingProxyType

from eternal.model.story import Story


def showcase_cut(story: Story) -> Story:
    """The story restricted to its showcase path (itself when the story names none).

    Consecutive memories of the cut are associated, so the map stays one line; the unmapped memories kept are those
    the hiding can still reach from the cut's memories at or after the turn."""
    if story.showcase is None:
        return story
    prologue, order = story.showcase
    kept = set(prologue) | set(order)
    turn = story.turn_memory
    starts = order[order.index(turn):] if turn in order else ()
    reach: set[str] = set()
    queue = deque(starts)
    while queue:
        here = queue.popleft()
        for other in story.neighbours.get(here, ()):
            if story.memories[other].kind == "unmapped" and other not in reach:
                reach.add(other)
                queue.append(other)
    kept |= reach
    neighbours = {m: set(n for n in story.neighbours.get(m, ()) if n in kept) for m in kept}
    for a, b in zip(order, order[1:]):
        neighbours[a].add(b)
        neighbours[b].add(a)
    return replace(
        story,
        id=f"{story.id}-showcase",
        prologue=tuple(prologue),
        erase_order=tuple(order),
        memories=MappingProxyType({k: v for k, v in story.memories.items() if k in kept}),
        neighbours=MappingProxyType({k: tuple(sorted(v)) for k, v in neighbours.items()}),
        showcase=None,
    )
