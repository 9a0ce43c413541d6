"""The first figure rig (frontal, capsule limbs). Kept for the chapters not yet redrawn with rig.py."""

from __future__ import annotations

from .svg import *
from .palettes import *


# adult body measures at scale 1 (hip centre at 0,0; y down); a standing adult is about 420 units tall
T, SW, HW, NECK, HRX, HRY = 128, 86, 62, 13, 29, 35


UA, FA, TH, SH = 80, 72, 100, 96


def pose(base=None, **kw):
    out = dict(lean=0, tilt=0, la=(-7, -3), ra=(7, 3), ll=(-3, -2), rl=(3, 2), thigh_k=1.0, shin_k=1.0)
    out.update(base or {})
    out.update(kw)
    return out


STAND = pose()


POCKETS = pose(la=(-4, 6), ra=(4, -6))


SIT_R = pose(ll=(86, 6), rl=(92, 2))       # sitting, knees to the right


SIT_L = pose(ll=(-92, -2), rl=(-86, -6))   # sitting, knees to the left


def _path_scaled(cmds, rx, ry, dx=0.0, mirror=False) -> str:
    """Unit hair/feature commands [('M', x, y), ('C', x1, y1, x2, y2, x, y), ...] scaled to a head."""
    out = []
    for c in cmds:
        op, vals = c[0], c[1:]
        if op == "Z":
            out.append("Z")
            continue
        coords = []
        for i in range(0, len(vals), 2):
            x = -vals[i] if mirror else vals[i]
            coords.append(f"{n(x * rx + dx)} {n(vals[i + 1] * ry)}")
        out.append(op + " ".join(coords))
    return "".join(out)


