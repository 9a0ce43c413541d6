"""The night's screen keeps its parts apart: the "how to choose" hint never covers a button, the technicians'
subtitles never cover the buttons or the text box, the hint waits for the options it explains, the text box fades out
only what the box itself showed, and the page a player decides on reads from the start of a sentence."""

import pygame
import pytest

from eternal.model.night import Night
from eternal.model.state import CHOOSING, ESCAPING
from eternal.persistence.settings import Settings
from eternal.presentation.app import STEP, App
from eternal.presentation.screens.play import choice_label
from eternal.presentation.textbox import _SENTENCE_END
from eternal.model.story import Text
from test_choices_on_screen import _choice_points, _stage

SIZE = (1280, 720)
LOOKS = (("en", 1.0), ("de", 1.0), ("en", 2.0), ("de", 2.0))
LONG = ("Gut. Gut. Ich bin nüchtern. Im Grunde bin ich nüchtern. Patrick, du bist ja kreidebleich. Hat jemand "
        "meinen anderen Schuh gesehen? Der ist doch nicht einfach weg.")


@pytest.fixture
def app(real_story, tmp_path):
    app = App(real_story, home=tmp_path, settings=Settings(), size=SIZE, autosave=False)
    yield app
    app.quit()
    pygame.quit()


def _prompt(story, scene_id, beat_id, lang):
    scene = story.scene(scene_id)
    beat = scene.beats[scene.beat_index(beat_id) or 0]
    return beat.text.get(lang) if beat.text else ""


def _points(story):
    """A few choice points with the most on screen: the most options (the hiding menus, which also show the
    "deeper" button) and the longest prompts."""
    points = _choice_points(story)
    escaping = [p for p in points if p[2] == ESCAPING][:3]
    by_prompt = sorted((p for p in points if p[2] == CHOOSING), key=lambda p: -len(_prompt(story, p[0], p[1], "de")))
    return escaping + by_prompt[:3]


def _show_options(app, story, point):
    night = _stage(story, *point)
    if not night.choices:
        return None
    app.start_night(night, save=False)
    for _ in range(16):  # read the prompt: Space finishes it and turns its pages
        app.frame(STEP)
        if app.box.laid_out:
            break
        app.act("advance")
    for _ in range(60):  # let the cross-fades run out
        app.update(STEP)
    return app.top


@pytest.mark.slow
def test_the_how_to_choose_hint_never_covers_a_button(app, real_story):
    checked = 0
    for point in _points(real_story):
        for lang, scale in LOOKS:
            app.settings.language, app.settings.text_scale = lang, scale
            play = _show_options(app, real_story, point)
            if play is None:
                continue
            for crowded in (False, True):
                if crowded:  # every button at once: skipping read text, and her hand to take (the longest labels)
                    play.skip = True
                    app.night.can_hide = lambda: True
                play.nudge_at = play.scene_time  # a key that aimed at nothing: the hint shows
                app.render()
                where = f"{point} {lang} {int(scale * 100)} %{' crowded' if crowded else ''}"
                assert play.choose_hint_rects, f"{where}: the hint is shown"
                buttons = [rect for rect, _ in play.hint_rects]
                assert len(buttons) == (4 if crowded else 2)
                canvas = pygame.Rect((0, 0), app.canvas_rect.size)
                for i, button in enumerate(buttons):
                    assert canvas.contains(button), f"{where}: button {button} leaves the window"
                    assert button.collidelist(buttons[i + 1:]) < 0, f"{where}: buttons cover each other: {buttons}"
                    assert not button.colliderect(app.box.last_rect), f"{where}: button {button} covers the text box"
                for hint in play.choose_hint_rects:
                    assert canvas.contains(hint), where
                    for button in buttons:
                        assert not hint.colliderect(button), f"{where}: hint {hint} covers button {button}"
                    assert not hint.colliderect(app.box.last_rect), f"{where}: hint {hint} covers the text box"
                checked += 1
    assert checked >= 2 * 4 * 4


