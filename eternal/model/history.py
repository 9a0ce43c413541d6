"""The backlog: what the player has read, rebuilt from the stable line ids a night keeps (so it survives saves)."""

from __future__ import annotations

from dataclasses import dataclass

from eternal.model.story import Story, Text


@dataclass(frozen=True)
class Entry:
    """One line of the backlog: who spoke (None for narration), the text, and whether it was the player's pick."""

    id: str
    who: str | None
    text: Text
    picked: bool = False


def entry(story: Story, line_id: str) -> Entry | None:
    """The backlog entry for a recorded id, or None when the story no longer has that line."""
    scene_id, _, rest = line_id.partition(".")
    if not story.has_scene(scene_id) or not rest:
        return None
    scene = story.scene(scene_id)
    hiding = story.hiding
    if rest.startswith("@"):
        if hiding is None:
            return None
        for prefix, texts in (("@found", hiding.found_lines), ("@lost", hiding.lost_lines)):
            if rest.startswith(prefix):
                number = rest[len(prefix):]
                nth = int(number) if number.isdigit() and len(number) < 6 else 1
                return Entry(line_id, None, texts[(max(1, nth) - 1) % len(texts)])
        if rest.startswith("@hide:"):
            target = rest[6:]
            return Entry(line_id, None, story.memories[target].title, picked=True) if target in story.memories else None
        return None
    beat_id, _, tail = rest.partition(".")
    beat_id, _, survivor = beat_id.partition("#")
    index = scene.beat_index(beat_id)
    if index is None:
        return None
    beat = scene.beats[index]
    if survivor:
        memory = story.memories.get(survivor)
        return Entry(line_id, None, memory.keepsake) if memory and memory.keepsake else None
    if tail:
        option = next((o for o in beat.options if o.id == tail), None)
        return Entry(line_id, None, option.text, picked=True) if option else None
    return Entry(line_id, beat.who, beat.text) if beat.text else None


def backlog(story: Story, read: list[str]) -> list[Entry]:
    """Every line read, oldest first, skipping what the story has since cut."""
    out = []
    for line_id in read:
        e = entry(story, line_id)
        if e is not None:
            out.append(e)
    return out
