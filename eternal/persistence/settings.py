"""Player settings, remembered between runs as JSON beside the saves."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from eternal.persistence.files import write_json_atomic


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
    kiosk: bool = False  # screenings: fullscreen, no saves, quit only by a held chord, back to the title when idle
    idle_seconds: float = 120.0  # kiosk: seconds without input before the night resets to the title
    showcase: bool = False  # play the story's short showcase cut

    @classmethod
    def load(cls, home: Path) -> "Settings":
        """Settings from disk; anything missing or malformed falls back to its default."""
        settings = cls()
        path = home / "settings.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return settings
        if not isinstance(data, dict):
            return settings
        for f in fields(cls):
            value = data.get(f.name)
            default = getattr(settings, f.name)
            if isinstance(value, type(default)) and not (isinstance(value, bool) and not isinstance(default, bool)):
                setattr(settings, f.name, value)
            elif isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
                setattr(settings, f.name, float(value))
        if settings.language not in ("en", "de"):
            settings.language = "en"
        settings.clamp()
        return settings

    def clamp(self) -> None:
        """Keep every number in the range the settings screen offers, whatever the file said."""
        self.text_speed = min(1000.0, max(10.0, self.text_speed))
        self.auto_delay = min(10.0, max(0.5, self.auto_delay))
        self.text_scale = min(2.0, max(1.0, self.text_scale))
        self.idle_seconds = min(3600.0, max(10.0, self.idle_seconds))
        for name in ("master_volume", "music_volume", "effects_volume"):
            setattr(self, name, min(1.0, max(0.0, getattr(self, name))))

    def save(self, home: Path) -> None:
        write_json_atomic(home / "settings.json", asdict(self))
