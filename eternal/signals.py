"""SIGTERM and SIGINT: the first asks the program to finish cleanly, a second ends it at once.

A service manager, `timeout` or a shutdown sends SIGTERM and waits; a person at a terminal presses Ctrl+C and, if
the program seems stuck, presses it again. The first signal is only noted (the game loop sees it within a frame and
quits as the close button would, saving where the mode saves) or, for the headless commands, raised as `Stopped` so
their clean-up runs. A second signal ends the process at once, by the system's default action, unless it comes within
DOUBLE_DELIVERY of the first: `timeout` (and a terminal's Ctrl+C) signal the process and its whole process group at
the same moment, so one request often arrives twice.
"""

from __future__ import annotations

import os
import signal
import time
from typing import Callable

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
DOUBLE_DELIVERY = 1.0  # seconds after the first signal within which another is the same request, delivered twice

_requested: int | None = None


class Stopped(BaseException):
    """Raised in a headless command by the first SIGTERM or SIGINT (a BaseException, like KeyboardInterrupt, so that
    no `except Exception` takes it for a failure of its own)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def signal_name(signum: int) -> str:
    return signal.Signals(signum).name


def stop_requested() -> int | None:
    """The signal that asked the game to stop, if one has."""
    return _requested


def _note(signum: int) -> None:
    global _requested
    _requested = signum


def _raise(signum: int) -> None:
    raise Stopped(signum)


def _install(on_first: Callable[[int], None]) -> None:
    global _requested
    _requested = None
    # SDL turns SIGTERM into a window-close event when it finds the default handler in place; kiosk mode ignores
    # those, which is how a kiosk used to outlive `timeout` and shutdowns. Our handler is installed first, and SDL
    # is told to keep its hands off in case a display is opened before this runs.
    os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")

    def first(signum: int, _frame) -> None:
        first_at = time.monotonic()

        def again(signum: int, _frame) -> None:
            if time.monotonic() - first_at < DOUBLE_DELIVERY:
                return
            signal.signal(signum, signal.SIG_DFL)  # the system's own action: the process ends here and now
            os.kill(os.getpid(), signum)

        for sig in STOP_SIGNALS:
            signal.signal(sig, again)
        on_first(signum)

    for sig in STOP_SIGNALS:
        signal.signal(sig, first)


def note_stop_signals() -> None:
    """The game: the first signal is noted and the loop quits cleanly (see `stop_requested`)."""
    _install(_note)


def raise_on_stop_signals() -> None:
    """A headless command: the first signal raises `Stopped` wherever the program is, so `finally` blocks run."""
    _install(_raise)


def exit_code(signum: int) -> int:
    """The shell's convention for a program ended by a signal: 128 + its number (130 for SIGINT, 143 for SIGTERM)."""
    return 128 + signum
