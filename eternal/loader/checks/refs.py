"""References: every id a story names (beats, flags, mementos, characters, memories, eras, sounds) is declared."""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Mapping

from eternal.loader.checks._walk import beats, conditions, items, scenes
from eternal.loader.positions import Positions
from eternal.loader.problems import Problem
from eternal.model.rules.registry import CONDITIONS
from eternal.model.story import Memory, Story
from eternal.strings import STORY_KEYS
from eternal.strings import en as engine_text

_MEMORY_TESTS = ("survived", "erased", "visited", "saved")  # conditions that name a memory
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def check_ids(story: Story, positions: Positions) -> Iterator[Problem]:
    """Beat ids are unique in their scene, option ids in their choice, intrusion ids in their memory."""
    for at, scene in scenes(story):
        yield from _unique(positions, [(at + ("beats", i, "id"), b.id) for i, b in enumerate(scene.beats)],
                           lambda ident: f"beat id {ident!r} is already used in {scene.id!r}")
        for i, beat in enumerate(scene.beats):
            yield from _unique(positions, [(at + ("beats", i, "choice", j, "id"), o.id) for j, o in enumerate(beat.options)],
                               lambda ident: f"option id {ident!r} is already used in this choice")
        if isinstance(scene, Memory):
            yield from _unique(positions, [(at + ("intrusions", n, "id"), it.id) for n, it in enumerate(scene.intrusions)],
                               lambda ident: f"intrusion id {ident!r} is already used in {scene.id!r}")


def _unique(positions: Positions, keyed: list, message) -> Iterator[Problem]:
    seen: set[str] = set()
    for key, ident in keyed:
        if ident in seen:
            yield positions.problem(key, message(ident))
        seen.add(ident)


def check_references(story: Story, positions: Positions) -> Iterator[Problem]:
    """Characters who speak, flags that are set, mementos bagged, memories associated, beats an intrusion waits for."""
    for at, scene, _, beat in beats(story):
        if beat.who is not None and beat.who not in story.characters:
            yield positions.problem(at + ("who",), f"unknown character {beat.who!r} (declare it under story: characters)")
    for at, _, _, item in items(story):
        for name in item.sets:
            if name not in story.flags:
                yield positions.problem(at + ("set", name), f"unknown flag {name!r} (declare it under 'flags:')", key_mark=True)
        for i, memento in enumerate(item.bag):
            if memento not in story.mementos:
                yield positions.problem(at + ("bag", i), f"unknown memento {memento!r}")
    for at, scene in scenes(story):
        if scene.era not in story.eras:
            yield positions.problem(at + ("era",), _undeclared_era(scene.era, story))
        if not isinstance(scene, Memory):
            continue
        for i, memento in enumerate(scene.mementos):
            if memento not in story.mementos:
                yield positions.problem(at + ("mementos", i), f"unknown memento {memento!r} (declare it under 'mementos:')")
        for i, other in enumerate(scene.associations):
            if other == scene.id:
                yield positions.problem(at + ("associations", i), "a memory cannot be associated with itself")
            elif other not in story.memories:
                yield positions.problem(at + ("associations", i), f"association to {other!r}, which is no memory")
        beat_ids = {b.id for b in scene.beats}
        for n, intrusion in enumerate(scene.intrusions):
            if intrusion.beat is not None and intrusion.beat not in beat_ids:
                yield positions.problem(at + ("intrusions", n, "beat"), f"no beat {intrusion.beat!r} in {scene.id!r}")
            if intrusion.who not in story.characters:
                yield positions.problem(at + ("intrusions", n, "who"), f"unknown character {intrusion.who!r}")


def check_conditions(story: Story, positions: Positions) -> Iterator[Problem]:
    """What a condition names exists, and a count has a bound."""
    for at, cond in conditions(story):
        kind = cond.kind
        if kind not in CONDITIONS:
            yield positions.problem(at + (kind,), f"no rule of the engine tests {kind!r} (known: {', '.join(CONDITIONS)})", key_mark=True)
        if kind == "flag" and cond.name not in story.flags:
            yield positions.problem(at + ("flag",), f"unknown flag {cond.name!r}")
        elif kind == "bagged" and cond.name not in story.mementos:
            yield positions.problem(at + ("bagged",), f"unknown memento {cond.name!r}")
        elif kind in _MEMORY_TESTS and cond.name not in story.memories:
            yield positions.problem(at + (kind,), f"no memory {cond.name!r}")
        elif kind == "survivors":
            for i, memory in enumerate(cond.of):
                if memory not in story.memories:
                    yield positions.problem(at + ("survivors", "of", i), f"no memory {memory!r}")
        elif kind == "count" and cond.minimum is None and cond.maximum is None:
            yield positions.problem(at + ("count",), "'count' needs 'min' or 'max', e.g. {count: hides, min: 1}")


def check_header(story: Story, positions: Positions) -> Iterator[Problem]:
    """The header's title era, cues and ambience name what the header declares; its interface words are the engine's."""
    if story.title_era is not None and story.title_era not in story.eras:
        yield positions.problem(("story", "title_era"), _undeclared_era(story.title_era, story))
    for event, sound in story.cues.items():
        if sound not in story.sounds:
            yield positions.problem(("story", "cues", event), _no_sound(sound, story))
    for i, loop in enumerate(story.ambience):
        if loop.cue not in story.sounds:
            yield positions.problem(("story", "ambience", i, "cue"), _no_sound(loop.cue, story))


def check_ui_texts(story: Story, positions: Positions, engine: Mapping[str, str]) -> Iterator[Problem]:
    """Every key of the header's `ui:` is one the engine lets a story set (`engine`: key -> the engine's own text), and
    each of its texts keeps the engine text's placeholders (`{here}` in the compact map's bar).

    """
    for key, text in story.ui.items():
        if key not in engine:
            yield positions.problem(("story", "ui", key), f"unknown interface key {key!r} (expected one of: {', '.join(sorted(engine))})",
                                    key_mark=True)
            continue
        for placeholder in _PLACEHOLDER.findall(engine[key]):
            for lang, words in text.by_lang.items():
                if placeholder not in words:
                    yield positions.problem(("story", "ui", key, lang), f"the {lang!r} text needs {placeholder}, where the engine fills it in")


def check_interface_words(story: Story, positions: Positions) -> Iterator[Problem]:
    """The header's `ui:` against the interface words the engine lets a story set (its English table's texts)."""
    yield from check_ui_texts(story, positions, {key: engine_text.TEXT[key] for key in STORY_KEYS})


def _undeclared_era(era: str, story: Story) -> str:
    return f"era {era!r} is not declared under the story's 'eras:' (declared: {_listed(story.eras)})"


def _no_sound(name: str, story: Story) -> str:
    return f"{name!r} is no sound of the story (declare it under 'sounds:'{'; there are: ' + _listed(story.sounds) if story.sounds else ''})"


def _listed(names: Iterable[str]) -> str:
    return ", ".join(names) or "none"
