"""Colours of the interface (pure data); the eras' colours are the story's (story.eras), looked up here."""

from __future__ import annotations

from typing import Mapping

from eternal.model.story import Era

# An era the story does not declare (or a story without eras) reads as a plain grey, never as black.
NO_ERA_FILL = (60, 60, 60)
NO_ERA_FOG = (128, 128, 128)  # what a lost part of a memory thins into: a pale mist, so forgetting reads as fading
NO_ERA_ACCENT = (150, 150, 150)


def era_look(eras: Mapping[str, Era], era: str) -> Era:
    """The colours of `era` as the story declares them (story.eras), or plain greys for an era it does not name."""
    found = eras.get(era)
    return found if found is not None else Era(era, NO_ERA_FILL, NO_ERA_FOG, NO_ERA_ACCENT)


TEXT = (240, 236, 228)
TEXT_DIM = (178, 172, 164)
BOX = (14, 14, 20)
BOX_ALPHA = 220  # 14,14,20 at this alpha over any art keeps light text above 4.5:1
SPEAKER = (255, 214, 150)
CHOICE_HOVER = (255, 236, 190)
CONTINUE_MARK = (255, 214, 150)  # the mark that says a line is done: warm, like the speaker's name, 4.5:1 on the box
INTRUSION = (206, 226, 214)
MAP_BG = (12, 24, 20)
MAP_LINE = (70, 120, 100)
MAP_NODE = (150, 230, 190)
MAP_ERASED = (70, 70, 70)
MAP_UNMAPPED = (235, 215, 150)
MAP_SWEPT = (220, 110, 90)
