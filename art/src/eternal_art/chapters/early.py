"""The early memories (scenes/03a_early.yaml), lived after the turn."""

from __future__ import annotations

from ..kit import *


@scene("new_year", "winter")
def draw_new_year(S: Scene):
    K = S.sky
    # the night to the right of the building; the building's wall itself is part of the opaque background
    K.rect(1090, 0, W - 1090, H, K.lin([(0, "#070e1c"), (1, "#23314e")], 0, 0, 0, 640))
    K.rect(0, 0, 1110, H, "#474c5c")
    stars(K, K.rng, 40, (1120, 0, W, 300), rmax=1.8)
    # across the road: the upper floors of the houses opposite, every window lit for the year's last hour
    street_fronts(K, K.rng, 1110, W + 40, 1000, 560, 700, ("#1a2132", "#202838", "#1c2230"), lit="#e8cf96",
                  dark_win="#0e131e", lit_p=0.5, shop="#e8cf96")
    fw = [(1300, 170, 96, "#e2d2a4"), (1490, 300, 64, "#b4c4ec"), (1200, 350, 48, "#e0b4bc"), (1530, 110, 40, "#d4e0f0")]
    for cx, cy, r, c in fw:
        firework(K, K.rng, cx, cy, r, c, rays=20 if r > 50 else 14)
    R = S.room
    rr = R.rng
    # the brick wall of the building
    brick_wall(R, rr, -10, -10, 1130, 920, "#474c5c", "#30343f", op=0.5, base=False)
    R.rect(1100, -10, 22, 920, "#2e323d")
    # the window full of party light, people inside as warm dark shapes
    R.rect(230, 64, 640, 356, "#282c37")
    R.rect(248, 82, 604, 320, R.lin([(0, "#f0c88e"), (0.6, "#d8975e"), (1, "#b8744a")], 0, 82, 0, 402))
    crowd = [(300, 300, 1.0), (370, 280, 0.9), (470, 310, 1.05), (560, 286, 0.95), (690, 300, 1.1), (780, 284, 0.9)]
    for cx, cy, k in crowd:
        R.ellipse(cx, cy, 26 * k, 30 * k, "#6a4034", opacity=0.8)
        R.rect(cx - 50 * k, cy + 28 * k, 100 * k, 140, "#6a4034", rx=n(30 * k), opacity=0.8)
    R.path("M250 120Q400 170 550 118T850 120", stroke="#7a5040", stroke_width=2)
    dots(R, [(250 + 600 * i / 24, 120 + 40 * math.sin(math.pi * ((i % 12) / 12))) for i in range(25)], "#fff0c8", 7, 0.9)
    R.rect(544, 82, 12, 320, "#282c37")
    R.rect(248, 236, 604, 10, "#282c37")
    # the fire escape: a grated landing under the window, a railing, the stairs coming down towards us
    metal, metal_d = "#1c2029", "#12151c"
    R.rect(190, 300, 720, 8, metal)
    for i in range(25):
        R.rect(196 + i * 29, 300, 5, 126, metal)
    R.rect(170, 420, 760, 26, metal)
    for i in range(38):
        R.line(174 + i * 20, 424, 174 + i * 20, 444, "#2c323f", 2)
    treads = [450, 492, 540, 594, 654, 720, 792, 870]
    for i, ty in enumerate(treads):
        t = (ty - 446) / (900 - 446)
        xl, xr = 380 - 110 * t, 740 + 110 * t
        R.rect(xl, ty, xr - xl, 9 + i * 2, "#2b303c")
        R.rect(xl, ty, xr - xl, 3, "#4a5262")
    R.poly([(372, 446), (388, 446), (282, 910), (260, 910)], metal)
    R.poly([(732, 446), (748, 446), (862, 910), (840, 910)], metal)
    R.line(360, 356, 224, 910, metal, 7)
    R.line(760, 356, 896, 910, metal, 7)
    for i in range(1, 6):
        t = i / 6
        R.line(380 - 130 * t, 446 + 464 * t, 360 - 136 * t, 356 + 554 * t, metal, 4)
        R.line(740 + 130 * t, 446 + 464 * t, 760 + 136 * t, 356 + 554 * t, metal, 4)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    bottle(P, 860, 420, "#3d4a3c", 0.72, label="#8a8670")
    P.rect(800, 396, 22, 24, "#c8ccd4", opacity=0.6)  # a paper cup
    P.rect(210, 380, 60, 40, "#3a3f4c", rx=4)  # a plant pot nobody waters, a dead stalk
    P.line(240, 380, 232, 330, "#5a5a4a", 3)
    P.path("M600 476q10 -6 22 -2l-6 8z", fill="#c8b880", opacity=0.8)  # confetti on the steps
    dots(P, [(520, 470), (660, 512), (470, 560), (700, 604), (560, 618), (440, 742)], "#c8c0a8", 5, 0.7)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # on the landing under the shoved-up kitchen window, the grating cold through their clothes: Clementine with a
    # paper noisemaker in her mouth, another held out to him; Joel taking it, not the type, smiling anyway
    clem = clem_look("winter", coat="#464e60", hem=30, hem_w=84)
    cl = person(F, "clementine", 480, 436, clem, s=0.92,
                pose=pose2(facing=0.3, lean=4, tilt=-6, legs="sit", leg_n=(40, 6), leg_f=(30, -4),
                           reach_n=(576, 404), hand_n="hold", arm_f=(10, 60), hand_f="fist"),
                expr="smile", eyes="happy", mouth="rest", shadow=False)
    jl = person(F, "joel", 690, 438, joel_look("winter", scarf="#5d6878", hem=30, hem_w=80), s=0.96,
                pose=pose2(facing=-0.3, lean=10, tilt=8, legs="sit", leg_n=(36, 4), leg_f=(44, -6),
                           reach_n=(606, 408), hand_n="open", reach_f=(680, 456), hand_f="fist", arms_front=True),
                expr="smile", brows="raised", shadow=False)
    # her noisemaker, in her mouth, unrolled; the one she holds out between them, rolled up
    hx, hy = cl["head"]
    mx, my = hx + 12, hy + 16
    F.open(id="noisemaker")
    F.poly([(mx - 2, my - 3), (mx + 2, my + 3), (mx + 50, my - 8), (mx + 48, my - 20)], "#c8b27a")
    for k in (0.35, 0.7):
        F.line(mx + 48 * k, my - 12 * k - 5, mx + 48 * k + 2, my - 12 * k + 4, "#8a7a9a", 3)
    F.path(f"M{n(mx + 49)} {n(my - 14)}c22 -6 36 10 24 22c-8 8 -20 0 -12 -8", stroke="#d8cfb8", stroke_width=6)
    px, py = cl["hand_n"]
    F.poly([(px - 4, py - 4), (px + 30, py - 12), (px + 32, py - 4), (px - 2, py + 4)], "#b8a0c8")
    F.circle(px + 34, py - 8, 7, "#d8cfb8")
    F.close()
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 550, 250, 340, "#f4c890", 0.3, 200)
    beam(Lt, [(248, 402), (852, 402), (980, 640), (150, 640)], "#f0c088", 0.2, 0)
    for cx, cy, r, c in fw:
        glow(Lt, cx, cy, r * 1.5, c, 0.22)


