"""Nothing cuts: screens cross-fade from the frame they leave, beats cross-fade their text, the night's jumps (into a
hiding place, back out, to the ending) dissolve; reduce motion makes every one a short plain fade. Time is given."""

import inspect

import pygame
import pytest

from eternal.model.night import Night
from eternal.persistence.settings import Settings
from eternal.presentation import map_view, transition, widgets
from eternal.presentation.app import STEP, App
from eternal.presentation.screens import end, pause, title
from eternal.presentation.screens.end import EndScreen
from eternal.presentation.screens.pause import PauseScreen
from eternal.presentation.screens.play import BEAT_FADE, JUMP_FADE, PlayScreen
from eternal.presentation.screens.title import TitleScreen
from eternal.presentation.transition import PLAIN_FADE, SCREEN_FADE, fade_amount
from playthrough import play_to_end


@pytest.fixture
def app(mini_story, tmp_path):
    app = App(mini_story, home=tmp_path, settings=Settings(), size=(480, 270))
    yield app
    pygame.quit()


def key(k):
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="", scancode=0)


def picture(app) -> bytes:
    return pygame.image.tobytes(app.window.subsurface(app.canvas_rect), "RGB")


def run(app, seconds: float) -> None:
    for _ in range(round(seconds / STEP)):
        app.frame(STEP)


def test_a_fade_runs_from_all_of_the_old_frame_to_none_of_it_in_the_time_given():
    assert fade_amount(2.0, 0.4, 2.0) == 1.0
    assert fade_amount(2.0, 0.4, 2.4) < 1e-9 and fade_amount(2.0, 0.4, 2.5) == 0.0
    steps = [fade_amount(2.0, 0.4, 2.0 + i * 0.02) for i in range(21)]
    assert all(a >= b for a, b in zip(steps, steps[1:])) and 0 < steps[10] < 1
    assert fade_amount(0.0, 0.0, 0.0) == 0.0


def test_opening_a_menu_blends_the_frame_it_leaves_into_the_menu(app):
    app.start_night(Night.new(app.story))
    run(app, 1.5)
    before = picture(app)
    app.handle(key(pygame.K_ESCAPE))
    app.frame(STEP)
    assert isinstance(app.top, PauseScreen)  # input acts at once; only the picture takes its time
    between = picture(app)
    run(app, SCREEN_FADE + 0.1)
    assert app.fade is None
    settled = picture(app)
    app.frame(STEP)
    assert picture(app) == settled  # a still menu over a still night: the fade was the only change
    assert between != before and between != settled


def test_closing_a_menu_and_going_to_the_title_fade_too(app):
    app.start_night(Night.new(app.story))
    run(app, 1.0)
    app.handle(key(pygame.K_ESCAPE))
    run(app, 0.5)
    app.handle(key(pygame.K_ESCAPE))
    app.frame(STEP)
    assert isinstance(app.top, PlayScreen) and app.fade is not None
    run(app, 0.5)
    app.to_title(save=False)
    assert app.fade is not None and app.fade.seconds > SCREEN_FADE


def test_reduce_motion_makes_every_change_a_short_plain_fade(mini_story, tmp_path):
    app = App(mini_story, home=tmp_path, settings=Settings(reduce_motion=True), size=(480, 270))
    app.start_night(Night.new(app.story))
    run(app, 1.0)
    app.handle(key(pygame.K_ESCAPE))
    app.frame(STEP)
    assert app.fade is not None and app.fade.seconds <= PLAIN_FADE
    run(app, 0.5)
    app.handle(key(pygame.K_ESCAPE))
    app.frame(STEP)
    play = app.top
    play.reveal = 1e9
    app.handle(key(pygame.K_SPACE))
    app.frame(STEP)
    assert play.box_fade is None  # the next line simply replaces the last one
    pygame.quit()


def test_one_beat_gives_way_to_the_next_by_a_cross_fade_of_its_text(app):
    app.start_night(Night.new(app.story))
    run(app, 1.0)
    play = app.top
    first = app.night.line.id
    play.reveal = 1e9
    app.frame(STEP)
    box = app.box.last_rect
    old_box = pygame.image.tobytes(app.window.subsurface(app.canvas_rect).subsurface(box), "RGB")
    app.handle(key(pygame.K_SPACE))
    app.frame(STEP)
    assert app.night.line is None or app.night.line.id != first
    assert play.box_fade is not None
    held = play.box_fade.outgoing
    assert pygame.image.tobytes(held, "RGB") == old_box  # what fades out is the box as it stood, words and all
    run(app, BEAT_FADE + 0.05)
    assert play.box_fade is None


