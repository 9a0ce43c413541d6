"""A vertical menu that keyboard, mouse, gamepad and presenter remote all drive the same way."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pygame

from eternal.presentation.palette import BOX, SPEAKER, TEXT_DIM
from eternal.presentation.textbox import TextBox


@dataclass
class Item:
    """One row: `label()` says what it shows; `act(step)` runs on press (step 0) or left/right (-1/+1)."""

    label: Callable[[], str]
    act: Callable[[int], None]
    adjustable: bool = False  # left/right change it (a setting), besides pressing it


class Menu:
    def __init__(self, items: list[Item], on_move: Callable[[], None] | None = None) -> None:
        self.items = items
        self.selected = 0
        self.rects: list[pygame.Rect] = []
        self.on_move = on_move

    def act(self, action: str) -> bool:
        """Handle a menu action; True if it was one."""
        if not self.items:
            return False
        if action in ("up", "down"):
            self.selected = (self.selected + (1 if action == "down" else -1)) % len(self.items)
            if self.on_move:
                self.on_move()
            return True
        if action in ("left", "right"):
            item = self.items[self.selected]
            if item.adjustable:
                item.act(1 if action == "right" else -1)
            return True
        if action == "advance":
            self.items[self.selected].act(0)
            return True
        if action.startswith("pick:"):
            index = int(action[5:])
            if index < len(self.items):
                self.selected = index
                self.items[index].act(0)
            return True
        return False

    def click(self, pos: tuple[int, int]) -> bool:
        for i, rect in enumerate(self.rects):
            if rect.collidepoint(pos):
                self.selected = i
                item = self.items[i]
                if item.adjustable:
                    item.act(-1 if pos[0] < rect.centerx - rect.width // 4 else 1)
                else:
                    item.act(0)
                return True
        return False

    def hover(self, pos: tuple[int, int]) -> None:
        for i, rect in enumerate(self.rects):
            if rect.collidepoint(pos) and i != self.selected:
                self.selected = i
                if self.on_move:
                    self.on_move()

    def render(self, canvas: pygame.Surface, box: TextBox, top: int, px: int, width: int | None = None) -> None:
        w, _ = canvas.get_size()
        row = int(px * 1.55)
        width = width or w // 2
        self.rects = []
        for i, item in enumerate(self.items):
            rect = pygame.Rect((w - width) // 2, top + i * row, width, row - 4)
            chosen = i == self.selected
            if chosen:
                pygame.draw.rect(canvas, (40, 40, 52), rect, border_radius=6)
                pygame.draw.rect(canvas, SPEAKER, rect, 2, border_radius=6)
            label = item.label()
            if item.adjustable:
                label = f"‹  {label}  ›"
            box.draw_text(canvas, label, rect.center, px, SPEAKER if chosen else TEXT_DIM, centre=True)
            self.rects.append(rect)


def panel(canvas: pygame.Surface, cache: dict, alpha: int = 235) -> None:
    """Darken the whole canvas behind a menu (one cached surface per size)."""
    size = canvas.get_size()
    shade = cache.get(size)
    if shade is None:
        shade = pygame.Surface(size)
        shade.fill(BOX)
        shade.set_alpha(alpha)
        cache.clear()
        cache[size] = shade
    canvas.blit(shade, (0, 0))
