"""Every choice point of the shipped story is drawn with all its options, whole and inside the window, in both
languages at 1280x720 and at 200 % text; and no key that did not aim at an option picks one."""

import pygame
import pytest

from eternal.model.night import Line, Night
from eternal.model.state import CHOOSING, ESCAPING
from eternal.model.story import Memory
from eternal.persistence.settings import Settings
from eternal.presentation.app import STEP, App
from eternal.presentation.palette import TEXT_DIM
from eternal.presentation.screens.play import choice_label
from playthrough import scenario

SIZE = (1280, 720)
SETTLE = 1.0  # seconds: longer than any screen or text cross-fade


def _choice_points(story):
    """(scene, beat, phase) for every authored choice and every place the hiding menu can open."""
    points = []
    for scene in list(story.memories.values()) + list(story.endings):
        for beat in scene.beats:
            if beat.options:
                points.append((scene.id, beat.id, CHOOSING))
    turn = story.erase_order.index(story.turn_memory)
    for memory_id, memory in story.memories.items():
        after_turn = memory_id in story.erase_order[turn:]
        if after_turn or memory.kind == "unmapped":
            beat = next((b for b in memory.beats if b.escape), memory.beats[0])
            points.append((memory_id, beat.id, ESCAPING))
    return points


def _stage(story, scene_id, beat_id, phase) -> Night:
    """A night standing at that beat in that phase: after the turn in a memory of the erasure, hidden in an unmapped
    one (built as a save and restored)."""
    scene = story.scene(scene_id)
    fields: dict = {}
    if scene_id not in story.prologue and isinstance(scene, Memory):
        fields["turned"] = phase == ESCAPING
        if scene.kind == "unmapped":
            held = next(m for m in story.neighbours[scene_id] if story.memories[m].kind == "mapped")
            fields.update(hidden_in=scene_id, held=held, front=held)
        else:
            fields.update(front=scene_id, hidden_in=None)
        fields["escape_return"] = "resume" if phase == ESCAPING else None
    return scenario(story).at(scene_id, beat_id, execution=phase, **fields)


def _lit_pixels(canvas, rect) -> int:
    """How many pixels in `rect` carry the options' text colour (roughly): something is written there."""
    area = canvas.subsurface(rect.clip(canvas.get_rect())).copy()
    mask = pygame.mask.from_threshold(area, TEXT_DIM + (255,), (60, 60, 60, 255))
    return mask.count()


@pytest.mark.slow
def test_every_choice_point_shows_every_option_whole_and_inside_the_window(real_story, tmp_path):
    # One window for all four looks (the pictures are rasterised once): English and German, 100 % and 200 % text.
    app = App(real_story, home=tmp_path, settings=Settings(), size=SIZE, autosave=False)
    canvas_rect = pygame.Rect((0, 0), app.canvas_rect.size)
    missing = []
    points = _choice_points(real_story)
    assert len(points) >= 40
    checked = 0
    looks = (("en", 1.0), ("de", 1.0), ("en", 2.0), ("de", 2.0))
    for scene_id, beat_id, phase in points:  # scene by scene, so each picture is rasterised once for all four looks
        for lang, scale in looks:
            app.settings.language, app.settings.text_scale = lang, scale
            night = _stage(real_story, scene_id, beat_id, phase)
            if not night.choices:
                continue  # every option of this beat waits for a condition: the beat is skipped, nothing to show
            app.start_night(night, save=False)
            play = app.top
            scene = real_story.scene(scene_id)
            index = scene.beat_index(beat_id) or 0
            before = next((b for b in reversed(scene.beats[:index]) if b.text), None)
            if before is not None:  # the line the player read just before the choice
                play.last_line = Line(f"{scene_id}.{before.id}", before.who, before.text)
            for _ in range(12):  # a player reads the prompt (Space finishes it and turns its pages)
                app.frame(STEP)
                if app.box.laid_out:
                    break
                app.act("advance")
            # A player sees the options once the screen has settled: let the cross-fades run out (model steps
            # only, cheap), then paint that frame.
            for _ in range(int(SETTLE / STEP)):
                app.update(STEP)
            app.render()
            expected = [choice_label(c, lang) for c in night.choices]
            drawn = [c.label for c in app.box.laid_out]
            where = f"{scene_id}.{beat_id} ({phase}, {lang}, {int(scale * 100)} %)"
            checked += 1
            if drawn != expected:
                missing.append(f"{where}: drew {drawn}, expected {expected}")
                continue
            canvas = app.window.subsurface(app.canvas_rect)
            for choice in app.box.laid_out:
                if not canvas_rect.contains(choice.rect):
                    missing.append(f"{where}: option {choice.label!r} at {tuple(choice.rect)} leaves the window")
                elif _lit_pixels(canvas, choice.rect) < 20:
                    missing.append(f"{where}: option {choice.label!r} has nothing written where it stands")
    app.quit()
    pygame.quit()
    assert not missing, "\n".join(missing)
    assert checked >= 4 * 40


def test_space_enter_and_a_click_beside_the_options_never_pick_one(real_story, tmp_path):
    app = App(real_story, home=tmp_path, settings=Settings(), size=SIZE, autosave=False)
    scene = next(m for m in real_story.memories.values() if any(b.options and not b.text for b in m.beats))
    beat = next(b for b in scene.beats if b.options and not b.text)  # a choice with no prompt of its own
    night = _stage(real_story, scene.id, beat.id, CHOOSING)
    app.start_night(night, save=False)
    app.frame(STEP)
    assert app.box.laid_out, "the options of a choice without a prompt are on screen"
    for event in (pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_F5, pygame.K_PAGEDOWN - 1):
        app.handle(pygame.event.Event(pygame.KEYDOWN, key=event, mod=0, unicode="", scancode=0))
        app.frame(STEP)
    picture = (app.canvas_rect.x + 20, app.canvas_rect.y + 20)  # the empty picture, far from the text box
    app.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=picture))
    app.frame(STEP)
    assert night.phase == CHOOSING and night.state.beat == beat.id  # still choosing: nothing was taken
    assert app.top.nudge_at > -1e9  # and the hint says how to choose
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_DOWN, mod=0, unicode="", scancode=0))
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="", scancode=0))
    app.frame(STEP)
    assert night.state.beat != beat.id  # aimed with the arrow, then Enter: the first option is taken
    app.quit()
    pygame.quit()
