"""Installed as a player installs it: the story ships inside the package and is found from any folder.

The quick rules check the story lookup (eternal/story_locator.py): `--scenes` before or after the command, then
`ETERNAL_STORY`, then the story installed with the package, then a checkout's scenes/. The slow one builds the sdist
and, from it, the wheel (`python -m build`), installs the wheel in a fresh venv and plays it from another folder.
"""

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import eternal
from conftest import MINI, ROOT
from eternal import story_locator
from eternal.cli import main
from eternal.story_locator import ENV_VAR, locate


def _story(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name / "scenes"
    folder.mkdir(parents=True)
    return folder


def test_scenes_given_on_the_command_line_comes_before_ETERNAL_STORY(tmp_path):
    given, from_env = _story(tmp_path, "given"), _story(tmp_path, "env")
    choice = locate(given, {ENV_VAR: str(from_env)})
    assert (choice.folder, choice.source) == (given, "--scenes")


def test_ETERNAL_STORY_comes_before_the_installed_story(tmp_path, monkeypatch):
    installed, from_env = _story(tmp_path, "installed"), _story(tmp_path, "env")
    monkeypatch.setattr(story_locator, "BUNDLED", installed)
    choice = locate(None, {ENV_VAR: str(from_env)})
    assert (choice.folder, choice.source) == (from_env, ENV_VAR)


def test_the_installed_story_comes_before_the_checkout(tmp_path, monkeypatch):
    installed, checkout = _story(tmp_path, "installed"), _story(tmp_path, "checkout")
    monkeypatch.setattr(story_locator, "BUNDLED", installed)
    monkeypatch.setattr(story_locator, "CHECKOUT", checkout)
    assert locate(None, {}).folder == installed
    shutil.rmtree(installed)
    assert locate(None, {}).source == "checkout"  # a checkout or an editable install: nothing was copied


def test_in_this_checkout_the_story_is_the_repositorys_scenes_folder():
    assert locate(None, {}).folder.resolve() == (ROOT / "scenes").resolve()


@pytest.mark.parametrize("args", [["--scenes", str(MINI), "check"], ["check", "--scenes", str(MINI)]],
                         ids=["before the command", "after it"])
def test_scenes_is_accepted_before_or_after_the_command(args, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "no such story"))  # --scenes must win over it either way
    assert main(args) == 0
    assert capsys.readouterr().out.startswith("ok: mini:")


def test_a_missing_ETERNAL_STORY_is_named_in_the_problem(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "gone"))
    assert main(["check"]) == 1
    assert "gone" in capsys.readouterr().out


def test_version_prints_the_packages_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"eternal {eternal.installed_version()}"
    assert eternal.installed_version() == eternal.__version__  # installed or not, the one version


# --- the slow one: build, install, play -------------------------------------------------------------------------

LEFT_OUT_OF_THE_COPY = shutil.ignore_patterns(".venv", ".git", "build", "dist", "__pycache__", "*.egg-info",
                                              ".hypothesis", ".pytest_cache", "out")


def _run(args: list, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kwargs)
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def _venv(folder: Path) -> Path:
    """A fresh venv; its bin (Scripts on Windows) folder."""
    _run([sys.executable, "-m", "venv", folder])
    return folder / ("Scripts" if os.name == "nt" else "bin")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The sdist and the wheel built from it, as a release is built; from a copy, so the work tree stays clean."""
    base = tmp_path_factory.mktemp("install")
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=LEFT_OUT_OF_THE_COPY)
    tools = _venv(base / "tools")
    _run([tools / "python", "-m", "pip", "install", "-q", "build"])
    done = _run([tools / "python", "-m", "build", "--outdir", base / "dist", source])
    assert "DeprecationWarning" not in done.stdout + done.stderr
    (sdist,) = (base / "dist").glob("*.tar.gz")
    (wheel,) = (base / "dist").glob("*.whl")
    return base, source, sdist, wheel


@pytest.mark.slow
def test_the_wheel_holds_the_story_and_nothing_for_authors(built):
    *_, wheel = built
    names = zipfile.ZipFile(wheel).namelist()
    shipped = "eternal/shipped_story/"
    assert f"{shipped}scenes/story.yaml" in names
    assert f"{shipped}art/title/sky.svg" in names
    assert {f"{shipped}sound/{p.name}" for p in (ROOT / "sound").glob("*.ogg")} <= set(names)
    assert not [n for n in names if n.startswith((f"{shipped}art/src/", "tests/", "docs/", f"{shipped}sound/src/"))]
    assert not [n for n in names if n.endswith((".md", ".py")) and n.startswith(shipped)]
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "License-Expression: " in text and "CC-BY-4.0" in text  # PEP 639: the art's and sound's licence too


@pytest.mark.slow
def test_the_sdist_holds_what_its_own_tests_need(built):
    _, source, sdist, _ = built
    with tarfile.open(sdist) as tar:
        top = tar.getnames()[0].split("/")[0]
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    needed = {p.relative_to(source).as_posix() for p in (source / "tests").rglob("*") if p.is_file()}
    needed |= {"scenes/story.yaml", "art/title/sky.svg", "sound/hum.ogg", "build_story.py", "pyproject.toml"}
    if (ROOT / ".git").exists() and shutil.which("git"):  # the whole source: every file git tracks (MANIFEST.in)
        listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
        tracked = listed.stdout.splitlines()
        needed |= {name for name in tracked if (source / name).is_file()}  # as copied: others may be editing
    assert needed <= names, f"MANIFEST.in leaves out: {sorted(needed - names)[:20]}"
    assert top.startswith("eternal_night-")


@pytest.mark.slow
def test_the_installed_wheel_plays_from_any_folder(built):
    base, *_, wheel = built
    venv = _venv(base / "player")
    _run([venv / "python", "-m", "pip", "install", "-q", wheel])  # its dependencies come from the index
    elsewhere = base / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in (ENV_VAR, "PYTHONPATH")}
    env.update(ETERNAL_HOME=str(base / "home"), SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    eternal_cmd = venv / "eternal"

    def play(*args: str) -> str:
        return _run([eternal_cmd, *args], cwd=elsewhere, env=env, timeout=600).stdout

    assert play("--version").strip() == f"eternal {eternal.__version__}"
    assert play("check").startswith("ok: eternal:")
    assert "60 frames" in play("--frames", "60")
    night = json.loads(play("autoplay", "--policy", "comply").strip().splitlines()[-1])
    assert night["outcome"] == "completed" and night["ending"]
    assert "first_meeting" in night["seen"]  # the whole night, to the memory where it began
    other = json.loads(play("autoplay", "--scenes", str(MINI), "--size", "320x180").strip().splitlines()[-1])
    assert other["outcome"] == "completed" and other["seen"][0] == "office"  # --scenes after the command
