"""The night itself: the memory, the text box, the technicians' subtitles, the map; input becomes model actions.

Every choice point shows its options, with or without a prompt, and nothing is picked by a key that did not aim at
an option: a number, a click on the option, or Enter/A/F5 after the highlight was moved onto it."""

from __future__ import annotations

import pygame

from eternal.model import line_ids
from eternal.model.history import entry
from eternal.model.night import DISSOLVE_SECONDS, Act, Choice, Line
from eternal.model.state import CHOOSING, DISSOLVING, ENDED, ESCAPING, READING
from eternal.model.story import Memory, Text
from eternal.presentation.navigation import Fade, Push, Replace, Request, first
from eternal.presentation.palette import INTRUSION, SPEAKER, TEXT, TEXT_DIM
from eternal.presentation.screens.base import Screen
from eternal.presentation.screens.end import EndScreen
from eternal.presentation.screens.history import HistoryScreen
from eternal.presentation.screens.pause import PauseScreen
from eternal.presentation.textbox import continue_alpha, letter_loss, wrap
from eternal.presentation.transition import SCENE_FADE, RegionFade
from eternal.presentation.ui_text import ui
from eternal.presentation.voice import Voice, sentences
from eternal.strings import said_by

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


def past_prologue(night) -> bool:
    """The night's loops play from the end of the prologue on."""
    return night.act() is not Act.PROLOGUE


def choice_label(choice: Choice, lang: str) -> str:
    """What an option says on screen: its text; a hiding place's title with its cue."""
    text = choice.text.get(lang)
    if choice.kind == "hide" and choice.cue is not None:
        return f"{text} — {choice.cue.get(lang)}"
    return text


