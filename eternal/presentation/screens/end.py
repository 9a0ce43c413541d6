"""After the last line: which ending, what was kept, what was lost."""

from __future__ import annotations

import pygame

from eternal.presentation.palette import TEXT, TEXT_DIM
from eternal.presentation.screens.base import Screen
from eternal.presentation.ui_text import ui


class EndScreen(Screen):
    def act(self, action: str) -> None:
        if action in ("advance", "back", "pause", "page_down") or action.startswith("pick:"):
            self.app.to_title(save=False)

    def click(self, pos) -> None:
        self.app.to_title(save=False)

    def render(self, canvas: pygame.Surface) -> None:
        app = self.app
        w, h = canvas.get_size()
        lang = app.settings.language
        canvas.fill((8, 8, 10))
        night = app.night
        if night is None:
            return
        title = app.story.scene(night.state.ending).title.get(lang) if night.state.ending else ""
        app.box.draw_text(canvas, ui(lang, "the_end"), (w // 2, int(h * 0.26)), self.px(0.04), TEXT_DIM, centre=True)
        app.box.draw_text(canvas, title, (w // 2, int(h * 0.38)), self.px(0.08), TEXT, centre=True)
        # Name only what he walked through and kept; what survived unseen is only counted.
        kept = [app.story.memories[m].title.get(lang) for m in night.kept()]
        unseen = len(night.survived()) - len(kept)
        summary = f"{len(kept)} {ui(lang, 'kept')} · {len(night.state.erased)} {ui(lang, 'erased')}"
        if unseen:
            summary += f" · {unseen} {ui(lang, 'unseen')}"
        app.ui_box.draw_text(canvas, summary, (w // 2, int(h * 0.5)), self.px(0.03), TEXT_DIM, centre=True)
        px, row = self.px(0.026), self.px(0.034)
        top, bottom = int(h * 0.57), int(h * 0.86)
        per_column = max(1, (bottom - top) // row)
        columns = min(3, -(-len(kept) // per_column)) if kept else 1
        shown = kept[: per_column * columns]
        for i, name in enumerate(shown):
            column, r = divmod(i, per_column)
            x = w // 2 + int((column - (columns - 1) / 2) * w * 0.3)
            app.box.draw_text(canvas, name, (x, top + r * row), px, TEXT_DIM, italic=True, centre=True)
        app.ui_box.draw_text(canvas, ui(lang, "end_hint"), (w // 2, int(h * 0.92)), self.px(0.024), TEXT_DIM, centre=True)
