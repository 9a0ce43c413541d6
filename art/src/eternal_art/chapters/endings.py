"""The endings (scenes/05_endings.yaml): clean_morning, broken_off, what_remains."""

from __future__ import annotations

from ..kit import *


@scene("clean_morning", "clinic")
def draw_clean_morning(S: Scene):
    # that evening: a city bus shelter under its fluorescent tube; the bus home doesn't come
    K = S.sky
    K.rect(0, 0, W, 462, K.lin([(0, "#1c2830"), (0.6, "#3a4c50"), (1, "#5e7270")], 0, 0, 0, 480))
    rng = K.rng
    # across the street: the houses and shops of his own neighbourhood, the corner drugstore still lit
    street_fronts(K, rng, -60, W + 40, 466, 190, 300, ("#2c3836", "#33403c", "#283230", "#363c38"), lit="#d8d0a0",
                  dark_win="#1a2220", lit_p=0.28, shop="#e8f0dc")
    # the far pavement, the road, the near pavement in front of the shelter (painted here, once, under everything)
    K.rect(0, 462, W, 20, "#4a5654")
    K.rect(0, 482, W, 146, K.lin([(0, "#2c3634"), (1, "#3a4644")], 0, 482, 0, 628))
    K.rect(0, 628, W, 24, "#8c9690")
    K.rect(0, 652, W, 248, K.lin([(0, "#5a6662"), (1, "#3e4846")], 0, 652, 0, 900))
    R = S.room
    rr = R.rng
    for x in range(-60, W, 220):
        R.rect(x, 550, 120, 8, "#a8b0a0", opacity=0.5)
    R.rect(0, 648, W, 6, "#b4beb6")
    for x in (160, 1480):
        streetlamp(R, x, 470, 250, "#1e2826", "#e8ecd0", arm=1 if x < 800 else -1)
    # the shelter: a flat roof on posts, a glass back, a bench, the timetable case on the right end panel
    frame = "#6c7a76"
    R.rect(380, 200, 940, 28, "#56625e")
    R.rect(380, 228, 940, 8, "#46504c")
    R.rect(410, 236, 880, 396, "#dfeae6", opacity=0.12)
    for x in (410, 630, 850, 1070, 1290):
        R.rect(x - 6, 236, 12, 396, frame)
    R.rect(410, 600, 880, 10, frame)
    R.path("M450 280l60 -30M470 300l80 -40M900 290l70 -34", stroke="#ffffff", stroke_width=4, opacity=0.25)
    shelter_bench(R, 450, ("#8a8a7e", "#787a70"), "#46504c")
    # the posted timetable: a lit case, rows of small times (no words)
    R.rect(1196, 300, 120, 180, "#3e4a46", rx=4)
    R.rect(1206, 310, 100, 160, "#eef2e6")
    segs = []
    for k in range(12):
        yy = 324 + k * 11
        segs.append((1214, yy, 30, 0))
        segs.append((1252, yy, 46, 0))
    R.strokes(segs, "#8a948a", 2.4, 0.9)
    R.rect(1212, 314, 88, 6, "#5a8a7a")
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    fluorescent(P, 520, 240, 620, 12)
    # the chipped seashell on the bench beside him
    P.path("M730 467c-13 0 -17 -15 -3 -23c8 -4 16 -4 23 1c13 10 8 22 -4 22z", fill="#ead9c7")
    P.path("M750 446l-5 4l4 2l-3 4", fill="#8a8a7e")  # the chip at its lip
    for k in range(-2, 3):
        P.line(738, 466, 738 + k * 6, 447 + abs(k) * 2, "#c8ad96", 1.6)
    P.rect(728, 466, 22, 3, "#6a6c62", opacity=0.5)
    # a paper cup by the kerb, his bag under the bench
    P.poly([(1390, 640), (1406, 640), (1402, 616), (1394, 616)], "#dfe2da")
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # Joel on the bench, the timetable on his knee with the town circled twice, looking at his shoes
    jl = person(F, "joel", 590, 516, joel_look("clinic", coat="#6e7874", hem=30, hem_w=82), s=0.96,
                pose=pose2(facing=0.3, lean=4, tilt=26, legs="sit", reach_n=(628, 522), hand_n="hold",
                           reach_f=(560, 520), hand_f="open", arms_front=True), expr="sad", eyes="down", mouth="neutral")
    hx, hy = jl["hand_n"]
    F.poly([(hx - 8, hy - 30), (hx + 52, hy - 34), (hx + 56, hy + 8), (hx - 4, hy + 12)], "#f2f2e8")
    F.ellipse(hx + 30, hy - 8, 11, 7, "none", stroke="#3a5a8a", stroke_width=2.4)
    F.ellipse(hx + 31, hy - 7, 13, 8, "none", stroke="#3a5a8a", stroke_width=1.6, transform=f"rotate(-8 {n(hx + 31)} {n(hy - 7)})")
    for k in range(3):
        F.line(hx + 2, hy - 24 + k * 10, hx + 18, hy - 24 + k * 10, "#9aa29a", 2)
    # at the far end, a woman in a bright scarf, side on, reading the timetable out loud and furious with it
    woman = other_look("clinic", "#5e6a66", "#4a3a34", "bob", blush="#d39a90", build=0.86, female=True, hem=40, hem_w=82,
                       scarf=HAIR["clinic"], trousers="#3a423f")
    person(F, "woman", 1140, 438, woman, s=0.93,
           pose=pose2(facing=0.85, lean=-2, tilt=-6, arm_n=(70, 100), hand_n="point", arm_f=(-10, 20), hand_f="fist"),
           expr="angry", mouth="talk")
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    beam(Lt, [(520, 252), (1140, 252), (1300, 640), (380, 640)], "#f0fff6", 0.2, 0.02)
    glow(Lt, 830, 250, 360, "#f0fff6", 0.3, 80)
    glow(Lt, 1256, 390, 90, "#f4fff0", 0.3, 110)
    for x in (212, 1428):
        glow(Lt, x, 202, 80, "#e8ecc8", 0.45)


