"""The childhood hiding places (scenes/04_childhood.yaml): crayon grain, grown-up Clementine hidden there."""

from __future__ import annotations

from ..kit import *


class _Drawn:
    """A stand-in for a Layer while the rig draws one figure on it: everything goes through to the real layer, but
    polygons inside the head group never get a wobbly crayon edge (the face stays clean), polygons filled with
    `hatch_fill` get crayon hatching, and polygons are clipped above `top` (in the figure's own units: legs seen
    under a pew). The rig writes through L.poly, L.path, L.ellipse, ...; only poly and open/close need watching."""

    def __init__(self, L: Layer, hatch_fill=None, hatch=None, top=None):
        self._L, self._fill, self._hatch, self._top = L, hatch_fill, hatch, top
        self._depth, self._head = 0, None

    def __getattr__(self, name):
        return getattr(self._L, name)

    def open(self, **kw):
        self._depth += 1
        if str(kw.get("id", "")).endswith("-head") and self._head is None:
            self._head = self._depth
        self._L.open(**kw)

    def close(self):
        if self._head == self._depth:
            self._head = None
        self._depth -= 1
        self._L.close()

    def poly(self, points, fill, hatch=None, wob=None, **kw):
        if self._skip():
            return
        if self._top is not None:
            points = clip_y(points, self._top, None)
            if len(points) < 3:
                return
        if self._head is not None:
            wob = False
        elif self._fill is not None and fill == self._fill and hatch is None:
            hatch = self._hatch
        self._L.poly(points, fill, hatch=hatch, wob=wob, **kw)

    def _skip(self):  # a head above the pew's edge: not drawn at all
        return self._top is not None and self._head is not None

    def path(self, *a, **kw):
        if not self._skip():
            self._L.path(*a, **kw)

    def ellipse(self, *a, **kw):
        if not self._skip():
            self._L.ellipse(*a, **kw)

    def circle(self, *a, **kw):
        if not self._skip():
            self._L.circle(*a, **kw)

    def line(self, *a, **kw):
        if not self._skip():
            self._L.line(*a, **kw)


def legs_below(L: Layer, pid, x, y, look, s, top, **kw):
    """A grown-up standing in the row, seen from under the pew: only what comes down past the seat's edge (picture
    y `top`) is drawn."""
    return person(_Drawn(L, top=(top - y) / s), pid, x, y, look, s=s, **kw)


def folded_arms(L: Layer, fig, coat, s, r=10.0):
    """Arms folded over the chest, on a figure drawn with both hands sent across it: the two forearms again, edged
    a shade darker so the fold reads against a coat of the same colour (the upper one last)."""
    for side in ("f", "n"):
        el, hd = fig[f"elbow_{side}"], fig[f"hand_{side}"]
        L.poly(capsule(el, hd, (r + 2.5) * s, (r + 1) * s), dark(coat, 0.2), wob=False)
        L.poly(capsule(el, hd, r * s, (r - 1.5) * s), light(coat, 0.04) if side == "n" else coat, wob=False)
        L.poly(ellipse_poly(hd[0], hd[1], (r + 1) * s, (r - 1) * s, 10), coat if side == "n" else dark(coat, 0.06),
               wob=False)


def pew_shoe(L: Layer, legs, s, col, shine=None, laces=None, strap=None, windows=False, heel=False):
    """A pair of shoes seen from the floor, over the feet the rig drew (`legs`: its joints), a little splayed: a
    rounded toe, the ankle opening, a hard shine; laces, a strap, or two stained-glass windows caught in patent
    leather. Their shadow on the stones first."""
    fa, fb = legs["foot_n"], legs["foot_f"]
    L.ellipse((fa[0] + fb[0]) / 2, max(fa[1], fb[1]) + 10 * s, 56 * s, 6 * s, "#5a4a44", opacity=0.16)
    for (ax, ay), sx in ((min(fa, fb), -1), (max(fa, fb), 1)):  # the left shoe points left, the right one right
        l, h = 17 * s, 7.5 * s
        cx, cy = ax + sx * 0.3 * l, ay + 0.5 * h
        L.poly(ellipse_poly(cx, cy, l, h, 16, sx * 8), col)
        if heel:
            L.poly([(ax - 3 * s, ay + h), (ax + 3 * s, ay + h), (ax + 2 * s, ay + 2 * h), (ax - 2 * s, ay + 2 * h)], dark(col, 0.1))
        L.poly([(cx - l * 0.92, cy + 0.35 * h), (cx + l * 0.92, cy + 0.35 * h), (cx + l * 0.7, cy + 0.75 * h),
                (cx - l * 0.7, cy + 0.75 * h)], dark(col, 0.3))  # the sole
        if laces:
            for k in range(3):
                L.line(cx + sx * (0.1 + k * 0.16) * l - 0.14 * l, cy - 0.55 * h, cx + sx * (0.1 + k * 0.16) * l + 0.14 * l,
                       cy - 0.5 * h, laces, max(1.5, 0.9 * s))
        if strap:
            L.line(ax - 0.5 * l, ay - 0.1 * h, ax + 0.5 * l, ay - 0.1 * h, strap, 1.6 * s)
            L.circle(ax + sx * 0.4 * l, ay - 0.1 * h, 1.2 * s, "#c8c0b0")
        if windows:
            for k, c in enumerate(("#f08a8a", "#8aa8f0", "#f4d070")):
                L.rect(cx + sx * 0.35 * l + (k - 1) * 2.6 * s, cy - 0.1 * h, 2.2 * s, 3.2 * s, c, opacity=0.9)
        if shine:
            L.ellipse(cx + sx * 0.45 * l, cy - 0.35 * h, 0.28 * l, 0.16 * h, shine, opacity=0.75,
                      transform=f"rotate({n(sx * 10)} {n(cx + sx * 0.45 * l)} {n(cy - 0.35 * h)})")


def hiding_clem(S: Scene, x, y, s, pose, expr="smile", look=None, **kw):
    """Grown-up Clementine hidden in a childhood memory, on the companion layer (the new rig): crayon edges and
    hatching on her coat, a clean face, sunflower-yellow hair. Returns the figure's joints (for the flashlight in
    found.svg)."""
    lk = clem_look("childhood", **{"blush": "#e89a9a", **(look or {})})
    L = _Drawn(S.companion, hatch_fill=lk["coat"], hatch=(dark(lk["coat"], 0.22), 2.4, 0.22))
    return person(L, "clementine", x, y, lk, s=s, pose=pose, expr=expr, **kw)


def cherry_hat(L: Layer, fig, felt="#8e7aa0", band="#d8c8e0", cherry="#d0505e", scale=1.22, lift=0.0):
    """His grandmother's hat with the cherries, put on the head of a figure drawn a moment ago (scale: its size for
    that head; lift: how far it sits up on the hair, in head heights: a hat much too small perches)."""
    hx, hy = fig["head"]
    rx, ry = fig["head_r"]
    a = math.radians(fig["angle"])
    hx, hy = hx + math.sin(a) * ry * lift, hy - math.cos(a) * ry * lift
    L.open(id="grandmothers-hat", transform=f"translate({n(hx)} {n(hy)}) rotate({n(fig['angle'] - 6)}) scale({n(scale)})")
    L.path(f"M{n(-rx * 0.95)} {n(-ry * 0.6)}C{n(-rx * 1.0)} {n(-ry * 1.75)} {n(rx * 1.0)} {n(-ry * 1.75)} {n(rx * 0.95)} {n(-ry * 0.6)}Z",
           fill=felt)
    L.ellipse(0, -ry * 0.62, rx * 1.75, ry * 0.26, dark(felt, 0.12))
    L.ellipse(0, -ry * 0.7, rx * 1.6, ry * 0.18, felt)
    L.path(f"M{n(-rx * 0.96)} {n(-ry * 0.72)}Q0 {n(-ry * 0.9)} {n(rx * 0.96)} {n(-ry * 0.72)}L{n(rx * 0.98)} {n(-ry * 0.9)}"
           f"Q0 {n(-ry * 1.08)} {n(-rx * 0.98)} {n(-ry * 0.9)}Z", fill=band)
    # two pairs of cherries on short stems, and a leaf
    L.path(f"M{n(rx * 0.5)} {n(-ry * 0.92)}q{n(rx * 0.2)} {n(-ry * 0.4)} {n(rx * 0.5)} {n(-ry * 0.5)}", stroke="#5e7a4a",
           stroke_width=n(rx * 0.08))
    L.ellipse(rx * 1.02, -ry * 1.44, rx * 0.26, ry * 0.1, "#8aa870", transform=f"rotate(-20 {n(rx * 1.02)} {n(-ry * 1.44)})")
    for cx, cy in ((0.42, -0.78), (0.7, -0.74), (0.95, -0.86)):
        L.circle(rx * cx, ry * cy, rx * 0.17, cherry)
        L.circle(rx * cx - rx * 0.05, ry * cy - ry * 0.05, rx * 0.05, "#ffffff", opacity=0.7)
    L.close()


