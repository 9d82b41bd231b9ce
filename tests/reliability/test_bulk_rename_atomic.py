"""“Use ‘X’ everywhere” and its undo are each one transaction: all chapters, or none.

The store is made to fail on the second chapter of the rename (a full disk, say). Not one
chapter may change, the editor keeps the writer's text, there is nothing to undo, and the
writer is told in one message. A successful rename is undone in one step, and an undo
that fails leaves the renamed book whole so it can be tried again.
"""

from __future__ import annotations

import sqlite3

import pytest

from app.gui import dialogs
from app.store import documents


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(title))
    return shown


@pytest.fixture
def disk_fills(monkeypatch):
    """`disk_fills()`: from now on the second text written in a transaction fails."""
    real_hash = documents.content_hash

    def arm() -> list[str]:
        calls: list[str] = []

        def failing_hash(text):
            calls.append(text)
            if len(calls) == 2:
                raise sqlite3.OperationalError("database or disk is full")
            return real_hash(text)

        monkeypatch.setattr(documents, "content_hash", failing_hash)
        return calls

    arm.heal = lambda: monkeypatch.setattr(documents, "content_hash", real_hash)
    return arm


def texts(window) -> dict[int, str]:
    return {doc.id: doc.text for doc in window.project.documents()}


def test_a_rename_that_fails_midway_changes_no_chapter(seeded, wait_idle, errors, disk_fills):
    before = texts(seeded)
    assert sum("Sophie" in text for text in before.values()) == 2  # a two-chapter rename
    editor_before = seeded.editor.text()
    calls = disk_fills()
    assert seeded.review.use_everywhere("Sofie", ["Sofie", "Sophie"]) == 0
    disk_fills.heal()
    assert len(calls) == 2  # it really failed in the middle
    assert errors == ["Could not rename"]
    assert texts(seeded) == before
    assert seeded.editor.text() == editor_before
    assert seeded.review.last_rename is None
    assert seeded.project.integrity_ok()
    wait_idle(seeded)


def test_rename_then_failed_undo_then_undo(seeded, wait_idle, errors, disk_fills):
    before = texts(seeded)
    assert seeded.review.use_everywhere("Sofie", ["Sofie", "Sophie"]) == 2
    wait_idle(seeded)
    renamed = texts(seeded)
    assert renamed != before
    disk_fills()
    assert seeded.review.undo_rename() is False
    disk_fills.heal()
    assert errors == ["Could not undo"]
    assert texts(seeded) == renamed  # not half undone
    assert seeded.review.last_rename is not None  # so the writer can try again
    assert seeded.review.undo_rename() is True
    wait_idle(seeded)
    assert texts(seeded) == before
