"""The memory map is the technicians' screen: every memory a card, every association a line that runs between the
cards and never through a name, the companion's marker unmistakable, the memory the player is in marked, a legend
and a way out; its title, the companion's mark and the legend's story words are the story's own."""

import re
from dataclasses import replace

import pygame
import pytest

from conftest import ROOT
from eternal.model.map_layout import map_layout
from eternal.model.night import Night
from eternal.model.story import Text
from eternal.presentation.assets import Fonts
from eternal.presentation.map_view import COMPANION, HERE, MapView
from eternal.presentation.textbox import TextBox
from eternal.strings import STORY_KEYS, text_for
from playthrough import step

SIZES = [(1280, 720), (1920, 1080)]
FONT_DIR = ROOT / "eternal" / "presentation" / "fonts"
STORY_WORDS = re.compile(r"joel|clementine|lacuna|clinic|\bC =", re.IGNORECASE)  # the shipped story's
SCALES = [1.0, 2.0]


@pytest.fixture(scope="module")
def view():
    pygame.font.init()
    return MapView(TextBox(Fonts(str(FONT_DIR / "DejaVuSans.ttf"))))


def turned_night(story, hidden: bool) -> Night:
    """A night past the turn; with `hidden`, with her hidden and the search under way."""
    night = Night.new(story)
    for _ in range(40000):
        s = night.state
        if s.turned and (not hidden or (s.hidden_in is not None and s.swept)):
            return night
        step(night, "hide")
    raise AssertionError("the night never got there")


def crossings(view: MapView) -> list[str]:
    """Every place where a line piece enters a card (a touch of its edge, where the line plugs in, is allowed)."""
    found = []
    for memory_id, rect in view.cards.items():
        inner = rect.inflate(-2, -2)
        for a, b in view.segments:
            if inner.clipline(a, b):
                found.append(f"{a}-{b} through {memory_id} {tuple(rect)}")
    return found


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_map_never_draws_a_line_through_a_label(real_story, view, size, scale, lang):
    night = turned_night(real_story, hidden=True)
    canvas = pygame.Surface(size)
    view.draw(canvas, night, lang, 0.3, night.hiding_targets(), scale=scale)
    assert len(view.cards) == sum(1 for m in real_story.memories.values() if m.kind != "real")
    assert len(view.segments) >= len(real_story.neighbours) // 2  # the associations are there to be crossed
    assert crossings(view) == []
    for a, b in view.segments:
        assert a[0] == b[0] or a[1] == b[1]  # their software draws square lines, like a circuit


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
def test_every_card_and_word_of_the_map_stays_on_the_screen_and_apart(real_story, view, size, scale):
    night = Night.new(real_story)
    canvas = pygame.Surface(size)
    for lang in ("en", "de"):
        view.draw(canvas, night, lang, 0.0, [], scale=scale)
        screen = canvas.get_rect()
        cards = list(view.cards.values())
        for i, rect in enumerate(cards):
            assert screen.contains(rect)
            assert rect.collidelist(cards[i + 1:]) == -1
        for text, rect in view.texts:
            assert screen.contains(rect), (lang, text, tuple(rect))
        # a name stays inside its card: none runs out over the lines
        for card in cards:
            names = [rect for _, rect in view.texts if rect.colliderect(card)]
            assert all(card.contains(rect) for rect in names)


def test_the_layout_routes_the_small_story_too(mini_story):
    pygame.font.init()
    font = pygame.font.Font(str(FONT_DIR / "DejaVuSans.ttf"), 14)
    lay = map_layout(mini_story, (20, 40, 600, 260), 14, lambda text, px: font.size(text)[0], "en")
    rects = [pygame.Rect(card.rect) for card in lay.cards.values()]
    for _, _, points in lay.edges:
        for a, b in zip(points, points[1:]):
            assert all(not r.inflate(-2, -2).clipline(a, b) for r in rects)


def test_the_companions_marker_is_large_and_in_its_own_yellow(real_story, view):
    night = turned_night(real_story, hidden=True)
    canvas = pygame.Surface((1280, 720))
    view.draw(canvas, night, "en", 0.0, [])
    rect = view.cards[night.state.hidden_in]
    yellow = sum(1 for x in range(rect.left - 8, rect.right + 8) for y in range(rect.top - 8, rect.bottom + 8)
                 if canvas.get_at((x, y))[:3] == COMPANION)
    assert yellow > 400  # a frame and a disc, not a 10-pixel letter
    elsewhere = sum(1 for x in range(0, 1280, 2) for y in range(0, 600, 2) if canvas.get_at((x, y))[:3] == COMPANION
                    and not rect.inflate(40, 40).collidepoint(x, y))
    assert elsewhere == 0  # nothing else on the map wears that colour (the legend sits below)


