"""Frame pacing: how many frames a second to draw, and whether the next frame would differ from the one on screen.

A narrative game spends most of its time on a still page. Drawing it again 60 times a second costs a core for
nothing, so each pass of the loop asks for a cheap "key" of what would be drawn: when it equals the last frame's,
nothing is drawn and the loop sleeps until its next pass. Screens that animate say so (`needs_redraw`).
"""

from __future__ import annotations

from typing import Hashable

import pygame

from eternal.model.state import CHOOSING, ESCAPING
from eternal.model.story import Memory
from eternal.presentation.screens import play as screen
from eternal.presentation.screens.base import Screen
from eternal.presentation.screens.play import PlayScreen

MAX_RATE = 60  # the model steps 60 times a second: frames beyond that would repeat themselves
MIN_RATE = 20
SETTLE = 0.5  # seconds drawn on after a change: the painter finishes a memory's pictures a few steps a frame
# Events that change nothing on screen by themselves; every other event (input, expose, resize, focus) redraws.
QUIET_EVENTS = frozenset({pygame.JOYAXISMOTION, pygame.CONTROLLERAXISMOTION, pygame.JOYBALLMOTION, pygame.JOYHATMOTION,
                          pygame.AUDIODEVICEADDED, pygame.AUDIODEVICEREMOVED, pygame.NOEVENT})


def frame_rate() -> int:
    """Frames a second to draw: the display's refresh rate, at most 60; 60 when the display does not say. (SDL's
    window surface offers no vsync, so the loop paces itself.)"""
    try:
        rate = int(pygame.display.get_current_refresh_rate())
    except (pygame.error, AttributeError):
        rate = 0
    return MAX_RATE if rate <= 0 else max(MIN_RATE, min(MAX_RATE, rate))


class Pacer:
    """Decides, pass by pass, whether to draw. Time is the caller's (the app's simulated clock), never read here."""

    def __init__(self) -> None:
        self.last_key: Hashable | None = None
        self.changed_at = float("-inf")
        self.forced = True

    def invalidate(self) -> None:
        """Something outside the key changed (input, an exposed or resized window): draw the next pass."""
        self.forced = True

    def should_draw(self, key: Hashable | None, now: float) -> bool:
        """`key`: what would be drawn (None: it animates, draw). True when this pass should draw a frame."""
        if self.forced or key is None or key != self.last_key:
            self.forced = False
            self.last_key = key
            self.changed_at = now
        return now - self.changed_at < SETTLE

    def still_for(self, now: float) -> float:
        """How long the picture has stood still (0 while it moves or has just been drawn anew)."""
        return 0.0 if self.forced or self.last_key is None else max(0.0, now - self.changed_at - SETTLE)


def screen_key(screen: Screen) -> Hashable | None:
    """What `screen` would draw now as a value to compare, or None when it animates. A screen that does not animate
    (`needs_redraw()` False) changes only on input, which redraws anyway: its key is empty. The night's screen is
    judged from what it shows (`play_key`), since time alone changes it (typing, the erasure, subtitles, auto-advance)."""
    if isinstance(screen, PlayScreen):
        if type(screen).needs_redraw is not Screen.needs_redraw and screen.needs_redraw():
            return None
        return play_key(screen)
    return None if screen.needs_redraw() else ()


def play_key(play) -> tuple | None:
    """Everything the night's screen paints that can change without input, or None while something moves (the
    fall, the fade in, the text box's cross-fade, lights going out, the map's pulsing rings)."""
    services = play.services
    night = play.night
    if night is None:
        return None
    settings = services.settings
    t = play.scene_time
    if t < max(screen.FALL, screen.FADE_IN) or play.box_fade is not None or play.map_open:
        return None
    found = play.found_amount()
    if 0 < found < 1:
        return None
    scene = night.scene
    level = night.level() if isinstance(scene, Memory) else 0.0
    flicker = 0.0 if settings.reduce_motion or found > 0 else _flicker(t, level)
    if flicker is None:
        return None
    line = night.line
    shown = min(len(play.page_text()), int(play.reveal)) if line is not None else -1
    subtitles = tuple((who, text, _subtitle_alpha(services.clock.time - t0, screen.SUBTITLE_SECONDS)) for who, text, t0 in play.subtitles)
    notices = tuple((text, screen.notice_alpha(services.clock.time - t0)) for text, t0 in play.notices)
    nudge = night.phase in (CHOOSING, ESCAPING) and t - play.nudge_at < screen.NUDGE_SECONDS
    last = play.last_line.id if play.last_line is not None else None
    return (night.point(), night.phase, line.id if line is not None else None, last, play.page, shown,
            tuple(c.id for c in night.choices), play.selected, round(level, 4), flicker, found, night.hiding_place(),
            night.found_here(),
            night.can_hide(), play.skip, subtitles, notices, nudge, settings.language, settings.text_scale, settings.high_contrast,
            settings.reduce_motion, settings.always_show_map)


def _flicker(t: float, level: float) -> float | None:
    """How far the memory 'skips' at this moment (a short dip now and then), None when that cannot be told."""
    from eternal.presentation import dissolve

    skip = getattr(dissolve, "skip_flicker", None)
    return skip(t, level) if skip is not None else None


def _subtitle_alpha(age: float, seconds: float) -> int:
    # the same ramp the play screen paints with: up over a third of a second, down over the last second
    return int(255 * max(0.0, min(1.0, age * 3, (seconds - age) / 1.0)))
