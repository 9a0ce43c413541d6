"""Settings, remembered between runs: language, display, volumes, text, accessibility."""

from __future__ import annotations

import pygame

from eternal.presentation.palette import BOX, TEXT
from eternal.presentation.screens.base import MenuScreen
from eternal.presentation.ui_text import ui
from eternal.presentation.widgets import Item, Menu

SPEEDS = [(20.0, "slow"), (45.0, "normal"), (90.0, "fast"), (1000.0, "instant")]


def _step(value: float, options: list[float], step: int) -> float:
    nearest = min(range(len(options)), key=lambda i: abs(options[i] - value))
    return options[max(0, min(len(options) - 1, nearest + step))]


class SettingsScreen(MenuScreen):
    opaque = True  # a full page: nothing underneath may show through the text

    def __init__(self, app) -> None:
        super().__init__(app)
        s = app.settings
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
            if step == 0 and s.text_speed == SPEEDS[-1][0]:
                pass
            self._changed("text_speed")

        def delay(step):
            s.auto_delay = _step(s.auto_delay, [1.0, 1.5, 2.5, 4.0, 6.0], step or 1)
            self._changed("auto_delay")

        def scale(step):
            s.text_scale = _step(s.text_scale, [1.0, 1.25, 1.5, 1.75, 2.0], step or 1)
            self._changed("text_scale")

        def language(step):
            app.set_language("de" if s.language == "en" else "en")
            self._changed("language")

        def fullscreen(step):
            app.toggle_fullscreen()
            self._changed("fullscreen")

        speed_name = lambda: t(min(SPEEDS, key=lambda p: abs(p[0] - s.text_speed))[1])  # noqa: E731
        items = [
            Item(lambda: f"{t('language')}: {t('lang_name')}", language, True),
            Item(lambda: f"{t('fullscreen')}: {on(app.fullscreen)}", fullscreen, True),
            Item(lambda: f"{t('master_volume')}: {pct(s.master_volume)}", volume("master_volume"), True),
            Item(lambda: f"{t('music_volume')}: {pct(s.music_volume)}", volume("music_volume"), True),
            Item(lambda: f"{t('effects_volume')}: {pct(s.effects_volume)}", volume("effects_volume"), True),
            Item(lambda: f"{t('text_speed')}: {speed_name()}", speed, True),
            Item(lambda: f"{t('auto_advance')}: {on(s.auto_advance)}", toggle("auto_advance"), True),
            Item(lambda: f"{t('auto_delay')}: {s.auto_delay:g} s", delay, True),
            Item(lambda: f"{t('text_size')}: {pct(s.text_scale)}", scale, True),
            Item(lambda: f"{t('high_contrast')}: {on(s.high_contrast)}", toggle("high_contrast"), True),
            Item(lambda: f"{t('reduce_motion')}: {on(s.reduce_motion)}", toggle("reduce_motion"), True),
            Item(lambda: f"{t('map_always')}: {on(s.always_show_map)}", toggle("always_show_map"), True),
            Item(lambda: t("back"), lambda step: app.pop()),
        ]
        self.menu = Menu(items, on_move=lambda: app.audio.play("ui_move"))

    def _changed(self, name: str) -> None:
        self.app.settings.clamp()
        self.app.save_settings()
        self.app.audio.play("ui_pick")
        if name == "always_show_map":
            play = self.app.play_screen()
            if play is not None:
                play.map_open = self.app.settings.always_show_map

    def render(self, canvas: pygame.Surface) -> None:
        w, h = canvas.get_size()
        canvas.fill(BOX)
        self.app.ui_box.draw_text(canvas, ui(self.app.settings.language, "settings"), (w // 2, int(h * 0.07)),
                                  max(16, int(h * 0.05)), TEXT, centre=True)
        # the settings list keeps its own size so that a 200 % text setting cannot push it off the screen
        px = max(11, int(h * 0.028))
        self.menu.render(canvas, self.app.ui_box, int(h * 0.13), px, int(w * 0.6))
