"""The platform's speech, for self-voicing: which program (or library) can speak here, and a speaker that runs it
off the game's thread, one utterance at a time, a new one cutting the last short as screen readers do.

Order tried (the first that is present wins; `ETERNAL_VOICE=NAME` picks one by name, `none` silences):
Linux and others: espeak-ng, espeak, spd-say (speech-dispatcher); macOS: say; Windows: pyttsx3 (SAPI, the optional
`voice` extra), then PowerShell's System.Speech. espeak-ng comes before speech-dispatcher because a killed process
stops at once and `-v LANG` switches language per line; spd-say goes through a daemon whose queue a screen reader
shares. macOS `say` picks a voice by language from `say -v ?` (the first voice whose locale matches; none: the
system voice). Nothing here is required: no backend means the game stays silent (and says so once).
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import sys
import threading
from collections import deque
from dataclasses import dataclass
from typing import Callable, Protocol

# espeak-ng names a few regional voices by their full tag; for any other tag the language alone is the safer ask.
ESPEAK_REGIONAL = frozenset({"en-us", "en-gb", "pt-br", "es-419", "zh-yue", "fr-be", "fr-ch"})
NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console flashing up for each line


class Utterance(Protocol):
    """Something being said: wait for its end (on the speech thread), or stop it (from any thread)."""

    def wait(self) -> None: ...

    def stop(self) -> None: ...


class Engine(Protocol):
    """A way to speak. `start` runs on the speech thread and must not wait for the speech to end."""

    name: str

    def start(self, text: str, lang: str) -> Utterance: ...


def espeak_voice(lang: str) -> str:
    """The espeak voice for a BCP 47 tag: fr-CA -> fr, pt-BR -> pt-br."""
    tag = lang.lower()
    return tag if tag in ESPEAK_REGIONAL else tag.split("-", 1)[0]


def say_voice(listing: str, lang: str) -> str | None:
    """The first macOS voice in `say -v ?`'s listing whose locale is `lang` (fr -> fr_FR; pt-BR -> pt_BR)."""
    want = lang.replace("-", "_").lower()
    for row in listing.splitlines():
        found = re.match(r"^(.+?)\s+([a-z]{2,3}(?:_[A-Za-z0-9]+)?)\s+#", row)
        if found:
            locale = found.group(2).lower()
            if locale == want or locale.split("_", 1)[0] == want:
                return found.group(1).strip()
    return None


class _Process:
    """A speech program running: `stop` kills it (and runs `cancel`, for a daemon that speaks for it)."""

    def __init__(self, argv: list[str], text: str | None, cancel: list[str] | None,
                 env: dict[str, str] | None = None) -> None:
        self.cancel = cancel
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE if text is not None else subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, creationflags=NO_WINDOW,
                                     env=env)
        if text is not None and self.proc.stdin is not None:
            try:  # a line is far below a pipe's buffer: this write does not wait on the reader
                self.proc.stdin.write(text.encode("utf-8"))
                self.proc.stdin.close()
            except OSError:
                pass

    def wait(self) -> None:
        self.proc.wait()

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.terminate()
            except OSError:
                pass
        if self.cancel is not None:
            try:
                subprocess.Popen(self.cancel, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, creationflags=NO_WINDOW)
            except OSError:
                pass


@dataclass
class CommandEngine:
    """Speaks by running a program per utterance. `argv(text, lang)` builds its command line; `stdin`: the text is
    written to it rather than given as an argument (so no text is ever read as an option)."""

    name: str
    argv: Callable[[str, str], list[str]]
    stdin: bool = True
    cancel: list[str] | None = None
    lang_env: str | None = None  # the variable that hands the program the language (instead of its command line)

    def start(self, text: str, lang: str) -> Utterance:
        env = {**os.environ, self.lang_env: lang} if self.lang_env else None
        return _Process(self.argv(text, lang), text if self.stdin else None, self.cancel, env)


class _PyttsxUtterance:
    def __init__(self, engine) -> None:
        self.engine = engine

    def wait(self) -> None:
        self.engine.runAndWait()

    def stop(self) -> None:
        try:
            self.engine.stop()
        except Exception:  # a driver that cannot be stopped from another thread just finishes the line
            pass


class PyttsxEngine:
    """SAPI (Windows), NSSpeechSynthesizer or espeak through pyttsx3, made on the speech thread that uses it."""

    name = "pyttsx3"

    def __init__(self) -> None:
        self._engine = None

    def start(self, text: str, lang: str) -> Utterance:
        import pyttsx3

        if self._engine is None:
            self._engine = pyttsx3.init()
        engine = self._engine
        for voice in engine.getProperty("voices") or []:
            tags = [str(x).lower() for x in (getattr(voice, "languages", None) or [])] + [str(voice.id).lower()]
            if any(lang.lower().split("-")[0] in tag for tag in tags):
                engine.setProperty("voice", voice.id)
                break
        engine.say(text)
        return _PyttsxUtterance(engine)


