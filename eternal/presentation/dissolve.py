"""Painting a memory at an erasure level: faces blur first, props vanish in noise, the room crumbles from the edges,
the colour drains and the light narrows. Time and level come in as arguments; nothing here reads a clock."""

from __future__ import annotations

import math
import random

import pygame

from eternal.model.story import Scene
from eternal.presentation.assets import ArtCache
from eternal.presentation.palette import ERA_FILL

STAGES = 40  # noise masks are rebuilt only when the level crosses one of these steps


def layer_progress(level: float, goes: tuple[float, float]) -> float:
    """How far one layer has come apart (0..1) at an erasure level, given the part of the erasure it goes in."""
    start, end = goes
    if level <= start:
        return 0.0
    if level >= end or end <= start:
        return 1.0
    return (level - start) / (end - start)


class _Noise:
    """A low-resolution field of thresholds; pixels whose threshold is below the progress are gone.

    Two octaves (soft blobs plus grain) so things come apart like a memory, not like a broken screen; built from
    random bytes with pygame's own scaling and blending, so making one costs a few milliseconds, not a Python loop.
    """

    def __init__(self, size: tuple[int, int], seed: str, edge_bias: float) -> None:
        rng = random.Random(seed)
        w, h = size
        self.surface = _grey_noise(rng, size)
        coarse = _grey_noise(rng, (max(2, w // 10), max(2, h // 10)))
        soft = pygame.transform.smoothscale(coarse, size)
        soft.set_alpha(170)  # two thirds blobs, one third grain
        self.surface.blit(soft, (0, 0))
        if edge_bias > 0:
            # Brighter middle, darker edges: the room crumbles from the outside in.
            middle = pygame.transform.smoothscale(_edge_ramp(), size)
            middle.set_alpha(int(255 * edge_bias))
            self.surface.blit(middle, (0, 0))
        self.mask_low = pygame.Surface(size, pygame.SRCALPHA)

    def mask(self, progress: float) -> pygame.Surface:
        """The low-resolution alpha mask: opaque where the picture is still there."""
        cut = max(1, int(progress * 255))
        centre = (cut + 255) // 2
        spread = (255 - cut) // 2 + 1
        kept = pygame.mask.from_threshold(self.surface, (centre, centre, centre, 255), (spread, spread, spread, 255))
        kept.to_surface(self.mask_low, setcolor=(255, 255, 255, 255), unsetcolor=(255, 255, 255, 0))
        return self.mask_low


def _grey_noise(rng: random.Random, size: tuple[int, int]) -> pygame.Surface:
    w, h = size
    data = rng.randbytes(w * h)
    surface = pygame.image.frombytes(data, size, "P")
    surface.set_palette([(i, i, i) for i in range(256)])
    return _to_rgb(surface)


def _to_rgb(surface: pygame.Surface) -> pygame.Surface:
    out = pygame.Surface(surface.get_size())
    out.blit(surface, (0, 0))
    return out


def _edge_ramp() -> pygame.Surface:
    w, h = 64, 36
    surface = pygame.Surface((w, h))
    with pygame.PixelArray(surface) as px:
        for y in range(h):
            dy = abs(y / (h - 1) - 0.5) * 2
            for x in range(w):
                dx = abs(x / (w - 1) - 0.5) * 2
                v = int(255 * (1 - max(dx, dy) ** 2))
                px[x, y] = (v, v, v)
    return surface


class MemoryPainter:
    """Draws a scene's layers into a target surface; caches every full-size buffer per canvas size."""

    def __init__(self, art: ArtCache) -> None:
        self.art = art
        self.size = (0, 0)
        self._noise: dict[str, _Noise] = {}
        self._buffers: dict[str, pygame.Surface] = {}
        self._stage: dict[str, tuple[str, int]] = {}
        self._grey: pygame.Surface | None = None
        self._vignette_src: pygame.Surface | None = None
        self._vignette: pygame.Surface | None = None
        self._vignette_stage = -1

    def resize(self, size: tuple[int, int]) -> None:
        if size == self.size:
            return
        self.size = size
        self._noise.clear()
        self._buffers.clear()
        self._stage.clear()
        self._grey = pygame.Surface(size)
        self._vignette = pygame.Surface(size, pygame.SRCALPHA)
        self._vignette_stage = -1
        self._vignette_src = _vignette_texture()

    def render(self, target: pygame.Surface, scene: Scene, level: float, t: float, reduce_motion: bool) -> None:
        """Paint `scene` at erasure `level` (0 intact .. 1 gone) into `target`; `t` is the scene's own time."""
        size = target.get_size()
        self.resize(size)
        target.fill((0, 0, 0))
        if not scene.art:
            fill = ERA_FILL.get(scene.era, (60, 60, 60))
            k = 1 - level
            target.fill((int(fill[0] * k), int(fill[1] * k), int(fill[2] * k)))
        for layer in scene.art:
            p = layer_progress(level, layer.goes)
            if p >= 1.0:
                continue
            kind = layer.kind
            if kind == "figures":
                self._figures(target, layer.image, scene.era, p)
            elif kind in ("props", "room") and not reduce_motion and p > 0:
                self._noisy(target, layer.image, scene.era, kind, p)
            else:
                self._faded(target, self.art.layer(layer.image, size, scene.era, kind), 1 - p)
        if level > 0:
            self._drain(target, min(1.0, level * 1.25))
            self._narrow(target, level)

    def _faded(self, target: pygame.Surface, surface: pygame.Surface, alpha: float) -> None:
        surface.set_alpha(int(255 * alpha))
        target.blit(surface, (0, 0))
        surface.set_alpha(255)

    def _figures(self, target: pygame.Surface, path: str, era: str, p: float) -> None:
        # Faces go first: the sharp figure gives way to a blurred one, which then fades.
        size = self.size
        sharp_alpha = 1 - min(1.0, p * 2)
        blur_alpha = 1 - max(0.0, p * 2 - 1)
        if sharp_alpha < 1:
            self._faded(target, self.art.derived(path, "blur", size, era, "figures"), blur_alpha)
        if sharp_alpha > 0:
            self._faded(target, self.art.layer(path, size, era, "figures"), sharp_alpha)

    def _noisy(self, target: pygame.Surface, path: str, era: str, kind: str, p: float) -> None:
        stage = min(STAGES, int(p * STAGES) + 1)
        buffer = self._buffers.get(kind)
        if buffer is None:
            buffer = self._buffers[kind] = pygame.Surface(self.size, pygame.SRCALPHA)
            self._buffers[kind + ":mask"] = pygame.Surface(self.size, pygame.SRCALPHA)
        if self._stage.get(kind) != (path, stage):
            noise = self._noise.get(kind)
            if noise is None:
                w, h = self.size
                scale = 4 if kind == "props" else 8
                noise = self._noise[kind] = _Noise((max(8, w // scale), max(4, h // scale)), kind, 0.0 if kind == "props" else 0.6)
            mask = self._buffers[kind + ":mask"]
            pygame.transform.smoothscale(noise.mask(stage / STAGES), self.size, mask)
            buffer.fill((0, 0, 0, 0))
            buffer.blit(self.art.layer(path, self.size, era, kind), (0, 0))
            buffer.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
            self._stage[kind] = (path, stage)
        target.blit(buffer, (0, 0))

    def _drain(self, target: pygame.Surface, amount: float) -> None:
        assert self._grey is not None
        pygame.transform.grayscale(target, self._grey)
        self._grey.set_alpha(int(255 * amount))
        target.blit(self._grey, (0, 0))

    def _narrow(self, target: pygame.Surface, level: float) -> None:
        assert self._vignette is not None and self._vignette_src is not None
        stage = int(level * STAGES)
        if stage != self._vignette_stage:
            # Crop less and less of the texture: its clear middle shrinks on screen as the light goes.
            src = self._vignette_src
            share = 0.34 + 0.66 * (stage / STAGES)
            w, h = src.get_size()
            cw, ch = max(2, int(w * share)), max(2, int(h * share))
            crop = src.subsurface(((w - cw) // 2, (h - ch) // 2, cw, ch))
            pygame.transform.smoothscale(crop, self.size, self._vignette)
            self._vignette_stage = stage
        target.blit(self._vignette, (0, 0))


def _vignette_texture() -> pygame.Surface:
    w, h = 192, 108
    surface = pygame.Surface((w, h), pygame.SRCALPHA)
    with pygame.PixelArray(surface) as px:
        for y in range(h):
            for x in range(w):
                d = math.hypot((x - w / 2) / (w / 2), (y - h / 2) / (h / 2)) / math.sqrt(2)
                a = max(0.0, min(1.0, (d - 0.12) / 0.5)) ** 1.4
                px[x, y] = (0, 0, 0, int(a * 255))
    return surface
