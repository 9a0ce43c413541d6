"""Eternal's layered scene illustrations, written as SVG text (Python standard library only).

    python3 art/src/draw_art.py [--out DIR] [scene ...]
    python3 art/src/draw_art.py --rig-sheet DIR      # a reference sheet of the figure rig, DIR/rig_sheet/*.svg

Layout: svg (the writer), palettes (eras, looks), rig (the jointed figure), hair (its hair shapes), props (objects), places (shared backgrounds), scene (Scene, the registry), kit (all of
these in one import) and chapters/<chapter>.py (one drawing function per scene, registered with @scene(id, era)).
"""

from __future__ import annotations

import sys
from pathlib import Path

from .scene import SCENES, Scene
from .chapters import CHAPTERS  # noqa: F401  (importing the chapters registers their scenes)


def main(argv: list[str]) -> int:
    root = None
    if argv[:1] == ["--rig-sheet"]:
        if len(argv) < 2:
            print("--rig-sheet needs a folder", file=sys.stderr)
            return 2
        from .rig_sheet import rig_sheet
        sc = Scene("rig_sheet", "clinic")
        rig_sheet(sc)
        sc.write(Path(argv[1]))
        print(f"{argv[1]}/rig_sheet: " + ", ".join(f"{name}.svg" for name in sc.layers()))
        return 0
    if argv[:1] == ["--out"]:
        if len(argv) < 2:
            print("--out needs a folder", file=sys.stderr)
            return 2
        root, argv = Path(argv[1]), argv[2:]
    wanted = argv or list(SCENES)
    unknown = [s for s in wanted if s not in SCENES]
    if unknown:
        print("unknown scene(s): " + ", ".join(unknown), file=sys.stderr)
        return 2
    for sid in wanted:
        era, fn = SCENES[sid]
        sc = Scene(sid, era)
        fn(sc)
        sc.write(root)
        print(f"art/{sid}: " + ", ".join(f"{name}.svg {len(getattr(sc, name).svg()) // 1024} KB" for name in sc.layers()))
    return 0
