"""YAML to plain data, remembering where every value stands in the file."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import yaml

from eternal.loader.problems import Problem

Path_ = tuple[object, ...]  # keys and indices from the document root to a value

MAX_NODES = 200_000  # an alias bomb expands past this long before it hurts
MAX_REPEATS = 50_000  # values read again through an alias (<<: *defaults in every memory is a few thousand)
MAX_BYTES = 4 * 1024 * 1024  # a scene file is text a person writes; anything larger is a mistake
MAX_DEPTH = 64
MAX_NUMBER = 1_000_000_000  # far beyond any erasure level, age, count or flag value a story needs
MAX_NUMBER_CHARS = 40

_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"
_VALUE = "tag:yaml.org,2002:value"


@dataclass
class Source:
    """One parsed file: its data and the (line, col) of every value and mapping key in it."""

    path: str
    data: object = None
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, at: Path_, key: bool = False) -> tuple[int, int]:
        """The position of the value (or its key) at `at`, or of its nearest parent that has one."""
        table = self.key_marks if key else self.marks
        probe = tuple(at)
        while probe:
            if probe in table:
                return table[probe]
            if key and probe in self.marks:
                return self.marks[probe]
            probe = probe[:-1]
        return self.marks.get((), (1, 1))

    def problem(self, at: Path_, message: str, key: bool = False) -> Problem:
        line, col = self.where(at, key)
        return Problem(self.path, line, col, message)


def safe_loader() -> type[yaml.SafeLoader] | type[yaml.CSafeLoader]:
    """libyaml's CSafeLoader where PyYAML was built with it, else the pure-Python SafeLoader (a browser build, a
    platform with no binary wheel): the same values and positions, syntax errors told in libyaml's words (see
    libyaml_words), a few times slower. The two parsers differ only in corners no story uses: PyYAML refuses a tab
    after `key:`, passes over an unknown `%DIRECTIVE`, puts a bad escape in quotes one column later, and ends a
    plain word at a `?` inside braces (`{en: Beer?}` is a syntax error to it: quote such text). The browser build
    checks that its story reads the same with both (web/build.py). Looked up at each call, so a test can take the C
    one away."""
    return getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader


class _Reader:
    def __init__(self, source: Source, loader: yaml.SafeLoader | yaml.CSafeLoader) -> None:
        self.source = source
        self.loader = loader
        self.count = 0
        self.problems: list[Problem] = []
        self._flattened: dict[int, list[tuple[yaml.Node, yaml.Node]]] = {}
        self._built: set[int] = set()  # nodes are alive until the reader is done, so their ids stay unique
        self.repeats = 0

    def build(self, node: yaml.Node, at: Path_, depth: int) -> object:
        self.count += 1
        if id(node) in self._built:
            self.repeats += 1
        else:
            self._built.add(id(node))
        if self.count > MAX_NODES or self.repeats > MAX_REPEATS:
            raise _TooBig("the file expands to too many values (an alias loop or bomb?)")
        if depth > MAX_DEPTH:
            raise _TooBig(f"nesting deeper than {MAX_DEPTH} levels")
        self.source.marks[at] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, at, depth)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                self._bad_tag(node, at)
            return [self.build(item, at + (i,), depth + 1) for i, item in enumerate(node.value)]
        return self._scalar(node, at)

    def _mapping(self, node: yaml.MappingNode, at: Path_, depth: int) -> dict:
        if node.tag != _MAP:
            self._bad_tag(node, at)
        out: dict[str, object] = {}
        merges: list[tuple[yaml.Node, yaml.Node]] = []
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(self._at(key_node, "a key must be a plain word, not a list or mapping"))
                continue
            if key_node.tag == _MERGE:
                merges.append((key_node, value_node))
                continue
            key = self._key(key_node, at)
            if key in out:
                self.problems.append(self._at(key_node, f"duplicate key {key!r} (the earlier one would be lost)"))
                continue
            self.source.key_marks[at + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            out[key] = self.build(value_node, at + (key,), depth + 1)
        # YAML 1.1 merge keys: what the mapping says itself wins over what it merges, and an earlier merged mapping
        # over a later one; neither is a duplicate. Done here rather than by PyYAML so the work is counted.
        for merge_key, merge in merges:
            for key_node, value_node in self._merged(merge_key, merge, depth):
                key = self._key(key_node, None)
                if key in out:
                    continue
                self.source.key_marks[at + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                out[key] = self.build(value_node, at + (key,), depth + 1)
        return out

    def _merged(self, merge_key: yaml.Node, merge: yaml.Node, depth: int) -> list[tuple[yaml.Node, yaml.Node]]:
        """The (key, value) pairs a merge key brings, in order of precedence, without building the values."""
        if isinstance(merge, yaml.MappingNode):
            sources = [merge]
        elif isinstance(merge, yaml.SequenceNode) and all(isinstance(item, yaml.MappingNode) for item in merge.value):
            sources = list(merge.value)
        else:
            self.problems.append(self._at(merge_key, "a merge key (<<) takes a mapping (e.g. *anchor) or a list of them"))
            return []
        pairs: list[tuple[yaml.Node, yaml.Node]] = []
        for source in sources:
            pairs.extend(self._flat(source, depth + 1))
        return pairs

    def _flat(self, node: yaml.MappingNode, depth: int) -> list[tuple[yaml.Node, yaml.Node]]:
        """A merged mapping's own pairs, then those it merges itself; remembered, since one anchor is merged often."""
        known = self._flattened.get(id(node))
        if known is not None:
            return known
        if depth > MAX_DEPTH:
            raise _TooBig(f"merge keys nest deeper than {MAX_DEPTH} levels")
        candidates = [(k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.tag != _MERGE]
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag == _MERGE:
                candidates.extend(self._merged(key_node, value_node, depth))
        self.count += len(candidates)
        if self.count > MAX_NODES:
            raise _TooBig("the file expands to too many values (an alias loop or bomb?)")
        pairs, seen = [], set()
        for key_node, value_node in candidates:
            key = self._key(key_node, None)
            if key not in seen:
                seen.add(key)
                pairs.append((key_node, value_node))
        self._flattened[id(node)] = pairs
        return pairs

    def _key(self, node: yaml.ScalarNode, at: Path_ | None) -> str:
        """A mapping key as text; `at` is None for keys merged from elsewhere, whose problems are told there."""
        if node.tag in (_STR, _VALUE):
            return node.value
        if at is None:
            problems = self.problems
            self.problems = []
            try:
                key = self._scalar(node, ())
            finally:
                self.problems = problems
        else:
            key = self._scalar(node, at)
        return key if isinstance(key, str) else str(key)

    def _scalar(self, node: yaml.ScalarNode, at: Path_) -> object:
        tag = node.tag
        if tag in (_INT, _FLOAT):
            return self._number(node)
        try:
            if tag == _BOOL:
                return self.loader.construct_yaml_bool(node)
            if tag == _NULL:
                return None
        except (ValueError, yaml.YAMLError):
            return node.value
        if tag in (_STR, _TIMESTAMP):
            return node.value  # dates stay ISO text: the loader checks them, JSON keeps them
        self._bad_tag(node, at)
        return node.value

    def _number(self, node: yaml.ScalarNode) -> object:
        """A number, or a problem: NaN and infinity compare false with every bound a check sets, so they never pass."""
        if len(node.value) > MAX_NUMBER_CHARS:
            # refused unread: YAML 1.1 base-60 numbers (1:2:3:...) take quadratic time to convert
            self.problems.append(self._at(node, f"a number of {len(node.value)} characters; numbers here are small"))
            return None
        try:
            if node.tag == _INT:
                value = self.loader.construct_yaml_int(node)
            else:
                value = self.loader.construct_yaml_float(node)
        except (ValueError, yaml.YAMLError):
            return node.value
        if isinstance(value, float) and not math.isfinite(value):
            self.problems.append(self._at(node, f"{node.value!r} is not a finite number (NaN and infinity are not allowed)"))
            return None
        if abs(value) > MAX_NUMBER:
            self.problems.append(self._at(node, f"{node.value} is out of range (no number here is larger than {MAX_NUMBER})"))
            return None
        return value

    def _bad_tag(self, node: yaml.Node, at: Path_) -> None:
        self.problems.append(self._at(node, f"unsupported YAML tag {node.tag!r}"))

    def _at(self, node: yaml.Node, message: str) -> Problem:
        return Problem(self.source.path, node.start_mark.line + 1, node.start_mark.column + 1, message)


# The pure-Python loader words some syntax errors otherwise than libyaml, at the same place: told in libyaml's words,
# so that a story reads the same problems whichever loader this Python has. (pattern, context or "", libyaml's words)
_PURE_WORDS = (
    (re.compile(r"mapping values are not allowed here"), "", "mapping values are not allowed in this context"),
    (re.compile(r"found character .* that cannot start any token"), "", "found character that cannot start any token"),
    (re.compile(r"expected <block end>, but found .*"), "while parsing a block mapping", "did not find expected key"),
    (re.compile(r"expected <block end>, but found .*"), "while parsing a block collection",
     "did not find expected '-' indicator"),
    (re.compile(r"expected ',' or '\]', but got .*"), "", "did not find expected ',' or ']'"),
    (re.compile(r"expected ',' or '\}', but got .*"), "", "did not find expected ',' or '}'"),
    (re.compile(r"found undefined alias .*"), "", "found undefined alias"),
    (re.compile(r"expected alphabetic or numeric character, but found .*"), "",
     "did not find expected alphabetic or numeric character"),
    (re.compile(r"expected '>', but found .*"), "", "did not find the expected '>'"),
    (re.compile(r"expected '<document start>', but found .*"), "", "did not find expected <document start>"),
    (re.compile(r"found unknown escape character .*"), "", "found unknown escape character"),
)
_PURE_CONTEXTS = {"while parsing a tag": "while scanning a tag",
                  "while scanning a double-quoted scalar": "while parsing a quoted scalar"}


def libyaml_words(problem: str, context: str) -> str:
    """A YAML syntax problem as libyaml words it (the C loader's own words pass unchanged)."""
    for pattern, where, words in _PURE_WORDS:
        if pattern.fullmatch(problem) and (not where or context == where):
            return words
    return problem


class _TooBig(Exception):
    pass


def read_yaml(raw: bytes, path: str, loader_class: type | None = None) -> tuple[Source, list[Problem]]:
    """Parse one file's bytes; problems instead of exceptions for anything a person could have typed.
    `loader_class`: PyYAML's loader to read with (default: `safe_loader()`)."""
    source = Source(path)
    if len(raw) > MAX_BYTES:
        return source, [Problem(path, 1, 1, f"file is {len(raw) // 1024} KiB; scene files are limited to {MAX_BYTES // 1024 // 1024} MiB")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return source, [Problem(path, line, col, "not UTF-8 text (save the file as UTF-8)")]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return source, [Problem(path, line, 1, "the file contains a NUL byte: not a text file")]
    unprintable = yaml.reader.Reader.NON_PRINTABLE.search(text)
    if unprintable:
        # Both loaders refuse these before reading a token, saying only where in the text: told here as a position.
        at = unprintable.start()
        line, col = text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1
        return source, [Problem(path, line, col, f"YAML: unacceptable character #x{ord(text[at]):04X}: control "
                                                 "characters are not allowed")]
    loader = (loader_class or safe_loader())(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return source, [Problem(path, 1, 1, "the file is empty")]
        reader = _Reader(source, loader)
        try:
            source.data = reader.build(node, (), 0)
        except _TooBig as exc:
            source.data = None
            return source, [Problem(path, node.start_mark.line + 1, node.start_mark.column + 1, str(exc))]
        return source, list(dict.fromkeys(reader.problems))  # a merged mapping's problem is told once
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem and libyaml_words(exc.problem, exc.context or "")
        context = exc.context and _PURE_CONTEXTS.get(exc.context, exc.context)
        message = problem or context or "YAML syntax error"
        if context and problem:
            message = f"{problem} ({context})"
        return source, [Problem(path, line, col, f"YAML: {message}")]
    except yaml.YAMLError as exc:
        return source, [Problem(path, 1, 1, f"YAML: {exc}")]
    except RecursionError:
        return source, [Problem(path, 1, 1, "the file nests too deeply to read")]
    finally:
        loader.dispose()