def test_the_memory_the_player_is_in_is_marked_before_the_turn(real_story, view):
    night = Night.new(real_story)
    for _ in range(40000):
        if night.state.stage == "erasure":
            break
        step(night, "comply")
    assert not night.state.turned
    canvas = pygame.Surface((1280, 720))
    view.draw(canvas, night, "en", 0.0, [])
    rect = view.cards[night.state.scene]
    edge = [canvas.get_at((x, rect.top))[:3] for x in range(rect.left + 8, rect.right - 8)]
    assert edge.count(HERE) > len(edge) // 2


def test_the_legend_explains_every_mark_and_says_how_to_close(real_story, view):
    night = turned_night(real_story, hidden=False)
    for size in SIZES:
        canvas = pygame.Surface(size)
        for lang in ("en", "de"):
            for scale in SCALES:
                view.draw(canvas, night, lang, 0.0, night.hiding_targets(), scale=scale)
                drawn = {text for text, _ in view.texts}
                for key in ("legend_here", "legend_mapped", "legend_erased", "legend_unmapped", "legend_searched",
                            "legend_memento", "companion_legend", "legend_target", "map_close", "map_title"):
                    assert text_for(lang, key, real_story) in drawn, (size, lang, scale, key)
                lowest_card = max(rect.bottom for rect in view.cards.values())
                legend_top = min(rect.top for text, rect in view.texts if text == text_for(lang, "legend_mapped"))
                assert lowest_card < legend_top  # the legend is not drawn over the cards


def test_a_click_on_a_hiding_place_in_the_corner_map_lands_on_it(real_story, view):
    night = turned_night(real_story, hidden=False)
    canvas = pygame.Surface((1280, 720))
    corner = pygame.Rect(900, 10, 345, 194)
    view.draw(canvas.subsurface(corner), night, "en", 0.0, night.hiding_targets(), compact=True, origin=corner.topleft)
    assert view.targets
    for rect, memory_id in view.targets:
        card = view.cards[memory_id].move(corner.topleft)
        assert rect.contains(card) and corner.colliderect(rect)


def test_the_legend_promises_the_here_mark_only_when_one_is_drawn(real_story, view):
    night = Night.new(real_story)  # the prologue: the player is in no memory of the map
    canvas = pygame.Surface((1280, 720))
    for lang in ("en", "de"):
        view.draw(canvas, night, lang, 0.0, [])
        assert night.state.scene not in view.cards
        drawn = {text for text, _ in view.texts}
        here = text_for(lang, "legend_here", real_story)
        assert here not in drawn and text_for(lang, "legend_mapped") in drawn
    for _ in range(40000):
        if night.state.scene in view.cards:
            break
        step(night, "comply")
        view.draw(canvas, night, "en", 0.0, [])
    assert night.state.scene in view.cards
    assert text_for("en", "legend_here", real_story) in {text for text, _ in view.texts}


def _app_on_the_map(story, tmp_path, hidden_targets: bool):
    from eternal.persistence.settings import Settings
    from eternal.presentation.app import STEP, App

    app = App(story, home=tmp_path, settings=Settings(), size=(1280, 720))
    night = turned_night(story, hidden=False) if hidden_targets else Night.new(story)
    app.start_night(night, save=False)
    play = app.top
    play.map_open = True
    app.frame(STEP)
    app.render()
    return app, play


def _left_click(app, pos):
    from eternal.presentation.app import STEP

    app.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1,
                                  pos=(pos[0] + app.canvas_rect.x, pos[1] + app.canvas_rect.y)))
    app.frame(STEP)


def test_a_left_click_on_the_close_button_closes_the_map(real_story, tmp_path):
    app, play = _app_on_the_map(real_story, tmp_path, hidden_targets=False)
    button = app.map_view.close_rect
    assert button is not None
    label = next(rect for text, rect in app.map_view.texts if text == text_for("en", "map_close"))
    assert button.contains(label)  # the words "M / Esc closes" stand on a button
    _left_click(app, button.center)
    assert not play.map_open
    pygame.quit()