def found_beam(S: Scene, fig, src, spread=2.3, col="#fff7dc", op=0.34):
    """found.svg: a flashlight beam from `src` (off the picture) landing on the face of `fig`. A cone of partial
    opacity, brighter towards her, and a soft bright spot on the face; everything else stays transparent (the engine
    darkens the picture under it, so this is the only light)."""
    L = S.found
    hx, hy = fig["head"]
    r = max(fig["head_r"])
    sx, sy = src
    dx, dy = hx - sx, hy - sy
    d = math.hypot(dx, dy)
    ux, uy = dx / d, dy / d
    nx, ny = -uy, ux
    w0, w1 = 16, r * spread
    far = 1.1  # the cone runs on a little past her face and fades there
    ex, ey = sx + dx * far, sy + dy * far
    w2 = w0 + (w1 - w0) * far
    L.open(id="flashlight")
    cone = [(sx + nx * w0, sy + ny * w0), (ex + nx * w2, ey + ny * w2), (ex - nx * w2, ey - ny * w2), (sx - nx * w0, sy - ny * w0)]
    L.poly(cone, L.lin([(0, col, op * 0.35), (0.82, col, op), (1, col, 0)], sx, sy, ex, ey))
    wi = w2 * 0.45
    inner = [(sx + nx * w0 * 0.4, sy + ny * w0 * 0.4), (ex + nx * wi, ey + ny * wi), (ex - nx * wi, ey - ny * wi),
             (sx - nx * w0 * 0.4, sy - ny * w0 * 0.4)]
    L.poly(inner, L.lin([(0, col, op * 0.3), (0.8, col, op * 0.6), (1, col, 0)], sx, sy, ex, ey))
    # where the beam lands: a wide soft pool and a brighter core on her face (not so bright that it hides the face)
    a = math.degrees(math.atan2(uy, ux)) + 90
    L.ellipse(hx, hy, w1 * 1.15, w1 * 1.5, L.rad([(0, "#fffbee", 0.5), (0.45, col, 0.28), (1, col, 0)], hx, hy, w1 * 1.15,
                                                   w1 * 1.5), transform=f"rotate({n(a)} {n(hx)} {n(hy)})")
    L.circle(hx, hy, r * 1.3, L.rad([(0, "#fffdf4", 0.3), (0.6, "#fffbee", 0.16), (1, "#fffbee", 0)], hx, hy, r * 1.3))
    L.close()


