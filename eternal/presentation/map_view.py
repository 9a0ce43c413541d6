"""The Lacuna map: the technicians' laptop view of Joel's memories, and the player's way to pick a hiding place."""

from __future__ import annotations

import pygame

from eternal.model.map_layout import node_positions
from eternal.model.night import Night
from eternal.presentation.palette import (
    MAP_BG,
    MAP_CLEM,
    MAP_ERASED,
    MAP_LINE,
    MAP_NODE,
    MAP_SWEPT,
    MAP_UNMAPPED,
)
from eternal.presentation.textbox import TextBox, wrap
from eternal.presentation.ui_text import ui


class MapView:
    """Draws the map; `targets` holds the hit boxes of the memories the player can hide her in right now."""

    def _label(self, target: pygame.Surface, text: str, x: int, y: int, above: bool, room: int, px: int, colour, w: int) -> None:
        """A node's name, wrapped to at most three lines that fit between its neighbours, kept on the screen."""
        font = self.box.fonts.get(px)
        lines = wrap(font, text, max(room, px * 4))[:3]
        line_h = int(px * 1.15)
        first = y - line_h * len(lines) if above else y
        for i, line in enumerate(lines):
            half = font.size(line)[0] // 2
            cx = max(half + 2, min(x, w - half - 2))
            self.box.draw_text(target, line, (cx, first + i * line_h + line_h // 2), px, colour, centre=True)


    def __init__(self, box: TextBox) -> None:
        self.box = box
        self._shade: pygame.Surface | None = None
        self.targets: list[tuple[pygame.Rect, str]] = []

    def draw(self, target: pygame.Surface, night: Night, lang: str, t: float, hide_ids: list[str], compact: bool = False) -> None:
        w, h = target.get_size()
        if self._shade is None or self._shade.get_size() != (w, h):
            self._shade = pygame.Surface((w, h))
            self._shade.fill(MAP_BG)
            if compact:  # an opaque surface must not get set_alpha(255): pygame then takes a very slow path
                self._shade.set_alpha(215)
        target.blit(self._shade, (0, 0))
        if compact:
            pygame.draw.rect(target, MAP_LINE, target.get_rect(), 1)
        s = night.state
        story = night.story
        pos = {k: (int(x * w), int(y * h)) for k, (x, y) in node_positions(night.story).items()}
        r = max(4 if compact else 6, h // 60)
        px = max(10, int(h * (0.04 if compact else 0.019)))
        self.box.draw_text(target, ui(lang, "map_title"), (int(w * 0.04), int(h * 0.05)), int(px * 1.3), MAP_NODE)
        erased, swept, saved, spent = set(s.erased), set(s.swept), set(s.saved), set(s.spent)
        drawn = set()
        for a, others in story.neighbours.items():
            for b in others:
                if a in pos and b in pos and (b, a) not in drawn:
                    drawn.add((a, b))
                    colour = MAP_ERASED if a in erased or b in erased else MAP_LINE
                    pygame.draw.line(target, colour, pos[a], pos[b], max(1, r // 4))
        if s.front in pos:
            # The front creeps from the memory it is taking toward the next one as the level rises.
            order = list(story.erase_order)
            fx = pos[s.front][0]
            at = order.index(s.front) if s.front in order else -1
            if 0 <= at < len(order) - 1 and order[at + 1] in pos:
                fx += int((pos[order[at + 1]][0] - fx) * s.level(s.front))
            for y in range(int(h * 0.2), int(h * 0.56), max(4, r)):
                pygame.draw.line(target, MAP_SWEPT, (fx, y), (fx, y + r // 2), 2)
            self.box.draw_text(target, ui(lang, "front"), (fx, int(h * 0.18)), px, MAP_SWEPT, centre=True)
        self.targets = []
        order_index = {m: i for i, m in enumerate(story.erase_order)}
        spacing = w * 0.84 / max(1, len(story.erase_order) - 1)
        for memory_id, (x, y) in pos.items():
            memory = story.memories[memory_id]
            title = memory.title.get(lang)
            if memory.kind == "mapped":
                if memory_id in erased:
                    pygame.draw.circle(target, MAP_ERASED, (x, y), r, 2)
                    pygame.draw.line(target, MAP_ERASED, (x - r, y - r), (x + r, y + r), 2)
                    pygame.draw.line(target, MAP_ERASED, (x - r, y + r), (x + r, y - r), 2)
                else:
                    level = s.level(memory_id)
                    colour = tuple(int(c * (1 - 0.6 * level)) for c in MAP_NODE)
                    pygame.draw.circle(target, colour, (x, y), r)
                    if memory_id in saved:  # the clinic lost this one: it stays
                        pygame.draw.circle(target, MAP_CLEM, (x, y), r + 3, 2)
                for i, _ in enumerate(memory.mementos):  # one small square per memento that maps it
                    pygame.draw.rect(target, MAP_NODE, (x - r + i * (r // 2 + 3), y + r + 4, r // 2, r // 2))
            else:
                diamond = [(x, y - r - 2), (x + r + 2, y), (x, y + r + 2), (x - r - 2, y)]
                if memory_id in erased:
                    pygame.draw.polygon(target, MAP_ERASED, diamond, 2)
                    pygame.draw.line(target, MAP_ERASED, (x - r, y), (x + r, y), 2)
                elif memory_id in swept:
                    pygame.draw.polygon(target, MAP_SWEPT, diamond, 2)
                elif memory_id in spent:  # read to its end: nothing left there to hide behind
                    pygame.draw.polygon(target, MAP_UNMAPPED, diamond, 2)
                else:
                    pygame.draw.polygon(target, MAP_UNMAPPED, diamond)
            label_colour = MAP_ERASED if memory_id in erased else (MAP_UNMAPPED if memory.kind == "unmapped" else MAP_NODE)
            index = order_index.get(memory_id)
            above = index is not None and index % 2 == 0  # even memories name themselves above, odd ones below
            room = spacing * 1.9 if index is not None else w * 0.16
            top = y - r - 4 if above else y + r + (r // 2 + 8 if memory.mementos else 6)
            self._label(target, title, x, top, above, int(room), px, label_colour, w)
            if memory_id in hide_ids:
                pulse = 3 + int(2 * abs(((t * 1.5) % 2) - 1) * r / 3)
                pygame.draw.circle(target, MAP_NODE, (x, y), r + 6 + pulse, 2)
                pygame.draw.circle(target, MAP_NODE, (x, y), r + 12 + pulse, 1)
                self.targets.append((pygame.Rect(x - r * 3, y - r * 3, r * 6, r * 6), memory_id))
        if s.hidden_in is not None and s.swept:
            # The search sweeping: rings running out from the last place they looked.
            sx, sy = pos.get(s.swept[-1], (0, 0))
            for k in range(3):
                phase = ((t * 0.8) + k / 3) % 1.0
                radius = int(r * 2 + phase * h * 0.18)
                shade = tuple(int(c * (1 - phase)) for c in MAP_SWEPT)
                pygame.draw.circle(target, shade, (sx, sy), radius, 1)
        here = s.hidden_in or (s.front if s.turned else None)
        if here in pos:
            x, y = pos[here]
            pygame.draw.circle(target, MAP_CLEM, (x, y), r + 5, 3)
            self.box.draw_text(target, "C", (x + r + 10, y - r - 4), px, MAP_CLEM)
        if compact:
            return
        keys = ["legend_mapped", "legend_erased", "legend_unmapped", "legend_searched", "legend_clem"]
        if saved:
            keys.insert(2, "legend_saved")
        legend = [ui(lang, k) for k in keys]
        if hide_ids:
            legend.append(ui(lang, "legend_target"))
        self.box.draw_text(target, "   ".join(legend), (int(w * 0.04), int(h * 0.9)), px, MAP_NODE)
