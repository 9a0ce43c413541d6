"""Self-voicing says what the screens drew: the title's menu as it opens, the night's line (speaker first) and its
options with their numbers, the option aimed at, the menus' focused rows and their values; nothing while it is off;
silence and one notice where nothing can speak; the platform's speech picked without any hard dependency."""

import shutil
import subprocess
import time

import pygame
import pytest

from eternal.model.night import Night
from eternal.model.state import CHOOSING
from eternal.persistence.settings import Settings
from eternal.presentation.app import STEP, App
from eternal.presentation.screens.pause import PauseScreen
from eternal.presentation.screens.play import PlayScreen
from eternal.presentation.screens.settings_screen import SettingsScreen
from eternal.presentation.speech import CommandEngine, Speaker, candidates, choose_engine, espeak_voice, say_voice
from eternal.presentation.voice import Quiet, RecordingVoice, Said, Voice, platform_backend, sentences
from eternal.presentation.ui_text import ui


def make_app(story, home, voicing: bool) -> tuple[App, RecordingVoice]:
    app = App(story, home=home, settings=Settings(self_voicing=voicing), size=(640, 360))
    fake = RecordingVoice()
    app.services.voice.use(fake)
    return app, fake


@pytest.fixture
def title(mini_story, tmp_path):
    app, fake = make_app(mini_story, tmp_path, voicing=True)
    yield app, fake
    pygame.quit()


@pytest.fixture
def night(mini_story, tmp_path):
    """A night just started, self-voicing off (the default)."""
    app, fake = make_app(mini_story, tmp_path, voicing=False)
    app.start_night(Night.new(mini_story))
    app.frame(STEP)
    yield app, fake
    pygame.quit()


def press(app, *keys, frames=2):
    for k in keys:
        app.handle(pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="", scancode=0))
        for _ in range(frames):
            app.frame(STEP)


def settle(app, frames=90):
    for _ in range(frames):
        app.frame(STEP)


def reach_choice(app):
    """Read on (Space) until the options stand in the box."""
    for _ in range(60):
        if app.night.phase == CHOOSING and app.box.laid_out:
            return
        press(app, pygame.K_SPACE, frames=8)
    raise AssertionError("no choice reached")


def test_the_title_says_its_name_and_the_focused_item_when_it_opens(title):
    app, fake = title
    app.frame(STEP)
    assert fake.texts == [sentences(["Mini", app.top.menu.laid_out[0].label])]
    assert fake.spoken[0].lang == "en" and fake.spoken[0].interrupt


def test_moving_the_focus_says_the_new_item_once(title):
    app, fake = title
    app.frame(STEP)
    fake.clear()
    press(app, pygame.K_DOWN, frames=5)
    assert fake.texts == [app.top.menu.laid_out[app.top.menu.selected].label]


def test_words_are_said_in_the_language_they_are_shown_in(title):
    app, fake = title
    app.frame(STEP)
    press(app, pygame.K_l, frames=5)  # German: the focused row is drawn anew, and said in German
    assert fake.spoken[-1] == Said(app.top.menu.laid_out[0].label, "de", True)
    assert fake.spoken[-1].text == ui("de", "new")


def test_v_on_a_night_says_the_line_with_its_speaker(night):
    app, fake = night
    settle(app)
    assert fake.spoken == []  # off: nothing
    press(app, pygame.K_v)
    assert app.settings.self_voicing
    line = app.night.line
    words = line.text.get("en")
    who = app.story.characters.get(line.who).get("en") if line.who else None
    assert fake.texts[0] == sentences([f"{who}:" if who else None, words])


def test_a_line_is_said_whole_once_not_per_frame_or_page(night):
    app, fake = night
    press(app, pygame.K_v)
    settle(app, 120)
    assert len(fake.spoken) == 1


def test_a_choice_says_its_prompt_then_every_option_with_its_number(night):
    app, fake = night
    press(app, pygame.K_v)
    reach_choice(app)
    options = app.box.laid_out
    expected = sentences([f"{c.number}. {c.label}" for c in options])
    assert expected in fake.texts
    said = next(s for s in fake.spoken if s.text == expected)
    assert not said.interrupt  # the options wait for the line before them
    assert "1. Bag everything." in expected and "2. Keep the shell." in expected


def test_aiming_at_option_two_says_it(night):
    app, fake = night
    press(app, pygame.K_v)
    reach_choice(app)
    fake.clear()
    press(app, pygame.K_DOWN, pygame.K_DOWN)
    assert fake.texts == ["1. Bag everything.", "2. Keep the shell."]
    assert all(s.interrupt for s in fake.spoken)


