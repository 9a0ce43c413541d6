"""The prologue (scenes/01_prologue.yaml): learns, lacuna, gathering, couch."""

from __future__ import annotations

from ..kit import *


@scene("learns", "clinic")
def draw_learns(S: Scene):
    # Joel's small kitchen at night in February: the padded envelope from Lacuna, his own letters to her spilling out
    e = S.e
    wall_sky(S.sky, "#3c4c46", "#2a3531")
    R = S.room
    rr = R.rng
    # the window onto a winter city at night: pitched roofs with snow on them, chimneys, a water tower, lit windows
    wx, wy, ww, wh = 140, 120, 440, 330
    R.rect(wx, wy, ww, wh, R.lin([(0, "#0e1626"), (0.6, "#2a3650"), (1, "#4a5670")], 0, wy, 0, wy + wh))
    R.circle(wx + 330, wy + 60, 22, "#dfe4ea", opacity=0.8)
    roofs, lit = kitchen_window_roofs(wx, wy, ww, wh)
    R.poly(roofs, "#0c1018")
    R.polyline(roofs[1:-1], "#dfe6ee", 4, opacity=0.75)  # snow lying along the roof lines
    R.rect(wx + 250, wy + 96, 40, 36, "#161c28")  # a water tower on its legs
    R.path(f"M{wx + 246} {wy + 96}l24 -18l24 18z", fill="#161c28")
    R.path(f"M{wx + 248} {wy + 94}l22 -16l22 16", stroke="#dfe6ee", stroke_width=3, opacity=0.7)
    for k in (256, 282):
        R.line(wx + k, wy + 130, wx + k, wy + 190, "#161c28", 4)
    for px, py in lit:
        R.rect(px, py, 9, 11, rr.choice(["#e8c878", "#d8b868", "#b8c8d0"]), opacity=0.85)
    snowfall(R, rr, 90, (wx, wy, wx + ww, wy + wh), color="#dfe8f0", sizes=(2.4, 3.6), ops=(0.5, 0.85))
    R.path(f"M{wx - 14} {wy - 14}h{ww + 28}v{wh + 28}h{-ww - 28}Z M{wx} {wy}v{wh}h{ww}v{-wh}Z", fill="#c4d0c8",
           fill_rule="evenodd")
    R.rect(wx + ww / 2 - 5, wy, 10, wh, "#c4d0c8")
    R.rect(wx - 26, wy + wh + 12, ww + 52, 14, "#a8b6ae")
    R.path(f"M{wx + 4} {wy + wh - 24}q60 -12 120 0t120 -4", stroke="#eef2f4", stroke_width=6, opacity=0.5)  # snow on the sill
    # the counter along the right wall, the cupboards over it with a strip light underneath
    joel_kitchen_cupboards(R, ("#4c5e56", "#56685f", "#8a9a92", "#3a4842"), ("#b8c4bc", "#45564e", "#4e6058", "#6a7c74"),
                           456, 176, strip_light="#e8f8ee")
    # a tiled splashback, faint
    segs = [(1000, 300 + k * 39, 600, 0) for k in range(4)] + [(1000 + k * 60, 300, 0, 156) for k in range(11)]
    R.strokes(segs, "#52645c", 2, 0.6)
    R.rect(0, 640, W, 260, R.lin([(0, "#2e3834"), (1, "#1e2624")], 0, 640, 0, 900))
    # the table: a small square one, in slight perspective
    R.poly([(420, 500), (940, 500), (990, 560), (370, 560)], "#8c8070")
    R.rect(370, 560, 620, 20, "#6e6458")
    for x0 in (390, 950):
        R.rect(x0, 580, 22, 120, "#5e564c")
    R.rect(980, 520, 60, 12, "#5a5248", rx=4)  # the back of the other chair, empty
    R.rect(1000, 532, 14, 170, "#4a443c")
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the answering machine, its red light blinking, and the phone beside it on the counter
    P.rect(1110, 416, 140, 42, "#2a302e", rx=6)
    P.rect(1126, 424, 56, 22, "#4a5450", rx=3)
    P.circle(1142, 435, 6, "#6a7470")
    P.circle(1166, 435, 6, "#6a7470")
    for k in range(3):
        P.rect(1194 + k * 14, 440, 10, 8, "#5a6460", rx=2)
    P.circle(1234, 428, 5.5, "#ff3a3a")
    P.rect(1290, 428, 104, 30, "#3a4240", rx=8)
    P.path("M1290 430c0 -26 104 -26 104 0l-14 0c-4 -12 -76 -12 -80 0z", fill="#4a5452")
    P.rect(1300, 410, 84, 12, "#4a5452", rx=6)
    coil_cord(P, (1296, 452), (1250, 520), (1214, 462), "#3a4240", width=2.2, r=5, turns=14, k=8)
    # a kettle, a mug on the counter
    P.path("M1450 456c-4 -46 8 -60 36 -60s40 14 36 60z", fill="#8a9a94")
    P.rect(1478, 388, 14, 10, "#5a6a64", rx=3)
    mug(P, 1560, 456, "#c8d0c8", 0.8)
    # on the table: the padded envelope, torn open, a small green Lacuna logo on it; his letters spilling out
    P.open(id="envelope", transform="rotate(-8 850 526)")
    P.rect(770, 500, 170, 56, "#d4bc88", rx=5)
    P.rect(770, 500, 170, 10, "#c4aa74")
    P.path("M770 500l8 -6l10 6l10 -6l10 6l10 -6", stroke="#b89a64", stroke_width=2)  # the torn flap
    P.circle(918, 538, 9, "none", stroke="#3aa070", stroke_width=3.5, stroke_dasharray="44 12")
    P.circle(918, 538, 3, "#3aa070")
    P.rect(800, 524, 60, 4, "#8a7a5a", opacity=0.6)
    P.rect(800, 534, 44, 4, "#8a7a5a", opacity=0.6)
    P.close()
    letters = ((700, 520, -14), (640, 534, 10), (590, 516, -26), (730, 546, 22), (530, 540, 6))
    for i, (lx, ly, a) in enumerate(letters):
        P.open(transform=f"rotate({a} {lx} {ly})")
        P.rect(lx - 40, ly - 14, 80, 30, "#ece6d6" if i % 2 else "#f4f0e6")
        P.path(f"M{lx - 30} {ly - 4}q5 -5 10 0t10 0t10 0", stroke="#4a4e6a", stroke_width=1.6)
        P.path(f"M{lx - 30} {ly + 5}q5 -5 10 0t10 0", stroke="#4a4e6a", stroke_width=1.6)
        P.rect(lx + 22, ly - 10, 12, 14, ["#b86a6a", "#6a8ab8", "#b8a86a"][i % 3])
        P.close()
    mug(P, 470, 528, "#a8b4ac", 0.7)
    # a pendant lamp over the table
    P.line(680, 0, 680, 190, "#1e2624", 3)
    P.path("M640 230q40 -50 80 0z", fill="#d8e4dc")
    P.ellipse(680, 230, 40, 7, "#f8fff8")
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # Joel at the table: one of his own letters held up in the lamplight, the other hand flat on the rest
    F.poly([(692, 396), (748, 390), (756, 468), (700, 474)], "#f4f0e4")
    for k in range(5):
        F.line(702, 410 + k * 11, 744, 405 + k * 11, "#5a5e7a", 2.2, opacity=0.8)
    person(F, "joel", 620, 586, joel_look("clinic", coat="#7a8480", hem=14, hem_w=76, shirt="#b8c4bc"), s=1.1,
           pose=pose2(facing=0.35, lean=8, tilt=16, legs="sit", reach_n=(712, 468), hand_n="hold",
                      reach_f=(560, 506), hand_f="open", arms_front=True, turn=0.5),
           expr="sad", gaze=(0.6, -0.2), cut=504)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    beam(Lt, [(650, 232), (710, 232), (1000, 560), (360, 560)], "#eef8f0", 0.22, 0.04)
    glow(Lt, 680, 470, 360, "#e8f6ec", 0.2, 150)
    glow(Lt, 1300, 320, 300, "#e8fff0", 0.18, 120)
    glow(Lt, 1234, 428, 40, "#ff3a3a", 0.6)
    glow(Lt, 360, 290, 260, "#6a84a8", 0.12, 200)


