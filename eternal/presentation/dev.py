"""`eternal --dev`: the game reloads a scene file when it changes and keeps the player where they were; a broken file
shows its problems on screen instead of ending the game."""

from __future__ import annotations

import time
from pathlib import Path

import pygame

from eternal.loader import load_story
from eternal.loader.load import scene_files
from eternal.presentation.launch import story_for_run
from eternal.presentation.palette import BOX, SPEAKER, TEXT

POLL_SECONDS = 0.5


def _stamp(scenes: Path) -> tuple:
    out = []
    for path in scene_files(scenes):
        try:
            out.append((str(path), path.stat().st_mtime_ns, path.stat().st_size))
        except OSError:
            continue
    return tuple(out)


class DevWatcher:
    """Polls the scene files; on a change, reloads and hands the app the new story, or keeps the problems to show."""

    def __init__(self, scenes: Path) -> None:
        self.scenes = scenes
        self.stamp = _stamp(scenes)
        self.problems: list[str] = []
        self.notice = ""
        self._next = 0.0

    def poll(self, app) -> None:
        if app.time < self._next:
            return
        self._next = app.time + POLL_SECONDS
        stamp = _stamp(self.scenes)
        if stamp == self.stamp:
            return
        self.stamp = stamp
        result = load_story(self.scenes)
        if not result.ok:
            self.problems = [str(p) for p in result.problems]
            return
        self.problems = []
        self.reload(app, result.story)

    def reload(self, app, story) -> None:
        """Swap the story under a running night, keeping its memory and line (or the memory's start); a showcase
        run plays the new story's cut."""
        problem = app.use_story(story_for_run(story, app.options))
        when = time.strftime("%H:%M:%S")  # the author's wall clock: when this file was taken in
        self.notice = f"reloaded; started over: {problem}" if problem else f"reloaded at {when}"

    def render(self, app, canvas: pygame.Surface) -> None:
        w, h = canvas.get_size()
        px = max(11, int(h * 0.022))
        labels = app.services.labels
        if self.problems:
            rows = self.problems[:18]
            height = (len(rows) + 2) * int(px * 1.4)
            panel = pygame.Rect(0, 0, w, height)
            canvas.fill(BOX, panel)
            labels.draw_text(canvas, f"{len(self.problems)} problem(s); the game plays on with the last good story",
                             (int(w * 0.02), int(px * 0.4)), px, SPEAKER)
            for i, row in enumerate(rows):
                labels.draw_text(canvas, row, (int(w * 0.02), int(px * 1.4) * (i + 1) + int(px * 0.4)), px, TEXT)
        elif self.notice:
            labels.draw_text(canvas, self.notice, (w - int(w * 0.02), h - int(px * 1.6)), px, SPEAKER, right=True,
                             backing=True)


def first_good_story(scenes: Path, size: tuple[int, int]):
    """The story, once it loads: a broken one is shown as its problems in a window until it is fixed (None: the
    author closed the window)."""
    result = load_story(scenes)
    return result.story if result.ok else _wait_for_a_good_story(scenes, result, size)


def _wait_for_a_good_story(scenes: Path, result, size):
    pygame.display.init()
    pygame.font.init()
    window = pygame.display.set_mode(size, pygame.RESIZABLE)
    pygame.display.set_caption("Eternal (dev): fix the scene files")
    font = pygame.font.Font(str(Path(__file__).with_name("fonts") / "DejaVuSans.ttf"), 16)
    stamp = _stamp(scenes)
    problems = [str(p) for p in result.problems]
    while True:
        for event in pygame.event.get():
            if event.type == pygame.QUIT or (event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE):
                pygame.quit()
                return None
        now = _stamp(scenes)
        if now != stamp:
            stamp = now
            result = load_story(scenes)
            if result.ok:
                pygame.display.quit()
                return result.story
            problems = [str(p) for p in result.problems]
        window.fill(BOX)
        y = 10
        for row in [f"{len(problems)} problem(s) in {scenes}; waiting for a fix (Esc quits)"] + problems[:40]:
            window.blit(font.render(row, True, TEXT), (10, y))
            y += 22
        pygame.display.flip()
        pygame.time.wait(int(POLL_SECONDS * 1000))
