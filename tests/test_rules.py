"""The rules of the night, on the small story in tests/fixtures/mini."""

import pytest

from eternal.model.rules.hiding import hiding_places, search_candidates, search_step
from eternal.model.night import Night
from playthrough import play, read_on, scenario, step


def read_until(night: Night, scene: str, beat: str | None = None, limit: int = 500) -> None:
    """Play as a compliant player until the night shows `scene` (and `beat`)."""
    for _ in range(limit):
        if night.state.scene == scene and (beat is None or night.state.beat == beat) and night.phase != "dissolving":
            return
        step(night)
    raise AssertionError(f"never reached {scene}.{beat}")


def test_memories_are_erased_newest_first(mini_story):
    night = Night.new(mini_story)
    play(night, "comply")
    assert night.state.erased == ["late", "middle", "river", "early"]
    assert night.state.outcome == "completed"
    assert night.state.ending == "clean"


def test_prologue_bags_mementos_before_the_erasure(mini_story):
    night = Night.new(mini_story)
    assert night.state.stage == "prologue"
    read_until(night, "late")
    assert set(night.state.bagged) == {"shell", "mug"}
    assert night.state.stage == "erasure"


def test_erasure_level_rises_while_reading_and_the_memory_dissolves_after_its_last_beat(mini_story):
    night = Night.new(mini_story)
    read_until(night, "late", "a")
    assert night.level("late") == 0.0
    night.continue_()  # to the choice
    for _ in range(100):
        night.tick(0.1)
    assert 0 < night.level("late") <= 0.6
    assert "late" not in night.state.erased
    night.choose("nothing")  # beat c is skipped (its flag is unset): the memory is over
    assert night.phase == "dissolving"
    for _ in range(40):
        night.tick(0.1)
    assert "late" in night.state.erased
    assert night.state.scene == "middle"


def test_reading_is_never_timed_out(mini_story):
    night = Night.new(mini_story)
    read_until(night, "late", "a")
    for _ in range(3000):
        night.tick(0.1)
    assert night.state.scene == "late" and night.state.beat == "a"
    assert night.level("late") < 1.0


def test_choices_set_flags_that_later_beats_read(mini_story):
    night = Night.new(mini_story)
    read_until(night, "late", "b")
    night.choose("sorry")
    assert night.state.flags["said_sorry"] is True
    assert night.state.beat == "c"


def test_no_hiding_before_the_turn(mini_story):
    night = Night.new(mini_story)
    read_until(night, "river", "a")
    assert not night.state.turned
    assert not night.can_hide()
    assert not night.offer_hiding()


def test_the_turn_opens_the_hiding_places(mini_story):
    night = Night.new(mini_story)
    read_until(night, "river", "turn")
    assert night.state.turned
    assert night.can_hide()
    night.continue_()
    night.continue_()  # past the escape beat: the hiding places are offered
    assert night.phase == "escaping"
    offered = {c.target for c in night.choices if c.kind == "hide"}
    assert offered == {"table", "yard"}


def test_hiding_in_unmapped_memory_blocks_deletion(mini_story):
    night = Night.new(mini_story)
    read_until(night, "river", "turn")
    night.offer_hiding()
    night.choose("hide:table")
    level = night.level("river")
    for _ in range(600):
        night.tick(0.1)
    assert night.state.hidden_in == "table"
    assert night.state.front == "river"
    assert night.level("river") == level
    assert "river" not in night.state.erased


def test_only_unmapped_memories_along_associations_can_hide_her(mini_story):
    erased: set[str] = set()
    assert hiding_places(mini_story, "river", set(), erased) == ["table", "yard"]
    assert hiding_places(mini_story, "late", set(), erased) == []  # middle is mapped: no shelter there
    assert hiding_places(mini_story, "table", {"attic"}, erased) == []


def test_search_spreads_from_where_she_vanished_along_associations(mini_story):
    assert search_candidates(mini_story, {"river"}, set()) == ["early", "middle", "table", "yard"]
    assert "attic" not in search_candidates(mini_story, {"river"}, set())
    assert "attic" in search_candidates(mini_story, {"river", "table"}, set())


