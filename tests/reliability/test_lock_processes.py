"""The project lock between real processes: a holder, a second opener, and kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import Project, ProjectReadOnly

ROOT = Path(__file__).resolve().parents[2]

# The child opens the project, says whether it got it read-only, then waits for stdin.
HOLDER = """
import sys
from app.store import Project
project = Project.open(sys.argv[1])
print("read_only" if project.read_only else "writer", project.locked_by, flush=True)
sys.stdin.readline()
project.close()
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")


def spawn_holder(path: Path) -> subprocess.Popen[str]:
    """A process that opens the project, says what it got, and holds it until told."""
    return subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )


def start_holder(path: Path) -> tuple[subprocess.Popen[str], str]:
    child = spawn_holder(path)
    assert child.stdout is not None
    return child, child.stdout.readline().strip()


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "novel.continuity"
    with Project.create(path) as project:
        project.add_documents([("One", "Emma")])
    return path


def test_another_process_holding_the_lock_makes_us_read_only(saved):
    child, said = start_holder(saved)
    try:
        assert said == "writer None"
        with Project.open(saved) as project:
            assert project.read_only is True
            assert project.locked_by.startswith(
                f"novel.continuity is already open in another Continuity window "
                f"(process {child.pid}, since "
            )
            with pytest.raises(ProjectReadOnly):
                project.update_text(1, "mine")
            assert project.document(1).text == "Emma"  # reading still works
    finally:
        child.communicate("\n", timeout=30)
    assert child.returncode == 0
    with Project.open(saved) as project:  # the child closed: the lock is free again
        assert project.read_only is False


def test_we_hold_the_lock_and_another_process_gets_read_only(saved):
    with Project.open(saved) as project:
        child, said = start_holder(saved)
        child.communicate("\n", timeout=30)
        assert said.startswith(
            f"read_only novel.continuity is already open in another Continuity window "
            f"(process {os.getpid()}, since "
        )
        project.update_text(1, "still writable here")


def test_a_killed_holder_leaves_a_stale_lock_that_is_taken_over(saved):
    child, said = start_holder(saved)
    assert said == "writer None"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert saved.with_name("novel.continuity.lock").exists()
    with Project.open(saved) as project:
        assert (project.read_only, project.locked_by) == (False, None)
        project.update_text(1, "recovered")
        assert project.integrity_ok()


def test_racing_openers_get_exactly_one_writer(saved):
    children = [spawn_holder(saved) for _ in range(8)]
    said = [child.stdout.readline().split()[0] for child in children]
    for child in children:
        child.communicate("\n", timeout=30)
    assert sorted(said) == ["read_only"] * 7 + ["writer"]
