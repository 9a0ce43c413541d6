"""Where memories sit on the Lacuna map and the story graph: a reverse timeline with the childhood fringe below."""

from __future__ import annotations

from eternal.model.story import Story


def node_positions(story: Story) -> dict[str, tuple[float, float]]:
    """Where each memory sits on the map, as fractions of the map's size: the erase order left to right, the
    unmapped memories on a fringe below, each under the memories it is associated with."""
    order = story.erase_order
    pos: dict[str, tuple[float, float]] = {}
    for i, memory_id in enumerate(order):
        x = 0.08 + 0.84 * (i / max(1, len(order) - 1))
        pos[memory_id] = (x, 0.34 if i % 2 == 0 else 0.42)
    unmapped = [m.id for m in story.memories.values() if m.kind == "unmapped"]
    xs: dict[str, float] = {}
    for _ in range(4):  # settle each fringe memory under its neighbours
        for memory_id in unmapped:
            near = [pos[n][0] if n in pos else xs[n] for n in story.neighbours.get(memory_id, ()) if n in pos or n in xs]
            xs[memory_id] = sum(near) / len(near) if near else 0.5
    placed = sorted(unmapped, key=lambda m: (xs[m], m))
    gap = min(0.16, 0.84 / max(1, len(placed)))
    spots: list[float] = []
    for memory_id in placed:
        spots.append(max(xs[memory_id], spots[-1] + gap) if spots else xs[memory_id])
    overflow = (spots[-1] - 0.92) if spots else 0
    if overflow > 0:  # slide the whole fringe left rather than pile memories up at the edge
        spots = [max(0.08 + i * gap, x - overflow) for i, x in enumerate(spots)]
    for i, (memory_id, x) in enumerate(zip(placed, spots)):
        pos[memory_id] = (x, 0.72 if i % 2 == 0 else 0.62)
    return pos
