"""Screenings: nobody at the keys may quit or leave fullscreen except by holding Ctrl+Alt+Q; an idle night goes back
to the title by itself."""

from __future__ import annotations

import pygame

QUIT_CHORD_SECONDS = 3.0
INPUT_EVENTS = frozenset({pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN, pygame.MOUSEWHEEL, pygame.CONTROLLERBUTTONDOWN,
                          pygame.MOUSEMOTION})
_CHORD_KEYS = (pygame.K_q, pygame.K_LCTRL, pygame.K_RCTRL, pygame.K_LALT, pygame.K_RALT)


def counts_as_input(event: pygame.event.Event) -> bool:
    """Whether the event is someone at the keys (it wakes the title and holds off the idle return)."""
    return event.type in INPUT_EVENTS


class KioskPolicy:
    """What a screening lets visitors do: `swallows` the events they may not use, times the exit chord, and says
    when an idle night should go back to the title."""

    def __init__(self, idle_seconds: float) -> None:
        self.idle_seconds = idle_seconds
        self.chord_since: float | None = None  # when Ctrl+Alt+Q went down

    def swallows(self, event: pygame.event.Event, now: float) -> bool:
        """True for an event the game must not act on (quit, fullscreen, Alt combinations); starts the chord."""
        kind = event.type
        if kind == pygame.KEYDOWN and event.key == pygame.K_q and event.mod & pygame.KMOD_CTRL and event.mod & pygame.KMOD_ALT:
            if self.chord_since is None:
                self.chord_since = now
            return True
        if kind == pygame.KEYUP and event.key in _CHORD_KEYS:
            self.chord_since = None
        if kind == pygame.QUIT:
            return True
        return kind == pygame.KEYDOWN and bool(event.key in (pygame.K_F11, pygame.K_q) or event.mod & pygame.KMOD_ALT)

    def quits(self, now: float) -> bool:
        """The chord has been held long enough."""
        return self.chord_since is not None and now - self.chord_since >= QUIT_CHORD_SECONDS

    def returns_to_title(self, idle: float, at_title: bool) -> bool:
        """Nobody has touched anything for the idle time, away from the title."""
        return not at_title and idle >= self.idle_seconds