def pyjama_stripes(F: Layer, fig, s, col, k=3, w=2.2, t0=0.0):
    """Thin stripes down both legs of a figure drawn a moment ago (pyjama trousers), along thigh and shin."""
    hx, hy = fig["hip"]
    for kn, ft in ((fig["knee_f"], fig["foot_f"]), (fig["knee_n"], fig["foot_n"])):
        top = (hx + max(-10 * s, min(10 * s, kn[0] - hx)), hy)
        top = (top[0] + (kn[0] - top[0]) * t0, top[1] + (kn[1] - top[1]) * t0)  # below the coat's hem
        for a, b in ((top, kn), (kn, ft)):
            dx, dy = b[0] - a[0], b[1] - a[1]
            ln = max(1e-3, math.hypot(dx, dy))
            px, py = -dy / ln, dx / ln
            for j in range(k):
                o = (j - (k - 1) / 2) * 8 * s
                F.line(a[0] + px * o, a[1] + py * o + 4, b[0] + px * o * 0.8, b[1] + py * o * 0.8 - 4, col, w * s)


@scene("first_snow", "winter")
def draw_first_snow(S: Scene):
    # 1:52 a.m., the first snow: an empty street, white from end to end and no tracks in it yet; the houses across
    # asleep (two windows lit); a traffic light at the corner changing for nobody. Clementine on the kerb with her
    # face up in it; Joel come down in his pyjamas, his coat and two different shoes
    K = S.sky
    wall_sky(K, "#0a1120", "#2e3b58", 470)
    snowfall(K, K.rng, 90, (0, 0, W, 300), color="#c8d4e8", sizes=(2.0, 3.0), ops=(0.35, 0.6))
    R = S.room
    rr = R.rng
    base = 452
    # the row of sleeping houses across the street: pitched roofs under new snow, dark windows, two lit
    x = -40
    i = 0
    while x < W:
        w = rr.uniform(190, 250)
        h = rr.uniform(170, 230)
        col = ("#1d2638", "#232d42", "#1a2233", "#222a3c")[i % 4]
        top = base - h
        pitch = w * rr.uniform(0.22, 0.32)
        R.rect(x, top, w + 1, h, col)
        R.poly([(x - 10, top + 4), (x + w / 2, top - pitch), (x + w + 10, top + 4)], dark(col, 0.25))
        R.polyline([(x - 10, top + 2), (x + w / 2, top - pitch - 3), (x + w + 10, top + 2)], "#dfe8f4", 6, opacity=0.85)
        if i % 3 == 1:  # a chimney with its cap of snow
            cx = x + w * 0.72
            R.rect(cx, top - pitch * 0.62 - 26, 22, 40, dark(col, 0.2))
            R.rect(cx - 3, top - pitch * 0.62 - 30, 28, 6, "#dfe8f4", opacity=0.85)
        for r_ in range(2):
            for c in range(2):
                wx, wy = x + w * (0.22 + c * 0.42), top + 30 + r_ * 80
                lit = (i, r_ * 2 + c) in {(2, 1), (5, 0)}
                R.rect(wx, wy, 40, 52, "#d8b878" if lit else "#111826", opacity=0.9 if lit else 1)
                R.rect(wx - 4, wy + 52, 48, 5, "#c8d4e6", opacity=0.75)
        R.rect(x + w / 2 - 20, base - 62, 40, 62, dark(col, 0.3))  # the front door, the step
        R.rect(x + w / 2 - 28, base - 6, 56, 6, "#c8d4e6", opacity=0.7)
        x += w + rr.uniform(6, 20)
        i += 1
    # the far pavement, the street (untouched snow), the near kerb and pavement
    R.rect(0, base, W, 30, "#b8c6da")
    R.rect(0, base + 30, W, 6, "#5a6880")
    R.rect(0, base + 36, W, 154, R.lin([(0, "#aab8ce"), (1, "#c8d4e4")], 0, base + 36, 0, base + 190))
    R.rect(0, base + 190, W, 10, "#6a7892")
    R.rect(0, base + 200, W, H - base - 200, R.lin([(0, "#b4c2d6"), (1, "#8a98b0")], 0, base + 200, 0, H))
    lamps = []
    for x in (300, 1230):
        lamps.append(streetlamp(R, x, base + 196, 380, col="#151c2a", head="#f2e6c0", arm=1))
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the traffic light on its pole at the corner, green for nobody
    tx = 1450
    P.rect(tx - 5, 300, 10, base + 200 - 300, "#1a2130")
    P.rect(tx - 20, 220, 40, 110, "#20283a", rx=8)
    P.rect(tx - 22, 216, 44, 8, "#dfe8f4", opacity=0.85)  # snow on its hood
    for k, c in enumerate(("#4a2a2a", "#4a422a", "#6dffb0")):
        P.circle(tx, 244 + k * 32, 11, c)
    # a parked car under its first snow, a hydrant with a cap of snow
    car_side(P, 1060, base + 40, 0.46, "#3e4a5e", snow="#e6eef8")
    P.rect(560, base + 160, 26, 40, "#5a4a58", rx=6)
    P.ellipse(573, base + 158, 16, 7, "#e6eef8")
    # the two of them came out of the door behind us: their prints on the near pavement only, the street untouched
    P.strokes([(560 + k * 34, 760 - k * 14 + (k % 2) * 12, 16, -3) for k in range(7)], "#7a8aa4", 7, 0.5)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # Clementine on the kerb, arms out, face up into the snow, about to be first across
    clem = clem_look("winter", coat="#4b5366")
    person(F, "clementine", 680, 432, clem, s=0.98,
           pose=pose2(facing=0.15, lean=-6, tilt=-26, arm_n=(66, 96), hand_n="open", arm_f=(-64, -92), hand_f="open",
                      leg_n=(10, 0), leg_f=(-6, -4)),
           expr="laugh", eyes="closed", mouth="laugh")
    # Joel in his pyjamas, his coat and two different shoes, hands in the coat pockets, watching her
    pj = "#9aa8c4"
    jl = person(F, "joel", 980, 430, joel_look("winter", trousers=pj, shirt="#b8c4dc", hem=56, hem_w=92), s=1.0,
                pose=pose2(facing=-0.45, lean=4, tilt=6, arm_n=(6, 20), hand_n="pocket", arm_f=(-4, 16), hand_f="pocket"),
                expr="smile", brows="raised")
    pyjama_stripes(F, jl, 1.0, "#6a78a0", k=2, w=2.4, t0=0.55)
    # the odd shoe: a white canvas sneaker on one foot (the other, his dark office shoe)
    ax, ay = jl["foot_n"]
    F.path(f"M{n(ax + 10)} {n(ay - 8)}C{n(ax - 4)} {n(ay - 10)} {n(ax - 34)} {n(ay - 2)} {n(ax - 34)} {n(ay + 6)}"
           f"L{n(ax + 12)} {n(ay + 8)}Z", fill="#e8ecf0")
    F.rect(ax - 34, ay + 4, 46, 4, "#a8b0bc")
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    for lx, ly in lamps:
        beam(Lt, [(lx - 16, ly), (lx + 16, ly), (lx + 170, base + 200), (lx - 170, base + 200)], "#f2e8c8", 0.14, 0.02)
        glow(Lt, lx, ly + 4, 60, "#fff4d8", 0.7)
        glow(Lt, lx, base + 180, 240, "#f2e8d0", 0.18, 50)
    glow(Lt, tx, 308, 40, "#6dffb0", 0.5)
    glow(Lt, tx, base + 170, 90, "#6dffb0", 0.1, 20)  # green on the snow
    snowfall(Lt, Lt.rng, 220, (0, 0, W, 760), color="#eef3fa", sizes=(2.6, 3.8, 5.2), ops=(0.5, 0.85))
    snowfall(Lt, Lt.rng, 30, (0, 0, W, 800), color="#eef3fa", sizes=(8, 10), ops=(0.3, 0.5))


