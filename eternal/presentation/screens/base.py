"""What every screen can be asked to do. A screen is handed the game's services; what it wants of the game beyond
them (another screen, a new night, the title) it returns as a request (navigation.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from eternal.presentation.navigation import Pop, Request

if TYPE_CHECKING:
    from eternal.presentation.services import Services
    from eternal.presentation.widgets import Menu


class Screen:
    """A screen gets actions (already translated from keys, buttons and pads), clicks, and time; it paints itself."""

    opaque = True  # False: the screen below is painted first (a menu over the night)

    def __init__(self, services: "Services") -> None:
        self.services = services

    def act(self, action: str) -> Request | None:
        return None

    def click(self, pos: tuple[int, int]) -> Request | None:
        return None

    def hover(self, pos: tuple[int, int]) -> None:
        pass

    def wheel(self, dy: int) -> Request | None:
        return None

    def update(self, dt: float) -> Request | None:
        return None

    def render(self, canvas: pygame.Surface) -> None:
        pass

    def show_notice(self, text: str) -> None:
        """A word about the player's files (a save passed over): screens that have room for it show it."""

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
        s = self.services
        return max(11, int(s.view.canvas_rect.height * share * s.settings.text_scale))


def menu_action(action: str) -> str:
    """A presenter remote's two buttons move through a menu; its third (F5) or Enter picks."""
    return {"page_down": "down", "page_up": "up"}.get(action, action)


class MenuScreen(Screen):
    """A screen that is mostly one menu: keys, pad and mouse go to `self.menu`; back and pause close the screen.
    A menu item asks for navigation by setting `self.request` (taken by the handler that ran it)."""

    menu: "Menu"
    request: Request | None = None

    def ask(self, request: Request | None) -> None:
        """What the item being run wants of the game."""
        self.request = request

    def take_request(self) -> Request | None:
        request, self.request = self.request, None
        return request

    def act(self, action: str) -> Request | None:
        if action in ("back", "pause"):
            return Pop()
        self.menu.act(menu_action(action))
        return self.take_request()

    def click(self, pos: tuple[int, int]) -> Request | None:
        self.menu.click(pos)
        return self.take_request()

    def hover(self, pos: tuple[int, int]) -> None:
        self.menu.hover(pos)

    def needs_redraw(self) -> bool:
        return False  # a menu changes when the player does something, and input redraws
