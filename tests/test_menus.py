"""The menus guard the player's place: the pause menu opens on Resume, and New night asks once more before it
throws the night being played away; no stray press or click ever starts one."""

import pygame
import pytest

from eternal.model.night import Night
from eternal.persistence.settings import Settings
from eternal.presentation.app import STEP, App
from eternal.presentation.screens.pause import PauseScreen
from eternal.presentation.screens.play import PlayScreen
from eternal.presentation.screens.slots import SlotsScreen


@pytest.fixture
def app(mini_story, tmp_path):
    app = App(mini_story, home=tmp_path, settings=Settings(), size=(640, 360))
    app.start_night(Night.new(mini_story))
    for _ in range(3):
        app.night.continue_()
    app.frame(STEP)
    yield app
    pygame.quit()


def key(k):
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="", scancode=0)


def press(app, *keys):
    for k in keys:
        app.handle(key(k))
        app.frame(STEP)


def place(app):
    return app.night.state.scene, app.night.state.beat, tuple(app.night.state.read)


def click_row(app, label_starts):
    pause = app.top
    app.render()
    row = next(item.rect for item in pause.menu.laid_out if item.label.startswith(label_starts))
    app.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1,
                                  pos=(row.centerx + app.canvas_rect.x, row.centery + app.canvas_rect.y)))
    app.frame(STEP)


def test_the_pause_menu_opens_on_resume_every_time(app):
    press(app, pygame.K_ESCAPE)
    assert isinstance(app.top, PauseScreen) and app.top.menu.selected == 0
    press(app, pygame.K_DOWN, pygame.K_RETURN)  # Save: the list of slots
    assert isinstance(app.top, SlotsScreen)
    press(app, pygame.K_ESCAPE)  # back on the pause menu: on Resume again, not on Save
    assert isinstance(app.top, PauseScreen) and app.top.menu.selected == 0
    press(app, pygame.K_RETURN)
    assert isinstance(app.top, PlayScreen)


def test_down_down_enter_after_saving_never_starts_a_new_night(app):
    before = place(app)
    press(app, pygame.K_ESCAPE, pygame.K_DOWN, pygame.K_RETURN, pygame.K_ESCAPE)  # saved (or looked), came back
    for _ in range(len(app.top.menu.items)):
        press(app, pygame.K_DOWN, pygame.K_RETURN)  # wherever a stray Down, Enter lands, one press wipes nothing
        if not isinstance(app.top, PauseScreen):
            press(app, pygame.K_ESCAPE)
        assert place(app) == before


def test_new_night_asks_once_more_and_starts_only_on_a_second_press(app):
    before = place(app)
    press(app, pygame.K_ESCAPE)
    pause = app.top
    steps = pause.new_index
    press(app, *[pygame.K_DOWN] * steps)
    press(app, pygame.K_RETURN)
    assert app.top is pause and place(app) == before
    label = pause.menu.items[steps].label()
    assert label != "New night" and "again" in label  # it says what a second press does
    press(app, pygame.K_RETURN)
    assert isinstance(app.top, PlayScreen) and place(app) != before


def test_moving_away_from_an_armed_new_night_disarms_it(app):
    before = place(app)
    press(app, pygame.K_ESCAPE)
    pause = app.top
    press(app, *[pygame.K_DOWN] * pause.new_index, pygame.K_RETURN)
    assert pause.armed
    press(app, pygame.K_DOWN, pygame.K_UP)  # away and back: asking again from the start
    assert not pause.armed and pause.menu.items[pause.new_index].label() == "New night"
    press(app, pygame.K_RETURN)
    assert app.top is pause and place(app) == before


def test_new_night_by_mouse_takes_two_clicks(app):
    before = place(app)
    press(app, pygame.K_ESCAPE)
    click_row(app, "New night")
    assert isinstance(app.top, PauseScreen) and place(app) == before
    click_row(app, "New night?")
    assert isinstance(app.top, PlayScreen) and place(app) != before


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_armed_new_night_keeps_the_menu_its_size(app, lang):
    app.settings.language = lang
    app.settings.text_scale = 2.0
    press(app, pygame.K_ESCAPE)
    pause = app.top
    app.render()
    px = pause.menu.px
    press(app, *[pygame.K_DOWN] * pause.new_index, pygame.K_RETURN)
    app.render()
    assert pause.armed and pause.menu.px == px  # the question fits the row: no row shrinks when it is asked


@pytest.mark.parametrize("lang,scale", [("en", 1.0), ("de", 1.0), ("de", 2.0)])
def test_the_save_list_keeps_one_layout_whether_its_slots_are_empty_or_filled(real_story, tmp_path, lang, scale):
    from eternal.persistence.saves import write_save

    app = App(real_story, home=tmp_path, settings=Settings(), size=(1280, 720))
    app.settings.language, app.settings.text_scale = lang, scale
    night = Night.new(real_story)
    app.start_night(night, save=False)

    def laid_out():
        slots = SlotsScreen(app.services, saving=True)
        app.stack.push(slots)
        try:
            app.render()
        finally:
            app.stack.pop()
        return slots.menu.px, [tuple(item.rect) for item in slots.menu.laid_out]

    empty = laid_out()
    for n in range(1, 7):  # the first memory's long German name and a date under every slot's name
        write_save(app.services.story_home, f"slot{n}", night.state.to_dict(), night.scene.title.get(lang))
    filled = laid_out()
    assert filled == empty
    pygame.quit()


