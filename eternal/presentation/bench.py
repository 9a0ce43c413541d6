"""`eternal bench`: frame times of the real painters on the real story, with plain references measured alongside."""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from eternal.presentation.headless import use_dummy_drivers

SIZES = ((1280, 720), (1920, 1080))


def _figures(samples: list[float]) -> dict:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]
    return {"median_ms": round(statistics.median(ordered) * 1000, 3), "p99_ms": round(p99 * 1000, 3), "frames": len(ordered)}


def _time(frames: int, draw) -> dict:
    """Frame times of `draw` + flip; one untimed frame first, so loading art at this size is not counted as a frame."""
    import pygame

    draw(0)
    pygame.display.flip()
    samples = []
    for i in range(frames):
        start = time.perf_counter()
        draw(i)
        pygame.display.flip()
        samples.append(time.perf_counter() - start)
    return _figures(samples)


def _scene_changes(app, night, count: int) -> dict:
    """The first frame of each new memory, reached by reading on at a player's pace (the next memory's pictures are
    prepared while the current one is read)."""
    import pygame

    from eternal.model.policies import decide

    night.state.levels[night.state.scene] = 0.0
    samples = []
    scene = night.state.scene
    reading = 0
    for _ in range(20000):
        if len(samples) >= count or night.phase == "ended":
            break
        reading += 1
        if reading % 20 == 0:  # a line every third of a second
            decision = decide("comply", night)
            if decision.action == "continue":
                night.continue_()
            elif decision.action == "choose":
                night.choose(decision.choice)
        start = time.perf_counter()
        app.update(1 / 60)
        app.render()
        pygame.display.flip()
        elapsed = time.perf_counter() - start
        if night.state.scene != scene:
            scene = night.state.scene
            samples.append(elapsed)
    return _figures(samples) if samples else {"median_ms": None, "p99_ms": None, "frames": 0}


def memory_run(scenes: Path, size: tuple[int, int], memories: int) -> int:
    """Play `memories` memories at `size` at a reader's pace in this process; return its peak resident memory in KiB."""
    import tempfile

    from eternal.model.night import Night
    from eternal.persistence.settings import Settings
    from eternal.presentation.app import App, load_or_report

    use_dummy_drivers()
    story = load_or_report(scenes)
    app = App(story, home=Path(tempfile.mkdtemp()), settings=Settings(), size=size, autosave=False)
    night = Night.new(story)
    app.start_night(night)
    _scene_changes(app, night, memories)
    return _high_water_kib()


def _high_water_kib() -> int:
    """Peak resident memory of this process image. Linux's VmHWM starts afresh at exec; ru_maxrss would also count
    the parent's pages that a forked child shared before it exec'd."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_memory_mb(scenes: Path, size: tuple[int, int], memories: int) -> float:
    code = (f"from pathlib import Path; from eternal.presentation.bench import memory_run; "
            f"print(memory_run(Path({str(scenes)!r}), {size!r}, {memories}))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=dict(os.environ))
    return round(int(out.stdout.strip().splitlines()[-1]) / 1024, 1)


def _startup_seconds(scenes: Path) -> float:
    """Wall time from a fresh interpreter to the first frame on screen."""
    code = (
        "import time; t=time.perf_counter()\n"
        "from pathlib import Path\n"
        "from eternal.presentation.headless import use_dummy_drivers; use_dummy_drivers()\n"
        "from eternal.presentation.app import App, load_or_report\n"
        "from eternal.persistence.settings import Settings\n"
        "from eternal.model.night import Night\n"
        "import tempfile, pygame\n"
        f"story = load_or_report(Path({str(scenes)!r}))\n"
        "app = App(story, home=Path(tempfile.mkdtemp()), settings=Settings(), autosave=False)\n"
        "app.start_night(Night.new(story))\n"
        "app.frame(1/60)\n"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=dict(os.environ))
    return time.perf_counter() - start


def run_bench(scenes: Path, as_json: bool, frames: int) -> int:
    use_dummy_drivers()
    import tempfile

    import pygame

    from eternal.model.night import Night
    from eternal.model.policies import decide
    from eternal.persistence.settings import Settings
    from eternal.presentation.app import App, load_or_report

    story = load_or_report(scenes)
    if story is None:
        return 1
    results: dict = {"sizes": {}}
    for size in SIZES:
        app = App(story, home=Path(tempfile.mkdtemp()), settings=Settings(), size=size, autosave=False)
        night = Night.new(story)
        app.start_night(night)
        play = app.play_screen()
        while night.state.stage != "erasure":
            d = decide("comply", night)
            night.continue_() if d.action == "continue" else night.choose(d.choice) if d.action == "choose" else night.tick(0.1)
        app.update(1 / 60)
        window = app.window
        a = pygame.Surface(size)
        a.fill((200, 120, 60))
        b = pygame.Surface(size)
        b.fill((40, 60, 90))
        figures = {}
        figures["fill_flip"] = _time(frames, lambda i: window.fill((i % 255, 0, 0)))

        def crossfade(i):
            window.blit(a, (0, 0))
            b.set_alpha(int(255 * (i % 60) / 60))
            window.blit(b, (0, 0))

        figures["crossfade"] = _time(frames, crossfade)
        play.scene_time = 10.0  # past the fall into the memory: the steady picture
        for _ in range(60):  # untimed: let the memory's first picture be made, as it is under the fade in play
            app.render()
        figures["intact_memory"] = _time(frames, lambda i: app.render())
        memory_id = night.state.scene

        def dissolving(i):
            night.state.levels[memory_id] = (i % frames) / max(1, frames - 1)
            app.render()

        figures["dissolving_memory"] = _time(frames, dissolving)
        def falling(i):
            play.scene_time = (i % 60) / 60  # the first second of a memory, over and over
            app.render()

        figures["fall_into_memory"] = _time(frames, falling)
        play.scene_time = 10.0
        night.state.levels[memory_id] = 0.3
        night.state.turned = True
        night.state.swept = [memory_id]
        play.map_open = True
        figures["map_search"] = _time(frames, lambda i: app.render())
        play.map_open = False
        figures["enter_memory"] = _scene_changes(app, night, 6)
        results["sizes"][f"{size[0]}x{size[1]}"] = figures
        pygame.display.quit()
    results["startup_to_first_frame_s"] = round(_startup_seconds(scenes), 3)
    # Peak memory of a game at 1080p that plays a dozen memories, measured in a process of its own.
    results["peak_memory_1080p_mb"] = _peak_memory_mb(scenes, (1920, 1080), 12)
    pygame.quit()
    if as_json:
        print(json.dumps(results))
        return 0
    for size, figures in results["sizes"].items():
        print(size)
        for name, f in figures.items():
            if f["frames"]:
                print(f"  {name:18s} median {f['median_ms']:7.2f} ms   p99 {f['p99_ms']:7.2f} ms   ({f['frames']} frames)")
    print(f"start-up to first frame: {results['startup_to_first_frame_s']:.3f} s")
    print(f"peak memory at 1920x1080 over 12 memories: {results['peak_memory_1080p_mb']:.1f} MB")
    return 0
