"""Evaluating the conditions on beats, options and endings."""

from __future__ import annotations

from dataclasses import dataclass, field
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
    visited: frozenset[str] = frozenset()
    saved: frozenset[str] = frozenset()
    counts: Mapping[str, int] = field(default_factory=dict)  # hides, finds, saves


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
    if kind == "visited":
        return cond.name in facts.visited
    if kind == "saved":
        return cond.name in facts.saved
    if kind == "count":
        count = facts.counts.get(cond.name, 0)
        if cond.minimum is not None and count < cond.minimum:
            return False
        return cond.maximum is None or count <= cond.maximum
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
