"""The SVG writer: numbers, colours, geometry, and a Layer (defs + body written as one SVG file).

Standard library only. Everything here stays within what nanosvg (pygame-ce's SVG loader) draws reliably: paths,
polygons, rects, circles, ellipses, lines, linear and radial gradients, opacity, transforms."""

from __future__ import annotations

import math
import random
import zlib
from pathlib import Path

W, H = 1600, 900
ART = Path(__file__).resolve().parents[2]  # the art/ folder
LAYERS = ("sky", "room", "props", "figures", "light")
EXTRAS = ("companion", "found")  # optional: only the hiding places draw them (Clementine hidden there, the beam that finds her)


def n(v: float) -> str:
    """A short number for SVG: one decimal, no trailing zero."""
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    if s == "-0":
        s = "0"
    return s


def pts(points) -> str:
    return " ".join(f"{n(x)},{n(y)}" for x, y in points)


def rgb(c: str) -> tuple[int, int, int]:
    c = c.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def hexc(r: float, g: float, b: float) -> str:
    return "#%02x%02x%02x" % tuple(max(0, min(255, round(v))) for v in (r, g, b))


def mix(a: str, b: str, t: float) -> str:
    ra, rb = rgb(a), rgb(b)
    return hexc(*(x + (y - x) * t for x, y in zip(ra, rb)))


def dark(c: str, t: float = 0.2) -> str:
    return mix(c, "#000000", t)


def light(c: str, t: float = 0.2) -> str:
    return mix(c, "#ffffff", t)


def seed_of(*parts: str) -> int:
    return zlib.crc32("/".join(parts).encode("utf-8"))


def dirv(a: float) -> tuple[float, float]:
    """Unit vector for an angle in degrees measured from straight down; +90 points right, -90 left, 180 up."""
    r = math.radians(a)
    return math.sin(r), math.cos(r)


def rot(p, a: float):
    """Rotate a point about the origin by a degrees (clockwise on screen, like SVG rotate)."""
    c, s = math.cos(math.radians(a)), math.sin(math.radians(a))
    return p[0] * c - p[1] * s, p[0] * s + p[1] * c


def add(p, q, k: float = 1.0):
    return p[0] + q[0] * k, p[1] + q[1] * k


def ellipse_poly(cx, cy, rx, ry, k=18, a=0.0):
    out = []
    for i in range(k):
        t = 2 * math.pi * i / k
        p = rot((rx * math.cos(t), ry * math.sin(t)), a)
        out.append((cx + p[0], cy + p[1]))
    return out


def capsule(a, b, r1, r2=None, k=5):
    """A limb: a tapered capsule from a (radius r1) to b (radius r2) as a polygon."""
    r2 = r1 if r2 is None else r2
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length < 1e-6:
        return ellipse_poly(a[0], a[1], r1, r1, 12)
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    out = []
    for i in range(k + 1):
        t = math.pi / 2 - math.pi * i / k
        out.append((b[0] + r2 * (math.cos(t) * ux + math.sin(t) * nx), b[1] + r2 * (math.cos(t) * uy + math.sin(t) * ny)))
    for i in range(k + 1):
        t = -math.pi / 2 - math.pi * i / k
        out.append((a[0] + r1 * (math.cos(t) * ux + math.sin(t) * nx), a[1] + r1 * (math.cos(t) * uy + math.sin(t) * ny)))
    return out


