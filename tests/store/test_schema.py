"""schema.migrate: ordered steps, versioned by PRAGMA user_version, each step atomic."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from app.store import ProjectError, schema


def columns(db: Database, table: str) -> list[str]:
    return [column.name for column in db[table].columns]


def test_fresh_database_reaches_the_current_version():
    db = Database(memory=True)
    assert schema.version(db) == 0
    assert schema.migrate(db) == schema.CURRENT_VERSION == 3
    assert set(db.table_names()) == {
        "documents",
        "entities",
        "mentions",
        "phrases",
        "phrase_occurrences",
        "warnings",
        "warning_evidence",
        "decisions",
        "meta",
        "settings",
        "entity_notes",
        "analysis_digests",
    }
    assert columns(db, "warnings") == [
        "id",
        "key",
        "kind",
        "message",
        "names",
        "rule",
        "status",
        "first_seen",
        "last_seen",
        "reason",
    ]


def test_version_one_is_the_simpler_layout():
    db = Database(memory=True)
    assert schema.migrate(db, target=1) == 1
    assert "settings" not in db.table_names()
    assert "entity_notes" not in db.table_names()
    assert "reason" not in columns(db, "warnings")


def test_upgrade_from_one_keeps_rows():
    db = Database(memory=True)
    schema.migrate(db, target=1)
    db["warnings"].insert(
        {
            "key": "k",
            "kind": "echo",
            "message": "m",
            "first_seen": "t",
            "last_seen": "t",
            "status": "dismissed",
        }
    )
    assert schema.migrate(db) == schema.CURRENT_VERSION
    assert list(db.query("SELECT key, status, reason FROM warnings")) == [
        {"key": "k", "status": "dismissed", "reason": ""}
    ]


def test_migrate_twice_is_a_no_op():
    db = Database(memory=True)
    schema.migrate(db)
    assert schema.migrate(db) == schema.CURRENT_VERSION


def test_queries_use_indexes():
    db = Database(memory=True)
    schema.migrate(db)
    plan = " ".join(
        row[3]
        for row in db.execute("EXPLAIN QUERY PLAN SELECT * FROM mentions WHERE entity_id = 1")
    )
    assert "idx_mentions_entity" in plan


def test_a_failing_step_leaves_the_previous_version(monkeypatch):
    db = Database(memory=True)
    schema.migrate(db, target=1)

    def broken(db: Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(schema, "MIGRATIONS", [schema.MIGRATIONS[0], broken])
    with pytest.raises(RuntimeError, match="power cut"):
        schema.migrate(db, target=2)
    assert schema.version(db) == 1
    assert "half_done" not in db.table_names()


def test_a_newer_file_is_refused():
    db = Database(memory=True)
    db.execute("PRAGMA user_version = 99")
    with pytest.raises(ProjectError, match=r"newer Continuity \(format 99\)"):
        schema.migrate(db)