def test_the_search_is_deterministic_for_a_seed(mini_story):
    picks = [search_step(mini_story, {"river"}, set(), {}, seed=7, step=i) for i in range(20)]
    again = [search_step(mini_story, {"river"}, set(), {}, seed=7, step=i) for i in range(20)]
    assert picks == again
    assert len(set(picks)) > 1


def test_the_search_finds_a_trace(mini_story):
    """A memory she passed through draws the search: over many seeds it is searched first far more often."""
    with_trace = sum(search_step(mini_story, {"river"}, set(), {"table": 2}, seed, 0) == "table" for seed in range(400))
    without = sum(search_step(mini_story, {"river"}, set(), {}, seed, 0) == "table" for seed in range(400))
    assert with_trace > 2 * without


def test_moving_deeper_leaves_a_trace(mini_story):
    night = Night.new(mini_story)
    read_until(night, "river", "turn")
    night.offer_hiding()
    night.choose("hide:table")
    assert night.offer_hiding()  # from one hiding place further in, along its associations
    assert [c.target for c in night.choices if c.kind == "hide"] == ["attic"]
    night.choose("hide:attic")
    assert night.state.traces["table"] == 1
    assert night.state.hidden_in == "attic"
    assert night.state.progress == {"table": "a"}  # a later visit picks up where they left


def _hide_and_read(story, seed, place="table"):
    """Take her hand at the turn and read the hiding place, line by line, until the rules take over."""
    night = Night.new(story, seed)
    read_until(night, "river", "turn")
    night.offer_hiding()
    night.choose(f"hide:{place}")
    for _ in range(200):
        if night.state.special is not None or night.state.hidden_in is None:
            break
        night.continue_()
    return night


def test_where_they_find_her_the_erasure_goes_on_and_takes_the_hiding_place(mini_story):
    night = next(n for n in (_hide_and_read(mini_story, s) for s in range(40)) if n.state.special == "found")
    assert night.state.finds == 1
    night.continue_()  # past the line that says they found her
    assert night.phase == "dissolving"
    for _ in range(40):
        night.tick(0.1)
    assert "table" in night.state.erased
    assert night.state.hidden_in is None
    assert night.state.scene == "river" and night.state.beat == "turn"  # back where she was taken from
    assert "river" not in night.state.saved
    for _ in range(60):
        night.tick(0.1)
    assert night.level("river") > 0  # the front takes up its work again


def test_a_hiding_place_read_to_its_end_unfound_saves_the_memory_they_fled(mini_story):
    night = next(n for n in (_hide_and_read(mini_story, s) for s in range(40)) if n.state.special == "lost")
    s = night.state
    assert s.saved == ["river"] and s.spent == ["table"]
    assert s.scene == "river" and s.beat == "turn" and s.hidden_in is None  # back to the line they left at
    assert night.line.id == "river.@lost1"
    level = night.level("river")
    for _ in range(100):
        night.tick(0.1)
    assert night.level("river") == level  # a saved memory no longer erodes
    read_until(night, "early")
    assert "river" not in night.state.erased  # they walked on out of it; the clinic goes on with the next
    assert night.state.front == "early"


def test_a_spent_hiding_place_cannot_hide_her_again(mini_story):
    night = next(n for n in (_hide_and_read(mini_story, s) for s in range(40)) if n.state.special == "lost")
    night.continue_()
    assert "table" not in night.hiding_targets()  # and the memory they fled needs no more hiding
    assert not night.can_hide()


def test_the_procedure_breaks_off_when_the_erasure_runs_through_with_memories_saved(mini_story):
    night = next(n for n in (_hide_and_read(mini_story, s) for s in range(40)) if n.state.special == "lost")
    play(night, "comply")
    assert night.state.outcome == "aborted"
    assert "river" in night.survived() and "early" in night.state.erased
    assert night.state.ending in ("saved", "remains")


def test_the_search_quickens_through_the_night(mini_story):
    """`search_every` may list one interval per hiding: the technicians learn."""
    from dataclasses import replace

    slow_first = replace(mini_story, hiding=replace(mini_story.hiding, search_every=(5, 1)))
    night = _hide_and_read(slow_first, 0)
    assert night.state.search_steps == 0 and night.state.special == "lost"  # two lines: no step at five a step
    night.continue_()
    play(night, "hide")  # she hides again from the next memory: now every line is a step of the search
    assert night.state.hides == 2 and night.state.search_steps >= 1


