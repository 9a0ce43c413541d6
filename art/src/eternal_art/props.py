"""Objects: each a function drawing one thing onto a layer (or returning polygons to hold)."""

from __future__ import annotations

from .svg import *
from .palettes import *


def box_poly(x, y, w, h):
    return rect_poly(x, y, w, h)


def cardboard_box(L: Layer, x, y, w, h, col="#b98a57", depth=26, tape="#d8c29a", flaps=False):
    """A box standing on y (its bottom), front face x..x+w, with a top face in perspective."""
    L.poly([(x, y - h), (x + w, y - h), (x + w + depth * 0.5, y - h - depth * 0.7), (x + depth * 0.5, y - h - depth * 0.7)], light(col, 0.12))
    L.poly([(x + w, y), (x + w, y - h), (x + w + depth * 0.5, y - h - depth * 0.7), (x + w + depth * 0.5, y - depth * 0.7)], dark(col, 0.15))
    L.rect(x, y - h, w, h, col)
    L.rect(x + w / 2 - 7, y - h, 14, h * 0.35, tape, opacity=0.85)
    L.poly([(x + w / 2 - 7, y - h), (x + w / 2 + 7, y - h), (x + w / 2 + 7 + depth * 0.5, y - h - depth * 0.7), (x + w / 2 - 7 + depth * 0.5, y - h - depth * 0.7)], tape, opacity=0.85)
    if flaps:
        L.poly([(x, y - h), (x - 10, y - h - depth * 0.9), (x + w * 0.45, y - h - depth * 1.2), (x + w / 2, y - h)], light(col, 0.05))


def lamp_table(L: Layer, x, y, shade="#e8d6b0", base="#5a4a3a", s=1.0, on=True):
    """A bedside/table lamp standing on y."""
    L.ellipse(x, y - 4 * s, 26 * s, 7 * s, dark(base, 0.1))
    L.rect(x - 5 * s, y - 80 * s, 10 * s, 78 * s, base)
    L.poly([(x - 30 * s, y - 78 * s), (x + 30 * s, y - 78 * s), (x + 20 * s, y - 132 * s), (x - 20 * s, y - 132 * s)], shade)
    if on:
        L.poly([(x - 30 * s, y - 78 * s), (x + 30 * s, y - 78 * s), (x + 26 * s, y - 90 * s), (x - 26 * s, y - 90 * s)], light(shade, 0.35), opacity=0.7)


def mug(L: Layer, x, y, col, s=1.0, crack=False, ink="#333333"):
    L.path(f"M{n(x + 22 * s)} {n(y - 36 * s)}c{n(16 * s)} 0 {n(16 * s)} {n(24 * s)} 0 {n(24 * s)}", stroke=col, stroke_width=n(6 * s))
    L.rect(x - 22 * s, y - 46 * s, 44 * s, 46 * s, col, rx=n(6 * s))
    L.ellipse(x, y - 46 * s, 22 * s, 5 * s, dark(col, 0.3))
    if crack:
        L.polyline([(x - 6 * s, y - 46 * s), (x - 1 * s, y - 34 * s), (x - 8 * s, y - 24 * s), (x - 2 * s, y - 12 * s)], ink, 2.2 * s)


def cassette(L: Layer, x, y, s=1.0, body="#3c3a3a", label="#d9cdb5", reel="#8a8478", ink="#222222"):
    w, h = 118 * s, 74 * s
    L.rect(x - w / 2, y - h, w, h, body, rx=n(6 * s))
    L.rect(x - w / 2 + 9 * s, y - h + 8 * s, w - 18 * s, h * 0.52, label, rx=n(3 * s))
    # a hand-drawn squiggle where a title would be (no text)
    L.path(f"M{n(x - 40 * s)} {n(y - h + 18 * s)}q{n(8 * s)} {n(-6 * s)} {n(16 * s)} 0t{n(16 * s)} 0t{n(16 * s)} 0t{n(16 * s)} 0",
           stroke="#b23a48", stroke_width=n(2.2 * s), opacity=0.8)
    L.rect(x - 30 * s, y - h + 26 * s, 60 * s, 15 * s, dark(body, 0.2), rx=n(7 * s))
    for sx in (-1, 1):
        L.circle(x + sx * 20 * s, y - h + 33.5 * s, 6 * s, reel)
    L.poly([(x - 34 * s, y), (x + 34 * s, y), (x + 28 * s, y - 14 * s), (x - 28 * s, y - 14 * s)], dark(body, 0.15))


