"""The late memories (scenes/02_distance.yaml, scenes/02a_late.yaml): winter and amber, before the turn."""

from __future__ import annotations

from ..kit import *


def tape_deck(L: Layer, x, y, s=1.0, body="#2c323c", face="#4a5262", playing=True):
    """A portable tape deck standing on y, its left end at x: two speaker grilles, the cassette in its window, the
    keys along the top, a handle; a small green light when it is playing."""
    def R(a, b, w, h, c, **kw):
        L.rect(x + a * s, y - b * s, w * s, h * s, c, **kw)
    w, h = 168, 74
    L.path(f"M{n(x + 22 * s)} {n(y - h * s)}v{n(-14 * s)}q0 -8 8 -8h{n((w - 60) * s)}q8 0 8 8v{n(14 * s)}",
           stroke=dark(body, 0.2), stroke_width=n(5 * s))  # the handle
    R(0, h, w, h, body, rx=n(9 * s))
    R(4, h - 4, w - 8, 8, light(body, 0.12), rx=n(3 * s))
    for k in range(5):  # piano keys on top
        R(52 + k * 13, h + 5, 10, 7, "#9aa2ae" if k != 1 else "#5a6270", rx=n(1.5 * s))
    for cx in (26, w - 26):  # speakers
        L.circle(x + cx * s, y - 36 * s, 21 * s, dark(body, 0.25))
        L.circle(x + cx * s, y - 36 * s, 17 * s, face)
        L.circle(x + cx * s, y - 36 * s, 6 * s, dark(face, 0.3))
    R(52, 60, 64, 40, dark(body, 0.3), rx=n(3 * s))  # the cassette window
    R(56, 56, 56, 32, "#c9c0ac", rx=n(2 * s))  # the cassette label side
    R(62, 52, 44, 8, "#e8e0cc")
    for cx in (72, 96):
        L.circle(x + cx * s, y - 34 * s, 6.5 * s, "#3a3632")
        L.circle(x + cx * s, y - 34 * s, 2.4 * s, "#c9c0ac")
    R(66, 28, 36, 6, "#6a5a4e", rx=n(2 * s))  # the tape between the reels
    L.circle(x + 84 * s, y - 12 * s, 3 * s, "#7ad08a" if playing else "#3a4038")
    return x + 84 * s, y - 12 * s


def roofscape(L: Layer, rng, x0, x1, base, hmin, hmax, col, lit=None, lit_n=0, tanks=True):
    """A row of city roofs against the sky as one silhouette: pitched and flat roofs with cornices, chimney stacks,
    now and then a water tank on legs or a steeple; a few lit windows scattered (not a grid). Returns nothing."""
    pts_ = [(x0, base)]
    extra = []
    x = x0
    while x < x1:
        w = rng.uniform(50, 130)
        h = rng.uniform(hmin, hmax)
        top = base - h
        kind = rng.random()
        if kind < 0.35:  # pitched roof
            pts_ += [(x, top + 18), (x + w / 2, top - 10), (x + w, top + 18)]
        elif kind < 0.75:  # flat roof with a cornice lip and a chimney stack or two
            pts_ += [(x, top), (x - 3, top), (x - 3, top - 5), (x + w * 0.3, top - 5)]
            cx = x + w * rng.uniform(0.35, 0.6)
            pts_ += [(cx, top - 5), (cx, top - 24), (cx + 10, top - 24), (cx + 10, top - 5)]
            pts_ += [(x + w + 3, top - 5), (x + w + 3, top), (x + w, top)]
        elif kind < 0.93 or not tanks:  # stepped roof
            pts_ += [(x, top + 20), (x + w * 0.4, top + 20), (x + w * 0.4, top), (x + w, top)]
        else:  # a steeple
            pts_ += [(x, top + 30), (x + w * 0.4, top + 30), (x + w * 0.4, top - 10), (x + w * 0.5, top - 70),
                     (x + w * 0.6, top - 10), (x + w * 0.6, top + 30), (x + w, top + 30)]
        if tanks and kind >= 0.35 and kind < 0.75 and rng.random() < 0.3:
            tx = x + w * 0.7
            extra.append([(tx - 12, top - 5), (tx - 12, top - 20), (tx - 14, top - 20), (tx - 14, top - 44), (tx, top - 56),
                          (tx + 14, top - 44), (tx + 14, top - 20), (tx + 12, top - 20), (tx + 12, top - 5)])
        x += w
    pts_ += [(x1 + 40, base)]
    L.poly(pts_, col)
    for e in extra:
        L.poly(e, col)
    if lit:
        spots = []
        for _ in range(lit_n):
            px, py = rng.uniform(x0, x1), base - rng.uniform(6, hmin * 0.9)
            spots.append((px, py))
            if rng.random() < 0.4:
                spots.append((px + 9, py))
        dots(L, spots, lit, 5, 0.75)


def folding_chair(L: Layer, x, y, s=1.0, frame="#3a2a24", seat="#7a6a58"):
    """An empty folding chair, seen from the side-front, its feet on y."""
    def p(a, b):
        return x + a * s, y - b * s
    L.line(*p(-18, 0), *p(20, 60), frame, 4 * s)   # the crossed legs
    L.line(*p(22, 0), *p(-16, 60), frame, 4 * s)
    L.line(*p(-16, 60), *p(-20, 124), frame, 4 * s)  # the back posts
    L.poly([p(-22, 58), p(26, 60), p(30, 68), p(-18, 68)], seat)  # the seat
    L.poly([p(-24, 96), p(-18, 122), p(-14, 122), p(-19, 96)], seat)  # the back slat, side on
    L.poly([p(-23, 104), p(10, 112), p(10, 124), p(-19, 120)], dark(seat, 0.1))


