"""Music per era, the ambience loops under the night, and small cues, all as the story declares them (its `eras:`,
`ambience:`, `sounds:` and `cues:`). With no audio device, all of it is silent.

Music crossfades: the new piece fades in on one of two music channels while the old one fades out on the other, so
the two really overlap (pygame.mixer.music streams only one file at a time). A piece is a few minutes of OGG decoded
into a Sound (23 to 32 MB at 44.1 kHz stereo), which takes a second or two: a worker thread decodes it and starts the
crossfade itself, so no frame waits and the fades run in the mixer's own time, on every screen. At most two pieces
are held at once: the one playing and the one fading out, which the mixer lets go when its fade ends.

Where there are no threads (a browser build, see workers.py) the piece is decoded on the main thread when it is asked
for, at a change of era: that frame waits for it (0.7 to 1.5 s for a piece of two or three minutes, measured on this
project's Linux machine; likely several times that in a browser's WebAssembly). The crossfade itself still runs in
the mixer's time.

A piece the night comes back to picks up where it was left rather than at its first bar: the eras alternate memory
by memory, and a piece begun again each time would be heard mostly as its opening. The decoded loop is rotated to
start there (a rotated seamless loop is still seamless).
"""

from __future__ import annotations

import os
import threading
import time

import pygame

from eternal.model.story import Story
from eternal.persistence.settings import Settings
from eternal.presentation.assets import Warnings
from eternal.presentation.workers import Workers, detect_workers

MIXER_RATE = 44100  # the rate the music and the cues are made at: no resampling, nothing lost above 11 kHz
MUSIC_FADE_MS = 2500
CUE_CHANNEL = 0
MUSIC_CHANNELS = (1, 2)
FIRST_LOOP_CHANNEL = 3  # the story's ambience loops take the channels from here on, one each
SWELL_SECONDS = 3.0  # how long a swell (an ambience loop louder while its event happens) takes to die away


