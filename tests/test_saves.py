"""Saves: plain JSON with a format version, restored exactly, written atomically, and never trusted blindly."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from eternal.model.night import Night
from eternal.model.state import MIGRATIONS, OLDEST_FORMAT, SAVE_FORMAT, NightState, SaveError
from eternal.persistence import files
from eternal.persistence.saves import list_saves, newest_save, read_save, write_save
from eternal.persistence.settings import Settings
from playthrough import play, step
from test_rules import read_until

SAVES = Path(__file__).resolve().parent / "fixtures" / "saves"


def advance(night, policy, steps):
    for _ in range(steps):
        if night.phase == "ended":
            return
        step(night, policy)


@given(steps=st.integers(0, 160), policy=st.sampled_from(["comply", "hide", "other"]), seed=st.integers(0, 50))
@settings(max_examples=60, deadline=None)
def test_a_save_restores_exactly_at_any_moment(mini_story, steps, policy, seed):
    night = Night.new(mini_story, seed)
    advance(night, policy, steps)
    data = json.loads(json.dumps(night.state.to_dict()))
    copy = Night.restore(mini_story, data)
    assert copy.state == night.state
    play(night, policy)
    play(copy, policy)
    assert copy.state.to_dict() == night.state.to_dict()


def test_state_has_a_format_version(mini_story):
    data = Night.new(mini_story).to_save()
    assert data["format"] == SAVE_FORMAT
    data["format"] = 99
    with pytest.raises(SaveError, match="newer"):
        NightState.from_dict(data)


def test_every_format_from_the_oldest_on_has_a_migration_to_the_next():
    assert sorted(MIGRATIONS) == list(range(OLDEST_FORMAT, SAVE_FORMAT))


def test_a_save_of_this_format_with_a_field_the_game_does_not_know_is_refused(mini_story):
    data = {**Night.new(mini_story).to_save(), "time": 12.5}
    with pytest.raises(SaveError, match="'time' means nothing"):
        NightState.from_dict(data)


def test_a_format_older_than_the_oldest_is_refused(mini_story):
    data = Night.new(mini_story).to_save()
    data["format"] = OLDEST_FORMAT - 1
    with pytest.raises(SaveError, match="not among"):
        NightState.from_dict(data)


@pytest.mark.parametrize("name", sorted(p.stem[len("format2_"):] for p in SAVES.glob("format2_*.json")
                                        if p.stem != "format2_expected"))
def test_a_save_written_in_format_2_resumes_where_it_stood_and_plays_on_as_it_did(mini_story, name):
    """Files written by the game of format 2 (with its clock and its stage) resume at the same line, and a player
    who plays on meets the same lines and ending as in that game."""
    data = json.loads((SAVES / f"format2_{name}.json").read_text())
    expected = json.loads((SAVES / "format2_expected.json").read_text())[name]
    assert data["format"] == 2 and "time" in data and "stage" in data
    night = Night.restore(mini_story, data)
    assert night.line is not None and night.line.id == expected["line"]
    assert night.state.stage == data["stage"]  # the stage follows from what the save holds
    assert "time" not in night.to_save() and "stage" not in night.to_save()
    assert play(night, "hide") == expected["hide_transcript"]
    assert night.state.ending == expected["ending"] and night.state.erased == expected["erased"]


def test_a_format_2_save_at_its_ending_without_an_outcome_is_refused(mini_story):
    data = json.loads((SAVES / "format2_ending.json").read_text())
    data["outcome"] = None
    with pytest.raises(SaveError, match="outcome"):
        Night.restore(mini_story, data)


def test_a_save_from_format_1_still_loads(mini_story):
    """Format 1 waited at the end of a hiding place with a 'stay' line; format 2 comes back out from there."""
    night = Night.new(mini_story)
    data = night.state.to_dict()
    for name in ("hides", "saved", "spent", "progress", "visited"):
        del data[name]
    data.update(format=1, stage="erasure", scene="table", beat="b", special="stay", phase="reading", front="river",
                turned=True, hidden_in="table", held="river", held_beat="run", hidden_beats=3,
                read=["office.hello", "river.a", "table.a", "table.b"])
    restored = Night.restore(mini_story, data)
    assert restored.state.visited == ["office", "river", "table"]
    assert restored.state.special == "lost"  # the next step was leaving the hiding place: the search lost them
    assert restored.state.scene == "river" and "river" in restored.state.saved


def test_a_format_1_save_file_still_loads(tmp_path, mini_story):
    """Format-1 games wrote the file's own format as 1 too; such a file is read and its night migrated."""
    night = Night.new(mini_story)
    state = night.state.to_dict()
    state["format"] = 1
    (tmp_path / "saves").mkdir()
    (tmp_path / "saves" / "old.json").write_text(json.dumps(
        {"kind": "eternal-save", "format": 1, "slot": "old", "saved_at": "2025-01-01T00:00:00+00:00", "scene": state["scene"],
         "state": state}))
    info = read_save(tmp_path / "saves" / "old.json")
    assert info.ok and Night.restore(mini_story, info.state).state.scene == night.state.scene


