"""Where memories sit on the technicians' map and the story graph.

`node_positions` is the reverse timeline as fractions (the story graph uses it). `map_layout` is the technicians'
screen: memories as cards in a grid (the erase order read like text, the unmapped memories on rows below),
and every association drawn as an orthogonal line that runs only in the empty lanes between the cards, so a line
never crosses a card's label. Pure: text is measured through a function passed in."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

from eternal.model.story import Story

Rect = tuple[int, int, int, int]  # x, y, width, height
Point = tuple[int, int]
Measure = Callable[[str, int], int]  # (text, pixel size) -> width in pixels

MAX_COLUMNS = 7  # more would make the cards too narrow for their names at large text sizes
MAX_LINES = 3  # a card's name wraps to at most this many lines


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


@dataclass(frozen=True)
class Card:
    """One memory on the map: its box (the label is drawn inside it) and its name cut into lines."""

    memory_id: str
    rect: Rect
    lines: tuple[str, ...]
    row: int
    column: int


@dataclass(frozen=True)
class MapLayout:
    cards: dict[str, Card]
    edges: tuple[tuple[str, str, tuple[Point, ...]], ...]  # each association as a polyline from card to card
    px: int  # the text size the names settled on
    line_h: int
    pad: int
    gap: int  # the empty space between two columns (rings around a card stay inside half of it)


def wrap_words(text: str, width: int, px: int, measure: Measure, limit: int = MAX_LINES) -> tuple[str, ...] | None:
    """The text in at most `limit` lines of `width` pixels, or None when it does not fit (a word too long, too
    many lines)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if measure(word, px) > width:
            return None
        trial = f"{current} {word}" if current else word
        if measure(trial, px) <= width:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return tuple(lines) if len(lines) <= limit else None


