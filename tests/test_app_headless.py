"""The real window and loop, driven headless: every screen answers keys, mouse and pad; odd input never crashes it."""

import random

import pygame

from eternal.model.state import ExecutionState
import pytest

from eternal.model.night import Night
from eternal.drivers.policies import decide
from playthrough import play_to_end
from eternal.persistence.settings import Settings
from eternal.presentation.app import STEP, App, letterbox
from eternal.presentation.screens.end import EndScreen
from eternal.presentation.screens.history import HistoryScreen
from eternal.presentation.screens.pause import PauseScreen
from eternal.presentation.screens.play import PlayScreen
from eternal.presentation.screens.settings_screen import SettingsScreen
from eternal.presentation.screens.slots import SlotsScreen
from eternal.presentation.screens.title import TitleScreen


@pytest.fixture
def app(mini_story, tmp_path):
    app = App(mini_story, home=tmp_path, settings=Settings(), size=(480, 270))
    yield app
    pygame.quit()


def key(k, mod=0):
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0)


def pad(button):
    return pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=button, instance_id=0)


def press(app, *events):
    for event in events:
        app.handle(event)
    app.frame(STEP)


def test_a_new_player_reaches_the_first_line_in_two_presses(app):
    press(app, key(pygame.K_RETURN))  # the title's first item is the new night when there is no save
    assert isinstance(app.top, PlayScreen)
    assert app.night.line.id == "office.hello"


def test_space_first_completes_the_typewriter_then_advances(app):
    press(app, key(pygame.K_n))
    play = app.top
    line = app.night.line.id
    press(app, key(pygame.K_SPACE))
    assert app.night.line.id == line and play.revealed()
    press(app, key(pygame.K_SPACE))
    assert app.night.line is None or app.night.line.id != line


def test_number_keys_pick_choices(app):
    app.start_night(Night.new(app.story))
    app.night.continue_()  # to the bagging choice
    app.frame(STEP)
    app.top.reveal = 1e9
    press(app, key(pygame.K_2))
    assert app.night.state.flags["kept_shell"] is True


def test_gamepad_alone_plays(app):
    press(app, pad(pygame.CONTROLLER_BUTTON_A))  # title: new night
    assert isinstance(app.top, PlayScreen)
    first = app.night.line.id
    press(app, pad(pygame.CONTROLLER_BUTTON_A), pad(pygame.CONTROLLER_BUTTON_A))
    assert app.night.line is None or app.night.line.id != first
    press(app, pad(pygame.CONTROLLER_BUTTON_START))
    assert isinstance(app.top, PauseScreen)
    press(app, pad(pygame.CONTROLLER_BUTTON_B))
    assert isinstance(app.top, PlayScreen)


def test_mouse_alone_plays(app):
    app.frame(STEP)
    rect = app.top.menu.rects[0]
    press(app, pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=rect.center))
    assert isinstance(app.top, PlayScreen)
    first = app.night.line.id
    centre = (240, 135)
    press(app, pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=centre))
    press(app, pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=centre))
    assert app.night.line is None or app.night.line.id != first
    press(app, pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1))  # wheel up goes back a line, as in Ren'Py
    assert isinstance(app.top, PlayScreen) and app.night.line.id == first
    press(app, pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1))  # nothing before it: a quiet word says so
    press(app, pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1))  # and once more opens the history
    assert isinstance(app.top, HistoryScreen)
    press(app, pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=centre))
    assert isinstance(app.top, PlayScreen)


def test_presenter_remote_alone_plays_and_works_the_menus(app):
    press(app, key(pygame.K_F5))  # the remote's third button picks the highlighted item: a new night
    assert isinstance(app.top, PlayScreen)
    first = app.night.line.id
    press(app, key(pygame.K_PAGEDOWN), key(pygame.K_PAGEDOWN))
    assert app.night.phase == "choosing" and app.night.state.beat == "bag"
    press(app, key(pygame.K_F5))  # nothing aimed at yet: the remote's pick button picks nothing
    assert app.night.phase == "choosing"
    press(app, key(pygame.K_PAGEDOWN), key(pygame.K_F5))  # forward aims at the first option, F5 takes it
    assert "shell" in app.night.state.bagged and app.night.line.id != first
    press(app, key(pygame.K_PAGEUP))  # the back button goes back a line: to the choice, undone
    assert app.night.phase == "choosing" and "shell" not in app.night.state.bagged
    press(app, key(pygame.K_PAGEDOWN), key(pygame.K_F5))  # and it may be made again
    assert "shell" in app.night.state.bagged
    press(app, key(pygame.K_PERIOD))  # the blank-screen button pauses
    assert isinstance(app.top, PauseScreen)
    labels = [i.label() for i in app.top.menu.items]
    for _ in range(labels.index("Settings")):
        press(app, key(pygame.K_PAGEDOWN))
    press(app, key(pygame.K_F5))
    assert isinstance(app.top, SettingsScreen)


