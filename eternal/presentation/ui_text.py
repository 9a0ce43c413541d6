"""The engine's own words (menus, hints, map legend), in every language the engine knows. Story words live in scenes/."""

from __future__ import annotations

UI = {
    "en": {
        "new": "New night",
        "continue": "Continue",
        "quit": "Quit",
        "title_hint": "Enter chooses · arrows move · Esc quits",
        "map_title": "LACUNA · memory map",
        "legend_mapped": "● mapped",
        "legend_erased": "✕ erased",
        "legend_unmapped": "◆ unmapped",
        "legend_searched": "◇ searched",
        "legend_clem": "○ C = Clementine",
        "legend_target": "◎ click: hide her there",
        "front": "erasure front",
        "hint_map": "M map",
        "hint_hide": "T take her hand",
        "hint_advance": "Space continue",
        "end_hint": "Enter: back to the title",
        "the_end": "End of the night",
        "survived": "still there",
        "erased": "erased",
        "no_save": "No save to continue from",
        "bad_save": "The save could not be read: {reason}",
        "hidden_in": "hidden in",
    },
    "de": {
        "new": "Neue Nacht",
        "continue": "Fortsetzen",
        "quit": "Beenden",
        "title_hint": "Enter wählt · Pfeile bewegen · Esc beendet",
        "map_title": "LACUNA · Erinnerungskarte",
        "legend_mapped": "● kartiert",
        "legend_erased": "✕ gelöscht",
        "legend_unmapped": "◆ nicht kartiert",
        "legend_searched": "◇ durchsucht",
        "legend_clem": "○ C = Clementine",
        "legend_target": "◎ Klick: sie dort verstecken",
        "front": "Löschfront",
        "hint_map": "M Karte",
        "hint_hide": "T ihre Hand nehmen",
        "hint_advance": "Leertaste weiter",
        "end_hint": "Enter: zurück zum Titel",
        "the_end": "Ende der Nacht",
        "survived": "noch da",
        "erased": "gelöscht",
        "no_save": "Kein Spielstand zum Fortsetzen",
        "bad_save": "Der Spielstand ist nicht lesbar: {reason}",
        "hidden_in": "versteckt in",
    },
}


def ui(lang: str, key: str) -> str:
    """An interface string in `lang` (English when the language or key is unknown)."""
    return UI.get(lang, UI["en"]).get(key) or UI["en"][key]
