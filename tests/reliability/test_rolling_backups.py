"""Rolling backups while a project is open: on the project's interval, newest few kept.

The interval is a project setting in minutes; `MS_PER_MINUTE` is shrunk so the real
QTimer fires within the test.
"""

from __future__ import annotations

import sqlite3

import pytest

from app.gui import backups
from app.store import Project
from app.store.backup import BackupPolicy, backup_dir_for


def stored_text(backup) -> str:
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return conn.execute("SELECT text FROM documents ORDER BY position").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def saved(project_path):
    with Project.create(project_path) as project:
        project.add_documents([("One", "It began.")])
    return project_path


def test_default_is_every_ten_minutes_keeping_five(saved, make_window, wait_idle):
    window = make_window(Project.open(saved))
    assert window.project.backup_policy() == BackupPolicy(interval_minutes=10, keep=5)
    assert window.rolling_backups.timer.isActive()
    assert window.rolling_backups.timer.interval() == 10 * 60_000
    wait_idle(window)


def test_interval_comes_from_the_project_settings(saved, make_window, wait_idle):
    with Project.open(saved) as project:
        project.update_settings(backup_interval_minutes=3)
    window = make_window(Project.open(saved))
    assert window.rolling_backups.timer.interval() == 3 * 60_000
    wait_idle(window)


def test_interval_zero_turns_rolling_backups_off(saved, make_window, wait_idle):
    with Project.open(saved) as project:
        project.update_settings(backup_interval_minutes=0)
    window = make_window(Project.open(saved))
    assert not window.rolling_backups.timer.isActive()
    wait_idle(window)


def test_timer_backs_up_the_latest_words_and_keeps_the_newest(
    qtbot, monkeypatch, saved, make_window, wait_idle
):
    with Project.open(saved) as project:
        project.update_settings(backup_interval_minutes=1, backup_keep=3)
    monkeypatch.setattr(backups, "MS_PER_MINUTE", 40)  # "every minute" = every 40 ms
    window = make_window(Project.open(saved))
    made = []
    window.rolling_backups.backed_up.connect(made.append)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    for number in range(5):
        with qtbot.waitSignal(window.rolling_backups.backed_up, timeout=5000):
            qtbot.keyClicks(window.editor, f" edit{number}")  # not yet autosaved
    wait_idle(window)
    window.close()  # nothing more is backed up once the project is closed

    folder = sorted(backup_dir_for(saved).iterdir(), reverse=True)
    assert folder == sorted(made[-3:], reverse=True)  # only the newest 3 are kept
    assert stored_text(folder[0]).endswith(" edit3 edit4")  # pending edits were flushed first
    assert all(stored_text(path).startswith("It began. edit0") for path in folder)
    assert not window.rolling_backups.timer.isActive()


def test_an_untouched_project_is_not_backed_up_again(saved, make_window, wait_idle):
    window = make_window(Project.open(saved))
    wait_idle(window)  # the first analysis writes its results: that is a change
    window.rolling_backups.back_up_now()
    count = len(window.project.backups())
    assert window.rolling_backups.back_up_now() is None
    assert window.rolling_backups.back_up_now() is None
    assert len(window.project.backups()) == count


def test_read_only_window_takes_no_backups(saved, make_window):
    holder = Project.open(saved)  # this process holds the lock: the window is read-only
    try:
        before = holder.backups()
        window = make_window(Project.open(saved))
        assert window.project.read_only
        assert not window.rolling_backups.timer.isActive()
        assert window.rolling_backups.back_up_now() is None
        assert holder.backups() == before
    finally:
        holder.close()


def test_a_failing_backup_is_reported_quietly(qtbot, monkeypatch, saved, make_window, wait_idle):
    window = make_window(Project.open(saved))
    wait_idle(window)
    qtbot.keyClicks(window.editor, "more")

    def refuse(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.store.project.make_backup", refuse)
    assert window.rolling_backups.back_up_now() is None
    assert window.statusBar().currentMessage().startswith(
        "Backup failed: could not back up novel.continuity ("
    )
    assert window.project.document(1).text == "moreIt began."  # the edit itself was saved
    assert window.rolling_backups.timer.isActive()  # and the next tick tries again