@scene("lacuna", "clinic")
def draw_lacuna(S: Scene):
    wall_sky(S.sky, "#e9f2ec", "#c6d8cd")
    R = S.room
    # ceiling tiles
    R.rect(0, 0, W, 80, "#dbe6df")
    for i in range(9):
        R.line(i * 200, 0, i * 200, 80, "#c3d1c8", 2)
    floor(R, 610, "#a9bbb0", "#c2d0c6", "#97aa9f", (800, 330), 14, 0.3)
    baseboard(R, 612, "#9aada2")
    for x in (150, 650, 1150):
        fluorescent(R, x, 30, 300)
    # frosted glass wall with a door at the left
    R.rect(40, 140, 330, 470, "#b9cdc1")
    R.rect(56, 156, 298, 454, "#d9e8df")
    R.rect(196, 156, 10, 454, "#b9cdc1")
    R.rect(56, 330, 298, 14, "#c7d8cd", opacity=0.8)
    R.rect(330, 380, 10, 60, "#8a9c92")  # door handle
    # framed diagram of a brain (circles, no words)
    R.rect(640, 150, 330, 200, "#f5f8f4")
    R.rect(652, 162, 306, 176, "#e0e9e2")
    R.ellipse(805, 250, 110, 66, "none", stroke="#8fa89a", stroke_width=4)
    for k in range(5):
        R.circle(730 + k * 38, 250 + (k % 2) * 18 - 9, 12, "#9db6a8")
    R.line(700, 250, 910, 250, "#8fa89a", 2)
    # waiting chairs
    for i in range(3):
        cx = 100 + i * 110
        R.rect(cx, 520, 96, 18, "#6d8379", rx=6)
        R.rect(cx + 8, 438, 80, 84, "#7e958a", rx=10)
        R.rect(cx + 10, 538, 6, 70, "#5b6c64")
        R.rect(cx + 80, 538, 6, 70, "#5b6c64")
    # the reception desk (Mary sits behind it)
    R.rect(560, 472, 560, 18, "#e9efe9")
    R.rect(570, 490, 540, 200, "#b4c7bb")
    R.rect(570, 560, 540, 10, "#9fb4a8")
    # a second door, to the procedure room
    R.rect(1340, 170, 200, 440, "#a8bdb1")
    R.rect(1356, 186, 168, 424, "#c7d8cd")
    R.circle(1370, 400, 8, "#6d8379")
    # props --------------------------------------------------------------------------------------------------
    P = S.props
    # the brain model on the desk
    P.rect(1000, 452, 70, 20, "#6d7c75", rx=4)
    P.rect(1030, 430, 10, 24, "#6d7c75")
    P.ellipse(1035, 398, 62, 42, "#d7b9b3")
    P.ellipse(1012, 392, 34, 30, "#dcc2bc")
    P.ellipse(1060, 390, 34, 32, "#cfb0ab")
    for d in ("M990 392q10 -14 22 -2t22 -4", "M1002 412q12 -10 24 0t24 -4", "M1040 380q10 -12 22 -2",
              "M1010 376q8 -8 18 -2", "M1056 410q8 -8 20 0"):
        P.path(d, stroke="#a88d88", stroke_width=3, stroke_linecap="round")
    P.line(1035, 360, 1035, 436, "#a88d88", 3)
    # stuck full of coloured pins; some of them are red
    pins = [(996, 380, "#7a9ab0"), (1012, 366, "#c8b860"), (1030, 372, "#d0403a"), (1050, 362, "#8ab08a"), (1072, 378, "#d0403a"),
            (1086, 396, "#7a9ab0"), (1004, 404, "#d0403a"), (1024, 396, "#e0e0d8"), (1046, 400, "#c8b860"), (1064, 410, "#d0403a"),
            (1082, 414, "#8ab08a"), (994, 420, "#e0e0d8"), (1040, 420, "#d0403a"), (1016, 426, "#7a9ab0")]
    P.strokes([(x, y, 2, 7) for x, y, _ in pins], "#8a8a8a", 1.4, 0.9)
    for x, y, c in pins:
        P.circle(x, y, 4.6, c)
    # monitor (seen from behind), folders, a plant, a water cooler
    P.poly([(690, 470), (760, 470), (750, 450), (700, 450)], "#55625d")
    P.rect(640, 340, 170, 112, "#5e6c66", rx=6)
    P.rect(648, 348, 154, 96, "#6e7d77", rx=4)
    for i, c in enumerate(("#dfe7d8", "#b7c9c0", "#c9b9ae")):
        P.rect(860, 462 - i * 9, 100, 9, c)
    P.rect(1430, 520, 70, 90, "#8b9e93")
    for a in (-40, -20, 0, 20, 40):
        P.ellipse(1465 + a * 1.3, 470 - abs(a) * 0.4, 16, 52, "#6d8f76", transform=f"rotate({a} {1465 + a * 1.3} {470 - abs(a) * 0.4})")
    P.rect(410, 470, 70, 140, "#d6e2dc", rx=6)
    P.rect(418, 372, 54, 100, "#b9d3d0", rx=18, opacity=0.85)
    P.rect(420, 478, 12, 14, "#7c8f86")
    # figures --------------------------------------------------------------------------------------------------
    F = S.figures
    # Joel in the chair nearest the door, coat on, hands on his knees
    person(F, "joel", 232, 520, joel_look("clinic"), s=0.95,
           pose=pose2(facing=0.6, lean=4, legs="sit", arm_n=(40, 84), arm_f=(36, 80), hand_n="hold", hand_f="hold"),
           expr="afraid", eyes="open", mouth="neutral")
    # Mary behind the desk, a pen behind each ear, pointing to where he should sign
    mary = other_look("clinic", "#a6b79f", "#b8a37a", "ponytail", blush="#d39a90", build=0.86, female=True,
                      pens="#3a5a8a")
    person(F, "mary", 830, 522, mary, s=0.92, pose=pose2(facing=-0.35, lean=6, arm_n=(56, 96), hand_n="point",
           arm_f=(20, 40)), expr="smile", cut=472)
    # Dr. Mierzwiak: the clipboard against his chest, his other hand open towards the brain full of pins
    doc = other_look("clinic", "#eef3ef", "#b3b0aa", "bald", glasses=True, trousers="#4c5552", shirt="#8aa0a8", hem=66, hem_w=96)
    board = [(rect_poly(1244, 350, 44, 58), "#c9b79a"), (rect_poly(1248, 356, 36, 48), "#f4f2ea")]
    person(F, "mierzwiak", 1250, 452, doc, s=1.02,
           pose=pose2(facing=-0.45, arm_n=(50, 80), hand_n="open", reach_f=(1266, 392), hand_f="hold", arms_front=True,
                      tilt=-4), expr="smile", held=board)
    # light -----------------------------------------------------------------------------------------------------
    Lt = S.light
    for x in (150, 650, 1150):
        glow(Lt, x + 150, 56, 260, "#f4fff8", 0.45, 120)


