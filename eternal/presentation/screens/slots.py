"""Load and save: the autosave and six slots with the memory's name, the date and a thumbnail; bad files are listed
with the reason and never touched."""

from __future__ import annotations

import datetime as dt

import pygame

from eternal.model.state import SaveError
from eternal.persistence.saves import AUTOSAVE, SaveInfo, is_autosave
from eternal.presentation.navigation import Pop, StartNight
from eternal.presentation.palette import BOX, SPEAKER, TEXT, TEXT_DIM
from eternal.presentation.save_files import SLOTS
from eternal.presentation.screens.base import MenuScreen
from eternal.presentation.ui_text import ui
from eternal.presentation.voice import speak_menu
from eternal.presentation.textbox import wrap
from eternal.presentation.widgets import Item, Menu, card, split_label, still

THUMB = (192, 108)


def _when(saved_at: str) -> str:
    try:
        return dt.datetime.fromisoformat(saved_at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return saved_at


class SlotsScreen(MenuScreen):
    opaque = True  # a full page: nothing underneath may show through the text

    def __init__(self, services, saving: bool) -> None:
        super().__init__(services)
        self.saving = saving
        self.notice = ""
        self._thumbs: dict[str, pygame.Surface | None] = {}
        self._preview: pygame.Surface | None = None
        self._preview_key: tuple | None = None
        self._pictures: dict = {}  # every slot's picture at the sizes drawn (cleared with the list)
        self.menu = Menu([], on_move=lambda: services.cue("move"))
        self.refresh()

    def refresh(self) -> None:
        self.rows: list[tuple[str, SaveInfo | None]] = self.services.session.files.rows(self.saving)
        self.menu.items = [Item(lambda r=row: self._label(r), lambda step, r=row: self._pick(r)) for row in self.rows]
        self.menu.items.append(Item(lambda: ui(self.services.settings.language, "back"), lambda step: self.ask(Pop())))
        self._thumbs.clear()
        self._pictures.clear()
        self._preview_key = None

    def _label(self, row) -> str:
        lang = self.services.settings.language
        slot, info = row
        if slot == AUTOSAVE:
            name = ui(lang, "autosave")
        elif is_autosave(slot):
            name = ui(lang, "autosave_n").format(n=int(slot.rsplit("-", 1)[1]) + 1)
        else:
            name = f"{ui(lang, 'slot')} {slot[4:]}" if slot in SLOTS else slot
        if info is None:
            return f"{name}: {ui(lang, 'empty')}"
        if not info.ok:
            return f"{name}: {ui(lang, 'damaged')} ({info.problem})"
        title = info.scene
        if self.services.story.has_scene(info.scene):
            title = self.services.story.scene(info.scene).title.get(lang)
        return f"{name}: {title} · {_when(info.saved_at)}"

    def show_notice(self, text: str) -> None:
        self.notice = text

    def _pick(self, row) -> None:
        slot, info = row
        s = self.services
        lang = s.settings.language
        if self.saving:
            try:
                night = s.session.night
                written = s.session.files.write(slot, night, night.scene.title.get(lang), s.view.thumbnail)
                if written == slot:
                    self.notice = ui(lang, "saved")
                else:  # the slot held a file the game cannot read (its row says why): it stays, the night went beside it
                    self.notice = ui(lang, "saved_elsewhere").format(slot=written)
            except OSError as exc:
                self.notice = ui(lang, "save_failed").format(reason=exc.strerror or exc)
            self.refresh()
            return
        if info is None or not info.ok or info.state is None:
            self.notice = ui(lang, "cannot_load")
            return
        try:
            night = s.session.files.load(info)
        except SaveError as exc:
            self.notice = ui(lang, "bad_save").format(reason=exc)
            return
        self.ask(StartNight(night, save=False))

    def _thumb(self, slot: str) -> pygame.Surface | None:
        if slot not in self._thumbs:
            self._thumbs[slot] = self.services.session.files.thumbnail(slot)
        return self._thumbs[slot]

    def _picture(self, slot: str, info, size: tuple[int, int]) -> pygame.Surface | None:
        """A slot's picture at `size`: the moment it was saved, or, for a save without one (the autosave), its
        memory as the story paints it; None for an empty or damaged slot."""
        if info is None or not info.ok:
            return None
        key = ("pic", slot, size, info.saved_at)
        surface = self._pictures.get(key)
        if surface is None:
            thumb = self._thumb(slot)
            if thumb is not None:
                surface = pygame.transform.smoothscale(thumb, size)
            elif self.services.story.has_scene(info.scene):
                surface = still(self.services.art, self.services.story.scene(info.scene), size, self._pictures)
            else:
                return None
            self._pictures[key] = surface
        return surface

    def render(self, canvas: pygame.Surface) -> None:
        w, h = canvas.get_size()
        canvas.fill(BOX)
        lang = self.services.settings.language
        heading = ui(lang, "save_title" if self.saving else "load_title")
        self.services.labels.draw_text(canvas, heading, (int(w * 0.05), int(h * 0.04)), max(16, int(h * 0.05)), TEXT)
        column = pygame.Rect(int(w * 0.04), int(h * 0.13), int(w * 0.52), int(h * 0.78))
        card(canvas, column.inflate(int(w * 0.01), int(h * 0.02)), self._pictures, alpha=255)

        def picture(i: int, rect: pygame.Rect) -> None:
            if i >= len(self.rows):
                return
            slot, info = self.rows[i]
            frame = pygame.Rect(0, 0, int((rect.height - 6) * 16 / 9), rect.height - 6)
            frame.midleft = (rect.x + max(6, rect.height // 5), rect.centery)
            image = self._picture(slot, info, frame.size)
            if image is not None:
                canvas.blit(image, frame.topleft)
            else:  # an empty (or unreadable) slot: an empty frame, the same size as a picture
                pygame.draw.rect(canvas, (32, 32, 40), frame)
            pygame.draw.rect(canvas, (92, 84, 70), frame, 1)

        px = max(11, int(h * 0.03 * min(1.3, self.services.settings.text_scale)))
        self.menu.render(canvas, self.services.labels, column.top, px, column.width, left=column.left, bottom=column.bottom,
                         row=2.7, lines=2, decorate=picture, picture=16 / 9)
        # the chosen slot, large, beside the list
        side = pygame.Rect(int(w * 0.6), column.top, int(w * 0.36), int(w * 0.36 * 9 / 16))
        if self.menu.selected < len(self.rows):
            slot, info = self.rows[self.menu.selected]
            image = self._picture(slot, info, side.size)
            if image is not None:
                canvas.blit(image, side.topleft)
            else:
                pygame.draw.rect(canvas, (24, 24, 32), side)
            pygame.draw.rect(canvas, (92, 84, 70), side, 1)
            name, detail = split_label(self.menu.items[self.menu.selected].label())
            y = side.bottom + int(h * 0.02)
            font_px = self.px(0.032)
            room = int(w * 0.36)
            for text, size, colour in ((name, font_px, SPEAKER), (detail, int(font_px * 0.8), TEXT_DIM)):
                if text:
                    for part in wrap(self.services.labels.fonts.get(size), text, room)[:3]:
                        self.services.labels.draw_text(canvas, part, (side.x, y), size, colour)
                        y += int(size * 1.3)
        if self.notice:
            self.services.labels.draw_text(canvas, self.notice, (int(w * 0.6), int(h * 0.93)), self.px(0.026), SPEAKER,
                                      backing=True)
        if self.services.view.in_front(self):
            speak_menu(self.services.voice, self, heading, self.menu, lang, self.notice)
