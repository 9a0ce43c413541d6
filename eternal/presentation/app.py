"""The game window: a fixed-timestep loop, a stack of screens, and the services they share (fonts, art, sound, saves)."""

from __future__ import annotations

import os
import signal
import sys
import time
import traceback
import warnings
from pathlib import Path

import pygame

from eternal.model.night import Night
from eternal.model.story import Memory, Story
from eternal.persistence.resume import resume_newest as newest_that_resumes
from eternal.persistence.resume import resumes
from eternal.persistence.files import write_text_atomic
from eternal.persistence.saves import write_autosave
from eternal.persistence.seen import SeenLines
from eternal.persistence.settings import Settings
from eternal.presentation.assets import ArtCache, Fonts, Warnings
from eternal.presentation.audio import Audio
from eternal.presentation.dissolve import MemoryPainter
from eternal.presentation.input_map import key_action, pad_action
from eternal.presentation.map_view import MapView
from eternal.presentation.pacing import QUIET_EVENTS, Pacer, frame_rate, screen_key
from eternal.presentation.screens.base import Screen
from eternal.presentation.shown import ShownTally
from eternal.presentation.textbox import TextBox
from eternal.presentation.transition import SCREEN_FADE, CrossFade, fade_seconds
from eternal.presentation.ui_text import ui
from eternal.signals import signal_name, stop_requested

