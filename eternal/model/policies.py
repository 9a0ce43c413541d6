"""Scripted players for autoplay and tests: they read the night as a player would and decide what to do next."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from eternal.model.night import Night
from eternal.model.state import CHOOSING, DISSOLVING, ENDED, ESCAPING, READING

POLICIES = ("comply", "hide", "other")
LAST_STAND = 3  # how many of the oldest memories the 'other' player fights for


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
    if hides and night.can_hide():
        s = night.state
        if s.hidden_in is None:
            return Decision("hide")
        if phase == READING and _threatened(night) and _safer(night, _deepest_target(night)):
            return Decision("hide")  # the search is next door: take her further in before it arrives
    if phase == READING:
        return Decision("continue")
    choices = night.choices
    if phase == CHOOSING:
        pick = choices[-1] if policy == "other" else choices[0]
        return Decision("choose", pick.id)
    if phase == ESCAPING:
        places = [c for c in choices if c.kind == "hide"]
        if hides and places:
            best = _deepest(night, places)
            target = next(c.target for c in places if c.id == best)
            if night.state.hidden_in is None or _safer(night, target):
                return Decision("choose", best)
        return Decision("choose", "stay")
    return WAIT


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
    start = (set(s.swept) or {s.front or ""}) - erased
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
    return _distances(night).get(night.state.hidden_in or "", 99) <= 1


def _deepest_target(night: Night) -> str | None:
    from eternal.model.hiding import hiding_places

    s = night.state
    places = hiding_places(night.story, s.scene, set(s.swept), set(s.erased))
    if not places:
        return None
    dist = _distances(night)
    return max(places, key=lambda m: (dist.get(m, 99), m))


def _deepest(night: Night, places) -> str:
    dist = _distances(night)
    best = max(places, key=lambda c: (dist.get(c.target, 99), c.id))
    return best.id


def _safer(night: Night, target: str | None) -> bool:
    dist = _distances(night)
    here = night.state.hidden_in
    return target is not None and dist.get(target, 0) > dist.get(here, 0)
