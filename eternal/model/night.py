"""One night of a story, behind a façade: the runner reads the scenes, the rule modules (erasure, hiding) do the rest.

Like an ink or Yarn runtime it knows no screen: a presenter reads `line`, `choices` and `execution`, calls
`continue_()`, `choose(id)`, `hide_in(memory)` and `tick(dt)`, drains `pop_events()` for what happened, and asks the
queries (`hiding_targets()`, `upcoming_scenes()`, `progress()`, `companion_at()`, `front_position()`, ...) instead of
reading rules out of the state. `state` is a read-only view; `to_save()` is what a save file keeps.
"""

from __future__ import annotations

from dataclasses import fields
from types import MappingProxyType
from typing import Any, Callable

from eternal.model.conditions import Facts
from eternal.model import line_ids
from eternal.model.events import Event
from eternal.model.queries import Act, MapFacts
from eternal.model.rollback import Rollback, Step, crossed, plain
from eternal.model.rules.erasure import DISSOLVE_SECONDS, LEVEL_RATE, READ_SPREAD, Erasure, Front
from eternal.model.rules.hiding import HIDE, Hiding
from eternal.model.runner import Choice, Line, Runner
from eternal.model.state import CHOOSING, DISSOLVING, ENDED, ESCAPING, READING, ExecutionState, NightState, SaveError
from eternal.model.story import Scene, Story

__all__ = ["Act", "Choice", "DISSOLVE_SECONDS", "Event", "Front", "LEVEL_RATE", "Line", "MapFacts", "Night", "READ_SPREAD",
           "StateView"]


class FrozenList(list):
    """A copy of one of the state's lists that refuses to change (it still compares equal to a list)."""

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError("the night's state is read-only: act through the Night")

    append = extend = insert = pop = remove = clear = sort = reverse = _refuse  # type: ignore[assignment]
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse  # type: ignore[assignment]


class StateView:
    """The night's state as clients see it: every field readable, none assignable, lists and maps read-only."""

    __slots__ = ("_state",)

    def __init__(self, state: NightState) -> None:
        object.__setattr__(self, "_state", state)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._state, name)
        if isinstance(value, list):
            return FrozenList(value)
        if isinstance(value, dict):
            return MappingProxyType(value)
        return value

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"the night's state is read-only (tried to set {name!r}): act through the Night")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("the night's state is read-only")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StateView):
            return self._state == other._state
        if isinstance(other, NightState):
            return self._state == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"StateView({self._state!r})"

    def level(self, memory_id: str) -> float:
        return self._state.level(memory_id)

    def to_dict(self) -> dict:
        return self._state.to_dict()


