"""The commands a story's beats and options may name in `do:`, as the rule modules declare them.

The loader checks `do:` against this table, so a new mechanic is a rule module that adds its commands here, not edits
across the schema, the model and the checker.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True)
class CommandSpec:
    """A command of the story format: where it may stand and what it does."""

    name: str
    on: frozenset[str]  # "beat", "option"
    doc: str


def _table(*specs: CommandSpec) -> Mapping[str, CommandSpec]:
    return MappingProxyType({spec.name: spec for spec in specs})


COMMANDS: Mapping[str, CommandSpec] = _table(
    CommandSpec("turn", frozenset({"beat"}), "the erasure turns: from here the player may fight it (once per story)"),
    CommandSpec("escape", frozenset({"beat", "option"}), "offer the hiding places (after the turn)"),
    CommandSpec("list_survivors", frozenset({"beat"}), "an ending's beat that lists the memories that survived"),
)
