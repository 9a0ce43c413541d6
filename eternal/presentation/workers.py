"""Whether this run may use background threads: decided once at start and handed to the art cache and the audio.

A browser build (pygbag: CPython compiled to WebAssembly by emscripten) has no threads: `threading` imports, but
`Thread.start()` raises RuntimeError. There the pictures are prepared on the main thread a layer a pass, in the
loop's spare time, and the music is decoded on the main thread when it is asked for."""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from typing import Mapping

NO_THREADS_ENV = "ETERNAL_NO_THREADS"  # "1": behave as the browser build does (tests, trying it on a desktop)
THREADLESS_PLATFORMS = ("emscripten", "wasi")


@dataclass(frozen=True)
class Workers:
    """The policy: `available` True lets the art cache and the audio start their worker threads; `why` says, when
    they may not, what decided it (for a message or a test)."""

    available: bool
    why: str = ""


THREADS = Workers(True)
NO_THREADS = Workers(False, "no threads asked for")


def detect_workers(env: Mapping[str, str] | None = None, platform: str | None = None) -> Workers:
    """Find out once whether threads can start here: the environment may forbid them, a browser platform has none,
    and elsewhere one short-lived thread is started to be sure (a build without threads refuses it)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if env.get(NO_THREADS_ENV) == "1":
        return Workers(False, f"{NO_THREADS_ENV}=1")
    if platform in THREADLESS_PLATFORMS:
        return Workers(False, f"no threads on {platform}")
    try:
        probe = threading.Thread(target=lambda: None, name="eternal-probe", daemon=True)
        probe.start()
        probe.join()
    except RuntimeError as exc:  # "can't start new thread": CPython built without thread support
        return Workers(False, f"threads cannot start: {exc}")
    return THREADS
