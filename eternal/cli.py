"""The command line: play, check, tour, autoplay, bench. Heavy imports happen inside each command."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

DEFAULT_SCENES = Path(__file__).resolve().parent.parent / "scenes"


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = text.lower().split("x")
        size = int(w), int(h)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1280x720") from None
    if not (160 <= size[0] <= 7680 and 90 <= size[1] <= 4320):
        raise argparse.ArgumentTypeError(f"{text!r} is outside 160x90 .. 7680x4320")
    return size


def _sizes(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_size(part.strip()) for part in text.split(",") if part.strip()) or (_size(text),)


def _scale(text: str) -> float:
    try:
        value = float(text.rstrip("%")) / (100 if text.endswith("%") else 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a text size like 1.5 or 150%") from None
    if not 1.0 <= value <= 2.0:
        raise argparse.ArgumentTypeError(f"{text!r} is outside 1.0 .. 2.0")
    return value


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="eternal", description="Eternal: one night inside Joel's head.")
    p.add_argument("--scenes", type=Path, default=None, help="story folder (default: the bundled scenes/)")
    p.add_argument("--lang", choices=["en", "de"], default=None, help="language of the text")
    p.add_argument("--size", type=_size, default=None, help="window size, e.g. 1280x720")
    p.add_argument("--fullscreen", action="store_true", help="start in fullscreen")
    p.add_argument("--reduce-motion", action="store_true", help="plain fades instead of noise, shake and flicker")
    p.add_argument("--continue", dest="resume", action="store_true", help="resume from the newest save")
    p.add_argument("--kiosk", action="store_true", help="screening mode: fullscreen, no saves, hold Ctrl+Alt+Q 3 s to quit")
    p.add_argument("--idle", type=float, default=None, help="kiosk: seconds without input before returning to the title")
    p.add_argument("--showcase", action="store_true", help="play the story's short showcase cut")
    p.add_argument("--dev", action="store_true", help="reload scene files as they change; show problems on screen")
    p.add_argument("--frames", type=int, default=None, help="quit after this many frames (smoke tests of a build)")
    sub = p.add_subparsers(dest="command")
    c = sub.add_parser("check", help="validate scene files; exit 1 on any problem")
    c.add_argument("dir", nargs="?", type=Path, default=None)
    c.add_argument("--stats", action="store_true", help="add counts")
    c.add_argument("--json", action="store_true", help="print as JSON")
    t = sub.add_parser("tour", help="a PNG of every memory at erasure 0, 0.5 and 0.9, and of every hiding place with her")
    t.add_argument("outdir", type=Path)
    t.add_argument("--size", type=_size, default=(1280, 720), dest="tour_size")
    t.add_argument("--lang", choices=["en", "de"], default="en", dest="tour_lang")
    t.add_argument("--reduce-motion", action="store_true", dest="tour_reduce")
    t.add_argument("--text-scale", type=_scale, default=1.0, dest="tour_scale", help="text size, 1.0 to 2.0")
    a = sub.add_parser("autoplay", help="play the whole night through the real loop, headless")
    a.add_argument("--policy", choices=["comply", "hide", "other"], default="comply")
    a.add_argument("--seed", type=int, default=0)
    a.add_argument("--lang", choices=["en", "de"], default="en", dest="auto_lang")
    a.add_argument("--size", type=_size, default=(1280, 720), dest="auto_size")
    a.add_argument("--continue", dest="auto_resume", action="store_true")
    a.add_argument("--reduce-motion", action="store_true", dest="auto_reduce")
    a.add_argument("--max-frames", type=int, default=200_000)
    a.add_argument("--input", choices=["mouse", "keys"], default="mouse", dest="auto_input",
                   help="pick options by clicking them (default) or by their number keys")
    a.add_argument("--text-scale", type=_scale, default=1.0, dest="auto_scale", help="text size, 1.0 to 2.0")
    g = sub.add_parser("graph", help="draw the story graph to OUT.svg, OUT.png or OUT.dot")
    g.add_argument("out", type=Path)
    g.add_argument("--lang", choices=["en", "de"], default="en", dest="graph_lang")
    s = sub.add_parser("schema", help="print the JSON Schema of scene files (for editors)")
    s.add_argument("--out", type=Path, default=None)
    b = sub.add_parser("bench", help="frame-time figures")
    b.add_argument("--json", action="store_true")
    b.add_argument("--frames", type=int, default=240)
    b.add_argument("--sizes", type=_sizes, default=None, help="comma-separated, default 1280x720,1920x1080,3840x2160")
    b.add_argument("--idle-seconds", type=float, default=3.0, help="how long each idle row is measured")
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `eternal` command. SIGTERM and SIGINT end every command cleanly; a second one at once."""
    from eternal.signals import Stopped, exit_code, note_stop_signals, raise_on_stop_signals

    args = _parser().parse_args(argv)
    if args.command is None:
        note_stop_signals()  # the game loop notices within a frame and quits as the close button would
    else:
        raise_on_stop_signals()
    try:
        return _command(args)
    except Stopped as stop:
        print(f"eternal: {args.command or 'the game'} stopped by {stop}", file=sys.stderr)
        return exit_code(stop.signum)


