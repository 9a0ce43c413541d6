"""The early memories (scenes/03a_early.yaml), lived after the turn."""

from __future__ import annotations

from ..kit import *


@scene("new_year", "winter")
def draw_new_year(S: Scene):
    K = S.sky
    # the night to the right of the building; the building's wall itself is part of the opaque background
    K.rect(1090, 0, W - 1090, H, K.lin([(0, "#070e1c"), (1, "#23314e")], 0, 0, 0, 640))
    K.rect(0, 0, 1110, H, "#474c5c")
    stars(K, K.rng, 50, (1120, 0, W, 400), rmax=1.8)
    skyline(K, K.rng, 1090, W, 910, 330, 600, "#141b2b", win="#b8ae8a", win_p=0.14)
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
    clem = clem_look("winter", coat="#464e60", hem=16, hem_w=76)
    sit = pose(ll=(-34, 4), rl=(34, -4), thigh_k=0.55)
    cl = figure(F, "clementine", 490, 530, clem, s=0.9, p=pose(sit, tilt=-10), facing=0.35,
                eyes="up", mouth="open", brows="raised", reach_w={"r": (520, 392), "l": (452, 560)}, shadow=False)
    figure(F, "joel", 650, 534, joel_look("winter", scarf="#5d6878", hem=14, hem_w=74), s=0.94, p=pose(sit, tilt=-8),
           facing=-0.35, eyes="open", mouth="smile", brows="flat", reach_w={"l": (604, 568), "r": (694, 568)},
           shadow=False)
    hx, hy = cl["head"]
    mx, my = hx + 8, hy + 20
    F.open(id="noisemaker")
    F.poly([(mx - 3, my - 1), (mx + 2, my + 3), (mx + 48, my - 30), (mx + 38, my - 42)], "#c8b27a")
    for k in (0.35, 0.7):
        F.line(mx + 43 * k - 4, my - 36 * k - 4, mx + 43 * k + 3, my - 36 * k + 4, "#8a7a9a", 3)
    F.path(f"M{n(mx + 44)} {n(my - 36)}c20 -16 44 -6 36 12c-6 12 -22 6 -16 -4", stroke="#d8cfb8", stroke_width=6)
    F.close()
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 550, 250, 340, "#f4c890", 0.3, 200)
    beam(Lt, [(248, 402), (852, 402), (980, 640), (150, 640)], "#f0c088", 0.2, 0)
    for cx, cy, r, c in fw:
        glow(Lt, cx, cy, r * 1.5, c, 0.22)


