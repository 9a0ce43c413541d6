"""The model and the loader run with no window: importing them must not pull in pygame."""

import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.parametrize("module", ["eternal.model.night", "eternal.drivers.policies", "eternal.loader", "eternal.persistence.saves"])
def test_pure_packages_do_not_import_pygame(module):
    code = f"import sys, {module}; print('pygame' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_check_command_does_not_import_pygame(tmp_path):
    code = "import sys; from eternal.cli import main; main(['check', 'tests/fixtures/mini/scenes']); print('pygame' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "False"
