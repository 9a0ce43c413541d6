"""Colours of the eras and of the interface (pure data)."""

from __future__ import annotations

# Fallback fills per era when a layer's picture is missing: the scene still reads as its era.
ERA_FILL = {
    "clinic": (196, 220, 206),
    "winter": (70, 86, 110),
    "amber": (150, 96, 48),
    "summer": (226, 178, 96),
    "childhood": (214, 196, 214),
}
# What a lost part of a memory thins into: a pale mist of the era's colour, never black, so forgetting reads as
# fading and not as holes in the screen.
ERA_FOG = {
    "clinic": (192, 204, 200),
    "winter": (118, 128, 146),
    "amber": (150, 130, 110),
    "summer": (196, 180, 156),
    "childhood": (204, 196, 206),
}
ERA_ACCENT = {
    "clinic": (150, 90, 200),
    "winter": (150, 90, 230),
    "amber": (200, 30, 60),
    "summer": (20, 190, 180),
    "childhood": (250, 205, 40),
}
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
MAP_CLEM = (255, 140, 60)
