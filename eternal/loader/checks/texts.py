"""Texts: every text of the story in each of its languages and in no other; every beat says or offers something."""

from __future__ import annotations

from typing import Iterator

from eternal.loader.checks._walk import beats, scenes
from eternal.loader.positions import Key, Positions
from eternal.loader.problems import Problem
from eternal.model.story import Memory, Story, Text


def check_texts(story: Story, positions: Positions) -> Iterator[Problem]:
    languages = list(story.languages)
    for at, text in all_texts(story):
        for lang in languages:
            if lang not in text.by_lang:
                yield positions.problem(at, f"missing {lang!r} text")
        for lang in text.by_lang:
            if lang not in languages:
                yield positions.problem(at + (lang,), f"text in {lang!r}, which is not among the story's languages {languages}",
                                        key_mark=True)


def all_texts(story: Story) -> Iterator[tuple[Key, Text]]:
    """Every text the story holds, with its key."""
    yield ("story", "title"), story.title
    for name, text in story.characters.items():
        yield ("story", "characters", name), text
    for key, text in story.ui.items():
        yield ("story", "ui", key), text
    for ident, memento in story.mementos.items():
        yield ("memento", ident, "name"), memento.name
    if story.hiding is not None:
        h = story.hiding
        yield ("story", "hiding", "prompt"), h.prompt
        yield ("story", "hiding", "stay"), h.stay
        for key, lines in (("found_line", h.found_lines), ("lost_line", h.lost_lines)):
            for i, text in enumerate(lines):
                yield ("story", "hiding", key, i), text  # a single text (no list) stands at the key itself
    for at, scene in scenes(story):
        yield at + ("title",), scene.title
        if isinstance(scene, Memory):
            for key in ("where", "keepsake", "cue"):
                text = getattr(scene, key)
                if text is not None:
                    yield at + (key,), text
            for n, intrusion in enumerate(scene.intrusions):
                yield at + ("intrusions", n, "text"), intrusion.text
        for i, beat in enumerate(scene.beats):
            if beat.text is not None:
                yield at + ("beats", i, "text"), beat.text
            for j, option in enumerate(beat.options):
                yield at + ("beats", i, "choice", j, "text"), option.text


def check_beats_say_something(story: Story, positions: Positions) -> Iterator[Problem]:
    """A beat has a text or a choice (or lists what survived, which is its text)."""
    for at, _, _, beat in beats(story):
        if beat.text is None and not beat.options and not beat.survivors:
            yield positions.problem(at, f"beat {beat.id!r} has no text and no choice")
