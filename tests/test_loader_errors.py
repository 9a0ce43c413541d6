"""Each kind of authoring mistake is reported as path:line:col: message, on the line where it is, all at once."""

import pytest

from eternal.loader import load_story


def edit(folder, name, old, new, count=1):
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def line_of(folder, name, needle, nth=1):
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
    hits = [i + 1 for i, line in enumerate(lines) if needle in line]
    return hits[nth - 1]


def problems(folder):
    result = load_story(folder)
    assert not result.ok
    return [str(p) for p in result.problems]


def assert_reported(folder, name, needle, message, nth=1):
    found = problems(folder)
    line = line_of(folder, name, needle, nth)
    assert any(f"{name}:{line}:" in p and message in p for p in found), (line, found)


def test_the_mini_story_is_clean(mini_copy):
    assert load_story(mini_copy).ok


def test_dangling_association(mini_copy):
    edit(mini_copy, "memories.yaml", "associations: [middle]", "associations: [middel]")
    assert_reported(mini_copy, "memories.yaml", "associations: [middel]", "association to 'middel', which is no memory")


def test_dangling_goto(mini_copy):
    edit(mini_copy, "memories.yaml", "            set: {said_sorry: true}\n", "            set: {said_sorry: true}\n            goto: nowhere\n")
    assert_reported(mini_copy, "memories.yaml", "goto: nowhere", "goto 'nowhere': no such beat")


def test_unknown_flag(mini_copy):
    edit(mini_copy, "memories.yaml", "if: {flag: said_sorry}", "if: {flag: said_sory}")
    assert_reported(mini_copy, "memories.yaml", "said_sory", "unknown flag 'said_sory'")


def test_missing_translation(mini_copy):
    edit(mini_copy, "memories.yaml", 'text: {en: Steam., de: Dampf.}', 'text: {en: Steam.}')
    assert_reported(mini_copy, "memories.yaml", "text: {en: Steam.}", "missing German (de) text")


def test_memento_in_unmapped_memory(mini_copy):
    edit(mini_copy, "memories.yaml", "    associations: [attic]\n", "    associations: [attic]\n    mementos: [mug]\n")
    assert_reported(mini_copy, "memories.yaml", "mementos: [mug]", "only mapped memories have mementos", nth=3)


def test_erase_order_must_run_newest_first(mini_copy):
    edit(mini_copy, "story.yaml", "erase_order: [late, middle, river, early]", "erase_order: [late, river, middle, early]")
    assert_reported(mini_copy, "story.yaml", "erase_order", "newest first")


def test_mapped_memory_missing_from_erase_order(mini_copy):
    edit(mini_copy, "story.yaml", "erase_order: [late, middle, river, early]", "erase_order: [late, middle, river]")
    found = problems(mini_copy)
    assert any("missing from the story's erase_order" in p and "memories.yaml:" in p for p in found), found


def test_unreachable_unmapped_memory(mini_copy):
    edit(mini_copy, "memories.yaml", "    associations: [dock]\n    beats:\n      - id: a\n        text: {en: Fence.",
         "    beats:\n      - id: a\n        text: {en: Fence.")
    edit(mini_copy, "memories.yaml", "associations: [early, table, yard]", "associations: [early, table]")
    edit(mini_copy, "memories.yaml", "    associations: [yard]\n", "")
    found = problems(mini_copy)
    assert any("'yard' cannot be reached" in p for p in found), found


def test_unknown_key_is_named_where_it_stands(mini_copy):
    edit(mini_copy, "memories.yaml", "    era: amber\n", "    era: amber\n    mood: sad\n")
    assert_reported(mini_copy, "memories.yaml", "mood: sad", "unknown key 'mood'")


def test_missing_art_file(mini_copy):
    edit(mini_copy, "memories.yaml", "    keepsake: {en: the kitchen, de: die Küche}\n",
         "    keepsake: {en: the kitchen, de: die Küche}\n    art:\n      - {layer: sky, image: art/middle/sky.svg}\n")
    assert_reported(mini_copy, "memories.yaml", "art/middle/sky.svg", "does not exist")


@pytest.mark.parametrize("path", ["../../etc/passwd", "/etc/passwd"])
def test_art_outside_the_story_is_refused(mini_copy, path):
    edit(mini_copy, "memories.yaml", "    keepsake: {en: the kitchen, de: die Küche}\n",
         f"    keepsake: {{en: the kitchen, de: die Küche}}\n    art:\n      - {{layer: sky, image: {path}}}\n")
    found = problems(mini_copy)
    assert any(("outside the story root" in p or "absolute path" in p) and "memories.yaml:" in p for p in found), found


