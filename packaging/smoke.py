"""Run the built program headless and fail loudly: `python packaging/smoke.py [--dist DIR] [--frames N]`.

The program runs from an empty folder with a bare environment (no Python, no checkout on its paths, a fresh save
folder, SDL's dummy video and audio), as a player's machine would run it. It must: check its own story (exit 0, "ok:");
show the title for N frames; start the Screening (`--kiosk`) and Showcase (`--showcase`) launches of .itch.toml for N
frames; each with exit code 0 and the expected words printed (a windowed Windows program prints to console.log in its
data folder, see launch.py). On Linux it also reads the newest glibc symbol version the bundle's binaries need
(`--max-glibc 2.28` fails above it). The release workflow, .ci/run and tests/test_bundle.py all run this script.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _sibling(name: str):
    """A script beside this one, loaded under a name of its own (a plain `import build` could meet another `build`)."""
    spec = importlib.util.spec_from_file_location(f"eternal_packaging_{name}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_build = _sibling("build")
ROOT, program, release_folder, system = _build.ROOT, _build.program, _build.release_folder, _build.system
CONSOLE_LOG = _sibling("launch").CONSOLE_LOG

GLIBC = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


def bare_environment(home: Path) -> dict[str, str]:
    """What a player's session gives the program: system paths only, no PYTHON* variables, a fresh data folder."""
    env = {"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "ETERNAL_HOME": str(home), "HOME": str(home)}
    if os.name == "nt":  # Windows needs its own folders named to start any program
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(SYSTEMROOT=root, WINDIR=root, TEMP=str(home), TMP=str(home), USERPROFILE=str(home),
                   APPDATA=str(home), LOCALAPPDATA=str(home), PATH=f"{root}\\System32;{root}")
    else:
        env["PATH"] = "/usr/bin:/bin"
    return env


def runs(exe: Path, args: list[str], home: Path, cwd: Path, expect: str) -> str | None:
    """Run exe with args and a fresh data folder; None if it exits 0 and prints `expect`, else why not. A windowed
    Windows program has no standard output: packaging/launch.py writes its prints to console.log in the data folder."""
    try:
        done = subprocess.run([str(exe), *args], cwd=cwd, env=bare_environment(home), capture_output=True, text=True,
                              timeout=300)
    except subprocess.TimeoutExpired:
        return "did not finish within 300 s"
    log = home / CONSOLE_LOG
    printed = done.stdout + (log.read_text(encoding="utf-8", errors="replace") if log.is_file() else "")
    shown = f"{printed[-1500:]}{done.stderr[-3000:]}"
    if done.returncode != 0:
        return f"exit code {done.returncode}\n{shown}"
    if expect not in printed:
        return f"exit 0 but no {expect!r} in what it printed\n{shown}"
    return None


def newest_glibc(folder: Path) -> tuple[int, ...]:
    """The newest GLIBC_x.y symbol version named by any binary in the folder (a crude but sufficient byte scan)."""
    newest: tuple[int, ...] = (0,)
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and (os.access(path, os.X_OK) or ".so" in path.name):
            with path.open("rb") as handle:
                if handle.read(4) != b"\x7fELF":
                    continue
                found = [tuple(int(n) for n in m.groups() if n) for m in GLIBC.finditer(handle.read())]
            newest = max([newest, *found])
    return newest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where build.py put the release folder")
    parser.add_argument("--frames", type=int, default=90, help="frames the title is shown in each launch")
    parser.add_argument("--max-glibc", default=None, help="Linux: fail if the bundle needs a newer glibc, e.g. 2.28")
    options = parser.parse_args(argv)
    platform = system()
    exe = program(options.dist.resolve(), platform)
    if not exe.is_file():
        print(f"smoke: no program at {exe}; build first: python packaging/build.py", file=sys.stderr)
        return 1
    frames = str(options.frames)
    title = f"TitleScreen shown, {frames} frames drawn"
    launches = [
        ("check", ["check"], "ok:"),
        ("title", ["--frames", frames], title),
        ("Screening (kiosk)", ["--kiosk", "--frames", frames], title),
        ("Showcase", ["--showcase", "--frames", frames], title),
    ]
    failures = 0
    with tempfile.TemporaryDirectory(prefix="eternal-smoke-") as scratch:
        cwd = Path(scratch) / "elsewhere"
        cwd.mkdir()
        for number, (name, args, expect) in enumerate(launches):
            problem = runs(exe, args, Path(scratch) / f"home-{number}", cwd, expect)  # a fresh data folder each
            print(f"smoke: {name}: {'ok' if problem is None else 'FAILED: ' + problem}", flush=True)
            failures += problem is not None
    if platform == "linux":
        newest = ".".join(map(str, newest_glibc(release_folder(options.dist.resolve(), platform))))
        print(f"smoke: the bundle needs glibc {newest} or newer" if newest != "0" else "smoke: no glibc version named")
        if options.max_glibc and tuple(map(int, newest.split("."))) > tuple(map(int, options.max_glibc.split("."))):
            print(f"smoke: FAILED: glibc {newest} is newer than the {options.max_glibc} baseline", file=sys.stderr)
            failures += 1
    print(f"smoke: {'all passed' if not failures else f'{failures} failed'} ({exe})")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