def book_closed(L: Layer, x, y, w, col, pages="#efe6d2", s_h=10):
    """A closed book lying flat, its bottom on y."""
    L.rect(x, y - s_h, w, s_h, pages)
    L.rect(x - 2, y - s_h - 6, w + 4, 6, col)
    L.rect(x - 2, y, w + 4, 4, dark(col, 0.15))
    L.rect(x - 6, y - s_h - 6, 8, s_h + 10, dark(col, 0.1))


def heart_path(cx, cy, r) -> str:
    return (f"M{n(cx)} {n(cy + r * 0.9)}C{n(cx - r * 1.6)} {n(cy - r * 0.1)} {n(cx - r * 0.7)} {n(cy - r * 1.3)} {n(cx)} {n(cy - r * 0.45)}"
            f"C{n(cx + r * 0.7)} {n(cy - r * 1.3)} {n(cx + r * 1.6)} {n(cy - r * 0.1)} {n(cx)} {n(cy + r * 0.9)}Z")


def bottle(L: Layer, x, y, col, s=1.0, label=None):
    L.rect(x - 11 * s, y - 62 * s, 22 * s, 62 * s, col, rx=n(5 * s))
    L.poly([(x - 11 * s, y - 58 * s), (x + 11 * s, y - 58 * s), (x + 5 * s, y - 78 * s), (x - 5 * s, y - 78 * s)], col)
    L.rect(x - 4.5 * s, y - 96 * s, 9 * s, 20 * s, col)
    L.rect(x - 5 * s, y - 99 * s, 10 * s, 5 * s, dark(col, 0.3))
    if label:
        L.rect(x - 11 * s, y - 42 * s, 22 * s, 20 * s, label)
    L.rect(x - 6 * s, y - 56 * s, 4 * s, 44 * s, "#ffffff", opacity=0.18)


def trash_bag(L: Layer, x, y, w, h, col="#3b403e"):
    """An open plastic bag standing on y."""
    L.path(f"M{n(x - w * 0.5)} {n(y)}C{n(x - w * 0.62)} {n(y - h * 0.5)} {n(x - w * 0.5)} {n(y - h * 0.85)} {n(x - w * 0.32)} {n(y - h)}"
           f"L{n(x + w * 0.32)} {n(y - h)}C{n(x + w * 0.5)} {n(y - h * 0.85)} {n(x + w * 0.62)} {n(y - h * 0.5)} {n(x + w * 0.5)} {n(y)}Z", fill=col)
    L.ellipse(x, y - h, w * 0.34, h * 0.09, dark(col, 0.45))
    for k in (-0.36, 0.0, 0.3):
        L.path(f"M{n(x + w * k)} {n(y - h * 0.9)}q{n(w * 0.05)} {n(h * 0.4)} {n(-w * 0.02)} {n(h * 0.8)}", stroke=light(col, 0.18),
               stroke_width=3, opacity=0.6)
    L.path(f"M{n(x - w * 0.34)} {n(y - h)}l{n(-w * 0.1)} {n(-h * 0.12)}l{n(w * 0.08)} {n(h * 0.06)}", fill=col)
    L.path(f"M{n(x + w * 0.34)} {n(y - h)}l{n(w * 0.12)} {n(-h * 0.1)}l{n(-w * 0.06)} {n(h * 0.08)}", fill=col)