def clip_y(poly, ymin=None, ymax=None):
    """Sutherland-Hodgman against horizontal lines: keep the part with ymin <= y <= ymax."""

    def clip(poly, inside, y0):
        out = []
        for i in range(len(poly)):
            cur, prev = poly[i], poly[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(_cross(prev, cur, y0))
                out.append(cur)
            elif inside(prev):
                out.append(_cross(prev, cur, y0))
        return out

    if ymax is not None and poly:
        poly = clip(poly, lambda p: p[1] <= ymax, ymax)
    if ymin is not None and poly:
        poly = clip(poly, lambda p: p[1] >= ymin, ymin)
    return poly


def _cross(p, q, y0):
    t = (y0 - p[1]) / (q[1] - p[1])
    return p[0] + t * (q[0] - p[0]), y0


def quad_pts(p0, p1, p2, k=6):
    out = []
    for i in range(1, k + 1):
        t = i / k
        out.append(((1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0],
                    (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1]))
    return out


def inside_poly(p, poly) -> bool:
    x, y = p
    res = False
    j = len(poly) - 1
    for i in range(len(poly)):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            res = not res
        j = i
    return res


def rect_poly(x, y, w, h):
    return [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]


def wobble(poly, rng, amp=2.5, step=40.0):
    """Subdivide and jitter a polygon's edges: a hand-drawn, crayon edge."""
    out = []
    for i in range(len(poly)):
        a, b = poly[i], poly[(i + 1) % len(poly)]
        d = math.hypot(b[0] - a[0], b[1] - a[1])
        k = max(1, int(d / step))
        for j in range(k):
            t = j / k
            out.append((a[0] + (b[0] - a[0]) * t + rng.uniform(-amp, amp), a[1] + (b[1] - a[1]) * t + rng.uniform(-amp, amp)))
    return out


# a layer: defs + body, written as one SVG file
def _attrs(kw) -> str:
    out = []
    for k, v in kw.items():
        if v is None:
            continue
        if isinstance(v, float):
            v = n(v) if abs(v) >= 1 or v == 0 else f"{v:.2f}".rstrip("0").rstrip(".")
        out.append(f'{k.rstrip("_").replace("_", "-")}="{v}"')
    return (" " + " ".join(out)) if out else ""


class Layer:
    def __init__(self, scene: str, name: str, crayon: bool = False):
        self.scene, self.name = scene, name
        self.defs: list[str] = []
        self.body: list[str] = []
        self.count = 0
        self.rng = random.Random(seed_of(scene, name))
        self.crayon = crayon

    # gradients ------------------------------------------------------------------------------------------------
    def _stops(self, stops) -> str:
        out = []
        for s in stops:
            off, col = s[0], s[1]
            op = s[2] if len(s) > 2 else 1
            o = f' stop-opacity="{op:g}"' if op != 1 else ""
            out.append(f'<stop offset="{off:g}" stop-color="{col}"{o}/>')
        return "".join(out)

    def lin(self, stops, x1, y1, x2, y2) -> str:
        self.count += 1
        gid = f"g{self.count}"
        self.defs.append(f'<linearGradient id="{gid}" gradientUnits="userSpaceOnUse" x1="{n(x1)}" y1="{n(y1)}" '
                         f'x2="{n(x2)}" y2="{n(y2)}">{self._stops(stops)}</linearGradient>')
        return f"url(#{gid})"

    def rad(self, stops, cx, cy, rx, ry=None, a=0.0) -> str:
        """A radial gradient centred at cx,cy with radii rx, ry (an ellipse, optionally rotated by a degrees)."""
        self.count += 1
        gid = f"g{self.count}"
        ry = rx if ry is None else ry
        tr = f"translate({n(cx)} {n(cy)})" + (f" rotate({n(a)})" if a else "") + f" scale({n(rx)} {n(ry)})"
        self.defs.append(f'<radialGradient id="{gid}" gradientUnits="userSpaceOnUse" cx="0" cy="0" r="1" '
                         f'gradientTransform="{tr}">{self._stops(stops)}</radialGradient>')
        return f"url(#{gid})"

    def rad_box(self, stops) -> str:
        """A radial gradient in the shape's own box (for many small glows sharing one definition)."""
        self.count += 1
        gid = f"g{self.count}"
        self.defs.append(f'<radialGradient id="{gid}">{self._stops(stops)}</radialGradient>')
        return f"url(#{gid})"

    # shapes ---------------------------------------------------------------------------------------------------
    def raw(self, s: str):
        self.body.append(s)

    def open(self, **kw):
        self.body.append(f"<g{_attrs(kw)}>")

    def close(self):
        self.body.append("</g>")

    def rect(self, x, y, w, h, fill, rx=None, hatch=None, wob=None, **kw):
        if self.crayon and not rx and w * h > 400:
            # shapes that touch the frame reach past it, so a wobbly edge never shows a gap there
            x1, y1 = x + w, y + h
            x, y = (-12 if x <= 0 else x), (-12 if y <= 0 else y)
            x1, y1 = (W + 12 if x1 >= W else x1), (H + 12 if y1 >= H else y1)
            self.poly(rect_poly(x, y, x1 - x, y1 - y), fill, hatch=hatch, wob=wob, **kw)
            return
        self.body.append(f'<rect x="{n(x)}" y="{n(y)}" width="{n(w)}" height="{n(h)}"'
                         f'{_attrs({"rx": rx})}{_attrs({"fill": fill, **kw})}/>')
        if hatch:
            self.hatch(rect_poly(x, y, w, h), hatch)

    def ellipse(self, cx, cy, rx, ry, fill, **kw):
        self.body.append(f'<ellipse cx="{n(cx)}" cy="{n(cy)}" rx="{n(rx)}" ry="{n(ry)}"{_attrs({"fill": fill, **kw})}/>')

    def circle(self, cx, cy, r, fill, **kw):
        self.body.append(f'<circle cx="{n(cx)}" cy="{n(cy)}" r="{n(r)}"{_attrs({"fill": fill, **kw})}/>')

    def poly(self, points, fill, hatch=None, wob=None, **kw):
        if not points:
            return
        shape = points
        if self.crayon and wob is not False:
            shape = wobble(points, self.rng, amp=wob or 2.2)
        self.body.append(f'<polygon points="{pts(shape)}"{_attrs({"fill": fill, **kw})}/>')
        if hatch:
            self.hatch(points, hatch)

    def path(self, d, fill="none", **kw):
        self.body.append(f'<path d="{d}"{_attrs({"fill": fill, **kw})}/>')

    def line(self, x1, y1, x2, y2, stroke, width, **kw):
        self.body.append(f'<line x1="{n(x1)}" y1="{n(y1)}" x2="{n(x2)}" y2="{n(y2)}"'
                         f'{_attrs({"stroke": stroke, "stroke_width": width, "stroke_linecap": "round", **kw})}/>')

    def polyline(self, points, stroke, width, **kw):
        self.body.append(f'<polyline points="{pts(points)}"{_attrs({"fill": "none", "stroke": stroke, "stroke_width": width, "stroke_linecap": "round", "stroke_linejoin": "round", **kw})}/>')

    # crayon ---------------------------------------------------------------------------------------------------
    def strokes(self, segs, color, width, opacity):
        """Many short strokes as one path: [(x, y, dx, dy), ...]."""
        if not segs:
            return
        d = "".join(f"M{n(x)} {n(y)}l{n(dx)} {n(dy)}" for x, y, dx, dy in segs)
        self.path(d, stroke=color, stroke_width=width, stroke_opacity=opacity, stroke_linecap="round")

    def hatch(self, poly, spec):
        """Crayon hatching inside a polygon. spec = (colour, density per 10000 px^2, opacity)."""
        color, density, opacity = spec
        xs = [p[0] for p in poly]
        ys = [p[1] for p in poly]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        area = (x1 - x0) * (y1 - y0)
        count = int(area / 10000 * density)
        segs = []
        rng = self.rng
        ang = rng.uniform(-0.9, -0.6)
        for _ in range(min(count, 260)):
            x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
            if not inside_poly((x, y), poly):
                continue
            ln = rng.uniform(8, 22)
            a = ang + rng.uniform(-0.15, 0.15)
            segs.append((x, y, ln * math.cos(a), ln * math.sin(a)))
        self.strokes(segs, color, 2.2, opacity)

    def grain(self, count, box=(0, 0, W, H), colors=("#ffffff", "#5a4a40"), opacity=0.12, width=2.0, length=(6, 16)):
        x0, y0, x1, y1 = box
        rng = self.rng
        for ci, color in enumerate(colors):
            segs = []
            for _ in range(count // len(colors)):
                x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
                ln = rng.uniform(*length)
                a = rng.uniform(-1.0, -0.5) if ci % 2 == 0 else rng.uniform(0.4, 0.9)
                segs.append((x, y, ln * math.cos(a), ln * math.sin(a)))
            self.strokes(segs, color, width, opacity)

    # output ---------------------------------------------------------------------------------------------------
    def svg(self) -> str:
        head = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f"<!-- Eternal, scene {self.scene}, layer {self.name}. CC BY 4.0, made by the Eternal team, "
                "generated by art/src/draw_art.py -->\n"
                f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}">\n')
        defs = ("<defs>\n" + "\n".join(self.defs) + "\n</defs>\n") if self.defs else ""
        return head + defs + "\n".join(self.body) + "\n</svg>\n"


def dots(L: Layer, points, color, width, opacity):
    """Many round dots as one path (zero-length strokes with round caps): snow, stars, lit windows far off."""
    if points:
        d = "".join(f"M{n(x)} {n(y)}l0.1 0" for x, y in points)
        L.path(d, stroke=color, stroke_width=n(width), stroke_opacity=opacity, stroke_linecap="round")


def spline_pt(p0, p1, p2, t):
    return ((1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0],
            (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1])
