"""The desktop bundle: built with PyInstaller, it runs with no Python around it and reaches the title headless."""

import os
import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_the_built_program_checks_its_story_and_reaches_the_title(tmp_path):
    pytest.importorskip("PyInstaller")
    build = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(tmp_path / "dist"),
                            "--work", str(tmp_path / "work")], capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr[-3000:]
    program = tmp_path / "dist" / "eternal" / ("eternal.exe" if os.name == "nt" else "eternal")
    assert program.is_file()
    env = {"PATH": "/usr/bin:/bin", "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "ETERNAL_HOME": str(tmp_path / "home")}
    check = subprocess.run([str(program), "check"], capture_output=True, text=True, env=env, timeout=120)
    assert check.returncode == 0 and check.stdout.startswith("ok:"), check.stdout + check.stderr
    run = subprocess.run([str(program), "--frames", "60"], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "TitleScreen shown, 60 frames drawn" in run.stdout