def drawstring_bag(L: Layer, x, y, w, h, col="#8e9692", open_=True, label="#eef0ea", cord="#5a625e"):
    """Lacuna's gray drawstring bag standing on y, centred on x: a soft sack gathered at the neck, its mouth open (the
    cord slack) or pulled shut."""
    nk = y - h * 0.8  # the gathered neck
    body = (f"M{n(x - w * 0.5)} {n(y - 10)}C{n(x - w * 0.62)} {n(y - h * 0.42)} {n(x - w * 0.42)} {n(nk + 20)} {n(x - w * 0.26)} {n(nk)}"
            f"L{n(x + w * 0.26)} {n(nk)}C{n(x + w * 0.42)} {n(nk + 20)} {n(x + w * 0.62)} {n(y - h * 0.42)} {n(x + w * 0.5)} {n(y - 10)}"
            f"Q{n(x)} {n(y + 8)} {n(x - w * 0.5)} {n(y - 10)}Z")
    L.path(body, fill=col)
    if open_:
        # the frill above the cord, flaring open, and the dark mouth
        L.path(f"M{n(x - w * 0.26)} {n(nk + 2)}L{n(x - w * 0.4)} {n(y - h)}Q{n(x)} {n(y - h * 1.06)} {n(x + w * 0.4)} {n(y - h)}"
               f"L{n(x + w * 0.26)} {n(nk + 2)}Z", fill=light(col, 0.06))
        L.ellipse(x, y - h, w * 0.4, h * 0.07, dark(col, 0.55))
        L.rect(x - w * 0.28, nk - 3, w * 0.56, 7, cord, rx=3)
        L.path(f"M{n(x + w * 0.24)} {n(nk + 2)}q{n(w * 0.14)} {n(h * 0.16)} {n(w * 0.04)} {n(h * 0.34)}", stroke=cord, stroke_width=3)
    else:
        L.path(f"M{n(x - w * 0.26)} {n(nk + 2)}L{n(x - w * 0.16)} {n(y - h * 0.96)}L{n(x + w * 0.16)} {n(y - h * 0.96)}"
               f"L{n(x + w * 0.26)} {n(nk + 2)}Z", fill=light(col, 0.06))
        L.rect(x - w * 0.27, nk - 3, w * 0.54, 7, cord, rx=3)
        L.path(f"M{n(x + w * 0.06)} {n(nk + 2)}q{n(w * 0.1)} {n(h * 0.16)} {n(w * 0.02)} {n(h * 0.3)}"
               f"M{n(x + w * 0.02)} {n(nk + 2)}q{n(w * 0.02)} {n(h * 0.2)} {n(-w * 0.08)} {n(h * 0.28)}", stroke=cord, stroke_width=3)
    for k in (-0.22, 0.12):  # soft folds of the cloth
        L.path(f"M{n(x + w * k)} {n(nk + 16)}q{n(w * 0.08)} {n(h * 0.3)} {n(-w * 0.02)} {n(h * 0.66)}", stroke=dark(col, 0.12),
               stroke_width=3, opacity=0.7)
    if label:  # the label (CLIENT MATERIAL): a white tag, two grey lines for the words
        L.rect(x - w * 0.2, y - h * 0.46, w * 0.4, h * 0.15, label, rx=3)
        L.rect(x - w * 0.15, y - h * 0.42, w * 0.3, 3, "#8a948e")
        L.rect(x - w * 0.15, y - h * 0.36, w * 0.2, 3, "#8a948e")


def traffic_cone(cx, base, h, col="#c8683a", band="#dcd8cc", foot="#3a3a40"):
    """A traffic cone standing on `base` (polygons, for `held` or a layer): returns [(poly, fill), ...]."""
    w0, w1 = h * 0.34, h * 0.07
    out = [(rect_poly(cx - h * 0.42, base - h * 0.08, h * 0.84, h * 0.08), foot),
           ([(cx - w0, base - h * 0.08), (cx + w0, base - h * 0.08), (cx + w1, base - h), (cx - w1, base - h)], col)]
    for t0, t1 in ((0.3, 0.42), (0.58, 0.68)):
        a0, a1 = w0 + (w1 - w0) * t0, w0 + (w1 - w0) * t1
        y0, y1 = base - h * 0.08 - (h * 0.92) * t0, base - h * 0.08 - (h * 0.92) * t1
        out.append(([(cx - a0, y0), (cx + a0, y0), (cx + a1, y1), (cx - a1, y1)], band))
    out.append(([(cx + w0 * 0.2, base - h * 0.1), (cx + w0 * 0.55, base - h * 0.1), (cx + w1 * 0.5, base - h * 0.98),
                 (cx + w1 * 0.1, base - h * 0.98)], dark(col, 0.16)))
    return out


