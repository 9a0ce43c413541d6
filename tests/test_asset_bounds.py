"""Pictures and paths are bounded: a story reads only inside its folder, and a picture too big to draw is refused from
its header (by `eternal check` as an authoring problem, by the game as a warning and a placeholder), never decoded."""

import os
import shutil
import struct
import subprocess
import sys
import time
import zlib

import pygame
import pytest

from conftest import MINI, ROOT
from eternal.loader import load_story
from eternal.loader.pictures import (
    MAX_SVG_BYTES,
    MAX_SVG_ELEMENTS,
    PictureRefused,
    measure_picture,
    picture_problem,
)
from eternal.presentation.assets import ArtCache, Warnings


def png_header(width: int, height: int) -> bytes:
    """The first bytes of a PNG claiming this size: signature and IHDR, with no pixels after them."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))


def jpeg_header(width: int, height: int) -> bytes:
    """A JPEG's start, an APP0 segment to skip, and a baseline frame header (SOF0) claiming this size."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00" + b"\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, height, width, 3) + b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    return b"\xff\xd8" + app0 + sof0


def story_with(tmp_path, image_name: str, content: bytes):
    """A copy of the mini story whose memory 'middle' shows one picture, art/<image_name>, with these bytes."""
    scenes = tmp_path / "story" / "scenes"
    shutil.copytree(MINI, scenes)
    (scenes.parent / "art").mkdir()
    (scenes.parent / "art" / image_name).write_bytes(content)
    path = scenes / "memories.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = "    keepsake: {en: the kitchen, de: die Küche}\n"
    path.write_text(text.replace(anchor, f"{anchor}    art:\n      - {{layer: sky, image: art/{image_name}}}\n"), encoding="utf-8")
    return scenes


def problems_at_the_image(scenes):
    result = load_story(scenes)
    assert not result.ok
    lines = (scenes / "memories.yaml").read_text(encoding="utf-8").splitlines()
    line = next(i + 1 for i, text in enumerate(lines) if "image: art/" in text)
    return [str(p) for p in result.problems if f"memories.yaml:{line}:" in str(p)]


@pytest.fixture
def display():
    pygame.display.init()
    pygame.display.set_mode((64, 36))
    yield
    pygame.display.quit()


@pytest.fixture
def no_decoding(monkeypatch):
    """Make any decoding or rasterising fail the test: a refused picture must be refused from its header."""

    def refuse(*args, **kwargs):
        raise AssertionError("the picture was decoded")

    monkeypatch.setattr(pygame.image, "load", refuse)
    monkeypatch.setattr(pygame.image, "load_sized_svg", refuse)


# --- where a story may read ----------------------------------------------------------------------------------------

def test_eternal_check_refuses_a_story_whose_root_is_the_file_system_root(tmp_path):
    scenes = tmp_path / "story" / "scenes"
    shutil.copytree(MINI, scenes)
    story = scenes / "story.yaml"
    story.write_text(story.read_text(encoding="utf-8").replace("  format: 1\n", "  format: 1\n  root: /\n"), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "eternal", "check", str(scenes)], capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "story.yaml:4:9: root '/' is an absolute path" in out.stdout + out.stderr, out.stdout + out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("image", ["../../etc/passwd", "../../../../../../../../etc/passwd", "/etc/passwd", "art/../../x.svg"])
