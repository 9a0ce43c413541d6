"""The sound the story names: real pieces of music, stereo at 44.1 kHz, OGG Vorbis, all of it small enough to ship.

The properties are read from the files themselves: the Vorbis identification header (the first packet of the first
Ogg page) gives the channels and the rate, the granule position of the last page gives the length in samples.
"""

import struct
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT

SHIPPED_LIMIT = 15_000_000  # bytes of audio in sound/, all of it


@dataclass(frozen=True)
class OggVorbis:
    channels: int
    rate: int
    samples: int

    @property
    def seconds(self) -> float:
        return self.samples / self.rate


def read_ogg_vorbis(path: Path) -> OggVorbis:
    data = path.read_bytes()
    if data[:4] != b"OggS":
        raise ValueError(f"{path.name}: not an Ogg stream")
    segments = data[26]
    packet = data[27 + segments:]
    if packet[:7] != b"\x01vorbis":
        raise ValueError(f"{path.name}: the first packet is not a Vorbis identification header")
    version, channels, rate = struct.unpack_from("<IBI", packet, 7)
    if version != 0:
        raise ValueError(f"{path.name}: Vorbis version {version}")
    last = data.rfind(b"OggS")
    (granule,) = struct.unpack_from("<q", data, last + 6)
    return OggVorbis(channels, rate, granule)


def _story_sound_files(story) -> list[Path]:
    paths = list(story.music.values()) + list(story.sounds.values())
    for memory in story.memories.values():
        paths += [memory.sound] + [i.sound for i in memory.intrusions]
    return sorted({Path(p) for p in paths if p})


def test_every_sound_the_story_names_is_stereo_ogg_vorbis_at_44_1_khz(real_story):
    files = _story_sound_files(real_story)
    assert files, "the story names no sound at all"
    for path in files:
        assert path.suffix == ".ogg", path.name
        info = read_ogg_vorbis(path)
        assert (info.channels, info.rate) == (2, 44100), path.name


def test_every_era_has_a_piece_and_it_plays_at_least_two_minutes_before_it_loops(real_story):
    assert real_story.eras and set(real_story.music) == set(real_story.eras)
    for era, path in real_story.music.items():
        info = read_ogg_vorbis(Path(path))
        assert 120.0 <= info.seconds <= 300.0, f"{era}: {info.seconds:.1f} s"


def test_the_cues_are_short_and_the_ambience_loops_are_not_music(real_story):
    loops = {loop.cue for loop in real_story.ambience}
    assert loops, "the story declares no ambience"
    for cue, path in real_story.sounds.items():
        info = read_ogg_vorbis(Path(path))
        assert info.seconds < (30.0 if cue in loops else 5.0), f"{cue}: {info.seconds:.1f} s"


def test_every_event_cue_and_ambience_loop_is_a_sound_of_the_story(real_story):
    named = set(real_story.cues.values()) | {loop.cue for loop in real_story.ambience}
    assert named and named <= set(real_story.sounds), named - set(real_story.sounds)


def test_all_the_shipped_audio_fits_in_fifteen_megabytes():
    audio = [p for p in (ROOT / "sound").iterdir() if p.suffix in (".ogg", ".wav")]
    assert audio
    total = sum(p.stat().st_size for p in audio)
    assert total < SHIPPED_LIMIT, f"{total / 1e6:.1f} MB"


def test_a_file_that_is_not_ogg_vorbis_is_told_apart(tmp_path):
    wav = tmp_path / "old.wav"
    wav.write_bytes(b"RIFF" + bytes(40))
    with pytest.raises(ValueError, match="not an Ogg stream"):
        read_ogg_vorbis(wav)
    opus = tmp_path / "voice.ogg"
    opus.write_bytes(b"OggS" + bytes(22) + b"\x01" + b"\x13" + b"OpusHead" + bytes(11))
    with pytest.raises(ValueError, match="not a Vorbis identification header"):
        read_ogg_vorbis(opus)