HAIR_SHAPES = {
    # name: (back parts, front parts) in units of the head radii
    "short": ([], [[("M", -1.04, -0.02), ("C", -1.1, -1.38, 1.1, -1.38, 1.04, -0.02), ("L", 0.94, -0.36),
                    ("Q", 0.45, -0.66, -0.05, -0.52), ("Q", -0.55, -0.62, -0.92, -0.32), ("Z",)]]),
    "bob": ([[("M", -1.22, 0.68), ("C", -1.42, -0.55, -0.95, -1.32, 0, -1.3), ("C", 0.95, -1.32, 1.42, -0.55, 1.22, 0.68),
              ("Q", 0, 0.8, -1.22, 0.68), ("Z",)]],
            [[("M", -1.1, -0.08), ("C", -1.16, -1.16, 1.16, -1.16, 1.1, -0.08), ("L", 1.0, -0.34),
              ("Q", 0.55, -0.42, 0.2, -0.36), ("Q", -0.35, -0.46, -1.0, -0.32), ("Z",)],
             [("M", -1.1, -0.3), ("Q", -1.24, 0.3, -1.08, 0.72), ("L", -0.8, 0.66), ("Q", -0.92, 0.1, -0.84, -0.32), ("Z",)],
             [("M", 1.1, -0.3), ("Q", 1.24, 0.3, 1.08, 0.72), ("L", 0.8, 0.66), ("Q", 0.92, 0.1, 0.84, -0.32), ("Z",)]]),
    "ponytail": ([[("M", 0.7, -0.7), ("C", 1.6, -0.6, 1.5, 0.6, 1.2, 1.1), ("Q", 1.0, 0.4, 0.8, -0.1), ("Z",)]],
                 [[("M", -1.05, 0.0), ("C", -1.12, -1.36, 1.12, -1.36, 1.05, 0.0), ("L", 0.95, -0.4),
                   ("Q", 0.2, -0.75, -0.5, -0.45), ("Q", -0.85, -0.35, -0.98, -0.1), ("Z",)]]),
    "bald": ([], [[("M", -1.04, 0.1), ("Q", -1.12, -0.55, -0.78, -0.7), ("Q", -0.9, -0.3, -0.86, 0.1), ("Z",)],
                  [("M", 1.04, 0.1), ("Q", 1.12, -0.55, 0.78, -0.7), ("Q", 0.9, -0.3, 0.86, 0.1), ("Z",)]]),
    "mop": ([[("M", -1.15, 0.3), ("C", -1.4, -1.4, 1.4, -1.4, 1.15, 0.3), ("Z",)]],
            [[("M", -1.12, 0.05), ("C", -1.2, -1.45, 1.2, -1.45, 1.12, 0.05), ("L", 0.95, -0.28), ("L", 0.7, -0.42),
              ("L", 0.45, -0.26), ("L", 0.2, -0.44), ("L", -0.05, -0.24), ("L", -0.3, -0.44), ("L", -0.55, -0.26),
              ("L", -0.8, -0.42), ("L", -0.98, -0.22), ("Z",)]]),
    "messy": ([], [[("M", -1.05, -0.05), ("L", -1.1, -0.7), ("L", -0.8, -0.9), ("L", -0.75, -1.25), ("L", -0.4, -1.1),
                    ("L", -0.15, -1.42), ("L", 0.15, -1.15), ("L", 0.45, -1.38), ("L", 0.6, -1.05), ("L", 0.98, -1.1),
                    ("L", 0.95, -0.75), ("L", 1.12, -0.55), ("L", 1.04, -0.05), ("L", 0.9, -0.42),
                    ("Q", 0.3, -0.6, -0.2, -0.5), ("Q", -0.6, -0.55, -0.9, -0.35), ("Z",)]]),
    "bun": ([], [[("M", -1.04, 0.0), ("C", -1.1, -1.3, 1.1, -1.3, 1.04, 0.0), ("L", 0.92, -0.45),
                  ("Q", 0, -0.7, -0.92, -0.45), ("Z",)],
                 [("M", -0.42, -1.1), ("C", -0.5, -1.7, 0.5, -1.7, 0.42, -1.1), ("Z",)]]),
    "pigtails": ([[("M", -1.0, -0.2), ("C", -1.7, -0.3, -1.8, 0.6, -1.45, 0.8), ("Q", -1.2, 0.3, -0.9, 0.1), ("Z",)],
                  [("M", 1.0, -0.2), ("C", 1.7, -0.3, 1.8, 0.6, 1.45, 0.8), ("Q", 1.2, 0.3, 0.9, 0.1), ("Z",)]],
                 [[("M", -1.05, 0.0), ("C", -1.12, -1.34, 1.12, -1.34, 1.05, 0.0), ("L", 0.95, -0.38),
                   ("Q", 0, -0.56, -0.95, -0.38), ("Z",)]]),
    "curly": ([[("M", -1.25, 0.4), ("C", -1.6, -1.5, 1.6, -1.5, 1.25, 0.4), ("Q", 0, 0.2, -1.25, 0.4), ("Z",)]],
              [[("M", -1.1, -0.1), ("C", -1.2, -1.4, 1.2, -1.4, 1.1, -0.1), ("Q", 0.9, -0.5, 0.55, -0.38),
                ("Q", 0.3, -0.6, 0.0, -0.4), ("Q", -0.3, -0.6, -0.55, -0.38), ("Q", -0.9, -0.5, -1.1, -0.1), ("Z",)]]),
}


def arm_ik(sh, tgt, l1, l2, out):
    """Elbow position for a hand at tgt: two bones from the shoulder, the elbow bent outwards and down."""
    dx, dy = tgt[0] - sh[0], tgt[1] - sh[1]
    d = max(1e-3, min(math.hypot(dx, dy), l1 + l2 - 0.5))
    ca = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)
    a = math.acos(max(-1.0, min(1.0, ca)))
    base = math.atan2(dy, dx)
    cands = [(sh[0] + l1 * math.cos(base + k * a), sh[1] + l1 * math.sin(base + k * a)) for k in (1, -1)]
    return max(cands, key=lambda e: e[0] * out * 0.35 + e[1])


