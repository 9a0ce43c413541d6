"""Settings, remembered between runs: language, display, volumes, text, accessibility."""

from __future__ import annotations

import pygame

from eternal.presentation.navigation import NextLanguage, Pop, SettingChanged, ToggleFullscreen
from eternal.presentation.palette import BOX, BOX_ALPHA, SPEAKER, TEXT
from eternal.presentation.screens.backdrop import title_scene
from eternal.presentation.screens.base import MenuScreen
from eternal.presentation.textbox import wrap
from eternal.presentation.ui_text import language_name, ui
from eternal.presentation.voice import speak_menu
from eternal.presentation.widgets import CARD_EDGE, Item, Menu, card, elide, still


SPEEDS = [(20.0, "slow"), (45.0, "normal"), (90.0, "fast"), (1000.0, "instant")]


def _step(value: float, options: list[float], step: int) -> float:
    nearest = min(range(len(options)), key=lambda i: abs(options[i] - value))
    return options[max(0, min(len(options) - 1, nearest + step))]


class SettingsScreen(MenuScreen):
    opaque = True  # a full page: nothing underneath may show through the text

    def __init__(self, services) -> None:
        super().__init__(services)
        s = services.settings
        t = lambda key: ui(s.language, key)  # noqa: E731
        on = lambda flag: t("on") if flag else t("off")  # noqa: E731
        pct = lambda v: f"{int(round(v * 100))} %"  # noqa: E731

        def toggle(name):
            def act(step):
                setattr(s, name, not getattr(s, name))
                self._changed(name)
            return act

        def volume(name):
            def act(step):
                setattr(s, name, round(min(1.0, max(0.0, getattr(s, name) + 0.1 * (step or 1))), 2))
                self._changed(name)
            return act

        def speed(step):
            s.text_speed = _step(s.text_speed, [v for v, _ in SPEEDS], step or 1)
            self._changed("text_speed")

        def delay(step):
            s.auto_delay = _step(s.auto_delay, [1.0, 1.5, 2.5, 4.0, 6.0], step or 1)
            self._changed("auto_delay")

        def scale(step):
            s.text_scale = _step(s.text_scale, [1.0, 1.25, 1.5, 1.75, 2.0], step or 1)
            self._changed("text_scale")

        def language(step):
            self._changed("language", NextLanguage())

        def fullscreen(step):
            self._changed("fullscreen", ToggleFullscreen())

        def voicing(step):
            self._changed("self_voicing", services.voice.toggle())

        speed_name = lambda: t(min(SPEEDS, key=lambda p: abs(p[0] - s.text_speed))[1])  # noqa: E731
        group = lambda key: (lambda: t(key))  # noqa: E731
        items = [
            Item(lambda: f"{t('language')}: {language_name(s.language)}", language, True, group("group_display")),
            Item(lambda: f"{t('fullscreen')}: {on(s.fullscreen)}", fullscreen, True),
            Item(lambda: f"{t('master_volume')}: {pct(s.master_volume)}", volume("master_volume"), True, group("group_sound")),
            Item(lambda: f"{t('music_volume')}: {pct(s.music_volume)}", volume("music_volume"), True),
            Item(lambda: f"{t('effects_volume')}: {pct(s.effects_volume)}", volume("effects_volume"), True),
            Item(lambda: f"{t('text_speed')}: {speed_name()}", speed, True, group("group_text")),
            Item(lambda: f"{t('auto_advance')}: {on(s.auto_advance)}", toggle("auto_advance"), True),
            Item(lambda: f"{t('auto_delay')}: {s.auto_delay:g} s", delay, True),
            Item(lambda: f"{t('text_size')}: {pct(s.text_scale)}", scale, True),
            Item(lambda: f"{t('high_contrast')}: {on(s.high_contrast)}", toggle("high_contrast"), True, group("group_access")),
            Item(lambda: f"{t('reduce_motion')}: {on(s.reduce_motion)}", toggle("reduce_motion"), True),
            Item(lambda: f"{t('map_always')}: {on(s.always_show_map)}", toggle("always_show_map"), True),
            Item(lambda: f"{t('self_voicing')}: {on(s.self_voicing)}", voicing, True),
            Item(lambda: t("back"), lambda step: self.ask(Pop())),
        ]
        self.menu = Menu(items, on_move=lambda: services.cue("move"))
        self._cache: dict = {}
        self._typed_from = services.clock.time  # the preview line starts typing again when a setting changes
        self._typing = True
        # the preview's column, where its text box stood last, and where that box's lines were set
        self.preview_area = self.preview_box = pygame.Rect(0, 0, 0, 0)
        self.preview_ink: list[pygame.Rect] = []

    def _changed(self, name: str, request=None) -> None:
        """A row was changed: the game keeps it (and first does what `request` asks: a language, the display)."""
        s = self.services
        s.settings.clamp()
        s.cue("pick")
        self._typed_from = s.clock.time
        self.ask(request or SettingChanged(name))

    def render(self, canvas: pygame.Surface) -> None:
        app = self.services
        w, h = canvas.get_size()
        canvas.fill(BOX)
        lang = app.settings.language
        app.labels.draw_text(canvas, ui(lang, "settings"), (int(w * 0.05), int(h * 0.04)), max(16, int(h * 0.05)), TEXT)
        column = pygame.Rect(int(w * 0.04), int(h * 0.13), int(w * 0.5), int(h * 0.84))
        card(canvas, column.inflate(int(w * 0.01), int(h * 0.02)), self._cache, alpha=255)
        # the list keeps about its own size at every text size (it shrinks to fit); the preview shows the text size
        self.menu.render(canvas, app.labels, column.top, max(11, int(h * 0.03)), column.width - int(w * 0.01),
                         left=column.left + int(w * 0.005), bottom=column.bottom)
        if app.view.in_front(self):
            speak_menu(app.voice, self, ui(lang, "settings"), self.menu, lang)
        self._preview(canvas, pygame.Rect(int(w * 0.57), int(h * 0.13), int(w * 0.39), int(h * 0.84)))

    def _preview(self, canvas: pygame.Surface, area: pygame.Rect) -> None:
        """The text box as the night will show it: at the chosen size (true to scale), speed and contrast, typing
        a sample line over the title's picture (typed again after every change)."""
        app = self.services
        s = app.settings
        lang = s.language
        w, h = canvas.get_size()
        app.labels.draw_text(canvas, ui(lang, "preview").upper(), (area.x, area.y), max(11, int(h * 0.022)), SPEAKER)
        frame = pygame.Rect(area.x, area.y + int(h * 0.045), area.width, int(area.width * 9 / 16))
        canvas.blit(still(app.art, title_scene(app.story), frame.size, self._cache), frame.topleft)
        pygame.draw.rect(canvas, (92, 84, 70), frame, 1)
        lay = app.text.layout((w, h), s.text_scale)  # the real box's text size: the preview is true to scale
        px, pad = lay.font_px, lay.pad
        font = app.fonts.get(px)
        text = ui(lang, "preview_line")
        rows = wrap(font, text, frame.width - 2 * pad)
        line_h = lay.line_h
        # the box stands over the picture's foot as in the night; when the text is large it rises over the picture,
        # and what still does not fit is cut at a line's end with an ellipsis: the box never leaves its column
        room = pygame.Rect(area.x, area.y, area.width, area.bottom - area.y)
        fits = max(1, (room.bottom - frame.y - 2 * pad) // line_h)
        if len(rows) > fits:
            rows = rows[:fits]
            rows[-1] = elide(font, rows[-1] + " …", frame.width - 2 * pad)
        tall = 2 * pad + len(rows) * line_h
        box = pygame.Rect(frame.x, max(frame.y, min(frame.y + int(frame.height * 0.6), room.bottom - tall)),
                          frame.width, tall)
        self.preview_area, self.preview_box = room, box
        self.preview_ink = [pygame.Rect((box.x + pad, box.y + pad + i * line_h), font.size(row))
                            for i, row in enumerate(rows)]
        shade = self._cache.get(("shade", box.size, s.high_contrast))
        if shade is None:
            shade = self._cache[("shade", box.size, s.high_contrast)] = pygame.Surface(box.size, pygame.SRCALPHA)
            shade.fill(BOX + ((255 if s.high_contrast else BOX_ALPHA),))
        clip = canvas.get_clip()
        canvas.set_clip(room)
        canvas.blit(shade, box.topleft)
        pygame.draw.rect(canvas, CARD_EDGE, box, 1)  # the box's edge: below the picture it stands on the page
        shown = (app.clock.time - self._typed_from) * s.text_speed
        self._typing = shown < len(text)
        y = box.y + pad
        for row in rows:
            if shown <= 0:
                break
            surface = self._cache.get(("row", row, px))
            if surface is None:
                surface = self._cache[("row", row, px)] = font.render(row, True, TEXT)
            width = surface.get_width() if shown >= len(row) else font.size(row[: int(shown)])[0]
            canvas.blit(surface, (box.x + pad, y), (0, 0, width, surface.get_height()))
            shown -= len(row) + 1
            y += line_h
        canvas.set_clip(clip)

    def needs_redraw(self) -> bool:
        return self._typing  # the preview types its line once after each change, then the page stands still
