"""The runtime model behind the night's façade: execution states, typed events, read-only state, the queries a
presenter asks instead of re-deriving rules, one-action hiding, the rule registry and the line-id grammar."""

from dataclasses import FrozenInstanceError, replace

import pytest

from eternal.model import line_ids
from eternal.model.conditions import holds
from eternal.model.events import EVENT_KINDS, Found, Hidden, IntrusionHeard, MemoryErased, SceneEntered
from eternal.model.history import backlog
from eternal.model.night import Night
from eternal.model.queries import Act
from eternal.model.rules.registry import COMMANDS, CONDITIONS
from eternal.model.state import ExecutionState
from eternal.model.story import HIDING_REACH, HIDING_WHEN_FOUND, Condition
from playthrough import play, read_on, scenario, step
from test_rules import read_until


def _at_the_turn(story, seed=0) -> Night:
    night = Night.new(story, seed)
    read_until(night, "river", "turn")
    return night


# --- execution state ------------------------------------------------------------------------------------------------

def test_the_execution_state_is_an_enum_that_still_reads_as_its_old_phase_string(mini_story):
    night = Night.new(mini_story)
    assert night.execution is ExecutionState.READING
    assert night.phase == "reading" and night.execution == night.phase
    play(night, "comply")
    assert night.execution is ExecutionState.ENDED and night.phase == "ended"


def test_the_part_of_the_night_follows_from_where_it_stands(mini_story):
    night = Night.new(mini_story)
    assert night.state.stage == "prologue" and not night.is_in_erasure()
    read_until(night, "late")
    assert night.state.stage == "erasure" and night.is_in_erasure()
    play(night, "comply")
    assert night.state.stage == "ending" and not night.is_in_erasure()


# --- state: read only -------------------------------------------------------------------------------------------------

def test_a_client_cannot_assign_the_nights_state(mini_story):
    night = Night.new(mini_story)
    with pytest.raises(AttributeError):
        night.state.scene = "late"  # type: ignore[misc]


def test_a_client_cannot_change_the_lists_and_maps_of_the_nights_state(mini_story):
    night = _at_the_turn(mini_story)
    with pytest.raises(TypeError):
        night.state.erased.append("river")
    with pytest.raises(TypeError):
        night.state.levels["river"] = 1.0  # type: ignore[index]
    with pytest.raises(TypeError):
        night.state.flags["said_sorry"] = True  # type: ignore[index]
    assert night.state.erased == ["late", "middle"] and night.level("river") < 1.0


def test_a_scenario_stands_where_it_is_told_and_plays_on_by_the_rules(mini_story):
    night = scenario(mini_story).at("middle", "b", erased=["late"], flags={"said_sorry": True})
    assert night.line.id == "middle.b" and night.state.front == "middle" and night.is_in_erasure()
    assert night.state.flags["said_sorry"] is True
    play(night, "comply")
    assert night.state.erased == ["late", "middle", "river", "early"]


# --- typed events ------------------------------------------------------------------------------------------------------

def test_events_are_frozen_and_typed_with_their_kind_strings(mini_story):
    night = Night.new(mini_story)
    first = night.pop_events()
    assert isinstance(first[0], SceneEntered) and first[0].kind == "scene" and first[0].scene == "office"
    with pytest.raises(FrozenInstanceError):
        first[0].scene = "late"  # type: ignore[misc]
    assert {"scene", "intrusion", "erased", "hidden", "found", "lost", "ended"} <= set(EVENT_KINDS)


def test_an_intrusion_event_carries_who_speaks_and_what_they_say(mini_story):
    night = Night.new(mini_story)
    read_until(night, "late", "b")
    night.pop_events()
    for _ in range(100):
        night.tick(0.1)
    heard = [e for e in night.pop_events() if isinstance(e, IntrusionHeard)]
    assert heard and heard[0].who == "stan" and heard[0].text.get("en") and heard[0].intrusion == "beer"


def test_the_erasure_and_the_search_report_what_they_did(mini_story):
    for seed in range(40):
        night = _at_the_turn(mini_story, seed)
        night.pop_events()
        assert night.hide_in("table")
        kinds = [type(e) for e in night.pop_events()]
        assert kinds[0] is Hidden
        for _ in range(3000):
            if night.phase == "ended":
                break
            step(night, "comply")
            kinds += [type(e) for e in night.pop_events()]
        if Found in kinds:
            break
    assert Found in kinds and MemoryErased in kinds


