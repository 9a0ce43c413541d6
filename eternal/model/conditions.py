"""Evaluating the conditions on beats, options and endings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from eternal.model.story import Condition


@dataclass(frozen=True)
class Facts:
    """What a condition may ask about the night."""

    flags: Mapping[str, object]
    bagged: frozenset[str]
    erased: frozenset[str]
    mapped: tuple[str, ...]
    outcome: str | None


def holds(cond: Condition | None, facts: Facts) -> bool:
    """True when `cond` is absent or holds for `facts`."""
    if cond is None:
        return True
    kind = cond.kind
    if kind == "flag":
        value = facts.flags.get(cond.name)
        return bool(value) if cond.value is None else value == cond.value
    if kind == "bagged":
        return cond.name in facts.bagged
    if kind == "survived":
        return cond.name not in facts.erased
    if kind == "erased":
        return cond.name in facts.erased
    if kind == "outcome":
        return facts.outcome == cond.name
    if kind == "survivors":
        pool = cond.of or facts.mapped
        count = sum(1 for memory_id in pool if memory_id not in facts.erased)
        if cond.minimum is not None and count < cond.minimum:
            return False
        return cond.maximum is None or count <= cond.maximum
    if kind == "all":
        return all(holds(item, facts) for item in cond.items)
    if kind == "any":
        return any(holds(item, facts) for item in cond.items)
    if kind == "not":
        return not holds(cond.items[0], facts)
    raise ValueError(f"unknown condition kind {kind!r}")
