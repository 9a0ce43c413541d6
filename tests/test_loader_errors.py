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


# One edit, one mistake, reported on its line: (file, text, the text with the mistake, text on the mistake's line,
# the message, which of the lines holding that text)
ONE_MISTAKE = [
    pytest.param("memories.yaml", "associations: [middle]", "associations: [middel]",
                 "associations: [middel]", "association to 'middel', which is no memory", 1, id="dangling_association"),
    pytest.param("memories.yaml", "            set: {said_sorry: true}\n", "            set: {said_sorry: true}\n            goto: nowhere\n",
                 "goto: nowhere", "goto 'nowhere': no such beat", 1, id="dangling_goto"),
    pytest.param("memories.yaml", "if: {flag: said_sorry}", "if: {flag: said_sory}",
                 "said_sory", "unknown flag 'said_sory'", 1, id="unknown_flag"),
    pytest.param("memories.yaml", 'text: {en: Steam., de: Dampf.}', 'text: {en: Steam.}',
                 "text: {en: Steam.}", "missing 'de' text", 1, id="missing_translation"),
    pytest.param("memories.yaml", "    associations: [attic]\n", "    associations: [attic]\n    mementos: [mug]\n",
                 "mementos: [mug]", "only mapped memories have mementos", 3, id="memento_in_unmapped_memory"),
    pytest.param("story.yaml", "erase_order: [late, middle, river, early]", "erase_order: [late, river, middle, early]",
                 "erase_order", "newest first", 1, id="erase_order_must_run_newest_first"),
    pytest.param("memories.yaml", "    era: amber\n", "    era: amber\n    mood: sad\n",
                 "mood: sad", "unknown key 'mood'", 1, id="unknown_key_is_named_where_it_stands"),
    pytest.param("memories.yaml", "    era: amber\n", "    era: amber\n    era: winter  # again\n",
                 "# again", "duplicate key 'era'", 1, id="duplicate_key"),
    pytest.param("memories.yaml", "      - id: b\n        text: {en: Quiet.", "      - id: b\n        do: [turn]\n        text: {en: Quiet.",
                 "do: [turn]", "a second turn", 2, id="two_turns"),
    pytest.param("memories.yaml", "    when: {outcome: completed}", "    when: {flag: kept_shell, is: 7}",
                 "kept_shell, is: 7", "can never be chosen", 1, id="ending_needing_a_flag_nobody_sets"),
    pytest.param("memories.yaml", "    associations: [middle]\n", "    associations: [middle]\n    cue: {en: a car, de: ein Auto}\n",
                 "cue: {en: a car", "only unmapped memories are hiding places", 1, id="a_cue_belongs_only_to_a_hiding_place"),
    pytest.param("memories.yaml", "when: {outcome: completed}", "when: {count: hides}",
                 "when: {count: hides}", "'count' needs 'min' or 'max'", 1, id="a_count_needs_a_bound"),
    pytest.param("memories.yaml", "    keepsake: {en: the kitchen, de: die Küche}\n",
                 "    keepsake: {en: the kitchen, de: die Küche}\n    art:\n      - {layer: sky, image: art/middle/sky.svg}\n",
                 "art/middle/sky.svg", "does not exist", 1, id="missing_art_file"),
]


@pytest.mark.parametrize("name, old, new, needle, message, nth", ONE_MISTAKE)
def test_a_mistake_is_reported_on_its_line(mini_copy, name, old, new, needle, message, nth):
    edit(mini_copy, name, old, new)
    assert_reported(mini_copy, name, needle, message, nth)


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


def test_duplicate_memory_id(mini_copy):
    edit(mini_copy, "memories.yaml", "  - id: attic\n", "  - id: table\n")
    found = problems(mini_copy)
    assert any("memory id 'table' is already used" in p for p in found), found


def test_ending_behind_an_unconditional_one(mini_copy):
    edit(mini_copy, "memories.yaml", "  - id: saved\n    when: {all: [{outcome: aborted}, {survivors: {min: 2}}]}\n", "  - id: saved\n")
    found = problems(mini_copy)
    assert any("'remains' can never be chosen" in p for p in found), found


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


def test_the_search_interval_is_a_whole_number_or_a_list_of_them(mini_copy):
    edit(mini_copy, "story.yaml", "search_every: 2", "search_every: [2, 0]")
    assert_reported(mini_copy, "story.yaml", "search_every", "out of range (minimum 1)")
    edit(mini_copy, "story.yaml", "search_every: [2, 0]", "search_every: often")
    assert_reported(mini_copy, "story.yaml", "search_every", "a whole number or a list, not text 'often'")


