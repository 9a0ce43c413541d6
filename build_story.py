"""The wheel's one build step of our own: the story goes into the package, so an installed game finds it anywhere.

setuptools runs `StoryBuildPy` in place of its `build_py` (pyproject.toml, `[tool.setuptools] cmdclass`). It copies
the repository's `scenes/*.yaml`, the pictures under `art/` (not the authors' `art/src/`) and `sound/*.ogg` to
`eternal/shipped_story/` in the build, where `eternal/story_locator.py` looks first. The repository keeps its
top-level folders; an editable install copies nothing and reads them where they are.
"""

from __future__ import annotations

from pathlib import Path

from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
STORY_FILES = ("scenes/*.yaml", "art/**/*.svg", "sound/*.ogg")
LEFT_OUT = ("art/src",)  # the code that draws the art is for authors, not players
TARGET = Path("eternal", "shipped_story")  # keep in step with eternal/story_locator.py (SHIPPED_DIR)


def story_files(root: Path = ROOT) -> list[Path]:
    """The story's files that players need, relative to `root`, sorted."""
    found = {path.relative_to(root) for pattern in STORY_FILES for path in root.glob(pattern) if path.is_file()}
    return sorted(p for p in found if not any(p.is_relative_to(skip) for skip in LEFT_OUT))


class StoryBuildPy(build_py):
    """`build_py`, then the story copied into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install plays the checkout's own scenes/, art/ and sound/
        for rel in story_files():
            target = Path(self.build_lib) / TARGET / rel
            self.mkpath(str(target.parent))
            self.copy_file(str(ROOT / rel), str(target), preserve_mode=False)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if not getattr(self, "editable_mode", False):
            outputs += [str(Path(self.build_lib) / TARGET / rel) for rel in story_files()]
        return outputs
