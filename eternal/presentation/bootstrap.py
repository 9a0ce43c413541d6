"""One way to start the game window, for the game, `--dev`, autoplay, the tour and the bench: load the story (or
report why not), set up SDL, and build the app from the story, the player's settings, the home and the launch."""

from __future__ import annotations

import signal
import sys
import traceback
from pathlib import Path

import pygame

from eternal.model.story import Story
from eternal.persistence.files import home_dir, write_text_atomic
from eternal.persistence.settings import Settings
from eternal.presentation.app import App
from eternal.presentation.dev import DevWatcher, first_good_story
from eternal.presentation.launch import LaunchOptions, language_problem, load_or_report, run_settings, story_for_run
from eternal.presentation.ui_text import ui
from eternal.signals import signal_name, stop_requested


def build_app(story: Story, settings: Settings, home: Path, options: LaunchOptions) -> App:
    """The game window for `story`: the player's `settings` (kept as they are; only what the player changes in the
    game reaches them), under the launch's one-off `options`."""
    return App(story_for_run(story, options), home=home, settings=run_settings(settings, story, options),
               player_settings=settings, options=options)


def run_game(scenes: Path, options: LaunchOptions) -> int:
    """`eternal`: open the window and play (exit 1: a broken story; 2: a bad launch or a bug of ours). Under
    `--dev` a broken story is shown as its problems until it loads."""
    story = first_good_story(scenes, options.size) if options.dev else load_or_report(scenes)
    if story is None:
        return 1
    problem = language_problem(story, options.lang) or start_problem(story_for_run(story, options), options.start)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    home = home_dir()
    settings = Settings.load(home)
    app = None
    try:
        app = build_app(story, settings, home, options)
        if options.dev:
            app.dev = DevWatcher(scenes)
        if options.start is not None:
            from eternal.drivers.start_at import night_at

            app.start_night(night_at(app.story, options.start, options.seed), save=False)
        elif options.resume:
            app.resume_newest()  # says itself what it passed over, or why nothing could be continued
        lang = app.settings.language
        if settings.problem is not None:
            app.tell(ui(lang, "settings_damaged"), settings.problem)
        if app.seen.problem is not None:
            app.tell(ui(lang, "seen_damaged"), app.seen.problem)
        app.run(options.frames)
        if options.frames is not None:
            print(f"eternal: {type(app.top).__name__} shown, {app.drawn} frames drawn")
        signum = stop_requested()
        if signum is not None:
            # SIGTERM is how a service manager, `timeout` or a shutdown asks a program to end: a clean end, 0;
            # Ctrl+C keeps the shell's 130
            print(f"eternal: ended by {signal_name(signum)}", file=sys.stderr)
            return 130 if signum == signal.SIGINT else 0
        return 0
    except KeyboardInterrupt:
        if app is not None:
            app.quit()
        return 130
    except Exception:  # a bug of ours: keep the player's night and say where the details are
        print(f"eternal: something went wrong inside the game{_rescue(app)}. Details: {_crash_log(home) or 'unavailable'}",
              file=sys.stderr)
        return 2
    finally:
        if not options.kiosk:
            try:
                settings.save(home)  # the player's own settings: never what this launch asked for
            except OSError:
                pass
        pygame.quit()


def start_problem(story: Story, memory_id: str | None) -> str | None:
    """Why `--start` cannot begin at `memory_id` in the story this run plays (one line), or None."""
    if memory_id is None:
        return None
    from eternal.drivers.start_at import CannotStart, night_at

    try:
        night_at(story, memory_id)  # a few milliseconds: tried here so a night that never gets there says so
    except CannotStart as exc:
        return str(exc)
    return None


def _rescue(app: App | None) -> str:
    """Try to save the night after a crash; says how that went, for the crash message."""
    saved = False
    if app is not None:
        try:
            saved = app.autosave()
        except Exception:  # the state itself may be what went wrong: the saves already on disk stay as they are
            saved = False
    if saved:
        return "; your night was saved"
    if app is not None and app.night is not None and app.session.saves_enabled:
        return "; your night could not be saved (the saves already there are untouched)"
    return ""


def _crash_log(home: Path) -> Path | None:
    log = home / "crash.log"
    try:
        write_text_atomic(log, traceback.format_exc())  # a pipe left at that name would block a plain write
    except OSError:
        return None
    return log
