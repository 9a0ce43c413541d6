"""The title art (art/title/): one memory for the title screen, not a scene of the story.

Two small figures lie on a frozen river at night, heads together, under a sky three times their size; she points up.
The left third stays quiet (dark sky, a bare bank, no figures) so the title word and the menu can sit over it.
"""

from ..kit import *


@scene("title", "winter")
def draw_title(S: Scene):
    K = S.sky
    rng = K.rng
    horizon = 560
    wall_sky(K, "#050913", "#26375a", horizon)
    # stars: thin on the left (under the title), thick towards the right, and a soft band across them
    st = []
    for _ in range(300):
        x, y = rng.uniform(0, W), rng.uniform(0, horizon - 30)
        if rng.random() < 0.62 * max(0.0, 1 - x / 620):
            continue
        st.append((x, y, rng.choice((1.6, 2.6, 3.8)) if rng.random() > 0.08 else 5.6, rng.choice((0.4, 0.65, 0.95))))
    for op in (0.4, 0.65, 0.95):
        for r in (1.6, 2.6, 3.8, 5.6):
            dots(K, [(x, y) for x, y, rr, o in st if o == op and rr == r], "#eef3ff", r, op)
    K.circle(1318, 150, 3.4, "#fff6e0")  # the star she points at
    # the far bank: low hills of snow, a dark line of trees, the town's faint glow
    R = S.room
    rng = R.rng
    R.rect(0, horizon - 70, W, 90, R.lin([(0, "#26375a", 0), (1, "#3a4a6a", 0.8)], 0, horizon - 70, 0, horizon + 20))
    crowns = [(x, horizon - rng.uniform(6, 16), rng.uniform(14, 30)) for x in range(-20, W + 40, 26)]
    R.poly(treeline(crowns, horizon + 8, 8.0), "#0d1424")
    R.path(f"M0 {horizon + 4}Q400 {horizon - 8} 800 {horizon + 2}T1600 {horizon - 2}V{horizon + 26}H0Z", fill="#6c7e9c")
    # the river: ice from the far bank to us, darker in the middle where the current was
    R.rect(0, horizon + 18, W, H - horizon - 18, R.lin([(0, "#4b5d7e"), (0.35, "#2f3e5c"), (1, "#1a2438")], 0, horizon + 18, 0, H))
    R.path(f"M-20 {horizon + 40}Q600 {horizon + 30} 1620 {horizon + 56}V{horizon + 96}Q700 {horizon + 70} -20 {horizon + 110}Z",
           fill="#5e7396", opacity=0.35)
    # near banks: snow drifts at the bottom corners
    R.path("M0 760Q180 730 360 790T640 900H0Z", fill="#8b9bb6")
    R.path("M1600 800Q1400 770 1250 830T1040 900H1600Z", fill="#7e8faa")
    P = S.props
    rng = P.rng
    # cracks and scratches in the ice, lines of skates long gone
    for _ in range(9):
        x0, y0 = rng.uniform(150, 1550), rng.uniform(horizon + 40, 860)
        pts_ = [(x0, y0)]
        for _k in range(4):
            x0 += rng.uniform(30, 90)
            y0 += rng.uniform(-10, 14)
            pts_.append((x0, y0))
        P.polyline(pts_, "#9fb3d2", 1.8, opacity=0.35)
    for k in range(3):
        P.path(f"M{200 + k * 40} {840 - k * 26}Q{700 + k * 30} {700 - k * 16} {1500} {640 + k * 8}", stroke="#b8c8e0",
               stroke_width=1.6, opacity=0.2)
    # the stars again, faintly, in the ice
    for x, y, r, o in st[::8]:
        if x > 640:
            yy = horizon + 30 + (horizon - y) * 0.45
            if yy < H:
                P.ellipse(x, yy, r * 0.6, r * 0.3, "#cfdcf4", opacity=round(o * 0.3, 2))
    F = S.figures
    # Joel lies with his head to the right, Clementine with hers to the left: their heads together at x ~ 1130
    fy = 636
    j = joel_look("winter")
    c = clem_look("winter")
    jl = person(F, "joel", 960, fy, j, s=0.6, pose=pose2(facing=-1, rot=90, arm_n=(3, 6), arm_f=(2, 4), turn=-0.6),
                expr="smile", shadow=False)
    cl = person(F, "clementine", 1300, fy + 4, c, s=0.6,
                pose=pose2(facing=1, rot=-90, reach_n=(1318, 150), hand_n="point", arm_f=(3, 6), leg_n=(14, -8),
                           turn=0.6), expr="laugh", shadow=False)
    Lt = S.light
    glow(Lt, 1318, 150, 60, "#fff6e0", 0.5)
    glow(Lt, 1130, 630, 200, "#9fb6e0", 0.18, 60)