@scene("under_the_pew", "childhood")
def draw_under_the_pew(S: Scene):
    # Joel, four, under a church pew at his aunt's wedding in June, during the vows; the world is shoes
    K = S.sky
    crayon_sky(K, "#b8a49a", "#d8cbbf", y2=560, count=300, box=(130, 330, 1150, 560))
    R = S.room
    rr = R.rng
    edge = 330  # the front edge of the seat above him: everything higher up is the pew's underside
    # the next pew forward: its back panel behind the grown-ups' legs, the dark space under it, far shoes
    R.rect(0, edge - 10, 1270, 150, "#a4846c", hatch=hatch_of("#a4846c", 3))
    R.rect(0, edge + 128, 1270, 14, "#8c6e5a")
    R.rect(0, edge + 142, 1270, 80, "#9a8478", wob=False)
    # the stone floor: flagstones running away from him, joints converging on the altar far ahead
    floor_top = 540
    R.rect(0, floor_top, W, H - floor_top, R.lin([(0, "#cfc6ba"), (1, "#e4ddd2")], 0, floor_top, 0, H),
           hatch=("#b8ada0", 1.2, 0.22))
    segs = []
    for i in range(-14, 15):
        xb = 800 + i * 190
        xa = 800 + (xb - 800) * 0.25
        segs.append((xa, floor_top, xb - xa, H - floor_top))
    for j, yy in enumerate((556, 578, 608, 648, 700, 770, 860)):
        segs.append((-10, yy, W + 20, rr.uniform(-3, 3)))
    R.strokes(segs, "#b2a79a", 3, 0.55)
    # the aisle at the right, past the end of his pew: a faded rose runner over the stones
    R.poly([(1300, floor_top), (1600, floor_top), (1612, H + 12), (1180, H + 12)], "#dcaab0", hatch=hatch_of("#dcaab0", 2))
    R.poly([(1300, floor_top), (1312, floor_top), (1202, H + 12), (1180, H + 12)], "#e8c8a0", wob=1)
    # the far end: light coming down the aisle from the windows
    R.rect(1270, 0, 340, floor_top, R.lin([(0, "#f4ecdc"), (1, "#e0d0c4")], 0, 0, 0, floor_top), wob=False)
    for k in range(3):  # a stone column far off, the edge of a stained-glass window
        R.rect(1480 + k * 10, 0, 8, floor_top, "#d4c8bc", opacity=0.5, wob=False)
    R.poly([(1330, 40), (1450, 40), (1450, 300), (1330, 300)], "#c8d4e4", wob=1.5)
    for (x0, y0, c) in ((1330, 40, "#e8a8a8"), (1390, 40, "#a8c0e8"), (1330, 130, "#f0d890"), (1390, 130, "#a8d8b0"),
                        (1330, 220, "#a8c0e8"), (1390, 220, "#e8a8a8")):
        R.rect(x0 + 4, y0 + 4, 52, 82, c, opacity=0.85, wob=False)
    R.path("M1330 40Q1390 -30 1450 40Z", fill="#c8d4e4")
    # the pew he is under: its underside overhead (planks running away from us), the seat's front rail
    R.poly([(-12, -12), (1272, -12), (1240, edge), (-12, edge)], R.lin([(0, "#7c624f"), (1, "#a4846c")], 0, 0, 0, edge),
           hatch=hatch_of("#9a7a64", 3))
    plank = []
    for k in range(1, 7):
        y0 = edge * (1 - (0.62 ** k))
        plank.append((-12, y0, 1260, 0))
    R.strokes(plank, "#7e624e", 4, 0.6)
    R.rect(0, edge - 26, 1250, 30, "#86684f")
    R.rect(0, 150, 1250, 18, "#8a6c56", opacity=0.7)  # a cross-brace
    # the pew's ends, its feet: carved oak panels at both sides, nearer than anything
    for x0, x1 in ((-12, 120), (1180, 1290)):
        R.poly([(x0, -12), (x1, -12), (x1, 690), (x1 - 22, 690), (x1 - 22, 668), (x0 + 22, 668), (x0 + 22, 690), (x0, 690)],
               "#8e6e58", hatch=hatch_of("#8e6e58", 4))
        R.rect(x0 + 26, 60, x1 - x0 - 52, 250, "#9c7c64", wob=1.5)
        R.path(f"M{n(x0 + 26)} {n(60)}Q{n((x0 + x1) / 2)} {n(16)} {n(x1 - 26)} {n(60)}Z", fill="#9c7c64")
        R.rect(x0 + 26, 360, x1 - x0 - 52, 230, "#9c7c64", wob=1.5)
    R.grain(200, box=(0, 0, W, H), colors=(CRAYON_DARK,), opacity=0.1)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the hymnal he dropped: open, face down like a little roof, its ribbon out
    hx, hy = 318, 712
    P.poly([(hx - 66, hy), (hx - 4, hy - 40), (hx + 6, hy - 40), (hx + 70, hy)], "#f2ead6")
    P.poly([(hx - 72, hy + 2), (hx - 2, hy - 46), (hx - 2, hy - 38), (hx - 60, hy + 4)], "#8e4e5a")
    P.poly([(hx + 72, hy + 2), (hx + 2, hy - 46), (hx + 2, hy - 38), (hx + 62, hy + 4)], "#7a4250")
    P.poly([(hx - 2, hy - 46), (hx + 2, hy - 46), (hx + 4, hy - 36), (hx - 4, hy - 36)], "#5e3440")
    P.path(f"M{hx - 10} {hy - 30}q-16 20 -8 36", stroke="#c8a050", stroke_width=4)
    P.circle(hx - 30, hy - 18, 5, "#d8c090", opacity=0.8)  # a little gold cross stamped on the cover
    # a dropped order of service, a rose petal or two from the flower girl's basket
    P.poly([(980, 600), (1060, 588), (1068, 612), (986, 622)], "#f6f2e8")
    P.line(998, 602, 1046, 596, "#c8b8b0", 2)
    P.line(1000, 610, 1040, 604, "#c8b8b0", 2)
    for x, y, a in ((1120, 604, 20), (1230, 640, -30), (1350, 600, 50), (1420, 650, 10)):
        P.ellipse(x, y, 9, 5, "#e89aa8", transform=f"rotate({a} {x} {y})")
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    e = S.e
    # far off, under the next pews, more shoes in a row
    F.open(id="far-shoes")
    for x in range(180, 1180, 74):
        c = rr.choice(["#5e5660", "#7a5e50", "#8a7a8a", "#4e4a58"])
        F.ellipse(x, 540, 17, 7, c)
        F.ellipse(x + 26, 541, 17, 7, c)
        F.rect(x - 6, 512, 10, 26, rr.choice(["#7a7488", "#b8a8a0", "#6a6a7a"]))
        F.rect(x + 20, 512, 10, 26, rr.choice(["#7a7488", "#b8a8a0", "#6a6a7a"]))
    F.close()
    # the grown-ups of his own row, standing for the vows: only their legs come down past the seat's edge (the new rig,
    # clipped at the edge), and their shoes, which are the world
    top = edge + 4
    aunt2 = other_look("childhood", "#e2b8c4", "#8a6a58", "bun", legs="#ead2c2", shoes="#2e2a34", skirt=(116, 124),
                       skirt_col="#d8a8b8", female=True)
    lg = legs_below(F, "guest-pink", 236, 156, aunt2, 2.2, top,
                    pose=pose2(facing=0.15, leg_n=(4, 0), leg_f=(-6, 2)), shadow=False)
    pew_shoe(F, lg, 2.2 * 0.8, "#2a2630", shine="#ffffff", heel=True)  # black patent pumps
    dad = other_look("childhood", "#8e98aa", "#7a6a5a", "short", trousers="#7f889a", shoes="#8a5a36", hem=0, hem_w=60,
                     build=1.05)
    lg = legs_below(F, "father", 460, 150, dad, 2.25, top,
                    pose=pose2(facing=0.15, leg_n=(6, 0), leg_f=(-8, -2)), shadow=False)
    pew_shoe(F, lg, 2.25, "#8a5434", shine="#f4d0a8", laces="#c89a70")  # his brown ones, polished for once
    girl = other_look("childhood", "#f0d8e0", "#c8a070", "pigtails", legs="#fbf6f0", shoes="#1e1a24", skirt=(52, 100),
                      skirt_col="#f4dce4", female=True, hem=10)
    lg = legs_below(F, "cousin", 1010, 398, girl, 1.75, top,
                    pose=pose2(facing=-0.1, leg_n=(-4, 0), leg_f=(6, 4), arm_n=(6, 2), arm_f=(-4, -2)), shadow=False,
                    child=True)
    # her Mary Janes: black patent leather with a strap, so shiny the windows are in them
    pew_shoe(F, lg, 1.75 * 1.05, "#1e1a24", strap="#3a3440", windows=True)
    gran = other_look("childhood", "#b8a8cc", "#c8c4c0", "bun", legs="#dcc8bc", shoes="#6e6070", skirt=(150, 132),
                      skirt_col="#a898bc", female=True)
    lg = legs_below(F, "great-aunt", 870, 156, gran, 2.2, top, pose=pose2(facing=-0.1, leg_n=(-2, 0), leg_f=(3, 0)),
                    shadow=False)
    pew_shoe(F, lg, 2.2 * 0.85, "#6e6070", shine="#d8d0e0", strap="#5a4e5e")
    uncle = other_look("childhood", "#6e7688", "#5a4a40", "short", trousers="#5e6678", shoes="#2e2e36", hem=0, hem_w=60)
    lg = legs_below(F, "uncle", 1130, 150, uncle, 2.25, top, pose=pose2(facing=-0.15, leg_n=(5, 0), leg_f=(-7, 2)),
                    shadow=False)
    pew_shoe(F, lg, 2.25, "#2e2e36", shine="#a8b0c8", laces="#5a5a66")
    # the bride going past in the aisle: a white hem and a long train sweeping the runner
    F.open(id="bride")
    F.path("M1300 -12L1560 -12Q1600 300 1640 596Q1540 606 1440 600Q1360 596 1300 604Q1250 610 1196 600Q1260 300 1300 -12Z",
           fill="#fbf8f2")
    F.path("M1196 600Q1250 610 1300 604Q1360 596 1440 600Q1540 606 1640 596L1640 612Q1520 622 1400 616Q1300 614 1196 612Z",
           fill="#eee6dc")
    for k in range(9):  # a lace edge
        F.circle(1214 + k * 48, 606 + (k % 2) * 2, 9, "#ffffff", opacity=0.9)
    F.path("M1330 40Q1350 300 1320 590", stroke="#e6ded4", stroke_width=4)
    F.path("M1460 20Q1480 300 1500 590", stroke="#e6ded4", stroke_width=4)
    F.ellipse(1390, 612, 24, 8, "#f4eee4")  # a white satin toe under the hem
    # her bouquet held low at her side, its ribbons hanging
    F.path("M1296 250q-10 70 -4 130M1304 252q4 60 16 120", stroke="#e6b8c8", stroke_width=5)
    for dx, dy, c in ((-20, 0, "#f4c8d0"), (4, -14, "#fbe8b0"), (22, 4, "#f4c8d0"), (-6, 16, "#d8e8c8"), (12, 22, "#ecd0e8"),
                      (-26, 22, "#fbe8b0")):
        F.circle(1300 + dx, 232 + dy, 16, c)
    F.close()
    # Joel, four, in his wedding clothes, sitting on the stones under the pew with his legs out, watching the shoes;
    # one hand flat on the floor by the yellow patch
    kid = joel_look("childhood", coat="#b4c4d8", trousers="#8e9ab2", hem=10, hem_w=64, shirt="#f4f2ee",
                    blush="#eba8a8")
    jl = person(F, "joel", 506, 604, kid, s=0.88, child=True,
                pose=pose2(facing=0.45, lean=-4, tilt=-6, turn=0.7, leg_n=(84, 88), leg_f=(74, 80),
                           reach_n=(582, 618), hand_n="open", reach_f=(470, 612), hand_f="open"),
                expr="neutral", eyes="wide", brows="raised", mouth="afraid", gaze=(0.6, -0.3))
    nx, ny = jl["neck"]
    F.path(f"M{n(nx - 12)} {n(ny + 2)}l0 14l12 -7z M{n(nx + 12)} {n(ny + 2)}l0 14l-12 -7z", fill="#c87a88")  # a bow tie
    F.circle(nx, ny + 9, 4, "#b06a78")
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    # June sun through the stained glass: coloured patches on the stone floor, on the aisle and the bride's hem; red,
    # blue, and one yellow patch by his hand (where her hair lies, when she is here)
    patches = ((1330, 560, "#f08a8a"), (1420, 590, "#8aa8f0"), (1460, 640, "#90d89a"), (1120, 570, "#8aa8f0"),
               (960, 640, "#f08a8a"), (860, 560, "#8aa8f0"), (560, 612, "#f4d070"))
    for x, y, c in patches:
        Lt.poly([(x, y), (x + 80, y - 6), (x + 110, y + 34), (x + 22, y + 42)], c, opacity=0.38)
    glow(Lt, 1400, 200, 300, "#fff4dc", 0.3, 420)
    beam(Lt, [(1330, 40), (1450, 40), (1500, 600), (1200, 600)], "#fff2d8", 0.22, 0.04)
    # Clementine, grown up and folded in half under the pew beside him: on her back on the stones, knees pulled up by
    # her ears, arms round her shins, her head by his hand, her hair spread across the yellow patch ----------------------
    C = S.companion
    C.path("M596 626C604 600 640 592 660 600C676 610 676 630 664 640C640 650 606 646 596 626Z", fill=HAIR["childhood"])
    cl = hiding_clem(S, 836, 620, 0.96,
                     pose2(facing=1, rot=-90, tilt=-8, turn=0.35, leg_n=(162, 34), leg_f=(154, 22),
                           reach_n=(770, 552), hand_n="hold", reach_f=(782, 546), hand_f="hold", arms_front=True),
                     expr="smile", brows="raised", gaze=(-0.2, -0.9), look=dict(hem=12, hem_w=74), shadow=False)
    found_beam(S, cl, (1700, 380))


