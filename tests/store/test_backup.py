"""Backups in the platform data folder: taken on open, pruned, restorable atomically."""

from __future__ import annotations

import sqlite3

import platformdirs
import pytest

from app.store import Project, ProjectCorrupt, ProjectError
from app.store.backup import backup_dir_for


def test_backups_live_in_the_user_data_folder(project_path, isolated_user_dirs):
    with Project.create(project_path) as project:
        made = project.backup()
    folder = backup_dir_for(project_path)
    assert made.parent == folder
    assert folder.parent == isolated_user_dirs / "data" / "Continuity" / "backups"
    assert str(folder).startswith(platformdirs.user_data_dir("Continuity"))
    assert folder.name.startswith("novel-")
    assert made.name.startswith("novel-")
    assert made.suffix == ".continuity"


def test_same_named_projects_get_separate_folders(tmp_path):
    first, second = tmp_path / "a" / "novel.continuity", tmp_path / "b" / "novel.continuity"
    assert backup_dir_for(first) != backup_dir_for(second)


def test_open_takes_a_backup_but_read_only_does_not(project_path):
    Project.create(project_path).close()
    with Project.open(project_path) as project:
        assert len(project.backups()) == 1
        with Project.open(project_path) as reader:  # locked: read-only
            assert len(reader.backups()) == 1
    with Project.open(project_path, read_only=True) as reader:
        assert len(reader.backups()) == 1


def test_only_the_newest_are_kept(project_path):
    with Project.create(project_path) as project:
        project.update_settings(backup_keep=3)
        made = [project.backup() for _ in range(6)]
        assert project.backups() == list(reversed(made[-3:]))


def test_default_keeps_five(project_path):
    with Project.create(project_path) as project:
        for _ in range(7):
            project.backup()
        assert len(project.backups()) == 5


def test_a_backup_is_a_complete_project(project_path, tmp_path):
    with Project.create(project_path) as project:
        project.add_documents([("One", "Emma Woodhouse, handsome, clever, and rich")])
        backup = project.backup()
    copy = tmp_path / "copy.continuity"
    Project.restore(backup, copy)
    with Project.open(copy) as restored:
        assert [d.text for d in restored.documents()] == [
            "Emma Woodhouse, handsome, clever, and rich"
        ]
        assert restored.integrity_ok()


def test_restore_replaces_the_target_and_its_stale_wal(project_path):
    with Project.create(project_path) as project:
        project.add_documents([("One", "original")])
        backup = project.backup()
        project.update_text(1, "changed later")
    (project_path.parent / "novel.continuity-wal").write_bytes(b"junk from a crash")
    Project.restore(backup, project_path)
    assert not (project_path.parent / "novel.continuity-wal").exists()
    with Project.open(project_path) as project:
        assert project.document(1).text == "original"
    assert [p.name for p in project_path.parent.iterdir() if p.name.startswith(".restore")] == []


def test_restore_refuses_while_the_target_is_open(project_path):
    with Project.create(project_path) as project:
        backup = project.backup()
        with pytest.raises(ProjectError, match="already open in another window"):
            Project.restore(backup, project_path)


def test_restore_from_a_damaged_backup_leaves_the_target_alone(project_path, tmp_path):
    with Project.create(project_path) as project:
        project.add_documents([("One", "safe")])
    bad = tmp_path / "bad.continuity"
    bad.write_bytes(b"not a database at all")
    with pytest.raises(ProjectCorrupt, match=r"bad\.continuity is not a Continuity backup"):
        Project.restore(bad, project_path)
    with Project.open(project_path) as project:
        assert project.document(1).text == "safe"


def test_backup_is_consistent_while_writing(project_path):
    with Project.create(project_path) as project:
        project.add_documents([(f"{n}", "text " * 1000) for n in range(50)])
        backup = project.backup()
    connection = sqlite3.connect(backup)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM documents").fetchone() == (50,)
    finally:
        connection.close()


def test_restore_from_a_truncated_backup_is_refused(project_path, tmp_path):
    with Project.create(project_path) as project:
        project.add_documents([(f"{n}", "text " * 2000) for n in range(20)])
        backup = project.backup()
    truncated = tmp_path / "truncated.continuity"
    truncated.write_bytes(backup.read_bytes()[: 3 * 4096])
    with pytest.raises(ProjectCorrupt, match=r"backup truncated\.continuity is damaged too"):
        Project.restore(truncated, project_path)
    with Project.open(project_path) as project:
        assert len(project.documents()) == 20
    assert [p.name for p in project_path.parent.iterdir() if p.name.startswith(".restore")] == []


def test_an_unwritable_backup_folder_does_not_block_opening(project_path, monkeypatch):
    Project.create(project_path).close()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("app.store.backup.Path.mkdir", refuse)
    with Project.open(project_path) as project:
        assert project.read_only is False
        with pytest.raises(ProjectError, match=r"could not back up novel\.continuity"):
            project.backup()


def test_backup_policy_defaults_and_settings(project_path):
    from app.store.backup import BackupPolicy

    with Project.create(project_path) as project:
        assert project.backup_policy() == BackupPolicy(interval_minutes=10, keep=5)
        project.update_settings(backup_interval_minutes=0, backup_keep=8)
        assert project.backup_policy() == BackupPolicy(interval_minutes=0, keep=8)


def test_changed_since_backup_follows_writes(project_path):
    Project.create(project_path).close()
    with Project.open(project_path) as project:  # opening took a backup
        assert project.changed_since_backup() is False
        project.add_documents([("One", "words")])
        assert project.changed_since_backup() is True
        project.backup()
        assert project.changed_since_backup() is False


def test_newest_good_backup_skips_damaged_ones(project_path):
    with Project.create(project_path) as project:
        older = project.backup()
        newer = project.backup()
    assert Project.newest_good_backup(project_path) == newer
    newer.write_bytes(newer.read_bytes()[:1000])
    assert Project.newest_good_backup(project_path) == older
    older.write_bytes(b"junk")
    assert Project.newest_good_backup(project_path) is None


def test_restore_can_keep_the_replaced_file(project_path):
    with Project.create(project_path) as project:
        project.add_documents([("One", "old")])
        backup = project.backup()
        project.update_text(1, "new")
    before = project_path.read_bytes()
    kept = Project.restore(backup, project_path, keep_damaged=True)
    assert kept.name.startswith("novel.continuity.damaged-")
    assert kept.read_bytes() == before
    with Project.open(kept) as copy:
        assert copy.document(1).text == "new"
    with Project.open(project_path) as project:
        assert project.document(1).text == "old"


def test_a_failed_restore_keeps_no_extra_copy(project_path, tmp_path):
    Project.create(project_path).close()
    bad = tmp_path / "bad.continuity"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(ProjectCorrupt):
        Project.restore(bad, project_path, keep_damaged=True)
    assert [p.name for p in tmp_path.iterdir() if ".damaged-" in p.name] == []
