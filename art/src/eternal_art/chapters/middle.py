"""The tender memories (scenes/03_tender.yaml): moving in, the frozen river, her kitchen, the first meeting."""

from __future__ import annotations

from ..kit import *


@scene("frozen_river", "winter")
def draw_frozen_river(S: Scene):
    K = S.sky
    wall_sky(K, "#070d1a", "#2b3c5a", 470)
    # the ceiling of his apartment shows through at the top right: a patch of plaster where stars are missing
    hole = (1470, 70)
    rng = K.rng
    st = []
    for _ in range(260):
        x, y = rng.uniform(0, W), rng.uniform(0, 430)
        d = math.hypot((x - hole[0]) / 380, (y - hole[1]) / 250)
        if d < 1.0 or (d < 1.35 and rng.random() < 0.7):
            continue  # the stars that have gone out
        st.append((x, y, rng.uniform(1.6, 4.4) if rng.random() > 0.15 else rng.uniform(4.4, 6.6), rng.choice((0.45, 0.7, 0.95))))
    for op in (0.45, 0.7, 0.95):
        for lo, hi in ((0, 3.0), (3.0, 4.6), (4.6, 9)):
            dots(K, [(x, y) for x, y, r, o in st if o == op and lo <= r < hi], "#eef3ff", (lo + min(hi, 6.6)) / 2, op)
    K.circle(560, 262, 2.2, "#dfe6f4", opacity=0.5)  # a faint star, low over the bridge: hers
    K.ellipse(hole[0] + 60, hole[1] - 40, 400, 250,
              K.rad([(0, "#a9a7a0", 0.6), (0.6, "#8e8d8a", 0.45), (0.85, "#4a5470", 0.16), (1, "#2b3650", 0)],
                    hole[0] + 60, hole[1] - 40, 400, 250, -8))
    # where the sky has worn through, the plaster itself: a ragged edge, flat and matte
    blob = wobble(ellipse_poly(hole[0] + 80, hole[1] - 50, 300, 185, 30, -8), random.Random(seed_of("frozen_river", "hole")),
                  amp=10, step=30)
    K.poly(blob, K.lin([(0, "#c4c1b8"), (1, "#a8a69f")], 1300, 0, 1500, 200), opacity=0.36)
    # a water stain shaped like nothing in particular, and the smoke detector with its small green light
    stain = ("M1290 142c-18 -26 6 -52 40 -46c26 4 34 -12 58 -4c28 8 26 38 6 50c-14 8 -4 28 -28 32c-28 4 -34 -14 -52 -12"
             "c-18 4 -34 -2 -24 -20z")
    K.path(stain, fill="#8e7e62", opacity=0.16)
    K.path(stain, stroke="#857256", stroke_width=3, opacity=0.32)
    K.polyline([(1180, 28), (1236, 40), (1262, 36), (1330, 58)], "#8e8c86", 2, opacity=0.5)  # a hairline crack
    K.circle(1506, 58, 28, "#d4d0c4")
    K.circle(1506, 58, 19, "none", stroke="#b4ae9f", stroke_width=2)
    K.circle(1518, 48, 3.6, "#59f08a")
    R = S.room
    rng = R.rng
    # far bank: snow and a line of bare trees, the far bank's city a faint glow
    R.path("M0 430Q300 400 600 425T1200 420T1600 428V480H0Z", fill="#7e8ea8")
    for i in range(22):
        x = 20 + i * 75 + rng.uniform(-20, 20)
        bare_tree(R, rng, x, 440, rng.uniform(130, 220), "#1b2436", rng.uniform(5, 8), depth=4)
    # the frozen river
    R.path("M0 470Q400 455 800 468T1600 465V900H0Z", fill=R.lin([(0, "#41557a"), (0.5, "#5f7698"), (1, "#2e3d5a")], 0, 460, 0, 900))
    for _ in range(18):
        x, y = rng.uniform(0, W), rng.uniform(520, 880)
        pts_ = [(x, y)]
        for _ in range(4):
            x += rng.uniform(20, 70)
            y += rng.uniform(-14, 14)
            pts_.append((x, y))
        R.polyline(pts_, "#a9bcd8", 2, opacity=0.45)
    for _ in range(8):
        R.ellipse(rng.uniform(0, W), rng.uniform(520, 860), rng.uniform(60, 200), rng.uniform(6, 16), "#8aa2c4", opacity=0.18)
    R.path("M0 790Q300 750 640 812T1240 826T1600 780V900H0Z", fill="#8393ad")  # the near bank's snow
    # the bridge: from off the left edge across the river to the far bank at the right, stone arches on piers
    def at(t):  # deck top, deck thickness, pier foot and scale along the bridge (t=0 the near end, 1 the far bank)
        x = -60 + 1360 * t
        return x, 286 + 130 * t, 40 - 26 * t, 520 - 66 * t, 1.0 - 0.62 * t
    col, colf = "#27324a", "#1f283c"
    top = [(at(i / 40)[0], at(i / 40)[1]) for i in range(41)]
    under = [(at(i / 40)[0], at(i / 40)[1] + at(i / 40)[2]) for i in range(41)]
    R.poly(top + under[::-1], col)
    R.polyline([(x, y - 14 * at(i / 40)[4]) for i, (x, y) in enumerate(top)], "#33405c", 4)  # the railing
    piers = [0.0, 0.16, 0.31, 0.45, 0.58, 0.7, 0.81, 0.91, 1.0]
    d = ""
    for a, b in zip(piers, piers[1:]):
        xa, ya, ta, fa, sa = at(a)
        xb, yb, tb, fb, sb = at(b)
        pw_a, pw_b = 26 * sa, 26 * sb
        # the spandrel and the arch below the deck between two piers: one shape, the arch cut out as a curve
        d += (f"M{n(xa - pw_a / 2)} {n(ya + ta - 1)}L{n(xb + pw_b / 2)} {n(yb + tb - 1)}L{n(xb + pw_b / 2)} {n(fb)}"
              f"L{n(xb - pw_b / 2)} {n(fb)}L{n(xb - pw_b / 2)} {n(fb - (fb - yb) * 0.34)}"
              f"Q{n((xa + xb) / 2)} {n((ya + yb) / 2 + ((ta + tb) / 2) + 4)} {n(xa + pw_a / 2)} {n(fa - (fa - ya) * 0.34)}"
              f"L{n(xa + pw_a / 2)} {n(fa)}L{n(xa - pw_a / 2)} {n(fa)}Z")
    R.path(d, fill=colf)
    # the far bank's end of the bridge runs into the trees; snow on the bank's abutment
    R.poly([(1290, 420), (1330, 430), (1340, 458), (1290, 458)], colf)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    lamps = []
    for i in range(11):
        t = 0.04 + i * 0.092
        x, y, th, foot, s = at(t)
        h = 74 * s
        P.rect(x - 2.6 * s, y - h, 5.2 * s, h, "#141a28")
        lit = i < 8  # the three lamps at the far bank are dark already
        P.circle(x, y - h - 3 * s, 7 * s, "#f4e2a8" if lit else "#4a5570")
        lamps.append((x, y - h - 3 * s, s, lit, foot))
    # figures --------------------------------------------------------------------------------------------------
    F = S.figures
    red = "#b0473f"
    # side by side on their backs, heads to the left: his left hand in her red mitten, her bare hand beside it
    clem = clem_look("winter")
    figure(F, "clementine", 760, 496, clem, s=0.92, p=pose(la=(-14, -4), ra=(30, 50)), facing=-0.25, eyes="up",
           mouth="smile", brows="raised", rot_a=-87, shadow=False, hold={"r": mitten(red)})
    figure(F, "joel", 800, 588, joel_look("winter"), s=0.98, p=pose(la=(-6, -2), ra=(14, 4)), facing=0.2,
           eyes="up", mouth="smile", brows="flat", rot_a=-84, shadow=False, hold={"r": mitten(red)})
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    for x, y, s, lit, foot in lamps:
        if lit:
            glow(Lt, x, y, 40 * s, "#ffe6a8", 0.5)
            glow(Lt, x, foot + 40 * s, 8 * s, "#ffe0a0", 0.3, ry=40 * s)  # its reflection on the ice
    glow(Lt, 1514, 50, 16, "#59f08a", 0.7)
    glow(Lt, 800, 560, 360, "#d6e2ff", 0.12, 110)
    glow(Lt, 700, 550, 170, "#e6eeff", 0.18, 80)  # starlight on their two faces, so they read at a glance


