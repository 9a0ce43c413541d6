"""The figure rig: a jointed, flat-shaded person described by pose parameters.

    from ..kit import *
    fig = person(S.figures, "joel", 640, 470, joel_look("clinic"), s=1.0,
                 pose=pose2(facing=0.5, arm_n=(30, 100), hand_n="hold", legs="stand"), expr="sad")
    fig["hand_n"]  # where his near hand is, in picture coordinates (to put a held thing there)

Coordinates: the hip centre is at (x, y), y grows downwards; a standing adult is about 420*s tall (7.5 heads: feet
about 208*s below the hip, the top of the head about 212*s above it), a child (child=True) about 280*s (5 heads).

Angles are degrees measured from straight down; a positive angle points *forward*, towards where the figure faces
(screen right for facing >= 0, screen left for facing < 0), so a pose drawn facing right also works mirrored.
"facing" runs from -1 (profile, looking left) through -0.5 (three-quarter left), 0 (frontal), 0.5, to 1 (profile,
looking right). The near arm and leg are the ones on the viewer's side (for a frontal figure: on screen right).

Only polygons, paths, ellipses and lines with flat fills: no outlines, no filters (nanosvg draws all of it).
"""

from __future__ import annotations

import math

from .svg import *
from .palettes import *
from .hair import HAIR_SHAPES, _path_scaled

# measures at s=1, in picture units: head radii, neck, shoulder drop, shoulder half-width (male/female), hip
# half-width, upper arm, forearm, hand, thigh, shin, ankle, foot, limb radii
ADULT = dict(hrx=21, hry=28, neck=14, torso=140, sh=50, sh_f=43, hip=30, hip_f=34, ua=82, fa=70, hand=30,
             th=104, sn=96, foot=30, arm_r=11, leg_r=15)
CHILD = dict(hrx=23, hry=28, neck=8, torso=86, sh=32, sh_f=31, hip=22, hip_f=23, ua=52, fa=44, hand=21,
             th=62, sn=56, foot=22, arm_r=8.5, leg_r=10.5)

# legs: (near thigh, near shin, far thigh, far shin) in degrees, forward positive
LEGS = {
    "stand": (2, 0, -3, 0),
    "walk": (22, 4, -18, -34),
    "stride": (30, 8, -24, -46),
    "sit": (88, 4, 84, -2),          # on a chair or a bench: thighs forward, shins down
    "sit_floor": (118, 22, 126, 30),  # on the ground, knees up
    "sit_cross": (100, 150, 76, -130),  # on the floor, legs folded
    "kneel": (6, -88, 12, -84),       # knees on the ground, shins back
    "lie": (2, 0, -2, 0),             # straight: turn the whole figure with rot
    "curl": (128, -12, 118, -24),     # knees drawn up to the chest (lying on a side, or hiding folded in half)
}

# expressions: (eyes, brows, mouth)
EXPR = {
    "neutral": ("open", "flat", "neutral"),
    "smile": ("open", "soft", "smile"),
    "laugh": ("happy", "raised", "laugh"),
    "sad": ("down", "worried", "sad"),
    "angry": ("open", "angry", "angry"),
    "afraid": ("wide", "worried", "afraid"),
    "asleep": ("closed", "soft", "rest"),
    "tired": ("half", "flat", "neutral"),
    "talk": ("open", "raised", "talk"),
}


def pose2(facing=0.5, lean=0.0, tilt=0.0, turn=None, arm_n=(8, 4), arm_f=(-6, -2), hand_n="open", hand_f="open",
          legs="stand", leg_n=None, leg_f=None, reach_n=None, reach_f=None, rot=0.0, arms_front=False):
    """A pose. facing: -1..1 (see the module text). lean: torso tilt, degrees forward. tilt: head tilt, degrees
    forward (down). turn: where the head faces if not with the body (-1..1). arm_n / arm_f: (upper arm, forearm)
    angles of the near and far arm. hand_n / hand_f: open, fist, hold, reach, in_hand, point, pocket, hidden. legs: a name
    in LEGS, or leg_n / leg_f = (thigh, shin). reach_n / reach_f: send that hand to a point in picture coordinates
    (the elbow bends by itself). rot: turn the whole figure about the hip (lying: -90 or 90). arms_front: draw the
    far arm in front of the body too (a frontal figure holding something in both hands)."""
    return dict(facing=facing, lean=lean, tilt=tilt, turn=facing if turn is None else turn, arm_n=arm_n, arm_f=arm_f,
                hand_n=hand_n, hand_f=hand_f, legs=legs, leg_n=leg_n, leg_f=leg_f, reach_n=reach_n, reach_f=reach_f,
                rot=rot, arms_front=arms_front)


