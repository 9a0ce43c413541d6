"""The browser build's entry: pygbag runs the `main.py` at the top of the folder it packs, and expects an `async
def main()` that awaits once a frame. This one loads the bundled story and runs the game's own loop (`App.run_async`)
with no threads: pictures are prepared a layer a pass and music decoded when it is asked for (see
eternal/presentation/workers.py). `web/build.py` assembles the folder; web/README.md says what it holds.

On a desktop it runs too (`python web/main.py`, from a checkout with the game installed), threads or not as the
platform allows: that is how the tests run it, under SDL's dummy drivers.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if (HERE / "eternal").is_dir():  # the assembled folder: the game package lies beside this file
    sys.path.insert(0, str(HERE))

TRUSTED = "trusted.json"  # digests of the story files the build checked against the schema (see build.py)


def trusted_files() -> frozenset[str]:
    """The story files the build found valid: the browser skips their schema check, so it needs no jsonschema (whose
    `rpds-py` is native code that no browser build of Python has). The references are still checked here."""
    try:
        return frozenset(json.loads((HERE / TRUSTED).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return frozenset()


async def main(frames: int | None = None) -> int:
    """Load the story and play: one await a pass of the loop. Returns the exit code (1: a broken story)."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from eternal.loader import load_story
    from eternal.persistence.files import home_dir
    from eternal.persistence.settings import Settings
    from eternal.presentation.bootstrap import build_app
    from eternal.presentation.launch import LaunchOptions, report
    from eternal.presentation.workers import detect_workers
    from eternal.story_locator import story_folder

    # ETERNAL_STORY, else the scenes/ beside the package: the one packed beside this file (or a checkout's)
    result = load_story(story_folder(), trusted_files())
    if not result.ok:
        report(result.problems)
        return 1
    home = home_dir()  # in a browser: the page's in-memory file system (see web/README.md)
    settings = Settings.load(home)
    options = LaunchOptions(frames=frames, workers=detect_workers())
    app = build_app(result.story, settings, home, options)
    try:
        await app.run_async(frames)
    finally:
        try:
            settings.save(home)
        except OSError:
            pass
        pygame.quit()
    return 0


if __name__ == "__main__":
    asyncio.run(main())