def test_yaml_syntax_error_has_its_position(mini_copy):
    edit(mini_copy, "memories.yaml", "title: {en: Middle, de: Mitte}", "title: {en: Middle, de: Mitte")
    found = problems(mini_copy)
    assert any(p.startswith(str(mini_copy / "memories.yaml").split("/")[-1]) or "memories.yaml:" in p for p in found)
    assert all("YAML" in p for p in found if "memories.yaml" in p)


def test_duplicate_key(mini_copy):
    edit(mini_copy, "memories.yaml", "    era: amber\n", "    era: amber\n    era: winter  # again\n")
    assert_reported(mini_copy, "memories.yaml", "# again", "duplicate key 'era'")


def test_duplicate_memory_id(mini_copy):
    edit(mini_copy, "memories.yaml", "  - id: attic\n", "  - id: table\n")
    found = problems(mini_copy)
    assert any("memory id 'table' is already used" in p for p in found), found


def test_two_turns(mini_copy):
    edit(mini_copy, "memories.yaml", "      - id: b\n        text: {en: Quiet.", "      - id: b\n        turn: true\n        text: {en: Quiet.")
    assert_reported(mini_copy, "memories.yaml", "turn: true", "a second turn", nth=2)


def test_ending_behind_an_unconditional_one(mini_copy):
    edit(mini_copy, "memories.yaml", "  - id: saved\n    when: {all: [{outcome: aborted}, {survivors: {min: 2}}]}\n", "  - id: saved\n")
    found = problems(mini_copy)
    assert any("'remains' can never be chosen" in p for p in found), found


def test_ending_needing_a_flag_nobody_sets(mini_copy):
    edit(mini_copy, "memories.yaml", "    when: {outcome: completed}", "    when: {flag: kept_shell, is: 7}")
    assert_reported(mini_copy, "memories.yaml", "kept_shell, is: 7", "can never be chosen")


def test_many_mistakes_are_reported_at_once(mini_copy):
    edit(mini_copy, "memories.yaml", "associations: [middle]", "associations: [middel]")
    edit(mini_copy, "memories.yaml", "if: {flag: said_sorry}", "if: {flag: said_sory}")
    edit(mini_copy, "memories.yaml", "    who: clem\n", "    who: clementine\n")
    found = problems(mini_copy)
    assert len(found) >= 3


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe\x00garbage", b"story: [unclosed", b"", b"- just\n- a list\n", b"a: &x [*x]\n", b"story:\n\tid: tab\n",
     b"!!python/object:os.system {}\n"],
)
def test_broken_files_never_raise(mini_copy, content):
    (mini_copy / "zz_broken.yaml").write_bytes(content)
    result = load_story(mini_copy)
    assert not result.ok
    assert all(":" in str(p) and "zz_broken.yaml:" in str(p) for p in result.problems), [str(p) for p in result.problems]


def test_alias_bomb_is_stopped(mini_copy):
    bomb = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n"
        for i in range(8)
    )
    (mini_copy / "zz_bomb.yaml").write_text(bomb)
    result = load_story(mini_copy)
    assert any("too many values" in str(p) for p in result.problems), [str(p) for p in result.problems]


def test_flags_and_mementos_may_be_declared_beside_the_memories_that_use_them(mini_copy):
    edit(mini_copy, "story.yaml", "    said_sorry: false\n", "")
    edit(mini_copy, "memories.yaml", "memories:\n", "flags:\n  said_sorry: false\nmemories:\n")
    assert load_story(mini_copy).ok


def test_a_flag_declared_twice(mini_copy):
    edit(mini_copy, "memories.yaml", "memories:\n", "flags:\n  said_sorry: true\nmemories:\n")
    found = problems(mini_copy)
    assert len(found) == 1
    assert "flag 'said_sorry' is declared twice" in found[0]
    assert "memories.yaml:2:3" in found[0] and "story.yaml:18:5" in found[0]


def test_a_cue_belongs_only_to_a_hiding_place(mini_copy):
    edit(mini_copy, "memories.yaml", "    associations: [middle]\n", "    associations: [middle]\n    cue: {en: a car, de: ein Auto}\n")
    assert_reported(mini_copy, "memories.yaml", "cue: {en: a car", "only unmapped memories are hiding places")


def test_a_count_needs_a_bound(mini_copy):
    edit(mini_copy, "memories.yaml", "when: {outcome: completed}", "when: {count: hides}")
    assert_reported(mini_copy, "memories.yaml", "when: {count: hides}", "'count' needs 'min' or 'max'")


def test_the_search_interval_is_a_whole_number_or_a_list_of_them(mini_copy):
    edit(mini_copy, "story.yaml", "search_every: 2", "search_every: [2, 0]")
    assert_reported(mini_copy, "story.yaml", "search_every", "out of range (minimum 1)")
    edit(mini_copy, "story.yaml", "search_every: [2, 0]", "search_every: often")
    assert_reported(mini_copy, "story.yaml", "search_every", "a whole number or a list, not text 'often'")
