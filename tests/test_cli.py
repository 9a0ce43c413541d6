"""The command-line contract of DESIGN.md, run as a player or reviewer would: in a subprocess, headless."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINI, ROOT, SCENES


def eternal(*args, home=None, timeout=240):
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    if home is not None:
        env["ETERNAL_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "eternal", *args], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=timeout)


@pytest.mark.slow
def test_check_passes_on_the_shipped_scenes():
    out = eternal("check", "scenes")
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("ok:")
    assert len(out.stdout.strip().splitlines()) == 1


@pytest.mark.slow
def test_check_names_file_and_line_of_a_dangling_reference(tmp_path):
    copy = tmp_path / "story"
    shutil.copytree(ROOT / "scenes", copy / "scenes")
    shutil.copytree(ROOT / "art", copy / "art")
    files = sorted((copy / "scenes").glob("*.yaml"))
    target = next(f for f in files if "associations: [" in f.read_text(encoding="utf-8"))
    text = target.read_text(encoding="utf-8")
    start = text.index("associations: [") + len("associations: [")
    target.write_text(text[:start] + "no_such_memory, " + text[start:], encoding="utf-8")
    line = text[:start].count("\n") + 1
    out = eternal("check", str(copy / "scenes"))
    assert out.returncode == 1
    assert f"{target.name}:{line}:" in out.stdout
    assert "no_such_memory" in out.stdout
    assert "Traceback" not in out.stdout + out.stderr


@pytest.mark.slow
def test_check_stats_as_json():
    out = eternal("check", "scenes", "--stats", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    stats = data["stats"]
    assert data["ok"] is True
    assert stats["memories"]["mapped"] >= 6 and stats["memories"]["unmapped"] >= 3
    assert stats["endings"] >= 2
    assert stats["words"]["en"] > 0 and stats["words"]["de"] > 0


@pytest.mark.slow
def test_game_refuses_to_start_on_a_broken_story(mini_copy):
    (mini_copy / "zz.yaml").write_text("memories: [{id: 1}]\n")
    out = eternal("--scenes", str(mini_copy))
    assert out.returncode == 1
    assert "zz.yaml:1:" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.slow
@pytest.mark.parametrize("scenes", [MINI, SCENES], ids=["mini", "story"])
def test_autoplay_comply_and_hide_reach_different_endings(tmp_path, scenes):
    results = {}
    for policy in ("comply", "hide"):
        out = eternal("--scenes", str(scenes), "autoplay", "--policy", policy, "--size", "640x360", home=tmp_path / policy)
        assert out.returncode == 0, out.stderr[-2000:]
        results[policy] = json.loads(out.stdout.strip().splitlines()[-1])
        assert results[policy]["frames"] > 0
        saves = Path(results[policy]["saves"])  # the story's own folder of saves, under the home
        assert saves.is_relative_to(tmp_path / policy) and (saves / "autosave.json").is_file()
    assert results["comply"]["outcome"] == "completed"
    assert results["hide"]["outcome"] == "aborted"
    assert results["comply"]["ending"] != results["hide"]["ending"]
    assert set(results["hide"]["survived"]) - set(results["comply"]["survived"])
    comply, hide = results["comply"], results["hide"]
    assert comply["choices_shown"] == comply["choices_made"] > 0  # every choice it made, it saw on screen
    if scenes == SCENES:  # the fight carries the night: the hiding player reads as much, and the tender half
        assert hide["words"] >= 0.9 * comply["words"], (hide["words"], comply["words"])
        after_turn = ["new_year", "first_snow", "meeting_friends", "kitchen_dance", "flea_market", "hair_dye",
                      "night_swim", "first_meeting"]
        assert len(set(hide["seen"]) & set(after_turn)) >= 6, hide["seen"]


@pytest.mark.slow
def test_autoplay_counts_what_the_screen_showed(tmp_path, mini_story):
    out = eternal("--scenes", str(MINI), "autoplay", "--policy", "comply", "--size", "640x360", "--input", "keys",
                  home=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["seen"] == ["office", "late", "middle", "river", "early"]
    assert result["choices_shown"] == result["choices_made"] == 4  # two authored choices, two offers to hide
    # every word of every line, option and subtitle on this path, counted once: office 3 + 5 options + 4; late 3 +
    # 2 options + 2 + "Beer?" 1; middle 2; river 1 + 3 + 2, the offer "Where to?" 2 + Table, Yard, Stay 3, then 1;
    # early 2, its offer 2 + Dock, Stay 2; the ending 1
    assert result["words"] == 12 + 8 + 2 + 12 + 6 + 1


def test_autoplay_fails_clearly_at_a_choice_point_with_nothing_drawn(tmp_path, monkeypatch, capsys):
    from eternal.presentation import autoplay
    from eternal.presentation.screens.play import PlayScreen

    monkeypatch.setenv("ETERNAL_HOME", str(tmp_path))
    monkeypatch.setattr(PlayScreen, "labels", lambda self: [])  # a choice point whose options are never drawn
    code = autoplay.run_autoplay(MINI, "comply", 0, "en", (480, 270), False, False, 20000)
    assert code == 1
    err = capsys.readouterr().err
    assert "no option is drawn on screen" in err and "office.bag" in err


@pytest.mark.slow
def test_autoplay_continue_resumes_from_the_newest_save(tmp_path):
    home = tmp_path / "home"
    first = eternal("--scenes", str(MINI), "autoplay", "--policy", "comply", "--size", "320x180", "--max-frames", "120", home=home)
    assert first.returncode == 1  # stopped early on purpose
    saves = Path(json.loads(first.stdout.strip().splitlines()[-1])["saves"])
    saved = json.loads((saves / "autosave.json").read_text())["state"]["scene"]
    second = eternal("--scenes", str(MINI), "autoplay", "--policy", "comply", "--size", "320x180", "--continue", home=home)
    assert second.returncode == 0, second.stderr
    result = json.loads(second.stdout.strip().splitlines()[-1])
    assert result["resumed_from"] == saved
    assert result["ending"] == "clean"


@pytest.mark.slow
def test_tour_writes_three_pictures_per_memory_and_her_in_every_hiding_place(tmp_path, real_story):
    out = eternal("tour", str(tmp_path), "--size", "480x270")
    assert out.returncode == 0, out.stderr
    for memory_id, memory in real_story.memories.items():
        for level in ("000", "050", "090"):
            assert (tmp_path / f"{memory_id}_{level}.png").is_file()
        if memory.kind == "unmapped":
            assert (tmp_path / f"{memory_id}_with_companion.png").is_file()
            assert (tmp_path / f"{memory_id}_found.png").is_file()


@pytest.mark.slow
def test_bench_json_has_frame_times_idle_cost_start_up_and_peak_memory(tmp_path):
    out = eternal("--scenes", str(MINI), "bench", "--json", "--frames", "3", "--sizes", "320x180,480x270",
                  "--idle-seconds", "0.5", home=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    data = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(data["sizes"]) == {"320x180", "480x270"}
    rows = data["sizes"]["480x270"]
    for name in ("fill_flip", "crossfade", "intact_memory", "dissolving_memory", "fall_into_memory", "map_search"):
        assert rows[name]["frames"] == 3 and 0 < rows[name]["median_ms"] <= rows[name]["p99_ms"], (name, rows[name])
        assert 0 < rows[name]["cpu_median_ms"] <= rows[name]["cpu_p99_ms"], (name, rows[name])
    assert rows["enter_memory"]["frames"] >= 3
    for name in ("idle_still_page", "idle_title"):
        assert 0 < rows[name]["cpu_per_s"] < 2 and rows[name]["seconds"] >= 0.5, rows[name]
    assert rows["idle_still_page"]["frames_drawn"] < rows["idle_title"]["frames_drawn"]  # the still page draws nothing new
    assert data["startup_to_first_frame_s"] > 0
    assert set(data["peak_memory_mb"]) == {"480x270"} and data["peak_memory_mb"]["480x270"] > 0


def test_bench_refuses_nonsense_figures_with_a_message():
    out = eternal("bench", "--frames", "0")
    assert out.returncode == 2 and "--frames" in out.stderr and "Traceback" not in out.stderr
    out = eternal("bench", "--sizes", "12xfoo")
    assert out.returncode == 2 and "12xfoo" in out.stderr and "Traceback" not in out.stderr


def test_a_language_the_story_lacks_is_refused_with_the_story_languages(tmp_path, monkeypatch, capsys):
    from eternal.cli import main

    monkeypatch.setenv("ETERNAL_HOME", str(tmp_path))
    monkeypatch.setattr("eternal.signals.note_stop_signals", lambda: None)  # the test process keeps its own handlers
    assert main(["--scenes", str(MINI), "--lang", "fr", "--frames", "1"]) == 2
    err = capsys.readouterr().err
    assert "--lang fr" in err and "en, de" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.slow
def test_a_launch_flag_is_never_written_to_the_settings(tmp_path):
    out = eternal("--scenes", str(MINI), "--showcase", "--frames", "3", home=tmp_path)
    assert out.returncode == 0, out.stderr
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert "showcase" not in saved and "kiosk" not in saved and "idle_seconds" not in saved


def test_game_options_are_refused_with_a_command_rather_than_ignored(capsys):
    from eternal.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["--kiosk", "check"])
    assert stop.value.code == 2 and "--kiosk" in capsys.readouterr().err


def test_view_options_mean_the_same_before_and_after_the_command():
    from eternal.cli import _parser

    before = _parser().parse_args(["--lang", "de", "--size", "640x360", "autoplay"])
    after = _parser().parse_args(["autoplay", "--lang", "de", "--size", "640x360"])
    for args in (before, after):
        assert (args.lang, args.size, args.command) == ("de", (640, 360), "autoplay")
    assert _parser().parse_args(["tour", "out"]).lang is None  # the story's first language, once it is loaded
