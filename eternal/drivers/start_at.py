"""`eternal --start MEMORY`, for authors: the night as the erasure would have it on reaching that memory.

The night is played forward through the model's public API by the compliant player (mementos bagged by its choices,
every memory before it erased) until the memory is entered; an unmapped memory is reached by taking her hand there
as soon as the story offers it.
"""

from __future__ import annotations

import difflib

from eternal.drivers.policies import decide
from eternal.model.night import Night
from eternal.model.state import DISSOLVING, ENDED
from eternal.model.story import Story

MAX_STEPS = 200_000  # a story that loops forever stops here instead of hanging the launch
TICK = 0.25  # seconds of the night per step while a memory dissolves


class CannotStart(ValueError):
    """The memory is not in the story, or the night never reaches it."""


def close_ids(story: Story, wanted: str) -> list[str]:
    """Memory ids that look like `wanted` (for the message of a mistyped id)."""
    ids = list(story.memories)
    near = difflib.get_close_matches(wanted, ids, n=5, cutoff=0.5)
    return near or [i for i in ids if wanted in i or i in wanted][:5]


def unknown_memory_message(story: Story, wanted: str) -> str:
    """One line saying that `wanted` is no memory of the story, naming close ids (or all of them when few)."""
    near = close_ids(story, wanted)
    if near:
        return f"eternal: --start {wanted}: no such memory; did you mean {', '.join(near)}?"
    return f"eternal: --start {wanted}: no such memory; the memories are {', '.join(story.memories)}"


def night_at(story: Story, memory_id: str, seed: int = 0) -> Night:
    """A night standing at the first line of `memory_id`, reached as the compliant player would reach it."""
    if memory_id not in story.memories:
        raise CannotStart(unknown_memory_message(story, memory_id))
    night = Night.new(story, seed)
    for _ in range(MAX_STEPS):
        if night.state.scene == memory_id:
            night.pop_events()  # what happened on the way was not seen: nothing of it should sound
            return night
        if memory_id in night.hiding_targets() and night.hide_in(memory_id):
            continue
        phase = night.phase
        if phase == ENDED:
            break
        if phase == DISSOLVING:
            night.tick(TICK)
            continue
        decision = decide("comply", night)
        if decision.action == "continue":
            night.continue_()
        elif decision.action == "choose" and decision.choice is not None:
            night.choose(decision.choice)
        else:
            night.tick(TICK)
    raise CannotStart(f"eternal: --start {memory_id}: the night never reaches this memory (without hiding there)")
