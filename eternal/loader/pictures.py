"""How big a picture file is, read from its header alone, and whether it is small enough to draw.

`eternal check` refuses an oversized picture as an authoring problem; the game asks the same question before it decodes
or rasterises anything, so a 20000x20000 PNG or a 7 MB SVG costs a few hundred bytes of reading, not gigabytes."""

from __future__ import annotations

import os
import re
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

# Raster pictures: a full-screen layer at 4K is 3840x2160 (8.3 megapixels); twice that is room for a painter's
# margin, and a 16-megapixel picture decodes to 64 MB, which a night can afford for a moment.
MAX_SIDE = 8192
MAX_PIXELS = 4096 * 4096
MAX_RASTER_BYTES = 64 * 1024 * 1024
# SVGs: the largest shipped layer is about 42 KB with about 300 elements (measured when these were set), and
# rasterises at 1920x1080 in under a tenth of a second. The budget is about six and five times that; what drives the
# rasteriser's time is how much each shape covers, so a hostile SVG within it can still take seconds (measured: 500
# random screen-wide polygons, 2.4 s), never the minutes a 7 MB one took.
MAX_SVG_BYTES = 256 * 1024
MAX_SVG_ELEMENTS = 1500
MAX_SVG_SIDE = 16384  # declared width and height, in SVG units

_JPEG_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_ELEMENT = re.compile(rb"<[A-Za-z_]")
_SVG_TAG = re.compile(rb"<svg\b[^>]*>", re.IGNORECASE)
_SIDE = re.compile(rb"""(?<![\w:-])(width|height)\s*=\s*["']\s*([0-9.eE+-]+)""")


class PictureRefused(ValueError):
    """A picture the game will not draw; the message says why, for an author."""


@dataclass(frozen=True)
class Picture:
    """What a picture file declares: its kind (png, jpeg, gif, bmp, svg), size and, for SVGs, element count."""

    kind: str
    width: float
    height: float
    size: int  # bytes on disk
    elements: int = 0


def measure_picture(path: str | Path) -> Picture:
    """Read just enough of the file to know its kind and size; PictureRefused when it is unreadable or too big."""
    try:
        # opened without blocking and checked to be a regular file: a FIFO or a device would otherwise hang the reader
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise PictureRefused("not a regular file")
            size = info.st_size
            head = f.read(64)
            picture = _raster(f, head, size)
            if picture is None:
                picture = _svg(f, head, size, str(path))
    except PictureRefused:
        raise
    except OSError as exc:
        raise PictureRefused(f"cannot read the picture: {exc.strerror or exc}") from None
    except (struct.error, ValueError) as exc:
        raise PictureRefused(f"a damaged picture header ({exc})") from None
    _check_budget(picture)
    return picture


def picture_problem(path: str | Path) -> str | None:
    """Why this picture may not be drawn, or None when it may."""
    try:
        measure_picture(path)
    except PictureRefused as exc:
        return str(exc)
    return None


def _check_budget(p: Picture) -> None:
    if p.kind == "svg":
        if p.elements > MAX_SVG_ELEMENTS:
            raise PictureRefused(f"an SVG with {p.elements} elements; SVG pictures are limited to {MAX_SVG_ELEMENTS}")
        if p.width > MAX_SVG_SIDE or p.height > MAX_SVG_SIDE:
            raise PictureRefused(f"an SVG declared {p.width:g}x{p.height:g}; SVG pictures are limited to {MAX_SVG_SIDE}x{MAX_SVG_SIDE}")
        return
    if p.size > MAX_RASTER_BYTES:
        raise PictureRefused(f"a {p.kind.upper()} of {p.size // (1024 * 1024)} MB; pictures are limited to {MAX_RASTER_BYTES // (1024 * 1024)} MB")
    if p.width <= 0 or p.height <= 0:
        raise PictureRefused(f"a {p.kind.upper()} that claims to be {p.width:g}x{p.height:g} pixels")
    if p.width > MAX_SIDE or p.height > MAX_SIDE or p.width * p.height > MAX_PIXELS:
        raise PictureRefused(
            f"a {p.kind.upper()} of {p.width:g}x{p.height:g} pixels; pictures are limited to {MAX_SIDE} pixels a side "
            f"and {MAX_PIXELS // 1_000_000} megapixels (e.g. 4096x4096)"
        )


def _raster(f, head: bytes, size: int) -> Picture | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        if head[12:16] != b"IHDR":
            raise PictureRefused("a PNG without its IHDR header")
        width, height = struct.unpack(">II", head[16:24])
        return Picture("png", width, height, size)
    if head.startswith((b"GIF87a", b"GIF89a")):
        width, height = struct.unpack("<HH", head[6:10])
        return Picture("gif", width, height, size)
    if head.startswith(b"BM") and len(head) >= 26:
        width, height = struct.unpack("<ii", head[18:26])
        return Picture("bmp", abs(width), abs(height), size)
    if head.startswith(b"\xff\xd8"):
        return _jpeg(f, size)
    return None


def _jpeg(f, size: int) -> Picture:
    """Walk the JPEG's segments to its frame header (SOFn), skipping the rest unread."""
    at = 2
    for _ in range(10_000):  # a real file reaches its frame header within a few dozen segments
        f.seek(at)
        marker = f.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            break
        kind = marker[1]
        if kind == 0xFF:  # fill byte before a marker
            at += 1
            continue
        if kind in (0x01, 0xD8) or 0xD0 <= kind <= 0xD7:
            at += 2
            continue
        segment = f.read(7)
        if len(segment) < 2:
            break
        length = struct.unpack(">H", segment[:2])[0]
        if kind in _JPEG_SOF:
            if len(segment) < 7:
                break
            height, width = struct.unpack(">HH", segment[3:7])
            return Picture("jpeg", width, height, size)
        if kind == 0xD9 or length < 2:
            break
        at += 2 + length
    raise PictureRefused("a JPEG without a readable size in its header")


def _svg(f, head: bytes, size: int, name: str) -> Picture:
    text_like = head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    if not text_like:
        kind = "SVG" if name.lower().endswith(".svg") else "picture"
        raise PictureRefused(f"not a {kind} the game can draw (SVG, PNG, JPEG, GIF or BMP)")
    if size > MAX_SVG_BYTES:
        # refused before reading: the rasteriser's time grows with the file, and minutes of it would freeze a frame
        raise PictureRefused(f"an SVG of {size // 1024} KB; SVG pictures are limited to {MAX_SVG_BYTES // 1024} KB")
    f.seek(0)
    data = f.read(MAX_SVG_BYTES + 1)
    if b"<!ENTITY" in data:
        raise PictureRefused("an SVG that declares XML entities; pictures may not")
    tag = _SVG_TAG.search(data)
    if tag is None:
        raise PictureRefused("not an SVG picture: no <svg> element")
    sides = {name.decode(): _number(value) for name, value in _SIDE.findall(tag.group(0))}
    return Picture("svg", sides.get("width", 0.0), sides.get("height", 0.0), size, len(_ELEMENT.findall(data)))


def _number(raw: bytes) -> float:
    try:
        return float(raw)
    except ValueError:
        return 0.0
