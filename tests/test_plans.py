"""Authored plans: every `tests/fixtures/<story>/plans/*.plan` is played against its story and must match it exactly."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from eternal.loader import load_story
from eternal.model.story import Story
from plans import PlanError, PlanFailure, load_plan, parse_plan, run_plan, scenes_for

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PLANS = sorted(FIXTURES.glob("*/plans/*.plan"))
HARBOUR_COMPLY = FIXTURES / "harbour" / "plans" / "comply.plan"


@lru_cache(maxsize=None)
def _story(scenes: Path) -> Story:
    result = load_story(scenes)
    assert result.ok, [str(p) for p in result.problems]
    return result.story


def _play(text: str, path: Path) -> list[str]:
    return run_plan(parse_plan(text, str(path)), _story(scenes_for(path)))


@pytest.mark.parametrize("path", PLANS, ids=[f"{p.parent.parent.name}/{p.stem}" for p in PLANS])
def test_night_follows_its_authored_plan(path):
    run_plan(load_plan(path), _story(scenes_for(path)))


def test_every_story_with_plans_has_several():
    by_story: dict[str, int] = {}
    for path in PLANS:
        by_story[path.parent.parent.name] = by_story.get(path.parent.parent.name, 0) + 1
    assert by_story.get("harbour", 0) >= 3 and by_story.get("eternal", 0) >= 2, by_story


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _index(lines: list[str], prefix: str, nth: int = 0) -> int:
    return [i for i, line in enumerate(lines) if line.startswith(prefix)][nth]


def _changed(lines: list[str], index: int, new: str | None) -> str:
    out = list(lines)
    if new is None:
        del out[index]
    else:
        out[index] = new
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    "change",
    [
        "another line id",
        "a line left out",
        "an event left out",
        "options in another order",
        "another option chosen",
        "another ending",
        "an extra line at the end",
        "a line too few at the end",
    ],
)
def test_a_plan_with_one_line_changed_fails(tmp_path, change):
    lines = _lines(HARBOUR_COMPLY)
    if change == "another line id":
        i = _index(lines, "line: ", 3)
        text = _changed(lines, i, "line: empty_quay.peel")
    elif change == "a line left out":
        text = _changed(lines, _index(lines, "line: ", 3), None)
    elif change == "an event left out":
        text = _changed(lines, _index(lines, "event: "), None)
    elif change == "options in another order":
        i = _index(lines, "options: ")
        first, second = lines[i].removeprefix("options: ").split(", ", 1)
        text = _changed(lines, i, f"options: {second}, {first}")
    elif change == "another option chosen":
        i = _index(lines, "options: ")
        options = lines[i].removeprefix("options: ").split(", ")
        chosen = lines[i + 1].removeprefix("choose: ")
        text = _changed(lines, i + 1, f"choose: {next(o for o in options if o != chosen)}")
    elif change == "another ending":
        text = _changed(lines, _index(lines, "ending: "), "ending: low_tide")
    elif change == "an extra line at the end":
        text = "\n".join(lines) + "\nline: clean_chart.morning\n"
    else:
        text = _changed(lines, len(lines) - 1 - [l.startswith("line: ") for l in reversed(lines)].index(True), None)
    plan = tmp_path / "changed.plan"
    plan.write_text(text, encoding="utf-8")
    assert text != HARBOUR_COMPLY.read_text(encoding="utf-8")
    with pytest.raises(PlanFailure):
        _play(text, HARBOUR_COMPLY)


def test_a_failing_plan_names_its_line_and_what_came_instead():
    lines = _lines(HARBOUR_COMPLY)
    i = _index(lines, "line: ", 1)
    with pytest.raises(PlanFailure) as failure:
        _play(_changed(lines, i, "line: mnemos_office.signature"), HARBOUR_COMPLY)
    message = str(failure.value)
    assert f":{i + 1}: `line: mnemos_office.signature`" in message
    assert f"the night showed `{lines[i]}` instead" in message


def test_a_plan_in_a_language_the_story_lacks_fails():
    lines = [line for line in _lines(HARBOUR_COMPLY) if not line.startswith("lang:")]
    lines.insert(1, "lang: de")
    with pytest.raises(PlanFailure):
        _play("\n".join(lines), HARBOUR_COMPLY)


def test_waiting_on_a_line_lets_the_front_move_and_a_level_bound_voice_sound_there():
    lines = _lines(HARBOUR_COMPLY)
    lines = [line for line in lines if not line.startswith("event: intrusion empty_quay.biscuits")]
    back = next(i for i, line in enumerate(lines) if line.startswith("line: empty_quay.back"))
    lines[back + 1:back + 1] = ["wait: 3", "event: intrusion empty_quay.biscuits"]
    assert _play("\n".join(lines), HARBOUR_COMPLY)


def test_a_plan_that_stops_early_passes_without_the_rest():
    lines = _lines(HARBOUR_COMPLY)
    head = lines[: _index(lines, "choose: ") + 1]
    assert _play("\n".join(head + ["stop"]), HARBOUR_COMPLY)


@pytest.mark.parametrize(
    "text",
    [
        "seed: 0\nline: a.b\n",  # no story
        "story: harbour\nline a.b\n",  # no colon
        "story: harbour\nsay: hello\n",  # unknown step
        "story: harbour\nline: a.b\nseed: 1\n",  # header after a step
        "story: harbour\nstop\nline: a.b\n",  # stop not last
        "story: harbour\nseed: x\n",
    ],
)
def test_a_malformed_plan_is_refused_with_its_line(text):
    with pytest.raises(PlanError):
        parse_plan(text)
