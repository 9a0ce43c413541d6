"""Painting a memory at an erasure level: faces blur first, objects thin out in soft organic noise, the place thins
from the edges into the era's mist, the colour drains, the light narrows and at the very end goes out. Time and level
come in as arguments; nothing here reads a clock."""

from __future__ import annotations

import math
import random
import zlib
from collections import Counter
from functools import lru_cache

import pygame

from eternal.model.story import Scene
from eternal.presentation.assets import ArtCache
from eternal.presentation.palette import era_look

STAGES = 16  # a memory is composed once per step of the erasure; frames blend the two steps around the level
FIELD_WIDTH = 320  # noise cells across the screen at any resolution, so the shapes look the same at 720p and at 4K
BAND = 0.12  # half-width of the soft edge (share of the field): what goes thins over a band, never along a hard cut
LIGHTS_OUT = (0.86, 1.0)  # where the last light goes out, so the next memory rises out of the dark without a jump
# The work a frame may spend composing the next stage, in full-screen passes (a pass is about one opaque blit over
# the whole picture): enough to finish a stage in three or four frames, little enough that those frames stay smooth.
PASSES_PER_FRAME = 3.0
# Where blends are reused (below), composing is done in bursts on the frames that make a new blend anyway (three a
# stage), and on a frame where a stage is missing or will soon be due; every other frame only copies one picture.
# A stage is about 20 passes.
BURST_PASSES = 2.0  # on a frame that also makes a blend (one or two passes of its own)
CATCH_UP_PASSES = 5.0  # on a frame where a stage is missing or soon due (less the blend, if it makes one)
SOON_DUE = 0.6  # the share of a stage after which the next one is composed whether or not a blend is due
KEEP = 3  # composites kept per scene (the two around the level and the next); the one being built takes the farthest
# Above this many pixels a blend of two whole stages costs more than the rest of a frame (1080p and up, no GPU, a
# shared memory bus): there the blend is made once per quarter of a stage and reused while the level stays in it,
# 64 pictures over the whole erasure instead of one a frame; the level moves slowly, so most frames only copy one.
# The blend is made in place, in the lower stage's picture (which is not needed pure again: the erasure only goes
# on), a quarter at a time: one pass each and no extra picture.
BLEND_EVERY_FRAME_UP_TO = 1280 * 800
BLENDS_PER_STAGE = 4
# Above 1080p (4K), a pass costs four times as much; the bursts are larger so that most frames still only copy.
LARGE = 1920 * 1200
LARGE_BURST_PASSES = 6.0
LARGE_CATCH_UP_PASSES = 9.0


def layer_progress(level: float, goes: tuple[float, float]) -> float:
    """How far one layer has come apart (0..1) at an erasure level, given the part of the erasure it goes in."""
    start, end = goes
    if level <= start:
        return 0.0
    if level >= end or end <= start:
        return 1.0
    return (level - start) / (end - start)


def smoothstep(edge0: float, edge1: float, x: float) -> float:
    if x <= edge0:
        return 0.0
    if x >= edge1:
        return 1.0
    u = (x - edge0) / (edge1 - edge0)
    return u * u * (3 - 2 * u)


def kept_table(progress: float, band: float = BAND) -> bytes:
    """For each value of an evenly spread noise field (0..255), the alpha a pixel keeps when its layer has come
    `progress` of the way apart: everything at 0, nothing at 1, and a smooth band in between (soft, organic edges)."""
    cut = -band + progress * (1 + 2 * band)
    return bytes(round(255 * smoothstep(cut - band, cut + band, (v + 0.5) / 256)) for v in range(256))


def lights_out(level: float) -> float:
    """How far the last light has gone out (0..1) at an erasure level."""
    return smoothstep(LIGHTS_OUT[0], LIGHTS_OUT[1], level)