def mitten(col="#b0473f", cuff="#d8cfc2"):
    """A knitted mitten over a hand: `hold` polygons, relative to the wrist (figure units)."""
    return [(ellipse_poly(0, 5, 15, 19, 14), col), (ellipse_poly(-13, -1, 6, 10, 10), col),
            (ellipse_poly(0, -11, 14, 5, 10), cuff), (ellipse_poly(3, 9, 5, 9, 8), dark(col, 0.14))]


def paper_crown(L: Layer, fig, col="#e2c070", band="#c8a050"):
    """A birthday-party paper crown, on the head of a figure drawn a moment ago (a little askew)."""
    hx, hy = fig["head"]
    rx, ry = fig["head_r"]
    L.open(id="paper-crown", transform=f"translate({n(hx)} {n(hy)}) rotate({n(fig['angle'] + 8)})")
    pts_ = [(-rx * 1.02, -ry * 0.78)]
    for k in range(5):
        x0 = -rx * 1.02 + rx * 2.04 * k / 5
        pts_ += [(x0 + rx * 0.2, -ry * 1.5 + (k % 2) * ry * 0.06), (x0 + rx * 0.408, -ry * 1.08)]
    pts_[-1] = (rx * 1.02, -ry * 1.08)
    pts_ += [(rx * 1.02, -ry * 0.78)]
    L.poly(pts_, col)
    L.rect(-rx * 1.02, -ry * 0.98, rx * 2.04, ry * 0.2, band)
    for k in range(5):
        L.circle(-rx * 0.82 + rx * 0.41 * k, -ry * 0.88, rx * 0.06, "#f4e8c8")
    L.close()


def duck(L: Layer, x, y, s=1.0, facing=1, body="#8a6a4a", head="#5a6a4a", beak="#d8a040", swim=True):
    """A duck, on the water (swim: its body cut by the waterline) or standing on the grass; facing 1 right, -1 left."""
    f = facing
    L.path(f"M{n(x - 26 * s * f)} {n(y - 4 * s)}C{n(x - 30 * s * f)} {n(y - 22 * s)} {n(x + 10 * s * f)} {n(y - 26 * s)} {n(x + 20 * s * f)} {n(y - 12 * s)}"
           f"C{n(x + 24 * s * f)} {n(y - 4 * s)} {n(x + 14 * s * f)} {n(y + 2 * s)} {n(x)} {n(y + 2 * s)}"
           f"L{n(x - 34 * s * f)} {n(y - 10 * s)}Z", fill=body)
    L.path(f"M{n(x - 14 * s * f)} {n(y - 14 * s)}q{n(14 * s * f)} {n(-6 * s)} {n(24 * s * f)} {n(2 * s)}", stroke=dark(body, 0.2),
           stroke_width=n(2 * s))
    L.line(x + 14 * s * f, y - 14 * s, x + 16 * s * f, y - 28 * s, head, 7 * s)
    L.circle(x + 17 * s * f, y - 30 * s, 8 * s, head)
    L.poly([(x + 23 * s * f, y - 32 * s), (x + 34 * s * f, y - 29 * s), (x + 23 * s * f, y - 26 * s)], beak)
    L.circle(x + 19 * s * f, y - 32 * s, 1.6 * s, "#1e1a14")
    if swim:
        L.ellipse(x - 6 * s * f, y + 3 * s, 34 * s, 4 * s, "#e8c898", opacity=0.35)
    else:
        L.line(x - 4 * s, y, x - 6 * s, y + 12 * s, beak, 2.4 * s)
        L.line(x + 4 * s, y, x + 4 * s, y + 12 * s, beak, 2.4 * s)


def coil_cord(L: Layer, p0, p1, p2, color, width=2.6, r=7.0, turns=20, k=9):
    """A coiled telephone cord along the quadratic curve p0 -> p2 (control p1): a spring of small loops."""
    out = []
    steps = turns * k
    for i in range(steps + 1):
        t = i / steps
        x, y = spline_pt(p0, p1, p2, t)
        x2, y2 = spline_pt(p0, p1, p2, min(1.0, t + 0.01))
        x1, y1 = spline_pt(p0, p1, p2, max(0.0, t - 0.01))
        tx, ty = x2 - x1, y2 - y1
        ln = math.hypot(tx, ty) or 1.0
        tx, ty = tx / ln, ty / ln
        a = 2 * math.pi * turns * t
        out.append((x - ty * r * math.sin(a) + tx * r * 0.45 * math.cos(a), y + tx * r * math.sin(a) + ty * r * 0.45 * math.cos(a)))
    L.polyline(out, color, width)


