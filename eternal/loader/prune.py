"""The parts of a scene file that passed the schema, so the graph checks can run even when another part failed.

A file's memories and endings are judged one by one: a memory or ending with a schema problem is left out (its
positions renumbered so every other value keeps its line and column); a problem anywhere else in the file (the
header, its mementos or flags) keeps the file whole, and the build is only tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eternal.loader.problems import Problem
from eternal.loader.yaml_source import Path_, Source

PARTS = ("memories", "endings")  # the lists whose items stand on their own


@dataclass(frozen=True)
class Pruned:
    """A source without its failing parts, and the ids of what was left out."""

    source: Source
    dropped_ids: frozenset[str]


def failing_parts(paths: list[Path_]) -> set[tuple[str, int]]:
    """(list, index) of every memory or ending that a schema problem at one of `paths` lies in."""
    return {(str(p[0]), int(p[1])) for p in paths if len(p) >= 2 and p[0] in PARTS and isinstance(p[1], int)}


def prune(source: Source, failing: set[tuple[str, int]]) -> Pruned:
    """`source` without the memories and endings named in `failing`, every position renumbered to match."""
    data = source.data
    if not failing or not isinstance(data, dict):
        return Pruned(source, frozenset())
    new_data = dict(data)
    renumber: dict[tuple[str, int], int | None] = {}
    dropped: set[str] = set()
    for part in PARTS:
        items = data.get(part)
        if not isinstance(items, list):
            continue
        kept = []
        for i, item in enumerate(items):
            if (part, i) in failing:
                renumber[(part, i)] = None
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    dropped.add(item["id"])
                continue
            renumber[(part, i)] = len(kept)
            kept.append(item)
        new_data[part] = kept
    return Pruned(
        Source(source.path, new_data, _moved(source.marks, renumber), _moved(source.key_marks, renumber)),
        frozenset(dropped),
    )


def _moved(marks: dict[Path_, tuple[int, int]], renumber: dict[tuple[str, int], int | None]) -> dict:
    out = {}
    for at, mark in marks.items():
        if len(at) >= 2 and (at[0], at[1]) in renumber:
            index = renumber[(at[0], at[1])]  # type: ignore[index]
            if index is None:
                continue
            at = (at[0], index) + tuple(at[2:])
        out[at] = mark
    return out


def about_dropped(problem: Problem, dropped: frozenset[str]) -> bool:
    """Whether a check's problem names a memory or ending that was left out (it would only echo the schema's)."""
    return any(re.search(rf"['\"]{re.escape(ident)}['\"]", problem.message) for ident in dropped)
