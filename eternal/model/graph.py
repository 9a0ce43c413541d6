"""The story as a graph: memories joined by their associations, and what a walk along them reaches."""

from __future__ import annotations

from collections import deque
from typing import Callable, Iterable, Mapping

from eternal.model.story import Memory


def associations(memories: Mapping[str, Memory]) -> dict[str, tuple[str, ...]]:
    """Each memory's neighbours: its associations taken both ways, sorted.

    A link to a memory that does not exist, or to the memory itself, joins nothing (the checker reports it)."""
    out: dict[str, set[str]] = {ident: set() for ident in memories}
    for memory in memories.values():
        for other in memory.associations:
            if other in memories and other != memory.id:
                out[memory.id].add(other)
                out[other].add(memory.id)
    return {ident: tuple(sorted(others)) for ident, others in out.items()}


def reachable(
    starts: Iterable[str],
    neighbours: Mapping[str, Iterable[str]],
    through: Callable[[str], bool] = lambda _: True,
) -> set[str]:
    """Every node one or more steps from `starts`, stepping only onto nodes that `through` allows.

    A start is in the answer only when a walk comes back to it."""
    reached: set[str] = set()
    queue = deque(starts)
    while queue:
        here = queue.popleft()
        for other in neighbours.get(here, ()):
            if other not in reached and through(other):
                reached.add(other)
                queue.append(other)
    return reached


def distances(
    starts: Iterable[str],
    neighbours: Mapping[str, Iterable[str]],
    blocked: Callable[[str], bool] = lambda _: False,
) -> dict[str, int]:
    """Steps from the nearest start to each node a walk reaches without entering a blocked one (starts are 0)."""
    dist = {node: 0 for node in starts}
    queue = deque(dist)
    while queue:
        here = queue.popleft()
        for other in neighbours.get(here, ()):
            if other not in dist and not blocked(other):
                dist[other] = dist[here] + 1
                queue.append(other)
    return dist
