"""The engine's own interface text (menus, hints, the map's legend) in every language the engine ships, and the
lookup that picks a language by BCP 47 fallback and lets a story name its own things (its `ui:` block).

An engine string may name a story word as `{story_key}` (the hide hint is "T {hide_button}"): the lookup puts the
story's text, or the engine's neutral default, in its place; any other `{placeholder}` is left for the caller's
`.format()`.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Mapping, Protocol

from eternal.strings import de, en, fr


class _Localised(Protocol):
    by_lang: Mapping[str, str]


class _StoryWithUi(Protocol):
    ui: Mapping[str, _Localised]


DEFAULT_LANGUAGE = "en"
TABLES: Mapping[str, Mapping[str, str]] = MappingProxyType({"en": en.TEXT, "de": de.TEXT, "fr": fr.TEXT})
KEYS: tuple[str, ...] = tuple(en.TEXT)

# The keys a story may give in its `ui:` block: they name the story's things (its map, its companion, the hiding).
STORY_KEYS: tuple[str, ...] = (
    "map_title",  # the heading of the memory map
    "map_here",  # the compact map's bar; holds {here}, the title of the scene the player is in
    "companion_mark",  # the short mark on the companion's card
    "companion_legend",  # the legend's line for that mark
    "hide_button",  # the hide action's words (the hint shows "T " and these)
    "hide_deeper",  # the same action from a hiding place
    "legend_target",  # the legend's line for the hiding places on offer
    "legend_here",  # the legend's line for where the player is
    "legend_saved",  # the legend's line for a memory the erasure lost, so it is kept
    "title_tagline",  # the line under the story's title
)

# Each language by its own name, for the settings screen (an unknown tag shows as itself).
LANGUAGE_NAMES: Mapping[str, str] = MappingProxyType({
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "pt": "Português",
    "pt-BR": "Português (Brasil)",
    "nl": "Nederlands",
    "sv": "Svenska",
    "da": "Dansk",
    "nb": "Norsk bokmål",
    "fi": "Suomi",
    "pl": "Polski",
    "cs": "Čeština",
    "ru": "Русский",
    "uk": "Українська",
    "tr": "Türkçe",
    "el": "Ελληνικά",
    "ja": "日本語",
    "ko": "한국어",
    "zh": "中文",
    "fr-CA": "Français (Canada)",
})

_STORY_WORD = re.compile(r"\{(" + "|".join(STORY_KEYS) + r")\}")


def language_chain(lang: str) -> tuple[str, ...]:
    """The tags to try for `lang`, most exact first: the tag, its primary subtag, English (fr-CA -> fr -> en)."""
    chain = [lang]
    primary = lang.split("-", 1)[0]
    for tag in (primary, DEFAULT_LANGUAGE):
        if tag not in chain:
            chain.append(tag)
    return tuple(chain)


def engine_language(lang: str) -> str:
    """The table the engine shows for `lang` (the first of its fallback chain that the engine has)."""
    return next(tag for tag in language_chain(lang) if tag in TABLES)


def text_for(lang: str, key: str, story: _StoryWithUi | None = None) -> str:
    """The interface text `key` in `lang`: the story's own words for a story key when it gives them, else the
    engine's table by BCP 47 fallback (pt-BR -> pt -> en). KeyError for a key no table has."""
    if story is not None and key in STORY_KEYS:
        own = story.ui.get(key)
        if own is not None:
            for tag in language_chain(lang):  # a story's words follow the same fallback as the engine's
                if tag in own.by_lang:
                    return own.by_lang[tag]
            return next(iter(own.by_lang.values()), "")
    table = TABLES[engine_language(lang)]
    text = table[key] if key in table else en.TEXT[key]
    return _STORY_WORD.sub(lambda m: text_for(lang, m.group(1), story), text)


def plural_form(lang: str, count: int) -> str:
    """The plural category of `count` things in the engine's table for `lang` ("one" or "other", as CLDR names
    them): French counts 0 and 1 as one, English and German only 1."""
    if engine_language(lang).split("-", 1)[0] == "fr":
        return "one" if count in (0, 1) else "other"
    return "one" if count == 1 else "other"


def count_text(lang: str, key: str, count: int) -> str:
    """`count` things said in `lang` with the right form of the counted word (the table's `key_one` or
    `key_other`, whose `{n}` is the count): "1 kept", "2 kept"; « 1 gardé », « 2 gardés »."""
    return text_for(lang, f"{key}_{plural_form(lang, count)}").format(n=count)


def said_by(lang: str, who: str, text: str) -> str:
    """A speaker and their words on one line, as `lang` writes it ("Bastien: …"; in French "Bastien : …" with a
    no-break space); the words alone when no one is named."""
    return text_for(lang, "subtitle").format(who=who, text=text) if who else text


def language_name(lang: str) -> str:
    """`lang` named in itself ("Deutsch"), or the tag itself when the engine does not know it."""
    return LANGUAGE_NAMES.get(lang, lang)
