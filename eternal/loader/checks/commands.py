"""Commands: every `do:` names a command the engine's rules registered, where that command may stand."""

from __future__ import annotations

from typing import Iterator

from eternal.loader.checks._walk import items
from eternal.loader.positions import Positions
from eternal.loader.problems import Problem
from eternal.model.rules.registry import COMMANDS
from eternal.model.story import Beat, Story


def check_commands(story: Story, positions: Positions) -> Iterator[Problem]:
    for at, _, _, item in items(story):
        place = "beat" if isinstance(item, Beat) else "option"
        for k, name in enumerate(item.commands):
            spec = COMMANDS.get(name)
            if spec is None:
                yield positions.problem(at + ("do", k), f"unknown command {name!r} (known: {_known()})")
            elif place not in spec.on:
                yield positions.problem(at + ("do", k), f"{name!r} cannot be done by {'an option' if place == 'option' else 'a beat'} "
                                                        f"({spec.doc}; known: {_known()})")


def _known() -> str:
    return ", ".join(f"{spec.name} ({' or '.join(sorted(spec.on))})" for spec in COMMANDS.values())