@scene("moving_in", "amber")
def draw_moving_in(S: Scene):
    # the first night in the new apartment: forty-one boxes, a mattress on the floor, no curtains; she nudges one of his,
    # the one with no label, towards the door with her foot
    wall_sky(S.sky, "#b88050", "#8e5e36")
    R = S.room
    floor(R, 600, "#6e4a2e", "#8a5e3a", "#5a3a22", (800, 330), 14, 0.4)
    baseboard(R, 602, "#a07046")
    # the big window with no curtains: night, the parking lot's one tree and its streetlight
    wx, wy, ww, wh = 480, 110, 420, 340
    R.rect(wx - 14, wy - 14, ww + 28, wh + 28, "#e0b888")
    R.rect(wx, wy, ww, wh, R.lin([(0, "#1c2236"), (0.7, "#33364a"), (1, "#4a4650")], 0, wy, 0, wy + wh))
    rr = R.rng
    R.rect(wx + 380, wy + 150, 8, 190, "#14141e")
    R.path(f"M{wx + 384} {wy + 152}q0 -20 -26 -20h-14", stroke="#14141e", stroke_width=6)
    R.ellipse(wx + 342, wy + 134, 14, 5, "#f8e4b0")
    R.rect(wx + 120, wy + 230, 14, 110, "#1a1620")
    crowns = [(wx + 127 + rr.uniform(-60, 60), wy + 200 + rr.uniform(-40, 30), rr.uniform(30, 50)) for _ in range(7)]
    for cx, cy, r in crowns:
        R.circle(cx, cy, r, "#1e1c26")
    R.rect(wx, wy + 320, ww, 20, "#2a2830")
    R.rect(wx + ww / 2 - 6, wy, 12, wh, "#e0b888")
    R.rect(wx, wy + wh / 2 - 6, ww, 12, "#e0b888")
    R.rect(wx - 28, wy + wh + 12, ww + 56, 12, "#c89a6a")
    R.rect(520, 470, 340, 60, "#a97346", rx=6)  # radiator
    for i in range(10):
        R.rect(532 + i * 33, 476, 16, 48, "#b98356", rx=4)
    # the front door at the right, ajar onto the stairwell
    R.rect(1300, 150, 200, 452, "#5e3e26")
    R.rect(1314, 164, 172, 438, "#2e2018")
    R.poly([(1314, 164), (1380, 190), (1380, 590), (1314, 602)], "#8a5e3a")
    R.circle(1370, 400, 6, "#d8b880")
    # the mattress on the floor
    R.rect(100, 560, 520, 70, "#e8dcc4", rx=18)
    R.rect(100, 600, 520, 30, "#d4c4a6", rx=12)
    R.ellipse(190, 556, 80, 22, "#f2e8d4")
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # her boxes, and his, labelled in marker; the one by the door has no label
    labelled = [(920, 640, 150, 100, "#b98a57"), (946, 540, 110, 80, "#c49662"), (40, 640, 110, 80, "#b58654"),
                (1060, 640, 120, 90, "#a97c4d")]
    for x, y, w, h, c in labelled:
        cardboard_box(P, x, y, w, h, c)
        P.path(f"M{x + 12} {y - h + 30}q6 -8 12 0t12 0t12 0", stroke="#3a2a1e", stroke_width=3)
    cardboard_box(P, 1262, 648, 120, 88, "#8e7454", depth=22, tape="#a89070")
    P.path("M1262 600q30 8 60 -4", stroke="#6a5438", stroke_width=2, opacity=0.6)  # a water mark from the basement
    # a bare bulb hanging from the ceiling, on
    P.line(1000, 0, 1000, 110, "#3e2a1e", 3)
    P.rect(992, 108, 16, 14, "#6a5a4a")
    P.circle(1000, 134, 14, "#fff0c8")
    # a plant by the radiator
    P.rect(410, 560, 50, 50, "#8a6a4a")
    for a in (-30, 0, 30):
        P.ellipse(435 + a, 530 - abs(a) * 0.4, 12, 36, "#6e7a44", transform=f"rotate({a} {435 + a} {530 - abs(a) * 0.4})")
    # figures --------------------------------------------------------------------------------------------------
    F = S.figures
    clem = clem_look("amber")
    figure(F, "clementine", 1170, 446, clem, s=0.96, p=pose(rl=(26, 8), ll=(-4, -2), la=(-24, -30), ra=(16, 24), tilt=4),
           facing=0.3, eyes="down", mouth="wry", brows="raised")
    figure(F, "joel", 760, 446, joel_look("amber", hem=16, hem_w=74), s=1.0, p=pose(tilt=6, la=(-6, -2)),
           facing=0.5, eyes="open", mouth="open", brows="worried", reach={"r": (110, -60)})
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    beam(Lt, [(480, 110), (900, 110), (1000, 680), (420, 680)], "#d8dcf0", 0.12, 0.02)
    glow(Lt, 1000, 150, 240, "#ffe0a8", 0.32, 190)
    glow(Lt, 1000, 134, 50, "#fff0c8", 0.6)
    glow(Lt, 822, 244, 30, "#f8e4b0", 0.6)


