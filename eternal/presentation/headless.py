"""Setting up SDL for runs without a screen or sound card."""

from __future__ import annotations

import os


def use_dummy_drivers() -> None:
    """Headless commands draw into memory and stay silent, unless the caller chose drivers already."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
