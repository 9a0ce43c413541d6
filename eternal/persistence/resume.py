"""Continue: the newest save that resumes in this story, falling back through older ones, and what was passed over."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from eternal.model.night import Night
from eternal.model.state import SaveError
from eternal.model.story import Story
from eternal.persistence.saves import SaveInfo, resume_order


def restore(story: Story, info: SaveInfo) -> Night:
    """The night a save holds, checked against the story; SaveError says why it cannot be resumed."""
    if not info.ok or info.state is None:
        raise SaveError(info.problem or "the save holds no game state")
    night = Night.restore(story, info.state)
    night.state.check_in(story)
    return night


def resumes(story: Story, info: SaveInfo) -> bool:
    """True when `info` is a save this story can play on from."""
    try:
        restore(story, info)
    except SaveError:
        return False
    return True


@dataclass(frozen=True)
class Resumed:
    """The night Continue found (None: no save resumes), the save it came from, and each newer save it skipped with
    the reason."""

    night: Night | None
    info: SaveInfo | None
    skipped: tuple[tuple[SaveInfo, str], ...]


def resume_newest(story: Story, home: Path) -> Resumed:
    """Try the saves newest first; the first that resumes wins. Nothing on disk is changed."""
    skipped: list[tuple[SaveInfo, str]] = []
    for info in resume_order(home):
        try:
            night = restore(story, info)
        except SaveError as exc:
            skipped.append((info, str(exc)))
            continue
        return Resumed(night, info, tuple(skipped))
    return Resumed(None, None, tuple(skipped))
