"""The story format's header and commands: eras, title era, cues, ambience, interface words, languages, `do:` and
the hiding's rules. Each mistake is reported where it stands, as path:line:col; the typed story carries what loads."""

import pytest

from eternal.loader import load_story
from eternal.model.graph import associations, distances, reachable
from eternal.model.story import Memory, Text
from test_loader_errors import assert_reported, edit, problems


def loaded(folder):
    result = load_story(folder)
    assert result.ok, [str(p) for p in result.problems]
    return result.story


# --- eras --------------------------------------------------------------------------------------------------------

def test_a_scene_in_an_era_the_header_does_not_declare_is_reported_where_it_names_it(mini_copy):
    edit(mini_copy, "memories.yaml", "    era: amber\n", "    era: noir\n")
    assert_reported(mini_copy, "memories.yaml", "era: noir", "era 'noir' is not declared under the story's 'eras:'")


def test_any_era_the_header_declares_may_be_named(mini_copy):
    edit(mini_copy, "story.yaml", '    amber: {fill: "#966030"', '    noir: {fill: "#966030"')
    edit(mini_copy, "memories.yaml", "    era: amber\n", "    era: noir\n", count=-1)
    story = loaded(mini_copy)
    assert story.eras["noir"].fill == (0x96, 0x60, 0x30)
    assert {m.era for m in story.memories.values()} >= {"noir"}


def test_the_eras_carry_their_colours_and_music_and_the_title_era_defaults_to_none(mini_copy):
    story = loaded(mini_copy)
    assert list(story.eras)[0] == "clinic" and story.title_era is None
    clinic = story.eras["clinic"]
    assert (clinic.fill, clinic.fog, clinic.accent, clinic.music) == ((196, 220, 206), (192, 204, 200), (150, 90, 200), None)


def test_a_colour_is_written_as_rrggbb(mini_copy):
    edit(mini_copy, "story.yaml", 'fill: "#966030"', 'fill: "brown"')
    assert_reported(mini_copy, "story.yaml", '"brown"', "write a colour as #rrggbb")


def test_the_header_needs_its_eras(mini_copy):
    path = mini_copy / "story.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.index("  eras:\n")], encoding="utf-8")
    assert any("story.yaml:2:" in p and "missing 'eras'" in p for p in problems(mini_copy))


def test_the_title_era_must_be_declared(mini_copy):
    edit(mini_copy, "story.yaml", "  eras:\n", "  title_era: dawn\n  eras:\n")
    assert_reported(mini_copy, "story.yaml", "title_era: dawn", "era 'dawn' is not declared")


def test_the_old_music_block_names_what_replaced_it(mini_copy):
    edit(mini_copy, "story.yaml", "  eras:\n", "  music: {clinic: sound/clinic.ogg}\n  eras:\n")
    assert_reported(mini_copy, "story.yaml", "music:", "`music:` is now each era's `music:` under `eras:`")


# --- sounds, cues, ambience, interface words ---------------------------------------------------------------------

def _with_sounds(folder, header):
    (folder.parent / "sound").mkdir(exist_ok=True)
    for name in ("hum", "bell"):
        (folder.parent / "sound" / f"{name}.ogg").write_bytes(b"OggS")
    edit(folder, "story.yaml", "  eras:\n", "  sounds: {hum: sound/hum.ogg, bell: sound/bell.ogg}\n" + header + "  eras:\n")


def test_cues_ambience_and_interface_words_reach_the_typed_story(mini_copy):
    _with_sounds(mini_copy, "  cues: {found: bell, erased: bell}\n"
                            "  ambience:\n    - {cue: hum, follows: erasure, base: 0.1, gain: 0.4, swell_on: intrusion}\n"
                            "  ui:\n    map_title: {en: the map, de: die Karte}\n")
    story = loaded(mini_copy)
    assert dict(story.cues) == {"found": "bell", "erased": "bell"}
    loop = story.ambience[0]
    assert (loop.cue, loop.follows, loop.base, loop.gain, loop.swell_on) == ("hum", "erasure", 0.1, 0.4, "intrusion")
    assert story.ui["map_title"].get("de") == "die Karte"


