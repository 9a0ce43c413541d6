"""Build the game as a program for the system this runs on: `python packaging/build.py`.

Linux gives the folder dist/eternal/ (program `eternal`); Windows the folder dist/eternal/ with a windowed
`eternal.exe` (no console window) and the icon; macOS dist/eternal-mac/eternal.app (windowed, with the icon). Each
holds the story (scenes, art, sound), the fonts and the itch.io manifest `.itch.toml`; players need no Python.
`python packaging/smoke.py` then runs the result headless. See packaging/README.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = "eternal"
BUNDLE_ID = "io.itch.eternal"
MANIFEST = ROOT / ".itch.toml"
# Folders of the story that are for authors, not players: the drawing code of the art and sound, the icon's source.
AUTHOR_ONLY = {"src", "icon", "__pycache__"}
# The release folder (what is uploaded and pushed to itch.io) and the program in it, per system.
RELEASES = {
    "linux": ("eternal", "eternal"),
    "windows": ("eternal", "eternal.exe"),
    "mac": ("eternal-mac", "eternal.app"),
}


def system() -> str:
    """This machine's system as the release names it: linux, windows or mac."""
    return {"win32": "windows", "darwin": "mac"}.get(sys.platform, "linux")


def release_folder(dist: Path, platform: str | None = None) -> Path:
    """The folder players get: the program, its files and .itch.toml."""
    return dist / RELEASES[platform or system()][0]


def launch_target(platform: str | None = None) -> str:
    """What a player (or itch.io) opens, relative to the release folder: a program, or the .app on macOS."""
    return RELEASES[platform or system()][1]


def program(dist: Path, platform: str | None = None) -> Path:
    """The executable to run from a shell (inside the .app on macOS)."""
    platform = platform or system()
    target = release_folder(dist, platform) / launch_target(platform)
    return target / "Contents" / "MacOS" / NAME if platform == "mac" else target


def data_files() -> list[tuple[Path, str]]:
    """(source, folder in the bundle) for every data file set: the story's scenes/, art/ and sound/ beside eternal/,
    as in the checkout (eternal/story_locator.py finds them there, or at sys._MEIPASS/scenes: the same folder), then
    the package's data and the licences."""
    pairs = []
    for folder in (ROOT / "scenes", ROOT / "art", ROOT / "sound"):
        for child in sorted(folder.iterdir()):
            if child.name in AUTHOR_ONLY:
                continue
            target = child.parent if child.is_file() else child
            pairs.append((child, target.relative_to(ROOT).as_posix()))
    pairs += [
        (ROOT / "eternal" / "presentation" / "fonts", "eternal/presentation/fonts"),
        (ROOT / "eternal" / "loader" / "scene_schema.json", "eternal/loader"),
        (ROOT / "LICENSE", "."),
        (ROOT / "LICENSES", "LICENSES"),
    ]
    return [(source, target) for source, target in pairs if source.exists()]


def pyinstaller_args(dist: Path, work: Path, icons: dict[str, Path], platform: str) -> list[str]:
    """The PyInstaller command line for this platform."""
    args = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--name", NAME,
        "--distpath", str(dist), "--workpath", str(work), "--specpath", str(work),
        "--collect-submodules", "eternal", "--exclude-module", "tkinter",
    ]
    if platform == "windows":  # a windowed program: no console window opens beside the game
        args += ["--windowed", "--icon", str(icons["ico"])]
    elif platform == "mac":  # --windowed on macOS makes the .app bundle
        args += ["--windowed", "--icon", str(icons["icns"]), "--osx-bundle-identifier", BUNDLE_ID]
    for source, target in data_files():
        args += ["--add-data", f"{source}{os.pathsep}{target}"]  # the separator is ; on Windows, : elsewhere
    args.append(str(HERE / "launch.py"))
    return args


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the release folder goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's scratch folder")
    options = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print("PyInstaller is missing: pip install -e '.[bundle]'", file=sys.stderr)
        return 1
    sys.path.insert(0, str(HERE))
    from icon import write_icons

    platform = system()
    dist, work = options.dist.resolve(), options.work.resolve()
    icons = write_icons(work / "icon")
    args = pyinstaller_args(dist, work, icons, platform)
    print(" ".join(args), flush=True)
    done = subprocess.run(args, cwd=ROOT)
    if done.returncode:
        return done.returncode
    folder = release_folder(dist, platform)
    if platform == "mac":  # keep the .app alone in its release folder; PyInstaller's plain folder is not shipped
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        shutil.move(str(dist / "eternal.app"), str(folder / "eternal.app"))
        shutil.rmtree(dist / NAME, ignore_errors=True)
    shutil.copy2(MANIFEST, folder / MANIFEST.name)
    print(f"built {folder} (open {launch_target(platform)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