@scene("broken_off", "amber")
def draw_broken_off(S: Scene):
    wall_sky(S.sky, "#a06a44", "#6e4630")
    R = S.room
    apartment(R, "#5e3e2a", "#3e2a1e", "#54382a", "#8a5e42", [(0, "#e89a6a"), (0.6, "#f4c890"), (1, "#f8dcaa")], "#6e4a34")
    rr = R.rng
    # the roofs under the night's snow, and one star still up over them, low and faint
    roofs = [(110, 440)]
    x = 110
    while x < 440:
        w_ = rr.uniform(50, 90)
        top = 440 - rr.uniform(50, 120)
        roofs += [(x, top + 20), (x + w_ / 2, top), (x + w_, top + 20)] if rr.random() < 0.6 else [(x, top), (x + w_, top)]
        x += w_
    roofs = [(min(max(px, 110), 440), py) for px, py in roofs] + [(440, 440)]
    R.poly(roofs, "#7a4a36")
    R.polyline(roofs[1:-1], "#f6ece0", 5, opacity=0.9)
    R.circle(196, 246, 3, "#fff8ec", opacity=0.8)
    R.rect(275 - 4.8, 110, 9.6, 330, "#8a5e42")
    R.rect(110, 275 - 4.8, 330, 9.6, "#8a5e42")
    c, cd = "#4e3428", "#422c22"
    R.rect(520, 360, 760, 150, cd, rx=24)
    R.rect(500, 470, 800, 100, c, rx=16)
    R.rect(480, 420, 70, 170, cd, rx=22)
    R.rect(1250, 420, 70, 170, cd, rx=22)
    R.rect(1340, 560, 220, 14, "#4a3222")
    R.rect(1354, 574, 10, 40, "#3a2618")
    R.rect(1536, 574, 10, 40, "#3a2618")
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    P.rect(1380, 450, 110, 110, "#6a5a4a", rx=6)   # the apparatus, switched off
    P.rect(1392, 462, 86, 36, "#2a201a")
    for k in range(4):
        P.circle(1404 + k * 22, 520, 7, "#9a8a7a")
    bottle(P, 1380, 640, "#5a6a48", 0.7)
    P.open(transform="rotate(-84 1480 636)")   # a bottle on its side
    bottle(P, 1480, 636, "#6a5238", 0.7)
    P.close()
    P.path("M1390 560c-60 40 -160 20 -240 60s-180 40 -260 10", stroke="#4a4038", stroke_width=4)  # a loose cable
    P.ellipse(600, 620, 40, 8, "#2e1e14", opacity=0.5)
    P.rect(580, 590, 30, 32, "#d8c8b0", rx=3, transform="rotate(70 595 606)")  # a tipped cup
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # Joel sitting up on the couch at dawn, the helmet crooked, one hand holding it there; the other curled in his lap
    jl = person(F, "joel", 860, 488, joel_look("amber", coat="#8a7e72", hem=14, hem_w=74, trousers="#4a4038"), s=1.0,
                pose=pose2(facing=0.3, lean=-6, tilt=-10, legs="sit", reach_n=(884, 300), hand_n="open",
                           reach_f=(880, 470), hand_f="fist", arms_front=True),
                expr="tired", headwear="helmet_askew", shadow=False)
    hx, hy = jl["head"]
    for k, col in enumerate(("#8a7e70", "#6e6458")):
        F.path(f"M{n(hx + 30)} {n(hy + 6 + k * 8)}c40 60 30 150 110 190s200 20 290 -60", stroke=col, stroke_width=3)
    # Patrick by the door, coiling the cable
    patrick = other_look("amber", "#7d7666", "#8c7456", "mop")
    pt = person(F, "patrick", 1536, 452, patrick, s=0.9,
                pose=pose2(facing=-0.5, tilt=16, reach_n=(1486, 420), reach_f=(1516, 404), hand_n="hold", hand_f="hold",
                           arms_front=True), expr="neutral", eyes="down")
    hx, hy = pt["hand_n"]
    for k in range(3):
        F.ellipse(hx + 12, hy + 16, 22 - k * 2, 30 - k * 3, "none", stroke=("#3a3028", "#4a4038", "#2e2620")[k], stroke_width=3.2)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    beam(Lt, [(110, 110), (440, 110), (1000, 700), (360, 700)], "#ffc890", 0.34, 0.02, axis=(275, 110, 680, 700))
    glow(Lt, 275, 270, 280, "#ffd8a8", 0.35)
    glow(Lt, 196, 246, 14, "#fff8ec", 0.5)


