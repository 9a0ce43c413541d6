"""The title's picture, shared by the title and the settings' preview."""

from __future__ import annotations

from eternal.model.story import Scene, Story


def title_scene(story: Story) -> Scene:
    """The title's picture: the story's own `title_art`, else the oldest memory (the first one the night erases
    last)."""
    era = story.title_era or next(iter(story.eras), "")
    if story.title_art:
        return Scene(id="@title", title=story.title, era=era, art=story.title_art, beats=())
    if story.erase_order:
        return story.memories[story.erase_order[-1]]
    return Scene(id="@title", title=story.title, era=era, art=(), beats=())
