"""Build a self-contained folder of the game for this operating system: `python packaging/build.py`.

The result is dist/eternal/ with the program `eternal` (`eternal.exe` on Windows), the story, the art, the sound and
the fonts inside; players need no Python. Run the same command on Windows or macOS to build for those.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the program folder goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's scratch folder")
    options = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is missing: pip install -e '.[bundle]'", file=sys.stderr)
        return 1
    sep = os.pathsep  # PyInstaller's --add-data separator differs between Windows (;) and the rest (:)
    data = [
        (ROOT / "scenes", "scenes"),
        (ROOT / "art", "art"),
        (ROOT / "sound", "sound"),
        (ROOT / "eternal" / "presentation" / "fonts", "eternal/presentation/fonts"),
        (ROOT / "eternal" / "loader" / "scene_schema.json", "eternal/loader"),
    ]
    args = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--name", "eternal",
        "--distpath", str(options.dist), "--workpath", str(options.work), "--specpath", str(options.work),
        "--collect-submodules", "eternal", "--exclude-module", "tkinter",
    ]
    for source, target in data:
        args += ["--add-data", f"{source}{sep}{target}"]
    args.append(str(ROOT / "packaging" / "launch.py"))
    print(" ".join(args))
    done = subprocess.run(args, cwd=ROOT)
    if done.returncode:
        return done.returncode
    # Sources of the art and sound are for authors, not players.
    for extra in ("art/src", "sound/src"):
        shutil.rmtree(options.dist / "eternal" / "_internal" / extra, ignore_errors=True)
    print(f"built {options.dist / 'eternal'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
