"""The hiding: after the turn the player may take the companion into unmapped memories, out of the erasure's reach.

While she hides, the front stops eating into the memory they fled. The technicians search: every few beats read in
hiding they look in one more memory, spreading along associations from where she vanished, drawn by the traces her
moves left (deterministic for a seed). Found, she loses her hiding place (or, by the story's rules, only the right to
use it again) and the erasure goes on; read to its end unfound, the hiding place is spent and the memory they fled is
kept for good.

The story tunes it in its `hiding:` block (`HidingRules`): how often they search, `reach` (where she may be taken) and
`when_found` (what a find costs).
"""

from __future__ import annotations

import random

from eternal.model import line_ids
from eternal.model.conditions import Ask, within
from eternal.model.events import Found, Hidden, Lost, Searched
from eternal.model.rules.erasure import Erasure
from eternal.model.rules.specs import CommandSpec, ConditionSpec
from eternal.model.runner import Choice, Line, Runner
from eternal.model.state import CHOOSING, ESCAPING, READING
from eternal.model.story import Beat, Option, Scene, Story

TRACE_WEIGHT = 3  # how much more a memory she passed through draws the search than an untouched one
HIDE = "hide:"  # a hiding place's choice id is HIDE + its memory id
STAY = "stay"

COMMANDS = (
    CommandSpec("escape", frozenset({"beat", "option"}), "offer the hiding places (after the turn)"),
)
CONDITIONS = (
    ConditionSpec("saved", ("name",), "the memory `name` was kept: the search lost her while she hid from it"),
    ConditionSpec("count", ("name", "min", "max"), "how often something happened: hides, finds or saves"),
)


def hiding_places(story: Story, here: str, closed: set[str], erased: set[str], reach: str | None = None) -> list[str]:
    """Unmapped memories she can be taken to from `here`: not searched or spent (`closed`), not erased, and, unless
    the story's `reach` is "unmapped", associated with `here`."""
    if reach is None:
        reach = story.hiding.reach if story.hiding is not None else "associated"
    if reach == "unmapped":
        pool: tuple[str, ...] | list[str] = sorted(m for m, memory in story.memories.items() if memory.kind == "unmapped")
    else:
        pool = story.neighbours.get(here, ())
    return [
        other
        for other in pool
        if story.memories[other].kind == "unmapped" and other not in closed and other not in erased and other != here
    ]


def search_candidates(story: Story, swept: set[str], erased: set[str]) -> list[str]:
    """Memories next to what has been searched that the search has not reached yet, in a stable order."""
    frontier: set[str] = set()
    for memory_id in swept:
        for other in story.neighbours.get(memory_id, ()):
            if other not in swept and other not in erased and story.memories[other].kind != "real":
                frontier.add(other)
    return sorted(frontier)


def search_step(story: Story, swept: set[str], erased: set[str], traces: dict[str, int], seed: int, step: int) -> str | None:
    """The memory the technicians search at this step, or None when nowhere is left to look."""
    candidates = search_candidates(story, swept, erased)
    if not candidates:
        return None
    weights = [1 + TRACE_WEIGHT * traces.get(candidate, 0) for candidate in candidates]
    rng = random.Random(f"{story.id}:{seed}:{step}")
    return rng.choices(candidates, weights=weights, k=1)[0]