STEP = 1 / 60  # the model updates at a fixed rate, whatever the frame rate
MAX_STEPS = 5  # after a stall, catch up at most this many steps rather than spiral
STILL_AFTER = 1.0  # seconds a picture stands still before the loop looks at it less often
STILL_PASS = 1 / 30  # seconds between passes then (two fixed steps a pass)
TRIM_WITHIN = 4.0  # seconds after leaving a memory by which its memory goes back to the system, still or not
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
        if pygame.display.get_driver() == "x11":
            # SDL shows an X11 window through OpenGL when it finds any, Mesa's software rasteriser included. Our
            # frames are drawn in software either way; under llvmpipe (a kiosk without a GPU driver, Xvfb) the GL
            # path cost ~110 MB and ~0.03 CPU s/s of rasteriser threads on a still page, X's shared-memory images
            # none. (Wayland has no such path and needs GL: only X11 is told. The environment can still say 1.)
            os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")
        pygame.font.init()
        pygame.display.set_caption(story.title.get(settings.language))
        self.warnings = Warnings()
        self.windowed_size = size
        self._windowed_at: tuple[int, int] | None = None
        self.pacer = Pacer()
        self.drawn = 0  # frames actually drawn (`frames` counts passes of the loop)
        self._trim_due: float | None = None  # when a memory was left whose pictures should go back to the system
        self.fullscreen = bool(settings.fullscreen or kiosk)
        self.window = self._open_window()
        self.rate = frame_rate()
        self._init_pads()
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
        self.fade: CrossFade | None = None  # the frame being left, blended away over the new one
        self._offscreen: pygame.Surface | None = None
        self._trim = None  # glibc's malloc_trim, where there is one
        self.canvas_rect = letterbox(self.window.get_size())
        from eternal.presentation.screens.title import TitleScreen

        self.stack: list[Screen] = [TitleScreen(self)]
        self.audio.music_for("clinic")

    # --- the loop --------------------------------------------------------------------------------------------------

    def run(self, frames: int | None = None, seconds: float | None = None) -> None:
        """The real loop: wall-clock time, fixed updates, at most `rate` passes a second, a frame drawn only when
        the picture changes, sleeping between passes (`frames`: stop after that many passes; `seconds`: after that
        long, for measurements)."""
        previous = due = time.perf_counter()
        end = float("inf") if seconds is None else previous + seconds
        while self.running and (frames is None or self.frames < frames) and previous < end:
            now = time.perf_counter()
            self.frame(now - previous)
            previous = now
            interval = self._pass_interval()
            # fallen behind (a slow frame, a stall): start the beat afresh rather than rush to catch up
            due = max(due + interval, time.perf_counter() - interval)
            wait = due - time.perf_counter()
            if wait > 0:
                # a plain sleep: pygame's event.wait(timeout) polls every millisecond inside (0.015-0.024 CPU s/s
                # measured against 0.002-0.005 for this), and input waits at most one pass for its frame anyway
                time.sleep(wait)

    def _pass_interval(self) -> float:
        """Seconds between passes: a frame's length (longer when only slow drifts run, see `Screen.redraw_rate`),
        or STILL_PASS once the picture has stood still a moment (a page being read is looked at 30 times a second;
        a key then waits at most that long)."""
        if self.pacer.still_for(self.time) >= STILL_AFTER:
            return max(1 / self.rate, STILL_PASS)
        rate = float(self.rate)
        if self.fade is None:
            wanted = [screen.redraw_rate() for screen in self._painted()]
            if wanted and None not in wanted:
                rate = max(1.0, min(rate, max(wanted)))  # only slow drifts run: draw no faster than they need
        return 1 / rate

    async def run_async(self, frames: int | None = None) -> None:
        """The same loop with one await a pass, for asyncio hosts (a pygbag browser build)."""
        import asyncio

        previous = due = time.perf_counter()
        while self.running and (frames is None or frames > 0):
            now = time.perf_counter()
            self.frame(now - previous)
            previous = now
            if frames is not None:
                frames -= 1
            interval = self._pass_interval()
            due = max(due + interval, time.perf_counter() - interval)
            await asyncio.sleep(max(0.0, due - time.perf_counter()))

    def frame(self, dt: float) -> bool:
        """One pass: input, as many fixed updates as `dt` holds (capped), and a frame drawn when the picture would
        differ from the one on screen (input and window events always redraw). True when a frame was drawn."""
        if stop_requested() is not None and self.running:
            self.quit()  # SIGTERM or SIGINT: end as the close button would, kiosk included
            return False
        for event in pygame.event.get():
            if event.type not in QUIET_EVENTS:
                self.pacer.invalidate()
            self.handle(event)
            if not self.running:
                return False
        self.accumulator += min(dt, STEP * MAX_STEPS)
        steps = 0
        while self.accumulator >= STEP - 1e-9 and steps < MAX_STEPS:
            self.update(STEP)
            self.accumulator -= STEP
            steps += 1
        drawn = self.pacer.should_draw(self._frame_key(), self.time)
        if drawn:
            self.render()
            pygame.display.flip()
            self.drawn += 1
        if self._trim_due is not None and (not drawn or self.time - self._trim_due > TRIM_WITHIN):
            self._trim_due = None
            self._give_back_memory()  # ~5 ms at 1080p: paid while nothing moves rather than on entering a memory
        self.frames += 1
        return drawn

    def _frame_key(self):
        """What the next frame would show, as a value to compare with the last one's; None while anything moves."""
        if self.fade is not None or self.dev is not None:
            return None
        key: list = [self.window.get_size()]
        for screen in self._painted():
            part = screen_key(screen)
            if part is None:
                return None
            key.append((id(screen), part))
        return tuple(key)

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
        self.crossfade()
        self.stack.append(screen)

    def pop(self) -> None:
        if len(self.stack) > 1:
            self.crossfade()
            self.stack.pop()

    def replace(self, screen: Screen, fade: float = SCREEN_FADE) -> None:
        self.crossfade(fade)
        self.stack[-1] = screen

    def crossfade(self, seconds: float = SCREEN_FADE) -> None:
        """Hold what is on screen now and blend it away over whatever is drawn next (time: the app's clock)."""
        seconds = fade_seconds(seconds, self.settings.reduce_motion)
        if seconds <= 0 or self.frames == 0:
            return  # nothing has been drawn yet: there is no frame to leave
        canvas = self.window.subsurface(self.canvas_rect) if self.window.get_rect().contains(self.canvas_rect) else None
        if canvas is not None:
            self.fade = CrossFade.of(canvas, self.time, seconds)

    def play_screen(self):
        from eternal.presentation.screens.play import PlayScreen

        return next((s for s in self.stack if isinstance(s, PlayScreen)), None)

    def start_night(self, night: Night, save: bool = True) -> None:
        """Leave whatever is shown and live this night."""
        from eternal.presentation.screens.play import PlayScreen

        self.crossfade()
        self.night = night
        self.stack = [PlayScreen(self)]
        events = night.pop_events()
        if save:
            self.autosave()
        self.take_events(events)
        self._music()

    def resume_newest(self) -> str:
        """Continue from the newest save that resumes, passing over newer ones that do not and saying which and why;
        returns a notice for the title when none does. Nothing on disk is changed."""
        lang = self.settings.language
        found = newest_that_resumes(self.story, self.home)
        slots = [info.slot for info, _ in found.skipped]
        names = ", ".join(slots[:3]) + (f" (+{len(slots) - 3})" if len(slots) > 3 else "")  # one line on the title
        reasons = "; ".join(f"{info.slot}: {reason}" for info, reason in found.skipped)
        if found.night is None or found.info is None:
            if not found.skipped:
                return ui(lang, "no_save")
            notice = ui(lang, "no_save_resumes").format(skipped=names)
            self.tell(notice, reasons)
            return notice
        self.start_night(found.night, save=False)
        if found.skipped:
            self.tell(ui(lang, "resumed_skipping").format(slot=found.info.slot, skipped=names), reasons)
        return ""

    def tell(self, text: str, detail: str = "", once: str | None = None) -> None:
        """Say something about the player's files: shown on the screen in front, and printed with `detail` (the
        reasons, too long for the screen). `once`: a key, so the same thing is said only once a session."""
        key = once or f"tell:{text}"
        if key in self.warnings.seen:
            return
        self.warnings.add(key, f"{text} [{detail}]" if detail else text)
        play = self.play_screen()
        if play is not None and play is self.top:
            play.on_notice(text)
        elif hasattr(self.top, "notice"):
            self.top.notice = text

    def to_title(self, save: bool = True, notice: str = "") -> None:
        from eternal.presentation.screens.title import TitleScreen

        if save:
            self.autosave()
        self.remember_seen()
        self.audio.stop_loops()
        self.audio.music_for("clinic")
        self.crossfade(SCREEN_FADE * 2)
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
                self._trim_due = self.time  # not in the frame that enters: at the next still moment (see frame)
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

    def _open_window(self) -> pygame.Surface:
        """The first window, made fullscreen from the start when asked (a window made windowed and then switched
        keeps its windowed position on an X server without a window manager)."""
        if self.fullscreen:
            try:
                return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            except pygame.error as exc:
                self.warnings.add("fullscreen", f"cannot switch the display mode: {exc}")
                self.fullscreen = False
        return pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)

    def toggle_fullscreen(self) -> None:
        try:
            if self.fullscreen:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", RuntimeWarning)  # "forcibly resized": asked again just below
                    self.window = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
                pygame.event.pump()
                if self.window.get_size() != self.windowed_size:
                    # without a window manager the window leaves fullscreen at the display's size; once the X
                    # server has told SDL it left, the size is taken
                    self.window = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
                if self._windowed_at is not None:
                    pygame.display.set_window_position(self._windowed_at)
            else:
                self._windowed_at = self._to_display_corner()
                self.window = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            self.fullscreen = not self.fullscreen
        except pygame.error as exc:
            self.warnings.add("fullscreen", f"cannot switch the display mode: {exc}")
        self.settings.fullscreen = self.fullscreen
        self.pacer.invalidate()

    def _to_display_corner(self) -> tuple[int, int] | None:
        """Move the window to the display's corner before it goes fullscreen; returns where it stood. Without a
        window manager nobody else moves it: a 1280x720 window switched to fullscreen on a 1080p kiosk sat 320x180
        off. Only on a single display, whose corner is (0, 0); with several, the window manager places it."""
        try:
            if pygame.display.get_num_displays() != 1:
                return None
            at = pygame.display.get_window_position()
            pygame.display.set_window_position((0, 0))
            return at
        except (pygame.error, AttributeError):
            return None

    def quit(self) -> None:
        if self.play_screen() is not None:
            self.autosave()
        self.remember_seen()
        self.art.close()
        self.running = False

    # --- saving ----------------------------------------------------------------------------------------------------

    def autosave(self) -> bool:
        """Write the autosave, older ones moving down the ring; True when the night was written. A full disk or a
        locked folder is reported, never fatal; a file in the ring that cannot be resumed is kept, stepped around
        and named once."""
        if not self.saves_enabled or self.night is None:
            return False
        night = self.night
        lang = self.settings.language
        try:
            done = write_autosave(self.home, night.state.to_dict(), night.scene.title.get(lang),
                                  keep=lambda info: not resumes(self.story, info))
        except OSError as exc:
            self.warnings.add(f"save:{exc.errno}", f"could not write the autosave: {exc.strerror or exc}")
            return False
        for info in done.kept:
            reason = info.problem or "it does not resume in this story"
            self.tell(ui(lang, "autosave_elsewhere").format(kept=info.path.name, slot=done.path.stem), reason,
                      once=f"kept:{info.path.name}")
        return True

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
        for screen in self._painted():
            screen.render(canvas)
        if self.fade is not None and not self.fade.draw(canvas, self.time):
            self.fade = None
        if self.dev is not None:
            self.dev.render(self, canvas)

    def _painted(self) -> list[Screen]:
        """The screens a frame paints: the top one and those it lets show through, from the last opaque one up."""
        first = len(self.stack) - 1
        while first > 0 and not self.stack[first].opaque:
            first -= 1
        return self.stack[first:]

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
    """The story, or None after printing every problem (the game refuses to start on a broken story). Files that
    passed the schema unchanged before skip it (most of a start-up); the checks always run."""
    from eternal.loader import load_story
    from eternal.persistence import schema_memory
    from eternal.persistence.files import home_dir

    home = home_dir()
    trusted = schema_memory.recall(home)
    result = load_story(scenes, trusted)
    if result.ok:
        schema_memory.remember(home, trusted, result.schema_passed)
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
            app.resume_newest()  # says itself what it passed over, or why nothing could be continued
        if settings.problem is not None:
            app.tell(ui(settings.language, "settings_damaged"), settings.problem)
        if app.seen.problem is not None:
            app.tell(ui(settings.language, "seen_damaged"), app.seen.problem)
        app.run(frames)
        if frames is not None:
            print(f"eternal: {type(app.top).__name__} shown, {app.drawn} frames drawn")
        signum = stop_requested()
        if signum is not None:
            # SIGTERM is how a service manager, `timeout` or a shutdown asks a program to end: a clean end, 0;
            # Ctrl+C keeps the shell's 130
            print(f"eternal: ended by {signal_name(signum)}", file=sys.stderr)
            return 130 if signum == signal.SIGINT else 0
        return 0
    except KeyboardInterrupt:
        if app is not None:
            app.quit()
        return 130
    except Exception:  # a bug of ours: keep the player's night and say where the details are
        saved = False
        if app is not None:
            try:
                saved = app.autosave()
            except Exception:  # the state itself may be what went wrong: the saves already on disk stay as they are
                saved = False
        if saved:
            outcome = "; your night was saved"
        elif app is not None and app.night is not None and app.saves_enabled:
            outcome = "; your night could not be saved (the saves already there are untouched)"
        else:
            outcome = ""
        log: Path | None = home / "crash.log"
        try:
            write_text_atomic(log, traceback.format_exc())  # a pipe left at that name would block a plain write
        except OSError:
            log = None
        print(f"eternal: something went wrong inside the game{outcome}. Details: {log or 'unavailable'}", file=sys.stderr)
        return 2
    finally:
        if not settings.kiosk:
            try:
                settings.save(home)
            except OSError:
                pass
        pygame.quit()
