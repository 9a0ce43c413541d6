"""The text box: wrapped lines with a typewriter reveal, words losing letters as the memory goes, and choices."""

from __future__ import annotations

import re
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import pygame

from eternal.presentation.assets import Fonts
from eternal.presentation.palette import BOX, BOX_ALPHA, CHOICE_HOVER, CONTINUE_MARK, SPEAKER, TEXT, TEXT_DIM


class _Lru(OrderedDict):
    """A dict that forgets its least recently used entries beyond `limit`."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def get(self, key, default=None):
        if key in self:
            self.move_to_end(key)
            return self[key]
        return default

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, value)
        if len(self) > self.limit:
            self.popitem(last=False)


def letter_loss(level: float) -> float:
    """Share of letters fading from lines already read at an erasure level: nothing early, under half near the end.

    Never applied to the line being read, a prompt or an option: those stay whole at every level."""
    return max(0.0, min(0.45, (level - 0.25) * 0.7))


def continue_alpha(level: float, high_contrast: bool) -> float:
    """How strongly the continue mark shows at an erasure level: it fades with the memory, but never below half, so
    it still says "the line is done"; with high contrast it stays whole."""
    return 1.0 if high_contrast else max(0.5, 1.0 - 0.8 * level)


MIN_PAGE_WORDS = 3  # a page of a long line never holds only one or two words
_SENTENCE_END = re.compile(r"[.!?…][\"'“”„‘’»«)\]]*$")  # a word that ends a sentence (closing quotes after it)


GHOST = 56  # alpha (of 255) a lost letter keeps: a trace of it, so words fade without leaving gaps


def dropped(line_id: str, text: str, loss: float) -> set[int]:
    """Indices of the letters a line has lost; the same letters go first every time."""
    if loss <= 0:
        return set()
    out = set()
    for i, ch in enumerate(text):
        if ch.isalnum() and zlib.crc32(f"{line_id}:{i}".encode()) / 0xFFFFFFFF < loss:
            out.add(i)
    return out


def wrap(font: pygame.font.Font, text: str, width: int) -> list[str]:
    """Greedy word wrap to a pixel width (paragraph breaks kept)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            trial = word if not current else current + " " + word
            if font.size(trial)[0] <= width or not current:
                current = trial
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return lines


@dataclass(frozen=True)
class BoxLayout:
    rect: pygame.Rect
    pad: int
    font_px: int

    @property
    def line_h(self) -> int:
        return int(self.font_px * 1.25)

    @property
    def choice_px(self) -> int:
        return int(self.font_px * 0.92)

    @property
    def choice_h(self) -> int:
        return int(self.choice_px * 1.3)


@dataclass(frozen=True)
class LaidOutChoice:
    """One option as the box drew it: its label (without the number), where it stands, and its number key."""

    label: str
    rect: pygame.Rect
    number: int


