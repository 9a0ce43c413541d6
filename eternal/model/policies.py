"""Scripted players for autoplay and tests: they read the night as a player would and decide what to do next."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from eternal.model.night import Night
from eternal.model.state import CHOOSING, DISSOLVING, ENDED, ESCAPING, READING

POLICIES = ("comply", "hide", "other")


@dataclass(frozen=True)
class Decision:
    """What the player does now: continue, choose (with a choice id), hide (take her hand), or wait."""

    action: str
    choice: str | None = None


WAIT = Decision("wait")


def decide(policy: str, night: Night) -> Decision:
    """The next decision of `policy` for the night as it stands."""
    phase = night.phase
    if phase in (DISSOLVING, ENDED):
        return WAIT
    hides = policy == "hide" or (policy == "other" and _last_stand(night))
    if hides and night.state.hidden_in is None and night.can_hide():
        return Decision("hide")
    if phase == READING:
        return Decision("continue")
    choices = night.choices
    if phase == CHOOSING:
        pick = choices[-1] if policy == "other" else choices[0]
        return Decision("choose", pick.id)
    if phase == ESCAPING:
        places = [c for c in choices if c.kind == "hide"]
        if hides and places:
            if night.state.hidden_in is None or _safer(night, places[0].target):
                return Decision("choose", _deepest(night, places))
        return Decision("choose", "stay")
    return WAIT


def _last_stand(night: Night) -> bool:
    """The 'other' player only fights for the oldest memory."""
    order = night.story.erase_order
    return night.state.front == order[-1] if order else False


def _distances(night: Night) -> dict[str, int]:
    s = night.state
    start = set(s.swept) | {m for m in night.story.erase_order}
    dist = {m: 0 for m in start}
    queue = deque(start)
    while queue:
        here = queue.popleft()
        for other in night.story.neighbours.get(here, ()):
            if other not in dist:
                dist[other] = dist[here] + 1
                queue.append(other)
    return dist


def _deepest(night: Night, places) -> str:
    dist = _distances(night)
    best = max(places, key=lambda c: (dist.get(c.target, 99), c.id))
    return best.id


def _safer(night: Night, target: str | None) -> bool:
    dist = _distances(night)
    here = night.state.hidden_in
    return target is not None and dist.get(target, 0) > dist.get(here, 0)
