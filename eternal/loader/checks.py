"""Graph checks over schema-valid scene data: references, order, reachability, languages, files."""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from pathlib import Path

from eternal.loader.gather import Gathered, Located
from eternal.loader.pictures import picture_problem
from eternal.loader.problems import Problem

LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian"}


def story_root(scenes_dir: Path, raw: str) -> tuple[Path | None, str | None]:
    """The real folder a story's paths start from (`root:`, relative to the scenes folder), or why it is refused.

    A story reads only inside its own folder: the scenes folder's parent (the project folder, where art/ and sound/
    sit beside scenes/), or below it. Paths are compared after resolving symlinks, so no link leads out either."""
    reason = _bad_characters(raw, "root")
    if reason:
        return None, reason
    if _is_absolute(raw):
        return None, f"root {raw!r} is an absolute path; give it relative to the scenes folder (the default is ..)"
    try:
        scenes = scenes_dir.resolve()
        folder = scenes.parent
        root = (scenes / raw).resolve()
    except (OSError, RuntimeError, ValueError) as exc:
        return None, f"root {raw!r} cannot be followed: {exc}"
    if folder.parent == folder:
        return None, "the scenes folder sits at the top of the file system; a story needs a folder of its own around it"
    if not inside(root, folder):
        return None, f"root {raw!r} leads outside the story's folder; it may be the scenes folder, its parent, or a folder in them"
    return root, None


def resolve_asset(root: Path, rel: str) -> tuple[Path | None, str | None]:
    """The file a story path names, or a reason it is refused (absolute, leaving the root, missing)."""
    reason = _bad_characters(rel, "path")
    if reason:
        return None, reason
    if _is_absolute(rel):
        return None, f"{rel!r} is an absolute path; use a path relative to the story root"
    try:
        candidate = (root / rel).resolve()
        if not inside(candidate, root.resolve()):
            return None, f"{rel!r} leads outside the story root"
        if not candidate.is_file():
            return None, f"file {rel!r} does not exist (looked in {root})"
    except (OSError, RuntimeError, ValueError) as exc:  # a symlink loop, a name too long for the file system
        return None, f"{rel!r} cannot be followed: {exc}"
    return candidate, None


def _bad_characters(raw: str, what: str) -> str | None:
    for i, ch in enumerate(raw):
        if ch < " " or ch == "\x7f" or "\x80" <= ch <= "\x9f":
            return f"the {what} {raw!r} holds a control character ({ch!r} at character {i + 1})"
    return None


def _is_absolute(raw: str) -> bool:
    return os.path.isabs(raw) or raw.startswith(("/", "\\")) or (len(raw) > 1 and raw[1] == ":")


def inside(path: Path, folder: Path) -> bool:
    """Whether `path` is `folder` or lies below it (both already resolved)."""
    return path == folder or folder in path.parents


