"""The story's save files as the menus see them: is there a night to continue, the rows of the load and save lists,
write a slot, load a slot, a slot's picture. Screens ask here and get answers; they never open a save file."""

from __future__ import annotations

import dataclasses
import os
import tempfile
from pathlib import Path

import pygame

from eternal.model.night import Night
from eternal.model.state import SaveError
from eternal.model.story import Story
from eternal.persistence.resume import restore, resumes
from eternal.persistence.saves import AUTOSAVE, SaveInfo, is_autosave, list_saves, newest_save, saves_dir, write_save

SLOTS = tuple(f"slot{i}" for i in range(1, 7))  # the player's own slots, beside the autosave ring


def save_thumbnail(surface: pygame.Surface, path: Path) -> None:
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


class SaveFiles:
    """One story's saves in its own folder (`folder`: the story's home, see persistence.story_home)."""

    def __init__(self, story: Story, folder: Path, enabled: bool = True) -> None:
        self.story = story
        self.folder = folder
        self.enabled = enabled  # a screening writes and offers nothing

    def can_continue(self) -> bool:
        """There is an unfinished night to continue."""
        return self.enabled and newest_save(self.folder, unfinished=True) is not None

    def rows(self, saving: bool) -> list[tuple[str, SaveInfo | None]]:
        """The rows of the save list (`saving`) or the load list: each slot with what it holds (None: empty). A
        readable save that cannot be resumed in this story is listed as damaged, with the reason."""
        infos = {i.slot: self._checked(i) for i in list_saves(self.folder)} if self.enabled else {}
        rows: list[tuple[str, SaveInfo | None]] = []
        if not saving:
            # the autosaves the ring keeps, newest first (a damaged one among them by when it last changed)
            autos = sorted((i for i in infos.values() if is_autosave(i.slot)), key=lambda i: i.when, reverse=True)
            if AUTOSAVE not in infos:
                rows.append((AUTOSAVE, None))
            rows += [(i.slot, i) for i in autos]
        rows += [(slot, infos.get(slot)) for slot in SLOTS]
        if not saving:  # saves written beside a slot the game could not read, and files it cannot read
            rows += [(i.slot, i) for i in infos.values() if i.slot not in SLOTS and not is_autosave(i.slot)]
        return rows

    def write(self, slot: str, night: Night, title: str, thumbnail: pygame.Surface | None = None) -> str:
        """Save `night` in `slot` (with its picture); returns the slot it went to: `slot`, or one beside it when the
        slot holds a file the game cannot read (that file stays). OSError when the disk refuses."""
        path = write_save(self.folder, slot, night.to_save(), title, keep=lambda kept: not resumes(self.story, kept))
        if thumbnail is not None:
            save_thumbnail(thumbnail, path.with_suffix(".png"))
        return path.stem

    def load(self, info: SaveInfo) -> Night:
        """The night of a listed save; SaveError says why it cannot be resumed."""
        if not info.ok or info.state is None:
            raise SaveError(info.problem or "the file holds no night")
        return restore(self.story, info)

    def thumbnail(self, slot: str) -> pygame.Surface | None:
        """The picture saved with a slot, None when there is none or it cannot be read."""
        path = saves_dir(self.folder) / f"{slot}.png"
        if not path.is_file():
            return None
        try:
            return pygame.image.load(str(path))
        except (pygame.error, OSError):
            return None

    def _checked(self, info: SaveInfo) -> SaveInfo:
        if not info.ok:
            return info
        try:
            restore(self.story, info)
        except SaveError as exc:
            return dataclasses.replace(info, state=None, problem=str(exc))
        return info