@scene("first_snow", "winter")
def draw_first_snow(S: Scene):
    K = S.sky
    wall_sky(K, "#0a1120", "#2a3754", 520)
    R = S.room
    rr = R.rng
    # a row of sleeping houses across the street, two windows still lit
    x = -20
    i = 0
    while x < W:
        w = rr.uniform(170, 260)
        h = rr.uniform(250, 360)
        col = rr.choice(["#1d2638", "#232d42", "#1a2233"])
        R.rect(x, 520 - h, w, h, col)
        R.rect(x - 6, 520 - h - 14, w + 12, 16, dark(col, 0.2))
        R.rect(x - 6, 520 - h - 18, w + 12, 6, "#a8b6ca", opacity=0.8)
        for r_ in range(2):
            for c in range(2):
                wx, wy = x + 30 + c * (w - 60) / 2 + 10, 520 - h + 50 + r_ * 110
                lit = (i * 4 + r_ * 2 + c) in (5, 18)
                R.rect(wx, wy, 44, 64, "#c8b07a" if lit else "#121a28", opacity=0.85 if lit else 1)
                R.rect(wx - 4, wy + 64, 52, 5, "#a8b6ca", opacity=0.8)
        R.rect(x + w / 2 - 26, 420, 52, 100, dark(col, 0.25))
        x += w
        i += 1
    # the sidewalk and the street, snow settling on both
    R.rect(0, 518, W, 44, "#8a98b0")
    R.rect(0, 560, W, 14, "#4a566c")
    R.rect(0, 574, W, 326, R.lin([(0, "#5c6a84"), (1, "#3e4a62")], 0, 574, 0, 900))
    for _ in range(16):
        R.ellipse(rr.uniform(0, W), rr.uniform(600, 890), rr.uniform(80, 220), rr.uniform(5, 12), "#8a9ab4", opacity=0.3)
    lamps = []
    for x in (180, 820, 1460):
        lamps.append(streetlamp(R, x, 540, 360, col="#151c2a", head="#f2e6c0", arm=1 if x < 1400 else -1))
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # a parked car under its first snow, a hydrant with a cap of snow, a mailbox
    P.path("M1060 566C1060 520 1090 500 1140 496C1170 450 1210 440 1300 440C1360 440 1400 470 1420 500"
           "C1470 504 1500 530 1500 566Z", fill="#b8c4d6")
    P.rect(1080, 540, 400, 24, "#3a4456")
    P.circle(1130, 566, 24, "#1a1f28")
    P.circle(1420, 566, 24, "#1a1f28")
    P.rect(540, 508, 28, 46, "#4a5468", rx=6)
    P.ellipse(554, 506, 18, 8, "#d8e2ee")
    P.rect(290, 470, 60, 82, "#39445a", rx=10)
    P.ellipse(320, 470, 32, 8, "#d8e2ee")
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    clem = clem_look("winter", coat="#4b5366")
    figure(F, "clementine", 760, 462, clem, s=0.95, p=pose(la=(-26, -100), ra=(26, 100), tilt=-16, lean=-4),
           facing=0.1, eyes="closed", mouth="open", brows="raised")
    figure(F, "joel", 1000, 458, joel_look("winter", scarf="#5d6878"), s=1.0, p=POCKETS, facing=-0.5,
           eyes="open", mouth="smile", brows="raised")
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    for lx, ly in lamps:
        beam(Lt, [(lx - 16, ly), (lx + 16, ly), (lx + 170, 600), (lx - 170, 600)], "#f2e8c8", 0.14, 0.02)
        glow(Lt, lx, ly + 4, 60, "#fff4d8", 0.7)
        glow(Lt, lx, 590, 230, "#e8dcc0", 0.16, 40)
    snowfall(Lt, Lt.rng, 260, (0, 0, W, 760))
    snowfall(Lt, Lt.rng, 50, (0, 0, W, 800), sizes=(8, 10), ops=(0.35, 0.6))


