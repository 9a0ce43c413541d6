"""The childhood hiding places (scenes/04_childhood.yaml): crayon grain, grown-up Clementine hidden there."""

from __future__ import annotations

from ..kit import *


def hiding_clem(S: Scene, x, y, s, p, facing=0.0, eyes="open", mouth="smile", brows="raised", **kw):
    """Grown-up Clementine hidden in a childhood memory, on the companion layer: crayon edges and hatching on her coat,
    a clean face, sunflower-yellow hair. Returns the figure's joints (for the flashlight in found.svg)."""
    over = kw.pop("look", {})
    look = clem_look("childhood", **{"blush": "#e89a9a", **over})
    look.setdefault("hatch", (dark(look["coat"], 0.22), 2.2, 0.2))
    return figure(S.companion, "clementine", x, y, look, s=s, p=p, facing=facing, eyes=eyes, mouth=mouth, brows=brows,
                  **kw)


def cherry_hat(L: Layer, fig, felt="#8e7aa0", band="#d8c8e0", cherry="#d0505e"):
    """His grandmother's hat with the cherries, put on the head of a figure drawn a moment ago."""
    hx, hy = fig["head"]
    rx, ry = fig["head_r"]
    L.open(id="grandmothers-hat", transform=f"translate({n(hx)} {n(hy)}) rotate({n(fig['angle'] - 6)}) scale(1.22)")
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
    hx, hy = 392, 652
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
    # the grown-ups of his own row, standing for the vows: only their legs come down past the seat's edge
    top = edge + 4
    aunt2 = other_look("childhood", "#e2b8c4", "#8a6a58", "bun", legs="#ead2c2", shoes="#2e2a34", skirt=(88, 112),
                       skirt_col="#d8a8b8", female=True)
    lg = figure(F, "guest-pink", 250, 170, aunt2, s=2.2, p=pose(ll=(-4, 1), rl=(6, -2)), legs_only=True, facing=0.3,
                top=top)
    for k in ("ankle_l", "ankle_r"):  # patent leather: a hard white shine on black
        ax, ay = lg[k]
        F.ellipse(ax + 6, ay + 4, 12, 3.4, "#ffffff", opacity=0.7)
    dad = other_look("childhood", "#8e98aa", "#7a6a5a", "short", trousers="#7f889a", shoes="#8a5a36", hem=0, hem_w=60)
    lg = figure(F, "father", 500, 170, dad, s=2.2, p=pose(ll=(-7, 2), rl=(9, -1)), legs_only=True, facing=0.5, top=top)
    for k in ("ankle_l", "ankle_r"):  # his brown shoes, polished, laces
        ax, ay = lg[k]
        F.line(ax + 2, ay - 2, ax + 22, ay - 4, "#c89a70", 2.5)
        F.ellipse(ax + 24, ay + 4, 10, 3, "#c89a70", opacity=0.6)
    girl = other_look("childhood", "#f0d8e0", "#c8a070", "pigtails", legs="#fbf6f0", shoes="#2e2a34", skirt=(40, 96),
                      skirt_col="#f4dce4", female=True)
    lg = figure(F, "cousin", 745, 390, girl, s=1.0, p=pose(ll=(-5, 2), rl=(7, -3)), legs_only=True, facing=0.0, top=top)
    for k in ("ankle_l", "ankle_r"):
        ax, ay = lg[k]
        F.ellipse(ax + (4 if k == "ankle_r" else -4), ay + 3, 8, 2.6, "#ffffff", opacity=0.75)
        F.line(ax - 12, ay - 4, ax + 12, ay - 4, "#2e2a34", 2.5)  # the strap of a Mary Jane
    gran = other_look("childhood", "#b8a8cc", "#c8c4c0", "bun", legs="#dcc8bc", shoes="#6e6070", skirt=(96, 120),
                      skirt_col="#a898bc", female=True)
    figure(F, "great-aunt", 930, 170, gran, s=2.2, p=pose(ll=(-3, 0), rl=(4, 1)), legs_only=True, facing=-0.2, top=top)
    uncle = other_look("childhood", "#6e7688", "#5a4a40", "short", trousers="#5e6678", shoes="#2e2e36", hem=0, hem_w=60)
    figure(F, "uncle", 1100, 170, uncle, s=2.2, p=pose(ll=(-6, 3), rl=(5, -2)), legs_only=True, facing=-0.4, top=top)
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
    # Joel, four, in his wedding clothes, sitting on the stones under the pew, watching the shoes
    kid = joel_look("childhood", coat="#b4c4d8", trousers="#8e9ab2", hem=14, hem_w=74, shirt="#f4f2ee")
    jl = figure(F, "joel", 560, 616, kid, s=0.7, hm=1.5, p=pose(ll=(-70, 60), rl=(70, -60), la=(20, 60), ra=(-20, -50),
                                                              thigh_k=0.8),
                facing=0.3, eyes="open", mouth="open", brows="raised", child=True, shadow=True)
    nx, ny = jl["neck"]
    F.path(f"M{n(nx - 16)} {n(ny - 2)}l0 16l14 -8z M{n(nx + 16)} {n(ny - 2)}l0 16l-14 -8z", fill="#c87a88")  # a bow tie
    F.circle(nx, ny + 6, 4.5, "#b06a78")
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    # June sun through the stained glass: coloured patches on the stone floor, on the aisle and the bride's hem
    patches = ((1330, 560, "#f08a8a"), (1420, 590, "#8aa8f0"), (1250, 620, "#f4d070"), (1460, 640, "#90d89a"),
               (1120, 570, "#8aa8f0"), (960, 640, "#f08a8a"), (1040, 600, "#f4d070"))
    for x, y, c in patches:
        Lt.poly([(x, y), (x + 80, y - 6), (x + 110, y + 34), (x + 22, y + 42)], c, opacity=0.38)
    glow(Lt, 1400, 200, 300, "#fff4dc", 0.3, 420)
    beam(Lt, [(1330, 40), (1450, 40), (1500, 600), (1200, 600)], "#fff2d8", 0.22, 0.04)
    # Clementine, folded in half under the pew beside him, knees by her ears -------------------------------------------
    cl = hiding_clem(S, 846, 612, 1.04, pose(lean=-30, tilt=22, ll=(-158, -14), rl=(-146, -8), thigh_k=1.12, legs_front=True),
                     facing=-0.55, eyes="open", mouth="smile", brows="raised", look=dict(hem=12, hem_w=74),
                     reach_w={"l": (800, 560), "r": (822, 566)}, shadow=True)
    found_beam(S, cl, (1700, 380))


