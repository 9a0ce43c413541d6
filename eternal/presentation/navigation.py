"""What a screen may ask of the game: requests a screen returns from its handlers; the app carries them out.
Screens never call the app (and never import it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

from eternal.presentation.transition import SCREEN_FADE

if TYPE_CHECKING:
    from eternal.model.night import Night

Screen = Any  # a screen (screens.base.Screen, which imports this module: named loosely to keep the import one way)


@dataclass(frozen=True)
class Push:
    """Put a screen over the one in front (the night is thumbnailed first when it is the one covered)."""

    screen: Screen


@dataclass(frozen=True)
class Pop:
    """Close the screen in front."""


@dataclass(frozen=True)
class Replace:
    """Swap the screen in front for another, cross-fading over `fade` seconds."""

    screen: Screen
    fade: float = SCREEN_FADE


@dataclass(frozen=True)
class Fade:
    """Blend the frame on screen away over whatever is drawn next (a jump within the night)."""

    seconds: float


@dataclass(frozen=True)
class StartNight:
    """Leave whatever is shown and live this night (`save`: write the autosave at once)."""

    night: "Night"
    save: bool = True


@dataclass(frozen=True)
class NewNight:
    """A new night from the story's start (`save_left`: the night being left is autosaved first, to stay loadable)."""

    save_left: bool = False


@dataclass(frozen=True)
class Resume:
    """Continue from the newest save that resumes (or say on the title why none does)."""


@dataclass(frozen=True)
class ToTitle:
    save: bool = True
    notice: str = ""


@dataclass(frozen=True)
class Quit:
    pass


@dataclass(frozen=True)
class SettingChanged:
    """The player changed one setting (by name): it is kept, and written to disk."""

    name: str


@dataclass(frozen=True)
class NextLanguage:
    """The story's next language (the L key, the settings row)."""


@dataclass(frozen=True)
class ToggleFullscreen:
    pass


Request = Union[Push, Pop, Replace, Fade, StartNight, NewNight, Resume, ToTitle, Quit, SettingChanged, NextLanguage,
                ToggleFullscreen]


def first(*requests: "Request | None") -> "Request | None":
    """The first request that is one (a handler that asks nothing returns None)."""
    return next((r for r in requests if r is not None), None)
