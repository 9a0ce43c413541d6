"""The menus ask the session about save files and get answers: is there a night to continue, the rows of the lists,
write a slot, load one. After a `--dev` reload into another story id, the saves go to that story's own folder."""

import ast
import dataclasses

import pygame
import pytest

from eternal.model.night import Night
from eternal.model.state import SaveError
from eternal.persistence.saves import list_saves, saves_dir, write_save
from eternal.persistence.settings import Settings
from eternal.persistence.story_home import story_home
from eternal.presentation.app import App
from eternal.presentation.save_files import SLOTS, SaveFiles

from conftest import ROOT

# what a screen may take from persistence: names and pure helpers, nothing that opens a file
PURE = {"AUTOSAVE", "SaveInfo", "is_autosave", "finished", "SLOT_NAME"}


def _night(story, seed=0) -> Night:
    night = Night.new(story, seed)
    night.continue_()
    return night


def test_an_empty_folder_has_nothing_to_continue_and_empty_slots(tmp_path, mini_story):
    files = SaveFiles(mini_story, tmp_path)
    assert not files.can_continue()
    assert files.rows(saving=True) == [(slot, None) for slot in SLOTS]
    assert files.rows(saving=False)[0] == ("autosave", None)  # the load list always offers the autosave's row


def test_a_written_slot_is_listed_and_loads_back_as_the_same_night(tmp_path, mini_story):
    files = SaveFiles(mini_story, tmp_path)
    night = _night(mini_story, seed=4)
    assert files.write("slot2", night, "a memory") == "slot2"
    assert files.can_continue()
    info = dict(files.rows(saving=False))["slot2"]
    assert info is not None and info.ok
    assert files.load(info).to_save() == night.to_save()


def test_a_written_slot_keeps_its_picture(tmp_path, mini_story):
    files = SaveFiles(mini_story, tmp_path)
    picture = pygame.Surface((16, 9))
    picture.fill((200, 10, 10))
    files.write("slot1", _night(mini_story), "a memory", picture)
    loaded = files.thumbnail("slot1")
    assert loaded is not None and loaded.get_size() == (16, 9) and loaded.get_at((3, 3))[:3] == (200, 10, 10)
    assert files.thumbnail("slot5") is None


def test_another_storys_save_is_listed_damaged_with_the_reason_and_does_not_load(tmp_path, mini_story):
    foreign = dict(_night(mini_story).to_save(), story_id="another_story")
    write_save(tmp_path, "slot3", foreign, "theirs")
    files = SaveFiles(mini_story, tmp_path)
    info = dict(files.rows(saving=True))["slot3"]
    assert info is not None and not info.ok and "another_story" in info.problem
    with pytest.raises(SaveError):
        files.load(info)


def test_a_run_that_saves_nothing_offers_nothing_to_continue(tmp_path, mini_story):
    write_save(tmp_path, "slot1", _night(mini_story).to_save(), "a memory")
    assert SaveFiles(mini_story, tmp_path).can_continue()
    assert not SaveFiles(mini_story, tmp_path, enabled=False).can_continue()


def test_after_a_reload_into_another_story_id_the_saves_go_to_that_storys_folder(tmp_path, mini_story):
    app = App(mini_story, home=tmp_path, settings=Settings(), size=(320, 180))
    app.start_night(Night.new(mini_story))
    ours = story_home(tmp_path, mini_story.id)
    assert app.services.story_home == ours and [i.slot for i in list_saves(ours)] == ["autosave"]
    renamed = dataclasses.replace(mini_story, id="renamed")
    app.use_story(renamed)
    theirs = story_home(tmp_path, "renamed")
    assert app.services.story_home == theirs and app.services.session.home == theirs
    assert app.services.session.autosave()
    assert [i.slot for i in list_saves(theirs)] == ["autosave"]
    assert list_saves(theirs)[0].state["story_id"] == "renamed"
    assert [i.state["story_id"] for i in list_saves(ours)] == ["mini"]  # the old story's save stays its own
    app.quit()
    pygame.quit()


def test_a_reload_of_the_same_story_keeps_its_folder(tmp_path, mini_story):
    app = App(mini_story, home=tmp_path, settings=Settings(), size=(320, 180))
    app.start_night(Night.new(mini_story))
    app.use_story(dataclasses.replace(mini_story))
    assert app.services.story_home == story_home(tmp_path, mini_story.id)
    assert app.services.session.autosave()
    assert sorted(p.name for p in (tmp_path / "stories").iterdir()) == ["mini"]
    assert not saves_dir(tmp_path).exists()  # nothing went to the old shared folder
    app.quit()
    pygame.quit()


def test_no_screen_opens_a_save_file_itself():
    for path in sorted((ROOT / "eternal" / "presentation" / "screens").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("eternal.persistence"):
                taken = {alias.name for alias in node.names}
                assert taken <= PURE, f"{path.name} takes {sorted(taken - PURE)} from {node.module}: ask the session"