@scene("attic", "childhood")
def draw_attic(S: Scene):
    crayon_sky(S.sky, "#eadcc4", "#d6c0a4", count=450, box=(300, 100, 1300, 620))
    R = S.room
    # gable window at the far end
    R.poly([(800, 150), (880, 240), (720, 240)], "#f2ece0")
    R.poly([(800, 166), (864, 234), (736, 234)], "#c9dcea")
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
    R.rect(760, 128, 22, 482, "#9a7a60")  # post
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
    P.rect(690, 512, 64, 40, "#b89878", rx=10)
    P.circle(722, 524, 15, "#f4ecd8")
    P.line(722, 524, 722, 513, "#5a4a52", 2.5)
    P.line(722, 524, 731, 528, "#5a4a52", 2.5)
    tx, ty = 614, 652
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
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    gran = other_look("childhood", "#c8b8d8", "#c8c4c0", "bun", glasses=True, skirt=(120, 150), skirt_col="#a898b8",
                      legs="#e8d8cc", shoes="#8a7a8a", build=0.9, female=True, blush="#eba8a8")
    knit = {"r": [(capsule((-40, -10), (20, 18), 2), "#8a7a6a"), (capsule((-40, 14), (20, -14), 2), "#8a7a6a"),
                  (ellipse_poly(-14, 2, 14, 12), "#e8b8b8")]}
    figure(F, "grandmother", 1140, 520, gran, s=0.9, p=pose(ll=(-12, -4), rl=(12, 4), thigh_k=0.4), facing=-0.3,
           eyes="down", mouth="smile", brows="flat", reach={"l": (-22, -44), "r": (22, -44)}, hold=knit, shadow=False)
    kid = joel_look("childhood", coat="#a8c0b0", trousers="#8898b0", hem=10, hem_w=70, shirt=None)
    figure(F, "joel", 480, 520, kid, s=0.58, hm=1.45, p=pose(SIT_R, la=(-20, -10), ra=(60, 130)), facing=0.55,
           eyes="open", mouth="open", brows="raised", child=True)
    # Clementine by the dressmaker's dummy, wishing it good evening, in his grandmother's hat with the cherries ----------
    cl = hiding_clem(S, 872, 446, 0.86, pose(tilt=-8, ll=(-4, -2), rl=(6, 3)), facing=0.45, eyes="open", mouth="grin",
                     brows="raised", reach_w={"r": (948, 402)}, reach={"l": (-40, -182)})
    cherry_hat(S.companion, cl)
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
    crayon_sky(S.sky, "#c9dcea", "#eef0e4", 480, count=450, box=(0, 0, 700, 470))
    K = S.sky
    for cx, cy in ((260, 120), (900, 90), (1350, 150)):
        for k in range(3):
            K.ellipse(cx + k * 50, cy + (k % 2) * 10, 70, 30, "#fbfbf6", opacity=0.85)
    R = S.room
    # the school building
    R.rect(700, 130, 900, 350, "#e4c4b0", hatch=hatch_of("#e4c4b0", 2))
    R.poly([(680, 140), (1150, 60), (1600, 140)], "#c4a0a0")
    for r in range(2):
        for c in range(6):
            R.rect(760 + c * 140, 190 + r * 130, 80, 90, "#c9d8e8")
            R.rect(796 + c * 140, 190 + r * 130, 8, 90, "#f2ece2")
    R.rect(0, 440, 700, 40, "#c8d8b8")  # a strip of grass behind
    # a tree
    R.rect(180, 260, 34, 220, "#a88a70")
    for dx, dy, r in ((-60, 240, 80), (50, 230, 84), (0, 180, 90)):
        R.circle(197 + dx, dy, r, "#b8d0a0", opacity=0.95)
    # asphalt yard
    R.rect(0, 470, W, 430, "#d4d0c6", hatch=hatch_of("#d4d0c6", 1.5))
    # hopscotch
    for i in range(4):
        R.rect(560 + i * 70, 600, 66, 50, "none", stroke="#f6f4ee", stroke_width=4, wob=False)
    # chain-link fence
    for i in range(10):
        R.rect(i * 180, 330, 10, 200, "#9a9aa8")
    R.line(0, 334, W, 334, "#9a9aa8", 5)
    segs = []
    for i in range(-10, 50):
        x = i * 40
        segs.append((x, 334, 190, 190))
        segs.append((x, 334, -190, 190))
    R.strokes(segs, "#a8a8b8", 1.8, 0.55)
    R.grain(240, box=(0, 470, W, 900), colors=(CRAYON_DARK,), opacity=0.1)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    P.circle(1240, 590, 28, "#e8a090")
    P.path("M1214 584q26 14 52 0", stroke="#f4c8c0", stroke_width=4)
    P.path("M300 620q60 30 120 -6t100 10", stroke="#d8a8c8", stroke_width=5)
    P.rect(950, 560, 70, 64, "#b8a8d0", rx=10)
    P.path("M962 560q24 -28 48 0", stroke="#8a7aa0", stroke_width=6)
    P.rect(1060, 590, 70, 40, "#e8d090", rx=6)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # the ones watching, which at nine means the entire world
    kids = (("kid1", 180, "#e8b8c8", "#a8785a", "pigtails", 0.5), ("kid2", 1330, "#b8d0e8", "#6a5a4a", "short", -0.5),
            ("kid3", 1460, "#c8e0b8", "#d8b880", "curly", -0.6))
    for pid, x, c, hair, st, fac in kids:
        lk = other_look("childhood", c, hair, st, blush="#eba8a8", trousers="#a8a0b8")
        figure(F, pid, x, 480, lk, s=0.5, hm=1.35, p=pose(la=(-30, -60 if pid == "kid1" else 20), ra=(40, 120)), facing=fac,
               eyes="open", mouth="open", brows="raised", child=True)
    # the bigger boys, tossing his lunch bag back and forth over his head
    big1 = other_look("childhood", "#c8a890", "#6a4a3a", "messy", blush="#eba8a8", trousers="#8a8aa0", build=1.12)
    figure(F, "bigboy1", 380, 494, big1, s=0.72, hm=1.26, p=pose(lean=6, la=(-20, -10), ra=(150, 170)), facing=0.5,
           eyes="up", mouth="grin", brows="raised", child=True)
    big2 = other_look("childhood", "#a8b8a0", "#c8a070", "short", blush="#eba8a8", trousers="#7a8498", build=1.12)
    figure(F, "bigboy2", 1080, 490, big2, s=0.73, hm=1.26, p=pose(lean=-6, la=(-160, -175), ra=(-150, -170)),
           facing=-0.5, eyes="up", mouth="grin", brows="raised", child=True)
    F.open(id="lunch-bag")  # a brown paper bag, folded over at the top, in the air between them
    F.path("M480 300Q580 170 690 206M500 330Q600 220 694 244", stroke="#a8a0b0", stroke_width=3, opacity=0.5)
    F.poly([(704, 190), (760, 178), (776, 266), (714, 278)], "#c8a070")
    F.poly([(700, 172), (756, 160), (760, 178), (704, 190)], "#b08a5a")
    F.line(718, 202, 730, 262, "#a88058", 2)
    F.path("M722 232q14 -6 28 -4", stroke="#8a6a48", stroke_width=2)
    F.close()
    # Joel, nine, alone in the middle, pretending not to care and doing it badly
    kid = joel_look("childhood", coat="#b0c0d8", trousers="#8a98b0", hem=12, hem_w=72, shirt=None)
    figure(F, "joel", 716, 462, kid, s=0.64, hm=1.3, p=pose(POCKETS, tilt=-8), facing=0.2, eyes="up", mouth="tight",
           brows="worried", child=True)
    # Clementine, a grown woman among the nine-year-olds, by the fence beside him, arms folded ------------------------
    cl = hiding_clem(S, 600, 414, 0.86, pose(arms_front=True, tilt=4, ll=(-4, -2), rl=(5, 3)), facing=0.35,
                     eyes="side", mouth="smile", brows="flat", reach={"l": (26, -78), "r": (-24, -72)})
    found_beam(S, cl, (1720, -120))
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 160, 40, 560, "#fff8e0", 0.35)


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
    # the dock, running out from the near left shore into the lake
    top = [(-12, 600), (860, 540), (880, 556), (-12, 680)]
    R.poly(top, "#c8a07a", hatch=hatch_of("#c8a07a", 4))
    for i in range(1, 15):
        t = i / 15
        xa, ya = -12 + 872 * t, 600 - 60 * t
        xb, yb = -12 + 892 * t, 680 - 124 * t
        R.line(xa, ya, xb, yb, "#a88060", 3)
    R.poly([(-12, 680), (880, 556), (880, 572), (-12, 706)], "#9a7452")
    for i in range(5):
        t = (i + 0.5) / 5
        px, py = -12 + 890 * t, 692 - 128 * t
        R.rect(px - 7 * (1.4 - t), py, 14 * (1.4 - t), 70 * (1.3 - t), "#8a6a4a")
    R.grain(220, colors=(CRAYON_LIGHT, CRAYON_DARK), opacity=0.1)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    P.rect(540, 556, 56, 56, "#d8a0a0", rx=6)  # bucket
    P.ellipse(568, 556, 28, 8, "#b88080")
    P.ellipse(300, 640, 26, 11, "#e8e0d0")      # sneakers
    P.ellipse(340, 648, 26, 11, "#e8e0d0")
    P.rect(470, 590, 26, 36, "#c8e0e8", opacity=0.7, rx=4)  # a jam jar
    # the other boys' towels, dropped in a heap
    P.poly([(120, 640), (250, 624), (268, 650), (140, 668)], "#e8b8a0", hatch=hatch_of("#e8b8a0", 4))
    P.poly([(160, 628), (230, 620), (236, 630), (166, 640)], "#f4f0e4")
    # the mooring post at the end of the dock, its rope hanging down to the water; a dragonfly thinking it over
    P.rect(612, 520, 16, 84, "#8a6a4a")
    P.ellipse(620, 520, 8, 3, "#a88060")
    P.path("M620 548q10 50 40 76", stroke="#d8c8a0", stroke_width=3)
    P.line(632, 566, 648, 566, "#5a7a9a", 2.5)
    P.ellipse(638, 560, 7, 3, "#e8f4f8", opacity=0.8)
    P.ellipse(642, 572, 7, 3, "#e8f4f8", opacity=0.8)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # the other boys in the water, shouting, about to climb out and jump again
    for pid, x, wl, hair, fac in (("boy1", 1080, 628, "#7a5a40", -0.3), ("boy2", 1250, 606, "#c8a070", -0.5)):
        lk = other_look("childhood", "#eecbb2", hair, "short", skin="#eecbb2", blush="#eba8a8")
        bf = figure(F, pid, x, wl + 84, lk, s=0.56, hm=1.25, p=pose(la=(-150, -170) if pid == "boy1" else (-20, -10)),
                    facing=fac, eyes="open", mouth="open", brows="raised", child=True, cut=wl, shadow=False)
        for k, (rx, ry) in enumerate(((40, 7), (62, 11))):
            F.ellipse(x, wl, rx, ry, "none", stroke="#eef6f8", stroke_width=3, stroke_opacity=round(0.8 - k * 0.3, 2))
    # Joel, eleven, in his cousin's old swimming trunks, one step from the edge, looking down into the green water
    skin = "#eecbb2"
    kid = joel_look("childhood", coat=skin, trousers=skin, shoes=dark(skin, 0.06), hem=6, hem_w=62, shirt=None, skin=skin,
                    trunks="#7aa0c8", blush="#eba8a8")
    figure(F, "joel", 706, 432, kid, s=0.74, hm=1.22, p=pose(arms_front=True, tilt=10, ll=(-3, -1), rl=(10, 4)),
           facing=0.45, eyes="down", mouth="tight", brows="worried", child=True,
           reach={"l": (30, -96), "r": (-22, -92)})
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 1300, 130, 300, "#fff4c8", 0.4)
    rng = Lt.rng
    for _ in range(40):
        x, y = rng.uniform(900, 1600), rng.uniform(400, 700)
        Lt.ellipse(x, y, rng.uniform(6, 18), 2, "#fffbe8", opacity=0.7)
    # Clementine sitting at the very end of the dock, feet in the water --------------------------------------------------
    C = S.companion
    wl = 598  # where her shins go into the lake
    cl = hiding_clem(S, 796, 556, 0.94, pose(SIT_R, tilt=-6, lean=-4, la=(-20, -10), ra=(30, 20)), facing=0.2,
                     eyes="open", mouth="smile", brows="raised", cut=wl, shadow=False, look=dict(hem=16, hem_w=78))
    fx = cl["knee_r"][0] + 2
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
            if 940 < bx < 1330 and by < 400:
                continue  # the window
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
    # the reading chair in the corner by the window
    R.rect(1300, 420, 200, 170, "#a898b8", rx=26)
    R.rect(1284, 470, 44, 140, "#9a8aac", rx=16)
    R.rect(1472, 470, 44, 140, "#9a8aac", rx=16)
    R.rect(1320, 510, 160, 64, "#b4a6c4", rx=12)
    R.grain(220, colors=(CRAYON_DARK,), opacity=0.1)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the pillow; the bedside table with a glass, a thermometer and the night light: a plastic lighthouse; toys on the rug
    P.poly(ellipse_poly(600, 462, 64, 22, 16), "#f6f2f6")
    P.rect(330, 470, 140, 16, "#b8a0a0")
    P.rect(340, 486, 120, 120, "#a88e90", hatch=hatch_of("#a88e90", 3))
    P.rect(350, 420, 28, 50, "#dfe8ee", opacity=0.8)
    P.rect(354, 444, 20, 24, "#c8dae4", opacity=0.8)
    P.rect(382, 462, 40, 8, "#d8a8a8")
    P.line(386, 458, 420, 455, "#f4f4f4", 3)
    lx, ly = 438, 470  # the lighthouse
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
    kid = joel_look("childhood", coat="#c8d0e4", trousers="#a8b0c8", hem=10, hem_w=70, shirt=None, blush="#f09a9a")
    jl = figure(F, "joel", 724, 452, kid, s=0.68, hm=1.35, p=pose(la=(-4, -2), ra=(4, 2)), facing=0.0,
                eyes="closed", mouth="sad", brows="worried", rot_a=-90, child=True, shadow=False)
    # the quilt over him up to the chin
    F.open(id="quilt")
    F.path("M646 448Q760 430 900 436T1150 444L1160 600L640 600Q626 520 646 448Z", fill="#d8c0d4")
    for k in range(1, 6):
        F.line(640 + k * 86, 430, 646 + k * 86, 598, "#c4a8c0", 3, opacity=0.7)
    F.line(640, 500, 1156, 506, "#c4a8c0", 3, opacity=0.7)
    F.path("M646 448Q760 430 900 436T1150 444L1150 456Q900 448 760 446T646 464Z", fill="#ece2ee")
    F.close()
    # his mother in the lit doorway, going to wet the cloth again, looking back at him
    mom = other_look("childhood", "#6a6284", "#514860", "bun", skin="#b8a8b0", ink="#3e3648", skirt=(170, 150),
                     skirt_col="#5e5676", legs="#8a7e90", shoes="#4e4658", female=True, build=0.92)
    cloth = {"r": [(rect_poly(-10, 0, 20, 40), "#c8d8e8")]}
    figure(F, "mother", 214, 412, mom, s=1.0, p=pose(tilt=8, la=(-6, -2), ra=(10, -20)), facing=0.5, eyes="down",
           mouth="neutral", brows="worried", hold=cloth)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    beam(Lt, [(180, 604), (294, 604), (720, 900), (240, 900)], "#f8e0b0", 0.3, 0)
    glow(Lt, 200, 370, 200, "#f8e0b0", 0.22, 260)
    glow(Lt, lx, ly - 74, 130, "#fff0b0", 0.5)
    glow(Lt, 1190, 170, 140, "#f4ecc8", 0.25)
    # the lighthouse beam going round the wallpaper, caught halfway across the sailboats
    beam(Lt, [(lx + 6, ly - 80), (lx + 6, ly - 70), (1000, 250), (960, 120)], "#fff4c0", 0.32, 0.04,
         axis=(lx, ly - 76, 980, 190))
    # Clementine on the edge of his bed by the night light, the back of her cold hand near his forehead -----------------
    hx, hy = jl["head"]
    cl = hiding_clem(S, 700, 502, 0.94, pose(SIT_R, lean=-10, tilt=-12, la=(-120, -20), ra=(10, 40), arm_k=0.8,
                                             fore_k=0.8), facing=-0.45, eyes="down", mouth="smile", brows="worried",
                     look=dict(hem=16, hem_w=80), shadow=False)
    found_beam(S, cl, (-120, -80))


