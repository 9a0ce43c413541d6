"""Load a story folder: every problem at once, or an immutable Story."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from eternal.loader.build import build
from eternal.loader.checks import run_checks
from eternal.loader.paths import inside
from eternal.loader.problems import Problem
from eternal.loader import yaml_source
from eternal.loader.prune import about_dropped, failing_parts, prune
from eternal.loader.schema import SCHEMA_PATH, schema_report
from eternal.loader.yaml_source import Source, read_yaml
from eternal.model.story import Story


@dataclass
class LoadResult:
    """The story when it loaded cleanly, and every problem found (empty when clean)."""

    story: Story | None
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    schema_passed: list[str] = field(default_factory=list)  # digests of the files that fit the schema (see `digest`)

    @property
    def ok(self) -> bool:
        return self.story is not None and not self.problems


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def scene_files(scenes_dir: Path) -> list[Path]:
    """The YAML files of a story folder, in name order (recursively)."""
    return sorted(p for p in scenes_dir.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def _judge() -> bytes:
    """What the schema's verdict on a file depends on besides its bytes: the schema and the reader."""
    import yaml

    h = hashlib.sha256(SCHEMA_PATH.read_bytes())
    try:
        h.update(Path(yaml_source.__file__).read_bytes())
    except OSError:  # a frozen build ships no sources: its reader changes only with its version
        import eternal

        h.update(getattr(eternal, "__version__", "unknown").encode())
    h.update(yaml.__version__.encode())
    return h.digest()


def digest(judge: bytes, raw: bytes) -> str:
    """Stands for "these bytes, judged by this schema and reader"."""
    return hashlib.sha256(judge + raw).hexdigest()


def load_story(scenes_dir: str | os.PathLike, trusted: frozenset[str] = frozenset()) -> LoadResult:
    """Read, validate and check every scene file below `scenes_dir`. `trusted`: digests of files that passed the
    schema before (the game's start-up cache); those skip the schema, never the checks."""
    folder = Path(scenes_dir)
    if not folder.is_dir():
        return LoadResult(None, [Problem(_display(folder), 1, 1, "no such folder of scene files")])
    files = scene_files(folder)
    if not files:
        return LoadResult(None, [Problem(_display(folder), 1, 1, "no .yaml scene files in this folder")])
    problems: list[Problem] = []
    sources: list[Source] = []  # every file that passed the schema
    partial: list[Source] = []  # every file that was read, without the memories and endings the schema refused
    dropped: set[str] = set()  # ids of what was left out
    unread = False  # a file that is no YAML at all: nothing it holds can be checked against
    passed: list[str] = []
    judge = _judge()
    folder_tree = folder.resolve().parent  # the story's folder: nothing outside it is read (see paths.story_root)
    for path in files:
        shown = _display(path)
        try:
            if not inside(path.resolve(), folder_tree):
                problems.append(Problem(shown, 1, 1, "a link to a file outside the story's folder; it is not read"))
                unread = True
                continue
            raw = path.read_bytes()
        except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop, before Python 3.13
            problems.append(Problem(shown, 1, 1, f"cannot read the file: {getattr(exc, 'strerror', None) or exc}"))
            unread = True
            continue
        source, found = read_yaml(raw, shown)
        failed_at: list = []
        if source.data is not None and not found:
            key = digest(judge, raw)
            if key not in trusted:
                found, failed_at = schema_report(source)
            if not found:
                passed.append(key)
        elif found:
            unread = True
        problems.extend(found)
        if not found:
            sources.append(source)
            partial.append(source)
        elif failed_at:
            pruned = prune(source, failing_parts(failed_at))
            partial.append(pruned.source)
            dropped |= pruned.dropped_ids
    shown_files = [_display(p) for p in files]
    if problems:
        if not unread:
            problems += _checks_over_parts(partial, folder, frozenset(dropped))
        return LoadResult(None, sorted(set(problems), key=_order), shown_files)
    try:
        built = build(sources, folder)
        problems = list(built.problems)
        if built.story is not None:
            problems += run_checks(built.story, built.positions)
        if problems:
            return LoadResult(None, sorted(set(problems), key=_order), shown_files)
        return LoadResult(built.story, [], shown_files, passed)
    except Exception as exc:  # noqa: BLE001 - a gap in the checks must not end `--dev` or `check` with a traceback
        where = next((s.path for s in sources if isinstance(s.data, dict) and "story" in s.data), shown_files[0])
        return LoadResult(None, [Problem(where, 1, 1, f"the checks failed on this story ({type(exc).__name__}: {exc}); please report it")], shown_files)


def _checks_over_parts(partial: list[Source], folder: Path, dropped: frozenset[str]) -> list[Problem]:
    """The build's and the graph checks' problems with what passed the schema, so one run reports them all; what
    only echoes a part left out (a goto to a memory the schema refused) is not repeated. A story that cannot be
    built from what is left (its header refused) gets no graph checks this time."""
    try:
        built = build(partial, folder)
        found = list(built.problems)
        if built.story is not None:
            found += run_checks(built.story, built.positions)
    except Exception:  # noqa: BLE001 - a refused part can leave values the build does not expect: the schema said why
        return []
    return [p for p in found if not about_dropped(p, dropped)]


def _order(problem: Problem) -> tuple:
    return (problem.path, problem.line, problem.col, problem.message)
