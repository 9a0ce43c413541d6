"""Lines read in any night so far, so skip mode can race through them and stop at anything new."""

from __future__ import annotations

import json
from pathlib import Path

from eternal.persistence.files import write_json_atomic


class SeenLines:
    """A set of line ids kept in ETERNAL_HOME/seen.json; a damaged file just starts the set afresh."""

    def __init__(self, home: Path) -> None:
        self.path = home / "seen.json"
        self.ids: set[str] = set()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, list):
                self.ids = {item for item in data if isinstance(item, str)}
        except (OSError, ValueError):
            pass
        self._saved = len(self.ids)

    def __contains__(self, line_id: str) -> bool:
        return line_id in self.ids

    def add_all(self, line_ids) -> None:
        self.ids.update(line_ids)

    def save(self) -> None:
        if len(self.ids) != self._saved:
            write_json_atomic(self.path, sorted(self.ids))
            self._saved = len(self.ids)