class NoiseField:
    """A smooth field of thresholds (a few octaves of value noise, blurred), made once per memory and layer at a low
    resolution and spread evenly over 0..255, so `progress` of the field is gone at `progress`. Its masks are scaled
    up with smoothscale: soft at any size, never blocks."""

    OCTAVES = ((40, 0.5), (20, 0.27), (10, 0.15), (5, 0.08))  # (cell size in field pixels, weight)

    def __init__(self, size: tuple[int, int], seed: str, edge_bias: float = 0.0) -> None:
        w, h = size
        rng = random.Random(seed)
        field: pygame.Surface | None = None
        total = 0.0
        for cell, weight in self.OCTAVES:
            grid = (max(2, round(w / cell) + 2), max(2, round(h / cell) + 2))
            octave = pygame.transform.smoothscale(_grey_noise(rng, grid), size)
            total += weight
            if field is None:
                field = octave
            else:
                octave.set_alpha(round(255 * weight / total))
                field.blit(octave, (0, 0))
        assert field is not None
        if edge_bias > 0:
            # Brighter middle, darker edges: the place thins from the outside in.
            ramp = pygame.transform.smoothscale(_edge_ramp(), size)
            ramp.set_alpha(round(255 * edge_bias))
            field.blit(ramp, (0, 0))
        # Linear interpolation of the coarse octaves leaves faint creases; a small blur irons them out.
        field = pygame.transform.gaussian_blur(field, 2)
        raw = pygame.image.tobytes(field, "RGB")[::3]
        self.size = size
        self.values = raw.translate(_equaliser(raw))
        self._rgba = bytearray(b"\xff") * (4 * w * h)
        self._mask = pygame.image.frombuffer(self._rgba, size, "RGBA")  # shares _rgba: a mask is one slice write
        self._progress: float | None = None

    def mask(self, progress: float) -> pygame.Surface:
        """The low-resolution mask (white, alpha = how much is kept) at `progress`; valid until the next call."""
        if progress != self._progress:
            self._rgba[3::4] = self.values.translate(kept_table(progress))
            self._progress = progress
        return self._mask


def _equaliser(values: bytes) -> bytes:
    """A table that spreads the values evenly over 0..255 (by rank), so a threshold at p takes a share p."""
    counts = Counter(values)
    n = max(1, len(values))
    below = 0
    table = bytearray(256)
    for v in range(256):
        c = counts.get(v, 0)
        table[v] = min(255, int(256 * (below + c / 2) / n))
        below += c
    return bytes(table)


def _grey_noise(rng: random.Random, size: tuple[int, int]) -> pygame.Surface:
    w, h = size
    surface = pygame.image.frombytes(rng.randbytes(w * h), size, "P")
    surface.set_palette([(i, i, i) for i in range(256)])
    out = pygame.Surface(size)
    out.blit(surface, (0, 0))
    return out


@lru_cache(maxsize=1)
def _edge_ramp() -> pygame.Surface:
    """Bright middle, dark rounded edges; the same small picture at every size, made once, only ever read."""
    w, h = 64, 36
    surface = pygame.Surface((w, h))
    with pygame.PixelArray(surface) as px:
        for y in range(h):
            dy = abs(y / (h - 1) - 0.5) * 2
            for x in range(w):
                dx = abs(x / (w - 1) - 0.5) * 2
                d = (dx ** 4 + dy ** 4) ** 0.25  # a rounded rectangle: corners go first, but not as a square
                v = int(255 * max(0.0, 1 - d ** 2))
                px[x, y] = (v, v, v)
    return surface


SKIP_PERIOD = 1.25  # seconds: a skip may start only early in each period, so two are always over a second apart


def skip_flicker(t: float, level: float) -> float:
    """How much a memory 'skips' at time t (0 = not at all): at most one short, shallow dip a second, so the skips
    alone never make more than one flash in any second; none before the erasure has really begun."""
    if level < 0.15:
        return 0.0
    slot = int(t / SKIP_PERIOD)
    roll = zlib.crc32(f"skip:{slot}".encode()) / 0xFFFFFFFF
    if roll > min(0.7, level):
        return 0.0
    start = slot * SKIP_PERIOD + 0.1 + 0.1 * (zlib.crc32(f"at:{slot}".encode()) / 0xFFFFFFFF)
    return 0.22 * level if start <= t < start + 0.07 else 0.0


