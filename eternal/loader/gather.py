"""Where each story, memory and ending stands among the parsed files."""

from __future__ import annotations

from dataclasses import dataclass, field

from eternal.loader.yaml_source import Path_, Source


@dataclass(frozen=True)
class Located:
    """A mapping from a scene file with the file and the path that lead to it."""

    source: Source
    at: Path_
    data: dict

    def problem(self, sub: Path_, message: str, key: bool = False):
        return self.source.problem(self.at + tuple(sub), message, key)


@dataclass
class Gathered:
    stories: list[Located]
    memories: list[Located]
    endings: list[Located]
    mementos: list[Located] = field(default_factory=list)  # from the story header or any file's top level
    flags: list[tuple[Located, str]] = field(default_factory=list)  # (the flags mapping, one name in it)


def gather(sources: list[Source]) -> Gathered:
    """Pick the story headers, memories and endings out of schema-valid files."""
    out = Gathered([], [], [])
    for source in sources:
        data = source.data
        if not isinstance(data, dict):
            continue
        if "story" in data:
            out.stories.append(Located(source, ("story",), data["story"]))
        for at, holder in ((("story",), data.get("story") or {}), ((), data)):
            for i, memento in enumerate(holder.get("mementos") or []):
                out.mementos.append(Located(source, at + ("mementos", i), memento))
            flags = holder.get("flags") or {}
            for name in flags:
                out.flags.append((Located(source, at + ("flags",), flags), name))
        for i, memory in enumerate(data.get("memories") or []):
            out.memories.append(Located(source, ("memories", i), memory))
        for i, ending in enumerate(data.get("endings") or []):
            out.endings.append(Located(source, ("endings", i), ending))
    return out
