"""Pictures: each one a story names is small enough to draw (the paths themselves are checked as the story is built),
and each layer appears before it goes."""

from __future__ import annotations

import os
from typing import Iterator

from eternal.loader.checks._walk import scenes
from eternal.loader.pictures import picture_problem
from eternal.loader.positions import Key, Positions
from eternal.loader.problems import Problem
from eternal.model.story import Layer, Story


def check_pictures(story: Story, positions: Positions) -> Iterator[Problem]:
    yield from _layers(story, positions, ("story", "title_art"), story.title_art)
    for at, scene in scenes(story):
        yield from _layers(story, positions, at + ("art",), scene.art)


def _layers(story: Story, positions: Positions, at: Key, layers: tuple[Layer, ...]) -> Iterator[Problem]:
    for i, layer in enumerate(layers):
        if layer.goes[0] > layer.goes[1]:
            yield positions.problem(at + (i, "goes"), "goes: [from, to] needs from <= to")
        if not layer.image:
            continue  # refused while building, and reported there
        reason = picture_problem(layer.image)
        if reason:
            yield positions.problem(at + (i, "image"), f"{os.path.relpath(layer.image, story.root)!r}: {reason}")
