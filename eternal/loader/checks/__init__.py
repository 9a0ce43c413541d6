"""The rules a typed story must keep, as small functions `(story, positions) -> Iterable[Problem]`.

Each module checks one kind of rule; `run_checks` runs them all and keeps every problem, so an author sees all
mistakes at once."""

from __future__ import annotations

from typing import Callable, Iterable

from eternal.loader.checks import assets, commands, endings, erasure, hiding, order, reach, refs, texts
from eternal.loader.positions import Positions
from eternal.loader.problems import Problem
from eternal.model.story import Story

Check = Callable[[Story, Positions], Iterable[Problem]]

CHECKS: tuple[Check, ...] = (
    refs.check_ids,
    refs.check_references,
    refs.check_conditions,
    refs.check_header,
    refs.check_interface_words,
    order.check_sequences,
    order.check_newest_first,
    order.check_gotos,
    order.check_showcase,
    commands.check_commands,
    erasure.check_memories,
    erasure.check_mementos,
    erasure.check_turn,
    hiding.check_hiding,
    reach.check_hiding_places_reached,
    endings.check_endings,
    texts.check_texts,
    texts.check_beats_say_something,
    assets.check_pictures,
)


def run_checks(story: Story, positions: Positions) -> list[Problem]:
    """Every problem every check finds."""
    return [problem for check in CHECKS for problem in check(story, positions)]
