"""The tender memories (scenes/03_tender.yaml): moving in, the frozen river, her kitchen, the first meeting."""

from __future__ import annotations

from ..kit import *


def mitten_at(F: Layer, pt, angle, s=1.0, col="#b0473f", cuff="#d8cfc2"):
    """A knitted red mitten over a hand at pt, pointing along angle (degrees, 0 = screen right)."""
    x, y = pt
    F.open(transform=f"translate({n(x)} {n(y)}) rotate({n(angle)})" + (f" scale({n(s)})" if s != 1 else ""))
    F.ellipse(2, 0, 7, 13, cuff)
    F.path("M6 -13C26 -16 34 -8 34 0C34 9 26 15 6 13Z", fill=col)
    F.ellipse(14, -14, 9, 5, col, transform="rotate(-30 14 -14)")  # the thumb
    F.path("M12 -6C20 -6 26 -3 28 2", stroke=dark(col, 0.2), stroke_width=2)
    F.close()


@scene("frozen_river", "winter")
def draw_frozen_river(S: Scene):
    # after midnight on the river ice: a huge sky, the old stone bridge with its lamps, the two of them on their backs
    # in the middle, heads together; he points at a faint star low over the bridge. The ceiling of his apartment is
    # not painted yet (the prose brings it in later): only a breath of it, a paler, starless patch at the top right
    # and one green point among the stars (the smoke detector's light), that a player will recognise only afterwards.
    K = S.sky
    horizon = 452
    wall_sky(K, "#04081a", "#2b3c5a", horizon + 30)
    rng = K.rng
    # the milky way: a soft diagonal band, dense with small stars
    K.open(transform="rotate(-14 760 200)")
    K.ellipse(760, 200, 900, 120, K.rad([(0, "#6a7ca8", 0.3), (0.5, "#3c4c74", 0.16), (1, "#2b3650", 0)], 760, 200, 900, 120))
    K.ellipse(700, 200, 620, 50, K.rad([(0, "#a8b6d8", 0.18), (1, "#6a7ca8", 0)], 700, 200, 620, 50))
    K.close()
    hole = (1420, 90)
    st = []
    for _ in range(520):
        x, y = rng.uniform(0, W), rng.uniform(0, horizon - 14)
        d = math.hypot((x - hole[0]) / 260, (y - hole[1]) / 170)
        if d < 1.0 and rng.random() < 0.8:
            continue  # fewer stars where the ceiling is
        # distance from the band's axis
        bx = (x - 760) * math.cos(math.radians(14)) - (y - 200) * math.sin(math.radians(14))
        by = (x - 760) * math.sin(math.radians(14)) + (y - 200) * math.cos(math.radians(14))
        inband = abs(by) < 90 and abs(bx) < 820
        if not inband and rng.random() < 0.45:
            continue
        r = rng.uniform(1.2, 2.6) if inband else rng.uniform(1.6, 3.8)
        if rng.random() < 0.05:
            r = rng.uniform(4.2, 5.6)
        st.append((x, y, r, rng.choice((0.35, 0.6, 0.9))))
    for op in (0.35, 0.6, 0.9):
        for lo, hi in ((0, 2.0), (2.0, 3.0), (3.0, 4.2), (4.2, 9)):
            dots(K, [(x, y) for x, y, r, o in st if o == op and lo <= r < hi], "#eef3ff", round((lo + min(hi, 5.6)) / 2, 1), op)
    # a few bright ones with a soft cross, and hers: faint, low over the bridge
    for x, y in ((260, 120), (1060, 70), (880, 300)):
        K.circle(x, y, 3.4, "#ffffff")
        K.line(x - 9, y, x + 9, y, "#dfe8ff", 1.2, opacity=0.6)
        K.line(x, y - 9, x, y + 9, "#dfe8ff", 1.2, opacity=0.6)
    K.circle(688, 252, 2.6, "#e8eef8", opacity=0.75)
    # the ceiling, barely: a paler breath where the stars thin out, the outline of a water stain, a green point
    K.ellipse(hole[0] + 40, hole[1] - 30, 320, 200,
              K.rad([(0, "#5c6474", 0.22), (0.7, "#3a4660", 0.1), (1, "#2b3650", 0)], hole[0] + 40, hole[1] - 30, 320, 200))
    stain = ("M1330 152c-18 -26 6 -52 40 -46c26 4 34 -12 58 -4c28 8 26 38 6 50c-14 8 -4 28 -28 32c-28 4 -34 -14 -52 -12"
             "c-18 4 -34 -2 -24 -20z")
    K.path(stain, fill="#8a8a84", opacity=0.035)
    K.circle(1506, 58, 2.4, "#7af0a0", opacity=0.85)
    # the far bank: a band of snow, bare trees as one dark line, the town's faint glow beyond
    R = S.room
    rng = R.rng
    R.rect(0, horizon - 60, W, 70, R.lin([(0, "#2b3c5a", 0), (1, "#46587e", 0.7)], 0, horizon - 60, 0, horizon + 10))
    crowns = [(x, horizon - rng.uniform(10, 34), rng.uniform(16, 34)) for x in range(-20, W + 40, 30)]
    R.poly(treeline(crowns, horizon + 10, 8.0), "#0e1526")
    for x in (1380, 1500):
        bare_tree(R, rng, x, horizon + 6, rng.uniform(120, 170), "#0e1526", rng.uniform(4, 6), depth=4)
    R.path(f"M0 {horizon + 4}Q400 {horizon - 8} 800 {horizon + 2}T1600 {horizon - 2}V{horizon + 26}H0Z", fill="#7a8cab")
    # the frozen river, from the far bank to us: pale near the bank, dark where the current was, the stars in it
    R.rect(0, horizon + 20, W, H - horizon - 20,
           R.lin([(0, "#56698c"), (0.3, "#3a4b6c"), (0.75, "#2a3854"), (1, "#1c2640")], 0, horizon + 20, 0, H))
    R.path(f"M-20 {horizon + 60}Q600 {horizon + 44} 1620 {horizon + 76}V{horizon + 120}Q700 {horizon + 96} -20 {horizon + 132}Z",
           fill="#6a80a6", opacity=0.22)
    cr = []
    for _ in range(14):
        x, y = rng.uniform(0, W), rng.uniform(horizon + 60, 880)
        pts_ = [(x, y)]
        for _ in range(4):
            x += rng.uniform(24, 80)
            y += rng.uniform(-10, 12)
            pts_.append((x, y))
        cr.append(pts_)
    for p_ in cr:
        R.polyline(p_, "#a9bcd8", 1.8, opacity=0.35)
    for x, y, r, o in st[::9]:
        yy = horizon + 30 + (horizon - y) * 0.5
        if yy < H and r > 1.8:
            R.ellipse(x, yy, r * 0.7, r * 0.3, "#cfdcf4", opacity=round(o * 0.3, 2))
    R.path("M0 818Q300 790 640 832T1240 846T1600 808V900H0Z", fill="#7d8ea9")  # the near bank's snow
    # the bridge: from off the left edge across the river to the far bank at the right, stone arches on piers
    def at(t):  # deck top, deck thickness, pier foot and scale along the bridge (t=0 the near end, 1 the far bank)
        x = -60 + 1360 * t
        return x, 300 + 118 * t, 40 - 26 * t, 530 - 68 * t, 1.0 - 0.62 * t
    col, colf = "#1e2840", "#182036"
    top = [(at(i / 40)[0], at(i / 40)[1]) for i in range(41)]
    under = [(at(i / 40)[0], at(i / 40)[1] + at(i / 40)[2]) for i in range(41)]
    R.poly(top + under[::-1], col)
    R.polyline([(x, y - 14 * at(i / 40)[4]) for i, (x, y) in enumerate(top)], "#2c3854", 4)  # the railing
    piers = [0.0, 0.16, 0.31, 0.45, 0.58, 0.7, 0.81, 0.91, 1.0]
    d = ""
    for a, b in zip(piers, piers[1:]):
        xa, ya, ta, fa, sa = at(a)
        xb, yb, tb, fb, sb = at(b)
        pw_a, pw_b = 26 * sa, 26 * sb
        d += (f"M{n(xa - pw_a / 2)} {n(ya + ta - 1)}L{n(xb + pw_b / 2)} {n(yb + tb - 1)}L{n(xb + pw_b / 2)} {n(fb)}"
              f"L{n(xb - pw_b / 2)} {n(fb)}L{n(xb - pw_b / 2)} {n(fb - (fb - yb) * 0.34)}"
              f"Q{n((xa + xb) / 2)} {n((ya + yb) / 2 + ((ta + tb) / 2) + 4)} {n(xa + pw_a / 2)} {n(fa - (fa - ya) * 0.34)}"
              f"L{n(xa + pw_a / 2)} {n(fa)}L{n(xa - pw_a / 2)} {n(fa)}Z")
    R.path(d, fill=colf)
    R.poly([(1290, 412), (1330, 424), (1340, horizon + 6), (1290, horizon + 6)], colf)
    # snow along the deck's parapet
    R.polyline([(x, y - 14 * at(i / 40)[4] - 2) for i, (x, y) in enumerate(top)], "#8a9cbc", 2, opacity=0.6)
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    lamps = []
    for i in range(11):
        t = 0.04 + i * 0.092
        x, y, th, foot, s = at(t)
        h = 74 * s
        P.rect(x - 2.6 * s, y - h, 5.2 * s, h, "#10162a")
        P.circle(x, y - h - 3 * s, 7 * s, "#f8e6b0")
        lamps.append((x, y - h - 3 * s, s, foot))
    # their footprints out from the near bank, and his hat, dropped on the ice
    P.strokes([(300 + k * 46 + (k % 2) * 8, 800 - k * 22 + (k % 2) * 10, 14, -2) for k in range(9)], "#6f84a8", 6, 0.5)
    # figures --------------------------------------------------------------------------------------------------
    F = S.figures
    red = "#c2313a"
    star = (688, 252)
    # on their backs, heads together in the middle of the ice: Joel's head to the right, pointing at her star with his
    # bare right hand, her red mitten on his left (the far one); Clementine's head to the left, looking where he points,
    # her near hand in the other mitten, her far hand bare
    jy = 600
    jl = person(F, "joel", 606, jy, joel_look("winter", hem=40, hem_w=70, scarf="#5d6878"), s=0.94,
                pose=pose2(facing=-1, rot=86, arm_n=(70, 74), hand_n="point", arm_f=(6, 156), hand_f="hidden",
                           leg_n=(-6, 4), leg_f=(4, 0), turn=-0.55, tilt=-6),
                expr="smile", eyes="up", gaze=(-0.3, -0.5), shadow=False)
    cl = person(F, "clementine", 1006, jy - 10, clem_look("winter", hem=44, hem_w=70), s=0.9,
                pose=pose2(facing=1, rot=-95, arm_n=(6, 160), hand_n="hidden", arm_f=(14, 6), hand_f="open",
                           leg_n=(40, -66), leg_f=(2, 0), turn=0.5, tilt=-10),
                expr="laugh", eyes="up", mouth="smile", gaze=(0.5, -0.6), shadow=False)
    # her mitten on her near hand (resting on her chest), his on the far hand, half hidden under his arm
    mitten_at(F, cl["hand_n"], 190, 0.9, red)
    mitten_at(F, jl["hand_f"], 10, 0.85, red)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    for x, y, s, foot in lamps:
        glow(Lt, x, y, 40 * s, "#ffe6a8", 0.5)
        glow(Lt, x, foot + 46 * s, 7 * s, "#ffe0a0", 0.28, ry=46 * s)  # its reflection on the ice
    glow(Lt, star[0], star[1], 26, "#f4f6ff", 0.5)
    glow(Lt, 820, 600, 520, "#d6e2ff", 0.1, 110)  # starlight lying on the ice round them
    glow(Lt, 820, 570, 130, "#e6eeff", 0.2, 56)  # and on their two faces


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
    # her boxes, and his, labelled in marker, in stacks along the wall (forty-one of them, most out of the picture);
    # the one by the door has no label
    rb = P.rng
    stacks = [(640, 640, 2), (30, 700, 2), (1020, 610, 2), (1470, 700, 3)]
    for x, y, k in stacks:
        for j in range(k):
            w, h = rb.uniform(100, 130), rb.uniform(70, 90)
            c = rb.choice(("#b98a57", "#c49662", "#a97c4d", "#b58654"))
            bx = x + rb.uniform(-8, 8)
            cardboard_box(P, bx, y, w, h, c, depth=20)
            P.path(f"M{n(bx + 12)} {n(y - h + 26)}q6 -8 12 0t12 0t12 0", stroke="#3a2a1e", stroke_width=3)
            y -= h
    cardboard_box(P, 1222, 652, 110, 84, "#8e7454", depth=22, tape="#a89070")
    P.path("M1222 606q30 8 60 -4", stroke="#6a5438", stroke_width=2, opacity=0.6)  # a water mark from the basement
    # a bare bulb hanging from the ceiling, on
    P.line(1000, 0, 1000, 110, "#3e2a1e", 3)
    P.rect(992, 108, 16, 14, "#6a5a4a")
    P.circle(1000, 134, 14, "#fff0c8")
    # figures --------------------------------------------------------------------------------------------------
    F = S.figures
    # Clementine nudging his unlabelled box towards the door with her foot, the marker in her hand, deciding
    clem = clem_look("amber")
    cl = person(F, "clementine", 1120, 440, clem, s=0.96,
                pose=pose2(facing=0.6, lean=-6, tilt=22, leg_n=(34, 22), leg_f=(-6, -2), arm_n=(16, 120), hand_n="hold",
                           reach_f=(1100, 448), hand_f="fist"),
                expr="neutral", eyes="down", mouth="wry", brows="raised")
    hx, hy = cl["hand_n"]
    F.line(hx - 2, hy - 4, hx + 22, hy - 16, "#2a2a2a", 6)  # the marker
    # Joel, a step towards her, a hand out: "Not this one." Louder than he meant.
    person(F, "joel", 860, 440, joel_look("amber", hem=16, hem_w=74), s=1.0,
           pose=pose2(facing=0.5, lean=10, tilt=4, leg_n=(24, 2), leg_f=(-16, -26), reach_n=(1010, 440), hand_n="open",
                      arm_f=(-6, 10), hand_f="open"),
           expr="afraid", mouth="talk", brows="worried")
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    beam(Lt, [(480, 440), (900, 440), (640, 640), (90, 640)], "#d8dcf0", 0.18, 0.05)  # the streetlight, lying down
    glow(Lt, 1000, 150, 240, "#ffe0a8", 0.32, 190)
    glow(Lt, 1000, 134, 50, "#fff0c8", 0.6)
    glow(Lt, 822, 244, 30, "#f8e4b0", 0.6)


