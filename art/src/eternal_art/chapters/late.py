"""The late memories (scenes/02_distance.yaml, scenes/02a_late.yaml): winter and amber, before the turn."""

from __future__ import annotations

from ..kit import *


@scene("last_fight", "winter")
def draw_last_fight(S: Scene):
    wall_sky(S.sky, "#3c485e", "#2a3342")
    R = S.room
    rr = R.rng
    floor(R, 610, "#1f2530", "#2b3340", "#3a4454", (800, 320), 12, 0.3)
    baseboard(R, 612, "#2e3746")
    # the window already black at seven: a few lit windows across the street
    window(R, 70, 120, 250, 310, "#46536a", [(0, "#0b111c"), (1, "#161f30")], bars=(1, 1))
    dots(R, [(rr.uniform(90, 300), rr.uniform(250, 420)) for _ in range(9)], "#c8b886", 9, 0.55)
    # the bookshelf he stands beside
    clinic_shelves(R, rr, 380, 170, 230, 440, 5, frame="#3e4656",
                   spines=["#5a6476", "#7a7a86", "#8a7e70", "#4e5a6a", "#9aa0aa", "#6a5e62", "#a89a86", "#56606e"], ring=True)
    # the apartment door at the right, shut; the hall table beside it
    R.rect(1380, 150, 190, 462, "#2c3442")
    R.rect(1394, 164, 162, 448, "#3b465a")
    for yy in (190, 400):
        R.rect(1414, yy, 122, 170, "#354055")
    R.circle(1412, 400, 7, "#9aa4b4")
    R.rect(1250, 470, 110, 12, "#4a556a")
    R.rect(1262, 482, 8, 128, "#3b4556")
    R.rect(1340, 482, 8, 128, "#3b4556")
    # the rug
    R.poly([(760, 600), (1300, 600), (1420, 720), (640, 720)], "#4a4458")
    R.poly([(776, 608), (1290, 608), (1398, 712), (664, 712)], "none", stroke="#5e5670", stroke_width=4)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # wall clock at seven
    P.circle(800, 200, 46, "#c9d0da")
    P.circle(800, 200, 40, "#e6ebf0")
    for k in range(12):
        p0 = add((800, 200), dirv(k * 30), 32)
        p1 = add((800, 200), dirv(k * 30), 37)
        P.line(p0[0], p0[1], p1[0], p1[1], "#4a5262", 2.5)
    P.line(800, 200, 800, 166, "#2a303a", 4)
    hand = add((800, 200), dirv(-30), 22)  # the hour hand at seven (dirv: 0 is straight down, -90 left)
    P.line(800, 200, hand[0], hand[1], "#2a303a", 5)
    P.circle(800, 200, 4, "#2a303a")
    # her tape playing on the shelf: a small deck with a cassette in it
    P.rect(420, 222, 110, 52, "#2a2f38", rx=4)
    P.rect(432, 230, 62, 36, "#4a5060", rx=3)
    P.rect(440, 236, 46, 22, "#d6cdb8", rx=2)
    P.circle(505, 248, 8, "#5a6070")
    P.circle(520, 248, 4, "#9ad0a0")
    # the key bowl on the hall table
    P.ellipse(1300, 466, 30, 8, "#6a7486")
    # the open suitcase on the rug, clothes thrown in
    sx, sy = 900, 660
    P.poly([(sx, sy), (sx + 250, sy), (sx + 250, sy - 44), (sx, sy - 44)], "#4a3f52")
    P.poly([(sx, sy - 44), (sx + 250, sy - 44), (sx + 226, sy - 84), (sx + 22, sy - 84)], "#2c2632")  # its inside
    P.poly([(sx + 22, sy - 84), (sx + 226, sy - 84), (sx + 236, sy - 224), (sx + 30, sy - 222)], "#564a60")  # the lid, open
    P.poly([(sx + 36, sy - 94), (sx + 214, sy - 94), (sx + 222, sy - 210), (sx + 42, sy - 208)], "#3e3548")
    P.rect(sx + 110, sy - 30, 30, 10, "#2a2430", rx=3)
    for cx, cy, rx_, ry_, c in ((sx + 70, sy - 62, 56, 18, "#7a8296"), (sx + 160, sy - 58, 60, 16, "#8a6a74"),
                                (sx + 120, sy - 74, 44, 12, "#c8c2b4"), (sx + 200, sy - 70, 30, 12, "#5e6e6a")):
        P.ellipse(cx, cy, rx_, ry_, c)
    P.path(f"M{sx + 30} {sy - 60}q-30 20 -54 8", stroke="#8a6a74", stroke_width=10)  # a sleeve hanging out
    # a sweater in the air, on its way in
    P.open(transform="translate(1104 430) rotate(-24)")
    sw_ = "#9a8aa6"
    P.poly([(-30, -24), (30, -24), (70, 14), (60, 26), (28, 2), (26, 34), (-26, 34), (-28, 2), (-62, 22), (-72, 8)], sw_)
    P.ellipse(0, -24, 14, 5, dark(sw_, 0.25))
    P.rect(-26, 28, 52, 6, dark(sw_, 0.12))
    P.close()
    # figures --------------------------------------------------------------------------------------------------
    F = S.figures
    cone = traffic_cone(24, 16, 128)
    figure(F, "joel", 690, 452, joel_look("winter", coat="#545c6b", hem=16, hem_w=74), s=1.0,
           p=pose(tilt=4), facing=0.55, eyes="open", mouth="tight", brows="worried", held=cone,
           reach={"l": (-8, -50), "r": (58, -54)})
    clem = clem_look("winter", coat="#4e5566", hem=18, hem_w=76, scarf=None, shirt="#8a93a4")
    figure(F, "clementine", 1250, 452, clem, s=0.96, p=pose(lean=-12, tilt=-8, ra=(20, 30)), facing=-0.6,
           eyes="open", mouth="talk", brows="angry", reach_w={"l": (1166, 404)})
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    P.line(1000, 0, 1000, 60, "#20262f", 3)
    P.ellipse(1000, 70, 60, 16, "#b9bcc4")
    glow(Lt, 1000, 90, 420, "#e8dfc0", 0.2, 300)
    glow(Lt, 1000, 74, 90, "#fff4d8", 0.45, 30)
    glow(Lt, 700, 360, 200, "#e8dfc0", 0.12)