@scene("kitchen_dance", "summer")
def draw_kitchen_dance(S: Scene):
    wall_sky(S.sky, "#eec889", "#d49a58")
    R = S.room
    # checked floor
    R.rect(0, 610, W, 290, "#b88a58")
    for i in range(0, 17):
        for j in range(0, 4):
            if (i + j) % 2 == 0:
                R.rect(i * 100 - j * 20, 610 + j * 72, 100, 72, "#d4aa74", opacity=0.8)
    # lower cabinets and worktop along the back wall
    R.rect(0, 430, W, 180, "#a46e44")
    for i in range(8):
        R.rect(20 + i * 200, 450, 180, 150, "#b27c50", rx=4)
        R.rect(100 + i * 200, 466, 20, 6, "#6e4a30")
    R.rect(0, 412, W, 22, "#e4cfa8")
    # tile backsplash
    for i in range(0, 32):
        R.line(i * 50, 300, i * 50, 412, "#e0b47a", 2, opacity=0.7)
    for j in range(0, 3):
        R.line(0, 300 + j * 40, W, 300 + j * 40, "#e0b47a", 2, opacity=0.7)
    # window over the sink
    window(R, 620, 90, 360, 210, "#f4e2c0", [(0, "#3c4a6e"), (1, "#c8806a")], bars=(1, 0), frame_w=12, sill=False)
    # upper cabinets
    R.rect(40, 60, 480, 200, "#b98354", rx=4)
    R.rect(1080, 60, 480, 200, "#b98354", rx=4)
    for x in (40, 280, 1080, 1320):
        R.rect(x + 14, 74, 212, 172, "#c8925e", rx=3)
    # fridge
    R.rect(1380, 280, 200, 340, "#e8dcc4", rx=14)
    R.rect(1390, 380, 180, 4, "#c8bca4")
    R.rect(1400, 400, 8, 60, "#a89c88")
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the radio on the windowsill, one station, songs about driving; a pot of spaghetti on the worktop
    P.rect(600, 300, 400, 12, "#e8d4b0")
    P.line(650, 252, 610, 196, "#8a8478", 2.5)
    P.rect(640, 250, 120, 52, "#8a5a44", rx=10)
    P.rect(652, 260, 50, 34, "#5a3a2e", rx=4)
    for k in range(4):
        P.line(656, 266 + k * 8, 698, 266 + k * 8, "#a07a60", 2)
    P.rect(712, 262, 38, 14, "#efe0c0", rx=3)
    P.circle(730, 286, 6, "#d8b080")
    P.rect(200, 356, 150, 56, "#9a9a94", rx=8)
    P.ellipse(275, 356, 75, 10, "#6a6a66")
    P.path("M230 356q10 -16 4 -30M272 354q12 -20 2 -36M312 356q8 -14 0 -28", stroke="#fff4e0", stroke_width=3, opacity=0.45)
    # kettle, fruit bowl, plant, cups
    P.path("M1010 412c-4 -50 10 -66 40 -66s44 16 40 66z", fill="#8a9a8a")
    P.rect(1042, 336, 16, 12, "#5a6a5a", rx=3)
    P.path("M1090 380l26 -16", stroke="#8a9a8a", stroke_width=7)
    P.ellipse(560, 404, 60, 14, "#c8a880")
    for dx, c in ((-26, "#d0a040"), (0, "#b8704a"), (24, "#9aa040")):
        P.circle(560 + dx, 392, 16, c)
    P.rect(760, 290, 40, 30, "#b88050", rx=4)
    for a in (-30, 0, 30):
        P.ellipse(780 + a * 0.6, 270, 8, 24, "#6a8a4a", transform=f"rotate({a} {780 + a * 0.6} 270)")
    for x in (1180, 1230):
        P.rect(x, 380, 30, 32, "#e8dcc8", rx=3)
    # fairy lights strung across the top
    P.path("M0 40Q200 110 400 50T800 60T1200 50T1600 40", stroke="#5a4a3a", stroke_width=2)
    bulbs = []
    for i in range(40):
        t = i / 39
        x = t * W
        y = 40 + 40 * abs(math.sin(t * math.pi * 4)) + 10
        bulbs.append((x, y))
        P.circle(x, y, 5, "#fff2c0")
    # figures --------------------------------------------------------------------------------------------------
    F = S.figures
    clem = clem_look("summer", skirt=(120, 150), legs=light(ERA["summer"]["skin"], 0.05), skirt_col="#c9b894")
    figure(F, "clementine", 700, 455, clem, s=0.95, p=pose(lean=-6, tilt=-10, la=(-50, -10), ll=(-4, -2), rl=(14, 30)),
           facing=0.6, eyes="closed", mouth="grin", brows="raised", reach_w={"r": (808, 214)})
    figure(F, "joel", 920, 450, joel_look("summer", hem=10, hem_w=70, coat="#8a8c88"), s=1.0,
           p=pose(lean=5, tilt=8, ra=(40, 90), ll=(-10, -20), rl=(4, 2)), facing=-0.55,
           eyes="open", mouth="grin", brows="raised", reach_w={"l": (816, 208)})
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    g = Lt.rad_box([(0, "#fff0b8", 0.55), (0.4, "#ffd890", 0.22), (1, "#ffd890", 0)])
    for x, y in bulbs:
        Lt.circle(x, y, 30, g)
    glow(Lt, 800, 420, 460, "#ffd890", 0.18, 260)