def xmas_tree(L: Layer, x, y, h, green="#3b5650", pot="#6a5560"):
    """A small potted fir standing on y; returns (tip, [(x, y) spots for baubles and lights])."""
    L.poly([(x - 34, y), (x + 34, y), (x + 42, y - 46), (x - 42, y - 46)], pot)
    L.rect(x - 46, y - 54, 92, 10, dark(pot, 0.15))
    L.rect(x - 8, y - 80, 16, 30, "#4a3a34")
    tiers = 4
    spots = []
    top = y - h
    for i in range(tiers):
        t0 = i / tiers
        yb = y - 70 - (h - 70) * t0 * 0.86
        yt = top + (h - 70) * 0.1 * (tiers - 1 - i) / tiers
        half = (h * 0.38) * (1 - t0 * 0.62)
        col = green if i % 2 == 0 else light(green, 0.06)
        L.poly([(x - half, yb), (x - half * 0.55, yb - 10), (x, yt), (x + half * 0.55, yb - 10), (x + half, yb),
                (x + half * 0.4, yb + 8), (x, yb + 2), (x - half * 0.4, yb + 8)], col)
        L.poly([(x - half, yb), (x, yb - (yb - yt) * 0.45), (x + half, yb), (x, yb + 2)], dark(green, 0.12), opacity=0.5)
        for k in range(3):
            u = (k + 0.5) / 3
            spots.append((x - half * 0.85 + half * 1.7 * u, yb - 12 - 10 * (k % 2)))
    return (x, top), spots


def paper_star(L: Layer, cx, cy, r, col, fold=None, a=0.0):
    """A five-pointed paper star with a folded crease on every point."""
    outer = [add((cx, cy), dirv(180 + a + i * 72), r) for i in range(5)]
    inner = [add((cx, cy), dirv(180 + a + 36 + i * 72), r * 0.45) for i in range(5)]
    ring = [p for pair in zip(outer, inner) for p in pair]
    L.poly(ring, col)
    for i in range(5):
        L.poly([(cx, cy), outer[i], inner[i]], fold or dark(col, 0.18), opacity=0.7)


def candle(L: Layer, x, y, h, col="#efe4cc", w=12, holder="#b89a62"):
    """A candle standing on y in a small holder, with its flame."""
    L.ellipse(x, y - 3, w * 1.3, 5, holder)
    L.rect(x - w / 2, y - h, w, h - 4, col)
    L.ellipse(x, y - h, w / 2, 2.5, light(col, 0.2))
    L.path(f"M{n(x)} {n(y - h - 22)}C{n(x + 7)} {n(y - h - 10)} {n(x + 6)} {n(y - h - 2)} {n(x)} {n(y - h - 2)}"
           f"C{n(x - 6)} {n(y - h - 2)} {n(x - 7)} {n(y - h - 10)} {n(x)} {n(y - h - 22)}Z", fill="#ffd78a")
    L.ellipse(x, y - h - 7, 2.6, 4.5, "#fff6dc")


def wine_glass(L: Layer, x, y, s=1.0, wine="#5a1e24", level=0.5):
    """A wine glass standing on y."""
    glass = "#e8e4dc"
    L.ellipse(x, y - 2 * s, 13 * s, 3.5 * s, glass, opacity=0.7)
    L.rect(x - 1.6 * s, y - 34 * s, 3.2 * s, 32 * s, glass, opacity=0.75)
    bowl = f"M{n(x - 15 * s)} {n(y - 70 * s)}C{n(x - 16 * s)} {n(y - 44 * s)} {n(x - 8 * s)} {n(y - 34 * s)} {n(x)} {n(y - 34 * s)}" \
           f"C{n(x + 8 * s)} {n(y - 34 * s)} {n(x + 16 * s)} {n(y - 44 * s)} {n(x + 15 * s)} {n(y - 70 * s)}Z"
    L.path(bowl, fill=glass, opacity=0.35)
    if level > 0:
        top = y - 34 * s - 34 * s * level
        L.path(f"M{n(x - 14 * s)} {n(top)}C{n(x - 14 * s)} {n(y - 42 * s)} {n(x - 7 * s)} {n(y - 35 * s)} {n(x)} {n(y - 35 * s)}"
               f"C{n(x + 7 * s)} {n(y - 35 * s)} {n(x + 14 * s)} {n(y - 42 * s)} {n(x + 14 * s)} {n(top)}Z", fill=wine)
    L.path(f"M{n(x - 10 * s)} {n(y - 64 * s)}q{n(-2 * s)} {n(14 * s)} {n(3 * s)} {n(24 * s)}", stroke="#ffffff",
           stroke_width=n(2 * s), opacity=0.5)