# --- queries -----------------------------------------------------------------------------------------------------------

def test_the_queries_say_what_presentation_used_to_work_out_from_the_state(mini_story):
    night = Night.new(mini_story)
    assert night.front_position() is None and night.companion_at() is None and night.progress() == 0.0
    assert night.upcoming_scenes() == ["late"]  # from the prologue's last scene into the first memory erased
    read_until(night, "middle", "b")
    front = night.front_position()
    assert front is not None and front.memory == "middle" and front.taken == 1
    assert night.upcoming() == ["river", "early"]  # what the erasure takes after the memory on screen
    assert night.upcoming_scenes() == ["river"]  # before the turn she cannot hide: only the next memory
    assert night.progress() == 0.25
    read_until(night, "river", "turn")
    assert night.upcoming_scenes() == ["early", "table"]  # the next memory, and the first place to hide her


def test_the_companion_stands_beside_the_player_once_they_turn_and_where_she_hides_after(mini_story):
    night = _at_the_turn(mini_story)
    assert night.companion_at() == "river"
    assert night.hiding_targets() == ["table", "yard"]
    night.hide_in("yard")
    assert night.companion_at() == "yard"


def test_while_she_hides_the_night_says_where_and_where_they_looked_last(mini_story):
    for seed in range(40):
        night = _at_the_turn(mini_story, seed)
        night.hide_in("table")
        assert night.hiding_place() == "table" and not night.found_here()
        for _ in range(200):
            if night.found_here() or night.hiding_place() is None:
                break
            night.continue_()
            searched = night.last_searched()
            assert searched is None or searched == night.state.swept[-1]
        if night.found_here():
            assert night.last_searched() == "table"
            return
    raise AssertionError("the search never found her")


def test_the_night_says_which_part_of_it_is_being_read(mini_story):
    night = Night.new(mini_story)
    assert night.act() is Act.PROLOGUE
    read_until(night, "late")
    assert night.act() is Act.ERASURE
    play(night, "comply")
    assert night.act() is Act.ENDING and night.act() == "ending"


def test_the_point_of_the_night_names_the_beat_being_read_or_the_hiding_prompt(mini_story):
    night = _at_the_turn(mini_story)
    assert night.point() == line_ids.beat_line("river", "turn")
    assert night.offer_hiding()
    assert night.point() == line_ids.rule_line("river", "escape")


def test_she_hides_here_only_in_the_hiding_place_on_screen(mini_story):
    night = _at_the_turn(mini_story)
    assert not night.hides_here()
    night.hide_in("table")
    assert night.hides_here() and night.hiding_place() == "table"


def test_the_map_facts_say_where_everyone_is_and_what_became_of_each_memory(mini_story):
    night = Night.new(mini_story)
    facts = night.map_facts()
    assert facts.here is None and facts.front is None and facts.companion is None  # the prologue is not on the map
    assert facts.erased == frozenset() and facts.taken == 0 and facts.mapped == 4 and not facts.searching
    read_until(night, "middle", "b")
    facts = night.map_facts()
    assert facts.here == "middle" and facts.front == "middle" and facts.erased == {"late"} and facts.taken == 1
    assert facts.level("middle") == night.level("middle") and facts.level("table") == 0.0
    night = _at_the_turn(mini_story)
    night.hide_in("table")
    facts = night.map_facts()
    assert facts.companion == "table" and facts.here == "table" and facts.front == "river"


def test_equal_moments_give_equal_map_facts_and_a_change_gives_other_facts(mini_story):
    a, b = _at_the_turn(mini_story), _at_the_turn(mini_story)
    assert a.map_facts() == b.map_facts() and hash(a.map_facts()) == hash(b.map_facts())
    b.hide_in("yard")
    assert a.map_facts() != b.map_facts()


def test_in_the_ending_the_map_keeps_the_front_where_it_last_stood(mini_story):
    night = Night.new(mini_story)
    play(night, "comply")
    facts = night.map_facts()
    assert night.front_position() is None  # the erasure is over...
    assert facts.front == "early" and facts.taken == facts.mapped == 4  # ...but the map still shows where it stopped


