"""The generic runner: reads scenes beat by beat, like an ink or Yarn runtime, and knows no mechanic of its own.

It walks beats in order (skipping those whose condition fails), follows `goto`, offers options, applies `sets` and
`bag`, records what was read and reports typed events. Whatever else happens in a night (the erasure, the hiding) is
a rule module that hooks in: the runner tells each rule when a beat is shown (`on_show`) and asks the rules, in turn,
what follows a scene's last beat (`on_scene_end`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol

from eternal.model import line_ids
from eternal.model.conditions import Facts, holds
from eternal.model.events import Ended, Event, LineShown, OptionChosen, SceneEntered
from eternal.model.state import CHOOSING, ENDED, READING, NightState
from eternal.model.story import Beat, Ending, Option, Scene, Story, Text


@dataclass(frozen=True)
class Line:
    """A line to show: its stable id, who speaks (None for narration) and the text."""

    id: str
    who: str | None
    text: Text


@dataclass(frozen=True)
class Choice:
    """Something the player can pick now: an authored option, or a choice a rule offers (a hiding place, staying)."""

    id: str
    text: Text
    kind: str  # option | hide | stay
    target: str | None = None
    cue: Text | None = None  # a hiding place's hint, shown beside its title
    escape: bool = False  # an authored option after which the hiding places are offered


class Rule(Protocol):
    """A mechanic of the night that hooks into the runner."""

    def on_show(self, beat: Beat) -> None:
        """A beat was just put on screen."""

    def on_scene_end(self, scene: Scene) -> bool:
        """The last beat of `scene` was read; True when this rule decided what follows."""


class Runner:
    """Walks the story's scenes for one night; all it changes lives in the shared `NightState`."""

    def __init__(self, story: Story, state: NightState, facts: Callable[[], Facts]) -> None:
        self.story = story
        self.state = state
        self.facts = facts
        self.rules: list[Rule] = []
        self.events: list[Event] = []

    # --- reading ----------------------------------------------------------------------------------------------

    @property
    def scene(self) -> Scene:
        return self.story.scene(self.state.scene)

    def beat(self) -> Beat | None:
        """The beat on screen, or None between beats (or when the story lost it)."""
        if self.state.beat is None:
            return None
        scene = self.scene
        index = scene.beat_index(self.state.beat)
        return None if index is None else scene.beats[index]

    def authored_line(self, beat: Beat) -> Line | None:
        if beat.text is None:
            return None
        return Line(line_ids.beat_line(self.state.scene, beat.id), beat.who, beat.text)

    def options(self) -> list[Choice]:
        """The authored options of the beat on screen whose conditions hold."""
        beat = self.beat()
        assert beat is not None
        facts = self.facts()
        return [Choice(o.id, o.text, "option", escape=o.escape) for o in beat.options if holds(o.when, facts)]

    def record(self, line_id: str) -> None:
        """Note a line as read (once)."""
        if line_id not in self.state.read:
            self.state.read.append(line_id)

    # --- moving on --------------------------------------------------------------------------------------------

    def enter(self, scene_id: str, start_beat: str | None = None) -> None:
        """Go into a scene, at its first beat (or at `start_beat`, where a player left it)."""
        s = self.state
        s.scene = scene_id
        s.beat = None
        s.part = 0
        s.special = None
        s.escape_return = None
        s.target = s.level(scene_id)
        if scene_id not in s.visited:
            s.visited.append(scene_id)
        self.events.append(SceneEntered(scene_id))
        start = 0
        if start_beat is not None:
            start = self.scene.beat_index(start_beat) or 0
        self.show_from(start)

    def advance(self, beat: Beat, goto: str | None) -> None:
        """Past `beat`: to `goto`, or to the next beat."""
        scene = self.scene
        if goto is not None:
            index = scene.beat_index(goto)
        else:
            index = (scene.beat_index(beat.id) or 0) + 1
        self.show_from(len(scene.beats) if index is None else index)

    def pick(self, option: Option) -> Beat:
        """Apply an authored option of the beat on screen (not yet moving on); returns that beat."""
        s = self.state
        beat = self.beat()
        assert beat is not None
        s.read.append(line_ids.option_line(s.scene, beat.id, option.id))
        s.flags.update(option.sets)
        s.bagged.extend(m for m in option.bag if m not in s.bagged)
        self.events.append(OptionChosen(s.scene, option.id))
        return beat

    def show_from(self, index: int) -> None:
        """Show the first beat from `index` on whose condition holds (a choice needs an option that holds)."""
        scene = self.scene
        facts = self.facts()
        while index < len(scene.beats):
            beat = scene.beats[index]
            if holds(beat.when, facts) and (not beat.is_choice or any(holds(o.when, facts) for o in beat.options)):
                self._show(beat)
                return
            index += 1
        self.scene_over()

    def scene_over(self) -> None:
        """The scene's last beat was read: an ending ends the night; otherwise the rules say what follows."""
        scene = self.scene
        if isinstance(scene, Ending):
            self.state.phase = ENDED
            self.events.append(Ended(scene.id))
            return
        for rule in self.rules:
            if rule.on_scene_end(scene):
                return
        raise RuntimeError(f"no rule goes on from {scene.id!r}")

    def _show(self, beat: Beat) -> None:
        s = self.state
        s.beat = beat.id
        s.part = 0
        s.flags.update(beat.sets)
        s.bagged.extend(m for m in beat.bag if m not in s.bagged)
        if beat.text is not None:
            self.events.append(LineShown(s.scene, line_ids.beat_line(s.scene, beat.id)))
        for rule in self.rules:
            rule.on_show(beat)
        s.phase = CHOOSING if beat.is_choice else READING
