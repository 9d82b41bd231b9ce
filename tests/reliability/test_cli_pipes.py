"""`continuity check … | head -1`: a reader that stops early gets no traceback.

Python raises BrokenPipeError when the other end of stdout is gone; the CLI stops quietly
with 141 (what a shell reports for SIGPIPE), as the Python docs advise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and a shell")


def test_a_closed_stdout_stops_quietly():
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "check", str(SEEDS), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        cwd=ROOT,
    )
    child.stdout.close()  # gone before the report is written: every write fails
    err = child.stderr.read()
    child.wait(timeout=120)
    assert err == ""
    assert child.returncode == 141


@pytest.mark.slow
def test_head_one_in_a_shell_pipeline(tmp_path):
    # A report far bigger than the pipe's buffer, so the writer is still writing when
    # `head` exits.
    for copy in range(12):
        for seed in SEEDS.glob("*.txt"):
            shutil.copy(seed, tmp_path / f"{copy:02}-{seed.name}")
    completed = subprocess.run(
        f"set -o pipefail; {sys.executable} -m app check {tmp_path} --json | head -1",
        shell=True,
        executable=shutil.which("bash"),
        capture_output=True,
        text=True,
        env=ENV,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert completed.stdout == "{\n"
    assert completed.stderr == ""
    assert completed.returncode == 141
