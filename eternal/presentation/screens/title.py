"""The title: continue, a new night, load, settings, quit, over a memory half dissolved that slowly breathes. After a
few idle seconds the night's memories dissolve one after another behind the menu. A new player reaches the first line
in two presses."""

from __future__ import annotations

import math

import pygame

from eternal.presentation.navigation import NewNight, Push, Quit, Request, Resume
from eternal.presentation.palette import SPEAKER, TEXT, TEXT_DIM
from eternal.presentation.screens.backdrop import title_scene
from eternal.presentation.screens.base import MenuScreen, menu_action
from eternal.presentation.screens.settings_screen import SettingsScreen
from eternal.presentation.screens.slots import SlotsScreen
from eternal.presentation.ui_text import ui
from eternal.presentation.voice import speak_menu
from eternal.presentation.widgets import Item, Menu, card, side_shade

ATTRACT_AFTER = 12.0  # seconds of nobody at the keys before the title starts playing memories behind the menu
ATTRACT_EACH = 9.0  # seconds each memory takes to dissolve in the attract loop
ATTRACT_DIP = 0.8  # seconds the picture takes to go dark and come up on the first memory of the loop
BREATH = 14.0  # seconds of one slow breath of the title picture (in and out of a little more erasure)
REST_LEVEL = 0.26  # how far the title picture is erased: half there, a memory already going
BREATH_DEPTH = 0.05
FADE_UP = 1.2  # seconds the title takes to come up out of the dark
MENU_DIM = 110  # how strongly the menu still shows over the attract loop (of 255)
DIMMED_CARD = 240  # how opaque the dimmed menu's card is (of 255)


def breathing_level(t: float, reduce_motion: bool) -> float:
    """The title picture's erasure at time `t`: a slow breath around the rest level (still with reduce motion)."""
    if reduce_motion:
        return REST_LEVEL
    return REST_LEVEL + BREATH_DEPTH * math.sin(2 * math.pi * t / BREATH)


def attract_strength(idle: float) -> float:
    """0 while someone is at the keys; 1 once the attract loop plays (the menu dims behind it)."""
    return max(0.0, min(1.0, (idle - ATTRACT_AFTER) / ATTRACT_DIP + 1.0)) if idle >= ATTRACT_AFTER - ATTRACT_DIP else 0.0