@scene("attic", "childhood")
def draw_attic(S: Scene):
    crayon_sky(S.sky, "#eadcc4", "#d6c0a4", count=450, box=(300, 100, 1300, 620))
    R = S.room
    # gable window at the far end
    R.poly([(800, 150), (880, 240), (720, 240)], "#f2ece0")
    R.poly([(800, 166), (864, 234), (736, 234)], "#aab4bc")  # a rainy afternoon: grey glass, the rain running down it
    R.strokes([(752 + k * 13, 204 + (k * 7) % 22, -2, 14) for k in range(8)], "#e4ecf0", 2, 0.7)
    R.line(800, 166, 800, 234, "#f2ece0", 6)
    # floorboards
    R.rect(0, 610, W, 290, "#c9a886", hatch=hatch_of("#c9a886", 2))
    for i in range(-8, 9):
        R.line(800 + i * 40, 610, 800 + i * 200, 900, "#b08e6e", 3, opacity=0.6)
    # the sloped roof, left and right, with rafters
    R.poly([(-12, -12), (560, -12), (420, 120), (-12, 560)], "#bfa48c", hatch=hatch_of("#bfa48c"))
    R.poly([(W + 12, -12), (1040, -12), (1180, 120), (W + 12, 560)], "#bfa48c", hatch=hatch_of("#bfa48c"))
    R.poly([(-12, 560), (420, 120), (440, 140), (40, 610), (-12, 610)], "#a88870")
    R.poly([(W + 12, 560), (1180, 120), (1160, 140), (1560, 610), (W + 12, 610)], "#a88870")
    for k in range(5):
        t = k / 4
        R.line(420 - 420 * t, 120 + 440 * t, 560 - 560 * t + 40, 0, "#9a7a60", 14)
        R.line(1180 + 420 * t, 120 + 440 * t, 1040 + 560 * t - 40, 0, "#9a7a60", 14)
    R.rect(400, 100, 800, 28, "#8e6e56", hatch=hatch_of("#8e6e56", 4))  # ridge beam
    # the chimney breast coming up through the floor to the ridge: old brick, the tin of buttons lives behind it
    R.rect(606, 118, 84, 494, "#c49484", hatch=hatch_of("#c49484", 3))
    R.rect(606, 118, 18, 494, "#b08274")
    R.strokes([(626, 140 + k * 28, 62, 0) for k in range(17)] + [(646 + (k % 2) * 22, 140 + k * 28, 0, 28) for k in range(17)],
              "#e8d0c0", 2, 0.45)
    # the ladder's hatch in the floor, the top of the ladder showing
    R.poly([(150, 700), (380, 700), (400, 770), (130, 770)], "#5a4638")
    R.line(200, 770, 214, 690, "#a88462", 10)
    R.line(330, 770, 316, 690, "#a88462", 10)
    R.line(206, 730, 324, 730, "#a88462", 8)
    # grandmother's old armchair
    R.rect(1040, 400, 200, 200, "#b8a0b8", rx=30)
    R.rect(1020, 470, 50, 140, "#a890a8", rx=18)
    R.rect(1210, 470, 50, 140, "#a890a8", rx=18)
    R.rect(1060, 520, 160, 70, "#c4aec4", rx=14)
    R.grain(200, colors=(CRAYON_DARK,), opacity=0.1)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # a hanging lamp
    P.line(960, 128, 960, 250, "#6a5a5a", 3)
    P.poly([(920, 290), (1000, 290), (980, 250), (940, 250)], "#e8c8a8")
    P.circle(960, 296, 10, "#fff4d8")
    # trunks
    for x, y, w_, c in ((360, 640, 230, "#a8c0d0"), (640, 650, 170, "#c8a0a0")):
        P.rect(x, y - 100, w_, 100, c, hatch=hatch_of(c, 4))
        P.path(f"M{x} {y - 100}Q{x + w_ / 2} {y - 150} {x + w_} {y - 100}Z", fill=dark(c, 0.1))
        for k in (0.2, 0.8):
            P.rect(x + w_ * k - 8, y - 130, 16, 130, "#8a6a5a")
        P.rect(x + w_ / 2 - 12, y - 84, 24, 20, "#d8c090")
    # a rocking horse
    P.path("M1300 630q90 30 180 0", stroke="#a87a5a", stroke_width=10)
    P.rect(1340, 530, 100, 44, "#e0c8a0", rx=16)
    P.rect(1350, 570, 10, 56, "#c8a880")
    P.rect(1420, 570, 10, 56, "#c8a880")
    P.path("M1430 534l30 -60l28 8l-16 18l-12 40z", fill="#e0c8a0")
    P.circle(1470, 488, 3, "#5a4a52")
    P.path("M1456 476q-10 30 -30 40", stroke="#b08868", stroke_width=8)
    # boxes, a stack of books on them, an old mirror
    P.rect(120, 520, 140, 110, "#d8c0a0", hatch=hatch_of("#d8c0a0", 4))
    P.rect(140, 450, 100, 70, "#c8b0d0")
    for i, c in enumerate(("#b8c8a8", "#e8b8a8", "#a8b8d8")):
        P.rect(150, 448 - 14 - i * 14, 90, 13, c)
    # the things nobody else wanted: a stopped clock on the pink trunk, a tin of odd buttons on the floor
    # the bird's skull, light as paper, on the blue trunk beside him
    P.ellipse(548, 534, 14, 10, "#f4ecdc")
    P.poly([(560, 532), (586, 538), (560, 540)], "#e8dcc4")
    P.circle(546, 532, 3.5, "#8a7a6a")
    tx, ty = 686, 652
    P.ellipse(tx, ty, 30, 8, "#8e9ab0")
    P.rect(tx - 30, ty - 24, 60, 24, "#a8b4c8")
    P.ellipse(tx, ty - 24, 30, 8, "#c0cadc")
    for dx, c in ((-12, "#e8b0a0"), (2, "#f0e0a0"), (14, "#b0c8a0")):
        P.circle(tx + dx, ty - 12, 4, c)
    # the dressmaker's dummy, under the lamp, its sheet pulled off and lying at its foot
    dx_, fl = 990, 632
    for a in (-1, 0, 1):
        P.line(dx_, fl - 40, dx_ + a * 34, fl, "#7a5a48", 5)
    P.rect(dx_ - 4, 500, 8, 96, "#7a5a48")
    form = [(dx_ - 10, 380), (dx_ + 10, 380), (dx_ + 40, 396), (dx_ + 46, 420), (dx_ + 34, 452), (dx_ + 26, 470),
            (dx_ + 40, 500), (dx_ + 38, 514), (dx_ - 38, 514), (dx_ - 40, 500), (dx_ - 26, 470), (dx_ - 34, 452),
            (dx_ - 46, 420), (dx_ - 40, 396)]
    P.poly(form, "#e8dcc4", hatch=hatch_of("#e8dcc4", 4))
    P.line(dx_, 384, dx_, 512, "#c8b494", 2.5)
    P.rect(dx_ - 34, 468, 68, 6, "#c89aa0")  # a tape measure round its waist
    P.rect(dx_ - 6, 366, 12, 16, "#7a5a48", rx=4)
    P.circle(dx_, 362, 8, "#7a5a48")
    P.path(f"M{dx_ - 70} {fl + 6}Q{dx_ - 60} {fl - 40} {dx_ - 20} {fl - 26}Q{dx_ + 10} {fl - 50} {dx_ + 44} {fl - 20}"
           f"Q{dx_ + 80} {fl - 30} {dx_ + 86} {fl + 8}Z", fill="#f2eee6")
    P.path(f"M{dx_ - 40} {fl}q20 -20 40 -6t40 -4", stroke="#d8d2c8", stroke_width=3)
    P.ellipse(1290, 320, 40, 70, "#c8b090")
    P.ellipse(1290, 320, 30, 58, "#d8e4ec")
    # a thousand things under sheets: lumps of old furniture, draped
    for x0, w_, h_ in ((1500, 130, 160), (30, 150, 90)):
        y0 = 612
        P.path(f"M{x0} {y0}C{x0 + 6} {y0 - h_ * 0.6} {x0 + w_ * 0.1} {y0 - h_} {x0 + w_ * 0.45} {y0 - h_}"
               f"C{x0 + w_ * 0.8} {y0 - h_ * 1.04} {x0 + w_ * 0.96} {y0 - h_ * 0.7} {x0 + w_} {y0}"
               f"Q{x0 + w_ * 0.75} {y0 - 10} {x0 + w_ * 0.5} {y0 + 4}Q{x0 + w_ * 0.25} {y0 - 10} {x0} {y0}Z", fill="#ece6da")
        P.path(f"M{x0 + w_ * 0.3} {y0 - h_ * 0.9}q10 {h_ * 0.4} -4 {h_ * 0.86}M{x0 + w_ * 0.7} {y0 - h_ * 0.9}q-6 {h_ * 0.5} 8 {h_ * 0.88}",
               stroke="#d4ccbe", stroke_width=3)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # his grandmother, asleep in the armchair over her knitting, her chin on her chest
    gran = other_look("childhood", "#c8b8d8", "#c8c4c0", "bun", glasses=True, legs="#a898b8", trousers="#a898b8",
                      shoes="#8a7a8a", build=0.9, female=True, blush="#eba8a8", hem=10)  # a long skirt over her knees
    g = person(F, "grandmother", 1142, 518, gran, s=0.86,
               pose=pose2(facing=-0.3, lean=4, tilt=30, legs="sit", reach_n=(1124, 520), hand_n="hold",
                          reach_f=(1160, 524), hand_f="hold", arms_front=True), expr="asleep", shadow=False)
    kx, ky = g["hand_n"]
    F.poly(ellipse_poly(kx + 16, ky + 6, 30, 16, 14), "#e8b8b8")  # the knitting in her lap, the needles through it
    F.line(kx - 18, ky - 10, kx + 44, ky + 14, "#8a7a6a", 3)
    F.line(kx - 10, ky + 16, kx + 46, ky - 6, "#8a7a6a", 3)
    F.circle(kx + 56, ky + 60, 12, "#e8b8b8")  # the ball of wool on the floor
    # Joel, six, on the blue trunk, showing her his things: the stopped clock held up in both hands
    kid = joel_look("childhood", coat="#a8c0b0", trousers="#8898b0", hem=10, hem_w=66, shirt=None, blush="#eba8a8")
    jl = person(F, "joel", 480, 530, kid, s=0.84, child=True,
                pose=pose2(facing=0.5, lean=-4, tilt=-6, legs="sit", reach_n=(540, 456), hand_n="hold",
                           reach_f=(520, 470), hand_f="hold", arms_front=True),
                expr="laugh", shadow=False)
    hx, hy = jl["hand_n"]
    F.open(id="stopped-clock")
    F.rect(hx - 28, hy - 18, 60, 40, "#b89878", rx=10)
    F.circle(hx + 2, hy - 6, 14, "#f4ecd8")
    F.line(hx + 2, hy - 6, hx + 2, hy - 16, "#5a4a52", 2.5)
    F.line(hx + 2, hy - 6, hx + 10, hy - 2, "#5a4a52", 2.5)
    F.close()
    # Clementine by the dressmaker's dummy, wishing it good evening with a little bow and her hand held out to it, in
    # his grandmother's hat with the cherries, much too small, worn like a crown ---------------------------------------
    cl = hiding_clem(S, 880, 448, 0.86,
                     pose2(facing=0.6, lean=18, tilt=10, leg_n=(6, 0), leg_f=(-12, -4),
                           reach_n=(966, 424), hand_n="open", arm_f=(-44, -24), hand_f="open"),
                     expr="talk", brows="raised", mouth="smile", look=dict(hem=40, hem_w=86))
    cherry_hat(S.companion, cl, scale=0.82, lift=0.5)
    found_beam(S, cl, (-140, 40))
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 960, 300, 300, "#ffe4b0", 0.4)
    beam(Lt, [(760, 200), (840, 200), (760, 640), (480, 640)], "#fff8e8", 0.22, 0)
    rng = Lt.rng
    for _ in range(30):
        Lt.circle(rng.uniform(560, 820), rng.uniform(240, 600), rng.uniform(1.2, 2.6), "#fffaf0", opacity=0.7)