@scene("gathering", "clinic")
def draw_gathering(S: Scene):
    # late afternoon in his kitchen: four gray Lacuna bags lined up on the floor, everything of hers going in
    wall_sky(S.sky, "#d2ddd6", "#b6c6bc")
    R = S.room
    rr = R.rng
    # the window: the same roofs as at night, now under a low, pale afternoon sun
    wx, wy, ww, wh = 140, 120, 440, 330
    R.rect(wx, wy, ww, wh, R.lin([(0, "#a8bcc4"), (0.6, "#d8dccc"), (1, "#f0e2c0")], 0, wy, 0, wy + wh))
    R.circle(wx + 110, wy + 230, 30, "#fff4d8", opacity=0.9)
    roofs, _ = kitchen_window_roofs(wx, wy, ww, wh)  # the same roofs as at night
    R.poly(roofs, "#7c8a86")
    R.polyline(roofs[1:-1], "#f4f6f2", 4, opacity=0.8)  # snow along the roof lines
    R.rect(wx + 250, wy + 96, 40, 36, "#7c8a86")  # the water tower
    R.path(f"M{wx + 246} {wy + 96}l24 -18l24 18z", fill="#7c8a86")
    for k in (256, 282):
        R.line(wx + k, wy + 130, wx + k, wy + 190, "#7c8a86", 4)
    R.path(f"M{wx - 14} {wy - 14}h{ww + 28}v{wh + 28}h{-ww - 28}Z M{wx} {wy}v{wh}h{ww}v{-wh}Z", fill="#eef2ee",
           fill_rule="evenodd")
    R.rect(wx + ww / 2 - 5, wy, 10, wh, "#eef2ee")
    R.rect(wx - 26, wy + wh + 12, ww + 52, 14, "#c8d2cc")
    # the counter along the right wall, cupboards over it
    joel_kitchen_cupboards(R, ("#9aaca2", "#a8b8ae", "#6a7a72", "#849690"), ("#e0e8e2", "#8a9c92", "#96a89e", "#748a80"),
                           436, 146)
    segs = [(1000, 300 + k * 34, 600, 0) for k in range(4)] + [(1000 + k * 60, 290, 0, 146) for k in range(11)]
    R.strokes(segs, "#9eb0a6", 2, 0.6)
    floor(R, 600, "#7f9188", "#9aaaa1", "#6f8178", (800, 300), 12, 0.25)
    baseboard(R, 602, "#8a9c92")
    # props --------------------------------------------------------------------------------------------------
    P = S.props
    # on the counter, still to go: the sketchbook, a seashell, a Polaroid face down, a paper star, the noisemaker
    P.poly([(1060, 436), (1190, 436), (1180, 396), (1070, 396)], "#e8e2d2")
    P.poly([(1060, 436), (1190, 436), (1188, 430), (1062, 430)], "#5e6a64")
    for k in range(9):
        P.circle(1080 + k * 11, 396, 3.5, "none", stroke="#6b6b6b", stroke_width=1.6)
    P.path("M1090 420q12 -12 24 -2t22 -6", stroke="#8a8a80", stroke_width=2)
    P.path("M1260 436c-22 0 -28 -28 -4 -40c12 -6 26 -6 36 2c22 16 12 38 -8 38z", fill="#ead9c7")
    for k in range(-3, 4):
        P.line(1272, 434, 1272 + k * 8, 402 + abs(k) * 3, "#c8ad96", 2)
    P.rect(1330, 426, 60, 10, "#3a3e3c", transform="rotate(-4 1360 431)")
    paper_star(P, 1440, 418, 20, "#e8dcc0", a=10)
    P.poly([(1500, 436), (1540, 424), (1544, 430), (1504, 440)], "#c86a5a")
    P.poly([(1540, 424), (1562, 412), (1566, 426), (1544, 430)], "#e0c878")
    # four bags in a row on the kitchen floor, as if he were expecting guests
    bags = [(680, 160, -3), (900, 172, 2), (1120, 166, -2), (1340, 156, 3)]
    # what is in them already shows at the top: the cassette, the index card; a mitten, a key with its tag; a watch
    cassette(P, 896, 494, 0.55)
    P.rect(918, 470, 34, 24, "#f2eee0", transform="rotate(14 935 482)")
    P.path("M1100 506l-2 -34c-1 -16 9 -24 20 -23c11 1 16 11 15 24l-1 33z", fill="#a8463e")  # the red mitten
    P.path("M1100 486c-10 -2 -14 -14 -7 -19c6 -4 11 2 11 9z", fill="#a8463e")
    P.rect(1096, 496, 40, 10, "#d8cfc2", rx=3)
    P.circle(1150, 480, 9, "none", stroke="#b8a66a", stroke_width=4)
    P.rect(1150, 456, 16, 22, "#d8c078", rx=3, transform="rotate(20 1158 467)")  # the key's plastic tag
    P.rect(1330, 466, 8, 40, "#5a6a7a", rx=3)  # the cheap watch on its plastic strap, still running
    P.circle(1334, 472, 11, "#e8e6de", stroke="#5a6a7a", stroke_width=4)
    P.line(1334, 472, 1334, 465, "#2a302e", 1.6)
    P.line(1334, 472, 1339, 474, "#2a302e", 1.6)
    for x_, h_, a in bags:
        P.open(transform=f"rotate({a} {x_} 662)")
        drawstring_bag(P, x_, 662, 150, h_, "#8e9692" if x_ % 440 else "#878f8b")
        P.close()
    # figures --------------------------------------------------------------------------------------------------
    F = S.figures
    # Joel bends over the first bag, the cracked mug in his hand: it goes in
    jg = person(F, "joel", 486, 452, joel_look("clinic", hem=18, hem_w=76, coat="#6a736f"), s=1.0,
                pose=pose2(facing=0.55, lean=22, tilt=18, legs="stride", leg_n=(26, -6), leg_f=(-10, -4),
                           reach_n=(622, 470), hand_n="hold", arm_f=(6, 30), hand_f="open"),
                expr="sad")
    hx, hy = jg["hand_n"]
    F.rect(hx - 6, hy - 4, 30, 34, "#e6e2d4", rx=4)
    F.path(f"M{n(hx + 24)} {n(hy + 4)}c12 0 12 18 0 18", stroke="#d4d0c2", stroke_width=5)
    F.polyline([(hx + 6, hy - 4), (hx + 10, hy + 8), (hx + 5, hy + 18), (hx + 9, hy + 30)], "#55514a", 2)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    beam(Lt, [(140, 300), (580, 120), (1200, 640), (500, 660)], "#fff4d8", 0.2, 0.02, axis=(360, 260, 850, 650))
    glow(Lt, 250, 350, 220, "#fff2d0", 0.3)


