"""What players of Ren'Py games expect, driven through the real window as a player would (events posted into a
headless App): the wheel and Page Up go back a line and undo a choice, the wheel and Page Down go on again, F12 saves
a screenshot, U hides the words until any key, F1 lists every key; and the help page fits every window."""

import re

import pygame
import pytest

from eternal.persistence.settings import Settings
from eternal.presentation.app import STEP, App
from eternal.presentation.bootstrap import build_app
from eternal.presentation.input_map import key_action
from eternal.presentation.launch import LaunchOptions
from eternal.presentation.screens.help import ROWS, HelpScreen, rows_for
from eternal.presentation.screens.history import HistoryScreen
from eternal.presentation.screens.play import PlayScreen
from eternal.strings import TABLES, text_for
from playthrough import scenario

SIZE = (480, 270)
WHEEL_UP = pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1)
WHEEL_DOWN = pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1)


def key(k: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="", scancode=0)


def click(button: int = 1, pos: tuple[int, int] = (240, 100)) -> pygame.event.Event:
    return pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=button, pos=pos)


@pytest.fixture
def app(mini_story, tmp_path):
    app = App(mini_story, home=tmp_path, settings=Settings(), size=SIZE, autosave=False)
    yield app
    pygame.quit()


def post(app: App, *events: pygame.event.Event, seconds: float = 0.1) -> None:
    """Put the events in the queue as SDL would, then let the game run a moment (it reads and draws them)."""
    for event in events:
        pygame.event.post(event)
    for _ in range(max(1, int(seconds / STEP))):
        app.frame(STEP)


def at(app: App, scene: str, beat: str | None = None, **fields) -> PlayScreen:
    """The night standing at that line, on screen and settled (the fall into a memory over)."""
    app.start_night(scenario(app.story).at(scene, beat, **fields), save=False)
    post(app, seconds=0.2)
    assert isinstance(app.top, PlayScreen)
    return app.top


def drawn(app: App) -> str:
    """Every text the night's screen drew in its last frame, as one string."""
    return " ".join(app.top.drawn_texts)


def read_on(app: App) -> None:
    """Space until the line changes (the first press shows the whole line when it is still being typed)."""
    line = app.night.line
    for _ in range(3):
        post(app, key(pygame.K_SPACE))
        if app.night.line != line or app.night.execution != "reading":
            return
    raise AssertionError("Space did not read on")


# --- rollback ----------------------------------------------------------------------------------------------------


def test_wheel_up_goes_back_a_line_and_the_previous_line_is_drawn(app):
    at(app, "middle", erased=["late"])
    assert "Steam." in drawn(app)
    read_on(app)
    assert "Quiet." in drawn(app) and "Steam." not in drawn(app)
    post(app, WHEEL_UP)
    assert app.night.line.id == "middle.a"
    assert "Steam." in drawn(app) and "Quiet." not in drawn(app)


def test_going_back_over_a_choice_and_choosing_the_other_gives_the_other_branch(app):
    at(app, "late")
    read_on(app)
    assert app.night.execution == "choosing"
    post(app, key(pygame.K_1))  # "Sorry."
    assert app.night.state.flags["said_sorry"] is True and "She nods." in drawn(app)
    post(app, WHEEL_UP)
    assert app.night.execution == "choosing" and app.night.state.flags["said_sorry"] is False
    assert "Sorry." in drawn(app) and "Nothing." in drawn(app) and "She nods." not in drawn(app)
    post(app, key(pygame.K_2))  # "Nothing." this time: no nod, the memory's last line was the choice
    assert app.night.state.flags["said_sorry"] is False
    assert app.night.execution == "dissolving" and "She nods." not in drawn(app)


def test_a_choice_without_a_prompt_gone_back_to_stands_under_the_line_before_it(app):
    post(app, key(pygame.K_n), seconds=1.5)  # a new night: office.hello, then a choice with no prompt
    read_on(app)
    post(app, key(pygame.K_2))
    assert "The mug goes in." in drawn(app)
    post(app, key(pygame.K_PAGEUP))  # the presenter remote's back button
    assert app.night.execution == "choosing"
    assert "The clinic hums." in drawn(app) and "The mug goes in." not in drawn(app)