@scene("schoolyard", "childhood")
def draw_schoolyard(S: Scene):
    # a grey morning recess: an overcast sky, low and even
    crayon_sky(S.sky, "#aeb2bc", "#d6d6d2", 480, count=450, box=(0, 0, 700, 470))
    K = S.sky
    for cx, cy in ((220, 110), (760, 70), (1250, 130), (1500, 60)):
        for k in range(3):
            K.ellipse(cx + k * 70, cy + (k % 2) * 14, 110, 34, "#c4c6cc", opacity=0.7)
    R = S.room
    rr = R.rng
    # the school building
    R.rect(700, 130, 900, 350, "#dcc0b0", hatch=hatch_of("#dcc0b0", 2))
    R.poly([(680, 140), (1150, 60), (1600, 140)], "#b49898")
    for r in range(2):
        for c in range(6):
            if r == 1 and c == 5:
                continue  # the boiler-room door is there
            R.rect(760 + c * 140, 190 + r * 130, 80, 90, "#b4bcc8")
            R.rect(796 + c * 140, 190 + r * 130, 8, 90, "#ece6dc")
    # the boiler-room door, propped open with a brick on the dark; there are stories
    R.rect(1448, 320, 92, 160, "#8a7a74")
    R.rect(1458, 330, 72, 150, "#2e2a30")
    R.poly([(1530, 330), (1566, 322), (1566, 490), (1530, 480)], "#8e98a0")
    R.rect(1524, 466, 26, 14, "#b4604e")
    R.rect(0, 440, 700, 40, "#b8c4ac")  # a strip of tired grass behind
    # a tree, bare already
    bare_tree(R, rr, 470, 480, 300, "#8a7a76", 14, depth=4)
    # chain-link fence
    for i in range(10):
        R.rect(i * 180, 330, 10, 200, "#9a9aa8")
    R.line(0, 334, W, 334, "#9a9aa8", 5)
    segs = []
    for i in range(-10, 50):
        x = i * 40
        if 60 < x < 150:
            continue  # the gap in the fence, behind the bike shed
        segs.append((x, 334, 190, 190))
        segs.append((x, 334, -190, 190))
    R.strokes(segs, "#a8a8b8", 1.8, 0.55)
    # the bike shed: a lean-to roof on posts, two bikes under it
    R.poly([(10, 376), (330, 396), (330, 410), (10, 392)], "#8a9098")
    for x in (20, 320):
        R.rect(x - 4, 392, 8, 100, "#7a8088")
    for bx in (80, 210):
        for dx in (0, 70):
            R.circle(bx + dx, 470, 24, "none", stroke="#5a6068", stroke_width=3)
        R.path(f"M{bx} 470l30 -36l40 36M{bx + 30} 434l30 0", stroke="#8a5a5a", stroke_width=4)
    # asphalt yard
    R.rect(0, 470, W, 430, "#cac8c2", hatch=hatch_of("#cac8c2", 1.5))
    # hopscotch chalk squares
    for i in range(4):
        R.rect(300 + i * 70, 640, 66, 50, "none", stroke="#f6f4ee", stroke_width=4, wob=False)
    R.rect(300 + 3 * 70 + 66, 628, 60, 74, "none", stroke="#f6f4ee", stroke_width=4, wob=False)
    R.grain(240, box=(0, 470, W, 900), colors=(CRAYON_DARK,), opacity=0.1)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    P.circle(1010, 650, 26, "#d8968a")
    P.path("M986 644q24 14 48 0", stroke="#f0c0b8", stroke_width=4)
    P.path("M1180 660q60 30 120 -6t100 10", stroke="#c8a0b8", stroke_width=5)  # a skipping rope, dropped
    P.rect(180, 600, 70, 60, "#a898c0", rx=10)  # somebody's satchel
    P.path("M192 600q24 -28 48 0", stroke="#7a6a90", stroke_width=6)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # the ones watching, which at nine means the entire world
    kids = (("kid1", 120, 520, "#e8b8c8", "#a8785a", "pigtails", 0.4, dict(arm_n=(30, 150), hand_n="point"), "afraid"),
            ("kid2", 1250, 506, "#b8d0e8", "#6a5a4a", "short", -0.5, dict(arm_n=(4, 2), arm_f=(-4, 0)), "neutral"),
            ("kid3", 1380, 512, "#c8e0b8", "#d8b880", "curly", -0.6, dict(reach_n=(1340, 420), hand_n="open"), "laugh"),
            ("kid4", 1510, 498, "#e8d0a8", "#4a3a34", "mop", -0.4, dict(arm_n=(10, 4)), "talk"))
    for pid, x, y, c, hair, st, fac, kw, ex in kids:
        lk = other_look("childhood", c, hair, st, blush="#eba8a8", trousers="#9a98ac", hem=14)
        person(F, pid, x, y, lk, s=0.74, child=True, pose=pose2(facing=fac, tilt=-4, **kw), expr=ex)
    # the two bigger boys, tossing his lunch bag back and forth over his head, slowly, so he can almost reach it
    big1 = other_look("childhood", "#b89a84", "#6a4a3a", "messy", blush="#eba8a8", trousers="#7a7a90", build=1.15, hem=16)
    b1 = person(F, "bigboy1", 552, 446, big1, s=1.22, child=True,
                pose=pose2(facing=0.5, lean=-8, tilt=-16, legs="walk", arm_n=(150, 158), hand_n="open", arm_f=(-20, -6),
                           hand_f="open"), expr="laugh")
    big2 = other_look("childhood", "#98aa94", "#c8a070", "short", blush="#eba8a8", trousers="#6e788c", build=1.15, hem=16)
    b2 = person(F, "bigboy2", 1070, 446, big2, s=1.22, child=True,
                pose=pose2(facing=-0.5, lean=-10, tilt=-18, leg_n=(6, 0), leg_f=(-10, -4), arm_n=(160, 172), hand_n="reach",
                           arm_f=(140, 160), hand_f="reach", arms_front=True), expr="smile", mouth="wry")
    hx, hy = b2["head"]  # the one with the ears
    rx_, ry_ = b2["head_r"]
    for sx in (-1, 1):
        F.ellipse(hx + sx * rx_ * 1.02, hy + ry_ * 0.05, rx_ * 0.34, ry_ * 0.42, dark(big2["skin"], 0.06))
    F.open(id="lunch-bag")  # a brown paper bag, folded over at the top, turning over in the air between them
    F.path("M600 190Q760 100 900 170", stroke="#8a8a94", stroke_width=3, opacity=0.45, stroke_dasharray="10 12")
    F.open(transform="rotate(-24 830 168)")
    F.poly([(804, 140), (852, 134), (864, 206), (812, 214)], "#c8a070")
    F.poly([(800, 126), (848, 120), (852, 134), (804, 140)], "#b08a5a")
    F.path("M814 172q8 -6 14 0t14 -2t10 2", stroke="#5a4a7a", stroke_width=2.2)  # his name, in his mother's hand
    F.close()
    F.close()
    # Joel, nine, in the middle under it: hands in his pockets, chin down, looking as if he doesn't care, badly
    kid = joel_look("childhood", coat="#a8b8d0", trousers="#8a98b0", hem=14, hem_w=70, shirt=None, blush="#eba8a8")
    person(F, "joel", 790, 470, kid, s=1.0, child=True,
           pose=pose2(facing=0.15, tilt=16, turn=0.35, hand_n="pocket", hand_f="pocket", arm_n=(6, 24), arm_f=(-6, 22),
                      leg_n=(4, 0), leg_f=(-6, 0)),
           expr="sad", eyes="up", brows="worried", mouth="neutral", gaze=(0.6, -0.8))
    # Clementine, a grown woman among the nine-year-olds, standing right beside him, arms folded, looking at the boy
    # with the ears --------------------------------------------------------------------------------------------------
    x, y, sc = 916, 404, 0.92
    cl = hiding_clem(S, x, y, sc,
                     pose2(facing=-0.15, tilt=-6, turn=0.3, leg_n=(-4, 0), leg_f=(6, 0), arms_front=True,
                           reach_n=(x + 36 * sc, y - 62 * sc), hand_n="hidden", reach_f=(x - 38 * sc, y - 70 * sc), hand_f="hidden"),
                     expr="neutral", mouth="wry", brows="flat", gaze=(0.9, 0.1), look=dict(hem=64, hem_w=96))
    folded_arms(S.companion, cl, clem_look("childhood")["coat"], sc)
    found_beam(S, cl, (1720, -120))
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 700, 20, 700, "#f4f4f0", 0.18, 260)