def figure(L: Layer, pid: str, x: float, y: float, look: dict, s: float = 1.0, p: dict = STAND, facing: float = 0.0,
           eyes: str = "open", mouth: str = "neutral", brows: str = "flat", rot_a: float = 0.0, hm: float = 1.0,
           cut: float | None = None, top: float | None = None, held=None, headwear: str | None = None,
           back: bool = False, shadow: bool = True, legs_only: bool = False, child: bool = False,
           reach: dict | None = None, reach_w: dict | None = None, hold: dict | None = None):
    """A flat, stylised person, hip centre at (x, y), feet about 190*s below. Returns world positions of joints.

    The body is polygons (so it can be cut at a table or counter edge: `cut` hides everything below that world y,
    `top` everything above); the head is a separate group `<pid>-head` holding `<pid>-face` (skin, eyes, brows,
    nose, mouth) between the back and front hair.
    """
    e_lean = p["lean"]
    u = (math.sin(math.radians(e_lean)), -math.cos(math.radians(e_lean)))
    bw = look.get("build", 1.0)
    sw, hw = SW * bw, HW * (1.0 if look.get("female") else bw)
    arm_r = 12 * bw
    leg_r = 15 * (0.9 if look.get("female") else bw)
    if child:
        arm_r, leg_r = arm_r * 1.15, leg_r * 1.1

    def up(pt):  # upright torso coordinates -> leaned
        return rot(pt, e_lean) if pt[1] < 0 else pt

    neck0 = up((0, -T))
    sh_l, sh_r = up((-(sw / 2 - 10), -T + 13)), up(((sw / 2 - 10), -T + 13))
    hip_l, hip_r = (-hw * 0.27, 0), (hw * 0.27, 0)

    def limb(start, angles, l1, l2, k1=1.0, k2=1.0):
        j1 = add(start, dirv(angles[0]), l1 * k1)
        j2 = add(j1, dirv(angles[1]), l2 * k2)
        return j1, j2

    el_l, wr_l = limb(sh_l, p["la"], UA, FA, p.get("arm_k", 1.0), p.get("fore_k", 1.0))
    el_r, wr_r = limb(sh_r, p["ra"], UA, FA, p.get("arm_k", 1.0), p.get("fore_k", 1.0))
    # hands sent to a point: `reach` in the figure's own units (hip at 0,0), `reach_w` in picture coordinates
    targets = dict(reach or {})
    for side, (wx, wy) in (reach_w or {}).items():
        q = rot(((wx - x) / s, (wy - y) / s), -rot_a)
        targets[side] = q
    for side, tgt in targets.items():
        sh = sh_l if side == "l" else sh_r
        el = arm_ik(sh, tgt, UA * p.get("arm_k", 1.0), FA * p.get("fore_k", 1.0), -1 if side == "l" else 1)
        if side == "l":
            el_l, wr_l = el, tgt
        else:
            el_r, wr_r = el, tgt
    kn_l, an_l = limb(hip_l, p["ll"], TH, SH, p["thigh_k"], p["shin_k"])
    kn_r, an_r = limb(hip_r, p["rl"], TH, SH, p["thigh_k"], p["shin_k"])

    # local clip bounds
    lc = None if cut is None else (cut - y) / s
    lt = None if top is None else (top - y) / s

    def P(poly, fill, **kw):
        if lc is not None or lt is not None:
            poly = clip_y(poly, lt, lc)
        if len(poly) >= 3:
            L.poly(poly, fill, wob=1.2 if L.crayon else False, **kw)

    body_hatch = look.get("hatch")  # crayon hatching on coat and legs (colour, density, opacity), never on the face

    coat, trousers = look["coat"], look["trousers"]
    far_side = 1 if facing > 0.25 else (-1 if facing < -0.25 else 0)
    tf = f"translate({n(x)} {n(y)})" + (f" rotate({n(rot_a)})" if rot_a else "") + (f" scale({n(s)})" if s != 1 else "")

    if shadow and not rot_a and cut is None:
        foot_y = max(an_l[1], an_r[1]) + 10
        L.ellipse(x, y + foot_y * s, 70 * s, 11 * s, "#000000", opacity=0.16)
    L.open(id=pid, transform=tf)

    # legs ----------------------------------------------------------------------------------------------------
    skirt = look.get("skirt")
    leg_col = look.get("legs", trousers)

    def leg(hip, kn, an, side):
        shade = dark(leg_col, 0.12) if side == far_side else leg_col
        P(capsule(hip, kn, leg_r, leg_r * 0.9), shade, hatch=body_hatch)
        P(capsule(kn, an, leg_r * 0.9, leg_r * 0.72), shade, hatch=body_hatch)
        fx = 10 if facing >= 0 else -10
        if facing == 0:
            fx = -5 if side < 0 else 5
        P(ellipse_poly(an[0] + fx, an[1] + 5, 17 * (1.1 if child else 1), 9, 12), look["shoes"])

    order = [(-1, hip_l, kn_l, an_l), (1, hip_r, kn_r, an_r)]
    if far_side == -1:
        order.reverse()
    order.sort(key=lambda o: 0 if o[0] == far_side else 1)
    legs_front = p.get("legs_front") and not legs_only  # knees drawn up in front of the body (sitting folded)
    for side, hip, kn, an in order:
        if not legs_front:
            leg(hip, kn, an, side)
    if look.get("trunks"):
        # swimming trunks over bare legs: a short band round the hips, a notch between the legs
        tk = look["trunks"]
        P([(-hw / 2 - 3, -16), (hw / 2 + 3, -16), (hw / 2 + 6, 34), (6, 36), (0, 22), (-6, 36), (-hw / 2 - 6, 34)], tk)
        P([(-hw / 2 - 3, -16), (hw / 2 + 3, -16), (hw / 2 + 3, -8), (-hw / 2 - 3, -8)], dark(tk, 0.18))

    def world_pt(pt):
        q = rot((pt[0] * s, pt[1] * s), rot_a)
        return x + q[0], y + q[1]

    if legs_only:
        # only the hem of the coat or skirt shows above the legs
        if skirt:
            sl, sw_ = skirt
            P(skirt_poly(hw + 8, -30, sw_, sl), look.get("skirt_col", coat))
        elif look["hem"] > 8:
            P([(-hw / 2 - 3, -30), (hw / 2 + 3, -30), (look["hem_w"] / 2, look["hem"]), (-look["hem_w"] / 2, look["hem"])], coat)
        L.close()
        return dict(knees=(kn_l, kn_r), ankle_l=world_pt(an_l), ankle_r=world_pt(an_r))

    # far arm behind the body ---------------------------------------------------------------------------------
    def arm(sh, el, wr, side):
        col = dark(coat, 0.14) if side == far_side else coat
        P(capsule(sh, el, arm_r * 1.05, arm_r), col)
        P(capsule(el, wr, arm_r, arm_r * 0.82), col)
        P(ellipse_poly(wr[0], wr[1], arm_r * 0.85, arm_r * 0.95, 10), look["skin"])
        for poly, fill in (hold or {}).get("l" if side < 0 else "r", []):
            P([(wr[0] + a, wr[1] + b) for a, b in poly], fill)

    arms = {-1: (sh_l, el_l, wr_l), 1: (sh_r, el_r, wr_r)}
    far_arm = 0 if p.get("arms_front") else far_side
    if far_arm:
        arm(*arms[far_arm], far_arm)

    # neck, torso ---------------------------------------------------------------------------------------------
    neck1 = add(neck0, u, NECK * (0.6 if child else 1.0) + 8)
    P(capsule(add(neck0, u, -4), neck1, 8.5 * (1.1 if child else 1), 8.5), dark(look["skin"], 0.1))
    hem, hem_w = look["hem"], look["hem_w"]
    half = sw / 2
    tor = [up((-13, -T - 2)), up((-half + 12, -T + 1))]
    tor += [up(q) for q in quad_pts((-half + 12, -T + 1), (-half - 1, -T + 3), (-half, -T + 20), 3)]
    tor += [up((-hw / 2 - 3, -42)), (-hw / 2, 0), (-hem_w / 2, hem), (hem_w / 2, hem), (hw / 2, 0), up((hw / 2 + 3, -42))]
    tor += [up((half, -T + 20))]
    tor += [up(q) for q in quad_pts((half, -T + 20), (half + 1, -T + 3), (half - 12, -T + 1), 3)]
    tor += [up((13, -T - 2))]
    P(tor, coat, hatch=body_hatch)
    if skirt:
        sl, sw_ = skirt
        P(skirt_poly(hw + 4, -8, sw_, sl), look.get("skirt_col", coat))
    # collar / shirt V and the coat's front line
    shirt = look.get("shirt")
    if shirt:
        P([up((-13, -T - 2)), up((13, -T - 2)), up((0, -T + 28))], shirt)
    if hem > 30 and not skirt:
        P([up((-1.2, -T + 26)), up((1.2, -T + 26)), (1.2, hem), (-1.2, hem)], dark(coat, 0.22))
    if look.get("scarf"):
        sc = look["scarf"]
        P(capsule(up((-16, -T - 2)), up((16, -T - 2)), 9), sc)
        P(capsule(up((14, -T + 2)), up((24, -T + 40)), 7, 6), dark(sc, 0.08))

    if legs_front:
        for side, hip, kn, an in order:
            leg(hip, kn, an, side)

    # held things go between the body and the near arms
    if held:
        for poly, fill in held:
            P(poly, fill)

    for side in (-1, 1):
        if side != far_arm:
            arm(*arms[side], side)

    # head ------------------------------------------------------------------------------------------------------
    head_a = e_lean + p["tilt"]
    rx, ry = HRX * hm, HRY * hm
    hc = add(neck1, dirv(head_a + 180), ry * 0.78)
    show_head = (lc is None or hc[1] < lc) and (lt is None or hc[1] > lt)
    if show_head:
        L.open(id=f"{pid}-head", transform=f"translate({n(hc[0])} {n(hc[1])})" + (f" rotate({n(head_a)})" if head_a else ""))
        draw_head(L, pid, look, rx, ry, facing, eyes, mouth, brows, back, headwear, child)
        L.close()
    L.close()

    def world(pt):
        q = rot((pt[0] * s, pt[1] * s), rot_a)
        return x + q[0], y + q[1]

    return dict(head=world(hc), hand_l=world(wr_l), hand_r=world(wr_r), neck=world(neck1), hip=(x, y),
                knee_l=world(kn_l), knee_r=world(kn_r), head_r=(rx * s, ry * s), angle=rot_a + head_a)