@scene("meeting_friends", "amber")
def draw_meeting_friends(S: Scene):
    # Dave and Nora's dining room on a Saturday in November, the second bottle open: Clementine doing the sea lion,
    # Joel beside her smiling with all his teeth, his hand on her knee under the table, her foot round his ankle;
    # Dave at the head laughing politely, Nora's fork stopped halfway; the polaroid developing on the tablecloth
    wall_sky(S.sky, "#9c6a44", "#744a30")
    R = S.room
    rr = R.rng
    floor(R, 610, "#3a2618", "#56391f", "#2e1e12", (800, 320), 12, 0.25)
    baseboard(R, 612, "#4e3220")
    # the window on a November night: the street lamp, a bare tree, the roofs opposite with a chimney or two
    wx, wy, ww, wh = 560, 80, 480, 250
    R.rect(wx, wy, ww, wh, R.lin([(0, "#141828"), (1, "#2e2e40")], 0, wy, 0, wy + wh))
    roofs = [(wx, wy + wh), (wx, wy + 190), (wx + 90, wy + 150), (wx + 180, wy + 190), (wx + 180, wy + 176),
             (wx + 300, wy + 176), (wx + 300, wy + 160), (wx + 380, wy + 130), (wx + 460, wy + 160), (wx + ww, wy + 160),
             (wx + ww, wy + wh)]
    R.poly(roofs, "#1c1820")
    R.rect(wx + 250, wy + 146, 16, 34, "#1c1820")
    R.rect(wx + 120, wy + 196, 14, 18, "#d8b070", opacity=0.8)
    R.rect(wx + 400, wy + 180, 14, 18, "#d8b070", opacity=0.8)
    bare_tree(R, rr, wx + 70, wy + wh, 190, "#121018", 6, depth=4)
    fw_ = 12
    R.path(f"M{wx - fw_} {wy - fw_}h{ww + 2 * fw_}v{wh + 2 * fw_}h{-ww - 2 * fw_}Z M{wx} {wy}v{wh}h{ww}v{-wh}Z", fill="#5a3a26",
           fill_rule="evenodd")
    for k in (1, 2):
        R.rect(wx + ww * k / 3 - 5, wy, 10, wh, "#5a3a26")
    R.rect(wx - 24, wy + wh + 10, ww + 48, 12, "#6a4630")
    warm = ["#8a4e34", "#b8895a", "#d8c09a", "#5e4a36", "#a0643e", "#7a6a4a", "#c8a878", "#6a3e2a", "#9a8a6a", "#4e3a2a"]
    clinic_shelves(R, rr, 40, 110, 300, 430, 4, frame="#6a4630", spines=warm, ring=True)
    # a framed print: a sea lion on a rock, of course not; a pear
    R.rect(1210, 130, 170, 140, "#4a3020")
    R.rect(1222, 142, 146, 116, "#e0c49a")
    R.path("M1295 170c-20 0 -26 30 -22 50c4 22 40 22 44 0c4 -20 -2 -50 -22 -50z", fill="#b8a050")
    R.line(1295, 170, 1300, 156, "#5a4030", 3)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    P.rect(1470, 520, 80, 90, "#8a5a3a")
    for a in (-40, -15, 15, 40):
        P.ellipse(1510 + a, 470 - abs(a) * 0.6, 16, 50, "#6a7a44", transform=f"rotate({a} {1510 + a} {470 - abs(a) * 0.6})")
    P.line(800, 0, 800, 96, "#2a1c14", 3)
    P.path("M740 136C740 86 860 86 860 136Z", fill="#c89a5a")
    # the chairs' backs behind the two of them
    for x in (700, 900):
        P.rect(x - 56, 300, 112, 14, "#5e3a24", rx=5)
        P.rect(x - 50, 300, 10, 220, "#4e3020")
        P.rect(x + 40, 300, 10, 220, "#4e3020")
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # Dave at the head of the table (the left end), side on, laughing politely with his glass
    dave = other_look("amber", "#5a5a48", "#3a2a1e", "short", build=1.12, hem=16)
    dv = person(F, "dave", 300, 508, dave, s=0.94,
                pose=pose2(facing=0.8, lean=-4, tilt=-4, legs="sit", reach_n=(380, 420), hand_n="hold", arm_f=(30, 80)),
                expr="smile", eyes="happy", mouth="smile", shadow=False)
    # Clementine, mid-story: the sea lion, flippers up and together, barking; her near foot hooked round his ankle
    clem = clem_look("amber", coat="#7a4a38", hem=16, hem_w=72)
    cpose = dict(facing=0.2, lean=-6, tilt=-14, legs="sit", leg_f=(84, -6), reach_n=(752, 352), hand_n="open",
                 reach_f=(742, 344), hand_f="open", arms_front=True)
    # Joel beside her, smiling too hard; his near hand under the table on her knee
    joel = joel_look("amber", hem=16, hem_w=74)
    jpose = dict(facing=-0.3, lean=6, tilt=4, legs="sit", leg_n=(84, 4), leg_f=(88, -4), arm_f=(4, 20), hand_f="open")
    # her near leg reaching over to hook his ankle
    cl = person(F, "clementine", 720, 512, clem, s=0.94,
                pose=pose2(**cpose, leg_n=(70, 40)), expr="laugh", eyes="closed", mouth="laugh", shadow=False)
    jl = person(F, "joel", 906, 508, joel, s=0.98, pose=pose2(**jpose, reach_n=(cl["knee_n"][0] + 8, cl["knee_n"][1] - 4),
                hand_n="open"), expr="smile", mouth="laugh", eyes="open", brows="worried", shadow=False)
    # Nora at the right end, side on, her fork stopped halfway to her mouth
    nora = other_look("amber", "#8a6a4a", "#4a2e22", "ponytail", female=True, build=0.88, blush="#d08068", hem=16)
    nr = person(F, "nora", 1300, 508, nora, s=0.92,
                pose=pose2(facing=-0.8, lean=4, tilt=0, legs="sit", reach_n=(1232, 352), hand_n="hold", arm_f=(40, 90)),
                expr="neutral", brows="raised", mouth="rest", shadow=False)
    fx, fy = nr["hand_n"]
    F.line(fx + 2, fy + 4, fx - 20, fy - 14, "#c8c8c0", 3)
    F.ellipse(fx - 22, fy - 16, 5, 3, "#e8d8a8")  # a grain of risotto on it
    # the table in front of them all: its top a band, a white cloth with a short drop, its legs; knees show below
    F.open(id="table")
    F.poly([(250, 424), (1350, 424), (1380, 452), (220, 452)], "#efe6d4")
    F.rect(220, 452, 1160, 26, "#e2d6c0")
    F.rect(220, 476, 1160, 4, "#c8b898")
    for x in (240, 1350):
        F.rect(x, 480, 16, 150, "#4e3020")
    for x in (540, 1060):
        plate(F, x, 440, 34, food="#e0c890")
    plate(F, 760, 440, 34, food="#e0c890")
    plate(F, 880, 442, 34, food="#e0c890")
    for x, lvl in ((590, 0.5), (810, 0.3), (940, 0.55), (1110, 0.4)):
        wine_glass(F, x, 440, 0.56, wine="#5e2226", level=lvl)
    bottle(F, 660, 440, "#2e3a2a", 0.8, label="#d8c8a0")
    bottle(F, 1000, 440, "#2e3a2a", 0.8, label="#d8c8a0")
    candle(F, 820, 442, 40, w=10)
    F.ellipse(460, 436, 40, 10, "#c8b08a")  # the risotto in its dish
    F.path("M424 436C424 412 496 412 496 436Z", fill="#e8d8a8")
    F.poly([(850, 448), (886, 446), (888, 474), (852, 476)], "#f8f6f0", transform="rotate(-6 868 460)")  # the polaroid
    F.rect(855, 450, 27, 18, "#a89a86", transform="rotate(-6 868 460)")
    F.close()
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 800, 136, 140, "#ffe0a0", 0.5)
    beam(Lt, [(744, 136), (856, 136), (1180, 430), (420, 430)], "#ffd898", 0.16, 0)
    glow(Lt, 820, 390, 90, "#ffe0a0", 0.4)
    glow(Lt, 800, 420, 460, "#ffc880", 0.14, 140)


