"""Which scene files have already passed the schema, so the game does not validate an unchanged story at every start.

Checking the files against the JSON Schema (and importing the validator) is most of a start-up. The answer depends only
on the file's bytes and on the schema and reader that judged them, so a digest of all three stands for "this passed".
This is a cache: a damaged or foreign file is ignored and written anew; `eternal check` never uses it.
"""

from __future__ import annotations

from pathlib import Path

from eternal.persistence.files import write_json_atomic
from eternal.persistence.strict_json import FileProblem, read_json

MAX_ENTRIES = 256  # a story of a few dozen files, edited many times
MAX_BYTES = 64 * 1024


def memory_path(home: Path) -> Path:
    return home / "cache" / "schema-passed.json"


def recall(home: Path) -> frozenset[str]:
    """The digests of files that passed before; empty when there is no readable record."""
    try:
        data = read_json(memory_path(home), MAX_BYTES)
    except (FileNotFoundError, FileProblem):
        return frozenset()
    if not isinstance(data, list):
        return frozenset()
    return frozenset(d for d in data if isinstance(d, str) and len(d) == 64)


def remember(home: Path, before: frozenset[str], passed: list[str]) -> None:
    """Add the digests that passed now (the newest kept first); a folder that cannot be written is no matter."""
    new = [d for d in passed if d not in before]
    if not new:
        return
    kept = list(dict.fromkeys(new + sorted(before)))[:MAX_ENTRIES]
    try:
        write_json_atomic(memory_path(home), kept)
    except OSError:
        pass
