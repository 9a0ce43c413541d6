"""The backlog: everything read this night, scrollable (wheel, arrows, Page Up/Down); Esc, H or B closes it."""

from __future__ import annotations

import pygame

from eternal.model import line_ids
from eternal.model.history import backlog
from eternal.presentation.navigation import Pop, Request
from eternal.presentation.palette import BOX, SPEAKER, TEXT, TEXT_DIM
from eternal.presentation.screens.base import Screen
from eternal.presentation.textbox import letter_loss, wrap
from eternal.presentation.ui_text import ui
from eternal.presentation.voice import sentences
from eternal.presentation.widgets import card


class HistoryScreen(Screen):
    opaque = True  # a full page: nothing underneath may show through the text

    def __init__(self, services) -> None:
        super().__init__(services)
        self.scroll = 0  # rows up from the newest
        self.rows: list[tuple[str, tuple, str, float]] = []  # as laid out last: text, colour, line id, letters lost
        self._key = None
        self._cache: dict = {}

    def _layout(self, width: int, px: int) -> list[tuple[str, tuple, str, float]]:
        night = self.services.session.night
        settings = self.services.settings
        lang = settings.language
        whole = settings.high_contrast  # high contrast keeps every word whole, here too
        key = (len(night.state.read), width, px, lang, whole, tuple(night.state.erased))
        if key != self._key:
            font = self.services.fonts.get(px)
            rows: list[tuple[str, tuple, str, float]] = []
            for entry in backlog(night.story, night.state.read):
                who = night.story.characters.get(entry.who) if entry.who else None
                if who:
                    rows.append((who.get(lang), SPEAKER, "", 0.0))
                text = ("→ " + entry.text.get(lang)) if entry.picked else entry.text.get(lang)
                # What the erasure has reached fades here too: letters of read lines go as their memory goes.
                loss = 0.0 if whole else letter_loss(night.level(line_ids.scene_of(entry.id)))
                for i, line in enumerate(wrap(font, text, width)):
                    rows.append((line, TEXT_DIM if entry.picked else TEXT, f"{entry.id}#{i}", loss))
                rows.append(("", TEXT, "", 0.0))
            self.rows = rows
            self._key = key
        return self.rows

    def act(self, action: str) -> Request | None:
        if action in ("back", "history", "pause", "advance"):
            return Pop()
        if action in ("up", "page_up", "rollback"):  # rollback: a pad's LB, back a line in the night
            self.scroll += 8 if action == "page_up" else 1
        elif action in ("down", "page_down"):
            if self.scroll == 0 and action == "page_down":
                return Pop()
            self.scroll = max(0, self.scroll - (1 if action == "down" else 8))
        return None

    def wheel(self, dy: int) -> Request | None:
        self.scroll = max(0, self.scroll + dy * 2)
        return None

    def click(self, pos) -> Request | None:
        return Pop()

    def needs_redraw(self) -> bool:
        return False  # a page of what was read: it changes only when the player scrolls, and input redraws

    def _speak(self, shown: list[tuple[str, tuple, str, float]], lang: str) -> None:
        """Self-voicing: opened, the title and the newest entry on the page; scrolled, the entry at its top."""
        entries: list[list[str]] = [[]]
        for text, colour, _, _ in shown:
            if not text:
                entries.append([])
            else:  # a name ends where its line starts; a line's wrapped rows run on
                entries[-1].append(text + ":" if colour == SPEAKER else text)
        entries = [e for e in entries if e]
        voice = self.services.voice
        opened = voice.front(self)
        if entries and voice.new("page", self.scroll):
            entry = " ".join(entries[-1] if opened else entries[0])
            voice.say(sentences([ui(lang, "history_title"), entry]) if opened else entry, lang)
        elif opened:
            voice.say(ui(lang, "history_title"), lang)

    def render(self, canvas: pygame.Surface) -> None:
        w, h = canvas.get_size()
        canvas.fill(BOX)
        # the same page as the settings and the saves: a heading, and what was read on a card below it
        card(canvas, pygame.Rect(int(w * 0.04), int(h * 0.1), int(w * 0.92), int(h * 0.82)), self._cache, alpha=255)
        px = self.px(0.03)
        rows = self._layout(int(w * 0.8), px)
        line_h = int(px * 1.3)
        visible = max(1, int(h * 0.78) // line_h)
        self.scroll = min(self.scroll, max(0, len(rows) - visible))
        end = len(rows) - self.scroll
        start = max(0, end - visible)
        y = int(h * 0.12)
        box = self.services.text
        for text, colour, line_id, loss in rows[start:end]:
            if text:
                box.draw_text(canvas, text, (int(w * 0.1), y), px, colour, loss=loss, loss_id=line_id)
            y += line_h
        lang = self.services.settings.language
        self.services.labels.draw_text(canvas, ui(lang, "history_title"), (int(w * 0.05), int(h * 0.02)), max(16, int(h * 0.05)),
                                  TEXT)
        if self.services.view.in_front(self):
            self._speak(rows[start:end], lang)
        self.services.labels.draw_text(canvas, ui(lang, "history_hint"), (w // 2, int(h * 0.96)), self.px(0.022), TEXT_DIM,
                                  centre=True)
