"""What every screen can be asked to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from eternal.presentation.app import App
    from eternal.presentation.widgets import Menu


class Screen:
    """A screen gets actions (already translated from keys, buttons and pads), clicks, and time; it paints itself."""

    opaque = True  # False: the screen below is painted first (a menu over the night)

    def __init__(self, app: "App") -> None:
        self.app = app

    def act(self, action: str) -> None:
        pass

    def click(self, pos: tuple[int, int]) -> None:
        pass

    def hover(self, pos: tuple[int, int]) -> None:
        pass

    def wheel(self, dy: int) -> None:
        pass

    def update(self, dt: float) -> None:
        pass

    def render(self, canvas: pygame.Surface) -> None:
        pass

    def needs_redraw(self) -> bool:
        """Whether the picture may change without input (it animates). False lets the loop draw nothing and sleep
        while the player reads; input, an exposed or resized window and screen changes always redraw. The safe
        default is True: a screen that has not said is drawn every frame."""
        return True

    def redraw_rate(self) -> float | None:
        """Frames a second this screen's animation needs, or None for as many as the display shows. A slow drift
        (a breathing picture) looks the same at 24 and costs far less: the loop then draws no faster."""
        return None

    def px(self, share: float) -> int:
        """A pixel size that scales with the canvas height (and the text-size setting)."""
        return max(11, int(self.app.canvas_rect.height * share * self.app.settings.text_scale))


def menu_action(action: str) -> str:
    """A presenter remote's two buttons move through a menu; its third (F5) or Enter picks."""
    return {"page_down": "down", "page_up": "up"}.get(action, action)


class MenuScreen(Screen):
    """A screen that is mostly one menu: keys, pad and mouse go to `self.menu`; back and pause close the screen."""

    menu: "Menu"

    def act(self, action: str) -> None:
        if action in ("back", "pause"):
            self.app.pop()
        else:
            self.menu.act(menu_action(action))

    def click(self, pos: tuple[int, int]) -> None:
        self.menu.click(pos)

    def hover(self, pos: tuple[int, int]) -> None:
        self.menu.hover(pos)

    def needs_redraw(self) -> bool:
        return False  # a menu changes when the player does something, and input redraws
