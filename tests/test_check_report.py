"""`eternal check` on a broken story: every problem on a line of its own, the summary after them, even when stdout
(block-buffered into a pipe) and stderr go into the same pipe."""

import io
import os
import shutil
import subprocess
import sys

import pytest

from conftest import MINI, ROOT
from eternal.presentation.launch import report


class _Recording(io.StringIO):
    """A stream that notes how much of what was written had been flushed."""

    def __init__(self) -> None:
        super().__init__()
        self.flushed_at = -1

    def flush(self) -> None:
        self.flushed_at = len(self.getvalue())
        super().flush()


def test_report_prints_each_problem_on_its_own_line_and_counts_them():
    out = io.StringIO()
    assert report(["a.yaml:1:2: one", "b.yaml:3:4: two"], out) == 2
    assert out.getvalue() == "a.yaml:1:2: one\nb.yaml:3:4: two\n"


def test_report_flushes_its_problems_before_anything_else_is_said():
    out = _Recording()
    report(["a.yaml:1:2: one", "b.yaml:3:4: two"], out)
    assert out.flushed_at == len(out.getvalue())  # all of it out, up to the last newline


@pytest.mark.slow
def test_check_prints_the_summary_after_the_last_whole_problem_in_one_pipe(tmp_path):
    copy = tmp_path / "scenes"
    shutil.copytree(MINI, copy)
    memories = copy / "memories.yaml"
    # enough problems to fill the pipe's buffer several times over
    dangling = ", ".join(f"nowhere_{i}" for i in range(60))
    memories.write_text(memories.read_text().replace("associations: [", f"associations: [{dangling}, "))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    out = subprocess.run([sys.executable, "-m", "eternal", "check", str(copy)], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True, cwd=ROOT, env=env, timeout=120)
    lines = out.stdout.splitlines()
    assert out.returncode == 1
    assert lines[-1] == f"{len(lines) - 1} problem(s) in {copy}"
    assert len(lines) > 100 and all("which is no memory" in line and "problem(s)" not in line for line in lines[:-1])