@scene("meeting_friends", "amber")
def draw_meeting_friends(S: Scene):
    wall_sky(S.sky, "#9c6a44", "#744a30")
    R = S.room
    rr = R.rng
    floor(R, 610, "#3a2618", "#56391f", "#2e1e12", (800, 320), 12, 0.25)
    baseboard(R, 612, "#4e3220")
    # their apartment: a big window on the night city, shelves full of books and records, a print, a plant
    window(R, 560, 90, 480, 270, "#5a3a26", [(0, "#161a2a"), (1, "#2e2e40")], bars=(2, 0), frame_w=10)
    dots(R, [(rr.uniform(570, 1030), rr.uniform(230, 350)) for _ in range(40)], "#e8c890", 5, 0.6)
    for i in range(6):
        bx = 570 + i * 78 + rr.uniform(-10, 10)
        R.rect(bx, 360 - rr.uniform(60, 150), 62, 200, "#1e1e2a", opacity=0.8)
    R.rect(560, 360, 480, 10, "#1e1e2a")
    warm = ["#8a4e34", "#b8895a", "#d8c09a", "#5e4a36", "#a0643e", "#7a6a4a", "#c8a878", "#6a3e2a", "#9a8a6a", "#4e3a2a"]
    clinic_shelves(R, rr, 60, 120, 380, 430, 4, frame="#6a4630", spines=warm, ring=True)
    R.rect(1180, 150, 200, 150, "#4a3020")
    R.rect(1192, 162, 176, 126, "#c89a6a")
    R.circle(1280, 225, 40, "#9a5a3a")
    R.rect(1180, 225, 200, 63, "#7a6a4a", opacity=0.7)
    # the table and its cloth
    table_front(R, 420, 1180, 470, 530, 110, "#6e4630", "#5e3a26", shade="#4e3020")
    for x in (290, 1310):
        R.rect(x - 50, 516, 100, 20, "#5e3a24")
        R.rect(x - 50, 536, 12, 76, "#4e3020")
        R.rect(x + 38, 536, 12, 76, "#4e3020")
    R.rect(236, 380, 16, 140, "#5e3a24")
    R.rect(1348, 380, 16, 140, "#5e3a24")
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    P.rect(1470, 520, 80, 90, "#8a5a3a")
    for a in (-40, -15, 15, 40):
        P.ellipse(1510 + a, 470 - abs(a) * 0.6, 16, 50, "#6a7a44", transform=f"rotate({a} {1510 + a} {470 - abs(a) * 0.6})")
    P.line(800, 0, 800, 110, "#2a1c14", 3)
    P.path("M740 150C740 100 860 100 860 150Z", fill="#c89a5a")
    for x in (540, 680, 880, 1060):
        plate(P, x, 500, 40, food="#8a5a3a")
    for x, lvl in ((598, 0.5), (756, 0.3), (960, 0.55), (1120, 0.4), (474, 0.5)):
        wine_glass(P, x, 494, 0.62, wine="#5e2226", level=lvl)
    bottle(P, 820, 494, "#2e3a2a", 0.85, label="#d8c8a0")
    candle(P, 860, 496, 46, w=10)
    P.ellipse(640, 488, 36, 9, "#c8b08a")
    P.path("M604 488C604 462 676 462 676 488Z", fill="#d8c8a0")
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    nora = other_look("amber", "#8a6a4a", "#4a2e22", "ponytail", female=True, build=0.88, blush="#d08068", hem=16)
    glass = {"r": [(ellipse_poly(0, -30, 12, 16, 12), "#e8e4dc"), (ellipse_poly(0, -24, 10, 9, 12), "#5e2226"),
                   (rect_poly(-1.5, -16, 3, 26), "#e8e4dc")]}
    figure(F, "nora", 290, 506, nora, s=0.92, p=pose(SIT_R, tilt=8, la=(-6, 10)), facing=0.55, eyes="open",
           mouth="grin", brows="raised", reach={"r": (66, -96)}, hold=glass, shadow=False)
    dave = other_look("amber", "#5a5a48", "#3a2a1e", "short", build=1.12, hem=16)
    figure(F, "dave", 620, 520, dave, s=1.0, p=pose(tilt=10, lean=4), facing=0.4, eyes="closed", mouth="grin",
           brows="raised", cut=476, shadow=False)
    clem = clem_look("amber", coat="#7a4a38", hem=16, hem_w=72)
    figure(F, "clementine", 900, 516, clem, s=0.94, p=pose(tilt=-6), facing=-0.2, eyes="open", mouth="talk",
           brows="raised", cut=476, reach_w={"l": (782, 372), "r": (1018, 360)}, shadow=False)
    figure(F, "joel", 1310, 506, joel_look("amber", hem=16, hem_w=74), s=0.98, p=pose(SIT_L, tilt=-10),
           facing=-0.55, eyes="side", mouth="wry", brows="raised", reach_w={"l": (1190, 470)}, shadow=False)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 800, 150, 140, "#ffe0a0", 0.5)
    beam(Lt, [(744, 150), (856, 150), (1180, 520), (420, 520)], "#ffd898", 0.18, 0)
    glow(Lt, 860, 440, 90, "#ffe0a0", 0.4)
    glow(Lt, 800, 480, 440, "#ffc880", 0.16, 120)


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
    R.rect(0, 470, W, 430, R.lin([(0, "#d8b888"), (1, "#b89468")], 0, 470, 0, 900))
    for _ in range(18):
        R.ellipse(rr.uniform(0, W), rr.uniform(500, 880), rr.uniform(40, 120), rr.uniform(4, 10), "#c8a478", opacity=0.5)
    # the stalls at the back: awnings, tables, their odds and ends
    stalls = [(40, "#c87a5a"), (560, "#8a9a6a"), (1080, "#c8a050")]
    for x, c in stalls:
        R.rect(x + 10, 250, 8, 250, "#6a4a34")
        R.rect(x + 462, 250, 8, 250, "#6a4a34")
        R.rect(x + 20, 400, 440, 16, "#e8d8b8")
        R.rect(x + 20, 416, 440, 70, dark("#e8d8b8", 0.1))
    R.rect(90, 330, 70, 70, "#a88a6a")  # first stall: a lampshade, books, a suitcase
    R.poly([(200, 400), (260, 400), (250, 350), (210, 350)], "#e8c898")
    R.rect(226, 360, 8, 40, "#6a5a4a")
    for i, c in enumerate(("#8a5a3a", "#c8b08a", "#6a6a5a", "#b07a4a")):
        R.rect(300 + i * 22, 350 - (i % 2) * 8, 18, 50 + (i % 2) * 8, c)
    R.rect(400, 340, 40, 60, "#9a8a70")
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
    figure(F, "vendor", 122, 540, sleeper, s=0.86, p=pose(SIT_L, tilt=24, lean=10, arms_front=True), facing=-0.25,
           eyes="closed", mouth="open", brows="flat", reach={"l": (-20, -40), "r": (14, -46)}, shadow=False)
    # Clementine with the mug in both hands: a blue stripe, slightly off-centre, still whole
    clem = clem_look("summer", skirt=(110, 140), legs=light(ERA["summer"]["skin"], 0.05), skirt_col="#b8a47a")
    held = {"r": [(ellipse_poly(16, -22, 9, 12, 10), "#d8cfbc"), (rect_poly(-22, -44, 38, 42), "#e8e0cc"),
                  (rect_poly(-22, -30, 38, 7), "#6a8aaa"), (ellipse_poly(-3, -44, 19, 4, 10), "#b8b0a0")]}
    figure(F, "clementine", 800, 458, clem, s=0.95, p=pose(tilt=-8, arms_front=True), facing=0.45, eyes="down",
           mouth="grin", brows="raised", reach={"l": (6, -70), "r": (44, -66)}, hold=held)
    # Joel carrying what she has saved so far: a pineapple lamp and a puzzle box
    puzzle = [(rect_poly(-52, -92, 84, 58), "#c8a878"), (rect_poly(-44, -84, 68, 42), "#8aa0a8"),
              ([(-40, -50), (-20, -70), (0, -56), (20, -76), (20, -46), (-40, -46)], "#a0a870")]
    lamp = {"l": [(rect_poly(-8, -10, 16, 30), "#b0a888"), (ellipse_poly(0, 20, 18, 6, 12), "#9a9278"),
                  (ellipse_poly(0, -34, 20, 28, 14), "#d8b050"), ([(-6, -60), (0, -84), (6, -60)], "#7a9a5a"),
                  ([(-2, -60), (-18, -80), (4, -62)], "#7a9a5a"), ([(2, -60), (18, -78), (-2, -62)], "#7a9a5a")]}
    figure(F, "joel", 1010, 456, joel_look("summer", hem=14, hem_w=72), s=1.0, p=pose(tilt=-4), facing=-0.5,
           eyes="side", mouth="wry", brows="raised", held=puzzle, reach={"l": (-58, -10), "r": (18, -70)}, hold=lamp)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 1440, 20, 420, "#fff0c8", 0.35, 340)
    beam(Lt, [(1200, 0), (1600, 0), (1000, 900), (500, 900)], "#fff4d8", 0.12, 0, axis=(1400, 0, 750, 900))


