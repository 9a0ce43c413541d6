"""Save files: the night's state as versioned JSON, one file a slot, listed newest first; bad files are reported.

No write ever replaces a file the game could not read, or one from a newer version of the game: the night goes to a
fresh name beside it instead. The autosave keeps the last few nights it wrote (autosave, autosave-1, autosave-2,
newest first), so one bad moment cannot take the only copy.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from eternal.model.state import OLDEST_FORMAT, SAVE_FORMAT, SaveError
from eternal.persistence.files import write_json_atomic
from eternal.persistence.strict_json import FileProblem, read_json

KIND = "eternal-save"
MAX_SAVE_BYTES = 8 * 1024 * 1024
AUTOSAVE = "autosave"
AUTOSAVES_KEPT = 3  # autosave, autosave-1, autosave-2
MAX_FRESH_NAMES = 100  # how far a write looks for a free name beside files it must not replace
SLOT_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True)
class SaveInfo:
    """One file in the saves folder: readable (with its state) or broken (with the reason)."""

    path: Path
    slot: str
    saved_at: str
    scene: str
    state: dict | None
    problem: str | None = None
    modified: str = ""  # when the file last changed (ISO, UTC): places a damaged file among the good ones

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def when(self) -> str:
        """The moment that orders saves newest first: when it was saved, or for a damaged file when it changed."""
        return self.saved_at if self.ok else self.modified


def saves_dir(home: Path) -> Path:
    return home / "saves"


def autosave_names(count: int) -> list[str]:
    """The autosave ring's slot names, newest first: autosave, autosave-1, autosave-2, ..."""
    return [AUTOSAVE] + [f"{AUTOSAVE}-{n}" for n in range(1, count)]


def is_autosave(slot: str) -> bool:
    return slot == AUTOSAVE or (slot.startswith(f"{AUTOSAVE}-") and slot[len(AUTOSAVE) + 1:].isdigit())


def _record(slot: str, state: dict, scene_title: str) -> dict:
    return {
        "kind": KIND,
        "format": SAVE_FORMAT,
        "slot": slot,
        "saved_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds"),
        "scene": state.get("scene", ""),
        "scene_title": scene_title,
        "state": state,
    }


def _replaceable(path: Path, keep: Callable[[SaveInfo], bool] | None = None) -> bool:
    """True when nothing is at `path`, or a save this game reads (and `keep` does not want kept)."""
    if not os.path.lexists(path):
        return True
    info = read_save(path)
    return info.ok and not (keep is not None and keep(info))


def write_save(home: Path, slot: str, state: dict, scene_title: str = "",
               keep: Callable[[SaveInfo], bool] | None = None) -> Path:
    """Write a slot atomically; returns the path written. When the slot holds a file the game cannot read, one from
    a newer version, or one `keep` wants kept, that file stays and the save goes to the first free name `slot-1`,
    `slot-2`, ..."""
    if not SLOT_NAME.fullmatch(slot):
        raise ValueError(f"bad slot name {slot!r}")
    folder = saves_dir(home)
    names = [slot] + [f"{slot}-{n}" for n in range(1, MAX_FRESH_NAMES)]
    target = next((name for name in names if _replaceable(folder / f"{name}.json", keep)), None)
    if target is None:
        raise OSError(f"no free name beside {slot}.json: every one holds a file the game keeps")
    path = folder / f"{target}.json"
    write_json_atomic(path, _record(target, state, scene_title))
    return path


@dataclass(frozen=True)
class Autosaved:
    """Where an autosave went, and the files in the ring it stepped around (kept untouched)."""

    path: Path
    kept: tuple[SaveInfo, ...] = ()


