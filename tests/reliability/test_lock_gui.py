"""One writer at a time, in the window: a project another process holds opens read-only.

A child process opens the project for writing and waits. The window then opens the same
file: it shows the read-only banner naming that process, and whatever happens in it —
typing, text pushed into the editor, autosave, analysis, a rolling backup, closing — not one
byte of the project, its write-ahead log or its backups changes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.gui.editor import AUTOSAVE_MAX_MS
from app.store import Project

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from app.store import Project
project = Project.open(sys.argv[1])
print("read_only" if project.read_only else "writer", flush=True)
sys.stdin.readline()
print(project.document(1).text, flush=True)
project.close()
"""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="flock-style locking is POSIX here"),
]


def files_beside(path: Path) -> dict[str, tuple[bytes, int]]:
    """The project and its sidecars (the -shm index excepted: readers map it by design)."""
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns)
        for p in path.parent.iterdir()
        if p.name != f"{path.name}-shm"
    }


def test_a_project_held_by_another_process_is_never_written(
    qtbot, project_path, make_window, wait_idle
):
    with Project.create(project_path) as project:
        project.add_documents([("One", "Emma walked to Highbury.")])
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(project_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    try:
        assert child.stdout.readline().strip() == "writer"
        before = files_beside(project_path)
        backups_before = Project.newest_good_backup(project_path)

        window = make_window(None)
        project = window.open_path(project_path)
        assert project.read_only
        assert window.banner.isVisible()
        assert f"already open in another Continuity window (process {child.pid}" in (
            window.banner.text()
        )
        assert window.editor.isReadOnly()
        assert not window.rolling_backups.timer.isActive()

        qtbot.keyClicks(window.editor, "typed by the reader")
        assert window.editor.text() == "Emma walked to Highbury."
        window.editor.insertPlainText("pushed in by code ")  # bypasses the read-only flag
        qtbot.wait(AUTOSAVE_MAX_MS + 300)  # long enough for any autosave to have run
        window.flush_edits()
        window.reanalyse()
        assert window.rolling_backups.back_up_now() is None
        wait_idle(window)
        window.close()

        assert files_beside(project_path) == before
        assert Project.newest_good_backup(project_path) == backups_before
    finally:
        out, _err = child.communicate("\n", timeout=30)
    assert out.strip() == "Emma walked to Highbury."  # the writer's text, untouched
    assert child.returncode == 0
