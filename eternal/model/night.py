"""The night's runner: drives a story through the prologue, the erasure, the hiding and an ending.

Like an ink or Yarn runtime it knows no screen: a presenter reads `line`, `choices` and `phase`, calls
`continue_()`, `choose(id)`, `offer_hiding()` and `tick(dt)`, and drains `pop_events()` for what happened.
"""

from __future__ import annotations

from dataclasses import dataclass

from eternal.model.conditions import Facts, holds
from eternal.model.hiding import hiding_places, search_step
from eternal.model.state import (
    CHOOSING,
    DISSOLVING,
    ENDED,
    ESCAPING,
    READING,
    NightState,
    SaveError,
)
from eternal.model.story import Beat, Ending, Memory, Scene, Story, Text

DISSOLVE_SECONDS = 2.5  # how long the erasure takes a memory once its last beat is read
LEVEL_RATE = 0.2  # erasure level per second while the front eats into the memory being read
READ_SPREAD = 0.6  # the level the beats spread to before the final dissolve


@dataclass(frozen=True)
class Line:
    """A line to show: its stable id, who speaks (None for narration) and the text."""

    id: str
    who: str | None
    text: Text


@dataclass(frozen=True)
class Choice:
    """Something the player can pick now: an authored option, a hiding place, or staying."""

    id: str
    text: Text
    kind: str  # option | hide | stay
    target: str | None = None
    cue: Text | None = None  # a hiding place's hint, shown beside its title
    escape: bool = False  # an authored option after which the hiding places are offered


@dataclass(frozen=True)
class Event:
    """Something the presenter may want to show or sound: scene, intrusion, turn, hidden, searched, found, lost, erased,
    ending."""

    kind: str
    scene: str
    who: str | None = None
    text: Text | None = None
    sound: str | None = None


