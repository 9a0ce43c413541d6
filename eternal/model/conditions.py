"""Evaluating the conditions on beats, options, intrusions and endings.

The runner's own kinds (flags, mementos, scenes visited, all/any/not) are answered here; every other kind is asked of
the rule module that declared it (see `rules.registry.CONDITIONS`), through the `asks` a night puts in its `Facts`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping

from eternal.model.story import Condition

Ask = Callable[[Condition], bool]


@dataclass(frozen=True)
class Facts:
    """What a condition may ask about the night: the runner's facts, and the rules' answers by condition kind."""

    flags: Mapping[str, object]
    bagged: frozenset[str]
    visited: frozenset[str] = frozenset()
    asks: Mapping[str, Ask] = field(default_factory=dict)


def within(count: int, cond: Condition) -> bool:
    """`count` lies within the condition's `min` and `max` (each optional)."""
    if cond.minimum is not None and count < cond.minimum:
        return False
    return cond.maximum is None or count <= cond.maximum


def holds(cond: Condition | None, facts: Facts) -> bool:
    """True when `cond` is absent or holds for `facts`; ValueError for a kind nothing answers."""
    if cond is None:
        return True
    kind = cond.kind
    if kind == "flag":
        value = facts.flags.get(cond.name)
        return bool(value) if cond.value is None else value == cond.value
    if kind == "bagged":
        return cond.name in facts.bagged
    if kind == "visited":
        return cond.name in facts.visited
    if kind == "all":
        return all(holds(item, facts) for item in cond.items)
    if kind == "any":
        return any(holds(item, facts) for item in cond.items)
    if kind == "not":
        return not holds(cond.items[0], facts)
    ask = facts.asks.get(kind)
    if ask is None:
        raise ValueError(f"unknown condition kind {kind!r}")
    return ask(cond)
