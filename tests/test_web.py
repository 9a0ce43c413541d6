"""The browser build: the game runs where threads cannot start (pictures prepared a layer a pass, music decoded on the
main thread), with the pure-Python YAML loader where the C one is missing, and its pygbag entry runs the real loop."""

import asyncio
import json
import os
import runpy
import subprocess
import sys
import threading
from dataclasses import replace

import pygame
import pytest
import yaml

from conftest import MINI, ROOT, SCENES
from eternal.loader import load_story
from eternal.loader.yaml_source import read_yaml, safe_loader
from eternal.model.story import Era
from eternal.persistence.settings import Settings
from eternal.presentation.assets import ArtCache, Warnings
from eternal.presentation.audio import Audio
from eternal.presentation.workers import NO_THREADS, detect_workers

ART = ROOT / "art" / "last_fight"
LAYERS = [str(ART / f"{name}.svg") for name in ("sky", "room", "props")]
WEB_MAIN = ROOT / "web" / "main.py"


@pytest.fixture
def no_threads(monkeypatch):
    """Threads as a browser build has them: `threading` imports, starting one raises. Yields the names of the
    threads something tried to start."""
    tried: list[str] = []

    def refuse(thread):
        tried.append(thread.name)
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threading.Thread, "start", refuse)
    monkeypatch.delenv("ETERNAL_NO_THREADS", raising=False)
    yield tried


@pytest.fixture
def display():
    pygame.display.init()
    pygame.display.set_mode((64, 36))
    yield
    pygame.display.quit()


# --- the policy ------------------------------------------------------------------------------------------------------

def test_threads_are_found_missing_where_they_cannot_start(no_threads):
    workers = detect_workers(env={})
    assert not workers.available
    assert "can't start new thread" in workers.why
    assert no_threads == ["eternal-probe"]  # one try, made once


def test_a_browser_platform_or_the_environment_rules_threads_out_without_trying(no_threads):
    assert not detect_workers(env={}, platform="emscripten").available
    assert not detect_workers(env={"ETERNAL_NO_THREADS": "1"}, platform="linux").available
    assert no_threads == []


def test_threads_are_used_where_they_start():
    assert detect_workers(env={}).available


# --- pictures and music without threads ---------------------------------------------------------------------------------

def test_without_threads_pictures_are_prepared_one_a_step(display, no_threads):
    art = ArtCache(Warnings(), workers=NO_THREADS)
    size = (160, 90)
    art.prefetch(LAYERS, size)
    assert art.queued == 3 and not any(art.prepared(p, size) for p in LAYERS)  # nothing done in prefetch itself
    for done in range(1, 4):
        assert art.step()
        assert [art.prepared(p, size) for p in LAYERS] == [i < done for i in range(3)]
    assert not art.step() and art.queued == 0
    surface = art.layer(LAYERS[0], size, "winter", "sky")
    assert surface.get_size() == size and not art.prepared(LAYERS[0], size)  # the prepared picture was taken
    assert no_threads == []


def test_without_threads_a_new_guess_replaces_the_queue_and_drawn_pictures_are_skipped(display, no_threads):
    art = ArtCache(Warnings(), workers=NO_THREADS)
    size = (160, 90)
    art.prefetch(LAYERS[:2], size)
    art.prefetch(LAYERS[1:], size)  # the night moved on: the first guess is no longer wanted
    art.layer(LAYERS[1], size, "winter", "room")  # drawn before its step came: nothing to prepare for it
    assert art.step()
    assert art.prepared(LAYERS[2], size) and not art.prepared(LAYERS[0], size)
    assert not art.step()
    assert no_threads == []


@pytest.mark.slow
def test_without_threads_the_game_prepares_the_next_pictures_one_a_pass(real_story, tmp_path, no_threads):
    from eternal.presentation.app import STEP, App
    from eternal.presentation.launch import LaunchOptions

    app = App(real_story, home=tmp_path, settings=Settings(), options=LaunchOptions(size=(480, 270), workers=NO_THREADS))
    try:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_n, mod=0, unicode="", scancode=0))
        app.frame(STEP)  # the night begins: the pictures of the memories that may come next are queued
        queued = [app.art.queued]
        for _ in range(30):
            app.frame(STEP)
            queued.append(app.art.queued)
        assert queued[0] >= 4
        assert all(0 <= a - b <= 1 for a, b in zip(queued, queued[1:]))  # never more than one a pass
        assert queued[0] - queued[-1] >= 3  # and the work does get done, in the loop's own passes
        assert no_threads == []
    finally:
        pygame.quit()


