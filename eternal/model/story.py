"""Typed, immutable story data as the loader produces it."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

KINDS = ("real", "mapped", "unmapped")
LAYER_KINDS = ("sky", "room", "props", "figures", "light", "companion", "found")
DEFAULT_GOES: Mapping[str, tuple[float, float]] = MappingProxyType(
    {
        "figures": (0.0, 0.55),
        "props": (0.25, 0.8),
        "room": (0.45, 0.95),
        "sky": (0.6, 1.0),
        "light": (0.2, 1.0),
        "companion": (0.0, 0.55),  # the companion where she hides: she goes with the memory, like the figures
        "found": (0.0, 1.0),
    }
)


@dataclass(frozen=True)
class Text:
    """One piece of player-facing text in every language of the story."""

    by_lang: Mapping[str, str]

    def get(self, lang: str) -> str:
        """The text in `lang`, falling back to any language (the checker makes that unreachable)."""
        if lang in self.by_lang:
            return self.by_lang[lang]
        return next(iter(self.by_lang.values()), "")


@dataclass(frozen=True)
class Condition:
    """A test on the night's state; `kind` is one of the keys documented in scenes/README.md."""

    kind: str
    name: str = ""
    value: object = None
    items: tuple["Condition", ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    of: tuple[str, ...] = ()


@dataclass(frozen=True)
class Option:
    id: str
    text: Text
    sets: Mapping[str, object] = field(default_factory=dict)
    bag: tuple[str, ...] = ()
    goto: str | None = None
    when: Condition | None = None
    commands: tuple[str, ...] = ()  # `do:` commands that rule modules registered (e.g. escape: offer the hiding places)

    @property
    def escape(self) -> bool:
        return "escape" in self.commands


@dataclass(frozen=True)
class Beat:
    id: str
    text: Text | None = None
    who: str | None = None
    options: tuple[Option, ...] = ()
    when: Condition | None = None
    sets: Mapping[str, object] = field(default_factory=dict)
    bag: tuple[str, ...] = ()
    goto: str | None = None
    erasure: float | None = None
    commands: tuple[str, ...] = ()  # `do:` commands that rule modules registered: turn, escape, list_survivors, ...

    @property
    def is_choice(self) -> bool:
        return bool(self.options)

    @property
    def turn(self) -> bool:
        return "turn" in self.commands

    @property
    def escape(self) -> bool:
        return "escape" in self.commands

    @property
    def survivors(self) -> bool:
        return "list_survivors" in self.commands


@dataclass(frozen=True)
class Layer:
    kind: str
    image: str  # absolute path, checked to lie inside the story root
    goes: tuple[float, float]


@dataclass(frozen=True)
class Intrusion:
    id: str
    who: str
    text: Text
    at: float | None = None
    beat: str | None = None
    sound: str | None = None
    when: Condition | None = None  # heard only while this holds (the doctor speaks only once he has arrived)


@dataclass(frozen=True)
class Scene:
    """What memories and endings share: something the player is inside of and reads."""

    id: str
    title: Text
    era: str
    art: tuple[Layer, ...]
    beats: tuple[Beat, ...]

    def beat_index(self, beat_id: str) -> int | None:
        for i, beat in enumerate(self.beats):
            if beat.id == beat_id:
                return i
        return None


@dataclass(frozen=True)
class Memory(Scene):
    kind: str = "mapped"
    date: str | None = None
    age: int | None = None
    where: Text | None = None
    mementos: tuple[str, ...] = ()
    associations: tuple[str, ...] = ()
    keepsake: Text | None = None
    sound: str | None = None
    intrusions: tuple[Intrusion, ...] = ()
    cue: Text | None = None  # unmapped memories: a hint beside the title when the hiding places are offered


@dataclass(frozen=True)
class Ending(Scene):
    when: Condition | None = None


@dataclass(frozen=True)
class Memento:
    id: str
    name: Text


HIDING_REACH = ("associated", "unmapped")  # the values of `hiding: reach:`; the first is the default
HIDING_WHEN_FOUND = ("erase", "spare")  # the values of `hiding: when_found:`; the first is the default


@dataclass(frozen=True)
class HidingRules:
    """The rules of the hiding that the story sets (see scenes/README.md)."""

    search_every: tuple[int, ...]  # beats read while she hides per search step: the 1st hiding, the 2nd, ... (the last repeats)
    prompt: Text
    stay: Text
    found_lines: tuple[Text, ...]  # said when they find her, in turn
    lost_lines: tuple[Text, ...]  # said when she comes back out unfound and the memory they fled is saved, in turn
    reach: str = "associated"  # where she may be taken: "associated" unmapped memories of here, or any "unmapped" one
    when_found: str = "erase"  # what a find costs: "erase" the hiding place with her, or "spare" it (never to hide again)


@dataclass(frozen=True)
class Era:
    """A period of the story's memories, with its own colours and music (declared in the story header's `eras:`)."""

    id: str
    fill: tuple[int, int, int]  # what a missing picture is filled with: the scene still reads as its era
    fog: tuple[int, int, int]  # what a lost part of a memory thins into
    accent: tuple[int, int, int]
    music: str | None = None  # absolute path of its piece


@dataclass(frozen=True)
class Ambience:
    """A sound loop under the night whose volume follows one measure of it (`erasure` or `progress`)."""

    cue: str
    follows: str  # "erasure": the erasure level of the memory being read (0 outside the erasure); "progress": 0..1
    base: float = 0.1
    gain: float = 0.5
    swell_on: str | None = None  # an event kind (e.g. "intrusion") that swells it for a moment


@dataclass(frozen=True)
class Story:
    id: str
    title: Text
    languages: tuple[str, ...]
    root: str
    prologue: tuple[str, ...]
    erase_order: tuple[str, ...]
    characters: Mapping[str, Text]
    mementos: Mapping[str, Memento]
    flags: Mapping[str, object]
    hiding: HidingRules | None
    memories: Mapping[str, Memory]
    endings: tuple[Ending, ...]
    neighbours: Mapping[str, tuple[str, ...]]  # associations, both ways, sorted
    sounds: Mapping[str, str] = field(default_factory=dict)  # cue name -> absolute path
    eras: Mapping[str, Era] = field(default_factory=dict)
    title_era: str | None = None  # the title screen's era (its music and colours); None: the first era declared
    cues: Mapping[str, str] = field(default_factory=dict)  # engine event kind (erased, found, hidden, lost, move, pick) -> sound cue
    ambience: tuple[Ambience, ...] = ()
    ui: Mapping[str, Text] = field(default_factory=dict)  # the story's nouns in the engine's interface (map title, ...)
    showcase: tuple[tuple[str, ...], tuple[str, ...]] | None = None  # (prologue, erase order) of the short cut
    title_art: tuple[Layer, ...] = ()  # the title screen's picture: layers like a memory's (none: the engine picks a memory)

    def scene(self, scene_id: str) -> Scene:
        """The memory or ending with that id (KeyError if neither)."""
        if scene_id in self.memories:
            return self.memories[scene_id]
        for ending in self.endings:
            if ending.id == scene_id:
                return ending
        raise KeyError(scene_id)

    @property
    def music(self) -> Mapping[str, str]:
        """Era id -> absolute path of its piece."""
        return {era.id: era.music for era in self.eras.values() if era.music}

    def has_scene(self, scene_id: str) -> bool:
        try:
            self.scene(scene_id)
        except KeyError:
            return False
        return True

    @property
    def turn_memory(self) -> str | None:
        for memory in self.memories.values():
            if any(beat.turn for beat in memory.beats):
                return memory.id
        return None
