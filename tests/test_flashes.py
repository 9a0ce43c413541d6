"""Nothing on screen flashes more than twice in any second (WCAG 2.3.1 allows three; we keep a margin of one).

Measured, not reasoned: frames of the real play screen and painter at 60 a second, through a memory being read as
the erasure eats into it (the memory skips now and then), its last phase and the fall into the next one, and the
moment the technicians find her in a hiding place (the lights go out, the beam, the memory goes with her), in every
mode. A flash is WCAG's general flash: a pair of opposing changes in relative luminance of at least a tenth of the
maximum, where the darker state is below 0.80, both within one second. Luminance is the mean over the whole frame
and over each ninth of it (a region about the size of the field WCAG measures a flash over)."""

import pytest

import pygame
from playthrough import step

from eternal.model.night import Night
from eternal.model.state import DISSOLVING, NightState
from eternal.persistence.settings import Settings

FPS = 60
SIZE = (400, 225)
FLASH_DELTA = 0.10
DARK_LIMIT = 0.80
MOST_TRANSITIONS = 4  # two flashes: two pairs of opposing changes


def _linear(c: int) -> float:
    c = c / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


LINEAR = [_linear(c) for c in range(256)]
GRID = (96, 54)  # the frame is averaged down to this before its luminance is taken


def luminances(canvas: pygame.Surface) -> list[float]:
    """Mean relative luminance of the whole frame, then of each of its nine regions (3 x 3)."""
    small = pygame.transform.smoothscale(canvas, GRID)
    data = pygame.image.tobytes(small, "RGB")
    gw, gh = GRID
    sums = [0.0] * 9
    whole = 0.0
    for y in range(gh):
        row = (y * 3 // gh) * 3
        base = y * gw * 3
        for x in range(gw):
            i = base + x * 3
            lum = 0.2126 * LINEAR[data[i]] + 0.7152 * LINEAR[data[i + 1]] + 0.0722 * LINEAR[data[i + 2]]
            sums[row + x * 3 // gw] += lum
            whole += lum
    per_region = gw * gh / 9
    return [whole / (gw * gh)] + [s / per_region for s in sums]


def swings(series: list[float], delta: float = FLASH_DELTA) -> list[tuple[int, int]]:
    """(start, end) frames of each rise or fall of at least `delta`; a swing ends where the luminance turns back by
    at least `delta` (smaller wobbles inside it are part of it)."""
    out: list[tuple[int, int]] = []
    if not series:
        return out
    lo = hi = start = extreme = 0
    direction = 0
    for i, v in enumerate(series):
        if direction == 0:
            lo = i if v < series[lo] else lo
            hi = i if v > series[hi] else hi
            if series[hi] - series[lo] >= delta:
                direction = 1 if hi > lo else -1
                start, extreme = (lo, hi) if direction == 1 else (hi, lo)
        elif (v - series[extreme]) * direction > 0:
            extreme = i
        elif (series[extreme] - v) * direction >= delta:
            out.append((start, extreme))
            start, extreme, direction = extreme, i, -direction
    if direction and abs(series[extreme] - series[start]) >= delta:
        out.append((start, extreme))
    return out


def worst_second(series: list[float], fps: int = FPS) -> tuple[int, int]:
    """The most flash transitions inside any one-second window, and the frame the window starts at. A transition
    counts in a window when at least `FLASH_DELTA` of its change happens inside it and its darker end is below
    `DARK_LIMIT`."""
    moves = [(a, b) for a, b in swings(series) if min(series[a], series[b]) < DARK_LIMIT]
    worst, at = 0, 0
    for w0 in range(0, max(1, len(series) - fps + 1)):
        w1 = w0 + fps - 1
        count = 0
        for a, b in moves:
            lo, hi = max(a, w0), min(b, w1)
            if lo < hi and abs(series[hi] - series[lo]) >= FLASH_DELTA:
                count += 1
        if count > worst:
            worst, at = count, w0
    return worst, at


def test_the_flash_counter_sees_a_screen_blinking_three_times_a_second():
    blink = [0.05 if (i // 10) % 2 else 0.6 for i in range(120)]  # 3 dark-light pairs a second
    assert worst_second(blink)[0] >= 6
    slow = [0.05 + 0.5 * i / 119 for i in range(120)]  # one slow rise: a change, not a flash
    assert worst_second(slow)[0] <= 1
    bright = [0.85 if (i // 10) % 2 else 0.97 for i in range(120)]  # both states brighter than 0.8: not a flash
    assert worst_second(bright)[0] == 0


def _app(story, tmp_path, mode: str, night: Night):
    from eternal.presentation.app import App

    settings = Settings(reduce_motion=mode == "reduce motion", high_contrast=mode == "high contrast")
    app = App(story, home=tmp_path, settings=settings, size=SIZE, autosave=False)
    app.start_night(night, save=False)
    return app


def _record(app, seconds: float, series: list[list[float]]) -> None:
    from eternal.presentation.app import STEP

    for _ in range(int(seconds * FPS)):
        app.frame(STEP)
        canvas = app.window.subsurface(app.canvas_rect)
        for region, value in enumerate(luminances(canvas)):
            series[region].append(value)


def _assert_calm(series: list[list[float]], what: str) -> None:
    names = ["the whole frame"] + [f"region {r + 1} of 9" for r in range(9)]
    report = []
    for name, values in zip(names, series):
        worst, at = worst_second(values)
        if worst > MOST_TRANSITIONS:
            report.append(f"{what}: {name} changes {worst} times in the second from frame {at} ({worst // 2} flashes)")
    assert not report, "\n".join(report)


MODES = ("normal", "reduce motion", "high contrast")
_BRIGHTEST: dict[str, str] = {}


def _brightest_memory(story) -> str:
    """The memory of the erasure whose intact picture has the most light (the art may change; this is measured)."""
    if "id" not in _BRIGHTEST:
        from eternal.presentation.assets import ArtCache, Warnings
        from eternal.presentation.dissolve import MemoryPainter

        pygame.display.init()
        pygame.display.set_mode(SIZE)
        canvas = pygame.Surface(SIZE)
        painter = MemoryPainter(ArtCache(Warnings()))

        def light(memory_id: str) -> float:
            painter.render(canvas, story.memories[memory_id], 0.0, 0.0, False, exact=True)
            return luminances(canvas)[0]

        _BRIGHTEST["id"] = max(story.erase_order, key=light)
        pygame.display.quit()
    return _BRIGHTEST["id"]


@pytest.mark.slow
@pytest.mark.parametrize("mode", MODES)
def test_a_memory_read_erased_and_fallen_out_of_flashes_at_most_twice_a_second(real_story, tmp_path, mode):
    brightest = _brightest_memory(real_story)  # where a dip or a fade changes the most light
    night = Night.new(real_story)
    while night.state.scene != brightest:
        step(night, "comply")
    night = Night.restore(real_story, {**night.to_save(), "target": 0.6})  # the erasure may eat into it up to 0.6
    app = _app(real_story, tmp_path, mode, night)
    series: list[list[float]] = [[] for _ in range(10)]
    _record(app, 2.0, series)  # the fall into the newest memory
    memory = night.state.scene
    _record(app, 5.0, series)  # read on while the erasure eats into it: the memory skips now and then
    while night.phase != DISSOLVING and night.state.scene == memory:
        step(night, "comply")
    assert night.phase == DISSOLVING
    _record(app, 7.0, series)  # its last phase, then the fall into the next
    assert night.state.scene != memory and memory in night.state.erased
    app.quit()
    pygame.quit()
    _assert_calm(series, f"erasing {memory} ({mode})")


def _night_before_the_first_find(story) -> Night:
    """A night in which Joel takes her hand at the turn and reads on in the hiding place, stopped on the line just
    before the technicians find her (the first seed with a find)."""
    for seed in range(40):
        night = Night.new(story, seed)
        for _ in range(5000):
            if night.can_hide() or night.phase == "ended":
                break
            step(night, "comply")
        if not night.offer_hiding():
            continue
        night.choose(next(c.id for c in night.choices if c.kind == "hide"))
        for _ in range(300):
            before = night.state.to_dict()
            options = [c for c in night.choices if c.kind == "option"]
            night.choose(options[0].id) if options else night.continue_()
            if night.state.special == "found":
                return Night(story, NightState.from_dict(before))
            if night.state.hidden_in is None:
                break
    raise AssertionError("the technicians never found her")


@pytest.mark.slow
@pytest.mark.parametrize("mode", MODES)
def test_the_moment_they_find_her_flashes_at_most_twice_a_second(real_story, tmp_path, mode):
    night = _night_before_the_first_find(real_story)
    app = _app(real_story, tmp_path, mode, night)
    series: list[list[float]] = [[] for _ in range(10)]
    _record(app, 2.0, series)  # in the hiding place, with her
    options = [c for c in night.choices if c.kind == "option"]
    night.choose(options[0].id) if options else night.continue_()  # the line after which they find her
    assert night.state.special == "found"
    hiding = night.state.scene
    _record(app, 3.0, series)  # the lights go out around her; the beam
    night.continue_()
    assert night.phase == DISSOLVING
    _record(app, 7.0, series)  # the hiding place goes with her; the fall back to where they left
    assert hiding in night.state.erased
    app.quit()
    pygame.quit()
    _assert_calm(series, f"finding her in {hiding} ({mode})")