def draw_head(L: Layer, pid, look, rx, ry, facing, eyes, mouth, brows, back, headwear, child):
    style = look["hair_style"]
    hair = look["hair"]
    backs, fronts = HAIR_SHAPES[style]
    fx = facing * 0.3 * rx
    for part in backs:
        L.path(_path_scaled(part, rx, ry, -facing * 0.12 * rx), fill=dark(hair, 0.12))
    skin = look["skin"]
    ink = look["ink"]
    L.open(id=f"{pid}-face")
    # ears, face oval
    if style in ("short", "bald", "messy", "bun", "pigtails") and not back:
        for sx in (-1, 1):
            if sx * facing < 0.6:
                L.ellipse(sx * rx * 0.98 - fx * 0.2, ry * 0.08, rx * 0.17, ry * 0.2, dark(skin, 0.08))
    if back:
        L.ellipse(0, 0, rx, ry, dark(hair, 0.05))
        L.close()
        return
    L.ellipse(0, 0, rx, ry, skin)
    # eyes
    ex = rx * 0.37
    ey = ry * (0.04 if not child else 0.1)
    erx, ery = rx * 0.1 * (1.2 if child else 1), ry * 0.12 * (1.2 if child else 1)
    for sx in (-1, 1):
        cx = fx + sx * ex * (1 - 0.25 * abs(facing) * (1 if sx * facing < 0 else 0))
        if eyes in ("open", "up", "blank", "side"):
            oy = {"up": -ery * 0.7, "down": ery * 0.6}.get(eyes, 0)
            ox = facing * erx * 0.5 if eyes != "side" else erx * 0.9 * (1 if facing >= 0 else -1)
            r_x, r_y = (erx * 0.8, ery * 0.8) if eyes == "blank" else (erx, ery)
            L.ellipse(cx + ox, ey + oy, r_x, r_y, ink)
            if eyes != "blank":
                L.circle(cx + ox + erx * 0.35, ey + oy - ery * 0.35, erx * 0.32, "#ffffff", opacity=0.75)
        elif eyes == "closed":
            L.path(f"M{n(cx - erx * 1.3)} {n(ey)}Q{n(cx)} {n(ey + ery * 1.2)} {n(cx + erx * 1.3)} {n(ey)}",
                   stroke=ink, stroke_width=n(max(1.6, rx * 0.07)), stroke_linecap="round")
        elif eyes == "down":
            yy = ey + ery * 0.35
            L.path(f"M{n(cx - erx * 1.1)} {n(yy)}L{n(cx + erx * 1.1)} {n(yy)}A{n(erx * 1.1)} {n(ery * 0.75)} 0 0 1 {n(cx - erx * 1.1)} {n(yy)}Z",
                   fill=ink)
            L.path(f"M{n(cx - erx * 1.5)} {n(yy + ery * 0.1)}Q{n(cx)} {n(yy - ery * 0.5)} {n(cx + erx * 1.5)} {n(yy + ery * 0.1)}",
                   stroke=ink, stroke_width=n(max(1.6, rx * 0.07)), stroke_linecap="round")
        elif eyes == "half":
            L.path(f"M{n(cx - erx * 1.1)} {n(ey)}L{n(cx + erx * 1.1)} {n(ey)}A{n(erx * 1.1)} {n(ery * 0.9)} 0 0 1 {n(cx - erx * 1.1)} {n(ey)}Z",
                   fill=ink)
            L.line(cx - erx * 1.4, ey, cx + erx * 1.4, ey, ink, max(1.6, rx * 0.07))
    # brows
    if brows and brows != "none":
        bw_ = max(2.0, rx * 0.08)
        by = ey - ry * 0.3
        for sx in (-1, 1):
            cx = fx + sx * ex
            inner = {"flat": 0, "worried": -ry * 0.09, "angry": ry * 0.09, "raised": -ry * 0.1}.get(brows, 0)
            outer = {"raised": -ry * 0.07, "worried": ry * 0.02}.get(brows, 0)
            x_in, x_out = cx - sx * erx * 1.1, cx + sx * erx * 1.5
            L.line(x_in, by + inner, x_out, by + outer, dark(look["hair"], 0.35) if style != "bald" else ink, bw_)
    # nose
    nb = max(1.6, rx * 0.06)
    nx = fx + facing * rx * 0.12
    L.path(f"M{n(nx)} {n(ry * 0.16)}L{n(nx + (facing or 0.4) * rx * 0.12)} {n(ry * 0.34)}L{n(nx - (0.02 if facing >= 0 else -0.02) * rx)} {n(ry * 0.36)}",
           stroke=dark(skin, 0.25), stroke_width=n(nb), stroke_linecap="round", stroke_linejoin="round")
    # blush
    if look.get("blush"):
        for sx in (-1, 1):
            L.ellipse(fx + sx * rx * 0.52, ry * 0.36, rx * 0.17, ry * 0.09, look["blush"], opacity=0.35)
    # mouth
    mx, my, mw = fx * 1.05, ry * 0.56, rx * 0.2
    mb = max(1.8, rx * 0.075)
    if mouth == "neutral":
        L.line(mx - mw, my, mx + mw, my, ink, mb)
    elif mouth == "tight":
        L.line(mx - mw * 0.6, my, mx + mw * 0.6, my, ink, mb)
    elif mouth == "smile":
        L.path(f"M{n(mx - mw * 1.2)} {n(my - ry * 0.04)}Q{n(mx)} {n(my + ry * 0.14)} {n(mx + mw * 1.2)} {n(my - ry * 0.04)}",
               stroke=ink, stroke_width=n(mb), stroke_linecap="round")
    elif mouth == "grin":
        L.path(f"M{n(mx - mw * 1.3)} {n(my - ry * 0.05)}Q{n(mx)} {n(my + ry * 0.26)} {n(mx + mw * 1.3)} {n(my - ry * 0.05)}Z",
               fill=dark(ink, 0.1))
    elif mouth == "sad":
        L.path(f"M{n(mx - mw)} {n(my + ry * 0.05)}Q{n(mx)} {n(my - ry * 0.08)} {n(mx + mw)} {n(my + ry * 0.05)}",
               stroke=ink, stroke_width=n(mb), stroke_linecap="round")
    elif mouth in ("open", "talk"):
        L.ellipse(mx, my + ry * 0.02, mw * (0.55 if mouth == "open" else 0.8), ry * (0.09 if mouth == "open" else 0.06),
                  dark(ink, 0.1))
    elif mouth == "wry":
        L.path(f"M{n(mx - mw)} {n(my + ry * 0.02)}Q{n(mx + mw * 0.3)} {n(my + ry * 0.04)} {n(mx + mw * 1.1)} {n(my - ry * 0.07)}",
               stroke=ink, stroke_width=n(mb), stroke_linecap="round")
    L.close()
    # front hair
    for part in fronts:
        L.path(_path_scaled(part, rx, ry, facing * 0.06 * rx), fill=hair)
    if style == "bob" or look.get("shine"):
        # a bright rim of the accent colour: the one saturated note of the picture
        L.path(f"M{n(-rx * 0.62 + fx * 0.2)} {n(-ry * 0.86)}Q{n(fx * 0.2)} {n(-ry * 1.08)} {n(rx * 0.6 + fx * 0.2)} {n(-ry * 0.88)}",
               stroke=light(hair, 0.4), stroke_width=n(rx * 0.07), stroke_linecap="round", opacity=0.5)
    if look.get("glasses"):
        for sx in (-1, 1):
            L.circle(fx + sx * ex, ey, rx * 0.22, "none", stroke=ink, stroke_width=n(max(1.8, rx * 0.06)))
        L.line(fx - ex + rx * 0.22, ey, fx + ex - rx * 0.22, ey, ink, max(1.8, rx * 0.06))
    if headwear in ("headset", "headset_askew"):
        a = -22 if headwear == "headset_askew" else 0
        L.open(transform=f"rotate({a})" if a else None)
        metal, darkm = "#a9b2b4", "#4d5557"
        L.path(f"M{n(-rx * 1.08)} {n(ry * 0.05)}C{n(-rx * 1.2)} {n(-ry * 1.55)} {n(rx * 1.2)} {n(-ry * 1.55)} {n(rx * 1.08)} {n(ry * 0.05)}",
               stroke=metal, stroke_width=n(rx * 0.16), stroke_linecap="round")
        for sx in (-1, 1):
            L.rect(sx * rx * 1.08 - rx * 0.16, -ry * 0.22, rx * 0.32, ry * 0.5, darkm, rx=n(rx * 0.12))
        for k in (-0.55, 0.0, 0.55):
            L.circle(rx * k, -ry * (1.1 - abs(k) * 0.3), rx * 0.12, darkm)
            L.circle(rx * k, -ry * (1.1 - abs(k) * 0.3), rx * 0.05, "#bfe6d2")
        L.close()


def skirt_poly(top_w, y0, hem_w, hem_y, waves=4):
    """A skirt: straight sides, a softly scalloped hem."""
    out = [(-top_w / 2, y0), (top_w / 2, y0)]
    k = waves * 4
    for i in range(k + 1):
        t = i / k
        xx = hem_w / 2 - hem_w * t
        out.append((xx, hem_y + 5 * math.sin(t * waves * math.pi) ** 2 - 2))
    return out


SIT_KNEES_R = pose(ll=(125, 15), rl=(132, 22))      # sitting on the ground, knees up, feet to the right


SIT_KNEES_L = pose(ll=(-132, -22), rl=(-125, -15))  # the same, feet to the left


SIT_FRONT = pose(ll=(-8, -3), rl=(8, 3), thigh_k=0.4)  # sitting, seen from the front (thighs towards us)
