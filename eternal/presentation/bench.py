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
        results["sizes"][f"{size[0]}x{size[1]}"] = figures
        pygame.display.quit()
    results["startup_to_first_frame_s"] = round(_startup_seconds(scenes), 3)
    results["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    pygame.quit()
    if as_json:
        print(json.dumps(results))
        return 0
    for size, figures in results["sizes"].items():
        print(size)
        for name, f in figures.items():
            print(f"  {name:18s} median {f['median_ms']:7.2f} ms   p99 {f['p99_ms']:7.2f} ms   ({f['frames']} frames)")
    print(f"start-up to first frame: {results['startup_to_first_frame_s']:.3f} s")
    print(f"peak memory: {results['peak_memory_mb']:.1f} MB")
    return 0