def test_skipping_read_text_does_not_cross_fade(app):
    app.start_night(Night.new(app.story))
    run(app, 1.0)
    play = app.top
    play.skip = True
    play.reveal = 1e9
    app.frame(STEP)
    app.handle(key(pygame.K_SPACE))
    app.frame(STEP)
    assert play.box_fade is None


def test_the_jump_into_a_hiding_place_dissolves_into_it(mini_story, tmp_path):
    from test_rules import read_until

    app = App(mini_story, home=tmp_path, settings=Settings(), size=(480, 270))
    app.start_night(Night.new(mini_story))
    read_until(app.night, "river", "turn")
    run(app, 1.5)
    app.fade = None
    play = app.top
    assert app.night.offer_hiding()
    target = app.night.hiding_targets()[0]
    play.choose(f"hide:{target}")
    app.frame(STEP)
    assert app.night.state.hidden_in == target
    assert app.fade is not None and abs(app.fade.seconds - JUMP_FADE["hide"]) < 1e-9
    pygame.quit()


def test_the_end_card_fades_in_and_the_title_fades_in_after_it(app):
    app.start_night(Night.new(app.story))
    play_to_end(app.night)
    run(app, 0.5)
    app.top.reveal = 1e9
    app.handle(key(pygame.K_SPACE))
    app.frame(STEP)
    assert isinstance(app.top, EndScreen)
    assert app.fade is not None and abs(app.fade.seconds - JUMP_FADE["ending"]) < 1e-9
    run(app, 2.0)
    app.handle(key(pygame.K_SPACE))
    app.frame(STEP)
    assert isinstance(app.top, TitleScreen) and app.fade is not None


@pytest.mark.parametrize("module", [transition, map_view, widgets, title, pause, end])
def test_draw_code_reads_no_clock(module):
    source = inspect.getsource(module)
    for clock in ("perf_counter", "time.time(", "get_ticks", "monotonic", "import time", "datetime.now"):
        assert clock not in source, (module.__name__, clock)


@pytest.mark.slow
def test_the_title_breathes_and_after_idle_seconds_memories_dissolve_behind_the_menu_in_every_mode(app):
    run(app, title.BREATH / 4)
    early = picture(app)  # breathed out: the most erased
    run(app, title.BREATH / 2)
    assert picture(app) != early  # breathed in: the half-erased picture breathes
    run(app, title.ATTRACT_AFTER - title.BREATH * 3 / 4 + title.ATTRACT_DIP + 1.0)
    attract = app.top
    assert isinstance(attract, TitleScreen) and not app.kiosk
    assert attract.menu.laid_out  # the menu is still there, dimmed, over the memories
    assert app.time - app.last_input >= title.ATTRACT_AFTER
    app.handle(key(pygame.K_RETURN))
    app.frame(STEP)
    assert isinstance(app.top, TitleScreen)  # the first key only wakes the menu
    app.handle(key(pygame.K_RETURN))
    app.frame(STEP)
    assert isinstance(app.top, PlayScreen)


def test_with_reduce_motion_the_title_picture_holds_still(mini_story, tmp_path):
    app = App(mini_story, home=tmp_path, settings=Settings(reduce_motion=True), size=(480, 270))
    run(app, 2.0)
    still = picture(app)
    run(app, 4.0)
    assert picture(app) == still
    pygame.quit()


def test_coming_back_out_of_a_hiding_place_dissolves_too(mini_story, tmp_path):
    from playthrough import step
    from test_rules import read_until

    app = App(mini_story, home=tmp_path, settings=Settings(), size=(480, 270))
    app.start_night(Night.new(mini_story))
    read_until(app.night, "river", "turn")
    run(app, 1.0)
    assert app.night.offer_hiding()
    app.top.choose(f"hide:{app.night.hiding_targets()[0]}")
    app.frame(STEP)
    assert app.night.state.hidden_in is not None
    for _ in range(2000):
        if app.night.state.hidden_in is None:
            break
        app.fade = None
        step(app.night, "comply")
        app.frame(STEP)
    assert app.night.state.hidden_in is None  # found, or lost by the search: either way, back where they fled from
    assert app.fade is not None and abs(app.fade.seconds - JUMP_FADE["back"]) < 1e-9
    pygame.quit()
