"""File > Restore a backup…: go back to an earlier copy without losing the present one."""

from __future__ import annotations

import sqlite3

import pytest

from app.gui import dialogs
from app.store import Project


def first_text(path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT text FROM documents ORDER BY position").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def chooser(monkeypatch):
    """Stub the backup picker: `chooser.pick` is the index returned (None cancels)."""

    class Chooser(list):
        pick: int | None = None

    offered = Chooser()

    def choose(parent, labels):
        offered.append(list(labels))
        return offered.pick

    monkeypatch.setattr(dialogs, "choose_backup", choose)
    return offered


def test_restoring_the_oldest_backup_even_when_it_is_pruned(
    qtbot, chooser, project_path, make_window, wait_idle
):
    with Project.create(project_path) as project:
        project.add_documents([("One", "First draft.")])
        project.update_settings(backup_keep=2)
    window = make_window(Project.open(project_path))  # backup 1: "First draft."
    wait_idle(window)
    qtbot.keyClicks(window.editor, "Second ")
    assert window.rolling_backups.back_up_now() is not None  # backup 2
    qtbot.keyClicks(window.editor, "Third ")  # not backed up yet
    wait_idle(window)

    chooser.pick = 1  # the oldest: "First draft."; backing up the present prunes it
    window.actions_by_name["restore_backup"].trigger()
    assert len(chooser) == 1
    assert len(chooser[0]) == 2
    assert window.project is not None
    assert not window.project.read_only
    assert window.project.document(1).text == "First draft."
    assert window.editor.text() == "First draft."
    # The state that was replaced is one restore away.
    assert "Second Third First draft." in [first_text(p) for p in window.project.backups()]
    wait_idle(window)


def test_cancelling_changes_nothing(qtbot, chooser, project_path, make_window, wait_idle):
    with Project.create(project_path) as project:
        project.add_documents([("One", "Kept.")])
    window = make_window(Project.open(project_path))
    wait_idle(window)
    project, backups = window.project, window.project.backups()
    chooser.pick = None
    window.actions_by_name["restore_backup"].trigger()
    assert len(chooser) == 1
    assert window.project is project
    assert project.backups() == backups
    assert project.document(1).text == "Kept."


def test_a_damaged_backup_is_refused_and_the_project_reopened(
    monkeypatch, chooser, project_path, make_window, wait_idle
):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    with Project.create(project_path) as project:
        project.add_documents([("One", "Safe words.")])
    window = make_window(Project.open(project_path))
    wait_idle(window)
    (backup,) = window.project.backups()
    backup.write_bytes(backup.read_bytes()[:100])
    chooser.pick = 0
    window.actions_by_name["restore_backup"].trigger()
    assert len(errors) == 1
    assert "is damaged too" in errors[0]
    assert window.project is not None
    assert not window.project.read_only
    assert window.project.document(1).text == "Safe words."
    wait_idle(window)
