"""The story graph painted to PNG with pygame (the same shapes as the SVG)."""

from __future__ import annotations

import math
from pathlib import Path

from eternal.presentation.headless import use_dummy_drivers


def write_png(story, path: Path, lang: str = "en") -> None:
    use_dummy_drivers()
    import pygame

    from eternal.authoring.graph import COLOURS, graph_shapes, graph_size

    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode((1, 1))
    size = graph_size(story)
    surface = pygame.Surface(size)
    surface.fill(pygame.Color(COLOURS["bg"]))
    fonts: dict[int, pygame.font.Font] = {}
    font_path = str(Path(__file__).with_name("fonts") / "DejaVuSans.ttf")
    for s in graph_shapes(story, lang):
        colour = pygame.Color(s.colour)
        if s.kind in ("line", "arrow"):
            a, b = s.points
            if s.dashed:
                length = math.dist(a, b)
                for k in range(0, int(length), 10):
                    t0, t1 = k / length, min(1.0, (k + 5) / length)
                    pygame.draw.line(surface, colour, _lerp(a, b, t0), _lerp(a, b, t1), max(1, int(s.size)))
            else:
                pygame.draw.line(surface, colour, a, b, max(1, int(s.size)))
            if s.kind == "arrow":
                angle = math.atan2(b[1] - a[1], b[0] - a[0])
                tip = _lerp(a, b, 1 - 16 / max(16.0, math.dist(a, b)))
                wing = [(tip[0] - 9 * math.cos(angle + d), tip[1] - 9 * math.sin(angle + d)) for d in (0.5, -0.5)]
                pygame.draw.polygon(surface, colour, [tip] + wing)
        elif s.kind == "circle":
            pygame.draw.circle(surface, colour, s.points[0], s.size)
        elif s.kind == "diamond":
            x, y = s.points[0]
            r = s.size
            pygame.draw.polygon(surface, colour, [(x, y - r), (x + r, y), (x, y + r), (x - r, y)])
        elif s.kind == "box":
            x, y = s.points[0]
            pygame.draw.rect(surface, colour, (x - s.size, y - s.size, 2 * s.size, 2 * s.size))
        elif s.kind == "text":
            px = int(s.size)
            font = fonts.get(px) or fonts.setdefault(px, pygame.font.Font(font_path, px))
            label = font.render(s.text, True, colour)
            rect = label.get_rect()
            x, y = s.points[0]
            if s.anchor == "start":
                rect.bottomleft = (int(x), int(y))
            else:
                rect.midbottom = (int(x), int(y))
            surface.blit(label, rect)
    pygame.image.save(surface, str(path))
    pygame.display.quit()


def _lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