class TitleScreen(MenuScreen):
    def __init__(self, services, notice: str = "") -> None:
        super().__init__(services)
        self.notice = notice
        self.born = services.clock.time
        self.scene = title_scene(services.story)
        self.menu = Menu([], on_move=lambda: services.cue("move"))
        self._cache: dict = {}
        self._layer: pygame.Surface | None = None
        self.card_rect = pygame.Rect(0, 0, 0, 0)  # where the menu's card stood last
        self.refresh()

    def refresh(self) -> None:
        s = self.services
        lang = lambda key: (lambda: ui(s.settings.language, key))  # noqa: E731
        items = []
        if s.session.files.can_continue():
            items.append(Item(lang("continue"), lambda step: self.ask(Resume())))
        items.append(Item(lang("new"), lambda step: self.ask(NewNight())))
        if s.saves:
            items.append(Item(lang("load"), lambda step: self.ask(Push(SlotsScreen(s, saving=False)))))
        items.append(Item(lang("settings"), lambda step: self.ask(Push(SettingsScreen(s)))))
        if not s.options.kiosk:
            items.append(Item(lang("quit"), lambda step: self.ask(Quit())))
        self.menu.items = items
        self.menu.selected = 0

    def show_notice(self, text: str) -> None:
        self.notice = text

    def _woken(self) -> bool:
        """The press that ends the attract loop only wakes the menu: a passer-by's key starts nothing."""
        return self.services.clock.idle_before_input >= ATTRACT_AFTER

    def act(self, action: str) -> Request | None:
        if self._woken():
            return None
        if action == "new":
            return NewNight()
        if action == "continue":
            return Resume()
        if action in ("back", "quit"):
            return None if self.services.options.kiosk else Quit()
        self.menu.act(menu_action(action))
        return self.take_request()

    def click(self, pos: tuple[int, int]) -> Request | None:
        return None if self._woken() else super().click(pos)

    def needs_redraw(self) -> bool:
        return True  # the picture breathes and the attract loop plays: never a still page

    def redraw_rate(self) -> float | None:
        # a slow breath and a slow dissolve look the same at 24 frames a second; the fade up wants them all
        return None if self.services.clock.time - self.born < FADE_UP else 24.0

    # --- painting --------------------------------------------------------------------------------------------------

    def _backdrop(self, canvas: pygame.Surface, t: float, idle: float) -> float:
        """The picture behind the menu; returns how far the attract loop has taken over (0..1)."""
        s = self.services
        reduce = s.settings.reduce_motion
        order = s.story.erase_order
        strength = attract_strength(idle) if order else 0.0
        since = idle - ATTRACT_AFTER
        if strength > 0 and since >= 0:
            memory = s.story.memories[order[int(since / ATTRACT_EACH) % len(order)]]
            level = (since % ATTRACT_EACH) / ATTRACT_EACH * 0.95
            s.painter.render(canvas, memory, level, since, reduce)
            s.view.veil(canvas, 0.3 + 0.7 * max(0.0, 1 - since / ATTRACT_DIP))
        else:
            s.painter.render(canvas, self.scene, breathing_level(t, reduce), t, reduce)
            s.view.veil(canvas, strength)  # going dark before the loop begins
        age = s.clock.time - self.born
        if age < FADE_UP:
            s.view.veil(canvas, 1 - age / FADE_UP)
        return strength

    def _menu_area(self, w: int, h: int) -> pygame.Rect:
        scale = self.services.settings.text_scale
        width = int(w * min(0.46, 0.3 + 0.16 * (scale - 1)))
        return pygame.Rect(int(w * 0.07), int(h * 0.42), width, int(h * 0.44))

    def _draw_menu(self, canvas: pygame.Surface, area: pygame.Rect) -> None:
        def backing(rect: pygame.Rect) -> None:
            pad = max(6, self.menu.px // 2)
            self.card_rect = rect.inflate(2 * pad, 2 * pad)
            card(canvas, self.card_rect, self._cache, alpha=200)

        self.menu.render(canvas, self.services.labels, area.top, self.px(0.042), area.width, left=area.left,
                         bottom=area.bottom, before=backing)

    def render(self, canvas: pygame.Surface) -> None:
        s = self.services
        w, h = canvas.get_size()
        lang = s.settings.language
        t = s.clock.time
        idle = s.clock.idle
        strength = self._backdrop(canvas, t, idle)
        side_shade(canvas, self._cache)
        title_px = max(24, int(h * 0.12))
        left = int(w * 0.07)
        title = s.text.draw_text(canvas, s.story.title.get(lang), (left, int(h * 0.14)), title_px, TEXT)
        s.text.draw_text(canvas, ui(lang, "title_tagline", s.story), (left + title_px // 20, title.bottom + int(h * 0.01)),
                          self.px(0.026), TEXT_DIM, italic=True)
        area = self._menu_area(w, h)
        if strength > 0:
            self._draw_menu_dimmed(canvas, area, strength)
            if strength >= 1:
                s.labels.draw_text(canvas, ui(lang, "attract_hint"), (w // 2, int(h * 0.92)), self.px(0.03), SPEAKER,
                                     centre=True, backing=True)
        else:
            self._draw_menu(canvas, area)
            s.labels.draw_text(canvas, ui(lang, "title_hint"), (left, int(h * 0.94)), self.px(0.022), TEXT_DIM,
                                 backing=True)
        if self.notice:
            s.labels.draw_text(canvas, self.notice, (left, area.top - self.px(0.05)), self.px(0.026), SPEAKER,
                                 backing=True)
        if s.view.in_front(self):
            speak_menu(s.voice, self, s.story.title.get(lang), self.menu, lang, self.notice)

    def _draw_menu_dimmed(self, canvas: pygame.Surface, area: pygame.Rect, strength: float) -> None:
        """The menu at a fraction of its strength over the attract loop; its hit boxes stay where the menu stands."""
        w, h = canvas.get_size()
        if self._layer is None or self._layer.get_size() != (w, h):
            self._layer = pygame.Surface((w, h), pygame.SRCALPHA)
        layer = self._layer
        clip = area.inflate(area.width // 4, area.height // 4).clip(layer.get_rect())
        layer.fill((0, 0, 0, 0), clip)
        self._draw_menu(layer, area)
        # the card itself stays nearly opaque under the faded words: a bright patch of the memories playing behind
        # must never show through it like the bar of a chosen row
        card(canvas, self.card_rect, self._cache, alpha=DIMMED_CARD, edge=False)
        layer.set_alpha(int(255 - (255 - MENU_DIM) * strength))
        canvas.blit(layer, clip.topleft, clip)