def test_letterbox_keeps_sixteen_by_nine():
    assert letterbox((1280, 720)).size == (1280, 720)
    wide = letterbox((2000, 720))
    assert wide.size == (1280, 720) and wide.x == 360
    tall = letterbox((1280, 1000))
    assert tall.size == (1280, 720) and tall.y == 140


def test_escape_pauses_and_title_then_continue_resumes(app):
    app.start_night(Night.new(app.story))
    for _ in range(3):
        app.night.continue_()
    scene, beat = app.night.state.scene, app.night.state.beat
    press(app, key(pygame.K_ESCAPE))
    assert isinstance(app.top, PauseScreen)
    items = [i.label() for i in app.top.menu.items]
    press(app, key(getattr(pygame, f"K_{items.index('Back to the title') + 1}")))
    assert isinstance(app.top, TitleScreen)
    press(app, key(pygame.K_c))
    assert isinstance(app.top, PlayScreen)
    assert (app.night.state.scene, app.night.state.beat) == (scene, beat)


def test_manual_save_with_thumbnail_and_load(app, tmp_path):
    app.start_night(Night.new(app.story))
    app.night.continue_()
    app.frame(STEP)
    press(app, key(pygame.K_ESCAPE))
    pause = app.top
    labels = [i.label() for i in pause.menu.items]
    press(app, key(getattr(pygame, f"K_{labels.index('Save') + 1}")))
    assert isinstance(app.top, SlotsScreen) and app.top.saving
    press(app, key(pygame.K_3))  # slot 3
    saves = app.services.story_home / "saves"  # the story's own folder
    assert (saves / "slot3.json").is_file() and (saves / "slot3.png").is_file()
    saved_beat = app.night.state.beat
    app.to_title(save=False)
    app.frame(STEP)
    labels = [i.label() for i in app.top.menu.items]
    press(app, key(getattr(pygame, f"K_{labels.index('Load') + 1}")))
    loader = app.top
    assert isinstance(loader, SlotsScreen) and not loader.saving
    row = [slot for slot, _ in loader.rows].index("slot3")
    press(app, key(getattr(pygame, f"K_{row + 1}")))
    assert isinstance(app.top, PlayScreen) and app.night.state.beat == saved_beat


def test_a_damaged_save_is_listed_and_skipped(app, tmp_path):
    saves = app.services.story_home / "saves"
    saves.mkdir(parents=True)
    (saves / "slot2.json").write_text('{"kind": "eternal-save", "format": 1, "state": {"stor')
    app.stack.push(SlotsScreen(app.services, saving=False))
    app.frame(STEP)
    labels = [i.label() for i in app.top.menu.items]
    assert any("damaged" in label for label in labels)
    press(app, key(pygame.K_3))  # autosave, slot1, slot2: the damaged one
    assert isinstance(app.top, SlotsScreen) and app.top.notice
    assert (saves / "slot2.json").read_text().startswith('{"kind"')


def test_settings_change_and_survive_a_restart(app, tmp_path, mini_story):
    app.stack.push(SettingsScreen(app.services))
    app.frame(STEP)
    screen = app.top
    labels = [i.label() for i in screen.menu.items]
    screen.menu.selected = next(i for i, l in enumerate(labels) if l.startswith("Language"))
    press(app, key(pygame.K_RIGHT))
    screen.menu.selected = next(i for i, l in enumerate(labels) if l.startswith("Reduce motion"))
    press(app, key(pygame.K_RETURN))
    assert app.settings.language == "de" and app.settings.reduce_motion
    assert Settings.load(tmp_path).language == "de"
    assert Settings.load(tmp_path).reduce_motion is True


def test_history_lists_what_was_read(app):
    app.start_night(Night.new(app.story))
    app.night.continue_()
    app.night.choose("keep")
    press(app, key(pygame.K_h))
    history = app.top
    assert isinstance(history, HistoryScreen)
    app.frame(STEP)
    texts = [row[0] for row in history.rows]
    assert "The clinic hums." in texts
    assert "→ Keep the shell." in texts


