"""The game window: a fixed-timestep loop, a stack of screens, and the services they share (fonts, art, sound, saves)."""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path

import pygame

from eternal.model.night import Night
from eternal.model.state import SaveError
from eternal.model.story import Memory, Story
from eternal.persistence.saves import newest_save, write_save
from eternal.persistence.seen import SeenLines
from eternal.persistence.settings import Settings
from eternal.presentation.assets import ArtCache, Fonts, Warnings
from eternal.presentation.audio import Audio
from eternal.presentation.dissolve import MemoryPainter
from eternal.presentation.input_map import key_action, pad_action
from eternal.presentation.map_view import MapView
from eternal.presentation.screens.base import Screen
from eternal.presentation.shown import ShownTally
from eternal.presentation.textbox import TextBox
from eternal.presentation.ui_text import ui

STEP = 1 / 60  # the model updates at a fixed rate, whatever the frame rate
MAX_STEPS = 5  # after a stall, catch up at most this many steps rather than spiral
ASPECT = 16 / 9
FONT_DIR = Path(__file__).with_name("fonts")
THUMB_SIZE = (192, 108)
QUIT_CHORD_SECONDS = 3.0
INPUT_EVENTS = {pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN, pygame.MOUSEWHEEL, pygame.CONTROLLERBUTTONDOWN, pygame.MOUSEMOTION}


