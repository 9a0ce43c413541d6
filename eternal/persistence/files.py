"""Where the game keeps its files, and how it writes them without ever losing the last good copy."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path


def home_dir() -> Path:
    """ETERNAL_HOME, or the platform's user data folder for the game."""
    override = os.environ.get("ETERNAL_HOME")
    if override:
        return Path(override)
    import platformdirs  # imported late: only the file layer needs it

    return Path(platformdirs.user_data_dir("eternal", appauthor=False))


STALE_SECONDS = 60


def _sweep(path: Path) -> None:
    """Remove temporary files that a killed writer left behind (never the file itself)."""
    now = time.time()
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            if now - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()
        except OSError:
            pass


def write_json_atomic(path: Path, data: object) -> None:
    """Write JSON so that a crash at any moment leaves either the old file or the new one, never a torn one."""
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1))


def write_text_atomic(path: Path, text: str) -> None:
    """Write text by renaming a finished temporary file over `path`: a crash leaves the old file or the new one, and
    whatever sits at `path` (a named pipe, say) is replaced, never opened."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _sweep(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable where the platform allows it
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def move_aside(path: Path) -> Path | None:
    """Rename a file the game could not read to `NAME.damaged-<UTC time>` beside it, bytes unchanged, so that a
    fresh file can take its name; returns the new name (None when nothing was there)."""
    if not os.path.lexists(path):
        return None
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    for n in range(100):
        aside = path.with_name(f"{path.name}.damaged-{stamp}" + (f"-{n}" if n else ""))
        if not os.path.lexists(aside):
            os.rename(path, aside)
            return aside
    raise OSError(f"no free name to keep the damaged {path.name} under")
