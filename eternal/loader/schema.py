"""The JSON Schema of a scene file: the same file editors use for completion, and the loader's first check."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from eternal.loader.problems import Problem
from eternal.loader.yaml_source import Path_, Source

SCHEMA_PATH = Path(__file__).with_name("scene_schema.json")

# Keys of older story files and what replaced them: named where such a key stands (a beat's `turn: true`, ...).
RENAMED = {
    "turn": "`turn: true` is now `do: [turn]`",
    "escape": "`escape: true` is now `do: [escape]`",
    "survivors": "`survivors: true` is now `do: [list_survivors]`",
    "music": "`music:` is now each era's `music:` under `eras:`",
}
_REPLACING = {"turn": "do", "escape": "do", "survivors": "do", "music": "eras"}  # the key whose mapping takes the hint
_COLOUR = "^#[0-9a-fA-F]{6}$"


@lru_cache(maxsize=1)
def _validator():
    # jsonschema is imported here, not at module level: the game only pays for it while loading scenes.
    from jsonschema import Draft202012Validator

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def schema_problems(source: Source) -> list[Problem]:
    """Every place where the file's data does not fit the scene schema, with a message an author can act on."""
    return schema_report(source)[0]


def schema_report(source: Source) -> tuple[list[Problem], list[Path_]]:
    """The schema's problems with a file, and the path of the value each error was found at (the loader leaves
    out the memories and endings these fall in, and checks the rest)."""
    problems = []
    paths: list[Path_] = []
    for error in _validator().iter_errors(source.data):
        problems.extend(_explain(source, error))
        paths.append(tuple(error.absolute_path))
    return sorted(set(problems)), paths


def _explain(source: Source, error) -> list[Problem]:
    at = tuple(error.absolute_path)
    validator = error.validator
    if validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        patterns = error.schema.get("patternProperties", {})
        out = []
        for key in error.instance:
            if key in allowed or any(re.fullmatch(p, key) for p in patterns):
                continue
            hint = f" (expected one of: {', '.join(sorted(allowed))})" if allowed else ""
            if patterns and not allowed:
                hint = " (expected a language tag such as en, de or pt-BR)"
            if key in RENAMED and _REPLACING[key] in allowed:
                hint = f": {RENAMED[key]}"
            out.append(source.problem(at + (key,), f"unknown key {key!r}{hint}", key=True))
        return out
    if validator == "required":
        missing = [name for name in error.validator_value if isinstance(error.instance, dict) and name not in error.instance]
        return [source.problem(at, f"missing {name!r}") for name in missing]
    if validator == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        return [source.problem(at, f"{_name(at)} should be {_article(expected)}, not {_describe(error.instance)}")]
    if validator == "enum":
        options = ", ".join(str(v) for v in error.validator_value)
        return [source.problem(at, f"{_name(at)} is {error.instance!r}; expected one of: {options}")]
    if validator == "pattern":
        if at and at[-1] == "date":
            return [source.problem(at, f"date {error.instance!r} should be written YYYY-MM-DD")]
        if error.validator_value == _COLOUR:
            return [source.problem(at, f"{_name(at)} is {error.instance!r}; write a colour as #rrggbb, e.g. #46566e")]
        if "languages" in at:
            return [source.problem(at, f"{error.instance!r} is not a language tag (such as en, de or pt-BR)")]
        return [source.problem(at, f"{error.instance!r} is not a valid id (lower case letters, digits and _, starting with a letter)")]
    if validator in ("anyOf", "oneOf") and error.context:
        # One of several shapes is allowed (a number or a list of numbers): explain the shape the author came closest to.
        deepest = max(error.context, key=lambda e: len(e.path))
        if len(deepest.path) == 0 and all(e.validator == "type" for e in error.context):
            kinds = " or ".join(_article(e.validator_value) for e in error.context)
            return [source.problem(at, f"{_name(at)} should be {kinds}, not {_describe(error.instance)}")]
        return _explain(source, deepest)
    if validator == "minItems":
        return [source.problem(at, f"{_name(at)} needs at least {error.validator_value} item(s)")]
    if validator in ("minProperties",):
        return [source.problem(at, f"{_name(at)} is empty")]
    if validator == "const":
        return [source.problem(at, f"{_name(at)} must be {error.validator_value!r}")]
    if validator in ("minimum", "maximum"):
        return [source.problem(at, f"{_name(at)} is {error.instance!r}; must be between 0 and 1" if "goes" in at or at[-1] in ("at", "erasure") else f"{_name(at)} is out of range ({validator} {error.validator_value})")]
    return [source.problem(at, error.message)]


def _name(at: tuple) -> str:
    keys = [str(k) for k in at if isinstance(k, str)]
    return f"'{keys[-1]}'" if keys else "the file"


def _article(kind: str) -> str:
    return {"object": "a mapping", "array": "a list", "string": "text", "integer": "a whole number",
            "number": "a number", "boolean": "true or false"}.get(kind, kind)


def _describe(value: object) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return f"text {value!r}"