def test_with_threads_stepping_does_nothing(display):
    art = ArtCache(Warnings(), workers=replace(NO_THREADS, available=True))
    art.prefetch(LAYERS[:1], (160, 90))
    assert art.queued == 0 and not art.step()
    art.close()


@pytest.mark.slow
def test_without_threads_music_plays_when_asked_for(mini_story, monkeypatch, no_threads):
    monkeypatch.setenv("ETERNAL_FORCE_AUDIO", "1")
    grey = (90, 90, 90)
    music = {"clinic": ROOT / "sound" / "music_clinic.ogg", "winter": ROOT / "sound" / "music_winter.ogg"}
    eras = {era: Era(era, grey, grey, grey, str(music[era])) for era in music}
    story = replace(mini_story, eras=eras, title_era="clinic", cues={}, ambience=())
    audio = Audio(story, Settings(), Warnings(), NO_THREADS)
    if not audio.enabled:
        pytest.skip("no audio driver at all on this machine")
    try:
        audio.title_music()
        assert audio.playing_music()[0] == str(music["clinic"])  # decoded before music() returned: no waiting
        audio.music_for("winter")
        assert audio.playing_music()[0] == str(music["winter"])
        assert no_threads == []
    finally:
        pygame.mixer.quit()


def test_no_sound_of_the_story_needs_wav():
    named = [line for path in SCENES.glob("*.yaml") for line in path.read_text(encoding="utf-8").splitlines()
             if "sound/" in line]
    assert named and all(".wav" not in line for line in named)
    shipped = {p.suffix for p in (ROOT / "sound").iterdir() if p.is_file() and p.suffix != ".md"}
    assert shipped == {".ogg"}


