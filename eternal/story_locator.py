"""Which story a command reads: the one place that decides, the same from any working directory.

The order, first match wins:

1. `--scenes DIR` on the command line (before or after the command);
2. the environment variable `ETERNAL_STORY=DIR`;
3. the story installed with the package (`eternal/shipped_story/scenes`: the wheel's build copies the repository's
   `scenes/`, the pictures of `art/` and the `sound/*.ogg` files there, see `build_story.py`);
4. the `scenes/` folder beside the package: a git checkout or an editable install, and the desktop bundle, which
   lays the story out the same way (`packaging/build.py` puts it in the folder that holds `eternal/`).

DIR, like a default, is a story's scenes folder: the one holding `story.yaml`; the story's `root:` (by default its
parent) holds the pictures and the sound. Given folders are returned even when missing, so the loader's message
names them; of the defaults the first that exists is taken.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

ENV_VAR = "ETERNAL_STORY"
PACKAGE_DIR = Path(__file__).resolve().parent
SHIPPED_DIR = "shipped_story"  # the folder inside the package that an installed wheel holds the story in
BUNDLED = PACKAGE_DIR / SHIPPED_DIR / "scenes"
CHECKOUT = PACKAGE_DIR.parent / "scenes"


@dataclass(frozen=True)
class StoryChoice:
    """A story's scenes folder and why it was chosen (`--scenes`, `ETERNAL_STORY`, `installed`, `checkout`)."""

    folder: Path
    source: str


def defaults() -> list[StoryChoice]:
    """The places a story is looked for when none is given, in order."""
    found = [StoryChoice(BUNDLED, "installed"), StoryChoice(CHECKOUT, "checkout")]
    frozen_root = getattr(sys, "_MEIPASS", None)  # a PyInstaller program: its unpacked data folder
    if frozen_root:
        found.append(StoryChoice(Path(frozen_root) / "scenes", "bundle"))
    return found


def locate(given: Path | str | None = None, environ: Mapping[str, str] | None = None) -> StoryChoice:
    """The story to read: `given` (from `--scenes`), else `$ETERNAL_STORY`, else the first default that exists."""
    if given:
        return StoryChoice(Path(given), "--scenes")
    env = (os.environ if environ is None else environ).get(ENV_VAR, "")
    if env.strip():
        return StoryChoice(Path(env).expanduser(), ENV_VAR)
    places = defaults()
    return next((place for place in places if place.folder.is_dir()), places[0])


def story_folder(given: Path | str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The scenes folder `locate` chooses."""
    return locate(given, environ).folder
