"""Never lose a night: every file the game reads back (saves, seen.json, settings.json) may be damaged, foreign or
hostile. Each is reported in words, left as it is on disk, and never costs the player a good save."""

import json
import os
import resource
import signal
import stat
import sys

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import MINI
from eternal.model.night import Night
from eternal.model.state import NightState, SaveError
from eternal.persistence.resume import restore, resume_newest, resumes
from eternal.persistence.saves import SaveInfo, list_saves, read_save, saves_dir, write_autosave, write_save
from eternal.persistence.seen import SeenLines
from eternal.persistence.settings import LANGUAGE_TAG, RANGES, Settings
from eternal.persistence.story_home import story_home
from eternal.persistence.strict_json import FileProblem, nesting_depth, parse_json
from eternal.presentation.launch import LaunchOptions
from playthrough import step

POSIX = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes and device files")
OLD = "2020-01-01T00:00:00.000+00:00"  # a good save from long ago: every hostile file is newer


@pytest.fixture(autouse=True)
def never_hang():
    """A file that blocks the game would block the test: fail it after 20 s instead."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def hung(signum, frame):
        raise TimeoutError("the game waited on a file")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def night_at(story, steps=6, policy="comply", seed=0) -> Night:
    night = Night.new(story, seed)
    for _ in range(steps):
        step(night, policy)
    return night


def record(state: dict, saved_at: str = OLD, fmt: int = 2, slot: str = "x") -> dict:
    return {"kind": "eternal-save", "format": fmt, "slot": slot, "saved_at": saved_at, "scene": state.get("scene", ""),
            "scene_title": "", "state": state}


def put(home, slot: str, content: bytes | dict) -> "os.PathLike":
    path = saves_dir(home) / f"{slot}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(content).encode())
    return path


def good_old_save(home, story, slot="slot1"):
    """A good save from long ago, so anything hostile beside it counts as newer."""
    night = night_at(story)
    return put(home, slot, record(night.state.to_dict(), OLD, slot=slot)), night


def state_text(story, **changes) -> bytes:
    """A save whose state is today's format with some fields replaced by raw JSON text (NaN, huge numbers...)."""
    state = night_at(story).state.to_dict()
    text = json.dumps(record(state, "2030-01-01T00:00:00.000+00:00"))
    for name, raw in changes.items():
        field = f'"{name}": {json.dumps(state[name])}'
        assert field in text
        text = text.replace(field, f'"{name}": {raw}', 1)
    return text.encode()


def fingerprint(path):
    """What must not change: the kind of file and, for a regular one, its bytes."""
    info = os.lstat(path)
    if stat.S_ISREG(info.st_mode):
        return ("file", path.read_bytes())
    if stat.S_ISLNK(info.st_mode):
        return ("link", os.readlink(path))
    return (stat.S_IFMT(info.st_mode), None)


# --- the hostile kinds ----------------------------------------------------------------------------------------------


def _fifo(path, story):
    os.mkfifo(path)


def _link(target):
    def make(path, story):
        os.symlink(target, path)
    return make


def _folder(path, story):
    path.mkdir()


def _bytes(make):
    def write(path, story):
        path.write_bytes(make(story))
    return write


def _state(**changes):
    def make(story):
        data = json.loads(state_text(story))
        data["state"].update(changes)
        return json.dumps(data).encode()
    return _bytes(make)


