"""Rollback in the model, as in Ren'Py: back a line within the scene being read, the night's whole state with it
(flags, bag, what was read, the choice made), on again the same way or another; never across a scene change, the
turn, a find, or the dissolve at a memory's end; never written into a save."""

from dataclasses import fields

import pytest

from eternal.model.night import Night
from eternal.drivers.policies import decide
from eternal.model.rollback import LIMIT, Rollback, Step, plain
from eternal.model.state import NightState
from playthrough import play_to_end, scenario, step


def read_to(night: Night, line_id: str, limit: int = 50) -> None:
    """Continue until `line_id` is on screen."""
    for _ in range(limit):
        if night.line is not None and night.line.id == line_id:
            return
        night.continue_()
    raise AssertionError(f"never reached {line_id}")


def test_a_new_night_has_nothing_to_go_back_to(mini_story):
    night = Night.new(mini_story)
    before = night.to_save()
    assert not night.can_roll_back()
    assert night.roll_back() is False
    assert night.to_save() == before


def test_going_back_a_line_restores_the_whole_state_of_that_line(mini_story):
    night = Night.new(mini_story)
    at_hello = night.to_save()
    night.continue_()
    assert night.execution == "choosing"
    assert night.roll_back()
    assert night.line.id == "office.hello" and night.execution == "reading"
    assert night.to_save() == at_hello  # what was read included: the history forgets the line gone back over


def test_a_choice_gone_back_over_can_be_made_the_other_way(mini_story):
    night = Night.new(mini_story)
    night.continue_()
    night.choose("keep")
    assert night.line.id == "office.mug"
    assert night.state.flags["kept_shell"] is True and "shell" not in night.state.bagged
    assert night.roll_back()
    assert night.execution == "choosing" and night.state.flags["kept_shell"] is False
    assert "office.bag.keep" not in night.state.read
    night.choose("all")
    assert night.line.id == "office.mug"
    assert night.state.flags["kept_shell"] is False and "shell" in night.state.bagged


def test_the_other_branch_shows_the_other_lines(mini_story):
    night = scenario(mini_story).at("late", "b")
    night.choose("sorry")
    assert night.line.id == "late.c"  # "She nods." only after saying sorry
    night.roll_back()
    night.choose("nothing")
    assert night.state.flags["said_sorry"] is False
    assert night.line is None and night.execution == "dissolving"  # no nod: the memory's last line was the choice


def test_rollback_stops_at_the_start_of_the_memory(mini_story):
    night = Night.new(mini_story)
    while night.state.scene != "late":
        step(night)
    assert night.line.id == "late.a"
    assert not night.can_roll_back()  # not back into the prologue's scene
    night.continue_()
    night.choose("sorry")
    back = 0
    while night.roll_back():
        back += 1
    assert back == 2 and night.line.id == "late.a" and night.state.scene == "late"


def test_going_on_again_replays_what_was_gone_back_over(mini_story):
    night = Night.new(mini_story)
    night.continue_()
    night.choose("keep")
    night.roll_back()
    night.roll_back()
    assert night.line.id == "office.hello" and night.can_roll_forward()
    assert night.roll_forward() and night.execution == "choosing"
    assert night.roll_forward() and night.line.id == "office.mug" and night.state.flags["kept_shell"] is True
    assert not night.can_roll_forward()  # nothing left that was gone back over


def test_choosing_differently_forgets_the_way_gone_back_over(mini_story):
    night = Night.new(mini_story)
    night.continue_()
    night.choose("keep")
    night.roll_back()
    assert night.can_roll_forward()
    night.choose("all")
    assert not night.can_roll_forward()


def test_the_dissolve_at_a_memorys_end_cannot_be_gone_back_over(mini_story):
    night = scenario(mini_story).at("middle", erased=["late"])
    night.continue_()
    night.continue_()  # its last line read: the erasure takes it
    assert night.execution == "dissolving"
    assert not night.can_roll_back() and not night.roll_back()
    for _ in range(200):
        if night.state.scene != "middle":
            break
        night.tick(0.1)
    assert night.state.scene == "river"
    assert not night.can_roll_back()  # not back into the memory erased


