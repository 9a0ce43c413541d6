"""The game window: a fixed-timestep loop that feeds input to the model as actions and paints what the model holds."""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path

import pygame

from eternal.model.night import Line, Night
from eternal.model.state import CHOOSING, DISSOLVING, ENDED, ESCAPING, READING, SaveError
from eternal.model.story import Memory, Story
from eternal.persistence.saves import newest_save, write_save
from eternal.persistence.settings import Settings
from eternal.presentation.assets import ArtCache, Fonts, Warnings
from eternal.presentation.dissolve import MemoryPainter
from eternal.presentation.input_map import key_action
from eternal.presentation.map_view import MapView
from eternal.presentation.palette import INTRUSION, SPEAKER, TEXT, TEXT_DIM
from eternal.presentation.textbox import TextBox
from eternal.presentation.ui_text import ui

STEP = 1 / 60  # the model updates at a fixed rate, whatever the frame rate
MAX_STEPS = 5  # after a stall, catch up at most this many steps rather than spiral
ASPECT = 16 / 9
FONT_DIR = Path(__file__).with_name("fonts")
SUBTITLE_SECONDS = 5.0
FADE_IN = 0.6


def letterbox(window: tuple[int, int]) -> pygame.Rect:
    """The largest 16:9 rectangle centred in the window."""
    w, h = window
    if w / max(1, h) > ASPECT:
        cw, ch = int(h * ASPECT), h
    else:
        cw, ch = w, int(w / ASPECT)
    return pygame.Rect((w - cw) // 2, (h - ch) // 2, max(1, cw), max(1, ch))


class App:
    """One game session: title, play, end. `frame(dt)` is the whole loop body, for the real loop and autoplay alike."""

    def __init__(
        self,
        story: Story,
        *,
        home: Path,
        settings: Settings,
        size: tuple[int, int] = (1280, 720),
        autosave: bool = True,
        seed: int = 0,
    ) -> None:
        self.story = story
        self.home = home
        self.settings = settings
        self.autosave_enabled = autosave
        self.seed = seed
        pygame.display.init()
        pygame.font.init()
        pygame.display.set_caption(story.title.get(settings.language))
        self.windowed_size = size
        self.fullscreen = False
        self.window = pygame.display.set_mode(size, pygame.RESIZABLE)
        if settings.fullscreen:
            self.toggle_fullscreen()
        self.warnings = Warnings()
        self.art = ArtCache(self.warnings)
        serif = FONT_DIR / "DejaVuSerif.ttf"
        self.fonts = Fonts(str(serif) if serif.is_file() else None)
        self.ui_fonts = Fonts(str(FONT_DIR / "DejaVuSans.ttf") if (FONT_DIR / "DejaVuSans.ttf").is_file() else None)
        self.box = TextBox(self.fonts)
        self.ui_box = TextBox(self.ui_fonts)
        self.painter = MemoryPainter(self.art)
        self.map = MapView(self.ui_box)
        self.screen = "title"
        self.title_sel = 0
        self.notice = ""
        self.night: Night | None = None
        self.running = True
        self.time = 0.0
        self.scene_time = 0.0
        self.accumulator = 0.0
        self.reveal = 0.0
        self.line_id: str | None = None
        self.last_line: Line | None = None
        self.selected = 0
        self.map_open = False
        self.subtitles: list[tuple[str, str, float]] = []
        self.canvas_rect = letterbox(self.window.get_size())
        self._black = pygame.Surface((1, 1))
        self.frames = 0

    # --- the loop ------------------------------------------------------------------------------------------------

    def run(self) -> None:
        """The real loop: wall-clock time, fixed updates, a render every pass."""
        clock = pygame.time.Clock()
        previous = time.perf_counter()
        while self.running:
            now = time.perf_counter()
            self.frame(now - previous)
            previous = now
            clock.tick(240)  # renders as often as a display can use; spares a laptop's fan past that

    def frame(self, dt: float) -> None:
        """One pass: input, as many fixed updates as `dt` holds (capped), one render."""
        for event in pygame.event.get():
            self.handle(event)
            if not self.running:
                return
        self.accumulator += min(dt, STEP * MAX_STEPS)
        steps = 0
        while self.accumulator >= STEP - 1e-9 and steps < MAX_STEPS:
            self.update(STEP)
            self.accumulator -= STEP
            steps += 1
        self.render()
        pygame.display.flip()
        self.frames += 1

    # --- input ---------------------------------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.QUIT:
            self.quit()
            return
        if event.type == pygame.VIDEORESIZE and not self.fullscreen:
            self.windowed_size = (max(320, event.w), max(180, event.h))
            return
        if event.type == pygame.KEYDOWN:
            action = key_action(event)
            if action:
                self.act(action)
            return
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.click(self.to_canvas(event.pos))
            return
        if event.type == pygame.MOUSEMOTION:
            self.hover(self.to_canvas(event.pos))

    def to_canvas(self, pos: tuple[int, int]) -> tuple[int, int]:
        return pos[0] - self.canvas_rect.x, pos[1] - self.canvas_rect.y

    def act(self, action: str) -> None:
        """Carry out one action on the current screen."""
        if action == "fullscreen":
            self.toggle_fullscreen()
            return
        if action == "lang":
            self.settings.language = "de" if self.settings.language == "en" else "en"
            pygame.display.set_caption(self.story.title.get(self.settings.language))
            return
        if self.screen == "title":
            self._title_action(action)
        elif self.screen == "play":
            self._play_action(action)
        elif self.screen == "end" and action in ("advance", "back", "quit"):
            self.screen = "title"

    def _title_items(self) -> list[str]:
        items = ["new", "quit"]
        if newest_save(self.home) is not None:
            items.insert(0, "continue")
        return items

    def _title_action(self, action: str) -> None:
        items = self._title_items()
        self.title_sel = min(self.title_sel, len(items) - 1)
        if action == "up":
            self.title_sel = (self.title_sel - 1) % len(items)
        elif action == "down":
            self.title_sel = (self.title_sel + 1) % len(items)
        elif action.startswith("pick:"):
            index = int(action[5:])
            if index < len(items):
                self._title_do(items[index])
        elif action == "advance":
            self._title_do(items[self.title_sel])
        elif action in ("new", "continue"):
            self._title_do(action)
        elif action in ("back", "quit"):
            self.quit()

    def _title_do(self, item: str) -> None:
        if item == "new":
            self.start(Night.new(self.story, self.seed))
        elif item == "continue":
            self.resume()
        elif item == "quit":
            self.quit()

    def resume(self) -> bool:
        """Continue from the newest readable save; a notice on the title if there is none or it will not load."""
        info = newest_save(self.home)
        if info is None or info.state is None:
            self.notice = ui(self.settings.language, "no_save")
            return False
        try:
            night = Night.restore(self.story, info.state)
        except SaveError as exc:
            self.notice = ui(self.settings.language, "bad_save").format(reason=exc)
            return False
        self.start(night, save=False)
        return True

    def start(self, night: Night, save: bool = True) -> None:
        self.night = night
        self.screen = "play"
        self.notice = ""
        self.map_open = self.settings.always_show_map
        self.subtitles.clear()
        self.scene_time = 0.0
        self.line_id = None
        events = night.pop_events()
        if save:
            self.autosave()
        self._take(events)

    def _play_action(self, action: str) -> None:
        night = self.night
        assert night is not None
        if action == "back":
            if self.map_open and not self.settings.always_show_map:
                self.map_open = False
                return
            self.autosave()
            self.screen = "title"
            return
        if action == "quit":
            self.quit()
            return
        if action == "map":
            self.map_open = not self.map_open
            return
        if action == "hide":
            if night.offer_hiding():
                self.selected = 0
            return
        choices = night.choices
        if action in ("up", "down") and choices:
            self.selected = (self.selected + (1 if action == "down" else -1)) % len(choices)
            return
        if action.startswith("pick:"):
            index = int(action[5:])
            if index < len(choices) and self._revealed():
                night.choose(choices[index].id)
            return
        if action == "advance":
            self.advance()

    def _revealed(self) -> bool:
        line = self.night.line if self.night else None
        return line is None or self.reveal >= len(line.text.get(self.settings.language))

    def advance(self) -> None:
        """Space, Enter, click: finish the typewriter, else go on (or pick the highlighted choice)."""
        night = self.night
        if night is None:
            return
        if night.phase == ENDED:
            self.screen = "end"
            return
        if not self._revealed():
            self.reveal = 1e9
            return
        if night.phase == READING:
            night.continue_()
        elif night.phase in (CHOOSING, ESCAPING):
            choices = night.choices
            if choices:
                night.choose(choices[min(self.selected, len(choices) - 1)].id)

    def click(self, pos: tuple[int, int]) -> None:
        if self.screen == "title":
            for i, rect in enumerate(self._title_rects()):
                if rect.collidepoint(pos):
                    self.title_sel = i
                    self._title_do(self._title_items()[i])
            return
        if self.screen == "end":
            self.screen = "title"
            return
        night = self.night
        if night is None:
            return
        if self.map_open:
            for rect, memory_id in self.map.targets:
                if rect.collidepoint(pos) and (night.phase == ESCAPING or night.offer_hiding()):
                    night.choose(f"hide:{memory_id}")
                    self.map_open = self.settings.always_show_map
                    return
        for i, rect in enumerate(self.box.choice_rects):
            if rect.collidepoint(pos):
                choices = night.choices
                if i < len(choices):
                    night.choose(choices[i].id)
                return
        if night.phase == READING or not self._revealed():
            self.advance()

    def hover(self, pos: tuple[int, int]) -> None:
        if self.screen == "play":
            for i, rect in enumerate(self.box.choice_rects):
                if rect.collidepoint(pos):
                    self.selected = i

    def toggle_fullscreen(self) -> None:
        try:
            if self.fullscreen:
                self.window = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
            else:
                self.window = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            self.fullscreen = not self.fullscreen
        except pygame.error as exc:
            self.warnings.add("fullscreen", f"cannot switch the display mode: {exc}")
        self.settings.fullscreen = self.fullscreen

    def quit(self) -> None:
        if self.screen == "play":
            self.autosave()
        self.running = False

    def autosave(self) -> None:
        """Write the autosave slot; a full disk or a locked folder is reported, never fatal."""
        if not self.autosave_enabled or self.night is None:
            return
        night = self.night
        try:
            write_save(self.home, "autosave", night.state.to_dict(), night.scene.title.get(self.settings.language))
        except OSError as exc:
            self.warnings.add(f"save:{exc.errno}", f"could not write the autosave: {exc.strerror or exc}")

    # --- the model's clock ----------------------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        self.time += dt
        if self.screen != "play" or self.night is None:
            return
        night = self.night
        night.tick(dt)
        self._take(night.pop_events())
        self.scene_time += dt
        line = night.line
        if line is not None:
            self.last_line = line
            if line.id != self.line_id:
                self.line_id = line.id
                self.reveal = 0.0
                self.selected = 0
        self.reveal += dt * self.settings.text_speed
        self.subtitles = [s for s in self.subtitles if self.time - s[2] < SUBTITLE_SECONDS]
        if night.phase == ENDED and self.screen == "play" and self._revealed():
            pass  # the last line stays until the player moves on

    def _take(self, events) -> None:
        lang = self.settings.language
        for event in events:
            if event.kind == "scene":
                self.scene_time = 0.0
                self.autosave()
            elif event.kind == "intrusion" and event.text is not None:
                who = self.story.characters.get(event.who or "")
                self.subtitles.append((who.get(lang) if who else "", event.text.get(lang), self.time))
                self.subtitles = self.subtitles[-3:]

    # --- painting --------------------------------------------------------------------------------------------------

    def render(self) -> None:
        size = self.window.get_size()
        rect = letterbox(size)
        if rect != self.canvas_rect or rect.size != size:
            self.window.fill((0, 0, 0))
        self.canvas_rect = rect
        canvas = self.window.subsurface(rect)
        if self.screen == "title":
            self._render_title(canvas)
        elif self.screen == "end":
            self._render_end(canvas)
        else:
            self._render_play(canvas)

    def _render_play(self, canvas: pygame.Surface) -> None:
        night = self.night
        assert night is not None
        lang = self.settings.language
        scene = night.scene
        level = night.level() if isinstance(scene, Memory) else 0.0
        self.painter.render(canvas, scene, level, self.scene_time, self.settings.reduce_motion)
        if self.scene_time < FADE_IN:
            self._veil(canvas, 1 - self.scene_time / FADE_IN)
        line = night.line
        fade = 1.0
        if line is None and night.phase == DISSOLVING:
            line = self.last_line
            fade = max(0.0, 1 - level)
        if line is not None:
            who = self.story.characters.get(line.who) if line.who else None
            choices = [c.text.get(lang) for c in night.choices]
            self.box.draw(
                canvas,
                line_id=line.id,
                speaker=who.get(lang) if who else None,
                text=line.text.get(lang),
                revealed=self.reveal if line.id == self.line_id else 1e9,
                level=level,
                choices=choices,
                selected=self.selected,
                high_contrast=self.settings.high_contrast,
                scale=self.settings.text_scale,
                fade=fade,
            )
        else:
            self.box.choice_rects = []
        self._render_subtitles(canvas)
        self._render_hints(canvas, night)
        if self.map_open:
            hide_ids = [c.target for c in night.choices if c.kind == "hide"] if night.phase == ESCAPING else []
            if not hide_ids and night.can_hide():
                from eternal.model.hiding import hiding_places

                hide_ids = hiding_places(self.story, night.state.scene, set(night.state.swept), set(night.state.erased))
            self.map.draw(canvas, night, lang, self.time, hide_ids)

    def _veil(self, canvas: pygame.Surface, amount: float) -> None:
        if self._black.get_size() != canvas.get_size():
            self._black = pygame.Surface(canvas.get_size())
        self._black.set_alpha(int(255 * max(0.0, min(1.0, amount))))
        canvas.blit(self._black, (0, 0))

    def _render_subtitles(self, canvas: pygame.Surface) -> None:
        w, h = canvas.get_size()
        px = max(12, int(h * 0.028 * self.settings.text_scale))
        y = int(h * 0.04)
        for who, text, t0 in self.subtitles:
            age = self.time - t0
            alpha = int(230 * min(1.0, age * 3, (SUBTITLE_SECONDS - age) / 1.0))
            label = f"{who}: {text}" if who else text
            self.box.draw_text(canvas, label, (int(w * 0.04), y), px, INTRUSION, italic=True, alpha=max(0, alpha))
            y += int(px * 1.4)

    def _render_hints(self, canvas: pygame.Surface, night: Night) -> None:
        w, h = canvas.get_size()
        lang = self.settings.language
        hints = [ui(lang, "hint_map")]
        if night.can_hide():
            hints.insert(0, ui(lang, "hint_hide"))
        px = max(11, int(h * 0.022))
        colour = SPEAKER if night.can_hide() else TEXT_DIM
        self.ui_box.draw_text(canvas, "   ".join(hints), (w - int(w * 0.04), int(h * 0.64)), px, colour, alpha=200, right=True)

    def _title_rects(self) -> list[pygame.Rect]:
        w, h = self.canvas_rect.size
        px = max(16, int(h * 0.05))
        return [pygame.Rect(w // 2 - w // 6, int(h * 0.5) + i * int(px * 1.6), w // 3, int(px * 1.4)) for i in range(len(self._title_items()))]

    def _render_title(self, canvas: pygame.Surface) -> None:
        w, h = canvas.get_size()
        lang = self.settings.language
        canvas.fill((10, 12, 16))
        self.box.draw_text(canvas, self.story.title.get(lang), (w // 2, int(h * 0.28)), max(24, int(h * 0.11)), TEXT, centre=True)
        px = max(16, int(h * 0.05))
        items = self._title_items()
        self.title_sel = min(self.title_sel, len(items) - 1)
        for i, (item, rect) in enumerate(zip(items, self._title_rects())):
            colour = SPEAKER if i == self.title_sel else TEXT_DIM
            self.ui_box.draw_text(canvas, ui(lang, item), rect.center, px, colour, centre=True)
        self.ui_box.draw_text(canvas, ui(lang, "title_hint"), (w // 2, int(h * 0.9)), max(11, int(h * 0.025)), TEXT_DIM, centre=True)
        if self.notice:
            self.ui_box.draw_text(canvas, self.notice, (w // 2, int(h * 0.42)), max(11, int(h * 0.028)), SPEAKER, centre=True)

    def _render_end(self, canvas: pygame.Surface) -> None:
        w, h = canvas.get_size()
        lang = self.settings.language
        canvas.fill((8, 8, 10))
        night = self.night
        title = ""
        if night is not None and night.state.ending:
            title = self.story.scene(night.state.ending).title.get(lang)
        self.box.draw_text(canvas, ui(lang, "the_end"), (w // 2, int(h * 0.3)), max(14, int(h * 0.04)), TEXT_DIM, centre=True)
        self.box.draw_text(canvas, title, (w // 2, int(h * 0.42)), max(20, int(h * 0.08)), TEXT, centre=True)
        if night is not None:
            kept = len(night.survived())
            self.ui_box.draw_text(canvas, f"{kept} · {ui(lang, 'survived')}   {len(night.state.erased)} · {ui(lang, 'erased')}",
                                  (w // 2, int(h * 0.56)), max(12, int(h * 0.03)), TEXT_DIM, centre=True)
        self.ui_box.draw_text(canvas, ui(lang, "end_hint"), (w // 2, int(h * 0.88)), max(11, int(h * 0.025)), TEXT_DIM, centre=True)


def load_or_report(scenes: Path):
    """The story, or None after printing every problem (the game refuses to start on a broken story)."""
    from eternal.loader import load_story

    result = load_story(scenes)
    if not result.ok:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print(f"eternal: {len(result.problems)} problem(s) in the scene files; fix them (see `eternal check`) and start again.",
              file=sys.stderr)
        return None
    return result.story


def run_game(scenes: Path, *, lang: str | None, size: tuple[int, int] | None, fullscreen: bool, reduce_motion: bool,
             resume: bool) -> int:
    """`eternal`: open the window and play."""
    from eternal.persistence.files import home_dir

    story = load_or_report(scenes)
    if story is None:
        return 1
    home = home_dir()
    settings = Settings.load(home)
    if lang:
        settings.language = lang
    if fullscreen:
        settings.fullscreen = True
    if reduce_motion:
        settings.reduce_motion = True
    app = None
    try:
        app = App(story, home=home, settings=settings, size=size or (1280, 720))
        if resume:
            app.resume()
        app.run()
        return 0
    except KeyboardInterrupt:
        if app is not None:
            app.autosave()
        return 130
    except Exception:  # a bug of ours: keep the player's night and say where the details are
        if app is not None:
            app.autosave()
        log = home / "crash.log"
        try:
            home.mkdir(parents=True, exist_ok=True)
            log.write_text(traceback.format_exc(), encoding="utf-8")
        except OSError:
            log = None
        print(f"eternal: something went wrong inside the game; your night was saved. Details: {log or 'unavailable'}",
              file=sys.stderr)
        return 2
    finally:
        try:
            settings.save(home)
        except OSError:
            pass
        pygame.quit()
