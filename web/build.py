"""Assemble the browser build's folder and pack it with pygbag: `python web/build.py [--pygbag PYTHON]`.

The folder (build/web/eternal/ by default: pygbag names the game after its folder) holds what pygbag packs: `main.py` at its top (web/main.py), the `eternal`
package (fonts and schema inside it), the story (scenes/, art/ and sound/, without the authors' sources), the
pure-Python parts of PyYAML and platformdirs, and `trusted.json`, the digests of the story files checked here
against the schema (the browser then needs no jsonschema). pygbag then writes its build/web/ inside that folder
(eternal.apk, the packed game, and index.html, whose template and runtime come from pygbag's CDN) unless
`--no-pack`. See web/README.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORY_PARTS = ("scenes", "art", "sound")
AUTHOR_ONLY = ("src",)  # art/src and sound/src: the sources of the art and sound, for authors, not players
VENDORED = ("yaml", "platformdirs")  # pure Python, read from this Python's own copies (PyYAML's C part left out)
NATIVE = (".so", ".pyd", ".dylib", ".dll")
PYGBAG_VERSION = "0.9.3"  # the version this script was written against (`pip install pygbag==0.9.3`)


def assemble(out: Path, story: Path = ROOT) -> list[str]:
    """Lay out the folder pygbag packs in `out` (made anew); `story` is the folder holding scenes/, art/, sound/.
    Returns the story's problems (nothing is laid out then), or [] when the folder is ready."""
    from eternal.loader import load_story  # the checkout's own loader: the one the folder ships

    result = load_story(story / "scenes")
    if not result.ok:
        return [str(p) for p in result.problems]
    differences = pure_reading_differs(story / "scenes")
    if differences:
        return differences
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copy2(ROOT / "web" / "main.py", out / "main.py")
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    # not eternal/shipped_story, a wheel build's copy of the story (story_locator.py): the story lies beside main.py
    shutil.copytree(ROOT / "eternal", out / "eternal", ignore=shutil.ignore_patterns("__pycache__", "*.pyc",
                                                                                       "shipped_story"))
    for part in STORY_PARTS:
        if (story / part).is_dir():
            shutil.copytree(story / part, out / part, ignore=skip)
            for extra in AUTHOR_ONLY:
                shutil.rmtree(out / part / extra, ignore_errors=True)
    for name in VENDORED:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            raise SystemExit(f"web/build.py: {name} is not installed here; pip install -e . first")
        native = shutil.ignore_patterns("__pycache__", *(f"*{ext}" for ext in NATIVE))
        shutil.copytree(list(spec.submodule_search_locations)[0], out / name, ignore=native)
    # The digests stand for "these bytes passed this schema under this reader and PyYAML version": the folder ships
    # that very reader and PyYAML, so the browser finds them trusted and skips the schema (see loader/load.py).
    (out / "trusted.json").write_text(json.dumps(sorted(result.schema_passed)), encoding="utf-8")
    return []


def pure_reading_differs(scenes: Path) -> list[str]:
    """Where the story's files read otherwise with PyYAML's pure-Python loader (the browser's) than with the C one
    (the one `eternal check` used here): one line a file, [] when every file reads the same, value for value."""
    import yaml

    from eternal.loader.load import scene_files
    from eternal.loader.yaml_source import read_yaml

    out = []
    for path in scene_files(scenes):
        raw = path.read_bytes()
        c, pure = read_yaml(raw, str(path)), read_yaml(raw, str(path), yaml.SafeLoader)
        if (c[0].data, c[0].marks, c[1]) != (pure[0].data, pure[0].marks, pure[1]):
            told = "; ".join(str(p) for p in pure[1][:3]) or "other values"
            out.append(f"{path}: reads otherwise without libyaml, as the browser reads it: {told}")
    return out


def pack(out: Path, python: str, title: str, timeout: float) -> int:
    """Run pygbag's build on the folder (needs pygbag installed for `python`, and the network: see web/README.md)."""
    # pygbag 0.9.3 reformats the folder with black whenever its Python has black, even under --no_opt: the reader's
    # bytes would change and with them the digests in trusted.json (the browser would then want jsonschema).
    if subprocess.run([python, "-c", "import black"], capture_output=True).returncode == 0:
        print(f"web/build.py: {python} has black, which pygbag would run over the game; use a venv without it",
              file=sys.stderr)
        return 1
    # --no_opt: pygbag's optimiser would turn the music into 22 kHz mono OGG (with ffmpeg) and the PNGs lossy.
    args = [python, "-m", "pygbag", "--build", "--no_opt", "--title", title, str(out)]
    print(" ".join(args))
    try:
        return subprocess.run(args, timeout=timeout).returncode
    except subprocess.TimeoutExpired:
        # Without the network pygbag packs the game, then retries fetching its page template every 5 s for good.
        print(f"web/build.py: pygbag did not finish in {timeout:.0f} s (is its CDN reachable?)", file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "web" / "eternal", help="the folder to lay out")
    parser.add_argument("--story", type=Path, default=ROOT, help="the folder holding scenes/, art/ and sound/")
    parser.add_argument("--pygbag", default=sys.executable, help="a Python that has pygbag (a build-only tool)")
    parser.add_argument("--no-pack", action="store_true", help="lay out the folder only")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds to give pygbag")
    options = parser.parse_args(argv)
    problems = assemble(options.out, options.story)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"web/build.py: {len(problems)} problem(s) in the story; nothing was built", file=sys.stderr)
        return 1
    print(f"laid out {options.out}")
    if options.no_pack:
        return 0
    done = pack(options.out, options.pygbag, "Eternal", options.timeout)
    if done == 0:
        print(f"built {options.out / 'build' / 'web'}")
    return done


if __name__ == "__main__":
    raise SystemExit(main())