class MemoryPainter:
    """Paints scenes. A scene at an erasure stage is composed once into an opaque picture and cached; a frame blends
    the two stages around the level. The next stage is composed a few steps per frame ahead of need, so a frame
    never pays for a whole composition (except the first frame of a scene)."""

    def __init__(self, art: ArtCache) -> None:
        self.art = art
        self.size = (0, 0)
        self._noise: dict[tuple, NoiseField] = {}
        self._key: tuple | None = None
        self._composites: dict[int, pygame.Surface] = {}
        self._spare: list[pygame.Surface] = []
        self._builder: tuple[int, object, pygame.Surface] | None = None
        self._warming = None  # the steps that prepare a memory just entered
        # One full-screen scratch picture (with alpha) shared by every step that needs one, one after another: the
        # layer thinned through its mask, the grey copy, the pool of light. At 4K each full-screen picture is 33 MB.
        self._scratch: pygame.Surface | None = None
        self._bbox: dict[tuple, pygame.Rect] = {}
        self._mixed: dict[int, int] = {}  # stage -> quarters of the next stage blended into its picture in place
        # Blending in place needs a level that only goes on (the night's erasure). Where it goes back and forth (the
        # title's breathing picture), blends go to a picture of their own instead, made only for such a memory.
        self._last_level: float | None = None
        self._onward = True
        self._blended: pygame.Surface | None = None
        self._blend_key: tuple | None = None

    def resize(self, size: tuple[int, int]) -> None:
        if size == self.size:
            return
        self.size = size
        self._noise.clear()
        self._bbox.clear()
        self._composites.clear()
        self._spare.clear()
        self._builder = None
        self._mixed.clear()
        self._blended = None
        self._scratch = None
        _light_texture()  # made once (a pixel loop), here rather than in the middle of a dissolve

    # --- the frame ------------------------------------------------------------------------------------------------

    def render(self, target: pygame.Surface, scene: Scene, level: float, t: float, reduce_motion: bool,
               exact: bool = False, companion: bool = False, found: float = 0.0) -> None:
        """Paint `scene` at erasure `level` (0 intact .. 1 gone) into `target`; `t` is the scene's own time.
        `exact` composes the stages needed right now instead of showing the nearest ready one (tour, tests).
        `companion`: the companion is here (the scene's companion layers are drawn); `found` (0..1): the lights going
        out around her as they find her, with the scene's found layers (the beam) over the dark."""
        size = target.get_size()
        self.resize(size)
        key = (scene.id, size, reduce_motion, companion)
        if key != self._key:
            self._key = key
            self._spare.extend(self._composites.values())
            if self._builder is not None:
                self._spare.append(self._builder[2])
            del self._spare[KEEP:]  # the pictures are reused for the next memory; never more than KEEP in all
            self._composites.clear()
            self._mixed.clear()
            self._builder = None
            self._last_level, self._onward, self._blended, self._blend_key = None, True, None, None
            # noise fields are per memory; keeping every memory's would grow all night
            self._noise.clear()
            self._bbox.clear()
            self._warming = None if exact else self._warm(scene, reduce_motion, companion)
            if exact:
                for _ in self._warm(scene, reduce_motion, companion):
                    pass
            else:
                # The frame that enters a memory is black under the fade in (and pays for the entering itself):
                # the memory is prepared from the next frame on.
                target.fill((0, 0, 0))
                return
        level = max(0.0, min(1.0, level))
        position = level * STAGES
        low = min(STAGES, int(position))
        frac = position - low
        high = min(STAGES, low + 1)
        wanted = [low] + ([high] if frac > 0.02 and high != low else [])
        reuse = self.size[0] * self.size[1] > BLEND_EVERY_FRAME_UP_TO
        if not exact:
            # a level that drifts back (a breath) makes its blends apart; one that jumps far back starts over
            if self._last_level is not None and self._last_level - 2 / STAGES < level < self._last_level:
                self._onward = False
            self._last_level = level
        # a picture blended in place toward the next stage is no longer its own stage: where it is needed pure, it is
        # let go and composed again
        in_place = reuse and not exact and self._onward and frac > 0.02
        self._purify(low, round(frac * BLENDS_PER_STAGE) if in_place else 0)
        if high != low:
            self._purify(high, 0)
        if exact:
            for stage in wanted:
                self._finish(scene, stage, reduce_motion, wanted)
        elif not self._composites:
            # A memory just began: its first picture is made a few steps a frame, under the fade from black.
            if self._warming is not None:
                spent = 0.0
                while spent < PASSES_PER_FRAME:
                    cost = next(self._warming, None)
                    if cost is None:
                        self._warming = None
                        break
                    spent += cost
            else:
                self._advance(scene, [low], reduce_motion)
            if not self._composites:
                target.fill((0, 0, 0))
                return
        else:
            ahead = min(STAGES, (high if frac > 0.02 else low) + 1)
            large = self.size[0] * self.size[1] > LARGE
            burst = LARGE_BURST_PASSES if large else BURST_PASSES
            catch_up = LARGE_CATCH_UP_PASSES if large else CATCH_UP_PASSES
            if not reuse:
                budget = PASSES_PER_FRAME
            elif any(s not in self._composites for s in wanted) or (frac >= SOON_DUE and ahead not in self._composites):
                budget = burst if self._blend_due(low, high, frac) else catch_up
            elif self._blend_due(low, high, frac):
                # in bursts on the frames that make a new blend anyway: the frames between them only copy a picture
                budget = burst
            else:
                budget = 0.0
            if budget > 0:
                self._advance(scene, wanted + [ahead], reduce_motion, budget)
        shown = low if low in self._composites else min(self._composites, key=lambda s: (abs(s - low), -s))
        if shown == low and high in self._composites and frac > 0.02:
            self._blend(target, low, high, frac, exact)
        else:
            target.blit(self._composites[shown], (0, 0))
        if not reduce_motion and found <= 0:
            dip = skip_flicker(t, level)
            if dip > 0:
                target.scroll(int(size[0] * 0.004 * (1 if int(t / SKIP_PERIOD) % 2 else -1)), 0)
                _darken(target, dip)
        if found > 0:
            _darken(target, 0.82 * found)  # the lights go out around her...
            for layer in scene.art:
                if layer.kind == "found":  # ...and the beam that found her is the only light
                    surface = self.art.layer(layer.image, size, scene.era, "found")
                    self._faded(target, surface, self._box(layer.image, surface), found)

    def _blend_due(self, low: int, high: int, frac: float) -> bool:
        """Whether this frame will make a new blended picture (at the sizes where blends are reused)."""
        if self.size[0] * self.size[1] <= BLEND_EVERY_FRAME_UP_TO:
            return False
        step = round(frac * BLENDS_PER_STAGE)
        if not self._onward:
            return 0 < step < BLENDS_PER_STAGE and self._blend_key != (low, high, step)
        return 0 < step < BLENDS_PER_STAGE and self._mixed.get(low, 0) != step

    def _purify(self, stage: int, allowed: int) -> None:
        """Let go of the picture of `stage` if more than `allowed` quarters of the next stage are blended into it."""
        if self._mixed.get(stage, 0) > allowed:
            del self._mixed[stage]
            self._spare.append(self._composites.pop(stage))

    def _blend(self, target: pygame.Surface, low: int, high: int, frac: float, exact: bool) -> None:
        """The picture between two stages. Up to 720p or so, blended afresh every frame; above, in quarter steps of
        a stage, each made once and reused while the level stays within it."""
        size = self.size
        if exact or size[0] * size[1] <= BLEND_EVERY_FRAME_UP_TO:
            target.blit(self._composites[low], (0, 0))
            _over(target, self._composites[high], frac)
            return
        step = round(frac * BLENDS_PER_STAGE)
        if step <= 0 or step >= BLENDS_PER_STAGE:
            target.blit(self._composites[low if step <= 0 else high], (0, 0))
            return
        if not self._onward:
            key = (low, high, step)
            if self._blend_key != key or self._blended is None:
                if self._blended is None:
                    self._blended = _opaque(size)
                self._blended.blit(self._composites[low], (0, 0))
                _over(self._blended, self._composites[high], step / BLENDS_PER_STAGE)
                self._blend_key = key
            target.blit(self._blended, (0, 0))
            return
        picture = self._composites[low]
        done = self._mixed.get(low, 0)
        if done < step:
            # low + s·(high - low), from low + d·(high - low): one pass of high over it at (s - d) / (1 - d)
            share, before = step / BLENDS_PER_STAGE, done / BLENDS_PER_STAGE
            _over(picture, self._composites[high], (share - before) / (1 - before))
            self._mixed[low] = step
        target.blit(picture, (0, 0))

    def _warm(self, scene: Scene, reduce_motion: bool, companion: bool = False):
        """Pay the one-time costs of a scene (its pictures, blurred figures, noise fields) when it is entered, a
        step at a time under the fade, rather than in the middle of reading."""
        for layer in scene.art:
            if layer.kind == "companion" and not companion:
                continue
            surface = self.art.layer(layer.image, self.size, scene.era, layer.kind)
            box = self._box(layer.image, surface)
            yield 2.0
            if layer.kind in ("figures", "companion"):
                blur = self.art.derived(layer.image, "blur", self.size, scene.era, "figures")
                self._box(layer.image + "#blur", blur)
                yield 2.0
            elif layer.kind in ("props", "room") and not reduce_motion and box.width and box.height:
                self._field(layer.image, layer.kind, box)
                yield 1.0
        # The pictures the stages are composed into, made (and their memory touched) now rather than mid-dissolve.
        if self._scratch is None:
            self._scratch = _scratch(self.size)
            yield 0.5
        while len(self._spare) + len(self._composites) < KEEP:
            surface = _opaque(self.size)
            surface.fill((0, 0, 0))
            self._spare.append(surface)
            yield 0.5

    # --- composing stages -----------------------------------------------------------------------------------------

    def _advance(self, scene: Scene, stages: list[int], reduce_motion: bool, budget: float = PASSES_PER_FRAME) -> None:
        spent = 0.0
        while spent < budget:
            if self._builder is None:
                todo = next((s for s in stages if s not in self._composites), None)
                if todo is None:
                    return
                self._start(scene, todo, reduce_motion, stages)
            stage, steps, dest = self._builder  # type: ignore[misc]
            try:
                spent += next(steps)  # type: ignore[call-overload]
            except StopIteration:
                self._store(stage, dest)
                spent += 0.5

    def _finish(self, scene: Scene, stage: int, reduce_motion: bool, needed: list[int] | tuple = ()) -> None:
        if stage in self._composites:
            return
        if self._builder is None or self._builder[0] != stage:
            self._start(scene, stage, reduce_motion, needed)
        stage, steps, dest = self._builder  # type: ignore[misc]
        for _ in steps:  # type: ignore[attr-defined]
            pass
        self._store(stage, dest)

    def _start(self, scene: Scene, stage: int, reduce_motion: bool, needed: list[int] | tuple = ()) -> None:
        if self._builder is not None:
            self._spare.append(self._builder[2])
        if not self._spare and len(self._composites) >= KEEP:
            # no spare picture: the stage farthest from this one that is not needed now makes room
            free = [s for s in self._composites if s not in needed]
            if free:
                far = max(free, key=lambda s: abs(s - stage))
                self._mixed.pop(far, None)
                self._spare.append(self._composites.pop(far))
        dest = self._spare.pop() if self._spare else _opaque(self.size)
        companion = bool(self._key and self._key[3])
        self._builder = (stage, self._compose(dest, scene, stage / STAGES, reduce_motion, companion), dest)

    def _store(self, stage: int, dest: pygame.Surface) -> None:
        self._builder = None
        self._composites[stage] = dest
        self._mixed.pop(stage, None)
        while len(self._composites) > KEEP:
            far = max(self._composites, key=lambda s: abs(s - stage))
            self._mixed.pop(far, None)
            self._spare.append(self._composites.pop(far))
        del self._spare[max(0, KEEP - len(self._composites)):]  # never more than KEEP pictures in all

    def _compose(self, dest: pygame.Surface, scene: Scene, level: float, reduce_motion: bool, companion: bool = False):
        """Compose one stage into `dest`, yielding between steps so the work can spread over frames."""
        size = self.size
        # What is lost shows the era's mist behind it, never black holes.
        look = era_look(self.art.eras, scene.era)  # the story's colours of this era (story.eras)
        fog = look.fog
        if scene.art:
            dest.fill(fog)
        else:  # a memory without pictures is its era's colour, thinning into the mist
            fill = look.fill
            dest.fill(tuple(round(f + (m - f) * level) for f, m in zip(fill, fog)))
        yield 0.5
        for layer in scene.art:
            kind = layer.kind
            if kind == "found" or (kind == "companion" and not companion):
                continue  # the beam is drawn over the frame when they find her; she is drawn only where she is
            p = layer_progress(level, layer.goes)
            if p >= 1.0:
                continue
            if kind == "room" and p > 0:
                # Where the place is lost, mist shows, not a night sky: what goes thins toward the era's fog.
                _toward(dest, fog, 0.85 * p)
                yield 1.0
            if kind in ("figures", "companion"):
                yield self._figures(dest, layer.image, scene.era, p)
            elif kind in ("props", "room") and not reduce_motion and p > 0:
                yield from self._thinned(dest, layer.image, scene.era, kind, p)
            else:
                surface = self.art.layer(layer.image, size, scene.era, kind)
                yield self._faded(dest, surface, self._box(layer.image, surface), 1 - p)
        if level > 0:
            amount = min(1.0, level * 1.25)
            if amount >= 1:
                pygame.transform.grayscale(dest, dest)  # all grey: in place, no copy
                yield 1.0
            else:
                scratch = self._scratch_surface()
                pygame.transform.grayscale(dest, scratch)
                # grayscale writes its grey into the scratch's alpha too: make it opaque, then lay it on at `amount`
                scratch.fill((0, 0, 0, 255), special_flags=pygame.BLEND_RGBA_MAX)
                yield 1.3
                scratch.set_alpha(int(255 * amount))
                dest.blit(scratch, (0, 0))
                scratch.set_alpha(255)
                yield 1.8
            # the pool of light (and, at the end, the light going out) multiplied in: one scaled texture, one pass
            self._light_pool(level, lights_out(level))
            yield 1.2
            dest.blit(self._scratch_surface(), (0, 0), special_flags=pygame.BLEND_RGB_MULT)
            yield 0.8

    def _box(self, key: str, surface: pygame.Surface) -> pygame.Rect:
        """The part of a layer that has anything in it: blits and masks cover only that (at 4K it matters)."""
        box = self._bbox.get((key, surface.get_size()))
        if box is None:
            box = self._bbox[(key, surface.get_size())] = surface.get_bounding_rect()
        return box

    def _share(self, box: pygame.Rect) -> float:
        """The part of the screen a box covers: the cost of a blit over it, in full-screen passes."""
        return box.width * box.height / max(1, self.size[0] * self.size[1])

    def _faded(self, target: pygame.Surface, surface: pygame.Surface, box: pygame.Rect, alpha: float) -> float:
        """Blit a layer at an opacity; returns its cost in passes."""
        if not box.width or not box.height or alpha <= 0:
            return 0.0
        surface.set_alpha(int(255 * alpha))
        target.blit(surface, box.topleft, box)
        surface.set_alpha(255)
        return 2.0 * self._share(box)

    def _figures(self, target: pygame.Surface, path: str, era: str, p: float) -> float:
        # Faces go first: the sharp figure gives way to a blurred one, which then fades.
        size = self.size
        sharp_alpha = 1 - min(1.0, p * 2)
        blur_alpha = 1 - max(0.0, p * 2 - 1)
        cost = 0.0
        if sharp_alpha < 1:
            blur = self.art.derived(path, "blur", size, era, "figures")
            cost += self._faded(target, blur, self._box(path + "#blur", blur), blur_alpha)
        if sharp_alpha > 0:
            sharp = self.art.layer(path, size, era, "figures")
            cost += self._faded(target, sharp, self._box(path, sharp), sharp_alpha)
        return cost

    def _field(self, path: str, kind: str, box: pygame.Rect) -> NoiseField:
        """The noise a layer thins in; the room's is brighter in the middle, so the place goes from its edges."""
        key = (path, box.size)
        field = self._noise.get(key)
        if field is None:
            cells = FIELD_WIDTH / max(1, self.size[0])
            size = (max(8, round(box.width * cells)), max(8, round(box.height * cells)))
            field = self._noise[key] = NoiseField(size, f"{path}:{kind}", 0.5 if kind == "room" else 0.0)
        return field

    def _thinned(self, target: pygame.Surface, path: str, era: str, kind: str, p: float):
        """A layer thinning out: its own alpha times a soft noise mask, so what goes shows what lies behind it.
        Two steps (the mask, then the layer through it), each yielding its cost in passes."""
        layer = self.art.layer(path, self.size, era, kind)
        box = self._box(path, layer)
        if not box.width or not box.height:
            return
        work = self._scratch_surface().subsurface(((0, 0), box.size))
        pygame.transform.smoothscale(self._field(path, kind, box).mask(p), box.size, work)
        yield 1.8 * self._share(box)
        work.blit(layer, (0, 0), box, special_flags=pygame.BLEND_RGBA_MULT)
        target.blit(work, box.topleft)
        yield 2.3 * self._share(box)

    def _scratch_surface(self) -> pygame.Surface:
        if self._scratch is None or self._scratch.get_size() != self.size:
            self._scratch = _scratch(self.size)
        return self._scratch

    def _light_pool(self, level: float, dark: float = 0.0) -> None:
        """The light for a level, into the scratch picture (white where lit, darker toward the edges, to multiply
        the picture by): the pool of light narrows as the memory goes, and at the end (`dark`) goes out."""
        # Crop less and less of the texture: its clear middle shrinks on screen as the light goes.
        src = _light_texture()
        share = 0.34 + 0.5 * level  # never the whole texture: a pool of light stays till the very end
        w, h = src.get_size()
        cw, ch = max(2, int(w * share)), max(2, int(h * share))
        crop = src.subsurface(((w - cw) // 2, (h - ch) // 2, cw, ch))
        if dark > 0:
            crop = crop.copy()  # small: the texture itself is only ever read
            _darken(crop, dark)
        pygame.transform.smoothscale(crop, self.size, self._scratch_surface())


def _scratch(size: tuple[int, int]) -> pygame.Surface:
    surface = pygame.Surface(size, pygame.SRCALPHA)
    return surface.convert_alpha() if pygame.display.get_surface() else surface


def _opaque(size: tuple[int, int]) -> pygame.Surface:
    surface = pygame.Surface(size)
    return surface.convert() if pygame.display.get_surface() else surface


def _over(target: pygame.Surface, top: pygame.Surface, share: float) -> None:
    """Lay an opaque picture over the target at an opacity."""
    alpha = round(255 * share)
    if alpha <= 0:
        return
    if alpha < 255:  # (an opaque picture blitted at alpha 255 takes SDL's slowest path: 50 ms at 1080p)
        top.set_alpha(alpha)
    target.blit(top, (0, 0))
    top.set_alpha(None)


def _toward(target: pygame.Surface, colour: tuple[int, int, int], amount: float) -> None:
    """Blend the whole picture toward a colour by `amount`, in place: two fills, no extra surface."""
    keep = round(255 * (1 - amount))
    target.fill((keep, keep, keep), special_flags=pygame.BLEND_RGB_MULT)
    target.fill(tuple(round(c * amount) for c in colour), special_flags=pygame.BLEND_RGB_ADD)


def _darken(target: pygame.Surface, amount: float) -> None:
    """Multiply the picture toward black by `amount` (a skip, the lights going out): one pass, no extra surface."""
    value = int(round(255 * (1 - amount)))
    target.fill((value, value, value), special_flags=pygame.BLEND_RGB_MULT)


@lru_cache(maxsize=1)
def _light_texture() -> pygame.Surface:
    """The light's pool as a small texture, the same at every size (white in the middle, black where the light has
    gone, to multiply a picture by): made once (a pixel loop), only ever read."""
    w, h = 192, 108
    surface = pygame.Surface((w, h), pygame.SRCALPHA)
    with pygame.PixelArray(surface) as px:
        for y in range(h):
            for x in range(w):
                d = math.hypot((x - w / 2) / (w / 2), (y - h / 2) / (h / 2)) / math.sqrt(2)
                a = max(0.0, min(1.0, (d - 0.12) / 0.5)) ** 1.4
                v = 255 - int(a * 255)
                px[x, y] = (v, v, v, 255)
    return surface
