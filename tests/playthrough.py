"""Helpers for tests: play a night with a policy on the model alone (no window)."""

from eternal.model.night import Night
from eternal.model.policies import decide


def play(night: Night, policy: str, limit: int = 20000, dt: float = 0.1) -> list[str]:
    """Run the night to its end; returns the transcript of line ids shown and choices made."""
    transcript: list[str] = []
    last = None
    for _ in range(limit):
        if night.phase == "ended":
            return transcript
        line = night.line
        if line is not None and line.id != last:
            transcript.append(line.id)
            last = line.id
        decision = decide(policy, night)
        if decision.action == "continue":
            night.continue_()
        elif decision.action == "choose":
            transcript.append(f"-> {decision.choice}")
            assert night.choose(decision.choice)
        elif decision.action == "hide":
            transcript.append("-> take her hand")
            assert night.offer_hiding()
        else:
            night.tick(dt)
    raise AssertionError("the night did not end")


def step(night: Night, policy: str = "comply", dt: float = 0.1) -> None:
    """One thing a player of `policy` does (read on, pick, take her hand), or let `dt` pass."""
    decision = decide(policy, night)
    if decision.action == "continue":
        night.continue_()
    elif decision.action == "choose":
        night.choose(decision.choice)
    elif decision.action == "hide":
        night.offer_hiding()
    else:
        night.tick(dt)


def play_to_end(night: Night, policy: str = "comply", limit: int = 20000) -> None:
    for _ in range(limit):
        if night.phase == "ended":
            return
        step(night, policy)
    raise AssertionError("the night did not end")
