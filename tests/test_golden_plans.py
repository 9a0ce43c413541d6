"""Golden plans: the mini story beside the lines and choices each policy must produce, in order.

After an intended change to the rules, regenerate with ETERNAL_REGOLD=1 and read the diff before committing it.
"""

import os
from pathlib import Path

import pytest

from eternal.model.night import Night
from playthrough import play

PLANS = Path(__file__).resolve().parent / "fixtures" / "mini" / "plans"


@pytest.mark.parametrize("policy,seed", [("comply", 0), ("hide", 0), ("hide", 2), ("other", 0)])
def test_policy_follows_its_golden_plan(mini_story, policy, seed):
    night = Night.new(mini_story, seed)
    transcript = play(night, policy)
    transcript.append(f"== ending {night.state.ending} ({night.state.outcome}); erased {' '.join(night.state.erased)}")
    plan = PLANS / f"{policy}_{seed}.txt"
    if os.environ.get("ETERNAL_REGOLD"):
        plan.parent.mkdir(parents=True, exist_ok=True)
        plan.write_text("\n".join(transcript) + "\n", encoding="utf-8")
    assert plan.read_text(encoding="utf-8").splitlines() == transcript
