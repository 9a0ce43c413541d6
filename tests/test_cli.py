"""The command-line contract of DESIGN.md, run as a player or reviewer would: in a subprocess, headless."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import MINI, ROOT, SCENES


def eternal(*args, home=None, timeout=240):
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    if home is not None:
        env["ETERNAL_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "eternal", *args], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=timeout)


def test_check_passes_on_the_shipped_scenes():
    out = eternal("check", "scenes")
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("ok:")
    assert len(out.stdout.strip().splitlines()) == 1


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


def test_check_stats_as_json():
    out = eternal("check", "scenes", "--stats", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    stats = data["stats"]
    assert data["ok"] is True
    assert stats["memories"]["mapped"] >= 6 and stats["memories"]["unmapped"] >= 3
    assert stats["endings"] >= 2
    assert stats["words"]["en"] > 0 and stats["words"]["de"] > 0


def test_game_refuses_to_start_on_a_broken_story(mini_copy):
    (mini_copy / "zz.yaml").write_text("memories: [{id: 1}]\n")
    out = eternal("--scenes", str(mini_copy))
    assert out.returncode == 1
    assert "zz.yaml:1:" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("scenes", [MINI, SCENES], ids=["mini", "story"])
def test_autoplay_comply_and_hide_reach_different_endings(tmp_path, scenes):
    results = {}
    for policy in ("comply", "hide"):
        out = eternal("--scenes", str(scenes), "autoplay", "--policy", policy, "--size", "640x360", home=tmp_path / policy)
        assert out.returncode == 0, out.stderr[-2000:]
        results[policy] = json.loads(out.stdout.strip().splitlines()[-1])
        assert results[policy]["frames"] > 0
        assert (tmp_path / policy / "saves" / "autosave.json").is_file()
    assert results["comply"]["outcome"] == "completed"
    assert results["hide"]["outcome"] == "aborted"
    assert results["comply"]["ending"] != results["hide"]["ending"]
    assert set(results["hide"]["survived"]) - set(results["comply"]["survived"])


def test_autoplay_continue_resumes_from_the_newest_save(tmp_path):
    home = tmp_path / "home"
    first = eternal("--scenes", str(MINI), "autoplay", "--policy", "comply", "--size", "320x180", "--max-frames", "120", home=home)
    assert first.returncode == 1  # stopped early on purpose
    saved = json.loads((home / "saves" / "autosave.json").read_text())["state"]["scene"]
    second = eternal("--scenes", str(MINI), "autoplay", "--policy", "comply", "--size", "320x180", "--continue", home=home)
    assert second.returncode == 0, second.stderr
    result = json.loads(second.stdout.strip().splitlines()[-1])
    assert result["resumed_from"] == saved
    assert result["ending"] == "clean"


def test_tour_writes_three_pictures_per_memory_and_her_in_every_hiding_place(tmp_path, real_story):
    out = eternal("tour", str(tmp_path), "--size", "480x270")
    assert out.returncode == 0, out.stderr
    for memory_id, memory in real_story.memories.items():
        for level in ("000", "050", "090"):
            assert (tmp_path / f"{memory_id}_{level}.png").is_file()
        if memory.kind == "unmapped":
            assert (tmp_path / f"{memory_id}_with_her.png").is_file()
            assert (tmp_path / f"{memory_id}_found.png").is_file()
