"""A project saved in format 1 opens in the current app, upgraded, with nothing lost."""

from __future__ import annotations

import json

import pytest
from sqlite_utils import Database

from app.core.model import Decisions, Settings, WarningStatus
from app.store import Project, ProjectError, schema


def build_version_one(path) -> None:
    """Write a file exactly as the first release would have: schema 1 and some data."""
    db = Database(path)
    schema.migrate(db, target=1)
    db["documents"].insert_all(
        [
            {
                "id": 1,
                "title": "Chapter 1",
                "position": 0,
                "text": "Emma Woodhouse, handsome.",
                "content_hash": "x",
                "updated_at": "2024-01-01T00:00:00+00:00",
            },
            {
                "id": 2,
                "title": "Chapter 2",
                "position": 1,
                "text": "Mr Knightley called.",
                "content_hash": "y",
                "updated_at": "2024-01-01T00:00:00+00:00",
            },
        ]
    )
    db["warnings"].insert(
        {
            "id": 1,
            "key": "variant:emma",
            "kind": "name-variant",
            "message": "Emma or Emmy?",
            "names": json.dumps(["Emma", "Emmy"]),
            "rule": "variant",
            "status": "dismissed",
            "first_seen": "2024-01-01",
            "last_seen": "2024-01-01",
        }
    )
    db["warning_evidence"].insert(
        {"warning_id": 1, "document_id": 1, "start": 0, "end": 4, "text": "Emma"}
    )
    db["decisions"].insert({"type": "not-entity", "name": "Hope", "value": ""})
    db.close()


def test_version_one_file_is_upgraded_on_open(tmp_path):
    path = tmp_path / "old.continuity"
    build_version_one(path)
    with Project.open(path) as project:
        assert schema.version(project.db) == schema.CURRENT_VERSION
        assert [(d.id, d.title, d.text) for d in project.documents()] == [
            (1, "Chapter 1", "Emma Woodhouse, handsome."),
            (2, "Chapter 2", "Mr Knightley called."),
        ]
        (warning,) = project.warnings(WarningStatus.DISMISSED)
        assert (warning.key, warning.names, warning.reason) == (
            "variant:emma",
            ("Emma", "Emmy"),
            "",
        )
        assert project.decisions() == Decisions(not_entities=frozenset({"Hope"}))
        # The tables added in format 2 work straight away.
        assert project.settings() == Settings()
        project.set_entity_note("Emma", "the heroine")
        project.set_warning_status("variant:emma", WarningStatus.DISMISSED, reason="on purpose")
        assert project.integrity_ok()
    with Project.open(path) as project:
        assert project.entity_note("Emma") == "the heroine"
        assert project.warnings(WarningStatus.DISMISSED)[0].reason == "on purpose"


def test_version_one_file_opened_read_only_asks_for_an_upgrade(tmp_path):
    path = tmp_path / "old.continuity"
    build_version_one(path)
    with pytest.raises(ProjectError, match="saved by an older Continuity; open it for writing"):
        Project.open(path, read_only=True)


def test_a_file_from_a_newer_app_is_refused_untouched(tmp_path):
    path = tmp_path / "future.continuity"
    Project.create(path).close()
    db = Database(path)
    db.execute("PRAGMA user_version = 7")
    db.close()
    with pytest.raises(ProjectError, match=r"saved by a newer Continuity \(format 7\)"):
        Project.open(path)
    assert not path.with_name("future.continuity.lock").exists()
    db = Database(path)
    assert schema.version(db) == 7
    db.close()
