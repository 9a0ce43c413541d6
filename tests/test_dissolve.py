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


def _drawn_losses(app, monkeypatch):
    """Record (line id, letters lost) for every line the text box renders."""
    from eternal.presentation.textbox import TextBox

    seen = []
    original = TextBox._render

    def spy(self, line_id, row, text, px, colour, loss, italic=False):
        seen.append((line_id, text, loss))
        return original(self, line_id, row, text, px, colour, loss, italic)

    monkeypatch.setattr(TextBox, "_render", spy)
    return seen


@pytest.mark.parametrize("contrast,reduce", [(False, False), (True, False), (False, True)])
def test_the_line_being_read_prompts_and_options_stay_whole_as_the_memory_goes(mini_story, tmp_path, monkeypatch,
                                                                                contrast, reduce):
    from eternal.model.night import Night
    from eternal.persistence.settings import Settings
    from eternal.presentation.app import STEP, App
    from playthrough import step

    app = App(mini_story, home=tmp_path, settings=Settings(high_contrast=contrast, reduce_motion=reduce), size=(640, 360),
              autosave=False)
    night = Night.new(mini_story)
    while night.state.scene != "late" or night.state.beat != "b":  # a choice in the first memory erased
        step(night)
    app.start_night(night, save=False)
    seen = _drawn_losses(app, monkeypatch)
    night.state.levels["late"] = 0.95
    night.state.target = 0.95
    for _ in range(3):
        app.frame(STEP)
    assert app.box.laid_out and all(loss == 0 for _, _, loss in seen)  # options (and their context) whole
    night.choose("sorry")
    seen.clear()
    for _ in range(30):
        app.frame(STEP)
    assert night.line.id == "late.c" and any(text == "She nods." for _, text, _ in seen)
    assert all(loss == 0 for _, _, loss in seen)  # the line being read: whole at 95 % erased
    night.continue_()  # the last line read: the memory dissolves and the line leaves with it
    seen.clear()
    for _ in range(40):
        app.frame(STEP)
    leaving = [loss for line_id, _, loss in seen if line_id.startswith("late.c")]
    if contrast or reduce:
        assert leaving and all(loss == 0 for loss in leaving)  # high contrast and reduce motion keep it whole
    else:
        assert leaving and max(leaving) > 0  # the line already read loses letters as it goes
    pygame.quit()
