"""The erasure: after the prologue, a front takes the mapped memories one by one in the story's erase order.

While the player reads the memory at the front, its level rises toward what the beats read so far allow; once its last
beat is read it dissolves and the front moves on. When no mapped memory is left the procedure ends, and the first
ending whose condition holds begins. Something may shelter memories from it (the hiding rule): see `Shelter`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from eternal.model import line_ids
from eternal.model.conditions import Ask, holds, within
from eternal.model.events import EndingChosen, IntrusionHeard, MemoryErased, Turned
from eternal.model.rules.specs import CommandSpec, ConditionSpec
from eternal.model.runner import Line, Runner
from eternal.model.state import DISSOLVING, ENDED
from eternal.model.story import Beat, Intrusion, Memory, Scene, Text

DISSOLVE_SECONDS = 2.5  # how long the erasure takes a memory once its last beat is read
LEVEL_RATE = 0.2  # erasure level per second while the front eats into the memory being read
READ_SPREAD = 0.6  # the level the beats spread to before the final dissolve

COMMANDS = (
    CommandSpec("turn", frozenset({"beat"}), "the erasure turns: from here the player may fight it (once per story)"),
    CommandSpec("list_survivors", frozenset({"beat"}), "an ending's beat that lists the memories that survived"),
)
CONDITIONS = (
    ConditionSpec("survived", ("name",), "the memory `name` was not erased"),
    ConditionSpec("erased", ("name",), "the memory `name` was erased"),
    ConditionSpec("survivors", ("min", "max", "of"), "how many of the mapped memories (or of `of`) survived"),
    ConditionSpec("outcome", ("name",), "how the procedure ended: completed or aborted"),
)


@dataclass(frozen=True)
class Front:
    """Where the erasure stands: the memory it is taking now and how far it has eaten into it (0 to 1)."""

    memory: str
    level: float
    taken: int  # mapped memories erased before it


class Shelter(Protocol):
    """What the erasure asks of a rule that can keep memories from it."""

    def shields(self, memory_id: str) -> bool:
        """The front does not eat into this memory while the player reads it."""

    def kept(self) -> list[str]:
        """Memories the erasure lost: it passes over them."""

    def on_erased(self, memory_id: str) -> bool:
        """A memory was just erased; True when the shelter decided where the player goes next."""

    def on_finish(self) -> None:
        """The procedure is over."""


class Erasure:
    """The erasure rule of one night."""

    def __init__(self, runner: Runner) -> None:
        self.runner = runner
        self.state = runner.state
        self.story = runner.story
        self.shelter: Shelter | None = None

    # --- queries ------------------------------------------------------------------------------------------------

    @property
    def stage(self) -> str:
        return self.state.stage

    def is_on(self) -> bool:
        """The erasure is under way (the prologue is over and no ending has begun)."""
        return self.state.stage == "erasure"

    def front(self) -> Front | None:
        s = self.state
        if not self.is_on() or s.front is None:
            return None
        return Front(s.front, s.level(s.front), sum(1 for m in self.story.erase_order if m in s.erased))

    def upcoming(self) -> list[str]:
        """The memories the erasure will take next, in order, not counting the one on screen."""
        s = self.state
        kept = set(self._kept())
        return [m for m in self.story.erase_order if m not in s.erased and m not in kept and m != s.scene]

    def progress(self) -> float:
        """How far the night has come through the memories the erasure means to take (0 to 1)."""
        s = self.state
        order = self.story.erase_order
        return (len(s.erased) + len([m for m in self._kept() if m in order])) / max(1, len(order))

    def survived(self) -> list[str]:
        """Ids of memories (mapped and unmapped) that are still there."""
        erased = set(self.state.erased)
        return [m.id for m in self.story.memories.values() if m.kind != "real" and m.id not in erased]

    def listed(self) -> list[tuple[str, Text]]:
        """The keepsake of every memory that survived and that the player actually walked through."""
        erased, visited = set(self.state.erased), set(self.state.visited)
        return [
            (m.id, m.keepsake)
            for m in self.story.memories.values()
            if m.kind != "real" and m.id not in erased and m.id in visited and m.keepsake is not None
        ]

    def listed_line(self, beat: Beat) -> Line | None:
        """The line of a `list_survivors` beat's list on screen, if the list is being read."""
        s = self.state
        if not beat.survivors or s.part == 0:
            return None
        memory_id, text = self.listed()[s.part - 1]
        return Line(line_ids.listed_line(s.scene, beat.id, memory_id), None, text)

    def pages_on(self, beat: Beat) -> bool:
        """Continue within a `list_survivors` beat's list; True while the list had another line."""
        s = self.state
        if beat.survivors and s.part < len(self.listed()):
            s.part += 1
            return True
        return False

    def asks(self) -> dict[str, Ask]:
        """How this rule answers the condition kinds it declares (CONDITIONS)."""
        s = self.state
        return {
            "survived": lambda c: c.name not in s.erased,
            "erased": lambda c: c.name in s.erased,
            "survivors": lambda c: within(sum(1 for m in (c.of or self.story.erase_order) if m not in s.erased), c),
            "outcome": lambda c: s.outcome == c.name,
        }

    # --- hooks of the runner ------------------------------------------------------------------------------------

    def on_show(self, beat: Beat) -> None:
        s = self.state
        if beat.turn and not s.turned:
            s.turned = True
            self.runner.events.append(Turned(s.scene))
        scene = self.runner.scene
        if isinstance(scene, Memory):
            for intrusion in scene.intrusions:
                if intrusion.beat == beat.id:
                    self._fire(scene, intrusion)
            if self.is_on() and s.scene == s.front and not self._shielded(s.scene):
                s.target = max(s.target, self._beat_level(scene, beat))
        if beat.survivors and beat.text is None:
            s.part = 1 if self.listed() else 0

    def on_scene_end(self, scene: Scene) -> bool:
        s = self.state
        if s.stage == "prologue":
            order = self.story.prologue
            position = order.index(scene.id) if scene.id in order else len(order) - 1
            if position + 1 < len(order):
                self.runner.enter(order[position + 1])
            else:
                self.begin()
            return True
        self.dissolve()
        return True

    # --- what it does -------------------------------------------------------------------------------------------

    def begin(self) -> None:
        """Move the front to the newest memory not yet taken or kept; the procedure ends when none is left."""
        s = self.state
        kept = self._kept()
        remaining = [m for m in self.story.erase_order if m not in s.erased and m not in kept]
        if not remaining:
            # Through to the oldest memory: with holes in the map the procedure breaks off, else it is complete.
            self.finish("aborted" if kept else "completed")
            return
        s.front = remaining[0]
        self.runner.enter(remaining[0])

    def dissolve(self) -> None:
        """Let the erasure take the scene on screen whole (tick() runs it)."""
        s = self.state
        s.beat = None
        s.phase = DISSOLVING
        s.target = 1.0

    def tick(self, dt: float) -> None:
        """`dt` seconds: the dissolve runs, or the front eats into the memory being read up to what was read."""
        s = self.state
        if s.phase == ENDED:
            return
        if s.phase == DISSOLVING:
            level = min(1.0, s.level(s.scene) + dt / DISSOLVE_SECONDS)
            s.levels[s.scene] = level
            self._fire_level_intrusions()
            if level >= 1.0:
                self._erased()
            return
        if self.is_on() and s.scene == s.front and not self._shielded(s.scene):
            level = s.level(s.scene)
            if level < s.target:
                s.levels[s.scene] = min(s.target, level + dt * LEVEL_RATE)
                self._fire_level_intrusions()

    def finish(self, outcome: str) -> None:
        """The procedure is over: the first ending whose condition holds begins."""
        s = self.state
        s.outcome = outcome
        if self.shelter is not None:
            self.shelter.on_finish()
        facts = self.runner.facts()
        ending = next((e for e in self.story.endings if holds(e.when, facts)), None)
        if ending is None:
            s.phase = ENDED
            return
        s.ending = ending.id
        self.runner.events.append(EndingChosen(ending.id))
        self.runner.enter(ending.id)

    # --- inside ---------------------------------------------------------------------------------------------------

    def _kept(self) -> list[str]:
        return self.shelter.kept() if self.shelter is not None else []

    def _shielded(self, memory_id: str) -> bool:
        return self.shelter is not None and self.shelter.shields(memory_id)

    def _erased(self) -> None:
        s = self.state
        memory_id = s.scene
        s.levels[memory_id] = 1.0
        if memory_id not in s.erased:
            s.erased.append(memory_id)
        self.runner.events.append(MemoryErased(memory_id))
        if self.shelter is not None and self.shelter.on_erased(memory_id):
            return
        self.begin()

    @staticmethod
    def _beat_level(memory: Memory, beat: Beat) -> float:
        if beat.erasure is not None:
            return beat.erasure
        index = memory.beat_index(beat.id) or 0
        return READ_SPREAD * index / max(1, len(memory.beats))

    def _fire(self, memory: Memory, intrusion: Intrusion) -> None:
        key = f"{memory.id}.{intrusion.id}"
        if key in self.state.fired or not holds(intrusion.when, self.runner.facts()):
            return
        self.state.fired.append(key)
        self.runner.events.append(IntrusionHeard(memory.id, intrusion.id, intrusion.who, intrusion.text, intrusion.sound))

    def _fire_level_intrusions(self) -> None:
        scene = self.runner.scene
        if not isinstance(scene, Memory):
            return
        level = self.state.level(scene.id)
        for intrusion in scene.intrusions:
            if intrusion.at is not None and intrusion.at <= level:
                self._fire(scene, intrusion)
