"""The title: continue, a new night, load, settings, quit. A new player reaches the first line in two presses."""

from __future__ import annotations

import pygame

from eternal.model.night import Night
from eternal.persistence.saves import newest_save
from eternal.presentation.palette import SPEAKER, TEXT, TEXT_DIM
from eternal.presentation.screens.base import MenuScreen, menu_action
from eternal.presentation.ui_text import ui
from eternal.presentation.widgets import Item, Menu


ATTRACT_AFTER = 8.0  # kiosk: seconds of nobody at the keys before the title starts playing memories
ATTRACT_EACH = 9.0  # seconds each memory takes to dissolve in the attract loop


class TitleScreen(MenuScreen):
    def __init__(self, app, notice: str = "") -> None:
        super().__init__(app)
        self.notice = notice
        self.menu = Menu([], on_move=lambda: app.audio.play("ui_move"))
        self.refresh()

    def _attract(self, canvas: pygame.Surface, t: float) -> None:
        """While nobody is at the keys: the night's memories dissolve one after another by themselves."""
        app = self.app
        w, h = canvas.get_size()
        order = app.story.erase_order
        memory = app.story.memories[order[int(t / ATTRACT_EACH) % len(order)]]
        level = (t % ATTRACT_EACH) / ATTRACT_EACH * 0.95
        app.painter.render(canvas, memory, level, t, app.settings.reduce_motion)
        app.veil(canvas, 0.3)
        lang = app.settings.language
        app.box.draw_text(canvas, app.story.title.get(lang), (w // 2, int(h * 0.42)), max(24, int(h * 0.12)), TEXT, centre=True)
        app.ui_box.draw_text(canvas, ui(lang, "attract_hint"), (w // 2, int(h * 0.62)), self.px(0.03), SPEAKER, centre=True,
                             backing=True)

    def refresh(self) -> None:
        app = self.app
        lang = lambda key: (lambda: ui(app.settings.language, key))  # noqa: E731
        items = []
        if newest_save(app.home, unfinished=True) is not None and app.saves_enabled:
            items.append(Item(lang("continue"), lambda step: self.resume()))
        items.append(Item(lang("new"), lambda step: app.start_night(Night.new(app.story, app.seed))))
        if app.saves_enabled:
            items.append(Item(lang("load"), lambda step: self._load()))
        items.append(Item(lang("settings"), lambda step: self._settings()))
        if not app.kiosk:
            items.append(Item(lang("quit"), lambda step: app.quit()))
        self.menu.items = items
        self.menu.selected = 0

    def resume(self) -> None:
        notice = self.app.resume_newest()
        if notice:
            self.notice = notice

    def _load(self) -> None:
        from eternal.presentation.screens.slots import SlotsScreen

        self.app.push(SlotsScreen(self.app, saving=False))

    def _settings(self) -> None:
        from eternal.presentation.screens.settings_screen import SettingsScreen

        self.app.push(SettingsScreen(self.app))

    def act(self, action: str) -> None:
        if self.app.kiosk and self.app.idle_before_input >= ATTRACT_AFTER:
            return  # the press that wakes the attract loop only wakes it
        if action == "new":
            self.app.start_night(Night.new(self.app.story, self.app.seed))
        elif action == "continue":
            self.resume()
        elif action in ("back", "quit") and not self.app.kiosk:
            self.app.quit()
        else:
            self.menu.act(menu_action(action))

    def render(self, canvas: pygame.Surface) -> None:
        app = self.app
        w, h = canvas.get_size()
        lang = app.settings.language
        idle = app.time - app.last_input
        if app.kiosk and idle >= ATTRACT_AFTER and app.story.erase_order:
            self._attract(canvas, idle - ATTRACT_AFTER)
            return
        canvas.fill((10, 12, 16))
        app.box.draw_text(canvas, app.story.title.get(lang), (w // 2, int(h * 0.24)), max(24, int(h * 0.11)), TEXT, centre=True)
        self.menu.render(canvas, app.ui_box, int(h * 0.42), self.px(0.042), w // 3)
        app.ui_box.draw_text(canvas, ui(lang, "title_hint"), (w // 2, int(h * 0.92)), self.px(0.024), TEXT_DIM, centre=True)
        if self.notice:
            app.ui_box.draw_text(canvas, self.notice, (w // 2, int(h * 0.36)), self.px(0.026), SPEAKER, centre=True)
