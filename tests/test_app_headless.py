"""The real window and loop, driven headless: odd input never crashes it, and it still reaches an ending."""

import random

import pygame
import pytest

from eternal.model.night import Night
from eternal.model.policies import decide
from eternal.persistence.settings import Settings
from eternal.presentation.app import STEP, App, letterbox


@pytest.fixture
def app(mini_story, tmp_path):
    app = App(mini_story, home=tmp_path, settings=Settings(), size=(480, 270))
    yield app
    pygame.quit()


def key(k, mod=0):
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0)


def test_a_new_player_reaches_the_first_line_in_two_presses(app):
    app.handle(key(pygame.K_RETURN))  # title: the first item is "new night" when there is no save
    app.frame(STEP)
    assert app.screen == "play"
    assert app.night.line is not None and app.night.line.id == "office.hello"


def test_space_first_completes_the_typewriter_then_advances(app):
    app.handle(key(pygame.K_n))
    app.frame(STEP)
    line = app.night.line.id
    app.handle(key(pygame.K_SPACE))
    assert app.night.line.id == line and app._revealed()
    app.handle(key(pygame.K_SPACE))
    assert app.night.line is None or app.night.line.id != line


def test_number_keys_pick_choices(app):
    app.start(Night.new(app.story))
    app.night.continue_()  # to the bagging choice
    app.frame(STEP)
    app.reveal = 1e9
    app.handle(key(pygame.K_2))
    assert app.night.state.flags["kept_shell"] is True


def test_letterbox_keeps_sixteen_by_nine():
    assert letterbox((1280, 720)).size == (1280, 720)
    wide = letterbox((2000, 720))
    assert wide.size == (1280, 720) and wide.x == 360
    tall = letterbox((1280, 1000))
    assert tall.size == (1280, 720) and tall.y == 140


def test_escape_saves_and_returns_to_the_title_and_continue_resumes(app, tmp_path):
    app.start(Night.new(app.story))
    for _ in range(3):
        app.night.continue_()
    scene, beat = app.night.state.scene, app.night.state.beat
    app.handle(key(pygame.K_ESCAPE))
    assert app.screen == "title"
    app.handle(key(pygame.K_c))
    assert app.screen == "play"
    assert (app.night.state.scene, app.night.state.beat) == (scene, beat)


def test_monkey_input_never_crashes_and_the_night_still_ends(app):
    rng = random.Random(5)
    keys = [pygame.K_SPACE, pygame.K_RETURN, pygame.K_ESCAPE, pygame.K_t, pygame.K_m, pygame.K_l, pygame.K_UP, pygame.K_DOWN,
            pygame.K_1, pygame.K_5, pygame.K_9, pygame.K_n, pygame.K_c, pygame.K_x, pygame.K_F11, pygame.K_PAGEDOWN, pygame.K_TAB]
    for i in range(3000):
        roll = rng.random()
        if roll < 0.6:
            k = rng.choice(keys)
            if k == pygame.K_ESCAPE and rng.random() < 0.7:
                continue
            pygame.event.post(key(k, pygame.KMOD_ALT if rng.random() < 0.05 else 0))
        elif roll < 0.8:
            pos = (rng.randrange(-20, 520), rng.randrange(-20, 300))
            pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=rng.choice([1, 1, 3, 4, 5]), pos=pos))
            pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
        elif roll < 0.82:
            pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, w=rng.randrange(100, 900), h=rng.randrange(80, 700), size=(1, 1)))
        if not app.running:
            app.running = True
        app.frame(STEP * rng.choice([0.5, 1, 3, 10]))
    # and afterwards a player can still finish the night
    if app.screen != "play" or app.night is None:
        app.start(Night.new(app.story))
    for _ in range(20000):
        night = app.night
        if night.phase == "ended":
            break
        d = decide("comply", night)
        if d.action == "continue":
            app.act("advance")
        elif d.action == "choose":
            app.reveal = 1e9
            night.choose(d.choice)
        app.frame(STEP)
    assert app.night.phase == "ended"
