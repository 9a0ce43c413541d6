"""Music, the erasure's hum, the party behind the wall, and small cues. With no audio device, all of it is silent."""

from __future__ import annotations

import os

import pygame

from eternal.model.story import Story
from eternal.persistence.settings import Settings
from eternal.presentation.assets import Warnings

MUSIC_FADE_MS = 1200
HUM_CHANNEL, PARTY_CHANNEL, CUE_CHANNEL = 0, 1, 2


class Audio:
    """Plays what the story names; reads volumes from the settings each update, so changes apply at once."""

    def __init__(self, story: Story, settings: Settings, warnings: Warnings) -> None:
        self.story = story
        self.settings = settings
        self.warnings = warnings
        self.enabled = False
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._music_path: str | None = None
        self._party_boost = 0.0
        if os.environ.get("SDL_AUDIODRIVER") == "dummy" and os.environ.get("ETERNAL_FORCE_AUDIO") != "1":
            return  # headless runs stay silent and quick
        try:
            pygame.mixer.init(frequency=22050, size=-16, channels=2, buffer=1024)
            pygame.mixer.set_num_channels(8)
            pygame.mixer.set_reserved(3)
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

    def play(self, cue: str) -> None:
        """A one-off cue (erase, found, hide, ui_move, ui_pick)."""
        if not self.enabled:
            return
        sound = self._sound(cue)
        if sound is not None:
            sound.set_volume(self.settings.master_volume * self.settings.effects_volume)
            pygame.mixer.Channel(CUE_CHANNEL).play(sound)

    def music(self, path: str | None) -> None:
        """Cross-fade to another loop (None: fade out)."""
        if not self.enabled or path == self._music_path:
            return
        self._music_path = path
        try:
            pygame.mixer.music.fadeout(MUSIC_FADE_MS // 2)
            if path:
                pygame.mixer.music.load(path)
                pygame.mixer.music.play(loops=-1, fade_ms=MUSIC_FADE_MS)
        except pygame.error as exc:
            self.warnings.add(path or "music", f"cannot play music: {exc}")

    def music_for(self, era: str, own: str | None = None) -> None:
        self.music(own or self.story.music.get(era))

    def intrusion(self) -> None:
        """The party gets louder for a moment while a technician's line comes through."""
        self._party_boost = 1.0

    def update(self, dt: float, erasure: float, night_progress: float, playing: bool) -> None:
        """Set the loops' volumes for this moment of the night (called every fixed step)."""
        if not self.enabled:
            return
        s = self.settings
        pygame.mixer.music.set_volume(s.master_volume * s.music_volume * (1 - 0.5 * erasure))
        effects = s.master_volume * s.effects_volume
        self._party_boost = max(0.0, self._party_boost - dt / 3)
        for channel, cue, volume in (
            (HUM_CHANNEL, "hum", 0.08 + 0.5 * erasure),  # dense and low: it needs less than the music
            (PARTY_CHANNEL, "party", (0.15 + 0.5 * night_progress) * (1 + self._party_boost)),
        ):
            ch = pygame.mixer.Channel(channel)
            sound = self._sound(cue) if playing else None
            if sound is None:
                ch.stop()
                continue
            if not ch.get_busy():
                ch.play(sound, loops=-1, fade_ms=800)
            ch.set_volume(min(1.0, effects * volume))

    def stop_loops(self) -> None:
        if self.enabled:
            pygame.mixer.Channel(HUM_CHANNEL).stop()
            pygame.mixer.Channel(PARTY_CHANNEL).stop()
