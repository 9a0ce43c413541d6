"""Shared backgrounds and scenery: walls, floors, windows, skies, light, furniture that belongs to a place."""

from __future__ import annotations

from .svg import *
from .palettes import *
from .props import *


def wall_sky(L: Layer, top: str, bottom: str, y2: float = H):
    L.rect(0, 0, W, H, L.lin([(0, top), (1, bottom)], 0, 0, 0, y2), wob=False)


def floor(L: Layer, y0: float, near: str, far: str, lines: str | None = None, vp=(800, 300), count=0, op=0.25):
    L.rect(0, y0, W, H - y0, L.lin([(0, far), (1, near)], 0, y0, 0, H))
    if lines and count:
        for i in range(count + 1):
            x = -600 + (W + 1200) * i / count
            t = (y0 - vp[1]) / (H - vp[1])
            xa = vp[0] + (x - vp[0]) * t
            L.line(xa, y0, x, H, lines, 2, opacity=op)


def baseboard(L, y, color, h=14):
    L.rect(0, y - h, W, h, color)


def window(L: Layer, x, y, w, h, frame, glass_stops, bars=(1, 1), sill=True, frame_w=12):
    L.rect(x - frame_w, y - frame_w, w + 2 * frame_w, h + 2 * frame_w, frame)
    L.rect(x, y, w, h, L.lin(glass_stops, 0, y, 0, y + h))
    for i in range(1, bars[0] + 1):
        bx = x + w * i / (bars[0] + 1)
        L.rect(bx - frame_w / 2.5, y, frame_w / 1.25, h, frame)
    for i in range(1, bars[1] + 1):
        by = y + h * i / (bars[1] + 1)
        L.rect(x, by - frame_w / 2.5, w, frame_w / 1.25, frame)
    if sill:
        L.rect(x - frame_w - 14, y + h + frame_w - 2, w + 2 * frame_w + 28, 12, dark(frame, 0.12))


def bare_tree(L: Layer, rng, x, y, h, color, width, depth=5, angle=180.0, spread=28):
    segs = []

    def grow(p, a, length, w, d):
        q = add(p, dirv(a), length)
        segs.append((p, q, w))
        if d == 0:
            return
        k = 2 if rng.random() < 0.7 else 3
        for i in range(k):
            na = a + rng.uniform(-spread, spread) + (i - (k - 1) / 2) * spread * 0.8
            grow(q, na, length * rng.uniform(0.62, 0.78), max(1.0, w * 0.62), d - 1)

    grow((x, y), angle, h * 0.34, width, depth)
    by_w: dict[float, list] = {}
    for p, q, w in segs:
        by_w.setdefault(round(w, 1), []).append((p[0], p[1], q[0] - p[0], q[1] - p[1]))
    for w, ss in sorted(by_w.items(), reverse=True):
        L.strokes(ss, color, w, 1)


def stars(L: Layer, rng, count, box, color="#eef3ff", rmax=2.2):
    x0, y0, x1, y1 = box
    for _ in range(count):
        r = rng.uniform(0.6, rmax) if rng.random() > 0.15 else rng.uniform(rmax, rmax * 1.6)
        L.circle(rng.uniform(x0, x1), rng.uniform(y0, y1) ** 1.0, r, color, opacity=round(rng.uniform(0.35, 0.95), 2))


def glow(L: Layer, cx, cy, r, color, op=0.6, ry=None, a=0.0, core=None):
    ry = r if ry is None else ry
    stops = [(0, core or color, op), (0.35, color, op * 0.55), (1, color, 0)]
    L.ellipse(cx, cy, r, ry, L.rad(stops, cx, cy, r, ry), transform=f"rotate({n(a)} {n(cx)} {n(cy)})" if a else None)