def _v(angle, d):
    """A forward-positive angle (from straight down) as a screen vector, d = +1 facing right, -1 left."""
    r = math.radians(angle)
    return math.sin(r) * d, math.cos(r)


def _ik(sh, tgt, l1, l2, bend):
    dx, dy = tgt[0] - sh[0], tgt[1] - sh[1]
    dist = max(1e-3, min(math.hypot(dx, dy), l1 + l2 - 0.5))
    a = math.acos(max(-1.0, min(1.0, (l1 * l1 + dist * dist - l2 * l2) / (2 * l1 * dist))))
    base = math.atan2(dy, dx)
    cands = [(sh[0] + l1 * math.cos(base + k * a), sh[1] + l1 * math.sin(base + k * a)) for k in (1, -1)]
    elbow = max(cands, key=lambda e: e[1] + bend * e[0] * 0.5)  # elbows hang down and out
    ux, uy = tgt[0] - sh[0], tgt[1] - sh[1]
    k = min(1.0, (l1 + l2 - 0.5) / max(1e-3, math.hypot(ux, uy)))
    return elbow, (sh[0] + ux * k, sh[1] + uy * k)


def hand_shape(wrist, direction, kind, size, d):
    """A hand as a polygon list [(poly, shade)], from the wrist along `direction` (a unit vector). shade 0 = skin,
    1 = the darker side. Kinds: open (flat, thumb out), reach (fingers long and apart), fist / hold (closed round
    a thing), in_hand (a small fist: draw the other person's open hand over it), point (one finger), pocket / hidden
    (nothing)."""
    if kind in ("pocket", "hidden"):
        return []
    ux, uy = direction
    nx, ny = -uy * d, ux * d  # the thumb side
    wx, wy = wrist

    def at(a, b):  # a along the hand, b across it (towards the thumb)
        return wx + ux * a * size + nx * b * size, wy + uy * a * size + ny * b * size

    out = []
    if kind in ("fist", "hold", "in_hand"):
        out.append((ellipse_poly(*at(0.42, 0), 0.4 * size, 0.34 * size, 12, math.degrees(math.atan2(uy, ux))), 0))
        out.append((capsule(at(0.12, 0.32), at(0.46, 0.36), 0.1 * size, 0.09 * size, 3), 1))
    elif kind == "point":
        out.append((ellipse_poly(*at(0.36, 0), 0.34 * size, 0.3 * size, 12, math.degrees(math.atan2(uy, ux))), 0))
        out.append((capsule(at(0.5, -0.05), at(1.05, -0.08), 0.1 * size, 0.08 * size, 3), 0))
    else:
        spread = 0.2 if kind == "reach" else 0.1
        length = 1.1 if kind == "reach" else 0.95
        out.append(([at(0.02, -0.24), at(0.5, -0.3), at(length * 0.62, -0.28), at(length * 0.95, -0.12 - spread * 0.3),
                     at(length, 0.02), at(length * 0.9, 0.2), at(0.5, 0.28), at(0.06, 0.24)], 0))
        out.append((capsule(at(0.16, 0.26), at(0.52, 0.36 + spread), 0.1 * size, 0.085 * size, 3), 1))
        if kind == "reach":
            for b in (-0.12, 0.08):
                out.append((capsule(at(0.55, b), at(1.18, b * 2.2), 0.075 * size, 0.06 * size, 3), 0))
    return out