class Checker:
    """Collects problems; each method checks one rule over the whole story."""

    def __init__(self, g: Gathered, scenes_dir: Path) -> None:
        self.g = g
        self.problems: list[Problem] = []
        self.story = g.stories[0] if g.stories else None
        self.s = self.story.data if self.story else {}
        self.languages = list(self.s.get("languages", ["en"]))
        self.root, self.root_problem = story_root(scenes_dir, self.s.get("root", ".."))
        self.memories: dict[str, Located] = {}
        self.endings: dict[str, Located] = {}

    def add(self, loc: Located, sub, message: str, key: bool = False) -> None:
        self.problems.append(loc.problem(tuple(sub), message, key))

    def run(self) -> list[Problem]:
        if not self.g.stories:
            where = self.g.memories[0].source.path if self.g.memories else "scenes"
            self.problems.append(Problem(where, 1, 1, "no story header: one file needs a top-level 'story:'"))
            return self.problems
        for extra in self.g.stories[1:]:
            self.add(extra, (), f"a second story header (the first is in {self.story.source.path})", key=True)
        self.ids()
        self.sequence()
        self.memory_rules()
        self.beats_and_refs()
        self.turn_and_reach()
        self.showcase()
        self.endings_rules()
        self.texts()
        self.assets()
        return self.problems

    # --- ids -----------------------------------------------------------------------------------------------------
    def ids(self) -> None:
        for kind, items, table in (("memory", self.g.memories, self.memories), ("ending", self.g.endings, self.endings)):
            for loc in items:
                ident = loc.data["id"]
                if ident in self.memories or ident in self.endings:
                    first = (self.memories.get(ident) or self.endings.get(ident))
                    line, _ = first.source.where(first.at + ("id",))
                    self.add(loc, ("id",), f"{kind} id {ident!r} is already used ({first.source.path}:{line})")
                    continue
                table[ident] = loc
        seen: set[str] = set()
        for loc in self.g.mementos:
            if loc.data["id"] in seen:
                self.add(loc, ("id",), f"memento id {loc.data['id']!r} is already used")
            seen.add(loc.data["id"])
        self.memento_ids = seen
        self.flags: dict[str, object] = {}
        first: dict[str, Located] = {}
        for loc, name in self.g.flags:
            if name in self.flags:
                line, col = first[name].source.where(first[name].at + (name,), key=True)
                self.add(loc, (name,), f"flag {name!r} is declared twice (first at {first[name].source.path}:{line}:{col})", key=True)
                continue
            self.flags[name] = loc.data[name]
            first[name] = loc
        self.characters = set(self.s.get("characters", {}))
        for loc in list(self.memories.values()) + list(self.endings.values()):
            beat_ids: set[str] = set()
            for i, beat in enumerate(loc.data["beats"]):
                if beat["id"] in beat_ids:
                    self.add(loc, ("beats", i, "id"), f"beat id {beat['id']!r} is already used in {loc.data['id']!r}")
                beat_ids.add(beat["id"])
                option_ids: set[str] = set()
                for j, option in enumerate(beat.get("choice", [])):
                    if option["id"] in option_ids:
                        self.add(loc, ("beats", i, "choice", j, "id"), f"option id {option['id']!r} is already used in this choice")
                    option_ids.add(option["id"])
            intrusion_ids: set[str] = set()
            for i, intrusion in enumerate(loc.data.get("intrusions", [])):
                if intrusion["id"] in intrusion_ids:
                    self.add(loc, ("intrusions", i, "id"), f"intrusion id {intrusion['id']!r} is already used in {loc.data['id']!r}")
                intrusion_ids.add(intrusion["id"])

    # --- prologue and erase order --------------------------------------------------------------------------------
    def sequence(self) -> None:
        st = self.story
        for key, kind in (("prologue", "real"), ("erase_order", "mapped")):
            seen: set[str] = set()
            for i, ident in enumerate(self.s.get(key, [])):
                if ident not in self.memories:
                    self.add(st, (key, i), f"{key} names {ident!r}, which is no memory")
                    continue
                actual = self.memories[ident].data["kind"]
                if actual != kind:
                    self.add(st, (key, i), f"{key} names {ident!r}, a {actual} memory; only {kind} memories belong here")
                if ident in seen:
                    self.add(st, (key, i), f"{key} names {ident!r} twice")
                seen.add(ident)
            for ident, loc in self.memories.items():
                if loc.data["kind"] == kind and ident not in seen:
                    self.add(loc, ("kind",), f"{kind} memory {ident!r} is missing from the story's {key}")
        order = [m for m in self.s.get("erase_order", []) if m in self.memories and self.memories[m].data["kind"] == "mapped"]
        dates = {m: self._date(self.memories[m]) for m in order}
        for i in range(1, len(order)):
            newer, older = order[i - 1], order[i]
            if dates[newer] and dates[older] and dates[older] > dates[newer]:
                self.add(st, ("erase_order", self.s["erase_order"].index(older)),
                         f"erase order must run newest first: {older!r} ({dates[older]}) comes after the older {newer!r} ({dates[newer]})")

    def _date(self, loc: Located) -> dt.date | None:
        raw = loc.data["when"].get("date")
        if raw is None:
            return None
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            return None

    # --- memories ------------------------------------------------------------------------------------------------
    def memory_rules(self) -> None:
        for ident, loc in self.memories.items():
            d = loc.data
            kind, when = d["kind"], d["when"]
            if kind in ("mapped", "real"):
                if "date" not in when:
                    self.add(loc, ("when",), f"a {kind} memory needs when: {{date: YYYY-MM-DD}}")
                elif self._date(loc) is None:
                    self.add(loc, ("when", "date"), f"{when['date']!r} is not a real date")
            elif "age" not in when:
                self.add(loc, ("when",), "an unmapped memory needs when: {age: N} (how old Joel was)")
            if "cue" in d and kind != "unmapped":
                self.add(loc, ("cue",), "'cue' hints at a hiding place; only unmapped memories are hiding places", key=True)
            mementos = d.get("mementos", [])
            if kind == "mapped" and not mementos:
                self.add(loc, ("kind",), f"mapped memory {ident!r} has no memento: nothing would let Lacuna find it")
            if kind != "mapped" and mementos:
                self.add(loc, ("mementos",), f"{kind} memory {ident!r} has a memento; only mapped memories have mementos (Lacuna would find it)")
            for i, m in enumerate(mementos):
                if m not in self.memento_ids:
                    self.add(loc, ("mementos", i), f"unknown memento {m!r} (declare it under 'mementos:')")
            for i, other in enumerate(d.get("associations", [])):
                if other == ident:
                    self.add(loc, ("associations", i), "a memory cannot be associated with itself")
                elif other not in self.memories:
                    self.add(loc, ("associations", i), f"association to {other!r}, which is no memory")
            beat_ids = {b["id"] for b in d["beats"]}
            for i, intrusion in enumerate(d.get("intrusions", [])):
                if intrusion.get("beat") is None and intrusion.get("at") is None:
                    self.add(loc, ("intrusions", i), "an intrusion needs 'at' (erasure level) or 'beat'")
                if intrusion.get("at") is not None and kind != "mapped":
                    self.add(loc, ("intrusions", i, "at"), "'at' ties an intrusion to the erasure level; only mapped memories erode while read (use 'beat')")
                if intrusion.get("beat") is not None and intrusion["beat"] not in beat_ids:
                    self.add(loc, ("intrusions", i, "beat"), f"no beat {intrusion['beat']!r} in {ident!r}")
                if intrusion["who"] not in self.characters:
                    self.add(loc, ("intrusions", i, "who"), f"unknown character {intrusion['who']!r}")
                if "if" in intrusion:
                    self._condition(loc, ("intrusions", i, "if"), intrusion["if"])
            for i, layer in enumerate(d.get("art", [])):
                goes = layer.get("goes")
                if goes and goes[0] > goes[1]:
                    self.add(loc, ("art", i, "goes"), "goes: [from, to] needs from <= to")
        bagged = set()
        for ident in self.s.get("prologue", []):
            if ident in self.memories:
                for beat in self.memories[ident].data["beats"]:
                    bagged.update(_bag_list(beat))
                    for option in beat.get("choice", []):
                        bagged.update(_bag_list(option))
        used = {m for loc in self.memories.values() for m in loc.data.get("mementos", [])}
        for loc in self.g.mementos:
            ident = loc.data["id"]
            if ident not in bagged:
                self.add(loc, ("id",), f"memento {ident!r} is never bagged in the prologue (add 'bag: {ident}' to a beat or option)")
            elif ident not in used:
                self.add(loc, ("id",), f"memento {ident!r} belongs to no memory")

    # --- beats, flags, characters, goto --------------------------------------------------------------------------
    def beats_and_refs(self) -> None:
        for loc in list(self.memories.values()) + list(self.endings.values()):
            is_memory = loc.data["id"] in self.memories
            kind = loc.data.get("kind", "ending")
            beats = loc.data["beats"]
            index = {b["id"]: i for i, b in enumerate(beats)}
            for i, beat in enumerate(beats):
                at = ("beats", i)
                if "choice" not in beat and "text" not in beat and not beat.get("survivors"):
                    self.add(loc, at, f"beat {beat['id']!r} has no text and no choice")
                if "choice" in beat and (beat.get("turn") or beat.get("escape")):
                    self.add(loc, at, "a choice beat cannot also be a turn or an escape")
                if "who" in beat and beat["who"] not in self.characters:
                    self.add(loc, at + ("who",), f"unknown character {beat['who']!r} (declare it under story: characters)")
                if beat.get("survivors") and is_memory:
                    self.add(loc, at + ("survivors",), "'survivors' lists what survived; it belongs in an ending")
                if "erasure" in beat and kind != "mapped":
                    self.add(loc, at + ("erasure",), "'erasure' sets how far a mapped memory has eroded; this is not one")
                if beat.get("escape") and kind not in ("mapped", "unmapped"):
                    self.add(loc, at + ("escape",), "'escape' offers hiding places; only memories in the erasure have them")
                self._effects(loc, at, beat)
                self._goto(loc, at, beat, index, i)
                for j, option in enumerate(beat.get("choice", [])):
                    if option.get("escape") and kind not in ("mapped", "unmapped"):
                        self.add(loc, at + ("choice", j, "escape"), "'escape' offers hiding places; only memories in the erasure have them")
                    elif option.get("escape") and "goto" not in option and "goto" not in beat and i == len(beats) - 1:
                        self.add(loc, at + ("choice", j, "escape"), "an escape option needs a beat after it to come back to")
                    self._effects(loc, at + ("choice", j), option)
                    self._goto(loc, at + ("choice", j), option, index, i)
                    if "if" in option:
                        self._condition(loc, at + ("choice", j, "if"), option["if"])
                if "if" in beat:
                    self._condition(loc, at + ("if",), beat["if"])

    def _effects(self, loc: Located, at, item: dict) -> None:
        for name in item.get("set", {}):
            if name not in self.flags:
                self.add(loc, at + ("set", name), f"unknown flag {name!r} (declare it under 'flags:')", key=True)
        raw = item.get("bag")
        for i, memento in enumerate(_bag_list(item)):
            if memento not in self.memento_ids:
                self.add(loc, at + (("bag", i) if isinstance(raw, list) else ("bag",)), f"unknown memento {memento!r}")

    def _goto(self, loc: Located, at, item: dict, index: dict, here: int) -> None:
        if "goto" not in item:
            return
        target = item["goto"]
        if target not in index:
            self.add(loc, at + ("goto",), f"goto {target!r}: no such beat in {loc.data['id']!r}")
        elif index[target] <= here:
            self.add(loc, at + ("goto",), f"goto {target!r} jumps backwards; beats only jump forward (so a memory always ends)")

    def _condition(self, loc: Located, at, cond: dict) -> None:
        kinds = [k for k in cond if k not in ("is", "min", "max")]
        if len(kinds) != 1:
            self.add(loc, at, f"a condition tests one thing; this one has {', '.join(kinds) or 'nothing'} (combine with all/any)")
            return
        kind = kinds[0]
        if "is" in cond and kind != "flag":
            self.add(loc, at + ("is",), "'is' goes only with 'flag'", key=True)
        for bound in ("min", "max"):
            if bound in cond and kind != "count":
                self.add(loc, at + (bound,), f"'{bound}' goes only with 'count'", key=True)
        if kind == "count" and "min" not in cond and "max" not in cond:
            self.add(loc, at + ("count",), "'count' needs 'min' or 'max', e.g. {count: hides, min: 1}")
        value = cond[kind]
        if kind == "flag" and value not in self.flags:
            self.add(loc, at + ("flag",), f"unknown flag {value!r}")
        elif kind == "bagged" and value not in self.memento_ids:
            self.add(loc, at + ("bagged",), f"unknown memento {value!r}")
        elif kind in ("survived", "erased", "visited", "saved") and value not in self.memories:
            self.add(loc, at + (kind,), f"no memory {value!r}")
        elif kind == "survivors":
            for i, m in enumerate(value.get("of", [])):
                if m not in self.memories:
                    self.add(loc, at + ("survivors", "of", i), f"no memory {m!r}")
        elif kind in ("all", "any"):
            for i, item in enumerate(value):
                self._condition(loc, at + (kind, i), item)
        elif kind == "not":
            self._condition(loc, at + ("not",), value)

    # --- the turn and reachability ------------------------------------------------------------------------------
    def turn_and_reach(self) -> None:
        turns = [(loc, i) for loc in self.memories.values() for i, b in enumerate(loc.data["beats"]) if b.get("turn")]
        unmapped = [m for m, loc in self.memories.items() if loc.data["kind"] == "unmapped"]
        for loc, i in turns:
            if loc.data["kind"] != "mapped":
                self.add(loc, ("beats", i, "turn"), "the turn happens in a mapped memory, while the erasure takes it")
        for loc, i in turns[1:]:
            self.add(loc, ("beats", i, "turn"), "a second turn; the story has exactly one")
        if unmapped and not turns:
            self.add(self.story, ("erase_order",), "there are unmapped memories but no beat with 'turn: true', so nobody can hide in them")
        if unmapped and "hiding" not in self.s:
            self.add(self.story, (), "there are unmapped memories but no 'hiding:' rules in the story header", key=True)
        if not turns:
            return
        order = list(self.s.get("erase_order", []))
        turn_memory = turns[0][0].data["id"]
        starts = order[order.index(turn_memory):] if turn_memory in order else []
        neighbours = self._neighbours()
        reached = set()
        queue = deque(starts)
        while queue:
            here = queue.popleft()
            for other in neighbours.get(here, ()):
                if other in self.memories and self.memories[other].data["kind"] == "unmapped" and other not in reached:
                    reached.add(other)
                    queue.append(other)
        for m in unmapped:
            if m not in reached:
                self.add(self.memories[m], ("associations",), f"unmapped memory {m!r} cannot be reached: no association leads to it from a memory at or after the turn")

    def _neighbours(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for ident, loc in self.memories.items():
            for other in loc.data.get("associations", []):
                if other in self.memories and other != ident:
                    out.setdefault(ident, set()).add(other)
                    out.setdefault(other, set()).add(ident)
        return out

    def showcase(self) -> None:
        cut = self.s.get("showcase")
        if cut is None:
            return
        for key in ("prologue", "erase_order"):
            full = list(self.s.get(key, []))
            position = -1
            for i, ident in enumerate(cut.get(key, [])):
                if ident not in full:
                    self.add(self.story, ("showcase", key, i), f"the showcase names {ident!r}, which is not in the story's {key}")
                    continue
                if full.index(ident) <= position:
                    self.add(self.story, ("showcase", key, i), f"the showcase keeps the {key} in the story's order; {ident!r} is out of place")
                position = full.index(ident)
        turns = [loc.data["id"] for loc in self.memories.values() if any(b.get("turn") for b in loc.data["beats"])]
        if turns and turns[0] not in cut.get("erase_order", []):
            self.add(self.story, ("showcase", "erase_order"), f"the showcase leaves out {turns[0]!r}, the memory of the turn")

    # --- endings -------------------------------------------------------------------------------------------------
    def endings_rules(self) -> None:
        if not self.g.endings:
            self.add(self.story, (), "the story has no endings", key=True)
            return
        unconditional = None
        for loc in self.endings.values():
            if unconditional is not None:
                self.add(loc, ("id",), f"ending {loc.data['id']!r} can never be chosen: {unconditional!r} before it always holds")
                continue
            if "when" not in loc.data:
                unconditional = loc.data["id"]
            else:
                self._condition(loc, ("when",), loc.data["when"])
                if not self._possible(loc.data["when"]):
                    self.add(loc, ("when",), f"ending {loc.data['id']!r} can never be chosen: no choice sets the flags it needs")
        if unconditional is None:
            last = list(self.endings.values())[-1]
            self.add(last, ("when",), "no ending without 'when': add a fallback ending at the end", key=True)

    def _possible(self, cond: dict) -> bool:
        """Could this hold in some playthrough? Conservative: only flags are looked at."""
        if "flag" in cond:
            name = cond["flag"]
            values = self._flag_values().get(name, set())
            if "is" in cond:
                return any(v == cond["is"] and type(v) is type(cond["is"]) for v in values)
            return any(bool(v) for v in values)
        if "all" in cond:
            return all(self._possible(c) for c in cond["all"])
        if "any" in cond:
            return any(self._possible(c) for c in cond["any"])
        return True

    def _flag_values(self) -> dict[str, set]:
        values: dict[str, set] = {name: {_hashable(v)} for name, v in self.flags.items()}
        for loc in list(self.memories.values()) + list(self.endings.values()):
            for beat in loc.data["beats"]:
                for item in [beat] + list(beat.get("choice", [])):
                    for name, v in item.get("set", {}).items():
                        values.setdefault(name, set()).add(_hashable(v))
        return values

    # --- languages -----------------------------------------------------------------------------------------------
    def texts(self) -> None:
        for loc, at, text in self._all_texts():
            for lang in self.languages:
                if lang not in text:
                    name = LANG_NAMES.get(lang, lang)
                    self.add(loc, at, f"missing {name} ({lang}) text")
            for lang in text:
                if lang not in self.languages:
                    self.add(loc, at + (lang,), f"text in {lang!r}, which is not among the story's languages {self.languages}", key=True)

    def _all_texts(self):
        st = self.story
        yield st, ("title",), self.s["title"]
        for name, text in self.s.get("characters", {}).items():
            yield st, ("characters", name), text
        for loc in self.g.mementos:
            yield loc, ("name",), loc.data["name"]
        for key in ("prompt", "stay", "found_line", "lost_line"):
            raw = self.s.get("hiding", {}).get(key)
            if isinstance(raw, list):
                for i, text in enumerate(raw):
                    yield st, ("hiding", key, i), text
            elif raw is not None:
                yield st, ("hiding", key), raw
        for loc in list(self.memories.values()) + list(self.endings.values()):
            for key in ("title", "where", "keepsake", "cue"):
                if key in loc.data:
                    yield loc, (key,), loc.data[key]
            for i, beat in enumerate(loc.data["beats"]):
                if "text" in beat:
                    yield loc, ("beats", i, "text"), beat["text"]
                for j, option in enumerate(beat.get("choice", [])):
                    yield loc, ("beats", i, "choice", j, "text"), option["text"]
            for i, intrusion in enumerate(loc.data.get("intrusions", [])):
                yield loc, ("intrusions", i, "text"), intrusion["text"]

    # --- files ---------------------------------------------------------------------------------------------------
    def assets(self) -> None:
        if self.root is None:
            self.add(self.story, ("root",), self.root_problem, key="root" not in self.s)
            return  # every path would be refused for the same reason
        for key in ("music", "sounds"):
            for name, rel in self.s.get(key, {}).items():
                _, reason = resolve_asset(self.root, rel)
                if reason:
                    self.add(self.story, (key, name), reason)
        for i, layer in enumerate(self.s.get("title_art", [])):
            self._picture(self.story, ("title_art", i, "image"), layer["image"])
        for loc in list(self.memories.values()) + list(self.endings.values()):
            for i, layer in enumerate(loc.data.get("art", [])):
                self._picture(loc, ("art", i, "image"), layer["image"])
            refs = [(("sound",), loc.data["sound"])] if "sound" in loc.data else []
            refs += [(("intrusions", i, "sound"), it["sound"]) for i, it in enumerate(loc.data.get("intrusions", [])) if "sound" in it]
            for at, rel in refs:
                _, reason = resolve_asset(self.root, rel)
                if reason:
                    self.add(loc, at, reason)

    def _picture(self, loc: Located, at, rel: str) -> None:
        path, reason = resolve_asset(self.root, rel)
        if path is not None:
            reason = picture_problem(path)
            reason = reason and f"{rel!r}: {reason}"
        if reason:
            self.add(loc, at, reason)


def _bag_list(item: dict) -> list[str]:
    raw = item.get("bag")
    if raw is None:
        return []
    return [raw] if isinstance(raw, str) else list(raw)


def _hashable(value: object) -> object:
    return value if not isinstance(value, (list, dict)) else repr(value)