def test_an_art_path_that_leaves_the_story_folder_is_refused_by_check(tmp_path, image):
    scenes = story_with(tmp_path, "sky.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"/>')
    (tmp_path / "x.svg").write_bytes(b"<svg/>")
    path = scenes / "memories.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("image: art/sky.svg", f"image: {image}"), encoding="utf-8")
    found = [str(p) for p in load_story(scenes).problems]
    assert any("leads outside the story root" in p or "is an absolute path" in p for p in found), found


def test_a_picture_linked_from_outside_the_story_folder_is_refused_by_check(tmp_path):
    scenes = story_with(tmp_path, "sky.svg", b"<svg/>")
    secret = tmp_path / "secret.svg"
    secret.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"/>')
    (scenes.parent / "art" / "sky.svg").unlink()
    (scenes.parent / "art" / "sky.svg").symlink_to(secret)
    assert any("leads outside the story root" in p for p in problems_at_the_image(scenes))


def test_a_picture_inside_the_story_folder_passes_the_check(tmp_path):
    scenes = story_with(tmp_path, "sky.png", png_header(1600, 900))
    assert load_story(scenes).ok


# --- raster pictures -----------------------------------------------------------------------------------------------

def test_a_huge_png_is_refused_without_being_decoded(tmp_path, no_decoding):
    scenes = story_with(tmp_path, "sky.png", png_header(20000, 20000))
    found = problems_at_the_image(scenes)
    assert any("20000x20000 pixels; pictures are limited to" in p for p in found), found


@pytest.mark.parametrize("width, height", [(8193, 10), (10, 8193), (4097, 4097)])
def test_a_png_over_the_side_or_pixel_budget_is_refused(tmp_path, width, height):
    (tmp_path / "big.png").write_bytes(png_header(width, height))
    assert f"{width}x{height} pixels" in picture_problem(tmp_path / "big.png")


def test_a_huge_jpeg_is_refused_from_its_frame_header(tmp_path, no_decoding):
    scenes = story_with(tmp_path, "sky.jpg", jpeg_header(30000, 20000))
    assert any("a JPEG of 30000x20000 pixels" in p for p in problems_at_the_image(scenes))


def test_the_size_of_a_real_png_jpeg_and_bmp_is_read_from_the_header(tmp_path):
    surface = pygame.Surface((123, 45))
    surface.fill((200, 100, 50))
    for name in ("real.png", "real.jpg", "real.bmp"):
        pygame.image.save(surface, str(tmp_path / name))
        picture = measure_picture(tmp_path / name)
        assert (picture.width, picture.height) == (123, 45)
        assert picture.kind == name.split(".")[1].replace("jpg", "jpeg")


@pytest.mark.parametrize("content, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG without its IHDR header"),
    (b"\xff\xd8\xff\xe0\x00", "a JPEG without a readable size"),
    (b"\x00\x01\x02 not a picture", "not a picture the game can draw"),
    (png_header(0, 0), "claims to be 0x0 pixels"),
])
def test_a_damaged_or_unknown_picture_is_refused_with_a_reason(tmp_path, content, reason):
    (tmp_path / "odd.png").write_bytes(content)
    assert reason in picture_problem(tmp_path / "odd.png")


# --- SVG -----------------------------------------------------------------------------------------------------------

def test_a_seven_megabyte_svg_is_refused_without_being_rasterised(tmp_path, no_decoding):
    big = b'<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">' + b" " * (7 * 1024 * 1024) + b"</svg>"
    scenes = story_with(tmp_path, "sky.svg", big)
    found = problems_at_the_image(scenes)
    assert any(f"SVG pictures are limited to {MAX_SVG_BYTES // 1024} KB" in p for p in found), found


def test_an_svg_with_too_many_elements_is_refused(tmp_path):
    many = b'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9">' + b"<g/>" * MAX_SVG_ELEMENTS + b"</svg>"
    (tmp_path / "many.svg").write_bytes(many)
    assert f"an SVG with {MAX_SVG_ELEMENTS + 1} elements" in picture_problem(tmp_path / "many.svg")


def test_an_svg_declaring_a_giant_size_is_refused(tmp_path):
    (tmp_path / "wide.svg").write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" stroke-width="1" width="100000" height="9"/>')
    assert "declared 100000x9" in picture_problem(tmp_path / "wide.svg")