class Night:
    """One playthrough of a story; all mutable data lives in `self.state`."""

    def __init__(self, story: Story, state: NightState) -> None:
        self.story = story
        self.state = state
        self._events: list[Event] = []

    # --- starting and restoring -------------------------------------------------------------------------------

    @classmethod
    def new(cls, story: Story, seed: int = 0) -> "Night":
        """A fresh night at the first line of the prologue."""
        night = cls(story, NightState(story_id=story.id, seed=seed, flags=dict(story.flags)))
        if story.prologue:
            night._enter(story.prologue[0])
        else:
            night._begin_erasure()
        return night

    @classmethod
    def restore(cls, story: Story, data: object) -> "Night":
        """A night from saved data; an edited story resumes at the start of a memory whose line is gone."""
        state = NightState.from_dict(data)
        if state.story_id != story.id:
            raise SaveError(f"this save belongs to the story {state.story_id!r}, not {story.id!r}")
        for label, memory_id in (("memory", state.scene), ("erasure front", state.front), ("held memory", state.held), ("hiding place", state.hidden_in)):
            if memory_id is not None and not story.has_scene(memory_id):
                raise SaveError(f"the {label} {memory_id!r} of this save is no longer in the story")
        known = {m for m in story.memories}
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
        night = cls(story, state)
        scene = story.scene(state.scene)
        if state.held is not None and state.held_beat is not None and story.scene(state.held).beat_index(state.held_beat) is None:
            state.held_beat = None
        beat = night._beat()
        line_gone = state.beat is not None and beat is None
        phase_gone = state.phase == CHOOSING and (beat is None or not beat.is_choice)
        if line_gone or phase_gone:
            night._enter(scene.id)  # the line was cut or changed: start the memory over
        elif state.phase == READING and state.beat is None and state.special is None and state.part == 0:
            night._end_of_scene()  # saved between a memory's last line and what follows it
        state.check_in(story)
        return night

    # --- what a presenter reads -------------------------------------------------------------------------------

    @property
    def phase(self) -> str:
        return self.state.phase

    @property
    def scene(self) -> Scene:
        return self.story.scene(self.state.scene)

    @property
    def line(self) -> Line | None:
        """The line on screen: in READING the one to continue from; in CHOOSING the prompt, if any."""
        state = self.state
        if state.phase in (DISSOLVING, ENDED) and state.special is None and state.beat is None:
            return None
        hiding = self.story.hiding
        if state.special == "found" and hiding is not None:
            text = hiding.found_lines[(max(1, state.finds) - 1) % len(hiding.found_lines)]
            return Line(f"{state.scene}.@found{state.finds}", None, text)
        if state.special == "lost" and hiding is not None:
            text = hiding.lost_lines[(max(1, len(state.saved)) - 1) % len(hiding.lost_lines)]
            return Line(f"{state.scene}.@lost{len(state.saved)}", None, text)
        if state.phase == ESCAPING and hiding is not None:
            return Line(f"{state.scene}.@escape", None, hiding.prompt)
        beat = self._beat()
        if beat is None:
            return None
        if beat.survivors and state.part > 0:
            survivor = self._survivor_lines()[state.part - 1]
            return Line(f"{state.scene}.{beat.id}#{survivor[0]}", None, survivor[1])
        if beat.text is None:
            return None
        return Line(f"{state.scene}.{beat.id}", beat.who, beat.text)

    @property
    def choices(self) -> list[Choice]:
        """What can be picked now (empty unless CHOOSING or ESCAPING)."""
        state = self.state
        if state.phase == CHOOSING:
            beat = self._beat()
            assert beat is not None
            facts = self.facts()
            return [Choice(o.id, o.text, "option", escape=o.escape) for o in beat.options if holds(o.when, facts)]
        if state.phase == ESCAPING and self.story.hiding is not None:
            places = self._places()
            memories = self.story.memories
            out = [Choice(f"hide:{m}", memories[m].title, "hide", m, cue=memories[m].cue) for m in places]
            out.append(Choice("stay", self.story.hiding.stay, "stay"))
            return out
        return []

    def facts(self) -> Facts:
        """What conditions can ask about the night right now."""
        s = self.state
        return Facts(
            flags=s.flags,
            bagged=frozenset(s.bagged),
            erased=frozenset(s.erased),
            mapped=self.story.erase_order,
            outcome=s.outcome,
            visited=frozenset(s.visited),
            saved=frozenset(s.saved),
            counts={"hides": s.hides, "finds": s.finds, "saves": len(s.saved)},
        )

    def level(self, memory_id: str | None = None) -> float:
        """The erasure level of a memory (default: the one on screen), 0 intact to 1 erased."""
        return self.state.level(memory_id or self.state.scene)

    def can_hide(self) -> bool:
        """True when the player may take Clementine somewhere the clinic never mapped, from where they are now."""
        s = self.state
        if not s.turned or s.stage != "erasure" or s.special is not None or s.phase not in (READING, CHOOSING):
            return False
        if s.hidden_in is None:
            here_ok = s.scene == s.front and s.scene not in s.saved  # a saved memory needs no more hiding
        else:
            here_ok = s.scene == s.hidden_in  # from one hiding place deeper into the next
        return here_ok and bool(self._places())

    def hiding_targets(self) -> list[str]:
        """Where she could be taken from here right now (empty when the hiding is not open)."""
        return self._places() if self.can_hide() or self.state.phase == ESCAPING else []

    def upcoming(self) -> list[str]:
        """The memories the erasure will take next, in order (for preparing their pictures)."""
        s = self.state
        return [m for m in self.story.erase_order if m not in s.erased and m not in s.saved and m != s.scene]

    def progress(self) -> float:
        """How far the night has come through the memories the clinic means to take (0 to 1)."""
        s = self.state
        order = self.story.erase_order
        return (len(s.erased) + len([m for m in s.saved if m in order])) / max(1, len(order))

    def kept(self) -> list[str]:
        """Surviving memories the player walked through this night, in the order they were first entered."""
        alive = set(self.survived())
        return [m for m in self.state.visited if m in alive]

    def survived(self) -> list[str]:
        """Ids of memories (mapped and unmapped) that are still there."""
        erased = set(self.state.erased)
        return [m.id for m in self.story.memories.values() if m.kind != "real" and m.id not in erased]

    def pop_events(self) -> list[Event]:
        """Events since the last call, oldest first."""
        events, self._events = self._events, []
        return events

    # --- what a presenter does --------------------------------------------------------------------------------

    def continue_(self) -> None:
        """Advance past the current line (READING only; otherwise nothing happens)."""
        s = self.state
        if s.phase != READING:
            return
        line = self.line
        if line is not None and line.id not in s.read:
            s.read.append(line.id)
        if s.special == "found":
            s.special = None
            s.beat = None
            s.phase = DISSOLVING
            s.target = 1.0
            return
        if s.special == "lost":
            s.special = None
            beat = self._beat()
            s.phase = CHOOSING if beat is not None and beat.is_choice else READING
            if beat is None:
                self._end_of_scene()
            return
        beat = self._beat()
        if beat is None:
            self._end_of_scene()
            return
        if beat.survivors and s.part < len(self._survivor_lines()):
            s.part += 1
            return
        if s.hidden_in is not None and s.scene == s.hidden_in and self._search_tick():
            return
        if beat.escape and self.can_hide():
            s.phase = ESCAPING
            s.escape_return = "advance"
            return
        self._advance(beat, beat.goto)

    def choose(self, choice_id: str) -> bool:
        """Pick one of `choices` by id; False (and nothing changes) if it is not on offer."""
        s = self.state
        offered = {c.id: c for c in self.choices}
        if choice_id not in offered:
            return False
        choice = offered[choice_id]
        if s.phase == CHOOSING:
            beat = self._beat()
            assert beat is not None
            option = next(o for o in beat.options if o.id == choice_id)
            s.read.append(f"{s.scene}.{beat.id}.{option.id}")
            s.flags.update(option.sets)
            s.bagged.extend(m for m in option.bag if m not in s.bagged)
            if s.hidden_in is not None and s.scene == s.hidden_in and self._search_tick():
                return True
            self._advance(beat, option.goto or beat.goto)
            if option.escape and self.can_hide():
                s.escape_return = "resume"  # staying reads on from the beat after the choice
                s.phase = ESCAPING
            return True
        if choice.kind == "hide":
            assert choice.target is not None
            self._hide(choice.target)
            return True
        # staying
        back = s.escape_return
        s.escape_return = None
        beat = self._beat()
        if back == "advance" and beat is not None:
            s.phase = READING
            self._advance(beat, beat.goto)
        else:
            s.phase = CHOOSING if beat is not None and beat.is_choice else READING
        return True

    def offer_hiding(self) -> bool:
        """Open the hiding places from wherever the player is reading (the 'take her hand' action)."""
        if not self.can_hide():
            return False
        self.state.escape_return = "resume"
        self.state.phase = ESCAPING
        return True

    def tick(self, dt: float) -> None:
        """Let `dt` seconds of the night pass: the erasure front eats into the memory on screen."""
        s = self.state
        s.time += dt
        if s.phase == ENDED:
            return
        if s.phase == DISSOLVING:
            level = min(1.0, s.level(s.scene) + dt / DISSOLVE_SECONDS)
            s.levels[s.scene] = level
            self._fire_level_intrusions()
            if level >= 1.0:
                self._finish_dissolve()
            return
        if s.stage == "erasure" and s.scene == s.front and s.hidden_in is None and s.scene not in s.saved:
            level = s.level(s.scene)
            if level < s.target:
                s.levels[s.scene] = min(s.target, level + dt * LEVEL_RATE)
                self._fire_level_intrusions()

    # --- the rules ---------------------------------------------------------------------------------------------

    def _beat(self) -> Beat | None:
        if self.state.beat is None:
            return None
        scene = self.scene
        index = scene.beat_index(self.state.beat)
        return None if index is None else scene.beats[index]

    def _places(self) -> list[str]:
        s = self.state
        return hiding_places(self.story, s.scene, set(s.swept) | set(s.spent), set(s.erased))

    def _survivor_lines(self) -> list[tuple[str, Text]]:
        """The keepsake of every memory that survived and that the player actually walked through."""
        erased, visited = set(self.state.erased), set(self.state.visited)
        return [
            (m.id, m.keepsake)
            for m in self.story.memories.values()
            if m.kind != "real" and m.id not in erased and m.id in visited and m.keepsake is not None
        ]

    def _enter(self, scene_id: str, start_beat: str | None = None) -> None:
        s = self.state
        s.scene = scene_id
        s.beat = None
        s.part = 0
        s.special = None
        s.escape_return = None
        s.target = s.level(scene_id)
        if scene_id not in s.visited:
            s.visited.append(scene_id)
        self._events.append(Event("scene", scene_id))
        scene = self.scene
        start = 0
        if start_beat is not None:
            start = scene.beat_index(start_beat) or 0
        self._show_from(start)

    def _advance(self, beat: Beat, goto: str | None) -> None:
        scene = self.scene
        if goto is not None:
            index = scene.beat_index(goto)
        else:
            index = (scene.beat_index(beat.id) or 0) + 1
        self._show_from(len(scene.beats) if index is None else index)

    def _show_from(self, index: int) -> None:
        scene = self.scene
        facts = self.facts()
        while index < len(scene.beats):
            beat = scene.beats[index]
            if holds(beat.when, facts) and (not beat.is_choice or any(holds(o.when, facts) for o in beat.options)):
                self._show(beat)
                return
            index += 1
        self._end_of_scene()

    def _show(self, beat: Beat) -> None:
        s = self.state
        s.beat = beat.id
        s.part = 0
        s.flags.update(beat.sets)
        s.bagged.extend(m for m in beat.bag if m not in s.bagged)
        if beat.turn and not s.turned:
            s.turned = True
            self._events.append(Event("turn", s.scene))
        scene = self.scene
        if isinstance(scene, Memory):
            for intrusion in scene.intrusions:
                if intrusion.beat == beat.id:
                    self._fire(scene, intrusion)
            if s.stage == "erasure" and s.scene == s.front and s.hidden_in is None:
                s.target = max(s.target, self._beat_level(scene, beat))
        if beat.survivors and beat.text is None:
            s.part = 1 if self._survivor_lines() else 0
        s.phase = CHOOSING if beat.is_choice else READING

    @staticmethod
    def _beat_level(memory: Memory, beat: Beat) -> float:
        if beat.erasure is not None:
            return beat.erasure
        index = memory.beat_index(beat.id) or 0
        return READ_SPREAD * index / max(1, len(memory.beats))

    def _fire(self, memory: Memory, intrusion) -> None:
        key = f"{memory.id}.{intrusion.id}"
        if key in self.state.fired or not holds(intrusion.when, self.facts()):
            return
        self.state.fired.append(key)
        self._events.append(Event("intrusion", memory.id, intrusion.who, intrusion.text, intrusion.sound))

    def _fire_level_intrusions(self) -> None:
        scene = self.scene
        if not isinstance(scene, Memory):
            return
        level = self.level()
        for intrusion in scene.intrusions:
            if intrusion.at is not None and intrusion.at <= level:
                self._fire(scene, intrusion)

    def _end_of_scene(self) -> None:
        s = self.state
        scene = self.scene
        if isinstance(scene, Ending):
            s.phase = ENDED
            self._events.append(Event("ended", scene.id))
            return
        if s.stage == "prologue":
            order = self.story.prologue
            position = order.index(scene.id) if scene.id in order else len(order) - 1
            if position + 1 < len(order):
                self._enter(order[position + 1])
            else:
                self._begin_erasure()
            return
        if s.hidden_in == scene.id:
            self._lost_them()
            return
        if scene.id in s.saved:
            self._begin_erasure()  # they walk on out of a memory the clinic lost, into the next it still has
            return
        s.beat = None
        s.phase = DISSOLVING
        s.target = 1.0

    def _begin_erasure(self) -> None:
        s = self.state
        s.stage = "erasure"
        remaining = [m for m in self.story.erase_order if m not in s.erased and m not in s.saved]
        if not remaining:
            # Through to the first memory: with holes in the map the procedure breaks off, else it is complete.
            self._finish("aborted" if s.saved else "completed")
            return
        s.front = remaining[0]
        self._enter(remaining[0])

    def _finish_dissolve(self) -> None:
        s = self.state
        memory_id = s.scene
        s.levels[memory_id] = 1.0
        if memory_id not in s.erased:
            s.erased.append(memory_id)
        self._events.append(Event("erased", memory_id))
        if memory_id == s.hidden_in:
            # They found her here: the childhood memory goes with her, and the front takes up its work again.
            s.hidden_in = None
            s.swept = []  # the next time she vanishes, the search starts again from there
            back, s.held = s.held, None
            beat, s.held_beat = s.held_beat, None
            assert back is not None
            self._enter(back, beat)
            return
        self._begin_erasure()

    def _hide(self, target: str) -> None:
        s = self.state
        here = s.scene
        s.read.append(f"{here}.@hide:{target}")
        if s.hidden_in is None:
            s.held = here
            s.held_beat = s.beat
            s.hides += 1
            s.hidden_beats = 0
            if here not in s.swept:
                s.swept.append(here)  # the search starts where she vanished
        elif s.beat is not None:
            s.progress[here] = s.beat  # moving deeper: a later visit picks up here
        s.traces[here] = s.traces.get(here, 0) + 1
        s.hidden_in = target
        self._events.append(Event("hidden", target))
        self._enter(target, s.progress.pop(target, None))

    def _search_tick(self) -> bool:
        """One beat read while she hides; every few beats the technicians search. True if they found her."""
        s = self.state
        rules = self.story.hiding
        if rules is None:
            return False
        s.hidden_beats += 1
        every = rules.search_every[min(s.hides, len(rules.search_every)) - 1]
        if s.hidden_beats % every:
            return False
        searched = search_step(self.story, set(s.swept), set(s.erased), s.traces, s.seed, s.search_steps)
        s.search_steps += 1
        if searched is None:
            return False
        s.swept.append(searched)
        self._events.append(Event("searched", searched))
        if searched == s.hidden_in:
            s.finds += 1
            s.special = "found"
            s.phase = READING
            self._events.append(Event("found", searched))
            return True
        return False

    def _lost_them(self) -> None:
        """She was hidden to the end of a place: the clinic loses the memory they fled from, and they go back to it."""
        s = self.state
        refuge, back, beat = s.scene, s.held, s.held_beat
        assert back is not None
        if refuge not in s.spent:
            s.spent.append(refuge)
        s.progress.pop(refuge, None)
        if back not in s.saved:
            s.saved.append(back)
        s.levels[back] = s.level(back) / 2  # the colour comes back into what they kept
        s.swept = []  # the trail went cold; only the traces of her moves stay to draw the next search
        s.hidden_in = None
        s.held = None
        s.held_beat = None
        self._events.append(Event("lost", back))
        self._enter(back, beat)
        if s.stage == "erasure":  # (a held memory whose lines were all conditional may have ended at once)
            s.special = "lost"
            s.phase = READING

    def _finish(self, outcome: str) -> None:
        s = self.state
        s.outcome = outcome
        s.stage = "ending"
        s.hidden_in = None
        s.held = None
        s.held_beat = None
        facts = self.facts()
        ending = next((e for e in self.story.endings if holds(e.when, facts)), None)
        if ending is None:
            s.phase = ENDED
            return
        s.ending = ending.id
        self._events.append(Event("ending", ending.id))
        self._enter(ending.id)
