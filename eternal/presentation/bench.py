"""`eternal bench`: frame times of the real painters on the real story, with plain references measured alongside,
and what a still page costs in the real loop (CPU seconds per wall second)."""

from __future__ import annotations

import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from eternal.presentation.headless import use_dummy_drivers

SIZES = ((1280, 720), (1920, 1080), (3840, 2160))
MEMORY_SIZES = ((1920, 1080), (3840, 2160))
ENTERED = 12  # memories entered for the enter-memory row and the peak-memory runs


def _quantiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]
    return round(statistics.median(ordered) * 1000, 3), round(p99 * 1000, 3)


def _figures(samples: list[float], cpu: list[float]) -> dict:
    """Wall-clock frame times (what a player waits for) and the drawing thread's CPU time per frame (the same work
    without the waits a machine shared with other programs adds: steadier from run to run)."""
    median, p99 = _quantiles(samples)
    cpu_median, cpu_p99 = _quantiles(cpu)
    return {"median_ms": median, "p99_ms": p99, "cpu_median_ms": cpu_median, "cpu_p99_ms": cpu_p99, "frames": len(samples)}


NO_FRAMES = {"median_ms": None, "p99_ms": None, "cpu_median_ms": None, "cpu_p99_ms": None, "frames": 0}


def _time(frames: int, draw) -> dict:
    """Frame times of `draw` + flip; one untimed frame first, so loading art at this size is not counted as a frame."""
    import pygame

    draw(0)
    pygame.display.flip()
    samples, cpu = [], []
    for i in range(frames):
        start, start_cpu = time.perf_counter(), time.thread_time()
        draw(i)
        pygame.display.flip()
        samples.append(time.perf_counter() - start)
        cpu.append(time.thread_time() - start_cpu)
    return _figures(samples, cpu)


def _scene_changes(app, night, count: int) -> dict:
    """The first frame of each new memory, reached by reading on at a player's pace (the next memory's pictures are
    prepared while the current one is read). Each frame is the real loop's body (`App.frame`), so it includes what
    entering costs: the update that enters (events, music, prefetch) and the render."""
    from eternal.drivers.policies import decide

    samples, cpu = [], []
    scene = night.state.scene
    reading = 0
    for _ in range(40000):
        if len(samples) >= count or night.phase == "ended":
            break
        reading += 1
        if reading % 20 == 0:  # a line every third of a second
            decision = decide("comply", night)
            if decision.action == "continue":
                night.continue_()
            elif decision.action == "choose":
                night.choose(decision.choice)
        start, start_cpu = time.perf_counter(), time.thread_time()
        app.frame(1 / 60)
        elapsed, elapsed_cpu = time.perf_counter() - start, time.thread_time() - start_cpu
        if night.state.scene != scene:
            scene = night.state.scene
            samples.append(elapsed)
            cpu.append(elapsed_cpu)
    return _figures(samples, cpu) if samples else dict(NO_FRAMES)


def _idle(app, seconds: float) -> dict:
    """CPU seconds per wall second of the real loop (`App.run`: pacing, sleeping, input, updates) on what the app
    shows now, measured with process_time (all threads) once two seconds of the game's own time have passed (at 4K
    on a busy machine the loop may need more wall time for them)."""
    _run_for(app, 2.0)
    drawn = app.drawn
    cpu, wall = time.process_time(), time.perf_counter()
    app.run(seconds=seconds)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"cpu_per_s": round(cpu / wall, 4), "seconds": round(wall, 2), "frames_drawn": app.drawn - drawn}


def _still_page(story, size: tuple[int, int], seconds: float) -> dict:
    """The first line of the night shown in full, waiting for the player."""
    import tempfile

    from eternal.model.night import Night
    from eternal.persistence.settings import Settings
    from eternal.presentation.bootstrap import build_app
    from eternal.presentation.launch import LaunchOptions

    app = build_app(story, Settings(), Path(tempfile.mkdtemp()), LaunchOptions(size=size, autosave=False))
    app.start_night(Night.new(story))
    _run_for(app, 1.5)  # the fade in
    app.play_screen().act("advance")  # the press that shows the whole line
    return _idle(app, seconds)


