"""Sound as the story declares it: music per era that crossfades, ambience loops that follow the erasure or the
night's progress and swell on events, cues that answer the engine's events; silent without a device. The dummy audio
driver plays into nothing but really plays, in real time."""

import shutil
import threading
import time
from dataclasses import replace
from types import SimpleNamespace

import pygame
import pytest

from conftest import ROOT
from eternal.loader import load_story
from eternal.model.night import Night
from eternal.model.story import Ambience, Era
from eternal.persistence.settings import Settings
from eternal.presentation.assets import Warnings
from eternal.presentation import audio as audio_module
from eternal.presentation.app import STEP, App

FILES = ("music_winter.ogg", "music_clinic.ogg", "hum.ogg", "party.ogg", "erase.ogg", "ui_pick.ogg")


@pytest.fixture
def sounding_story(mini_copy):
    sound = mini_copy.parent / "sound"
    sound.mkdir()
    for name in FILES:
        shutil.copy(ROOT / "sound" / name, sound / name)
    (sound / "broken.ogg").write_bytes(b"OggS this is not music")
    story_file = mini_copy / "story.yaml"
    story_file.write_text(story_file.read_text().replace(
        "  characters:\n",
        "  sounds: {hum: sound/hum.ogg, party: sound/party.ogg, erase: sound/erase.ogg, ui_pick: sound/ui_pick.ogg}\n"
        "  characters:\n"))
    result = load_story(mini_copy)
    assert result.ok, [str(p) for p in result.problems]
    # The eras, cues and ambience as a story's header declares them (built here, so the test holds whatever the
    # loader's format of the day): the title era first, its music the clinic piece.
    grey = (90, 90, 90)
    music = {"clinic": "music_clinic.ogg", "winter": "music_winter.ogg", "summer": "broken.ogg"}
    eras = {era: Era(era, grey, grey, grey, str(sound / music[era]) if era in music else None)
            for era in ("clinic", "winter", "amber", "summer", "childhood")}
    return replace(result.story, eras=eras, title_era="clinic", cues=CUES, ambience=AMBIENCE)


CUES = {"erased": "erase", "pick": "ui_pick"}
AMBIENCE = (Ambience("hum", "erasure", base=0.08, gain=0.5),
            Ambience("party", "progress", base=0.15, gain=0.5, swell_on="intrusion"))


@pytest.fixture
def sounding(sounding_story, monkeypatch):
    """The game's sound on the dummy driver, which plays into nothing, but really plays."""
    monkeypatch.setenv("ETERNAL_FORCE_AUDIO", "1")
    audio = audio_module.Audio(sounding_story, Settings(music_volume=0.5, master_volume=1.0), Warnings())
    if not audio.enabled:
        pytest.skip("no audio driver at all on this machine")
    yield audio
    audio.settle()
    pygame.mixer.quit()


def _music_channels_busy() -> list[bool]:
    return [pygame.mixer.Channel(c).get_busy() for c in audio_module.MUSIC_CHANNELS]


def test_without_a_sound_device_the_game_is_silent_and_goes_on(sounding_story, tmp_path, monkeypatch):
    monkeypatch.delenv("ETERNAL_FORCE_AUDIO", raising=False)
    app = App(sounding_story, home=tmp_path, settings=Settings(), size=(320, 180))
    assert not app.audio.enabled
    app.start_night(Night.new(sounding_story))
    for _ in range(30):
        app.frame(STEP)
    pygame.quit()


def test_the_mixer_opens_in_stereo_at_the_rate_the_sound_is_made_at(sounding):
    assert pygame.mixer.get_init() == (44100, -16, 2)


@pytest.mark.slow
def test_the_hum_rises_with_the_erasure_and_music_follows_the_volume_settings(sounding):
    audio = sounding
    audio.music_for("winter")
    assert audio.settle()
    assert audio.playing_music() is not None
    audio.update(STEP, 0.0, 0.0, True)
    quiet = audio.ambience_volume("hum")
    audio.update(STEP, 1.0, 0.0, True)
    loud = audio.ambience_volume("hum")
    assert 0 < quiet < loud
    audio.update(STEP, 0.0, 0.0, True)
    _, sound = audio.playing_music()
    assert sound.get_volume() == pytest.approx(0.5, abs=0.01)
    audio.settings.music_volume = 0.0
    audio.update(STEP, 0.0, 0.0, True)
    assert sound.get_volume() == pytest.approx(0.0, abs=0.01)


@pytest.mark.slow
def test_a_new_era_fades_in_while_the_old_one_is_still_fading_out(sounding, monkeypatch):
    monkeypatch.setattr(audio_module, "MUSIC_FADE_MS", 2000)  # long enough to see both even on a busy machine
    audio = sounding
    audio.music_for("clinic")
    assert audio.settle()
    assert _music_channels_busy().count(True) == 1
    audio.music_for("winter")
    assert audio.settle()
    assert audio.playing_music()[0].endswith("music_winter.ogg")
    assert _music_channels_busy() == [True, True]  # both sound at once: a real crossfade, not a cut
    deadline = time.monotonic() + 8.0
    while _music_channels_busy().count(True) > 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _music_channels_busy().count(True) == 1  # and the old piece lets go once its fade is done