@pytest.mark.slow
def test_the_memories_playing_behind_the_dimmed_title_never_light_up_a_row(real_story, tmp_path):
    """The attract loop's pictures stay behind the menu's card: no bright piece of one reads as a chosen row."""
    from eternal.presentation.screens.title import ATTRACT_AFTER, ATTRACT_EACH, TitleScreen

    app = App(real_story, home=tmp_path, settings=Settings(), size=(1280, 720))
    title = app.top
    assert isinstance(title, TitleScreen)
    paint = app.painter.render
    app.painter.render = lambda *a, **k: paint(*a, **{**k, "exact": True})  # each picture whole, not a stand-in
    app.frame(STEP)
    for n in range(len(real_story.erase_order)):
        for share in (0.15, 0.6):
            app.last_input = 100.0
            app.time = 100.0 + ATTRACT_AFTER + (n + share) * ATTRACT_EACH
            app.render()
            canvas = app.window.subsurface(app.canvas_rect)
            words = [rect.inflate(4, 4) for rect in title.menu.ink]
            others = [item.rect for i, item in enumerate(title.menu.laid_out) if i != title.menu.selected]
            assert others
            brightest = max(max(canvas.get_at((x, y))[:3]) for rect in others for x in range(rect.left, rect.right, 3)
                            for y in range(rect.top, rect.bottom, 3) if not any(w.collidepoint(x, y) for w in words))
            assert brightest < 45, (n, share, brightest)
    pygame.quit()


# --- languages: the story's, whatever they are ---------------------------------------------------------------------

def _app_of(story, home, settings=None, **launch):
    from eternal.presentation.bootstrap import build_app
    from eternal.presentation.launch import LaunchOptions

    return build_app(story, settings or Settings(), home, LaunchOptions(size=(640, 360), **launch))


def _saved(home) -> dict:
    import json

    return json.loads((home / "settings.json").read_text())


def test_the_l_key_cycles_the_languages_of_the_story(mini_story, tmp_path):
    import dataclasses

    app = _app_of(mini_story, tmp_path)
    seen = []
    for _ in range(2):
        press(app, pygame.K_l)
        seen.append(app.settings.language)
    assert seen == ["de", "en"]
    pygame.quit()
    french = dataclasses.replace(mini_story, languages=("en", "fr"))
    app = _app_of(french, tmp_path / "fr")
    press(app, pygame.K_l)
    assert app.settings.language == "fr" and _saved(tmp_path / "fr")["language"] == "fr"
    press(app, pygame.K_l)
    assert app.settings.language == "en"
    pygame.quit()


def test_the_settings_screen_offers_the_story_languages_by_their_own_names(mini_story, tmp_path):
    import dataclasses

    from eternal.presentation.screens.settings_screen import SettingsScreen

    app = _app_of(dataclasses.replace(mini_story, languages=("en", "fr")), tmp_path)
    app.stack.push(SettingsScreen(app.services))
    app.frame(STEP)
    menu = app.top.menu
    row = next(i for i, item in enumerate(menu.items) if item.label().endswith("English"))
    menu.selected = row
    press(app, pygame.K_RIGHT)
    assert app.settings.language == "fr" and menu.items[row].label().endswith("Français")
    pygame.quit()


def test_a_saved_language_the_story_lacks_plays_in_its_first_and_stays_in_the_file(mini_story, tmp_path):
    (tmp_path / "settings.json").write_text('{"language": "pt-BR", "text_scale": 1.5}')
    loaded = Settings.load(tmp_path)
    assert loaded.problem is None and loaded.language == "pt-BR"
    app = _app_of(mini_story, tmp_path, loaded)
    assert app.settings.language == "en" and app.settings.text_scale == 1.5
    app.settings.reduce_motion = True
    app.keep_setting("reduce_motion")  # the player changes something else: only that is written
    assert _saved(tmp_path)["language"] == "pt-BR" and _saved(tmp_path)["reduce_motion"] is True
    pygame.quit()


def test_a_one_off_language_from_the_command_line_is_not_saved(mini_story, tmp_path):
    app = _app_of(mini_story, tmp_path, lang="de")
    assert app.settings.language == "de"
    app.settings.high_contrast = True
    app.keep_setting("high_contrast")
    assert _saved(tmp_path)["language"] == "en"
    pygame.quit()


def test_an_old_settings_file_with_launch_modes_loads_and_forgets_them(tmp_path):
    (tmp_path / "settings.json").write_text('{"showcase": true, "kiosk": true, "idle_seconds": 30, "text_scale": 1.5}')
    loaded = Settings.load(tmp_path)
    assert loaded.problem is None and loaded.text_scale == 1.5
    loaded.save(tmp_path)
    assert not {"showcase", "kiosk", "idle_seconds"} & set(_saved(tmp_path))
