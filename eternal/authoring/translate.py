"""`eternal translate export|import`: the story's texts as one gettext PO file per language, and back.

An entry's msgctxt is the text's id path (`memory/beat/option/text`, `story/title`, ...), its msgid the text in the
story's first language and its msgstr the text in the target language (empty where there is none yet); `#:` says
file:line. Import writes each changed translation into the scene files where the value stands, character for
character, leaving every comment, quote style and line of layout around it as it was: nothing is re-dumped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import polib
import yaml

from eternal.loader.load import scene_files
from eternal.loader.yaml_source import Path_, read_yaml, safe_loader

LANG_TAG = re.compile(r"^[a-z]{2,3}(-[A-Z]{2}|-[A-Za-z]{4})?$")
CONTAINERS = {"memories", "endings", "beats", "choice", "intrusions"}  # list keys whose items say who they are by id
_PLAIN_SAFE = re.compile(r"^[A-Za-z0-9À-ɏ][A-Za-z0-9À-ɏ .!?'’()-]*$")


class TranslateError(ValueError):
    """Why an export or import cannot be done (one line for the author)."""


@dataclass(frozen=True)
class Entry:
    """One text of the story: where it stands and what it says in each language."""

    context: str  # the id path, unique in the story
    file: Path
    line: int
    at: Path_  # keys and indices to the text's mapping in its file
    texts: dict[str, str]


@dataclass(frozen=True)
class ImportReport:
    """What an import did: texts changed, files written, entries passed over (with why), the languages line."""

    changed: int
    files: list[Path]
    skipped: list[str]
    missing: int  # texts of the story still without this language
    language_added: bool


def story_texts(scenes: Path) -> tuple[list[str], list[Entry]]:
    """The story's languages and every text of it, in file order."""
    languages: list[str] = []
    entries: list[Entry] = []
    sources = []
    for path in scene_files(scenes):
        source, problems = read_yaml(path.read_bytes(), str(path))
        if problems or not isinstance(source.data, dict):
            raise TranslateError(f"{path}: the file does not read; run `eternal check` first")
        sources.append((path, source))
        header = source.data.get("story")
        if isinstance(header, dict) and isinstance(header.get("languages"), list):
            languages = [str(lang) for lang in header["languages"]]
    if not languages:
        raise TranslateError(f"{scenes}: no story header with `languages:`")
    known = set(languages)
    for path, source in sources:
        for at, mapping in _text_mappings(source.data, (), languages[0], known):
            line, _ = source.where(at)
            entries.append(Entry(_context(source.data, at), path, line, at, dict(mapping)))
    seen: set[str] = set()
    for entry in entries:
        if entry.context in seen:
            raise TranslateError(f"{entry.file}:{entry.line}: two texts share the id path {entry.context!r}")
        seen.add(entry.context)
    return languages, entries


def _text_mappings(value: object, at: Path_, first: str, known: set[str]) -> Iterator[tuple[Path_, dict]]:
    """Every mapping below `value` that is a text: keys that are the story's languages, the first among them."""
    if isinstance(value, dict):
        if value and first in value and all(k in known and isinstance(v, str) for k, v in value.items()):
            yield at, value
            return
        for key, item in value.items():
            yield from _text_mappings(item, at + (key,), first, known)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _text_mappings(item, at + (i,), first, known)


def _context(data: object, at: Path_) -> str:
    """The id path of the value at `at`: list items by their id, the lists that hold scenes, beats and options left
    out ("late/b/sorry/text"); the header's values under "story/"."""
    parts: list[str] = []
    here = data
    for step in at:
        child = here[step]  # type: ignore[index]
        if isinstance(step, int):
            parts.append(str(child["id"]) if isinstance(child, dict) and "id" in child else str(step))
        elif step not in CONTAINERS:
            parts.append(str(step))
        here = child
    return "/".join(parts)


# --- export --------------------------------------------------------------------------------------------------------

def export_po(scenes: Path, lang: str, out: Path) -> tuple[Path, int, int]:
    """Write the PO file of `lang` (to `out`, or `out/LANG.po` for a folder); returns the file, the texts and how
    many of them are translated already."""
    if not LANG_TAG.match(lang):
        raise TranslateError(f"{lang!r} is not a language tag such as de, fr or pt-BR")
    languages, entries = story_texts(scenes)
    if lang == languages[0]:
        raise TranslateError(f"{lang} is the story's first language: the one translated from")
    target = out if out.suffix == ".po" else out / f"{lang}.po"
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": scenes.resolve().parent.name or "story",
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Source-Language": languages[0],
    }
    done = 0
    for entry in entries:
        text = entry.texts.get(lang, "")
        done += bool(text)
        po.append(polib.POEntry(msgctxt=entry.context, msgid=entry.texts[languages[0]], msgstr=text,
                                occurrences=[(_shown(entry.file, scenes), str(entry.line))]))
    target.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(target))
    return target, len(entries), done


def _shown(path: Path, scenes: Path) -> str:
    try:
        return path.relative_to(scenes).as_posix()
    except ValueError:
        return str(path)


# --- import --------------------------------------------------------------------------------------------------------