@pytest.mark.slow
def test_decoding_a_piece_never_holds_up_the_frame_that_asks_for_it(sounding, monkeypatch):
    gate = threading.Event()
    real_sound = pygame.mixer.Sound
    decoded = []

    def slow_sound(path):
        gate.wait(10)
        decoded.append(path)
        return real_sound(path)

    audio = sounding
    audio.title_music()
    assert audio.settle()  # the title's clinic piece
    monkeypatch.setattr(audio_module.pygame.mixer, "Sound", slow_sound)
    audio.music_for("winter")  # returns while the decoder is still stuck on the file
    assert audio.playing_music()[0].endswith("music_clinic.ogg") and not decoded
    audio.music_for("clinic")  # back before the new piece is even ready: the old one just goes on
    audio.music_for("winter")
    gate.set()
    assert audio.settle()
    assert audio.playing_music()[0].endswith("music_winter.ogg")
    assert len(decoded) <= 2 and not any(p.endswith("music_clinic.ogg") for p in decoded)


@pytest.mark.slow
def test_a_piece_that_cannot_be_decoded_is_reported_and_the_music_plays_on(sounding):
    audio = sounding
    audio.music_for("clinic")
    assert audio.settle()
    audio.music_for("summer")  # broken.ogg
    assert audio.settle()
    assert audio.playing_music()[0].endswith("music_clinic.ogg")
    assert any("broken.ogg" in m for m in audio.warnings.messages)


def test_no_music_fades_the_piece_out(sounding, monkeypatch):
    monkeypatch.setattr(audio_module, "MUSIC_FADE_MS", 200)
    audio = sounding
    audio.music_for("clinic")
    assert audio.settle()
    audio.music(None)
    assert audio.playing_music() is None
    deadline = time.monotonic() + 5.0
    while any(_music_channels_busy()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_music_channels_busy())


@pytest.mark.slow
def test_an_era_the_night_comes_back_to_picks_its_piece_up_where_it_was_left(sounding, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(audio_module, "time", SimpleNamespace(monotonic=lambda: clock[0]))
    audio = sounding
    audio.music_for("winter")
    assert audio.settle()
    from_the_top = audio.playing_music()[1].get_raw()
    clock[0] += 30.0  # half a minute of winter
    audio.music_for("clinic")
    assert audio.settle()
    clock[0] += 100.0  # the clinic's time does not count for winter
    audio.music_for("winter")
    assert audio.settle()
    path, sound = audio.playing_music()
    assert path.endswith("music_winter.ogg")
    picked_up = sound.get_raw()
    cut = 30 * 44100 * 4  # 16-bit stereo frames
    assert len(picked_up) == len(from_the_top)
    assert picked_up[:8192] == from_the_top[cut:cut + 8192]
    assert picked_up[-8192:] == from_the_top[cut - 8192:cut]  # and it still goes round without a seam


@pytest.mark.slow
def test_the_title_plays_the_music_of_the_storys_title_era(sounding):
    audio = sounding
    audio.music_for("winter")
    assert audio.settle()
    audio.title_music()
    assert audio.settle()
    assert audio.playing_music()[0].endswith("music_clinic.ogg")


def test_without_a_title_era_the_title_plays_the_first_era_the_story_declares(sounding_story):
    story = replace(sounding_story, title_era=None, eras=dict(reversed(list(sounding_story.eras.items()))))
    asked = []
    audio = audio_module.Audio(story, Settings(), Warnings())
    audio.music = asked.append  # what the title asks the mixer for, device or not
    audio.title_music()
    assert asked == [None]  # childhood, now first, has no piece of its own
    audio = audio_module.Audio(replace(sounding_story, title_era=None), Settings(), Warnings())
    audio.music = asked.append
    audio.title_music()
    assert asked[-1].endswith("music_clinic.ogg")


def test_an_event_plays_the_sound_the_story_answers_it_with_and_none_when_it_names_none(sounding_story):
    audio = audio_module.Audio(sounding_story, Settings(), Warnings())
    played = []
    audio.play = played.append
    for kind in ("erased", "found", "pick", "scene"):
        audio.play_event(kind)
    assert played == ["erase", "ui_pick"]
    assert audio.cue_for_event("erased") == "erase" and audio.cue_for_event("found") is None


def test_ambience_follows_its_measure_and_swells_only_on_its_own_event(sounding_story):
    audio = audio_module.Audio(sounding_story, Settings(), Warnings())
    hum, party = audio.ambience_levels(erasure=0.0, night_progress=0.0)
    assert (hum, party) == pytest.approx((0.08, 0.15))
    assert audio.ambience_levels(erasure=1.0, night_progress=0.5) == pytest.approx((0.58, 0.4))
    audio.play_event("erased")  # the hum does not swell: it swells on nothing
    audio.play_event("intrusion")
    assert audio.ambience_levels(0.0, 0.0) == pytest.approx((0.08, 0.30))
    for _ in range(int(audio_module.SWELL_SECONDS / STEP) + 2):
        audio.update(STEP, 0.0, 0.0, True)
    assert audio.ambience_levels(0.0, 0.0) == pytest.approx((0.08, 0.15))  # and the swell dies away


def test_a_story_without_ambience_plays_no_loops(sounding):
    audio = sounding
    audio.update(STEP, 1.0, 1.0, True)
    assert audio.ambience_volume("hum") > 0
    audio.use_story(replace(audio.story, ambience=()))
    audio.update(STEP, 1.0, 1.0, True)
    assert audio.ambience_volume("hum") == 0.0 and audio.ambience_volume("party") == 0.0