def person(L: Layer, pid: str, x: float, y: float, look: dict, s: float = 1.0, pose: dict | None = None,
           expr: str = "neutral", eyes: str | None = None, brows: str | None = None, mouth: str | None = None,
           gaze=(0.0, 0.0), child: bool = False, cut: float | None = None, shadow: bool = True,
           held=None, headwear: str | None = None):
    """Draw a person with its hip centre at (x, y); returns joint positions in picture coordinates: head, neck,
    hip, hand_n, hand_f, elbow_n, elbow_f, knee_n, knee_f, foot_n, foot_f, head_r (radii), and hand_l / hand_r (the
    hand on screen left / right). Groups: `<pid>`, inside it `<pid>-head` and `<pid>-face` (for the dissolve).
    expr: a name in EXPR; eyes / brows / mouth override it one by one. gaze: pupils (-1..1, -1..1). cut: hide
    everything below this picture y (a table, a counter, a blanket). held: [(polygon in picture coordinates,
    fill)], drawn between the body and the near arm (a thing held to the chest)."""
    p = pose or pose2()
    M = CHILD if child else ADULT
    f = max(-1.0, min(1.0, p["facing"]))
    d = 1 if f >= 0 else -1
    af = abs(f)
    rot_a = p["rot"]
    female = look.get("female")
    bw = look.get("build", 1.0) if not female else 1.0
    skin, coat, trousers = look["skin"], look["coat"], look.get("legs", look["trousers"])
    skin_d = dark(skin, 0.1)

    def world(pt):
        q = rot((pt[0] * s, pt[1] * s), rot_a)
        return x + q[0], y + q[1]

    lc = None
    if cut is not None and not rot_a:
        lc = (cut - y) / s

    def P(poly, fill, **kw):
        if lc is not None:
            poly = clip_y(poly, None, lc)
        if len(poly) >= 3:
            L.poly(poly, fill, wob=1.0 if L.crayon else False, **kw)

    # the skeleton, in the figure's own units (hip centre 0,0) ---------------------------------------------------
    lean = p["lean"]
    up = _v(180 - lean, d)  # the spine's direction, towards the head
    sh_half = (M["sh_f"] if female else M["sh"]) * bw
    hip_half = M["hip_f"] if female else M["hip"] * bw
    narrow = 1 - 0.55 * af  # how much of the width the turn shows
    neck0 = (up[0] * M["torso"], up[1] * M["torso"])
    side_x = (-up[1], up[0])  # perpendicular to the spine (screen-right when upright)
    chest = 0.16 * af * d * M["torso"] * 0.3  # a profile chest sits forward of the spine

    def sp(t, k):
        """A point on the torso: t along the spine (0 hip .. 1 neck), k across (-1..1, screen left..right)."""
        return (up[0] * M["torso"] * t + side_x[0] * k + chest * t, up[1] * M["torso"] * t + side_x[1] * k)

    sh_y = 0.91  # the shoulder joints sit a little below the shoulder line, so the sleeve never pokes above it
    # near side is screen right for d=+1
    sh_n = sp(sh_y, d * sh_half * narrow * 0.78)
    sh_f = sp(sh_y, -d * sh_half * narrow * 0.78)
    if af > 0.6:  # in profile both shoulders sit nearly on the spine; the far one a little behind
        sh_f = sp(sh_y, -d * sh_half * 0.18)
    hp_n, hp_f = (d * hip_half * narrow * 0.55, 0), (-d * hip_half * narrow * 0.55, 0)

    def limb(start, a1, a2, l1, l2):
        j1 = add(start, _v(a1, d), l1)
        return j1, add(j1, _v(a2, d), l2)

    arms = {}
    for side, sh in (("n", sh_n), ("f", sh_f)):
        tgt = p[f"reach_{side}"]
        if tgt is not None:
            q = rot(((tgt[0] - x) / s, (tgt[1] - y) / s), -rot_a)
            el, wr = _ik(sh, q, M["ua"], M["fa"], (1 if side == "n" else -1) * (d if af > 0.2 else 1))
        else:
            el, wr = limb(sh, p[f"arm_{side}"][0], p[f"arm_{side}"][1], M["ua"], M["fa"])
        arms[side] = (sh, el, wr)
    lg = LEGS.get(p["legs"], LEGS["stand"])
    ln = p["leg_n"] or lg[:2]
    lf = p["leg_f"] or lg[2:]
    if af < 0.25 and p["leg_n"] is None and p["legs"] in ("stand", "lie"):
        ln, lf = (3 * d, 0), (-3 * d, 0)  # frontal: feet a little apart
    # thighs pointing at the viewer look shorter: a seated figure seen from the front
    th_k = (0.3 + 0.7 * min(1.0, af * 1.6)) if p["legs"] in ("sit", "sit_floor", "curl") and not rot_a else 1.0
    kn_n, an_n = limb(hp_n, ln[0], ln[1], M["th"] * th_k, M["sn"])
    kn_f, an_f = limb(hp_f, lf[0], lf[1], M["th"] * th_k, M["sn"])

    # shadow, group ------------------------------------------------------------------------------------------------
    if shadow and not rot_a and cut is None:
        fy = max(an_n[1], an_f[1]) + 10
        L.ellipse(x + (an_n[0] + an_f[0]) / 2 * s, y + fy * s, 64 * s * (0.8 if child else 1), 9 * s, "#000000", opacity=0.16)
    tf = f"translate({n(x)} {n(y)})" + (f" rotate({n(rot_a)})" if rot_a else "") + (f" scale({n(s)})" if s != 1 else "")
    L.open(id=pid, transform=tf)

    def draw_leg(hp, kn, an, far):
        col = dark(trousers, 0.14) if far else trousers
        if look.get("bare_legs"):
            col = dark(skin, 0.12) if far else skin
        P(capsule(hp, kn, M["leg_r"], M["leg_r"] * 0.86), col)
        P(capsule(kn, an, M["leg_r"] * 0.86, M["leg_r"] * 0.62), col)
        # a shoe pointing forward (frontal: short, pointing a little outwards)
        shin = (an[0] - kn[0], an[1] - kn[1])
        ls = max(1e-3, math.hypot(*shin))
        fwd = (d, 0.0) if af > 0.2 else ((1 if hp[0] > 0 else -1) * 0.35, 0.0)
        if p["legs"] == "kneel":
            fwd = (-d * 0.2, 0.0)
        perp_down = (shin[0] / ls, shin[1] / ls)
        fl = M["foot"] * (0.9 if af > 0.2 else 0.65)
        heel = add(an, fwd, -fl * 0.25)
        toe = add(an, fwd, fl)
        shoe = look["shoes"] if not far else dark(look["shoes"], 0.1)
        P([add(heel, perp_down, -4), add(an, perp_down, -6), add(toe, perp_down, -2), add(toe, perp_down, 5),
           add(heel, perp_down, 6)], shoe)

    def draw_arm(side, far):
        sh, el, wr = arms[side]
        col = dark(coat, 0.14) if far else coat
        if look.get("bare_arms"):
            col = dark(skin, 0.12) if far else skin
        r = M["arm_r"] * bw
        P(capsule(sh, el, r * 1.1, r * 0.95), col)
        P(capsule(el, wr, r * 0.95, r * 0.8), col)
        fx_, fy_ = wr[0] - el[0], wr[1] - el[1]
        lf_ = max(1e-3, math.hypot(fx_, fy_))
        kind = p[f"hand_{side}"]
        for poly, shade in hand_shape(wr, (fx_ / lf_, fy_ / lf_), kind, M["hand"], d if side == "n" else -d):
            P(poly, dark(skin, 0.16 if far else 0.08) if shade else (skin_d if far else skin))

    seated = p["legs"] in ("sit", "sit_floor", "sit_cross", "curl", "kneel")
    far_arm_behind = not p["arms_front"] and (af > 0.2 or p["reach_f"] is None)
    # far leg, far arm -----------------------------------------------------------------------------------------------
    draw_leg(hp_f, kn_f, an_f, True)
    if not seated:
        draw_leg(hp_n, kn_n, an_n, False)
    if far_arm_behind:
        draw_arm("f", True)

    # neck, torso ----------------------------------------------------------------------------------------------------
    neck_top = add(neck0, up, M["neck"])
    P(capsule(add(neck0, up, -6), neck_top, 7.5 if not child else 6.5, 7), skin_d)
    hem, hem_w = look.get("hem", 16), look.get("hem_w", 70)
    hem = hem * (M["th"] / 100) if hem > 0 else hem
    sw = sh_half * narrow
    waist = (hip_half * 0.92 if female else sh_half * 0.8) * narrow
    hw_ = hip_half * narrow
    tor = [sp(1.0, -sw * 0.34), sp(0.99, -sw * 0.62), sp(0.965, -sw * 0.84), sp(0.92, -sw * 0.96), sp(0.84, -sw * 1.0), sp(0.74, -sw * 0.96),
           sp(0.45, -waist), sp(0.05, -hw_)]
    if hem > 8:
        hwb = hem_w / 2 * narrow * (M["hip"] / ADULT["hip"])
        if abs(rot_a) > 45:  # lying down, a coat does not flare
            hwb = min(hwb, hw_ * 1.08)
        if seated:
            tor += [(-hwb * 0.8, hem * 0.5), (hwb * 0.8, hem * 0.5)]
        else:
            tor += [(-hwb, hem), (hwb, hem)]
    else:
        tor += [(-hw_, 8), (hw_, 8)]
    tor += [sp(0.05, hw_), sp(0.45, waist), sp(0.74, sw * 0.96), sp(0.84, sw * 1.0), sp(0.92, sw * 0.96), sp(0.965, sw * 0.84), sp(0.99, sw * 0.62),
            sp(1.0, sw * 0.34)]
    if af > 0.2:  # the turned torso: a darker far flank
        P(tor, coat)
        flank = [sp(0.98, -d * sw * 0.8), sp(0.9, -d * sw * 1.05), sp(0.45, -d * waist), sp(0.05, -d * hw_),
                 sp(0.05, -d * hw_ * 0.5), sp(0.5, -d * waist * 0.5), sp(0.9, -d * sw * 0.55)]
        P(flank, dark(coat, 0.1))
    else:
        P(tor, coat)
    if look.get("skirt"):
        sl, swid = look["skirt"]
        P([(-hw_ - 2, -10), (hw_ + 2, -10), (swid / 2 * narrow, sl), (-swid / 2 * narrow, sl)], look.get("skirt_col", coat))
    if look.get("shirt"):
        c = sp(1.0, 0)
        P([sp(1.0, -sw * 0.3), sp(1.0, sw * 0.3), sp(0.8, f * 10)], look["shirt"])
        del c
    if seated:
        hem = hem * 0.5
    if hem > 30 and af < 0.8 and not look.get("skirt"):
        P([sp(0.8, f * 10 - 1.2), sp(0.8, f * 10 + 1.2), (f * 10 * 0.3 + 1.2, hem), (f * 10 * 0.3 - 1.2, hem)], dark(coat, 0.22))
    if look.get("scarf"):
        sc = look["scarf"]
        P(capsule(sp(1.0, -sw * 0.4), sp(1.0, sw * 0.4), 8), sc)
        P(capsule(sp(0.98, d * sw * 0.25), sp(0.72, d * sw * 0.4), 6.5, 5.5), dark(sc, 0.08))
    if seated:
        draw_leg(hp_n, kn_n, an_n, False)
    if held:
        inv = []
        for poly, fill in held:
            q = [rot(((a - x) / s, (b - y) / s), -rot_a) for a, b in poly]
            inv.append((q, fill))
        for q, fill in inv:
            P(q, fill)
    if not far_arm_behind:
        draw_arm("f", False)
    draw_arm("n", False)

    # head -------------------------------------------------------------------------------------------------------------
    ha = lean + p["tilt"]
    rx, ry = M["hrx"], M["hry"]
    hv = _v(180 - ha, d)
    hc = add(neck_top, hv, ry * 0.74)
    show = lc is None or hc[1] < lc
    ev, bv, mv = EXPR.get(expr, EXPR["neutral"])
    ev, bv, mv = eyes or ev, brows or bv, mouth or mv
    if show:
        L.open(id=f"{pid}-head", transform=f"translate({n(hc[0])} {n(hc[1])})" + (f" rotate({n(ha * d)})" if ha else ""))
        rig_head(L, pid, look, rx, ry, p["turn"], ev, bv, mv, gaze, child, headwear)
        L.close()
    L.close()
    out = dict(head=world(hc), neck=world(neck_top), hip=(x, y), hand_n=world(arms["n"][2]), hand_f=world(arms["f"][2]),
               elbow_n=world(arms["n"][1]), elbow_f=world(arms["f"][1]), knee_n=world(kn_n), knee_f=world(kn_f),
               foot_n=world(an_n), foot_f=world(an_f), head_r=(rx * s, ry * s), angle=rot_a + ha * d)
    hl, hr = sorted((out["hand_n"], out["hand_f"]))
    out["hand_l"], out["hand_r"] = hl, hr
    return out


