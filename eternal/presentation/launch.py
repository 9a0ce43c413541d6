"""How this run was started: options of the launch, never written to the player's settings."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, TextIO

from eternal.model.cut import showcase_cut
from eternal.model.story import Story
from eternal.persistence.settings import Settings
from eternal.presentation.workers import Workers

DEFAULT_SIZE = (1280, 720)
DEFAULT_IDLE_SECONDS = 120.0  # kiosk: seconds without input before the night goes back to the title
IDLE_RANGE = (10.0, 3600.0)
KIOSK_TEXT_SCALE = 1.25  # the large-text preset: read from across a room


@dataclass(frozen=True)
class LaunchOptions:
    """What the command line asked of this one run. The player's settings stay as they are on disk: a flag given
    once (`--showcase`, `--lang fr`) is not given again by the next plain launch."""

    size: tuple[int, int] = DEFAULT_SIZE
    fullscreen: bool = False  # start fullscreen this time
    reduce_motion: bool = False  # plain fades this time, whatever the settings say
    lang: str | None = None  # a language of the story for this run
    resume: bool = False
    kiosk: bool = False  # screenings: fullscreen, no saves, quit only by a held chord, back to the title when idle
    idle_seconds: float = DEFAULT_IDLE_SECONDS
    showcase: bool = False  # play the story's short showcase cut
    frames: int | None = None  # quit after this many passes of the loop (smoke tests of a build)
    dev: bool = False  # reload scene files as they change
    autosave: bool = True  # False: nothing is written (measurements, some tests)
    seed: int = 0
    start: str | None = None  # authors: begin the night at this memory (nothing is saved)
    display: int | None = None  # the monitor for fullscreen and the kiosk (0 is the first)
    workers: Workers | None = None  # may pictures and music be prepared on threads (None: found out at start)

    def __post_init__(self) -> None:
        low, high = IDLE_RANGE
        idle = self.idle_seconds
        object.__setattr__(self, "idle_seconds", min(high, max(low, idle)) if idle == idle else DEFAULT_IDLE_SECONDS)

    @property
    def saves(self) -> bool:
        """Whether this run writes saves and read lines (a screening writes nothing)."""
        return self.autosave and not self.kiosk and self.start is None  # an author's test run leaves no saves


def story_language(story: Story, wanted: str | None) -> str:
    """`wanted` when the story has it, else the story's first language."""
    return wanted if wanted in story.languages else story.languages[0]


def run_settings(settings: Settings, story: Story, options: LaunchOptions) -> Settings:
    """The settings this run plays with: the player's, in a language the story has, with the launch's one-off
    wishes on top. A copy: what the launch changed is never saved (the caller saves only what the player changes)."""
    run = Settings(**{name: getattr(settings, name) for name in Settings.names()})
    run.language = story_language(story, options.lang or settings.language)
    if options.reduce_motion:
        run.reduce_motion = True
    if options.kiosk:
        run.text_scale = max(run.text_scale, KIOSK_TEXT_SCALE)
    run.clamp()
    return run


def language_problem(story: Story, lang: str | None) -> str | None:
    """Why `--lang` cannot be used with this story (one line), or None when it can (or none was asked for)."""
    if lang is None or lang in story.languages:
        return None
    return f"eternal: --lang {lang}: the story is written in {', '.join(story.languages)}; choose one of those"


def story_for_run(story: Story, options: LaunchOptions) -> Story:
    """The story this run plays: the whole, or its showcase cut."""
    if not options.showcase:
        return story
    return showcase_cut(story)


def report(problems: Iterable[object], out: TextIO | None = None) -> int:
    """Print problems one a line (`file:line:col: message`), to stderr unless told; returns how many there were.
    The one way every command prints a story's problems."""
    stream = out or sys.stderr
    count = 0
    for problem in problems:
        print(problem, file=stream)
        count += 1
    # written out now: a summary that follows on the other stream (both into one pipe) must not cut into a line
    stream.flush()
    return count


def load_or_report(scenes: Path) -> Story | None:
    """The story, or None after printing every problem (the game refuses to start on a broken story). Files that
    passed the schema unchanged before skip it (most of a start-up); the checks always run."""
    from eternal.loader import load_story  # the loader is heavy: only a command that plays loads it
    from eternal.persistence import schema_memory
    from eternal.persistence.files import home_dir

    home = home_dir()
    trusted = schema_memory.recall(home)
    result = load_story(scenes, trusted)
    if not result.ok:
        count = report(result.problems)
        if not scenes.is_dir():  # nothing to fix: the story is elsewhere, or was not installed with the game
            print("eternal: no story there; name a story's scenes folder with --scenes DIR or ETERNAL_STORY=DIR.",
                  file=sys.stderr)
            return None
        print(f"eternal: {count} problem(s) in the scene files; fix them (see `eternal check`) and start again.",
              file=sys.stderr)
        return None
    schema_memory.remember(home, trusted, result.schema_passed)
    return result.story