KINDS = {
    "truncated": _bytes(lambda s: state_text(s)[:-40]),
    "not json": _bytes(lambda s: b"\x00\x01binary"),
    "empty": _bytes(lambda s: b""),
    "nan": _bytes(lambda s: state_text(s, target="NaN")),
    "infinity": _bytes(lambda s: state_text(s, target="Infinity")),
    "minus infinity in levels": _bytes(lambda s: state_text(s, levels='{"late": -Infinity}')),
    "a number of 500 digits": _bytes(lambda s: state_text(s, seed="9" * 500)),
    "a number of 5000 digits": _bytes(lambda s: state_text(s, seed="9" * 5000)),
    "1e999": _bytes(lambda s: state_text(s, target="1e999")),
    "negative search weight": _state(traces={"late": -5}),
    "negative part": _state(part=-1),
    "level above 1": _state(levels={"late": 2.5}),
    "negative hides": _state(hides=-3),
    "nested 10000 deep": _bytes(lambda s: b"[" * 10000 + b"]" * 10000),
    "nested 10000 deep in the state": _bytes(lambda s: state_text(s, flags='{"x": ' + "[" * 10000 + "]" * 10000 + "}")),
    "hidden with no memory to return to": _state(hidden_in="table", held=None, turned=True),
    "a memory held but hidden nowhere": _state(held="late", hidden_in=None),
    "unknown stage": _state(stage="dreaming"),
    "newer format": _bytes(lambda s: json.dumps(record(night_at(s).state.to_dict(), "2030-01-01T00:00:00.000+00:00",
                                                     fmt=99)).encode()),
    "another story": _state(story_id="someone_else"),
    "a memory cut from the story": _state(scene="a_memory_that_was_cut"),
}
SPECIAL_KINDS = {
    "named pipe": _fifo,
    "link to /dev/zero": _link("/dev/zero"),
    "link to /dev/urandom": _link("/dev/urandom"),
    "folder": _folder,
    "link to nothing": _link("/nonexistent/eternal-save.json"),
}
def _params(kinds: dict, marks=()) -> list:
    return [pytest.param(make, id=kind, marks=marks) for kind, make in kinds.items()]


ALL_KINDS = _params(KINDS) + _params(SPECIAL_KINDS, POSIX)


# --- the strict reader ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw,words", [
    (b"[1, NaN]", "NaN"),
    (b'{"a": Infinity}', "Infinity"),
    (b'{"a": -Infinity}', "Infinity"),
    (b"1e999", "too large"),
    (b"9" * 500, "500 digits"),
    (b"[" * 10000 + b"]" * 10000, "nests far deeper"),
    (b'{"a": ' * 5000 + b"1" + b"}" * 5000, "nests far deeper"),
    (b"\xff\xfe", "not UTF-8"),
    (b'{"a": 1', "truncated"),
])
def test_the_strict_reader_refuses_what_no_game_file_holds_with_a_reason(raw, words):
    with pytest.raises(FileProblem, match=words):
        parse_json(raw)


@given(shape=st.text(alphabet="[]{}", max_size=120), limit=st.integers(1, 12))
@settings(max_examples=200, deadline=None)
def test_nesting_is_measured_right_on_either_side_of_the_limit(shape, limit):
    level = deepest = 0
    for c in shape:
        level += 1 if c in "[{" else -1
        deepest = max(deepest, level)
    measured = nesting_depth(shape.encode(), limit)
    assert (measured > limit) == (deepest > limit) and measured >= deepest


def test_brackets_inside_strings_do_not_count_as_nesting():
    assert parse_json(b'{"a": "' + b"[" * 1000 + b'\\"]"}') == {"a": "[" * 1000 + '"]'}


@POSIX
def test_a_save_that_is_a_named_pipe_is_reported_not_waited_on(tmp_path, mini_story):
    good, _ = good_old_save(tmp_path, mini_story)
    os.mkfifo(saves_dir(tmp_path) / "autosave.json")  # nobody ever writes into it: a read would wait forever
    broken = [i for i in list_saves(tmp_path) if not i.ok]
    assert [i.slot for i in broken] == ["autosave"] and "named pipe" in broken[0].problem
    assert resume_newest(mini_story, tmp_path).info.path == good


@POSIX
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_save_linked_to_an_endless_device_is_refused_without_reading_it(tmp_path, device):
    os.makedirs(saves_dir(tmp_path))
    os.symlink(device, saves_dir(tmp_path) / "autosave.json")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    info = read_save(saves_dir(tmp_path) / "autosave.json")
    assert not info.ok and "device" in info.problem
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 20 * 1024  # KiB: nothing was slurped