@pytest.mark.slow
def test_subtitles_never_cover_the_buttons_or_the_text_box_and_the_oldest_give_way(app, real_story):
    checked = 0
    for point in _points(real_story):
        for lang, scale in LOOKS:
            app.settings.language, app.settings.text_scale = lang, scale
            play = _show_options(app, real_story, point)
            if play is None:
                continue
            for who in ("Stan", "Patrick", "Mary"):  # three long voices at once, the newest last
                play.on_intrusion(Text({"en": who}), Text({"en": LONG}))
            play.nudge_at = play.scene_time  # the hint takes its row too
            app.update(STEP)
            app.render()
            where = f"{point} {lang} {int(scale * 100)} %"
            assert play.subtitle_rects, f"{where}: the newest voice is shown"
            assert play.subtitles[-1][0].get(lang) == "Mary", f"{where}: what gives way is the oldest, never the newest"
            taken = [rect for rect, _ in play.hint_rects] + play.choose_hint_rects + [app.box.last_rect]
            for sub in play.subtitle_rects:
                for rect in taken:
                    assert not sub.colliderect(rect), f"{where}: subtitle row {sub} covers {rect}"
            checked += 1
    assert checked >= 4 * 4


def test_the_how_to_choose_hint_waits_until_the_options_are_on_screen(app, real_story):
    app.settings.language, app.settings.text_scale = "de", 2.0
    point = next(p for p in _choice_points(real_story) if p[2] == CHOOSING
                 and len(app.box.pages(_prompt(real_story, p[0], p[1], "de"), SIZE, 2.0, True, ["x" * 60] * 2)) >= 2)
    night = _stage(real_story, *point)
    app.start_night(night, save=False)
    play = app.top
    app.frame(STEP)
    app.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=(app.canvas_rect.x + 20, app.canvas_rect.y + 20)))
    play.nudge_at = play.scene_time  # as if a key had aimed at nothing while the first page types
    for _ in range(5):
        app.frame(STEP)
    assert not app.box.laid_out, "the first page of the prompt is still on screen, no option yet"
    assert not play.choose_hint_rects, "no hint about options no one can see"
    for _ in range(16):
        if app.box.laid_out:
            break
        app.act("advance")
        app.frame(STEP)
    assert app.box.laid_out
    play.nudge_at = play.scene_time
    app.frame(STEP)
    assert play.choose_hint_rects, "with the options on screen, a key that aims at nothing brings the hint"


def _next_line_box_fade(story, home, whole_screen_fade: bool):
    app = App(story, home=home, settings=Settings(), size=(480, 270), autosave=False)
    app.start_night(Night.new(app.story))
    for _ in range(60):
        app.frame(STEP)
    play = app.top
    play.reveal = 1e9
    app.frame(STEP)
    if whole_screen_fade:
        app.crossfade(0.9)  # as the jump out of a hiding place dissolves the whole screen
        app.frame(STEP)  # the canvas now holds a frame with the old screen blended over it
    first = app.night.line.id
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_SPACE, mod=0, unicode="", scancode=0))
    app.frame(STEP)
    assert app.night.line is None or app.night.line.id != first
    fade = play.box_fade
    app.quit()
    pygame.quit()
    return fade


def test_a_line_changing_during_a_whole_screen_fade_does_not_fade_a_copy_of_that_blend(mini_story, tmp_path):
    assert _next_line_box_fade(mini_story, tmp_path / "a", False) is not None  # beats cross-fade their text
    # but not from a canvas holding the old screen's ghosts (its buttons and text): the new line simply replaces it
    assert _next_line_box_fade(mini_story, tmp_path / "b", True) is None


def test_the_page_a_player_chooses_on_starts_a_sentence_or_says_earlier_text_came_before(real_story):
    pygame.init()
    pygame.display.set_mode((1, 1))
    from eternal.presentation.assets import Fonts
    from eternal.presentation.textbox import TextBox

    box = TextBox(Fonts())
    paged = 0
    for scene_id, beat_id, phase in _choice_points(real_story):
        if phase != CHOOSING:
            continue
        scene = real_story.scene(scene_id)
        index = scene.beat_index(beat_id) or 0
        beat = scene.beats[index]
        # the prompt, or for a choice without one the line read just before it (its last page stands over them)
        shown = beat if beat.text else next((b for b in reversed(scene.beats[:index]) if b.text), None)
        if shown is None:
            continue
        for lang in ("en", "de"):
            text = shown.text.get(lang)
            night = _stage(real_story, scene_id, beat_id, CHOOSING)
            labels = [choice_label(c, lang) for c in night.choices] or ["…"]
            pages = box.pages(text, SIZE, 2.0, bool(shown.who), labels)
            if len(pages) < 2:
                continue
            paged += 1
            last, before = pages[-1], " ".join(pages[:-1])
            where = f"{scene_id}.{beat_id} ({lang}): {pages}"
            assert last.startswith("… ") or _SENTENCE_END.search(before), where
            assert (before + " " + last.removeprefix("… ")).split() == text.split(), f"{where}: nothing lost or repeated"
    assert paged >= 5  # at 200 % many prompts run over pages: the rule is really exercised
    pygame.quit()