# --- hiding in one action ------------------------------------------------------------------------------------------------

def test_hiding_her_is_one_action_that_only_takes_a_place_on_offer(mini_story):
    night = _at_the_turn(mini_story)
    assert not night.hide_in("attic")  # not associated with the memory being erased
    assert night.execution is ExecutionState.READING  # nothing opened by the refusal
    assert night.hide_in("table")
    assert night.state.hidden_in == "table" and night.scene.id == "table"
    assert night.state.read[-1] == "river.@hide:table"


def test_no_hiding_in_one_action_before_the_turn(mini_story):
    night = Night.new(mini_story)
    read_until(night, "late", "a")
    assert night.hiding_targets() == [] and not night.hide_in("table")


# --- the story's hiding rules ----------------------------------------------------------------------------------------

def test_the_hiding_rules_default_to_associated_places_and_a_find_that_erases_them(mini_story):
    assert mini_story.hiding.reach == HIDING_REACH[0] == "associated"
    assert mini_story.hiding.when_found == HIDING_WHEN_FOUND[0] == "erase"


def test_with_reach_unmapped_she_may_be_taken_to_any_unmapped_memory(mini_story):
    anywhere = replace(mini_story, hiding=replace(mini_story.hiding, reach="unmapped"))
    night = _at_the_turn(anywhere)
    assert night.hiding_targets() == ["attic", "dock", "table", "yard"]
    assert night.hide_in("attic")
    assert night.state.hidden_in == "attic"


def test_with_when_found_spare_a_find_sends_her_back_and_the_hiding_place_survives_spent(mini_story):
    spare = replace(mini_story, hiding=replace(mini_story.hiding, when_found="spare"))
    for seed in range(40):
        night = _at_the_turn(spare, seed)
        night.hide_in("table")
        for _ in range(200):
            if night.state.special is not None or night.state.hidden_in is None:
                break
            night.continue_()
        if night.state.special == "found":
            break
    else:
        raise AssertionError("the search never found her")
    night.continue_()  # past the line that says they found her
    assert night.phase != "dissolving" and "table" not in night.state.erased
    assert night.state.scene == "river" and night.state.hidden_in is None and "table" in night.state.spent
    assert "table" not in night.hiding_targets()  # never to hide her again
    play(night, "comply")
    assert "table" in night.survived()


# --- the registry of the story format -----------------------------------------------------------------------------------

def test_the_rule_modules_register_the_commands_of_the_story_format():
    assert set(COMMANDS) == {"turn", "escape", "list_survivors"}
    assert COMMANDS["escape"].on == frozenset({"beat", "option"})
    assert COMMANDS["turn"].on == COMMANDS["list_survivors"].on == frozenset({"beat"})


def test_every_registered_condition_kind_is_answered_in_a_night(mini_story):
    facts = Night.new(mini_story).facts()
    for kind in CONDITIONS:
        items = (Condition("flag", "x"),) if kind in ("all", "any", "not") else ()
        holds(Condition(kind, "late", items=items), facts)  # raises on a kind nothing answers
    with pytest.raises(ValueError):
        holds(Condition("weather", "rain"), facts)


# --- line ids ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line_id,parts", [
    ("late.b", dict(scene="late", beat="b")),
    ("late.b.sorry", dict(scene="late", beat="b", option="sorry")),
    ("saved.list#river", dict(scene="saved", beat="list", item="river")),
    ("river.@escape", dict(scene="river", rule="escape")),
    ("table.@found2", dict(scene="table", rule="found", number=2)),
    ("river.@lost1", dict(scene="river", rule="lost", number=1)),
    ("river.@hide:table", dict(scene="river", rule="hide", target="table")),
])
def test_line_ids_are_parsed_by_one_grammar(line_id, parts):
    assert line_ids.parse(line_id) == line_ids.LineId(**parts)


def test_what_a_night_records_reads_back_as_its_backlog(mini_story):
    night = Night.new(mini_story, 3)
    read_on(night, "hide")
    entries = backlog(mini_story, list(night.state.read))
    assert len(entries) == len([i for i in night.state.read if line_ids.parse(i) is not None])
    assert any(e.picked for e in entries)
