"""A scene: its five layers (and the two optional ones), the registry of scenes, and writing the files."""

from __future__ import annotations

import random
from pathlib import Path

from .svg import *
from .palettes import *


class Scene:
    def __init__(self, sid: str, era: str):
        self.id, self.era = sid, era
        crayon = era == "childhood"
        self.sky, self.room, self.props, self.figures, self.light = (Layer(sid, name, crayon) for name in LAYERS)
        self.figures.crayon = False  # faces stay clean even in crayon scenes
        self.light.crayon = False
        # the optional layers: grown-up Clementine where she hides (crayon-edged body, clean face: the head has no
        # polygons), and the flashlight beam that finds her (pure light, like light.svg)
        self.companion = Layer(sid, "companion", crayon)
        self.found = Layer(sid, "found", False)
        self.e = ERA[era]
        self.rng = random.Random(seed_of(sid, "scene"))

    def layers(self) -> list[str]:
        """The layers this scene writes: the five, then the optional ones it drew something on."""
        return list(LAYERS) + [name for name in EXTRAS if getattr(self, name).body]

    def write(self, root: Path | None = None):
        out = (root or ART) / self.id
        out.mkdir(parents=True, exist_ok=True)
        names = self.layers()
        for name in names:
            text = getattr(self, name).svg()
            path = out / f"{name}.svg"
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
        for name in EXTRAS:  # a scene that no longer draws an optional layer leaves no stale file behind
            if name not in names and (out / f"{name}.svg").exists():
                (out / f"{name}.svg").unlink()


SCENES = {}


def scene(sid: str, era: str):
    def deco(fn):
        SCENES[sid] = (era, fn)
        return fn
    return deco
