"""Each language's own way with words the engine joins or counts: a speaker and their words ("Bastien: …", in French
"Bastien : …" with a no-break space), and a counted word in its singular or plural form on the end card."""

import pytest

import pygame

from eternal.model.story import Text
from eternal.presentation.loop import STEP
from eternal.presentation.screens.end import end_summary
from eternal.strings import TABLES, count_text, plural_form, said_by

NBSP = "\u00a0"


def test_a_speaker_and_their_words_are_joined_as_each_language_writes_them():
    assert said_by("en", "Bastien", "Stop.") == "Bastien: Stop."
    assert said_by("de", "Bastien", "Halt.") == "Bastien: Halt."
    assert said_by("fr", "Bastien", "Arrête.") == f"Bastien{NBSP}: Arrête."
    assert said_by("fr-CA", "Bastien", "Arrête.") == f"Bastien{NBSP}: Arrête."  # by fallback to French


def test_words_no_one_says_stand_alone():
    assert said_by("fr", "", "On frappe.") == "On frappe."


def test_a_speaker_line_keeps_braces_in_the_words_as_they_are():
    assert said_by("en", "Ann", "{n} is not a count") == "Ann: {n} is not a count"


@pytest.mark.parametrize("lang, one, other", [("en", [1], [0, 2, 5]), ("de", [1], [0, 2, 5]),
                                              ("fr", [0, 1], [2, 5]), ("pt-BR", [1], [0, 2])])
def test_french_counts_zero_and_one_as_singular_english_and_german_only_one(lang, one, other):
    assert all(plural_form(lang, n) == "one" for n in one)
    assert all(plural_form(lang, n) == "other" for n in other)


def test_every_counted_word_has_both_forms_in_every_table():
    for table in TABLES.values():
        for word in ("kept", "erased", "unseen"):
            assert "{n}" in table[f"{word}_one"] and "{n}" in table[f"{word}_other"]


def test_the_french_end_card_says_one_in_the_singular_and_more_in_the_plural():
    assert count_text("fr", "kept", 1) == "1 gardé"
    assert count_text("fr", "kept", 0) == "0 gardé"
    assert count_text("fr", "erased", 3) == "3 effacés"
    assert end_summary("fr", 1, 4, 0) == "1 gardé · 4 effacés"
    assert end_summary("fr", 2, 1, 1) == "2 gardés · 1 effacé · 1 jamais regardé"


def test_the_english_and_german_end_cards_count_too():
    assert end_summary("en", 1, 0, 2) == "1 kept · 0 erased · 2 never looked at"
    assert end_summary("de", 3, 1, 0) == "3 behalten · 1 gelöscht"


def _french_night(tmp_path):
    """The harbour story's first line on a small French screen, and the story: where a voice can come through."""
    from eternal.loader import load_story
    from eternal.model.night import Night
    from eternal.persistence.settings import Settings
    from eternal.presentation.app import App

    from conftest import ROOT

    story = load_story(ROOT / "tests" / "fixtures" / "harbour" / "scenes").story
    app = App(story, home=tmp_path, settings=Settings(language="fr"), size=(480, 270), autosave=False)
    app.start_night(Night.new(story))
    app.frame(STEP)
    return app, story


def _drawn_after(app, frames: int = 1) -> str:
    for _ in range(frames):
        app.frame(STEP)
    return " ".join(app.top.drawn_texts)


@pytest.mark.slow
def test_a_french_subtitle_is_drawn_with_a_no_break_space_before_the_colon(tmp_path):
    app, _ = _french_night(tmp_path)
    app.top.on_intrusion(Text({"fr": "Bastien"}), Text({"fr": "Arrête."}))
    drawn = _drawn_after(app)
    app.quit()
    pygame.quit()
    assert f"Bastien{NBSP}: Arrête." in drawn and "Bastien:" not in drawn


def test_a_voice_from_the_room_changes_language_with_the_player(tmp_path):
    """A subtitle is the story's text, not the words of the moment it came: L switches it with everything else."""
    app, story = _french_night(tmp_path)
    app.top.on_intrusion(story.characters["odile"], Text({"en": "Leave it.", "fr": "Laisse."}))
    before = _drawn_after(app)
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_l, mod=0, unicode="l", scancode=0))
    after = _drawn_after(app, 3)
    app.quit()
    pygame.quit()
    assert "Laisse." in before and "Leave it." in after and "Laisse." not in after