def test_a_cue_or_a_loop_names_a_sound_of_the_story(mini_copy):
    _with_sounds(mini_copy, "  cues: {found: gong}\n  ambience: [{cue: rain, follows: progress}]\n")
    assert_reported(mini_copy, "story.yaml", "found: gong", "'gong' is no sound of the story (declare it under 'sounds:'")
    assert_reported(mini_copy, "story.yaml", "cue: rain", "'rain' is no sound of the story")


def test_a_cue_answers_only_an_event_of_the_engine(mini_copy):
    _with_sounds(mini_copy, "  cues: {thunder: bell}\n")
    assert_reported(mini_copy, "story.yaml", "thunder: bell", "unknown key 'thunder' (expected one of: erased, found, hidden, lost, move, pick)")


def test_interface_words_are_texts_in_every_story_language(mini_copy):
    edit(mini_copy, "story.yaml", "  eras:\n", "  ui:\n    map_title: {en: the map}\n  eras:\n")
    assert_reported(mini_copy, "story.yaml", "map_title: {en: the map}", "missing 'de' text")


# --- languages ---------------------------------------------------------------------------------------------------

def test_a_story_may_be_in_any_language_tag(mini_copy):
    for name in ("story.yaml", "memories.yaml"):
        path = mini_copy / name
        path.write_text(path.read_text(encoding="utf-8").replace(" de: ", " pt-BR: "), encoding="utf-8")
    edit(mini_copy, "story.yaml", "languages: [en, de]", "languages: [en, pt-BR]")
    story = loaded(mini_copy)
    assert story.languages == ("en", "pt-BR")
    assert story.memories["middle"].title.get("pt-BR") == "Mitte"


@pytest.mark.parametrize("tag", ["EN", "english", "e"])
def test_a_language_that_is_no_tag_is_reported(mini_copy, tag):
    edit(mini_copy, "story.yaml", "languages: [en, de]", f"languages: [en, de, {tag}]")
    assert_reported(mini_copy, "story.yaml", "languages:", f"{tag!r} is not a language tag")


# --- commands ----------------------------------------------------------------------------------------------------

def test_beats_and_options_carry_their_commands(mini_copy):
    story = loaded(mini_copy)
    assert story.turn_memory is not None
    assert any(beat.survivors for ending in story.endings for beat in ending.beats)


@pytest.mark.parametrize("old, new", [("turn", "turn"), ("escape", "escape"), ("survivors", "list_survivors")])
def test_an_old_flag_of_a_beat_names_the_command_that_replaced_it(mini_copy, old, new):
    edit(mini_copy, "memories.yaml", f"do: [{new}]", f"{old}: true")
    assert_reported(mini_copy, "memories.yaml", f"{old}: true", f"`{old}: true` is now `do: [{new}]`")


def test_an_unknown_command_is_reported_with_the_known_ones(mini_copy):
    edit(mini_copy, "memories.yaml", "do: [turn]", "do: [turn, dance]")
    assert_reported(mini_copy, "memories.yaml", "do: [turn, dance]", "unknown command 'dance' (known: ")
    assert all(name in " ".join(problems(mini_copy)) for name in ("turn (beat)", "escape (beat or option)", "list_survivors (beat)"))


def test_a_command_where_it_cannot_stand_is_reported(mini_copy):
    edit(mini_copy, "memories.yaml", "            set: {said_sorry: true}\n", "            set: {said_sorry: true}\n            do: [turn]\n")
    assert_reported(mini_copy, "memories.yaml", "            do: [turn]", "'turn' cannot be done by an option")


def test_listing_the_survivors_belongs_in_an_ending(mini_copy):
    edit(mini_copy, "memories.yaml", "      - id: b\n        text: {en: Quiet.", "      - id: b\n        do: [list_survivors]\n        text: {en: Quiet.")
    assert_reported(mini_copy, "memories.yaml", "do: [list_survivors]", "it belongs in an ending")


# --- the hiding's rules ------------------------------------------------------------------------------------------