def import_po(scenes: Path, po_path: Path) -> ImportReport:
    """Write the translations of a PO file into the scene files; the language is the PO file's `Language`."""
    try:
        po = polib.pofile(str(po_path))
    except (OSError, ValueError) as exc:
        raise TranslateError(f"{po_path}: not a PO file ({exc})") from None
    lang = po.metadata.get("Language", "").strip().replace("_", "-")
    if not LANG_TAG.match(lang):
        raise TranslateError(f"{po_path}: its header names no language (Language: {lang!r})")
    languages, entries = story_texts(scenes)
    if lang == languages[0]:
        raise TranslateError(f"{po_path}: {lang} is the story's first language: the one translated from")
    by_context = {e.context: e for e in entries}
    edits: dict[Path, list[tuple[Path_, str]]] = {}
    skipped: list[str] = []
    changed = 0
    filled = {e.context for e in entries if e.texts.get(lang)}
    for item in po:
        if item.obsolete or not item.msgstr:
            continue
        entry = by_context.get(item.msgctxt or "")
        if entry is None:
            skipped.append(f"{item.msgctxt}: no such text in the story")
            continue
        if "fuzzy" in item.flags:
            skipped.append(f"{item.msgctxt}: marked fuzzy")
            continue
        if item.msgid != entry.texts[languages[0]]:
            skipped.append(f"{item.msgctxt}: the {languages[0]} text changed since the export")
            continue
        filled.add(entry.context)
        if entry.texts.get(lang) == item.msgstr:
            continue
        edits.setdefault(entry.file, []).append((entry.at, item.msgstr))
        changed += 1
    missing = sum(1 for e in entries if e.context not in filled)
    add_language = lang not in languages and missing == 0
    header_file = _header_file(scenes)
    if add_language:
        edits.setdefault(header_file, [])
    written = []
    for path, changes in edits.items():
        text = path.read_text(encoding="utf-8")
        new = apply_edits(text, lang, changes, add_language=add_language and path == header_file)
        if new != text:
            path.write_bytes(new.encode("utf-8"))
            written.append(path)
    return ImportReport(changed, written, skipped, missing, add_language)


def _header_file(scenes: Path) -> Path:
    for path in scene_files(scenes):
        source, _ = read_yaml(path.read_bytes(), str(path))
        if isinstance(source.data, dict) and "story" in source.data:
            return path
    raise TranslateError(f"{scenes}: no story header")


def apply_edits(text: str, lang: str, changes: list[tuple[Path_, str]], add_language: bool = False) -> str:
    """`text` with the `lang` value of each text mapping at a path set (replaced where it stands, or added after
    the mapping's last value); with `add_language`, `lang` appended to the header's `languages:`."""
    root = yaml.compose(text, Loader=safe_loader())  # the game's own reader (libyaml's marks count characters too)
    splices: list[tuple[int, int, str]] = []
    for at, value in changes:
        mapping = _node(root, at)
        if not isinstance(mapping, yaml.MappingNode):
            raise TranslateError(f"no text mapping at {'/'.join(map(str, at))}")
        splices.append(_set(text, mapping, lang, value))
    if add_language:
        languages = _node(root, ("story", "languages"))
        if not isinstance(languages, yaml.SequenceNode) or not languages.value:
            raise TranslateError("the header's `languages:` is not a list")
        splices.append(_append_item(text, languages, lang))
    for start, end, new in sorted(splices, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _node(root: yaml.Node, at: Path_) -> yaml.Node:
    node = root
    for step in at:
        if isinstance(node, yaml.MappingNode):
            node = next(v for k, v in node.value if k.value == step)
        elif isinstance(node, yaml.SequenceNode):
            node = node.value[int(step)]  # type: ignore[arg-type]
        else:
            raise TranslateError(f"no value at {'/'.join(map(str, at))}")
    return node


def _set(text: str, mapping: yaml.MappingNode, lang: str, value: str) -> tuple[int, int, str]:
    for key, old in mapping.value:
        if key.value == lang:
            return old.start_mark.index, old.end_mark.index, _scalar(value, plain_ok=not old.style,
                                                                      flow=mapping.flow_style)
    last_key, last = mapping.value[-1]
    end = last.end_mark.index
    plain = not last.style  # written as its neighbour is: plain beside plain where that reads back the same
    if mapping.flow_style:
        return end, end, f", {lang}: {_scalar(value, plain, flow=True)}"
    if text[end - 1:end] == "\n":  # a block scalar's end takes its line break: add after it
        return end, end, f"{' ' * last_key.start_mark.column}{lang}: {_scalar(value, plain, False)}\n"
    return end, end, f"\n{' ' * last_key.start_mark.column}{lang}: {_scalar(value, plain, False)}"


def _append_item(text: str, seq: yaml.SequenceNode, item: str) -> tuple[int, int, str]:
    last = seq.value[-1]
    end = last.end_mark.index
    if seq.flow_style:
        return end, end, f", {item}"
    return end, end, f"\n{' ' * (last.start_mark.column - 2)}- {item}"


def _scalar(value: str, plain_ok: bool, flow: bool) -> str:
    """`value` as a YAML scalar: plain where the old one was plain and it reads back the same, else double-quoted."""
    if plain_ok and _PLAIN_SAFE.match(value) and not value.endswith(" "):
        probe = f"{{k: {value}}}" if flow else f"k: {value}"
        try:
            if yaml.safe_load(probe) == {"k": value}:
                return value
        except yaml.YAMLError:
            pass
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
