"""The screens in front of the player, bottom to top, and the cross-fade from the frame being left."""

from __future__ import annotations

from typing import Callable

import pygame

from eternal.presentation.screens.base import Screen
from eternal.presentation.transition import CrossFade


class ScreenStack:
    """A non-empty stack of screens. `painted()` is what a frame draws: the top and what it lets show through."""

    def __init__(self, first: Screen) -> None:
        self.screens: list[Screen] = [first]
        self.fade: CrossFade | None = None  # the frame being left, blended away over the new one

    @property
    def top(self) -> Screen:
        return self.screens[-1]

    @property
    def bottom(self) -> Screen:
        return self.screens[0]

    def find(self, kind: type) -> Screen | None:
        """The lowest screen of that kind, or None."""
        return next((s for s in self.screens if isinstance(s, kind)), None)

    def push(self, screen: Screen) -> None:
        self.screens.append(screen)

    def pop(self) -> bool:
        """Close the top screen; the last one stays (False then)."""
        if len(self.screens) > 1:
            self.screens.pop()
            return True
        return False

    def replace(self, screen: Screen) -> None:
        self.screens[-1] = screen

    def reset(self, screen: Screen) -> None:
        """Only this screen from now on."""
        self.screens = [screen]

    def painted(self) -> list[Screen]:
        """The screens a frame paints: the top one and those it lets show through, from the last opaque one up."""
        first = len(self.screens) - 1
        while first > 0 and not self.screens[first].opaque:
            first -= 1
        return self.screens[first:]

    def crossfade(self, canvas: pygame.Surface | None, now: float, seconds: float) -> None:
        """Hold `canvas` (what is on screen) and blend it away over the next frames."""
        if canvas is not None and seconds > 0:
            self.fade = CrossFade.of(canvas, now, seconds)

    def draw(self, canvas: pygame.Surface, now: float, overlay: Callable[[pygame.Surface], None] | None = None) -> None:
        """Paint the screens, then the fade over them."""
        for screen in self.painted():
            screen.render(canvas)
        if self.fade is not None and not self.fade.draw(canvas, now):
            self.fade = None
        if overlay is not None:
            overlay(canvas)