def beam(L: Layer, quad, color, op0=0.35, op1=0.0, axis=None):
    """A shaft of light: a quadrilateral filled with a gradient from its first edge to its last."""
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = quad
    x1, y1 = (ax + bx) / 2, (ay + by) / 2
    x2, y2 = (cx + dx) / 2, (cy + dy) / 2
    if axis:
        x1, y1, x2, y2 = axis
    L.poly(quad, L.lin([(0, color, op0), (1, color, op1)], x1, y1, x2, y2))


def fluorescent(L: Layer, x, y, w, h=14):
    L.rect(x - 6, y - 6, w + 12, h + 10, "#b7c4bd", rx=3)
    L.rect(x, y, w, h, "#f7fffa", rx=3)


def clinic_shelves(L: Layer, rng, x, y, w, h, rows, frame="#8d9c93", spines=None, ring=False):
    if ring:  # the frame as a ring, so the inside is painted once (cheaper to rasterise)
        L.path(f"M{n(x)} {n(y)}h{n(w)}v{n(h)}h{n(-w)}Z M{n(x + 10)} {n(y + 10)}v{n(h - 20)}h{n(w - 20)}v{n(20 - h)}Z",
               fill=frame, fill_rule="evenodd")
    else:
        L.rect(x, y, w, h, frame)
    L.rect(x + 10, y + 10, w - 20, h - 20, dark(frame, 0.35))
    spines = spines or ["#7e9585", "#a9b8a4", "#c9d3c2", "#5e7168", "#b7a79a", "#98a7b2", "#d9d6c6", "#6f8579", "#a58e86",
                        "#8e9c80"]
    rh = (h - 20) / rows
    for r in range(rows):
        ry = y + 10 + r * rh
        L.rect(x + 4, ry + rh - 8, w - 8, 8, light(frame, 0.1))
        bx = x + 14
        while bx < x + w - 30:
            bw = rng.uniform(16, 32)
            bh = rng.uniform(rh * 0.55, rh * 0.86)
            if rng.random() < 0.08:
                bx += rng.uniform(10, 30)
                continue
            lean = rng.random() < 0.06
            col = rng.choice(spines)
            if lean:
                L.poly([(bx, ry + rh - 8), (bx + bw, ry + rh - 8), (bx + bw + bh * 0.35, ry + rh - 8 - bh * 0.92), (bx + bh * 0.35, ry + rh - 8 - bh * 0.94)], col)
                bx += bw + bh * 0.35
            else:
                L.rect(bx, ry + rh - 8 - bh, bw, bh, col)
                if bw > 26:
                    L.rect(bx + 3, ry + rh - 8 - bh * 0.8, bw - 6, 3, light(col, 0.3))
            bx += bw + 1.5


def kitchen_window_roofs(wx, wy, ww, wh):
    """The roofs outside Joel's kitchen window, the same in every scene set there (learns at night, gathering by
    day): their outline (gables and flat tops) and where the lit windows are."""
    rr = random.Random(seed_of("joel_kitchen", "roofs"))
    roofs = [(wx, wy + wh)]
    lit = []
    x = wx
    while x < wx + ww:
        w_ = rr.uniform(56, 110)
        top = wy + wh - rr.uniform(90, 190)
        if rr.random() < 0.55:  # a gable
            roofs += [(x, top + 26), (x + w_ / 2, top), (x + w_, top + 26)]
        else:
            roofs += [(x, top), (x + w_, top)]
        for _ in range(rr.randrange(1, 4)):
            lit.append((x + rr.uniform(10, w_ - 14), rr.uniform(top + 40, wy + wh - 20)))
        x += w_
    roofs += [(wx + ww, wy + wh)]
    return [(min(max(px, wx), wx + ww), py) for px, py in roofs], lit