def thermos(L: Layer, x, y, s=1.0, col="#5a6e5a"):
    """A thermos standing on y: the flask, its steel cup-lid."""
    L.rect(x - 12 * s, y - 62 * s, 24 * s, 62 * s, col, rx=n(5 * s))
    L.rect(x - 12 * s, y - 40 * s, 24 * s, 8 * s, dark(col, 0.2))
    L.rect(x - 13 * s, y - 78 * s, 26 * s, 18 * s, "#b8b4aa", rx=n(3 * s))
    L.rect(x - 5 * s, y - 62 * s, 3 * s, 54 * s, light(col, 0.25), opacity=0.7)


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
    # a low cabinet under the window, and on it her tape deck, playing: the cassette turning behind its little window
    P.rect(64, 486, 270, 124, "#353e4e")
    P.rect(58, 476, 282, 12, "#4a5466")
    for k in range(2):
        P.rect(78 + k * 128, 500, 114, 96, "#3e485a", rx=3)
        P.rect(126 + k * 128, 540, 18, 5, "#7a8496", rx=2)
    tape_deck(P, 112, 472)
    # a shoebox of her other tapes beside it, one lying out
    P.rect(272, 446, 56, 30, "#6a5e70")
    for k in range(4):
        P.rect(278 + k * 12, 436, 9, 14, ("#d8cfc0", "#8a7a90", "#c8a890", "#7a8aa0")[k])
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
    # figures --------------------------------------------------------------------------------------------------
    F = S.figures
    # Joel by the bookshelf, the cone picked up and held against him in both hands, caught: he looks at her
    cone = [([(x - 5, y) for x, y in poly], col) for poly, col in traffic_cone(758, 448, 124)]
    person(F, "joel", 690, 452, joel_look("winter", coat="#545c6b", hem=16, hem_w=74), s=1.0,
           pose=pose2(facing=0.55, lean=-4, tilt=-2, reach_n=(772, 396), hand_n="hold", reach_f=(728, 374), hand_f="hold",
                      arms_front=True, leg_n=(6, 0), leg_f=(-6, 0)),
           expr="afraid", eyes="open", mouth="neutral", brows="worried", held=cone)
    # Clementine over her suitcase: a sweater balled in one fist, the other hand flung at the cone. "Put it down."
    clem = clem_look("winter", coat="#4e5566", hem=18, hem_w=76, scarf=None, shirt="#8a93a4")
    cl = person(F, "clementine", 1236, 452, clem, s=0.96,
                pose=pose2(facing=-0.6, lean=8, tilt=-6, reach_n=(1094, 372), hand_n="point", reach_f=(1290, 396),
                           hand_f="fist", leg_n=(14, 2), leg_f=(-10, -4)),
                expr="angry", mouth="talk", gaze=(-0.6, 0))
    hx, hy = cl["hand_f"]
    # the sweater hangs from her fist by one shoulder, a sleeve trailing
    F.open(id="sweater")
    sw_ = "#9a8aa6"
    F.poly([(hx - 10, hy + 2), (hx + 16, hy - 2), (hx + 30, hy + 62), (hx - 18, hy + 70)], sw_)
    F.poly([(hx - 18, hy + 64), (hx + 30, hy + 56), (hx + 31, hy + 64), (hx - 17, hy + 72)], dark(sw_, 0.2))
    F.path(f"M{n(hx - 10)} {n(hy + 4)}c-14 20 -18 60 -12 92l10 0c-2 -30 2 -62 12 -84z", fill=dark(sw_, 0.1))
    F.poly([(hx - 22, hy + 92), (hx - 12, hy + 92), (hx - 12, hy + 100), (hx - 22, hy + 100)], dark(sw_, 0.25))
    F.close()
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
    # the counter at the right, where the register stands; a pie case on it, stools in front
    R.rect(1440, 452, 160, 16, "#aab4c2")
    R.rect(1450, 468, 150, 150, "#46546a")
    R.rect(1450, 540, 150, 8, "#5a6a80")
    R.rect(1450, 120, 150, 10, "#4a596d")
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
    # the cash register on the counter, tinsel taped along it; a pie case under its dome
    P.poly([(1480, 452), (1590, 452), (1582, 412), (1488, 412)], "#6a7484")
    P.poly([(1494, 412), (1576, 412), (1566, 368), (1504, 368)], "#58626f")
    P.rect(1512, 376, 46, 18, "#1e2a2a")
    P.rect(1516, 380, 38, 10, "#7ad0a0", opacity=0.8)
    keys = [(1496 + i * 12, 420 + j * 9) for i in range(7) for j in range(3)]
    dots(P, keys, "#c8ccd4", 5, 0.9)
    P.rect(1484, 446, 102, 6, "#4a5260")
    for k, col in enumerate(("#d8dee8", "#a8b4c8")):
        P.path(f"M1478 {404 + k * 4}" + "".join(f"q6 {8 - k * 2} 12 0" for _ in range(10)), stroke=col, stroke_width=3,
               stroke_dasharray="3 2")
        P.strokes([(1480 + i * 12 + k * 6, 406 + k * 4, (i % 3 - 1) * 2, 9) for i in range(9)], col, 1.6, 0.8)
    P.rect(1476, 400, 10, 6, "#e8e4d8", opacity=0.8)  # the tape holding it
    P.rect(1584, 398, 10, 6, "#e8e4d8", opacity=0.8)
    # figures --------------------------------------------------------------------------------------------------
    F = S.figures
    # the old couple: he does the actor's voice, one hand up like a man in a 1962 movie; she laughs, glasses in her hand
    old_m = other_look("winter", "#5e5a58", "#c8c8cc", "bald", trousers="#3a3838", build=0.95, hem=10)
    person(F, "old-man", 40, 548, old_m, s=0.72,
           pose=pose2(facing=0.6, lean=-8, tilt=-12, legs="sit", reach_n=(104, 414), hand_n="open", reach_f=(96, 498),
                      hand_f="hold"), expr="talk", mouth="talk", brows="raised", eyes="closed", cut=520, shadow=False)
    old_w = other_look("winter", "#6e6468", "#d8d6d8", "bun", blush="#b99096", trousers="#3e3a3c", build=0.86, female=True,
                       hem=10)
    ow = person(F, "old-woman", 306, 548, old_w, s=0.72,
                pose=pose2(facing=-0.6, lean=14, tilt=8, legs="sit", reach_n=(250, 470), hand_n="hold", reach_f=(262, 440),
                           hand_f="open", arms_front=True), expr="laugh", cut=520, shadow=False)
    gx, gy = ow["hand_n"]
    F.open(id="her-glasses")
    for dx in (-9, 9):
        F.ellipse(gx + dx - 4, gy - 4, 7, 6, "none", stroke="#2e3038", stroke_width=2)
    F.line(gx - 6, gy - 4, gx, gy - 4, "#2e3038", 2)
    F.close()
    F.open(transform="translate(80 0)")
    # Clementine on the window side of the booth, turned away from the table to watch the old couple
    clem = clem_look("winter", coat="#5a5e6e", hem=16, hem_w=74, scarf="#767080")
    person(F, "clementine", 446, 548, clem, s=0.94,
           pose=pose2(facing=0.5, lean=2, tilt=4, turn=-0.55, legs="sit", reach_n=(600, 462), hand_n="open",
                      arm_f=(20, 70), hand_f="hold"),
           expr="sad", eyes="open", mouth="rest", gaze=(-0.8, 0.1))
    # Joel across from her, both hands round his coffee, watching her watch them
    person(F, "joel", 1150, 548, joel_look("winter", coat="#525a68", hem=14, hem_w=72), s=1.0,
           pose=pose2(facing=-0.55, lean=16, tilt=6, legs="sit", reach_n=(1024, 452), hand_n="hold", reach_f=(1002, 448),
                      hand_f="hold", arms_front=True),
           expr="sad", eyes="open", mouth="neutral", gaze=(-0.6, 0.2))
    F.close()
    # the waitress at the end of the counter, check pad out, the face of a double shift; a reindeer on her badge
    wt = other_look("winter", "#7a8a96", "#6a4a3e", "ponytail", female=True, build=0.88, blush="#b99096",
                    skirt=(96, 86), skirt_col="#5a6878", legs="#b9a8a4", hem=14, shirt="#e4e8ec")
    wf = person(F, "waitress", 1470, 458, wt, s=0.94,
                pose=pose2(facing=-0.45, lean=4, tilt=8, reach_n=(1404, 380), hand_n="hold", reach_f=(1420, 396),
                           hand_f="hold", arms_front=True, leg_n=(4, 0), leg_f=(-8, 0)),
                expr="tired", mouth="neutral", brows="flat")
    hx, hy = wf["hand_n"]
    F.open(id="check-pad")
    F.poly([(hx - 14, hy - 26), (hx + 10, hy - 30), (hx + 14, hy + 6), (hx - 10, hy + 10)], "#f2f0e8")
    F.poly([(hx - 14, hy - 26), (hx + 10, hy - 30), (hx + 11, hy - 23), (hx - 13, hy - 19)], "#c0564e")
    for k in range(3):
        F.line(hx - 8, hy - 12 + k * 6, hx + 6, hy - 14 + k * 6, "#8a8a96", 1.4)
    F.close()
    nx, ny = wf["neck"]
    F.open(id="reindeer-badge")
    bx, by = nx - 22, ny + 44
    F.rect(bx - 14, by - 9, 28, 18, "#eceff2", rx=2)
    F.ellipse(bx - 6, by + 1, 4, 5, "#8a5a3a")  # the reindeer: a brown head, antlers, a red nose
    F.path(f"M{n(bx - 8)} {n(by - 4)}l-3 -4m1 2l-3 0M{n(bx - 4)} {n(by - 4)}l3 -4m-1 2l3 0", stroke="#6a4a2a", stroke_width=1.2)
    F.circle(bx - 6, by + 5, 1.6, "#d03a30")
    F.line(bx + 1, by - 2, bx + 11, by - 2, "#8a8a96", 1.4)
    F.line(bx + 1, by + 3, bx + 9, by + 3, "#8a8a96", 1.4)
    F.close()
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    beam(Lt, [(840, 230), (920, 230), (1140, 470), (620, 470)], "#efe6c8", 0.3, 0.05)
    glow(Lt, 880, 466, 300, "#efe6c8", 0.18, 60)
    glow(Lt, 880, 230, 60, "#fff6da", 0.6)
    glow(Lt, 180, 470, 160, "#efe6c8", 0.14, 60)