def test_rollback_stops_at_the_memorys_start_says_so_quietly_and_then_opens_the_history(app):
    at(app, "middle", erased=["late"])
    read_on(app)
    post(app, WHEEL_UP)
    assert app.night.line.id == "middle.a"
    post(app, WHEEL_UP)  # nothing before it in this memory: not back into the memory erased before
    assert app.night.line.id == "middle.a" and app.night.state.scene == "middle"
    assert isinstance(app.top, PlayScreen)
    assert text_for("en", "rollback_limit") in drawn(app)
    post(app, WHEEL_UP)  # once more: the history, as in Ren'Py
    assert isinstance(app.top, HistoryScreen)


def test_page_down_and_the_wheel_go_on_again(app):
    at(app, "middle", erased=["late"])
    read_on(app)
    post(app, key(pygame.K_PAGEUP))
    assert app.night.line.id == "middle.a" and "Steam." in drawn(app)
    post(app, key(pygame.K_PAGEDOWN))  # shows the line whole, then goes on
    if app.night.line.id == "middle.a":
        post(app, key(pygame.K_PAGEDOWN))
    assert app.night.line.id == "middle.b" and "Quiet." in drawn(app)
    post(app, WHEEL_UP)
    post(app, WHEEL_DOWN)  # wheel down goes on through what was gone back over, at once
    assert app.night.line.id == "middle.b" and "Quiet." in drawn(app)
    post(app, WHEEL_DOWN)  # and no further: wheel down never reads a new line
    assert app.night.line.id == "middle.b"


def test_a_pads_left_shoulder_goes_back_a_line(app):
    at(app, "middle", erased=["late"])
    read_on(app)
    post(app, pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_LEFTSHOULDER, instance_id=0))
    assert app.night.line.id == "middle.a"


def test_the_history_still_opens_with_h_and_closes_with_page_down_at_its_bottom(app):
    at(app, "middle", erased=["late"])
    post(app, key(pygame.K_h))
    assert isinstance(app.top, HistoryScreen)
    post(app, key(pygame.K_PAGEDOWN))
    assert isinstance(app.top, PlayScreen)


# --- screenshot ----------------------------------------------------------------------------------------------------


