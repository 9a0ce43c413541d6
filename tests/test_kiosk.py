"""Screenings: kiosk mode survives anyone at the keys and resets itself; the showcase cut is a short night."""

import pygame
import pytest

from eternal.model.cut import showcase_cut
from eternal.model.night import Night
from eternal.persistence.settings import Settings
from eternal.presentation.app import STEP, App
from eternal.presentation.bootstrap import build_app, run_game
from eternal.presentation.launch import LaunchOptions
from eternal.presentation.screens.play import PlayScreen
from eternal.presentation.screens.title import TitleScreen
from playthrough import play


def key(k, mod=0):
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0)


@pytest.fixture
def kiosk(mini_story, tmp_path):
    app = build_app(mini_story, Settings(), tmp_path, LaunchOptions(kiosk=True, idle_seconds=10, size=(320, 180)))
    yield app
    pygame.quit()


def run(app, seconds):
    for _ in range(int(seconds / STEP)):
        app.frame(STEP)


def test_kiosk_returns_to_the_title_after_the_idle_time(kiosk, tmp_path):
    kiosk.handle(key(pygame.K_RETURN))
    kiosk.frame(STEP)
    assert isinstance(kiosk.top, PlayScreen)
    run(kiosk, 9)
    assert isinstance(kiosk.stack.bottom, PlayScreen)
    run(kiosk, 1.5)
    assert isinstance(kiosk.top, TitleScreen)
    assert not (tmp_path / "saves").exists() and not (tmp_path / "settings.json").exists()


def test_kiosk_cannot_be_quit_or_left_by_accident(kiosk):
    for event in (pygame.event.Event(pygame.QUIT), key(pygame.K_q), key(pygame.K_F11), key(pygame.K_RETURN, pygame.KMOD_ALT),
                  key(pygame.K_ESCAPE), key(pygame.K_ESCAPE)):
        kiosk.handle(event)
        kiosk.frame(STEP)
    assert kiosk.running and kiosk.fullscreen


@pytest.mark.slow
def test_holding_the_chord_quits_the_kiosk(kiosk):
    kiosk.handle(key(pygame.K_q, pygame.KMOD_CTRL | pygame.KMOD_ALT))
    run(kiosk, 1.0)
    kiosk.handle(pygame.event.Event(pygame.KEYUP, key=pygame.K_q, mod=0, unicode="", scancode=0))
    run(kiosk, 3.0)
    assert kiosk.running  # let go too early
    kiosk.handle(key(pygame.K_q, pygame.KMOD_CTRL | pygame.KMOD_ALT))
    run(kiosk, 3.2)
    assert not kiosk.running