@scene("first_meeting", "summer")
def draw_first_meeting(S: Scene):
    # a bus shelter on a beach road at dusk in July; the last bus back to the city is not coming
    K = S.sky
    K.rect(0, 0, W, H, K.lin([(0, "#3f4a74"), (0.45, "#c9807a"), (0.8, "#f2b878"), (1, "#f8d49a")], 0, 0, 0, 420))
    K.circle(1330, 404, 62, "#ffd890")
    rng = K.rng
    for _ in range(5):
        cx, cy = rng.uniform(0, W), rng.uniform(110, 300)
        K.ellipse(cx, cy, rng.uniform(120, 260), rng.uniform(8, 16), "#e8a08a", opacity=0.6)
    R = S.room
    rr = R.rng
    # the sea, the last light on it, the tide line and the wet sand
    R.rect(0, 400, W, 120, R.lin([(0, "#5a6f8a"), (1, "#7a8e96")], 0, 400, 0, 520))
    segs = [(x, y, rr.uniform(20, 70), 0) for x, y in ((rr.uniform(0, W), rr.uniform(410, 510)) for _ in range(40))]
    R.strokes([sg for sg in segs if abs(sg[0] - 1330) >= 260], "#9aacb8", 2.5, 0.7)
    R.strokes([sg for sg in segs if abs(sg[0] - 1330) < 260], "#f8d090", 3, 0.85)
    R.path("M0 512Q400 500 800 512T1600 506V900H0Z", fill=R.lin([(0, "#b8946c"), (1, "#d8b080")], 0, 500, 0, 560))
    R.path("M0 512Q200 504 400 510T800 514T1200 508T1600 506", stroke="#f6eedc", stroke_width=4, opacity=0.9)
    R.path("M0 522Q260 514 520 522T1040 520T1600 518", stroke="#f6eedc", stroke_width=2, opacity=0.5)
    # the dunes between the beach and the road, marram grass on them
    R.path("M-10 560Q120 470 300 500T620 520T900 540T1240 500T1610 530V660H-10Z", fill="#c8a070")
    R.path("M-10 600Q200 540 420 580T860 590T1300 570T1610 590V660H-10Z", fill="#b89264")
    grass = []
    for _ in range(140):
        x = rr.uniform(0, W)
        y = rr.uniform(520, 600)
        grass.append((x, y, rr.uniform(-12, 12), -rr.uniform(18, 46)))
    R.strokes(grass, "#8a7a48", 3, 0.8)
    # the road and the pavement in front of the shelter
    R.rect(0, 628, W, 24, "#a89484")
    R.rect(0, 652, W, 248, R.lin([(0, "#6a6260"), (1, "#4e4848")], 0, 652, 0, 900))
    R.rect(0, 648, W, 6, "#c8b8a4")
    for x in range(-40, W, 200):
        R.rect(x, 770, 110, 10, "#d8cca8", opacity=0.7)
    # the shelter: a flat roof on posts, a glass back through which the dunes and the sea show, a bench
    frame = "#5e6a70"
    R.rect(470, 228, 700, 26, "#4e5a60")
    R.rect(470, 254, 700, 8, "#3e484e")
    R.rect(500, 262, 640, 370, "#d8e4e8", opacity=0.16)  # the glass
    for x in (500, 712, 924, 1132):
        R.rect(x - 6, 262, 12, 370, frame)
    R.rect(500, 420, 640, 8, frame)
    R.rect(500, 600, 640, 10, frame)
    R.path("M540 300l60 -30M560 320l80 -40M960 300l70 -34", stroke="#ffffff", stroke_width=4, opacity=0.35)
    # the bench, along the back, wooden slats on metal legs
    shelter_bench(R, 540, ("#a07850", "#8e6a46"), "#3e484e")
    # the bus stop pole beside it: the round stop sign, and the timetable case
    R.rect(1254, 250, 12, 384, "#5a646a")
    R.circle(1260, 238, 40, "#e8e4d8")
    R.circle(1260, 238, 34, "#5a8a7a")
    R.rect(1240, 228, 40, 18, "#e8e4d8", rx=5)
    R.circle(1248, 248, 4, "#e8e4d8")
    R.circle(1272, 248, 4, "#e8e4d8")
    R.rect(1212, 350, 96, 140, "#4a5458", rx=4)
    R.rect(1220, 358, 80, 124, "#d8dccc")
    for k in range(9):
        R.line(1228, 372 + k * 12, 1292, 372 + k * 12, "#a8ac9c", 2)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the handwritten sign taped over the timetable: NO MORE BUSES TONIGHT, in a felt pen, crooked
    P.open(id="sign", transform="rotate(-5 1260 420)")
    P.rect(1214, 372, 92, 92, "#fbf6e6")
    P.path("M1224 392q6 -10 12 0t12 0t12 0t12 0t12 -4", stroke="#2e2a2a", stroke_width=3.2)
    P.path("M1224 414q5 -9 10 0t10 0t10 0t10 0", stroke="#2e2a2a", stroke_width=3.2)
    P.path("M1224 436q6 -10 12 0t12 0t12 0t12 0t12 -2", stroke="#2e2a2a", stroke_width=3.2)
    P.line(1226, 450, 1292, 448, "#b83a3a", 3)
    for x, y in ((1214, 368), (1292, 368), (1214, 456), (1292, 456)):
        P.rect(x - 4, y - 2, 22, 9, "#e8e0b8", opacity=0.85)
    P.close()
    # a rucksack under the bench at his end, her bag at hers; a paper cup on the pavement
    P.rect(610, 590, 64, 44, "#6a6e64", rx=10)
    P.rect(622, 580, 40, 14, "#5a5e54", rx=6)
    P.path("M940 600c0 -30 60 -30 60 0l4 32h-68z", fill="#a8744a")
    P.path("M950 600q20 -34 40 0", stroke="#8a5a3a", stroke_width=3)
    P.poly([(1150, 640), (1166, 640), (1162, 616), (1154, 616)], "#e8e0d0")
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # two strangers, one at each end of the bench
    figure(F, "joel", 620, 522, joel_look("summer", coat="#7a7c7a", hem=14, hem_w=80), s=0.96,
           p=pose(SIT_FRONT, ll=(-16, 4), rl=(16, -4), thigh_k=0.3, shin_k=0.78, tilt=4), facing=0.35, eyes="side",
           mouth="tight", brows="worried", reach={"l": (-20, 34), "r": (22, 34)})
    clem = clem_look("summer", coat="#d8cab0", trousers="#6a6a60", hem=14, hem_w=76)
    figure(F, "clementine", 1030, 522, clem, s=0.93, p=pose(SIT_FRONT, lean=-4, tilt=-10, ll=(-12, 14), rl=(14, -10),
                                                         thigh_k=0.3, shin_k=0.78),
           facing=-0.3, eyes="side", mouth="wry", brows="raised", reach={"l": (-58, -2), "r": (10, 30)})
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 1330, 404, 420, "#ffd890", 0.34, 160)
    glow(Lt, 1330, 420, 140, "#ffe8b8", 0.4)
    beam(Lt, [(1600, 300), (1600, 520), (400, 640), (400, 420)], "#ffcc88", 0.22, 0.02, axis=(1600, 420, 400, 520))
    glow(Lt, 820, 262, 220, "#f8f0d8", 0.16, 60)  # the shelter's strip light, flickering on
