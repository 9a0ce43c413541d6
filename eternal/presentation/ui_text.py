"""The interface text as the screens ask for it: a thin door onto eternal.strings (the tables live there)."""

from __future__ import annotations

from typing import Any

from eternal.strings import STORY_KEYS, language_name, text_for

__all__ = ["STORY_KEYS", "language_name", "text_for", "ui"]


def ui(lang: str, key: str, story: Any = None) -> str:
    """An interface string in `lang`; with the story, its `ui:` words for the keys it may name (see STORY_KEYS)."""
    if key == "lang_name":  # the language named in itself (older callers; language_name() says it directly)
        return language_name(lang)
    return text_for(lang, key, story)
