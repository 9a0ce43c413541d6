"""The keys (F1): every key, button and pad control and what it does, in the player's language, on one page that
fits any window at any text size (two columns, then smaller type, when one column does not fit)."""

from __future__ import annotations

import math

import pygame

from eternal.presentation.navigation import Pop, Request
from eternal.presentation.palette import BOX, SPEAKER, TEXT, TEXT_DIM
from eternal.presentation.screens.base import Screen
from eternal.presentation.textbox import wrap
from eternal.presentation.ui_text import ui
from eternal.presentation.voice import sentences
from eternal.presentation.widgets import card

# One row a line of the page: what it does (a string key `help_<name>`), the keys (a template whose {key_...} and
# {pad_...} names are translated: Space is Leertaste in German), and the actions of input_map.py it covers.
ROWS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("advance", "{key_space}, {key_enter}, {key_click}, {pad_A}", frozenset({"advance"})),
    ("choose", "1–9, {key_click}, ↑ ↓ + {key_enter}", frozenset({"pick"})),
    ("move", "↑ ↓ ← →, W A S D, D-pad", frozenset({"up", "down", "left", "right"})),
    ("back", "{key_wheel_up}, {key_page_up}, {pad_LB}", frozenset({"rollback", "page_up"})),
    ("forward", "{key_wheel_down}, {key_page_down}, {key_space}", frozenset({"forward", "page_down"})),
    ("history", "H, {pad_Back}", frozenset({"history"})),
    ("hide", "T, {pad_X}", frozenset({"hide"})),
    ("map", "M, {pad_Y}", frozenset({"map"})),
    ("skip", "Tab, {key_ctrl_held}, {pad_RB}", frozenset({"skip"})),
    ("pause", "Esc, P, {key_right_click}, {pad_B}, {pad_Start}", frozenset({"back", "pause"})),
    ("clean", "U, {key_delete}, {key_middle_click}", frozenset({"clean"})),
    ("screenshot", "F12", frozenset({"screenshot"})),
    ("voice", "V", frozenset({"voice"})),
    ("lang", "L", frozenset({"lang"})),
    ("fullscreen", "F11, Alt+{key_enter}", frozenset({"fullscreen"})),
    ("title_keys", "N, C, Q", frozenset({"new", "continue", "quit"})),
    ("help", "F1", frozenset({"help"})),
    ("remote", "{key_page_down}, {key_page_up}, F5, .", frozenset()),
)
KIOSK_LEAVES_OUT = frozenset({"screenshot", "fullscreen", "title_keys"})  # what a screening does not let visitors do


def keys_text(lang: str, template: str) -> str:
    """A row's keys in `lang` ({key_space} -> Space, Leertaste, Espace; {pad_A} -> pad A, Pad A, manette A), each
    name kept whole on one row (no break inside "Bild ↑")."""
    names: dict[str, str] = {}
    for part in template.split("{")[1:]:
        name = part.split("}", 1)[0]
        text = ui(lang, "key_pad").format(button=name[4:]) if name.startswith("pad_") else ui(lang, name)
        names[name] = text.replace(" ", "\u00a0")
    return template.format(**names)


def rows_for(lang: str, story: object = None, kiosk: bool = False) -> list[tuple[str, str]]:
    """(keys, what they do) for every row the help shows, in `lang`."""
    rows = []
    for name, template, _ in ROWS:
        if not (kiosk and name in KIOSK_LEAVES_OUT):
            does = ui(lang, f"help_{name}", story)
            rows.append((keys_text(lang, template), does[:1].upper() + does[1:]))  # a story's words may start it
    return rows


class HelpScreen(Screen):
    opaque = True  # a full page, like the history

    def __init__(self, services) -> None:
        super().__init__(services)
        self.laid_out: list[tuple[str, pygame.Rect]] = []  # every text drawn in the last frame and where
        self.area = pygame.Rect(0, 0, 0, 0)  # where the rows must stay: inside the card
        self._cache: dict = {}

    def act(self, action: str) -> Request | None:
        if action in ("back", "pause", "help", "advance", "history"):
            return Pop()
        return None

    def click(self, pos: tuple[int, int]) -> Request | None:
        return Pop()

    def needs_redraw(self) -> bool:
        return False  # a still page; input redraws

    def rows(self) -> list[tuple[str, str]]:
        services = self.services
        return rows_for(services.settings.language, services.story, services.options.kiosk)

    def render(self, canvas: pygame.Surface) -> None:
        w, h = canvas.get_size()
        lang = self.services.settings.language
        labels = self.services.labels
        canvas.fill(BOX)
        self.laid_out = []
        box = pygame.Rect(int(w * 0.04), int(h * 0.1), int(w * 0.92), int(h * 0.82))
        card(canvas, box, self._cache, alpha=255)
        title = ui(lang, "help_title")
        self.laid_out.append((title, labels.draw_text(canvas, title, (int(w * 0.05), int(h * 0.02)), max(16, int(h * 0.05)), TEXT)))
        hint = ui(lang, "help_hint")
        self.laid_out.append((hint, labels.draw_text(canvas, hint, (w // 2, int(h * 0.96)), self.px(0.022), TEXT_DIM, centre=True)))
        pad = max(6, int(h * 0.025))
        self.area = box.inflate(-2 * pad, -2 * pad)
        for text, colour, pos, px in self._layout(self.area, self.rows()):
            self.laid_out.append((text, labels.draw_text(canvas, text, pos, px, colour)))
        if self.services.view.in_front(self) and self.services.voice.front(self):  # self-voicing: the page, once
            self.services.voice.say(sentences([title, *(f"{keys}: {does}" for keys, does in self.rows()), hint]), lang)

    def _layout(self, area: pygame.Rect, rows: list[tuple[str, str]]) -> list[tuple[str, tuple, tuple[int, int], int]]:
        """Where each piece of text goes: one column at the player's text size if it fits, else two, else two at
        smaller sizes until it fits (never below 11 px)."""
        px = self.px(0.026)
        while True:
            for columns in (1, 2):
                placed = self._place(area, rows, px, columns)
                if placed is not None:
                    return placed
            if px <= 11:
                return self._place(area, rows, 11, 2, force=True) or []
            px = max(11, int(px * 0.9))

    def _place(self, area: pygame.Rect, rows: list[tuple[str, str]], px: int, columns: int,
               force: bool = False) -> list[tuple[str, tuple, tuple[int, int], int]] | None:
        font = self.services.labels.fonts.get(px)
        gap = px
        column_w = (area.width - gap * (columns - 1)) // columns
        keys_w = int(column_w * 0.4)
        does_w = column_w - keys_w - gap
        line_h = int(px * 1.3)
        per_column = math.ceil(len(rows) / columns)
        out: list[tuple[str, tuple, tuple[int, int], int]] = []
        for c in range(columns):
            x = area.x + c * (column_w + gap)
            y = area.y
            for keys, does in rows[c * per_column:(c + 1) * per_column]:
                key_rows, does_rows = wrap(font, keys, keys_w), wrap(font, does, does_w)
                too_wide = max(font.size(r)[0] for r in key_rows) > keys_w or max(font.size(r)[0] for r in does_rows) > does_w
                if too_wide and not force:
                    return None  # one word wider than its column
                height = max(len(key_rows), len(does_rows)) * line_h
                if y + height > area.bottom and not force:
                    return None
                for i, row in enumerate(key_rows):
                    out.append((row, SPEAKER, (x, y + i * line_h), px))
                for i, row in enumerate(does_rows):
                    out.append((row, TEXT, (x + keys_w + gap, y + i * line_h), px))
                y += height + int(px * 0.35)
        return out
