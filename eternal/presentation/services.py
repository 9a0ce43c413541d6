"""What screens are handed instead of the app: the story, the player's settings, the painters, sound and art, the
night's session, the clock, and the view they draw into."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

import pygame

from eternal.model.story import Story
from eternal.persistence.settings import Settings
from eternal.persistence.story_home import story_home
from eternal.presentation.assets import ArtCache, Fonts, Warnings
from eternal.presentation.audio import Audio
from eternal.presentation.dissolve import MemoryPainter
from eternal.presentation.launch import LaunchOptions
from eternal.presentation.loop import Clock
from eternal.presentation.map_view import MapView
from eternal.presentation.session import Session
from eternal.presentation.textbox import TextBox
from eternal.presentation.voice import Voice
from eternal.presentation.workers import detect_workers

FONT_DIR = Path(__file__).with_name("fonts")


class _Stack(Protocol):
    """What the view reads of the screen stack (stack.py, which imports the screens, which import this module)."""

    fade: object

    @property
    def top(self) -> object: ...


class View:
    """Where the screens draw: the 16:9 canvas inside the window, a scratch frame, and what is in front."""

    def __init__(self, canvas_rect: pygame.Rect) -> None:
        self.canvas_rect = canvas_rect
        self.stack: _Stack | None = None  # set once the first screen stands
        self.thumbnail: pygame.Surface | None = None  # the night as it stood when a screen last covered it
        self._offscreen: pygame.Surface | None = None

    def in_front(self, screen: object) -> bool:
        """The screen is the top one."""
        return self.stack is not None and self.stack.top is screen

    @property
    def fading(self) -> bool:
        """A cross-fade from an earlier frame is still being drawn over the screens."""
        return self.stack is not None and self.stack.fade is not None

    def offscreen(self, size: tuple[int, int]) -> pygame.Surface:
        """A canvas-sized scratch picture, made once per size (for effects that transform a whole frame)."""
        if self._offscreen is None or self._offscreen.get_size() != size:
            self._offscreen = pygame.Surface(size).convert()
        return self._offscreen

    @staticmethod
    def veil(canvas: pygame.Surface, amount: float) -> None:
        """Darken the canvas by `amount` (0..1): the fade between memories."""
        if amount <= 0.004:
            return
        if amount >= 0.996:
            canvas.fill((0, 0, 0))
            return
        # Multiplying toward black costs one pass and no extra full-screen surface.
        value = int(255 * (1 - amount))
        canvas.fill((value, value, value), special_flags=pygame.BLEND_RGB_MULT)


@dataclass(frozen=True)
class Services:
    """Everything a screen may use. Screens ask for navigation by returning requests (see navigation.py)."""

    story: Story
    settings: Settings  # the settings this run plays with (see launch.run_settings)
    options: LaunchOptions
    home: Path  # the player's: settings
    story_home: Path  # this story's own folder in it: saves and read lines
    fonts: Fonts  # the story's type (serif)
    ui_fonts: Fonts  # the interface's type (sans)
    text: TextBox  # paints the story's lines
    labels: TextBox  # paints the interface's words
    painter: MemoryPainter
    map_view: MapView
    audio: Audio
    art: ArtCache
    warnings: Warnings
    session: Session
    clock: Clock
    view: View
    voice: Voice  # self-voicing: screens say what they drew (voice.py)

    @property
    def saves(self) -> bool:
        """Whether this run saves (a screening does not)."""
        return self.session.saves_enabled

    def cue(self, kind: str) -> None:
        """Play the sound the story answers this event kind with (move, pick, erased, ...), if it names one."""
        name = self.story.cues.get(kind)
        if name:
            self.audio.play(name)


def fonts() -> tuple[Fonts, Fonts]:
    """The story's type (serif) and the interface's (sans); pygame's own when a file is missing."""
    serif, sans = FONT_DIR / "DejaVuSerif.ttf", FONT_DIR / "DejaVuSans.ttf"
    return Fonts(str(serif) if serif.is_file() else None), Fonts(str(sans) if sans.is_file() else None)


def folder_of(home: Path, story_id: str, saves: bool) -> Path:
    """The story's own folder for its saves and read lines (a cut of a story, `id-showcase`, has one of its own).
    Only a run that saves looks there: finding it may move an older version's saves into it."""
    folder_id = re.sub(r"[^a-z0-9_]", "_", story_id.lower())
    return story_home(home, folder_id) if saves else home / "stories" / folder_id


def build_services(story: Story, settings: Settings, options: LaunchOptions, home: Path, clock: Clock, view: View,
                   warnings: Warnings) -> Services:
    """Everything the screens share, for a display that is open (fonts and pictures need one)."""
    serif, sans = fonts()
    text, labels = TextBox(serif), TextBox(sans)
    workers = options.workers or detect_workers()  # once a run: threads, or the main thread in steps (a browser)
    art = ArtCache(warnings, story.eras, workers=workers)
    audio = Audio(story, settings, warnings, workers)
    own = folder_of(home, story.id, options.saves)
    session = Session(story, settings, own, saves=options.saves, audio=audio, art=art, warnings=warnings, clock=clock,
                      seed=options.seed)
    return Services(story=story, settings=settings, options=options, home=home, story_home=own, fonts=serif, ui_fonts=sans, text=text,
                    labels=labels, painter=MemoryPainter(art), map_view=MapView(labels), audio=audio, art=art,
                    warnings=warnings, session=session, clock=clock, view=view,
                    voice=Voice(settings, tell=lambda text: session.tell(text, once="voice:none")))


def with_story(services: Services, story: Story) -> tuple[Services, str]:
    """The same services for a reloaded story, its pictures and sounds (and its own save folder, when its id
    changed) from now on; the night goes on in it (the second value: why it started over instead, or "")."""
    services.audio.stop_loops()
    services.audio.music(None)
    services.art.clear()
    services.art.eras = story.eras  # the reloaded story's colours
    services.painter.resize((0, 0))
    audio = Audio(story, services.settings, services.warnings, services.audio.workers)
    own = services.story_home
    if story.id != services.story.id:  # another story now: its own saves and read lines, never the old one's
        own = folder_of(services.home, story.id, services.session.saves_enabled)
    problem = services.session.use_story(story, audio, own)
    return replace(services, story=story, audio=audio, story_home=own), problem
