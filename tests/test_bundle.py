"""The desktop release: what packaging/build.py makes, what the itch.io manifest and the release workflow name, and
(slow) the built program itself passing packaging/smoke.py, the same check the release jobs and .ci/run run."""

import importlib.util
import re
import struct
import subprocess
import sys
import tomllib

import pytest
import yaml

from conftest import ROOT
from eternal.cli import GAME_ONLY

PLATFORMS = {"linux": "linux", "windows": "windows", "osx": "mac"}  # itch.io's name -> build.py's name
LAUNCHES = {"play": [], "Screening (kiosk)": ["--kiosk"], "Showcase (short cut)": ["--showcase"]}
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _script("build")


def _manifest() -> list[dict]:
    return tomllib.loads((ROOT / ".itch.toml").read_text(encoding="utf-8"))["actions"]


def _workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


@pytest.mark.parametrize("itch_platform", sorted(PLATFORMS))
def test_the_itch_manifest_offers_play_screening_and_showcase_of_the_program_build_py_makes(itch_platform):
    actions = [a for a in _manifest() if a["platform"] == itch_platform]
    assert {a["name"]: a.get("args", []) for a in actions} == LAUNCHES
    assert {a["path"] for a in actions} == {build.launch_target(PLATFORMS[itch_platform])}


def test_the_manifest_passes_only_flags_of_playing_the_game():
    flags = {arg for action in _manifest() for arg in action.get("args", [])}
    assert flags and flags <= set(GAME_ONLY.values())


def test_the_program_sits_where_the_release_folder_says(tmp_path):
    assert build.program(tmp_path, "linux") == tmp_path / "eternal" / "eternal"
    assert build.program(tmp_path, "windows") == tmp_path / "eternal" / "eternal.exe"
    assert build.program(tmp_path, "mac") == tmp_path / "eternal-mac" / "eternal.app" / "Contents" / "MacOS" / "eternal"


def test_the_bundle_carries_the_story_but_not_the_sources_of_its_art_and_sound():
    pairs = build.data_files()
    targets = {target for _, target in pairs}
    assert {"scenes", "art/title", "eternal/presentation/fonts"} <= targets
    assert any(source.suffix == ".yaml" and target == "scenes" for source, target in pairs)
    assert not [source for source, _ in pairs if source.name in build.AUTHOR_ONLY]


def test_a_windowed_program_without_standard_streams_prints_into_console_log(tmp_path, monkeypatch):
    launch = _script("launch")
    monkeypatch.setenv("ETERNAL_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    launch.give_a_windowed_program_a_console_log()
    print("ok: a story")
    print("a problem", file=sys.stderr)
    sys.stdout.close()
    assert (tmp_path / "home" / launch.CONSOLE_LOG).read_text(encoding="utf-8") == "ok: a story\na problem\n"


def test_a_program_with_a_console_keeps_it(tmp_path, monkeypatch):
    launch = _script("launch")
    monkeypatch.setenv("ETERNAL_HOME", str(tmp_path / "home"))
    before = sys.stdout, sys.stderr
    launch.give_a_windowed_program_a_console_log()
    assert (sys.stdout, sys.stderr) == before and not (tmp_path / "home").exists()


def test_the_icon_is_a_windows_ico_and_a_macos_icns_of_png_images():
    icon = _script("icon")
    pngs = {16: icon.png_bytes(16), 32: icon.png_bytes(32)}
    assert all(data.startswith(b"\x89PNG\r\n\x1a\n") for data in pngs.values())
    ico = icon.ico_bytes(pngs)
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 2)
    width, _, _, _, _, _, size, offset = struct.unpack("<BBBBHHII", ico[6:22])
    assert (width, ico[offset:offset + size]) == (16, pngs[16])
    icns = icon.icns_bytes(pngs)
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert icns[8:12] == b"icp4" and icns[16:16 + len(pngs[16])] == pngs[16]


def test_the_release_workflow_tests_builds_smokes_and_uploads_on_each_system():
    jobs = _workflow()["jobs"]
    for name in ("linux", "windows", "mac"):
        runs = _runs(jobs[name])
        assert "-m pytest -q" in runs and "packaging/build.py" in runs and "packaging/smoke.py" in runs, name
        assert any(step.get("uses", "").startswith("actions/upload-artifact@") for step in jobs[name]["steps"]), name
    assert jobs["linux"]["container"].startswith("quay.io/pypa/manylinux_2_28")
    assert "--max-glibc 2.28" in _runs(jobs["linux"])
    assert (jobs["windows"]["runs-on"], jobs["mac"]["runs-on"]) == ("windows-latest", "macos-latest")


def test_the_release_workflow_runs_on_a_tag_or_by_hand_and_pushes_three_channels_only_when_configured():
    workflow = _workflow()
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert set(triggers) == {"push", "workflow_dispatch"} and triggers["push"]["tags"]
    itch = workflow["jobs"]["itch"]
    assert set(itch["needs"]) == {"linux", "windows", "mac"} and "vars.ITCH_TARGET" in itch["if"]
    assert "secrets.BUTLER_API_KEY" in itch["env"]["BUTLER_API_KEY"]
    pushes = re.findall(r'butler push \S+ "\$ITCH_TARGET:(\w+)"', _runs(itch))
    assert sorted(pushes) == ["linux", "mac", "windows"]
    assert all("HAS_KEY" in step["if"] for step in itch["steps"])


def test_the_release_workflow_uses_released_major_versions_of_its_actions():
    uses = [step["uses"] for job in _workflow()["jobs"].values() for step in job["steps"] if "uses" in step]
    assert uses and all(re.fullmatch(r"actions/[a-z-]+@v\d+", use) for use in uses), uses


def test_ci_builds_the_linux_bundle_once_with_the_release_job_s_commands():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ".venv/bin/python packaging/build.py" in ci and ".venv/bin/python packaging/smoke.py" in ci
    slow_run = next(line for line in ci.splitlines() if "-m slow" in line)
    assert "--deselect tests/test_bundle.py::test_the_built_program_passes_the_smoke_test" in slow_run


@pytest.mark.skipif(sys.platform != "linux", reason="a fake Linux program (a shell script)")
@pytest.mark.parametrize("body, reason", [("exit 3", "exit code 3"), ("echo hello", "exit 0 but no 'ok:' in what it printed")])
def test_the_smoke_test_fails_a_program_that_fails_or_says_the_wrong_thing(tmp_path, capsys, body, reason):
    fake = build.program(tmp_path, "linux")
    fake.parent.mkdir(parents=True)
    fake.write_text(f"#!/bin/sh\n{body}\n")
    fake.chmod(0o755)
    assert _script("smoke").main(["--dist", str(tmp_path), "--frames", "5"]) == 1
    out = capsys.readouterr().out
    assert f"smoke: check: FAILED: {reason}" in out and "smoke: 4 failed" in out


@pytest.mark.slow
def test_the_built_program_passes_the_smoke_test(tmp_path):
    pytest.importorskip("PyInstaller")
    dist = tmp_path / "dist"
    made = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist),
                           "--work", str(tmp_path / "work")], capture_output=True, text=True, timeout=900)
    assert made.returncode == 0, made.stderr[-3000:]
    assert (build.release_folder(dist) / ".itch.toml").is_file()
    smoke = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke.py"), "--dist", str(dist), "--frames", "60"],
                           capture_output=True, text=True, timeout=900)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke: all passed" in smoke.stdout
