"""One walk over schema-valid scene files: the typed Story, where each part of it was written, and what the walk
itself cannot build (a second header, a duplicate id, a path that is refused, a condition testing two things)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Callable

from eternal.loader.gather import Located, gather
from eternal.loader.paths import resolve_asset, story_root
from eternal.loader.positions import Key, Positions
from eternal.loader.problems import Problem
from eternal.loader.yaml_source import Source
from eternal.model.graph import associations
from eternal.model.story import (
    DEFAULT_GOES,
    Ambience,
    Beat,
    Condition,
    Ending,
    Era,
    HidingRules,
    Intrusion,
    Layer,
    Memento,
    Memory,
    Option,
    Scene,
    Story,
    Text,
)

_NOT_A_KIND = ("is", "min", "max")  # what may stand beside the one thing a condition tests
_ALWAYS = Condition("all")


@dataclass(frozen=True)
class Built:
    """The story (None without a header), its positions, and the problems found while building it."""

    story: Story | None
    positions: Positions
    problems: tuple[Problem, ...]


def build(sources: list[Source], scenes_dir: Path) -> Built:
    """Build the typed story from files that passed the schema; the checks then run over what this returns."""
    return _Walk(scenes_dir).run(sources)


class _Walk:
    def __init__(self, scenes_dir: Path) -> None:
        self.scenes_dir = scenes_dir
        self.positions = Positions()
        self.problems: list[Problem] = []
        self.root: Path | None = None

    def report(self, key: Key, message: str, key_mark: bool = False) -> None:
        self.problems.append(self.positions.problem(key, message, key_mark))

    def run(self, sources: list[Source]) -> Built:
        g = gather(sources)
        if not g.stories:
            where = g.memories[0].source.path if g.memories else "scenes"
            return Built(None, self.positions, (Problem(where, 1, 1, "no story header: one file needs a top-level 'story:'"),))
        header = g.stories[0]
        self.positions.anchor(("story",), header.source, header.at)
        for extra in g.stories[1:]:
            self.problems.append(extra.problem((), f"a second story header (the first is in {header.source.path})", key=True))
        s = header.data
        self.root, reason = story_root(self.scenes_dir, s.get("root", ".."))
        if reason:
            self.report(("story", "root"), reason, key_mark="root" not in s)  # every path would be refused for it: once
        mementos = self._mementos(g.mementos)
        flags = self._flags(g.flags)
        memories = {m.id: m for m in self._scenes("memory", g.memories, self._memory)}
        hiding = s.get("hiding")
        story = Story(
            id=s["id"],
            title=_text(s["title"]),
            languages=tuple(s["languages"]),
            root=str(self.root or ""),
            prologue=tuple(s.get("prologue", [])),
            erase_order=tuple(s["erase_order"]),
            characters=MappingProxyType({k: _text(v) for k, v in s.get("characters", {}).items()}),
            mementos=MappingProxyType(mementos),
            flags=MappingProxyType(flags),
            hiding=None if hiding is None else self._hiding(hiding),
            memories=MappingProxyType(memories),
            endings=tuple(self._scenes("ending", g.endings, self._ending)),
            neighbours=MappingProxyType(associations(memories)),
            sounds=MappingProxyType({
                name: self._asset(("story", "sounds", name), rel) or "" for name, rel in s.get("sounds", {}).items()
            }),
            eras=MappingProxyType({era: self._era(era, raw) for era, raw in s["eras"].items()}),
            title_era=s.get("title_era"),
            cues=MappingProxyType(dict(s.get("cues", {}))),
            ambience=tuple(Ambience(**loop) for loop in s.get("ambience", [])),  # the schema allows only its fields
            ui=MappingProxyType({key: _text(text) for key, text in s.get("ui", {}).items()}),
            showcase=(tuple(s["showcase"].get("prologue", [])), tuple(s["showcase"]["erase_order"])) if "showcase" in s else None,
            title_art=self._layers(("story", "title_art"), s.get("title_art", [])),
        )
        return Built(story, self.positions, tuple(self.problems))

    # --- what has an id ------------------------------------------------------------------------------------------
    def _mementos(self, found: list[Located]) -> dict[str, Memento]:
        out: dict[str, Memento] = {}
        for loc in found:
            ident = loc.data["id"]
            if ident in out:
                self.problems.append(loc.problem(("id",), f"memento id {ident!r} is already used"))
                continue
            self.positions.anchor(("memento", ident), loc.source, loc.at)
            out[ident] = Memento(ident, _text(loc.data["name"]))
        return out

    def _flags(self, found: list[tuple[Located, str]]) -> dict[str, object]:
        out: dict[str, object] = {}
        for loc, name in found:
            if name in out:
                path, line, col = self.positions.where(("flag", name), key_mark=True)
                self.problems.append(loc.problem((name,), f"flag {name!r} is declared twice (first at {path}:{line}:{col})", key=True))
                continue
            self.positions.anchor(("flag", name), loc.source, loc.at + (name,))
            out[name] = loc.data[name]
        return out

    def _scenes(self, kind: str, found: list[Located], make: Callable[[Key, dict], Scene]) -> list:
        out = []
        for loc in found:
            ident = loc.data["id"]
            taken = ("memory", ident) if self._has(("memory", ident)) else ("ending", ident) if self._has(("ending", ident)) else None
            if taken:
                path, line, _ = self.positions.where(taken + ("id",))
                self.problems.append(loc.problem(("id",), f"{kind} id {ident!r} is already used ({path}:{line})"))
                continue
            self.positions.anchor((kind, ident), loc.source, loc.at)
            out.append(make((kind, ident), loc.data))
        return out

    def _has(self, head: Key) -> bool:
        try:
            self.positions.where(head)
        except KeyError:
            return False
        return True

    # --- scenes --------------------------------------------------------------------------------------------------
    def _memory(self, at: Key, raw: dict) -> Memory:
        return Memory(
            id=raw["id"],
            title=_text(raw["title"]),
            era=raw["era"],
            art=self._layers(at + ("art",), raw.get("art", [])),
            beats=tuple(self._beat(at + ("beats", i), b) for i, b in enumerate(raw["beats"])),
            kind=raw["kind"],
            date=raw["when"].get("date"),
            age=raw["when"].get("age"),
            where=_text(raw["where"]),
            mementos=tuple(raw.get("mementos", [])),
            associations=tuple(raw.get("associations", [])),
            keepsake=_opt_text(raw.get("keepsake")),
            cue=_opt_text(raw.get("cue")),
            sound=self._asset(at + ("sound",), raw.get("sound")),
            intrusions=tuple(
                Intrusion(
                    id=i["id"], who=i["who"], text=_text(i["text"]), at=i.get("at"), beat=i.get("beat"),
                    sound=self._asset(at + ("intrusions", n, "sound"), i.get("sound")),
                    when=self._condition(at + ("intrusions", n, "if"), i.get("if")),
                )
                for n, i in enumerate(raw.get("intrusions", []))
            ),
        )

    def _ending(self, at: Key, raw: dict) -> Ending:
        return Ending(
            id=raw["id"],
            title=_text(raw["title"]),
            era=raw["era"],
            art=self._layers(at + ("art",), raw.get("art", [])),
            beats=tuple(self._beat(at + ("beats", i), b) for i, b in enumerate(raw["beats"])),
            when=self._condition(at + ("when",), raw.get("when")),
        )

    def _beat(self, at: Key, raw: dict) -> Beat:
        return Beat(
            id=raw["id"],
            text=_opt_text(raw.get("text")),
            who=raw.get("who"),
            options=tuple(
                Option(
                    id=o["id"],
                    text=_text(o["text"]),
                    sets=MappingProxyType(dict(o.get("set", {}))),
                    bag=_bags(o.get("bag")),
                    goto=o.get("goto"),
                    when=self._condition(at + ("choice", j, "if"), o.get("if")),
                    commands=tuple(o.get("do", ())),
                )
                for j, o in enumerate(raw.get("choice", []))
            ),
            when=self._condition(at + ("if",), raw.get("if")),
            sets=MappingProxyType(dict(raw.get("set", {}))),
            bag=_bags(raw.get("bag")),
            goto=raw.get("goto"),
            commands=tuple(raw.get("do", ())),
            erasure=raw.get("erasure"),
        )

    def _condition(self, at: Key, raw: dict | None) -> Condition | None:
        """The typed condition; what cannot be typed (two tests at once, a bound on the wrong test) is reported."""
        if raw is None:
            return None
        kinds = [k for k in raw if k not in _NOT_A_KIND]
        if len(kinds) != 1:
            self.report(at, f"a condition tests one thing; this one has {', '.join(kinds) or 'nothing'} (combine with all/any)")
            return None
        kind = kinds[0]
        if "is" in raw and kind != "flag":
            self.report(at + ("is",), "'is' goes only with 'flag'", key_mark=True)
        for bound in ("min", "max"):
            if bound in raw and kind != "count":
                self.report(at + (bound,), f"'{bound}' goes only with 'count'", key_mark=True)
        value = raw[kind]
        if kind == "flag":
            return Condition("flag", name=value, value=raw.get("is"))
        if kind in ("all", "any"):
            items = (self._condition(at + (kind, i), c) or _ALWAYS for i, c in enumerate(value))
            return Condition(kind, items=tuple(items))  # a reported one stands as always true: the indices still hold
        if kind == "not":
            return Condition("not", items=(self._condition(at + ("not",), value) or _ALWAYS,))
        if kind == "survivors":
            return Condition("survivors", minimum=value.get("min"), maximum=value.get("max"), of=tuple(value.get("of", [])))
        if kind == "count":
            return Condition("count", name=value, minimum=raw.get("min"), maximum=raw.get("max"))
        return Condition(kind, name=value)

    # --- the header ----------------------------------------------------------------------------------------------
    def _hiding(self, raw: dict) -> HidingRules:
        every = raw["search_every"]
        return HidingRules(
            search_every=tuple(every) if isinstance(every, list) else (every,),
            prompt=_text(raw["prompt"]),
            stay=_text(raw["stay"]),
            found_lines=_texts(raw["found_line"]),
            lost_lines=_texts(raw["lost_line"]),
            **{key: raw[key] for key in ("reach", "when_found") if key in raw},  # checked against the model's values
        )

    def _era(self, era: str, raw: dict) -> Era:
        music = self._asset(("story", "eras", era, "music"), raw.get("music"))
        return Era(era, _rgb(raw["fill"]), _rgb(raw["fog"]), _rgb(raw["accent"]), music)

    def _layers(self, at: Key, raw: list) -> tuple[Layer, ...]:
        return tuple(
            Layer(kind=l["layer"], image=self._asset(at + (i, "image"), l["image"]) or "",
                  goes=tuple(l.get("goes", DEFAULT_GOES[l["layer"]])))
            for i, l in enumerate(raw)
        )

    def _asset(self, at: Key, rel: str | None) -> str | None:
        """The absolute path of a file the story names; a refused one is reported where it is named."""
        if rel is None or self.root is None:
            return None
        path, reason = resolve_asset(self.root, rel)
        if reason:
            self.report(at, reason)
        return str(path) if path else None


def _rgb(raw: str) -> tuple[int, int, int]:
    return (int(raw[1:3], 16), int(raw[3:5], 16), int(raw[5:7], 16))


def _text(raw: dict) -> Text:
    return Text(MappingProxyType(dict(raw)))


def _texts(raw: dict | list) -> tuple[Text, ...]:
    return tuple(_text(t) for t in raw) if isinstance(raw, list) else (_text(raw),)


def _opt_text(raw: dict | None) -> Text | None:
    return None if raw is None else _text(raw)


def _bags(raw: str | list | None) -> tuple[str, ...]:
    if raw is None:
        return ()
    return (raw,) if isinstance(raw, str) else tuple(raw)