def test_the_technicians_intrusions_are_said_after_what_is_being_said(mini_story, tmp_path):
    app, fake = make_app(mini_story, tmp_path, voicing=True)
    night = Night.new(mini_story)
    app.start_night(night)
    for _ in range(400):  # through the prologue into the first memory, where Stan asks for a beer
        if any("Beer?" in t for t in fake.texts):
            break
        if app.night.phase == CHOOSING and app.box.laid_out:
            press(app, pygame.K_1, frames=8)
        else:
            press(app, pygame.K_SPACE, frames=8)
    said = next(s for s in fake.spoken if "Beer?" in s.text)
    assert said.text == "Stan: Beer?" and not said.interrupt
    pygame.quit()


def test_the_pause_menu_says_where_the_night_is_and_its_focused_item(night):
    app, fake = night
    press(app, pygame.K_v)
    fake.clear()
    press(app, pygame.K_ESCAPE, frames=30)
    assert isinstance(app.top, PauseScreen)
    first = fake.texts[0]
    assert first.startswith("Paused.") and "Office" in first and first.endswith("Resume.")
    fake.clear()
    press(app, pygame.K_DOWN, frames=5)
    assert fake.texts == [app.top.menu.laid_out[1].label]
    press(app, pygame.K_ESCAPE, frames=30)  # back in the night: the line again, as a screen reader does on return
    assert isinstance(app.top, PlayScreen)
    assert fake.texts[-1].endswith(app.night.line.text.get("en"))


def test_a_settings_row_says_its_new_value(title):
    app, fake = title
    app.frame(STEP)
    screen = SettingsScreen(app.services)
    app.push(screen)
    settle(app, 30)
    assert fake.texts[-1].startswith("Settings.")
    rows = [item.label for item in screen.menu.laid_out]
    index = next(i for i, label in enumerate(rows) if label.startswith("Reduce motion"))
    press(app, *[pygame.K_DOWN] * (index - screen.menu.selected))
    assert fake.texts[-1] == "Reduce motion: off"
    press(app, pygame.K_RIGHT, frames=5)
    assert fake.texts[-1] == "Reduce motion: on"


def test_the_settings_row_turns_it_off_and_keeps_it(title, tmp_path):
    app, fake = title
    screen = SettingsScreen(app.services)
    app.push(screen)
    settle(app, 30)
    index = next(i for i, item in enumerate(screen.menu.laid_out) if item.label.startswith(ui("en", "self_voicing")))
    press(app, *[pygame.K_DOWN] * (index - screen.menu.selected))
    assert fake.texts[-1] == f"{ui('en', 'self_voicing')}: on"
    stops = fake.stops
    press(app, pygame.K_RIGHT, frames=5)
    assert not app.settings.self_voicing and fake.stops > stops  # cut short at once
    assert Settings.load(tmp_path).self_voicing is False
    fake.clear()
    press(app, pygame.K_UP, pygame.K_DOWN, pygame.K_ESCAPE, frames=10)
    assert fake.spoken == []


def test_v_is_remembered_between_runs(night, tmp_path):
    app, _ = night
    press(app, pygame.K_v)
    assert Settings.load(tmp_path).self_voicing is True


def test_off_nothing_is_said_anywhere(night):
    app, fake = night
    reach_choice(app)
    press(app, pygame.K_DOWN, pygame.K_ESCAPE, pygame.K_DOWN, frames=20)
    assert fake.spoken == []


def test_a_missing_backend_is_silent_and_says_so_once(mini_story, tmp_path):
    app = App(mini_story, home=tmp_path, settings=Settings(self_voicing=True), size=(640, 360))
    app.services.voice.use(None)
    app.start_night(Night.new(mini_story))
    settle(app, 30)
    reach_choice(app)
    press(app, pygame.K_DOWN, pygame.K_DOWN)
    notices = [n for n, _ in app.top.notices]
    assert notices == [ui("en", "no_voice")]
    assert sum(1 for key in app.warnings.seen if key == "voice:none") == 1
    pygame.quit()


def test_a_backend_that_fails_to_start_is_silence_and_one_notice():
    told = []
    voice = Voice(Settings(self_voicing=True), tell=told.append,
                  find=lambda: Speaker(CommandEngine("gone", lambda text, lang: ["/nonexistent/speech-program"])))
    voice.say("one", "en")
    deadline = time.monotonic() + 5
    while not voice.backend().failed and time.monotonic() < deadline:
        time.sleep(0.01)
    voice.say("two", "en")
    voice.say("three", "en")
    assert told == [ui("en", "no_voice")]


def test_the_end_card_is_said(night):
    from eternal.presentation.screens.end import EndScreen

    app, fake = night
    press(app, pygame.K_v)
    end = EndScreen(app.services)
    app.push(end)
    settle(app, 30)
    assert fake.texts[-1] == sentences(end.words) and ui("en", "the_end") in fake.texts[-1]