@scene("lake_dock", "childhood")
def draw_lake_dock(S: Scene):
    crayon_sky(S.sky, "#bcd8ea", "#f4ead2", 380, count=450, box=(0, 0, W, 340))
    K = S.sky
    K.circle(1300, 130, 60, "#fff2c0")
    R = S.room
    # far shore with rounded trees
    rr = R.rng
    R.rect(0, 330, W, 50, "#a8c8a0")
    for i in range(30):
        x = i * 56 + rr.uniform(-10, 10)
        R.circle(x, 330 + rr.uniform(-6, 6), rr.uniform(30, 60), rr.choice(["#a0c098", "#b0cca4", "#94b890"]))
    # the lake
    R.rect(0, 370, W, 530, R.lin([(0, "#b0d0dc"), (1, "#8ab4c8")], 0, 370, 0, 900), hatch=("#ffffff", 1.2, 0.25))
    segs = [(rr.uniform(0, W), rr.uniform(390, 880), rr.uniform(20, 60), 0) for _ in range(60)]
    R.strokes(segs, "#eef6f8", 3, 0.55)
    # reeds
    rs = [(rr.uniform(1380, 1600), rr.uniform(600, 900), rr.uniform(-14, 14), -rr.uniform(80, 200)) for _ in range(45)]
    R.strokes(rs, "#9aa870", 4, 0.9)
    # the dock, running out from the near left shore into the lake: warm planks, the end of it over green water
    top = [(-12, 630), (990, 556), (1010, 590), (-12, 742)]
    R.poly(top, "#c8a07a", hatch=hatch_of("#c8a07a", 4))
    segs = []
    for i in range(1, 17):
        t = i / 17
        xa, ya = -12 + 1002 * t, 630 - 74 * t
        xb, yb = -12 + 1022 * t, 742 - 152 * t
        segs.append((xa, ya, xb - xa, yb - ya))
    R.strokes(segs, "#a88060", 3, 0.9)
    R.poly([(-12, 742), (1010, 590), (1010, 608), (-12, 768)], "#9a7452")
    R.poly([(990, 556), (1010, 590), (1010, 608), (990, 572)], "#8a6446")
    for i in range(6):
        t = (i + 0.5) / 6
        px, py = -12 + 1020 * t, 754 - 156 * t
        R.rect(px - 7 * (1.4 - t), py, 14 * (1.4 - t), 80 * (1.3 - t), "#8a6a4a")
    # the green water under the end of the dock, going down forever
    R.poly(ellipse_poly(1000, 640, 150, 26, 16), "#7aa89a", opacity=0.5)
    R.grain(220, colors=(CRAYON_LIGHT, CRAYON_DARK), opacity=0.1)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    P.rect(300, 600, 50, 50, "#d8a0a0", rx=6)  # bucket
    P.ellipse(325, 600, 25, 7, "#b88080")
    P.ellipse(150, 690, 26, 11, "#e8e0d0")      # his sneakers, left at the shore end
    P.ellipse(188, 698, 26, 11, "#e8e0d0")
    P.rect(380, 622, 26, 36, "#c8e0e8", opacity=0.7, rx=4)  # a jam jar
    # the other boys' towels, dropped in a heap
    P.poly([(440, 640), (570, 620), (588, 646), (460, 666)], "#e8b8a0", hatch=hatch_of("#e8b8a0", 4))
    P.poly([(480, 626), (550, 616), (556, 626), (486, 636)], "#f4f0e4")
    # the mooring post by the end of the dock, its rope hanging down to the water; a dragonfly thinking it over
    P.rect(950, 500, 16, 84, "#8a6a4a")
    P.ellipse(958, 500, 8, 3, "#a88060")
    P.path("M958 528q14 50 50 96", stroke="#d8c8a0", stroke_width=3)
    P.line(972, 552, 988, 552, "#5a7a9a", 2.5)
    P.ellipse(978, 546, 7, 3, "#e8f4f8", opacity=0.8)
    P.ellipse(982, 558, 7, 3, "#e8f4f8", opacity=0.8)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # the other boys: one in the water shouting up at him, one in the air, knees hugged, about to hit it
    bskin = "#eecbb2"
    lk = other_look("childhood", bskin, "#7a5a40", "short", skin=bskin, blush="#eba8a8", bare_arms=True)
    wl = 598
    person(F, "boy1", 1340, wl + 70, lk, s=0.9, child=True, cut=wl, shadow=False,
           pose=pose2(facing=-0.5, tilt=-14, arm_n=(150, 170), hand_n="open", arm_f=(40, 60)), expr="laugh", mouth="laugh")
    for k, (rx, ry) in enumerate(((44, 7), (70, 11))):
        F.ellipse(1340, wl, rx, ry, "none", stroke="#eef6f8", stroke_width=3, stroke_opacity=round(0.8 - k * 0.3, 2))
    lk2 = other_look("childhood", bskin, "#c8a070", "mop", skin=bskin, blush="#eba8a8", bare_arms=True, bare_legs=True,
                     skirt=(24, 46), skirt_col="#d88a7a", shoes=dark(bskin, 0.08), hem=0)
    person(F, "boy2", 1160, 430, lk2, s=0.86, child=True, shadow=False,
           pose=pose2(facing=-0.7, lean=20, tilt=10, leg_n=(120, -30), leg_f=(110, -40), reach_n=(1130, 460),
                      hand_n="hold", reach_f=(1140, 456), hand_f="hold", arms_front=True, rot=-10),
           expr="laugh")
    for k, (rx, ry) in enumerate(((30, 5), (50, 8))):
        F.ellipse(1170, 640, rx, ry, "none", stroke="#eef6f8", stroke_width=3, stroke_opacity=round(0.6 - k * 0.2, 2))
    # Joel, almost twelve, in his cousin's faded blue trunks held up by a knot, taking one step toward the edge, arms
    # around his ribs, looking down into the green water
    skin = "#eecbb2"
    kid = joel_look("childhood", coat=skin, trousers=skin, shoes=dark(skin, 0.08), hem=0, hem_w=50, shirt=None,
                    skin=skin, blush="#eba8a8", bare_arms=True, bare_legs=True, skirt=(26, 52), skirt_col="#8eaac4")
    x, y, sc = 640, 484, 1.14
    jl = person(F, "joel", x, y, kid, s=sc, child=True,
                pose=pose2(facing=0.55, lean=6, tilt=24, legs="walk", leg_n=(18, 2), leg_f=(-14, -20),
                           reach_n=(x - 14 * sc, y - 62 * sc), hand_n="hold", reach_f=(x + 22 * sc, y - 56 * sc),
                           hand_f="hold", arms_front=True),
                expr="afraid", eyes="down", brows="worried", mouth="sad", gaze=(0.5, 1))
    folded_arms(F, jl, skin, sc, r=7.5)
    F.circle(x + 6, y - 6, 4.5, "#6e8aa8")  # the knot
    F.path(f"M{x + 6} {y - 4}l-4 12M{x + 6} {y - 4}l6 11", stroke="#6e8aa8", stroke_width=3)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 1300, 130, 300, "#fff4c8", 0.4)
    rng = Lt.rng
    for _ in range(40):
        x_, y_ = rng.uniform(900, 1600), rng.uniform(400, 700)
        w_ = rng.uniform(6, 18)
        if x_ < 1100 and y_ < 640:
            continue  # sun on the water, not on her
        Lt.ellipse(x_, y_, w_, 2, "#fffbe8", opacity=0.7)
    # Clementine sitting at the very end of the dock, feet in the water, leaning back on her hands, looking up at him ---
    C = S.companion
    wl = 622  # where her shins go into the lake
    x, y, sc = 962, 566, 0.9
    cl = hiding_clem(S, x, y, sc,
                     pose2(facing=0.8, lean=-24, tilt=-4, turn=-0.5, legs="sit", leg_n=(80, 8), leg_f=(76, 2),
                           reach_n=(x - 30, y + 12), hand_n="open", reach_f=(x - 50, y + 4), hand_f="open"),
                     expr="smile", mouth="wry", brows="raised", gaze=(-0.8, -0.5), cut=wl, shadow=False,
                     look=dict(hem=16, hem_w=74, bare_legs=True, skirt=(44, 78)))
    fx = (cl["knee_n"][0] + cl["knee_f"][0]) / 2 + 4
    for dx in (-10, 10):  # her feet under the water, paler and wavering
        C.poly(capsule((fx + dx, wl), (fx + 4 + dx, wl + 46), 10, 8), "#dcd8d0", opacity=0.45)
    for k, (rx, ry) in enumerate(((36, 6), (58, 10))):
        C.ellipse(fx, wl + 2, rx, ry, "none", stroke="#f4fafc", stroke_width=3, stroke_opacity=round(0.85 - k * 0.3, 2))
    found_beam(S, cl, (1720, -60))