@POSIX
def test_a_link_to_a_good_save_is_followed(tmp_path, mini_story):
    night = night_at(mini_story)
    elsewhere = tmp_path / "kept-elsewhere.json"
    elsewhere.write_text(json.dumps(record(night.state.to_dict())))
    os.makedirs(saves_dir(tmp_path))
    os.symlink(elsewhere, saves_dir(tmp_path) / "slot2.json")
    info = read_save(saves_dir(tmp_path) / "slot2.json")
    assert info.ok and restore(mini_story, info).state == night.state


def test_a_file_grown_past_the_limit_is_refused_by_size(tmp_path, monkeypatch):
    from eternal.persistence import saves

    monkeypatch.setattr(saves, "MAX_SAVE_BYTES", 1000)
    path = put(tmp_path, "big", b" " * 2000 + b"{}")
    info = read_save(path)
    assert not info.ok and "too large" in info.problem


# --- numbers and shapes in a save ------------------------------------------------------------------------------------


@pytest.mark.parametrize("make", ALL_KINDS)
def test_a_hostile_save_is_reported_with_a_reason_and_continue_passes_over_it(tmp_path, mini_story, make):
    good, night = good_old_save(tmp_path, mini_story)
    hostile = saves_dir(tmp_path) / "autosave.json"
    make(hostile, mini_story)
    before = fingerprint(hostile)
    found = resume_newest(mini_story, tmp_path)
    assert found.info is not None and found.info.path == good
    assert found.night.state == restore(mini_story, read_save(good)).state
    assert [info.slot for info, _ in found.skipped] == ["autosave"]
    reason = found.skipped[0][1]
    assert reason and "Traceback" not in reason and len(reason) < 300
    assert fingerprint(hostile) == before


@pytest.mark.parametrize("field,value,words", [
    ("target", float("nan"), "target"),
    ("time", float("inf"), "time"),
    ("seed", 10**500, "digits"),
    ("part", -1, "part"),
    ("hides", -3, "hides"),
    ("levels", {"late": float("nan")}, "levels"),
    ("traces", {"late": -5}, "traces"),
    ("traces", {"late": 10**400}, "traces"),
    ("flags", {"x": [[1]]}, "flag"),
    ("stage", "dreaming", "stage"),
    ("special", "stay-forever", "special"),
])
def test_numbers_and_words_outside_what_the_rules_use_are_refused_with_the_field_named(mini_story, field, value, words):
    data = night_at(mini_story).state.to_dict()
    data[field] = value
    with pytest.raises(SaveError, match=words):
        NightState.from_dict(data)


@pytest.mark.parametrize("changes,words", [
    ({"hidden_in": "table", "held": None}, "no memory to go back to"),
    ({"hidden_in": None, "held": "late"}, "hidden nowhere"),
    ({"held_beat": "a", "held": None, "hidden_in": None}, "no memory"),
    ({"hidden_in": "table", "held": "table"}, "very memory"),
])
def test_states_valid_field_by_field_but_not_together_are_refused(mini_story, changes, words):
    data = night_at(mini_story).state.to_dict()
    data.update(changes)
    with pytest.raises(SaveError, match=words):
        Night.restore(mini_story, data)


def _at_the_survivors_list(story, part):
    data = Night.new(story).state.to_dict()
    data.update(scene="saved", beat="list", phase="reading", part=part, outcome="aborted", ending="saved",
                visited=["office", "late", "middle"], erased=["late"])
    return data


def test_a_part_index_past_the_end_of_the_list_is_refused(mini_story):
    with pytest.raises(SaveError, match="line 5 of a list of 1"):  # he kept only the kitchen (middle)
        restore(mini_story, SaveInfo(MINI, "x", "", "", _at_the_survivors_list(mini_story, 5)))
    night = restore(mini_story, SaveInfo(MINI, "x", "", "", _at_the_survivors_list(mini_story, 1)))
    assert night.line.text.get("en") == "the kitchen"  # the last line of the list is still a line


# --- continue and the autosave never destroy a good night -------------------------------------------------------------