def test_the_hiding_rules_take_the_models_values(mini_copy):
    edit(mini_copy, "story.yaml", "    search_every: 2\n", "    search_every: 2\n    reach: unmapped\n    when_found: spare\n")
    hiding = loaded(mini_copy).hiding
    assert (hiding.reach, hiding.when_found) == ("unmapped", "spare")


def test_a_hiding_rule_value_the_model_does_not_know_is_reported(mini_copy):
    edit(mini_copy, "story.yaml", "    search_every: 2\n", "    search_every: 2\n    reach: everywhere\n")
    assert_reported(mini_copy, "story.yaml", "reach: everywhere", "'reach' is 'everywhere'; expected one of: associated, unmapped")


# --- messages speak of roles, not of one story's people ----------------------------------------------------------

def test_an_unmapped_memory_without_an_age_asks_how_old_the_player_was(mini_copy):
    edit(mini_copy, "memories.yaml", "when: {age: 4}", "when: {date: 1970-01-01}")
    assert_reported(mini_copy, "memories.yaml", "when: {date: 1970-01-01}", "how old the player was")


def test_a_memento_in_a_real_memory_says_the_technicians_would_find_it(mini_copy):
    edit(mini_copy, "memories.yaml", "    associations: [attic]\n", "    associations: [attic]\n    mementos: [mug]\n")
    assert any("the technicians would find it" in p for p in problems(mini_copy))


# --- the graph helpers -------------------------------------------------------------------------------------------

def _memory(ident, *links):
    return Memory(id=ident, title=Text({"en": ident}), era="e", art=(), beats=(), associations=links)


def test_associations_join_both_ways_and_skip_unknown_memories_and_self_links():
    memories = {m.id: m for m in (_memory("a", "b", "a", "ghost"), _memory("b"), _memory("c", "b"))}
    assert associations(memories) == {"a": ("b",), "b": ("a", "c"), "c": ("b",)}


def test_a_walk_reaches_only_through_the_nodes_it_may_enter():
    links = {"a": ("b", "x"), "b": ("a", "c"), "c": ("b",), "x": ("a", "y"), "y": ("x",)}
    assert reachable(["a"], links, through=lambda n: n != "x") == {"a", "b", "c"}
    assert distances(["a"], links, blocked=lambda n: n == "c") == {"a": 0, "b": 1, "x": 1, "y": 2}


# --- one walk: the typed story and where each part of it was written ---------------------------------------------

def test_one_walk_builds_the_story_and_the_place_of_each_of_its_parts():
    from conftest import MINI
    from eternal.loader.build import build
    from eternal.loader.yaml_source import read_yaml

    files = sorted(MINI.glob("*.yaml"))
    built = build([read_yaml(path.read_bytes(), path.name)[0] for path in files], MINI)
    assert built.story is not None and not built.problems
    lines = (MINI / "memories.yaml").read_text(encoding="utf-8").splitlines()
    path, line, col = built.positions.where(("memory", "middle", "title"))
    assert path == "memories.yaml" and lines[line - 1][col - 1:].startswith("{en: Middle")
    path, line, col = built.positions.where(("flag", "said_sorry"), key_mark=True)
    assert path == "story.yaml" and (MINI / "story.yaml").read_text(encoding="utf-8").splitlines()[line - 1][col - 1:].startswith("said_sorry:")


def test_interface_words_are_checked_against_the_engines_keys_and_placeholders(mini_copy):
    from eternal.loader import load_story

    edit(mini_copy, "story.yaml", "  eras:\n", "  ui:\n    map_here: {en: the map, de: \"Karte {here}\"}\n    mood: {en: x, de: y}\n  eras:\n")
    found = [str(p) for p in load_story(mini_copy).problems]
    assert len(found) == 2, found
    assert "the 'en' text needs {here}" in found[0]
    assert "unknown interface key 'mood' (expected one of: " in found[1] and "map_title" in found[1]
    assert all(p.split(":")[0].endswith("story.yaml") and p.split(":")[1].isdigit() for p in found), found
