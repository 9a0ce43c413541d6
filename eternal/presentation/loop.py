"""The fixed-step loop: input, model updates at a fixed rate, a frame drawn with what is left; one pass is `frame(dt)`
for the real loop, an asyncio host, autoplay and the tests alike. The only wall clock of the game is read here."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol

STEP = 1 / 60  # the model updates at a fixed rate, whatever the frame rate
MAX_STEPS = 5  # after a stall, catch up at most this many steps rather than spiral


@dataclass
class Clock:
    """The game's own time (fixed steps summed, never the wall clock) and when the player last touched anything."""

    time: float = 0.0
    last_input: float = 0.0
    idle_before_input: float = 0.0  # how long nobody had touched anything before the latest input
    skip_held: bool = False  # the skip key (Ctrl) is held down now

    def touched(self) -> None:
        """Someone pressed, clicked or moved something just now."""
        self.idle_before_input = self.time - self.last_input
        self.last_input = self.time

    @property
    def idle(self) -> float:
        """Seconds since the last input."""
        return self.time - self.last_input


class Host(Protocol):
    """What the loop drives: the app."""

    running: bool

    def handle_input(self) -> bool: ...  # False: stop at once (quit)

    def update(self, dt: float) -> None: ...  # one fixed step: the game's clock moves on by dt

    def draw_if_changed(self) -> bool: ...  # True when a frame was drawn

    def after_frame(self, drawn: bool) -> None: ...

    def pass_interval(self) -> float: ...


class FixedStepLoop:
    """Runs a host: fixed updates of STEP seconds (at most MAX_STEPS after a stall), then a frame when it changed."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.accumulator = 0.0
        self.frames = 0  # passes of the loop
        self.drawn = 0  # frames actually drawn

    def frame(self, dt: float) -> bool:
        """One pass: input, as many fixed updates as `dt` holds (capped), and a frame drawn when the picture would
        differ from the one on screen. True when a frame was drawn."""
        if not self.host.handle_input():
            return False
        self.accumulator += min(dt, STEP * MAX_STEPS)
        steps = 0
        while self.accumulator >= STEP - 1e-9 and steps < MAX_STEPS:
            self.host.update(STEP)
            self.accumulator -= STEP
            steps += 1
        drawn = self.host.draw_if_changed()
        if drawn:
            self.drawn += 1
        self.host.after_frame(drawn)
        self.frames += 1
        return drawn

    def run(self, frames: int | None = None, seconds: float | None = None) -> None:
        """The real loop: wall-clock time, a pass every `pass_interval()`, sleeping between passes (`frames`: stop
        after that many passes; `seconds`: after that long, for measurements)."""
        previous = due = time.perf_counter()
        end = float("inf") if seconds is None else previous + seconds
        while self.host.running and (frames is None or self.frames < frames) and previous < end:
            now = time.perf_counter()
            self.frame(now - previous)
            previous = now
            interval = self.host.pass_interval()
            # fallen behind (a slow frame, a stall): start the beat afresh rather than rush to catch up
            due = max(due + interval, time.perf_counter() - interval)
            wait = due - time.perf_counter()
            if wait > 0:
                # a plain sleep: pygame's event.wait(timeout) polls every millisecond inside (0.015-0.024 CPU s/s
                # measured against 0.002-0.005 for this), and input waits at most one pass for its frame anyway
                time.sleep(wait)

    async def run_async(self, frames: int | None = None) -> None:
        """The same loop with one await a pass, for asyncio hosts (a pygbag browser build)."""
        import asyncio  # only asyncio hosts pay for it (some 30 ms at start-up)

        previous = due = time.perf_counter()
        while self.host.running and (frames is None or frames > 0):
            now = time.perf_counter()
            self.frame(now - previous)
            previous = now
            if frames is not None:
                frames -= 1
            interval = self.host.pass_interval()
            due = max(due + interval, time.perf_counter() - interval)
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