@pytest.mark.parametrize(
    "mangle",
    [
        lambda d: None,
        lambda d: [],
        lambda d: {**d, "phase": "flying"},
        lambda d: {**d, "erased": "late"},
        lambda d: {**d, "levels": {"late": "high"}},
        lambda d: {k: v for k, v in d.items() if k != "story_id"},
        lambda d: {**d, "turned": "yes"},
    ],
)
def test_a_mangled_state_is_refused_with_a_reason(mini_story, mangle):
    data = Night.new(mini_story).state.to_dict()
    with pytest.raises(SaveError):
        Night.restore(mini_story, mangle(data))


def test_a_save_whose_line_is_gone_resumes_at_the_start_of_its_memory(mini_story):
    night = Night.new(mini_story)
    read_until(night, "middle", "b")
    data = night.state.to_dict()
    data["beat"] = "a_line_that_was_cut"
    restored = Night.restore(mini_story, data)
    assert restored.state.scene == "middle"
    assert restored.state.beat == "a"
    assert restored.state.erased == ["late"]


def test_a_save_whose_memory_is_gone_says_so(mini_story):
    night = Night.new(mini_story)
    read_until(night, "middle", "b")
    data = night.state.to_dict()
    data["scene"] = "a_memory_that_was_cut"
    with pytest.raises(SaveError, match="a_memory_that_was_cut"):
        Night.restore(mini_story, data)


def test_a_save_keeps_ids_not_positions(mini_story):
    night = Night.new(mini_story)
    read_until(night, "middle", "b")
    data = night.state.to_dict()
    assert data["scene"] == "middle" and data["beat"] == "b" and data["front"] == "middle"


def test_autosave_round_trip_and_newest_first(tmp_path, mini_story):
    night = Night.new(mini_story)
    write_save(tmp_path, "slot1", night.state.to_dict(), "Office")
    read_until(night, "late")
    write_save(tmp_path, "autosave", night.state.to_dict(), "Late")
    newest = newest_save(tmp_path)
    assert newest is not None and newest.slot == "autosave" and newest.scene == "late"
    assert Night.restore(mini_story, newest.state).state == night.state


@pytest.mark.parametrize(
    "content,reason",
    [
        (b"", "not readable JSON"),
        (b'{"kind": "eternal-save", "format": 1, "state": {"story', "truncated"),
        (b"\x00\x01\x02binary", "not readable JSON"),
        (b'{"kind": "someone-else", "format": 1}', "not an Eternal save"),
        (b'{"kind": "eternal-save", "format": 7, "state": {}}', "save format 7"),
        (b"[1, 2, 3]", "not an Eternal save"),
    ],
)
def test_bad_save_files_are_reported_and_skipped(tmp_path, mini_story, content, reason):
    good = write_save(tmp_path, "good", Night.new(mini_story).state.to_dict())
    bad = tmp_path / "saves" / "bad.json"
    bad.write_bytes(content)
    infos = list_saves(tmp_path)
    assert [i.slot for i in infos if i.ok] == ["good"]
    broken = [i for i in infos if not i.ok]
    assert len(broken) == 1 and reason in broken[0].problem
    assert newest_save(tmp_path).path == good
    assert bad.read_bytes() == content  # a bad file is left alone, not overwritten


def test_a_crash_between_writing_and_rename_leaves_the_old_save_loadable(tmp_path, mini_story, monkeypatch):
    night = Night.new(mini_story)
    path = write_save(tmp_path, "autosave", night.state.to_dict())
    before = path.read_bytes()
    read_until(night, "late")

    def crash(*args, **kwargs):
        raise OSError("power cut")

    monkeypatch.setattr(files.os, "replace", crash)
    with pytest.raises(OSError):
        write_save(tmp_path, "autosave", night.state.to_dict())
    assert path.read_bytes() == before
    assert read_save(path).ok
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_settings_survive_a_restart(tmp_path):
    s = Settings(language="de", reduce_motion=True, text_speed=80.0, text_scale=1.5, high_contrast=True, always_show_map=True)
    s.save(tmp_path)
    assert Settings.load(tmp_path) == s


def test_broken_settings_fall_back_to_defaults(tmp_path):
    (tmp_path / "settings.json").write_text('{"language": "not a language!", "text_speed": "fast", "reduce_motion": 1}')
    assert Settings.load(tmp_path) == Settings()
