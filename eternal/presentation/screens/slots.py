"""Load and save: the autosave and six slots with the memory's name, the date and a thumbnail; bad files are listed
with the reason and never touched."""

from __future__ import annotations

import datetime as dt
import os
import tempfile

import pygame

from eternal.model.night import Night
from eternal.model.state import SaveError
from eternal.persistence.saves import SaveInfo, list_saves, saves_dir, write_save
from eternal.presentation.palette import BOX, SPEAKER, TEXT, TEXT_DIM
from eternal.presentation.screens.base import MenuScreen
from eternal.presentation.ui_text import ui
from eternal.presentation.widgets import Item, Menu

SLOTS = [f"slot{i}" for i in range(1, 7)]
THUMB = (192, 108)


def save_thumbnail(surface: pygame.Surface, path) -> None:
    """Write a PNG next to the save, atomically like the save itself."""
    fd, tmp = tempfile.mkstemp(prefix=".thumb.", suffix=".png", dir=path.parent)
    os.close(fd)
    try:
        pygame.image.save(surface, tmp)
        os.replace(tmp, path)
    except (pygame.error, OSError):
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _when(saved_at: str) -> str:
    try:
        return dt.datetime.fromisoformat(saved_at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return saved_at


class SlotsScreen(MenuScreen):
    opaque = True  # a full page: nothing underneath may show through the text

    def __init__(self, app, saving: bool) -> None:
        super().__init__(app)
        self.saving = saving
        self.notice = ""
        self._thumbs: dict[str, pygame.Surface | None] = {}
        self._preview: pygame.Surface | None = None
        self._preview_key: tuple | None = None
        self.menu = Menu([], on_move=lambda: app.audio.play("ui_move"))
        self.refresh()

    def refresh(self) -> None:
        infos = {i.slot: i for i in list_saves(self.app.home)}
        self.rows: list[tuple[str, SaveInfo | None]] = []
        if not self.saving:
            self.rows.append(("autosave", infos.get("autosave")))
        self.rows += [(slot, infos.get(slot)) for slot in SLOTS]
        if not self.saving:
            self.rows += [(i.slot, i) for i in infos.values() if not i.ok and i.slot not in SLOTS and i.slot != "autosave"]
        self.menu.items = [Item(lambda r=row: self._label(r), lambda step, r=row: self._pick(r)) for row in self.rows]
        self.menu.items.append(Item(lambda: ui(self.app.settings.language, "back"), lambda step: self.app.pop()))
        self._thumbs.clear()
        self._preview_key = None

    def _label(self, row) -> str:
        lang = self.app.settings.language
        slot, info = row
        name = ui(lang, "autosave") if slot == "autosave" else (f"{ui(lang, 'slot')} {slot[4:]}" if slot in SLOTS else slot)
        if info is None:
            return f"{name}: {ui(lang, 'empty')}"
        if not info.ok:
            return f"{name}: {ui(lang, 'damaged')} ({info.problem})"
        title = info.scene
        if self.app.story.has_scene(info.scene):
            title = self.app.story.scene(info.scene).title.get(lang)
        return f"{name}: {title} · {_when(info.saved_at)}"

    def _pick(self, row) -> None:
        slot, info = row
        lang = self.app.settings.language
        if self.saving:
            try:
                night = self.app.night
                path = write_save(self.app.home, slot, night.state.to_dict(), night.scene.title.get(lang))
                if self.app.thumbnail is not None:
                    save_thumbnail(self.app.thumbnail, path.with_suffix(".png"))
                self.notice = ui(lang, "saved")
            except OSError as exc:
                self.notice = ui(lang, "save_failed").format(reason=exc.strerror or exc)
            self.refresh()
            return
        if info is None or not info.ok or info.state is None:
            self.notice = ui(lang, "cannot_load")
            return
        try:
            night = Night.restore(self.app.story, info.state)
        except SaveError as exc:
            self.notice = ui(lang, "bad_save").format(reason=exc)
            return
        self.app.start_night(night, save=False)

    def _thumb(self, slot: str) -> pygame.Surface | None:
        if slot not in self._thumbs:
            path = saves_dir(self.app.home) / f"{slot}.png"
            surface = None
            if path.is_file():
                try:
                    surface = pygame.image.load(str(path))
                except (pygame.error, OSError):
                    surface = None
            self._thumbs[slot] = surface
        return self._thumbs[slot]

    def render(self, canvas: pygame.Surface) -> None:
        w, h = canvas.get_size()
        canvas.fill(BOX)
        lang = self.app.settings.language
        heading = ui(lang, "save_title" if self.saving else "load_title")
        self.app.ui_box.draw_text(canvas, heading, (w // 2, int(h * 0.07)), self.px(0.05), TEXT, centre=True)
        px = max(11, int(h * 0.03))
        self.menu.render(canvas, self.app.ui_box, int(h * 0.15), px, int(w * 0.66))
        for (slot, info), rect in zip(self.rows, self.menu.rects):
            thumb = self._thumb(slot) if info is not None and info.ok else None
            if thumb is not None:
                pygame.draw.rect(canvas, TEXT_DIM, (rect.x + 8, rect.y + rect.height // 3, rect.height // 3, rect.height // 3))
        if self.menu.selected < len(self.rows):  # a larger picture of the chosen slot below the list
            slot, info = self.rows[self.menu.selected]
            thumb = self._thumb(slot) if info is not None and info.ok else None
            if thumb is not None:
                size = (int(w * 0.28), int(w * 0.28 * 9 / 16))
                key = (slot, size)
                if self._preview_key != key:
                    self._preview = pygame.transform.smoothscale(thumb, size)
                    self._preview_key = key
                canvas.blit(self._preview, ((w - size[0]) // 2, int(h * 0.6)))
        if self.notice:
            self.app.ui_box.draw_text(canvas, self.notice, (w // 2, int(h * 0.95)), self.px(0.026), SPEAKER, centre=True)
