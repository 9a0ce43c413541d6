"""Scripted players for autoplay and tests: they read the night as a player would and decide what to do next.

A policy decides by id; autoplay then finds that choice among the options the text box drew and clicks it, so a
choice that is not on screen cannot be taken.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from eternal.model.night import Choice, Night
from eternal.model.state import CHOOSING, DISSOLVING, ENDED, ESCAPING, READING

POLICIES = ("comply", "hide", "other")
LAST_STAND = 2  # how many of the oldest memories the 'other' player fights for


@dataclass(frozen=True)
class Decision:
    """What the player does now: continue, choose (with a choice id), hide (take her hand), or wait."""

    action: str
    choice: str | None = None


WAIT = Decision("wait")


def decide(policy: str, night: Night) -> Decision:
    """The next decision of `policy` for the night as it stands.

    comply: lets the erasure run, never takes her hand, picks the first option that does not flee.
    hide: takes her hand whenever the story offers it, hides her as far from the search as it can, moves her deeper
    when the search comes next door, and picks the first option (the one that flees, where there is one).
    other: picks the last option and gives in for most of the night, fighting only for the oldest few memories.
    """
    phase = night.phase
    if phase in (DISSOLVING, ENDED):
        return WAIT
    fights = policy == "hide" or (policy == "other" and _last_stand(night))
    s = night.state
    if fights and phase in (READING, CHOOSING) and s.hidden_in is not None and night.can_hide():
        if _threatened(night) and _safer(night, _deepest_target(night)):
            return Decision("hide")  # the search is next door: take her further in before it arrives
    if phase == READING:
        return Decision("continue")
    choices = night.choices
    if phase == CHOOSING:
        return Decision("choose", _pick_option(policy, choices, fights).id)
    if phase == ESCAPING:
        places = [c for c in choices if c.kind == "hide"]
        if fights and places:
            best = _deepest(night, places)
            target = next(c.target for c in places if c.id == best)
            if s.hidden_in is None or _safer(night, target):
                return Decision("choose", best)
        return Decision("choose", "stay")
    return WAIT


def _pick_option(policy: str, choices: list[Choice], fights: bool) -> Choice:
    if fights:
        fleeing = [c for c in choices if c.escape]
        if fleeing:
            return fleeing[0]
    staying = [c for c in choices if not c.escape] or choices
    return staying[-1] if policy == "other" else staying[0]


def _last_stand(night: Night) -> bool:
    """The 'other' player gives in for most of the night and fights only for the last few memories."""
    order = night.story.erase_order
    if night.state.front not in order:
        return False
    return len(order) - order.index(night.state.front) <= LAST_STAND


def _distances(night: Night) -> dict[str, int]:
    """Steps the search needs to reach each memory from where it has looked (or could start) already."""
    s = night.state
    erased = set(s.erased)
    start = (set(s.swept) or {s.held or s.front or ""}) - erased
    dist = {m: 0 for m in start}
    queue = deque(start)
    while queue:
        here = queue.popleft()
        for other in night.story.neighbours.get(here, ()):
            if other not in dist and other not in erased:
                dist[other] = dist[here] + 1
                queue.append(other)
    return dist


def _threatened(night: Night) -> bool:
    """The search has looked next door (as a player sees it on the map), not only where she vanished from."""
    s = night.state
    searched = set(s.swept) - {s.held}
    here = s.hidden_in or ""
    return bool(searched & set(night.story.neighbours.get(here, ())))


def _deepest_target(night: Night) -> str | None:
    places = night.hiding_targets()
    if not places:
        return None
    dist = _distances(night)
    return max(places, key=lambda m: (dist.get(m, 99), m))


def _deepest(night: Night, places: list[Choice]) -> str:
    dist = _distances(night)
    best = max(places, key=lambda c: (dist.get(c.target or "", 99), c.id))
    return best.id


def _safer(night: Night, target: str | None) -> bool:
    dist = _distances(night)
    here = night.state.hidden_in
    return target is not None and dist.get(target, 0) > dist.get(here or "", 0)