def test_tab_skips_only_text_read_before(app):
    app.seen.add_all(["office.hello"])
    app.start_night(Night.new(app.story))
    press(app, key(pygame.K_TAB))
    for _ in range(30):
        app.frame(STEP)
    assert app.night.phase == "choosing"  # raced past the read line, stopped at the choice
    app.night.choose("all")
    for _ in range(60):
        app.frame(STEP)
    assert app.night.line.id == "office.mug"  # never read before: skip waits for the player


def test_the_end_screen_returns_to_the_title(app):
    app.start_night(Night.new(app.story))
    play_to_end(app.night)
    app.top.reveal = 1e9
    press(app, key(pygame.K_SPACE))
    assert isinstance(app.top, EndScreen)
    press(app, key(pygame.K_SPACE))
    assert isinstance(app.top, TitleScreen)


def _monkey(app, events_wanted: int, seed: int = 5) -> None:
    """Random keys, pad buttons, clicks, wheel turns, resizes and focus changes, a few a frame, at uneven frame
    lengths; after every frame the rules that must always hold are checked."""
    rng = random.Random(seed)
    keys = [pygame.K_SPACE, pygame.K_RETURN, pygame.K_ESCAPE, pygame.K_t, pygame.K_m, pygame.K_l, pygame.K_UP, pygame.K_DOWN,
            pygame.K_LEFT, pygame.K_RIGHT, pygame.K_1, pygame.K_5, pygame.K_9, pygame.K_n, pygame.K_c, pygame.K_x, pygame.K_F11,
            pygame.K_PAGEDOWN, pygame.K_PAGEUP, pygame.K_TAB, pygame.K_h, pygame.K_p, pygame.K_LCTRL, pygame.K_BACKSPACE]
    buttons = list(range(0, 15))
    events = 0
    while events < events_wanted:
        events += 4
        for _ in range(3):  # three extra key presses a frame, besides whatever the roll below adds
            pygame.event.post(key(rng.choice([k for k in keys if k not in (pygame.K_ESCAPE, pygame.K_q)])))
        roll = rng.random()
        if roll < 0.5:
            k = rng.choice(keys)
            if k in (pygame.K_ESCAPE, pygame.K_q) and rng.random() < 0.7:
                continue
            pygame.event.post(key(k, pygame.KMOD_ALT if rng.random() < 0.05 else 0))
        elif roll < 0.6:
            pygame.event.post(pad(rng.choice(buttons)))
        elif roll < 0.8:
            pos = (rng.randrange(-20, 520), rng.randrange(-20, 300))
            pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=rng.choice([1, 1, 2, 3]), pos=pos))
            pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
        elif roll < 0.85:
            pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=rng.choice([-3, -1, 1, 3])))
        elif roll < 0.87:
            pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, w=rng.randrange(100, 900), h=rng.randrange(80, 700), size=(1, 1)))
        elif roll < 0.88:
            pygame.event.post(pygame.event.Event(pygame.WINDOWFOCUSLOST))
        app.running = True  # the monkey may press quit; the test goes on regardless
        app.frame(STEP * rng.choice([0.5, 1, 3, 10]))
        _always_holds(app)


def _always_holds(app) -> None:
    assert app.top is not None  # there is always a screen
    night = app.night
    if night is not None:
        assert night.execution in ExecutionState
        assert all(0.0 <= night.level(m) <= 1.0 for m in night.story.memories)
        assert len(night.choices) == 0 or night.execution != ExecutionState.READING or night.line is None


def test_a_thousand_random_inputs_never_break_a_rule_of_the_screen_or_the_night(app):
    _monkey(app, 1000)


@pytest.mark.slow
def test_monkey_input_never_crashes_and_the_night_still_ends(app):
    _monkey(app, 20000)
    if app.night is None or app.play_screen() is None:
        app.start_night(Night.new(app.story))
    app.stack.reset(app.play_screen())
    for _ in range(20000):
        night = app.night
        if night.phase == "ended":
            break
        d = decide("comply", night)
        if d.action == "continue":
            app.act("advance")
        elif d.action == "choose":
            app.top.reveal = 1e9
            night.choose(d.choice)
        app.frame(STEP)
    assert app.night.phase == "ended"


def test_a_finished_night_is_not_offered_to_continue(app):
    app.start_night(Night.new(app.story))
    play_to_end(app.night)
    app.autosave()
    app.to_title(save=False)
    app.frame(STEP)
    labels = [item.label() for item in app.top.menu.items]
    assert labels[0] == "New night" and "Continue" not in labels
    assert "Load" in labels  # the finished night can still be loaded on purpose


