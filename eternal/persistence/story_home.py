"""Each story's own folder for its saves and read lines, so stories played on one machine never see each other's nights.

Settings stay shared (they are the player's, not a story's). Saves and `seen.json` of versions that kept one folder
for every story are adopted on first use: a save moves to the folder of the story it names; the old `seen.json` is
copied to each story that has none yet (a story never matches another's line ids, so the copy costs nothing).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from eternal.persistence.saves import read_save, saves_dir

STORY_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")


def story_home(home: Path, story_id: str) -> Path:
    """The folder of one story's saves (`saves/`) and read lines (`seen.json`), under the player's home."""
    if not STORY_ID.fullmatch(story_id):
        raise ValueError(f"not a story id: {story_id!r}")
    folder = home / "stories" / story_id
    try:
        _adopt_shared_files(home, story_id, folder)
    except OSError:
        pass  # a read-only or odd home: the old files stay where they are and nothing is lost
    return folder


def _adopt_shared_files(home: Path, story_id: str, folder: Path) -> None:
    shared = saves_dir(home)
    if shared.is_dir():
        for path in sorted(shared.glob("*.json")):
            if not path.is_file() or path.is_symlink():
                continue  # a device, a pipe or a link: never touched, never read here
            info = read_save(path)
            if not info.ok or info.state.get("story_id") != story_id:
                continue  # damaged or another story's: left where it is
            target = saves_dir(folder)
            target.mkdir(parents=True, exist_ok=True)
            if (target / path.name).exists():
                continue  # never replace a file of the story's own folder
            thumbnail = path.with_suffix(".png")
            os.replace(path, target / path.name)
            if thumbnail.is_file() and not (target / thumbnail.name).exists():
                os.replace(thumbnail, target / thumbnail.name)
    old_seen = home / "seen.json"
    if old_seen.is_file() and not old_seen.is_symlink() and not (folder / "seen.json").exists():
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(old_seen, folder / "seen.json")
