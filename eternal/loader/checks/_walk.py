"""Ways through a typed story that several checks share: its scenes, their beats and options, their conditions."""

from __future__ import annotations

from typing import Iterator

from eternal.loader.positions import Key, scene_key
from eternal.model.story import Beat, Condition, Option, Scene, Story


def scenes(story: Story) -> Iterator[tuple[Key, Scene]]:
    """Every memory, then every ending, each with the head of its keys."""
    for scene in (*story.memories.values(), *story.endings):
        yield scene_key(scene), scene


def beats(story: Story) -> Iterator[tuple[Key, Scene, int, Beat]]:
    for at, scene in scenes(story):
        for i, beat in enumerate(scene.beats):
            yield at + ("beats", i), scene, i, beat


def items(story: Story) -> Iterator[tuple[Key, Scene, int, Beat | Option]]:
    """Every beat and every option of a beat (with the index of the beat it stands in)."""
    for at, scene, i, beat in beats(story):
        yield at, scene, i, beat
        for j, option in enumerate(beat.options):
            yield at + ("choice", j), scene, i, option


def conditions(story: Story) -> Iterator[tuple[Key, Condition]]:
    """Every condition written in the story, with its key (the nested ones too)."""
    for at, scene in scenes(story):
        when = getattr(scene, "when", None)
        if when is not None:
            yield from _nested(at + ("when",), when)
        for n, intrusion in enumerate(getattr(scene, "intrusions", ())):
            if intrusion.when is not None:
                yield from _nested(at + ("intrusions", n, "if"), intrusion.when)
    for at, _, _, item in items(story):
        if item.when is not None:
            yield from _nested(at + ("if",), item.when)


def _nested(at: Key, cond: Condition) -> Iterator[tuple[Key, Condition]]:
    yield at, cond
    if cond.kind in ("all", "any"):
        for i, inner in enumerate(cond.items):
            yield from _nested(at + (cond.kind, i), inner)
    elif cond.kind == "not":
        yield from _nested(at + ("not",), cond.items[0])
