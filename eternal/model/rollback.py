"""Rollback within the scene being read, as in Ren'Py: the night's state at the start of each line, kept as the
save's plain dicts, so a player can go back a line, and on again, or choose differently.

Only within one stretch of reading: whatever changes the scene (a memory entered, a hiding jump, the search finding
her, the erasure taking a memory), the turn, and the dissolve at a memory's end are barriers nothing rolls back
over. Nothing of it is written into saves: a restored night starts with nothing to roll back over.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Iterable

from eternal.model.events import Event
from eternal.model.state import SAVE_FORMAT, NightState

# Event kinds after which the night cannot go back: the scene changed, the erasure turned or took a memory, the
# search found her, an ending began.
BARRIERS = frozenset({"scene", "turn", "hidden", "found", "lost", "erased", "ending", "ended"})
LIMIT = 100  # lines kept at most: a scene has 10 to 20, and a story looping on `goto` must not grow it without end


def crossed(events: Iterable[Event]) -> bool:
    """Whether these events put a barrier between the night now and the lines before."""
    return any(event.kind in BARRIERS for event in events)


def plain(state: NightState) -> dict:
    """The state as the save's plain dict (equal to `state.to_dict()`), taken fast: every list and map of a night
    holds only ids, numbers and plain flag values, all immutable, so copying each container one level deep copies it
    whole (`to_dict` deep-copies every string, ~1 ms a line on a long night)."""
    data: dict = {}
    for f in fields(state):
        value = getattr(state, f.name)
        data[f.name] = list(value) if isinstance(value, list) else dict(value) if isinstance(value, dict) else value
    data["phase"] = state.phase.value
    data["format"] = SAVE_FORMAT
    return data


@dataclass(frozen=True)
class Step:
    """What the player did at a line: continue, choose (an option's id) or offer (open the hiding places)."""

    kind: str
    choice: str | None = None


@dataclass(frozen=True)
class Checkpoint:
    """The night's state (as `NightState.to_dict()`) just before the player took `step` from it."""

    state: dict
    step: Step


class Rollback:
    """The lines of the current stretch that can be gone back to, and the steps rolled back over (to go on again)."""

    def __init__(self) -> None:
        self._back: list[Checkpoint] = []
        self._forward: list[Step] = []  # the steps rolled back over, the next one to replay last

    def __len__(self) -> int:
        return len(self._back)

    def clear(self) -> None:
        """Forget everything: a barrier was crossed."""
        self._back.clear()
        self._forward.clear()

    def record(self, state: dict, step: Step, open_after: bool) -> None:
        """The player took `step` from `state`; `open_after`: the night can still be rolled back where it now stands
        (no barrier was crossed, it is not dissolving or over), else everything is forgotten."""
        if not open_after:
            self.clear()
            return
        self._back.append(Checkpoint(state, step))
        del self._back[:-LIMIT]
        if self._forward and self._forward[-1] == step:
            self._forward.pop()  # the same way as before: what lies beyond it can still be gone on to
        else:
            self._forward.clear()  # another way: what was rolled back over is gone

    def pop(self) -> Checkpoint | None:
        """The latest line's checkpoint, taken off (its step kept to go on again); None when there is none."""
        if not self._back:
            return None
        point = self._back.pop()
        self._forward.append(point.step)
        return point

    def next_step(self) -> Step | None:
        """The step rolled back over that going on again would replay, or None."""
        return self._forward[-1] if self._forward else None
