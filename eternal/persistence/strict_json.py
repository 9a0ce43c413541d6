"""The one reader for every file the game reads back (saves, seen.json, settings.json).

These files sit in a folder the player, other programs and accidents can write to, so nothing in them is trusted:
only a regular file is opened (a named pipe would block the game forever, a link to /dev/zero would fill memory),
at most `limit` bytes are read, nesting is measured before the JSON parser recurses, and every number must be finite
and short. Whatever fails is a `FileProblem` whose message a player can read; the file itself is never changed.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import stat
from pathlib import Path

MAX_DEPTH = 32  # a save nests four levels deep; anything far deeper was not written by the game
MAX_NUMBER_DIGITS = 24  # a 64-bit seed has 20 digits; hundreds of digits are damage, and slow to convert

# possessive: an unterminated string of a million backslashes must not backtrack
_STRINGS = re.compile(rb'"[^"\\]*+(?:\\.[^"\\]*+)*+"', re.DOTALL)
_NOT_BRACKETS = bytes(c for c in range(256) if c not in b"[]{}")
_STEP = [0] * 256
_STEP[ord("[")] = _STEP[ord("{")] = 1
_STEP[ord("]")] = _STEP[ord("}")] = -1


class FileProblem(ValueError):
    """A file the game will not use; the message says why, in a player's words."""


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "it is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "it is a named pipe, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "it is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "it is a socket, not a file"
    return "it is not a regular file"


def read_bytes_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (a link to one is fine); FileProblem otherwise."""
    try:
        before = os.stat(path)  # follows links: only what they point at matters
    except FileNotFoundError:
        if os.path.lexists(path):
            raise FileProblem("it is a link to a file that is not there") from None
        raise
    except OSError as exc:
        raise FileProblem(f"cannot read the file: {exc.strerror or exc}") from None
    if not stat.S_ISREG(before.st_mode):
        raise FileProblem(_kind_of(before.st_mode))
    if before.st_size > limit:
        raise FileProblem(f"it is far too large ({before.st_size // 1024} KB; at most {limit // 1024} KB are read)")
    # O_NONBLOCK: should the path have been swapped for a pipe since the stat, opening it still returns at once
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise FileProblem(f"cannot read the file: {exc.strerror or exc}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise FileProblem(_kind_of(mode))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # the file may grow while it is read: never take more than limit + 1 bytes
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise FileProblem(f"cannot read the file: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if size > limit:
        raise FileProblem(f"it is far too large (more than {limit // 1024} KB)")
    return b"".join(chunks)


def _deepest(brackets: bytes, limit: int) -> int:
    """The deepest nesting of a string of brackets, scanned in C-speed chunks until it passes `limit`."""
    level = deepest = 0
    for start in range(0, len(brackets), 4096):
        levels = list(itertools.accumulate(map(_STEP.__getitem__, brackets[start:start + 4096]), initial=level))
        deepest, level = max(deepest, max(levels)), levels[-1]
        if deepest > limit:
            break
    return deepest


def nesting_depth(raw: bytes, limit: int = MAX_DEPTH) -> int:
    """How deeply brackets nest in JSON bytes (strings left out), without recursion, as far as `limit` needs: the
    answer is above `limit` exactly when the true depth is, and never below the true depth."""
    brackets = _STRINGS.sub(b"", raw).translate(None, _NOT_BRACKETS)
    # Empty pairs go first, a pass at C speed each (8 MB of "[]" is then settled in milliseconds). A pass lowers the
    # depth by one at most, so the depth of what is left is a lower bound and, plus the passes, an upper one.
    left, passes = brackets, 0
    for _ in range(3):
        before = passes
        for pair in (b"[]", b"{}"):
            shorter = left.replace(pair, b"")  # one scan: a pair that meets only once another is gone waits
            if len(shorter) != len(left):
                left, passes = shorter, passes + 1
        if passes == before:
            break
    opened = left.count(b"[") + left.count(b"{")
    if opened + passes <= limit:
        return opened + passes
    low = _deepest(left, limit)
    if low > limit or low + passes <= limit:
        return low + passes
    return _deepest(brackets, limit)  # between the bounds: measure the whole


def _refuse_constant(name: str) -> object:
    raise FileProblem(f"it holds {name}, which is not a number the game can use")


def _bounded_int(digits: str) -> int:
    length = len(digits.lstrip("-"))
    if length > MAX_NUMBER_DIGITS:
        raise FileProblem(f"it holds a number {length} digits long")
    return int(digits)


def _finite_float(text: str) -> float:
    if len(text) > 64:
        raise FileProblem("it holds a number far too long to be real")
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise FileProblem(f"it holds the number {text}, too large to use")
    return value


def _unusable_constant(name: str) -> float:
    return float(name)  # NaN, Infinity, -Infinity: kept as floats, for a range check to refuse one field


def _unusable_int(digits: str) -> int | float:
    return float("inf") if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS else int(digits)


def parse_json(raw: bytes, max_depth: int = MAX_DEPTH, lenient_numbers: bool = False) -> object:
    """Decode JSON bytes strictly: UTF-8, bounded nesting, finite short numbers only (`lenient_numbers`: NaN,
    infinities and overlong numbers come through as NaN or infinite floats, so that a reader checking each value's
    range can refuse that one value and keep the rest)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FileProblem("not readable JSON (it is not UTF-8 text); the file may be damaged") from None
    text = text.removeprefix("\ufeff")  # an editor's byte-order mark
    if nesting_depth(raw, max_depth) > max_depth:
        raise FileProblem(f"it nests far deeper than any file the game writes (more than {max_depth} levels)")
    try:
        if lenient_numbers:
            return json.loads(text, parse_constant=_unusable_constant, parse_int=_unusable_int,
                              parse_float=lambda t: float(t) if len(t) <= 64 else float("inf"))
        return json.loads(text, parse_constant=_refuse_constant, parse_int=_bounded_int, parse_float=_finite_float)
    except FileProblem:
        raise
    except json.JSONDecodeError as exc:
        where = "at its very start" if exc.pos == 0 else f"line {exc.lineno}, column {exc.colno}"
        raise FileProblem(f"not readable JSON ({exc.msg}: {where}); the file may be truncated") from None
    except RecursionError:  # the depth check above should make this unreachable; never let it escape as a crash
        raise FileProblem("it nests far deeper than any file the game writes") from None
    except ValueError as exc:  # int() on a digit string past Python's conversion limit, and the like
        raise FileProblem(f"it holds a value the game cannot read ({exc})") from None


def read_json(path: Path, limit: int, max_depth: int = MAX_DEPTH, lenient_numbers: bool = False) -> object:
    """A regular file's JSON, read within `limit` bytes and `max_depth` levels. FileNotFoundError when there is no
    file; FileProblem for anything else that keeps the game from using it."""
    return parse_json(read_bytes_bounded(path, limit), max_depth, lenient_numbers)


def finite_number(value: object, low: float, high: float) -> bool:
    """True for an int or float (never a bool) inside [low, high]; NaN and infinities are outside every range."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return low <= value <= high  # NaN compares false both ways
    except OverflowError:
        return False