@scene("silent_dinner", "winter")
def draw_silent_dinner(S: Scene):
    K = S.sky
    wall_sky(K, "#0f1828", "#2a3a52")
    rng = K.rng
    # the street outside: far lamps and falling snow
    for x in (250, 700, 1150):
        K.rect(x, 250, 6, 200, "#1c2638")
        K.circle(x + 3, 250, 10, "#d8d0b0", opacity=0.8)
    K.rect(0, 430, W, 60, "#3b4a62")
    for _ in range(160):
        K.circle(rng.uniform(0, W), rng.uniform(0, 470), rng.uniform(1.2, 3.6), "#e3ecf6", opacity=round(rng.uniform(0.4, 0.9), 2))
    R = S.room
    # diner wall with a long window (an even-odd cut-out shows the street)
    R.path(f"M0 0H{W}V{H}H0Z M170 110H1430V440H170Z", fill="#5a6b80", fill_rule="evenodd")
    R.rect(0, 0, W, 70, "#4a596d")
    for x in (170 + k * 315 for k in range(5)):
        R.rect(x - 8, 110, 16, 330, "#8593a6")
    R.rect(150, 96, 1300, 16, "#8593a6")
    R.rect(150, 438, 1300, 22, "#8593a6")
    R.rect(0, 600, W, 300, R.lin([(0, "#2a3344"), (1, "#1a202c")], 0, 600, 0, 900))
    # two booths down, an old couple share one slice of pie (their booth at the left, a little smaller)
    for x0, x1 in ((0, 60), (300, 360)):
        R.rect(x0, 430, x1 - x0, 190, "#4b5a70", rx=16)
    R.rect(70, 500, 220, 16, "#9aa6b5")
    R.rect(166, 516, 28, 110, "#5d6879")
    R.open(transform="translate(80 0)")  # their own booth, a little to the right of the middle
    # booth benches
    for x0, x1 in ((290, 450), (1150, 1310)):
        R.rect(x0, 380, x1 - x0, 240, "#4b5a70", rx=20)
        R.rect(x0 + 14, 396, x1 - x0 - 28, 208, "#56677e", rx=14)
    R.rect(280, 540, 230, 70, "#3f4c60", rx=10)
    R.rect(1090, 540, 230, 70, "#3f4c60", rx=10)
    # the table on one leg
    R.rect(540, 470, 520, 22, "#9aa6b5")
    R.rect(540, 492, 520, 8, "#6b7788")
    R.rect(780, 500, 40, 130, "#5d6879")
    R.ellipse(800, 632, 90, 12, "#4a5465")
    R.close()
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    for k in range(2):  # tinsel along the window, for December
        P.path("M170 " + str(118 + k * 6) + "".join(f"q{40 + k * 8} {18 - k * 4} {80 + k * 16} 0" for _ in range(1260 // (80 + k * 16))),
               stroke=("#c8d0dc", "#9aa6b8")[k], stroke_width=3, stroke_dasharray="4 3", opacity=0.8)
    plate(P, 180, 498, 34, "#d7dde6", food="#c8a878")  # the one slice of pie
    P.poly([(168, 492), (198, 492), (188, 482)], "#d8b880")
    P.line(150, 494, 166, 486, "#c8ccd4", 2.4)
    P.line(212, 494, 196, 486, "#c8ccd4", 2.4)
    P.open(transform="translate(80 0)")
    for cx in (670, 930):
        P.ellipse(cx, 466, 78, 13, "#d7dde6")
        P.ellipse(cx, 463, 56, 8, "#bcc4cf")
    P.ellipse(660, 458, 26, 7, "#8c7a6a")  # barely touched food
    P.ellipse(942, 458, 20, 6, "#8c7a6a")
    P.ellipse(686, 460, 10, 4, "#7a8a6a")
    for cx in (590, 1010):
        P.rect(cx - 16, 436, 32, 32, "#c9d2dc", rx=4)
        P.path(f"M{cx + 16} 444c12 0 12 16 0 16", stroke="#c9d2dc", stroke_width=4)
        P.ellipse(cx, 437, 16, 4, "#4a3e36")
    P.rect(770, 420, 60, 50, "#aab4c2", rx=4)  # napkin holder
    P.rect(778, 410, 44, 14, "#eef1f5")
    P.rect(840, 424, 18, 46, "#8a6c6c", rx=5)  # sauce bottle (muted)
    P.rect(744, 440, 16, 30, "#dfe3ea", rx=5)  # salt
    # a pendant lamp above the table
    P.line(800, 0, 800, 200, "#2a3242", 3)
    P.poly([(752, 230), (848, 230), (822, 196), (778, 196)], "#7a8698")
    # the cassette she pushed across, wrapped in a paper napkin
    P.poly([(806, 462), (866, 458), (870, 474), (810, 478)], "#eef1f5")
    P.poly([(806, 462), (836, 452), (866, 458), (836, 466)], "#dfe4ea")
    P.close()
    # figures --------------------------------------------------------------------------------------------------
    F = S.figures
    old_m = other_look("winter", "#5e5a58", "#c8c8cc", "bald", trousers="#3a3838", build=0.95)
    figure(F, "old-man", 52, 560, old_m, s=0.72, p=pose(SIT_R, tilt=8, la=(-10, -4)), facing=0.6, eyes="closed",
           mouth="talk", brows="raised", reach={"r": (80, -120)}, shadow=False)
    old_w = other_look("winter", "#6e6468", "#d8d6d8", "bun", blush="#b99096", trousers="#3e3a3c", build=0.86, female=True)
    glasses = {"l": [(ellipse_poly(-8, -6, 8, 7, 10), "#3a3a40"), (ellipse_poly(10, -6, 8, 7, 10), "#3a3a40"),
                     (ellipse_poly(-8, -6, 5, 4, 8), "#c8ccd4"), (ellipse_poly(10, -6, 5, 4, 8), "#c8ccd4")]}
    figure(F, "old-woman", 306, 560, old_w, s=0.72, p=pose(SIT_L, tilt=-12, lean=-6), facing=-0.6, eyes="closed",
           mouth="grin", brows="raised", reach={"l": (-70, -100), "r": (-60, -60)}, hold=glasses, shadow=False)
    F.open(transform="translate(80 0)")
    clem = clem_look("winter", coat="#5a5e6e", hem=16, hem_w=74, scarf="#767080")
    figure(F, "clementine", 480, 540, clem, s=0.94, p=pose(SIT_R, lean=4, tilt=10),
           facing=0.6, eyes="down", mouth="tight", brows="flat", reach_w={"r": (580, 450)})
    figure(F, "joel", 1120, 540, joel_look("winter", coat="#525a68", hem=14, hem_w=72), s=1.0,
           p=pose(SIT_L, lean=-4, tilt=-8), facing=-0.6, eyes="down", mouth="tight",
           brows="flat", reach_w={"l": (1000, 462)})
    F.close()
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    beam(Lt, [(840, 230), (920, 230), (1140, 470), (620, 470)], "#efe6c8", 0.3, 0.05)
    glow(Lt, 880, 466, 300, "#efe6c8", 0.18, 60)
    glow(Lt, 880, 230, 60, "#fff6da", 0.6)
    glow(Lt, 180, 470, 160, "#efe6c8", 0.14, 60)


@scene("children_argument", "amber")
def draw_children_argument(S: Scene):
    # their kitchen in the evening, back from her sister's: she still has the party's paper crown on, and makes tea
    K = S.sky
    wall_sky(K, "#7a4e34", "#5a3826")
    R = S.room
    rr = R.rng
    # the window over the sink: an August dusk over the backyards
    wx, wy, ww, wh = 160, 140, 360, 270
    R.rect(wx, wy, ww, wh, R.lin([(0, "#4a3a5a"), (0.55, "#b06a50"), (1, "#e8a868")], 0, wy, 0, wy + wh))
    for i in range(6):
        x = wx + i * 64 + rr.uniform(-10, 10)
        top = wy + wh - rr.uniform(40, 90)
        R.poly([(x, wy + wh), (x, top + 18), (x + 30, top), (x + 60, top + 18), (x + 60, wy + wh)], "#3a2820")
    R.path(f"M{wx - 14} {wy - 14}h{ww + 28}v{wh + 28}h{-ww - 28}Z M{wx} {wy}v{wh}h{ww}v{-wh}Z", fill="#c8a070", fill_rule="evenodd")
    R.rect(wx + ww / 2 - 5, wy, 10, wh, "#c8a070")
    # the counter under the window and along the wall, cupboards above at the right
    R.rect(0, 440, 1000, 18, "#c89a68")
    R.rect(0, 458, 1000, 160, "#8a5a3a")
    for k in range(5):
        R.rect(16 + k * 196, 474, 180, 132, "#9a6842", rx=3)
        R.rect(16 + k * 196 + 80, 488, 20, 6, "#d8b080")
    R.rect(620, 90, 380, 190, "#8a5a3a")
    for k in range(2):
        R.rect(636 + k * 182, 104, 166, 162, "#9a6842", rx=3)
    floor(R, 618, "#3a2418", "#5a3a26", "#4a2e1e", (800, 300), 12, 0.25)
    baseboard(R, 620, "#4a2e1e")
    # the kitchen table at the right, two chairs
    R.rect(1080, 470, 440, 18, "#a87a4e")
    R.rect(1100, 488, 16, 140, "#7a5236")
    R.rect(1484, 488, 16, 140, "#7a5236")
    R.rect(1460, 360, 40, 130, "#8a5e3c", rx=6)
    R.rect(1452, 488, 60, 12, "#7a5236")
    R.rect(1456, 500, 10, 128, "#6a4630")
    # his chair, pulled out from the table and turned towards her
    R.rect(1276, 392, 34, 150, "#8a5e3c", rx=6)
    R.rect(1180, 530, 130, 12, "#7a5236")
    R.rect(1190, 542, 10, 86, "#6a4630")
    R.rect(1290, 542, 10, 86, "#6a4630")
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the kettle on the stove ring, steam; a party bag and a balloon brought home, a wrapped slice of cake
    P.ellipse(420, 440, 60, 8, "#5a3a2a")
    P.path("M380 438c-6 -52 12 -70 40 -70s46 18 40 70z", fill="#c8b090")
    P.path("M452 392l30 -14l4 8l-26 16z", fill="#b8a080")
    P.rect(408, 356, 24, 12, "#7a6450", rx=4)
    P.path("M470 360c10 -20 -6 -34 4 -54M484 350c12 -18 -4 -30 6 -50", stroke="#f8e8d0", stroke_width=4, opacity=0.35)
    P.poly([(1160, 470), (1230, 470), (1222, 420), (1168, 420)], "#c8a878")  # a paper party bag
    P.path("M1176 420q18 -24 38 0", stroke="#a88858", stroke_width=3)
    P.path("M1300 470c0 -20 70 -20 70 0z", fill="#e8dcc8", opacity=0.9)  # a slice of cake under a napkin
    P.line(1480, 362, 1446, 170, "#e8d8c0", 1.6)  # a balloon tied to the other chair, on a string
    P.ellipse(1440, 130, 38, 46, "#b87a5a")
    P.poly([(1440, 174), (1452, 174), (1446, 166)], "#a86a4a")
    P.ellipse(1428, 116, 8, 14, "#e8b898", opacity=0.5)
    # figures --------------------------------------------------------------------------------------------------
    F = S.figures
    # Clementine at the counter, the cracked mug in both hands, the crown still on
    mugh = {"l": [(rect_poly(4, -30, 40, 46), "#e8e0d0"), (ellipse_poly(24, -30, 20, 5, 12), "#8a6a4a"),
                  ([(22, -30), (28, -18), (22, -6), (27, 10), (25, 10), (20, -6), (26, -18), (20, -30)], "#5a4a3a")]}
    cl = figure(F, "clementine", 700, 466, clem_look("amber", coat="#7a4e38", hem=16, hem_w=72), s=0.96,
                p=pose(tilt=-6, arms_front=True), facing=0.5, eyes="down", mouth="tight", brows="worried",
                reach={"l": (-4, -46), "r": (38, -48)}, hold=mugh)
    paper_crown(F, cl)
    # Joel at the table, half turned to her
    figure(F, "joel", 1250, 526, joel_look("amber", hem=14, hem_w=72), s=1.0, p=pose(SIT_L, tilt=-4, lean=-2),
           facing=-0.55, eyes="side", mouth="tight", brows="flat", reach={"l": (-70, -10), "r": (-40, -8)})
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    P.line(840, 0, 840, 150, "#2e1c12", 3)
    P.path("M800 186q40 -50 80 0z", fill="#d8b070")
    glow(Lt, 840, 190, 440, "#ffd08a", 0.26, 320)
    glow(Lt, 840, 188, 60, "#fff0c8", 0.6, 14)
    glow(Lt, 340, 300, 220, "#f0a070", 0.18)


@scene("closed_book", "amber")
def draw_closed_book(S: Scene):
    # a Friday evening in May, a park bench by the duck pond: more ducks than water; he draws her, she drinks her tea
    K = S.sky
    K.rect(0, 0, W, H, K.lin([(0, "#6e4a5a"), (0.5, "#c67a52"), (1, "#f0b070")], 0, 0, 0, 440))
    K.circle(300, 380, 50, "#ffd890", opacity=0.9)
    R = S.room
    rr = R.rng
    crowns = [(x, 380 + rr.uniform(-30, 20), rr.uniform(60, 100)) for x in range(-40, W + 80, 90)]
    R.poly(treeline(crowns, 450), "#5a4430")
    R.rect(0, 440, W, 460, R.lin([(0, "#8a7440"), (1, "#5e4e2a")], 0, 440, 0, 900))
    # the pond, catching the evening, reeds at its edge
    R.ellipse(470, 520, 520, 78, R.lin([(0, "#6a6a74"), (1, "#4a5260")], 0, 442, 0, 598))
    segs = [(rr.uniform(60, 880), rr.uniform(470, 580), rr.uniform(20, 60), 0) for _ in range(26)]
    R.strokes(segs, "#f0b878", 2.5, 0.55)
    R.strokes([(rr.uniform(880, 990), 540 - rr.uniform(0, 10), rr.uniform(-8, 8), -rr.uniform(24, 60)) for _ in range(30)],
              "#6a5a30", 3, 0.9)
    # the gravel path and the bench, seen from the front
    R.poly([(980, 900), (1280, 900), (1200, 600), (1100, 600)], "#b89a70", opacity=0.5)
    bench = "#7a5236"
    R.rect(790, 420, 560, 14, bench)
    R.rect(790, 444, 560, 14, bench)
    R.rect(790, 468, 560, 14, bench)
    R.rect(770, 530, 600, 16, "#8a5e3c")
    R.rect(770, 546, 600, 8, "#6a4630")
    for x in (800, 1320):
        R.rect(x, 420, 14, 214, "#3a2a20")
    # a park lamp, just lit
    lamp = streetlamp(R, 1480, 640, 420, col="#2e2018", head="#f8e0a8", arm=-1)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the ducks: on the water, and six on the grass in front checking whether it was bread
    for x, y, s, f, b, h in ((180, 500, 0.8, 1, "#8a6a4a", "#4e5e44"), (330, 540, 0.9, -1, "#9a7a58", "#9a7a58"),
                             (470, 486, 0.7, 1, "#8a6a4a", "#4e5e44"), (610, 530, 0.9, 1, "#a08262", "#a08262"),
                             (760, 500, 0.7, -1, "#8a6a4a", "#4e5e44"), (250, 572, 1.0, 1, "#9a7a58", "#9a7a58")):
        duck(P, x, y, s, f, b, h)
    for x, y, s, f, b, h in ((640, 640, 1.1, 1, "#9a7a58", "#9a7a58"), (720, 660, 1.2, -1, "#8a6a4a", "#4e5e44"),
                             (560, 664, 1.1, 1, "#8a6a4a", "#4e5e44")):
        duck(P, x, y, s, f, b, h, swim=False)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # Clementine with her tea in her own mug, both hands round it
    mugh = {"r": [(rect_poly(-30, -28, 34, 40), "#e8e0d0"), (ellipse_poly(-13, -28, 17, 4, 12), "#7a5a3a"),
                  ([(-14, -28), (-9, -16), (-15, -4), (-10, 12), (-12, 12), (-17, -4), (-11, -16), (-16, -28)], "#5a4a3a")]}
    figure(F, "clementine", 930, 530, clem_look("amber"), s=0.94,
           p=pose(SIT_FRONT, ll=(-10, 4), rl=(14, -6), thigh_k=0.3, shin_k=0.78, tilt=-6, arms_front=True), facing=0.45,
           eyes="side", mouth="talk", brows="raised", reach={"l": (2, -34), "r": (40, -38)}, hold=mugh)
    # Joel drawing her: the sketchbook on his knee, the pencil moving
    book = {"l": [([(-60, -30), (20, -44), (26, 10), (-54, 22)], "#efe8d6"), ([(-60, -30), (-54, 22), (-60, 24), (-66, -28)], "#5e6a64"),
                  (ellipse_poly(-24, -8, 9, 11, 12), "#b8a890"), (ellipse_poly(-24, -8, 7, 9, 12), "#efe8d6"),
                  ([(-34, -10), (-30, -20), (-18, -22), (-13, -12), (-16, -14), (-24, -18), (-31, -13)], "#c83a3a")]}
    figure(F, "joel", 1200, 530, joel_look("amber", hem=16, hem_w=76), s=0.98,
           p=pose(SIT_FRONT, ll=(-12, 4), rl=(12, -4), thigh_k=0.3, shin_k=0.78, tilt=10), facing=-0.4, eyes="down",
           mouth="tight", brows="flat", reach={"l": (-30, -22), "r": (-20, -34)}, hold=book)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 300, 380, 420, "#ffd090", 0.34, 160)
    glow(Lt, lamp[0], lamp[1], 60, "#fff0c8", 0.5)
    glow(Lt, 1060, 520, 320, "#ffd8a0", 0.12, 140)


@scene("christmas_call", "winter")
def draw_christmas_call(S: Scene):
    # Christmas night in his mother's hallway: the phone on the wall between the coat hooks and the barometer; Joel has
    # stretched the cord into the coats and turned his back on the living room
    wall_sky(S.sky, "#4e596d", "#3b4456")
    R = S.room
    rr = R.rng
    # wallpaper stripes above a panelled wainscot, the floor and a runner
    for i in range(40):
        R.rect(i * 40 + 14, 0, 9, 432, "#5a667c", opacity=0.3)
    R.rect(0, 440, W, 172, "#353d4d")
    R.rect(0, 430, W, 14, "#5d6779")
    for i in range(8):
        R.rect(28 + i * 200, 468, 158, 112, "none", stroke="#2b3240", stroke_width=3)
    floor(R, 610, "#1c212b", "#2a303c", "#384152", (800, 330), 12, 0.22)
    baseboard(R, 612, "#272d38")
    R.poly([(500, 612), (1040, 612), (1220, 900), (300, 900)], "#4c4656")
    R.poly([(522, 622), (1018, 622), (1180, 900), (342, 900)], "none", stroke="#6a6072", stroke_width=4)
    # the window at the left: night, snow falling and piled on the sill outside
    window(R, 90, 120, 200, 270, "#6b7689", [(0, "#121b2c"), (1, "#2c3a54")], bars=(1, 1), frame_w=11)
    snowfall(R, rr, 60, (94, 124, 286, 386), sizes=(2.4, 3.8, 5.6))
    R.path("M90 390Q130 366 170 378T240 372T290 384V390Z", fill="#c3cfe0")
    # the doorway at the right into the living room: warmer, dimmer, the little tree in there
    R.rect(1246, 146, 238, 466, "#252b37")
    R.rect(1262, 162, 206, 450, R.lin([(0, "#7e7566"), (1, "#4c473f")], 0, 162, 0, 612))
    R.rect(1262, 162, 206, 24, "#3b3a3c", opacity=0.6)
    R.rect(1396, 470, 72, 142, "#4a423e", rx=18)
    R.rect(1386, 520, 82, 70, "#564c46", rx=14)
    # the coat rail on the wall, the hall table under the phone
    R.rect(760, 190, 420, 14, "#4b5468")
    for x in (790, 870, 950, 1030, 1110):
        R.rect(x - 4, 200, 8, 18, "#8a92a0")
    R.rect(470, 470, 200, 14, "#4b5468")
    R.rect(482, 484, 10, 128, "#3b4354")
    R.rect(648, 484, 10, 128, "#3b4354")
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the little tree in the living room, seen through the door
    (tx, ty), spots = xmas_tree(P, 1330, 604, 200, green="#4a5a50", pot="#6a5a58")
    lights = [(bx + 10, by - 4) for bx, by in spots]
    dots(P, lights, "#f6e6b8", 6, 0.9)
    # the barometer that has said CHANGE since 1979
    P.circle(430, 250, 46, "#9a7a4a")
    P.circle(430, 250, 38, "#e6dfcc")
    P.path("M398 262a34 34 0 0 1 64 0", stroke="#8a8270", stroke_width=2)
    P.line(430, 252, 430, 220, "#2a2620", 3)  # the needle, straight up: change
    P.circle(430, 252, 4, "#2a2620")
    # the wall telephone, its handset off the hook
    P.rect(606, 236, 50, 96, "#c2baa8", rx=8)
    P.rect(612, 242, 38, 20, "#a8a090", rx=5)
    P.circle(631, 292, 16, "#a9a192")
    P.circle(631, 292, 6, "#8a8374")
    for k in range(10):
        q = add((631, 292), dirv(150 + k * 26), 11.5)
        P.circle(q[0], q[1], 2, "#d8d2c4")
    # on the hall table: a bowl of keys, the phone book
    P.ellipse(520, 466, 30, 8, "#8a8478")
    P.rect(580, 452, 70, 18, "#7a6e5e")
    # his mother's coats on the hooks, mothballs and church; his own grey one among them, a paper star in its pocket
    coats = [(790, "#5c5666", 250), (870, "#6a6358", 270), (950, "#4e5668", 290), (1030, "#6e5e62", 262), (1110, "#58606a", 240)]
    for x, col, ln in coats:
        P.path(f"M{x - 10} 208q-44 {ln * 0.3} -36 {ln}l92 0q8 {-ln * 0.7} -36 {-ln}z", fill=col)
        P.path(f"M{x - 6} 208l-4 {ln * 0.6}", stroke=dark(col, 0.2), stroke_width=3)
        P.path(f"M{x - 10} 208q-20 30 -22 70l10 0q4 -40 18 -60z", fill=dark(col, 0.12))
    P.rect(1128, 380, 34, 8, "#4a5060")  # the pocket of his coat
    paper_star(P, 1146, 372, 12, "#e8e0cc", fold="#c8a888", a=14)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # Joel from behind, in among the coats, the handset at his ear, the cord pulled taut from the phone
    jl = figure(F, "joel", 930, 452, joel_look("winter", coat="#59616f", hem=16, hem_w=74, shirt=None), s=1.0,
                p=pose(tilt=8, lean=4), facing=0.0, eyes="open", mouth="talk", brows="worried", back=True,
                reach_w={"r": (972, 266), "l": (884, 420)})
    hx, hy = jl["head"]
    F.open(id="phone")
    F.poly(capsule((hx + 34, hy - 14), (hx + 32, hy + 34), 7.5), "#c2baa8")
    F.ellipse(hx + 32, hy - 16, 9, 13, "#b4ac9a")
    F.ellipse(hx + 31, hy + 36, 9, 12, "#b4ac9a")
    F.ellipse(hx + 40, hy + 8, 11, 13, ERA["winter"]["skin"])
    coil_cord(F, (hx + 30, hy + 46), (760, 300), (622, 330), "#b4ac9a", width=2.4, r=3.4, turns=30)
    F.close()
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    beam(Lt, [(90, 390), (290, 390), (470, 690), (130, 690)], "#b4c6e2", 0.14, 0)
    beam(Lt, [(1262, 612), (1468, 612), (1560, 760), (1100, 760)], "#e6d4ac", 0.22, 0)
    glow(Lt, 940, 380, 260, "#e6d4ac", 0.1, 300)
    glow(Lt, 1365, 380, 220, "#e8d6ae", 0.2)
    g = Lt.rad_box([(0, "#fff0c8", 0.6), (0.5, "#f6dca8", 0.2), (1, "#f6dca8", 0)])
    for x, y in lights:
        Lt.circle(x, y, 14, g)


@scene("dented_car", "winter")
def draw_dented_car(S: Scene):
    # a supermarket lot in January, gray slush under orange light: his car in the fire lane, its nose against a pillar
    K = S.sky
    wall_sky(K, "#0c121d", "#3a3a44", 460)
    R = S.room
    rr = R.rng
    # the far edge: dark firs, the supermarket with its lit front and a concrete canopy on pillars
    for i in range(26):
        x = i * 64 + rr.uniform(-16, 16)
        h = rr.uniform(80, 150)
        R.poly([(x - 34, 452), (x, 452 - h), (x + 34, 452)], "#141a26")
    R.rect(560, 260, 1040, 200, "#2a303c")
    R.rect(620, 340, 900, 100, "#a89a78", opacity=0.6)
    for i in range(13):
        R.rect(620 + i * 70, 340, 5, 100, "#2a303c")
    R.rect(900, 286, 300, 36, "#3a4252")
    R.rect(0, 450, W, 450, R.lin([(0, "#3a3a40"), (1, "#1e2026")], 0, 450, 0, 900))
    # snow ploughed into banks, the gray slush of the lot, bay lines
    R.path("M0 462Q60 436 130 452T260 446T420 456T560 452V470H0Z", fill="#8a8c96")
    for i in range(9):
        x = -200 + i * 260
        R.line(x + (x - 800) * 0.02, 490, x + (x - 800) * 0.55, 900, "#b8b8b4", 5, opacity=0.22)
    for _ in range(14):
        R.ellipse(rr.uniform(0, W), rr.uniform(560, 880), rr.uniform(40, 140), rr.uniform(4, 10), "#8a8a8c", opacity=0.3)
    # the fire lane along the store front: a red kerb and yellow hatching on the asphalt
    R.rect(560, 456, 1040, 10, "#8a3a34")
    hatch = [(620 + k * 60, 470, 40, 30) for k in range(16)]
    R.strokes(hatch, "#c8a848", 7, 0.55)
    # the canopy over the entrance and its concrete pillar
    R.rect(150, 150, 700, 40, "#4a4c54")
    R.rect(150, 190, 700, 10, "#34363e")
    R.rect(250, 200, 96, 462, "#77787c")
    R.rect(330, 200, 16, 462, "#5e6064")
    R.rect(250, 200, 96, 12, "#5a5c60")
    R.poly([(238, 662), (358, 662), (350, 650), (246, 650)], "#5e6064")
    # sodium lamps
    lamps = [streetlamp(R, 1480, 470, 300, col="#1a1e28", head="#f0c478", arm=-1),
             streetlamp(R, 80, 470, 330, col="#1a1e28", head="#f0c478", arm=1)]
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # his car, its nose against the pillar, seen from its left side (the picture mirrored)
    cx0, gy, s = 350, 660, 1.25
    P.open(transform=f"translate({n(cx0 * 2 + 616 * s)} 0) scale(-1 1)")
    car_side(P, cx0, gy, s, "#5f6d80", glass="#1e2736", dent=True, snow="#c6ccd6")
    # the front-left headlight gone: an empty black socket with a rim of broken glass
    P.rect(cx0 + 596 * s, gy - 98 * s, 22 * s, 20 * s, "#14161a", rx=n(3 * s))
    P.polyline([(cx0 + (596 + a) * s, gy - (98 - b) * s) for a, b in ((0, 0), (5, 4), (9, 1), (13, 5), (18, 0), (22, 3))],
               "#c8d0da", 1.8)
    P.polyline([(cx0 + (596 + a) * s, gy - (78 + b) * s) for a, b in ((0, 0), (6, 4), (11, 1), (16, 5), (22, 0))],
               "#c8d0da", 1.8)
    # the hazard lights, on
    P.rect(cx0 + 600 * s, gy - 76 * s, 14 * s, 8 * s, "#f0a030", rx=3)
    P.rect(cx0 - 2 * s, gy - 76 * s, 8 * s, 8 * s, "#f0a030", rx=2)
    P.close()
    # a parking ticket under the wiper
    P.poly([(cx0 + 250, gy - 236), (cx0 + 282, gy - 246), (cx0 + 290, gy - 224), (cx0 + 258, gy - 216)], "#ece8dc")
    # the headlight's glass in the slush by the pillar, glinting
    glass_pts = [(rr.uniform(150, 420), rr.uniform(640, 672)) for _ in range(22)]
    dots(P, glass_pts, "#e8eef4", 4, 0.85)
    for x, y in glass_pts[:8]:
        P.poly([(x, y), (x + 7, y - 4), (x + 10, y + 2)], "#c8d4e0", opacity=0.9)
    P.ellipse(270, 664, 130, 12, "#7e8088", opacity=0.5)  # gray slush
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    crouch = pose(ll=(-128, 16), rl=(-118, 24), lean=-30, tilt=-10, thigh_k=0.85, shin_k=0.9, legs_front=True)
    clem = clem_look("winter", coat="#5a5468", hem=30, hem_w=90)
    figure(F, "clementine", 262, 598, clem, s=0.86, p=crouch, facing=-0.5, eyes="down", mouth="tight", brows="worried",
           reach_w={"l": (150, 654), "r": (196, 640)}, shadow=False)
    F.ellipse(240, 664, 80, 9, "#000000", opacity=0.16)
    dots(F, [(150, 648), (198, 634)], "#eef4fa", 5, 0.95)  # the pieces in her bare fingers
    figure(F, "joel", 1340, 462, joel_look("winter", scarf="#5d6878"), s=0.9,
           p=pose(POCKETS, tilt=-4), facing=-0.6, eyes="down", mouth="tight", brows="worried")
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    for lx, ly in lamps:
        beam(Lt, [(lx - 22, ly), (lx + 22, ly), (lx + 280, 690), (lx - 280, 690)], "#f2b060", 0.18, 0.03)
        glow(Lt, lx, ly + 4, 70, "#ffd090", 0.7)
    glow(Lt, 800, 640, 700, "#e8a860", 0.12, 120)
    hz = cx0 * 2 + 616 * s - (cx0 + 607 * s)
    glow(Lt, hz, gy - 72 * s, 60, "#ffa830", 0.55)  # the hazards blinking
    glow(Lt, cx0 * 2 + 616 * s - (cx0 + 2 * s), gy - 72 * s, 44, "#ffa830", 0.45)
    snowfall(Lt, Lt.rng, 80, (0, 0, W, 640), color="#f0f0f0", sizes=(2.6, 4), ops=(0.4, 0.7))


@scene("forgotten_anniversary", "amber")
def draw_forgotten_anniversary(S: Scene):
    wall_sky(S.sky, "#6c4129", "#3f2619")
    R = S.room
    rr = R.rng
    # the dining room through a wide opening: warmer, brighter, every table taken
    R.rect(640, 150, 940, 462, R.lin([(0, "#b87a4c"), (1, "#8a5634")], 0, 150, 0, 612))
    R.rect(640, 150, 940, 70, "#7a4a2e")
    for x in (760, 1010, 1260, 1500):
        R.rect(x - 50, 250, 100, 130, "#9a6440")
        R.rect(x - 40, 260, 80, 110, "#c89a6a", opacity=0.6)
    R.rect(640, 520, 940, 92, "#6a3e26")
    R.rect(620, 140, 24, 472, "#4a2c1c")
    R.rect(1576, 140, 24, 472, "#4a2c1c")
    R.rect(620, 130, 980, 22, "#4a2c1c")
    # the entrance: the wall, a glass door onto the night street, a mat
    R.rect(0, 430, 620, 182, "#4e2f1f")
    R.rect(0, 422, 620, 12, "#7a5036")
    floor(R, 610, "#2a1a12", "#3e2819", "#1e120c", (800, 320), 14, 0.3)
    baseboard(R, 612, "#2e1d13")
    R.rect(70, 130, 280, 482, "#2a1a12")
    R.rect(86, 146, 120, 466, R.lin([(0, "#1a1822"), (1, "#2c2630")], 0, 146, 0, 612))
    R.rect(214, 146, 120, 466, R.lin([(0, "#1a1822"), (1, "#2c2630")], 0, 146, 0, 612))
    for _ in range(14):
        R.circle(rr.uniform(92, 328), rr.uniform(160, 420), rr.uniform(2, 5), "#c8a070", opacity=0.45)
    R.rect(190, 340, 8, 70, "#c8a46a")
    R.rect(222, 340, 8, 70, "#c8a46a")
    R.poly([(60, 640), (360, 640), (380, 676), (40, 676)], "#3a2a22")
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the host's stand with its lamp and the book of bookings
    P.poly([(560, 470), (700, 470), (690, 640), (570, 640)], "#5a3420")
    P.poly([(548, 452), (712, 452), (700, 476), (560, 476)], "#6e4228")
    P.poly([(586, 452), (676, 452), (684, 440), (578, 440)], "#efe2c8")
    P.line(631, 440, 631, 452, "#b8a888", 2)
    for k in range(4):
        P.line(592, 444 + k * 2.5, 624, 444 + k * 2.5, "#8a7a6a", 1, opacity=0.6)
    lamp_table(P, 690, 452, "#e8c58a", "#8a6a40", 0.55)
    # a rack by the door, full of other people's coats
    P.rect(380, 176, 170, 12, "#3a2418")
    for k, c in enumerate(("#4a4a48", "#6a5040", "#3e3a44", "#5a4a3a")):
        P.path(f"M{396 + k * 40} 188q-14 90 -6 190l40 0q8 -100 -14 -190z", fill=c)
    # the back tables, every one taken, candles burning
    tables = [(820, 500), (1110, 500), (1400, 500)]
    for tx, ty in tables:
        P.rect(tx - 110, ty, 220, 90, "#e6d8be")
        P.rect(tx - 110, ty, 220, 6, "#c8b89a")
        candle(P, tx, ty, 26, w=8)
        wine_glass(P, tx - 40, ty, 0.45)
        wine_glass(P, tx + 44, ty, 0.45, level=0.3)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    diners = [("#5a4a58", "#3a2a22", "bun", 0.5, True), ("#4a5240", "#2a2018", "short", -0.5, False),
              ("#6a4a3a", "#5a3a22", "curly", 0.5, True), ("#3a3a44", "#8a7a6a", "bald", -0.5, False),
              ("#4a4038", "#2e241e", "short", 0.5, False), ("#7a5a48", "#4a3020", "ponytail", -0.5, True)]
    for i, (c, hair, st, fac, fem) in enumerate(diners):
        tx, ty = tables[i // 2]
        dx = -74 if i % 2 == 0 else 74
        lk = other_look("amber", c, hair, st, skin=dark(ERA["amber"]["skin"], 0.08), female=fem, build=0.9 if fem else 1.0)
        figure(F, f"diner{i + 1}", tx + dx, ty + 40, lk, s=0.5, hm=1.0, p=pose(la=(-20, 40 * (1 if fac > 0 else -1)),
               ra=(20, 40 * (1 if fac > 0 else -1))), facing=fac, eyes="open", mouth="smile" if i % 3 else "talk",
               brows="flat", cut=ty, shadow=False)
    host = other_look("amber", "#2c221e", "#3a2a20", "short", shirt="#e8dcc8", trousers="#221a16", hem=20, hem_w=78)
    figure(F, "host", 630, 420, host, s=0.98, p=pose(la=(-22, -96), ra=(22, 96), tilt=-8), facing=-0.45,
           eyes="closed", mouth="smile", brows="worried", cut=452)
    clem = clem_look("amber", coat="#7a4a36", hem=60, hem_w=88, scarf="#8a6a50")
    figure(F, "clementine", 250, 452, clem, s=0.95, p=pose(arms_front=True, tilt=-4), facing=0.5, eyes="side",
           mouth="tight", brows="angry", reach={"l": (18, -62), "r": (-14, -58)})
    jl = figure(F, "joel", 430, 450, joel_look("amber", hem=60, hem_w=84, scarf="#7a6a5a"), s=1.0,
                p=pose(tilt=12), facing=0.35, eyes="down", mouth="tight", brows="worried",
                reach={"l": (30, -62)})
    wx, wy = jl["hand_l"]
    F.open(id="wristwatch")
    F.rect(wx - 22, wy - 8, 12, 16, "#3a2a20", rx=3)
    F.circle(wx - 16, wy, 7, "#d8c8a0")
    F.line(wx - 16, wy, wx - 16, wy - 5, "#3a2a20", 1.6)
    F.close()
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 1110, 400, 440, "#ffcf8a", 0.3, 200)
    for tx, ty in tables:
        glow(Lt, tx, ty - 34, 70, "#ffd890", 0.5)
    glow(Lt, 690, 400, 110, "#ffd898", 0.45)
    beam(Lt, [(640, 612), (1580, 612), (1600, 760), (500, 760)], "#ffc888", 0.12, 0)


@scene("jealous_night", "amber")
def draw_jealous_night(S: Scene):
    wall_sky(S.sky, "#5c3b27", "#37241a")
    R = S.room
    rr = R.rng
    floor(R, 620, "#2a1b12", "#3e2a1c", "#24170f", (800, 320), 14, 0.3)
    baseboard(R, 622, "#2e1d13")
    warm = ["#8a4e34", "#b8895a", "#d8c09a", "#5e4a36", "#a0643e", "#7a6a4a", "#c8a878", "#6a3e2a", "#9a8a6a", "#4e3a2a"]
    clinic_shelves(R, rr, 420, 110, 560, 510, 5, frame="#5a3a24", spines=warm, ring=True)
    clinic_shelves(R, rr, 1020, 110, 560, 510, 5, frame="#5a3a24", spines=warm, ring=True)
    # the shop door with its sign turned, the night outside
    R.rect(50, 130, 290, 492, "#2e1e14")
    R.rect(68, 148, 254, 300, R.lin([(0, "#151823"), (1, "#232632")], 0, 148, 0, 448))
    R.rect(68, 448, 254, 174, "#4a301f")
    R.rect(68, 448, 254, 10, "#5e3e28")
    R.rect(290, 480, 12, 46, "#c8a46a", rx=4)
    for _ in range(6):
        R.circle(rr.uniform(80, 310), rr.uniform(170, 430), rr.uniform(2, 5), "#c8a070", opacity=0.35)
    # the counter
    R.rect(620, 500, 720, 18, "#7a4e30")
    R.rect(632, 518, 696, 110, "#5e3a24")
    for i in range(5):
        R.rect(650 + i * 136, 534, 116, 78, "#6a4229")
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    P.line(195, 148, 160, 210, "#a88a60", 1.5)
    P.line(195, 148, 230, 210, "#a88a60", 1.5)
    P.rect(140, 208, 110, 56, "#d8c8a8", rx=4)  # the sign, turned to the side that says closed
    P.path("M156 236q14 -10 26 0t26 0t26 0", stroke="#7a4a3a", stroke_width=3)
    for x in (520, 900, 1300):
        P.line(x, 0, x, 90, "#2a1c14", 3)
        P.poly([(x - 44, 130), (x + 44, 130), (x + 22, 90), (x - 22, 90)], "#a07a48")
        P.ellipse(x, 130, 30, 6, "#fff0c8")
    # on the counter: the register, a banker's lamp, a stack of books, a cup and a bookmark left out
    P.poly([(1180, 500), (1300, 500), (1292, 452), (1188, 452)], "#4a3a2e")
    P.poly([(1196, 452), (1284, 452), (1274, 424), (1206, 424)], "#3a2c22")
    P.rect(1214, 430, 52, 14, "#c8b888")
    P.rect(700, 490, 70, 10, "#6a4a30")
    P.rect(730, 440, 8, 52, "#b8944a")
    P.path("M700 446C700 420 768 420 768 446Z", fill="#5a6a48")
    for i, (w_, col) in enumerate([(100, "#8a5a3a"), (92, "#c8b08a"), (106, "#6a5a3a"), (88, "#b89a6a")]):
        P.rect(1040 + (106 - w_) / 2, 500 - 14 * (i + 1), w_, 13, col)
    P.rect(1130, 476, 24, 24, "#e8dcc8", rx=3)
    P.rect(960, 494, 60, 8, "#e8d8b8", transform="rotate(-6 990 498)")
    P.line(1020, 494, 1030, 512, "#8a6a4a", 2)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    clem = clem_look("amber", coat="#6e4434", hem=16, hem_w=72)
    figure(F, "clementine", 1010, 470, clem, s=0.95, p=pose(la=(-20, -10), tilt=-12, lean=-4), facing=-0.45,
           eyes="closed", mouth="grin", brows="raised", cut=500, reach_w={"r": (1008, 356)})
    guy = other_look("amber", "#5e6446", "#5a3e26", "curly", hem=20, hem_w=76, trousers="#3a3428", build=1.05)
    figure(F, "customer", 800, 458, guy, s=1.02, p=pose(lean=8, tilt=12, ll=(-4, 0), rl=(14, 4)), facing=0.55,
           eyes="closed", mouth="grin", brows="raised", reach_w={"r": (900, 494), "l": (760, 488)})
    figure(F, "joel", 330, 456, joel_look("amber", hem=62, hem_w=84), s=1.0, p=POCKETS, facing=0.45,
           eyes="side", mouth="tight", brows="flat")
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    for x in (520, 900, 1300):
        beam(Lt, [(x - 44, 130), (x + 44, 130), (x + 150, 620), (x - 150, 620)], "#ffd08a", 0.18, 0)
        glow(Lt, x, 128, 90, "#ffe0a8", 0.5)
    glow(Lt, 734, 450, 140, "#ffd890", 0.4)


@scene("thanksgiving", "amber")
def draw_thanksgiving(S: Scene):
    wall_sky(S.sky, "#8c5a38", "#65402a")
    R = S.room
    rr = R.rng
    # wallpaper: a small lozenge print
    segs = []
    for j in range(12):
        for i in range(34):
            x, y = i * 48 + (24 if j % 2 else 0), 30 + j * 40
            segs.append((x, y - 8, 8, 8))
            segs.append((x + 8, y, -8, 8))
    R.strokes(segs, "#a87048", 3, 0.5)
    R.rect(0, 470, W, 140, "#5a3824")
    R.rect(0, 462, W, 12, "#8a5e3e")
    floor(R, 610, "#2e1e14", "#45301f", "#2a1a10", (800, 320), 12, 0.25)
    # the window: late November, the dark already coming, curtains, a sideboard with a framed photograph
    window(R, 640, 110, 320, 260, "#d8b890", [(0, "#2a3048"), (0.7, "#6a5a6a"), (1, "#b07a5a")], bars=(1, 1), frame_w=10)
    R.path("M600 90q30 180 -6 320l70 0q-18 -180 6 -320z", fill="#8a3e2e")
    R.path("M1000 90q-30 180 6 320l-70 0q18 -180 -6 -320z", fill="#8a3e2e")
    R.rect(580, 82, 440, 12, "#4a2c1c")
    R.rect(90, 400, 300, 20, "#5e3a22")
    R.rect(100, 420, 280, 150, "#4e3020")
    R.rect(116, 436, 120, 118, "#5a3826")
    R.rect(244, 436, 120, 118, "#5a3826")
    R.rect(1240, 170, 130, 160, "#5a3a24")
    R.rect(1254, 184, 102, 132, "#c8a47a")
    R.ellipse(1305, 236, 26, 30, "#8a6a4a")
    R.rect(1275, 262, 60, 54, "#8a6a4a")
    # the table, its cloth to the floor
    table_front(R, 240, 1360, 512, 580, 124, "#e8d8bc", "#dccaa8")
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    P.rect(140, 340, 60, 60, "#6a4a34")  # on the sideboard: a photo frame, a vase
    P.rect(148, 348, 44, 44, "#b8a488")
    P.rect(290, 350, 34, 50, "#8a6a4a", rx=8)
    for a in (-20, 0, 20):
        P.ellipse(307 + a, 330, 10, 22, "#a8783a", transform=f"rotate({a} {307 + a} 330)")
    # the chandelier
    P.line(800, 0, 800, 60, "#3a2618", 3)
    P.rect(760, 60, 80, 10, "#a88a50")
    for dx in (-36, 0, 36):
        P.rect(800 + dx - 4, 40, 8, 22, "#efe4cc")
        P.ellipse(800 + dx, 36, 3, 6, "#ffe8b0")
    ty = 540
    for x in (470, 690, 1150):
        plate(P, x, ty, 48)
    # over the pie: the pie on its stand, a slice gone; a bowl, candles, glasses, the swan gravy boat, her recipe card
    P.rect(900, ty - 30, 20, 28, "#d8d0c0")
    P.ellipse(910, ty - 2, 50, 8, "#d8d0c0")
    P.ellipse(910, ty - 32, 96, 16, "#d8d0c0")
    P.path(f"M824 {ty - 36}L996 {ty - 36}L986 {ty - 58}Q910 {ty - 74} 834 {ty - 58}Z", fill="#c88a4a")
    P.ellipse(910, ty - 60, 76, 12, "#d8a05a")
    P.poly([(910, ty - 60), (986, ty - 58), (996, ty - 36), (940, ty - 36)], "#a05a3a")  # where the slice was
    for k in range(-2, 3):
        P.line(910 + k * 24, ty - 70, 910 + k * 24 + 6, ty - 50, "#b8783a", 3, opacity=0.8)
    P.ellipse(1046, ty - 4, 40, 10, "#b8a07a")
    P.path(f"M1010 {ty - 4}C1010 {ty - 34} 1082 {ty - 34} 1082 {ty - 4}Z", fill="#d8c8a0")
    P.ellipse(1046, ty - 22, 30, 6, "#efe4c4")
    candle(P, 580, ty, 84)
    candle(P, 1270, ty, 84)
    wine_glass(P, 532, ty - 6, 0.62, wine="#6a2a24")
    wine_glass(P, 764, ty - 6, 0.62, wine="#6a2a24", level=0.2)
    P.path(f"M330 {ty + 6}c0 -20 40 -24 60 -8l22 -6l-12 14c-10 10 -60 12 -70 0z", fill="#d8d0c0")  # the gravy boat, a swan
    P.path(f"M336 {ty - 6}c-10 -10 -8 -30 6 -34c10 -2 14 6 8 10", stroke="#d8d0c0", stroke_width=6)
    P.poly([(350, ty - 30), (360, ty - 27), (350, ty - 24)], "#c8a050")
    P.poly([(352, ty + 20), (424, ty + 14), (428, ty + 32), (356, ty + 38)], "#f2ead4")  # the recipe card
    for k in range(3):
        P.line(362, ty + 22 + k * 4, 416, ty + 17 + k * 4, "#8a6a5a", 1, opacity=0.7)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    cut = 516
    clem = clem_look("amber", coat="#7a5040", hem=16, hem_w=72)
    figure(F, "clementine", 466, 564, clem, s=0.94, p=pose(la=(-40, -120), tilt=-6), facing=0.45, eyes="open",
           mouth="talk", brows="raised", cut=cut, reach_w={"r": (516, 512)}, shadow=False)
    figure(F, "joel", 690, 568, joel_look("amber", hem=16, hem_w=74), s=1.0, p=pose(tilt=8), facing=-0.2,
           eyes="down", mouth="tight", brows="worried", cut=cut, reach_w={"l": (650, 514), "r": (734, 514)}, shadow=False)
    mom = other_look("amber", "#7a6a58", "#9a8a78", "bun", glasses=True, skirt=(110, 140), skirt_col="#5e4e40",
                     legs="#d8b090", female=True, build=0.92, blush="#d08068")
    figure(F, "mother", 1160, 482, mom, s=0.98, p=pose(lean=-6, tilt=-8), facing=-0.5, eyes="open",
           mouth="smile", brows="raised", cut=cut, reach_w={"l": (1070, 500), "r": (1110, 506)}, shadow=False)
    F.open(id="serving_dish")
    F.path("M1050 506c0 -22 80 -22 80 0z", fill="#e8e0d0")
    F.ellipse(1090, 506, 42, 7, "#d8cfbe")
    F.close()
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 800, 60, 300, "#ffe0a8", 0.35, 140)
    for x in (580, 1270):
        glow(Lt, x, 440, 120, "#ffd890", 0.45)
    glow(Lt, 800, 490, 460, "#ffcf88", 0.18, 100)
    glow(Lt, 800, 240, 200, "#8a8aa8", 0.1)


