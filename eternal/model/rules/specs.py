"""How a rule module declares what it adds to the story format: `do:` commands and condition kinds."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CommandSpec:
    """A command of the story format: where it may stand and what it does."""

    name: str
    on: frozenset[str]  # "beat", "option"
    doc: str


@dataclass(frozen=True)
class ConditionSpec:
    """A condition kind of the story format (`if:` on beats, options, intrusions and endings)."""

    kind: str
    keys: tuple[str, ...]  # the keys it takes beside its kind: name, value, min, max, of, items
    doc: str