@scene("flea_market", "summer")
def draw_flea_market(S: Scene):
    K = S.sky
    wall_sky(K, "#8fbcd2", "#f4dcaa", 470)
    rng = K.rng
    for _ in range(5):
        cx, cy = rng.uniform(0, W), rng.uniform(50, 200)
        for k in range(3):
            K.ellipse(cx + k * 46, cy + (k % 2) * 8, 70, 22, "#fbf2de", opacity=0.7)
    R = S.room
    rr = R.rng
    # a row of trees behind the market, the ground
    for i in range(16):
        x = i * 110 + rr.uniform(-20, 20)
        R.rect(x - 8, 300, 16, 180, "#7a5a3a")
        R.circle(x, 280 + rr.uniform(-20, 20), rr.uniform(70, 100), rr.choice(["#a0a058", "#8e9450", "#b0a860"]))
    # the school's parking lot: warm grey asphalt in the sun, faded white bays, a chalk hopscotch left from Friday
    R.rect(0, 470, W, 430, R.lin([(0, "#b8aa94"), (1, "#9a8e7c")], 0, 470, 0, 900))
    R.strokes([(x, 700, (x - 800) * 0.12, 200) for x in range(-100, W + 200, 180)], "#e8e2d2", 5, 0.55)
    R.line(0, 700, W, 700, "#e8e2d2", 5, opacity=0.55)
    for k in range(4):
        R.rect(1380 + (k % 2) * 34, 760 - k * 30, 34, 30, "none", stroke="#f0ece0", stroke_width=3, opacity=0.5)
    # the stalls at the back: awnings, tables, their odds and ends
    stalls = [(40, "#c87a5a"), (560, "#8a9a6a"), (1080, "#c8a050")]
    for x, c in stalls:
        R.rect(x + 10, 250, 8, 250, "#6a4a34")
        R.rect(x + 462, 250, 8, 250, "#6a4a34")
        R.rect(x + 20, 400, 440, 16, "#e8d8b8")
        R.rect(x + 20, 416, 440, 70, dark("#e8d8b8", 0.1))
    R.rect(90, 330, 70, 70, "#a88a6a", rx=6)  # first stall: a suitcase, a lampshade, books
    R.path("M112 330v-10h26v10", stroke="#6a5440", stroke_width=4)
    R.strokes([(104, 332, 0, 66), (146, 332, 0, 66)], "#7a6450", 4, 1)
    R.poly([(200, 400), (260, 400), (250, 350), (210, 350)], "#e8c898")
    R.rect(226, 360, 8, 40, "#6a5a4a")
    for i, c in enumerate(("#8a5a3a", "#c8b08a", "#6a6a5a", "#b07a4a")):
        R.rect(300 + i * 22, 350 - (i % 2) * 8, 18, 50 + (i % 2) * 8, c)
    R.rect(400, 340, 40, 60, "#9a8a70", rx=4)  # a biscuit tin
    R.ellipse(420, 340, 20, 5, "#b8a888")
    R.path("M620 250v150M620 260h120", stroke="#6a5a4a", stroke_width=4)  # second stall: a rack of shirts
    for i, c in enumerate(("#c8a880", "#8a7a6a", "#e0d0b0", "#a06a50", "#7a8a7a")):
        R.path(f"M{630 + i * 22} 262l-10 8l4 70l28 0l4 -70l-10 -8z", fill=c)
    for i in range(3):
        R.ellipse(800 + i * 60, 396, 24, 8, "#c8b898")
        R.rect(784 + i * 60, 356, 32, 40, ["#b8a088", "#9a8a78", "#d0b890"][i], rx=4)
    R.circle(1200, 370, 26, "#d8c8a0")  # third stall: a clock, a typewriter, a lamp
    R.circle(1200, 370, 20, "#f0e6cc")
    R.line(1200, 370, 1200, 356, "#5a4a3a", 2)
    R.line(1200, 370, 1210, 374, "#5a4a3a", 2)
    R.rect(1280, 364, 90, 36, "#4a4a44", rx=6)
    R.rect(1290, 352, 70, 14, "#5a5a50")
    R.poly([(1420, 400), (1470, 400), (1460, 340), (1430, 340)], "#d8b888")
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    for x, c in stalls:
        awning(P, x, 200, 480, 56, "#efe2c6", c, stripes=8)
    # bunting across the top
    P.path("M0 60Q400 130 800 70T1600 60", stroke="#8a6a4a", stroke_width=2)
    colours = ["#d8a070", "#a8b080", "#e8d0a0", "#c88a7a", "#b8a8c0"]
    for i in range(26):
        t = (i + 0.5) / 26
        x = t * W
        if t < 0.5:
            _, y = spline_pt((0, 60), (400, 130), (800, 70), t * 2)
        else:
            _, y = spline_pt((800, 70), (1200, 10), (1600, 60), (t - 0.5) * 2)
        P.poly([(x - 16, y), (x + 16, y), (x, y + 34)], colours[i % len(colours)])
    # the mug stall in front: a table full of mugs, and crates of records on the ground
    P.rect(180, 520, 480, 16, "#e6d6b6")
    P.rect(180, 536, 480, 90, "#d8c8a4")
    P.rect(180, 536, 480, 8, "#c0ae88")
    mugs = ["#d8cfbc", "#a8b8a0", "#c89a78", "#e8dcc0", "#8a9aa8", "#c8b070", "#b08a80", "#e0e0d8", "#9a8a6a"]
    for i in range(7):
        mug(P, 300 + i * 46, 520, mugs[i], 0.62)
    for i in range(4):
        mug(P, 326 + i * 60, 488 - (i % 2) * 4, mugs[(i + 4) % 9], 0.54)
    P.rect(580, 470, 70, 50, "#b89a70")  # a cardboard tray of spoons
    for k in range(5):
        P.line(590 + k * 12, 470, 588 + k * 12, 452, "#a8a8a0", 3)
    # a tin of odd buttons, exactly like the one in his grandmother's attic
    P.ellipse(226, 514, 36, 10, "#8a8c90")
    P.ellipse(226, 508, 36, 10, "#b8bcc0")
    P.ellipse(226, 508, 31, 8, "#6a6c70")
    dots(P, [(212, 506), (224, 504), (238, 508), (218, 511), (232, 512), (244, 505)], "#d8a070", 7, 1)
    dots(P, [(206, 509), (230, 506), (240, 511), (221, 507)], "#8aa0b8", 6, 1)
    P.ellipse(262, 496, 36, 10, "#c8ccd0", transform="rotate(-24 262 496)")  # its lid
    record_crate(P, rr, 1090, 650, 160, 96)
    record_crate(P, rr, 1270, 650, 160, 96, wood="#b88a5a")
    record_crate(P, rr, 1180, 560, 150, 84, wood="#9a6e48")
    P.rect(1450, 600, 90, 50, "#c8a878", rx=4)
    P.circle(1495, 580, 26, "#2e2a28")
    P.circle(1495, 580, 8, "#c8a070")
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # the mug's owner asleep in a lawn chair beside his table
    P.rect(60, 536, 110, 10, "#c8ccc8")  # the chair's aluminium frame and its webbing
    for k in range(4):
        P.rect(86 + k * 18, 430, 12, 110, ("#7a9a8a", "#e8dcc0")[k % 2])
    P.line(162, 426, 162, 546, "#c8ccc8", 5)
    P.line(80, 426, 80, 546, "#c8ccc8", 5)
    P.line(70, 546, 52, 640, "#c8ccc8", 5)
    P.line(166, 546, 184, 640, "#c8ccc8", 5)
    sleeper = other_look("summer", "#a89a80", "#8a8a84", "bald", trousers="#6a6458", build=1.08, hem=18, hem_w=84)
    person(F, "vendor", 124, 536, sleeper, s=0.86,
           pose=pose2(facing=0.3, lean=-18, tilt=34, turn=0.5, legs="sit", leg_n=(70, 30), leg_f=(76, 20),
                      reach_n=(150, 540), hand_n="open", reach_f=(110, 546), hand_f="open", arms_front=True),
           expr="asleep", mouth="afraid", shadow=False)
    # Clementine with the mug in both hands, close to her face: a blue stripe, slightly off-centre, still whole
    clem = clem_look("summer", skirt=(110, 140), legs=light(ERA["summer"]["skin"], 0.05), skirt_col="#b8a47a", bare_arms=True)
    cpose = dict(facing=0.35, lean=0, tilt=14, legs="stand", leg_n=(4, 0), leg_f=(-8, -4))
    probe = person(Layer("flea_market", "probe"), "p", 800, 452, clem, s=0.95, pose=pose2(**cpose))
    nx, ny = probe["neck"]
    mx, my = nx + 36, ny + 52
    cl = person(F, "clementine", 800, 452, clem, s=0.95,
                pose=pose2(**cpose, reach_n=(mx + 16, my + 6), hand_n="hold", reach_f=(mx - 18, my + 8), hand_f="hold",
                           arms_front=True),
                expr="smile", eyes="down", mouth="smile", brows="raised")
    F.open(id="mug")
    F.rect(mx - 17, my - 22, 34, 40, "#e8e0cc", rx=3)
    F.rect(mx - 17, my - 10, 34, 7, "#6a8aaa", transform=f"rotate(-3 {n(mx)} {n(my - 6)})")
    F.ellipse(mx, my - 22, 17, 4, "#b8b0a0")
    F.close()
    for side in ("hand_n", "hand_f"):  # her fingers round it again, over the mug
        hx, hy = cl[side]
        F.ellipse(hx, hy, 8, 6, clem["skin"])
    # Joel carrying what she has saved so far: the puzzle box held to his chest, the pineapple lamp in his other hand
    joel = joel_look("summer", hem=14, hem_w=72)
    puzzle = [(rect_poly(952, 346, 92, 62), "#c8a878"), (rect_poly(960, 354, 76, 46), "#8aa0a8"),
              ([(964, 396), (984, 372), (1004, 386), (1024, 366), (1030, 396)], "#a0a870")]
    jl = person(F, "joel", 1020, 452, joel, s=1.0,
                pose=pose2(facing=-0.45, lean=-4, tilt=6, reach_n=(960, 396), hand_n="hold", reach_f=(1098, 470),
                           hand_f="hold", leg_n=(6, 0), leg_f=(-4, 0)),
                expr="smile", mouth="wry", brows="raised", gaze=(-0.5, 0.2), held=puzzle)
    lx, ly = jl["hand_f"]
    F.open(id="pineapple_lamp")
    F.rect(lx - 7, ly - 4, 14, 30, "#b0a888")
    F.ellipse(lx, ly + 28, 18, 6, "#9a9278")
    F.ellipse(lx, ly - 30, 20, 28, "#d8b050")
    F.path(f"M{n(lx - 12)} {n(ly - 44)}l24 24M{n(lx + 12)} {n(ly - 44)}l-24 24M{n(lx - 16)} {n(ly - 26)}l18 18M{n(lx + 16)} {n(ly - 26)}l-18 18",
           stroke="#b08a30", stroke_width=2)
    for a in (-30, 0, 30):
        F.ellipse(lx + a * 0.3, ly - 66, 5, 16, "#7a9a5a", transform=f"rotate({a} {n(lx + a * 0.3)} {n(ly - 58)})")
    F.close()
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 1440, 20, 420, "#fff0c8", 0.35, 340)
    beam(Lt, [(1200, 0), (1600, 0), (1000, 900), (500, 900)], "#fff4d8", 0.12, 0, axis=(1400, 0, 750, 900))


