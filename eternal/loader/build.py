"""Checked scene data into the model's frozen dataclasses."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from eternal.loader.checks import resolve_asset
from eternal.loader.gather import Gathered
from eternal.model.story import (
    DEFAULT_GOES,
    Beat,
    Condition,
    Ending,
    HidingRules,
    Intrusion,
    Layer,
    Memento,
    Memory,
    Era,
    Option,
    Story,
    Text,
)


def build_story(g: Gathered, scenes_dir: Path) -> Story:
    """The immutable Story; call only on data that passed the schema and the checks."""
    s = g.stories[0].data
    root = (scenes_dir / s.get("root", "..")).resolve()
    memories = {loc.data["id"]: _memory(loc.data, root) for loc in g.memories}
    neighbours: dict[str, set[str]] = {m: set() for m in memories}
    for memory in memories.values():
        for other in memory.associations:
            neighbours[memory.id].add(other)
            neighbours[other].add(memory.id)
    hiding = s.get("hiding")
    return Story(
        id=s["id"],
        title=_text(s["title"]),
        languages=tuple(s["languages"]),
        root=str(root),
        prologue=tuple(s.get("prologue", [])),
        erase_order=tuple(s["erase_order"]),
        characters=MappingProxyType({k: _text(v) for k, v in s.get("characters", {}).items()}),
        mementos=MappingProxyType({m.data["id"]: Memento(m.data["id"], _text(m.data["name"])) for m in g.mementos}),
        flags=MappingProxyType({name: loc.data[name] for loc, name in g.flags}),
        hiding=None
        if hiding is None
        else HidingRules(
            search_every=tuple(hiding["search_every"]) if isinstance(hiding["search_every"], list) else (hiding["search_every"],),
            prompt=_text(hiding["prompt"]),
            stay=_text(hiding["stay"]),
            found_lines=_texts(hiding["found_line"]),
            lost_lines=_texts(hiding["lost_line"]),
        ),
        memories=MappingProxyType(memories),
        endings=tuple(_ending(loc.data, root) for loc in g.endings),
        neighbours=MappingProxyType({k: tuple(sorted(v)) for k, v in neighbours.items()}),
        eras=_eras(s, root),
        sounds=MappingProxyType({cue: _asset(root, rel) or "" for cue, rel in s.get("sounds", {}).items()}),
        showcase=(tuple(s["showcase"].get("prologue", [])), tuple(s["showcase"]["erase_order"])) if "showcase" in s else None,
        title_art=_layers(s.get("title_art", []), root),
    )


def _commands(raw: dict) -> tuple[str, ...]:
    # transitional: the old flags `turn: true`, `escape: true`, `survivors: true` beside `do: [...]`
    legacy = [name for key, name in (("turn", "turn"), ("escape", "escape"), ("survivors", "list_survivors")) if raw.get(key)]
    return tuple(legacy) + tuple(raw.get("do", ()))


def _eras(s: dict, root: Path) -> MappingProxyType:
    # transitional: eras from the old `music:` block until the header declares `eras:`
    grey = (128, 128, 128)
    declared = s.get("eras") or {era: {"music": rel} for era, rel in s.get("music", {}).items()}
    return MappingProxyType({
        era: Era(era, _rgb(d.get("fill"), grey), _rgb(d.get("fog"), grey), _rgb(d.get("accent"), grey),
                 _asset(root, d["music"]) if d.get("music") else None)
        for era, d in declared.items()
    })


def _rgb(raw: str | None, default: tuple[int, int, int]) -> tuple[int, int, int]:
    if not raw:
        return default
    return (int(raw[1:3], 16), int(raw[3:5], 16), int(raw[5:7], 16))


def _text(raw: dict) -> Text:
    return Text(MappingProxyType(dict(raw)))


def _texts(raw: dict | list) -> tuple[Text, ...]:
    return tuple(_text(t) for t in raw) if isinstance(raw, list) else (_text(raw),)


def _opt_text(raw: dict | None) -> Text | None:
    return None if raw is None else _text(raw)


def _asset(root: Path, rel: str | None) -> str | None:
    if rel is None:
        return None
    path, _ = resolve_asset(root, rel)
    return str(path) if path else None


def _bags(raw: str | list | None) -> tuple[str, ...]:
    if raw is None:
        return ()
    return (raw,) if isinstance(raw, str) else tuple(raw)


def _condition(raw: dict | None) -> Condition | None:
    if raw is None:
        return None
    kind = next(k for k in raw if k not in ("is", "min", "max"))
    value = raw[kind]
    if kind == "flag":
        return Condition("flag", name=value, value=raw.get("is"))
    if kind in ("all", "any"):
        return Condition(kind, items=tuple(_condition(c) for c in value))
    if kind == "not":
        return Condition("not", items=(_condition(value),))
    if kind == "survivors":
        return Condition("survivors", minimum=value.get("min"), maximum=value.get("max"), of=tuple(value.get("of", [])))
    if kind == "count":
        return Condition("count", name=value, minimum=raw.get("min"), maximum=raw.get("max"))
    return Condition(kind, name=value)


def _beat(raw: dict) -> Beat:
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
                when=_condition(o.get("if")),
                commands=_commands(o),
            )
            for o in raw.get("choice", [])
        ),
        when=_condition(raw.get("if")),
        sets=MappingProxyType(dict(raw.get("set", {}))),
        bag=_bags(raw.get("bag")),
        goto=raw.get("goto"),
        commands=_commands(raw),
        erasure=raw.get("erasure"),
    )


def _layers(raw: list, root: Path) -> tuple[Layer, ...]:
    return tuple(
        Layer(kind=l["layer"], image=_asset(root, l["image"]) or "", goes=tuple(l.get("goes", DEFAULT_GOES[l["layer"]])))
        for l in raw
    )


def _memory(raw: dict, root: Path) -> Memory:
    return Memory(
        id=raw["id"],
        title=_text(raw["title"]),
        era=raw["era"],
        art=_layers(raw.get("art", []), root),
        beats=tuple(_beat(b) for b in raw["beats"]),
        kind=raw["kind"],
        date=raw["when"].get("date"),
        age=raw["when"].get("age"),
        where=_text(raw["where"]),
        mementos=tuple(raw.get("mementos", [])),
        associations=tuple(raw.get("associations", [])),
        keepsake=_opt_text(raw.get("keepsake")),
        cue=_opt_text(raw.get("cue")),
        sound=_asset(root, raw.get("sound")),
        intrusions=tuple(
            Intrusion(
                id=i["id"], who=i["who"], text=_text(i["text"]), at=i.get("at"), beat=i.get("beat"),
                sound=_asset(root, i.get("sound")), when=_condition(i.get("if")),
            )
            for i in raw.get("intrusions", [])
        ),
    )


def _ending(raw: dict, root: Path) -> Ending:
    return Ending(
        id=raw["id"],
        title=_text(raw["title"]),
        era=raw["era"],
        art=_layers(raw.get("art", []), root),
        beats=tuple(_beat(b) for b in raw["beats"]),
        when=_condition(raw.get("when")),
    )