# --- numbers, paths and merge keys: what a scene file may hold, bounded -------------------------------------------

def _with_sky(folder, layer="{layer: sky, image: art/sky.svg}"):
    """The mini story with one art layer in 'middle' and the picture it names (art/ beside scenes/)."""
    (folder.parent / "art").mkdir(exist_ok=True)
    (folder.parent / "art" / "sky.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"/>')
    edit(folder, "memories.yaml", "    keepsake: {en: the kitchen, de: die Küche}\n",
         f"    keepsake: {{en: the kitchen, de: die Küche}}\n    art:\n      - {layer}\n")


def col_of(folder, name, needle):
    line = line_of(folder, name, needle)
    return (folder / name).read_text(encoding="utf-8").splitlines()[line - 1].index(needle) + 1


def test_a_story_with_art_inside_its_folder_loads(mini_copy):
    _with_sky(mini_copy, "{layer: sky, image: art/sky.svg, goes: [0.2, 0.8]}")
    result = load_story(mini_copy)
    assert result.ok, [str(p) for p in result.problems]
    layer = result.story.memories["middle"].art[0]
    assert layer.goes == (0.2, 0.8) and layer.image.endswith("sky.svg")


def test_nan_in_goes_is_an_authoring_error(mini_copy):
    _with_sky(mini_copy, "{layer: sky, image: art/sky.svg, goes: [.nan, .nan]}")
    found = problems(mini_copy)
    line, col = line_of(mini_copy, "memories.yaml", ".nan"), col_of(mini_copy, "memories.yaml", ".nan")
    assert any(p.endswith(f"memories.yaml:{line}:{col}: '.nan' is not a finite number (NaN and infinity are not allowed)")
               for p in found), found


@pytest.mark.parametrize("file, old, new, needle", [
    ("memories.yaml", "at: 0.1", "at: .inf", ".inf"),
    ("memories.yaml", "when: {age: 4}", "when: {age: -.inf}", "-.inf"),
    ("story.yaml", "kept_shell: false", "kept_shell: .NaN", ".NaN"),
    ("story.yaml", "search_every: 2", "search_every: [2, .Inf]", ".Inf"),
    ("memories.yaml", "set: {said_sorry: true}", "set: {said_sorry: 1.0e+999}", "1.0e+999"),
])
def test_no_number_anywhere_may_be_nan_or_infinite(mini_copy, file, old, new, needle):
    edit(mini_copy, file, old, new)
    assert_reported(mini_copy, file, needle, "is not a finite number")
    assert f"{file}:{line_of(mini_copy, file, needle)}:{col_of(mini_copy, file, needle)}:" in " ".join(problems(mini_copy))


def test_a_number_far_beyond_any_sensible_range_is_an_authoring_error(mini_copy):
    edit(mini_copy, "story.yaml", "kept_shell: false", "kept_shell: 123456789012345")
    assert_reported(mini_copy, "story.yaml", "123456789012345", "123456789012345 is out of range")


def test_a_number_thousands_of_digits_long_is_refused_unread(mini_copy):
    edit(mini_copy, "story.yaml", "kept_shell: false", "kept_shell: 1" + ":30" * 20000)  # a YAML 1.1 base-60 number
    assert_reported(mini_copy, "story.yaml", "kept_shell: 1:30", "a number of 60001 characters")


@pytest.mark.parametrize("escape", ["\\0", "\\x1b", "\\t", "\\n"])
def test_a_control_character_in_an_art_path_is_an_authoring_error(mini_copy, escape):
    _with_sky(mini_copy, f'{{layer: sky, image: "art/sky{escape}.svg"}}')
    assert_reported(mini_copy, "memories.yaml", "art/sky", "holds a control character")


def test_a_nul_byte_in_a_sound_path_is_an_authoring_error(mini_copy):
    edit(mini_copy, "memories.yaml", "at: 0.1,", 'at: 0.1, sound: "sound/beer\\0.ogg",')
    assert_reported(mini_copy, "memories.yaml", "sound/beer", "holds a control character ('\\x00' at character 11)")


def test_a_nul_byte_in_the_root_is_an_authoring_error(mini_copy):
    edit(mini_copy, "story.yaml", "  format: 1\n", '  format: 1\n  root: "..\\0"\n')
    assert_reported(mini_copy, "story.yaml", "root:", "holds a control character")


@pytest.mark.parametrize("root, message", [
    ("/", "is an absolute path"),
    ("../..", "leads outside the story's folder"),
    ("../../../../../../../../..", "leads outside the story's folder"),
    ("../scenes/../..", "leads outside the story's folder"),
])
def test_a_root_outside_the_story_folder_is_refused(mini_copy, root, message):
    edit(mini_copy, "story.yaml", "  format: 1\n", f"  format: 1\n  root: {root}\n")
    assert_reported(mini_copy, "story.yaml", "root:", message)


def test_a_root_that_is_a_link_out_of_the_story_folder_is_refused(mini_copy, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (mini_copy.parent / "assets").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    edit(mini_copy, "story.yaml", "  format: 1\n", "  format: 1\n  root: ../assets\n")
    assert_reported(mini_copy, "story.yaml", "root:", "leads outside the story's folder")


@pytest.mark.parametrize("root", [".", "..", "../assets"])
def test_the_root_may_be_the_scenes_folder_its_parent_or_a_folder_in_them(mini_copy, root):
    (mini_copy.parent / "assets").mkdir()
    edit(mini_copy, "story.yaml", "  format: 1\n", f"  format: 1\n  root: {root}\n")
    assert load_story(mini_copy).ok


def test_a_merge_key_with_an_override_is_not_a_duplicate(mini_copy):
    edit(mini_copy, "story.yaml", "    clem: {en: Clem, de: Clem}\n    stan: {en: Stan, de: Stan}\n",
         "    clem: &name {en: Clem, de: Clem}\n    stan: {<<: *name, en: Stan}\n")
    result = load_story(mini_copy)
    assert result.ok, [str(p) for p in result.problems]
    stan = result.story.characters["stan"]
    assert (stan.get("en"), stan.get("de")) == ("Stan", "Clem")


def test_an_earlier_merged_mapping_wins_over_a_later_one(mini_copy):
    edit(mini_copy, "story.yaml", "    clem: {en: Clem, de: Clem}\n    stan: {en: Stan, de: Stan}\n",
         "    clem: &clem {en: Clem, de: Clem}\n    stan: &stan {en: Stan, de: Stan}\n    nora: {<<: [*stan, *clem]}\n")
    result = load_story(mini_copy)
    assert result.ok, [str(p) for p in result.problems]
    assert result.story.characters["nora"].get("de") == "Stan"


def test_a_real_duplicate_key_beside_a_merge_key_is_still_reported(mini_copy):
    edit(mini_copy, "story.yaml", "    clem: {en: Clem, de: Clem}\n    stan: {en: Stan, de: Stan}\n",
         "    clem: &name {en: Clem, de: Clem}\n    stan: {<<: *name, en: Stan, en: Stanley}\n")
    assert_reported(mini_copy, "story.yaml", "en: Stanley", "duplicate key 'en'")


def test_a_merge_key_must_name_a_mapping(mini_copy):
    edit(mini_copy, "story.yaml", "    stan: {en: Stan, de: Stan}\n", "    stan: {<<: [1, 2], en: Stan, de: Stan}\n")
    assert_reported(mini_copy, "story.yaml", "<<: [1, 2]", "a merge key (<<) takes a mapping")


def test_a_merge_key_bomb_is_stopped(mini_copy):
    bomb = "a0: &a0 {k: 1}\n" + "".join(f"a{i}: &a{i} {{<<: [*a{i - 1}, *a{i - 1}], k{i}: [*a{i - 1}, *a{i - 1}]}}\n" for i in range(1, 40))
    (mini_copy / "zz_bomb.yaml").write_text(bomb)
    assert any("zz_bomb.yaml:1:1: the file expands to too many values" in p for p in problems(mini_copy))


def test_a_scene_file_linked_from_outside_the_story_folder_is_not_read(mini_copy, tmp_path):
    secret = tmp_path / "secret.yaml"
    secret.write_text("password: hunter2\n")
    (mini_copy / "zz_link.yaml").symlink_to(secret)
    found = problems(mini_copy)
    assert any(p.endswith("zz_link.yaml:1:1: a link to a file outside the story's folder; it is not read") for p in found), found
    assert not any("password" in p or "hunter2" in p for p in found)
