"""Lines read in any night so far, so skip mode can race through them and stop at anything new."""

from __future__ import annotations

from pathlib import Path

from eternal.persistence.files import move_aside, write_json_atomic
from eternal.persistence.strict_json import FileProblem, read_json

MAX_SEEN_BYTES = 4 * 1024 * 1024


class SeenLines:
    """A set of line ids kept in ETERNAL_HOME/seen.json. A damaged file starts the set afresh and is renamed to
    `seen.json.damaged-<UTC time>` (bytes unchanged) before the first write; `problem` says what was wrong."""

    def __init__(self, home: Path) -> None:
        self.path = home / "seen.json"
        self.ids: set[str] = set()
        self.problem: str | None = None
        try:
            data = read_json(self.path, MAX_SEEN_BYTES)
        except FileNotFoundError:
            data = []
        except FileProblem as exc:
            self.problem = str(exc)
            data = []
        if isinstance(data, list):
            self.ids = {item for item in data if isinstance(item, str)}
        else:
            self.problem = "it does not hold a list of lines"
        self._saved = len(self.ids)

    def __contains__(self, line_id: str) -> bool:
        return line_id in self.ids

    def add_all(self, line_ids) -> None:
        self.ids.update(line_ids)

    def save(self) -> None:
        if len(self.ids) != self._saved:
            if self.problem is not None:
                move_aside(self.path)
                self.problem = None
            write_json_atomic(self.path, sorted(self.ids))
            self._saved = len(self.ids)
