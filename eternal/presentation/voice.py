"""Self-voicing: the screens' words said aloud when the player turns it on (V, or the settings row).

Screens say what they DREW (the words they laid out, never the model's), through the `Voice` in their services, and
only in front: `front(screen)` tells the voice who is speaking (a screen coming to the front says its title again)
and `new(channel, key)` lets a screen say a thing once, when it is first drawn, not on every frame that draws it.
The speech itself runs off the game's thread (speech.py); where nothing can speak the game stays silent and says so
once, in the interface text.
"""

from __future__ import annotations

import os
import weakref
from dataclasses import dataclass, field
from typing import Callable, Hashable, Protocol, Sequence

from eternal.persistence.settings import Settings
from eternal.presentation.navigation import SettingChanged
from eternal.presentation.speech import Speaker, choose_engine
from eternal.presentation.ui_text import ui

_ENDS_SENTENCE = (".", "!", "?", "…", ":", ";", "—")


class Backend(Protocol):
    """What speaks: a `speech.Speaker`, or a fake."""

    failed: bool

    def speak(self, text: str, lang: str, interrupt: bool = True) -> None: ...

    def stop(self) -> None: ...


@dataclass(frozen=True)
class Said:
    text: str
    lang: str
    interrupt: bool


@dataclass
class RecordingVoice:
    """A backend that only writes down what it was asked to say (tests)."""

    spoken: list[Said] = field(default_factory=list)
    stops: int = 0
    failed: bool = False

    def speak(self, text: str, lang: str, interrupt: bool = True) -> None:
        self.spoken.append(Said(text, lang, interrupt))

    def stop(self) -> None:
        self.stops += 1

    @property
    def texts(self) -> list[str]:
        return [s.text for s in self.spoken]

    def clear(self) -> None:
        self.spoken.clear()


class Quiet:
    """A run told to make no sound says nothing aloud either."""

    failed = False

    def speak(self, text: str, lang: str, interrupt: bool = True) -> None:
        pass

    def stop(self) -> None:
        pass


def platform_backend() -> Backend | None:
    """The platform's speech (speech.py picks the program), or None where nothing can speak. A run on SDL's silent
    audio driver (the tests, the headless drivers) stays quiet unless ETERNAL_VOICE names an engine."""
    if os.environ.get("SDL_AUDIODRIVER", "").strip().lower() == "dummy" and not os.environ.get("ETERNAL_VOICE"):
        return Quiet()
    engine = choose_engine()
    return Speaker(engine) if engine is not None else None


def sentences(parts: Sequence[str | None]) -> str:
    """Parts said one after another, each ended as a sentence (a pause between them), empty ones left out."""
    out = []
    for part in parts:
        part = (part or "").strip()
        if part:
            out.append(part if part.endswith(_ENDS_SENTENCE) else part + ".")
    return " ".join(out)


class Voice:
    """Says the screens' words when self-voicing is on; a missing backend is silence and one notice."""

    def __init__(self, settings: Settings, tell: Callable[[str], None] | None = None,
                 find: Callable[[], Backend | None] = platform_backend) -> None:
        self.settings = settings
        self.tell = tell  # how the game shows a notice (the session's)
        self._find = find
        self._backend: Backend | None = None
        self._looked = False  # the backend is looked for at the first word, not at start-up
        self._told = False
        self._front: weakref.ref | None = None
        self._said: dict[Hashable, Hashable] = {}

    @property
    def on(self) -> bool:
        return self.settings.self_voicing

    def use(self, backend: Backend | None) -> None:
        """Speak through this backend from now on (None: there is none)."""
        if self._backend is not None:
            self._backend.stop()
        self._backend, self._looked, self._told = backend, True, False

    def backend(self) -> Backend | None:
        if not self._looked:
            self._looked = True
            self._backend = self._find()
        return self._backend

    def say(self, text: str, lang: str, interrupt: bool = True) -> None:
        """Say `text` in `lang` (a BCP 47 tag), cutting what is being said short unless `interrupt` is False (then
        it waits its turn). Nothing while self-voicing is off."""
        if not self.on or not text.strip():
            return
        backend = self.backend()
        if backend is None or backend.failed:
            if not self._told:
                self._told = True
                if self.tell is not None:
                    self.tell(ui(lang, "no_voice"))
            return
        backend.speak(text, lang, interrupt)

    def stop(self) -> None:
        """Stop talking now."""
        if self._backend is not None:
            self._backend.stop()

    def toggle(self) -> SettingChanged:
        """V: self-voicing on or off; on, the screen in front says itself again. The request keeps the setting."""
        self.settings.self_voicing = not self.settings.self_voicing
        self.forget()
        if not self.on:
            self.stop()
        return SettingChanged("self_voicing")

    def forget(self) -> None:
        """Everything is new again: the screen in front says its title and what it shows at its next frame."""
        self._front = None
        self._said.clear()

    # --- what screens call as they draw ---------------------------------------------------------------------------

    def front(self, screen: object) -> bool:
        """`screen` draws in front and may speak; True when it has just come there (it says its title then). A
        screen speaking while the voice is off is not remembered: turned on, the voice hears it anew."""
        if not self.on:
            self.forget()
            return False
        if self._front is not None and self._front() is screen:
            return False
        self._front = weakref.ref(screen)
        self._said.clear()
        return True

    def new(self, channel: Hashable, key: Hashable) -> bool:
        """True the first time `channel` (the line, the options, the focused row, ...) shows `key` since the screen
        came to the front: time to say it."""
        if not self.on or self._said.get(channel, _NOTHING) == key:
            return False
        self._said[channel] = key
        return True


_NOTHING = object()


class Menu(Protocol):
    selected: int

    @property
    def laid_out(self) -> Sequence: ...


def speak_menu(voice: Voice, screen: object, heading: str, menu: Menu, lang: str, notice: str = "") -> None:
    """A menu screen as drawn: on coming to the front its heading and the focused row; then the focused row (with its
    value) whenever it or its value changes; a notice the screen shows, after what is being said."""
    opened = voice.front(screen)
    rows = menu.laid_out
    if rows:
        row = rows[min(menu.selected, len(rows) - 1)].label
        if voice.new("focus", (menu.selected, row)):
            voice.say(sentences([heading, row]) if opened else row, lang)
    elif opened:
        voice.say(heading, lang)
    if notice and voice.new("notice", notice):
        voice.say(notice, lang, interrupt=False)