def _command(args: argparse.Namespace) -> int:
    scenes = args.scenes or DEFAULT_SCENES
    if args.command == "check":
        return cmd_check(args.dir or scenes, args.stats, args.json)
    if args.command == "graph":
        return cmd_graph(scenes, args.out, args.graph_lang)
    if args.command == "schema":
        from eternal.loader.schema import SCHEMA_PATH

        text = SCHEMA_PATH.read_text(encoding="utf-8")
        if args.out:
            args.out.write_text(text, encoding="utf-8")
        else:
            print(text)
        return 0
    if args.command in ("tour", "autoplay", "bench") or args.command is None:
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    if args.command == "tour":
        from eternal.presentation.tour import run_tour

        return run_tour(scenes, args.outdir, args.tour_size, args.tour_lang, args.tour_reduce, args.tour_scale)
    if args.command == "autoplay":
        from eternal.presentation.autoplay import run_autoplay

        return run_autoplay(
            scenes, args.policy, args.seed, args.auto_lang, args.auto_size, args.auto_resume or args.resume,
            args.auto_reduce or args.reduce_motion, args.max_frames, args.auto_input, args.auto_scale,
        )
    if args.command == "bench":
        from eternal.presentation.bench import SIZES, run_bench

        if args.frames < 1 or not 0.1 <= args.idle_seconds <= 600:
            print("eternal: bench: --frames must be 1 or more and --idle-seconds between 0.1 and 600", file=sys.stderr)
            return 2
        return run_bench(scenes, args.json, args.frames, args.sizes or SIZES, args.idle_seconds)
    from eternal.presentation.headless import NO_DISPLAY_EXIT, display_problem

    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return NO_DISPLAY_EXIT
    from eternal.presentation.app import run_game

    if args.dev:
        from eternal.presentation.dev import run_dev

        return run_dev(scenes, lang=args.lang, size=args.size)
    return run_game(scenes, lang=args.lang, size=args.size, fullscreen=args.fullscreen, reduce_motion=args.reduce_motion,
                    resume=args.resume, kiosk=args.kiosk, idle=args.idle, showcase=args.showcase, frames=args.frames)


def cmd_graph(scenes: Path, out: Path, lang: str) -> int:
    """Draw the story graph; the format follows the file name's ending."""
    from eternal.loader import load_story

    result = load_story(scenes)
    if not result.ok:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        return 1
    story = result.story
    suffix = out.suffix.lower()
    try:
        if suffix == ".svg":
            from eternal.authoring.graph import to_svg

            out.write_text(to_svg(story, lang), encoding="utf-8")
        elif suffix == ".dot":
            from eternal.authoring.graph import to_dot

            out.write_text(to_dot(story, lang), encoding="utf-8")
        elif suffix == ".png":
            from eternal.presentation.graph_png import write_png

            write_png(story, out, lang)
        else:
            print(f"eternal: {out.name}: name the file .svg, .png or .dot", file=sys.stderr)
            return 2
    except OSError as exc:
        print(f"eternal: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"graph: {out}")
    return 0


def cmd_check(folder: Path, stats: bool, as_json: bool) -> int:
    """Validate a story folder; print problems one per line, or a summary."""
    from eternal.loader import load_story
    from eternal.loader.stats import story_stats

    result = load_story(folder)
    if as_json:
        out: dict = {"ok": result.ok, "problems": [str(p) for p in result.problems], "files": len(result.files)}
        if result.story is not None and stats:
            out["stats"] = story_stats(result.story)
        print(json.dumps(out, ensure_ascii=False))
        return 0 if result.ok else 1
    if not result.ok:
        for problem in result.problems:
            print(problem)
        print(f"{len(result.problems)} problem(s) in {folder}", file=sys.stderr)
        return 1
    story = result.story
    assert story is not None
    counts = story_stats(story)
    print(
        f"ok: {story.id}: {len(result.files)} files, {counts['memories']['mapped']} mapped and "
        f"{counts['memories']['unmapped']} unmapped memories, {counts['endings']} endings"
    )
    if stats:
        for key, value in counts.items():
            print(f"  {key}: {value}")
    return 0
