"""The game window: it opens the display, runs the fixed-step loop over a stack of screens, turns input into actions,
and carries out what the screens ask for (navigation.py). The night lives in the session, the rules in the model."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pygame

from eternal.model.night import Night
from eternal.model.story import Story
from eternal.persistence.settings import Settings
from eternal.presentation import navigation as nav
from eternal.presentation.assets import Warnings
from eternal.presentation.input_map import key_action, pad_action
from eternal.presentation.kiosk import KioskPolicy, counts_as_input
from eternal.presentation.launch import LaunchOptions
from eternal.presentation.loop import STEP, Clock, FixedStepLoop
from eternal.presentation.pacing import QUIET_EVENTS, Pacer, frame_rate, screen_key
from eternal.presentation.screens.base import Screen
from eternal.presentation.screens.help import HelpScreen
from eternal.presentation.screens.play import PlayScreen
from eternal.presentation.screens.title import TitleScreen
from eternal.presentation.services import View, build_services, with_story
from eternal.presentation.screenshot import save_screenshot
from eternal.presentation.session import Session, give_back_memory
from eternal.presentation.stack import ScreenStack
from eternal.presentation.transition import SCREEN_FADE, CrossFade, fade_seconds
from eternal.presentation.ui_text import ui
from eternal.presentation.window import Pads, Window, letterbox
from eternal.signals import stop_requested

__all__ = ["App", "STEP", "letterbox"]

STILL_AFTER = 1.0  # seconds a picture stands still before the loop looks at it less often
STILL_PASS = 1 / 30  # seconds between passes then (two fixed steps a pass)
TRIM_WITHIN = 4.0  # seconds after leaving a memory by which its memory goes back to the system, still or not


class App:
    """One run of the game window. `frame(dt)` is the whole loop body, for the real loop and for autoplay alike.

    `settings` are the settings this run plays with; `player_settings` the player's own, as on disk, which only the
    player's changes reach (None: the same object). `size`, `autosave` and `seed` are shorthands over `options`."""

    def __init__(self, story: Story, *, home: Path, settings: Settings, options: LaunchOptions | None = None,
                 player_settings: Settings | None = None, size: tuple[int, int] | None = None,
                 autosave: bool | None = None, seed: int | None = None) -> None:
        options = options or LaunchOptions()
        changes = {k: v for k, v in (("size", size), ("autosave", autosave), ("seed", seed)) if v is not None}
        self.options = options = replace(options, **changes) if changes else options
        self.player_settings = player_settings or settings
        self.kiosk = KioskPolicy(options.idle_seconds) if options.kiosk else None
        self.clock = Clock()
        self.pacer = Pacer()
        self.running = True
        self.dev = None  # a DevWatcher under `eternal --dev`
        self._trim_due: float | None = None
        found = Warnings()
        fullscreen = bool(settings.fullscreen or options.fullscreen or options.kiosk)
        self.display = Window(options.size, fullscreen, story.title.get(settings.language), found, options.display)
        self.rate = frame_rate()
        self.pads = Pads()
        self.services = build_services(story, settings, options, home, self.clock,
                                       View(letterbox(self.window.get_size())), found)
        self.stack = ScreenStack(TitleScreen(self.services))
        self.services.view.stack = self.stack
        self.loop = FixedStepLoop(self)
        self.services.audio.title_music()

    # --- what drivers and tests read -----------------------------------------------------------------------------------

    @property
    def window(self) -> pygame.Surface:
        return self.display.surface

    @property
    def fullscreen(self) -> bool:
        return self.display.fullscreen

    @property
    def story(self) -> Story:
        return self.services.story

    @property
    def settings(self) -> Settings:
        return self.services.settings

    @property
    def session(self) -> Session:
        return self.services.session

    @property
    def night(self) -> Night | None:
        return self.services.session.night

    @property
    def top(self) -> Screen:
        return self.stack.top

    @property
    def canvas_rect(self) -> pygame.Rect:
        return self.services.view.canvas_rect

    @property
    def fade(self) -> CrossFade | None:
        return self.stack.fade

    @fade.setter
    def fade(self, value: CrossFade | None) -> None:
        self.stack.fade = value

    @property
    def time(self) -> float:
        return self.clock.time

    @time.setter
    def time(self, value: float) -> None:
        self.clock.time = value

    @property
    def last_input(self) -> float:
        return self.clock.last_input

    @last_input.setter
    def last_input(self, value: float) -> None:
        self.clock.last_input = value

    @property
    def frames(self) -> int:
        return self.loop.frames

    @property
    def drawn(self) -> int:
        return self.loop.drawn

    @property
    def home(self) -> Path:
        return self.services.home

    @property
    def box(self):
        """The painter of the story's lines (what the text box laid out last: `box.laid_out`)."""
        return self.services.text

    @property
    def map_view(self):
        return self.services.map_view

    @property
    def art(self):
        return self.services.art

    @property
    def painter(self):
        return self.services.painter

    @property
    def audio(self):
        return self.services.audio

    @property
    def warnings(self) -> Warnings:
        return self.services.warnings

    @property
    def seen(self):
        return self.services.session.seen

    @property
    def shown(self):
        return self.services.session.shown

    def play_screen(self) -> PlayScreen | None:
        found = self.stack.find(PlayScreen)
        return found if isinstance(found, PlayScreen) else None

    # --- the loop ----------------------------------------------------------------------------------------------------

    def run(self, frames: int | None = None, seconds: float | None = None) -> None:
        self.loop.run(frames, seconds)

    async def run_async(self, frames: int | None = None) -> None:
        await self.loop.run_async(frames)

    def frame(self, dt: float) -> bool:
        """One pass: input, fixed updates, a frame drawn when the picture would differ. True when one was drawn."""
        return self.loop.frame(dt)

    def handle_input(self) -> bool:
        if stop_requested() is not None and self.running:
            self.quit()  # SIGTERM or SIGINT: end as the close button would, kiosk included
            return False
        for event in pygame.event.get():
            if event.type not in QUIET_EVENTS:
                self.pacer.invalidate()
            self.handle(event)
            if not self.running:
                return False
        return True

    def update(self, dt: float) -> None:
        """One fixed step: the game's clock moves on, the screen in front updates."""
        self.clock.time += dt
        if self.dev is not None:
            self.dev.poll(self)
        self.apply(self.top.update(dt))
        for text in self.session.notices():
            self.top.show_notice(text)
        if self.session.trim_due is not None:
            self._trim_due, self.session.trim_due = self.session.trim_due, None
        if self.kiosk is not None:
            if self.kiosk.quits(self.clock.time):
                self.running = False
            if self.kiosk.returns_to_title(self.clock.idle, isinstance(self.stack.bottom, TitleScreen)):
                self.to_title(save=False)

    def draw_if_changed(self) -> bool:
        if not self.pacer.should_draw(self._frame_key(), self.clock.time):
            return False
        self.render()
        pygame.display.flip()
        return True

    def after_frame(self, drawn: bool) -> None:
        if self._trim_due is not None and (not drawn or self.clock.time - self._trim_due > TRIM_WITHIN):
            self._trim_due = None
            give_back_memory()  # ~5 ms at 1080p: paid while nothing moves rather than on entering a memory
            return
        # Without threads (a browser build) the pictures the next memories need are prepared here, one a pass,
        # after the frame is shown; with threads this does nothing.
        self.services.art.step()

    def pass_interval(self) -> float:
        """Seconds between passes: a frame's length (longer when only slow drifts run, see `Screen.redraw_rate`),
        or STILL_PASS once the picture has stood still a moment (a page being read is looked at 30 times a second;
        a key then waits at most that long)."""
        if self.pacer.still_for(self.clock.time) >= STILL_AFTER:
            return max(1 / self.rate, STILL_PASS)
        rate = float(self.rate)
        if self.stack.fade is None:
            wanted = [screen.redraw_rate() for screen in self.stack.painted()]
            if wanted and None not in wanted:
                rate = max(1.0, min(rate, max(wanted)))  # only slow drifts run: draw no faster than they need
        return 1 / rate

    def _frame_key(self):
        """What the next frame would show, as a value to compare with the last one's; None while anything moves."""
        if self.stack.fade is not None or self.dev is not None:
            return None
        key: list = [self.window.get_size()]
        for screen in self.stack.painted():
            part = screen_key(screen)
            if part is None:
                return None
            key.append((id(screen), part))
        return tuple(key)

    def render(self) -> None:
        size = self.window.get_size()
        rect = letterbox(size)
        view = self.services.view
        if rect != view.canvas_rect or rect.size != size:
            self.window.fill((0, 0, 0))
        view.canvas_rect = rect
        self.session.canvas_size = rect.size
        overlay = (lambda canvas: self.dev.render(self, canvas)) if self.dev is not None else None
        self.stack.draw(self.window.subsurface(rect), self.clock.time, overlay)

    # --- requests ------------------------------------------------------------------------------------------------------

    def apply(self, request: nav.Request | None) -> None:
        """Carry out what a screen asked for."""
        if request is None:
            return
        if isinstance(request, nav.Push):
            self.push(request.screen)
        elif isinstance(request, nav.Pop):
            if len(self.stack.screens) > 1:
                self.crossfade()
                self.stack.pop()
        elif isinstance(request, nav.Replace):
            self.crossfade(request.fade)
            self.stack.replace(request.screen)
        elif isinstance(request, nav.Fade):
            self.crossfade(request.seconds)
        elif isinstance(request, nav.StartNight):
            self.start_night(request.night, request.save)
        elif isinstance(request, nav.NewNight):
            if request.save_left:
                self.session.autosave()
            self.start_night(Night.new(self.story, self.options.seed))
        elif isinstance(request, nav.Resume):
            self.resume_newest()
        elif isinstance(request, nav.ToTitle):
            self.to_title(request.save, request.notice)
        elif isinstance(request, nav.Quit):
            self.quit()
        elif isinstance(request, nav.SettingChanged):
            self.keep_setting(request.name)
        elif isinstance(request, nav.NextLanguage):
            self.next_language()
        elif isinstance(request, nav.ToggleFullscreen):
            self.toggle_fullscreen()

    def push(self, screen: Screen) -> None:
        if self.play_screen() is self.top:
            self.services.view.thumbnail = self.display.snapshot()
        self.crossfade()
        self.stack.push(screen)

    def crossfade(self, seconds: float = SCREEN_FADE) -> None:
        """Hold what is on screen now and blend it away over whatever is drawn next (time: the game's clock)."""
        seconds = fade_seconds(seconds, self.settings.reduce_motion)
        if seconds <= 0 or self.loop.frames == 0:
            return  # nothing has been drawn yet: there is no frame to leave
        rect = self.canvas_rect
        canvas = self.window.subsurface(rect) if self.window.get_rect().contains(rect) else None
        self.stack.crossfade(canvas, self.clock.time, seconds)

    def start_night(self, night: Night, save: bool = True) -> None:
        """Leave whatever is shown and live this night."""
        self.crossfade()
        self.session.start(night, save)
        self.stack.reset(PlayScreen(self.services))

    def resume_newest(self) -> str:
        """Continue from the newest save that resumes; returns the notice shown instead when none does."""
        night = self.session.resume_newest()
        notices = self.session.notices()
        if night is not None:
            self.start_night(night, save=False)
        for text in notices:
            self.top.show_notice(text)
        return "" if night is not None else (notices[-1] if notices else "")

    def tell(self, text: str, detail: str = "") -> None:
        """Say something about the player's files on the screen in front (and in the warnings, with the detail)."""
        self.session.tell(text, detail)
        for notice in self.session.notices():
            self.top.show_notice(notice)

    def autosave(self) -> bool:
        return self.session.autosave()

    def to_title(self, save: bool = True, notice: str = "") -> None:
        self.session.leave(save)
        self.crossfade(SCREEN_FADE * 2)
        self.stack.reset(TitleScreen(self.services, notice))

    def quit(self) -> None:
        if self.play_screen() is not None:
            self.session.autosave()
        self.session.remember_seen()
        self.services.art.close()
        self.running = False

    def use_story(self, story: Story) -> str:
        """Play on in a reloaded story (`eternal --dev`): its words, pictures and sounds from the next frame on, the
        night where it was; returns why the night started over instead ("" when it did not)."""
        self.services, problem = with_story(self.services, story)
        if self.night is not None and isinstance(self.stack.bottom, PlayScreen):
            self.stack.reset(PlayScreen(self.services))  # a new screen: nothing drawn from the old story stays
            self.session.music()
        else:
            self.stack.reset(TitleScreen(self.services))
            self.services.audio.title_music()
        self.display.caption(story.title.get(self.settings.language))
        return problem


    # --- input -------------------------------------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> None:
        kind = event.type
        if counts_as_input(event):
            self.clock.touched()
        if self.kiosk is not None and self.kiosk.swallows(event, self.clock.time):
            return
        if self._brings_interface_back(event):
            return
        if kind == pygame.QUIT:
            self.quit()
        elif kind == pygame.VIDEORESIZE:
            self.display.resized(event.w, event.h)
        elif kind == pygame.KEYDOWN:
            if event.key in (pygame.K_LCTRL, pygame.K_RCTRL):
                self.clock.skip_held = True
            action = key_action(event)
            if action:
                self.act(action)
        elif kind == pygame.KEYUP and event.key in (pygame.K_LCTRL, pygame.K_RCTRL):
            self.clock.skip_held = False
        elif kind == pygame.CONTROLLERBUTTONDOWN:
            action = pad_action(event)
            if action:
                self.act(action)
        elif kind == pygame.CONTROLLERDEVICEADDED:
            self.pads.added(event.device_index)
        elif kind == pygame.MOUSEBUTTONDOWN and getattr(event, "button", 0) == 1:
            self.apply(self.top.click(self.to_canvas(event.pos)))
        elif kind == pygame.MOUSEBUTTONDOWN and getattr(event, "button", 0) == 3:
            self.act("back")
        elif kind == pygame.MOUSEBUTTONDOWN and getattr(event, "button", 0) == 2:
            self.act("clean")  # the middle button hides the interface, as in Ren'Py
        elif kind == pygame.MOUSEWHEEL:
            self.apply(self.top.wheel(int(getattr(event, "y", 0))))
        elif kind == pygame.MOUSEMOTION:
            self.top.hover(self.to_canvas(event.pos))
        elif kind == pygame.WINDOWFOCUSLOST:
            self.clock.skip_held = False

    def to_canvas(self, pos: tuple[int, int]) -> tuple[int, int]:
        return pos[0] - self.canvas_rect.x, pos[1] - self.canvas_rect.y

    def act(self, action: str) -> None:
        """Carry out one action; the few that mean the same everywhere are handled here."""
        if action == "fullscreen":
            self.toggle_fullscreen()
        elif action == "lang":
            self.next_language()
        elif action == "voice":
            self.apply(self.services.voice.toggle())  # self-voicing on or off, kept like any setting
        elif action == "screenshot":
            self.screenshot()
        elif action == "help" and not isinstance(self.top, HelpScreen):
            self.push(HelpScreen(self.services))
        else:
            self.apply(self.top.act(action))

    def screenshot(self) -> Path | None:
        """The picture on screen as a PNG under the player's data folder, a quiet notice saying where; never at a
        screening (nothing is written there). Returns the file written, or None."""
        if self.options.kiosk or self.loop.frames == 0:
            return None
        lang = self.settings.language
        canvas = self.window.subsurface(self.canvas_rect) if self.window.get_rect().contains(self.canvas_rect) else self.window
        try:
            path = save_screenshot(canvas, self.services.home)
        except (OSError, pygame.error) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self.warnings.add("screenshot", f"could not save a screenshot: {reason}")
            self.top.show_notice(ui(lang, "screenshot_failed").format(reason=reason))
            return None
        self.top.show_notice(ui(lang, "screenshot_saved").format(path=path))
        return path

    def _brings_interface_back(self, event: pygame.event.Event) -> bool:
        """While the night's words are hidden to look at the picture, any key, click or button only brings them back
        (the screenshot key excepted: a picture without the words is what the player hid them for)."""
        top = self.top
        if not isinstance(top, PlayScreen) or not top.interface_hidden:
            return False
        kind = event.type
        if kind == pygame.KEYDOWN and key_action(event) == "screenshot":
            return False
        if kind not in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN, pygame.MOUSEWHEEL, pygame.CONTROLLERBUTTONDOWN):
            return False
        if kind == pygame.MOUSEBUTTONDOWN and getattr(event, "button", 1) > 3:
            return False  # the wheel's old-style button twin: its MOUSEWHEEL brings them back, once
        top.interface_hidden = False
        return True

    # --- settings and the window -----------------------------------------------------------------------------------------

    def next_language(self) -> None:
        """The story's next language (after its last, its first again), kept as the player's choice."""
        languages = self.story.languages
        current = self.settings.language
        lang = languages[(languages.index(current) + 1) % len(languages)] if current in languages else languages[0]
        self.settings.language = lang
        self.display.caption(self.story.title.get(lang))
        self.keep_setting("language")

    def keep_setting(self, name: str) -> None:
        """The player changed `name`: their settings take it and are written (never a screening's)."""
        if self.options.kiosk:
            return  # a screening laptop keeps the organiser's settings, whatever visitors press
        player = self.player_settings
        setattr(player, name, getattr(self.settings, name))
        try:
            player.save(self.services.home)
        except OSError as exc:
            self.warnings.add("settings", f"could not save the settings: {exc.strerror or exc}")

    def toggle_fullscreen(self) -> None:
        self.display.toggle_fullscreen()
        self.settings.fullscreen = self.display.fullscreen
        self.keep_setting("fullscreen")
        self.pacer.invalidate()
