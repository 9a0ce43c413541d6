"""What the night's queries answer a presenter: the part of the night it is in, and the facts the memory map shows.

Plain frozen values worked out by the model, so that presentation draws them and never re-derives a rule from the
night's state.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Act(str, Enum):
    """The part of the night (a str, so it compares with the old `stage` strings)."""

    PROLOGUE = "prologue"  # before the erasure begins
    ERASURE = "erasure"  # the front takes the mapped memories one by one
    ENDING = "ending"  # the procedure is over (completed or aborted): an ending is read

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class MapFacts:
    """Everything the memory map shows of one moment of the night; equal facts draw the same map."""

    here: str | None  # the memory of the map the player stands in (None in the prologue and the ending's scenes)
    front: str | None  # the memory the erasure is taking, or the last it took once it is over; None before it began
    companion: str | None  # where the companion is on the map (where she hides, or beside the player once they turned)
    searched_last: str | None  # where the technicians looked last while she hides; None when no search is under way
    erased: frozenset[str]
    searched: frozenset[str]  # memories the search looked in since she last went into hiding
    kept: frozenset[str]  # memories the search lost track of: the erasure passes over them
    spent: frozenset[str]  # hiding places read to their end
    taken: int  # mapped memories erased so far
    mapped: int  # mapped memories in all (the erase order's length)
    levels: tuple[tuple[str, float], ...] = ()  # each mapped memory's erasure level (0 intact to 1 erased), in order

    def level(self, memory_id: str) -> float:
        """The erasure level of a mapped memory (0 for any other)."""
        return dict(self.levels).get(memory_id, 0.0)

    @property
    def searching(self) -> bool:
        """A search for the companion is under way and has looked somewhere."""
        return self.searched_last is not None