def whale_print(F: Layer, fig, s, col, facing=1):
    """A small wordless whale printed on the chest of a T-shirt (a figure drawn a moment ago)."""
    (nx, ny), (hx, hy) = fig["neck"], fig["hip"]
    cx, cy = nx + (hx - nx) * 0.42, ny + (hy - ny) * 0.42
    k = s * facing
    F.open(id="whale", transform=f"translate({n(cx)} {n(cy)}) scale({n(k)} {n(s)})")
    F.path("M-22 2C-20 -12 6 -16 18 -6C22 -3 24 2 22 6C10 12 -12 12 -22 2Z", fill=col)
    F.path("M-20 0L-32 -8L-30 2L-34 10Z", fill=col)  # the tail
    F.path("M8 -14q-2 -8 4 -12M10 -14q4 -6 10 -6", stroke=col, stroke_width=2)  # its spout
    F.circle(12, -2, 1.6, "#f4f0e6")
    F.close()


@scene("hair_dye", "summer")
def draw_hair_dye(S: Scene):
    # her bathroom on a hot Sunday in August: a tub with feet; Clementine sits on its edge in her whale T-shirt with
    # the dye in, gloves on; Joel holds the towel round her shoulders like a cornerman. The timer on the sink.
    wall_sky(S.sky, "#ecd6a8", "#d8b886")
    R = S.room
    # tiles up to shoulder height, the floor in small tiles
    R.rect(0, 340, W, 300, "#efe4c8")
    segs = [(0, 340 + j * 40, W, 0) for j in range(8)] + [(i * 40, 340, 0, 300) for i in range(41)]
    R.strokes(segs, "#d8c8a4", 2, 0.8)
    R.rect(0, 332, W, 10, "#d8c090")
    floor(R, 640, "#c8b08a", "#d8c49c", "#b89c78", (800, 300), 10, 0.35)
    # the mirror over the sink (steamed at the edges), the small high window, the curtain rail
    R.rect(170, 110, 280, 210, "#b89a6a", rx=10)
    R.rect(182, 122, 256, 186, R.lin([(0, "#dfe6e0"), (1, "#b8c4c0")], 0, 122, 0, 308), rx=6)
    R.poly([(210, 140), (270, 140), (206, 230)], "#ffffff", opacity=0.35)
    R.ellipse(310, 300, 120, 30, "#ffffff", opacity=0.22)
    window(R, 1180, 120, 180, 130, "#f4ecd8", [(0, "#f8c880"), (1, "#f4a868")], bars=(1, 0), frame_w=9, sill=False)
    R.line(540, 96, 1320, 96, "#b8a888", 6)
    R.path("M640 98C620 240 660 380 600 520L540 520L540 98Z", fill="#e8b89a")  # the curtain, pulled back
    for k in range(3):
        R.line(552 + k * 24, 104, 548 + k * 20, 514, "#d49a7a", 3, opacity=0.7)
    # the tub with feet: a deep white bath along the back wall, its rolled rim, four claw feet
    R.path("M600 520H1300C1300 580 1276 622 1220 626H680C624 622 600 580 600 520Z", fill="#f4efe4")
    R.path("M620 552C636 600 660 614 700 618H1200C1240 614 1266 600 1282 552", stroke="#e0d8c8", stroke_width=6)
    R.rect(588, 506, 724, 22, "#fbf8f2", rx=11)
    for fx in (680, 1220):
        R.path(f"M{fx - 20} 618q4 18 -10 30h30q-4 -14 4 -30z", fill="#c8a860")
    R.rect(640, 470, 10, 40, "#c8c8c4")  # the taps
    R.path("M644 474q0 -26 30 -26h20", stroke="#c8c8c4", stroke_width=8)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the sink on its pedestal, teal splashes where the dye went, the kitchen timer on its rim
    P.rect(290, 486, 60, 154, "#f0ece4")
    P.path("M170 440H470Q470 500 410 506H230Q170 500 170 440Z", fill="#f7f4ee")
    P.rect(166, 430, 308, 14, "#fbfaf6", rx=6)
    P.ellipse(320, 440, 110, 8, "#e0ddd4")
    P.rect(310, 404, 20, 30, "#c8c8c4", rx=4)
    P.rect(310, 404, 50, 8, "#c8c8c4", rx=4)
    for x, y, r in ((270, 440, 10), (362, 442, 6), (382, 436, 4), (440, 460, 5), (236, 380, 5), (540, 660, 4)):
        P.ellipse(x, y, r * 1.3, r * 0.8, "#3fb0a4", opacity=0.7)
    P.circle(420, 414, 16, "#e8e0d0")  # the timer
    P.circle(420, 414, 11, "#f8f4ea")
    P.line(420, 414, 426, 406, "#c84a3a", 2)
    P.rect(414, 428, 12, 4, "#c8b890")
    # on the shelf under the mirror: a cup of toothbrushes, the box the dye came in
    P.rect(180, 322, 260, 8, "#c8d0cc", opacity=0.8)
    P.rect(200, 290, 30, 32, "#c8d8e0", rx=4)
    P.line(208, 290, 202, 266, "#e8a890", 4)
    P.line(220, 290, 226, 268, "#a8c0a0", 4)
    P.rect(370, 270, 56, 52, "#f0ece0")
    P.rect(370, 284, 56, 16, "#5fb8ac", opacity=0.8)
    # the bottle of dye on the tub's rim, the instructions unfolded beside it
    P.rect(880, 454, 26, 56, "#f4f0e6", rx=4)
    P.rect(886, 440, 14, 16, "#3a9a90")
    P.rect(880, 470, 26, 20, "#7ab8b0")
    P.poly([(918, 508), (996, 502), (1000, 512), (920, 516)], "#fbfaf4")
    P.strokes([(926 + k * 12, 508, 8, -0.6) for k in range(6)], "#9a9a90", 1.6, 0.8)
    # a bath mat
    P.rect(760, 660, 260, 60, "#b8c8a8", rx=14)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # Clementine sitting on the edge of the tub, the dye in her hair, gloved hands up at it, laughing at the mirror
    clem = clem_look("summer", coat="#c8d6da", shirt=None, trousers="#5a6470", hem=10, hem_w=64, bare_arms=True, shine=True)
    cpose = dict(facing=-0.5, lean=4, tilt=-6, legs="sit", leg_n=(84, 6), leg_f=(92, -4), reach_n=(1082, 552), hand_n="open")
    probe = person(Layer("hair_dye", "probe"), "probe", 1150, 524, clem, s=0.96, pose=pose2(**cpose))
    hx, hy = probe["head"]
    cl = person(F, "clementine", 1150, 524, clem, s=0.96, pose=pose2(**cpose, reach_f=(hx + 22, hy - 4), hand_f="open"),
                expr="laugh", eyes="open", mouth="laugh", gaze=(-0.6, 0))
    whale_print(F, cl, 0.96, "#4a6a8a", facing=-1)
    towel_on(F, cl, "#f8f4ea", stripe="#d0b090", s=0.96)
    # her gloves: dark, the fingers teal with dye
    for h in (cl["hand_n"], cl["hand_f"]):  # thin plastic gloves, the fingertips teal
        F.circle(h[0], h[1], 12, "#eef4f2", opacity=0.45)
        dots(F, [(h[0] - 5, h[1] - 6), (h[0] + 4, h[1] - 8)], "#3fb0a4", 6, 0.85)
    hx, hy = cl["head"]
    r_x, r_y = cl["head_r"]
    F.open(id="drips")
    F.path(f"M{n(hx - r_x * 0.9)} {n(hy - r_y * 0.5)}q{n(-r_x * 0.2)} {n(r_y * 0.8)} {n(r_x * 0.1)} {n(r_y * 1.3)}",
           stroke=dark(HAIR["summer"], 0.3), stroke_width=n(r_x * 0.12), opacity=0.7)
    dots(F, [(hx - r_x * 0.8, hy + r_y * 0.9)], HAIR["summer"], 5, 0.9)
    F.close()
    # Joel beside the tub, bent a little, holding the towel round her shoulders in both hands like a cornerman
    nx, ny = cl["neck"]
    jl = person(F, "joel", 1290, 430, joel_look("summer", coat="#8a8c88", hem=12, hem_w=72, shirt="#c8c6bc"), s=1.0,
                pose=pose2(facing=-0.55, lean=16, tilt=18, reach_n=(nx + 26, ny + 30), hand_n="hold", reach_f=(nx + 40, ny + 64),
                           hand_f="hold"),
                expr="neutral", eyes="down", brows="worried", mouth="rest")
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    beam(Lt, [(1180, 250), (1360, 250), (1100, 760), (560, 760)], "#ffd9a0", 0.2, 0)
    glow(Lt, 1270, 190, 240, "#ffd49a", 0.3)
    glow(Lt, 320, 60, 260, "#fff4dc", 0.3, 120)