@scene("fever_night", "childhood")
def draw_fever_night(S: Scene):
    crayon_sky(S.sky, "#9d9abd", "#85819f", count=420, box=(300, 60, 1560, 600))
    R = S.room
    rr = R.rng
    R.rect(0, 600, W, 300, "#8a7f98", hatch=hatch_of("#8a7f98", 2))
    R.rect(0, 590, W, 14, "#a29ab4")
    # the wallpaper's sailboats, the door ajar on the lit hallway, the window with the moon
    for row in range(4):
        for col in range(9):
            bx = 380 + col * 136 + (68 if row % 2 else 0) + rr.uniform(-8, 8)
            by = 80 + row * 112 + rr.uniform(-6, 6)
            if 940 < bx < 1330 and by < 400 or bx > 1340:
                continue  # the window, the closet
            R.poly([(bx - 20, by + 22), (bx + 20, by + 22), (bx + 13, by + 32), (bx - 13, by + 32)], "#b4aed0", wob=False)
            R.poly([(bx - 2, by - 16), (bx - 2, by + 18), (bx - 20, by + 18)], "#c8c2dc", wob=False)
            R.poly([(bx + 2, by - 8), (bx + 2, by + 18), (bx + 16, by + 18)], "#bcb6d6", wob=False)
    R.rect(60, 120, 250, 484, "#6e6888")
    R.rect(76, 136, 218, 468, "#f2dcb0", hatch=("#e0c090", 2, 0.25))
    R.poly([(76, 136), (180, 160), (180, 580), (76, 604)], "#8a84a4")
    R.circle(164, 380, 7, "#d8d0c0")
    window(R, 1000, 110, 260, 220, "#c8c0d8", [(0, "#3e4468"), (1, "#5c5e84")], bars=(1, 1), frame_w=12)
    R.circle(1190, 170, 26, "#f4ecc0")
    R.path("M960 90q30 170 -6 290l56 0q-16 -160 6 -290z", fill="#b8a8c8")
    R.path("M1300 90q-30 170 6 290l-56 0q16 -160 -6 -290z", fill="#b8a8c8")
    R.rect(940, 84, 380, 10, "#7a7090")
    # the bed: a low headboard at the left, the mattress, a striped side
    R.rect(500, 380, 34, 230, "#b89a88", hatch=hatch_of("#b89a88", 3))
    R.path("M500 380q17 -24 34 0z", fill="#b89a88")
    R.rect(534, 470, 620, 40, "#ece6ee")
    R.rect(534, 510, 620, 90, "#c9b6cc", hatch=hatch_of("#c9b6cc", 3))
    R.rect(1150, 430, 30, 180, "#b89a88")
    R.rect(540, 598, 20, 24, "#8a6e60")
    R.rect(1130, 598, 20, 24, "#8a6e60")
    # the closet in the corner past the window, its door open a hand's width on the dark
    R.rect(1352, 112, 216, 492, "#6e6888")
    R.rect(1366, 126, 188, 478, "#2e2a3e")
    R.poly([(1392, 126), (1554, 126), (1554, 604), (1392, 604)], "#c8bcd8", hatch=hatch_of("#c8bcd8", 3))
    for y0 in (150, 380):
        R.rect(1414, y0, 118, 200, "#d6ccE2".lower(), wob=1.5)
    R.circle(1406, 380, 7, "#e8dcc0")
    R.grain(220, colors=(CRAYON_DARK,), opacity=0.1)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the pillow; the bedside table with a glass and a thermometer; by the door, on the floor, the night light: a plastic
    # lighthouse
    P.poly(ellipse_poly(600, 462, 64, 22, 16), "#f6f2f6")
    P.rect(380, 470, 104, 16, "#b8a0a0")
    P.rect(388, 486, 88, 120, "#a88e90", hatch=hatch_of("#a88e90", 3))
    P.rect(396, 420, 28, 50, "#dfe8ee", opacity=0.8)
    P.rect(400, 444, 20, 24, "#c8dae4", opacity=0.8)
    P.rect(430, 462, 40, 8, "#d8a8a8")
    P.line(434, 458, 468, 455, "#f4f4f4", 3)
    lx, ly = 338, 612  # the lighthouse, on the floor by the door
    P.ellipse(lx, ly, 24, 6, "#6a6080", opacity=0.5)
    P.poly([(lx - 16, ly), (lx + 16, ly), (lx + 10, ly - 62), (lx - 10, ly - 62)], "#f6f0ea")
    for k in range(2):
        y0 = ly - 12 - k * 26
        P.poly([(lx - 15 + k * 2.6, y0), (lx + 15 - k * 2.6, y0), (lx + 13.5 - k * 2.6, y0 - 12), (lx - 13.5 + k * 2.6, y0 - 12)], "#e49a9a")
    P.rect(lx - 13, ly - 64, 26, 4, "#8a7a8a")
    P.rect(lx - 9, ly - 82, 18, 18, "#fff2b0")
    P.poly([(lx - 12, ly - 82), (lx + 12, ly - 82), (lx, ly - 96)], "#c87a7a")
    P.poly([(560, 700), (900, 700), (940, 780), (520, 780)], "#b8c0d8", hatch=hatch_of("#b8c0d8", 3))
    P.rect(620, 680, 60, 26, "#d8b0a0", rx=8)
    P.circle(634, 708, 8, "#6a5a6a")
    P.circle(666, 708, 8, "#6a5a6a")
    P.rect(780, 690, 34, 34, "#c8d8b0")
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # Joel, seven, a hundred and three: on his back under the quilt, his head turned on the pillow, flushed, eyes half shut
    kid = joel_look("childhood", coat="#c8d0e4", trousers="#a8b0c8", hem=10, hem_w=70, shirt=None, blush="#f07a7a")
    jl = person(F, "joel", 714, 468, kid, s=0.9, child=True,
                pose=pose2(facing=1, rot=-90, legs="lie", arm_n=(4, 6), tilt=-6, turn=0.3), expr="tired",
                brows="worried", mouth="sad", gaze=(0.3, 0.6), shadow=False)
    # the quilt over him up to the chin
    F.open(id="quilt")
    F.path("M632 446Q760 430 900 436T1150 444L1160 600L640 600Q620 520 632 446Z", fill="#d8c0d4")
    for k in range(1, 6):
        F.line(640 + k * 86, 436, 646 + k * 86, 598, "#c4a8c0", 3, opacity=0.7)
    F.line(640, 500, 1156, 506, "#c4a8c0", 3, opacity=0.7)
    F.path("M632 446Q760 430 900 436T1150 444L1150 456Q900 448 760 446T632 462Z", fill="#ece2ee")
    F.close()
    # his mother in the lit doorway, going to wet the cloth again, looking back at him over her shoulder
    mom = other_look("childhood", "#6a6284", "#514860", "bun", skin="#c8b4b4", ink="#3e3648", skirt=(156, 150),
                     skirt_col="#5e5676", legs="#8a7e90", shoes="#4e4658", female=True, build=0.92, hem=20, hem_w=80)
    cloth = [(rect_poly(156, 446, 22, 40), "#c8d8e8")]
    person(F, "mother", 190, 404, mom, s=0.94,
           pose=pose2(facing=-0.6, turn=0.55, tilt=10, leg_n=(12, 2), leg_f=(-10, -12), reach_n=(170, 470), hand_n="hold",
                      arm_f=(-16, -4)),
           expr="sad", eyes="down", brows="worried", held=cloth)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    beam(Lt, [(180, 604), (294, 604), (720, 900), (240, 900)], "#f8e0b0", 0.3, 0)
    glow(Lt, 200, 370, 200, "#f8e0b0", 0.22, 260)
    glow(Lt, lx, ly - 74, 110, "#fff0b0", 0.5)
    glow(Lt, 1190, 170, 140, "#f4ecc8", 0.25)
    # the lighthouse beam going round the wallpaper, caught halfway across the sailboats
    beam(Lt, [(lx + 6, ly - 80), (lx + 6, ly - 68), (920, 300), (880, 150)], "#fff4c0", 0.3, 0.04,
         axis=(lx, ly - 74, 900, 225))
    glow(Lt, 900, 226, 90, "#fff4c0", 0.3, 70)
    # Clementine on the edge of his bed where his mother sat, the back of her cold hand on his forehead --------------------
    hx, hy = jl["head"]
    cl = hiding_clem(S, 752, 506, 0.9,
                     pose2(facing=-0.5, lean=24, tilt=14, legs="sit", reach_n=(hx + 4, hy - 14), hand_n="open",
                           reach_f=(800, 500), hand_f="open"),
                     expr="smile", eyes="down", brows="worried", look=dict(hem=20, hem_w=80), shadow=False)
    found_beam(S, cl, (-120, -80))