def test_the_turn_cannot_be_gone_back_over(mini_story):
    night = scenario(mini_story).at("river")
    night.continue_()
    assert night.line.id == "river.turn" and night.state.turned
    assert not night.can_roll_back()
    night.continue_()
    assert night.roll_back() and night.line.id == "river.turn"
    assert night.state.turned and not night.can_roll_back()


def test_a_hiding_jump_cannot_be_gone_back_over(mini_story):
    night = scenario(mini_story).at("river", "run", turned=True)
    night.continue_()  # the escape beat read: the hiding places are offered
    assert night.execution == "escaping"
    assert night.roll_back() and night.line.id == "river.run"  # the offer itself can be gone back over
    night.continue_()
    target = next(c.id for c in night.choices if c.kind == "hide")
    night.choose(target)
    assert night.hiding_place() == night.state.scene
    assert not night.can_roll_back()
    night.continue_()
    assert night.roll_back() and night.hiding_place() == night.state.scene and not night.can_roll_back()


def test_being_found_cannot_be_gone_back_over(mini_story):
    night = scenario(mini_story).at("yard", hidden_in="yard", held="river", front="river", turned=True, hides=1,
                                    swept=["river", "early", "table", "attic", "dock"])
    night.continue_()
    night.continue_()  # the second beat read in hiding: the search looks where she is, the last place left
    assert night.found_here()
    assert not night.can_roll_back()


def test_rollback_is_never_written_into_a_save(mini_story):
    night = Night.new(mini_story)
    night.continue_()
    night.choose("keep")
    data = night.to_save()
    assert set(data) == {f.name for f in fields(NightState)} | {"format"}
    restored = Night.restore(mini_story, data)
    assert not restored.can_roll_back() and not restored.can_roll_forward()
    assert night.can_roll_back()  # the night that was saved still can


@pytest.mark.parametrize("policy", ["comply", "hide"])
def test_the_state_kept_per_line_is_the_saves_own_plain_data(mini_story, policy):
    night = Night.new(mini_story)
    for _ in range(2000):
        if night.execution == "ended":
            break
        state = NightState.from_dict(night.to_save())
        assert plain(state) == state.to_dict()
        step(night, policy)
    assert night.execution == "ended"


def back_and_on_at_every_step(story, policy: str) -> tuple[Night, int]:
    """A night where every step is taken, gone back over and taken again; and how often it went back."""
    night = Night.new(story)
    went_back = 0
    for _ in range(20000):
        if night.execution == "ended":
            break
        if decide(policy, night).action == "wait":
            step(night, policy)
            continue
        before = night.to_save()
        step(night, policy)
        after = night.to_save()
        if night.can_roll_back():
            assert night.roll_back() and night.to_save() == before
            assert night.roll_forward() and night.to_save() == after
            went_back += 1
    assert night.execution == "ended"
    return night, went_back


@pytest.mark.parametrize("policy", ["comply", "hide"])
def test_going_back_and_on_again_at_every_step_changes_nothing_of_a_night(mini_story, policy):
    reference = Night.new(mini_story)
    play_to_end(reference, policy)
    night, went_back = back_and_on_at_every_step(mini_story, policy)
    assert went_back >= 5
    assert night.to_save() == reference.to_save()


@pytest.mark.slow
@pytest.mark.parametrize("policy", ["comply", "hide", "other"])
def test_going_back_and_on_again_at_every_step_changes_nothing_of_the_shipped_night(real_story, policy):
    reference = Night.new(real_story)
    play_to_end(reference, policy)
    night, went_back = back_and_on_at_every_step(real_story, policy)
    assert went_back > 50
    assert night.to_save() == reference.to_save()


def test_a_runaway_scene_keeps_only_the_latest_lines():
    rollback = Rollback()
    for n in range(LIMIT + 10):
        rollback.record({"n": n}, Step("continue"), True)
    assert len(rollback) == LIMIT
    assert rollback.pop().state == {"n": LIMIT + 9}
