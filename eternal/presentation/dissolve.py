"""Painting a memory at an erasure level: faces blur first, props vanish in noise, the room crumbles from the edges,
the colour drains and the light narrows. Time and level come in as arguments; nothing here reads a clock."""

from __future__ import annotations

import math
import random
import zlib
from functools import lru_cache

import pygame

from eternal.model.story import Scene
from eternal.presentation.assets import ArtCache
from eternal.presentation.palette import ERA_FILL

STAGES = 32  # a memory is composed once per step of the erasure; frames blend the two steps around the level


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

    def __init__(self, size: tuple[int, int], seed: str, edge_bias: float, blobs: int = 170) -> None:
        rng = random.Random(seed)
        w, h = size
        self.surface = _grey_noise(rng, size)
        coarse = _grey_noise(rng, (max(2, w // 10), max(2, h // 10)))
        soft = pygame.transform.smoothscale(coarse, size)
        soft.set_alpha(blobs)  # how much soft blob against fine grain (170: two thirds blobs)
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


@lru_cache(maxsize=1)
def _edge_ramp() -> pygame.Surface:
    """Bright middle, dark edges; the same small picture at every size, so it is made once (only read, never drawn on)."""
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


STEPS_PER_FRAME = 2  # composition steps a frame may spend on the next stage (each is one or two full blits)
KEEP = 3  # composites kept per scene (the two around the level and the next)


def skip_flicker(t: float, level: float) -> float:
    """How much a memory 'skips' at time t (0 = not at all). At most two short dips a second, so never more than
    three flashes in any second; none before the erasure has really begun."""
    if level < 0.15:
        return 0.0
    slot = int(t * 2)
    roll = zlib.crc32(f"skip:{slot}".encode()) / 0xFFFFFFFF
    if roll > min(0.8, level):
        return 0.0
    start = slot / 2 + 0.1 + 0.25 * (zlib.crc32(f"at:{slot}".encode()) / 0xFFFFFFFF)
    return 0.35 * level if start <= t < start + 0.07 else 0.0


class MemoryPainter:
    """Paints scenes. A scene at an erasure stage is composed once into an opaque picture and cached; a frame blends
    the two stages around the level. The next stage is composed a few steps per frame ahead of need, so a frame
    never pays for a whole composition (except the first frame of a scene)."""

    def __init__(self, art: ArtCache) -> None:
        self.art = art
        self.size = (0, 0)
        self._noise: dict[tuple, _Noise] = {}
        self._key: tuple | None = None
        self._composites: dict[int, pygame.Surface] = {}
        self._spare: list[pygame.Surface] = []
        self._builder: tuple[int, object, pygame.Surface] | None = None
        self._warming = None  # the steps that prepare a memory just entered
        self._grey: pygame.Surface | None = None
        self._vignette_src: pygame.Surface | None = None
        self._vignette: pygame.Surface | None = None
        self._work: dict[tuple, pygame.Surface] = {}
        self._bbox: dict[str, pygame.Rect] = {}

    def resize(self, size: tuple[int, int]) -> None:
        if size == self.size:
            return
        self.size = size
        self._noise.clear()
        self._work.clear()
        self._bbox.clear()
        self._composites.clear()
        self._spare.clear()
        self._builder = None
        self._grey = _opaque(size)
        self._vignette = pygame.Surface(size, pygame.SRCALPHA)
        self._vignette_src = _vignette_texture()

    # --- the frame ------------------------------------------------------------------------------------------------

    def render(self, target: pygame.Surface, scene: Scene, level: float, t: float, reduce_motion: bool,
               exact: bool = False, companion: bool = False, found: float = 0.0) -> None:
        """Paint `scene` at erasure `level` (0 intact .. 1 gone) into `target`; `t` is the scene's own time.
        `exact` composes the stages needed right now instead of showing the nearest ready one (tour, tests).
        `companion`: Clementine is here (the scene's companion layers are drawn); `found` (0..1): the lights going
        out around her as they find her, with the scene's found layers (the beam) over the dark."""
        size = target.get_size()
        self.resize(size)
        key = (scene.id, size, reduce_motion, companion)
        if key != self._key:
            self._key = key
            self._spare.extend(self._composites.values())
            del self._spare[2:]
            self._composites.clear()
            self._builder = None
            # scratch surfaces and noise fields are per memory; keeping every memory's would grow all night
            self._work.clear()
            self._noise.clear()
            self._bbox.clear()
            self._warming = None if exact else self._warm(scene, reduce_motion, companion)
            if exact:
                for _ in self._warm(scene, reduce_motion, companion):
                    pass
        level = max(0.0, min(1.0, level))
        position = level * STAGES
        low = min(STAGES, int(position))
        frac = position - low
        high = min(STAGES, low + 1)
        wanted = [low] + ([high] if frac > 0.02 and high != low else [])
        if exact:
            for stage in wanted:
                self._finish(scene, stage, reduce_motion)
        elif not self._composites:
            # A memory just began: its first picture is made a few steps a frame, under the fade from black.
            if self._warming is not None:
                for _ in range(STEPS_PER_FRAME):
                    if next(self._warming, None) is None:
                        self._warming = None
                        break
            else:
                self._advance(scene, [low], reduce_motion)
            if not self._composites:
                target.fill((0, 0, 0))
                return
        else:
            self._advance(scene, wanted + [min(STAGES, high + 1)], reduce_motion)
        shown = low if low in self._composites else min(self._composites, key=lambda s: (abs(s - low), -s))
        target.blit(self._composites[shown], (0, 0))
        if shown == low and high in self._composites and frac > 0.02:
            top = self._composites[high]
            top.set_alpha(int(255 * frac))
            target.blit(top, (0, 0))
            top.set_alpha(None)
        if not reduce_motion and found <= 0:
            dip = skip_flicker(t, level)
            if dip > 0:
                target.scroll(int(size[0] * 0.006 * (1 if int(t * 2) % 2 else -1)), 0)
                _darken(target, dip, self._grey)
        if found > 0:
            _darken(target, 0.82 * found, self._grey)  # the lights go out around her...
            for layer in scene.art:
                if layer.kind == "found":  # ...and the beam that found her is the only light
                    self._faded(target, self.art.layer(layer.image, size, scene.era, "found"), found)

    def _warm(self, scene: Scene, reduce_motion: bool, companion: bool = False):
        """Pay the one-time costs of a scene (its pictures, blurred figures, noise fields) when it is entered, a
        step at a time under the fade, rather than in the middle of reading."""
        w, h = self.size
        for layer in scene.art:
            if layer.kind == "companion" and not companion:
                continue
            self.art.layer(layer.image, self.size, scene.era, layer.kind)
            yield
            if layer.kind in ("figures", "companion"):
                self.art.derived(layer.image, "blur", self.size, scene.era, "figures")
                yield
            elif layer.kind == "props" and not reduce_motion:
                box = self._bbox.get(layer.image)
                if box is None:
                    box = self._bbox[layer.image] = self.art.layer(layer.image, self.size, scene.era, "props").get_bounding_rect()
                if box.width and box.height:
                    self._noise_for(("props", box.size), (max(4, box.width // 4), max(4, box.height // 4)), 0.0)
                yield
        if not reduce_motion:
            self._noise_for(("edge", scene.id), (max(8, w // 8), max(4, h // 8)), 0.6, 235)

    # --- composing stages -----------------------------------------------------------------------------------------

    def _advance(self, scene: Scene, stages: list[int], reduce_motion: bool) -> None:
        budget = STEPS_PER_FRAME
        while budget > 0:
            if self._builder is None:
                todo = next((s for s in stages if s not in self._composites), None)
                if todo is None:
                    return
                self._start(scene, todo, reduce_motion)
            stage, steps, dest = self._builder  # type: ignore[misc]
            try:
                next(steps)  # type: ignore[call-overload]
            except StopIteration:
                self._store(stage, dest)
            budget -= 1

    def _finish(self, scene: Scene, stage: int, reduce_motion: bool) -> None:
        if stage in self._composites:
            return
        if self._builder is None or self._builder[0] != stage:
            self._start(scene, stage, reduce_motion)
        stage, steps, dest = self._builder  # type: ignore[misc]
        for _ in steps:  # type: ignore[attr-defined]
            pass
        self._store(stage, dest)

    def _start(self, scene: Scene, stage: int, reduce_motion: bool) -> None:
        if self._builder is not None:
            self._spare.append(self._builder[2])
        dest = self._spare.pop() if self._spare else _opaque(self.size)
        companion = bool(self._key and self._key[3])
        self._builder = (stage, self._compose(dest, scene, stage / STAGES, reduce_motion, companion), dest)

    def _store(self, stage: int, dest: pygame.Surface) -> None:
        self._builder = None
        self._composites[stage] = dest
        while len(self._composites) > KEEP:
            far = max(self._composites, key=lambda s: abs(s - stage))
            self._spare.append(self._composites.pop(far))

    def _compose(self, dest: pygame.Surface, scene: Scene, level: float, reduce_motion: bool, companion: bool = False):
        """Compose one stage into `dest`, yielding between steps so the work can spread over frames."""
        size = self.size
        dest.fill((0, 0, 0))
        if not scene.art:
            fill = ERA_FILL.get(scene.era, (60, 60, 60))
            k = 1 - level
            dest.fill((int(fill[0] * k), int(fill[1] * k), int(fill[2] * k)))
        crumble = 0.0
        for layer in scene.art:
            kind = layer.kind
            if kind == "found" or (kind == "companion" and not companion):
                continue  # the beam is drawn over the frame when they find her; she is drawn only where she is
            p = layer_progress(level, layer.goes)
            if kind == "room":
                crumble = p
            if p >= 1.0:
                continue
            if kind in ("figures", "companion"):
                self._figures(dest, layer.image, scene.era, p)
            elif kind == "props" and not reduce_motion and p > 0:
                self._props(dest, layer.image, scene.era, p)
            else:
                self._faded(dest, self.art.layer(layer.image, size, scene.era, kind), 1 - p)
            yield
        if level > 0:
            self._drain(dest, min(1.0, level * 1.25))
            yield
            self._narrow(dest, level)
            if crumble > 0 and not reduce_motion:
                yield
                self._crumble(dest, crumble * 0.8)  # the middle of the place holds out longest

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

    def _props(self, target: pygame.Surface, path: str, era: str, p: float) -> None:
        """Objects vanish in noise; the work covers only the part of the picture the props occupy."""
        layer = self.art.layer(path, self.size, era, "props")
        box = self._bbox.get(path)
        if box is None:
            box = self._bbox[path] = layer.get_bounding_rect()
        if box.width == 0 or box.height == 0:
            return
        noise = self._noise_for(("props", box.size), (max(4, box.width // 4), max(4, box.height // 4)), 0.0)
        mask = self._work_surface(("props-mask", box.size), box.size)
        work = self._work_surface(("props", box.size), box.size)
        pygame.transform.smoothscale(noise.mask(p), box.size, mask)
        work.fill((0, 0, 0, 0))
        work.blit(layer, (0, 0), box)
        work.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
        target.blit(work, box.topleft)

    def _crumble(self, target: pygame.Surface, p: float) -> None:
        """The edges of the picture crumble into the dark as the room goes."""
        w, h = self.size
        noise = self._noise_for(("edge", self._key[0] if self._key else ""), (max(8, w // 8), max(4, h // 8)), 0.6, 235)
        holes = self._work_surface(("holes",), self.size)
        kept = noise.mask(p)  # opaque where the picture stays
        inverse = self._work_surface(("holes-low",), kept.get_size())
        inverse.fill((0, 0, 0, 255))
        inverse.blit(kept, (0, 0), special_flags=pygame.BLEND_RGBA_SUB)
        pygame.transform.smoothscale(inverse, self.size, holes)
        target.blit(holes, (0, 0))

    def _noise_for(self, key: tuple, size: tuple[int, int], edge_bias: float, blobs: int = 170) -> "_Noise":
        noise = self._noise.get(key)
        if noise is None:
            noise = self._noise[key] = _Noise(size, repr(key), edge_bias, blobs)
        return noise

    def _work_surface(self, key: tuple, size: tuple[int, int]) -> pygame.Surface:
        surface = self._work.get(key)
        if surface is None or surface.get_size() != size:
            surface = self._work[key] = pygame.Surface(size, pygame.SRCALPHA)
        return surface

    def _drain(self, target: pygame.Surface, amount: float) -> None:
        assert self._grey is not None
        pygame.transform.grayscale(target, self._grey)
        self._grey.set_alpha(None if amount >= 1 else int(255 * amount))
        target.blit(self._grey, (0, 0))
        self._grey.set_alpha(None)

    def _narrow(self, target: pygame.Surface, level: float) -> None:
        assert self._vignette is not None and self._vignette_src is not None
        # Crop less and less of the texture: its clear middle shrinks on screen as the light goes.
        src = self._vignette_src
        share = 0.34 + 0.5 * level  # never the whole texture: a pool of light stays till the very end
        w, h = src.get_size()
        cw, ch = max(2, int(w * share)), max(2, int(h * share))
        crop = src.subsurface(((w - cw) // 2, (h - ch) // 2, cw, ch))
        pygame.transform.smoothscale(crop, self.size, self._vignette)
        target.blit(self._vignette, (0, 0))


def _opaque(size: tuple[int, int]) -> pygame.Surface:
    surface = pygame.Surface(size)
    return surface.convert() if pygame.display.get_surface() else surface


def _darken(target: pygame.Surface, amount: float, scratch: pygame.Surface | None) -> None:
    """A brief dip toward black (the memory skipping)."""
    value = int(255 * (1 - amount))
    target.fill((value, value, value), special_flags=pygame.BLEND_RGB_MULT)


@lru_cache(maxsize=1)
def _vignette_texture() -> pygame.Surface:
    """The light's pool as a small texture, the same at every size: made once (a pixel loop), only ever read."""
    w, h = 192, 108
    surface = pygame.Surface((w, h), pygame.SRCALPHA)
    with pygame.PixelArray(surface) as px:
        for y in range(h):
            for x in range(w):
                d = math.hypot((x - w / 2) / (w / 2), (y - h / 2) / (h / 2)) / math.sqrt(2)
                a = max(0.0, min(1.0, (d - 0.12) / 0.5)) ** 1.4
                px[x, y] = (0, 0, 0, int(a * 255))
    return surface