@scene("children_argument", "amber")
def draw_children_argument(S: Scene):
    # their kitchen late in the evening, back from her sister's: the window dark, the lamp on; she still has the party's
    # paper crown on and holds her tea (the picture keeps the kitchen argument, not the later beats in bed)
    K = S.sky
    wall_sky(K, "#5e3a28", "#3e2618")
    R = S.room
    rr = R.rng
    # the window over the sink: late evening, the last of the August light gone down behind the backyards
    wx, wy, ww, wh = 160, 140, 360, 270
    R.rect(wx, wy, ww, wh, R.lin([(0, "#1c1c34"), (0.62, "#2e2a48"), (0.86, "#6a4450"), (1, "#9a5a48")], 0, wy, 0, wy + wh))
    R.circle(wx + 270, wy + 60, 2.2, "#f4ead8", opacity=0.8)
    backs = [(wx, wy + wh)]
    x = wx
    for i in range(6):
        w_ = rr.uniform(48, 70)
        top = wy + wh - rr.uniform(44, 96)
        backs += [(x, top + 16), (x + w_ / 2, top), (x + w_, top + 16)]
        x += w_
    backs = [(min(max(px, wx), wx + ww), py) for px, py in backs] + [(wx + ww, wy + wh)]
    R.poly(backs, "#1a1420")
    for px, py in ((wx + 74, wy + 232), (wx + 226, wy + 222), (wx + 300, wy + 240)):
        R.rect(px, py, 10, 12, "#e8b870", opacity=0.85)  # a few kitchens still lit across the yards
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
        R.rect(636 + k * 182 + (146 if k == 0 else 10), 236, 8, 22, "#d8b080", rx=3)  # the handles
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
    # Clementine at the counter, the crown still on, the cracked mug in both hands against her chest
    cup = [(rect_poly(724, 360, 36, 42), "#e8e0d0"), (ellipse_poly(742, 360, 18, 5, 12), "#8a6a4a"),
           ([(740, 360), (746, 372), (740, 384), (745, 400), (743, 400), (738, 384), (744, 372), (738, 360)], "#5a4a3a")]
    cl = person(F, "clementine", 700, 466, clem_look("amber", coat="#7a4e38", hem=16, hem_w=72), s=0.96,
                pose=pose2(facing=0.5, lean=-2, tilt=14, reach_n=(756, 392), hand_n="hold", reach_f=(728, 396),
                           hand_f="hold", arms_front=True, leg_n=(4, 0), leg_f=(-6, 0)),
                expr="sad", eyes="down", held=cup)
    paper_crown(F, cl)
    # Joel on his chair, turned towards her, elbows on his knees, looking at the floor between them
    person(F, "joel", 1236, 530, joel_look("amber", hem=14, hem_w=72), s=1.0,
           pose=pose2(facing=-0.6, lean=26, tilt=8, legs="sit", reach_n=(1150, 520), hand_n="hold", reach_f=(1164, 514),
                      hand_f="open", arms_front=True),
           expr="sad", eyes="open", mouth="neutral", gaze=(-0.6, 0.4))
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    P.line(840, 0, 840, 150, "#2e1c12", 3)
    P.path("M800 186q40 -50 80 0z", fill="#d8b070")
    glow(Lt, 840, 190, 460, "#ffd08a", 0.3, 340)
    glow(Lt, 840, 188, 60, "#fff0c8", 0.6, 14)
    glow(Lt, 340, 380, 200, "#9a5a60", 0.12)


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
    # Clementine on the bench, her tea in her own mug in both hands, turned to him: "Something true, not a fact."
    cup = [(rect_poly(942, 430, 30, 36), "#e8e0d0"), (ellipse_poly(957, 430, 15, 4, 12), "#7a5a3a")]
    person(F, "clementine", 930, 528, clem_look("amber"), s=0.94,
           pose=pose2(facing=0.35, lean=4, tilt=-4, legs="sit", reach_n=(972, 456), hand_n="hold", reach_f=(944, 460),
                      hand_f="hold", arms_front=True, turn=0.6),
           expr="talk", brows="raised", gaze=(0.7, 0), held=cup, shadow=False)
    F.path("M950 424c-6 -14 6 -22 0 -36M962 422c-5 -12 5 -18 0 -30", stroke="#f4ead8", stroke_width=2.4, opacity=0.45)
    # Joel drawing her: the sketchbook propped on his knee, the pencil moving; looking down at the page, not at her
    jl = person(F, "joel", 1200, 528, joel_look("amber", hem=16, hem_w=76), s=0.98,
                pose=pose2(facing=-0.35, lean=14, tilt=10, legs="sit", leg_n=(80, -6), leg_f=(96, 4), reach_n=(1150, 492),
                           hand_n="hold", reach_f=(1112, 488), hand_f="hold", arms_front=True),
                expr="neutral", eyes="down", shadow=False)
    F.open(id="sketchbook")
    F.poly([(1086, 516), (1170, 500), (1176, 454), (1094, 466)], "#5e6a64")
    F.poly([(1090, 512), (1166, 498), (1172, 456), (1096, 468)], "#efe8d6")
    F.ellipse(1126, 480, 9, 11, "#b8a890", transform="rotate(-10 1126 480)")
    F.ellipse(1126, 480, 7, 9, "#efe8d6", transform="rotate(-10 1126 480)")
    F.poly([(1116, 478), (1120, 468), (1132, 466), (1137, 476), (1134, 474), (1126, 470), (1119, 475)], "#c83a3a")
    F.close()
    hx, hy = jl["hand_n"]
    F.line(hx - 4, hy + 4, hx - 22, hy - 10, "#c8a050", 3.2)  # the pencil
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 300, 380, 420, "#ffd090", 0.34, 160)
    glow(Lt, lamp[0], lamp[1], 60, "#fff0c8", 0.5)
    glow(Lt, 1060, 520, 320, "#ffd8a0", 0.12, 140)