def letterbox(window: tuple[int, int]) -> pygame.Rect:
    """The largest 16:9 rectangle centred in the window."""
    w, h = window
    if w / max(1, h) > ASPECT:
        cw, ch = int(h * ASPECT), h
    else:
        cw, ch = w, int(w / ASPECT)
    return pygame.Rect((w - cw) // 2, (h - ch) // 2, max(1, cw), max(1, ch))


class App:
    """One game session. `frame(dt)` is the whole loop body, for the real loop and for autoplay alike."""

    def __init__(
        self,
        story: Story,
        *,
        home: Path,
        settings: Settings,
        size: tuple[int, int] = (1280, 720),
        autosave: bool = True,
        seed: int = 0,
        kiosk: bool = False,
    ) -> None:
        self.full_story = story
        if settings.showcase:
            from eternal.model.cut import showcase_cut

            story = showcase_cut(story)
        self.story = story
        self.home = home
        self.settings = settings
        kiosk = kiosk or settings.kiosk
        self.saves_enabled = autosave and not kiosk
        self.kiosk = kiosk
        if kiosk:
            settings.text_scale = max(settings.text_scale, 1.25)  # the large-text preset: read from across a room
        self.seed = seed
        pygame.display.init()
        pygame.font.init()
        pygame.display.set_caption(story.title.get(settings.language))
        self.windowed_size = size
        self.fullscreen = False
        self.window = pygame.display.set_mode(size, pygame.RESIZABLE)
        if settings.fullscreen or kiosk:
            self.toggle_fullscreen()
        self._init_pads()
        self.warnings = Warnings()
        self.art = ArtCache(self.warnings)
        serif, sans = FONT_DIR / "DejaVuSerif.ttf", FONT_DIR / "DejaVuSans.ttf"
        self.fonts = Fonts(str(serif) if serif.is_file() else None)
        self.ui_fonts = Fonts(str(sans) if sans.is_file() else None)
        self.box = TextBox(self.fonts)
        self.ui_box = TextBox(self.ui_fonts)
        self.painter = MemoryPainter(self.art)
        self.map_view = MapView(self.ui_box)
        self.audio = Audio(story, settings, self.warnings)
        self.seen = SeenLines(home) if self.saves_enabled else SeenLines(Path("/nonexistent-eternal-home"))
        self.night: Night | None = None
        self.shown = ShownTally()  # what the screen showed this session: autoplay's figures
        self.running = True
        self.time = 0.0
        self.accumulator = 0.0
        self.frames = 0
        self.skip_held = False
        self.last_input = 0.0
        self.dev = None  # a DevWatcher under `eternal --dev`
        self.idle_before_input = 0.0  # how long nobody had touched anything before the latest input
        self.chord_since: float | None = None  # kiosk: when Ctrl+Alt+Q went down
        self.thumbnail: pygame.Surface | None = None
        self._offscreen: pygame.Surface | None = None
        self._trim = None  # glibc's malloc_trim, where there is one
        self.canvas_rect = letterbox(self.window.get_size())
        from eternal.presentation.screens.title import TitleScreen

        self.stack: list[Screen] = [TitleScreen(self)]
        self.audio.music_for("clinic")

    # --- the loop --------------------------------------------------------------------------------------------------

    def run(self, frames: int | None = None) -> None:
        """The real loop: wall-clock time, fixed updates, a render every pass (`frames`: stop after that many)."""
        clock = pygame.time.Clock()
        previous = time.perf_counter()
        while self.running and (frames is None or self.frames < frames):
            now = time.perf_counter()
            self.frame(now - previous)
            previous = now
            clock.tick(240)  # renders as often as a display can use; spares a laptop's fan past that

    async def run_async(self, frames: int | None = None) -> None:
        """The same loop with one await a frame, for asyncio hosts (a pygbag browser build)."""
        import asyncio

        previous = time.perf_counter()
        while self.running and (frames is None or frames > 0):
            now = time.perf_counter()
            self.frame(now - previous)
            previous = now
            if frames is not None:
                frames -= 1
            await asyncio.sleep(0)

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

    def update(self, dt: float) -> None:
        self.time += dt
        if self.dev is not None:
            self.dev.poll(self)
        self.top.update(dt)
        if self.kiosk:
            if self.chord_since is not None and self.time - self.chord_since >= QUIT_CHORD_SECONDS:
                self.running = False
            from eternal.presentation.screens.title import TitleScreen

            if not isinstance(self.stack[0], TitleScreen) and self.time - self.last_input >= self.settings.idle_seconds:
                self.to_title(save=False)

    # --- screens ---------------------------------------------------------------------------------------------------

    @property
    def top(self) -> Screen:
        return self.stack[-1]

    def push(self, screen: Screen) -> None:
        if self.stack and self.play_screen() is self.top:
            self.thumbnail = self.snapshot()
        self.stack.append(screen)

    def pop(self) -> None:
        if len(self.stack) > 1:
            self.stack.pop()

    def replace(self, screen: Screen) -> None:
        self.stack[-1] = screen

    def play_screen(self):
        from eternal.presentation.screens.play import PlayScreen

        return next((s for s in self.stack if isinstance(s, PlayScreen)), None)

    def start_night(self, night: Night, save: bool = True) -> None:
        """Leave whatever is shown and live this night."""
        from eternal.presentation.screens.play import PlayScreen

        self.night = night
        self.stack = [PlayScreen(self)]
        events = night.pop_events()
        if save:
            self.autosave()
        self.take_events(events)
        self._music()

    def resume_newest(self) -> str:
        """Continue from the newest readable save; returns a notice for the title when that cannot be done."""
        info = newest_save(self.home, unfinished=True)
        if info is None or info.state is None:
            return ui(self.settings.language, "no_save")
        try:
            night = Night.restore(self.story, info.state)
        except SaveError as exc:
            return ui(self.settings.language, "bad_save").format(reason=exc)
        self.start_night(night, save=False)
        return ""

    def to_title(self, save: bool = True, notice: str = "") -> None:
        from eternal.presentation.screens.title import TitleScreen

        if save:
            self.autosave()
        self.remember_seen()
        self.audio.stop_loops()
        self.audio.music_for("clinic")
        self.stack = [TitleScreen(self, notice)]

    def take_events(self, events) -> None:
        """What the night reports, turned into sound, subtitles and saves."""
        lang = self.settings.language
        play = self.play_screen()
        for event in events:
            if event.kind == "scene":
                if play is not None:
                    play.on_scene()
                if event.scene in self.story.memories:
                    self.shown.entered(event.scene)
                self.autosave()
                self._music()
                self._prefetch()
                self._give_back_memory()
            elif event.kind == "intrusion" and event.text is not None:
                who = self.story.characters.get(event.who or "")
                if play is not None:
                    play.on_intrusion(who.get(lang) if who else "", event.text.get(lang))
                self.audio.intrusion()
            elif event.kind in ("erased", "found", "hidden", "lost"):
                self.audio.play({"erased": "erase", "found": "found", "hidden": "hide", "lost": "hide"}[event.kind])

    def _give_back_memory(self) -> None:
        """Pictures made on the art thread are freed here on the main one; glibc keeps such memory in the thread's
        arena unless asked to return it, and a night of memories would otherwise grow the process by ~50 MB."""
        if self._trim is None:
            try:
                import ctypes

                self._trim = ctypes.CDLL("libc.so.6").malloc_trim
            except (OSError, AttributeError):
                self._trim = False
        if self._trim:
            self._trim(0)

    def _prefetch(self) -> None:
        """Rasterise the memories that may come next while this one is read."""
        night = self.night
        if night is None:
            return
        s = night.state
        story = self.story
        upcoming: list[str] = []
        if s.stage == "prologue":
            chain = list(story.prologue) + list(story.erase_order[:1])
            if s.scene in chain and chain.index(s.scene) + 1 < len(chain):
                upcoming.append(chain[chain.index(s.scene) + 1])
        elif s.stage == "erasure":
            upcoming += night.upcoming()[:1]
            if s.turned:
                upcoming += night.hiding_targets()[:1]
        # the memory just entered comes first: its pictures may still be on their way from the last guess
        paths = [layer.image for m in [s.scene] + upcoming for layer in story.scene(m).art]
        self.art.prefetch(paths, self.canvas_rect.size)

    def _music(self) -> None:
        if self.night is None:
            return
        scene = self.night.scene
        self.audio.music_for(scene.era, scene.sound if isinstance(scene, Memory) else None)

    # --- input -----------------------------------------------------------------------------------------------------

    def _init_pads(self) -> None:
        self.pads = []
        try:
            from pygame._sdl2 import controller

            controller.init()
            self._controller = controller
            for i in range(controller.get_count()):
                if controller.is_controller(i):
                    self.pads.append(controller.Controller(i))
        except (ImportError, pygame.error):
            self._controller = None

    def handle(self, event: pygame.event.Event) -> None:
        kind = event.type
        if kind in INPUT_EVENTS:
            self.idle_before_input = self.time - self.last_input
            self.last_input = self.time
        if self.kiosk and self._kiosk_filter(event):
            return
        if kind == pygame.QUIT:
            self.quit()
        elif kind == pygame.VIDEORESIZE and not self.fullscreen:
            self.windowed_size = (max(320, event.w), max(180, event.h))
        elif kind == pygame.KEYDOWN:
            if event.key in (pygame.K_LCTRL, pygame.K_RCTRL):
                self.skip_held = True
            action = key_action(event)
            if action:
                self.act(action)
        elif kind == pygame.KEYUP and event.key in (pygame.K_LCTRL, pygame.K_RCTRL):
            self.skip_held = False
        elif kind == pygame.CONTROLLERBUTTONDOWN:
            action = pad_action(event)
            if action:
                self.act(action)
        elif kind == pygame.CONTROLLERDEVICEADDED and self._controller is not None:
            try:
                self.pads.append(self._controller.Controller(event.device_index))
            except (pygame.error, AttributeError):
                pass
        elif kind == pygame.MOUSEBUTTONDOWN and getattr(event, "button", 0) == 1:
            self.top.click(self.to_canvas(event.pos))
        elif kind == pygame.MOUSEBUTTONDOWN and getattr(event, "button", 0) == 3:
            self.act("back")
        elif kind == pygame.MOUSEWHEEL:
            self.top.wheel(int(getattr(event, "y", 0)))
        elif kind == pygame.MOUSEMOTION:
            self.top.hover(self.to_canvas(event.pos))
        elif kind == pygame.WINDOWFOCUSLOST:
            self.skip_held = False

    def _kiosk_filter(self, event: pygame.event.Event) -> bool:
        """In kiosk mode nobody at the keys may quit or leave fullscreen, except by holding Ctrl+Alt+Q for 3 s."""
        kind = event.type
        if kind == pygame.KEYDOWN and event.key == pygame.K_q and event.mod & pygame.KMOD_CTRL and event.mod & pygame.KMOD_ALT:
            if self.chord_since is None:
                self.chord_since = self.time
            return True
        if kind == pygame.KEYUP and event.key in (pygame.K_q, pygame.K_LCTRL, pygame.K_RCTRL, pygame.K_LALT, pygame.K_RALT):
            self.chord_since = None
        if kind == pygame.QUIT:
            return True
        if kind == pygame.KEYDOWN and (event.key in (pygame.K_F11, pygame.K_q) or event.mod & pygame.KMOD_ALT):
            return True
        return False

    def to_canvas(self, pos: tuple[int, int]) -> tuple[int, int]:
        return pos[0] - self.canvas_rect.x, pos[1] - self.canvas_rect.y

    def act(self, action: str) -> None:
        """Carry out one action; the few that mean the same everywhere are handled here."""
        if action == "fullscreen":
            self.toggle_fullscreen()
        elif action == "lang":
            self.set_language("de" if self.settings.language == "en" else "en")
        else:
            self.top.act(action)

    # --- settings and the window ------------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.settings.language = lang
        pygame.display.set_caption(self.story.title.get(lang))
        self.save_settings()

    def save_settings(self) -> None:
        if self.kiosk:
            return  # a screening laptop keeps the organiser's settings, whatever visitors press
        try:
            self.settings.save(self.home)
        except OSError as exc:
            self.warnings.add("settings", f"could not save the settings: {exc.strerror or exc}")

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
        if self.play_screen() is not None:
            self.autosave()
        self.remember_seen()
        self.art.close()
        self.running = False

    # --- saving ----------------------------------------------------------------------------------------------------

    def autosave(self) -> None:
        """Write the autosave slot; a full disk or a locked folder is reported, never fatal."""
        if not self.saves_enabled or self.night is None:
            return
        night = self.night
        try:
            write_save(self.home, "autosave", night.state.to_dict(), night.scene.title.get(self.settings.language))
        except OSError as exc:
            self.warnings.add(f"save:{exc.errno}", f"could not write the autosave: {exc.strerror or exc}")

    def remember_seen(self) -> None:
        if self.night is not None:
            self.seen.add_all(self.night.state.read)
        if self.saves_enabled:
            try:
                self.seen.save()
            except OSError:
                pass

    def snapshot(self) -> pygame.Surface:
        """A small copy of what is on screen, for a save's thumbnail."""
        # the window may have changed size since the last frame (a toggle, a resize): measure it now
        canvas = self.window.subsurface(letterbox(self.window.get_size()))
        return pygame.transform.smoothscale(canvas, THUMB_SIZE)

    # --- painting --------------------------------------------------------------------------------------------------

    def render(self) -> None:
        size = self.window.get_size()
        rect = letterbox(size)
        if rect != self.canvas_rect or rect.size != size:
            self.window.fill((0, 0, 0))
        self.canvas_rect = rect
        canvas = self.window.subsurface(rect)
        first = len(self.stack) - 1
        while first > 0 and not self.stack[first].opaque:
            first -= 1
        for screen in self.stack[first:]:
            screen.render(canvas)
        if self.dev is not None:
            self.dev.render(self, canvas)

    def offscreen(self, size: tuple[int, int]) -> pygame.Surface:
        """A canvas-sized scratch picture, made once per size (for effects that transform a whole frame)."""
        if self._offscreen is None or self._offscreen.get_size() != size:
            self._offscreen = pygame.Surface(size).convert()
        return self._offscreen

    def veil(self, canvas: pygame.Surface, amount: float) -> None:
        """Darken the canvas by `amount` (0..1): the fade between memories."""
        if amount <= 0.004:
            return
        if amount >= 0.996:
            canvas.fill((0, 0, 0))
            return
        # Multiplying toward black costs one pass and no extra full-screen surface.
        value = int(255 * (1 - amount))
        canvas.fill((value, value, value), special_flags=pygame.BLEND_RGB_MULT)


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
             resume: bool, kiosk: bool = False, idle: float | None = None, showcase: bool = False,
             frames: int | None = None) -> int:
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
    if kiosk:
        settings.kiosk = True
    if idle is not None:
        settings.idle_seconds = idle
    if showcase:
        settings.showcase = True
    settings.clamp()
    app = None
    try:
        app = App(story, home=home, settings=settings, size=size or (1280, 720))
        if resume:
            app.resume_newest()
        app.run(frames)
        if frames is not None:
            print(f"eternal: {type(app.top).__name__} shown, {app.frames} frames drawn")
        return 0
    except KeyboardInterrupt:
        if app is not None:
            app.quit()
        return 130
    except Exception:  # a bug of ours: keep the player's night and say where the details are
        if app is not None:
            app.autosave()
        log: Path | None = home / "crash.log"
        try:
            home.mkdir(parents=True, exist_ok=True)
            log.write_text(traceback.format_exc(), encoding="utf-8")
        except OSError:
            log = None
        print(f"eternal: something went wrong inside the game; your night was saved. Details: {log or 'unavailable'}",
              file=sys.stderr)
        return 2
    finally:
        if not settings.kiosk:
            try:
                settings.save(home)
            except OSError:
                pass
        pygame.quit()