@scene("night_swim", "summer")
def draw_night_swim(S: Scene):
    K = S.sky
    K.rect(0, 0, W, 470, K.lin([(0, "#0a1230"), (1, "#2c3460")], 0, 0, 0, 430))
    K.rect(0, 468, W, H - 468, "#2c3460")
    stars(K, K.rng, 140, (0, 0, W, 380))
    K.circle(1330, 110, 38, "#f4ecd4")
    R = S.room
    rr = R.rng
    # trees behind the fence, the fence, the pool house, the deck
    crowns = [(i * 70 + rr.uniform(-16, 16), 340 + rr.uniform(-30, 20), rr.uniform(50, 90)) for i in range(24)]
    R.poly(treeline(crowns, 480), "#0f1d1e")
    # the pool house: a flat roof, a barred window, the changing-room door under a caged lamp left on
    R.rect(1120, 300, 420, 180, "#2a3040")
    R.rect(1110, 288, 440, 16, "#20263a")
    R.rect(1150, 336, 100, 56, "#16202c")
    R.strokes([(1150 + k * 20, 336, 0, 56) for k in range(1, 5)], "#3a4458", 3, 1)
    R.rect(1400, 350, 70, 130, "#1c2230")
    R.circle(1458, 418, 4, "#8a94a4")
    R.rect(1422, 326, 26, 16, "#f0e6b8", rx=5)
    R.strokes([(1428 + k * 7, 326, 0, 16) for k in range(3)], "#5a6070", 2, 1)
    chain_fence(R, -20, W + 20, 250, 480, post="#3a4252", mesh="#6a7488", op=0.4, gap=44, posts=200)
    # the pool: glowing water, its coping, lane ropes running towards us, a ladder
    far, near = 560, 900
    coping = [(150, far - 26), (1450, far - 26), (1700, near + 10), (-100, near + 10)]
    water = [(176, far), (1424, far), (1660, near + 10), (-60, near + 10)]
    R.path(f"M0 470H{W}V{H}H0Z M{pts(coping).replace(' ', ' L')}Z", fill=R.lin([(0, "#2e3446"), (1, "#222838")], 0, 470, 0, 900),
           fill_rule="evenodd")
    R.path(f"M{pts(coping).replace(' ', ' L')}Z M{pts(water).replace(' ', ' L')}Z", fill="#8890a0", fill_rule="evenodd")
    R.poly(water,
           R.lin([(0, "#0c2c4c"), (0.35, "#185a8c"), (1, "#3a90c8")], 0, far, 0, near))
    R.rect(176, far - 4, 1248, 8, "#0c2a48", opacity=0.8)
    for i in range(1, 6):
        t = i / 6
        xa = 176 + 1248 * t
        xb = -60 + 1720 * t
        dots(R, [(xa + (xb - xa) * k / 18, far + (near - far) * k / 18) for k in range(19)], "#d8e0e8", 6 + 4 * t, 0.7)
    R.ellipse(940, 592, 170, 60, R.rad([(0, "#0a2440", 0.7), (1, "#0a2440", 0)], 940, 592, 170, 60))
    # caustic ripples of light on the water
    segs = []
    for _ in range(60):
        y = rr.uniform(far + 10, near)
        t = (y - far) / (near - far)
        x = rr.uniform(176 - 236 * t + 10, 1424 + 236 * t - 70)
        segs.append((x, y, rr.uniform(20, 60), rr.uniform(-3, 3)))
    R.strokes(segs, "#9ad4f4", 2.4, 0.45)
    # the ladder at the shallow end, near him
    R.rect(460, far - 90, 8, 100, "#c8d0d8")
    R.rect(506, far - 90, 8, 100, "#c8d0d8")
    for k in range(3):
        R.rect(464, far - 10 + k * 26, 46, 5, "#c8d0d8", opacity=0.7)
    R.path(f"M468 {far - 80}q20 24 42 0", stroke="#9aa2ae", stroke_width=3)
    # the diving board at the deep end: its stand on the far deck, the board running out over the water towards us
    R.poly([(1026, far - 56), (1094, far - 56), (1100, far - 30), (1020, far - 30)], "#6a7484")  # the stand
    for sx in (1022, 1098):  # its two curved hand rails
        R.path(f"M{sx} {far - 30}V{far - 70}q0 -14 {n((sx - 1060) * -0.2)} -14", stroke="#d8dee6", stroke_width=5)
    R.poly([(1042, far - 48), (1078, far - 48), (1090, far + 14), (1030, far + 14)], "#eef0f2")  # the board, towards us
    R.poly([(1030, far + 14), (1090, far + 14), (1090, far + 24), (1030, far + 24)], "#8a94a4")
    R.poly([(1042, far - 48), (1078, far - 48), (1080, far - 38), (1040, far - 38)], "#c8ced6")
    R.ellipse(1060, far + 90, 60, 8, "#0a2440", opacity=0.35)  # its shadow on the water
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the lifeguard's chair, empty; their clothes and shoes left on the deck; her earring on the edge
    P.rect(140, 300, 90, 14, "#d8d4c8")
    P.rect(140, 250, 14, 64, "#d8d4c8")
    P.line(130, 534, 160, 314, "#d8d4c8", 8)
    P.line(240, 534, 214, 314, "#d8d4c8", 8)
    P.line(140, 440, 234, 440, "#d8d4c8", 5)
    P.path("M380 534c0 -30 30 -40 70 -34c30 4 40 20 40 34z", fill="#6a6a72")
    P.path("M420 532c-4 -20 30 -28 50 -16l10 16z", fill="#b8a888")
    P.ellipse(520, 530, 22, 8, "#d8d0c0")
    P.ellipse(552, 532, 22, 8, "#d8d0c0")
    for x in (300, 800, 1300):  # the underwater lights, on for nobody
        P.ellipse(x, far + 36, 14, 7, "#e8f8ff")
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # her head up in the deep end under the board, wet hair, an arm out: "Are you coming in, or supervising?"
    clem = clem_look("summer", coat="#2e4a5e", trousers="#2e4a5e", hem=10, hem_w=70, shirt=None, shine=True, bare_arms=True)
    person(F, "clementine", 1060, 760, clem, s=0.9,
           pose=pose2(facing=-0.4, lean=-4, tilt=-10, arm_n=(140, 170), hand_n="open", arm_f=(-84, -96), hand_f="open"),
           expr="laugh", mouth="talk", gaze=(-0.6, -0.4), cut=650, shadow=False)
    # Joel on the deck by the ladder in his shirt and trousers, one hand at the back of his neck: supervising
    jl = person(F, "joel", 600, 370, joel_look("summer", coat="#c8c6bc", shirt="#e0ddd4", hem=8, hem_w=64, trousers="#4a4c4e"),
                s=0.78, pose=pose2(facing=0.6, lean=-2, tilt=6, reach_n=(584, 236), hand_n="open", arm_f=(-4, 10),
                                   hand_f="fist", leg_n=(6, 0), leg_f=(-6, 0)),
                expr="smile", brows="worried", mouth="wry")
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 800, 830, 820, "#5ab4e8", 0.34, 230)
    glow(Lt, 800, 700, 420, "#8ad0f8", 0.2, 110)
    for k, (rx, ry) in enumerate(((60, 10), (96, 16), (136, 22))):
        Lt.ellipse(1052, 652, rx, ry, "none", stroke="#c8ecff", stroke_width=3, stroke_opacity=round(0.5 - k * 0.14, 2))
    glow(Lt, 1330, 110, 140, "#f4ecd4", 0.25)
    glow(Lt, 1435, 336, 60, "#f0e6b8", 0.4)