@scene("christmas_call", "winter")
def draw_christmas_call(S: Scene):
    # Christmas night in his mother's hallway: the phone on the wall between the coat hooks and the barometer; it has
    # rung, his mother has answered and holds the receiver out to Joel at arm's length; his coat hangs among hers
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
    # the wall telephone, its handset off the hook (in his mother's hand)
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
    # his mother by the phone, holding the receiver out to him at arm's length, leaning away from it a little
    mom = other_look("winter", "#6a6272", "#a8a6aa", "bun", glasses=True, skirt=(112, 120), skirt_col="#4a4654",
                     legs="#b8aaa6", female=True, build=0.9, blush="#b99096", hem=30, hem_w=80, shirt="#d8d4dc")
    mo = person(F, "mother", 512, 452, mom, s=0.94,
                pose=pose2(facing=0.55, lean=-6, tilt=-8, reach_n=(690, 318), hand_n="hold", arm_f=(8, 70), hand_f="open",
                           leg_n=(2, 0), leg_f=(-4, 0)),
                expr="neutral", mouth="neutral", brows="raised", eyes="half", gaze=(0.8, 0))
    hx, hy = mo["hand_n"]
    F.open(id="receiver")
    F.poly(capsule((hx - 22, hy - 8), (hx + 26, hy - 6), 7), "#c2baa8")
    F.ellipse(hx - 26, hy - 4, 11, 8, "#b4ac9a")
    F.ellipse(hx + 30, hy - 2, 11, 8, "#b4ac9a")
    coil_cord(F, (hx - 30, hy + 4), (610, 420), (622, 330), "#b4ac9a", width=2.4, r=4, turns=18, k=8)
    F.close()
    # Joel coming out of the coats to take it: one hand reaching, reluctant, the other still in his pocket
    person(F, "joel", 846, 452, joel_look("winter", coat="#59616f", hem=16, hem_w=74), s=1.0,
           pose=pose2(facing=-0.5, lean=-4, tilt=4, reach_n=(734, 330), hand_n="reach", arm_f=(-6, 10), hand_f="pocket",
                      leg_n=(8, 0), leg_f=(-10, -6)),
           expr="tired", mouth="neutral", brows="worried", gaze=(-0.6, 0))
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
    wall_sky(K, "#120e14", "#4a3224", 460)
    R = S.room
    rr = R.rng
    # the far edge: dark firs, the supermarket with its lit front and a concrete canopy on pillars
    for i in range(26):
        x = i * 64 + rr.uniform(-16, 16)
        h = rr.uniform(80, 150)
        R.poly([(x - 34, 452), (x, 452 - h), (x + 34, 452)], "#1a1416")
    R.rect(560, 260, 1040, 200, "#342a28")
    R.rect(620, 340, 900, 100, "#d8b888", opacity=0.6)
    for i in range(13):
        R.rect(620 + i * 70, 340, 5, 100, "#342a28")
    R.rect(900, 286, 300, 36, "#4a3c34")
    # the store's sign: a lit shopping cart and two stripes, no words
    R.path("M1000 294h8l8 16h26l6 -12h-36", stroke="#f0d8a8", stroke_width=3, stroke_linejoin="round")
    R.circle(1020, 315, 3, "#f0d8a8")
    R.circle(1038, 315, 3, "#f0d8a8")
    R.rect(1064, 298, 100, 5, "#c86a48")
    R.rect(1064, 308, 76, 5, "#f0d8a8")
    R.rect(0, 450, W, 450, R.lin([(0, "#5a544c"), (0.5, "#46423e"), (1, "#2a2826")], 0, 450, 0, 900))
    # snow ploughed into banks, the gray slush of the lot, bay lines
    R.path("M0 462Q60 436 130 452T260 446T420 456T560 452V470H0Z", fill="#a09a90")
    for i in range(9):
        x = -200 + i * 260
        R.line(x + (x - 800) * 0.02, 490, x + (x - 800) * 0.55, 900, "#c8c0b0", 5, opacity=0.25)
    for _ in range(14):
        R.ellipse(rr.uniform(0, W), rr.uniform(560, 880), rr.uniform(40, 140), rr.uniform(4, 10), "#8e8a84", opacity=0.45)
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
    car_side(P, cx0, gy, s, "#6a6a6c", glass="#262220", dent=True, snow="#d8ccbc")
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
    P.ellipse(270, 664, 130, 12, "#8a8680", opacity=0.55)  # gray slush
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    # Clementine crouched at the pillar in her good coat, picking the glass out of the slush with bare fingers
    clem = clem_look("winter", coat="#5a5468", hem=30, hem_w=90)
    cl = person(F, "clementine", 282, 566, clem, s=0.86,
                pose=pose2(facing=-0.55, lean=40, tilt=14, legs="kneel", leg_f=(84, -2), reach_n=(184, 636),
                           hand_n="reach", reach_f=(214, 560), hand_f="hold"),
                expr="sad", eyes="down", mouth="neutral", shadow=False)
    F.ellipse(244, 666, 84, 9, "#000000", opacity=0.18)
    hx, hy = cl["head"]
    dots(F, [(hx - 12, hy - 22), (hx + 6, hy - 26), (hx + 14, hy - 14), (hx - 18, hy - 8)], "#f4ece4", 4, 0.9)  # snow in her hair
    fx, fy = cl["hand_f"]
    dots(F, [(fx - 6, fy + 2), (fx - 2, fy - 4)], "#eef4fa", 4, 0.95)  # the pieces in her fingers
    # Joel just off the second bus, coming across the lot, hands deep in his pockets, breath steaming
    jo = person(F, "joel", 1330, 466, joel_look("winter", scarf="#5d6878"), s=0.9,
                pose=pose2(facing=-0.7, lean=6, tilt=10, legs="walk", hand_n="pocket", hand_f="pocket", arm_n=(4, 20),
                           arm_f=(-4, 16)),
                expr="tired", brows="worried", mouth="neutral")
    hx, hy = jo["head"]
    F.path(f"M{n(hx - 26)} {n(hy + 10)}q-14 -6 -26 0q-10 -12 -24 -6", stroke="#e8dcd0", stroke_width=6, opacity=0.3,
           stroke_linecap="round")
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    for lx, ly in lamps:
        beam(Lt, [(lx - 22, ly), (lx + 22, ly), (lx + 300, 700), (lx - 300, 700)], "#f29a40", 0.24, 0.06)
        glow(Lt, lx, 690, 240, "#f09a48", 0.22, 40)
        glow(Lt, lx, ly + 4, 80, "#ffc070", 0.75)
    glow(Lt, 800, 620, 700, "#e89040", 0.16, 150)
    hz = cx0 * 2 + 616 * s - (cx0 + 607 * s)
    glow(Lt, hz, gy - 72 * s, 60, "#ffa830", 0.55)  # the hazards blinking
    glow(Lt, cx0 * 2 + 616 * s - (cx0 + 2 * s), gy - 72 * s, 44, "#ffa830", 0.45)
    snowfall(Lt, Lt.rng, 80, (0, 0, W, 640), color="#f8e0c4", sizes=(2.6, 4), ops=(0.4, 0.7))