def test_continue_falls_back_to_the_newest_save_that_resumes(tmp_path, mini_story):
    oldest, _ = good_old_save(tmp_path, mini_story, "slot1")
    middle = night_at(mini_story, steps=12)
    put(tmp_path, "slot2", record(middle.state.to_dict(), "2024-01-01T00:00:00.000+00:00", slot="slot2"))
    cut = night_at(mini_story, steps=20).state.to_dict()
    cut["scene"] = "a_memory_that_was_cut"
    newest = put(tmp_path, "autosave", record(cut, "2025-01-01T00:00:00.000+00:00"))
    before = newest.read_bytes()
    found = resume_newest(mini_story, tmp_path)
    assert found.info.slot == "slot2" and found.night.state == middle.state
    assert [(i.slot, "a_memory_that_was_cut" in why) for i, why in found.skipped] == [("autosave", True)]
    assert newest.read_bytes() == before


def test_a_finished_night_is_passed_over_without_a_word(tmp_path, mini_story):
    good_old_save(tmp_path, mini_story)
    ended = night_at(mini_story).state.to_dict()
    ended["phase"] = "ended"
    put(tmp_path, "autosave", record(ended, "2025-01-01T00:00:00.000+00:00"))
    found = resume_newest(mini_story, tmp_path)
    assert found.info.slot == "slot1" and found.skipped == ()


def test_earlier_autosaves_of_a_finished_night_are_not_offered_to_continue(tmp_path, mini_story):
    slot, _ = good_old_save(tmp_path, mini_story)  # a night of its own, saved by hand long ago
    night = night_at(mini_story, 10)
    write_autosave(tmp_path, night.state.to_dict())
    write_autosave(tmp_path, {**night.to_save(), "phase": "ended"})  # the same night, at its end: the earlier autosave is now moot
    assert {i.slot for i in list_saves(tmp_path)} == {"autosave", "autosave-1", "slot1"}
    found = resume_newest(mini_story, tmp_path)
    assert found.info.path == slot and found.skipped == ()


def test_autosaves_rotate_keeping_the_last_three_newest_first(tmp_path, mini_story):
    night = Night.new(mini_story)
    written = []
    for n in range(5):
        written.append(write_autosave(tmp_path, {**night.to_save(), "seed": n}).path.name)
    assert written == ["autosave.json"] * 5
    seeds = {i.slot: i.state["seed"] for i in list_saves(tmp_path)}
    assert seeds == {"autosave": 4, "autosave-1": 3, "autosave-2": 2}


@pytest.mark.parametrize("kind", ["newer format", "truncated", "nan", "another story", "a memory cut from the story"])
def test_a_save_from_a_newer_version_or_damaged_is_never_overwritten_by_the_autosave(tmp_path, mini_story, kind):
    hostile = saves_dir(tmp_path) / "autosave.json"
    hostile.parent.mkdir(parents=True)
    KINDS[kind](hostile, mini_story)
    before = hostile.read_bytes()
    night = Night.new(mini_story)
    for n in range(5):
        done = write_autosave(tmp_path, {**night.to_save(), "seed": n}, keep=lambda info: not resumes(mini_story, info))
        assert done.path.name == "autosave-1.json" and [k.slot for k in done.kept] == ["autosave"]
    assert hostile.read_bytes() == before
    seeds = {i.slot: i.state["seed"] for i in list_saves(tmp_path) if i.ok and i.slot != "autosave"}
    assert seeds == {"autosave-1": 4, "autosave-2": 3, "autosave-3": 2}  # the ring steps around it, still three deep


def test_a_save_from_a_newer_version_is_never_overwritten(tmp_path, mini_story):
    newer = put(tmp_path, "slot3", record(Night.new(mini_story).state.to_dict(), fmt=99))
    before = newer.read_bytes()
    path = write_save(tmp_path, "slot3", night_at(mini_story).state.to_dict())
    assert path.name == "slot3-1.json" and newer.read_bytes() == before
    assert "newer version" in read_save(newer).problem
    again = write_save(tmp_path, "slot3", night_at(mini_story, 9).state.to_dict())
    assert again == path  # the slot's stand-in is the player's own save: it is the one replaced next time


