"""The night's lifecycle in the window: starting, resuming and leaving a night, the autosave, the lines read, and
what the night reports turned into effects (sound cues from the story's own table, music, prefetched pictures)."""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Iterable

from eternal.model.night import Night
from eternal.model.state import SaveError
from eternal.model.story import Memory, Story
from eternal.persistence.resume import resume_newest, resumes
from eternal.persistence.saves import write_autosave
from eternal.persistence.seen import SeenLines
from eternal.persistence.settings import Settings
from eternal.presentation.assets import ArtCache, Warnings
from eternal.presentation.audio import Audio
from eternal.presentation.loop import Clock
from eternal.presentation.save_files import SaveFiles
from eternal.presentation.shown import ShownTally
from eternal.presentation.ui_text import ui

_TRIM = None  # glibc's malloc_trim, once looked for (False: there is none)


def give_back_memory() -> None:
    """Pictures made on the art thread are freed here on the main one; glibc keeps such memory in the thread's
    arena unless asked to return it, and a night of memories would otherwise grow the process by ~50 MB."""
    global _TRIM
    if _TRIM is None:
        try:
            import ctypes

            _TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _TRIM = False
    if _TRIM:
        _TRIM(0)


class _Unwritten:
    """Lines read in a run that writes nothing (a screening, a measurement): remembered until it ends."""

    problem: str | None = None

    def __init__(self) -> None:
        self.ids: set[str] = set()

    def __contains__(self, line_id: str) -> bool:
        return line_id in self.ids

    def add_all(self, line_ids: Iterable[str]) -> None:
        self.ids.update(line_ids)

    def save(self) -> None:
        pass