def _run_for(app, game_seconds: float, limit: float = 60.0) -> None:
    """Run the real loop until `game_seconds` of the game's own time have passed (or `limit` wall seconds)."""
    end = app.time + game_seconds
    deadline = time.perf_counter() + limit
    while app.running and app.time < end and time.perf_counter() < deadline:
        app.run(seconds=0.25)


def _title(story, size: tuple[int, int], seconds: float) -> dict:
    """The title screen, which animates (its picture breathes): what it costs to keep it on screen."""
    import tempfile

    from eternal.persistence.settings import Settings
    from eternal.presentation.bootstrap import build_app
    from eternal.presentation.launch import LaunchOptions

    app = build_app(story, Settings(), Path(tempfile.mkdtemp()), LaunchOptions(size=size, autosave=False))
    return _idle(app, seconds)


def memory_run(scenes: Path, size: tuple[int, int], memories: int) -> int:
    """Play `memories` memories at `size` at a reader's pace in this process; return its peak resident memory in KiB."""
    import tempfile

    from eternal.model.night import Night
    from eternal.persistence.settings import Settings
    from eternal.presentation.bootstrap import build_app
    from eternal.presentation.launch import LaunchOptions, load_or_report

    use_dummy_drivers()
    story = load_or_report(scenes)
    app = build_app(story, Settings(), Path(tempfile.mkdtemp()), LaunchOptions(size=size, autosave=False))
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


def _startup_seconds(scenes: Path, home: Path) -> float:
    """Wall time from a fresh interpreter to the first frame on screen, with `home` as the game's folder (its schema
    cache: empty for a first start, filled for every later one)."""
    code = (
        "import time; t=time.perf_counter()\n"
        "from pathlib import Path\n"
        "from eternal.presentation.headless import use_dummy_drivers; use_dummy_drivers()\n"
        "from eternal.presentation.bootstrap import build_app\n"
        "from eternal.presentation.launch import LaunchOptions, load_or_report\n"
        "from eternal.persistence.settings import Settings\n"
        "from eternal.model.night import Night\n"
        "import tempfile, pygame\n"
        f"story = load_or_report(Path({str(scenes)!r}))\n"
        "app = build_app(story, Settings(), Path(tempfile.mkdtemp()), LaunchOptions(autosave=False))\n"
        "app.start_night(Night.new(story))\n"
        "app.frame(1/60)\n"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=dict(os.environ, ETERNAL_HOME=str(home)))
    return time.perf_counter() - start


