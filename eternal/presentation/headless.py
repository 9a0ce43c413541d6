"""Setting up SDL for runs without a screen or sound card, and telling a player when there is no screen at all."""

from __future__ import annotations

import os

# SDL falls back to these when it finds no display: the game would then play to nobody, at full speed, unseen.
INVISIBLE_DRIVERS = frozenset({"dummy", "offscreen"})
NO_DISPLAY_EXIT = 3


def use_dummy_drivers() -> None:
    """Headless commands draw into memory and stay silent, unless the caller chose drivers already."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


def display_problem() -> str | None:
    """Why the game cannot show a window here, in one line, or None when it can. An invisible driver is accepted
    only when the user asked for it by setting SDL_VIDEODRIVER (as the tests and smoke runs do)."""
    import pygame

    asked = os.environ.get("SDL_VIDEODRIVER", "").strip()
    try:
        pygame.display.init()
        driver = pygame.display.get_driver()
    except pygame.error as exc:
        where = f"the video driver {asked!r} cannot start" if asked else "no video device can be opened"
        return f"eternal: no display: {where} ({exc}). Start the game in a desktop session (DISPLAY or WAYLAND_DISPLAY set)."
    if driver.lower() in INVISIBLE_DRIVERS and not asked:
        pygame.display.quit()
        return (f"eternal: no display: SDL found none and fell back to its invisible '{driver}' driver. Start the game in "
                "a desktop session (DISPLAY or WAYLAND_DISPLAY set), or set SDL_VIDEODRIVER=dummy to run it unseen on "
                "purpose.")
    return None