# --- the platform's speech -------------------------------------------------------------------------------------------

def only(*names):
    return lambda name: f"/usr/bin/{name}" if name in names else None


def test_linux_prefers_espeak_ng_then_espeak_then_speech_dispatcher():
    assert [e.name for e in candidates("linux", only("spd-say", "espeak", "espeak-ng"))] == ["espeak-ng", "espeak", "spd-say"]
    assert choose_engine("linux", only("spd-say", "espeak-ng"), wanted="").name == "espeak-ng"
    assert choose_engine("linux", only("spd-say"), wanted="").name == "spd-say"
    assert choose_engine("linux", only(), wanted="") is None
    assert choose_engine("linux", only("espeak-ng"), wanted="none") is None
    assert choose_engine("linux", only("spd-say", "espeak-ng"), wanted="spd-say").name == "spd-say"


def test_macos_says_and_windows_uses_powershell_without_pyttsx3():
    assert [e.name for e in candidates("darwin", only("say"))] == ["say"]
    found = candidates("win32", only("powershell"), has_module=lambda name: False)
    assert [e.name for e in found] == ["powershell"]
    assert [e.name for e in candidates("win32", only("powershell"), has_module=lambda name: True)] == ["pyttsx3", "powershell"]


def test_the_language_goes_to_the_engine_as_its_own_voice_name():
    assert espeak_voice("fr") == "fr" and espeak_voice("fr-CA") == "fr" and espeak_voice("pt-BR") == "pt-br"
    listing = "Anna                de_DE    # Hallo, ich heiße Anna.\nThomas              fr_FR    # Bonjour, je m’appelle Thomas.\n"
    assert say_voice(listing, "fr") == "Thomas" and say_voice(listing, "de") == "Anna" and say_voice(listing, "ja") is None


def test_a_run_on_the_silent_audio_driver_says_nothing_aloud(monkeypatch):
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    monkeypatch.delenv("ETERNAL_VOICE", raising=False)
    assert isinstance(platform_backend(), Quiet)
    monkeypatch.setenv("ETERNAL_VOICE", "none")
    assert platform_backend() is None
    monkeypatch.setenv("SDL_AUDIODRIVER", "pulseaudio")
    monkeypatch.delenv("ETERNAL_VOICE")
    monkeypatch.setattr("eternal.presentation.speech.shutil.which", only())
    assert platform_backend() is None  # nothing to speak with: the voice says so once (see above)


def test_the_real_selection_here_picks_espeak_ng_when_it_is_installed():
    engine = choose_engine(wanted="")
    if shutil.which("espeak-ng"):
        assert engine is not None and engine.name == "espeak-ng"
    else:
        assert engine is None or engine.name != "espeak-ng"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_espeak_ng_really_speaks_a_line_without_holding_up_the_caller(tmp_path):
    wav = tmp_path / "line.wav"
    engine = CommandEngine("espeak-ng", lambda text, lang: ["espeak-ng", "-v", espeak_voice(lang), "--stdin", "-w", str(wav)])
    speaker = Speaker(engine)
    began = time.monotonic()
    speaker.speak("Bonjour, ceci est la nuit.", "fr")
    assert time.monotonic() - began < 0.05  # the frame goes on
    deadline = time.monotonic() + 10
    while speaker.busy() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert wav.stat().st_size > 10_000  # a second or so of 22 kHz speech
    if shutil.which("sox"):
        stat = subprocess.run(["sox", str(wav), "-n", "stat"], capture_output=True, text=True).stderr
        length = float(next(row for row in stat.splitlines() if row.startswith("Length")).split(":")[1])
        assert 0.5 < length < 5


def test_a_new_line_cuts_the_last_short_and_a_queued_one_waits():
    started: list[str] = []
    stopped: list[str] = []

    class Slow:
        def __init__(self, text):
            self.text, self.done = text, False

        def wait(self):
            deadline = time.monotonic() + 5
            while not self.done and time.monotonic() < deadline:
                time.sleep(0.005)

        def stop(self):
            stopped.append(self.text)
            self.done = True

    class Fake:
        name = "fake"

        def start(self, text, lang):
            started.append(text)
            return Slow(text)

    speaker = Speaker(Fake())
    speaker.speak("one", "en")
    deadline = time.monotonic() + 5
    while started != ["one"] and time.monotonic() < deadline:
        time.sleep(0.005)
    speaker.speak("two", "en", interrupt=False)  # waits its turn
    time.sleep(0.05)
    assert started == ["one"]
    speaker.speak("three", "en")  # cuts "one" short and drops "two"
    while started[-1:] != ["three"] and time.monotonic() < deadline:
        time.sleep(0.005)
    assert started == ["one", "three"] and stopped == ["one"]
    speaker.stop()