@scene("kitchen_dance", "summer")
def draw_kitchen_dance(S: Scene):
    # her kitchen, the size of an elevator, on a warm October night: the window open over the counter, the radio on
    # the sill; the little table against the left wall, his sketchbook open between the spaghetti and the salt; the
    # fridge humming on the right wall; the two of them dancing in the one square metre of floor between
    # the whole shell of the room is the opaque background (painted once): back wall, ceiling, floor, side walls
    K = S.sky
    R = S.room
    bx0, bx1, by0, by1 = 520, 1080, 130, 590  # the back wall
    K.rect(bx0 - 6, by0 - 6, bx1 - bx0 + 12, by1 - by0 + 12, K.lin([(0, "#ecc88c"), (1, "#d8a86c")], 0, by0, 0, by1))
    K.poly([(0, 0), (W, 0), (bx1, by0), (bx0, by0)], "#f0dcb0")
    K.poly([(bx0, by1), (bx1, by1), (W, 900), (0, 900)], "#8c6a48")
    # the side walls in steep perspective (over the seams): the room is barely wider than the two of them
    K.poly([(-4, -6), (bx0, by0 - 1), (bx0, by1 + 1), (-4, 906)], K.lin([(0, "#b8824c"), (1, "#d09a5e")], 0, 0, bx0, 0))
    K.poly([(W + 4, -6), (bx1, by0 - 1), (bx1, by1 + 1), (W + 4, 906)], K.lin([(0, "#b07a46"), (1, "#cc965a")], W, 0, bx1, 0))
    # the floor: small black-and-cream tiles in perspective, as a few long diagonal bands
    tiles = []
    for i in range(-5, 6):
        xa, xb = 800 + i * 40, 800 + i * 160
        tiles.append((xa, by1, xb - xa, 900 - by1))
    R.strokes(tiles, "#6e5034", 3, 0.5)
    for j, y in enumerate((640, 700, 780)):
        t = (y - by1) / (900 - by1)
        R.line(bx0 - bx0 * t, y, bx1 + (W - bx1) * t, y, "#6e5034", 3, opacity=0.5)
    R.rect(bx0, by1 - 4, bx1 - bx0, 8, "#9a6a40")
    # the back wall: lower cupboards and the counter, the open window over it
    R.rect(bx0, 440, bx1 - bx0, 160, "#a46e44")
    for i in range(3):
        R.rect(bx0 + 12 + i * 182, 458, 170, 122, "#b27c50", rx=4)
        R.rect(bx0 + 86 + i * 182, 470, 22, 6, "#6e4a30")
    R.rect(bx0 - 6, 424, bx1 - bx0 + 12, 20, "#ecd8b2")
    wx, wy, ww, wh = 670, 160, 260, 220
    R.rect(wx - 14, wy - 14, ww + 28, wh + 28, "#f4e4c4")
    R.rect(wx, wy, ww, wh, R.lin([(0, "#1e2a4e"), (0.7, "#3a4266"), (1, "#6a5a70")], 0, wy, 0, wy + wh))
    # outside: the dark leaves of a tree against the night, a neighbour's lit window, the sash pushed up
    R.rect(wx, wy + 130, ww, wh - 130, "#1a2238")  # the house across the yard, one window lit
    R.poly([(wx, wy + 130), (wx + 120, wy + 96), (wx + 240, wy + 130)], "#1a2238")
    R.rect(wx + 150, wy + 150, 30, 40, "#f0c878", opacity=0.85)
    R.line(wx + 165, wy + 150, wx + 165, wy + 190, "#1a2238", 3)
    R.path(f"M{wx + ww + 4} {wy + 30}q-50 10 -90 44", stroke="#101828", stroke_width=5)  # a branch, its leaves
    for k in range(7):
        lx, ly = wx + ww - 6 - k * 12, wy + 34 + k * 6 + (k % 2) * 9
        R.ellipse(lx, ly, 10, 4.5, "#121c2c", transform=f"rotate({-20 - k * 9} {lx} {ly})")
    R.circle(wx + 70, wy + 50, 2, "#f4ecd4")
    R.circle(wx + 220, wy + 34, 1.6, "#f4ecd4")
    R.rect(wx, wy, ww, 96, "#c8d4e0", opacity=0.16)  # the raised sash
    R.rect(wx, wy + 92, ww, 10, "#f4e4c4")
    R.rect(wx - 24, wy + wh + 10, ww + 48, 12, "#e8d2a8")
    # the fridge against the right wall (its front in perspective), a calendar on the left wall
    R.poly([(1140, 170), (1300, 126), (1300, 700), (1140, 636)], "#f0e6d2")
    R.poly([(1300, 126), (1324, 132), (1324, 704), (1300, 700)], "#c8bca4")
    R.line(1142, 340, 1300, 314, "#c8bca4", 3)
    R.line(1160, 360, 1160, 430, "#a89c88", 6)
    R.poly([(1200, 220), (1250, 208), (1252, 260), (1202, 270)], "#8ab0c0")  # a postcard of the sea on the fridge
    R.poly([(1200, 250), (1250, 240), (1252, 260), (1202, 270)], "#d8c090")
    R.circle(1226, 214, 5, "#c84a3a")
    R.circle(1270, 420, 7, "#5a9a6a")
    # a calendar on the left wall: a picture on top, the days below as a grid of small marks
    R.poly([(250, 190), (360, 210), (360, 330), (250, 320)], "#f4ead4")
    R.poly([(250, 190), (360, 210), (360, 250), (250, 234)], "#c86a50")
    R.poly([(270, 226), (300, 206), (330, 236)], "#e8a070")
    R.strokes([(262 + c * 16, 252 + r * 14 + c * 3, 8, 0.5) for r in range(5) for c in range(6)], "#8a7a68", 3, 0.8)
    # the table against the left wall, in perspective: its top, its front edge, two legs
    R.poly([(120, 520), (380, 500), (430, 560), (150, 600)], "#c9a070")
    R.poly([(150, 600), (430, 560), (430, 574), (150, 616)], "#9a7048")
    R.rect(160, 612, 14, 150, "#8a6040")
    R.rect(414, 572, 12, 130, "#8a6040")
    # props ------------------------------------------------------------------------------------------------------
    P = S.props
    # the radio on the sill, one station; the pot on the counter
    P.line(wx + 62, wy + wh + 8, wx + 30, wy + 150, "#8a8478", 2.5)
    P.rect(wx + 50, wy + wh - 44, 116, 52, "#8a5a44", rx=10)
    P.rect(wx + 62, wy + wh - 34, 48, 32, "#5a3a2e", rx=4)
    P.strokes([(wx + 66, wy + wh - 28 + k * 8, 40, 0) for k in range(4)], "#a07a60", 2, 1)
    P.rect(wx + 120, wy + wh - 32, 36, 12, "#efe0c0", rx=3)
    P.circle(wx + 138, wy + wh - 8, 6, "#d8b080")
    P.rect(950, 380, 100, 46, "#9a9a94", rx=8)
    P.ellipse(1000, 380, 50, 8, "#6a6a66")
    P.rect(1010, 342, 8, 40, "#c89a5e", transform="rotate(18 1014 362)")
    # on the table: the spaghetti, the sketchbook open (her drawing of him... his of her, with a mustache), the salt
    P.ellipse(200, 540, 46, 14, "#f2ece0")
    P.ellipse(200, 536, 30, 9, "#e8c070")
    P.path("M178 534q10 -8 20 0t20 0", stroke="#d8a850", stroke_width=2)
    P.circle(200, 530, 5, "#b84a30")
    P.poly([(252, 548), (300, 534), (306, 560), (258, 574)], "#f8f4e8")
    P.poly([(300, 534), (346, 522), (354, 548), (306, 560)], "#f2ecdc")
    P.circle(326, 538, 8, "none", stroke="#5a4a3a", stroke_width=1.6)   # the drawing: her face...
    P.path("M318 544q8 -5 16 0", stroke="#3a2a1e", stroke_width=2.4)         # ...with a mustache
    P.path("M318 530q8 -8 16 0", stroke=HAIR["summer"], stroke_width=2)
    P.strokes([(262, 552 - k * 4, 30, -8) for k in range(3)], "#9a8a7a", 1.4, 0.8)
    P.rect(378, 518, 12, 20, "#f4f4f0", rx=3)
    P.rect(378, 516, 12, 5, "#a8a8a4", rx=2)
    # a string of small lights along the top of the back wall
    bulbs = string_lights(P, (bx0 + 10, by0 + 16), (bx1 - 10, by0 + 16), 20, 16, wire="#5a4a3a", r=4.5)
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # Clementine dancing mostly with her elbows, the wooden spoon up like a microphone, singing the wrong words
    clem = clem_look("summer", skirt=(120, 160), legs=light(ERA["summer"]["skin"], 0.05), skirt_col="#c9b894", hem=10,
                     coat="#e8dcc0", bare_arms=True)
    cl = person(F, "clementine", 660, 428, clem, s=1.08,
                pose=pose2(facing=0.55, lean=-6, tilt=-12, arm_n=(118, 210), hand_n="hold", arm_f=(-120, -20), hand_f="fist",
                           leg_n=(24, -20), leg_f=(-8, -48)),
                expr="laugh", mouth="laugh")
    hx, hy = cl["hand_n"]
    F.open(id="spoon")
    F.line(hx - 6, hy + 30, hx + 4, hy - 26, "#b8824a", 6)
    F.ellipse(hx + 6, hy - 38, 9, 14, "#c8925a", transform=f"rotate(10 {n(hx + 6)} {n(hy - 38)})")
    F.close()
    # Joel dancing like a man carrying a wardrobe upstairs: bent forward, arms out round something large, a heavy step
    jl = person(F, "joel", 990, 432, joel_look("summer", hem=10, hem_w=70, coat="#8a8c88"), s=1.1,
                pose=pose2(facing=-0.6, lean=20, tilt=-16, arm_n=(60, 150), hand_n="open", arm_f=(74, 160),
                           hand_f="open", leg_n=(76, -4), leg_f=(-12, -14)),
                expr="laugh", eyes="open", brows="worried", gaze=(0, -0.4))
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    g = Lt.rad_box([(0, "#fff0b8", 0.5), (0.4, "#ffd890", 0.2), (1, "#ffd890", 0)])
    for x, y in bulbs:
        Lt.circle(x, y, 26, g)
    glow(Lt, 800, 400, 520, "#ffd890", 0.16, 300)
    glow(Lt, 300, 550, 140, "#ffe8b8", 0.18, 60)


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
    # two strangers, one at each end of the bench. Joel with his sketchbook of gulls on his knee, reading the sign
    # again; the woman with teal hair turning a chipped seashell over in her fingers, not minding at all
    jl = person(F, "joel", 640, 516, joel_look("summer", coat="#7a7c7a", hem=14, hem_w=80), s=0.96,
                pose=pose2(facing=0.45, lean=2, tilt=-4, turn=0.7, legs="sit", reach_n=(700, 520), hand_n="hold",
                           reach_f=(676, 508), hand_f="hold", arms_front=True),
                expr="neutral", brows="worried", gaze=(0.8, -0.3))
    hx, hy = jl["hand_n"]
    F.open(id="sketchbook")
    F.poly([(hx - 50, hy - 6), (hx + 8, hy - 14), (hx + 14, hy + 2), (hx - 44, hy + 10)], "#f4efe2")
    F.poly([(hx - 50, hy - 6), (hx + 8, hy - 14), (hx + 8, hy - 10), (hx - 50, hy - 2)], "#5a6a7a")
    F.path(f"M{n(hx - 36)} {n(hy)}q5 -5 10 0q5 -5 10 0M{n(hx - 12)} {n(hy - 4)}q4 -4 8 0q4 -4 8 0", stroke="#5a5a5a",
           stroke_width=1.6)  # gulls
    F.close()
    clem = clem_look("summer", coat="#d8cab0", trousers="#6a6a60", hem=14, hem_w=76)
    cl = person(F, "clementine", 1020, 516, clem, s=0.93,
                pose=pose2(facing=-0.45, lean=4, tilt=14, legs="sit", leg_n=(96, 20), leg_f=(80, -10),
                           reach_n=(982, 462), hand_n="hold", reach_f=(1000, 474), hand_f="open", arms_front=True),
                expr="smile", eyes="down", mouth="wry")
    hx, hy = cl["hand_n"]
    F.open(id="seashell", transform=f"translate({n(hx)} {n(hy)}) scale(1.35) translate({n(-hx)} {n(-hy - 4)})")
    F.path(f"M{n(hx - 12)} {n(hy - 6)}c-2 -14 16 -22 26 -10c6 8 2 20 -10 20c-8 0 -14 -4 -16 -10z", fill="#f0dcc8")
    F.path(f"M{n(hx - 8)} {n(hy - 4)}l10 -8M{n(hx - 6)} {n(hy + 2)}l14 -6M{n(hx)} {n(hy + 6)}l10 -2", stroke="#c8a890",
           stroke_width=1.4)
    F.poly([(hx + 10, hy - 14), (hx + 16, hy - 10), (hx + 12, hy - 6)], "#8a7a6a")  # the chip
    F.close()
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 1330, 404, 420, "#ffd890", 0.34, 160)
    glow(Lt, 1330, 420, 140, "#ffe8b8", 0.4)
    beam(Lt, [(1600, 300), (1600, 520), (400, 640), (400, 420)], "#ffcc88", 0.22, 0.02, axis=(1600, 420, 400, 520))
    glow(Lt, 820, 262, 220, "#f8f0d8", 0.16, 60)  # the shelter's strip light, flickering on
