"""Basic Game Accessibility Guidelines: readable text, contrast, no information by colour alone, no timed choice."""

import pygame
import pytest

from eternal.presentation import palette
from eternal.presentation.assets import Fonts
from eternal.presentation.textbox import TextBox


def luminance(rgb):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(box, alpha, background):
    k = alpha / 255
    return tuple(round(box[i] * k + background[i] * (1 - k)) for i in range(3))


@pytest.mark.parametrize("background", [(255, 255, 255), (250, 220, 120), (0, 0, 0), (120, 200, 220)])
@pytest.mark.parametrize("text", [palette.TEXT, palette.TEXT_DIM, palette.SPEAKER, palette.CHOICE_HOVER])
def test_text_keeps_at_least_4_5_to_1_over_any_picture(text, background):
    assert contrast(text, over(palette.BOX, palette.BOX_ALPHA, background)) >= 4.5


@pytest.mark.parametrize("background", [(255, 255, 255), (250, 220, 120)])
def test_subtitles_on_their_band_keep_4_5_to_1(background):
    assert contrast(palette.INTRUSION, over(palette.BOX, 170, background)) >= 4.5


def test_default_text_is_at_least_28_px_at_1080p():
    pygame.font.init()
    box = TextBox(Fonts(None))
    assert box.layout((1920, 1080)).font_px >= 28


def test_choices_wait_for_the_player(mini_story):
    from eternal.model.night import Night
    from test_rules import read_until

    night = Night.new(mini_story)
    read_until(night, "late", "b")
    for _ in range(10000):
        night.tick(0.1)
    assert night.phase == "choosing" and night.state.beat == "b"


def test_the_map_labels_every_node_and_its_state(mini_story):
    """Erased, searched and unmapped differ by shape and by their label, not only by colour."""
    from eternal.presentation.ui_text import UI

    for lang in ("en", "de"):
        legend = [UI[lang][k] for k in ("legend_mapped", "legend_erased", "legend_unmapped", "legend_searched")]
        assert len({item[0] for item in legend}) == 4  # four different shapes lead the four entries
        assert UI[lang]["erased"]
