"""Where each part of the typed story was written, so a check over typed data can still say file:line:col."""

from __future__ import annotations

from eternal.loader.problems import Problem
from eternal.loader.yaml_source import Path_, Source
from eternal.model.story import Memory, Scene

# A key names a place in the story, not in a file: ("story", *path) for the header, ("memory" | "ending" | "memento",
# id, *path) for what has an id, ("flag", name) for a declared flag. The path below is the one the YAML has there
# (keys and list indices), e.g. ("memory", "late", "beats", 2, "goto").
Key = tuple[object, ...]


class Positions:
    """A table from keys to (file, line, col), built in the same walk as the story."""

    def __init__(self) -> None:
        self._anchors: dict[Key, tuple[Source, Path_]] = {}

    def anchor(self, head: Key, source: Source, at: Path_) -> None:
        """`head` (("story",), or a kind and an id) stands at `at` in `source`; the first anchor of a head wins."""
        self._anchors.setdefault(tuple(head), (source, tuple(at)))

    def where(self, key: Key, key_mark: bool = False) -> tuple[str, int, int]:
        """The file, line and column of the value at `key` (of its key in the mapping with `key_mark`), or of its
        nearest written parent."""
        for n in (2, 1):
            head = tuple(key[:n])
            if head in self._anchors:
                source, at = self._anchors[head]
                line, col = source.where(at + tuple(key[n:]), key_mark)
                return source.path, line, col
        raise KeyError(key)

    def problem(self, key: Key, message: str, key_mark: bool = False) -> Problem:
        path, line, col = self.where(key, key_mark)
        return Problem(path, line, col, message)


def scene_key(scene: Scene) -> Key:
    """The head of the keys inside a memory or an ending."""
    return ("memory" if isinstance(scene, Memory) else "ending", scene.id)
