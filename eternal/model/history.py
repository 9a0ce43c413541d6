"""The backlog: what the player has read, rebuilt from the stable line ids a night keeps (so it survives saves)."""

from __future__ import annotations

from dataclasses import dataclass

from eternal.model import line_ids
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
    parts = line_ids.parse(line_id)
    if parts is None or not story.has_scene(parts.scene):
        return None
    if parts.rule is not None:
        return _rule_entry(story, line_id, parts)
    scene = story.scene(parts.scene)
    index = scene.beat_index(parts.beat or "")
    if index is None:
        return None
    beat = scene.beats[index]
    if parts.item:
        memory = story.memories.get(parts.item)
        return Entry(line_id, None, memory.keepsake) if memory and memory.keepsake else None
    if parts.option:
        option = next((o for o in beat.options if o.id == parts.option), None)
        return Entry(line_id, None, option.text, picked=True) if option else None
    return Entry(line_id, beat.who, beat.text) if beat.text else None


def _rule_entry(story: Story, line_id: str, parts: line_ids.LineId) -> Entry | None:
    """A line the hiding rules said (found, lost) or the hiding place the player picked."""
    hiding = story.hiding
    if hiding is None:
        return None
    said = {"found": hiding.found_lines, "lost": hiding.lost_lines}.get(parts.rule or "")
    if said:
        return Entry(line_id, None, said[(max(1, parts.number or 1) - 1) % len(said)])
    if parts.rule == "hide" and parts.target in story.memories:
        return Entry(line_id, None, story.memories[parts.target].title, picked=True)
    return None


def backlog(story: Story, read: list[str]) -> list[Entry]:
    """Every line read, oldest first, skipping what the story has since cut."""
    out = []
    for line_id in read:
        e = entry(story, line_id)
        if e is not None:
            out.append(e)
    return out
