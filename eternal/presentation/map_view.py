"""The memory map: the technicians' screen of the player's memories (their software: a title bar, a grid, memories
as cards, associations as lines routed between the cards, a legend), and the player's way to pick a hiding place.
Its title, the companion's mark and the legend's story words are the story's (its `ui:` block)."""

from __future__ import annotations

from dataclasses import replace

import pygame

from eternal.model.map_layout import MapLayout, map_layout
from eternal.model.night import Night
from eternal.model.queries import MapFacts
from eternal.model.story import Story
from eternal.presentation.palette import MAP_BG, MAP_ERASED, MAP_LINE, MAP_NODE, MAP_SWEPT, MAP_UNMAPPED
from eternal.presentation.textbox import TextBox
from eternal.strings import text_for

COMPANION = (255, 214, 64)  # the companion's marker: a yellow nothing else on the map uses
GRID = (17, 34, 30)
BAR = (18, 36, 32)
CARD = (14, 30, 27)
CARD_GONE = (12, 17, 17)
HERE = (236, 248, 242)
INK = (8, 14, 12)
COMPANION_CARD = (58, 50, 16)  # the companion's card glows with its colour under its name
PULSE = 1.6  # seconds of one pulse of the companion's ring and of the hiding places' rings


class MapView:
    """Draws the map. After a draw: `targets` holds the hit boxes of the memories the companion can hide in now,
    `cards` every card's box, `segments` every line piece, `texts` every piece of text (the tests read them)."""

    def __init__(self, box: TextBox) -> None:
        self.box = box
        self.targets: list[tuple[pygame.Rect, str]] = []
        self.cards: dict[str, pygame.Rect] = {}
        self.segments: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self.texts: list[tuple[str, pygame.Rect]] = []
        self.close_rect: pygame.Rect | None = None  # the close button in the legend (canvas coordinates), if drawn
        self._layouts: dict[tuple, tuple[Story, MapLayout]] = {}
        self._chrome: dict[tuple, pygame.Surface] = {}
        self._words: dict[tuple, pygame.Surface] = {}
        self._still: pygame.Surface | None = None  # the full map's still part, for one state of the night
        self._still_key: tuple | None = None
        self._still_story: Story | None = None  # the story the still part was drawn for (held, so its id stays its own)
        self._still_parts: tuple = ()
        self._still_record: tuple = ()

    # --- text -------------------------------------------------------------------------------------------------------

    def _word(self, text: str, px: int, colour) -> pygame.Surface:
        key = (text, px, colour)
        surface = self._words.get(key)
        if surface is None:
            if len(self._words) > 400:
                self._words.clear()
            surface = self._words[key] = self.box.fonts.get(px).render(text, True, colour)
        return surface

    def _text(self, target: pygame.Surface, text: str, pos: tuple[int, int], px: int, colour, right: bool = False,
              centre: bool = False) -> pygame.Rect:
        surface = self._word(text, px, colour)
        rect = surface.get_rect()
        if right:
            rect.topright = pos
        elif centre:
            rect.center = pos
        else:
            rect.topleft = pos
        target.blit(surface, rect)
        self.texts.append((text, rect))
        return rect

    # --- layout -----------------------------------------------------------------------------------------------------

    def layout(self, story: Story, area: pygame.Rect, px: int, lang: str, labels: bool = True) -> MapLayout:
        """The cards and lines for this size, text size and language (worked out once, then kept)."""
        key = (story.id, id(story), tuple(area), px, lang, labels)
        kept = self._layouts.get(key)
        # the story is kept with its layout: a reloaded story may be given the id of one freed before it
        if kept is None or kept[0] is not story:
            if len(self._layouts) > 8:
                self._layouts.clear()
            fonts = self.box.fonts
            found = map_layout(story, tuple(area), px, lambda text, size: fonts.get(size).size(text)[0], lang, labels)
            kept = self._layouts[key] = (story, found)
        return kept[1]

    def _legend_lines(self, entries: list[str], width: int, px: int) -> list[list[str]]:
        font = self.box.fonts.get(px)
        lines: list[list[str]] = [[]]
        used = 0
        space = font.size("     ")[0]
        for entry in entries:
            w = font.size(entry)[0]
            if lines[-1] and used + space + w > width:
                lines.append([])
                used = 0
            used += (space if lines[-1] else 0) + w
            lines[-1].append(entry)
        return lines

    # --- drawing ----------------------------------------------------------------------------------------------------

    def draw(self, target: pygame.Surface, night: Night, lang: str, t: float, hide_ids: list[str], compact: bool = False,
             scale: float = 1.0, origin: tuple[int, int] = (0, 0)) -> None:
        """Draw the map into `target` at time `t`; `origin` is where `target` stands on the canvas (the hit boxes
        in `targets` are in canvas coordinates). What only changes with the night (cards, lines, words) is drawn
        once per state of the night and kept; a frame adds only what pulses."""
        w, h = target.get_size()
        # the technicians' screen is dense: its names grow with the text size, but only half as far
        px = max(10, int(h * (0.034 if compact else 0.02) * min(scale, 1.5)))
        bar_px = max(10, int(h * (0.034 if compact else 0.024) * min(scale, 1.5)))
        facts = night.map_facts()  # once a frame: the still part below is drawn from it too
        key = (w, h, compact, lang, px, night.story.id, self._state_key(facts, hide_ids))
        if compact:  # a small corner over the memory, see-through: drawn whole (it is small)
            lay, light = self._draw_still(target, night, facts, lang, hide_ids, px, bar_px, scale, compact)
        else:
            if (key != self._still_key or night.story is not self._still_story or self._still is None
                    or self._still.get_size() != (w, h)):
                if self._still is None or self._still.get_size() != (w, h):
                    self._still = pygame.Surface((w, h)).convert() if pygame.display.get_surface() else pygame.Surface((w, h))
                self._still_parts = self._draw_still(self._still, night, facts, lang, hide_ids, px, bar_px, scale, compact)
                self._still_key = key
                self._still_story = night.story
                self._still_record = (list(self.texts), list(self.targets), dict(self.cards), list(self.segments),
                                      self.close_rect)
            lay, light = self._still_parts
            texts, targets, cards, segments, close = self._still_record
            self.texts, self.targets, self.cards, self.segments = list(texts), list(targets), dict(cards), list(segments)
            self.close_rect = close.copy() if close is not None else None
            target.blit(self._still, (0, 0))
            if light is not None and int(t * 2) % 2 == 0:  # the recording light of their software
                pygame.draw.circle(target, MAP_SWEPT, light, max(3, bar_px // 3))
        self._pulses(target, lay, night, t, hide_ids, compact)
        if origin != (0, 0):
            self.targets = [(rect.move(origin), memory_id) for rect, memory_id in self.targets]
            self.close_rect = self.close_rect.move(origin) if self.close_rect is not None else None

    def closes_at(self, pos: tuple[int, int]) -> bool:
        """Whether a left click at `pos` (canvas coordinates) closes the full map: on its close button, or on an
        empty spot of the window (neither a card nor a place to hide in)."""
        if self.close_rect is None:
            return False
        if self.close_rect.collidepoint(pos):
            return True
        if any(rect.collidepoint(pos) for rect, _ in self.targets):
            return False
        return not any(rect.collidepoint(pos) for rect in self.cards.values())

    @staticmethod
    def _state_key(facts: MapFacts, hide_ids: list[str]) -> tuple:
        """Everything about the night the still part of the map shows."""
        # a thousandth of a level is finer than any bar on the map is drawn
        levels = tuple((m, round(level, 3)) for m, level in facts.levels)
        return replace(facts, levels=levels), tuple(hide_ids)

    def _draw_still(self, target: pygame.Surface, night: Night, facts: MapFacts, lang: str, hide_ids: list[str], px: int,
                    bar_px: int, scale: float, compact: bool) -> tuple[MapLayout, tuple[int, int] | None]:
        """The window, its words, the lines and the cards; returns the layout and where the recording light goes."""
        w, h = target.get_size()
        self.texts = []
        self.targets = []
        self.close_rect = None
        bar_h = int(bar_px * 2.0)
        target.blit(self._backdrop((w, h), bar_h, compact), (0, 0))
        story = night.story
        status = text_for(lang, "map_searching" if facts.searched_last is not None else "map_status")
        light = None
        if compact:
            here = night.scene.title.get(lang)
            bar = text_for(lang, "map_here", story).replace("{here}", here)
            self._text(target, bar, (bar_px // 2, bar_h // 2 - bar_px // 2 - 1), bar_px, MAP_NODE)
            legend_top = h
        else:
            buttons = int(w * 0.012) + 7 * max(3, bar_h // 7)  # after the window's three buttons
            self._text(target, text_for(lang, "map_title", story), (buttons + bar_px // 2, bar_h // 2 - bar_px * 6 // 10), bar_px,
                       MAP_NODE)
            right = self._text(target, f"{status} · {facts.taken}/{facts.mapped}",
                               (w - int(w * 0.03), bar_h // 2 - bar_px * 6 // 10), bar_px, MAP_SWEPT, right=True)
            light = (right.left - bar_px, right.centery)
            legend_top = self._legend(target, night, facts, lang, hide_ids, max(10, int(h * 0.02 * min(scale, 1.5))))
        top = bar_h + int(h * (0.03 if compact else 0.04))
        area = pygame.Rect(int(w * 0.03), top, w - 2 * int(w * 0.03), legend_top - top - int(h * 0.03))
        lay = self.layout(story, area, px, lang, labels=not compact)
        self._lines(target, lay, facts.erased)
        self._cards(target, lay, night, facts, hide_ids, compact, lang)
        return lay, light

    def _backdrop(self, size: tuple[int, int], bar_h: int, compact: bool) -> pygame.Surface:
        """The window of their program: background, grid, title bar (made once per size)."""
        key = (size, bar_h, compact)
        surface = self._chrome.get(key)
        if surface is None:
            w, h = size
            surface = pygame.Surface(size)
            surface.fill(MAP_BG)
            step = max(12, h // (10 if compact else 24))
            for x in range(0, w, step):
                pygame.draw.line(surface, GRID, (x, bar_h), (x, h))
            for y in range(bar_h, h, step):
                pygame.draw.line(surface, GRID, (0, y), (w, y))
            pygame.draw.rect(surface, BAR, (0, 0, w, bar_h))
            pygame.draw.line(surface, MAP_LINE, (0, bar_h), (w, bar_h))
            if not compact:
                r = max(3, bar_h // 7)
                for i in range(3):  # the window's buttons
                    pygame.draw.circle(surface, MAP_LINE, (int(w * 0.012) + i * 3 * r, bar_h // 2), r, 1)
            else:
                surface.set_alpha(225)  # the inset lets the memory show faintly through
            pygame.draw.rect(surface, MAP_LINE, surface.get_rect(), 1)
            self._chrome.clear()
            self._chrome[key] = surface
        return surface

    def _lines(self, target: pygame.Surface, lay: MapLayout, erased: frozenset[str]) -> None:
        width = max(1, lay.px // 9)
        self.segments = []
        for a, b, points in lay.edges:
            colour = MAP_ERASED if a in erased or b in erased else MAP_LINE
            pygame.draw.lines(target, colour, False, points, width)
            for p in (points[0], points[-1]):  # where a line plugs into a card
                pygame.draw.rect(target, colour, (p[0] - width - 1, p[1] - width - 1, 2 * width + 2, 2 * width + 2))
            self.segments += list(zip(points, points[1:]))

    def _legend(self, target: pygame.Surface, night: Night, facts: MapFacts, lang: str, hide_ids: list[str], px: int) -> int:
        """The legend and the closing hint along the foot of the window; returns where the legend begins."""
        w, h = target.get_size()
        # the ▸ marks the player's card only when they stand in a memory of the map (not in the prologue)
        story = night.story
        keys = ["legend_here"] if facts.here is not None else []
        keys += ["legend_mapped", "legend_erased", "legend_unmapped", "legend_searched", "legend_memento",
                "companion_legend"]
        if facts.kept:
            keys.insert(3, "legend_saved")
        if hide_ids:
            keys.append("legend_target")
        entries = [text_for(lang, k, story) for k in keys]
        hint = text_for(lang, "map_close")
        font = self.box.fonts.get(px)
        bx, by = px // 2, px // 4  # the close button's padding
        room = w - 2 * int(w * 0.03) - font.size(hint)[0] - 2 * bx - px * 2
        lines = self._legend_lines(entries, room, px)
        line_h = int(px * 1.5)
        top = h - int(h * 0.025) - len(lines) * line_h
        pygame.draw.line(target, MAP_LINE, (int(w * 0.03), top - px // 2), (w - int(w * 0.03), top - px // 2))
        gap = font.size("     ")[0]
        for i, line in enumerate(lines):
            x = int(w * 0.03)
            for entry in line:
                colour = (COMPANION if entry == text_for(lang, "companion_legend", story)
                          else HERE if entry == text_for(lang, "legend_here", story) else MAP_NODE)
                x = self._text(target, entry, (x, top + i * line_h), px, colour).right + gap
        # a button, not a note: a left click on it closes the map (as M, Esc and a right click do)
        label = self._text(target, hint, (w - int(w * 0.03) - bx, top), px, MAP_SWEPT, right=True)
        button = label.inflate(2 * bx, 2 * by)
        pygame.draw.rect(target, MAP_SWEPT, button, 1, border_radius=max(2, px // 4))
        self.close_rect = button
        return min(top, button.top) - px

    def _cards(self, target: pygame.Surface, lay: MapLayout, night: Night, facts: MapFacts, hide_ids: list[str],
               compact: bool, lang: str) -> None:
        story = night.story
        erased, swept, saved, spent = facts.erased, facts.searched, facts.kept, facts.spent
        px, pad, line_h = lay.px, lay.pad, lay.line_h
        marker = line_h if not compact else 0
        radius = max(2, px // 4)
        reach = max(2, lay.gap // 2 - 2)
        here = facts.companion
        self.cards = {}
        for memory_id, card in lay.cards.items():
            rect = pygame.Rect(card.rect)
            self.cards[memory_id] = rect
            memory = story.memories[memory_id]
            gone = memory_id in erased
            unmapped = memory.kind == "unmapped"
            colour = MAP_ERASED if gone else (MAP_UNMAPPED if unmapped else MAP_NODE)
            edge = MAP_SWEPT if memory_id in swept and not gone else (MAP_ERASED if gone else MAP_LINE)
            with_her = memory_id == here
            pygame.draw.rect(target, COMPANION_CARD if with_her else CARD_GONE if gone else CARD, rect, border_radius=radius)
            pygame.draw.rect(target, edge, rect, 1, border_radius=radius)
            if not compact:
                mx, my = rect.x + pad + marker // 2, rect.y + pad + line_h // 2
                self._marker(target, (mx, my), max(3, marker // 3), memory_id, memory.kind, erased, swept, saved, spent)
                for k, line in enumerate(card.lines):
                    self._text(target, line, (rect.x + 2 * pad + marker, rect.y + pad + k * line_h), px, colour)
                side = max(4, px // 3)
                for i in range(len(memory.mementos)):  # one square per memento that led the technicians here
                    pygame.draw.rect(target, MAP_NODE, (rect.right - pad - (i + 1) * (side + 2), rect.bottom - pad - side
                                                        - max(3, px // 4), side, side))
            if memory.kind == "mapped" and not gone:
                level = facts.level(memory_id)
                bar = max(2, px // 5) if not compact else max(2, rect.height // 4)
                if level > 0:
                    fill = MAP_SWEPT if memory_id == facts.front else MAP_ERASED
                    pygame.draw.rect(target, fill, (rect.x + 1, rect.bottom - bar - 1, int((rect.width - 2) * level), bar))
            if memory_id in hide_ids:
                self.targets.append((rect.inflate(lay.gap // 2, lay.gap // 2), memory_id))
            if memory_id == facts.here:  # where the player is now
                pygame.draw.rect(target, HERE, rect, 2, border_radius=radius)
                tip = max(4, min(reach, px // 2))
                pygame.draw.polygon(target, HERE, [(rect.x - tip - 1, rect.centery - tip), (rect.x - 1, rect.centery),
                                                   (rect.x - tip - 1, rect.centery + tip)])
            if with_her:  # a thick yellow frame, and the companion's mark where the card's state mark would be
                pygame.draw.rect(target, COMPANION, rect.inflate(2, 2), 3, border_radius=radius)
                badge = (rect.x + pad + marker // 2, rect.y + pad + line_h // 2) if not compact else rect.center
                r = max(6, marker * 6 // 10) if not compact else max(4, rect.height // 2)
                pygame.draw.circle(target, COMPANION, badge, r)
                mark = text_for(lang, "companion_mark", night.story)
                face = self._word(mark, max(8, int(r * 1.4)), INK)
                target.blit(face, face.get_rect(center=(badge[0], badge[1] + 1)))
                self.texts.append((mark, face.get_rect(center=(badge[0], badge[1] + 1))))

    def _pulses(self, target: pygame.Surface, lay: MapLayout, night: Night, t: float, hide_ids: list[str],
                compact: bool) -> None:
        """What moves: the rings of the hiding places, the search's ping, and the companion's ring breathing. Rings stay
        inside half the gap between cards, so they never reach another card."""
        radius = max(2, lay.px // 4)
        pulse = abs(((t / PULSE) % 1.0) * 2 - 1)  # 0..1..0
        reach = max(2, lay.gap // 2 - 2)
        for memory_id in hide_ids:
            if memory_id in self.cards:
                grow = int(reach * pulse)
                rect = self.cards[memory_id]
                pygame.draw.rect(target, MAP_NODE, rect.inflate(2 + 2 * grow, 2 + 2 * grow), 2, border_radius=radius + grow)
        searched = night.last_searched()
        if searched in self.cards:
            rect = self.cards[searched]  # the search: a ping running out from the last place they looked
            for k in range(2):
                phase = ((t * 0.8) + k / 2) % 1.0
                grow = int(reach * phase)
                shade = tuple(int(c * (1 - phase)) for c in MAP_SWEPT)
                pygame.draw.rect(target, shade, rect.inflate(2 * grow, 2 * grow), 1, border_radius=radius + grow)
        here = night.companion_at()
        if here in self.cards:
            rect = self.cards[here]
            grow = 3 + int((reach - 3) * pulse) if reach > 3 else reach
            ring = tuple(int(c * (0.45 + 0.55 * (1 - pulse))) for c in COMPANION)
            pygame.draw.rect(target, ring, rect.inflate(2 * grow, 2 * grow), 2, border_radius=radius + grow)

    def _marker(self, target: pygame.Surface, at: tuple[int, int], r: int, memory_id: str, kind: str, erased: set,
                swept: set, saved: set, spent: set) -> None:
        """The state of a memory as a shape (not only a colour): ● ✕ ◉ ◆ ◇."""
        x, y = at
        if memory_id in erased:
            pygame.draw.line(target, MAP_ERASED, (x - r, y - r), (x + r, y + r), 2)
            pygame.draw.line(target, MAP_ERASED, (x - r, y + r), (x + r, y - r), 2)
        elif kind == "mapped":
            pygame.draw.circle(target, MAP_NODE, at, r)
            if memory_id in saved:  # the erasure lost this one: it stays
                pygame.draw.circle(target, MAP_UNMAPPED, at, r + 3, 2)
        else:
            diamond = [(x, y - r - 1), (x + r + 1, y), (x, y + r + 1), (x - r - 1, y)]
            if memory_id in swept:
                pygame.draw.polygon(target, MAP_SWEPT, diamond, 2)
            elif memory_id in spent:
                pygame.draw.polygon(target, MAP_UNMAPPED, diamond, 2)
            else:
                pygame.draw.polygon(target, MAP_UNMAPPED, diamond)
