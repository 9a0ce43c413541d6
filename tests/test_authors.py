"""Tools for authors and hosts: start at a memory, a tour of one memory, every problem of a half-broken story at
once, the projector's display, and a showcase cut that reads in ten minutes."""

import json
import os
import subprocess
import sys

import pytest

from eternal.drivers.start_at import CannotStart, night_at, unknown_memory_message
from eternal.loader import load_story
from eternal.model.state import READING
from eternal.presentation.launch import LaunchOptions


# --- --start MEMORY ---------------------------------------------------------------------------------------------

def test_starting_at_a_memory_erases_what_came_before_and_bags_its_mementos(mini_story):
    night = night_at(mini_story, "middle")
    s = night.state
    assert s.scene == "middle" and s.phase == READING
    assert night.line is not None and night.line.id.startswith("middle.")
    assert s.erased == ["late"]  # the erasure took the newer memory on the way
    assert "mug" in s.bagged  # bagged in the prologue by the choices a compliant player makes
    assert night.pop_events() == []  # nothing of the way there sounds


def test_starting_at_the_first_memory_of_the_erasure_erases_nothing(mini_story):
    night = night_at(mini_story, "late")
    assert night.state.scene == "late" and night.state.erased == []


def test_an_unmapped_memory_is_reached_by_hiding_there(mini_story):
    night = night_at(mini_story, "table")
    assert night.state.scene == "table"
    assert night.state.hidden_in == "table"


def test_an_unknown_memory_is_refused_naming_the_close_ids(mini_story):
    with pytest.raises(CannotStart) as caught:
        night_at(mini_story, "midle")
    message = str(caught.value)
    assert "\n" not in message and "midle" in message and "middle" in message


def test_with_nothing_close_the_message_lists_the_memories(mini_story):
    message = unknown_memory_message(mini_story, "zzzzzzzz")
    assert "office" in message and "dock" in message


def test_a_start_run_writes_no_saves():
    assert LaunchOptions().saves
    assert not LaunchOptions(start="middle").saves


def test_the_game_starts_at_the_memory_asked_for(mini_story, tmp_path):
    from eternal.persistence.settings import Settings
    from eternal.presentation.bootstrap import build_app, start_problem

    options = LaunchOptions(start="river", autosave=True)
    assert start_problem(mini_story, "river") is None
    assert "did you mean river" in start_problem(mini_story, "rivr")
    app = build_app(mini_story, Settings(), tmp_path, options)
    try:
        app.start_night(night_at(app.story, "river"), save=False)
        app.frame(1 / 60)
        assert app.night.state.scene == "river"
        assert app.play_screen() is app.top
        assert not app.session.saves_enabled
    finally:
        app.quit()


def test_start_is_only_for_playing_the_game():
    from eternal.cli import main

    with pytest.raises(SystemExit) as caught:
        main(["--start", "late", "check"])
    assert caught.value.code == 2


# --- eternal check: every problem at once -----------------------------------------------------------------------

def _break(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_schema_error_in_one_file_does_not_hide_a_dangling_goto_in_another(mini_copy):
    _break(mini_copy / "story.yaml", "  languages: [en, de]\n", "  languages: [en, de]\n  colour_of_the_sky: blue\n")
    _break(mini_copy / "memories.yaml", "      - id: mug\n        bag: mug\n", "      - id: mug\n        bag: mug\n        goto: nowhere\n")
    problems = [str(p) for p in load_story(mini_copy).problems]
    assert any("story.yaml:" in p and "colour_of_the_sky" in p for p in problems), problems
    assert any("memories.yaml:" in p and "goto 'nowhere'" in p for p in problems), problems
    goto = next(p for p in problems if "nowhere" in p)
    line = int(goto.split(":")[1])
    assert "goto: nowhere" in (mini_copy / "memories.yaml").read_text(encoding="utf-8").splitlines()[line - 1]


def test_a_memory_the_schema_refuses_is_left_out_and_the_rest_is_checked(mini_copy):
    _break(mini_copy / "memories.yaml", "    title: {en: Attic, de: Dachboden}\n", "    title: {en: Attic, de: Dachboden}\n    colour: red\n")
    _break(mini_copy / "memories.yaml", "      - id: mug\n        bag: mug\n", "      - id: mug\n        bag: nothing_known\n")
    problems = [str(p) for p in load_story(mini_copy).problems]
    assert any("unknown key 'colour'" in p for p in problems), problems
    assert any("unknown memento 'nothing_known'" in p for p in problems), problems
    # what points at the refused memory (an association, a hiding place) is not reported again as dangling
    assert not any("'attic'" in p for p in problems), problems


def test_a_header_the_build_cannot_use_still_reports_its_schema_problem(mini_copy):
    _break(mini_copy / "story.yaml", "  title: {en: Mini, de: Mini}\n", "  title: 5\n")
    problems = [str(p) for p in load_story(mini_copy).problems]
    assert problems and any("'title'" in p for p in problems), problems
    assert not any("please report it" in p for p in problems)


# --- --display N ------------------------------------------------------------------------------------------------

def test_a_display_out_of_range_says_so_and_uses_the_first():
    import pygame

    from eternal.presentation.display import pick_display

    pygame.display.init()
    count = pygame.display.get_num_displays()
    assert pick_display(None) == (0, None)
    assert pick_display(0) == (0, None)
    index, message = pick_display(count + 2)
    assert index == 0
    assert f"--display {count + 2}" in message and "using display 0" in message


def test_the_window_opens_on_the_first_display_when_asked_for_one_that_is_not_there():
    from eternal.presentation.assets import Warnings
    from eternal.presentation.window import Window

    found = Warnings()
    window = Window((320, 180), False, "test", found, display=7)
    assert window.display == 0 and window.surface.get_size() == (320, 180)
    assert any("--display 7" in m for m in found.messages)


# --- tour --only ------------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_tour_only_draws_that_memory(tmp_path):
    from tests.conftest import MINI
    from eternal.presentation.tour import run_tour

    assert run_tour(MINI, tmp_path, (320, 180), None, True, only="table") in (0, 1)  # 1: mini's pictures are missing
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names and all(n.startswith("table_") for n in names), names
    assert run_tour(MINI, tmp_path / "x", (320, 180), None, True, only="tabel") == 2


# --- the showcase cut reads in 8 to 12 minutes ------------------------------------------------------------------

READING_WPM = 200
SECONDS_PER_CHOICE = 10


def showcase_minutes(result: dict) -> float:
    """The issue's measure: words at 200 a minute plus 10 s a choice made."""
    return result["words"] / READING_WPM + result["choices_made"] * SECONDS_PER_CHOICE / 60


@pytest.mark.slow
@pytest.mark.parametrize("policy", ["comply", "hide", "other"])
def test_the_showcase_reads_in_about_ten_minutes(policy, tmp_path):
    env = dict(os.environ, ETERNAL_HOME=str(tmp_path), SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    done = subprocess.run([sys.executable, "-m", "eternal", "--showcase", "autoplay", "--policy", policy, "--seed", "0"],
                          capture_output=True, text=True, env=env, timeout=900)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["ending"]
    assert 8 <= showcase_minutes(result) <= 12, result