def plate(L: Layer, x, y, r, col="#ece6da", food=None):
    L.ellipse(x, y, r, r * 0.2, dark(col, 0.12))
    L.ellipse(x, y - 2, r * 0.94, r * 0.17, col)
    L.ellipse(x, y - 2, r * 0.6, r * 0.1, dark(col, 0.05))
    if food:
        L.ellipse(x - r * 0.1, y - 5, r * 0.4, r * 0.11, food)


def car_side(L: Layer, x, y, s, col, glass="#2a3444", dent=None, snow=None):
    """A plain sedan seen from its right side, nose to the right; x is its rear end, y the ground."""
    def P(pts_):
        return [(x + a * s, y + b * s) for a, b in pts_]
    body = [(0, -36), (-4, -92), (14, -112), (150, -118), (210, -186), (380, -190), (470, -126), (600, -108),
            (616, -82), (612, -36)]
    L.poly(P(body), col)
    L.poly(P([(0, -36), (612, -36), (610, -24), (4, -24)]), dark(col, 0.3))
    L.poly(P([(220, -178), (300, -180), (300, -124), (168, -120)]), glass)
    L.poly(P([(312, -180), (376, -180), (452, -126), (312, -124)]), glass)
    L.poly(P([(2, -84), (612, -84), (612, -78), (2, -78)]), light(col, 0.12), opacity=0.6)
    L.poly(P([(300, -124), (304, -124), (304, -40), (300, -40)]), dark(col, 0.2))
    for wx in (120, 500):
        L.ellipse(x + wx * s, y - 40 * s, 62 * s, 56 * s, dark(col, 0.45))
        L.circle(x + wx * s, y - 34 * s, 46 * s, "#16181c")
        L.circle(x + wx * s, y - 34 * s, 22 * s, "#8a909a")
        L.circle(x + wx * s, y - 34 * s, 7 * s, "#5a6068")
    L.rect(x + 598 * s, y - 96 * s, 18 * s, 16 * s, "#e8e4d0", rx=n(4 * s))
    L.rect(x - 2 * s, y - 96 * s, 10 * s, 18 * s, "#8a3a3a", rx=n(3 * s))
    L.rect(x + 236 * s, y - 112 * s, 22 * s, 5 * s, dark(col, 0.35))
    L.rect(x + 336 * s, y - 112 * s, 22 * s, 5 * s, dark(col, 0.35))
    if snow:
        L.path(f"M{n(x + 206 * s)} {n(y - 186 * s)}Q{n(x + 300 * s)} {n(y - 206 * s)} {n(x + 384 * s)} {n(y - 188 * s)}Z", fill=snow)
        L.path(f"M{n(x + 14 * s)} {n(y - 112 * s)}Q{n(x + 80 * s)} {n(y - 126 * s)} {n(x + 148 * s)} {n(y - 118 * s)}Z", fill=snow)
        L.path(f"M{n(x + 470 * s)} {n(y - 126 * s)}Q{n(x + 540 * s)} {n(y - 128 * s)} {n(x + 600 * s)} {n(y - 108 * s)}Z", fill=snow)
    if dent:
        # a crumpled front corner: a darker hollow, creases catching the light, a scrape of bare metal
        cx, cy = x + 574 * s, y - 70 * s
        L.ellipse(cx, cy, 44 * s, 30 * s, L.rad([(0, dark(col, 0.6), 1), (0.55, dark(col, 0.4), 0.75), (1, col, 0)],
                                                cx - 4 * s, cy - 4 * s, 44 * s, 30 * s, -20))
        L.path(f"M{n(cx - 30 * s)} {n(cy + 14 * s)}Q{n(cx + 6 * s)} {n(cy + 30 * s)} {n(cx + 36 * s)} {n(cy - 2 * s)}",
               stroke=light(col, 0.4), stroke_width=n(3 * s), opacity=0.8)
        L.polyline(P([(548, -92), (566, -80), (560, -66), (580, -58)]), light(col, 0.3), 2 * s)
        for k in range(4):
            L.line(x + (520 + k * 6) * s, y - (66 - k * 5) * s, x + (556 + k * 8) * s, y - (72 - k * 4) * s, "#c8ccd0", 1.6 * s,
                   opacity=0.7)
        L.poly(P([(606, -60), (626, -56), (622, -42), (604, -46)]), dark(col, 0.3))  # the bumper corner bent out


