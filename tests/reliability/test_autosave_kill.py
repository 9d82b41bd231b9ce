"""Autosave survives kill -9: what the editor saved is in the project, which is intact.

A child process runs the real main window (offscreen), types into the editor on a timer and
reports every autosave on stdout. Once it has saved at least once it is killed with
SIGKILL mid-typing; the project must reopen with one of the reported texts and pass
SQLite's integrity check.
"""

from __future__ import annotations

import ast
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import Project

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from app.gui import create_application
from app.gui.main_window import MainWindow
from app.store import Project

app = create_application()
window = MainWindow(Project.open(sys.argv[1]))
window.show()
editor = window.editor
editor.moveCursor(editor.textCursor().MoveOperation.End)
window.autosaved.connect(lambda: print("SAVED", repr(editor.text()), flush=True))
words = iter(f" word{i}" for i in range(1000))
timer = QTimer()
timer.timeout.connect(lambda: QTest.keyClicks(editor, next(words)))
timer.start(150)  # steady typing: only the 2 s cap triggers autosave
print("READY", flush=True)
app.exec()
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")


def test_kill_after_autosave_keeps_text_and_integrity(tmp_path):
    path = tmp_path / "novel.continuity"
    with Project.create(path) as project:
        (doc_id,) = project.add_documents([("One", "It began.")])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(tmp_path / "settings")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert child.stdout is not None
    saved: list[str] = []
    try:
        assert child.stdout.readline().strip() == "READY"
        for line in child.stdout:  # blocks until the first autosave is reported
            if line.startswith("SAVED "):
                saved.append(ast.literal_eval(line[len("SAVED ") :]))
                break
    finally:
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    saved += [ast.literal_eval(x[6:]) for x in rest.splitlines() if x.startswith("SAVED ")]
    assert saved
    assert saved[0].startswith("It began. word0 word1")

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with Project.open(path) as project:
        assert project.read_only is False  # the dead child's lock was taken over
        assert project.integrity_ok()
        assert project.document(doc_id).text in saved