def joel_kitchen_cupboards(L: Layer, upper, lower, counter_y, base_h, strip_light=None):
    """Joel's kitchen counter along the right wall, cupboards over it (learns at night, gathering by day: one room).
    `upper`: wall unit, doors, handles, shelf edge; `lower`: worktop, base, doors, handles."""
    wall, door, handle, edge = upper
    L.rect(1010, 80, 590, 200, wall)
    for k in range(3):
        L.rect(1026 + k * 196, 94, 180, 172, door, rx=3)
        L.rect(1026 + k * 196 + 150, 170, 6, 30, handle)
    L.rect(1010, 280, 590, 10, edge)
    if strip_light:
        L.rect(1040, 290, 520, 8, strip_light)
    top, base, base_door, base_handle = lower
    L.rect(990, counter_y, 610, 18, top)
    L.rect(1000, counter_y + 18, 600, base_h, base)
    for k in range(3):
        L.rect(1016 + k * 196, counter_y + 34, 180, base_h - 26, base_door, rx=3)
        L.rect(1016 + k * 196 + 14, counter_y + 44, 150, 6, base_handle)


def joel_couch(L: Layer, x: float, width: float, back_top: float, colours) -> None:
    """Joel's couch (the apparatus night, the morning after): seat from x, back, two arms, two feet."""
    seat, back, feet = colours
    L.rect(x + 20, back_top, width - 40, 500 - back_top, back, rx=24)
    L.rect(x, 470, width, 100, seat, rx=16)
    L.rect(x - 20, 420, 70, 170, back, rx=22)
    L.rect(x + width - 50, 420, 70, 170, back, rx=22)
    L.rect(x + 20, 570, 16, 30, feet)
    L.rect(x + width - 36, 570, 16, 30, feet)


def shelter_bench(L: Layer, x: float, slats, legs: str) -> None:
    """A bus shelter's bench, wooden slats on metal legs: the first meeting's and the clean morning's, on purpose alike."""
    light_slat, dark_slat = slats
    for y, h, colour in ((512, 12, light_slat), (526, 12, dark_slat), (468, 10, light_slat), (482, 10, dark_slat)):
        L.rect(x, y, 560, h, colour)
    for dx in (20, 280, 530):
        L.rect(x + dx, 536, 10, 92, legs)


CRAYON_DARK = "#6a5a6a"


CRAYON_LIGHT = "#ffffff"


def crayon_sky(K: Layer, top: str, bottom: str, y2=H, count=700, box=(0, 0, W, H)):
    """The opaque paper: a soft gradient with crayon grain where the sky or wall shows."""
    wall_sky(K, top, bottom, y2)
    K.grain(count, box=box, colors=(CRAYON_LIGHT, CRAYON_DARK, CRAYON_LIGHT), opacity=0.14, width=2.4, length=(8, 18))


def hatch_of(col, density=3, op=0.2):
    return (dark(col, 0.25), density, op)


def apartment(R: Layer, wall_line: str, floor_near: str, floor_far: str, win_frame: str, glass, lines: str):
    floor(R, 600, floor_near, floor_far, lines, (800, 300), 12, 0.25)
    baseboard(R, 602, wall_line)
    window(R, 110, 110, 330, 330, win_frame, glass, bars=(1, 1))


def snowfall(L: Layer, rng, count, box, color="#e6eef8", sizes=(2.6, 4.2, 6.4), ops=(0.45, 0.85)):
    """Falling snow: dots of a few sizes and opacities, grouped into a handful of paths."""
    x0, y0, x1, y1 = box
    buckets: dict[tuple[int, int], list] = {}
    for _ in range(count):
        k = (rng.randrange(len(sizes)), rng.randrange(len(ops)))
        buckets.setdefault(k, []).append((rng.uniform(x0, x1), rng.uniform(y0, y1)))
    for (i, j), ps in sorted(buckets.items()):
        dots(L, ps, color, sizes[i], ops[j])


