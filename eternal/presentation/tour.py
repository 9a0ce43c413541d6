"""`eternal tour`: every memory painted at erasure 0, 0.5 and 0.9, with its first line in the text box; every hiding
place with the companion in it, and the moment they find her there; and every ending, as PNGs."""

from __future__ import annotations

import sys
from pathlib import Path

from eternal.model import line_ids
from eternal.presentation.headless import use_dummy_drivers

LEVELS = (0.0, 0.5, 0.9)


def run_tour(scenes: Path, outdir: Path, size: tuple[int, int], lang: str | None, reduce_motion: bool,
             scale: float = 1.0, only: str | None = None) -> int:
    """Write the pictures (with `only`, those of that one memory or ending); exit 2 for an unknown id."""
    use_dummy_drivers()
    import pygame

    from eternal.persistence.files import home_dir
    from eternal.persistence.settings import Settings
    from eternal.presentation.bootstrap import build_app
    from eternal.presentation.launch import LaunchOptions, language_problem, load_or_report

    story = load_or_report(scenes)
    if story is None:
        return 1
    problem = language_problem(story, lang)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    if only is not None and not story.has_scene(only):
        from eternal.drivers.start_at import close_ids

        near = close_ids(story, only)
        print(f"eternal: tour --only {only}: no such memory or ending"
              + (f"; did you mean {', '.join(near)}?" if near else ""), file=sys.stderr)
        return 2
    lang = lang or story.languages[0]
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"eternal: cannot write to {outdir}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    # the game's own window, painters and warnings; nothing is saved
    app = build_app(story, Settings(), home_dir(), LaunchOptions(size=size, lang=lang, autosave=False))
    canvas = pygame.Surface(size)
    warnings = app.services.warnings
    painter = app.services.painter
    box = app.services.text
    written = 0
    for memory in story.memories.values():
        if only is not None and memory.id != only:
            continue
        beat = next((b for b in memory.beats if b.text is not None), None)
        for level in LEVELS:
            painter.render(canvas, memory, level, 0.0, reduce_motion, exact=True)
            if beat is not None and beat.text is not None:
                who = story.characters.get(beat.who) if beat.who else None
                choices = [o.text.get(lang) for o in beat.options]
                box.draw(canvas, line_id=line_ids.beat_line(memory.id, beat.id), speaker=who.get(lang) if who else None,
                         text=beat.text.get(lang), revealed=1e9, choices=choices, selected=None, scale=scale)
            path = outdir / f"{memory.id}_{int(level * 100):03d}.png"
            pygame.image.save(canvas, str(path))
            written += 1
    hiding = story.hiding
    for memory in story.memories.values():  # every hiding place with her in it, then the moment they find her
        if memory.kind != "unmapped" or (only is not None and memory.id != only):
            continue
        if not any(layer.kind == "companion" for layer in memory.art):
            warnings.add(f"companion:{memory.id}", f"{memory.id}: a hiding place with no companion layer: she is not drawn there")
        for name, found in (("with_companion", 0.0), ("found", 1.0)):
            painter.render(canvas, memory, 0.0, 0.0, reduce_motion, exact=True, companion=True, found=found)
            if found and hiding is not None:
                box.draw(canvas, line_id=line_ids.rule_line(memory.id, "found"), speaker=None, text=hiding.found_lines[0].get(lang),
                         revealed=1e9, choices=[], selected=None, scale=scale)
            pygame.image.save(canvas, str(outdir / f"{memory.id}_{name}.png"))
            written += 1
    for ending in story.endings:  # endings do not erase: one picture each, with its first line
        if only is not None and ending.id != only:
            continue
        beat = next((b for b in ending.beats if b.text is not None), None)
        painter.render(canvas, ending, 0.0, 0.0, reduce_motion, exact=True)
        if beat is not None and beat.text is not None:
            box.draw(canvas, line_id=f"{ending.id}.{beat.id}", speaker=None, text=beat.text.get(lang), revealed=1e9,
                     choices=[], selected=None, scale=scale)
        pygame.image.save(canvas, str(outdir / f"ending_{ending.id}.png"))
        written += 1
    pygame.quit()
    print(f"tour: {written} pictures of {len(story.memories)} memories and {len(story.endings)} endings in {outdir}")
    for message in warnings.messages:
        print(f"tour: {message}", file=sys.stderr)
    return 1 if warnings.messages else 0