@scene("what_remains", "clinic")
def draw_what_remains(S: Scene):
    # the morning after, in his living room: the technicians packing up, the doctor still in his coat, snow outside
    wall_sky(S.sky, "#dde6e2", "#c4d0cb")
    R = S.room
    rr = R.rng
    floor(R, 600, "#8c9a94", "#a8b4ae", "#7c8a84", (800, 300), 12, 0.25)
    baseboard(R, 602, "#9aa8a2")
    # the window: a white morning, roofs under snow, small dry snow falling
    window(R, 90, 110, 300, 300, "#eef2ee", [(0, "#cfd8da"), (1, "#e8ecea")], bars=(1, 1), frame_w=12)
    R.poly([(90, 330), (170, 300), (250, 330), (250, 410), (90, 410)], "#9aa4a6")
    R.poly([(90, 330), (170, 300), (250, 330), (238, 334), (170, 308), (102, 334)], "#f4f6f4")
    R.poly([(260, 350), (390, 350), (390, 410), (260, 410)], "#aab2b2")
    R.rect(260, 344, 130, 8, "#f4f6f4")
    snowfall(R, rr, 70, (96, 116, 384, 404), "#ffffff", sizes=(2.4, 3.6), ops=(0.6, 0.9))
    # the couch he slept on
    joel_couch(R, 380, 620, 380, ("#8a9a9c", "#7a8a8c", "#5e6a6a"))
    # the armchair at the right, the apparatus trolley beyond it
    R.rect(1090, 400, 180, 200, "#8a8276", rx=26)
    R.rect(1070, 490, 56, 110, "#7a7266", rx=20)
    R.rect(1236, 490, 56, 110, "#7a7266", rx=20)
    R.rect(1108, 500, 144, 60, "#958e82", rx=12)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # on the windowsill, where something used to stand: a ring of fine sand
    P.ellipse(330, 432, 22, 5, "none", stroke="#c8b088", stroke_width=4, opacity=0.9)
    dots(P, [(330 + 22 * math.cos(a / 5), 432 + 5 * math.sin(a / 5)) for a in range(0, 32, 3)], "#b89c74", 3, 0.8)
    # the glass of water on a coaster, on the floor by the couch
    P.ellipse(318, 622, 26, 6, "#6e6a60")
    P.rect(304, 576, 28, 46, "#e8f0f0", opacity=0.55)
    P.rect(304, 590, 28, 32, "#bcd6dc", opacity=0.7)
    P.ellipse(318, 590, 14, 3, "#d8eaee")
    # the apparatus, half packed: its case open on the trolley, cables hanging out
    P.rect(1400, 430, 150, 100, "#6a7570", rx=6)
    P.poly([(1400, 430), (1550, 430), (1560, 330), (1410, 336)], "#5a6460")  # the lid, open
    P.rect(1414, 444, 122, 40, "#1e2624")
    P.rect(1410, 530, 140, 12, "#4d5652")
    P.rect(1470, 542, 16, 60, "#4d5652")
    P.rect(1420, 598, 120, 10, "#4d5652")
    P.path("M1420 500c-30 40 -10 90 40 96", stroke="#6f7a76", stroke_width=4)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # Joel on the couch under a blanket, awake
    # Joel on the couch under a blanket, awake, his head on the arm of the couch, looking for what is left
    person(F, "joel", 680, 478, joel_look("clinic", coat="#a4b0b4", hem=0, trousers="#8a969a", shirt="#c4ccd0"),
           s=0.96, pose=pose2(facing=1, rot=-84, legs="lie", arm_n=(4, 8), tilt=-14, turn=0.4), expr="sad", eyes="open",
           gaze=(0.4, -0.6), shadow=False)
    F.path("M560 458C600 420 700 420 820 428C870 432 904 440 914 464C920 500 888 524 840 526L572 526C542 522 540 476 560 458Z",
           fill="#c2b8a6")
    F.path("M572 526C640 518 760 524 840 526", stroke="#a89e8c", stroke_width=4)
    F.path("M660 428c10 30 6 70 -4 94M770 426c6 28 4 66 -2 96", stroke="#b0a694", stroke_width=3)
    # the doctor in the armchair, still in his coat, writing "partial" on a form
    doc = other_look("clinic", "#4e5654", "#b3b0aa", "bald", glasses=True, trousers="#3a403e", shirt="#c8d0cc", hem=40, hem_w=90)
    board = [(rect_poly(1100, 440, 44, 52), "#c9b79a"), (rect_poly(1104, 446, 36, 42), "#f4f2ea")]
    person(F, "mierzwiak", 1186, 500, doc, s=0.92,
           pose=pose2(facing=-0.4, lean=8, tilt=18, legs="sit", reach_n=(1126, 468), hand_n="point", reach_f=(1110, 488),
                      hand_f="hold", arms_front=True), expr="neutral", eyes="down", held=board, shadow=False)
    # Stan and Patrick packing, avoiding his eyes with great concentration
    stan = other_look("clinic", "#5a6470", "#2f2a26", "messy")
    person(F, "stan", 1500, 454, stan, s=0.92, pose=pose2(facing=-0.3, lean=18, tilt=14, reach_n=(1430, 440),
           reach_f=(1520, 430), hand_n="hold", hand_f="hold", legs="stand"), expr="sad", eyes="down", mouth="neutral")
    patrick = other_look("clinic", "#7d8676", "#8c7456", "mop")
    pt = person(F, "patrick", 1350, 438, patrick, s=0.9, pose=pose2(facing=0.6, tilt=18, reach_n=(1392, 380),
                reach_f=(1372, 392), hand_n="hold", hand_f="hold", arms_front=True, turn=0.9), expr="neutral", eyes="down")
    hx, hy = pt["hand_n"]
    for k in range(3):
        F.ellipse(hx + 10, hy + 18, 22 - k * 2, 30 - k * 3, "none", stroke=("#3a4240", "#4a5250", "#2e3634")[k], stroke_width=3.2)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    beam(Lt, [(90, 110), (390, 110), (760, 680), (200, 680)], "#f6fbff", 0.24, 0.02, axis=(240, 110, 480, 680))
    glow(Lt, 240, 260, 240, "#f6fbff", 0.26)