def string_lights(L: Layer, p0, p1, sag, count, wire="#3a3030", bulb="#fff0c0", r=5.0):
    """A sagging string of bulbs from p0 to p1; returns the bulb positions (for glows in the light layer)."""
    mid = ((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2 + sag * 2)
    L.path(f"M{n(p0[0])} {n(p0[1])}Q{n(mid[0])} {n(mid[1])} {n(p1[0])} {n(p1[1])}", stroke=wire, stroke_width=2)
    out = []
    for i in range(count):
        t = (i + 0.5) / count
        x, y = spline_pt(p0, mid, p1, t)
        out.append((x, y + r))
    dots(L, [(x, y) for x, y in out], bulb, r * 2, 1)
    return out


def skyline(L: Layer, rng, x0, x1, base, hmin, hmax, col, win=None, win_p=0.25):
    """Flat rooftops against the sky, some lit windows; returns nothing."""
    x = x0
    lit = []
    while x < x1:
        w = rng.uniform(60, 150)
        h = rng.uniform(hmin, hmax)
        L.rect(x, base - h, w + 1, h, col)
        if rng.random() < 0.3:
            L.rect(x + w * 0.3, base - h - rng.uniform(14, 34), w * 0.2, 40, col)
        if win:
            for wy in range(int(base - h + 16), int(base - 10), 22):
                for wx in range(int(x + 10), int(x + w - 12), 20):
                    if rng.random() < win_p:
                        lit.append((wx + 4, wy + 5))
        x += w
    if win:
        dots(L, lit, win, 7, 0.8)


def firework(L: Layer, rng, cx, cy, r, col, rays=22, op=0.8):
    """A burst: short radial strokes, brighter towards the tips."""
    segs_in, segs_out = [], []
    for i in range(rays):
        a = 360 * i / rays + rng.uniform(-5, 5)
        d = dirv(a)
        r1 = r * rng.uniform(0.82, 1.05)
        segs_in.append((cx + d[0] * r * 0.25, cy + d[1] * r * 0.25, d[0] * r1 * 0.45, d[1] * r1 * 0.45))
        segs_out.append((cx + d[0] * r1 * 0.74, cy + d[1] * r1 * 0.74, d[0] * r1 * 0.22, d[1] * r1 * 0.22))
    L.strokes(segs_in, col, 2.2, round(op * 0.5, 2))
    L.strokes(segs_out, light(col, 0.3), 3.2, op)


def chain_fence(L: Layer, x0, x1, ytop, ybot, post="#5a6470", mesh="#7a8490", op=0.5, gap=46, posts=220, post_w=9):
    L.line(x0, ytop, x1, ytop, post, 6)
    x = x0
    while x <= x1:
        L.rect(x - post_w / 2, ytop - 6, post_w, ybot - ytop + 6, post)
        x += posts
    h = ybot - ytop
    segs = []
    i = x0 - h
    while i < x1:
        segs.append((i, ytop, h, h))
        segs.append((i + h, ytop, -h, h))
        i += gap
    L.strokes(segs, mesh, 1.8, op)


def brick_wall(L: Layer, rng, x, y, w, h, col, mortar, bw=60, bh=22, op=0.55, base=True):
    """Bricks: mortar lines and a few lighter and darker bricks (base=False when the wall colour is painted already)."""
    if base:
        L.rect(x, y, w, h, col)
    rows = int(h / bh) + 1
    segs = []
    for r in range(rows):
        yy = y + r * bh
        segs.append((x, yy, w, 0))
        off = 0 if r % 2 == 0 else bw / 2
        xx = x + off
        while xx < x + w:
            segs.append((xx, yy, 0, bh))
            xx += bw
    L.strokes(segs, mortar, 2, op)
    for _ in range(int(w * h / 9000)):
        r = rng.randrange(rows)
        c = rng.randrange(int(w / bw) + 1)
        bx = x + c * bw + (0 if r % 2 == 0 else bw / 2)
        if bx + bw < x + w and y + r * bh + bh < y + h:
            L.rect(bx + 1, y + r * bh + 1, bw - 2, bh - 2, rng.choice([light(col, 0.06), dark(col, 0.08)]), opacity=0.8)


def treeline(crowns, base, step=10.0):
    """The outline of a row of round tree crowns [(x, y, r), ...] standing on `base`: one polygon, each pixel painted
    once (overlapping circles cost nanosvg time for every one of them)."""
    out = [(-10, base)]
    x = -10.0
    while x <= W + 10:
        top = base
        for cx, cy, r in crowns:
            if abs(x - cx) < r:
                top = min(top, cy - math.sqrt(r * r - (x - cx) ** 2))
        out.append((x, top))
        x += step
    out.append((W + 10, base))
    return out


def streetlamp(L: Layer, x, ground, h, col="#20283a", head="#e8dcb0", arm=1):
    L.rect(x - 5, ground - h, 10, h, col)
    L.rect(x - 11, ground - 18, 22, 18, col)
    L.path(f"M{n(x)} {n(ground - h)}q0 -26 {n(arm * 30)} -26h{n(arm * 22)}", stroke=col, stroke_width=7)
    hx = x + arm * 52
    L.poly([(hx - 20, ground - h - 20), (hx + 20, ground - h - 20), (hx + 12, ground - h - 34), (hx - 12, ground - h - 34)], col)
    L.ellipse(hx, ground - h - 19, 16, 5, head)
    return hx, ground - h - 18


def table_front(R: Layer, x0, x1, back, front, drop, top, cloth, shade=None):
    """A table seen from the front: its top a band from the back edge to the front edge, a cloth hanging down."""
    R.poly([(x0 + 24, back), (x1 - 24, back), (x1, front), (x0, front)], top)
    R.rect(x0, front, x1 - x0, drop, cloth)
    R.rect(x0, front, x1 - x0, 8, shade or dark(cloth, 0.08))
    for i in range(1, 8):
        xx = x0 + (x1 - x0) * i / 8
        R.line(xx, front + 14, xx + 6, front + drop - 4, dark(cloth, 0.1), 3, opacity=0.5)


def street_fronts(L: Layer, rng, x0, x1, base, hmin, hmax, cols, lit="#e8d8a0", dark_win="#1c2424", lit_p=0.3,
                  shop="#f0f0d8"):
    """The houses across a street: two or three storeys of facades with cornices, windows in rows (some lit), a
    shop window at street level now and then, some gables. Not a bar chart: every house has a face."""
    x = x0
    lit_pts, dark_rects = [], []
    while x < x1:
        w = rng.uniform(170, 280)
        h = rng.uniform(hmin, hmax)
        col = rng.choice(cols)
        top = base - h
        L.rect(x, top, w + 1, h, col)
        if rng.random() < 0.4:  # a gable
            L.poly([(x - 4, top + 2), (x + w / 2, top - w * 0.22), (x + w + 4, top + 2)], dark(col, 0.12))
        else:
            L.rect(x - 4, top - 8, w + 9, 10, light(col, 0.12))  # the cornice
        floors = max(2, int((h - 70) / 46))
        cols_n = max(2, int(w / 48))
        for fl in range(floors):
            wy = top + 20 + fl * 46
            if wy + 26 > base - 70:
                break
            for c in range(cols_n):
                wx = x + (w - (cols_n - 1) * 48 - 16) / 2 + c * 48
                if rng.random() < lit_p:
                    lit_pts.append((wx, wy))
                else:
                    dark_rects.append((wx, wy))
        if rng.random() < 0.55:  # a shop at street level
            L.rect(x + 18, base - 58, w - 36, 44, shop, opacity=0.3)
            L.rect(x + 12, base - 74, w - 24, 12, dark(col, 0.25))
        else:
            L.rect(x + w / 2 - 16, base - 60, 32, 60, dark(col, 0.3))  # a front door
        x += w
    for wx, wy in dark_rects:
        L.rect(wx, wy, 16, 26, dark_win)
    for wx, wy in lit_pts:
        L.rect(wx, wy, 16, 26, lit, opacity=0.7)
