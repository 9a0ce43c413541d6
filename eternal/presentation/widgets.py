"""Menus and the cards they stand on: keyboard, mouse, gamepad and presenter remote all drive a menu the same way,
and a menu sizes itself to the room it is given, so every text size fits every window."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pygame

from eternal.model.story import Scene
from eternal.presentation.assets import ArtCache
from eternal.presentation.palette import BOX, SPEAKER, TEXT, TEXT_DIM, era_look
from eternal.presentation.textbox import TextBox

CARD = (18, 18, 26)  # the menus' card: the text box's colour, a shade lighter so it stands off a dark picture
CARD_EDGE = (92, 84, 70)
CHOSEN = (46, 42, 52)
MIN_PX = 11  # no menu text is drawn smaller than this, whatever it has to fit into


@dataclass
class Item:
    """One row: `label()` says what it shows; `act(step)` runs on press (step 0) or left/right (-1/+1).
    `group()`, on the first row of a group, names the group (a heading drawn above the row, not a row itself)."""

    label: Callable[[], str]
    act: Callable[[int], None]
    adjustable: bool = False  # left/right change it (a setting), besides pressing it
    group: Callable[[], str] | None = None
    also: Callable[[], str] | None = None  # another text the row may show (a question on a first press): fitted too


@dataclass(frozen=True)
class LaidOutItem:
    """One row as the menu drew it last: what it said and where (what a player, a test or autoplay can click)."""

    label: str
    rect: pygame.Rect


def split_label(label: str) -> tuple[str, str]:
    """'Text size: 150 %' -> ('Text size', '150 %'); a label without a value keeps it all as its name."""
    name, sep, value = label.partition(": ")
    return (name, value) if sep else (label, "")


def elide(font: pygame.font.Font, text: str, width: int) -> str:
    """The text cut with an ellipsis to fit `width` pixels (a damaged save's long reason, a long slot name)."""
    if font.size(text)[0] <= width:
        return text
    while text and font.size(text + "…")[0] > width:
        text = text[:-1]
    return text.rstrip() + "…"


class Menu:
    def __init__(self, items: list[Item], on_move: Callable[[], None] | None = None) -> None:
        self.items = items
        self.selected = 0
        self.rects: list[pygame.Rect] = []
        self.laid_out: list[LaidOutItem] = []  # the rows as drawn last, in item order
        self.headings: list[pygame.Rect] = []  # where the group headings stand (they are not rows)
        self.ink: list[pygame.Rect] = []  # where the rows' words were drawn last
        self.values: dict[int, pygame.Rect] = {}  # where an adjustable row shows its value
        self.px = 0  # the text size the menu settled on last (it shrinks to fit)
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
                    # the value reads "‹ 80 % ›": its left half turns it down, anything else up
                    value = self.values.get(i)
                    item.act(-1 if value is not None and pos[0] < value.centerx else 1)
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

    # --- layout ----------------------------------------------------------------------------------------------------

    def fit(self, box: TextBox, labels: list[str], px: int, width: int, height: int, row: float, inset: int = 0,
            lines: int = 1) -> int:
        """The largest text size up to `px` at which every row and heading fits `height` and every label `width`."""
        groups = sum(1 for item in self.items if item.group is not None)
        for _ in range(3):  # glyph widths do not scale exactly with the size: measure again after each shrink
            tall = len(self.items) * int(px * row) + groups * int(px * 1.35)
            if tall > height:
                px = int(px * height / tall)
            room = width - inset - 2 * int(px * 0.8)
            font = box.fonts.get(max(MIN_PX, px))
            wide = max((self._label_width(font, label, lines) for label in labels), default=0)
            if wide > room > 0:
                px = int(px * room / wide)
            px = max(MIN_PX, px)
        return px

    def measure(self, box: TextBox, px: int, width: int, height: int, row: float = 1.6, inset: int = 0,
                lines: int = 1) -> tuple[int, int]:
        """The text size `render` will settle on in this room, and the height the rows and headings will take."""
        px = self.fit(box, self._fitted([item.label() for item in self.items]), px, width, height, row, inset, lines)
        groups = sum(1 for item in self.items if item.group is not None)
        return px, len(self.items) * int(px * row) + groups * int(px * 1.35)

    def _fitted(self, labels: list[str]) -> list[str]:
        """The texts the menu sizes itself by: every label, and what a row may say instead (so it never jumps)."""
        return labels + [item.also() for item in self.items if item.also is not None]

    @staticmethod
    def _label_width(font: pygame.font.Font, label: str, lines: int) -> int:
        if lines == 2:
            # only the name sizes the menu: the value under it (a save's memory and date, a damaged file's reason)
            # is cut with an ellipsis, so a list keeps one layout whatever its rows hold
            return font.size(split_label(label)[0])[0]
        name, value = split_label(label)
        return font.size(name)[0] + (font.size(f"‹ {value} ›")[0] + font.size("  ")[0] if value else 0)

    def render(self, canvas: pygame.Surface, box: TextBox, top: int, px: int, width: int | None = None, *,
               left: int | None = None, bottom: int | None = None, row: float = 1.6, inset: int = 0,
               lines: int = 1, decorate: Callable[[int, pygame.Rect], None] | None = None,
               centre: bool = False, before: Callable[[pygame.Rect], None] | None = None,
               picture: float = 0.0) -> None:
        """Lay the rows out from `top` down to `bottom` (the canvas's foot by default) in a column `width` wide,
        shrinking the text until everything fits. `inset` leaves room at a row's left for `decorate(i, rect)` to
        draw into (a save's picture); `lines=2` sets a label's value under its name; `before(rect)` paints what the
        whole menu stands on (its card) once its size is known; `picture` (an aspect ratio) leaves room for a picture
        as tall as the row at its left, measured after the rows have found their size."""
        w, h = canvas.get_size()
        width = min(width or w // 2, w)
        left = (w - width) // 2 if left is None else left
        bottom = h if bottom is None else min(h, bottom)
        labels = [item.label() for item in self.items]
        if picture:
            inset = int(px * row * picture) + px // 2
        px = self.fit(box, self._fitted(labels), px, width, max(1, bottom - top), row, inset, lines)
        self.px = px
        row_h = int(px * row)
        if picture:
            inset = int(row_h * picture)
        gap = max(2, row_h // 10)
        pad = int(px * 0.8)
        self.rects, self.laid_out, self.headings, self.ink = [], [], [], []
        self.values = {}
        if before is not None:
            groups = sum(1 for item in self.items if item.group is not None)
            before(pygame.Rect(left, top, width, len(self.items) * row_h + groups * int(px * 1.35) - gap))
        y = top
        for i, (item, label) in enumerate(zip(self.items, labels)):
            if item.group is not None:
                y += self._heading(canvas, box, item.group(), left, y, width, px)
            rect = pygame.Rect(left, y, width, row_h - gap)
            chosen = i == self.selected
            if chosen:
                pygame.draw.rect(canvas, CHOSEN, rect, border_radius=max(2, px // 4))
                pygame.draw.rect(canvas, SPEAKER, (rect.x, rect.y + gap, max(3, px // 6), rect.height - 2 * gap))
            if decorate is not None:
                decorate(i, rect)
            self._label(canvas, box, item, label, rect, px, pad, inset, lines, chosen, centre)
            if item.adjustable and split_label(label)[1]:
                self.values[i] = self.ink[-1]
            self.rects.append(rect)
            self.laid_out.append(LaidOutItem(label, rect.copy()))
            y += row_h

    def _heading(self, canvas: pygame.Surface, box: TextBox, text: str, left: int, y: int, width: int, px: int) -> int:
        """A group's name in small capitals with a rule after it; returns the height it took."""
        hpx = max(MIN_PX, int(px * 0.72))
        tall = int(px * 1.35)
        rect = box.draw_text(canvas, text.upper(), (left + int(px * 0.8), y + tall - int(hpx * 1.35)), hpx, SPEAKER)
        line_y = rect.centery
        if rect.right + px < left + width:
            pygame.draw.line(canvas, CARD_EDGE, (rect.right + px // 2, line_y), (left + width - px // 2, line_y), 1)
        self.headings.append(rect)
        return tall

    def _label(self, canvas: pygame.Surface, box: TextBox, item: Item, label: str, rect: pygame.Rect, px: int, pad: int,
               inset: int, lines: int, chosen: bool, centre: bool) -> None:
        colour = TEXT if chosen else TEXT_DIM
        font = box.fonts.get(px)
        x = rect.x + pad + inset
        room = rect.right - pad - x
        top = rect.centery - font.get_height() // 2
        ink = self.ink
        if lines == 2:
            name, value = split_label(label)
            small = max(MIN_PX, int(px * 0.82))
            ink.append(box.draw_text(canvas, elide(font, name, room), (x, rect.y + rect.height // 2 - int(px * 1.12)), px,
                                     SPEAKER if chosen else TEXT))
            if value:
                ink.append(box.draw_text(canvas, elide(box.fonts.get(small), value, room),
                                         (x, rect.y + rect.height // 2 + int(px * 0.05)), small, colour))
            return
        if item.adjustable:
            name, value = split_label(label)
            shown = f"‹ {value} ›" if value else ""
            value_w = font.size(shown)[0] if shown else 0
            ink.append(box.draw_text(canvas, elide(font, name, room - value_w - font.size("  ")[0]), (x, top), px, colour))
            if shown:
                ink.append(box.draw_text(canvas, shown, (rect.right - pad, top), px, SPEAKER if chosen else colour,
                                         right=True))
            return
        text = elide(font, label, room)
        if centre:
            ink.append(box.draw_text(canvas, text, (rect.centerx + inset // 2, rect.centery), px,
                                     SPEAKER if chosen else colour, centre=True))
        else:
            ink.append(box.draw_text(canvas, text, (x, top), px, SPEAKER if chosen else colour))


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


def card(canvas: pygame.Surface, rect: pygame.Rect, cache: dict, alpha: int = 232, edge: bool = True) -> None:
    """A menu's card: a dark, slightly see-through panel with a thin warm edge (one cached surface per size)."""
    key = ("card", rect.size, alpha, edge)
    surface = cache.get(key)
    if surface is None:
        surface = pygame.Surface(rect.size, pygame.SRCALPHA)
        radius = max(4, min(rect.size) // 40)
        pygame.draw.rect(surface, CARD + (alpha,), surface.get_rect(), border_radius=radius)
        if edge:
            pygame.draw.rect(surface, CARD_EDGE + (255,), surface.get_rect(), 1, border_radius=radius)
        for old in [k for k in cache if k[0] == "card" and k[1] != rect.size]:
            del cache[old]
        cache[key] = surface
    canvas.blit(surface, rect.topleft)


def side_shade(canvas: pygame.Surface, cache: dict, share: float = 0.62, strongest: int = 225) -> None:
    """Darken the left of the picture, strongest at the edge, so a title and a menu read over any art (a multiply:
    one pass over the pixels and no alpha to blend)."""
    w, h = canvas.get_size()
    key = ("side", w, h, share, strongest)
    surface = cache.get(key)
    if surface is None:
        ramp = pygame.Surface((64, 1))
        for x in range(64):
            keep = 255 - int(strongest * (1 - x / 63) ** 1.3)
            ramp.set_at((x, 0), (keep, keep, keep))
        surface = pygame.transform.smoothscale(ramp, (max(1, int(w * share)), h))
        for old in [k for k in cache if k[0] == "side"]:
            del cache[old]
        cache[key] = surface
    canvas.blit(surface, (0, 0), special_flags=pygame.BLEND_RGB_MULT)


def still(art: ArtCache, scene: Scene, size: tuple[int, int], cache: dict) -> pygame.Surface:
    """A scene's picture whole, at a small size (a preview, a save's picture): its layers stacked once and kept."""
    key = ("still", scene.id, size)
    surface = cache.get(key)
    if surface is None:
        surface = pygame.Surface(size)
        surface.fill(era_look(art.eras, scene.era).fill if not scene.art else (0, 0, 0))
        for layer in scene.art:
            if layer.kind in ("companion", "found"):
                continue  # she is drawn only where she hides; the beam only when they find her
            surface.blit(art.layer(layer.image, size, scene.era, layer.kind), (0, 0))
        cache[key] = surface
    return surface
