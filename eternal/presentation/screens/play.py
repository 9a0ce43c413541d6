"""The night itself: the memory, the text box, the technicians' subtitles, the map; input becomes model actions.

Every choice point shows its options, with or without a prompt, and nothing is picked by a key that did not aim at
an option: a number, a click on the option, or Enter/A/F5 after the highlight was moved onto it."""

from __future__ import annotations

import pygame

from eternal.model.night import DISSOLVE_SECONDS, Choice, Line
from eternal.model.state import CHOOSING, DISSOLVING, ENDED, ESCAPING, READING
from eternal.model.story import Memory
from eternal.presentation.palette import INTRUSION, SPEAKER, TEXT, TEXT_DIM
from eternal.presentation.screens.base import Screen
from eternal.presentation.textbox import continue_alpha, letter_loss, wrap
from eternal.presentation.transition import SCENE_FADE, RegionFade
from eternal.presentation.ui_text import ui

SUBTITLE_SECONDS = 5.0
FADE_IN = 0.8
FALL = 1.1  # seconds the fall into a new memory lasts
SKIP_INTERVAL = 0.08  # seconds between lines while skipping what was read before
FOUND_DARK = 0.9  # seconds the lights take to go out around her when they find her
LAST_PHASE = 3.5  # seconds a memory takes to thin out after its last line, from wherever the erasure had got to
HURRY = 4.0  # how much faster it goes while the skip key is held or after a press
NOTICE_SECONDS = 8.0  # long enough to read a sentence about a save twice


def notice_alpha(age: float) -> int:
    """How strongly a notice of this age shows: in quickly, out slowly at the end."""
    return int(255 * max(0.0, min(1.0, age * 3, (NOTICE_SECONDS - age) / 1.5)))


BEAT_FADE = 0.3  # seconds the text of one beat takes to give way to the next
JUMP_FADE = {"hide": SCENE_FADE, "back": SCENE_FADE * 1.5, "ending": SCENE_FADE * 2.5, "prologue": SCENE_FADE}
NUDGE_SECONDS = 3.0  # how long the "how to choose" hint stays after a key that did not aim at an option


def choice_label(choice: Choice, lang: str) -> str:
    """What an option says on screen: its text; a hiding place's title with its cue."""
    text = choice.text.get(lang)
    if choice.kind == "hide" and choice.cue is not None:
        return f"{text} — {choice.cue.get(lang)}"
    return text