def write_autosave(home: Path, state: dict, scene_title: str = "", keep: Callable[[SaveInfo], bool] | None = None,
                   count: int = AUTOSAVES_KEPT) -> Autosaved:
    """Write the newest autosave and move the older ones one place down, keeping `count` of them.

    A file in the ring that the game cannot read, or that `keep` wants kept (a night that does not resume in this
    story), stays where it is and the ring steps around it onto the next name; a rename only ever replaces a
    readable save."""
    folder = saves_dir(home)
    free: list[Path] = []
    kept: list[SaveInfo] = []
    for name in autosave_names(MAX_FRESH_NAMES):
        path = folder / f"{name}.json"
        if _replaceable(path, keep):
            free.append(path)
            if len(free) == count:
                break
        else:
            kept.append(read_save(path))
    if not free:
        raise OSError("every autosave name holds a file the game keeps")
    for older, newer in zip(reversed(free[1:]), reversed(free[:-1])):  # oldest first, so nothing good is overwritten early
        if os.path.lexists(newer):
            os.replace(newer, older)
    write_json_atomic(free[0], _record(free[0].stem, state, scene_title))
    return Autosaved(free[0], tuple(kept))


def _modified(path: Path) -> str:
    try:
        stamp = os.lstat(path).st_mtime
    except OSError:
        return ""
    return dt.datetime.fromtimestamp(stamp, dt.timezone.utc).isoformat(timespec="milliseconds")


def read_save(path: Path) -> SaveInfo:
    """Read one save file; never raises for bad content, the problem is in the result."""
    slot = path.stem
    try:
        try:
            record = read_json(path, MAX_SAVE_BYTES)
        except FileNotFoundError:
            raise SaveError("the file is gone") from None
        except FileProblem as exc:
            raise SaveError(str(exc)) from None
        if not isinstance(record, dict) or record.get("kind") != KIND:
            raise SaveError("not an Eternal save file")
        version = record.get("format")
        if type(version) is not int or not OLDEST_FORMAT <= version <= SAVE_FORMAT:
            newer = type(version) is int and version > SAVE_FORMAT
            raise SaveError(f"save format {version!r}: {'written by a newer version of the game' if newer else 'unknown'};"
                            f" this game reads {OLDEST_FORMAT} to {SAVE_FORMAT}")
        state = record.get("state")
        if not isinstance(state, dict):
            raise SaveError("the save holds no game state")
        saved_at, scene = record.get("saved_at", ""), record.get("scene", "")
        return SaveInfo(path, slot, saved_at if isinstance(saved_at, str) else "", scene if isinstance(scene, str) else "",
                        state, modified=_modified(path))
    except SaveError as exc:
        return SaveInfo(path, slot, "", "", None, str(exc), modified=_modified(path))


def list_saves(home: Path) -> list[SaveInfo]:
    """Every save file, good ones newest first, then the broken ones."""
    folder = saves_dir(home)
    try:
        if not folder.is_dir():
            return []
        paths = sorted(folder.glob("*.json"))
    except OSError:
        return []
    infos = [read_save(p) for p in paths]
    good = sorted((i for i in infos if i.ok), key=lambda i: i.saved_at, reverse=True)
    return good + [i for i in infos if not i.ok]


def newest_save(home: Path, unfinished: bool = False) -> SaveInfo | None:
    """The most recent readable save, if any (`unfinished`: the first one Continue would try)."""
    infos = resume_order(home) if unfinished else list_saves(home)
    return next((info for info in infos if info.ok), None)


def finished(info: SaveInfo) -> bool:
    return info.state is not None and info.state.get("phase") == "ended"


def resume_order(home: Path) -> list[SaveInfo]:
    """What Continue tries, newest first: every unfinished readable save, and among them, by the time the file last
    changed, the damaged ones it has to pass over (so it can say which it skipped). Autosaves older than a finished
    night's autosave are left out: they are earlier moments of a night already played to its end."""
    infos = list_saves(home)
    ended = max((i.when for i in infos if i.ok and finished(i) and is_autosave(i.slot)), default="")
    infos = [i for i in infos if not (i.ok and finished(i)) and not (is_autosave(i.slot) and i.when < ended)]
    return sorted(infos, key=lambda i: i.when, reverse=True)