@scene("forgotten_anniversary", "amber")
def draw_forgotten_anniversary(S: Scene):
    # Marisol's: blue tiles on every wall, warm light on them
    wall_sky(S.sky, "#3e5668", "#2a3a48")
    R = S.room
    rr = R.rng
    segs = [(0, y, W, 0) for y in range(40, 430, 40)] + [(x, 0, 0, 430) for x in range(20, W, 40)]
    R.strokes(segs, "#6e8a9c", 2.4, 0.45)
    # the dining room through a wide opening: warmer, brighter, every table taken, tiled up to the ceiling
    R.rect(640, 150, 940, 462, R.lin([(0, "#6a8294"), (0.7, "#58707e"), (1, "#4a5e6a")], 0, 150, 0, 612))
    segs = [(640, y, 940, 0) for y in range(190, 520, 36)] + [(x, 150, 0, 370) for x in range(658, 1580, 36)]
    R.strokes(segs, "#9aaab0", 2, 0.4)
    R.rect(640, 150, 940, 40, "#4a2c1c")
    for x in (760, 1010, 1260, 1500):  # panels of painted tiles, blue on white
        R.rect(x - 58, 246, 116, 116, "#2e4658")
        R.rect(x - 54, 250, 108, 108, "#dfe2d8")
        for i in range(3):
            for j in range(3):
                cx, cy = x - 36 + i * 36, 268 + j * 36
                R.poly([(cx, cy - 15), (cx + 15, cy), (cx, cy + 15), (cx - 15, cy)], "#3c6088")
                R.circle(cx, cy, 5, "#dfe2d8")
    R.rect(640, 520, 940, 92, "#4a2c1c")
    R.rect(620, 140, 24, 472, "#4a2c1c")
    R.rect(1576, 140, 24, 472, "#4a2c1c")
    R.rect(620, 130, 980, 22, "#4a2c1c")
    # the entrance: the wall, a glass door onto the night street, a mat
    R.rect(0, 430, 620, 182, "#4a2c1c")
    R.rect(0, 422, 620, 12, "#6e4428")
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
    P.poly([(572, 454), (686, 454), (694, 438), (566, 438)], "#3a2418")  # the book of bookings, open
    P.poly([(576, 450), (628, 452), (630, 436), (572, 434)], "#efe2c8")
    P.poly([(630, 452), (682, 450), (688, 434), (632, 436)], "#e6d8bc")
    for k in range(4):
        P.line(580, 438 + k * 3.4, 624, 439 + k * 3.4, "#8a7a6a", 1.2, opacity=0.7)
        P.line(636, 439 + k * 3.4, 680, 438 + k * 3.4, "#8a7a6a", 1.2, opacity=0.7)
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
    diners = [("#5a4a58", "#3a2a22", "bun", 0.5, True, "smile"), ("#4a5240", "#2a2018", "short", -0.5, False, "talk"),
              ("#6a4a3a", "#5a3a22", "curly", 0.5, True, "laugh"), ("#3a3a44", "#8a7a6a", "bald", -0.5, False, "smile"),
              ("#4a4038", "#2e241e", "short", 0.5, False, "talk"), ("#7a5a48", "#4a3020", "ponytail", -0.5, True, "smile")]
    for i, (c, hair, st, fac, fem, ex) in enumerate(diners):
        tx, ty = tables[i // 2]
        dx = -82 if i % 2 == 0 else 82
        lk = other_look("amber", c, hair, st, skin=dark(ERA["amber"]["skin"], 0.08), female=fem, build=0.9 if fem else 1.0,
                        blush="#c07860" if fem else None)
        person(F, f"diner{i + 1}", tx + dx, ty + 46, lk, s=0.5,
               pose=pose2(facing=fac, lean=8, legs="sit", reach_n=(tx + dx * 0.45, ty + 4), hand_n="hold",
                          arm_f=(30, 70), hand_f="open"), expr=ex, cut=ty, shadow=False)
    # the host behind his stand, bent over the book: the pen running down the column, the other hand holding the page
    host = other_look("amber", "#2c221e", "#3a2a20", "short", shirt="#e8dcc8", trousers="#221a16", hem=20, hem_w=78)
    ho = person(F, "host", 640, 486, host, s=0.98,
                pose=pose2(facing=-0.3, lean=8, tilt=26, reach_n=(602, 442), hand_n="hold", reach_f=(664, 444),
                           hand_f="open", arms_front=True),
                expr="neutral", eyes="down", brows="worried", cut=452)
    px_, py_ = ho["hand_n"]
    F.line(px_ - 2, py_ - 2, px_ - 16, py_ + 8, "#1e1a18", 3)  # his pen, its tip on the page
    # Clementine in the green dress, arms folded, looking at Joel, not at the book
    clem = clem_look("amber", coat="#4e6e48", hem=10, hem_w=70, scarf=None, skirt=(112, 104), skirt_col="#567a50",
                     legs=ERA["amber"]["skin"], bare_legs=True, shirt=None)
    person(F, "clementine", 212, 452, clem, s=0.95,
           pose=pose2(facing=0.45, lean=-2, tilt=-4, turn=0.7, reach_n=(190, 368), hand_n="hold", reach_f=(238, 372),
                      hand_f="hold", arms_front=True, leg_n=(6, 0), leg_f=(-4, 0)),
           expr="angry", mouth="neutral", gaze=(0.8, 0))
    # Joel leaning in to the book as if he could find himself in it; his watch on his wrist
    jl = person(F, "joel", 440, 452, joel_look("amber", hem=60, hem_w=84, scarf="#7a6a5a"), s=1.0,
                pose=pose2(facing=0.5, lean=10, tilt=14, reach_n=(566, 428), hand_n="point", arm_f=(-4, 6), hand_f="open",
                           leg_n=(10, 0), leg_f=(-8, 0)),
                expr="afraid", eyes="down", mouth="neutral")
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
    # over the left shelves, the section board for Travel: a globe and a small aeroplane, no words
    P.line(600, 0, 600, 60, "#2a1c14", 2)
    P.line(740, 0, 740, 60, "#2a1c14", 2)
    P.rect(580, 58, 180, 46, "#3a4a3e", rx=4)
    P.circle(620, 81, 15, "#d8c89a")
    P.path("M605 81h30M620 66v30M608 72q12 6 24 0M608 90q12 -6 24 0", stroke="#3a4a3e", stroke_width=2)
    P.poly([(660, 84), (730, 74), (736, 78), (700, 86), (712, 96), (704, 96), (688, 88), (666, 90)], "#d8c89a")
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
    # Clementine behind the counter, laughing the real laugh, one hand flat on the counter to hold herself up
    clem = clem_look("amber", coat="#6e4434", hem=16, hem_w=72)
    person(F, "clementine", 1030, 486, clem, s=0.95,
           pose=pose2(facing=-0.45, lean=-6, tilt=-14, reach_n=(990, 498), hand_n="open", reach_f=(1066, 416),
                      hand_f="fist", arms_front=True),
           expr="laugh", cut=500)
    # the customer, tall, in a linen jacket: a slim book of poems held up, the other hand conducting his accent
    linen = "#d6cbb0"
    guy = other_look("amber", linen, "#5a3e26", "curly", hem=22, hem_w=78, trousers="#6a5a44", build=1.05,
                     shirt="#f0e8d8", shoes="#4a3020")
    cu = person(F, "customer", 812, 452, guy, s=1.06,
                pose=pose2(facing=0.6, lean=-4, tilt=6, reach_n=(884, 354), hand_n="hold", arm_f=(40, 150),
                           hand_f="open", leg_n=(10, 0), leg_f=(-8, 0)),
                expr="talk", eyes="down", brows="raised")
    # linen: soft creases at the elbows and across the front, a pocket square of a lighter colour
    ex, ey = cu["elbow_n"]
    F.path(f"M{n(ex - 8)} {n(ey - 6)}q6 6 14 2M{n(ex - 6)} {n(ey + 2)}q6 5 12 1", stroke=dark(linen, 0.16), stroke_width=2)
    ex, ey = cu["elbow_f"]
    F.path(f"M{n(ex - 6)} {n(ey - 4)}q6 5 12 1", stroke=dark(linen, 0.2), stroke_width=2)
    bx, by = cu["hand_n"]
    F.open(id="poems")
    F.poly([(bx - 4, by - 30), (bx + 22, by - 36), (bx + 24, by + 2), (bx - 2, by + 6)], "#5a3a4a")
    F.poly([(bx - 2, by - 28), (bx + 20, by - 33), (bx + 21, by + 0), (bx, by + 4)], "#efe6d2")
    F.close()
    # Joel in Travel, the guide to Portugal open in one hand, the bookmark in the other, looking over the page
    jo = person(F, "joel", 520, 456, joel_look("amber", hem=62, hem_w=84), s=1.0,
                pose=pose2(facing=0.55, lean=0, tilt=-2, reach_n=(586, 352), hand_n="hold", arm_f=(10, 24),
                           hand_f="hold", leg_n=(4, 0), leg_f=(-6, 0)),
                expr="neutral", brows="flat", mouth="neutral", gaze=(1, 0))
    gx, gy = jo["hand_n"]
    F.open(id="portugal-guide")  # seen from his side: the open covers in a shallow V, yellow with a green-red band
    F.poly([(gx - 30, gy - 40), (gx + 2, gy - 26), (gx + 2, gy + 18), (gx - 30, gy + 6)], "#d8b848")
    F.poly([(gx + 2, gy - 26), (gx + 34, gy - 44), (gx + 34, gy + 4), (gx + 2, gy + 18)], "#e4c458")
    F.poly([(gx - 30, gy - 8), (gx + 2, gy + 4), (gx + 2, gy + 10), (gx - 30, gy - 2)], "#4a6a3a")
    F.poly([(gx + 2, gy + 4), (gx + 34, gy - 12), (gx + 34, gy - 6), (gx + 2, gy + 10)], "#a03a2a")
    F.poly([(gx - 28, gy - 42), (gx + 2, gy - 29), (gx + 32, gy - 46), (gx + 2, gy - 32)], "#f0e8d4")  # the pages' edge
    F.close()
    bx, by = jo["hand_f"]
    F.poly([(bx - 3, by - 6), (bx + 5, by - 6), (bx + 7, by + 34), (bx - 1, by + 34)], "#e8dcc0")  # the bookmark
    F.rect(bx - 1, by + 22, 8, 6, "#8a4a30")
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
    P.rect(148, 348, 44, 44, "#d8c4a4")
    P.circle(170, 364, 8, "#8a6a4a")
    P.path("M156 392q0 -18 14 -18t14 18z", fill="#8a6a4a")  # a school photo of Joel
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
    seats = (400, 640, 1000, 1210)
    for x in seats:
        plate(P, x, ty, 48)
    # between the places: the pie on its stand, a slice gone; candles; glasses; the rolls in a bowl
    pcx = 822
    P.rect(pcx - 10, ty - 30, 20, 28, "#d8d0c0")
    P.ellipse(pcx, ty - 2, 50, 8, "#d8d0c0")
    P.ellipse(pcx, ty - 32, 90, 15, "#d8d0c0")
    P.path(f"M{pcx - 80} {ty - 36}L{pcx + 80} {ty - 36}L{pcx + 70} {ty - 58}Q{pcx} {ty - 72} {pcx - 70} {ty - 58}Z", fill="#c88a4a")
    P.ellipse(pcx, ty - 60, 70, 11, "#d8a05a")
    P.poly([(pcx, ty - 60), (pcx + 70, ty - 58), (pcx + 80, ty - 36), (pcx + 28, ty - 36)], "#a05a3a")  # where the slice was
    for k in range(-2, 3):
        P.line(pcx + k * 22, ty - 68, pcx + k * 22 + 6, ty - 50, "#b8783a", 3, opacity=0.8)
    P.ellipse(300, ty + 10, 40, 10, "#b8a07a")
    P.path(f"M264 {ty + 10}C264 {ty - 20} 336 {ty - 20} 336 {ty + 10}Z", fill="#d8c8a0")
    P.ellipse(300, ty - 8, 30, 6, "#efe4c4")
    candle(P, 520, ty, 84)
    candle(P, 1106, ty, 84)
    wine_glass(P, 700, ty + 14, 0.62, wine="#6a2a24", level=0.2)
    wine_glass(P, 1300, ty + 10, 0.62, wine="#6a2a24")
    wine_glass(P, 470, ty + 16, 0.62, wine="#6a2a24")
    # figures ----------------------------------------------------------------------------------------------------
    F = S.figures
    cut = 516
    # Clementine, turned to his mother: "And you're proud of that?"
    clem = clem_look("amber", coat="#7a5040", hem=16, hem_w=72)
    person(F, "clementine", 400, 548, clem, s=0.94,
           pose=pose2(facing=0.45, lean=6, tilt=-6, legs="sit", reach_n=(486, 446), hand_n="open", arm_f=(20, 60)),
           expr="angry", mouth="talk", gaze=(1, 0), cut=cut, shadow=False)
    # Joel passing the swan gravy boat, which nobody asked for, his eyes on the tablecloth
    jo = person(F, "joel", 640, 550, joel_look("amber", hem=16, hem_w=74), s=1.0,
                pose=pose2(facing=0.35, lean=8, tilt=6, legs="sit", reach_n=(772, 452), hand_n="hold", arm_f=(20, 50)),
                expr="sad", eyes="down", mouth="neutral", cut=cut, shadow=False)
    gx, gy = jo["hand_n"]
    F.open(id="swan-gravy-boat")  # white china: a boat-shaped body, a wing curling up, the neck arched back, a beak
    sw, sd = "#eee8dc", "#cfc6b4"
    F.ellipse(gx + 20, gy + 18, 30, 5, sd)
    F.path(f"M{n(gx - 20)} {n(gy + 2)}C{n(gx - 18)} {n(gy + 22)} {n(gx + 40)} {n(gy + 24)} {n(gx + 60)} {n(gy - 2)}"
           f"L{n(gx + 40)} {n(gy + 2)}C{n(gx + 20)} {n(gy - 4)} {n(gx)} {n(gy)} {n(gx - 20)} {n(gy + 2)}Z", fill=sw)
    F.path(f"M{n(gx - 2)} {n(gy + 8)}c12 -18 34 -20 46 -12c-12 2 -30 8 -46 12z", fill=sd)  # the wing
    F.path(f"M{n(gx - 14)} {n(gy + 2)}c-14 -14 -8 -44 10 -42c10 2 10 12 2 16", stroke=sw, stroke_width=7,
           stroke_linecap="round")  # the neck
    F.poly([(gx - 2, gy - 24), (gx + 10, gy - 20), (gx - 1, gy - 17)], "#c8a050")  # the beak
    F.circle(gx - 4, gy - 30, 1.6, "#2e1c12")
    F.close()
    # his aunt, frozen with her glass halfway up
    aunt = other_look("amber", "#8a6470", "#8a6a5a", "curly", female=True, build=0.92, blush="#d08068", hem=12,
                      shirt="#d8c0b0")
    au = person(F, "aunt", 1000, 548, aunt, s=0.92,
                pose=pose2(facing=-0.2, lean=-4, tilt=-4, legs="sit", reach_n=(1030, 430), hand_n="hold", arm_f=(16, 40)),
                expr="afraid", gaze=(-0.8, 0), cut=cut, shadow=False)
    wine_glass(F, au["hand_n"][0] + 2, au["hand_n"][1] + 14, 0.5, wine="#6a2a24", level=0.6)
    # his mother, laying her fork down exactly parallel to her knife, looking not at Clementine but at Joel
    mom = other_look("amber", "#7a6a58", "#9a8a78", "bun", glasses=True, female=True, build=0.92, blush="#d08068", hem=12,
                     shirt="#e0d4c0")
    mo = person(F, "mother", 1210, 548, mom, s=0.96,
                pose=pose2(facing=-0.45, lean=10, tilt=4, legs="sit", reach_n=(1168, 498), hand_n="hold",
                           reach_f=(1198, 500), hand_f="hold", arms_front=True),
                expr="neutral", mouth="neutral", brows="flat", gaze=(-1, 0.1), cut=cut, shadow=False)
    fx, fy = mo["hand_n"]
    F.line(fx - 2, fy - 6, fx + 4, fy + 34, "#c8c0b0", 3)  # the fork, going down beside the knife
    kx, ky = mo["hand_f"]
    F.line(kx, ky - 4, kx - 2, ky + 34, "#c8c0b0", 3)
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    glow(Lt, 800, 60, 300, "#ffe0a8", 0.35, 140)
    for x in (520, 1106):
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
    # the city around, roof after roof: a hazy far row, a nearer darker one, the first windows lit
    roofscape(K, rng, -20, W + 20, 520, 90, 200, "#8a5a60", lit="#ffe0b0", lit_n=14, tanks=True)
    roofscape(K, rng, -40, W + 40, 530, 40, 120, "#5e3640", lit="#ffcf90", lit_n=18, tanks=True)
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
    R.rect(120, 390, 70, 120, "#4a2e24")  # the fire door, propped, its latch taped
    R.rect(126, 396, 58, 110, "#f0c890", opacity=0.5)
    R.rect(174, 440, 22, 10, "#e8e0c8", transform="rotate(-8 185 445)")
    R.rect(176, 446, 20, 8, "#d8d0b8", transform="rotate(10 186 450)")
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
    # the folding chair nobody will sit in, the thermos, nine spent matches on the blanket
    folding_chair(P, 1390, 660, 1.6)
    thermos(P, 1150, 640, 1.0)
    P.strokes([(920 + k * 13, 680 + (k % 3) * 5, 12, -4 + (k % 2) * 6) for k in range(9)], "#3a2a20", 2.2, 0.9)
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
    # Clementine on the blanket, sitting on her heels, eyes shut, wishing, her hands folded in her lap
    clem = clem_look("amber", coat="#8a5a48", hem=16, hem_w=72)
    cl = person(F, "clementine", 640, 590, clem, s=0.9,
                pose=pose2(facing=0.45, lean=6, tilt=8, legs="kneel", leg_n=(84, -96), leg_f=(80, -98),
                           reach_n=(712, 556), hand_n="in_hand", reach_f=(700, 560), hand_f="open", arms_front=True),
                expr="asleep", mouth="rest", brows="raised", shadow=False)
    # Joel down on one knee with his back to the wind, hunched over the cake, a cupped hand round the flames
    jo = person(F, "joel", 1000, 566, joel_look("amber", hem=16, hem_w=74), s=0.95,
                pose=pose2(facing=-0.6, lean=34, tilt=10, legs="kneel", leg_f=(84, -2), reach_n=(866, 534),
                           hand_n="open", reach_f=(900, 548), hand_f="hold"),
                expr="neutral", eyes="down", brows="worried", shadow=False)
    mx, my = jo["hand_f"]
    F.line(mx - 2, my - 2, mx - 20, my - 14, "#e8d8b8", 2.4)  # the tenth match
    F.circle(mx - 21, my - 15, 2.6, "#8a3a2a")
    # light ------------------------------------------------------------------------------------------------------
    Lt = S.light
    g = Lt.rad_box([(0, "#fff0b8", 0.6), (0.4, "#ffd890", 0.22), (1, "#ffd890", 0)])
    for x, y in bulbs:
        Lt.circle(x, y, 26, g)
    for x, y in flames:
        glow(Lt, x, y, 26, "#fff0c0", 0.55)
    glow(Lt, cx, cy - 60, 220, "#ffcf80", 0.3, 160)
    glow(Lt, 800, 500, 600, "#f8b880", 0.14, 100)
