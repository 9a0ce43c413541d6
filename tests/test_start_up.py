"""A start-up skips the schema for scene files that passed it unchanged before; anything changed is judged again."""

import json

from eternal.loader import load_story
from eternal.persistence import schema_memory
from eternal.presentation.launch import load_or_report


def test_an_unchanged_story_skips_the_schema_at_the_second_start(mini_copy, tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("ETERNAL_HOME", str(home))
    assert load_or_report(mini_copy) is not None
    remembered = schema_memory.recall(home)
    assert len(remembered) == len(list(mini_copy.glob("*.yaml")))
    import eternal.loader.load as load

    calls = []
    monkeypatch.setattr(load, "schema_report", lambda source: calls.append(source.path) or ([], []))
    assert load_or_report(mini_copy) is not None
    assert calls == []


def test_a_changed_file_is_judged_by_the_schema_again(mini_copy, tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("ETERNAL_HOME", str(home))
    assert load_or_report(mini_copy) is not None
    story_file = mini_copy / "story.yaml"
    story_file.write_text(story_file.read_text(encoding="utf-8") + "  colour_of_the_sky: blue\n", encoding="utf-8")
    result = load_story(mini_copy, schema_memory.recall(home))
    assert not result.ok
    assert any("colour_of_the_sky" in p.message for p in result.problems)


def test_the_checks_run_even_when_the_schema_is_skipped(mini_copy, tmp_path):
    passed = load_story(mini_copy).schema_passed
    header = mini_copy / "story.yaml"
    # a valid shape with a broken reference: the schema passes it, the checks do not
    text = header.read_text(encoding="utf-8")
    assert "early]" in text
    header.write_text(text.replace("early]", "early, nowhere_at_all]", 1), encoding="utf-8")
    everything_trusted = frozenset(passed) | frozenset(load_story(mini_copy).schema_passed)
    problems = load_story(mini_copy, everything_trusted).problems
    assert problems and problems == load_story(mini_copy).problems


def test_a_damaged_cache_is_ignored(mini_copy, tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "cache").mkdir(parents=True)
    schema_memory.memory_path(home).write_text("[" * 5000, encoding="utf-8")
    monkeypatch.setenv("ETERNAL_HOME", str(home))
    assert schema_memory.recall(home) == frozenset()
    assert load_or_report(mini_copy) is not None
    assert len(json.loads(schema_memory.memory_path(home).read_text(encoding="utf-8"))) >= 1
