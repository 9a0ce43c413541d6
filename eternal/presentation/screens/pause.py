"""Esc during the night: resume, save, load, settings, back to the title, quit."""

from __future__ import annotations

import pygame

from eternal.presentation.palette import TEXT
from eternal.presentation.screens.base import MenuScreen
from eternal.presentation.ui_text import ui
from eternal.presentation.widgets import Item, Menu, panel


class PauseScreen(MenuScreen):
    opaque = False

    def __init__(self, app) -> None:
        super().__init__(app)
        self._shade: dict = {}
        t = lambda key: (lambda: ui(app.settings.language, key))  # noqa: E731
        items = [Item(t("resume"), lambda step: app.pop())]
        if app.saves_enabled:
            items += [Item(t("save"), lambda step: self._slots(True)), Item(t("load"), lambda step: self._slots(False))]
        items += [Item(t("new"), lambda step: self._new()), Item(t("settings"), lambda step: self._settings()),
                  Item(t("to_title"), lambda step: app.to_title())]
        if not app.kiosk:
            items.append(Item(t("quit"), lambda step: app.quit()))
        self.menu = Menu(items, on_move=lambda: app.audio.play("ui_move"))

    def _slots(self, saving: bool) -> None:
        from eternal.presentation.screens.slots import SlotsScreen

        self.app.push(SlotsScreen(self.app, saving=saving))

    def _new(self) -> None:
        from eternal.model.night import Night

        self.app.autosave()  # the night being left stays loadable
        self.app.start_night(Night.new(self.app.story, self.app.seed))

    def _settings(self) -> None:
        from eternal.presentation.screens.settings_screen import SettingsScreen

        self.app.push(SettingsScreen(self.app))

    def render(self, canvas: pygame.Surface) -> None:
        w, h = canvas.get_size()
        panel(canvas, self._shade)
        self.app.ui_box.draw_text(canvas, ui(self.app.settings.language, "paused"), (w // 2, int(h * 0.2)), self.px(0.06), TEXT, centre=True)
        self.menu.render(canvas, self.app.ui_box, int(h * 0.32), self.px(0.042), w // 3)