@scene("couch", "clinic")
def draw_couch(S: Scene):
    wall_sky(S.sky, "#2a3631", "#1c2420")
    R = S.room
    floor(R, 600, "#1d2522", "#28332e", "#33403a", (800, 300), 10, 0.3)
    baseboard(R, 602, "#2f3b36")
    window(R, 520, 90, 320, 250, "#3a4842", [(0, "#101a24"), (1, "#23303a")], bars=(1, 1))
    rng = R.rng
    # the night outside: stars over the same roofs as the kitchen's, a few windows still lit
    dots(R, [(rng.uniform(530, 830), rng.uniform(100, 230)) for _ in range(26)], "#dfe8f0", 3, 0.7)
    roofs, lit = kitchen_window_roofs(520, 90, 320, 250)
    R.poly(roofs, "#0c1216")
    R.polyline(roofs[1:-1], "#9aa8b4", 3, opacity=0.5)
    for px, py in lit[::2]:
        R.rect(px, py, 8, 10, "#b8a868", opacity=0.7)
    R.rect(520 + 160 - 5, 90, 10, 250, "#3a4842")
    R.rect(520, 90 + 125 - 5, 320, 10, "#3a4842")
    # couch, darker and bluer than the man on it
    joel_couch(R, 300, 680, 360, ("#34424a", "#2a363d", "#161c1f"))
    # a footstool for Stan, a side table
    R.rect(1180, 520, 150, 90, "#4a4038", rx=18)
    R.rect(1380, 500, 180, 14, "#3f3630")
    R.rect(1392, 514, 10, 96, "#332b26")
    R.rect(1538, 514, 10, 96, "#332b26")
    # props ----------------------------------------------------------------------------------------------------
    P = S.props
    # the apparatus: a grey case of dials on a trolley at the head of the couch
    P.rect(110, 360, 140, 130, "#6a7570", rx=6)
    P.rect(124, 376, 112, 46, "#1e2624")
    for k in range(4):
        P.circle(136 + k * 28, 446, 8, "#9aa5a0")
        P.circle(136 + k * 28, 472, 3.5, "#86e0b0" if k % 2 else "#d8c070")
    P.path("M132 400l14 -10l12 14l14 -18l14 16l14 -8l20 6", stroke="#86e0b0", stroke_width=2.6)
    P.rect(124, 490, 112, 12, "#4d5652")
    P.rect(172, 502, 16, 90, "#4d5652")
    P.rect(120, 588, 120, 10, "#4d5652")
    # bottles and a pizza box left by the technicians
    bottle(P, 1410, 500, "#4a5f49", 0.8, label="#b8b098")
    bottle(P, 1450, 500, "#5a4a36", 0.8)
    P.poly([(1470, 500), (1560, 500), (1550, 490), (1480, 490)], "#b8a180")
    P.rect(1478, 480, 74, 10, "#a68f6e")
    bottle(P, 1120, 640, "#4a5f49", 0.7)
    P.rect(1060, 610, 60, 14, "#5a4a36", rx=6, transform="rotate(-8 1090 617)")
    # figures --------------------------------------------------------------------------------------------------
    F = S.figures
    # Joel on his back in pyjamas, the helmet of wires on, staring at the stain on the ceiling
    jl = person(F, "joel", 640, 452, joel_look("clinic", coat="#8d9aa6", hem=0, trousers="#7d8a96", shirt="#a8b4be"), s=1.0,
                pose=pose2(facing=1, rot=-90, legs="lie", arm_n=(2, 6), hand_n="open", arm_f=(2, 0), tilt=-8),
                expr="tired", gaze=(0.6, -0.8), headwear="helmet", shadow=False)
    hx, hy = jl["head"]
    for k, col in enumerate(("#8a9490", "#6f7a76", "#a0a8a4")):
        F.path(f"M{n(hx - 10)} {n(hy - 24 + k * 10)}C{n(hx - 70)} {n(hy + 40 + k * 10)} {n(280)} {n(520 - k * 20)} {n(236)} {n(452 + k * 12)}",
               stroke=col, stroke_width=3)
    # Patrick on the metal case with the laptop on his knees; Stan with a bottle from Joel's fridge
    patrick = other_look("clinic", "#7d8676", "#8c7456", "mop")
    laptop = [([(1122, 518), (1226, 518), (1220, 510), (1128, 510)], "#3a4240"),
              ([(1128, 510), (1220, 510), (1212, 438), (1136, 438)], "#2a302e"),
              ([(1134, 505), (1214, 505), (1207, 444), (1141, 444)], "#bfe9f0")]
    person(F, "patrick", 1256, 526, patrick, s=0.98,
           pose=pose2(facing=-0.6, lean=12, tilt=14, legs="sit", reach_n=(1168, 512), reach_f=(1196, 512), hand_n="open",
                      hand_f="open", arms_front=False), expr="neutral", brows="raised", eyes="down", held=laptop, shadow=False)
    stan = other_look("clinic", "#5a6470", "#2f2a26", "messy")
    st = person(F, "stan", 1452, 440, stan, s=0.98,
                pose=pose2(facing=-0.5, lean=-4, reach_n=(1400, 372), hand_n="hold", arm_f=(-4, 14), hand_f="pocket", tilt=-6),
                expr="laugh")
    bx, by = st["hand_n"]
    F.rect(bx - 7, by - 30, 14, 44, "#4a5f49", rx=4)
    F.rect(bx - 3, by - 46, 6, 18, "#4a5f49")
    Lt = S.light
    glow(Lt, 1250, 360, 250, "#bfefff", 0.42, 200)
    glow(Lt, 680, 215, 260, "#8fa6b8", 0.16)
    beam(Lt, [(520, 340), (840, 340), (980, 600), (420, 600)], "#a9c2d0", 0.1, 0)
    glow(Lt, 180, 400, 70, "#9ff0c4", 0.3)
