import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
# Nothing a test runs (autoplay, the game in a subprocess) may write into the user's own game folder.
os.environ.setdefault("ETERNAL_HOME", tempfile.mkdtemp(prefix="eternal-test-home-"))

ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).resolve().parent / "fixtures" / "mini" / "scenes"
SCENES = ROOT / "scenes"


@pytest.fixture(scope="session")
def mini_story():
    from eternal.loader import load_story

    result = load_story(MINI)
    assert result.ok, [str(p) for p in result.problems]
    return result.story


@pytest.fixture(scope="session")
def real_story():
    from eternal.loader import load_story

    result = load_story(SCENES)
    assert result.ok, [str(p) for p in result.problems]
    return result.story


@pytest.fixture
def mini_copy(tmp_path):
    """A writable copy of the mini story, to break on purpose."""
    target = tmp_path / "story" / "scenes"
    shutil.copytree(MINI, target)
    return target