class Hiding:
    """The hiding rule of one night; the erasure asks it what it shelters (see `erasure.Shelter`)."""

    def __init__(self, runner: Runner, erasure: Erasure) -> None:
        self.runner = runner
        self.erasure = erasure
        self.state = runner.state
        self.story = runner.story
        erasure.shelter = self

    # --- queries ------------------------------------------------------------------------------------------------

    def places(self) -> list[str]:
        """Where she could be taken from the scene on screen, whether or not the hiding is open now."""
        s = self.state
        return hiding_places(self.story, s.scene, set(s.swept) | set(s.spent), set(s.erased))

    def can_hide(self) -> bool:
        """True when the player may take her somewhere the technicians never mapped, from where they are now."""
        s = self.state
        if not s.turned or not self.erasure.is_on() or s.special is not None or s.phase not in (READING, CHOOSING):
            return False
        if s.hidden_in is None:
            here_ok = s.scene == s.front and s.scene not in s.saved  # a kept memory needs no more hiding
        else:
            here_ok = s.scene == s.hidden_in  # from one hiding place deeper into the next
        return here_ok and bool(self.places())

    def targets(self) -> list[str]:
        """Where she could be taken right now (empty when the hiding is not open)."""
        return self.places() if self.can_hide() or self.state.phase == ESCAPING else []

    def companion_at(self) -> str | None:
        """Where she is on the map: where she hides, or, once the player has turned, beside them at the front."""
        s = self.state
        return s.hidden_in or (s.front if s.turned else None)

    def line(self) -> Line | None:
        """A line the hiding rules say now (found, lost, the prompt over the hiding places), if any."""
        s = self.state
        rules = self.story.hiding
        if rules is None:
            return None
        if s.special == "found":
            text = rules.found_lines[(max(1, s.finds) - 1) % len(rules.found_lines)]
            return Line(line_ids.rule_line(s.scene, "found", s.finds), None, text)
        if s.special == "lost":
            text = rules.lost_lines[(max(1, len(s.saved)) - 1) % len(rules.lost_lines)]
            return Line(line_ids.rule_line(s.scene, "lost", len(s.saved)), None, text)
        if s.phase == ESCAPING:
            return Line(line_ids.rule_line(s.scene, "escape"), None, rules.prompt)
        return None

    def choices(self) -> list[Choice]:
        """The hiding places on offer, then staying."""
        rules = self.story.hiding
        if rules is None:
            return []
        memories = self.story.memories
        out = [Choice(f"{HIDE}{m}", memories[m].title, "hide", m, cue=memories[m].cue) for m in self.places()]
        out.append(Choice(STAY, rules.stay, "stay"))
        return out

    def counts(self) -> dict[str, int]:
        s = self.state
        return {"hides": s.hides, "finds": s.finds, "saves": len(s.saved)}

    def asks(self) -> dict[str, Ask]:
        """How this rule answers the condition kinds it declares (CONDITIONS)."""
        return {
            "saved": lambda c: c.name in self.state.saved,
            "count": lambda c: within(self.counts().get(c.name, 0), c),
        }

    # --- the shelter the erasure asks ---------------------------------------------------------------------------

    def shields(self, memory_id: str) -> bool:
        return self.state.hidden_in is not None or memory_id in self.state.saved

    def kept(self) -> list[str]:
        return list(self.state.saved)

    def on_erased(self, memory_id: str) -> bool:
        if memory_id != self.state.hidden_in:
            return False
        # They found her here: the hiding place went with her, and the front takes up its work again.
        self._back_from_hiding()
        return True

    def on_finish(self) -> None:
        s = self.state
        s.hidden_in = None
        s.held = None
        s.held_beat = None

    # --- hooks of the runner ------------------------------------------------------------------------------------

    def on_show(self, beat: Beat) -> None:
        """Nothing: the hiding opens only when the player acts."""

    def on_scene_end(self, scene: Scene) -> bool:
        s = self.state
        if s.hidden_in is not None and s.hidden_in == scene.id:
            self._lost_them()
            return True
        if scene.id in s.saved:
            self.erasure.begin()  # they walk on out of a memory the technicians lost, into the next they still have
            return True
        return False

    # --- what the player does -------------------------------------------------------------------------------------

    def offer(self, back: str = "resume") -> bool:
        """Open the hiding places from wherever the player is; staying then resumes (or, `advance`, reads on)."""
        if not self.can_hide():
            return False
        self.state.escape_return = back
        self.state.phase = ESCAPING
        return True

    def after_beat(self, beat: Beat) -> bool:
        """A beat marked `escape` was read: offer the hiding places; True if they are offered."""
        return beat.escape and self.offer("advance")

    def after_option(self, option: Option) -> None:
        """An option marked `escape` was picked (and the night moved on): offer the hiding places."""
        if option.escape:
            self.offer("resume")  # staying reads on from the beat after the choice

    def hide(self, target: str) -> None:
        """Take her into `target` (from the memory being erased, or from one hiding place deeper into the next)."""
        s = self.state
        here = s.scene
        s.read.append(line_ids.hide_line(here, target))
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
        self.runner.events.append(Hidden(target))
        self.runner.enter(target, s.progress.pop(target, None))

    def stay(self) -> None:
        """Close the hiding places: back to the choice, or on past the beat that offered them."""
        s = self.state
        back = s.escape_return
        s.escape_return = None
        beat = self.runner.beat()
        if back == "advance" and beat is not None:
            s.phase = READING
            self.runner.advance(beat, beat.goto)
        else:
            s.phase = CHOOSING if beat is not None and beat.is_choice else READING

    def searched_while_hiding(self) -> bool:
        """One beat read where she hides; every few beats the technicians search. True if they found her."""
        s = self.state
        rules = self.story.hiding
        if rules is None or s.hidden_in is None or s.scene != s.hidden_in:
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
        self.runner.events.append(Searched(searched))
        if searched == s.hidden_in:
            s.finds += 1
            s.special = "found"
            s.phase = READING
            self.runner.events.append(Found(searched))
            return True
        return False

    def read_rule_line(self) -> bool:
        """Continue past a line the hiding rules said; True if one was on screen."""
        s = self.state
        if s.special == "found":
            s.special = None
            if self.story.hiding is not None and self.story.hiding.when_found == "spare":
                self._spend(s.scene)
                self._back_from_hiding()
            else:
                self.erasure.dissolve()  # the hiding place goes, with her in it
            return True
        if s.special == "lost":
            s.special = None
            beat = self.runner.beat()
            s.phase = CHOOSING if beat is not None and beat.is_choice else READING
            if beat is None:
                self.runner.scene_over()
            return True
        return False

    # --- inside ---------------------------------------------------------------------------------------------------

    def _spend(self, refuge: str) -> None:
        s = self.state
        if refuge not in s.spent:
            s.spent.append(refuge)
        s.progress.pop(refuge, None)

    def _back_from_hiding(self) -> None:
        """Back to the memory they fled, at the line they left; the next time she vanishes the search starts anew."""
        s = self.state
        s.hidden_in = None
        s.swept = []
        back, s.held = s.held, None
        beat, s.held_beat = s.held_beat, None
        assert back is not None
        self.runner.enter(back, beat)

    def _lost_them(self) -> None:
        """She was hidden to the end of a place: the technicians lose the memory they fled from, and they go back."""
        s = self.state
        refuge, back, beat = s.scene, s.held, s.held_beat
        assert back is not None
        self._spend(refuge)
        if back not in s.saved:
            s.saved.append(back)
        s.levels[back] = s.level(back) / 2  # the colour comes back into what they kept
        s.swept = []  # the trail went cold; only the traces of her moves stay to draw the next search
        s.hidden_in = None
        s.held = None
        s.held_beat = None
        self.runner.events.append(Lost(back))
        self.runner.enter(back, beat)
        if self.erasure.is_on():  # (a held memory whose lines were all conditional may have ended at once)
            s.special = "lost"
            s.phase = READING