class PlayScreen(Screen):
    def __init__(self, app) -> None:
        super().__init__(app)
        self.reveal = 0.0
        self.line_id: str | None = None
        self.last_line: Line | None = None
        self.shown_for = 0.0  # how long the current line has been fully shown (auto-advance)
        self.selected: int | None = None  # no option is aimed at until the player points at one
        self.nudge_at = -1e9  # when a key that picks nothing was pressed at a choice (the hint says how to choose)
        self.found_at: float | None = None  # scene time at which they found her here
        self.point_key: tuple | None = None  # the choice point on screen, to count each one once
        self.point_serial = 0
        self.map_open = app.settings.always_show_map
        self.subtitles: list[tuple[str, str, float]] = []
        self.notices: list[tuple[str, float]] = []  # about the player's files, not the night: (text, when)
        self.scene_time = 0.0
        self.skip = False  # Tab toggles
        self.skip_clock = 0.0
        self.choice_rects: list[pygame.Rect] = []
        self.page = 0  # which page of a long line is shown (large text on a small screen)
        self.hint_rects: list[tuple[pygame.Rect, str]] = []
        self._pages: tuple[tuple, list[str]] = ((), [])
        self._in_hiding = False  # the scene on screen is a hiding place with her in it (to fade the jump out of it)
        self._box_key: tuple | None = None  # the line and page the box showed last (to cross-fade to the next)
        self._box_fade: RegionFade | None = None
        self._dissolve_from: float | None = None  # the erasure level at which the memory's last phase began
        self._hurry = False  # the player pressed on during the last phase

    @property
    def night(self):
        return self.app.night

    def labels(self) -> list[str]:
        """The options of the moment as the player reads them."""
        lang = self.app.settings.language
        return [choice_label(c, lang) for c in self.night.choices]

    def pages(self) -> list[str]:
        """The current line cut into the pages the text box can show at this size and text scale."""
        line = self.night.line
        if line is None:
            return []
        app = self.app
        lang = app.settings.language
        labels = self.labels()
        key = (line.id, lang, app.canvas_rect.size, app.settings.text_scale, tuple(labels))
        if self._pages[0] != key:
            text = line.text.get(lang)
            self._pages = (key, app.box.pages(text, app.canvas_rect.size, app.settings.text_scale, bool(line.who), labels))
        return self._pages[1]

    def page_text(self) -> str:
        pages = self.pages()
        return pages[min(self.page, len(pages) - 1)] if pages else ""

    def last_page(self) -> bool:
        return self.page >= len(self.pages()) - 1

    # --- input -----------------------------------------------------------------------------------------------------

    def revealed(self) -> bool:
        """The whole line (its last page) is on screen: choices may be picked, the night may go on."""
        return self.night.line is None or (self.last_page() and self.page_revealed())

    def page_revealed(self) -> bool:
        return self.night.line is None or self.reveal >= len(self.page_text())

    def act(self, action: str) -> None:
        night = self.night
        app = self.app
        if night.choices and action in ("page_down", "page_up"):
            action = "down" if action == "page_down" else "up"  # a presenter remote aims at options; F5 picks
        action = {"page_down": "advance", "page_up": "history"}.get(action, action)
        if action in ("back", "pause"):
            if self.map_open and not app.settings.always_show_map and action == "back":
                self.map_open = False
                return
            from eternal.presentation.screens.pause import PauseScreen

            app.push(PauseScreen(app))
            return
        if action == "map":
            self.map_open = not self.map_open
            return
        if action == "history":
            from eternal.presentation.screens.history import HistoryScreen

            app.push(HistoryScreen(app))
            return
        if action == "skip":
            self.skip = not self.skip
            return
        if action == "hide":
            if night.offer_hiding():
                self.selected = None
                app.audio.play("ui_pick")
            return
        choices = night.choices
        if action in ("up", "down") and choices:
            if self.selected is None:
                self.selected = 0 if action == "down" else len(choices) - 1
            else:
                self.selected = (self.selected + (1 if action == "down" else -1)) % len(choices)
            app.audio.play("ui_move")
            return
        if action.startswith("pick:"):
            index = int(action[5:])
            if index < len(choices) and self.revealed():
                self.choose(choices[index].id)
            return
        if action == "advance":
            self.advance()

    def choose(self, choice_id: str) -> None:
        if self.night.choose(choice_id):
            self.app.shown.choices_made += 1
            self.selected = None
            self.app.audio.play("ui_pick")

    def advance(self) -> None:
        """Space, Enter, A, click, Page Down: finish the typewriter, else go on; at a choice, pick only the option the
        player aimed at (never one they did not see)."""
        night = self.night
        if night.phase == ENDED:
            from eternal.presentation.screens.end import EndScreen

            # the night is over: its autosave says so, so that Continue never plays the ending again
            self.app.autosave()
            self.app.replace(EndScreen(self.app), fade=JUMP_FADE["ending"])
            return
        if not self.page_revealed():
            self.reveal = 1e9
            return
        if not self.last_page():
            self.page += 1
            self.reveal = 0.0
            return
        if night.phase == READING:
            night.continue_()
        elif night.phase == DISSOLVING:
            self._hurry = True
        elif night.phase in (CHOOSING, ESCAPING):
            choices = night.choices
            if choices and self.selected is not None and self.selected < len(choices):
                self.choose(choices[self.selected].id)
            else:
                self.nudge_at = self.scene_time

    def click(self, pos: tuple[int, int]) -> None:
        night = self.night
        for rect, action in self.hint_rects:
            if rect.collidepoint(pos):
                self.act(action)
                return
        if self.map_open:
            for rect, memory_id in self.app.map_view.targets:
                if rect.collidepoint(pos) and (night.phase == ESCAPING or night.offer_hiding()):
                    self.choose(f"hide:{memory_id}")
                    self.map_open = self.app.settings.always_show_map
                    return
            if not self.app.settings.always_show_map:
                return  # a click on the open map does not also advance the text under it
        for i, rect in enumerate(self.choice_rects):
            if rect.collidepoint(pos):
                choices = night.choices
                if i < len(choices):
                    self.choose(choices[i].id)
                return
        if night.phase in (READING, ENDED) or not self.revealed():
            self.advance()
        elif night.phase in (CHOOSING, ESCAPING):
            self.nudge_at = self.scene_time  # a click beside the options picks nothing

    def hover(self, pos: tuple[int, int]) -> None:
        for i, rect in enumerate(self.choice_rects):
            if rect.collidepoint(pos) and i != self.selected:
                self.selected = i

    def wheel(self, dy: int) -> None:
        if dy > 0:
            self.act("history")

    # --- time ------------------------------------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        app = self.app
        night = self.night
        settings = app.settings
        night.tick(self._night_dt(dt))
        app.take_events(night.pop_events())
        self.scene_time += dt
        line = night.line
        if line is not None:
            self.last_line = line
            if line.id != self.line_id:
                self.line_id = line.id
                self.reveal = 0.0
                self.shown_for = 0.0
                self.page = 0
        point = (night.state.scene, night.state.beat, night.phase) if night.phase in (CHOOSING, ESCAPING) else None
        if point != self.point_key:
            self.point_key = point
            self.point_serial += 1
            self.selected = None
        if night.state.special == "found" and self.found_at is None:
            self.found_at = self.scene_time
        self.reveal += dt * settings.text_speed
        if self.page_revealed():
            self.shown_for += dt
        self.subtitles = [s for s in self.subtitles if app.time - s[2] < SUBTITLE_SECONDS]
        self.notices = [n for n in self.notices if app.time - n[1] < NOTICE_SECONDS]
        skipping = (self.skip or app.skip_held) and night.phase == READING and line is not None and line.id in app.seen
        if skipping:
            self.skip_clock += dt
            if self.skip_clock >= SKIP_INTERVAL:
                self.skip_clock = 0.0
                self.reveal = 1e9
                night.continue_()
        elif settings.auto_advance and night.phase == READING and line is not None and self.shown_for >= settings.auto_delay:
            self.shown_for = 0.0
            self.advance()
        level = night.level() if isinstance(night.scene, Memory) else 0.0
        progress = night.progress()
        app.audio.update(dt, level if night.state.stage == "erasure" else 0.0, progress, night.state.stage != "prologue")

    def _night_dt(self, dt: float) -> float:
        """The night's time for this step. The model takes a memory in a second or so once its last line is read;
        losing a memory deserves longer, so here the place thins out over LAST_PHASE seconds whatever level it had
        reached (the skip keys and a press of the advance key hurry it)."""
        night = self.night
        if night.phase != DISSOLVING:
            self._dissolve_from, self._hurry = None, False
            return dt
        if self._dissolve_from is None:
            self._dissolve_from = night.level()
        rate = DISSOLVE_SECONDS * max(0.05, 1 - self._dissolve_from) / LAST_PHASE
        return dt * rate * (HURRY if self._hurry or self.skip or self.app.skip_held else 1.0)

    def leaving(self) -> float:
        """How far the memory on screen has gone through its last phase (0..1; 0 while it is being read)."""
        start = self._dissolve_from
        if start is None or self.night.phase != DISSOLVING:
            return 0.0
        return max(0.0, min(1.0, (self.night.level() - start) / max(0.05, 1 - start)))

    def on_scene(self) -> None:
        self.scene_time = 0.0
        self.found_at = None
        self._jump_fade()

    def _jump_fade(self) -> None:
        """Where the night jumps rather than falls (into a hiding place, dragged back out, to the ending, between
        the prologue's scenes), the frame being left dissolves into the new scene instead of cutting."""
        s = self.night.state
        hiding = s.hidden_in is not None and s.hidden_in == s.scene
        kind = ("ending" if s.stage == "ending" else "hide" if hiding else "back" if self._in_hiding
                else "prologue" if s.stage == "prologue" else None)
        self._in_hiding = hiding
        if kind is not None:
            self.app.crossfade(JUMP_FADE[kind])

    def on_intrusion(self, who: str, text: str) -> None:
        self.subtitles.append((who, text, self.app.time))
        self.subtitles = self.subtitles[-3:]

    def on_notice(self, text: str) -> None:
        """A word from the game itself (a save it passed over): not a voice from the room, so not in their style."""
        self.notices = (self.notices + [(text, self.app.time)])[-2:]

    # --- painting --------------------------------------------------------------------------------------------------

    def found_amount(self) -> float:
        """How far the lights have gone out around her since they found her here (0 when they have not)."""
        if self.found_at is None:
            return 0.0
        if self.app.settings.reduce_motion:
            return 1.0
        return min(1.0, (self.scene_time - self.found_at) / FOUND_DARK)

    def render(self, canvas: pygame.Surface) -> None:
        self._fade_box_from(canvas)  # first: the canvas still holds the last frame, with the box as it stood
        app = self.app
        night = self.night
        lang = app.settings.language
        scene = night.scene
        level = night.level() if isinstance(scene, Memory) else 0.0
        with_her = night.state.hidden_in == scene.id
        found = self.found_amount()
        falling = self.scene_time < FALL and not app.settings.reduce_motion and night.state.stage == "erasure"
        if falling:
            # Falling into the older memory: it comes up out of the dark and settles from slightly too close.
            buffer = app.offscreen(canvas.get_size())
            app.painter.render(buffer, scene, level, self.scene_time, False, companion=with_her, found=found)
            ease = (1 - self.scene_time / FALL) ** 2
            w, h = canvas.get_size()
            zoom = 1 + 0.12 * ease
            crop = pygame.Rect(0, 0, int(w / zoom), int(h / zoom))
            crop.center = (w // 2, h // 2 + int(h * 0.03 * ease))
            pygame.transform.smoothscale(buffer.subsurface(crop), (w, h), canvas)
        else:
            app.painter.render(canvas, scene, level, self.scene_time, app.settings.reduce_motion, companion=with_her,
                               found=found)
        if self.scene_time < FADE_IN:
            app.veil(canvas, 1 - self.scene_time / FADE_IN)
        self._box(canvas, lang, level)
        if self._box_fade is not None and not self._box_fade.draw(canvas, self.scene_time):
            self._box_fade = None
        self._subtitles(canvas)
        self._notices(canvas)
        self._hints(canvas)
        if self.map_open:
            hide_ids = night.hiding_targets()
            if app.settings.always_show_map:
                w, h = canvas.get_size()
                # a small corner of the picture: no names, only the shape of the night and where she is
                corner = pygame.Rect(w - w * 27 // 100 - w // 80, h // 80, w * 27 // 100, h * 27 // 100)
                app.map_view.draw(canvas.subsurface(corner), night, lang, app.time, hide_ids, compact=True,
                                  scale=app.settings.text_scale, origin=corner.topleft)
            else:
                app.map_view.draw(canvas, night, lang, app.time, hide_ids, scale=app.settings.text_scale)

    def _fade_box_from(self, canvas: pygame.Surface) -> None:
        """When the line (or its page) changes, the box as it stood in the last frame is held and faded out over the
        next line, so beats cross-fade; skipping and reduce motion change at once."""
        night = self.night
        key = (night.state.scene, night.state.beat, self.line_id, self.page, night.phase in (CHOOSING, ESCAPING))
        previous, self._box_key = self._box_key, key
        app = self.app
        if previous is None or previous == key or previous[0] != key[0] or app.box.last_rect is None:
            return
        if app.settings.reduce_motion or self.skip or app.skip_held or app.top is not self:
            self._box_fade = None
            return
        self._box_fade = RegionFade.of(canvas, app.box.last_rect, self.scene_time, BEAT_FADE)

    def _box(self, canvas: pygame.Surface, lang: str, level: float) -> None:
        """The text box: the line being read (whole), or the line leaving as the memory dissolves (losing letters),
        and at a choice point always its options, under the prompt or the line they follow."""
        app = self.app
        night = self.night
        settings = app.settings
        line = night.line
        choosing = night.phase in (CHOOSING, ESCAPING)
        fade, loss, context = 1.0, 0.0, False
        if line is None and choosing and self.last_line is not None and self.last_line.id.split(".")[0] == night.state.scene:
            line, context = self.last_line, True  # a choice with no prompt: its options under the line just read
        elif line is None and night.phase == DISSOLVING:
            line = self.last_line
            fade = max(0.0, 1 - 1.4 * self.leaving())  # the box goes before the place does
            if not (settings.high_contrast or settings.reduce_motion):
                loss = letter_loss(level)  # the line already read, leaving with the memory
        if line is None and not choosing:
            self.choice_rects = []
            app.box.laid_out = []
            return
        current = night.line is not None and line is not None and line.id == self.line_id
        text = self.page_text() if current else (line.text.get(lang) if line is not None else "")
        show_choices = choosing and (not current or self.last_page())
        labels = self.labels() if show_choices else []
        if self.scene_time < FADE_IN and not labels:  # the box comes up with the memory, not as an empty slab
            fade = min(fade, self.scene_time / FADE_IN)
        if context and line is not None:  # a long line read before the choice: its last page stands over the options
            text = app.box.pages(text, app.canvas_rect.size, settings.text_scale, bool(line.who), labels)[-1]
        who = night.story.characters.get(line.who) if line is not None and line.who else None
        line_id = line.id if line is not None else f"{night.state.scene}.@choice"
        app.box.draw(
            canvas,
            line_id=f"{line_id}#{self.page}" if current and self.page else line_id,
            speaker=who.get(lang) if who else None,
            text=text,
            revealed=self.reveal if current else 1e9,
            choices=labels,
            selected=self.selected,
            loss=loss,
            high_contrast=settings.high_contrast,
            scale=settings.text_scale,
            fade=fade,
            text_optional=context,
            continue_mark=continue_alpha(level, settings.high_contrast)
            if current and night.phase == READING and self.page_revealed() else 0.0,
        )
        self.choice_rects = [c.rect for c in app.box.laid_out]
        if current and self.page_revealed():
            app.shown.text(f"{line_id}#{self.page}", text)
        if labels and app.box.laid_out:
            app.shown.choice_point(f"{self.point_serial}", [c.label for c in app.box.laid_out])

    def _subtitles(self, canvas: pygame.Surface) -> None:
        w, h = canvas.get_size()
        px = self.px(0.028)
        y = int(h * 0.04)
        font = self.app.box.fonts.get(px, True)
        for who, text, t0 in self.subtitles:
            age = self.app.time - t0
            alpha = int(255 * max(0.0, min(1.0, age * 3, (SUBTITLE_SECONDS - age) / 1.0)))
            label = f"{who}: {text}" if who else text
            for row in wrap(font, label, int(w * 0.88)):  # a long line from the next room wraps, it is not cut off
                self.app.box.draw_text(canvas, row, (int(w * 0.04), y), px, INTRUSION, italic=True, alpha=alpha, backing=True)
                y += int(px * 1.45)
            y += int(px * 0.2)
            if alpha == 255:
                self.app.shown.text(f"@sub:{t0}:{text}", text)

    def _notices(self, canvas: pygame.Surface) -> None:
        """The game's own notices: upright interface type at the top right, on a plain card."""
        w, h = canvas.get_size()
        px = self.px(0.022)
        font = self.app.ui_box.fonts.get(px)
        y = int(h * 0.04)
        for text, t0 in self.notices:
            alpha = notice_alpha(self.app.time - t0)
            for row in wrap(font, text, int(w * 0.42)):
                width = font.size(row)[0]
                self.app.ui_box.draw_text(canvas, row, (w - int(w * 0.04) - width, y), px, TEXT, alpha=alpha, backing=True)
                y += int(px * 1.45)
            y += int(px * 0.4)
            if alpha == 255:
                self.app.shown.text(f"@notice:{t0}:{text}", text)

    def _hints(self, canvas: pygame.Surface) -> None:
        """The actions of the moment as small buttons above the text box: keys name them, a click does them."""
        w, h = canvas.get_size()
        lang = self.app.settings.language
        night = self.night
        hints = [("hint_history", "history"), ("hint_map", "map")]
        if self.skip:
            hints.append(("hint_skipping", "skip"))
        if night.can_hide():  # from a hiding place the same hand takes her deeper
            hints.append(("hint_deeper" if night.state.hidden_in is not None else "hint_hide", "hide"))
        px = self.px(0.022)
        box = self.app.box.last_rect
        shown_box = box is not None and (night.line is not None or night.phase in (CHOOSING, ESCAPING))
        top = min(int(h * 0.64), box.top - int(px * 1.5)) if shown_box else int(h * 0.64)
        right = w - int(w * 0.04)
        self.hint_rects = []
        for key, action in hints:  # right to left
            colour = SPEAKER if action == "hide" else TEXT_DIM
            rect = self.app.ui_box.draw_text(canvas, ui(lang, key), (right, max(0, top)), px, colour, alpha=230, right=True,
                                             backing=True)
            self.hint_rects.append((rect.inflate(px // 2, px // 3), action))
            right = rect.left - px
        if night.phase in (CHOOSING, ESCAPING) and self.scene_time - self.nudge_at < NUDGE_SECONDS:
            n = len(night.choices)
            self.app.ui_box.draw_text(canvas, ui(lang, "hint_choose").format(n=n), (int(w * 0.04), max(0, top)), px,
                                      SPEAKER, alpha=240, backing=True)