@pytest.mark.slow
def test_the_idle_title_plays_memories_by_itself_and_the_first_press_only_wakes_it(kiosk):
    def picture():
        rect = kiosk.canvas_rect
        return [tuple(kiosk.window.get_at((rect.x + rect.w * i // 8, rect.y + rect.h * j // 8))) for i in range(1, 8) for j in range(1, 5)]

    run(kiosk, 3)
    menu = picture()
    run(kiosk, 6)
    early = picture()
    run(kiosk, 4)
    later = picture()
    assert early != menu and later != early  # a memory is shown, and it is coming apart
    kiosk.handle(key(pygame.K_RETURN))
    kiosk.frame(STEP)
    assert isinstance(kiosk.top, TitleScreen)
    kiosk.handle(key(pygame.K_RETURN))
    kiosk.frame(STEP)
    assert isinstance(kiosk.top, PlayScreen)


def test_kiosk_uses_the_large_text_preset(kiosk):
    assert kiosk.settings.text_scale >= 1.25


def test_the_showcase_cut_is_a_shorter_night_with_the_turn_and_a_hiding_place(mini_copy):
    from eternal.loader import load_story

    story_file = mini_copy / "story.yaml"
    story_file.write_text(story_file.read_text().replace(
        "  characters:\n", "  showcase: {prologue: [office], erase_order: [late, river]}\n  characters:\n"))
    result = load_story(mini_copy)
    assert result.ok, [str(p) for p in result.problems]
    cut = showcase_cut(result.story)
    assert cut.erase_order == ("late", "river")
    assert "middle" not in cut.memories and "table" in cut.memories
    outcomes = []
    for seed in range(10):
        night = Night.new(cut, seed)
        play(night, "hide")
        outcomes.append(night.state.outcome)
    assert "aborted" in outcomes  # the cut still lets her be hidden to the end of a place
    night = Night.new(cut, 0)
    play(night, "comply")
    assert night.state.erased == ["late", "river"]


def test_a_showcase_without_the_turn_is_refused(mini_copy):
    from eternal.loader import load_story

    story_file = mini_copy / "story.yaml"
    story_file.write_text(story_file.read_text().replace(
        "  characters:\n", "  showcase: {erase_order: [late, middle]}\n  characters:\n"))
    problems = [str(p) for p in load_story(mini_copy).problems]
    assert any("leaves out 'river'" in p and "story.yaml:" in p for p in problems), problems


def test_dev_mode_reloads_a_changed_memory_and_keeps_the_player_there(mini_copy, tmp_path):
    from eternal.loader import load_story
    from eternal.presentation.dev import DevWatcher

    story = load_story(mini_copy).story
    app = App(story, home=tmp_path, settings=Settings(), size=(320, 180))
    app.dev = DevWatcher(mini_copy)
    app.start_night(Night.new(story))
    app.night.continue_()
    app.night.choose("all")
    assert app.night.state.beat == "mug"
    path = mini_copy / "memories.yaml"
    path.write_text(path.read_text().replace("The mug goes in.", "The mug goes in still warm."))
    run(app, 1.0)
    assert app.night.state.beat == "mug"
    assert app.night.line.text.get("en") == "The mug goes in still warm."
    path.write_text(path.read_text().replace("    era: amber\n", "    era: amber\n    mood: broken\n"))
    run(app, 1.0)
    assert app.dev.problems and "unknown key 'mood'" in app.dev.problems[0]
    assert app.running and app.night.state.beat == "mug"  # the game plays on with the last good story
    pygame.quit()


def _with_showcase(scenes):
    story_file = scenes / "story.yaml"
    story_file.write_text(story_file.read_text().replace(
        "  characters:\n", "  showcase: {prologue: [office], erase_order: [late, river]}\n  characters:\n"))


def _drawn(app) -> set[str]:
    """Every line the screen drew whole so far."""
    return set(app.shown.texts.values())


def test_after_a_dev_reload_the_text_box_draws_the_new_words_of_the_line(mini_copy, tmp_path):
    from eternal.loader import load_story
    from eternal.presentation.dev import DevWatcher

    story = load_story(mini_copy).story
    app = build_app(story, Settings(), tmp_path, LaunchOptions(size=(480, 270), dev=True))
    app.dev = DevWatcher(mini_copy)
    app.start_night(Night.new(story))
    app.night.continue_()
    app.night.choose("all")
    run(app, 1.5)
    assert "The mug goes in." in _drawn(app)
    path = mini_copy / "memories.yaml"
    path.write_text(path.read_text().replace("The mug goes in.", "The mug goes in still warm."))
    run(app, 2.0)
    assert app.night.state.beat == "mug"
    assert "The mug goes in still warm." in _drawn(app)
    assert app.top.page_text() == "The mug goes in still warm."
    pygame.quit()


def test_after_a_dev_reload_the_sound_follows_the_new_story_and_a_showcase_stays_the_cut(mini_copy, tmp_path):
    from eternal.loader import load_story
    from eternal.presentation.dev import DevWatcher

    _with_showcase(mini_copy)
    story = load_story(mini_copy).story
    app = build_app(story, Settings(), tmp_path, LaunchOptions(size=(320, 180), dev=True, showcase=True))
    app.dev = DevWatcher(mini_copy)
    assert "middle" not in app.story.memories
    path = mini_copy / "memories.yaml"
    path.write_text(path.read_text().replace("The mug goes in.", "The mug goes in still warm."))
    run(app, 1.0)
    assert app.dev.notice.startswith("reloaded")
    assert "middle" not in app.story.memories  # still the showcase cut, of the new story
    assert app.audio.story is app.story and app.services.session.story is app.story
    pygame.quit()


def test_a_showcase_launch_is_not_remembered_by_the_next_plain_launch(mini_copy, tmp_path, monkeypatch):
    import json

    from eternal.loader import load_story

    _with_showcase(mini_copy)
    monkeypatch.setenv("ETERNAL_HOME", str(tmp_path))
    assert run_game(mini_copy, LaunchOptions(showcase=True, frames=3, size=(320, 180))) == 0
    assert "showcase" not in json.loads((tmp_path / "settings.json").read_text())
    story = load_story(mini_copy).story
    plain = build_app(story, Settings.load(tmp_path), tmp_path, LaunchOptions(size=(320, 180)))
    assert "middle" in plain.story.memories  # the whole story, not the cut
    pygame.quit()


@pytest.fixture
def bare_x_server(tmp_path):
    """An X server with no window manager (as on a kiosk): Xvfb at 1600x900 on a free display (a 1280x720 window
    centred on it stands 160x90 off)."""
    import os
    import shutil
    import subprocess

    if not (shutil.which("Xvfb") and shutil.which("xwininfo")):
        pytest.skip("needs Xvfb and xwininfo")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x900x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    yield display
    server.terminate()
    server.wait(timeout=10)


def windows_on(display):
    """The geometry (WxH+X+Y) of every named top-level window on the display."""
    import re
    import subprocess

    out = subprocess.run(["xwininfo", "-display", display, "-root", "-tree"], capture_output=True, text=True).stdout
    return [m.group(1) for line in out.splitlines() if '"' in line
            for m in [re.search(r"(\d+x\d+[+-]\d+[+-]\d+)", line.rsplit('"', 1)[-1])] if m]


@pytest.mark.slow
def test_a_kiosk_on_a_bare_x_server_fills_the_display_and_ends_on_sigterm(bare_x_server, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    from conftest import MINI, ROOT

    env = {k: v for k, v in os.environ.items() if k != "SDL_VIDEODRIVER"}
    env.update(DISPLAY=bare_x_server, SDL_AUDIODRIVER="dummy", ETERNAL_HOME=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-m", "eternal", "--scenes", str(MINI), "--kiosk"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(4.0)
        assert proc.poll() is None, proc.communicate()
        assert windows_on(bare_x_server) == ["1600x900+0+0"]
        sent = time.perf_counter()
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=10)
        assert time.perf_counter() - sent < 1.5 and proc.returncode == 0, err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


@pytest.mark.slow
def test_fullscreen_on_and_off_on_a_bare_x_server_fills_the_display_and_comes_back(bare_x_server, tmp_path):
    import os
    import subprocess
    import sys

    from conftest import MINI, ROOT

    code = ("import subprocess, sys\n"
            "from pathlib import Path\n"
            "from eternal.loader import load_story\n"
            "from eternal.persistence.settings import Settings\n"
            "from eternal.presentation.app import App\n"
            f"app = App(load_story(Path({str(MINI)!r})).story, home=Path({str(tmp_path)!r}), settings=Settings(), size=(640, 360))\n"
            "def where():\n"
            "    app.run(seconds=0.5)\n"
            "    print('window', flush=True)\n"
            "    sys.stdin.readline()\n"
            "where(); app.toggle_fullscreen(); where(); app.toggle_fullscreen(); where()\n")
    env = {k: v for k, v in os.environ.items() if k != "SDL_VIDEODRIVER"}
    env.update(DISPLAY=bare_x_server, SDL_AUDIODRIVER="dummy")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    seen = []
    for _ in range(3):
        assert proc.stdout.readline().strip() == "window", proc.communicate()
        seen.append(windows_on(bare_x_server))
        proc.stdin.write("\n")
        proc.stdin.flush()
    proc.communicate(timeout=30)
    windowed, full, back = seen
    assert full == ["1600x900+0+0"]  # the whole display, not where the window stood
    assert back == windowed == ["640x360+480+270"]