def _label(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


def _size_rows(story, size: tuple[int, int], frames: int, idle_seconds: float) -> dict:
    import tempfile

    import pygame

    from eternal.model.night import DISSOLVE_SECONDS, Night
    from eternal.presentation.screens.play import LAST_PHASE
    from eternal.drivers.policies import decide
    from eternal.persistence.settings import Settings
    from eternal.presentation.bootstrap import build_app
    from eternal.presentation.launch import LaunchOptions
    from eternal.presentation.loop import STEP

    app = build_app(story, Settings(), Path(tempfile.mkdtemp()), LaunchOptions(size=size, autosave=False))
    night = Night.new(story)
    app.start_night(night)
    play = app.play_screen()
    while not night.is_in_erasure():
        d = decide("comply", night)
        night.continue_() if d.action == "continue" else night.choose(d.choice) if d.action == "choose" else night.tick(0.1)
    app.update(STEP)
    window = app.window
    a = pygame.Surface(size)
    a.fill((200, 120, 60))
    b = pygame.Surface(size)
    b.fill((40, 60, 90))
    figures: dict = {}
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
    # The fastest the picture is ever erased in play: the last phase after a memory's last line (reading erases it
    # more slowly). One pass from intact to nearly gone, as in the game; never back to intact, which the game never
    # does (entering the next memory is a row of its own).
    per_frame = STEP / LAST_PHASE
    while night.phase != "dissolving":  # read to the memory's last line: from there the erasure takes it whole
        d = decide("comply", night)
        night.continue_() if d.action == "continue" else night.choose(d.choice) if d.action == "choose" else night.tick(0.1)

    def dissolving(i):
        # the level grows by `per_frame` a frame, and stops short of the end: reaching it would finish the memory and
        # enter the next one, which is a row of its own (entering a memory), not the dissolve
        if night.level(memory_id) + per_frame < 0.98:
            night.tick(per_frame * DISSOLVE_SECONDS)
        play.scene_time = 10.0 + i * STEP
        app.render()

    figures["dissolving_memory"] = _time(min(frames, int(0.98 / per_frame)), dissolving)

    def falling(i):
        play.scene_time = (i % 60) / 60  # the first second of a memory, over and over
        app.render()

    figures["fall_into_memory"] = _time(frames, falling)
    night = Night.restore(story, {**night.to_save(), "levels": {**night.state.levels, memory_id: 0.3}, "turned": True,
                                  "swept": [memory_id]})  # the search under way
    app.start_night(night, save=False)
    play = app.play_screen()
    play.scene_time = 10.0
    play.map_open = True
    figures["map_search"] = _time(frames, lambda i: app.render())
    play.map_open = False
    night = Night.restore(story, {**night.to_save(), "levels": {**night.state.levels, memory_id: 0.0}})
    app.start_night(night, save=False)
    figures["enter_memory"] = _scene_changes(app, night, ENTERED)
    app.art.close()
    figures["idle_still_page"] = _still_page(story, size, idle_seconds)
    figures["idle_title"] = _title(story, size, idle_seconds)
    pygame.display.quit()
    return figures


def run_bench(scenes: Path, as_json: bool, frames: int, sizes: tuple[tuple[int, int], ...] = SIZES,
              idle_seconds: float = 3.0) -> int:
    use_dummy_drivers()
    import pygame

    from eternal.presentation.launch import load_or_report

    story = load_or_report(scenes)
    if story is None:
        return 1
    results: dict = {"sizes": {}}
    for size in sizes:
        results["sizes"][_label(size)] = _size_rows(story, size, frames, idle_seconds)
        gc.collect()  # the apps of this size hold each other in cycles: let their pictures go before the next
    # A start-up is one process: the median of five says more than one on a busy machine (the range is kept too).
    # The very first start also fills the schema cache; every later one reads it.
    import tempfile

    with tempfile.TemporaryDirectory() as home:
        results["first_startup_s"] = round(_startup_seconds(scenes, Path(home)), 3)
        starts = sorted(_startup_seconds(scenes, Path(home)) for _ in range(5))
    results["startup_to_first_frame_s"] = round(starts[len(starts) // 2], 3)
    results["startup_range_s"] = [round(starts[0], 3), round(starts[-1], 3)]
    # Peak memory of a game that plays a dozen memories, each size measured in a process of its own (1080p and 4K,
    # or the largest size asked for).
    measured = [s for s in sizes if s in MEMORY_SIZES] or [max(sizes)]
    results["peak_memory_mb"] = {_label(s): _peak_memory_mb(scenes, s, ENTERED) for s in measured}
    if "1920x1080" in results["peak_memory_mb"]:
        results["peak_memory_1080p_mb"] = results["peak_memory_mb"]["1920x1080"]
    pygame.quit()
    if as_json:
        print(json.dumps(results))
        return 0
    for size, figures in results["sizes"].items():
        print(size)
        for name, f in figures.items():
            if "cpu_per_s" in f:
                print(f"  {name:18s} {f['cpu_per_s']:.4f} CPU s per s   ({f['frames_drawn']} frames drawn in {f['seconds']} s)")
            elif f["frames"]:
                print(f"  {name:18s} median {f['median_ms']:7.2f} ms   p99 {f['p99_ms']:7.2f} ms   CPU median "
                      f"{f['cpu_median_ms']:7.2f} ms   p99 {f['cpu_p99_ms']:7.2f} ms   ({f['frames']} frames)")
    low, high = results["startup_range_s"]
    print(f"start-up to first frame: {results['startup_to_first_frame_s']:.3f} s (median of 5; {low:.3f} to {high:.3f});"
          f" the very first start: {results['first_startup_s']:.3f} s")
    for size, mb in results["peak_memory_mb"].items():
        print(f"peak memory at {size} over {ENTERED} memories: {mb:.1f} MB")
    return 0