@POSIX
@pytest.mark.parametrize("kind", list(SPECIAL_KINDS))
def test_a_special_file_in_the_autosave_ring_is_stepped_around_and_left_alone(tmp_path, mini_story, kind):
    hostile = saves_dir(tmp_path) / "autosave-1.json"
    hostile.parent.mkdir(parents=True)
    SPECIAL_KINDS[kind](hostile, mini_story)
    before = fingerprint(hostile)
    night = Night.new(mini_story)
    for n in range(4):
        write_autosave(tmp_path, {**night.to_save(), "seed": n})
    assert fingerprint(hostile) == before
    seeds = {i.slot: i.state["seed"] for i in list_saves(tmp_path) if i.ok}
    assert seeds == {"autosave": 3, "autosave-2": 2, "autosave-3": 1}


# --- settings.json and seen.json ------------------------------------------------------------------------------------


def test_nan_in_settings_falls_back_to_the_default(tmp_path):
    (tmp_path / "settings.json").write_text('{"text_scale": NaN, "language": "de", "master_volume": 0.3}')
    loaded = Settings.load(tmp_path)
    assert loaded.text_scale == Settings().text_scale
    assert (loaded.language, loaded.master_volume) == ("de", 0.3)  # what was fine is kept
    assert "text_scale" in loaded.problem


@pytest.mark.parametrize("value", ["Infinity", "-Infinity", "9" * 400, "1e999", "-1.5", "7", "true", '"big"', "null"])
def test_a_number_in_settings_outside_its_range_falls_back_to_the_default(tmp_path, value):
    (tmp_path / "settings.json").write_text(f'{{"text_scale": {value}, "auto_delay": 6}}')
    loaded = Settings.load(tmp_path)
    assert loaded.text_scale == 1.0 and loaded.auto_delay == 6.0 and loaded.problem


@pytest.mark.parametrize("content", [b"[" * 10000 + b"]" * 10000, b'{"language": ' * 3000, b"\xff\xfe\x00", b"[1, 2]"])
def test_a_damaged_settings_file_is_renamed_aside_not_overwritten(tmp_path, content):
    (tmp_path / "settings.json").write_bytes(content)
    loaded = Settings.load(tmp_path)
    assert loaded == Settings() and loaded.problem
    loaded.language = "de"
    loaded.save(tmp_path)
    aside = list(tmp_path.glob("settings.json.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == content
    again = Settings.load(tmp_path)
    assert again.language == "de" and again.problem is None


@POSIX
@pytest.mark.parametrize("kind", list(SPECIAL_KINDS))
def test_settings_and_seen_that_are_special_files_are_refused_not_read(tmp_path, kind):
    SPECIAL_KINDS[kind](tmp_path / "settings.json", None)
    SPECIAL_KINDS[kind](tmp_path / "seen.json", None)
    assert Settings.load(tmp_path) == Settings() and Settings.load(tmp_path).problem
    seen = SeenLines(tmp_path)
    assert seen.ids == set() and seen.problem


def test_a_damaged_seen_file_starts_afresh_and_is_kept_aside(tmp_path):
    content = b"[" * 10000 + b"]" * 10000
    (tmp_path / "seen.json").write_bytes(content)
    seen = SeenLines(tmp_path)
    assert seen.ids == set() and "deeper" in seen.problem
    seen.add_all(["office.hello"])
    seen.save()
    assert [p.read_bytes() for p in tmp_path.glob("seen.json.damaged-*")] == [content]
    assert "office.hello" in SeenLines(tmp_path)


# --- properties ------------------------------------------------------------------------------------------------------

hostile_values = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=10**20, max_value=10**30), st.floats(),
    st.text(max_size=12), st.sampled_from(["late", "middle", "river", "table", "attic", "office", "found", "lost", "ended",
                                           "choosing", "escaping", "erasure", "ending", "resume", "advance", "b", "a"]),
    st.lists(st.sampled_from(["late", "middle", "river", "table", "ghost"]), max_size=4),
    st.dictionaries(st.sampled_from(["late", "middle", "table", "ghost"]), st.one_of(st.integers(), st.floats()), max_size=3),
)
FIELDS = sorted(NightState.__dataclass_fields__)