def _grid(story: Story, most_columns: int = MAX_COLUMNS) -> tuple[dict[str, tuple[int, int]], int, int]:
    """Row and column of every memory on the map; the number of columns and of rows."""
    order = list(story.erase_order)
    unmapped = [m.id for m in story.memories.values() if m.kind == "unmapped"]
    mapped_rows = max(1, math.ceil(len(order) / most_columns))
    columns = max(1, math.ceil(len(order) / mapped_rows), min(most_columns, len(unmapped)))
    cell: dict[str, tuple[int, int]] = {m: (i // columns, i % columns) for i, m in enumerate(order)}
    wish: dict[str, float] = {}
    for memory_id in unmapped:  # each unmapped memory goes under the memories it is tied to
        near = [cell[n][1] for n in story.neighbours.get(memory_id, ()) if n in cell]
        wish[memory_id] = sum(near) / len(near) if near else (columns - 1) / 2
    row = mapped_rows
    free = list(range(columns))
    for memory_id in sorted(unmapped, key=lambda m: (wish[m], m)):
        if not free:
            row += 1
            free = list(range(columns))
        column = min(free, key=lambda c: (abs(c - wish[memory_id]), c))
        free.remove(column)
        cell[memory_id] = (row, column)
    rows = max(r for r, _ in cell.values()) + 1 if cell else 1
    return cell, columns, rows


def _lanes(intervals: list[tuple[float, float, int]]) -> dict[int, int]:
    """Give overlapping intervals different lanes (interval colouring); returns edge index -> lane."""
    ends: list[float] = []
    lane_of: dict[int, int] = {}
    for start, end, key in sorted(intervals):
        for lane, last in enumerate(ends):
            if last < start:
                ends[lane] = end
                lane_of[key] = lane
                break
        else:
            lane_of[key] = len(ends)
            ends.append(end)
    return lane_of


def map_layout(story: Story, area: Rect, px: int, measure: Measure, lang: str, labels: bool = True,
               min_px: int = 9) -> MapLayout:
    """Cards and routed lines filling `area`, with names at `px` or smaller until everything fits. Large text
    gets fewer, wider columns when that keeps the names clearly larger than squeezing them into many."""
    best: MapLayout | None = None
    for columns in range(MAX_COLUMNS, 3, -1):
        floor = best.px + 2 if best is not None else min_px
        for size in range(px, floor - 1, -1):
            layout = _try_layout(story, area, size, measure, lang, labels, columns)
            if layout is not None:
                best = layout
                break
        if best is not None and best.px >= px * 2 // 3:
            break  # readable at this width: more rows would only tangle the lines
    if best is None:
        best = _try_layout(story, area, min_px, measure, lang, labels, MAX_COLUMNS, force=True)
    assert best is not None
    return best


def _try_layout(story: Story, area: Rect, px: int, measure: Measure, lang: str, labels: bool, most_columns: int,
                force: bool = False) -> MapLayout | None:
    ax, ay, aw, ah = area
    cell, columns, rows = _grid(story, most_columns)
    pitch = aw / columns
    gap = max(12, int(pitch * 0.14))
    card_w = int(pitch - gap)
    pad = max(3, px // 3)
    line_h = int(px * 1.2)
    marker = line_h if labels else 0
    names: dict[str, tuple[str, ...]] = {}
    most = 1
    for memory_id in cell:
        if not labels:
            names[memory_id] = ()
            continue
        lines = wrap_words(story.memories[memory_id].title.get(lang), card_w - 3 * pad - marker, px, measure)
        if lines is None:
            if not force:
                return None
            lines = (story.memories[memory_id].title.get(lang),)
        names[memory_id] = lines
        most = max(most, len(lines))
    card_h = (2 * pad + most * line_h + max(3, px // 4)) if labels else max(6, px)

    # Which lanes each association runs in: a channel is the band under a row; a gap the space left of a column.
    edges = sorted({tuple(sorted((a, b))) for a, others in story.neighbours.items() for b in others
                    if a in cell and b in cell})
    plans = []
    down: dict[str, list[tuple[float, int]]] = {}
    up: dict[str, list[tuple[float, int]]] = {}
    horizontal: dict[int, list[tuple[float, float, int]]] = {}
    vertical: dict[int, list[tuple[float, float, int]]] = {}
    centre_x = lambda m: ax + pitch * cell[m][1] + gap / 2 + card_w / 2  # noqa: E731
    for i, (a, b) in enumerate(edges):
        if cell[a] > cell[b]:
            a, b = b, a
        (ra, ca), (rb, cb) = cell[a], cell[b]
        if ra == rb and abs(ca - cb) == 1:
            plans.append(("beside", a, b, None, None))
            continue
        xa, xb = centre_x(a), centre_x(b)
        if ra == rb:
            down.setdefault(a, []).append((xb, i))
            down.setdefault(b, []).append((xa, i))
            horizontal.setdefault(ra, []).append((min(xa, xb), max(xa, xb), i))
            plans.append(("under", a, b, ra, None))
        elif rb == ra + 1:
            down.setdefault(a, []).append((xb, i))
            up.setdefault(b, []).append((xa, i))
            horizontal.setdefault(ra, []).append((min(xa, xb), max(xa, xb), i))
            plans.append(("next", a, b, ra, None))
        else:
            lo, hi = sorted((ca, cb))
            choices = list(range(lo + 1, hi + 1)) or [ca if ca > 0 else ca + 1]
            g = min(choices, key=lambda k: (abs(k - (ca + cb + 1) / 2), k))
            gx = ax + pitch * g
            down.setdefault(a, []).append((gx, i))
            up.setdefault(b, []).append((gx, i))
            horizontal.setdefault(ra, []).append((min(xa, gx), max(xa, gx), i))
            horizontal.setdefault(rb - 1, []).append((min(xb, gx), max(xb, gx), -i - 1))  # the lane above the far card
            vertical.setdefault(g, []).append((ra, rb - 1, i))
            plans.append(("far", a, b, ra, g))
    channels = horizontal
    lane_gap = max(4, int(px * 0.5))
    channel_lanes = {k: _lanes([(s - 1, e + 1, i) for s, e, i in spans]) for k, spans in channels.items()}
    gap_lanes = {k: _lanes([(s, e + 0.5, i) for s, e, i in spans]) for k, spans in vertical.items()}
    band = {k: (max(channel_lanes[k].values(), default=-1) + 2) * lane_gap if k in channel_lanes else 0
            for k in range(rows)}
    base = max(lane_gap * 2, int(px * 0.9))
    band = {k: max(base, v) for k, v in band.items()}
    tall = rows * card_h + sum(band[k] for k in range(rows - 1)) + (band[rows - 1] if channels.get(rows - 1) else 0)
    if tall > ah and not force:
        return None
    spare = max(0, ah - tall)
    air = spare // (rows + 1) if rows > 1 else spare // 2  # spare height is shared out between the rows
    air = min(air, card_h)
    y = ay + max(0, (ah - tall - air * (rows - 1)) // 2)
    row_top: dict[int, int] = {}
    channel_top: dict[int, int] = {}
    for r in range(rows):
        row_top[r] = y
        y += card_h
        channel_top[r] = y
        y += band[r] + (air if r < rows - 1 else 0)
    cards: dict[str, Card] = {}
    for memory_id, (r, c) in cell.items():
        x = int(ax + pitch * c + gap / 2)
        cards[memory_id] = Card(memory_id, (x, row_top[r], card_w, card_h), names[memory_id], r, c)

    def ports(table: dict[str, list[tuple[float, int]]]) -> dict[tuple[str, int], int]:
        out = {}
        for memory_id, wants in table.items():
            x, _, w, _ = cards[memory_id].rect
            for k, (_, i) in enumerate(sorted(wants)):
                out[(memory_id, i)] = int(x + w * (k + 1) / (len(wants) + 1))
        return out

    down_at, up_at = ports(down), ports(up)

    def lane_y(channel: int, key: int) -> int:
        lanes = channel_lanes.get(channel, {})
        return channel_top[channel] + (air if channel < rows - 1 else 0) // 2 + lane_gap * (lanes.get(key, 0) + 1)

    routed = []
    for i, (kind, a, b, channel, g) in enumerate(plans):
        ra_, rb_ = cards[a].rect, cards[b].rect
        if kind == "beside":
            left, right = (ra_, rb_) if ra_[0] < rb_[0] else (rb_, ra_)
            yy = left[1] + left[3] // 2
            points: tuple[Point, ...] = ((left[0] + left[2], yy), (right[0], yy))
        elif kind == "under":
            yy = lane_y(channel, i)
            xa, xb = down_at[(a, i)], down_at[(b, i)]
            points = ((xa, ra_[1] + ra_[3]), (xa, yy), (xb, yy), (xb, rb_[1] + rb_[3]))
        elif kind == "next":
            yy = lane_y(channel, i)
            xa, xb = down_at[(a, i)], up_at[(b, i)]
            points = ((xa, ra_[1] + ra_[3]), (xa, yy), (xb, yy), (xb, rb_[1]))
        else:
            y1 = lane_y(channel, i)
            y2 = lane_y(cards[b].row - 1, -i - 1)
            lanes = gap_lanes[g]
            n = max(lanes.values()) + 1
            step = min(lane_gap, max(2, (gap - 4) // (n + 1)))
            gx = int(ax + pitch * g + (lanes[i] - (n - 1) / 2) * step)
            xa, xb = down_at[(a, i)], up_at[(b, i)]
            points = ((xa, ra_[1] + ra_[3]), (xa, y1), (gx, y1), (gx, y2), (xb, y2), (xb, rb_[1]))
        routed.append((a, b, points))
    return MapLayout(cards, tuple(routed), px, line_h, pad, gap)
