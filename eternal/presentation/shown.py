"""A tally of what the screen actually showed a player: lines, options, subtitles and the memories entered.

The play screen feeds it from what it drew (not from the model), so autoplay's figures measure what a player reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass
class ShownTally:
    """Counts each thing once, the first time it is fully on screen."""

    words: int = 0
    choices_shown: int = 0
    choices_made: int = 0
    seen: list[str] = field(default_factory=list)  # memories entered, in order (a memory entered again counts again)
    texts: dict[str, str] = field(default_factory=dict)  # every line, page or subtitle drawn whole, by its key
    _points: set[str] = field(default_factory=set)

    def text(self, key: str, text: str) -> None:
        """A line (or a page of one, or a subtitle) that was drawn whole."""
        if key not in self.texts:
            self.words += count_words(text)
        self.texts[key] = text  # the words as last drawn (a reloaded story may give a line new ones)

    def choice_point(self, key: str, labels: list[str]) -> None:
        """The options of one choice point, drawn."""
        if key not in self._points:
            self._points.add(key)
            self.choices_shown += 1
            self.words += sum(count_words(label) for label in labels)

    def entered(self, memory_id: str) -> None:
        self.seen.append(memory_id)
