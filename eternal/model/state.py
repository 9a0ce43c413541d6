"""All mutable state of one night, as plain data that round-trips through JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eternal.model.story import Story

SAVE_FORMAT = 3
OLDEST_FORMAT = 1  # older saves are migrated on load, one format at a time (see MIGRATIONS at the end)


class ExecutionState(str, Enum):
    """Where the night's execution stands, as a presenter sees it (a str, so it compares with its name's value)."""

    READING = "reading"  # a line is shown; continue_() advances
    CHOOSING = "choosing"  # authored options are shown; choose(id) picks one
    ESCAPING = "escaping"  # hiding places (and staying) are offered; choose(id) picks one
    DISSOLVING = "dissolving"  # the erasure takes the scene; tick() runs it to the end
    ENDED = "ended"

    def __str__(self) -> str:
        return self.value


# The old names of the execution states, kept for importers.
READING = ExecutionState.READING
CHOOSING = ExecutionState.CHOOSING
ESCAPING = ExecutionState.ESCAPING
DISSOLVING = ExecutionState.DISSOLVING
ENDED = ExecutionState.ENDED
PHASES = tuple(ExecutionState)


class SaveError(ValueError):
    """A save that cannot be restored; the message says why in words a player can act on."""


@dataclass
class NightState:
    """Everything that changes during the night. Ids, never list positions, so saves survive story edits."""

    story_id: str
    seed: int = 0

    # the runner: where the player reads, and what any story keeps
    scene: str = ""
    beat: str | None = None
    part: int = 0  # index inside a beat that expands to several lines (the survivors list)
    phase: ExecutionState = READING
    visited: list[str] = field(default_factory=list)  # every scene entered, in order, once
    flags: dict[str, object] = field(default_factory=dict)
    bagged: list[str] = field(default_factory=list)
    read: list[str] = field(default_factory=list)  # line ids (see line_ids), for the backlog and seen lines

    # the erasure
    front: str | None = None  # the mapped memory the erasure is taking now (None: still in the prologue)
    levels: dict[str, float] = field(default_factory=dict)
    target: float = 0.0  # the level the front may eat the memory on screen up to, from the beats read so far
    erased: list[str] = field(default_factory=list)
    turned: bool = False  # the erasure turned: the player may fight it
    fired: list[str] = field(default_factory=list)  # intrusions heard, as memory.intrusion
    outcome: str | None = None  # completed | aborted, once the procedure is over (the ending begins)
    ending: str | None = None

    # the hiding
    special: str | None = None  # a line the rules add: "found" (they found her) or "lost" (the search lost them)
    escape_return: str | None = None  # after "stay" in the escape menu: advance | resume
    hidden_in: str | None = None
    held: str | None = None  # the memory they fled, to go back to
    held_beat: str | None = None  # ...at this beat
    swept: list[str] = field(default_factory=list)  # memories the search looked in since she vanished
    traces: dict[str, int] = field(default_factory=dict)
    search_steps: int = 0
    hidden_beats: int = 0  # beats read since she last went into hiding: the search's clock
    hides: int = 0  # how often she was taken into hiding from a memory being erased
    finds: int = 0
    saved: list[str] = field(default_factory=list)  # memories the search lost track of: they survive
    spent: list[str] = field(default_factory=list)  # hiding places read to their end: nothing left to hide behind
    progress: dict[str, str] = field(default_factory=dict)  # hiding place -> the beat they left it at

    def level(self, memory_id: str) -> float:
        return self.levels.get(memory_id, 0.0)

    @property
    def stage(self) -> str:
        """The part of the night: prologue (before the erasure), erasure, or ending (once its outcome is known)."""
        if self.outcome is not None:
            return "ending"
        return "prologue" if self.front is None else "erasure"

    def to_dict(self) -> dict:
        """Plain JSON-ready data with the save-format version."""
        data = asdict(self)
        data["phase"] = self.phase.value
        data["format"] = SAVE_FORMAT
        return data

    @classmethod
    def from_dict(cls, data: object) -> "NightState":
        """Rebuild a state from `to_dict()` output; SaveError on anything that is not one."""
        if not isinstance(data, dict):
            raise SaveError("not a save: expected a JSON object")
        version = data.get("format")
        if type(version) is not int or not OLDEST_FORMAT <= version <= SAVE_FORMAT:
            newer = type(version) is int and version > SAVE_FORMAT
            raise SaveError(f"save format {version!r} is {'newer than' if newer else 'not among'} the formats this game reads "
                            f"({OLDEST_FORMAT} to {SAVE_FORMAT}): written by {'a newer' if newer else 'another'} version of the game")
        if version == SAVE_FORMAT:
            unknown = sorted(set(data) - {f.name for f in fields(cls)} - {"format"}, key=str)
            if unknown:
                raise SaveError(f"field {_shown(unknown[0])} means nothing to this game")
        while version < SAVE_FORMAT:  # each migration lifts the data one format (what it no longer has is dropped)
            data = MIGRATIONS[version](data)
            version = data["format"]
        kwargs = {}
        for f in fields(cls):
            if f.name not in data:
                if f.name == "story_id":
                    raise SaveError("not a save: no story id")
                continue
            kwargs[f.name] = _checked(f.name, data[f.name])
        if kwargs.get("phase", READING) not in PHASES:
            raise SaveError(f"unknown phase {kwargs['phase']!r}")
        kwargs["phase"] = ExecutionState(kwargs.get("phase", READING))
        state = cls(**kwargs)
        _check_together(state)
        return state

    def check_in(self, story: "Story") -> None:
        """The rules between this state and the story it was restored into (after `Night.restore` dropped what the
        story no longer has); SaveError names the first one broken."""
        if self.part > 0 and self.beat is not None and story.has_scene(self.scene):
            scene = story.scene(self.scene)
            index = scene.beat_index(self.beat)
            if index is not None and scene.beats[index].survivors:
                # the list names each memory he walked through and kept (the rule of Night's survivor lines)
                erased, visited = set(self.erased), set(self.visited)
                lines = sum(1 for m in story.memories.values()
                            if m.kind != "real" and m.id not in erased and m.id in visited and m.keepsake is not None)
                if self.part > lines:
                    raise SaveError(f"it stands at line {self.part} of a list of {lines}")


SPECIALS = (None, "found", "lost")
ESCAPE_RETURNS = (None, "advance", "resume")
MAX_COUNT = 1_000_000  # beats, searches, hides: no night comes near; more is damage, and would slow the search
MAX_SEED = 2**63

# The range of every number the rules compute with; NaN and infinities fall outside every range.
_RANGES: dict[str, tuple[float, float]] = {
    "seed": (-MAX_SEED, MAX_SEED),
    "part": (0, MAX_COUNT),
    "target": (0.0, 1.0),
    "search_steps": (0, MAX_COUNT),
    "hidden_beats": (0, MAX_COUNT),
    "hides": (0, MAX_COUNT),
    "finds": (0, MAX_COUNT),
}
_MAP_RANGES: dict[str, tuple[float, float]] = {"levels": (0.0, 1.0), "traces": (0, MAX_COUNT)}
_CHOICES: dict[str, tuple[object, ...]] = {"special": SPECIALS, "escape_return": ESCAPE_RETURNS}


def _in_range(value: object, low: float, high: float) -> bool:
    try:
        return low <= value <= high  # type: ignore[operator]  # NaN compares false both ways
    except OverflowError:
        return False


def _check_together(state: NightState) -> None:
    """Fields that are each fine but impossible together; restoring them would crash the night later."""
    if (state.hidden_in is None) != (state.held is None):
        if state.held is None:
            raise SaveError("she is hidden, but there is no memory to go back to")
        raise SaveError("a memory to go back to is held, but she is hidden nowhere")
    if state.held_beat is not None and state.held is None:
        raise SaveError("a line to go back to is held, but no memory")
    if state.hidden_in is not None and state.hidden_in == state.held:
        raise SaveError("she is hidden in the very memory they fled")


_TYPES: dict[str, tuple[type, ...]] = {
    "story_id": (str,),
    "seed": (int,),
    "scene": (str,),
    "beat": (str, type(None)),
    "part": (int,),
    "special": (str, type(None)),
    "escape_return": (str, type(None)),
    "phase": (str,),
    "front": (str, type(None)),
    "levels": (dict,),
    "target": (int, float),
    "erased": (list,),
    "turned": (bool,),
    "hidden_in": (str, type(None)),
    "held": (str, type(None)),
    "held_beat": (str, type(None)),
    "swept": (list,),
    "traces": (dict,),
    "search_steps": (int,),
    "hidden_beats": (int,),
    "hides": (int,),
    "finds": (int,),
    "saved": (list,),
    "spent": (list,),
    "progress": (dict,),
    "visited": (list,),
    "flags": (dict,),
    "bagged": (list,),
    "fired": (list,),
    "read": (list,),
    "outcome": (str, type(None)),
    "ending": (str, type(None)),
}


def _checked(name: str, value: object) -> object:
    expected = _TYPES[name]
    if isinstance(value, bool) and bool not in expected:
        raise SaveError(f"field {name!r} has the wrong type")
    if not isinstance(value, expected):
        raise SaveError(f"field {name!r} has the wrong type")
    if name in _RANGES and not _in_range(value, *_RANGES[name]):
        low, high = _RANGES[name]
        raise SaveError(f"field {name!r} is {_shown(value)}, outside {low:g} to {high:g}")
    if name in _CHOICES and value not in _CHOICES[name]:
        raise SaveError(f"field {name!r} is {_shown(value)}, which means nothing to this game")
    if name in ("levels", "traces"):
        if not all(isinstance(k, str) and isinstance(v, (int, float)) and not isinstance(v, bool) for k, v in value.items()):
            raise SaveError(f"field {name!r} must map ids to numbers")
        low, high = _MAP_RANGES[name]
        for key, number in value.items():
            if not _in_range(number, low, high):
                raise SaveError(f"field {name!r} gives {key!r} the number {_shown(number)}, outside {low:g} to {high:g}")
        return dict(value)
    if name == "flags":
        for key, flag in value.items():
            if not (flag is None or isinstance(flag, (str, bool, int)) or (isinstance(flag, float) and _in_range(flag, -1e300, 1e300))):
                raise SaveError(f"flag {key!r} holds {type(flag).__name__}, not a plain value")
        return dict(value)
    if name == "progress":
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise SaveError("field 'progress' must map ids to beat ids")
        return dict(value)
    if name in ("erased", "swept", "bagged", "fired", "read", "saved", "spent", "visited"):
        if not all(isinstance(item, str) for item in value):
            raise SaveError(f"field {name!r} must list ids")
        return list(value)
    return value


def _shown(value: object) -> str:
    """A value for a message, cut short (a number may have hundreds of digits)."""
    if isinstance(value, int) and abs(value) >= 10**24:
        return f"a number of {len(str(abs(value))) if value.bit_length() < 10_000 else 'thousands of'} digits"
    text = repr(value)
    return text if len(text) <= 24 else text[:20] + "…"


def _from_format_1(data: dict) -> dict:
    """Format 1 counted hidden beats toward a fixed break-off and looped a 'stay' line at the end of a hiding place;
    format 2 ends a hiding place by coming back out. Everything else carries over."""
    data = dict(data)
    if data.get("special") == "stay":  # waiting at the end of a hiding place: the next step leaves it
        data["special"] = None
        data["beat"] = None
        data["phase"] = READING
    if data.get("escape_return") == "stay":
        data["escape_return"] = "resume"
    read = data.get("read")
    if isinstance(read, list):
        seen: list[str] = []
        for line_id in read:
            scene = line_id.split(".", 1)[0] if isinstance(line_id, str) else None
            if scene and scene not in seen:
                seen.append(scene)
        data.setdefault("visited", seen)
    if data.get("hidden_in") is not None or data.get("finds"):
        data.setdefault("hides", 1)
    data["format"] = 2
    return data


STAGES = ("prologue", "erasure", "ending")


def _from_format_2(data: dict) -> dict:
    """Format 2 kept a clock nothing read (`time`) and the part of the night (`stage`) beside the fields it follows
    from; format 3 derives the stage. A stage that contradicts them is damage."""
    data = dict(data)
    data.pop("time", None)
    stage = data.pop("stage", None)
    if stage is not None and stage not in STAGES:
        raise SaveError(f"field 'stage' is {_shown(stage)}, which means nothing to this game")
    if stage == "ending" and data.get("outcome") is None:
        raise SaveError("the night is at its ending, but without an outcome")
    data["format"] = 3
    return data


MIGRATIONS = {1: _from_format_1, 2: _from_format_2}  # format n -> the data in format n + 1
