"""The one place holding the project's DDL and its migrations.

Migrations are an ordered list of small functions; `PRAGMA user_version` records how many
have run, so a file written by an older Continuity is upgraded step by step on open. Never
edit a released migration: append a new one.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from app.store.errors import ProjectError


def _v1_initial(db: Database) -> None:
    """The first layout: documents, analysis tables, warnings, decisions, meta."""
    for sql in (
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY, title TEXT NOT NULL, position INTEGER NOT NULL,
            text TEXT NOT NULL, content_hash TEXT NOT NULL, updated_at TEXT NOT NULL)""",
        """CREATE TABLE entities (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]', mention_count INTEGER NOT NULL DEFAULT 0)""",
        """CREATE TABLE mentions (
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL)""",
        """CREATE TABLE phrases (
            id INTEGER PRIMARY KEY, text TEXT NOT NULL, count INTEGER NOT NULL,
            score REAL NOT NULL DEFAULT 0)""",
        """CREATE TABLE phrase_occurrences (
            phrase_id INTEGER NOT NULL REFERENCES phrases(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL)""",
        """CREATE TABLE warnings (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
            message TEXT NOT NULL, names TEXT NOT NULL DEFAULT '[]', rule TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open', first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL)""",
        """CREATE TABLE warning_evidence (
            warning_id INTEGER NOT NULL REFERENCES warnings(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL)""",
        # One row per teaching; `value` is '' when the decision needs only a name.
        """CREATE TABLE decisions (
            id INTEGER PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL,
            value TEXT NOT NULL DEFAULT '', UNIQUE (type, name, value))""",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ):
        db.execute(sql)


def _v2_notes_settings_reasons(db: Database) -> None:
    """Add settings, entity notes, the reason for a dismissal and the indexes queries need."""
    for sql in (
        "ALTER TABLE warnings ADD COLUMN reason TEXT NOT NULL DEFAULT ''",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE entity_notes (name TEXT PRIMARY KEY, text TEXT NOT NULL)",
        "CREATE INDEX idx_documents_position ON documents(position)",
        "CREATE INDEX idx_entities_kind ON entities(kind)",
        "CREATE INDEX idx_mentions_entity ON mentions(entity_id)",
        "CREATE INDEX idx_mentions_document ON mentions(document_id)",
        "CREATE INDEX idx_phrase_occurrences_phrase ON phrase_occurrences(phrase_id)",
        "CREATE INDEX idx_phrase_occurrences_document ON phrase_occurrences(document_id)",
        "CREATE INDEX idx_warnings_status ON warnings(status)",
        "CREATE INDEX idx_warning_evidence_warning ON warning_evidence(warning_id)",
        "CREATE INDEX idx_warning_evidence_document ON warning_evidence(document_id)",
    ):
        db.execute(sql)


def _v3_save_by_difference(db: Database) -> None:
    """Let an analysis be saved by difference (see analysis_save): owners keep their ids, so
    their order in the result is kept in `rank`, and a digest per document and span table
    tells which documents' spans changed."""
    for sql in (
        "ALTER TABLE entities ADD COLUMN rank INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE phrases ADD COLUMN rank INTEGER NOT NULL DEFAULT 0",
        """CREATE TABLE analysis_digests (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            part TEXT NOT NULL, digest TEXT NOT NULL, PRIMARY KEY (document_id, part))""",
    ):
        db.execute(sql)


MIGRATIONS: list[Callable[[Database], None]] = [
    _v1_initial,
    _v2_notes_settings_reasons,
    _v3_save_by_difference,
]
CURRENT_VERSION = len(MIGRATIONS)


def version(db: Database) -> int:
    """The schema version recorded in the file (0 for a brand-new empty database)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database, target: int = CURRENT_VERSION) -> int:
    """Run the missing migrations up to `target`, each in its own transaction.

    Each step and its version bump commit together, so a crash mid-upgrade leaves the
    file at the last complete version rather than half-changed. Returns the new version.
    """
    current = version(db)
    if current > CURRENT_VERSION:
        raise ProjectError(
            f"this project was saved by a newer Continuity (format {current}); "
            "please update the app to open it"
        )
    for number in range(current + 1, target + 1):
        with db.atomic():
            MIGRATIONS[number - 1](db)
            # PRAGMA cannot take parameters; `number` is an int we computed.
            db.execute(f"PRAGMA user_version = {int(number)}")
    return version(db)
