"""The window on the display: opened (fullscreen from the start when asked), switched in and out of fullscreen, and
the 16:9 canvas inside it that every screen draws on."""

from __future__ import annotations

import os
import warnings

import pygame

from eternal.presentation.assets import Warnings
from eternal.presentation.display import pick_display

ASPECT = 16 / 9
THUMB_SIZE = (192, 108)


def letterbox(window: tuple[int, int]) -> pygame.Rect:
    """The largest 16:9 rectangle centred in the window."""
    w, h = window
    if w / max(1, h) > ASPECT:
        cw, ch = int(h * ASPECT), h
    else:
        cw, ch = w, int(w / ASPECT)
    return pygame.Rect((w - cw) // 2, (h - ch) // 2, max(1, cw), max(1, ch))


class Window:
    """The display's window. `surface` is what pygame draws into; `fullscreen` whether it fills the display."""

    def __init__(self, size: tuple[int, int], fullscreen: bool, caption: str, warnings_: Warnings,
                 display: int | None = None) -> None:
        self.warnings = warnings_
        self.windowed_size = size
        self.fullscreen = fullscreen
        self._windowed_at: tuple[int, int] | None = None
        pygame.display.init()
        if pygame.display.get_driver() == "x11":
            # SDL shows an X11 window through OpenGL when it finds any, Mesa's software rasteriser included. Our
            # frames are drawn in software either way; under llvmpipe (a kiosk without a GPU driver, Xvfb) the GL
            # path cost ~110 MB and ~0.03 CPU s/s of rasteriser threads on a still page, X's shared-memory images
            # none. (Wayland has no such path and needs GL: only X11 is told. The environment can still say 1.)
            os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")
        pygame.font.init()
        self.display, problem = pick_display(display)
        if problem is not None:
            self.warnings.add("display", problem)  # printed at once, before the window covers the terminal
        pygame.display.set_caption(caption)
        self.surface = self._open()

    def _open(self) -> pygame.Surface:
        """The first window, made fullscreen from the start when asked (a window made windowed and then switched
        keeps its windowed position on an X server without a window manager)."""
        if self.fullscreen:
            try:
                return pygame.display.set_mode((0, 0), pygame.FULLSCREEN, display=self.display)
            except pygame.error as exc:
                self.warnings.add("fullscreen", f"cannot switch the display mode: {exc}")
                self.fullscreen = False
        return pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE, display=self.display)

    @staticmethod
    def caption(text: str) -> None:
        pygame.display.set_caption(text)

    def resized(self, w: int, h: int) -> None:
        """The player dragged the window to this size (remembered for leaving fullscreen)."""
        if not self.fullscreen:
            self.windowed_size = (max(320, w), max(180, h))

    def canvas(self) -> pygame.Surface:
        """The 16:9 part of the window the screens draw on, measured now."""
        return self.surface.subsurface(letterbox(self.surface.get_size()))

    def snapshot(self) -> pygame.Surface:
        """A small copy of what is on screen, for a save's thumbnail."""
        # the window may have changed size since the last frame (a toggle, a resize): measured now
        return pygame.transform.smoothscale(self.canvas(), THUMB_SIZE)

    def toggle_fullscreen(self) -> None:
        try:
            if self.fullscreen:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", RuntimeWarning)  # "forcibly resized": asked again just below
                    self.surface = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE, display=self.display)
                pygame.event.pump()
                if self.surface.get_size() != self.windowed_size:
                    # without a window manager the window leaves fullscreen at the display's size; once the X
                    # server has told SDL it left, the size is taken
                    self.surface = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE, display=self.display)
                if self._windowed_at is not None:
                    pygame.display.set_window_position(self._windowed_at)
            else:
                self._windowed_at = self._to_display_corner()
                self.surface = pygame.display.set_mode((0, 0), pygame.FULLSCREEN, display=self.display)
            self.fullscreen = not self.fullscreen
        except pygame.error as exc:
            self.warnings.add("fullscreen", f"cannot switch the display mode: {exc}")

    @staticmethod
    def _to_display_corner() -> tuple[int, int] | None:
        """Move the window to the display's corner before it goes fullscreen; returns where it stood. Without a
        window manager nobody else moves it: a 1280x720 window switched to fullscreen on a 1080p kiosk sat 320x180
        off. Only on a single display, whose corner is (0, 0); with several, the window manager places it."""
        try:
            if pygame.display.get_num_displays() != 1:
                return None
            at = pygame.display.get_window_position()
            pygame.display.set_window_position((0, 0))
            return at
        except (pygame.error, AttributeError):
            return None


class Pads:
    """The game controllers plugged in, and those plugged in later."""

    def __init__(self) -> None:
        self.pads: list = []
        try:
            from pygame._sdl2 import controller  # pygame's optional controller module: absent on some builds

            controller.init()
            self._controller = controller
            for i in range(controller.get_count()):
                if controller.is_controller(i):
                    self.pads.append(controller.Controller(i))
        except (ImportError, pygame.error):
            self._controller = None

    def added(self, device_index: int) -> None:
        if self._controller is None:
            return
        try:
            self.pads.append(self._controller.Controller(device_index))
        except (pygame.error, AttributeError):
            pass
