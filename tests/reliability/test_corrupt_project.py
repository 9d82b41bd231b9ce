"""Damaged project files: refused with ProjectCorrupt naming backups; restore recovers."""

from __future__ import annotations

import pytest

from app.store import Project, ProjectCorrupt, ProjectError


@pytest.fixture
def project_path(tmp_path):
    return tmp_path / "novel.continuity"


@pytest.fixture
def with_backups(project_path):
    """A real project with text big enough to span many pages, and two backups."""
    with Project.create(project_path) as project:
        project.add_documents(
            [(f"Chapter {n}", f"Chapter {n}. " + "Emma walked. " * 400) for n in range(30)]
        )
        project.backup()
        project.backup()
    return project_path


def open_corrupt(path) -> ProjectCorrupt:
    with pytest.raises(ProjectCorrupt) as raised:
        Project.open(path)
    assert "\n" not in str(raised.value)
    return raised.value


def test_truncated_project(with_backups):
    data = with_backups.read_bytes()
    with_backups.write_bytes(data[: len(data) // 3])
    error = open_corrupt(with_backups)
    assert str(error).startswith("novel.continuity is damaged and cannot be opened (")
    assert str(error).endswith("; 2 backups can be restored")
    assert error.backups == sorted(error.backups, key=lambda p: p.name, reverse=True)
    assert len(error.backups) == 2


def test_garbage_bytes(with_backups):
    with_backups.write_bytes(b"\x00garbage\xff" * 1000)
    error = open_corrupt(with_backups)
    assert str(error) == "novel.continuity is not a Continuity project; 2 backups can be restored"


def test_overwritten_pages(with_backups):
    data = bytearray(with_backups.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xa5" * (4096 * 4)  # keep the header, ruin the b-trees
    with_backups.write_bytes(bytes(data))
    assert "is damaged and cannot be opened" in str(open_corrupt(with_backups))


def test_empty_file(tmp_path):
    path = tmp_path / "empty.continuity"
    path.write_bytes(b"")
    error = open_corrupt(path)
    assert (str(error), error.backups) == ("empty.continuity is empty; no backups were found", [])


def test_another_sqlite_database_is_not_a_project(tmp_path):
    import sqlite3

    path = tmp_path / "other.continuity"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name)")
    connection.commit()
    connection.close()
    assert str(open_corrupt(path)) == (
        "other.continuity is not a Continuity project; no backups were found"
    )


def test_a_failed_open_leaves_no_lock(with_backups):
    with_backups.write_bytes(b"junk")
    open_corrupt(with_backups)
    assert not with_backups.with_name("novel.continuity.lock").exists()


def test_restore_newest_backup_after_truncation(with_backups):
    data = with_backups.read_bytes()
    with_backups.write_bytes(data[:5000])
    error = open_corrupt(with_backups)
    Project.restore(error.backups[0], with_backups)
    with Project.open(with_backups) as project:
        assert project.integrity_ok()
        assert len(project.documents()) == 30
        assert project.document(1).text.startswith("Chapter 0. Emma walked.")


def test_corrupt_backup_cannot_be_restored(with_backups, tmp_path):
    with Project.open(with_backups) as project:
        backup = project.backups()[0]
    backup.write_bytes(backup.read_bytes()[:4096])
    with pytest.raises(ProjectError):
        Project.restore(backup, tmp_path / "restored.continuity")
    assert not (tmp_path / "restored.continuity").exists()


def test_integrity_ok_on_a_sound_project(with_backups):
    with Project.open(with_backups) as project:
        assert project.integrity_ok() is True
