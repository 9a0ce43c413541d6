"""Each story keeps its own saves and read lines; nothing of a shared folder from older versions is lost."""

import json

import pytest

from eternal.model.night import Night
from eternal.persistence.saves import list_saves, saves_dir, write_autosave, write_save
from eternal.persistence.seen import SeenLines
from eternal.persistence.story_home import story_home


def _state(story):
    night = Night.new(story, seed=3)
    night.continue_()
    return night.state.to_dict()


def test_two_stories_keep_their_saves_side_by_side(tmp_path, mini_story):
    ours = story_home(tmp_path, mini_story.id)
    theirs = story_home(tmp_path, "another_story")
    write_autosave(ours, _state(mini_story), "ours")
    assert [i.slot for i in list_saves(ours)] == ["autosave"]
    assert list_saves(theirs) == []


def test_a_save_in_the_shared_folder_moves_to_the_story_it_names(tmp_path, mini_story):
    write_save(tmp_path, "slot2", _state(mini_story), "a memory")
    (saves_dir(tmp_path) / "slot2.png").write_bytes(b"thumbnail")
    foreign = dict(_state(mini_story), story_id="another_story")
    write_save(tmp_path, "slot3", foreign, "theirs")
    (saves_dir(tmp_path) / "autosave.json").write_text("{ truncated")

    home = story_home(tmp_path, mini_story.id)

    assert [i.slot for i in list_saves(home)] == ["slot2"]
    assert (saves_dir(home) / "slot2.png").read_bytes() == b"thumbnail"
    left = sorted(p.name for p in saves_dir(tmp_path).iterdir())
    assert left == ["autosave.json", "slot3.json"]  # another story's and a damaged file stay where they were
    assert (saves_dir(tmp_path) / "autosave.json").read_text() == "{ truncated"


def test_adopting_never_replaces_a_save_of_the_story_folder(tmp_path, mini_story):
    home = story_home(tmp_path, mini_story.id)
    write_save(home, "slot2", _state(mini_story), "own")
    own = (saves_dir(home) / "slot2.json").read_bytes()
    write_save(tmp_path, "slot2", _state(mini_story), "shared")
    story_home(tmp_path, mini_story.id)
    assert (saves_dir(home) / "slot2.json").read_bytes() == own
    assert (saves_dir(tmp_path) / "slot2.json").exists()


def test_lines_read_before_stories_had_folders_still_count_as_read(tmp_path, mini_story):
    (tmp_path / "seen.json").write_text(json.dumps(["a.b", "c.d"]))
    first = story_home(tmp_path, mini_story.id)
    second = story_home(tmp_path, "another_story")
    assert "a.b" in SeenLines(first) and "c.d" in SeenLines(second)
    read = SeenLines(first)
    read.add_all(["e.f"])
    read.save()
    assert "e.f" not in SeenLines(second)


@pytest.mark.parametrize("bad", ["", "../up", "a/b", "Upper", "x" * 80])
def test_a_story_id_that_is_no_folder_name_is_refused(tmp_path, bad):
    with pytest.raises(ValueError):
        story_home(tmp_path, bad)