def test_a_left_click_on_an_empty_spot_closes_the_map_but_not_on_a_card(real_story, tmp_path):
    app, play = _app_on_the_map(real_story, tmp_path, hidden_targets=False)
    line = app.night.line
    card = next(iter(app.map_view.cards.values()))
    _left_click(app, card.center)  # reading a card's name: the map stays
    assert play.map_open and app.night.line == line
    w, h = app.canvas_rect.size
    empty = next((x, y) for y in range(h // 10, h // 2, 7) for x in range(w // 20, w, 7)
                 if not any(r.inflate(20, 20).collidepoint(x, y) for r in app.map_view.cards.values()))
    _left_click(app, empty)
    assert not play.map_open and app.night.line == line  # closed, and the text under it did not go on
    pygame.quit()


def test_a_click_on_a_hiding_place_still_hides_her_there(real_story, tmp_path):
    app, play = _app_on_the_map(real_story, tmp_path, hidden_targets=True)
    assert app.map_view.targets
    rect, memory_id = app.map_view.targets[0]
    _left_click(app, rect.center)
    assert app.night.state.hidden_in == memory_id
    pygame.quit()


def test_a_click_on_the_open_map_never_reaches_the_buttons_it_covers(mini_story, tmp_path):
    import pygame

    from eternal.model.night import Night
    from eternal.persistence.settings import Settings
    from eternal.presentation.app import STEP, App

    app = App(mini_story, home=tmp_path, settings=Settings(), size=(1280, 720), autosave=False)
    app.start_night(Night.new(mini_story))
    for _ in range(30):
        app.frame(STEP)
    play = app.top
    assert play.hint_rects, "the buttons are drawn before the map opens"
    history_button = next(rect for rect, action in play.hint_rects if action == "history")
    play.map_open = True
    app.render()
    play.click(history_button.center)
    assert app.top is play  # no history page opened from under the map
    pygame.quit()


def _story_with_ui(story, **words):
    """The story with its own `ui:` words (each the same in English and German, to keep the test short)."""
    return replace(story, ui={key: Text({"en": text, "de": text}) for key, text in words.items()})


def fresh_view() -> MapView:
    """A view of its own (the tests above that open the whole game close pygame's fonts when they end)."""
    pygame.font.init()
    return MapView(TextBox(Fonts(str(FONT_DIR / "DejaVuSans.ttf"))))


def test_the_map_names_the_story_and_its_companion_in_the_storys_own_words(mini_story):
    view = fresh_view()
    story = _story_with_ui(mini_story, map_title="HARBOUR · the chart", map_here="HARBOUR · {here}",
                           companion_mark="A", companion_legend="A = Ana")
    night = turned_night(story, hidden=True)
    canvas = pygame.Surface((1280, 720))
    view.draw(canvas, night, "en", 0.0, [])
    drawn = {text for text, _ in view.texts}
    assert {"HARBOUR · the chart", "A = Ana", "A"} <= drawn
    view.draw(canvas.subsurface((900, 10, 345, 194)), night, "en", 0.0, [], compact=True)
    here = story.scene(night.state.scene).title.get("en")
    assert f"HARBOUR · {here}" in {text for text, _ in view.texts}


def test_a_story_without_ui_words_gets_the_engines_neutral_ones(mini_story):
    view = fresh_view()
    story = replace(mini_story, ui={})
    night = turned_night(story, hidden=True)
    canvas = pygame.Surface((1280, 720))
    for lang in ("en", "de"):
        view.draw(canvas, night, lang, 0.0, [])
        drawn = {text for text, _ in view.texts}
        neutral = {text_for(lang, key) for key in ("map_title", "companion_legend", "companion_mark")}
        assert neutral <= drawn
    for key in STORY_KEYS:
        assert not STORY_WORDS.search(text_for("en", key)), key


def test_a_second_story_in_french_shows_its_own_map_and_no_word_of_the_first(harbour_story):
    view = fresh_view()
    night = turned_night(harbour_story, hidden=True)
    canvas = pygame.Surface((1280, 720))
    view.draw(canvas, night, "fr", 0.0, night.hiding_targets())
    drawn = [text for text, _ in view.texts]
    assert text_for("fr", "map_title", harbour_story) in drawn and text_for("fr", "legend_mapped") in drawn
    assert [text for text in drawn if STORY_WORDS.search(text)] == []


@pytest.fixture(scope="module")
def harbour_story():
    from eternal.loader import load_story

    result = load_story(ROOT / "tests" / "fixtures" / "harbour" / "scenes")
    assert result.ok, [str(p) for p in result.problems]
    return result.story
