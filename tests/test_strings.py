"""The engine's interface text: every key in every language the engine ships, with the same placeholders; a tag
the engine lacks falls back by BCP 47 (fr-CA -> fr, pt-BR -> pt -> en); a story names its own things in `ui:`."""

import re
import string
from dataclasses import replace

import pytest

from eternal.model.story import Text
from eternal.strings import KEYS, STORY_KEYS, TABLES, language_chain, language_name, text_for

# Words the same in English and in another language by right (a loanword, a key letter, only a story word).
SAME_AS_ENGLISH = {
    "de": {"normal", "map_close", "hint_hide", "hint_deeper", "map_here", "companion_mark", "subtitle"},
    "fr": {"master_volume", "hint_hide", "hint_deeper", "map_here", "companion_mark", "graph_prologue"},
}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_engine_speaks_english_german_and_french():
    assert {"en", "de", "fr"} <= set(TABLES)


@pytest.mark.parametrize("lang", sorted(TABLES))
def test_every_key_is_in_every_table_and_none_is_empty(lang):
    table = TABLES[lang]
    assert set(table) == set(KEYS), (set(KEYS) - set(table), set(table) - set(KEYS))
    assert all(text.strip() for text in table.values()), [k for k, text in table.items() if not text.strip()]


@pytest.mark.parametrize("lang", sorted(TABLES))
def test_placeholders_are_the_same_in_every_language(lang):
    for key in KEYS:
        assert placeholders(TABLES[lang][key]) == placeholders(TABLES["en"][key]), (lang, key)


@pytest.mark.parametrize("lang", sorted(set(TABLES) - {"en"}))
def test_no_text_is_left_in_english(lang):
    left = {key for key in KEYS if TABLES[lang][key] == TABLES["en"][key]} - SAME_AS_ENGLISH[lang]
    assert not left, left


def test_a_tag_the_engine_lacks_falls_back_to_its_language_and_then_to_english():
    assert language_chain("fr-CA") == ("fr-CA", "fr", "en")
    assert language_chain("pt-BR") == ("pt-BR", "pt", "en")
    assert text_for("fr-CA", "quit") == TABLES["fr"]["quit"] == "Quitter"
    assert text_for("pt-BR", "quit") == TABLES["en"]["quit"]
    assert text_for("zh-Hant-TW", "load") == "Load"


def test_every_story_key_has_a_neutral_default_in_every_table():
    for key in STORY_KEYS:
        assert key in KEYS
        for lang in TABLES:
            assert not re.search(r"joel|clementine|lacuna|clinic", text_for(lang, key), re.IGNORECASE)


def test_a_story_names_its_own_things_and_nothing_else(mini_story):
    story = replace(mini_story, ui={
        "map_title": Text({"en": "HARBOUR · the chart", "fr": "HARBOUR · la carte"}),
        "hide_button": Text({"en": "take Ana's hand", "fr": "prendre la main d'Ana"}),
        "quit": Text({"en": "Run away"}),  # not a story key: the engine's own word stays
    })
    assert text_for("en", "map_title", story) == "HARBOUR · the chart"
    assert text_for("fr-CA", "map_title", story) == "HARBOUR · la carte"
    assert text_for("en", "quit", story) == "Quit"
    assert text_for("fr", "companion_legend", story) == TABLES["fr"]["companion_legend"]  # not given: the default


def test_the_hide_hint_says_the_storys_words_after_its_key():
    story_words = type("S", (), {"ui": {"hide_button": Text({"en": "take her hand", "de": "ihre Hand nehmen"})}})()
    assert text_for("en", "hint_hide", story_words) == "T take her hand"
    assert text_for("de", "hint_hide", story_words) == "T ihre Hand nehmen"
    assert text_for("fr", "hint_hide") == "T se cacher"
    assert text_for("en", "hint_choose").format(n=3) == "Choose: keys 1–3, or ↑↓ then Enter, or click an option"


def test_french_keeps_its_colons_with_the_word_before_them():
    assert "\u00a0:" in text_for("fr", "save_failed") and " :" not in text_for("fr", "save_failed")


def test_each_language_is_named_in_itself_and_an_unknown_tag_as_itself():
    assert [language_name(tag) for tag in ("en", "de", "fr")] == ["English", "Deutsch", "Français"]
    assert language_name("tlh") == "tlh"


def test_the_story_graph_speaks_the_language_it_is_drawn_in(mini_story):
    from eternal.authoring.graph import describe, to_dot, to_svg

    assert describe(None, "fr") == "sinon"
    assert "graphe de l'histoire" in to_svg(mini_story, "fr") and "Graph der Geschichte" in to_svg(mini_story, "de")
    assert 'label="Prolog"' in to_dot(mini_story, "de")