class Session:
    """The night being lived (or None at the title) and everything that follows from it outside the screens."""

    def __init__(self, story: Story, settings: Settings, home: Path, *, saves: bool, audio: Audio, art: ArtCache,
                 warnings: Warnings, clock: Clock, seed: int = 0) -> None:
        self.story = story
        self.seed = seed  # of a new night
        self.settings = settings
        self.home = home  # the story's own folder: its saves and read lines
        self.saves_enabled = saves
        self.audio = audio
        self.art = art
        self.warnings = warnings
        self.clock = clock
        self.seen: SeenLines | _Unwritten = SeenLines(home) if saves else _Unwritten()
        self.shown = ShownTally()  # what the screen showed this session: autoplay's figures
        self.night: Night | None = None
        self.canvas_size: tuple[int, int] = (1280, 720)  # the size pictures are prefetched at
        self.trim_due: float | None = None  # when a memory was left whose pictures should go back to the system
        self._notices: deque[str] = deque()

    # --- lifecycle -------------------------------------------------------------------------------------------------

    def start(self, night: Night, save: bool = True) -> None:
        """Live this night from now on (its first events are taken by the play screen's first update)."""
        self.night = night
        if save:
            self.autosave()
        self.music()

    def resume_newest(self) -> Night | None:
        """The night of the newest save that resumes, saying which newer ones it passed over and why (on screen and
        in the warnings); None, with a notice for the title, when none does. Nothing on disk is changed."""
        lang = self.settings.language
        found = resume_newest(self.story, self.home)
        slots = [info.slot for info, _ in found.skipped]
        names = ", ".join(slots[:3]) + (f" (+{len(slots) - 3})" if len(slots) > 3 else "")  # one line on the title
        reasons = "; ".join(f"{info.slot}: {reason}" for info, reason in found.skipped)
        if found.night is None or found.info is None:
            if not found.skipped:
                self._notices.append(ui(lang, "no_save"))
            else:
                self.tell(ui(lang, "no_save_resumes").format(skipped=names), reasons)
            return None
        if found.skipped:
            self.tell(ui(lang, "resumed_skipping").format(slot=found.info.slot, skipped=names), reasons)
        return found.night

    def leave(self, save: bool = True) -> None:
        """Back to the title: the night is saved (when asked), its lines remembered, its loops stopped."""
        if save:
            self.autosave()
        self.remember_seen()
        self.audio.stop_loops()
        self.audio.title_music()

    def use_story(self, story: Story, audio: Audio, home: Path | None = None) -> str:
        """A reloaded story (`eternal --dev`) and its sounds: the night goes on in it where it was, or starts over
        when it cannot; returns the reason it started over ("" when it did not). `home`: the reloaded story's own
        folder when its id changed (the old story's lines read are written to the old one first)."""
        if home is not None and home != self.home:
            self.remember_seen()
            self.home = home
            self.seen = SeenLines(home) if self.saves_enabled else _Unwritten()
        self.story = story
        self.audio = audio
        if self.night is None:
            return ""
        try:
            self.night = Night.restore(story, self.night.to_save())
        except SaveError as exc:
            self.night = Night.new(story, self.seed)
            return str(exc)
        return ""

    # --- files -----------------------------------------------------------------------------------------------------

    @property
    def files(self) -> SaveFiles:
        """The story's save files, for the menus (continue, load, save)."""
        return SaveFiles(self.story, self.home, self.saves_enabled)

    def autosave(self) -> bool:
        """Write the autosave, older ones moving down the ring; True when the night was written. A full disk or a
        locked folder is reported, never fatal; a file in the ring that cannot be resumed is kept, stepped around
        and named once."""
        if not self.saves_enabled or self.night is None:
            return False
        night = self.night
        lang = self.settings.language
        try:
            done = write_autosave(self.home, night.to_save(), night.scene.title.get(lang),
                                  keep=lambda info: not resumes(self.story, info))
        except OSError as exc:
            self.warnings.add(f"save:{exc.errno}", f"could not write the autosave: {exc.strerror or exc}")
            return False
        for info in done.kept:
            reason = info.problem or "it does not resume in this story"
            self.tell(ui(lang, "autosave_elsewhere").format(kept=info.path.name, slot=done.path.stem), reason,
                      once=f"kept:{info.path.name}")
        return True

    def remember_seen(self) -> None:
        if self.night is not None:
            self.seen.add_all(self.night.state.read)
        try:
            self.seen.save()
        except OSError:
            pass

    def tell(self, text: str, detail: str = "", once: str | None = None) -> None:
        """Say something about the player's files: on the screen in front (see `notices`), and in the warnings with
        `detail` (the reasons, too long for the screen). `once`: a key, so it is said only once a session."""
        key = once or f"tell:{text}"
        if key in self.warnings.seen:
            return
        self.warnings.add(key, f"{text} [{detail}]" if detail else text)
        self._notices.append(text)

    def notices(self) -> list[str]:
        """What is waiting to be said on screen, oldest first (each said once)."""
        out = list(self._notices)
        self._notices.clear()
        return out

    # --- what the night reports --------------------------------------------------------------------------------------

    def take(self, events: Iterable) -> None:
        """The effects of the night's events outside the screens: saves, sound, music, prefetched pictures."""
        for event in events:
            kind = event.kind
            if kind == "scene":
                if event.scene in self.story.memories:
                    self.shown.entered(event.scene)
                self.autosave()
                self.music()
                self.prefetch()
                self.trim_due = self.clock.time  # not in the frame that enters: at the next still moment
            self.audio.swell(kind)  # the ambience loops that swell on this kind (an intrusion heard)
            cue = self.story.cues.get(kind)  # the story says which of its sounds answers this kind
            if cue:
                self.audio.play(cue)

    def music(self) -> None:
        if self.night is None:
            return
        scene = self.night.scene
        self.audio.music_for(scene.era, scene.sound if isinstance(scene, Memory) else None)

    def prefetch(self) -> None:
        """Rasterise the memories that may come next while this one is read."""
        night = self.night
        if night is None:
            return
        upcoming = night.upcoming_scenes()
        story = self.story
        # the memory just entered comes first: its pictures may still be on their way from the last guess
        ids = [night.scene.id] + [m for m in upcoming if story.has_scene(m)]
        paths = [layer.image for m in ids for layer in story.scene(m).art]
        self.art.prefetch(paths, self.canvas_size)
