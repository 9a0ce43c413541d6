"""Counts over a loaded story, for `eternal check --stats`."""

from __future__ import annotations

import re

from eternal.model.story import Story, Text

_WORD = re.compile(r"[\w'’-]+", re.UNICODE)


def story_stats(story: Story) -> dict:
    """Counts of memories, beats, choices, endings, intrusions and words per language."""
    memories = list(story.memories.values())
    scenes = memories + list(story.endings)
    texts: list[Text] = [story.title]
    texts += list(story.characters.values()) + [m.name for m in story.mementos.values()]
    if story.hiding:
        h = story.hiding
        texts += [h.prompt, h.stay, *h.found_lines, *h.lost_lines]
    choices = 0
    beats = 0
    for scene in scenes:
        texts.append(scene.title)
        for beat in scene.beats:
            beats += 1
            if beat.text:
                texts.append(beat.text)
            if beat.options:
                choices += 1
            texts += [o.text for o in beat.options]
    intrusions = 0
    for memory in memories:
        texts += [t for t in (memory.where, memory.keepsake, memory.cue) if t]
        texts += [i.text for i in memory.intrusions]
        intrusions += len(memory.intrusions)
    words = {lang: sum(len(_WORD.findall(t.get(lang))) for t in texts) for lang in story.languages}
    by_kind = {kind: sum(1 for m in memories if m.kind == kind) for kind in ("real", "mapped", "unmapped")}
    return {
        "story": story.id,
        "memories": {"mapped": by_kind["mapped"], "unmapped": by_kind["unmapped"], "real": by_kind["real"]},
        "beats": beats,
        "choices": choices,
        "options": sum(len(b.options) for s in scenes for b in s.beats),
        "endings": len(story.endings),
        "intrusions": intrusions,
        "mementos": len(story.mementos),
        "words": words,
        "missing_translations": 0,  # a story with any missing text does not load; see the problems instead
    }
