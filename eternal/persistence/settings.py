"""Player settings, remembered between runs as JSON beside the saves.

A damaged settings.json (unreadable, or holding a value the game cannot use) is not overwritten: the game plays on
with the defaults for whatever was damaged, says so once, and the first time it writes the settings it first renames
the damaged file to `settings.json.damaged-<UTC time>`, bytes unchanged.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import ClassVar

from eternal.persistence.files import move_aside, write_json_atomic
from eternal.persistence.strict_json import FileProblem, finite_number, read_json

MAX_SETTINGS_BYTES = 64 * 1024
# A BCP 47 language tag (en, de, fr, pt-BR, zh-Hant-TW): whether the story has it is decided when it is loaded.
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
# What the settings screen offers; a number outside its range in the file is damage, not a wish.
RANGES: dict[str, tuple[float, float]] = {
    "text_speed": (10.0, 1000.0),
    "auto_delay": (0.5, 10.0),
    "text_scale": (1.0, 2.0),
    "master_volume": (0.0, 1.0),
    "music_volume": (0.0, 1.0),
    "effects_volume": (0.0, 1.0),
}


@dataclass
class Settings:
    language: str = "en"
    fullscreen: bool = False
    reduce_motion: bool = False
    text_speed: float = 45.0  # letters per second in the typewriter reveal
    auto_advance: bool = False
    auto_delay: float = 2.5  # seconds a fully shown line waits before auto-advance moves on
    text_scale: float = 1.0
    high_contrast: bool = False
    master_volume: float = 0.8
    music_volume: float = 0.7
    effects_volume: float = 0.8
    always_show_map: bool = False
    self_voicing: bool = False  # lines, options and menus read aloud through the platform's speech (V)
    # Launch modes (kiosk, showcase, the idle return) are not settings: see presentation/launch.py. An older file
    # that holds them still loads; they are ignored and not written again.

    # Why the file on disk was not used as it stands (None: it was, or there was none). Not a setting: never written.
    problem: ClassVar[str | None] = None

    @classmethod
    def load(cls, home: Path) -> "Settings":
        """Settings from disk; anything missing falls back to its default, and so does anything damaged (which
        `problem` then names)."""
        settings = cls()
        try:
            data = read_json(home / "settings.json", MAX_SETTINGS_BYTES, lenient_numbers=True)
        except FileNotFoundError:
            return settings
        except FileProblem as exc:
            settings.problem = str(exc)
            return settings
        if not isinstance(data, dict):
            settings.problem = "it does not hold a list of settings"
            return settings
        bad: list[str] = []
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            default = getattr(settings, f.name)
            if isinstance(default, bool):
                ok = isinstance(value, bool)
            elif isinstance(default, float):
                ok = finite_number(value, *RANGES.get(f.name, (-1e9, 1e9)))
                value = float(value) if ok else value
            elif f.name == "language":
                ok = isinstance(value, str) and LANGUAGE_TAG.fullmatch(value) is not None
            else:
                ok = isinstance(value, type(default))
            if ok:
                setattr(settings, f.name, value)
            else:
                bad.append(f.name)
        if bad:
            settings.problem = f"unusable value{'s' if len(bad) > 1 else ''} for {', '.join(bad)}"
        return settings

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The settings' names, as written to the file."""
        return tuple(f.name for f in fields(cls))

    def clamp(self) -> None:
        """Keep every number in the range the settings screen offers, whatever the command line asked for (a number
        that is not one, NaN, gets the default)."""
        defaults = Settings()
        for name, (low, high) in RANGES.items():
            value = getattr(self, name)
            setattr(self, name, min(high, max(low, value)) if value == value else getattr(defaults, name))

    def save(self, home: Path) -> None:
        """Write the settings; a damaged file on disk is first renamed aside (see the module's note)."""
        path = home / "settings.json"
        if self.problem is not None:
            move_aside(path)
            self.problem = None
        write_json_atomic(path, asdict(self))
