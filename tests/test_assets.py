"""Pictures: a missing or broken file becomes a placeholder and a message; the cache stays within its budget;
the next memory's pictures are prepared ahead on a worker thread."""

import time

import pygame
import pytest

from conftest import ROOT
from eternal.presentation.assets import ArtCache, Warnings

SKY = str(ROOT / "art" / "last_fight" / "sky.svg")


@pytest.fixture(autouse=True)
def display():
    pygame.display.init()
    pygame.display.set_mode((64, 36))
    yield
    pygame.display.quit()


def test_a_missing_picture_becomes_a_placeholder_and_a_message(tmp_path, capsys):
    warnings = Warnings()
    art = ArtCache(warnings)
    surface = art.layer(str(tmp_path / "gone.svg"), (64, 36), "winter", "sky")
    assert surface.get_size() == (64, 36)
    assert warnings.messages and "gone.svg" in warnings.messages[0]
    assert "placeholder" in capsys.readouterr().err


def test_a_broken_picture_file_does_not_stop_the_game(tmp_path):
    broken = tmp_path / "broken.svg"
    broken.write_bytes(b"<svg this is not")
    warnings = Warnings()
    surface = ArtCache(warnings).layer(str(broken), (64, 36), "amber", "props")
    assert surface.get_size() == (64, 36)


def test_the_cache_keeps_within_its_budget():
    art = ArtCache(Warnings(), frames=2)
    for w in range(60, 70):
        art.layer(SKY, (w * 2, w), "winter", "sky")
    pictures, held = art.held
    assert held <= art.budget or pictures == 1
    assert pictures <= 3


def test_pictures_are_prepared_ahead_and_used_when_needed():
    art = ArtCache(Warnings())
    art.prefetch([SKY], (160, 90))
    for _ in range(200):
        if art.prepared(SKY, (160, 90)):
            break
        time.sleep(0.01)
    assert art.prepared(SKY, (160, 90))
    surface = art.layer(SKY, (160, 90), "winter", "sky")
    assert surface.get_size() == (160, 90)
    assert not art.prepared(SKY, (160, 90))
    art.close()