def rig_head(L: Layer, pid, look, rx, ry, turn, eyes, brows, mouth, gaze=(0.0, 0.0), child=False, headwear=None):
    """A head centred on 0,0: back hair, ear, an egg-shaped face (narrower at the chin), eyes, brows, nose, mouth,
    front hair. turn: -1..1 (profile left .. right); the features slide towards the turn and the far eye narrows."""
    t = max(-1.0, min(1.0, turn))
    at_ = abs(t)
    d = 1 if t >= 0 else -1
    hair, skin, ink = look["hair"], look["skin"], look["ink"]
    style = look.get("hair_style", "short")
    backs, fronts = HAIR_SHAPES[style]
    for part in backs:
        L.path(_path_scaled(part, rx, ry, -t * 0.22 * rx), fill=dark(hair, 0.12))
    L.open(id=f"{pid}-face")
    # the face: an egg, its chin pushed towards the turn
    cx = t * rx * 0.1
    chin = t * rx * 0.28
    L.path(f"M{n(cx - rx)} {n(-ry * 0.1)}C{n(cx - rx)} {n(-ry * 1.08)} {n(cx + rx)} {n(-ry * 1.08)} {n(cx + rx)} {n(-ry * 0.1)}"
           f"C{n(cx + rx * 0.98 + chin * 0.3)} {n(ry * 0.55)} {n(chin + rx * 0.42)} {n(ry)} {n(chin)} {n(ry)}"
           f"C{n(chin - rx * 0.42)} {n(ry)} {n(cx - rx * 0.98 + chin * 0.3)} {n(ry * 0.55)} {n(cx - rx)} {n(-ry * 0.1)}Z", fill=skin)
    # the ear on the side turned away from us shows; frontal: both
    for sx in (-1, 1):
        if at_ < 0.25 or sx == -d:
            ex_ = sx * rx * (0.98 - 0.2 * at_) + (-d * rx * 0.25 * at_ if sx == -d else 0)
            L.ellipse(ex_, ry * 0.06, rx * 0.16, ry * 0.19, dark(skin, 0.1))
    if at_ > 0.55:  # the nose breaks the silhouette in profile
        nx0 = d * rx * (0.92 + 0.05 * at_)
        L.poly([(nx0 - d * 2, -ry * 0.06), (nx0 + d * rx * 0.2, ry * 0.26), (nx0 - d * rx * 0.04, ry * 0.32)], skin)
    fx = t * rx * 0.42
    ey = ry * (0.02 if not child else 0.12)
    ex = rx * (0.36 if not child else 0.4)
    er = rx * (0.13 if not child else 0.15)
    gx, gy = gaze
    eye_pos = []
    for sx in (-1, 1):
        far = at_ > 0.15 and sx == -d
        if far and at_ > 0.8:
            continue
        w = 1 - (0.45 * at_ if far else 0.1 * at_)
        eye_pos.append((fx + sx * ex * (1 - 0.35 * at_) * (1.15 if far else 1), w))
    for cx_, w in eye_pos:
        if eyes in ("open", "wide", "down", "up"):
            oy = {"down": er * 0.5, "up": -er * 0.5}.get(eyes, 0) + gy * er * 0.4
            ox = gx * er * 0.4 + t * er * 0.3
            if eyes == "wide":
                L.ellipse(cx_, ey, er * 1.35 * w, er * 1.3, light(skin, 0.75))
                L.circle(cx_ + ox, ey + oy, er * 0.62, ink)
            else:
                L.ellipse(cx_ + ox, ey + oy, er * w, er * 1.12, ink)
                L.circle(cx_ + ox + er * 0.32, ey + oy - er * 0.4, er * 0.3, "#ffffff", opacity=0.7)
            if eyes == "down":  # a heavy lid
                L.path(f"M{n(cx_ - er * 1.4 * w)} {n(ey - er * 0.1)}Q{n(cx_)} {n(ey - er * 0.9)} {n(cx_ + er * 1.4 * w)} {n(ey - er * 0.1)}Z",
                       fill=dark(skin, 0.14))
        elif eyes in ("closed", "asleep"):
            L.path(f"M{n(cx_ - er * 1.3 * w)} {n(ey)}Q{n(cx_)} {n(ey + er * 1.1)} {n(cx_ + er * 1.3 * w)} {n(ey)}",
                   stroke=ink, stroke_width=n(max(1.5, rx * 0.08)), stroke_linecap="round")
        elif eyes == "happy":  # closed upwards: laughing
            L.path(f"M{n(cx_ - er * 1.3 * w)} {n(ey + er * 0.4)}Q{n(cx_)} {n(ey - er * 1.0)} {n(cx_ + er * 1.3 * w)} {n(ey + er * 0.4)}",
                   stroke=ink, stroke_width=n(max(1.5, rx * 0.08)), stroke_linecap="round")
        elif eyes == "half":
            L.path(f"M{n(cx_ - er * 1.1 * w)} {n(ey)}L{n(cx_ + er * 1.1 * w)} {n(ey)}A{n(er * 1.1 * w)} {n(er * 0.9)} 0 0 1 {n(cx_ - er * 1.1 * w)} {n(ey)}Z", fill=ink)
            L.line(cx_ - er * 1.4 * w, ey, cx_ + er * 1.4 * w, ey, dark(skin, 0.3), max(1.5, rx * 0.08))
    # brows
    bcol = dark(hair, 0.3) if style != "bald" else dark(skin, 0.45)
    inner, outer = {"flat": (0, 0), "soft": (-0.02, 0.03), "raised": (-0.12, -0.08), "worried": (-0.12, 0.05),
                    "angry": (0.1, -0.05)}.get(brows, (0, 0))
    by = ey - ry * 0.28
    for cx_, w in eye_pos:
        sx = 1 if cx_ > fx else -1
        x_in, x_out = cx_ - sx * er * 1.1 * w, cx_ + sx * er * 1.6 * w
        L.line(x_in, by + inner * ry, x_out, by + outer * ry, bcol, max(1.8, rx * 0.1))
    # nose: a soft wedge of shadow towards the turn
    nx = fx + t * rx * 0.16
    L.poly([(nx, ry * 0.04), (nx + (d if at_ > 0.1 else 0.6) * rx * 0.13, ry * 0.34), (nx - (d if at_ > 0.1 else 0.6) * rx * 0.07, ry * 0.38)],
           dark(skin, 0.14))
    if look.get("blush"):
        for cx_, w in eye_pos:
            L.ellipse(cx_ + (cx_ - fx) * 0.3, ry * 0.36, rx * 0.17 * w, ry * 0.08, look["blush"], opacity=0.35)
    # mouth
    mx, my, mw = fx + t * rx * 0.08, ry * 0.56, rx * 0.24 * (1 - 0.3 * at_)
    mb = max(1.6, rx * 0.085)
    lip = dark(skin, 0.45)
    if mouth == "neutral":
        L.line(mx - mw, my, mx + mw, my, lip, mb)
    elif mouth == "rest":
        L.line(mx - mw * 0.6, my, mx + mw * 0.6, my + 0.5, lip, mb * 0.8)
    elif mouth == "smile":
        L.path(f"M{n(mx - mw * 1.2)} {n(my - ry * 0.05)}Q{n(mx)} {n(my + ry * 0.14)} {n(mx + mw * 1.2)} {n(my - ry * 0.05)}",
               stroke=lip, stroke_width=n(mb), stroke_linecap="round")
    elif mouth == "laugh":
        L.path(f"M{n(mx - mw * 1.25)} {n(my - ry * 0.07)}Q{n(mx)} {n(my - ry * 0.02)} {n(mx + mw * 1.25)} {n(my - ry * 0.07)}"
               f"Q{n(mx + mw * 0.9)} {n(my + ry * 0.3)} {n(mx)} {n(my + ry * 0.3)}Q{n(mx - mw * 0.9)} {n(my + ry * 0.3)} {n(mx - mw * 1.25)} {n(my - ry * 0.07)}Z",
               fill=dark(ink, 0.1))
        L.ellipse(mx, my + ry * 0.2, mw * 0.55, ry * 0.06, "#c8707a")
    elif mouth == "sad":
        L.path(f"M{n(mx - mw)} {n(my + ry * 0.07)}Q{n(mx)} {n(my - ry * 0.07)} {n(mx + mw)} {n(my + ry * 0.07)}",
               stroke=lip, stroke_width=n(mb), stroke_linecap="round")
    elif mouth == "angry":
        L.path(f"M{n(mx - mw)} {n(my + ry * 0.04)}L{n(mx - mw * 0.3)} {n(my)}L{n(mx + mw * 0.3)} {n(my)}L{n(mx + mw)} {n(my + ry * 0.04)}",
               stroke=lip, stroke_width=n(mb * 1.1), stroke_linecap="round", stroke_linejoin="round")
    elif mouth == "afraid":
        L.ellipse(mx, my + ry * 0.03, mw * 0.42, ry * 0.09, dark(ink, 0.1))
    elif mouth == "talk":
        L.ellipse(mx, my + ry * 0.02, mw * 0.7, ry * 0.06, dark(ink, 0.1))
    elif mouth == "wry":
        L.path(f"M{n(mx - mw)} {n(my + ry * 0.02)}Q{n(mx + mw * 0.3)} {n(my + ry * 0.04)} {n(mx + mw * 1.1)} {n(my - ry * 0.08)}",
               stroke=lip, stroke_width=n(mb), stroke_linecap="round")
    L.close()
    for part in fronts:
        L.path(_path_scaled(part, rx, ry, t * 0.1 * rx), fill=hair)
    if style == "bob" or look.get("shine"):
        L.path(f"M{n(-rx * 0.6 + fx * 0.2)} {n(-ry * 0.84)}Q{n(fx * 0.2)} {n(-ry * 1.06)} {n(rx * 0.58 + fx * 0.2)} {n(-ry * 0.86)}",
               stroke=light(hair, 0.4), stroke_width=n(rx * 0.08), stroke_linecap="round", opacity=0.5)
    if look.get("glasses"):
        for cx_, w in eye_pos:
            L.ellipse(cx_, ey, rx * 0.24 * w, rx * 0.22, "none", stroke=ink, stroke_width=n(max(1.6, rx * 0.06)))
        if len(eye_pos) == 2:
            L.line(eye_pos[0][0] + rx * 0.22, ey, eye_pos[1][0] - rx * 0.22, ey, ink, max(1.6, rx * 0.06))
    if look.get("pens"):  # Mary: a pen behind each ear
        for sx in (-1, 1):
            L.line(sx * rx * 0.8, -ry * 0.45, sx * rx * 1.3, ry * 0.2, look["pens"], rx * 0.12)
    if headwear in ("helmet", "helmet_askew"):  # the apparatus: a colander of wires
        a = -18 if headwear == "helmet_askew" else 0
        L.open(transform=f"rotate({a})" if a else None)
        metal, wire = "#a9b2b4", "#5d6567"
        L.path(f"M{n(-rx * 1.12)} {n(-ry * 0.1)}C{n(-rx * 1.2)} {n(-ry * 1.5)} {n(rx * 1.2)} {n(-ry * 1.5)} {n(rx * 1.12)} {n(-ry * 0.1)}Z",
               fill=metal, opacity=0.85)
        for k in (-0.6, -0.2, 0.2, 0.6):
            L.circle(rx * k, -ry * (0.95 - abs(k) * 0.3), rx * 0.1, "#3e4648")
            L.circle(rx * k, -ry * (0.95 - abs(k) * 0.3), rx * 0.045, "#bfe6d2")
        L.path(f"M{n(-rx * 0.9)} {n(-ry * 0.2)}Q{n(-rx * 1.7)} {n(ry * 0.4)} {n(-rx * 1.4)} {n(ry * 1.2)}", stroke=wire,
               stroke_width=n(rx * 0.08))
        L.close()
