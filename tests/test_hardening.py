"""Hostile input: the loader answers every file with path:line:col problems or a clean load, in bounded time and
memory; assets may not leave the story; saves survive being killed mid-write."""

import os
import random
import resource
import signal
import sys
import time

import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from eternal.loader import load_story
from eternal.loader.yaml_source import read_yaml

PROBLEM = r"^[^:]+:\d+:\d+: .+"


def assert_answers(folder, limit_seconds=10.0):
    start = time.perf_counter()
    result = load_story(folder)
    assert time.perf_counter() - start < limit_seconds
    if not result.ok:
        import re

        assert result.problems
        assert all(re.match(PROBLEM, str(p)) for p in result.problems), [str(p) for p in result.problems][:5]
    return result


scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30))
keys = st.sampled_from(["id", "kind", "era", "title", "when", "where", "beats", "text", "choice", "memories", "story", "en",
                        "de", "art", "goto", "if", "flag", "set", "endings", "erase_order", "mementos", "flags"])
trees = st.recursive(scalars, lambda kids: st.one_of(st.lists(kids, max_size=4), st.dictionaries(keys, kids, max_size=5)),
                     max_leaves=25)


@pytest.mark.slow
@given(tree=trees)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_random_scene_structures_get_problems_or_load(mini_copy, tree):
    (mini_copy / "zz_random.yaml").write_text(yaml.safe_dump(tree, allow_unicode=True))
    assert_answers(mini_copy)


@given(raw=st.binary(max_size=400))
@settings(max_examples=150, deadline=None)
def test_random_bytes_never_raise(raw):
    source, problems = read_yaml(raw, "random.yaml")
    assert all(p.line >= 1 and p.col >= 1 for p in problems)


@given(text=st.text(alphabet=st.sampled_from(list("{}[]:-&*!|>'\"#%@`\t\n ,?abc123")), max_size=200))
@settings(max_examples=200, deadline=None)
def test_random_yaml_punctuation_never_raises(text):
    read_yaml(text.encode(), "punct.yaml")


def test_ten_thousand_deep_nesting(mini_copy):
    (mini_copy / "zz_deep.yaml").write_text("[" * 10000 + "]" * 10000)
    result = assert_answers(mini_copy)
    assert not result.ok


def test_a_fifty_megabyte_file_is_refused_quickly(mini_copy):
    with open(mini_copy / "zz_huge.yaml", "wb") as handle:
        line = b"- " + b"x" * 98 + b"\n"
        handle.write(line * (50 * 1024 * 1024 // len(line)))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = assert_answers(mini_copy, limit_seconds=5)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert any("limited to" in str(p) for p in result.problems)
    assert (after - before) / 1024 < 200  # MiB: never parsed into a huge tree


@pytest.mark.parametrize("content", [
    "story:\n\tid: tabbed\n".encode(),
    "memories:\n  - id: x\n    title: {en: Caf\xe9}\n".encode("latin-1"),
    "memories: []\n".encode("utf-16"),
    b"\x00\x01\x02\x03" * 50,
    b"a: 1\na: 2\n",
    b"- &x [*x, *x]\n",
    b"key: !!python/object/apply:os.system ['echo owned']\n",
    b"<<: *undefined\n",
])
def test_hostile_files_get_a_position_and_a_message(mini_copy, content):
    (mini_copy / "zz_hostile.yaml").write_bytes(content)
    result = assert_answers(mini_copy)
    assert not result.ok
    assert any("zz_hostile.yaml:" in str(p) for p in result.problems)


def _with_art(mini_copy, image):
    path = mini_copy / "memories.yaml"
    path.write_text(path.read_text().replace(
        "    keepsake: {en: the kitchen, de: die Küche}\n",
        f"    keepsake: {{en: the kitchen, de: die Küche}}\n    art:\n      - {{layer: sky, image: {image}}}\n"))


@pytest.mark.parametrize("image", ["../../../../etc/hostname", "/etc/hostname", "art/../../outside.svg"])
def test_art_paths_that_leave_the_story_are_refused(mini_copy, image):
    (mini_copy.parent.parent / "outside.svg").write_text("<svg/>")
    _with_art(mini_copy, image)
    result = assert_answers(mini_copy)
    assert any("outside the story root" in str(p) or "absolute path" in str(p) for p in result.problems)


def test_a_link_pointing_outside_the_story_is_refused(mini_copy, tmp_path):
    outside = tmp_path / "secret.svg"
    outside.write_text("<svg/>")
    (mini_copy.parent / "art").mkdir()
    os.symlink(outside, mini_copy.parent / "art" / "sky.svg")
    _with_art(mini_copy, "art/sky.svg")
    result = assert_answers(mini_copy)
    assert any("outside the story root" in str(p) for p in result.problems)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_save_killed_mid_write_a_hundred_times_never_loses_the_last_good_save(tmp_path, mini_story):
    from eternal.model.night import Night
    from eternal.persistence.saves import read_save, write_save

    night = Night.new(mini_story)
    state = night.state.to_dict()
    state["read"] = [f"line.{i}" for i in range(3000)]  # a save big enough that a kill can land mid-write
    write_save(tmp_path, "autosave", state)
    rng = random.Random(7)
    for round_ in range(100):
        pid = os.fork()
        if pid == 0:  # the child writes saves as fast as it can until it is killed
            try:
                n = 0
                while True:
                    state["seed"] = n
                    write_save(tmp_path, "autosave", state)
                    n += 1
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.0, 0.01))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        info = read_save(tmp_path / "saves" / "autosave.json")
        assert info.ok, (round_, info.problem)
        assert Night.restore(mini_story, info.state).state.read[:3] == ["line.0", "line.1", "line.2"]
