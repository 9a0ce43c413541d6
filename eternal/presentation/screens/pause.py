"""Esc during the night: resume, save, load, settings, back to the title, quit, on a card beside the held memory."""

from __future__ import annotations

import pygame

from eternal.presentation.navigation import NewNight, Pop, Push, Quit, Request, ToTitle
from eternal.presentation.palette import TEXT, TEXT_DIM
from eternal.presentation.screens.base import MenuScreen
from eternal.presentation.screens.settings_screen import SettingsScreen
from eternal.presentation.screens.slots import SlotsScreen
from eternal.presentation.ui_text import ui
from eternal.presentation.voice import speak_menu, sentences
from eternal.presentation.widgets import Item, Menu, card, elide, panel


class PauseScreen(MenuScreen):
    opaque = False

    def __init__(self, services) -> None:
        super().__init__(services)
        s = services
        self._shade: dict = {}
        self._cache: dict = {}
        t = lambda key: (lambda: ui(s.settings.language, key))  # noqa: E731
        items = [Item(t("resume"), lambda step: self.ask(Pop()))]
        if s.saves:
            items += [Item(t("save"), lambda step: self._slots(True)), Item(t("load"), lambda step: self._slots(False))]
        self.armed = False  # New night was pressed once: the next press starts it, anything else disarms it
        new = lambda: ui(s.settings.language, "new_confirm" if self.armed else "new")  # noqa: E731
        items += [Item(new, lambda step: self._new(step), also=t("new_confirm")),
                  Item(t("settings"), lambda step: self._settings()),
                  Item(t("to_title"), lambda step: self.ask(ToTitle()))]
        if not s.options.kiosk:
            items.append(Item(t("quit"), lambda step: self.ask(Quit())))
        self.menu = Menu(items, on_move=lambda: s.cue("move"))
        self.new_index = next(i for i, item in enumerate(items) if item.label is new)
        self.menu.selected = 0  # it opens on Resume, always

    # New night wipes the place a player was at from view: it asks once more, and only a second press starts it
    def act(self, action: str) -> Request | None:
        request = super().act(action)
        self._disarm_unless_on_new()
        return request

    def click(self, pos: tuple[int, int]) -> Request | None:
        request = super().click(pos)
        self._disarm_unless_on_new()
        return request

    def hover(self, pos: tuple[int, int]) -> None:
        super().hover(pos)
        self._disarm_unless_on_new()

    def _disarm_unless_on_new(self) -> None:
        if self.menu.selected != self.new_index:
            self.armed = False

    def _away(self) -> None:
        """Another screen goes on top: back here, the menu stands on Resume again, New night unasked."""
        self.menu.selected = 0
        self.armed = False

    def _slots(self, saving: bool) -> None:
        self.ask(Push(SlotsScreen(self.services, saving=saving)))
        self._away()

    def _new(self, step: int) -> None:
        if step != 0:
            return
        if not self.armed:
            self.armed = True
            self.services.cue("move")
            return
        self.armed = False
        self.ask(NewNight(save_left=True))  # the night being left stays loadable

    def _settings(self) -> None:
        self.ask(Push(SettingsScreen(self.services)))
        self._away()

    def render(self, canvas: pygame.Surface) -> None:
        w, h = canvas.get_size()
        s = self.services
        lang = s.settings.language
        # The memory stays in view, dimmed; the menu stands on a card of its own, never on the text box's words.
        panel(canvas, self._shade, alpha=165)
        scale = s.settings.text_scale
        side = pygame.Rect(int(w * 0.05), int(h * 0.06), int(w * min(0.5, 0.32 + 0.18 * (scale - 1))), int(h * 0.88))
        x = side.x + int(side.width * 0.08)
        inner = side.inflate(-int(side.width * 0.08), 0)
        head_px, where_px = self.px(0.055), self.px(0.022)
        top = side.y + int(h * 0.04) + int(head_px * 1.2) + int(where_px * 1.3) + int(h * 0.04)
        px, tall = self.menu.measure(s.labels, self.px(0.04), inner.width, side.bottom - int(h * 0.03) - top)
        side.height = min(side.height, top - side.y + tall + int(h * 0.04))  # the card ends where its menu does
        card(canvas, side, self._cache, alpha=255)
        head = s.text.draw_text(canvas, ui(lang, "paused"), (x, side.y + int(h * 0.04)), head_px, TEXT)
        night = s.session.night
        where = ""
        if night is not None:
            where = ui(lang, "pause_where").format(title=night.scene.title.get(lang))
            where = elide(s.labels.fonts.get(where_px, True), where, side.right - x - int(side.width * 0.04))
            s.labels.draw_text(canvas, where, (x, head.bottom + int(h * 0.008)), where_px, TEXT_DIM, italic=True)
        self.menu.render(canvas, s.labels, top, px, inner.width, left=inner.x, bottom=side.bottom)
        if s.view.in_front(self):
            speak_menu(s.voice, self, sentences([ui(lang, "paused"), where]), self.menu, lang)
