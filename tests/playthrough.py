"""Helpers for tests: play a night with a policy on the model alone (no window), or stand one at a chosen point."""

from eternal.drivers.policies import decide
from eternal.model.night import Night
from eternal.model.story import Ending, Story


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


class Scenario:
    """Builds a night standing at a chosen point of a story, through the public API only (a save, restored), so a
    test states the situation it needs instead of writing into a night's state."""

    def __init__(self, story: Story, seed: int = 0) -> None:
        self.story = story
        self.seed = seed

    def at(self, scene: str, beat: str | None = None, execution: str | None = None, **fields: object) -> Night:
        """A night at `scene` (its first beat unless `beat`), reading, or choosing at a choice beat unless
        `execution` says otherwise. Inside a mapped memory of the erase order the front stands there (the prologue
        is over); in an ending the procedure is over (`outcome` "completed" unless given). `fields` set any other
        saved field: erased=[...], flags={...}, saved=[...], hidden_in=..., turned=True, ..."""
        story = self.story
        data = Night.new(story, self.seed).to_save()
        target = story.scene(scene)
        beat_id = beat if beat is not None else (target.beats[0].id if target.beats else None)
        beat_data = target.beats[target.beat_index(beat_id)] if beat_id is not None else None
        if execution is None:
            execution = "choosing" if beat_data is not None and beat_data.is_choice else "reading"
        data.update(scene=scene, beat=beat_id, phase=str(execution), special=None, part=0, escape_return=None)
        if scene in story.erase_order:
            data["front"] = scene
        elif isinstance(target, Ending):
            data["outcome"] = "completed"
            data["ending"] = scene
        data["visited"] = [m for m in story.prologue] + ([scene] if scene not in story.prologue else [])
        data.update({name: value for name, value in fields.items()})
        if "flags" in fields:
            data["flags"] = {**dict(story.flags), **dict(fields["flags"])}
        return Night.restore(story, data)


def scenario(story: Story, seed: int = 0) -> Scenario:
    """`scenario(story).at(scene="late", beat="b", erased=[...], flags={...})`: a night standing there."""
    return Scenario(story, seed)


def read_on(night: Night, policy: str = "comply", limit: int = 20000) -> list[str]:
    """Read on as a player of `policy` until the night ends; returns the transcript (line ids and choices made)."""
    return play(night, policy, limit)
