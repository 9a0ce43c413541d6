"""A reference sheet of the rig (not a scene): `python3 art/src/draw_art.py --rig-sheet DIR` writes
DIR/rig_sheet/{sky,room,props,figures,light}.svg. Load them like a scene to look at the rig.

Top row, left to right: frontal standing, three-quarter holding, profile walking, three-quarter striding and
reaching, sitting on a chair (angry), kneeling and pointing (afraid), sitting on the floor knees up, arm raised.
Bottom row: lying on the back (asleep), folded in half hugging the knees (curl), a child (5 heads), the seven
expressions as heads (neutral, smile, laugh, sad, angry, afraid, asleep).
"""

from __future__ import annotations

from .kit import *


def rig_sheet(S: Scene):
    wall_sky(S.sky, "#dfe6e2", "#c9d3ce")
    F = S.figures
    j, c = joel_look("clinic"), clem_look("winter")
    row = [
        (100, 300, j, pose2(facing=0), "neutral"),
        (260, 300, c, pose2(facing=0.5, arm_n=(20, 110), hand_n="hold"), "smile"),
        (420, 300, j, pose2(facing=1, legs="walk", arm_n=(-20, -10), arm_f=(25, 20)), "sad"),
        (600, 300, c, pose2(facing=-0.5, legs="stride", arm_n=(40, 60), hand_n="reach", arm_f=(-30, -20)), "laugh"),
        (800, 330, j, pose2(facing=0.6, legs="sit", arm_n=(10, 80), lean=8), "angry"),
        (980, 330, c, pose2(facing=-0.9, legs="kneel", lean=10, arm_n=(60, 90), hand_n="point"), "afraid"),
        (1160, 380, j, pose2(facing=0.8, legs="sit_floor", lean=15, arm_n=(40, 100), arm_f=(30, 90)), "tired"),
        (1380, 310, c, pose2(facing=0.2, arm_n=(150, 170), hand_n="reach", tilt=-10), "talk"),
    ]
    for k, (x, y, look, p, e) in enumerate(row):
        person(F, f"p{k}", x, y, look, pose=p, expr=e)
    person(F, "lying", 300, 720, j, pose=pose2(facing=1, rot=-90, legs="lie", arm_n=(2, 6)), expr="asleep", shadow=False)
    person(F, "curled", 640, 700, c, pose=pose2(facing=0.7, legs="curl", lean=30, tilt=20, arm_n=(70, 100),
           arm_f=(60, 95)), expr="sad")
    person(F, "child", 820, 700, other_look("childhood", "#a8c0d8", "#8a6a58", "mop"), child=True,
           pose=pose2(facing=0.4, arm_n=(30, 80)), expr="smile")
    for k, e in enumerate(("neutral", "smile", "laugh", "sad", "angry", "afraid", "asleep")):
        F.open(transform=f"translate({960 + k * 88} 640) scale(1.8)")
        F.open(id=f"head-{e}")
        rig_head(F, f"h{k}", c if k % 2 else j, ADULT["hrx"], ADULT["hry"], 0.25 if k % 2 else -0.25, *EXPR[e])
        F.close()
        F.close()