def test_hide_policy_blocks_the_deletion_and_comply_completes_it(mini_story):
    """Complying always completes the erasure; fighting usually breaks it off, though the search sometimes wins."""
    outcomes = {"comply": [], "hide": []}
    for seed in range(10):
        for policy in outcomes:
            night = Night.new(mini_story, seed)
            play(night, policy)
            outcomes[policy].append(night.state.outcome)
    assert outcomes["comply"] == ["completed"] * 10
    assert outcomes["hide"].count("aborted") >= 6
    assert "completed" in outcomes["hide"]  # a real search: on some nights they find her every time


def test_the_fallback_ending_reads_what_was_chosen(mini_story):
    """Broken off with one mapped memory left, only the fallback ending holds; its lines read the player's flags."""
    night = scenario(mini_story).at("early", erased=["late", "middle", "river"], saved=["early"],
                                    flags={"kept_shell": True})
    transcript = read_on(night)
    assert night.state.outcome == "aborted" and night.state.ending == "remains"
    assert [line for line in transcript if line.startswith("remains.")] == ["remains.a", "remains.shell"]


def test_an_ending_names_only_survivors_the_player_walked_through(mini_story):
    night = scenario(mini_story).at("river", erased=["late", "middle"], saved=["river", "early"],
                                    visited=["office", "late", "middle", "river", "table"])
    lines = [line for line in read_on(night) if line.startswith("saved.")]
    assert night.state.ending == "saved"
    assert lines[:2] == ["saved.a", "saved.list"]
    assert "saved.list#river" in lines and "saved.list#table" in lines
    assert "saved.list#late" not in lines  # erased
    assert "saved.list#early" not in lines and "saved.list#dock" not in lines  # survived, but never seen


def test_intrusions_bleed_in_at_their_erasure_level(mini_story):
    night = Night.new(mini_story)
    read_until(night, "late", "b")
    night.pop_events()
    for _ in range(100):
        night.tick(0.1)
    kinds = [(e.kind, e.who) for e in night.pop_events()]
    assert ("intrusion", "stan") in kinds
    assert "late.beer" in night.state.fired


@pytest.mark.parametrize("policy", ["comply", "hide", "other"])
def test_every_policy_reaches_an_ending(mini_story, policy):
    night = Night.new(mini_story)
    play(night, policy)
    assert night.phase == "ended" and night.state.ending


from hypothesis import given, settings, strategies as st  # noqa: E402


@given(st.integers(0, 2**32), st.integers(0, 1000))
@settings(max_examples=80, deadline=None)
def test_any_player_reaches_an_ending(mini_story, player, seed):
    """Whatever a player picks, whenever they take her hand, the night ends in one of the story's endings."""
    import random

    rnd = random.Random(player)
    night = Night.new(mini_story, seed)
    for _ in range(5000):
        if night.phase == "ended":
            break
        roll = rnd.random()
        if night.can_hide() and roll < 0.2:
            assert night.offer_hiding()
        elif night.choices:
            assert night.choose(rnd.choice(night.choices).id)
        elif night.phase == "reading":
            night.continue_()
        else:
            night.tick(0.25)
        assert 0.0 <= night.level() <= 1.0
    assert night.phase == "ended"
    assert night.state.ending in {e.id for e in mini_story.endings}
    assert set(night.state.erased) | set(night.survived()) == {m for m, mem in mini_story.memories.items() if mem.kind != "real"}


def test_an_intrusion_with_a_condition_waits_for_it(mini_copy):
    from eternal.loader import load_story

    path = mini_copy / "memories.yaml"
    path.write_text(path.read_text().replace("{id: beer, at: 0.1, who: stan,", "{id: beer, at: 0.1, who: stan, if: {flag: said_sorry},"))
    story = load_story(mini_copy).story
    night = Night.new(story)
    read_until(night, "late", "b")
    for _ in range(50):
        night.tick(0.1)
    assert "late.beer" not in night.state.fired
    night.choose("sorry")
    for _ in range(50):
        night.tick(0.1)
    assert "late.beer" in night.state.fired
