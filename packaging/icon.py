"""Rasterise art/icon/icon.svg into the program's icons: `python packaging/icon.py OUTDIR`.

Writes OUTDIR/icon.png (512 px), OUTDIR/icon.ico (Windows: 16 to 256 px) and OUTDIR/icon.icns (macOS: 16 to
1024 px). pygame-ce draws the SVG at each size; the ICO and ICNS containers are written here by hand (both may hold
PNG images as they are), so the build needs no Pillow. build.py runs this before PyInstaller.
"""

from __future__ import annotations

import io
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "art" / "icon" / "icon.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The ICNS types that hold a PNG of a given width; the @2x types share a size with the next type up.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024))


def png_bytes(size: int, source: Path = SOURCE) -> bytes:
    """The icon drawn at size x size pixels, as PNG bytes."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    surface = pygame.image.load_sized_svg(str(source), (size, size))
    buffer = io.BytesIO()
    pygame.image.save(surface, buffer, "icon.png")
    return buffer.getvalue()


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding these PNGs (one directory entry each; width 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding these PNGs under the types that name their sizes."""
    body = b"".join(kind.encode() + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES if size in pngs)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(outdir: Path, source: Path = SOURCE) -> dict[str, Path]:
    """Write icon.png, icon.ico and icon.icns into outdir; returns them by suffix."""
    outdir.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: png_bytes(size, source) for size in sizes}
    files = {"png": outdir / "icon.png", "ico": outdir / "icon.ico", "icns": outdir / "icon.icns"}
    files["png"].write_bytes(pngs[512])
    files["ico"].write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    files["icns"].write_bytes(icns_bytes(pngs))
    return files


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    for path in write_icons(Path(args[0])).values():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
