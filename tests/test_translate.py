"""`eternal translate`: a PO file per language out of the scene files, and its translations back into them, with
every other byte of the files left as it was."""

import shutil
from pathlib import Path

import polib
import pytest

from eternal.authoring.translate import TranslateError, apply_edits, export_po, import_po, story_texts
from eternal.cli import main
from eternal.loader import load_story


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def test_every_text_has_an_id_path_its_source_text_and_its_place(mini_copy, tmp_path):
    po_path, count, done = export_po(mini_copy, "de", tmp_path)
    assert po_path == tmp_path / "de.po" and count == done > 20
    po = polib.pofile(str(po_path))
    assert po.metadata["Language"] == "de"
    by_context = {e.msgctxt: e for e in po}
    option = by_context["late/b/sorry/text"]
    assert (option.msgid, option.msgstr) == ("Sorry.", "Tut mir leid.")
    assert by_context["story/title"].msgid == "Mini"
    assert by_context["late/beer/text"].msgstr == "Bier?"  # an intrusion, by its id
    file, line = option.occurrences[0]
    assert file == "memories.yaml"
    assert "Sorry." in (mini_copy / file).read_text(encoding="utf-8").splitlines()[int(line) - 1]


def test_importing_an_unchanged_export_leaves_every_file_byte_identical(mini_copy, tmp_path):
    before = _snapshot(mini_copy)
    po_path, _, _ = export_po(mini_copy, "de", tmp_path / "de.po")
    report = import_po(mini_copy, po_path)
    assert report.changed == 0 and report.files == []
    assert _snapshot(mini_copy) == before


def test_one_changed_msgstr_changes_exactly_that_text(mini_copy, tmp_path):
    before = _snapshot(mini_copy)
    po_path, _, _ = export_po(mini_copy, "de", tmp_path / "de.po")
    po = polib.pofile(str(po_path))
    entry = next(e for e in po if e.msgctxt == "late/b/sorry/text")
    entry.msgstr = 'Es tut mir leid, "wirklich", sagt er: ja.'
    po.save(str(po_path))
    report = import_po(mini_copy, po_path)
    assert report.changed == 1 and [p.name for p in report.files] == ["memories.yaml"]
    after = _snapshot(mini_copy)
    assert after["story.yaml"] == before["story.yaml"]
    old_lines = before["memories.yaml"].decode().splitlines()
    new_lines = after["memories.yaml"].decode().splitlines()
    assert len(old_lines) == len(new_lines)
    changed = [(a, b) for a, b in zip(old_lines, new_lines) if a != b]
    assert changed == [("            text: {en: Sorry., de: Tut mir leid.}",
                        '            text: {en: Sorry., de: "Es tut mir leid, \\"wirklich\\", sagt er: ja."}')]
    story = load_story(mini_copy).story
    assert story is not None, load_story(mini_copy).problems
    option = story.memories["late"].beats[1].options[0]
    assert option.text.get("de") == 'Es tut mir leid, "wirklich", sagt er: ja.'


def test_a_new_language_exports_empty_and_import_fills_it_and_lists_it(mini_copy, tmp_path):
    po_path, count, done = export_po(mini_copy, "fr", tmp_path)
    po = polib.pofile(str(po_path))
    assert done == 0 and all(e.msgstr == "" for e in po) and len(po) == count
    first = po[0]
    first.msgstr = "Le premier"
    po.save(str(po_path))
    partly = import_po(mini_copy, po_path)
    assert partly.changed == 1 and partly.missing == count - 1 and not partly.language_added
    assert "languages: [en, de]\n" in (mini_copy / "story.yaml").read_text(encoding="utf-8")
    for entry in po:
        entry.msgstr = entry.msgstr or f"fr: {entry.msgid}"
    po.save(str(po_path))
    whole = import_po(mini_copy, po_path)
    assert whole.language_added and whole.missing == 0
    assert "languages: [en, de, fr]\n" in (mini_copy / "story.yaml").read_text(encoding="utf-8")
    result = load_story(mini_copy)
    assert result.ok, [str(p) for p in result.problems]
    assert result.story.languages == ("en", "de", "fr")
    assert result.story.memories["late"].title.get("fr") == "fr: Late"