@scene("snow_fort", "childhood")
def draw_snow_fort(S: Scene):
    crayon_sky(S.sky, "#b9bac8", "#dedce2", 470, count=500, box=(0, 0, W, 460))
    K = S.sky
    for cx, cy in ((300, 120), (900, 80), (1350, 160)):
        for k in range(3):
            K.ellipse(cx + k * 60, cy + (k % 2) * 12, 90, 30, "#cfd0da", opacity=0.8)
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
    R.rect(0, 460, W, 440, "#eeedf3", hatch=("#c8c4d8", 1.5, 0.3))
    for _ in range(8):
        R.poly(ellipse_poly(rr.uniform(0, W), rr.uniform(500, 880), rr.uniform(80, 200), rr.uniform(10, 24), 14), "#e2dfec")
    for i in range(12):  # his footprints, one line of them, from the house to the fort
        x, y = spline_pt((1560, 890), (1300, 700), (1080, 690), i / 11)
        R.poly(ellipse_poly(x + (8 if i % 2 else -8), y, 12 - i * 0.3, 6 - i * 0.15, 8), "#cdc7dc")
    R.grain(200, box=(0, 460, W, 900), colors=(CRAYON_DARK,), opacity=0.08)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the fort: walls of lumpy snow blocks, a flag on a stick, a pile of snowballs, his shovel
    snow, shade = "#f8f8fc", "#d2cce2"

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
    for k in range(10):  # the front wall, block on block
        lump(420 + k * 84, 640 + (k % 2) * 8, 66, 48)
    for k in range(9):
        lump(460 + k * 84, 584 + (k % 3) * 4, 60, 42)
    for x, y in ((1250, 650), (1284, 654), (1266, 628), (1310, 658)):
        lump(x, y, 17, 15)
    P.poly([(1396, 520), (1410, 520), (1400, 650), (1392, 650)], "#8a7060", wob=1)
    P.poly([(1376, 640), (1420, 640), (1418, 684), (1380, 684)], "#a8b8c8", wob=1)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    kid = joel_look("childhood", coat="#a8b8d4", trousers="#8a98b4", hem=12, hem_w=74, shirt=None, scarf="#d8a8b0",
                    blush="#eba8a8")
    jl = figure(F, "joel", 800, 634, kid, s=0.86, hm=1.3, p=pose(tilt=-6), facing=-0.35, eyes="side", mouth="neutral",
                brows="flat", child=True, cut=560, reach_w={"l": (730, 548), "r": (866, 550)}, shadow=False)
    hx, hy = jl["head"]
    r_x, r_y = jl["head_r"]
    F.open(id="joel-hat")
    F.path(f"M{n(hx - r_x * 1.1)} {n(hy - r_y * 0.3)}C{n(hx - r_x * 1.1)} {n(hy - r_y * 1.5)} {n(hx + r_x * 1.1)} "
           f"{n(hy - r_y * 1.5)} {n(hx + r_x * 1.1)} {n(hy - r_y * 0.3)}Z", fill="#c8a0b0")
    F.rect(hx - r_x * 1.14, hy - r_y * 0.46, r_x * 2.28, r_y * 0.26, "#b08a9c", rx=n(r_y * 0.1))
    F.circle(hx, hy - r_y * 1.22, r_x * 0.3, "#efe4ea")
    F.close()
    for x, y in ((730, 550), (866, 552)):
        F.ellipse(x, y, 15, 13, "#d8a8b0")
    # Clementine crouching in the fort beside him, cheeks red, her one red mitten on the wall ----------------------------
    cl = hiding_clem(S, 984, 640, 1.06, pose(lean=-12, tilt=4, la=(-20, 10)), facing=-0.45, eyes="open", mouth="smile",
                     brows="raised", cut=560, reach_w={"r": (1018, 542)}, shadow=False, look=dict(blush="#e0707a"))
    C = S.companion
    C.ellipse(1018, 544, 17, 15, "#d0505e")   # her one red mitten, on the wall
    C.ellipse(1004, 536, 7, 9, "#d0505e")
    found_beam(S, cl, (1720, 160))
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 1405, 300, 160, "#ffe8b8", 0.4)
    glow(Lt, 800, 100, 520, "#ffffff", 0.16, 150)
    snowfall(Lt, Lt.rng, 90, (0, 0, W, 760), color="#ffffff", sizes=(3, 5, 7), ops=(0.5, 0.8))