class Audio:
    """Plays what the story names; reads volumes from the settings each update, so changes apply at once. `workers`
    says whether music may be decoded on a thread (by default: found out here)."""

    def __init__(self, story: Story, settings: Settings, warnings: Warnings, workers: Workers | None = None) -> None:
        self.story = story
        self.workers = workers if workers is not None else detect_workers()
        self.settings = settings
        self.warnings = warnings
        self.enabled = False
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._swells: list[float] = [0.0] * len(story.ambience)  # per ambience loop: 1 just swelled, 0 at rest
        self._music_path: str | None = None  # the piece asked for last
        self._music_level = settings.master_volume * settings.music_volume
        # Shared with the decoding thread, under the lock:
        self._lock = threading.Condition()
        self._wanted: str | None = None  # a piece waiting to be decoded (only the newest request waits)
        self._decoding = False
        self._generation = 0  # bumped by every request, so a piece decoded too late is dropped
        self._channel: int | None = None  # the music channel of the piece playing
        self._playing: tuple[str, pygame.mixer.Sound] | None = None
        self._started = (0.0, 0.0)  # (clock, seconds into the piece) when the piece playing began
        self._left_at: dict[str, float] = {}  # seconds into each piece where it was faded out
        self._worker: threading.Thread | None = None
        if os.environ.get("SDL_AUDIODRIVER") == "dummy" and os.environ.get("ETERNAL_FORCE_AUDIO") != "1":
            return  # headless runs stay silent and quick
        try:
            # allowedchanges=0: SDL converts for a device that runs at 48 kHz, rather than each Sound resampled
            # as it is decoded.
            pygame.mixer.init(frequency=MIXER_RATE, size=-16, channels=2, buffer=1024, allowedchanges=0)
            reserved = FIRST_LOOP_CHANNEL + len(story.ambience)
            pygame.mixer.set_num_channels(max(8, reserved + 4))
            pygame.mixer.set_reserved(reserved)
            self.enabled = True
        except pygame.error as exc:
            warnings.add("audio", f"no sound: {exc}")

    def _sound(self, cue: str) -> pygame.mixer.Sound | None:
        if cue in self._sounds:
            return self._sounds[cue]
        path = self.story.sounds.get(cue)
        sound = None
        if path:
            try:
                sound = pygame.mixer.Sound(path)
            except (pygame.error, OSError) as exc:
                self.warnings.add(path, f"cannot play {os.path.basename(path)}: {exc}")
        self._sounds[cue] = sound
        return sound

    def use_story(self, story: Story) -> None:
        """Play another story's sounds from now on (a story reloaded under the running game)."""
        self.stop_loops()
        self.story = story
        self._sounds.clear()
        self._swells = [0.0] * len(story.ambience)
        if self.enabled:
            reserved = FIRST_LOOP_CHANNEL + len(story.ambience)
            pygame.mixer.set_num_channels(max(pygame.mixer.get_num_channels(), reserved + 4))
            pygame.mixer.set_reserved(reserved)

    def cue_for_event(self, kind: str) -> str | None:
        """The story's sound that answers an engine event kind (erased, found, hidden, lost, move, pick...), if any."""
        return self.story.cues.get(kind)

    def play_event(self, kind: str) -> None:
        """An event happened: its cue sounds (if the story gives it one) and the loops that swell on it swell."""
        cue = self.cue_for_event(kind)
        if cue:
            self.play(cue)
        self.swell(kind)

    def play(self, cue: str) -> None:
        """A one-off sound by the story's name for it (see `play_event` to go by the engine's event kind)."""
        if not self.enabled:
            return
        sound = self._sound(cue)
        if sound is not None:
            sound.set_volume(self.settings.master_volume * self.settings.effects_volume)
            pygame.mixer.Channel(CUE_CHANNEL).play(sound)

    # --- music ---------------------------------------------------------------------------------------------------

    def music(self, path: str | None) -> None:
        """Crossfade to another piece (None: fade out). Returns at once, the piece starting when a worker has decoded
        it; without threads it is decoded before this returns."""
        if not self.enabled or path == self._music_path:
            return
        self._music_path = path
        with self._lock:
            self._generation += 1
            self._wanted = None
            if path is None:
                self._fade_out_playing()
            elif self._playing is not None and self._playing[0] == path:
                pass  # asked back for the piece still playing (and not yet replaced): it simply goes on
            else:
                self._wanted = path
                self._lock.notify_all()
        if path is not None and not self.workers.available:
            self._decode_next()  # this frame waits for the decoding: see the module's note
            return
        if path is not None and self._worker is None:
            self._worker = threading.Thread(target=self._decode_loop, name="eternal-music", daemon=True)
            self._worker.start()

    def music_for(self, era: str, own: str | None = None) -> None:
        """The piece of `era` (as the story declares it), or a scene's `own` piece in its place."""
        self.music(own or self.story.music.get(era))

    def title_music(self) -> None:
        """The title's piece: the music of the story's title era (by default the first era it declares)."""
        self.music_for(self.story.title_era or next(iter(self.story.eras), ""))

    def playing_music(self) -> tuple[str, pygame.mixer.Sound] | None:
        """The piece playing now (or fading in) and its Sound: what the mixer was last told to play."""
        with self._lock:
            return self._playing

    def settle(self, timeout: float = 10.0) -> bool:
        """Wait until no piece waits to be decoded (tests; a caller that must know the music has started)."""
        with self._lock:
            return self._lock.wait_for(lambda: self._wanted is None and not self._decoding, timeout)

    def _decode_loop(self) -> None:
        while True:
            with self._lock:
                self._lock.wait_for(lambda: self._wanted is not None)
            self._decode_next()

    def _decode_next(self) -> None:
        """Decode the piece waiting (if one still does) and crossfade to it, unless a newer request came meanwhile."""
        with self._lock:
            if self._wanted is None:
                return
            path, generation = self._wanted, self._generation
            resume = self._left_at.get(path, 0.0)
            self._wanted = None
            self._decoding = True
        sound = None
        try:
            sound = pygame.mixer.Sound(path)  # pygame-ce lets go of the GIL while it decodes
            if resume > 0.0:
                # One step at a time, so that no more than two copies of the piece exist at once.
                raw, sound = sound.get_raw(), None
                rotated, raw = _rotated(raw, resume), None
                sound, rotated = pygame.mixer.Sound(buffer=rotated), None
        except Exception as exc:  # anything at all: a dead worker would leave the music stuck for good
            self.warnings.add(path, f"cannot play {os.path.basename(path)}: {exc}")
        with self._lock:
            self._decoding = False
            if sound is not None and generation == self._generation:
                try:
                    self._crossfade(path, sound, resume)
                except pygame.error as exc:  # the mixer closed while we decoded: the game is ending
                    self.warnings.add("music", f"cannot play music: {exc}")
            self._lock.notify_all()

    def _crossfade(self, path: str, sound: pygame.mixer.Sound, offset: float = 0.0) -> None:
        """(Under the lock.) The new piece fades in on the free music channel while the old one fades out."""
        self._remember_where_left()
        old = self._channel
        new = MUSIC_CHANNELS[1] if old == MUSIC_CHANNELS[0] else MUSIC_CHANNELS[0]
        channel = pygame.mixer.Channel(new)
        channel.stop()  # a piece still fading out there goes now: never more than two in memory
        sound.set_volume(self._music_level)
        channel.play(sound, loops=-1, fade_ms=MUSIC_FADE_MS)
        if old is not None:
            # The channel keeps the old Sound alive until its fade ends, then the mixer lets go of it.
            _fade_out(pygame.mixer.Channel(old))
        self._channel = new
        self._playing = (path, sound)
        self._started = (time.monotonic(), offset)

    def _fade_out_playing(self) -> None:
        """(Under the lock.)"""
        self._remember_where_left()
        if self._channel is not None:
            _fade_out(pygame.mixer.Channel(self._channel))
        self._channel = None
        self._playing = None

    def _remember_where_left(self) -> None:
        """(Under the lock.)"""
        if self._playing is not None:
            path, sound = self._playing
            clock, offset = self._started
            length = sound.get_length()
            if length > 0:
                self._left_at[path] = (offset + time.monotonic() - clock) % length

    # --- loops ---------------------------------------------------------------------------------------------------

    def swell(self, kind: str) -> None:
        """The ambience loops that swell on this event kind get louder for a moment (`swell_on` in the story)."""
        for i, loop in enumerate(self.story.ambience):
            if loop.swell_on == kind:
                self._swells[i] = 1.0

    def intrusion(self) -> None:
        """An intrusion is heard (the same as `swell("intrusion")`)."""
        self.swell("intrusion")

    def ambience_levels(self, erasure: float, night_progress: float) -> tuple[float, ...]:
        """How loud each of the story's ambience loops is meant to be now, before the volume settings: its base, plus
        its gain times the measure it follows, doubled at the height of a swell."""
        measures = {"erasure": erasure, "progress": night_progress}
        return tuple((loop.base + loop.gain * measures.get(loop.follows, 0.0)) * (1 + swell)
                     for loop, swell in zip(self.story.ambience, self._swells))

    def ambience_volume(self, cue: str) -> float:
        """The volume the mixer plays the ambience loop `cue` at now (0 when it is not playing)."""
        for i, loop in enumerate(self.story.ambience):
            if loop.cue == cue and self.enabled:
                channel = pygame.mixer.Channel(FIRST_LOOP_CHANNEL + i)
                return channel.get_volume() if channel.get_busy() else 0.0
        return 0.0

    def update(self, dt: float, erasure: float, night_progress: float, playing: bool) -> None:
        """Set the loops' volumes for this moment of the night (called every fixed step): `erasure` is the erasure
        level of the memory being read (0 outside the erasure), `night_progress` 0..1; `playing` False stops them."""
        self._swells = [max(0.0, swell - dt / SWELL_SECONDS) for swell in self._swells]
        if not self.enabled:
            return
        s = self.settings
        self._music_level = s.master_volume * s.music_volume * (1 - 0.5 * erasure)
        with self._lock:
            if self._playing is not None:
                # The Sound's own volume, so it multiplies with the channel's, which the mixer's fades drive.
                self._playing[1].set_volume(self._music_level)
        effects = s.master_volume * s.effects_volume
        levels = self.ambience_levels(erasure, night_progress)
        for i, (loop, volume) in enumerate(zip(self.story.ambience, levels)):
            ch = pygame.mixer.Channel(FIRST_LOOP_CHANNEL + i)
            sound = self._sound(loop.cue) if playing else None
            if sound is None:
                ch.stop()
                continue
            if not ch.get_busy():
                ch.play(sound, loops=-1, fade_ms=800)
            ch.set_volume(min(1.0, effects * volume))

    def stop_loops(self) -> None:
        if self.enabled:
            for i in range(len(self.story.ambience)):
                pygame.mixer.Channel(FIRST_LOOP_CHANNEL + i).stop()


def _fade_out(channel: pygame.mixer.Channel) -> None:
    """SDL_mixer ignores a fade-out on a channel whose volume is still 0 (a fade-in that has only just begun), which
    would leave that piece playing for good: such a channel is silent anyway, so it simply stops."""
    if channel.get_volume() == 0:
        channel.stop()
    else:
        channel.fadeout(MUSIC_FADE_MS)


def _rotated(raw: bytes, seconds: float) -> bytearray:
    """The loop in raw (the mixer's format) starting `seconds` in, cut on a whole frame. Copied a megabyte at a
    time, so the main thread gets the interpreter between the pieces and no frame waits for the copy."""
    rate, size, channels = pygame.mixer.get_init()
    frame = abs(size) // 8 * channels
    n = len(raw)
    cut = (int(seconds * rate) * frame) % n if n else 0
    out = bytearray(n)
    src = memoryview(raw)
    step = 1 << 20
    for dst_start, src_start, count in ((0, cut, n - cut), (n - cut, 0, cut)):
        for i in range(0, count, step):
            j = min(count, i + step)
            out[dst_start + i:dst_start + j] = src[src_start + i:src_start + j]
    return out
