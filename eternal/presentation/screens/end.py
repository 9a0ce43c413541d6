"""After the last line: which ending, what was kept, what was lost, on a card over the ending's own picture."""

from __future__ import annotations

import pygame

from eternal.model.story import Memory
from eternal.presentation.navigation import Request, ToTitle
from eternal.presentation.palette import SPEAKER, TEXT, TEXT_DIM
from eternal.presentation.screens.base import Screen
from eternal.presentation.ui_text import ui
from eternal.presentation.voice import sentences
from eternal.presentation.widgets import card, elide
from eternal.strings import count_text

FADE_UP = 1.2  # seconds the card takes to come up over the last picture


def end_summary(lang: str, kept: int, erased: int, unseen: int) -> str:
    """The end card's count of what the night left, each word in its singular or plural form ("1 kept · 2 erased");
    what survived unseen is named only when there is some."""
    parts = [count_text(lang, "kept", kept), count_text(lang, "erased", erased)]
    if unseen:
        parts.append(count_text(lang, "unseen", unseen))
    return " · ".join(parts)


class EndScreen(Screen):
    def __init__(self, services) -> None:
        super().__init__(services)
        self.born = services.clock.time
        self.laid_out: list[pygame.Rect] = []  # every piece of text as drawn last (the fit tests read it)
        self.words: list[str] = []  # and what each said (self-voicing reads the card from it)
        self._cache: dict = {}
        self._dry = False  # measuring the card's lines, not drawing them

    def act(self, action: str) -> Request | None:
        if action in ("advance", "back", "pause", "page_down") or action.startswith("pick:"):
            return ToTitle(save=False)
        return None

    def click(self, pos) -> Request | None:
        return ToTitle(save=False)

    def needs_redraw(self) -> bool:
        return self.services.clock.time - self.born < FADE_UP

    def render(self, canvas: pygame.Surface) -> None:
        app = self.services
        w, h = canvas.get_size()
        lang = app.settings.language
        night = app.session.night
        self.laid_out = []
        if night is None:
            canvas.fill((8, 8, 10))
            return
        scene = app.story.scene(night.state.ending) if night.state.ending else None
        if scene is not None and scene.art:
            level = night.level() if isinstance(scene, Memory) else 0.0
            app.painter.render(canvas, scene, level, 0.0, app.settings.reduce_motion)  # held at one moment
            app.view.veil(canvas, 0.55)
        else:
            canvas.fill((8, 8, 10))
        age = app.clock.time - self.born
        title = scene.title.get(lang) if scene is not None else ""
        area = pygame.Rect(0, 0, int(w * 0.8), int(h * 0.86))
        area.center = (w // 2, h // 2)
        # measured first, then drawn: the card is as tall as what it says, and the last picture shows around it
        self._dry = True
        used = self._text(canvas, area, title)
        self._dry = False
        hint_px = self._hint_px(h)
        area.height = min(area.height, used - area.top + int(h * 0.05) + int(hint_px * 1.3) + int(area.height * 0.05))
        area.center = (w // 2, h // 2)
        self.laid_out, self.words = [], []
        card(canvas, area, self._cache, alpha=int(215 * min(1.0, 0.4 + age / FADE_UP)))
        self._text(canvas, area, title)
        if app.view.in_front(self):  # the card as drawn, said once
            app.voice.front(self)
            if app.voice.new("card", tuple(self.words)):
                app.voice.say(sentences(self.words), lang)

    def _hint_px(self, h: int) -> int:
        return max(11, int(h * 0.024 * self.services.settings.text_scale))

    def _put(self, canvas: pygame.Surface, text: str, y: int, px: int, colour, box, area: pygame.Rect,
             italic: bool = False, x: int | None = None, width: int | None = None) -> pygame.Rect:
        """One centred line, cut to the card's width; its rect is remembered."""
        room = width or area.width - 2 * max(8, area.width // 20)
        font = box.fonts.get(px, italic)
        if font.size(text)[0] > room and px > 11:  # a long name gets smaller before it gets cut
            px = max(11, int(px * room / font.size(text)[0]))
            font = box.fonts.get(px, italic)
        text = elide(font, text, room)
        centre = (x if x is not None else area.centerx, y + font.get_height() // 2)
        if self._dry:
            rect = pygame.Rect((0, 0), font.size(text))
            rect.center = centre
        else:
            rect = box.draw_text(canvas, text, centre, px, colour, italic=italic, centre=True)
        self.laid_out.append(rect)
        if not self._dry:
            self.words.append(text)
        return rect

    def _text(self, canvas: pygame.Surface, area: pygame.Rect, title: str) -> int:
        """The card's lines; returns where the last line above the hint ends."""
        app = self.services
        lang = app.settings.language
        night = app.session.night
        h = canvas.get_height()
        scale = app.settings.text_scale
        # the card's lines shrink together when the text size asks for more than the card holds
        shrink = 1.0
        room = h * 0.86  # measured against the largest card, so measuring and drawing agree
        need = (0.04 + 0.08 + 0.03 + 0.024) * 1.35 * scale * h + 0.2 * room
        if need > room:
            shrink = room / need
        px = lambda share: max(11, int(h * share * scale * shrink))  # noqa: E731
        y = area.y + int(h * 0.06)
        r = self._put(canvas, ui(lang, "the_end"), y, px(0.04), TEXT_DIM, app.text, area)
        r = self._put(canvas, title, r.bottom + int(h * 0.015), px(0.08), TEXT, app.text, area)
        # Name only what he walked through and kept; what survived unseen is only counted.
        kept = [app.story.memories[m].title.get(lang) for m in night.kept()]
        unseen = len(night.survived()) - len(kept)
        summary = end_summary(lang, len(kept), len(night.state.erased), unseen)
        r = self._put(canvas, summary, r.bottom + int(h * 0.02), px(0.03), SPEAKER, app.labels, area)
        hint_px = max(11, int(self._hint_px(h) * shrink))
        hint_top = area.bottom - int(hint_px * 1.3) - int(area.height * 0.05)
        top = r.bottom + int(h * 0.03)
        # one size for every name, the largest at which all of them fit (down to a floor; then the list is cut)
        name_px = px(0.026)
        floor = max(11, int(name_px * 0.6))
        while True:
            row = int(name_px * 1.35)
            per_column = max(1, (hint_top - int(h * 0.02) - top) // row)
            columns = min(3, -(-len(kept) // per_column)) if kept else 1
            column_w = int(area.width * 0.9 / columns)
            font = app.text.fonts.get(name_px, True)
            if name_px <= floor or (len(kept) <= per_column * columns
                                    and all(font.size(k)[0] <= column_w - name_px for k in kept)):
                break
            name_px -= 1
        shown = kept[: per_column * columns]
        if len(kept) > len(shown):
            shown[-1] = "…"
        bottom = r.bottom
        for i, name in enumerate(shown):
            column, k = divmod(i, per_column)
            x = area.centerx + int((column - (columns - 1) / 2) * column_w)
            bottom = max(bottom, self._put(canvas, name, top + k * row, name_px, TEXT_DIM, app.text, area, italic=True,
                                           x=x, width=column_w - name_px).bottom)
        self._put(canvas, ui(lang, "end_hint"), hint_top, hint_px, TEXT_DIM, app.labels, area)
        return bottom
