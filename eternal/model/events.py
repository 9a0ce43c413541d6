"""What happened in the night, as typed events a presenter drains with `Night.pop_events()`.

Every event names the scene it happened in (`scene`) and its `kind`, a stable string a presenter may key tables on
(the story's `cues:` map kinds to sounds).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from eternal.model.story import Text


@dataclass(frozen=True)
class Event:
    """The base of every event: where it happened."""

    kind: ClassVar[str] = "event"
    scene: str


@dataclass(frozen=True)
class SceneEntered(Event):
    """The player entered a memory or an ending."""

    kind: ClassVar[str] = "scene"


@dataclass(frozen=True)
class LineShown(Event):
    """A line of a beat was put on screen (its stable id, see `line_ids`)."""

    kind: ClassVar[str] = "line"
    line: str


@dataclass(frozen=True)
class OptionChosen(Event):
    """The player picked an authored option."""

    kind: ClassVar[str] = "choice"
    option: str


@dataclass(frozen=True)
class IntrusionHeard(Event):
    """A voice from outside the memory bled in."""

    kind: ClassVar[str] = "intrusion"
    intrusion: str
    who: str | None
    text: Text
    sound: str | None = None


@dataclass(frozen=True)
class Turned(Event):
    """The erasure turned: from here the player may fight it."""

    kind: ClassVar[str] = "turn"


@dataclass(frozen=True)
class MemoryErased(Event):
    """The erasure took a memory whole."""

    kind: ClassVar[str] = "erased"


@dataclass(frozen=True)
class Hidden(Event):
    """The companion was taken into hiding (`scene` is the hiding place)."""

    kind: ClassVar[str] = "hidden"


@dataclass(frozen=True)
class Searched(Event):
    """The technicians searched a memory (`scene`)."""

    kind: ClassVar[str] = "searched"


@dataclass(frozen=True)
class Found(Event):
    """The search found her where she hid (`scene`)."""

    kind: ClassVar[str] = "found"


@dataclass(frozen=True)
class Lost(Event):
    """She came back out unfound: the memory they fled (`scene`) is kept."""

    kind: ClassVar[str] = "lost"


@dataclass(frozen=True)
class EndingChosen(Event):
    """The night is over and this ending (`scene`) begins."""

    kind: ClassVar[str] = "ending"


@dataclass(frozen=True)
class Ended(Event):
    """The last line of the ending was read."""

    kind: ClassVar[str] = "ended"


EVENT_KINDS: tuple[str, ...] = tuple(
    cls.kind for cls in (SceneEntered, LineShown, OptionChosen, IntrusionHeard, Turned, MemoryErased, Hidden, Searched,
                         Found, Lost, EndingChosen, Ended)
)
