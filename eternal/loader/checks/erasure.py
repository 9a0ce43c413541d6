"""The erasure's rules: when each memory happened, the mementos that lead the technicians to mapped memories and
are all bagged in the prologue, and the one turn, after which the player fights the erasure."""

from __future__ import annotations

from typing import Iterator

from eternal.loader.checks._walk import beats
from eternal.loader.checks.order import memory_date
from eternal.loader.positions import Positions
from eternal.loader.problems import Problem
from eternal.model.story import Memory, Story


def check_memories(story: Story, positions: Positions) -> Iterator[Problem]:
    """Dates and ages, mementos only where the technicians look, what erodes only in mapped memories."""
    for ident, memory in story.memories.items():
        at = ("memory", ident)
        kind = memory.kind
        if kind in ("mapped", "real"):
            if memory.date is None:
                yield positions.problem(at + ("when",), f"a {kind} memory needs when: {{date: YYYY-MM-DD}}")
            elif memory_date(memory) is None:
                yield positions.problem(at + ("when", "date"), f"{memory.date!r} is not a real date")
        elif memory.age is None:
            yield positions.problem(at + ("when",), "an unmapped memory needs when: {age: N} (how old the player was)")
        if kind == "mapped" and not memory.mementos:
            yield positions.problem(at + ("kind",), f"mapped memory {ident!r} has no memento: nothing would let the technicians find it")
        if kind != "mapped" and memory.mementos:
            yield positions.problem(at + ("mementos",), f"{kind} memory {ident!r} has a memento; only mapped memories have mementos "
                                                        "(the technicians would find it)")
        for n, intrusion in enumerate(memory.intrusions):
            if intrusion.beat is None and intrusion.at is None:
                yield positions.problem(at + ("intrusions", n), "an intrusion needs 'at' (erasure level) or 'beat'")
            if intrusion.at is not None and kind != "mapped":
                yield positions.problem(at + ("intrusions", n, "at"),
                                        "'at' ties an intrusion to the erasure level; only mapped memories erode while read (use 'beat')")
    for at, scene, _, beat in beats(story):
        if beat.erasure is not None and not _mapped(scene):
            yield positions.problem(at + ("erasure",), "'erasure' sets how far a mapped memory has eroded; this is not one")
        if beat.survivors and isinstance(scene, Memory):
            yield positions.problem(_command(at, beat, "list_survivors"), "'list_survivors' lists what survived; it belongs in an ending")


def check_mementos(story: Story, positions: Positions) -> Iterator[Problem]:
    """Every memento is bagged in the prologue and belongs to a memory."""
    bagged: set[str] = set()
    for ident in story.prologue:
        for beat in story.memories[ident].beats if ident in story.memories else ():
            bagged.update(beat.bag)
            for option in beat.options:
                bagged.update(option.bag)
    used = {m for memory in story.memories.values() for m in memory.mementos}
    for ident in story.mementos:
        if ident not in bagged:
            yield positions.problem(("memento", ident, "id"),
                                    f"memento {ident!r} is never bagged in the prologue (add 'bag: {ident}' to a beat or option)")
        elif ident not in used:
            yield positions.problem(("memento", ident, "id"), f"memento {ident!r} belongs to no memory")


def check_turn(story: Story, positions: Positions) -> Iterator[Problem]:
    """At most one turn, in a mapped memory, on a beat that is no choice; the showcase keeps its memory."""
    turns = [(at, scene, beat) for at, scene, _, beat in beats(story) if beat.turn]
    for at, scene, beat in turns:
        if not _mapped(scene):
            yield positions.problem(_command(at, beat, "turn"), "the turn happens in a mapped memory, while the erasure takes it")
        if beat.options:
            yield positions.problem(_command(at, beat, "turn"), "a choice beat cannot also be the turn")
    for at, _, beat in turns[1:]:
        yield positions.problem(_command(at, beat, "turn"), "a second turn; the story has exactly one")
    turn = story.turn_memory
    if story.showcase is not None and turn is not None and turn not in story.showcase[1]:
        yield positions.problem(("story", "showcase", "erase_order"), f"the showcase leaves out {turn!r}, the memory of the turn")


def _mapped(scene) -> bool:
    return isinstance(scene, Memory) and scene.kind == "mapped"


def _command(at: tuple, item, name: str) -> tuple:
    """The key of a command in an item's `do:`."""
    return at + ("do", item.commands.index(name))