def test_an_svg_declaring_entities_is_refused(tmp_path):
    (tmp_path / "laughs.svg").write_bytes(b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg width="9" height="9">&a;</svg>')
    assert "entities" in picture_problem(tmp_path / "laughs.svg")


def test_every_shipped_svg_is_within_the_budget():
    pictures = sorted((ROOT / "art").rglob("*.svg"))
    assert pictures
    for path in pictures:
        measure_picture(path)  # raises PictureRefused, naming the file's problem, when one is over


# --- in the game ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, content", [
    ("huge.png", png_header(20000, 20000)),
    ("huge.svg", b"<svg>" + b" " * (MAX_SVG_BYTES + 1) + b"</svg>"),
    ("svg_named.png", b'<svg xmlns="http://www.w3.org/2000/svg" width="99999" height="99999"/>'),
])
def test_the_game_shows_a_placeholder_for_a_picture_over_budget(tmp_path, display, no_decoding, name, content):
    (tmp_path / name).write_bytes(content)
    warnings = Warnings()
    surface = ArtCache(warnings).layer(str(tmp_path / name), (64, 36), "winter", "sky")
    assert surface.get_size() == (64, 36)
    assert warnings.messages and name in warnings.messages[0] and "placeholder" in warnings.messages[0]


def test_the_game_refuses_an_oversized_picture_on_its_worker_thread_too(tmp_path, display, no_decoding):
    (tmp_path / "huge.png").write_bytes(png_header(20000, 20000))
    warnings = Warnings()
    art = ArtCache(warnings)
    huge = str(tmp_path / "huge.png")
    art.prefetch([huge], (64, 36))
    for _ in range(500):
        if art.prepared(huge, (64, 36)):
            break
        time.sleep(0.01)
    assert art.prepared(huge, (64, 36))  # the worker judged it (and decoded nothing: see no_decoding)
    surface = art.layer(huge, (64, 36), "winter", "sky")
    art.close()
    assert surface.get_size() == (64, 36)
    assert warnings.messages and "huge.png" in warnings.messages[0] and "placeholder" in warnings.messages[0]


def test_an_svg_within_budget_is_drawn_at_the_screen_size(tmp_path, display):
    (tmp_path / "ok.svg").write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9" width="16" height="9">'
                                      b'<rect width="16" height="9" fill="#ff0000"/></svg>')
    warnings = Warnings()
    surface = ArtCache(warnings).layer(str(tmp_path / "ok.svg"), (64, 36), "winter", "sky")
    assert not warnings.messages
    assert surface.get_size() == (64, 36) and surface.get_at((32, 18))[:3] == (255, 0, 0)


# --- --dev -----------------------------------------------------------------------------------------------------------

def test_dev_reload_of_a_broken_scene_keeps_the_last_good_story(tmp_path, monkeypatch):
    from eternal.presentation.dev import DevWatcher

    scenes = story_with(tmp_path, "sky.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"/>')
    watcher = DevWatcher(scenes)
    reloads = []
    monkeypatch.setattr(watcher, "reload", lambda app, story: reloads.append(story))

    class Clock:
        time = 0.0

    app = Clock()
    path = scenes / "memories.yaml"
    for broken in ("image: art/sky.svg, goes: [.nan, .nan]", 'image: "art/sky\\0.svg"', "image: /etc/passwd"):
        path.write_text(path.read_text(encoding="utf-8").replace("image: art/sky.svg", broken), encoding="utf-8")
        app.time += 1.0
        watcher.poll(app)
        assert watcher.problems and all("memories.yaml:" in p for p in watcher.problems), watcher.problems
        assert not reloads
        path.write_text(path.read_text(encoding="utf-8").replace(broken, "image: art/sky.svg"), encoding="utf-8")
        app.time += 1.0
        watcher.poll(app)
        assert not watcher.problems and len(reloads) == 1
        reloads.clear()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_in_place_of_a_picture_is_refused_without_waiting_for_it(tmp_path):
    os.mkfifo(tmp_path / "sky.png")
    assert picture_problem(tmp_path / "sky.png") == "not a regular file"