@scene("hair_dye", "summer")
def draw_hair_dye(S: Scene):
    wall_sky(S.sky, "#ecd6a8", "#d8b886")
    R = S.room
    # tiles up to shoulder height, the floor in small tiles
    R.rect(0, 360, W, 280, "#efe4c8")
    segs = [(0, 360 + j * 40, W, 0) for j in range(8)] + [(i * 40, 360, 0, 280) for i in range(41)]
    R.strokes(segs, "#d8c8a4", 2, 0.8)
    R.rect(0, 352, W, 10, "#d8c090")
    R.rect(0, 640, W, 260, "#c8b08a")
    for j in range(8):
        for i in range(21):
            if (i + j) % 2 == 0:
                R.rect(i * 80 - (j * 8), 640 + j * 34, 80, 34, "#d8c49c", opacity=0.8)
    # the mirror over the sink, a glass shelf, the towel rail
    R.rect(200, 110, 300, 230, "#b89a6a", rx=10)
    R.rect(212, 122, 276, 206, R.lin([(0, "#dfe6e0"), (1, "#b8c4c0")], 0, 122, 0, 328), rx=6)
    R.poly([(240, 140), (300, 140), (236, 230)], "#ffffff", opacity=0.35)
    R.rect(210, 348, 280, 10, "#c8d0cc", opacity=0.8)
    # the bathtub, its curtain pulled back, a small high window
    R.rect(1110, 480, 460, 160, "#f2ece0", rx=26)
    R.rect(1110, 470, 460, 26, "#faf6ee", rx=12)
    R.rect(1140, 620, 30, 30, "#c8b890", rx=10)
    R.rect(1510, 620, 30, 30, "#c8b890", rx=10)
    window(R, 1230, 140, 180, 140, "#f4ecd8", [(0, "#f8c880"), (1, "#f4a868")], bars=(1, 0), frame_w=9, sill=False)
    R.line(1090, 96, 1590, 96, "#b8a888", 6)
    R.path("M1460 98C1480 240 1440 380 1490 470L1590 470L1590 98Z", fill="#e8b89a")
    for k in range(4):
        R.line(1480 + k * 28, 104, 1494 + k * 24, 464, "#d49a7a", 3, opacity=0.7)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the sink on its pedestal, teal splashes where the dye went
    P.rect(320, 486, 60, 154, "#f0ece4")
    P.path("M200 440H500Q500 500 440 506H260Q200 500 200 440Z", fill="#f7f4ee")
    P.rect(196, 430, 308, 14, "#fbfaf6", rx=6)
    P.ellipse(350, 440, 110, 8, "#e0ddd4")
    P.rect(340, 404, 20, 30, "#c8c8c4", rx=4)
    P.rect(340, 404, 50, 8, "#c8c8c4", rx=4)
    for x, y, r in ((300, 440, 10), (392, 442, 6), (412, 436, 4), (470, 460, 5), (520, 560, 4), (236, 380, 5), (258, 392, 3)):
        P.ellipse(x, y, r * 1.3, r * 0.8, "#3fb0a4", opacity=0.7)
    # on the shelf: a cup of toothbrushes, the box the dye came in, gloves inside out
    P.rect(236, 316, 30, 34, "#c8d8e0", rx=4)
    P.line(244, 316, 238, 290, "#e8a890", 4)
    P.line(256, 316, 262, 292, "#a8c0a0", 4)
    P.rect(380, 296, 56, 54, "#f0ece0")
    P.rect(380, 310, 56, 16, "#5fb8ac", opacity=0.8)
    P.path("M450 350c-6 -14 8 -22 18 -12l14 -6l4 10l-12 8z", fill="#e8dcc8", opacity=0.9)
    # a bath mat, a little rubber duck on the tub
    P.rect(720, 650, 240, 70, "#b8c8a8", rx=14)
    P.ellipse(1160, 462, 20, 14, "#dcc27a")
    P.circle(1172, 448, 10, "#dcc27a")
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    clem = clem_look("summer", coat="#7a7468", shirt="#8a8478", trousers="#4e4c48", shine=True)
    cl = figure(F, "clementine", 640, 452, clem, s=0.95, p=pose(la=(-10, -30), tilt=10), facing=0.45, eyes="open",
                mouth="grin", brows="raised", reach_w={"r": (700, 300)})
    towel_on(F, cl, "#f2ead8", stripe="#c8a888", s=0.95)
    hx, hy = cl["head"]
    F.open(id="drips")
    r_x, r_y = cl["head_r"]
    F.path(f"M{n(hx - r_x * 0.7)} {n(hy - r_y * 0.9)}q{n(r_x * 0.2)} {n(r_y * 0.8)} {n(-r_x * 0.3)} {n(r_y * 1.5)}"
           f"M{n(hx + r_x * 0.8)} {n(hy - r_y * 0.7)}q{n(r_x * 0.15)} {n(r_y * 0.7)} {n(r_x * 0.25)} {n(r_y * 1.4)}",
           stroke=dark(HAIR["summer"], 0.3), stroke_width=n(r_x * 0.1), opacity=0.7)
    dots(F, [(hx - r_x * 1.12, hy + r_y * 1.05), (hx + r_x * 1.1, hy + r_y * 1.3)], HAIR["summer"], 5, 0.9)
    F.close()
    dye = {"l": [(rect_poly(-12, -70, 24, 58), "#f4f0e6"), (rect_poly(-6, -86, 12, 18), "#f4f0e6"),
                 (rect_poly(-4, -98, 8, 14), "#3a9a90"), (rect_poly(-12, -54, 24, 22), "#7ab8b0")]}
    figure(F, "joel", 920, 456, joel_look("summer", coat="#8a8c88", hem=12, hem_w=72), s=1.0, p=pose(tilt=-8, ra=(8, 4)),
           facing=-0.5, eyes="up", mouth="wry", brows="raised", reach={"l": (-46, -110)}, hold=dye)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    beam(Lt, [(1230, 280), (1410, 280), (1100, 760), (560, 760)], "#ffd9a0", 0.2, 0)
    glow(Lt, 1320, 210, 260, "#ffd49a", 0.3)
    glow(Lt, 350, 60, 260, "#fff4dc", 0.3, 120)


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
    R.rect(1120, 300, 420, 180, "#2a3040")
    R.rect(1140, 330, 90, 60, "#3a4a5a")
    R.rect(1400, 350, 70, 130, "#222836")
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
    R.rect(1260, far - 110, 8, 120, "#c8d0d8")
    R.rect(1306, far - 110, 8, 120, "#c8d0d8")
    for k in range(3):
        R.rect(1264, far - 10 + k * 26, 46, 5, "#c8d0d8", opacity=0.7)
    R.path(f"M1268 {far - 100}q20 24 42 0", stroke="#9aa2ae", stroke_width=3)
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
    P.circle(1010, far - 16, 4, "#f0e0a0")
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    clem = clem_look("summer", coat="#2e4a5e", trousers="#2e4a5e", hem=10, hem_w=70, shirt=None, shine=True)
    figure(F, "clementine", 940, 716, clem, s=1.0, p=pose(la=(-60, -150), ra=(30, 60), tilt=8), facing=-0.45,
           eyes="open", mouth="grin", brows="raised", cut=646, reach_w={"l": (842, 572)}, shadow=False)
    figure(F, "joel", 700, 538, joel_look("summer", coat="#7a7c7a", hem=10, hem_w=70, trousers="#4a4c4e"), s=0.95,
           p=pose(SIT_R, tilt=10, lean=6), facing=0.55, eyes="open", mouth="smile", brows="raised", cut=far,
           reach_w={"r": (836, 566)}, shadow=False)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 800, 830, 820, "#5ab4e8", 0.34, 230)
    glow(Lt, 800, 700, 420, "#8ad0f8", 0.2, 110)
    for k, (rx, ry) in enumerate(((60, 10), (96, 16), (136, 22))):
        Lt.ellipse(934, 648, rx, ry, "none", stroke="#c8ecff", stroke_width=3, stroke_opacity=round(0.5 - k * 0.14, 2))
    glow(Lt, 1330, 110, 140, "#f4ecd4", 0.25)