def test_the_loop_runs_under_asyncio_one_await_a_frame(app):
    import asyncio

    asyncio.run(app.run_async(frames=5))
    assert app.frames == 5


def test_large_text_on_a_small_screen_pages_a_long_line(mini_story, tmp_path):
    from eternal.presentation.textbox import wrap

    app = App(mini_story, home=tmp_path, settings=Settings(text_scale=2.0), size=(640, 360))
    app.start_night(Night.new(app.story))
    play = app.top
    long_text = " ".join(["A long sentence that a large text size cannot fit on one small screen at once."] * 4)
    pages = app.box.pages(long_text, app.canvas_rect.size, 2.0, speaker=True, choices=[])
    assert len(pages) >= 2
    assert " ".join(pages).split() == long_text.split()
    layout = app.box.layout(app.canvas_rect.size, 2.0)
    for page in pages:
        rows = len(wrap(app.box.fonts.get(layout.font_px), page, layout.rect.width - 2 * layout.pad))
        assert rows * int(layout.font_px * 1.25) <= 360 * 0.5
    assert isinstance(play, PlayScreen)
    pygame.quit()


def test_space_turns_the_pages_before_the_night_goes_on(real_story, tmp_path):
    app = App(real_story, home=tmp_path, settings=Settings(text_scale=2.0), size=(640, 360))
    app.start_night(Night.new(real_story))
    app.frame(STEP)
    play = app.top
    for _ in range(200):  # read on to the first line too long for one page at this size
        if app.night.phase == "reading" and len(play.pages()) >= 2:
            break
        app.night.continue_() if app.night.phase == "reading" else app.night.choose(
            next(c for c in app.night.choices if not c.escape and c.kind != "hide").id)
        app.frame(STEP)
    first = app.night.line.id
    count = len(play.pages())
    assert count >= 2
    for page in range(count):
        assert play.page == page and app.night.line.id == first
        press(app, key(pygame.K_SPACE))  # finish typing this page
        press(app, key(pygame.K_SPACE))  # next page, or on from the last
    assert app.night.line.id != first
    pygame.quit()


def test_a_mouse_alone_opens_the_map_and_takes_her_hand(mini_story, tmp_path):
    from test_rules import read_until

    app = App(mini_story, home=tmp_path, settings=Settings(), size=(640, 360))
    app.start_night(Night.new(mini_story))
    read_until(app.night, "river", "turn")
    app.frame(STEP)
    play = app.top
    actions = {action: rect for rect, action in play.hint_rects}
    assert {"map", "history", "hide"} <= set(actions)
    click = lambda rect: press(app, pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=(rect.centerx + app.canvas_rect.x, rect.centery + app.canvas_rect.y)))
    click(actions["map"])
    assert play.map_open
    app.frame(STEP)
    target, memory_id = app.map_view.targets[0]
    click(target)
    assert app.night.state.hidden_in == memory_id
    pygame.quit()


def test_after_the_end_card_continue_never_plays_the_ending_again(app):
    from playthrough import step

    app.start_night(Night.new(app.story))
    night = app.night
    while night.state.stage != "ending":
        step(night, "comply")
    app.frame(STEP)  # the ending begins: the autosave of its start is written
    while night.phase != "ended":  # read to its last line without a frame in between
        step(night, "comply")
    app.act("advance")  # the night's last screen gives way to the end card
    app.frame(STEP)
    assert type(app.top).__name__ == "EndScreen"
    app.act("advance")  # and the end card to the title
    app.frame(STEP)
    labels = [item.label() for item in app.top.menu.items]
    assert "Continue" not in labels


def test_after_a_stall_the_loop_catches_up_at_most_five_fixed_steps(app):
    before = app.time
    app.frame(10.0)  # ten seconds lost (a stall, a suspended laptop)
    assert app.time - before == pytest.approx(5 * STEP)


def test_the_sound_of_a_night_event_is_the_one_the_story_names_for_it(mini_story, tmp_path):
    import dataclasses

    from eternal.model.events import MemoryErased

    story = dataclasses.replace(mini_story, cues={"erased": "thunder", "pick": "click"})
    app = App(story, home=tmp_path, settings=Settings(), size=(320, 180))
    played = []
    app.audio.play = played.append
    app.session.take([MemoryErased(scene="late")])
    app.services.cue("pick")
    app.services.cue("move")  # a kind the story gives no sound: silence, not a default
    assert played == ["thunder", "click"]
    pygame.quit()
