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
def test_a_memory_skips_at_most_once_a_second(level):
    """A skip is one shallow dip (one flash at most); tests/test_flashes.py measures what reaches the screen."""
    step = 1 / 240
    onsets = []
    previous = 0.0
    for i in range(int(60 / step)):
        t = i * step
        now = skip_flicker(t, level)
        if now > 0 and previous == 0:
            onsets.append(t)
        previous = now
        assert now <= 0.25
    assert onsets, "the memory should skip now and then once the erasure is under way"
    for i, t in enumerate(onsets):
        assert sum(1 for u in onsets[i:] if u < t + 1.0) <= 1


def test_a_layer_thins_through_a_soft_band_never_along_a_hard_cut():
    from eternal.presentation.dissolve import kept_table

    assert set(kept_table(0.0)) == {255} and set(kept_table(1.0)) == {0}
    for progress in (0.2, 0.5, 0.8):
        table = list(kept_table(progress))
        assert table == sorted(table)  # more of what holds out longer is kept
        soft = [a for a in table if 0 < a < 255]
        assert len(soft) >= 40  # a band of a sixth of the field is partly there: a soft edge
        assert max(abs(a - b) for a, b in zip(table, table[1:])) <= 12


def test_the_noise_takes_the_share_of_a_layer_the_progress_says():
    from eternal.presentation.dissolve import NoiseField

    pygame.display.init()
    field = NoiseField((160, 90), "a seed")
    kept = [sum(pygame.image.tobytes(field.mask(p), "RGBA")[3::4]) / (255 * 160 * 90) for p in (0.25, 0.5, 0.75)]
    assert kept[0] > kept[1] > kept[2]
    assert abs(kept[1] - 0.5) < 0.05  # the field is spread evenly: half way, half of it is there
    pygame.display.quit()


def test_a_mask_scaled_to_4k_has_no_blocks_or_steps():
    """Neighbouring pixels of a thinning layer's mask at 3840x2160 differ by little: soft edges, no mosaic."""
    from eternal.presentation.dissolve import FIELD_WIDTH, NoiseField

    pygame.display.init()
    size = (3840, 2160)
    field = NoiseField((FIELD_WIDTH, FIELD_WIDTH * 9 // 16), "4k", edge_bias=0.5)
    big = pygame.Surface(size, pygame.SRCALPHA)
    pygame.transform.smoothscale(field.mask(0.5), size, big)
    worst = 0
    for y in range(0, 2160, 97):  # rows across the picture, and the row under each (vertical steps)
        row = pygame.image.tobytes(big.subsurface((0, y, 3840, 2)), "RGBA")[3::4]
        top, under = row[:3840], row[3840:]
        worst = max(worst, max(abs(a - b) for a, b in zip(top, top[1:])), max(abs(a - b) for a, b in zip(top, under)))
    assert 0 < worst <= 12
    pygame.display.quit()


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


def test_the_last_light_goes_out_so_the_next_memory_rises_from_the_dark(real_story):
    memory = real_story.erase_order[0]
    nearly, gone = (_paint(real_story, memory, level) for level in (0.8, 0.999))
    assert _brightness(gone) < _brightness(nearly) * 0.1
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
    original = TextBox.render_row

    def spy(self, line_id, row, text, px, colour, loss, italic=False):
        seen.append((line_id, text, loss))
        return original(self, line_id, row, text, px, colour, loss, italic)

    monkeypatch.setattr(TextBox, "render_row", spy)
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
    night = Night.restore(mini_story, {**night.to_save(), "levels": {"late": 0.95}, "target": 0.95})  # nearly gone
    app.start_night(night, save=False)
    seen = _drawn_losses(app, monkeypatch)
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


@pytest.mark.parametrize("hurry", [False, True])
def test_a_memory_takes_its_time_to_go_after_its_last_line_and_a_press_hurries_it(mini_story, tmp_path, hurry):
    from eternal.model.night import Night
    from eternal.persistence.settings import Settings
    from eternal.presentation.app import STEP, App
    from eternal.presentation.screens.play import LAST_PHASE
    from playthrough import step

    app = App(mini_story, home=tmp_path, settings=Settings(), size=(320, 180), autosave=False)
    night = Night.new(mini_story)
    while night.state.scene != "late":
        step(night)
    app.start_night(night, save=False)
    while night.phase != "dissolving":
        step(night)
    frames = 0
    while night.state.scene == "late" and frames < 600:
        app.frame(STEP)
        frames += 1
        if hurry and frames == 2:
            app.act("advance")  # Space during the last phase
    seconds = frames * STEP
    if hurry:
        assert seconds < LAST_PHASE / 2
    else:
        assert LAST_PHASE - 0.2 <= seconds <= LAST_PHASE + 0.2  # not the second or so the model alone would take
    assert "late" in night.state.erased
    pygame.quit()
