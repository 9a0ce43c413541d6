"""Save files: the night's state as versioned JSON, one file a slot, listed newest first; bad files are reported."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from eternal.model.state import SAVE_FORMAT, SaveError
from eternal.persistence.files import write_json_atomic

KIND = "eternal-save"
MAX_SAVE_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class SaveInfo:
    """One file in the saves folder: readable (with its state) or broken (with the reason)."""

    path: Path
    slot: str
    saved_at: str
    scene: str
    state: dict | None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def saves_dir(home: Path) -> Path:
    return home / "saves"


def write_save(home: Path, slot: str, state: dict, scene_title: str = "") -> Path:
    """Write a slot atomically; returns its path."""
    if not slot.replace("-", "").replace("_", "").isalnum():
        raise ValueError(f"bad slot name {slot!r}")
    path = saves_dir(home) / f"{slot}.json"
    record = {
        "kind": KIND,
        "format": SAVE_FORMAT,
        "slot": slot,
        "saved_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds"),
        "scene": state.get("scene", ""),
        "scene_title": scene_title,
        "state": state,
    }
    write_json_atomic(path, record)
    return path


def read_save(path: Path) -> SaveInfo:
    """Read one save file; never raises for bad content, the problem is in the result."""
    slot = path.stem
    try:
        if path.stat().st_size > MAX_SAVE_BYTES:
            raise SaveError("the file is far too large to be a save")
        raw = path.read_bytes()
        try:
            record = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SaveError(f"not readable JSON ({exc.__class__.__name__}); the file may be truncated") from None
        if not isinstance(record, dict) or record.get("kind") != KIND:
            raise SaveError("not an Eternal save file")
        if record.get("format") != SAVE_FORMAT:
            raise SaveError(f"save format {record.get('format')!r}, this game reads {SAVE_FORMAT}")
        state = record.get("state")
        if not isinstance(state, dict):
            raise SaveError("the save holds no game state")
        return SaveInfo(path, slot, str(record.get("saved_at", "")), str(record.get("scene", "")), state)
    except SaveError as exc:
        return SaveInfo(path, slot, "", "", None, str(exc))
    except OSError as exc:
        return SaveInfo(path, slot, "", "", None, f"cannot read the file: {exc.strerror or exc}")


def list_saves(home: Path) -> list[SaveInfo]:
    """Every save file, good ones newest first, then the broken ones."""
    folder = saves_dir(home)
    if not folder.is_dir():
        return []
    infos = [read_save(p) for p in sorted(folder.glob("*.json"))]
    good = sorted((i for i in infos if i.ok), key=lambda i: i.saved_at, reverse=True)
    return good + [i for i in infos if not i.ok]


def newest_save(home: Path, unfinished: bool = False) -> SaveInfo | None:
    """The most recent readable save, if any (`unfinished`: only a night that has not reached its end)."""
    for info in list_saves(home):
        if info.ok and not (unfinished and info.state and info.state.get("phase") == "ended"):
            return info
    return None
