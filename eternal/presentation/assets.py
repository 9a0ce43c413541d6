"""Pictures and fonts, loaded once per size and cached; a missing or broken file becomes a placeholder and a warning."""

from __future__ import annotations

import sys
from pathlib import Path

import pygame

from eternal.presentation.palette import ERA_FILL


class Warnings:
    """Collects what went wrong with files, once per file; the game goes on and says so."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.messages: list[str] = []

    def add(self, key: str, message: str) -> None:
        if key in self.seen:
            return
        self.seen.add(key)
        self.messages.append(message)
        print(f"eternal: {message}", file=sys.stderr)


class ArtCache:
    """Layer pictures rasterised at a size, plus the derived versions the dissolve needs (grey, blurred)."""

    def __init__(self, warnings: Warnings) -> None:
        self.warnings = warnings
        self._layers: dict[tuple[str, tuple[int, int]], pygame.Surface] = {}
        self._derived: dict[tuple[str, str, tuple[int, int]], pygame.Surface] = {}

    def clear(self) -> None:
        self._layers.clear()
        self._derived.clear()

    def layer(self, path: str, size: tuple[int, int], era: str, kind: str) -> pygame.Surface:
        """The picture at `path` filling `size`; a placeholder when it cannot be read."""
        key = (path, size)
        surface = self._layers.get(key)
        if surface is None:
            surface = self._load(path, size, era, kind)
            if len(self._layers) > 96:  # one resize must not keep every old size alive
                self.clear()
            self._layers[key] = surface
        return surface

    def derived(self, path: str, what: str, size: tuple[int, int], era: str, kind: str) -> pygame.Surface:
        """A cached variant of a layer: 'blur' (faces go first) or 'grey'."""
        key = (path, what, size)
        surface = self._derived.get(key)
        if surface is None:
            base = self.layer(path, size, era, kind)
            if what == "blur":
                # Blurring a quarter-size copy and scaling it back looks the same and costs a hundredth.
                small = pygame.transform.smoothscale(base, (max(1, size[0] // 4), max(1, size[1] // 4)))
                small = pygame.transform.gaussian_blur(small, max(1, size[1] // 360))
                surface = pygame.transform.smoothscale(small, size)
            elif what == "grey":
                surface = pygame.transform.grayscale(base)
            else:
                raise ValueError(what)
            self._derived[key] = surface
        return surface

    def _load(self, path: str, size: tuple[int, int], era: str, kind: str) -> pygame.Surface:
        try:
            if path.lower().endswith(".svg"):
                surface = pygame.image.load_sized_svg(path, size)
            else:
                surface = pygame.image.load(path)
            if surface.get_size() != size:
                surface = pygame.transform.smoothscale(surface.convert_alpha() if pygame.display.get_surface() else surface, size)
            return surface.convert_alpha() if pygame.display.get_surface() else surface
        except (pygame.error, OSError, ValueError) as exc:
            self.warnings.add(path, f"cannot draw {Path(path).name or kind}: {exc}; showing a plain {era} placeholder")
            return placeholder(size, era, kind)


def placeholder(size: tuple[int, int], era: str, kind: str) -> pygame.Surface:
    """A stand-in for a missing layer: the era's colour for the sky, nothing for the others."""
    surface = pygame.Surface(size, pygame.SRCALPHA)
    if kind == "sky":
        surface.fill(ERA_FILL.get(era, (60, 60, 60)) + (255,))
    return surface


class Fonts:
    """Fonts by pixel size, so every text size is made once."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}

    def get(self, size: int, italic: bool = False) -> pygame.font.Font:
        key = (size, italic)
        font = self._fonts.get(key)
        if font is None:
            font = pygame.font.Font(self.path, size)
            font.italic = italic
            self._fonts[key] = font
        return font