class Night:
    """One playthrough of a story."""

    def __init__(self, story: Story, state: NightState) -> None:
        self.story = story
        self._state = state
        self._view = StateView(state)
        self._runner = Runner(story, state, self.facts)
        self._erasure = Erasure(self._runner)
        self._hiding = Hiding(self._runner, self._erasure)
        self._runner.rules = [self._hiding, self._erasure]  # the hiding decides first where a scene leads
        self._asks = {**self._erasure.asks(), **self._hiding.asks()}  # the condition kinds the rules answer
        self._rollback = Rollback()  # the lines of this stretch of reading to go back to (never saved)

    # --- starting, restoring, saving ----------------------------------------------------------------------------

    @classmethod
    def new(cls, story: Story, seed: int = 0) -> "Night":
        """A fresh night at the first line of the prologue."""
        night = cls(story, NightState(story_id=story.id, seed=seed, flags=dict(story.flags)))
        if story.prologue:
            night._runner.enter(story.prologue[0])
        else:
            night._erasure.begin()
        return night

    @classmethod
    def restore(cls, story: Story, data: object) -> "Night":
        """A night from saved data (any format from OLDEST_FORMAT on); an edited story resumes at the start of a
        memory whose line is gone. SaveError says why it cannot."""
        state = NightState.from_dict(data)
        if state.story_id != story.id:
            raise SaveError(f"this save belongs to the story {state.story_id!r}, not {story.id!r}")
        for label, memory_id in (("memory", state.scene), ("erasure front", state.front), ("held memory", state.held),
                                 ("hiding place", state.hidden_in)):
            if memory_id is not None and not story.has_scene(memory_id):
                raise SaveError(f"the {label} {memory_id!r} of this save is no longer in the story")
        _drop_what_the_story_lost(story, state)
        night = cls(story, state)
        scene = story.scene(state.scene)
        if state.held is not None and state.held_beat is not None and story.scene(state.held).beat_index(state.held_beat) is None:
            state.held_beat = None
        beat = night._runner.beat()
        line_gone = state.beat is not None and beat is None
        phase_gone = state.phase == CHOOSING and (beat is None or not beat.is_choice)
        if line_gone or phase_gone:
            night._runner.enter(scene.id)  # the line was cut or changed: start the memory over
        elif state.phase == READING and state.beat is None and state.special is None and state.part == 0:
            night._runner.scene_over()  # saved between a memory's last line and what follows it
        state.check_in(story)
        return night

    def to_save(self) -> dict:
        """The night as plain JSON-ready data with its format version (`Night.restore` reads it back)."""
        return self._state.to_dict()

    # --- what a presenter reads -----------------------------------------------------------------------------------

    @property
    def state(self) -> StateView:
        """The night's state, read-only."""
        return self._view

    @property
    def execution(self) -> ExecutionState:
        return self._state.phase

    @property
    def phase(self) -> ExecutionState:
        """The old name of `execution`."""
        return self._state.phase

    @property
    def scene(self) -> Scene:
        return self.story.scene(self._state.scene)

    @property
    def line(self) -> Line | None:
        """The line on screen: in READING the one to continue from; in CHOOSING the prompt, if any."""
        s = self._state
        if s.phase in (DISSOLVING, ENDED) and s.special is None and s.beat is None:
            return None
        said = self._hiding.line()
        if said is not None:
            return said
        beat = self._runner.beat()
        if beat is None:
            return None
        return self._erasure.listed_line(beat) or self._runner.authored_line(beat)

    @property
    def choices(self) -> list[Choice]:
        """What can be picked now (empty unless CHOOSING or ESCAPING)."""
        if self._state.phase == CHOOSING:
            return self._runner.options()
        if self._state.phase == ESCAPING:
            return self._hiding.choices()
        return []

    def facts(self) -> Facts:
        """What conditions can ask about the night right now."""
        s = self._state
        return Facts(flags=s.flags, bagged=frozenset(s.bagged), visited=frozenset(s.visited), asks=self._asks)

    def level(self, memory_id: str | None = None) -> float:
        """The erasure level of a memory (default: the one on screen), 0 intact to 1 erased."""
        return self._state.level(memory_id or self._state.scene)

    def is_in_erasure(self) -> bool:
        """The erasure is under way: the prologue is over and no ending has begun."""
        return self._erasure.is_on()

    def can_hide(self) -> bool:
        """True when the player may take the companion into hiding from where they are now."""
        return self._hiding.can_hide()

    def hiding_targets(self) -> list[str]:
        """Where she could be taken from here right now (empty when the hiding is not open)."""
        return self._hiding.targets()

    def companion_at(self) -> str | None:
        """The memory the companion is in on the map: where she hides, or beside the player at the front once they
        turned; None before."""
        return self._hiding.companion_at()

    def hiding_place(self) -> str | None:
        """Where she hides now, or None."""
        return self._state.hidden_in

    def found_here(self) -> bool:
        """The search has just found her where she hides: the line that says so is on screen."""
        return self._state.special == "found"

    def last_searched(self) -> str | None:
        """The memory the technicians looked in last while she hides (None when no search is under way)."""
        s = self._state
        return s.swept[-1] if s.hidden_in is not None and s.swept else None

    def hides_here(self) -> bool:
        """She hides in the scene on screen (the player went into hiding with her)."""
        return self._state.hidden_in is not None and self._state.hidden_in == self._state.scene

    def act(self) -> Act:
        """The part of the night: the prologue, the erasure, or the ending once the procedure's outcome is known."""
        return Act(self._state.stage)

    def point(self) -> str:
        """Where the reading stands, as a line id: the hiding places' prompt, a line the rules say, the beat read or
        chosen at (the scene alone between a memory's beats). Equal points show the same place of the story."""
        s = self._state
        if s.phase == ESCAPING:
            return line_ids.rule_line(s.scene, "escape")
        if s.special is not None:
            return line_ids.rule_line(s.scene, s.special)
        return line_ids.beat_line(s.scene, s.beat) if s.beat is not None else s.scene

    def map_facts(self) -> MapFacts:
        """What the memory map shows now: where the player, the front and the companion are, and each memory's state."""
        s = self._state
        story = self.story
        memory = story.memories.get(s.scene)
        on_map = s.scene in story.erase_order or (memory is not None and memory.kind == "unmapped")
        order = story.erase_order
        return MapFacts(here=s.scene if on_map else None, front=s.front, companion=self.companion_at(),
                        searched_last=self.last_searched(), erased=frozenset(s.erased), searched=frozenset(s.swept),
                        kept=frozenset(s.saved), spent=frozenset(s.spent), taken=sum(1 for m in order if m in s.erased),
                        mapped=len(order), levels=tuple((m, s.level(m)) for m in order))

    def front_position(self) -> Front | None:
        """The memory the erasure is taking now and how far it has eaten into it; None outside the erasure."""
        return self._erasure.front()

    def upcoming_scenes(self) -> list[str]:
        """The scenes that may come next from here, the likeliest first (for preparing their pictures): in the
        prologue its next scene (or the first memory erased); in the erasure the next memory it takes and the first
        place she could be taken to."""
        s = self._state
        if s.stage == "prologue":
            chain = list(self.story.prologue) + list(self.story.erase_order[:1])
            at = chain.index(s.scene) if s.scene in chain else len(chain)
            return chain[at + 1:at + 2]
        if not self._erasure.is_on():
            return []
        return self._erasure.upcoming()[:1] + (self._hiding.targets()[:1] if s.turned else [])

    def upcoming(self) -> list[str]:
        """The memories the erasure will take after the one on screen, in its order."""
        return self._erasure.upcoming()

    def progress(self) -> float:
        """How far the night has come through the memories the erasure means to take (0 to 1)."""
        return self._erasure.progress()

    def kept(self) -> list[str]:
        """Surviving memories the player walked through this night, in the order they were first entered."""
        alive = set(self.survived())
        return [m for m in self._state.visited if m in alive]

    def survived(self) -> list[str]:
        """Ids of memories (mapped and unmapped) that are still there."""
        return self._erasure.survived()

    def pop_events(self) -> list[Event]:
        """Events since the last call, oldest first."""
        events, self._runner.events = self._runner.events, []
        return events

    # --- what a presenter does ------------------------------------------------------------------------------------

    def continue_(self) -> None:
        """Advance past the current line (READING only; otherwise nothing happens)."""
        if self._state.phase != READING:
            return
        self._step(Step("continue"), self._continue)

    def _continue(self) -> None:
        line = self.line
        if line is not None:
            self._runner.record(line.id)
        if self._hiding.read_rule_line():
            return
        beat = self._runner.beat()
        if beat is None:
            self._runner.scene_over()
            return
        if self._erasure.pages_on(beat):
            return
        if self._hiding.searched_while_hiding():
            return
        if self._hiding.after_beat(beat):
            return
        self._runner.advance(beat, beat.goto)

    def choose(self, choice_id: str) -> bool:
        """Pick one of `choices` by id; False (and nothing changes) if it is not on offer."""
        offered = {c.id: c for c in self.choices}
        if choice_id not in offered:
            return False
        self._step(Step("choose", choice_id), lambda: self._choose(offered[choice_id]))
        return True

    def _choose(self, choice: Choice) -> None:
        choice_id = choice.id
        if self._state.phase == CHOOSING:
            beat = self._runner.beat()
            assert beat is not None
            option = next(o for o in beat.options if o.id == choice_id)
            self._runner.pick(option)
            if self._hiding.searched_while_hiding():
                return
            self._runner.advance(beat, option.goto or beat.goto)
            self._hiding.after_option(option)
        elif choice.kind == "hide":
            assert choice.target is not None
            self._hiding.hide(choice.target)
        else:
            self._hiding.stay()

    def offer_hiding(self) -> bool:
        """Open the hiding places from wherever the player is reading (the companion's hand taken)."""
        if not self._hiding.can_hide():
            return False
        return bool(self._step(Step("offer"), self._hiding.offer))

    def hide_in(self, memory_id: str) -> bool:
        """Take her into `memory_id` now, in one action (a click on the map); False if she cannot go there now."""
        if memory_id not in self._hiding.targets():
            return False
        if self._state.phase != ESCAPING and not self._hiding.offer():
            return False
        return self.choose(f"{HIDE}{memory_id}")

    def tick(self, dt: float) -> None:
        """Let `dt` seconds of the night pass: the erasure front eats into the memory on screen."""
        mark = len(self._runner.events)
        self._erasure.tick(dt)
        if len(self._rollback) and not self._rollback_open(self._runner.events[mark:]):
            self._rollback.clear()  # the memory began to go, or the erasure took it: nothing to go back to

    # --- rollback (as in Ren'Py: within the stretch being read, never saved) ------------------------------------

    def can_roll_back(self) -> bool:
        """There is a line before this one to go back to: in the same scene, since the last jump, turn or find, and
        the memory is not dissolving."""
        return len(self._rollback) > 0 and self._state.phase not in (DISSOLVING, ENDED)

    def roll_back(self) -> bool:
        """Go back to the line before: the night's whole state (flags, bag, choices, what was read, the erasure's
        level) as it was when that line began. False, and nothing changes, when there is none (`can_roll_back`)."""
        if not self.can_roll_back():
            return False
        point = self._rollback.pop()
        assert point is not None
        restored = NightState.from_dict(point.state)
        for f in fields(NightState):  # in place: the runner, the rules and the read-only view share this state
            setattr(self._state, f.name, getattr(restored, f.name))
        return True

    def can_roll_forward(self) -> bool:
        """A step rolled back over can be taken again from here (the same continue or the same choice)."""
        step = self._rollback.next_step()
        if step is None or self._state.phase in (DISSOLVING, ENDED):
            return False
        if step.kind == "continue":
            return self._state.phase == READING
        if step.kind == "choose":
            return step.choice in {c.id for c in self.choices}
        return self._hiding.can_hide()

    def roll_forward(self) -> bool:
        """Take again the step rolled back over last (re-reading the line, or choosing as before); False if none."""
        if not self.can_roll_forward():
            return False
        step = self._rollback.next_step()
        assert step is not None
        if step.kind == "continue":
            self.continue_()
            return True
        if step.kind == "choose":
            return self.choose(step.choice or "")
        return self.offer_hiding()

    def _step(self, step: Step, act: Callable[[], object]) -> object:
        """Take one of the player's steps, keeping the state it started from to roll back to."""
        before = plain(self._state)
        mark = len(self._runner.events)
        result = act()
        self._rollback.record(before, step, self._rollback_open(self._runner.events[mark:]))
        return result

    def _rollback_open(self, events: list[Event]) -> bool:
        """Whether the night can still be rolled back after these events: no barrier crossed, not dissolving."""
        return self._state.phase not in (DISSOLVING, ENDED) and not crossed(events)


def _drop_what_the_story_lost(story: Story, state: NightState) -> None:
    """Forget memories, mementos, beats and flags an edited story no longer has (saves survive story edits)."""
    known = set(story.memories)
    state.erased = [m for m in state.erased if m in known]
    state.swept = [m for m in state.swept if m in known]
    state.levels = {m: float(v) for m, v in state.levels.items() if m in known}
    state.traces = {m: int(v) for m, v in state.traces.items() if m in known}
    state.bagged = [m for m in state.bagged if m in story.mementos]
    state.saved = [m for m in state.saved if m in known]
    state.spent = [m for m in state.spent if m in known]
    state.visited = [m for m in state.visited if story.has_scene(m)]
    state.progress = {m: b for m, b in state.progress.items() if m in known and story.memories[m].beat_index(b) is not None}
    state.flags = {name: state.flags.get(name, default) for name, default in story.flags.items()}