class TextBox:
    """Draws the box; caches every rendered line, so a frame only blits."""

    def __init__(self, fonts: Fonts) -> None:
        self.fonts = fonts
        self._cache = _Lru(160)  # a line at 1080p is up to ~0.3 MB, and a night renders thousands of them
        self.choice_rects: list[pygame.Rect] = []
        self.laid_out: list[LaidOutChoice] = []  # the options as drawn last: what a player (or autoplay) can pick
        self.last_rect: pygame.Rect | None = None  # where the box was drawn last (hints sit just above it)

    def layout(self, size: tuple[int, int], scale: float = 1.0) -> BoxLayout:
        w, h = size
        margin = int(w * 0.04)
        top = int(h * 0.69)
        font_px = max(14, int(h * 0.036 * scale))
        return BoxLayout(pygame.Rect(margin, top, w - 2 * margin, h - top - int(h * 0.03)), int(h * 0.025), font_px)

    def _panel(self, target: pygame.Surface, rect: pygame.Rect, high_contrast: bool, fade: float) -> None:
        """The box's backing: the same as laying BOX at its alpha over the picture, done as two fills in place (no
        box-sized surface to fill and blend every frame)."""
        alpha = round((255 if high_contrast else BOX_ALPHA) * max(0.0, min(1.0, fade)))
        if alpha <= 0:
            return
        keep = 255 - alpha
        target.fill((keep, keep, keep), rect, special_flags=pygame.BLEND_RGB_MULT)
        target.fill(tuple(round(c * alpha / 255) for c in BOX), rect, special_flags=pygame.BLEND_RGB_ADD)

    def _mark(self, px: int) -> pygame.Surface:
        """The continue mark: a small soft downward triangle, drawn large and scaled down so its edges are smooth."""
        size = max(7, int(px * 0.5))
        key = ("mark", size)
        mark = self._cache.get(key)
        if mark is None:
            big = pygame.Surface((size * 4, size * 4), pygame.SRCALPHA)
            s4 = size * 4
            pygame.draw.polygon(big, CONTINUE_MARK, [(0, s4 * 0.2), (s4, s4 * 0.2), (s4 / 2, s4 * 0.9)])
            mark = self._cache[key] = pygame.transform.smoothscale(big, (size, size))
        return mark  # type: ignore[return-value]

    def pages(self, text: str, size: tuple[int, int], scale: float, speaker: bool, choices: list[str]) -> list[str]:
        """The text cut into pages that each fit the box without covering more than half the picture (large text
        sizes on small screens need more than one); the choices go with the last page."""
        lay = self.layout(size, scale)
        px, pad, line_h = lay.font_px, lay.pad, lay.line_h
        rows = self._lines(text, lay.rect.width - 2 * pad, px)
        room = int(size[1] * 0.5) - 2 * pad - (int(line_h * 0.95) if speaker else 0)
        per_page = max(1, room // line_h)
        options = self._choice_rows(choices, lay)
        last_room = max(1, (room - options * lay.choice_h - (int(line_h * 0.2) if choices else 0)) // line_h)
        if len(rows) <= last_room:
            return [text]
        if choices:  # the page the player decides on starts where a sentence starts (or says that text came before)
            split = self._choice_page(text, lay.rect.width - 2 * pad, px, last_room)
            if split is not None:
                head, tail = split
                return self.pages(head, size, scale, speaker, []) + [tail]
        pages = []
        while len(rows) > last_room:
            take = min(per_page, len(rows) - 1) if len(rows) > per_page else max(1, len(rows) - last_room)
            if len(rows) - take == 1 and take > 1:
                take -= 1  # never leave a single orphaned row (one or two words) alone on the last page
            pages.append(" ".join(rows[:take]))
            rows = rows[take:]
        pages.append(" ".join(rows))
        if len(pages) >= 2:
            font, width = self.fonts.get(px), lay.rect.width - 2 * pad
            pages[-2:] = _rebalance(pages[-2], pages[-1], lambda a: len(wrap(font, a, width)) <= per_page,
                                    lambda b: len(wrap(font, b, width)) <= last_room)
        return pages

    def _choice_page(self, text: str, width: int, px: int, room: int) -> tuple[str, str] | None:
        """Where a long prompt is cut so the page that stands over the options reads on its own: the text before it
        (paged as usual) and that page, which begins at the start of a sentence, as much of the prompt as fits. When
        even its last sentence does not fit, the page begins with "…" (the rest is in the history), at a clause if
        one fits. None when no such cut leaves at least MIN_PAGE_WORDS words on both sides."""
        words = text.split(" ")
        font = self.fonts.get(px)

        def fits(page: str) -> bool:
            return len(wrap(font, page, width)) <= room

        def ok(i: int) -> bool:
            return len(words[:i]) >= MIN_PAGE_WORDS and len(words[i:]) >= MIN_PAGE_WORDS

        starts = [i for i in range(1, len(words)) if _SENTENCE_END.search(words[i - 1]) and ok(i)]
        for i in starts:  # earliest first: the most of the prompt that fits with the options
            tail = " ".join(words[i:])
            if fits(tail):
                return " ".join(words[:i]), tail
        clauses = [i for i in range(1, len(words)) if words[i - 1][-1:] in ",;:–—" and ok(i)]
        for i in clauses + [i for i in range(1, len(words)) if ok(i)]:
            tail = "… " + " ".join(words[i:])
            if fits(tail):
                return " ".join(words[:i]), tail
        return None

    def _lines(self, text: str, width: int, px: int) -> list[str]:
        if not text:
            return []
        key = ("wrap", text, width, px)
        lines = self._cache.get(key)
        if lines is None:
            lines = self._cache[key] = wrap(self.fonts.get(px), text, width)
        return lines  # type: ignore[return-value]

    def _choice_label_rows(self, number: int, label: str, lay: BoxLayout) -> list[str]:
        """An option's rows: its number in front of the first, the rest indented under the label."""
        width = lay.rect.width - 2 * lay.pad - lay.choice_px * 2
        return self._lines(f"{number}. {label}", width, lay.choice_px)

    def _choice_rows(self, choices: list[str], lay: BoxLayout) -> int:
        return sum(len(self._choice_label_rows(i + 1, c, lay)) for i, c in enumerate(choices))

    def render_row(self, line_id: str, row: int, text: str, px: int, colour, loss: float, italic: bool = False) -> pygame.Surface:
        step = round(loss * 20)  # 5 % steps: a line is rendered anew a few times as it fades, not every frame
        key = ("line", line_id, row, text, px, colour, step, italic)
        surface = self._cache.get(key)
        if surface is None:
            font = self.fonts.get(px, italic)
            surface = font.render(text, True, colour).convert_alpha()
            for i in dropped(f"{line_id}#{row}", text, step / 20):
                x0 = font.size(text[:i])[0]
                x1 = font.size(text[: i + 1])[0]
                # The letter fades to a ghost rather than leaving a hole, so a line never looks mis-set.
                surface.fill((255, 255, 255, GHOST), (x0, 0, x1 - x0, surface.get_height()), special_flags=pygame.BLEND_RGBA_MULT)
            self._cache[key] = surface
        return surface  # type: ignore[return-value]

    def draw(
        self,
        target: pygame.Surface,
        *,
        line_id: str,
        speaker: str | None,
        text: str,
        revealed: float,
        choices: list[str],
        selected: int | None,
        loss: float = 0.0,
        high_contrast: bool = False,
        scale: float = 1.0,
        fade: float = 1.0,
        text_optional: bool = False,
        continue_mark: float = 0.0,
    ) -> bool:
        """Draw the box; returns True when the whole text is revealed.

        `loss` fades letters (only for lines already read). The options are always drawn in full once the text is
        revealed; `text_optional` drops the text (context shown above options) when text and options do not both
        fit. `continue_mark` (0..1): how strongly to show the mark that says the text is done and a key goes on
        (drawn only once the text is whole and no options stand under it). What was drawn lands in `laid_out` and
        `choice_rects`."""
        lay = self.layout(target.get_size(), scale)
        rect, pad, px = lay.rect.copy(), lay.pad, lay.font_px
        line_h, cpx = lay.line_h, lay.choice_px
        rows = self._lines(text, rect.width - 2 * pad, px)
        option_rows = [self._choice_label_rows(i + 1, label, lay) for i, label in enumerate(choices)]
        options_h = (int(line_h * 0.2) + sum(len(r) for r in option_rows) * lay.choice_h) if choices else 0

        def height(n_rows: int, with_speaker: bool) -> int:
            return 2 * pad + n_rows * line_h + (int(line_h * 0.95) if with_speaker else 0) + options_h

        if text_optional and choices and height(len(rows), bool(speaker)) > target.get_height() - int(target.get_height() * 0.03):
            rows, speaker, text = [], None, ""  # the options matter more than the line they follow
        needed = height(len(rows), bool(speaker))
        if needed > rect.height:  # grow upwards rather than spill over the bottom edge
            rect.top = max(0, rect.bottom - needed)
            rect.height = lay.rect.bottom - rect.top
        self.last_rect = rect
        self._panel(target, rect, high_contrast, fade)
        x, y = rect.x + pad, rect.y + pad
        inner = rect.width - 2 * pad
        if speaker:
            name = self.render_row("@who", 0, speaker, int(px * 0.85), SPEAKER, 0.0)
            target.blit(name, (x, y))
            y += int(line_h * 0.95)
        remaining = revealed
        end = (x, y)  # where the text ends: the continue mark stands just after it
        for row, row_text in enumerate(rows):
            if remaining <= 0:
                break
            surface = self.render_row(line_id, row, row_text, px, TEXT, loss)
            shown = len(row_text) if remaining >= len(row_text) else int(remaining)
            width = surface.get_width() if shown >= len(row_text) else self.fonts.get(px).size(row_text[:shown])[0]
            if fade < 1:
                surface.set_alpha(int(255 * fade))
            target.blit(surface, (x, y), (0, 0, width, surface.get_height()))
            surface.set_alpha(255)
            end = (x + width, y)
            remaining -= len(row_text) + 1
            y += line_h
        complete = revealed >= len(text)
        if complete and not choices and continue_mark > 0 and rows:
            mark = self._mark(px)
            mx = min(end[0] + px // 3, rect.right - pad // 2 - mark.get_width())
            my = end[1] + (px - mark.get_height()) // 2 + px // 8
            mark.set_alpha(round(255 * max(0.0, min(1.0, continue_mark * fade))))
            target.blit(mark, (mx, my))
            mark.set_alpha(255)
        self.choice_rects = []
        self.laid_out = []
        if complete and choices:
            if rows or speaker:
                y += int(line_h * 0.2)
            for i, (label, label_rows) in enumerate(zip(choices, option_rows)):
                colour = CHOICE_HOVER if i == selected else TEXT_DIM
                top = y
                right = x
                for r, row_text in enumerate(label_rows):
                    marker = "›" if i == selected and r == 0 else " "
                    indent = cpx if r else 0
                    surface = self.render_row("@choice", i * 16 + r, f"{marker} {row_text}", cpx, colour, 0.0)
                    if fade < 1:
                        surface.set_alpha(int(255 * fade))
                    target.blit(surface, (x + indent, y))
                    surface.set_alpha(255)
                    right = max(right, x + indent + surface.get_width())
                    y += lay.choice_h
                hit = pygame.Rect(x - pad // 2, top, min(inner + pad, right - x + pad), y - top)
                self.choice_rects.append(hit)
                self.laid_out.append(LaidOutChoice(label, hit, i + 1))
        return complete

    def _band(self, size: tuple[int, int]) -> pygame.Surface:
        key = ("band", size)
        band = self._cache.get(key)
        if band is None:
            band = pygame.Surface(size)
            band.fill(BOX)
            self._cache[key] = band
        return band  # type: ignore[return-value]

    def draw_text(self, target: pygame.Surface, text: str, pos: tuple[int, int], px: int, colour=TEXT, italic: bool = False,
                  centre: bool = False, alpha: int | None = None, right: bool = False, backing: bool = False,
                  loss: float = 0.0, loss_id: str | None = None) -> pygame.Rect:
        """A cached single line anywhere on screen (titles, hints, subtitles, the history); `loss` fades letters of a
        line already read, the same letters every time for the same `loss_id`."""
        surface = self.render_row("@free", 0, text, px, colour, loss, italic) if loss <= 0 else \
            self.render_row(loss_id or text, 0, text, px, colour, loss, italic)
        rect = surface.get_rect()
        if centre:
            rect.center = pos
        elif right:
            rect.topright = pos
        else:
            rect.topleft = pos
        if backing:  # text over art gets a dark band behind it, so its contrast does not depend on the picture
            band = self._band(rect.inflate(px // 2, px // 5).size)
            band.set_alpha(int(170 * (alpha if alpha is not None else 255) / 255))
            target.blit(band, rect.inflate(px // 2, px // 5).topleft)
        if alpha is not None:
            surface.set_alpha(alpha)
        target.blit(surface, rect)
        surface.set_alpha(255)
        return rect


def _rebalance(before: str, last: str, fits_before: Callable[[str], bool],
               fits_last: Callable[[str], bool]) -> list[str]:
    """The last two pages of a line, re-cut so the last one is not a stray word or two: the split that leaves both
    pages nearest in length (preferring one after a sentence or a clause) among those that still fit."""
    words = (before + " " + last).split(" ")
    if len(last.split(" ")) >= MIN_PAGE_WORDS and len(last) * 3 >= len(before):
        return [before, last]
    total = len(before) + len(last)
    best: tuple[float, list[str]] | None = None
    for i in range(MIN_PAGE_WORDS, len(words) - MIN_PAGE_WORDS + 1):
        a, b = " ".join(words[:i]), " ".join(words[i:])
        score = abs(len(a) - len(b)) - (0.25 * total if a[-1:] in (".", "!", "?", "…", ";", ":", ",") else 0.0)
        if best is not None and score >= best[0]:
            continue
        if fits_before(a) and fits_last(b):
            best = (score, [a, b])
    return best[1] if best is not None else [before, last]