@scene("snow_fort", "childhood")
def draw_snow_fort(S: Scene):
    # ten past four on a Saturday after the storm: the sky clearing into the blue kind of dark
    crayon_sky(S.sky, "#6e7ca4", "#c4bfd2", 470, count=500, box=(0, 0, W, 460))
    K = S.sky
    for cx, cy in ((300, 120), (900, 80), (1350, 160)):
        for k in range(3):
            K.ellipse(cx + k * 60, cy + (k % 2) * 12, 90, 26, "#8a92b4", opacity=0.6)
    K.circle(1120, 90, 2.4, "#f4f0e0", opacity=0.8)  # the first star
    R = S.room
    rr = R.rng
    # the house corner at the right, its kitchen window lit; a wooden fence; a bare tree
    R.rect(1240, 150, 380, 330, "#d8c4b8", hatch=hatch_of("#d8c4b8", 2))
    R.poly([(1200, 160), (1640, 40), (1640, 160)], "#a89aa8")
    R.rect(1330, 240, 150, 120, "#f2dcae")
    R.rect(1400, 240, 10, 120, "#c8b0a0")
    R.poly([(1200, 160), (1640, 40), (1640, 60), (1220, 172)], "#f4f4f8")
    for i in range(22):
        x = i * 56
        if x > 1230:
            break
        R.poly([(x, 470), (x + 40, 470), (x + 40, 380), (x + 20, 366), (x, 380)], "#b8a8a0")
    R.rect(0, 400, 1240, 12, "#a89890")
    R.rect(0, 440, 1240, 12, "#a89890")
    R.poly([(0, 372), (1240, 372), (1240, 380), (0, 380)], "#f4f4f8")
    bare_tree(R, rr, 180, 470, 380, "#8a7a80", 10, depth=4)
    # the yard under snow, lilac shadows, footprints going round and round
    R.rect(0, 460, W, 440, R.lin([(0, "#c8cce4"), (1, "#e4e4f0")], 0, 460, 0, 900), hatch=("#a8acd0", 1.5, 0.3))
    for _ in range(8):
        R.poly(ellipse_poly(rr.uniform(0, W), rr.uniform(500, 880), rr.uniform(80, 200), rr.uniform(10, 24), 14), "#bcc0dc")
    for i in range(12):  # his footprints, one line of them, from the house to the fort
        x, y = spline_pt((1560, 890), (1300, 700), (1080, 690), i / 11)
        R.poly(ellipse_poly(x + (8 if i % 2 else -8), y, 12 - i * 0.3, 6 - i * 0.15, 8), "#cdc7dc")
    R.grain(200, box=(0, 460, W, 900), colors=(CRAYON_DARK,), opacity=0.08)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the fort: walls of lumpy snow blocks, a flag on a stick, a pile of snowballs, his shovel
    snow, shade = "#e6e8f6", "#b4b6d6"  # blue snow walls at dusk

    def lump(x, y, rx, ry):
        P.poly(ellipse_poly(x, y + ry * 0.18, rx, ry, 16), shade)
        P.poly(ellipse_poly(x - rx * 0.04, y - ry * 0.08, rx * 0.92, ry * 0.84, 16), snow)

    for k in range(8):  # the back wall
        lump(560 + k * 70, 470 + (k % 2) * 5, 46, 30)
    for k in range(4):  # the side walls coming towards us
        lump(470 + k * 18, 490 + k * 30 * (3 - k) / 3 + k * 10, 48, 32)
        lump(1130 - k * 18, 490 + k * 30 * (3 - k) / 3 + k * 10, 48, 32)
    P.line(616, 466, 630, 300, "#8a7060", 5)
    P.poly([(630, 300), (712, 318), (628, 342)], "#d89aa0")
    # the two seats dug into the back wall; on the second one, Eddie Novak's sandwich, still waiting in its wax paper
    for sx in (700, 850):
        P.path(f"M{sx - 44} 506Q{sx - 44} 462 {sx} 462Q{sx + 44} 462 {sx + 44} 506Z", fill="#9a9cc4")
        P.rect(sx - 46, 500, 92, 10, "#d8daee")
    P.poly([(834, 500), (872, 500), (852, 482)], "#f4eee0")
    P.line(838, 497, 866, 497, "#d8b888", 3)
    for k in range(10):  # the front wall, block on block
        lump(420 + k * 84, 640 + (k % 2) * 8, 66, 48)
    for k in range(9):
        lump(460 + k * 84, 584 + (k % 3) * 4, 60, 42)
    # the window the size of a lunch box, through the front wall near its end
    P.rect(1118, 584, 60, 36, "#4a4e78", wob=False)
    P.rect(1118, 584, 60, 8, "#363a60", wob=False)
    for x, y in ((300, 650), (334, 654), (316, 628), (360, 658)):
        lump(x, y, 17, 15)
    # the dustpan he packed the walls with, stuck in the snow
    P.poly([(176, 676), (250, 664), (262, 690), (184, 702)], "#c87a6a", wob=1)
    P.poly([(176, 676), (250, 664), (248, 656), (178, 668)], "#a85a4a", wob=1)
    P.poly(capsule((214, 664), (232, 610), 5, 4), "#a85a4a", wob=False)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # Joel, ten, inside behind the wall that comes up to his chin, turning at the knock on the snow
    kid = joel_look("childhood", coat="#a8b8d4", trousers="#8a98b4", hem=12, hem_w=74, shirt=None, scarf="#d8a8b0",
                    blush="#eba8a8")
    jl = person(F, "joel", 900, 630, kid, s=1.08, child=True, cut=550,
                pose=pose2(facing=0.3, turn=0.8, tilt=-4, arm_n=(20, 40), arm_f=(-10, 10)),
                expr="afraid", eyes="wide", brows="raised", mouth="talk", gaze=(0.9, 0.2), shadow=False)
    hx, hy = jl["head"]
    r_x, r_y = jl["head_r"]
    F.open(id="joel-hat")  # his knitted hat with a bobble
    F.path(f"M{n(hx - r_x * 1.1)} {n(hy - r_y * 0.3)}C{n(hx - r_x * 1.1)} {n(hy - r_y * 1.5)} {n(hx + r_x * 1.1)} "
           f"{n(hy - r_y * 1.5)} {n(hx + r_x * 1.1)} {n(hy - r_y * 0.3)}Z", fill="#c8a0b0")
    F.rect(hx - r_x * 1.14, hy - r_y * 0.46, r_x * 2.28, r_y * 0.26, "#b08a9c", rx=n(r_y * 0.1))
    F.circle(hx, hy - r_y * 1.22, r_x * 0.3, "#efe4ea")
    F.close()
    for x, y in ((846, 548), (956, 552)):  # his mittens on the top of the wall
        F.ellipse(x, y, 15, 12, "#d8a8b0")
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 1405, 300, 170, "#ffe0a8", 0.45)
    glow(Lt, 800, 60, 520, "#c8d0f0", 0.14, 150)
    # Clementine crouching outside the window in her winter coat, one red mitten on, knocking on the snow wall ---------
    x, y, sc = 1318, 594, 0.96
    cl = hiding_clem(S, x, y, sc,
                     pose2(facing=-0.6, lean=26, tilt=-2, turn=-0.45, leg_n=(118, -18), leg_f=(104, -30),
                           reach_n=(1200, 590), hand_n="fist", reach_f=(1246, 628), hand_f="open"),
                     expr="smile", brows="raised", gaze=(-0.8, 0.1), look=dict(blush="#e0707a", hem=34, hem_w=92),
                     shadow=False)
    C = S.companion
    hx, hy = cl["hand_n"]
    C.ellipse(hx - 4, hy, 16, 14, "#d0505e")  # the one red mitten, knocking
    C.ellipse(hx + 2, hy - 12, 7, 8, "#d0505e")
    C.ellipse(x + 6, y + 78, 76, 9, "#5a5a88", opacity=0.18)
    found_beam(S, cl, (1720, 160))
