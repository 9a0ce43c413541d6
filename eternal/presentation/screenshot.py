"""The screenshot key: the picture on screen as a PNG under the player's data folder, named by the UTC time."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pygame

FOLDER = "screenshots"


def screenshot_path(home: Path, now: datetime | None = None) -> Path:
    """A fresh file name `<home>/screenshots/eternal-<UTC time>.png` (two in one second get -1, -2, ...)."""
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H-%M-%SZ")  # no ":" (Windows refuses it)
    folder = home / FOLDER
    path = folder / f"eternal-{stamp}.png"
    n = 0
    while path.exists():
        n += 1
        path = folder / f"eternal-{stamp}-{n}.png"
    return path


def save_screenshot(picture: pygame.Surface, home: Path, now: datetime | None = None) -> Path:
    """Write `picture` as a PNG under `home` and return where; OSError (or pygame.error) when it cannot."""
    path = screenshot_path(home, now)
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(picture, str(path))
    return path
