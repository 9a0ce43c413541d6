"""The look of forgetting: what goes first, what goes last, how often the memory may skip."""

import pygame
import pytest

from eternal.model.story import DEFAULT_GOES
from eternal.presentation.dissolve import layer_progress, skip_flicker
from eternal.presentation.textbox import dropped, letter_loss


def test_faces_go_first_then_words_then_objects_then_the_light_and_the_place():
    first_gone = {kind: goes[1] for kind, goes in DEFAULT_GOES.items()}
    assert first_gone["figures"] < first_gone["props"] < first_gone["room"] <= first_gone["sky"]
    assert DEFAULT_GOES["figures"][0] <= DEFAULT_GOES["props"][0] <= DEFAULT_GOES["room"][0] <= DEFAULT_GOES["sky"][0]
    assert letter_loss(0.2) == 0 and letter_loss(0.5) > 0  # words start to go after the faces


def test_layer_progress_runs_inside_its_part_of_the_erasure():
    assert layer_progress(0.1, (0.2, 0.6)) == 0
    assert layer_progress(0.4, (0.2, 0.6)) == pytest.approx(0.5)
    assert layer_progress(0.9, (0.2, 0.6)) == 1


def test_the_same_letters_go_first_every_time():
    a = dropped("m.b", "Everything she said that night", 0.3)
    b = dropped("m.b", "Everything she said that night", 0.3)
    more = dropped("m.b", "Everything she said that night", 0.45)
    assert a == b and a <= more and len(more) > len(a)
    assert all("Everything she said that night"[i].isalnum() for i in more)


@pytest.mark.parametrize("level", [0.2, 0.6, 1.0])
def test_never_more_than_three_flashes_in_any_second(level):
    step = 1 / 240
    onsets = []
    previous = 0.0
    for i in range(int(60 / step)):
        t = i * step
        now = skip_flicker(t, level)
        if now > 0 and previous == 0:
            onsets.append(t)
        previous = now
    assert onsets, "the memory should skip now and then once the erasure is under way"
    for i, t in enumerate(onsets):
        assert sum(1 for u in onsets[i:] if u < t + 1.0) <= 3


def test_an_intact_memory_does_not_skip():
    assert all(skip_flicker(i / 100, 0.05) == 0 for i in range(6000))


def _paint(story, memory_id, level, reduce_motion=False, t=0.0):
    from eternal.presentation.assets import ArtCache, Warnings
    from eternal.presentation.dissolve import MemoryPainter

    pygame.display.init()
    pygame.display.set_mode((320, 180))
    canvas = pygame.Surface((320, 180))
    MemoryPainter(ArtCache(Warnings())).render(canvas, story.memories[memory_id], level, t, reduce_motion, exact=True)
    return canvas


def _difference(a, b):
    total = 0
    for y in range(0, 180, 6):
        for x in range(0, 320, 6):
            ca, cb = a.get_at((x, y)), b.get_at((x, y))
            total += abs(ca.r - cb.r) + abs(ca.g - cb.g) + abs(ca.b - cb.b)
    return total


def _saturation(surface):
    total = 0
    for y in range(0, 180, 6):
        for x in range(0, 320, 6):
            c = surface.get_at((x, y))
            total += max(c.r, c.g, c.b) - min(c.r, c.g, c.b)
    return total


def _brightness(surface):
    return sum(sum(surface.get_at((x, y))[:3]) for y in range(0, 180, 6) for x in range(0, 320, 6))


def test_the_picture_drains_and_darkens_as_it_is_erased(real_story):
    memory = real_story.erase_order[0]
    intact, half, late = (_paint(real_story, memory, level) for level in (0.0, 0.5, 0.9))
    assert _difference(intact, half) > 0 and _difference(half, late) > 0
    assert _saturation(half) < _saturation(intact) * 0.6
    assert _brightness(late) < _brightness(half) < _brightness(intact)
    pygame.display.quit()


def test_reduce_motion_still_erases_with_plain_fades(real_story):
    memory = real_story.erase_order[0]
    plain = _paint(real_story, memory, 0.5, reduce_motion=True)
    intact = _paint(real_story, memory, 0.0, reduce_motion=True)
    assert _difference(plain, intact) > 0
    pygame.display.quit()