def awning(L: Layer, x, y, w, h, c1, c2, stripes=8, scallop=True):
    """A striped market awning: its top edge at y, sloping down to y+h."""
    sw = w / stripes
    for i in range(stripes):
        L.poly([(x + i * sw, y), (x + (i + 1) * sw, y), (x + (i + 1) * sw + 8, y + h), (x + i * sw + 8, y + h)], c1 if i % 2 == 0 else c2)
        if scallop:
            cx = x + i * sw + sw / 2 + 8
            L.path(f"M{n(cx - sw / 2)} {n(y + h - 1)}Q{n(cx)} {n(y + h + 20)} {n(cx + sw / 2)} {n(y + h - 1)}Z",
                   fill=c1 if i % 2 == 0 else c2)
    L.rect(x, y - 6, w + 8, 8, dark(c1, 0.25))


def record_crate(L: Layer, rng, x, y, w=150, h=90, wood="#a97c52"):
    """A wooden crate of records standing on y, the record sleeves showing their top edges."""
    sleeves = ["#c9b48a", "#8a6a5a", "#6a7a7a", "#d8c8a8", "#a05a3a", "#5a5a6a", "#b8a070", "#7a8a6a", "#e0d4bc"]
    xx = x + 8
    while xx < x + w - 12:
        sw = rng.uniform(5, 9)
        L.poly([(xx, y - h + 14), (xx + sw, y - h + 14), (xx + sw + 4, y - h - rng.uniform(16, 34)), (xx + 4, y - h - 20)],
               rng.choice(sleeves))
        xx += sw + 1
    L.rect(x, y - h, w, h, wood)
    for k in range(3):
        L.rect(x, y - h + k * (h / 3) + 2, w, 3, dark(wood, 0.2))
    L.rect(x + w * 0.35, y - h + 12, w * 0.3, 12, dark(wood, 0.35), rx=6)


def towel_on(F: Layer, fig, col="#eee4d2", stripe=None, s=1.0):
    """A towel round the shoulders of a figure drawn a moment ago (its ends falling over the chest)."""
    nx, ny = fig["neck"]
    F.open(id="towel")
    F.path(f"M{n(nx - 44 * s)} {n(ny + 24 * s)}Q{n(nx)} {n(ny - 12 * s)} {n(nx + 44 * s)} {n(ny + 24 * s)}"
           f"L{n(nx + 32 * s)} {n(ny + 34 * s)}Q{n(nx)} {n(ny + 8 * s)} {n(nx - 32 * s)} {n(ny + 34 * s)}Z", fill=col)
    F.poly([(nx - 40 * s, ny + 20 * s), (nx - 20 * s, ny + 26 * s), (nx - 16 * s, ny + 96 * s), (nx - 38 * s, ny + 98 * s)], col)
    F.poly([(nx + 24 * s, ny + 24 * s), (nx + 44 * s, ny + 18 * s), (nx + 40 * s, ny + 88 * s), (nx + 20 * s, ny + 90 * s)], dark(col, 0.06))
    if stripe:
        F.rect(nx - 39 * s, ny + 80 * s, 22 * s, 6 * s, stripe)
        F.rect(nx + 21 * s, ny + 72 * s, 20 * s, 6 * s, stripe)
    F.close()