def _say_argv() -> Callable[[str, str], list[str]]:
    listing: dict[str, str] = {}

    def argv(text: str, lang: str) -> list[str]:
        if "all" not in listing:  # asked once, on the speech thread
            try:
                listing["all"] = subprocess.run(["say", "-v", "?"], capture_output=True, text=True, timeout=5).stdout
            except (OSError, subprocess.SubprocessError):
                listing["all"] = ""
        voice = say_voice(listing["all"], lang)
        return ["say"] + (["-v", voice] if voice else []) + ["-f", "-"]

    return argv


POWERSHELL = ("Add-Type -AssemblyName System.Speech; $s = New-Object System.Speech.Synthesis.SpeechSynthesizer; "
              "try { $s.SelectVoiceByHints('NotSet', 'NotSet', 0, [Globalization.CultureInfo]::new($env:ETERNAL_LANG)) }"
              " catch {}; $s.Speak([Console]::In.ReadToEnd())")


def _powershell(exe: str) -> CommandEngine:
    # the language comes in the environment and the text on stdin: nothing is ever pasted into the script
    return CommandEngine("powershell", lambda text, lang: [exe, "-NoProfile", "-NonInteractive", "-Command", POWERSHELL],
                         lang_env="ETERNAL_LANG")


def candidates(platform: str = sys.platform, which: Callable[[str], str | None] | None = None,
               has_module: Callable[[str], bool] | None = None) -> list[Engine]:
    """Every engine that can speak here, best first (see the module's note)."""
    which = which or shutil.which
    has_module = has_module or _has_module
    found: list[Engine] = []
    if platform == "darwin":
        if which("say"):
            found.append(CommandEngine("say", _say_argv()))
        return found
    if platform.startswith("win"):
        if has_module("pyttsx3"):
            found.append(PyttsxEngine())
        exe = which("powershell") or which("pwsh")
        if exe:
            found.append(_powershell(exe))
        return found
    for name in ("espeak-ng", "espeak"):
        exe = which(name)
        if exe:
            found.append(CommandEngine(name, lambda text, lang, exe=exe: [exe, "-v", espeak_voice(lang), "--stdin"]))
    exe = which("spd-say")
    if exe:
        found.append(CommandEngine("spd-say", lambda text, lang, exe=exe: [exe, "-w", "-l", lang.split("-")[0], "--", text],
                                   stdin=False, cancel=[exe, "-C"]))
    return found


def _has_module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def choose_engine(platform: str = sys.platform, which: Callable[[str], str | None] | None = None,
                  wanted: str | None = None) -> Engine | None:
    """The engine self-voicing uses here: the first candidate, or the one `wanted` names (ETERNAL_VOICE); None when
    nothing can speak (or `none` was asked for)."""
    wanted = os.environ.get("ETERNAL_VOICE", "") if wanted is None else wanted
    wanted = wanted.strip().lower()
    if wanted in ("none", "off", "0"):
        return None
    found = candidates(platform, which)
    if wanted:
        return next((engine for engine in found if engine.name == wanted), None)
    return found[0] if found else None


class Speaker:
    """Says utterances through an engine on a thread of its own: `speak` never waits for speech. An interrupting
    utterance drops what is queued and stops what is being said; one that does not waits its turn."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.failed = False  # the engine could not be started: nothing more will be said
        self._queue: deque[tuple[str, str]] = deque()
        self._current: Utterance | None = None
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        atexit.register(self.stop)  # a line being said does not outlive the game

    @property
    def name(self) -> str:
        return self.engine.name

    def speak(self, text: str, lang: str, interrupt: bool = True) -> None:
        if self.failed:
            return
        with self._cond:
            if interrupt:
                self._stop_locked()
            self._queue.append((text, lang))
            self._cond.notify()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="eternal-speech", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Say nothing more: the queue is dropped and the line being said is cut."""
        with self._cond:
            self._stop_locked()

    def busy(self) -> bool:
        with self._cond:
            return self._current is not None or bool(self._queue)

    def _stop_locked(self) -> None:
        self._queue.clear()
        if self._current is not None:
            self._current.stop()
            self._current = None

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue:
                    self._cond.wait()
                text, lang = self._queue.popleft()
                try:
                    current = self._current = self.engine.start(text, lang)
                except Exception:  # a program that vanished, a library that would not load: silent from now on
                    self.failed = True
                    self._queue.clear()
                    return
            try:
                current.wait()
            except Exception:
                pass
            with self._cond:
                if self._current is current:
                    self._current = None
