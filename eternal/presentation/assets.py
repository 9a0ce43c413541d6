"""Pictures and fonts, loaded once per size and cached; a missing or broken file becomes a placeholder and a warning."""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Mapping

import pygame

from eternal.loader.pictures import measure_picture
from eternal.model.story import Era
from eternal.presentation.palette import era_look
from eternal.presentation.workers import Workers, detect_workers


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
    """Layer pictures rasterised at a size, plus the derived versions the dissolve needs (grey, blurred).

    Least recently used pictures leave first once the cache holds more than `budget` bytes, so a whole night at 4K
    never keeps every memory in memory. The next memories can be rasterised ahead on a worker thread (pygame-ce
    releases the GIL while it reads an SVG), so entering a memory does not stall the frame. Where `workers` says
    there are no threads (a browser build), the same work is done on the main thread one picture per `step()`,
    which the loop calls once a pass. `eras` are the story's (story.eras): a missing picture, and the painters that
    use this cache, take their colours from them."""

    def __init__(self, warnings: Warnings, eras: Mapping[str, Era] | None = None, frames: int = 7,
                 ahead: int = 6, workers: Workers | None = None) -> None:
        self.warnings = warnings
        self.eras: Mapping[str, Era] = eras if eras is not None else {}  # set anew when the story is reloaded
        self.frames = frames  # the cache holds about this many full-screen pictures (a memory's layers and its blur)
        self.ahead = ahead  # and at most this many pictures fetched ahead of need (the next memory, a hiding place)
        self.budget = 0
        self._cache: OrderedDict[tuple, pygame.Surface] = OrderedDict()
        self._bytes = 0
        self._incoming: dict[tuple, pygame.Surface | Exception] = {}
        self._pending: set[tuple] = set()
        self._lock = threading.Lock()
        self._worker: ThreadPoolExecutor | None = None
        self.workers = workers if workers is not None else detect_workers()
        self._queue: list[tuple[tuple, str, tuple[int, int]]] = []  # without threads: pictures step() prepares next

    def clear(self) -> None:
        self._cache.clear()
        self._bytes = 0
        with self._lock:
            self._incoming.clear()
        self._queue.clear()

    def close(self) -> None:
        if self._worker is not None:
            self._worker.shutdown(wait=False, cancel_futures=True)
            self._worker = None

    def layer(self, path: str, size: tuple[int, int], era: str, kind: str) -> pygame.Surface:
        """The picture at `path` filling `size`; a placeholder when it cannot be read."""
        self.budget = self.frames * size[0] * size[1] * 4
        key = ("layer", path, size)
        surface = self._get(key)
        if surface is None:
            with self._lock:
                ready = self._incoming.pop(key, None)
            if isinstance(ready, pygame.Surface):
                surface = ready  # finished on the worker: the frame that enters a memory converts nothing
            else:
                surface = self._load(path, size, era, kind)
            self._put(key, surface)
        return surface

    def derived(self, path: str, what: str, size: tuple[int, int], era: str, kind: str) -> pygame.Surface:
        """A cached variant of a layer: 'blur' (faces go first) or 'grey'."""
        key = (what, path, size)
        surface = self._get(key)
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
            self._put(key, surface)
        return surface

    def prefetch(self, paths: list[str], size: tuple[int, int]) -> None:
        """Rasterise these pictures at `size` on the worker thread, unless they are cached or on their way; earlier
        guesses that are no longer wanted are let go."""
        wanted = {("layer", path, size) for path in paths}
        with self._lock:
            for key in [k for k in self._incoming if k not in wanted]:
                del self._incoming[key]
        if not self.workers.available:
            # the newest guess replaces the queue, in its order (the memory just entered first)
            self._queue = [(("layer", path, size), path, size) for path in dict.fromkeys(paths)]
            return
        for path in paths:
            key = ("layer", path, size)
            with self._lock:
                if key in self._cache or key in self._incoming or key in self._pending:
                    continue
                self._pending.add(key)
            if self._worker is None:
                self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eternal-art")
            self._worker.submit(self._fetch, key, path, size)

    def step(self) -> bool:
        """Without threads: prepare the next queued picture, one only (a layer costs a frame or two at 1080p, so
        a memory's four layers are spread over four passes). True when a picture was prepared; with threads, or
        with nothing queued, nothing is done."""
        while self._queue:
            if len(self._incoming) >= self.ahead:
                return False  # as many prepared as may wait: more would only push out the first ones
            key, path, size = self._queue.pop(0)
            if key in self._cache or key in self._incoming:
                continue  # drawn already (the frame needed it first) or prepared
            self._fetch(key, path, size)
            return True
        return False

    @property
    def queued(self) -> int:
        """Pictures waiting for `step()` (always 0 with threads)."""
        return len(self._queue)

    def prepared(self, path: str, size: tuple[int, int]) -> bool:
        """True when the worker has this picture ready (or its refusal), waiting to be used."""
        with self._lock:
            return ("layer", path, size) in self._incoming

    @property
    def held(self) -> tuple[int, int]:
        """(pictures, bytes) the cache holds now."""
        return len(self._cache), self._bytes

    def _fetch(self, key: tuple, path: str, size: tuple[int, int]) -> None:
        try:
            # Converting to the display's format costs 8 to 12 ms a layer at 1080p: done here, not on the frame that
            # needs the picture (SDL converts pixels in memory; pygame-ce lets go of the GIL while it does).
            surface: pygame.Surface | Exception = self._finish(_read(path, size), size)
        except (pygame.error, OSError, ValueError) as exc:
            surface = exc  # the main thread makes the placeholder and says so, when the picture is needed
        with self._lock:
            self._pending.discard(key)
            self._incoming[key] = surface
            while len(self._incoming) > self.ahead:  # the oldest guess goes first
                self._incoming.pop(next(iter(self._incoming)))

    def _get(self, key: tuple) -> pygame.Surface | None:
        surface = self._cache.get(key)
        if surface is not None:
            self._cache.move_to_end(key)
        return surface

    def _put(self, key: tuple, surface: pygame.Surface) -> None:
        self._cache[key] = surface
        self._bytes += _bytes(surface)
        while self._bytes > self.budget and len(self._cache) > 1:
            _, old = self._cache.popitem(last=False)
            self._bytes -= _bytes(old)

    def _finish(self, surface: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
        w, h = surface.get_size()
        if (w, h) != size:
            if abs(w - size[0]) <= 2 and abs(h - size[1]) <= 2:
                # the SVG rasteriser rounds (1921x1080 for 1920x1080): trim rather than resample the whole picture
                surface = surface.subsurface((0, 0, min(w, size[0]), min(h, size[1])))
            else:
                surface = pygame.transform.smoothscale(surface.convert_alpha(), size)
        return surface.convert_alpha() if pygame.display.get_surface() else surface

    def _load(self, path: str, size: tuple[int, int], era: str, kind: str) -> pygame.Surface:
        try:
            return self._finish(_read(path, size), size)
        except (pygame.error, OSError, ValueError) as exc:
            self.warnings.add(path, f"cannot draw {Path(path).name or kind}: {exc}; showing a plain {era} placeholder")
            return placeholder(size, era_look(self.eras, era).fill, kind)


def _read(path: str, size: tuple[int, int]) -> pygame.Surface:
    # The header is read first and the kind taken from it, not from the name: SDL_image would rasterise an SVG
    # named .png at whatever size it declares. An oversized picture raises PictureRefused (a ValueError).
    picture = measure_picture(path)
    if picture.kind == "svg":
        return pygame.image.load_sized_svg(path, size)
    return pygame.image.load(path)


def _bytes(surface: pygame.Surface) -> int:
    return surface.get_width() * surface.get_height() * surface.get_bytesize()


def placeholder(size: tuple[int, int], fill: tuple[int, int, int], kind: str) -> pygame.Surface:
    """A stand-in for a missing layer: the era's fill colour for the sky, nothing for the others."""
    surface = pygame.Surface(size, pygame.SRCALPHA)
    if kind == "sky":
        surface.fill(tuple(fill) + (255,))
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
