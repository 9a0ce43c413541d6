"""Entry point of the bundled program (PyInstaller needs a script, not a console-script entry)."""

import os
import sys

CONSOLE_LOG = "console.log"


def give_a_windowed_program_a_console_log() -> None:
    """A windowed program (Windows) starts with no standard output or error: what the game prints (a story's
    problems, `check`'s "ok:") goes to console.log in its data folder instead, rewritten at each start, where a
    player can find it to send and packaging/smoke.py reads it. A program with a console is left as it is."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    from eternal.persistence.files import home_dir

    try:
        folder = home_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log = open(folder / CONSOLE_LOG, "w", encoding="utf-8", buffering=1)
    except OSError:  # nowhere to write: prints are dropped, as they were, but no longer crash on a None stream
        log = open(os.devnull, "w", encoding="utf-8")
    sys.stdout = sys.stdout or log
    sys.stderr = sys.stderr or log


if __name__ == "__main__":
    give_a_windowed_program_a_console_log()
    from eternal.cli import main

    raise SystemExit(main())