def test_a_translation_of_an_outdated_source_text_is_passed_over(mini_copy, tmp_path):
    po_path, _, _ = export_po(mini_copy, "de", tmp_path)
    po = polib.pofile(str(po_path))
    entry = next(e for e in po if e.msgctxt == "late/b/sorry/text")
    entry.msgid, entry.msgstr = "Sorry!!", "Verzeihung."
    po.save(str(po_path))
    report = import_po(mini_copy, po_path)
    assert report.changed == 0 and any("late/b/sorry/text" in s for s in report.skipped)


def test_a_value_written_in_block_style_gets_its_new_text_in_place():
    text = "story:\n  title:\n    en: Hello   # a comment that stays\n    de: Hallo\n"
    new = apply_edits(text, "de", [(("story", "title"), "Servus, du")])
    assert new == 'story:\n  title:\n    en: Hello   # a comment that stays\n    de: "Servus, du"\n'
    added = apply_edits(text, "fr", [(("story", "title"), "Bonjour")])
    assert added == "story:\n  title:\n    en: Hello   # a comment that stays\n    de: Hallo\n    fr: Bonjour\n"


def test_the_first_language_cannot_be_exported_as_a_translation(mini_copy, tmp_path):
    with pytest.raises(TranslateError):
        export_po(mini_copy, "en", tmp_path)
    with pytest.raises(TranslateError):
        export_po(mini_copy, "not a tag", tmp_path)


def test_the_id_paths_of_the_shipped_story_are_unique():
    languages, entries = story_texts(Path(__file__).resolve().parent.parent / "scenes")
    assert languages[0] == "en"
    assert len({e.context for e in entries}) == len(entries) > 500


def test_the_command_exports_and_imports(mini_copy, tmp_path, capsys):
    before = _snapshot(mini_copy)
    assert main(["translate", "export", "de", str(tmp_path), "--scenes", str(mini_copy)]) == 0
    assert main(["--scenes", str(mini_copy), "translate", "import", str(tmp_path / "de.po")]) == 0
    assert "0 text(s) changed" in capsys.readouterr().out
    assert _snapshot(mini_copy) == before
    assert main(["translate", "import", str(tmp_path / "missing.po"), "--scenes", str(mini_copy)]) == 2


def test_the_shipped_story_survives_an_unchanged_round_trip_byte_for_byte(tmp_path):
    scenes = tmp_path / "scenes"
    shutil.copytree(Path(__file__).resolve().parent.parent / "scenes", scenes)
    before = _snapshot(scenes)
    po_path, count, done = export_po(scenes, "de", tmp_path / "po")
    assert count == done  # every text of the shipped story is in German
    assert import_po(scenes, po_path).files == []
    assert _snapshot(scenes) == before


@pytest.mark.slow
def test_every_text_of_the_shipped_story_can_be_rewritten_in_place(tmp_path):
    scenes = tmp_path / "scenes"
    shutil.copytree(Path(__file__).resolve().parent.parent / "scenes", scenes)
    line_counts = {name: raw.count(b"\n") for name, raw in _snapshot(scenes).items()}
    po_path, _, _ = export_po(scenes, "de", tmp_path / "po")
    po = polib.pofile(str(po_path))
    for entry in po:
        entry.msgstr = entry.msgstr + " (neu)"
    po.save(str(po_path))
    _, before = story_texts(scenes)
    report = import_po(scenes, po_path)
    assert report.changed == len(po) and not report.skipped
    _, after = story_texts(scenes)
    assert [e.texts["de"] for e in after] == [e.texts["de"] + " (neu)" for e in before]
    assert [e.texts["en"] for e in after] == [e.texts["en"] for e in before]
    assert {name: raw.count(b"\n") for name, raw in _snapshot(scenes).items()} == line_counts  # layout kept
