"""The command line: play, check, tour, autoplay, graph, schema, bench. Heavy imports happen inside each command."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

# Options of playing the game: with a command they would do nothing, so they are refused there (dest: flag).
GAME_ONLY = {"fullscreen": "--fullscreen", "kiosk": "--kiosk", "idle": "--idle", "showcase": "--showcase",
             "dev": "--dev", "frames": "--frames", "start": "--start", "display": "--display"}


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


def _view_options(default: object) -> argparse.ArgumentParser:
    """The options of anything that shows the story: given before a command or after it, they mean the same."""
    p = argparse.ArgumentParser(add_help=False, argument_default=default)
    p.add_argument("--lang", help="a language of the story (default: the player's, else the story's first)")
    p.add_argument("--size", type=_size, help="window size, e.g. 1280x720")
    p.add_argument("--reduce-motion", action="store_true", default=default if default is not None else False,
                   help="plain fades instead of noise, shake and flicker")
    return p


def _story_option(default: object) -> argparse.ArgumentParser:
    """`--scenes DIR`, the same before a command or after it (eternal/story_locator.py says what it overrides)."""
    p = argparse.ArgumentParser(add_help=False, argument_default=default)
    p.add_argument("--scenes", type=Path, help="a story's scenes folder (default: $ETERNAL_STORY, else the story "
                                               "installed with the game)")
    return p


class _Version(argparse.Action):
    """`--version`: the installed distribution's version, looked up only when asked."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        from eternal import installed_version

        print(f"eternal {installed_version()}")  # on stdout, as argparse's own version action does
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    shown = _view_options(argparse.SUPPRESS)  # on a command: keeps what was given before it
    story = _story_option(argparse.SUPPRESS)
    p = argparse.ArgumentParser(prog="eternal", parents=[_view_options(None), _story_option(None)],
                                description="Eternal: play an erasure story, check it, or draw it.")
    p.add_argument("--version", action=_Version)
    p.add_argument("--fullscreen", action="store_true", help="start in fullscreen (this time)")
    p.add_argument("--continue", dest="resume", action="store_true", help="resume from the newest save")
    p.add_argument("--kiosk", action="store_true", help="screening mode: fullscreen, no saves, hold Ctrl+Alt+Q 3 s to quit")
    p.add_argument("--idle", type=float, default=None, help="kiosk: seconds without input before returning to the title")
    p.add_argument("--showcase", action="store_true", help="play the story's short showcase cut (this time)")
    p.add_argument("--dev", action="store_true", help="reload scene files as they change; show problems on screen")
    p.add_argument("--frames", type=int, default=None, help="quit after this many frames (smoke tests of a build)")
    p.add_argument("--start", metavar="MEMORY", default=None,
                   help="for authors: begin at this memory, the night set up as the erasure leaves it (earlier "
                        "memories erased, mementos bagged); nothing is saved")
    p.add_argument("--display", metavar="N", type=int, default=None,
                   help="the monitor for the window, fullscreen and the kiosk (0 is the first): the projector")
    p.set_defaults(func=cmd_play)
    sub = p.add_subparsers(dest="command")
    c = sub.add_parser("check", parents=[story], help="validate scene files; exit 1 on any problem")
    c.add_argument("dir", nargs="?", type=Path, default=None)
    c.add_argument("--stats", action="store_true", help="add counts")
    c.add_argument("--json", action="store_true", help="print as JSON")
    c.set_defaults(func=cmd_check)
    t = sub.add_parser("tour", parents=[shown, story],
                       help="a PNG of every memory at erasure 0, 0.5 and 0.9, and of every hiding place with the companion")
    t.add_argument("outdir", type=Path)
    t.add_argument("--text-scale", type=_scale, default=1.0, help="text size, 1.0 to 2.0")
    t.add_argument("--only", metavar="MEMORY", default=None, help="only the pictures of this memory (or ending)")
    t.set_defaults(func=cmd_tour)
    a = sub.add_parser("autoplay", parents=[shown, story], help="play the whole night through the real loop, headless")
    a.add_argument("--policy", choices=["comply", "hide", "other"], default="comply")
    a.add_argument("--seed", type=int, default=0)
    a.add_argument("--continue", dest="resume", action="store_true", default=argparse.SUPPRESS)
    a.add_argument("--max-frames", type=int, default=200_000)
    a.add_argument("--input", choices=["mouse", "keys"], default="mouse",
                   help="pick options by clicking them (default) or by their number keys")
    a.add_argument("--text-scale", type=_scale, default=1.0, help="text size, 1.0 to 2.0")
    a.set_defaults(func=cmd_autoplay)
    g = sub.add_parser("graph", parents=[shown, story], help="draw the story graph to OUT.svg, OUT.png or OUT.dot")
    g.add_argument("out", type=Path)
    g.set_defaults(func=cmd_graph)
    s = sub.add_parser("schema", help="print the JSON Schema of scene files (for editors)")
    s.add_argument("--out", type=Path, default=None)
    s.set_defaults(func=cmd_schema)
    b = sub.add_parser("bench", parents=[story], help="frame-time figures")
    b.add_argument("--json", action="store_true")
    b.add_argument("--frames", type=int, default=240, help="frames measured per row")
    b.add_argument("--sizes", type=_sizes, default=None, help="comma-separated, default 1280x720,1920x1080,3840x2160")
    b.add_argument("--idle-seconds", type=float, default=3.0, help="how long each idle row is measured")
    b.set_defaults(func=cmd_bench)
    tr = sub.add_parser("translate", parents=[story], help="PO files for translators: export a language, import it back")
    trs = tr.add_subparsers(dest="direction", required=True)
    te = trs.add_parser("export", parents=[story], help="write LANG.po (msgid: the story's first language)")
    te.add_argument("lang", help="a language tag: de, fr, pt-BR ...")
    te.add_argument("out", type=Path, help="a folder (LANG.po is written in it) or FILE.po")
    ti = trs.add_parser("import", parents=[story], help="write a PO file's translations into the scene files")
    ti.add_argument("po", type=Path)
    tr.set_defaults(func=cmd_translate)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `eternal` command. SIGTERM and SIGINT end every command cleanly; a second one at once."""
    from eternal.signals import Stopped, exit_code, note_stop_signals, raise_on_stop_signals

    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is not None:
        given = [flag for dest, flag in GAME_ONLY.items() if dest != "frames" or args.command != "bench"
                 if dest != "showcase" or args.command != "autoplay"  # measuring the cut
                 if getattr(args, dest) not in (None, False)]
        if given:
            parser.error(f"{', '.join(given)}: only for playing the game, not with `{args.command}`")
        raise_on_stop_signals()
    else:
        note_stop_signals()  # the game loop notices within a frame and quits as the close button would
    if args.command in ("tour", "autoplay", "bench") or args.command is None:
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    try:
        return args.func(args)
    except Stopped as stop:
        print(f"eternal: {args.command or 'the game'} stopped by {stop}", file=sys.stderr)
        return exit_code(stop.signum)


def _scenes(args: argparse.Namespace) -> Path:
    from eternal.story_locator import story_folder

    return story_folder(args.scenes)


def cmd_play(args: argparse.Namespace) -> int:
    """`eternal`: the game in a window."""
    from eternal.presentation.headless import NO_DISPLAY_EXIT, display_problem

    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return NO_DISPLAY_EXIT
    from eternal.presentation.bootstrap import run_game
    from eternal.presentation.launch import DEFAULT_IDLE_SECONDS, DEFAULT_SIZE, LaunchOptions

    options = LaunchOptions(size=args.size or DEFAULT_SIZE, fullscreen=args.fullscreen, reduce_motion=args.reduce_motion,
                            lang=args.lang, resume=args.resume, kiosk=args.kiosk,
                            idle_seconds=DEFAULT_IDLE_SECONDS if args.idle is None else args.idle,
                            showcase=args.showcase, frames=args.frames, dev=args.dev, start=args.start,
                            display=args.display)
    return run_game(_scenes(args), options)


def cmd_tour(args: argparse.Namespace) -> int:
    from eternal.presentation.tour import run_tour

    return run_tour(_scenes(args), args.outdir, args.size or (1280, 720), args.lang, args.reduce_motion, args.text_scale,
                    only=args.only)


def cmd_autoplay(args: argparse.Namespace) -> int:
    from eternal.presentation.autoplay import run_autoplay

    return run_autoplay(_scenes(args), args.policy, args.seed, args.lang, args.size or (1280, 720), args.resume,
                        args.reduce_motion, args.max_frames, args.input, args.text_scale, showcase=args.showcase)


def cmd_bench(args: argparse.Namespace) -> int:
    from eternal.presentation.bench import SIZES, run_bench

    if args.frames < 1 or not 0.1 <= args.idle_seconds <= 600:
        print("eternal: bench: --frames must be 1 or more and --idle-seconds between 0.1 and 600", file=sys.stderr)
        return 2
    return run_bench(_scenes(args), args.json, args.frames, args.sizes or SIZES, args.idle_seconds)


def cmd_translate(args: argparse.Namespace) -> int:
    """`eternal translate export LANG OUT` and `eternal translate import FILE.po`."""
    from eternal.authoring.translate import TranslateError, export_po, import_po

    scenes = _scenes(args)
    try:
        if args.direction == "export":
            path, count, done = export_po(scenes, args.lang, args.out)
            print(f"translate: {path}: {count} texts, {done} already in {args.lang}")
            return 0
        report = import_po(scenes, args.po)
    except (TranslateError, OSError) as exc:
        print(f"eternal: translate: {exc}", file=sys.stderr)
        return 2
    for line in report.skipped:
        print(f"translate: passed over {line}", file=sys.stderr)
    print(f"translate: {report.changed} text(s) changed in {len(report.files)} file(s)")
    if report.language_added:
        print("translate: the language is now listed under the story's `languages:`")
    elif report.missing:
        print(f"translate: {report.missing} text(s) still lack this language; when none does, import again and it is "
              "added to `languages:` (the story checks only then)")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from eternal.loader.schema import SCHEMA_PATH

    text = SCHEMA_PATH.read_text(encoding="utf-8")
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)
    return 0


def cmd_graph(args: argparse.Namespace) -> int:
    """Draw the story graph; the format follows the file name's ending."""
    from eternal.loader import load_story
    from eternal.presentation.launch import language_problem, report

    out: Path = args.out
    result = load_story(_scenes(args))
    if not result.ok:
        report(result.problems)
        return 1
    story = result.story
    problem = language_problem(story, args.lang)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    lang = args.lang or story.languages[0]
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


def cmd_check(args: argparse.Namespace) -> int:
    """Validate a story folder; print problems one per line (its output, on stdout), or a summary."""
    from eternal.loader import load_story
    from eternal.authoring.stats import story_stats
    from eternal.presentation.launch import report

    folder = args.dir or _scenes(args)
    result = load_story(folder)
    if args.json:
        out: dict = {"ok": result.ok, "problems": [str(p) for p in result.problems], "files": len(result.files)}
        if result.story is not None and args.stats:
            out["stats"] = story_stats(result.story)
        print(json.dumps(out, ensure_ascii=False))
        return 0 if result.ok else 1
    if not result.ok:
        count = report(result.problems, sys.stdout)
        print(f"{count} problem(s) in {folder}", file=sys.stderr)
        return 1
    story = result.story
    assert story is not None
    counts = story_stats(story)
    print(
        f"ok: {story.id}: {len(result.files)} files, {counts['memories']['mapped']} mapped and "
        f"{counts['memories']['unmapped']} unmapped memories, {counts['endings']} endings"
    )
    if args.stats:
        for key, value in counts.items():
            print(f"  {key}: {value}")
    return 0
