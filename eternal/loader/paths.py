"""Where a story may read files: its root, and the files its paths name, never outside its own folder."""

from __future__ import annotations

import os
from pathlib import Path


def story_root(scenes_dir: Path, raw: str) -> tuple[Path | None, str | None]:
    """The real folder a story's paths start from (`root:`, relative to the scenes folder), or why it is refused.

    A story reads only inside its own folder: the scenes folder's parent (the project folder, where art/ and sound/
    sit beside scenes/), or below it. Paths are compared after resolving symlinks, so no link leads out either."""
    reason = _bad_characters(raw, "root")
    if reason:
        return None, reason
    if _is_absolute(raw):
        return None, f"root {raw!r} is an absolute path; give it relative to the scenes folder (the default is ..)"
    try:
        scenes = scenes_dir.resolve()
        folder = scenes.parent
        root = (scenes / raw).resolve()
    except (OSError, RuntimeError, ValueError) as exc:
        return None, f"root {raw!r} cannot be followed: {exc}"
    if folder.parent == folder:
        return None, "the scenes folder sits at the top of the file system; a story needs a folder of its own around it"
    if not inside(root, folder):
        return None, f"root {raw!r} leads outside the story's folder; it may be the scenes folder, its parent, or a folder in them"
    return root, None


def resolve_asset(root: Path, rel: str) -> tuple[Path | None, str | None]:
    """The file a story path names, or a reason it is refused (absolute, leaving the root, missing)."""
    reason = _bad_characters(rel, "path")
    if reason:
        return None, reason
    if _is_absolute(rel):
        return None, f"{rel!r} is an absolute path; use a path relative to the story root"
    try:
        candidate = (root / rel).resolve()
        if not inside(candidate, root.resolve()):
            return None, f"{rel!r} leads outside the story root"
        if not candidate.is_file():
            return None, f"file {rel!r} does not exist (looked in {root})"
    except (OSError, RuntimeError, ValueError) as exc:  # a symlink loop, a name too long for the file system
        return None, f"{rel!r} cannot be followed: {exc}"
    return candidate, None


def inside(path: Path, folder: Path) -> bool:
    """Whether `path` is `folder` or lies below it (both already resolved)."""
    return path == folder or folder in path.parents


def _bad_characters(raw: str, what: str) -> str | None:
    for i, ch in enumerate(raw):
        if ch < " " or ch == "\x7f" or "\x80" <= ch <= "\x9f":
            return f"the {what} {raw!r} holds a control character ({ch!r} at character {i + 1})"
    return None


def _is_absolute(raw: str) -> bool:
    return os.path.isabs(raw) or raw.startswith(("/", "\\")) or (len(raw) > 1 and raw[1] == ":")