class PlayScreen(Screen):
    def __init__(self, services) -> None:
        super().__init__(services)
        self.reveal = 0.0
        self.line_id: str | None = None
        self.last_line: Line | None = None
        self.shown_for = 0.0  # how long the current line has been fully shown (auto-advance)
        self.selected: int | None = None  # no option is aimed at until the player points at one
        self.nudge_at = -1e9  # when a key that picks nothing was pressed at a choice (the hint says how to choose)
        self.found_at: float | None = None  # scene time at which they found her here
        self.point_key: tuple | None = None  # the choice point on screen, to count each one once
        self.point_serial = 0
        self.map_open = services.settings.always_show_map
        self._map_always = services.settings.always_show_map  # the setting as last seen (it may change mid-night)
        self.subtitles: list[tuple[Text | None, Text, float]] = []  # who, what, when: in the story's languages
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
        self._box_drawn: pygame.Rect | None = None  # where this screen drew the text box in its last frame (None: not)
        self._clean_frame = False  # the last frame left on the canvas was this screen alone (no fade, map, menu over it)
        self.choose_hint_rects: list[pygame.Rect] = []  # where the "how to choose" hint stood in the last frame
        self.subtitle_rects: list[pygame.Rect] = []  # where the subtitles' rows stood in the last frame
        self._hurry = False  # the player pressed on during the last phase
        self.interface_hidden = False  # U, Delete, middle click: only the picture, until any key or click
        self.drawn_texts: list[str] = []  # every text this screen drew in its last frame: the line, options, hints...
        self._limit_at: tuple | None = None  # the line where "nothing further back" was said (once more: the history)

    @property
    def night(self):
        return self.services.session.night

    def labels(self) -> list[str]:
        """The options of the moment as the player reads them."""
        lang = self.services.settings.language
        return [choice_label(c, lang) for c in self.night.choices]

    def pages(self) -> list[str]:
        """The current line cut into the pages the text box can show at this size and text scale."""
        line = self.night.line
        if line is None:
            return []
        services = self.services
        lang = services.settings.language
        labels = self.labels()
        text = line.text.get(lang)
        # keyed by the words too: the same line with new words (a reloaded story) is cut anew
        key = (line.id, text, lang, services.view.canvas_rect.size, services.settings.text_scale, tuple(labels))
        if self._pages[0] != key:
            self._pages = (key, services.text.pages(text, services.view.canvas_rect.size, services.settings.text_scale, bool(line.who), labels))
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

    def act(self, action: str) -> Request | None:
        night = self.night
        services = self.services
        if night.choices and action in ("page_down", "page_up"):
            action = "down" if action == "page_down" else "up"  # a presenter remote aims at options; F5 picks
        action = {"page_down": "advance", "page_up": "rollback"}.get(action, action)
        if action in ("back", "pause"):
            if self.map_open and not services.settings.always_show_map and action == "back":
                self.map_open = False
                return None
            return Push(PauseScreen(services))
        if action == "map":
            self.map_open = not self.map_open
        elif action == "history":
            return Push(HistoryScreen(services))
        elif action == "rollback":
            return self.roll_back()
        elif action == "forward":
            self.roll_forward()
        elif action == "clean":
            self.interface_hidden = True
        elif action == "skip":
            self.skip = not self.skip
        elif action == "hide":
            if night.offer_hiding():
                self.selected = None
                services.cue("pick")
        elif action in ("up", "down") and night.choices:
            choices = night.choices
            if self.selected is None:
                self.selected = 0 if action == "down" else len(choices) - 1
            else:
                self.selected = (self.selected + (1 if action == "down" else -1)) % len(choices)
            services.cue("move")
        elif action.startswith("pick:"):
            index = int(action[5:])
            choices = night.choices
            if index < len(choices) and self.revealed():
                self.choose(choices[index].id)
        elif action == "advance":
            return self.advance()
        return None

    def choose(self, choice_id: str) -> None:
        if self.night.choose(choice_id):
            self._chosen()

    def hide_in(self, memory_id: str) -> bool:
        """Take her into a hiding place picked on the map (one action of the night's)."""
        if not self.night.hide_in(memory_id):
            return False
        self._chosen()
        return True

    def _chosen(self) -> None:
        self.services.session.shown.choices_made += 1
        self.selected = None
        self.services.cue("pick")

    def advance(self) -> Request | None:
        """Space, Enter, A, click, Page Down: finish the typewriter, else go on; at a choice, pick only the option the
        player aimed at (never one they did not see)."""
        night = self.night
        if night.phase == ENDED:
            # the night is over: its autosave says so, so that Continue never plays the ending again
            self.services.session.autosave()
            return Replace(EndScreen(self.services), fade=JUMP_FADE["ending"])
        if not self.page_revealed():
            self.reveal = 1e9
            return None
        if not self.last_page():
            self.page += 1
            self.reveal = 0.0
            return None
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
        return None

    def click(self, pos: tuple[int, int]) -> Request | None:
        night = self.night
        full_map = self.map_open and not self.services.settings.always_show_map
        for rect, action in ([] if full_map else self.hint_rects):  # the full map covers the buttons
            if rect.collidepoint(pos):
                return self.act(action)
        if self.map_open:
            for rect, memory_id in self.services.map_view.targets:
                if rect.collidepoint(pos) and self.hide_in(memory_id):
                    self.map_open = self.services.settings.always_show_map
                    return None
            if not self.services.settings.always_show_map:
                if self.services.map_view.closes_at(pos):  # its close button, or an empty spot of the window
                    self.map_open = False
                return None  # a click on the open map does not also advance the text under it
        for i, rect in enumerate(self.choice_rects):
            if rect.collidepoint(pos):
                choices = night.choices
                if i < len(choices):
                    self.choose(choices[i].id)
                return None
        if night.phase in (READING, ENDED) or not self.revealed():
            return self.advance()
        if night.phase in (CHOOSING, ESCAPING):
            self.nudge_at = self.scene_time  # a click beside the options picks nothing
        return None

    def hover(self, pos: tuple[int, int]) -> None:
        for i, rect in enumerate(self.choice_rects):
            if rect.collidepoint(pos) and i != self.selected:
                self.selected = i

    def wheel(self, dy: int) -> Request | None:
        """Wheel up goes back a line (as in Ren'Py; at the limit, the history), wheel down on again."""
        if dy > 0:
            return self.roll_back()
        if dy < 0:
            self.roll_forward()
        return None

    # --- rollback ----------------------------------------------------------------------------------------------------

    def roll_back(self) -> Request | None:
        """Back a page of a long line, else back a line of this memory, the night's state with it (the model's
        rollback). Where nothing is left to go back over a quiet notice says so, and once more opens the history."""
        night = self.night
        if self.page > 0 and night.line is not None and night.line.id == self.line_id:
            self.page -= 1
            self.reveal = 1e9
            return None
        if not night.can_roll_back():
            here = (night.point(), self.page)
            if self._limit_at == here:
                return Push(HistoryScreen(self.services))
            self._limit_at = here
            self.show_notice(ui(self.services.settings.language, "rollback_limit"))
            return None
        self.services.session.seen.add_all(night.state.read)  # what was read stays read (Tab skips it again)
        night.roll_back()
        self.skip = False  # going back is reading again: skipping would carry the player straight on
        self._show_whole(last_page=True)
        return None

    def roll_forward(self) -> None:
        """Wheel down: on again through what was rolled back over (the same line, the same choice); a page of a long
        line first. Nothing when nothing was rolled back over."""
        night = self.night
        if night.line is not None and night.line.id == self.line_id and not self.last_page():
            self.page += 1
            self.reveal = 1e9
            return
        if night.roll_forward():
            self._show_whole(last_page=False)

    def _drop_limit_notice(self) -> None:
        """The line changed: "nothing further back" no longer holds (and a wheel up no longer opens the history)."""
        if self._limit_at is not None:
            said = ui(self.services.settings.language, "rollback_limit")
            self.notices = [n for n in self.notices if n[0] != said]
            self._limit_at = None

    def _show_whole(self, last_page: bool) -> None:
        """The line now on screen, read before: shown whole at once (its last page when going back)."""
        night = self.night
        line = night.line
        self.selected = None
        self.shown_for = 0.0
        self._drop_limit_notice()
        if line is not None:
            self.line_id = line.id
            self.page = max(0, len(self.pages()) - 1) if last_page else 0
        else:  # a choice with no prompt: the line read just before it stands over its options
            self.page = 0
            read = night.state.read
            before = entry(night.story, read[-1]) if read else None
            self.last_line = Line(before.id, before.who, before.text) if before is not None and not before.picked else None
        self.reveal = 1e9

    # --- time ------------------------------------------------------------------------------------------------------

    def update(self, dt: float) -> Request | None:
        services = self.services
        night = self.night
        settings = services.settings
        if settings.always_show_map != self._map_always:  # the setting changed on the settings screen
            self._map_always = self.map_open = settings.always_show_map
        night.tick(self._night_dt(dt))
        events = night.pop_events()
        services.session.take(events)
        request = first(*(self._on_event(event) for event in events))
        self.scene_time += dt
        line = night.line
        if line is not None:
            self.last_line = line
            if line.id != self.line_id:
                self._drop_limit_notice()
                self.line_id = line.id
                self.reveal = 0.0
                self.shown_for = 0.0
                self.page = 0
        point = (night.point(), night.phase) if night.phase in (CHOOSING, ESCAPING) else None
        if point != self.point_key:
            self.point_key = point
            self.point_serial += 1
            self.selected = None
            self.nudge_at = -1e9  # a hint asked for at the last choice is not carried over to this one
        if night.found_here() and self.found_at is None:
            self.found_at = self.scene_time
        self.reveal += dt * settings.text_speed
        if self.page_revealed():
            self.shown_for += dt
        self.subtitles = [s for s in self.subtitles if services.clock.time - s[2] < SUBTITLE_SECONDS]
        self.notices = [n for n in self.notices if services.clock.time - n[1] < NOTICE_SECONDS]
        skipping = (self.skip or services.clock.skip_held) and not self.interface_hidden and night.phase == READING and line is not None and line.id in services.session.seen
        if skipping:
            self.skip_clock += dt
            if self.skip_clock >= SKIP_INTERVAL:
                self.skip_clock = 0.0
                self.reveal = 1e9
                night.continue_()
        elif settings.auto_advance and not self.interface_hidden and night.phase == READING and line is not None and self.shown_for >= settings.auto_delay:
            self.shown_for = 0.0
            request = first(request, self.advance())
        level = night.level() if isinstance(night.scene, Memory) else 0.0
        services.audio.update(dt, level if night.is_in_erasure() else 0.0, night.progress(), past_prologue(night))
        return request

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
        return dt * rate * (HURRY if self._hurry or self.skip or self.services.clock.skip_held else 1.0)

    @property
    def box_fade(self) -> RegionFade | None:
        """The text box of the last beat fading out over the new one; None while no beat cross-fades."""
        return self._box_fade

    def leaving(self) -> float:
        """How far the memory on screen has gone through its last phase (0..1; 0 while it is being read)."""
        start = self._dissolve_from
        if start is None or self.night.phase != DISSOLVING:
            return 0.0
        return max(0.0, min(1.0, (self.night.level() - start) / max(0.05, 1 - start)))

    def _on_event(self, event) -> Request | None:
        """What this screen shows of the night's events: a new scene starts afresh, a voice becomes a subtitle."""
        if event.kind == "scene":
            return self.on_scene()
        if event.kind == "intrusion" and event.text is not None:
            self.on_intrusion(self.services.story.characters.get(event.who or ""), event.text)
        return None

    def on_scene(self) -> Request | None:
        self.scene_time = 0.0
        self.found_at = None
        return self._jump_fade()

    def _jump_fade(self) -> Request | None:
        """Where the night jumps rather than falls (into a hiding place, dragged back out, to the ending, between
        the prologue's scenes), the frame being left dissolves into the new scene instead of cutting."""
        act = self.night.act()
        hiding = self.night.hides_here()
        kind = ("ending" if act is Act.ENDING else "hide" if hiding else "back" if self._in_hiding
                else "prologue" if act is Act.PROLOGUE else None)
        self._in_hiding = hiding
        return Fade(JUMP_FADE[kind]) if kind is not None else None

    def on_intrusion(self, who: Text | None, text: Text) -> None:
        """A voice from outside becomes a subtitle; kept as the story's text, so a change of language reaches it too."""
        self.subtitles.append((who, text, self.services.clock.time))
        self.subtitles = self.subtitles[-3:]

    def show_notice(self, text: str) -> None:
        """A word from the game itself (a save it passed over): not a voice from the room, so not in their style."""
        self.notices = (self.notices + [(text, self.services.clock.time)])[-2:]

    # --- painting --------------------------------------------------------------------------------------------------

    def found_amount(self) -> float:
        """How far the lights have gone out around her since they found her here (0 when they have not)."""
        if self.found_at is None:
            return 0.0
        if self.services.settings.reduce_motion:
            return 1.0
        return min(1.0, (self.scene_time - self.found_at) / FOUND_DARK)

    def render(self, canvas: pygame.Surface) -> None:
        self._fade_box_from(canvas)  # first: the canvas still holds the last frame, with the box as it stood
        self.drawn_texts = []
        services = self.services
        night = self.night
        lang = services.settings.language
        scene = night.scene
        level = night.level() if isinstance(scene, Memory) else 0.0
        with_her = night.hiding_place() == scene.id
        found = self.found_amount()
        falling = self.scene_time < FALL and not services.settings.reduce_motion and night.is_in_erasure()
        if falling:
            # Falling into the older memory: it comes up out of the dark and settles from slightly too close.
            buffer = services.view.offscreen(canvas.get_size())
            services.painter.render(buffer, scene, level, self.scene_time, False, companion=with_her, found=found)
            ease = (1 - self.scene_time / FALL) ** 2
            w, h = canvas.get_size()
            zoom = 1 + 0.12 * ease
            crop = pygame.Rect(0, 0, int(w / zoom), int(h / zoom))
            crop.center = (w // 2, h // 2 + int(h * 0.03 * ease))
            pygame.transform.smoothscale(buffer.subsurface(crop), (w, h), canvas)
        else:
            services.painter.render(canvas, scene, level, self.scene_time, services.settings.reduce_motion, companion=with_her,
                               found=found)
        if self.scene_time < FADE_IN:
            services.view.veil(canvas, 1 - self.scene_time / FADE_IN)
        if self.interface_hidden:  # only the picture, which the player hid the words to look at
            self.choice_rects, self.hint_rects, self.choose_hint_rects, self.subtitle_rects = [], [], [], []
            services.text.laid_out = []
            self._box_drawn, self._clean_frame = None, False
            return
        self._box(canvas, lang, level)
        if self._box_fade is not None and not self._box_fade.draw(canvas, self.scene_time):
            self._box_fade = None
        buttons, hint_rows = self._hint_layout(canvas)
        tops = [outer.top for _, outer, _, _ in buttons] + [outer.top for _, _, outer in hint_rows]
        self._subtitles(canvas, min(tops) - self.px(0.022) // 3 if tops else canvas.get_height())
        self._notices(canvas)
        self._hints(canvas, buttons, hint_rows)
        if self.map_open:
            hide_ids = night.hiding_targets()
            if services.settings.always_show_map:
                w, h = canvas.get_size()
                # a small corner of the picture: no names, only the shape of the night and where she is
                corner = pygame.Rect(w - w * 27 // 100 - w // 80, h // 80, w * 27 // 100, h * 27 // 100)
                services.map_view.draw(canvas.subsurface(corner), night, lang, services.clock.time, hide_ids, compact=True,
                                  scale=services.settings.text_scale, origin=corner.topleft)
            else:
                services.map_view.draw(canvas, night, lang, services.clock.time, hide_ids, scale=services.settings.text_scale)
        # what the canvas holds now is only this screen when no services cross-fade, full map or menu goes over it: only
        # then may the next frame take its text box from it to fade out
        self._clean_frame = not services.view.fading and services.view.in_front(self) and not (self.map_open and not services.settings.always_show_map)

    def _fade_box_from(self, canvas: pygame.Surface) -> None:
        """When the line (or its page) changes, the box as it stood in the last frame is held and faded out over the
        next line, so beats cross-fade; skipping and reduce motion change at once."""
        night = self.night
        key = (night.scene.id, night.point(), self.line_id, self.page, night.phase in (CHOOSING, ESCAPING))
        previous, self._box_key = self._box_key, key
        services = self.services
        held = self._box_drawn  # the box this screen drew last frame, not a stale rect (the box shared by every screen)
        if previous is None or previous == key or previous[0] != key[0] or held is None:
            return
        if services.settings.reduce_motion or self.skip or services.clock.skip_held or not services.view.in_front(self) or not self._clean_frame:
            # a canvas that also holds a fading earlier frame (the jump out of a hiding place), the map or a menu
            # would leave its ghosts in the box: the new line simply replaces the last one
            self._box_fade = None
            return
        self._box_fade = RegionFade.of(canvas, held, self.scene_time, BEAT_FADE)

    def _box(self, canvas: pygame.Surface, lang: str, level: float) -> None:
        """The text box: the line being read (whole), or the line leaving as the memory dissolves (losing letters),
        and at a choice point always its options, under the prompt or the line they follow."""
        services = self.services
        night = self.night
        settings = services.settings
        line = night.line
        choosing = night.phase in (CHOOSING, ESCAPING)
        fade, loss, context = 1.0, 0.0, False
        if line is None and choosing and self.last_line is not None and line_ids.scene_of(self.last_line.id) == night.scene.id:
            line, context = self.last_line, True  # a choice with no prompt: its options under the line just read
        elif line is None and night.phase == DISSOLVING:
            line = self.last_line
            fade = max(0.0, 1 - 1.4 * self.leaving())  # the box goes before the place does
            if not (settings.high_contrast or settings.reduce_motion):
                loss = letter_loss(level)  # the line already read, leaving with the memory
        if line is None and not choosing:
            self.choice_rects = []
            services.text.laid_out = []
            self._box_drawn = None
            return
        current = night.line is not None and line is not None and line.id == self.line_id
        text = self.page_text() if current else (line.text.get(lang) if line is not None else "")
        show_choices = choosing and (not current or self.last_page())
        labels = self.labels() if show_choices else []
        if self.scene_time < FADE_IN and not labels:  # the box comes up with the memory, not as an empty slab
            fade = min(fade, self.scene_time / FADE_IN)
        if context and line is not None:  # a long line read before the choice: its last page stands over the options
            text = services.text.pages(text, services.view.canvas_rect.size, settings.text_scale, bool(line.who), labels)[-1]
        who = night.story.characters.get(line.who) if line is not None and line.who else None
        line_id = line.id if line is not None else line_ids.rule_line(night.scene.id, "choice")
        services.text.draw(
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
        self.drawn_texts += [t for t in [text, *labels] if t]
        self.choice_rects = [c.rect for c in services.text.laid_out]
        self._box_drawn = services.text.last_rect.copy() if services.text.last_rect is not None else None
        if current and self.page_revealed():
            services.session.shown.text(f"{line_id}#{self.page}", text)
        if labels and services.text.laid_out:
            services.session.shown.choice_point(f"{self.point_serial}", [c.label for c in services.text.laid_out])
        self._speak_box(line if night.phase != DISSOLVING else None, who.get(lang) if who else None, text, current, lang)

    def _voice(self) -> Voice | None:
        """Self-voicing, when it is on and this screen is in front (under a menu it says nothing)."""
        voice = self.services.voice
        if not voice.on or not self.services.view.in_front(self):
            return None
        voice.front(self)
        return voice

    def _speak_box(self, line: Line | None, speaker: str | None, text: str, current: bool, lang: str) -> None:
        """Say what the box drew: a new line whole (its speaker first; every page the box cuts it into, at once),
        then the options with their numbers once they stand there, and the option the player aims at."""
        voice = self._voice()
        if voice is None:
            return
        if line is not None and voice.new("line", line.id):
            voice.say(sentences([f"{speaker}:" if speaker else None, " ".join(self.pages()) if current else text]), lang)
        options = self.services.text.laid_out
        listed = bool(options) and voice.new("options", self.point_serial)
        if listed:  # after the prompt, not over it
            voice.say(sentences([f"{c.number}. {c.label}" for c in options]), lang, interrupt=False)
        if options and self.selected is not None and self.selected < len(options):
            aimed = options[self.selected]
            if voice.new("aim", (self.point_serial, self.selected)) and not listed:
                voice.say(f"{aimed.number}. {aimed.label}", lang)

    def _subtitles(self, canvas: pygame.Surface, floor: int) -> None:
        """The voices from the room, newest last, from the top down to `floor` (above the buttons and the box): when
        they do not all fit the oldest go; when the newest alone does not fit its type gets smaller; nothing ever
        covers the buttons or the text box."""
        w, h = canvas.get_size()
        top = int(h * 0.04)
        room = floor - top
        base = self.px(0.028)
        lang = self.services.settings.language
        labels = [said_by(lang, who.get(lang) if who else "", text.get(lang)) for who, text, _ in self.subtitles]
        px, kept, rows_of = base, 0, []
        for px in sorted({base, max(11, int(base * 0.85)), max(11, int(base * 0.7))}, reverse=True):
            font = self.services.text.fonts.get(px, True)
            step, gap = int(px * 1.45), int(px * 0.2)
            rows_of, used, kept = [], 0, 0
            for label in reversed(labels):  # newest first
                rows = wrap(font, label, int(w * 0.88))  # a long line from the next room wraps, it is not cut off
                if used + len(rows) * step > room:
                    break
                used += len(rows) * step + gap
                rows_of.insert(0, rows)
                kept += 1
            if kept or not labels:
                break
        if labels and not kept:  # not even the newest fits at the smallest size: as many of its rows as fit
            rows = wrap(self.services.text.fonts.get(px, True), labels[-1], int(w * 0.88))
            fit = max(0, room // int(px * 1.45))
            rows_of = [rows[:fit - 1] + [rows[fit - 1] + " …"] if 0 < fit < len(rows) else rows[:fit]]
            kept = 1
        if kept < len(self.subtitles):
            self.subtitles = self.subtitles[len(self.subtitles) - kept:]  # the oldest give way to the newest
        y = top
        self.subtitle_rects = []
        for (_, said, t0), rows in zip(self.subtitles, rows_of):
            text = said.get(lang)
            age = self.services.clock.time - t0
            alpha = int(255 * max(0.0, min(1.0, age * 3, (SUBTITLE_SECONDS - age) / 1.0)))
            for row in rows:
                self.drawn_texts.append(row)
                rect = self.services.text.draw_text(canvas, row, (int(w * 0.04), y), px, INTRUSION, italic=True, alpha=alpha,
                                              backing=True)
                self.subtitle_rects.append(rect.inflate(px // 2, px // 5))  # with the band behind it
                y += int(px * 1.45)
            y += int(px * 0.2)
            if alpha == 255:
                self.services.session.shown.text(f"@sub:{t0}:{text}", text)
            voice = self._voice()
            if voice is not None and voice.new(("subtitle", t0), text):  # a voice from the room, after the line
                voice.say(" ".join(rows), self.services.settings.language, interrupt=False)

    def _notices(self, canvas: pygame.Surface) -> None:
        """The game's own notices: upright interface type at the top right, on a plain card."""
        w, h = canvas.get_size()
        px = self.px(0.022)
        font = self.services.labels.fonts.get(px)
        y = int(h * 0.04)
        for text, t0 in self.notices:
            alpha = notice_alpha(self.services.clock.time - t0)
            for row in wrap(font, text, int(w * 0.42)):
                width = font.size(row)[0]
                self.services.labels.draw_text(canvas, row, (w - int(w * 0.04) - width, y), px, TEXT, alpha=alpha, backing=True)
                self.drawn_texts.append(row)
                y += int(px * 1.45)
            y += int(px * 0.4)
            if alpha == 255:
                self.services.session.shown.text(f"@notice:{t0}:{text}", text)
            voice = self._voice()
            if voice is not None and voice.new(("notice", t0), text):
                voice.say(text, self.services.settings.language, interrupt=False)

    def _hint_layout(self, canvas: pygame.Surface) -> tuple[list[tuple[pygame.Rect, pygame.Rect, str, str]],
                                                            list[tuple[str, pygame.Rect, pygame.Rect]]]:
        """Where the buttons of the moment stand (right to left on one row just above the text box) and the rows of
        the "how to choose" hint: beside the buttons when it fits there, else wrapped on rows of its own above them,
        so it never covers one. Each comes as the text's rect and the larger one around it (the backing drawn; for
        a button, what a click hits)."""
        w, h = canvas.get_size()
        lang = self.services.settings.language
        night = self.night
        hints = [("hint_history", "history"), ("hint_map", "map")]
        if self.skip:
            hints.append(("hint_skipping", "skip"))
        if night.can_hide():  # from a hiding place the same hand takes her deeper
            hints.append(("hint_deeper" if night.hiding_place() is not None else "hint_hide", "hide"))
        px = self.px(0.022)
        font = self.services.labels.fonts.get(px)
        box = self._box_drawn  # the box as drawn in this frame (also while it leaves with a dissolving memory)
        top = max(0, min(int(h * 0.64), box.top - int(px * 1.5)) if box is not None else int(h * 0.64))
        left, right = int(w * 0.04), w - int(w * 0.04)
        buttons = []
        for key, action in hints:  # right to left; a row too full (large text) goes on above
            text = ui(lang, key, night.story)
            rect = pygame.Rect((0, 0), font.size(text))
            rect.topright = (right, top)
            if rect.left < left and buttons:
                top = max(0, top - int(px * 1.6))
                right = w - int(w * 0.04)
                rect.topright = (right, top)
            buttons.append((rect, rect.inflate(px // 2, px // 3), key, action))
            right = rect.left - px
        rows: list[tuple[str, pygame.Rect, pygame.Rect]] = []
        choosing = night.phase in (CHOOSING, ESCAPING)
        if choosing and self.services.text.laid_out and self.scene_time - self.nudge_at < NUDGE_SECONDS:
            # only once the options are on screen: a hint about options no one can see yet would only confuse
            text = ui(lang, "hint_choose").format(n=len(night.choices))
            beside = min(outer.left for _, outer, _, _ in buttons) - px
            if left + font.size(text)[0] + px // 2 <= beside and len({inner.top for inner, _, _, _ in buttons}) == 1:
                rows = [(text, pygame.Rect((left, top), font.size(text)))]
            else:
                wrapped = wrap(font, text, w - 2 * left - px)
                step = int(px * 1.45)
                y = top - px // 3 - len(wrapped) * step
                for row in wrapped:
                    rows.append((row, pygame.Rect((left, max(0, y)), font.size(row))))
                    y += step
        return buttons, [(row, rect, rect.inflate(px // 2, px // 5)) for row, rect in rows]

    def _hints(self, canvas: pygame.Surface, buttons: list[tuple[pygame.Rect, pygame.Rect, str, str]],
               hint_rows: list[tuple[str, pygame.Rect, pygame.Rect]]) -> None:
        """The actions of the moment as small buttons above the text box: keys name them, a click does them."""
        lang = self.services.settings.language
        px = self.px(0.022)
        self.hint_rects = []
        for inner, outer, key, action in buttons:
            colour = SPEAKER if action == "hide" else TEXT_DIM
            self.services.labels.draw_text(canvas, ui(lang, key, self.night.story), inner.topright, px, colour, alpha=230, right=True, backing=True)
            self.drawn_texts.append(ui(lang, key, self.night.story))
            self.hint_rects.append((outer, action))
        self.choose_hint_rects = []
        for row, inner, outer in hint_rows:
            self.services.labels.draw_text(canvas, row, inner.topleft, px, SPEAKER, alpha=240, backing=True)
            self.drawn_texts.append(row)
            self.choose_hint_rects.append(outer)