@given(steps=st.integers(0, 120), policy=st.sampled_from(["comply", "hide", "other"]),
       changes=st.dictionaries(st.sampled_from(FIELDS), hostile_values, min_size=1, max_size=3))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_mutated_save_resumes_and_plays_on_or_is_refused_with_a_reason(mini_story, steps, policy, changes):
    data = night_at(mini_story, steps, policy).state.to_dict()
    data.update(changes)
    try:
        text = json.dumps(record(data)).encode()
    except ValueError:
        return
    info = read_save_bytes(text)
    try:
        night = restore(mini_story, info)
    except SaveError as exc:
        assert str(exc)
        return
    for _ in range(400):  # whatever restores must play: no crash later in the night
        if night.phase == "ended":
            break
        _ = night.line, night.choices, night.hiding_targets(), night.progress(), night.kept()
        step(night, policy)
        night.tick(0.5)


def read_save_bytes(raw: bytes) -> SaveInfo:
    """read_save over bytes, through a real file (the reader only takes paths)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "probe.json")
        with open(path, "wb") as handle:
            handle.write(raw)
        from pathlib import Path

        return read_save(Path(path))


json_trees = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8)),
    lambda kids: st.one_of(st.lists(kids, max_size=4), st.dictionaries(st.text(max_size=6), kids, max_size=4)),
    max_leaves=30)


@given(tree=json_trees, wrap=st.booleans())
@settings(max_examples=60, deadline=None)
def test_any_json_in_a_save_is_read_or_reported_never_raised(tree, wrap):
    raw = json.dumps({"kind": "eternal-save", "format": 2, "state": tree} if wrap else tree).encode()
    info = read_save_bytes(raw)
    assert info.ok or info.problem


@given(raw=st.binary(max_size=300))
@settings(max_examples=80, deadline=None)
def test_any_bytes_in_a_save_are_read_or_reported_never_raised(raw):
    info = read_save_bytes(raw)
    assert info.ok or info.problem


setting_values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=6),
                           st.sampled_from(["NaN", "Infinity", "-Infinity", "9" * 300, "1e999"]).map(lambda t: ("raw", t)))


@given(values=st.dictionaries(st.sampled_from(sorted(Settings.__dataclass_fields__) + ["unknown"]), setting_values,
                              max_size=8))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_settings_file_loads_to_settings_inside_their_ranges(tmp_path, values):
    parts = []
    for key, value in values.items():
        text = value[1] if isinstance(value, tuple) else json.dumps(value)
        parts.append(f"{json.dumps(key)}: {text}")
    (tmp_path / "settings.json").write_text("{" + ", ".join(parts) + "}")
    loaded = Settings.load(tmp_path)
    for name, (low, high) in RANGES.items():
        value = getattr(loaded, name)
        assert isinstance(value, float) and low <= value <= high
    assert LANGUAGE_TAG.fullmatch(loaded.language)  # any language tag: whether the story has it is asked later
    assert all(isinstance(getattr(loaded, f), bool) for f in ("fullscreen", "high_contrast", "reduce_motion"))


@given(tree=json_trees)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_json_in_seen_gives_a_set_of_line_ids(tmp_path, tree):
    (tmp_path / "seen.json").write_text(json.dumps(tree))
    seen = SeenLines(tmp_path)
    assert all(isinstance(i, str) for i in seen.ids)


# --- through the real entry points -----------------------------------------------------------------------------------


def _every_kind(home, story, names) -> dict:
    """Each hostile kind in a file of its own (named by `names`), all newer than the good save; their fingerprints."""
    kinds = {**KINDS, **(SPECIAL_KINDS if hasattr(os, "mkfifo") else {})}
    made = {}
    for name, make in zip(names, kinds.values()):
        path = saves_dir(home) / f"{name}.json"
        make(path, story)
        made[path] = fingerprint(path)
    assert len(made) == len(kinds)
    return made


def test_eternal_continue_passes_over_every_hostile_kind_to_the_good_save_and_touches_nothing(tmp_path, mini_story,
                                                                                               monkeypatch, capsys):
    from eternal.presentation.bootstrap import run_game

    monkeypatch.setenv("ETERNAL_HOME", str(tmp_path))
    own = story_home(tmp_path, mini_story.id)  # the story's own folder of saves
    good, night = good_old_save(own, mini_story)
    hostile = _every_kind(own, mini_story, [f"hostile{n:02}" for n in range(40)])
    before = fingerprint(good)
    code = run_game(MINI, LaunchOptions(size=(320, 180), resume=True, frames=20))
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in err and "PlayScreen shown" in out
    notice = next(line for line in err.splitlines() if "Continued from slot1" in line)
    assert all(f"{path.stem}: " in notice for path in hostile)  # each one printed with its reason
    assert fingerprint(good) == before
    assert {path: fingerprint(path) for path in hostile} == hostile


def test_the_app_autosaves_beside_hostile_files_says_so_once_and_touches_none(tmp_path, mini_story, capsys):
    from eternal.presentation.app import App

    own = story_home(tmp_path, mini_story.id)  # the story's own folder of saves
    good, _ = good_old_save(own, mini_story)
    ring = ["autosave"] + [f"autosave-{n}" for n in range(1, 40)]
    hostile = _every_kind(own, mini_story, ring)
    app = App(mini_story, home=tmp_path, settings=Settings(), size=(320, 180))
    assert app.resume_newest() == ""
    assert app.night.state == restore(mini_story, read_save(good)).state
    for _ in range(4):
        assert app.autosave()
    app.quit()
    err = capsys.readouterr().err
    assert err.count("autosave.json cannot be used") == 1  # said once, not at every memory
    assert all(f"{path.name} cannot be used" in err for path in hostile)
    assert {path: fingerprint(path) for path in hostile} == hostile
    first_free = f"autosave-{len(hostile)}"
    assert f"autosaved as {first_free}" in err
    written = [i.slot for i in list_saves(own) if i.path not in hostile and i.slot.startswith("autosave")]
    assert written == [first_free, f"autosave-{len(hostile) + 1}", f"autosave-{len(hostile) + 2}"]  # three deep, past them


def test_the_load_screen_lists_the_older_autosaves(tmp_path, mini_story):
    import pygame

    from eternal.presentation.app import App
    from eternal.presentation.screens.slots import SlotsScreen

    app = App(mini_story, home=tmp_path, settings=Settings(), size=(640, 360))
    app.start_night(Night.new(mini_story))
    for _ in range(3):
        app.autosave()
    screen = SlotsScreen(app.services, saving=False)
    labels = [item.label() for item in screen.menu.items]
    assert labels[0].startswith("Autosave:") and labels[1].startswith("Autosave 2:")
    assert labels[2].startswith("Autosave 3:") and labels[3].startswith("Slot 1")
    pygame.quit()


def test_saving_into_a_damaged_slot_writes_beside_it_and_says_so(tmp_path, mini_story):
    import pygame

    from eternal.presentation.app import App
    from eternal.presentation.screens.slots import SlotsScreen

    own = story_home(tmp_path, mini_story.id)  # the story's own folder of saves
    damaged = put(own, "slot2", b'{"kind": "eternal-save", "format": 2, "state": {"stor')
    app = App(mini_story, home=tmp_path, settings=Settings(), size=(640, 360))
    app.start_night(night_at(mini_story))
    screen = SlotsScreen(app.services, saving=True)
    row = [slot for slot, _ in screen.rows].index("slot2")
    screen.menu.items[row].act(0)
    assert "slot2-1" in screen.notice and "kept" in screen.notice.lower()
    assert damaged.read_bytes().startswith(b'{"kind": "eternal-save", "format": 2, "state": {"stor')
    assert read_save(saves_dir(own) / "slot2-1.json").ok
    loader = SlotsScreen(app.services, saving=False)
    assert "slot2-1" in [slot for slot, _ in loader.rows]
    pygame.quit()


@pytest.mark.parametrize("writes,words", [(True, "your night was saved"), (False, "could not be saved")])
def test_a_crash_says_saved_only_when_a_save_was_written(tmp_path, mini_story, monkeypatch, capsys, writes, words):
    from eternal.presentation import app as app_module, bootstrap, session

    monkeypatch.setenv("ETERNAL_HOME", str(tmp_path))
    own = story_home(tmp_path, mini_story.id)  # the story's own folder of saves
    good, _ = good_old_save(own, mini_story)

    def crash(self, frames=None):
        raise RuntimeError("a bug of ours")

    monkeypatch.setattr(app_module.App, "run", crash)
    if not writes:
        def full_disk(*args, **kwargs):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(session, "write_autosave", full_disk)
    code = bootstrap.run_game(MINI, LaunchOptions(size=(320, 180), resume=True))
    err = capsys.readouterr().err
    assert code == 2 and words in err
    assert ("your night was saved" in err) == writes
    assert (saves_dir(own) / "autosave.json").exists() == writes
    assert read_save(good).ok


@POSIX
def test_a_crash_log_that_is_a_named_pipe_does_not_hang_the_crash_report(tmp_path, monkeypatch, capsys):
    from eternal.presentation import app as app_module, bootstrap

    monkeypatch.setenv("ETERNAL_HOME", str(tmp_path))
    os.mkfifo(tmp_path / "crash.log")
    monkeypatch.setattr(app_module.App, "run", lambda self, frames=None: 1 / 0)
    code = bootstrap.run_game(MINI, LaunchOptions(size=(320, 180)))
    assert code == 2 and "ZeroDivisionError" in (tmp_path / "crash.log").read_text()


def test_a_crash_on_the_title_claims_no_save(tmp_path, monkeypatch, capsys):
    from eternal.presentation import app as app_module, bootstrap

    monkeypatch.setenv("ETERNAL_HOME", str(tmp_path))
    monkeypatch.setattr(app_module.App, "run", lambda self, frames=None: 1 / 0)
    code = bootstrap.run_game(MINI, LaunchOptions(size=(320, 180)))
    err = capsys.readouterr().err
    assert code == 2 and "something went wrong" in err and "night was saved" not in err and "could not be saved" not in err


@pytest.mark.slow
@POSIX
def test_eternal_continue_in_a_subprocess_survives_every_hostile_file_at_once(tmp_path, mini_story):
    import subprocess

    from conftest import ROOT

    own = story_home(tmp_path, mini_story.id)  # the story's own folder of saves
    good, night = good_old_save(own, mini_story)
    hostile = {
        "autosave.json": _fifo, "autosave-1.json": _link("/dev/zero"), "autosave-2.json": KINDS["newer format"],
        "slot4.json": KINDS["nested 10000 deep"], "slot5.json": KINDS["hidden with no memory to return to"],
    }
    for name, make in hostile.items():
        make(saves_dir(own) / name, mini_story)
    (tmp_path / "settings.json").write_text('{"text_scale": NaN, "language": "de"}')
    (tmp_path / "seen.json").write_bytes(b"[" * 10000 + b"]" * 10000)
    before = {name: fingerprint(saves_dir(own) / name) for name in [*hostile, "slot1.json"]}
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", ETERNAL_HOME=str(tmp_path))
    run = subprocess.run([sys.executable, "-m", "eternal", "--scenes", str(MINI), "--continue", "--frames", "60"],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr and "PlayScreen shown" in run.stdout
    assert "Fortgesetzt mit slot1" in run.stderr  # German: the damaged settings kept the language they named
    assert "settings.json" in run.stderr and "seen.json" in run.stderr
    assert {name: fingerprint(saves_dir(own) / name) for name in before} == before
    aside = list(tmp_path.glob("settings.json.damaged-*"))
    assert [p.read_text() for p in aside] == ['{"text_scale": NaN, "language": "de"}']