def test_f12_saves_a_png_of_the_window_under_the_players_folder_and_says_where(app, tmp_path):
    at(app, "middle", erased=["late"])
    post(app, key(pygame.K_F12))
    shots = list((tmp_path / "screenshots").iterdir())
    assert len(shots) == 1 and re.fullmatch(r"eternal-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.png", shots[0].name)
    assert shots[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert pygame.image.load(str(shots[0])).get_size() == app.window.get_size()
    assert str(shots[0]) in drawn(app)
    post(app, key(pygame.K_F12))
    assert len(list((tmp_path / "screenshots").iterdir())) == 2  # a second one never overwrites the first


def test_a_screening_takes_no_screenshots(mini_story, tmp_path):
    kiosk = build_app(mini_story, Settings(), tmp_path, LaunchOptions(kiosk=True, size=(320, 180)))
    try:
        post(kiosk, key(pygame.K_RETURN), seconds=1.0)
        post(kiosk, key(pygame.K_F12))
        assert not (tmp_path / "screenshots").exists()
    finally:
        pygame.quit()


# --- hiding the interface ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("hide", [key(pygame.K_u), key(pygame.K_DELETE), click(button=2)], ids=["U", "Delete", "middle"])
def test_hiding_the_interface_leaves_only_the_picture_and_the_next_key_only_brings_it_back(app, hide):
    at(app, "middle", erased=["late"])
    assert "Steam." in drawn(app)
    post(app, hide)
    assert app.top.drawn_texts == [] and app.top.choice_rects == [] and app.top.hint_rects == []
    post(app, key(pygame.K_SPACE))  # brings the words back, and does nothing else
    assert app.night.line.id == "middle.a" and "Steam." in drawn(app)
    post(app, key(pygame.K_u), click())  # a click brings them back too, without reading on
    assert app.night.line.id == "middle.a" and "Steam." in drawn(app)


def test_a_screenshot_of_the_hidden_interface_keeps_it_hidden(app, tmp_path):
    at(app, "middle", erased=["late"])
    post(app, key(pygame.K_u), key(pygame.K_F12))
    assert len(list((tmp_path / "screenshots").iterdir())) == 1
    assert app.top.drawn_texts == []


# --- the keys (F1) -------------------------------------------------------------------------------------------------


def every_action() -> set[str]:
    """Every action some key of the keyboard asks for (numbers as one: pick)."""
    actions = set()
    for name in dir(pygame):
        if name.startswith("K_"):
            for mod in (0, pygame.KMOD_ALT):
                action = key_action(pygame.event.Event(pygame.KEYDOWN, key=getattr(pygame, name), mod=mod))
                if action:
                    actions.add(action.split(":")[0])
    return actions


def test_f1_shows_the_keys_and_every_key_the_game_answers_is_listed(app):
    at(app, "middle", erased=["late"])
    post(app, key(pygame.K_F1))
    assert isinstance(app.top, HelpScreen)
    shown = " ".join(text for text, _ in app.top.laid_out).replace("\u00a0", " ")
    words = set(shown.split())
    for keys, does in rows_for("en", app.story):
        assert set(keys.split()) <= words and set(does.split()) <= words, (keys, does)
    for words in ("wheel up", "Page Up", "F12", "U, Delete", "F1", "H, pad Back", "Esc"):
        assert words in shown, words
    listed = set().union(*(actions for _, _, actions in ROWS))
    assert every_action() <= listed, every_action() - listed
    post(app, key(pygame.K_F1))
    assert isinstance(app.top, PlayScreen)


def test_the_keys_are_named_in_each_language(app):
    german = {keys.replace("\u00a0", " "): does for keys, does in rows_for("de", app.story)}
    french = {keys.replace("\u00a0", " "): does for keys, does in rows_for("fr", app.story)}
    assert any("Mausrad hoch" in keys for keys in german)
    assert any("molette vers le haut" in keys for keys in french)
    assert set(rows_for("de", app.story)).isdisjoint(rows_for("en", app.story))


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["720p", "1080p"])
def test_the_help_page_fits_every_window_at_every_text_size_in_every_language(mini_story, tmp_path, size):
    app = App(mini_story, home=tmp_path, settings=Settings(), size=size, autosave=False)
    try:
        canvas = pygame.Rect((0, 0), app.canvas_rect.size)
        for lang in sorted(TABLES):
            for scale in (1.0, 2.0):
                app.settings.language, app.settings.text_scale = lang, scale
                help_screen = HelpScreen(app.services)
                app.stack.push(help_screen)
                app.render()
                app.stack.pop()
                rects = [rect for _, rect in help_screen.laid_out]
                assert len(rects) >= 2 * len(ROWS)
                for text, rect in help_screen.laid_out:
                    assert canvas.contains(rect), (lang, scale, text)
                rows = rects[2:]  # after the title and the hint: the keys and what they do, inside the card
                for i, rect in enumerate(rows):
                    assert help_screen.area.contains(rect), (lang, scale, help_screen.laid_out[i + 2][0])
                    assert rect.collidelist(rows[i + 1:]) == -1, (lang, scale, help_screen.laid_out[i + 2][0])
    finally:
        pygame.quit()


def test_with_self_voicing_on_the_help_page_is_read_aloud(mini_story, tmp_path):
    from eternal.presentation.voice import RecordingVoice

    app = App(mini_story, home=tmp_path, settings=Settings(self_voicing=True), size=SIZE, autosave=False)
    fake = RecordingVoice()
    app.services.voice.use(fake)
    try:
        post(app, key(pygame.K_F1))
        said = fake.texts[-1]
        assert said.startswith(text_for("en", "help_title")) and text_for("en", "help_screenshot") in said
    finally:
        pygame.quit()


def test_one_turn_of_the_wheel_only_brings_the_hidden_interface_back(app):
    at(app, "middle", erased=["late"])
    read_on(app)
    post(app, key(pygame.K_u))
    # SDL reports a turn of the wheel twice: as the wheel, and as the old mouse button 4
    post(app, click(button=4), WHEEL_UP)
    assert app.night.line.id == "middle.b" and "Quiet." in drawn(app)
