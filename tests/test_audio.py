"""Sound: music per era, the hum that rises with the erasure, the party behind the wall; silent without a device."""

import shutil

import pygame
import pytest

from conftest import ROOT
from eternal.loader import load_story
from eternal.model.night import Night
from eternal.persistence.settings import Settings
from eternal.presentation.app import STEP, App


@pytest.fixture
def sounding_story(mini_copy):
    sound = mini_copy.parent / "sound"
    sound.mkdir()
    for name in ("music_winter.wav", "music_clinic.wav", "hum.wav", "party.wav", "erase.wav", "ui_pick.wav"):
        shutil.copy(ROOT / "sound" / name, sound / name)
    story_file = mini_copy / "story.yaml"
    story_file.write_text(story_file.read_text().replace(
        "  characters:\n",
        "  music: {winter: sound/music_winter.wav, clinic: sound/music_clinic.wav}\n"
        "  sounds: {hum: sound/hum.wav, party: sound/party.wav, erase: sound/erase.wav, ui_pick: sound/ui_pick.wav}\n"
        "  characters:\n"))
    result = load_story(mini_copy)
    assert result.ok, [str(p) for p in result.problems]
    return result.story


def test_without_a_sound_device_the_game_is_silent_and_goes_on(sounding_story, tmp_path, monkeypatch):
    monkeypatch.delenv("ETERNAL_FORCE_AUDIO", raising=False)
    app = App(sounding_story, home=tmp_path, settings=Settings(), size=(320, 180))
    assert not app.audio.enabled
    app.start_night(Night.new(sounding_story))
    for _ in range(30):
        app.frame(STEP)
    pygame.quit()


def test_the_hum_rises_with_the_erasure_and_music_follows_the_volume_settings(sounding_story, tmp_path, monkeypatch):
    monkeypatch.setenv("ETERNAL_FORCE_AUDIO", "1")  # the dummy audio driver plays into nothing, but really plays
    app = App(sounding_story, home=tmp_path, settings=Settings(music_volume=0.5, master_volume=1.0), size=(320, 180))
    if not app.audio.enabled:
        pytest.skip("no audio driver at all on this machine")
    app.start_night(Night.new(sounding_story))
    audio = app.audio
    audio.update(STEP, 0.0, 0.0, True)
    quiet = pygame.mixer.Channel(0).get_volume()
    audio.update(STEP, 1.0, 0.0, True)
    loud = pygame.mixer.Channel(0).get_volume()
    assert loud > quiet
    audio.update(STEP, 0.0, 0.0, True)
    assert pygame.mixer.music.get_volume() == pytest.approx(0.5, abs=0.01)
    app.settings.music_volume = 0.0
    audio.update(STEP, 0.0, 0.0, True)
    assert pygame.mixer.music.get_volume() == pytest.approx(0.0, abs=0.01)
    pygame.mixer.quit()
    pygame.quit()
