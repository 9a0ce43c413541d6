"""Frame pacing: a page waiting for the player draws nothing new; anything that moves, and any input, is drawn."""

import pygame
import pytest

from eternal.model.night import Night
from eternal.persistence.settings import Settings
from eternal.presentation.app import STEP, App
from eternal.presentation.pacing import MAX_RATE, Pacer, frame_rate
from eternal.model.story import Text


def make_app(story, home, **settings):
    return App(story, home=home, settings=Settings(**settings), size=(320, 180))


@pytest.fixture
def app(mini_story, tmp_path):
    yield make_app(mini_story, tmp_path)
    pygame.quit()


def drawn_over(app, seconds):
    before = app.drawn
    for _ in range(int(round(seconds / STEP))):
        app.frame(STEP)
    return app.drawn - before


def key(k):
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="", scancode=0)


def reading(app):
    """A night begun, past the fall into its first scene, with its first line typed out in full."""
    app.start_night(Night.new(app.story))
    drawn_over(app, 3.0)
    play = app.play_screen()
    assert play.page_revealed() and app.night.line is not None
    return play


def test_a_still_page_draws_no_new_frames(app):
    reading(app)
    assert drawn_over(app, 3.0) == 0


def test_a_line_being_typed_is_drawn_every_step(mini_story, tmp_path):
    app = make_app(mini_story, tmp_path, text_speed=10.0)  # "The clinic hums." types for 1.6 s
    app.start_night(Night.new(app.story))
    drawn_over(app, 1.0)
    play = app.play_screen()
    assert not play.page_revealed()
    assert drawn_over(app, 0.25) == 15
    drawn_over(app, 1.5)
    assert play.page_revealed() and drawn_over(app, 1.0) == 0
    pygame.quit()


def test_input_on_a_still_page_draws_again(app):
    reading(app)
    assert drawn_over(app, 1.0) == 0
    app.handle(key(pygame.K_m))  # the map opens over the page
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=(10, 10), rel=(0, 0), buttons=(0, 0, 0)))
    assert drawn_over(app, 0.5) > 0


def test_a_subtitle_from_the_next_room_is_drawn_as_it_fades_in(app):
    play = reading(app)
    assert drawn_over(app, 0.5) == 0
    play.on_intrusion(Text({"en": "Stan"}), Text({"en": "Is he out?"}))
    assert drawn_over(app, 0.25) >= 10


def test_a_screen_that_has_not_said_is_drawn_every_frame_and_a_menu_only_after_input():
    from eternal.presentation.screens.base import MenuScreen, Screen

    assert Screen.needs_redraw(object()) is True  # a screen that has not said is drawn every frame
    assert MenuScreen.needs_redraw(object()) is False


def test_the_pacer_draws_on_for_a_moment_after_a_change_then_stops():
    pacer = Pacer()
    assert pacer.should_draw(("a",), 0.0)  # the first frame
    assert pacer.should_draw(("a",), 0.2)  # settling: the painter finishes its pictures a few steps a frame
    assert not pacer.should_draw(("a",), 0.6)
    assert pacer.should_draw(("b",), 0.7)
    assert pacer.should_draw(None, 5.0)  # something moves
    assert pacer.should_draw(None, 5.1)
    assert pacer.should_draw(("b",), 5.2) and not pacer.should_draw(("b",), 6.0)
    pacer.invalidate()
    assert pacer.should_draw(("b",), 7.0)


def test_frames_are_paced_no_faster_than_sixty_a_second(app):
    assert 20 <= frame_rate() <= MAX_RATE == 60


def test_a_screen_of_slow_drifts_is_drawn_no_faster_than_it_asks(app):
    from eternal.presentation.screens.base import Screen

    class Drift(Screen):
        def redraw_rate(self):
            return 24.0

    app.stack.reset(Drift(app.services))
    drawn_over(app, 0.5)
    assert abs(app.pass_interval() - 1 / 24) < 1e-9
    app.stack.reset(Screen(app.services))  # a screen that wants every frame the display can show
    assert abs(app.pass_interval() - 1 / app.rate) < 1e-9


def test_a_page_that_stands_still_is_looked_at_less_often_and_input_brings_the_full_rate_back(app):
    from eternal.presentation.app import STILL_PASS

    reading(app)
    drawn_over(app, 2.0)
    assert app.pass_interval() == max(1 / app.rate, STILL_PASS)
    app.handle(key(pygame.K_m))
    app.frame(STEP)
    assert app.pass_interval() == 1 / app.rate
