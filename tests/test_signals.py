"""SIGTERM and SIGINT end every mode cleanly (a kiosk too), a second signal ends at once, and without a display the
game says so instead of playing to nobody. Run as a service manager or a shell would: the real command, in a
subprocess, headless."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import MINI, ROOT
from eternal.signals import DOUBLE_DELIVERY

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 or Wayland decide the display")


def env_for(home, **extra):
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", ETERNAL_HOME=str(home))
    env.update(extra)
    return env


def start(home, *args, **extra):
    return subprocess.Popen([sys.executable, "-m", "eternal", "--scenes", str(MINI), *args], cwd=ROOT, env=env_for(home, **extra),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def running_for(proc, seconds):
    """Let the program get going (load, open its window, draw); it must still be running after that."""
    time.sleep(seconds)
    assert proc.poll() is None, proc.communicate()


def ended_after(proc, signum, limit=10.0):
    """Send `signum`; return (seconds until the process ended, exit code, stderr)."""
    sent = time.perf_counter()
    proc.send_signal(signum)
    try:
        _, err = proc.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"still running {limit} s after {signal.Signals(signum).name}")
    return time.perf_counter() - sent, proc.returncode, err


@pytest.mark.slow
def test_sigterm_ends_the_kiosk_within_a_second(tmp_path):
    proc = start(tmp_path, "--kiosk")
    running_for(proc, 3.0)
    seconds, code, err = ended_after(proc, signal.SIGTERM)
    assert seconds < 1.5, seconds  # a second, with room for a busy machine
    assert code == 0, err
    assert "Traceback" not in err and "SIGTERM" in err
    written = sorted(p.name for p in tmp_path.iterdir())
    assert not {"settings.json", "saves", "stories"} & set(written), written  # a kiosk writes nothing


@pytest.mark.slow
def test_sigint_ends_the_game_with_the_shells_code(tmp_path):
    proc = start(tmp_path)
    running_for(proc, 3.0)
    seconds, code, err = ended_after(proc, signal.SIGINT)
    assert seconds < 1.5 and code == 130, (seconds, code, err)
    assert "Traceback" not in err


@pytest.mark.slow
def test_sigterm_saves_the_night_and_keeps_the_settings(tmp_path):
    made = subprocess.run([sys.executable, "-m", "eternal", "--scenes", str(MINI), "autoplay", "--max-frames", "120"],
                          cwd=ROOT, env=env_for(tmp_path), capture_output=True, text=True, timeout=120)
    assert made.returncode == 1, made.stderr  # stopped early on purpose: a night in the middle, saved
    saves = tmp_path / "stories" / "mini" / "saves"  # each story keeps its saves in its own folder
    (tmp_path / "settings.json").write_text(json.dumps({"language": "de", "text_speed": 30.0}), encoding="utf-8")
    before = {p.name: p.stat().st_mtime_ns for p in saves.iterdir()}
    proc = start(tmp_path, "--continue")
    running_for(proc, 3.0)
    seconds, code, err = ended_after(proc, signal.SIGTERM)
    assert code == 0 and seconds < 1.5, (code, seconds, err)
    after = {p.name: p.stat().st_mtime_ns for p in saves.iterdir()}
    assert any(after[name] != before.get(name) for name in after), "the night was not saved on SIGTERM"
    settings = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert settings["language"] == "de" and settings["text_speed"] == 30.0


@pytest.mark.slow
def test_a_second_signal_ends_at_once(tmp_path):
    # A clean-up that hangs (simulated by a long sleep after the first signal was noted) must not hold the process:
    # the second signal is the system's and ends it.
    code = ("import os, signal, sys, time\n"
            "from eternal.signals import note_stop_signals, stop_requested\n"
            "note_stop_signals()\n"
            "print('ready', flush=True)\n"
            "while stop_requested() is None: time.sleep(0.01)\n"
            "print('cleaning up', flush=True)\n"
            "time.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    proc.send_signal(signal.SIGTERM)
    assert proc.stdout.readline().strip() == "cleaning up"
    time.sleep(DOUBLE_DELIVERY)  # a signal at the same moment as the first is the same request (see the next test)
    seconds, code, _ = ended_after(proc, signal.SIGTERM, limit=5.0)
    assert seconds < 0.5 and code == -signal.SIGTERM


@pytest.mark.slow
def test_one_signal_delivered_twice_at_once_still_ends_cleanly(tmp_path):
    # `timeout` signals the program and then its whole process group: the kiosk gets SIGTERM twice, microseconds
    # apart, and must still end cleanly rather than be killed by the second copy.
    for _ in range(3):
        proc = start(tmp_path, "--kiosk")
        running_for(proc, 3.0)
        proc.send_signal(signal.SIGTERM)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=10)
        assert proc.returncode == 0 and "ended by SIGTERM" in err, (proc.returncode, err)


@pytest.mark.slow
def test_sigint_stops_autoplay_cleanly(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "eternal", "autoplay", "--size", "320x180"], cwd=ROOT, env=env_for(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    running_for(proc, 3.0)
    seconds, code, err = ended_after(proc, signal.SIGINT)
    assert code == 130 and seconds < 2.0, (code, seconds, err)
    assert "Traceback" not in err and "autoplay stopped by SIGINT" in err


@linux_only
def test_without_a_display_the_game_says_so_and_exits(tmp_path):
    env = {k: v for k, v in env_for(tmp_path).items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER")}
    env["XDG_RUNTIME_DIR"] = str(tmp_path)  # no Wayland socket there either
    out = subprocess.run([sys.executable, "-m", "eternal", "--scenes", str(MINI), "--frames", "5"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 3, out.stdout + out.stderr
    lines = [line for line in out.stderr.splitlines() if line.startswith("eternal:")]
    assert len(lines) == 1 and "no display" in lines[0] and "SDL_VIDEODRIVER=dummy" in lines[0]
    assert "Traceback" not in out.stderr and "frames drawn" not in out.stdout


@linux_only
def test_a_video_driver_chosen_on_purpose_that_cannot_start_is_named(tmp_path):
    env = {k: v for k, v in env_for(tmp_path).items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["SDL_VIDEODRIVER"] = "x11"
    out = subprocess.run([sys.executable, "-m", "eternal", "--scenes", str(MINI), "--frames", "5"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 3 and "'x11'" in out.stderr and "Traceback" not in out.stderr, out.stderr


@pytest.mark.slow
def test_the_invisible_driver_asked_for_on_purpose_runs(tmp_path):
    out = subprocess.run([sys.executable, "-m", "eternal", "--scenes", str(MINI), "--frames", "5"], cwd=ROOT,
                         env=env_for(tmp_path), capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "TitleScreen shown, 5 frames drawn" in out.stdout, out.stderr


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("timeout") is None, reason="needs coreutils' timeout")
def test_timeout_ends_the_kiosk_by_itself_within_a_second_of_its_signal(tmp_path):
    started = time.perf_counter()
    out = subprocess.run(["timeout", "4", sys.executable, "-m", "eternal", "--scenes", str(MINI), "--kiosk"], cwd=ROOT,
                         env=env_for(tmp_path), capture_output=True, text=True, timeout=30)
    after_signal = time.perf_counter() - started - 4
    assert out.returncode == 124  # timeout's own code: it had to signal
    assert after_signal < 1.5, after_signal
    assert "ended by SIGTERM" in out.stderr and "Traceback" not in out.stderr  # the clean path ran, not a kill
