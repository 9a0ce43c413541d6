"""`--display N`: which monitor the game opens on (the projector at a screening)."""

from __future__ import annotations

import pygame


def pick_display(wanted: int | None) -> tuple[int, str | None]:
    """The display index to open on, and a one-line message when `wanted` cannot be used (then the first is)."""
    if wanted is None:
        return 0, None
    try:
        count = pygame.display.get_num_displays()
    except pygame.error:
        count = 1
    if 0 <= wanted < count:
        return wanted, None
    names = "display 0" if count == 1 else f"displays 0 to {count - 1}"
    return 0, f"--display {wanted}: this machine has {count} display(s) ({names}); using display 0, the first"

