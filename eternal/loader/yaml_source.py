"""YAML to plain data, remembering where every value stands in the file."""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from eternal.loader.problems import Problem

Path_ = tuple[object, ...]  # keys and indices from the document root to a value

MAX_NODES = 200_000  # an alias bomb expands past this long before it hurts
MAX_BYTES = 4 * 1024 * 1024  # a scene file is text a person writes; anything larger is a mistake
MAX_DEPTH = 64

_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


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


class _Reader:
    def __init__(self, source: Source, loader: yaml.CSafeLoader) -> None:
        self.source = source
        self.loader = loader
        self.count = 0
        self.problems: list[Problem] = []

    def build(self, node: yaml.Node, at: Path_, depth: int) -> object:
        self.count += 1
        if self.count > MAX_NODES:
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
        self.loader.flatten_mapping(node)  # resolves YAML merge keys (<<) the way PyYAML does
        out: dict[str, object] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(self._at(key_node, "a key must be a plain word, not a list or mapping"))
                continue
            key = self._scalar(key_node, at)
            if not isinstance(key, str):
                key = str(key)
            if key in out:
                self.problems.append(self._at(key_node, f"duplicate key {key!r} (the earlier one would be lost)"))
                continue
            self.source.key_marks[at + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            out[key] = self.build(value_node, at + (key,), depth + 1)
        return out

    def _scalar(self, node: yaml.ScalarNode, at: Path_) -> object:
        tag = node.tag
        try:
            if tag == _INT:
                return self.loader.construct_yaml_int(node)
            if tag == _FLOAT:
                return self.loader.construct_yaml_float(node)
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

    def _bad_tag(self, node: yaml.Node, at: Path_) -> None:
        self.problems.append(self._at(node, f"unsupported YAML tag {node.tag!r}"))

    def _at(self, node: yaml.Node, message: str) -> Problem:
        return Problem(self.source.path, node.start_mark.line + 1, node.start_mark.column + 1, message)


class _TooBig(Exception):
    pass


def read_yaml(raw: bytes, path: str) -> tuple[Source, list[Problem]]:
    """Parse one file's bytes; problems instead of exceptions for anything a person could have typed."""
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
    loader = yaml.CSafeLoader(text)
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
        return source, reader.problems
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = exc.problem or exc.context or "YAML syntax error"
        if exc.context and exc.problem:
            message = f"{exc.problem} ({exc.context})"
        return source, [Problem(path, line, col, f"YAML: {message}")]
    except yaml.YAMLError as exc:
        return source, [Problem(path, 1, 1, f"YAML: {exc}")]
    except RecursionError:
        return source, [Problem(path, 1, 1, "the file nests too deeply to read")]
    finally:
        loader.dispose()