@pytest.mark.slow
def test_autoplay_hide_reaches_its_ending_with_threads_made_unavailable(no_threads, tmp_path, monkeypatch, capsys):
    from eternal.cli import main

    monkeypatch.setenv("ETERNAL_HOME", str(tmp_path))
    before = threading.active_count()
    assert main(["autoplay", "--policy", "hide"]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["ending"] and result["hides"] > 0 and result["choices_made"] == result["choices_shown"]
    assert no_threads == ["eternal-probe"]  # found out once that threads cannot start, and never tried again
    assert threading.active_count() == before


# --- the YAML loader without its C part ---------------------------------------------------------------------------------

def without_c_loader(monkeypatch):
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    assert safe_loader() is yaml.SafeLoader


BROKEN = {
    "colon.yaml": "a: b: c\n",
    "indent.yaml": "a:\n  - x\n - y\n",
    "tab.yaml": "a:\n\tb: 1\n",
    "flow.yaml": "a: [1, 2\n",
    "alias.yaml": "a: *nope\n",
    "sequence.yaml": "- a\n- b\nc: 1\n",
    "control.yaml": "x: 1\ny: \u00e9\u0007\n",
    "documents.yaml": "a: 1\n---\nb: 2\n",
}


def test_without_the_c_loader_broken_files_read_the_same_problems_at_the_same_places(monkeypatch):
    with_c = {name: [str(p) for p in read_yaml(text.encode(), name)[1]] for name, text in BROKEN.items()}
    assert all(with_c.values())
    without_c_loader(monkeypatch)
    assert {name: [str(p) for p in read_yaml(text.encode(), name)[1]] for name, text in BROKEN.items()} == with_c


def test_without_the_c_loader_a_broken_story_reports_the_same(mini_copy, monkeypatch):
    for path in mini_copy.glob("*.yaml"):  # no `Beer?` in braces: the one corner the loaders read otherwise (below)
        path.write_text(path.read_text(encoding="utf-8").replace("?", ""), encoding="utf-8")
    assert load_story(mini_copy).ok
    story_file = mini_copy / "story.yaml"
    story_file.write_text(story_file.read_text(encoding="utf-8") + "  broken: [1, 2\n", encoding="utf-8")
    with_c = [str(p) for p in load_story(mini_copy).problems]
    assert with_c
    without_c_loader(monkeypatch)
    assert [str(p) for p in load_story(mini_copy).problems] == with_c


def test_a_question_mark_ending_a_word_in_braces_is_the_corner_where_the_loaders_differ():
    text = b"a: {en: Beer?, de: Bier?}\n"
    assert read_yaml(text, "f")[0].data == {"a": {"en": "Beer?", "de": "Bier?"}}
    assert [str(p) for p in read_yaml(text, "f", yaml.SafeLoader)[1]] == [
        "f:1:13: YAML: did not find expected ',' or '}' (while parsing a flow mapping)"]
    quoted = b'a: {en: "Beer?", de: "Bier?"}\n'
    assert read_yaml(quoted, "f", yaml.SafeLoader)[0].data == read_yaml(quoted, "f")[0].data


def test_the_web_build_refuses_a_story_that_the_browser_would_read_otherwise(tmp_path):
    build = runpy.run_path(str(ROOT / "web" / "build.py"), run_name="web_build")
    problems = build["assemble"](tmp_path / "eternal", MINI.parent)  # the mini story says {en: Beer?, ...}
    assert problems and all("reads otherwise without libyaml" in p for p in problems)
    assert "memories.yaml:46:55" in problems[0]
    assert not (tmp_path / "eternal").exists()


@pytest.mark.slow
def test_without_the_c_loader_the_shipped_story_is_the_same_value_for_value(real_story, monkeypatch):
    with_c = {path.name: read_yaml(path.read_bytes(), path.name)[0] for path in sorted(SCENES.glob("*.yaml"))}
    without_c_loader(monkeypatch)
    for path in sorted(SCENES.glob("*.yaml")):
        source = read_yaml(path.read_bytes(), path.name)[0]
        assert (source.data, source.marks, source.key_marks) == (
            with_c[path.name].data, with_c[path.name].marks, with_c[path.name].key_marks), path.name
    result = load_story(SCENES)
    assert result.ok and result.story == real_story


# --- the pygbag entry ---------------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_the_web_entry_runs_frames_of_the_game_under_asyncio(monkeypatch, tmp_path):
    monkeypatch.setenv("ETERNAL_STORY", str(MINI))
    monkeypatch.setenv("ETERNAL_HOME", str(tmp_path))
    entry = runpy.run_path(str(WEB_MAIN), run_name="web_main")  # not "__main__": nothing starts on import
    assert asyncio.run(entry["main"](frames=5)) == 0
    assert (tmp_path / "settings.json").is_file()  # it went through to the end and kept the player's settings


def test_the_web_entry_refuses_a_broken_story(monkeypatch, tmp_path, mini_copy, capsys):
    (mini_copy / "story.yaml").write_text("a: b: c\n", encoding="utf-8")
    monkeypatch.setenv("ETERNAL_STORY", str(mini_copy))
    monkeypatch.setenv("ETERNAL_HOME", str(tmp_path))
    entry = runpy.run_path(str(WEB_MAIN), run_name="web_main")
    assert asyncio.run(entry["main"](frames=5)) == 1
    assert "mapping values are not allowed" in capsys.readouterr().err


def test_the_web_build_will_not_let_pygbag_reformat_the_game_with_black(tmp_path, monkeypatch, capsys):
    (tmp_path / "black.py").write_text("")  # a Python where black can be imported
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    build = runpy.run_path(str(ROOT / "web" / "build.py"), run_name="web_build")
    assert build["pack"](tmp_path / "eternal", sys.executable, "Eternal", 5.0) == 1
    assert "black" in capsys.readouterr().err


BROWSERISH = """
import asyncio, runpy, sys, threading
sys.modules["yaml._yaml"] = None      # PyYAML without its C part
sys.modules["jsonschema"] = None      # no jsonschema (its rpds-py is native code)
def refuse(thread):
    raise RuntimeError("can't start new thread")
threading.Thread.start = refuse
entry = runpy.run_path(sys.argv[1], run_name="web_main")
import eternal, yaml
assert eternal.__file__.startswith(sys.argv[2]) and yaml.__file__.startswith(sys.argv[2]), (eternal.__file__, yaml.__file__)
assert not hasattr(yaml, "CSafeLoader")
print("exit", asyncio.run(entry["main"](frames=90)), threading.active_count())
"""


@pytest.mark.slow
def test_the_assembled_web_folder_plays_without_threads_c_yaml_or_jsonschema(tmp_path):
    folder = tmp_path / "eternal"
    build = subprocess.run([sys.executable, str(ROOT / "web" / "build.py"), "--no-pack", "--out", str(folder)],
                           capture_output=True, text=True, timeout=120)
    assert build.returncode == 0, build.stderr
    assert (folder / "main.py").is_file() and (folder / "eternal" / "presentation" / "fonts").is_dir()
    assert not (folder / "art" / "src").exists() and not list((folder / "yaml").glob("*.so"))
    assert json.loads((folder / "trusted.json").read_text())  # the story files the build checked
    env = dict(os.environ, ETERNAL_HOME=str(tmp_path / "home"))
    env.pop("ETERNAL_STORY", None)
    env.pop("ETERNAL_NO_THREADS", None)
    run = subprocess.run([sys.executable, "-c", BROWSERISH, str(folder / "main.py"), str(folder)], cwd=tmp_path,
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split()[-2:] == ["0", "1"]  # played its frames; only the main thread ever ran
