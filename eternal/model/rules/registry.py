"""The story format's commands (`do:`) and condition kinds, as the rule modules declare them.

The loader checks `do:` and `if:` against these tables, so a new mechanic is a rule module that declares its
`COMMANDS` and `CONDITIONS` and is listed in `RULE_MODULES`, not edits across the schema, the model and the checker.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from eternal.model.rules import erasure, hiding
from eternal.model.rules.specs import CommandSpec, ConditionSpec

RULE_MODULES = (erasure, hiding)

# The runner's own condition kinds: they ask what any story has (flags, mementos, scenes) or combine others.
CORE_CONDITIONS = (
    ConditionSpec("flag", ("name", "value"), "the flag `name` is set (or equals `value`)"),
    ConditionSpec("bagged", ("name",), "the memento `name` was bagged"),
    ConditionSpec("visited", ("name",), "the player entered the scene `name`"),
    ConditionSpec("all", ("items",), "every condition of the list holds"),
    ConditionSpec("any", ("items",), "one condition of the list holds"),
    ConditionSpec("not", ("items",), "the condition does not hold"),
)


def _commands() -> Mapping[str, CommandSpec]:
    return MappingProxyType({spec.name: spec for module in RULE_MODULES for spec in module.COMMANDS})


def _conditions() -> Mapping[str, ConditionSpec]:
    specs = CORE_CONDITIONS + tuple(spec for module in RULE_MODULES for spec in module.CONDITIONS)
    return MappingProxyType({spec.kind: spec for spec in specs})


COMMANDS: Mapping[str, CommandSpec] = _commands()
CONDITIONS: Mapping[str, ConditionSpec] = _conditions()

__all__ = ["COMMANDS", "CONDITIONS", "CommandSpec", "ConditionSpec", "RULE_MODULES"]