@scene("her_birthday", "amber")
def draw_her_birthday(S: Scene):
    K = S.sky
    K.rect(0, 0, W, H, K.lin([(0, "#4a466c"), (0.45, "#b8767a"), (0.75, "#eaa57a"), (1, "#f4cc94")], 0, 0, 0, 500))
    rng = K.rng
    for _ in range(6):
        cx, cy = rng.uniform(0, W), rng.uniform(90, 300)
        K.ellipse(cx, cy, rng.uniform(120, 240), rng.uniform(8, 14), "#e8a08a", opacity=0.5)
    K.circle(300, 90, 2, "#fff4e0")
    skyline(K, rng, -20, W + 20, 520, 140, 320, "#6a4048", win="#ffd8a0", win_p=0.18)
    skyline(K, rng, -40, W + 40, 530, 60, 170, "#54303a", win="#ffcf90", win_p=0.22)
    R = S.room
    rr = R.rng
    # the roof: a low parapet, the tar, a water tank on its legs, a vent, the stairs hut
    R.rect(0, 500, W, 400, R.lin([(0, "#6e4a3e"), (1, "#4a3028")], 0, 500, 0, 900))
    R.rect(0, 486, W, 30, "#8a5a44")
    R.rect(0, 480, W, 10, "#a87458")
    for _ in range(14):
        R.ellipse(rr.uniform(0, W), rr.uniform(560, 880), rr.uniform(50, 160), rr.uniform(4, 10), "#5a3a30", opacity=0.4)
    R.rect(1250, 200, 170, 150, "#6a4434")
    R.ellipse(1335, 200, 85, 18, "#7a5040")
    R.poly([(1250, 200), (1335, 140), (1420, 200)], "#5a382a")
    for lx in (1262, 1320, 1398):
        R.rect(lx, 350, 10, 140, "#4a2e24")
    R.line(1262, 380, 1408, 470, "#4a2e24", 4)
    R.rect(60, 330, 220, 180, "#7a4e3c")
    R.rect(50, 320, 240, 16, "#5a382a")
    R.rect(120, 390, 70, 120, "#4a2e24")
    R.rect(126, 396, 58, 110, "#f0c890", opacity=0.5)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    P.rect(330, 260, 8, 260, "#3a2620")
    P.rect(1190, 250, 8, 270, "#3a2620")
    bulbs = string_lights(P, (334, 262), (1194, 252), 90, 22, wire="#3a2620", bulb="#fff0c0")
    bulbs += string_lights(P, (0, 180), (334, 262), 30, 8, wire="#3a2620", bulb="#fff0c0")
    bulbs += string_lights(P, (1194, 252), (W, 160), 30, 9, wire="#3a2620", bulb="#fff0c0")
    # the blanket in perspective, checks in two muted colours
    blanket = [(460, 560), (1140, 560), (1260, 700), (340, 700)]
    P.poly(blanket, "#c8a46a")
    for i in range(1, 9):
        t = i / 9
        P.line(460 + 680 * t, 560, 340 + 920 * t, 700, "#e0c890", 6, opacity=0.7)
    for j in range(1, 4):
        t = j / 4
        P.line(460 - 120 * t, 560 + 140 * t, 1140 + 120 * t, 560 + 140 * t, "#e0c890", 6, opacity=0.7)
    # the cake with its candles, plates, a bottle, the card standing up
    cx, cy = 800, 612
    P.ellipse(cx, cy + 4, 80, 16, "#e8e0d0")
    P.rect(cx - 56, cy - 50, 112, 50, "#f2e6d4")
    P.ellipse(cx, cy, 56, 12, "#e8d8c4")
    P.ellipse(cx, cy - 50, 56, 12, "#fbf4e8")
    P.path(f"M{cx - 56} {cy - 44}q14 14 28 0t28 0t28 0t28 0", stroke="#e8b8a8", stroke_width=5)
    flames = []
    for k in range(5):
        fx = cx - 36 + k * 18
        fy = cy - 56 + (k % 2) * 6
        P.rect(fx - 2.5, fy - 22, 5, 22, "#e8d0a8" if k % 2 else "#c8d0c8")
        P.path(f"M{fx} {fy - 38}c6 8 5 14 0 14c-5 0 -6 -6 0 -14z", fill="#ffd070")
        flames.append((fx, fy - 30))
    plate(P, 620, 640, 36)
    plate(P, 990, 636, 36)
    bottle(P, 1080, 612, "#4a5a3a", 0.8, label="#d8c8a0")
    wine_glass(P, 1040, 640, 0.6, wine="#6a2a24")
    wine_glass(P, 575, 606, 0.6, wine="#6a2a24", level=0.3)
    P.poly([(690, 660), (734, 650), (738, 690), (694, 698)], "#e8dcc8")
    P.poly([(734, 650), (770, 664), (770, 700), (738, 690)], "#d0c0a8")
    P.path("M706 672q8 -8 16 0q-8 10 -16 0z", fill="#c88a6a")
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    clem = clem_look("amber", coat="#8a5a48", hem=16, hem_w=72)
    figure(F, "clementine", 640, 560, clem, s=0.9, p=pose(SIT_KNEES_R, la=(10, 150), ra=(-10, -150), tilt=6),
           facing=0.5, eyes="closed", mouth="smile", brows="raised", reach_w={"l": (690, 420), "r": (716, 418)},
           shadow=False)
    figure(F, "joel", 990, 566, joel_look("amber", hem=16, hem_w=74), s=0.95, p=pose(SIT_KNEES_L, tilt=-8, lean=-4),
           facing=-0.55, eyes="open", mouth="smile", brows="raised", reach_w={"l": (900, 600), "r": (960, 520)},
           shadow=False)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    g = Lt.rad_box([(0, "#fff0b8", 0.6), (0.4, "#ffd890", 0.22), (1, "#ffd890", 0)])
    for x, y in bulbs:
        Lt.circle(x, y, 26, g)
    for x, y in flames:
        glow(Lt, x, y, 26, "#fff0c0", 0.55)
    glow(Lt, cx, cy - 60, 220, "#ffcf80", 0.3, 160)
    glow(Lt, 800, 500, 600, "#f8b880", 0.14, 100)
