"""Every screen fits every window at every text size, in every language: menu rows stay on the canvas and apart,
their words stay inside their rows, and the end card's lines neither leave the screen nor sit on one another."""

import pygame
import pytest

from eternal.model.night import Night
from eternal.persistence.saves import write_save
from eternal.persistence.settings import Settings
from eternal.presentation.app import STEP, App
from eternal.presentation.screens.end import EndScreen
from eternal.presentation.screens.pause import PauseScreen
from eternal.presentation.screens.settings_screen import SettingsScreen
from eternal.presentation.screens.slots import SlotsScreen
from eternal.presentation.screens.title import TitleScreen
from playthrough import play_to_end

SIZES = [(1280, 720), (1920, 1080)]
LOOKS = [(lang, scale) for lang in ("en", "de") for scale in (1.0, 2.0)]


@pytest.fixture(scope="module", params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def app(request, real_story, tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    night = Night.new(real_story)
    for _ in range(5):
        night.continue_()
    write_save(home, "slot2", night.state.to_dict(), "a title long enough to need cutting down " * 3)
    (home / "saves" / "slot5.json").write_text('{"kind": "eternal-save", "format": 1, "state": {"stor')
    app = App(real_story, home=home, settings=Settings(), size=request.param)
    app.start_night(night, save=False)
    app.frame(STEP)
    yield app
    pygame.quit()


def look(app, lang: str, scale: float) -> None:
    app.settings.language = lang
    app.settings.text_scale = scale


def fits(app, menu) -> None:
    """The rows lie inside the canvas and do not overlap; each row's words lie inside the row."""
    canvas = app.canvas_rect.copy()
    canvas.topleft = (0, 0)
    assert len(menu.laid_out) == len(menu.items)
    rects = [item.rect for item in menu.laid_out]
    for i, rect in enumerate(rects):
        assert canvas.contains(rect), (menu.laid_out[i].label, tuple(rect), canvas.size)
        assert rect.collidelist(rects[i + 1:]) == -1, menu.laid_out[i].label
    for ink in menu.ink:
        assert any(row.contains(ink) for row in rects), tuple(ink)
    for heading in menu.headings:
        assert canvas.contains(heading) and heading.collidelist(rects) == -1


def render(app, screen) -> None:
    app.stack.push(screen)
    try:
        app.render()
    finally:
        app.stack.pop()


@pytest.mark.parametrize("lang,scale", LOOKS)
def test_the_title_menu_fits(app, lang, scale):
    look(app, lang, scale)
    title = TitleScreen(app.services)
    saved = app.stack.screens
    app.stack.reset(title)
    try:
        app.render()
        fits(app, title.menu)
        assert len(title.menu.items) >= 4
    finally:
        app.stack.screens = saved


@pytest.mark.parametrize("lang,scale", LOOKS)
def test_the_pause_menu_fits_and_quit_is_on_its_card(app, lang, scale):
    look(app, lang, scale)
    pause = PauseScreen(app.services)
    render(app, pause)
    fits(app, pause.menu)
    labels = [item.label for item in pause.menu.laid_out]
    assert labels[-1] == pause.menu.items[-1].label()  # "Quit" (or the title in kiosk mode) is laid out too
    # the card ends below the last row: no row stands on the text box of the night behind it
    last = pause.menu.laid_out[-1].rect
    pixel = app.window.get_at((app.canvas_rect.x + last.right - 4, app.canvas_rect.y + last.bottom))
    assert max(pixel[:3]) < 60


@pytest.mark.parametrize("lang,scale", LOOKS)
def test_the_settings_fit_in_their_groups(app, lang, scale):
    look(app, lang, scale)
    settings = SettingsScreen(app.services)
    render(app, settings)
    fits(app, settings.menu)
    assert len(settings.menu.headings) == 4


@pytest.mark.parametrize("saving", [False, True])
@pytest.mark.parametrize("lang,scale", LOOKS)
def test_the_save_and_load_lists_fit(app, lang, scale, saving):
    look(app, lang, scale)
    slots = SlotsScreen(app.services, saving=saving)
    render(app, slots)
    fits(app, slots.menu)


@pytest.mark.parametrize("lang,scale", LOOKS)
def test_the_end_card_fits(app, real_story, lang, scale):
    look(app, lang, scale)
    night = app.night
    try:
        for policy in ("comply", "hide"):  # nothing kept; and a list of what he kept
            app.session.night = Night.new(real_story)
            play_to_end(app.night, policy)
            end = EndScreen(app.services)
            render(app, end)
            canvas = pygame.Rect((0, 0), app.canvas_rect.size)
            assert len(end.laid_out) >= 4 + len(app.night.kept()[:1])
            for i, rect in enumerate(end.laid_out):
                assert canvas.contains(rect), tuple(rect)
                assert rect.collidelist(end.laid_out[i + 1:]) == -1
    finally:
        app.session.night = night


@pytest.mark.parametrize("lang,scale", LOOKS)
def test_the_map_fits(app, lang, scale):
    look(app, lang, scale)
    canvas = pygame.Surface(app.canvas_rect.size)
    app.map_view.draw(canvas, app.night, lang, 0.0, [], scale=scale)
    cards = list(app.map_view.cards.values())
    for i, rect in enumerate(cards):
        assert canvas.get_rect().contains(rect)
        assert rect.collidelist(cards[i + 1:]) == -1
    for text, rect in app.map_view.texts:
        assert canvas.get_rect().contains(rect), text


def test_a_click_on_the_left_of_a_value_turns_it_down_and_on_the_right_up(app):
    look(app, "en", 1.0)
    settings = SettingsScreen(app.services)
    render(app, settings)
    row = next(i for i, item in enumerate(settings.menu.laid_out) if item.label.startswith("Music"))
    value = settings.menu.values[row]
    before = app.settings.music_volume
    settings.menu.click((value.left + 2, value.centery))
    assert app.settings.music_volume < before
    settings.menu.click((value.right - 2, value.centery))
    assert app.settings.music_volume == before


@pytest.mark.parametrize("lang,scale", [(lang, scale) for lang in ("en", "de") for scale in (1.0, 1.25, 1.5, 1.75, 2.0)])
def test_the_settings_preview_keeps_its_text_inside_its_box(app, lang, scale):
    look(app, lang, scale)
    settings = SettingsScreen(app.services)
    render(app, settings)
    box = settings.preview_box
    canvas = pygame.Rect((0, 0), app.canvas_rect.size)
    assert box.width > 0 and canvas.contains(settings.preview_area)
    assert settings.preview_area.contains(box), (tuple(box), tuple(settings.preview_area))
    assert settings.preview_ink
    for ink in settings.preview_ink:
        assert box.contains(ink), (tuple(ink), tuple(box))
