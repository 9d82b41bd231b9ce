"""Reading the analysis tables back (saving them is analysis_save's job), and stamps.

Owners (entities, phrases) keep their ids across saves while their name or text lives, so
reads order them by their `rank` in the last result, never by id: the order is the one a
save into empty tables would give.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from itertools import starmap
from typing import Any

from sqlite_utils import Database

from app.core.model import EntityKind, WarningKind, WarningStatus
from app.store.rows import EntityRow, MentionRow, PhraseRow, ReviewRows, WarningRow


def next_stamp(db: Database) -> str:
    """A UTC timestamp strictly later than any already stored.

    `is_new` compares first_seen with the review time; a coarse or stepped-back clock must
    not make a warning found after a review look older than it.
    """
    now = datetime.now(UTC)
    latest = db.execute(
        "SELECT max(v) FROM (SELECT max(last_seen) AS v FROM warnings "
        "UNION ALL SELECT value FROM meta WHERE key = 'reviewed_at')"
    ).fetchone()[0]
    if latest:
        floor = datetime.fromisoformat(latest) + timedelta(microseconds=1)
        now = max(now, floor)
    return now.isoformat(timespec="microseconds")


# Rows are read as plain tuples and enums looked up in dicts: the panel reads everything
# after every analysis, and sqlite-utils' dict rows and Enum() calls were most of that cost.
ENTITY_KINDS = {kind.value: kind for kind in EntityKind}
WARNING_KINDS = {kind.value: kind for kind in WarningKind}
STATUSES = {status.value: status for status in WarningStatus}


def strings(stored: str) -> tuple[str, ...]:
    """A JSON list of names, as a tuple; most are empty."""
    return () if stored == "[]" else tuple(json.loads(stored))


def entities(db: Database, kind: EntityKind) -> list[EntityRow]:
    rows = db.conn.execute(
        "SELECT id, name, kind, aliases, mention_count FROM entities WHERE kind = ? "
        "ORDER BY mention_count DESC, name, rank, id",
        [EntityKind(kind).value],
    )
    return [
        EntityRow(row_id, name, ENTITY_KINDS[kind], strings(aliases), count)
        for row_id, name, kind, aliases, count in rows
    ]


_SPANS_IN_READING_ORDER = """
    SELECT s.document_id, s.start, s."end", s.text FROM {table} AS s
    JOIN documents AS d ON d.id = s.document_id
    WHERE s.{owner} = ? ORDER BY d.position, s.start, s.rowid
"""


def mentions(db: Database, entity_id: int) -> list[MentionRow]:
    sql = _SPANS_IN_READING_ORDER.format(table="mentions", owner="entity_id")
    return list(starmap(MentionRow, db.conn.execute(sql, [entity_id])))


def phrases(db: Database) -> list[PhraseRow]:
    rows = db.conn.execute(
        "SELECT id, text, count, score FROM phrases ORDER BY score DESC, count DESC, rank, id"
    )
    return list(starmap(PhraseRow, rows))


def phrase_occurrences(db: Database, phrase_id: int) -> list[MentionRow]:
    sql = _SPANS_IN_READING_ORDER.format(table="phrase_occurrences", owner="phrase_id")
    return list(starmap(MentionRow, db.conn.execute(sql, [phrase_id])))


WARNING_COLUMNS = "id, key, kind, message, names, rule, status, reason, first_seen"
"""A stored warning's columns, in the order `warning_row` takes them."""
NO_EVIDENCE = (1 << 62, 0)
"""Where a warning without evidence sorts: after all the others."""


def reviewed_at(conn: sqlite3.Connection) -> str | None:
    """When the writer last marked all warnings reviewed (None: never)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'reviewed_at'").fetchone()
    return row[0] if row else None


def warning_row(
    stored: tuple[Any, ...], evidence: tuple[MentionRow, ...], reviewed: str | None
) -> WarningRow:
    """A warning as the panel lists it, from its WARNING_COLUMNS; "new" when first seen after
    the last review."""
    row_id, key, kind, message, names, rule, status, reason, first_seen = stored
    return WarningRow(
        id=row_id,
        key=key,
        kind=WARNING_KINDS[kind],
        message=message,
        names=strings(names),
        evidence=evidence,
        status=STATUSES[status],
        reason=reason,
        is_new=reviewed is None or first_seen > reviewed,
        rule=rule,
    )


def warnings(db: Database, status: WarningStatus | None) -> list[WarningRow]:
    """Warnings with `status` (all when None), ordered by where their evidence starts."""
    where, params = ("", []) if status is None else ("WHERE status = ?", [status.value])
    conn = db.conn
    reviewed = reviewed_at(conn)
    evidence: dict[int, list[MentionRow]] = {}
    first: dict[int, tuple[int, int]] = {}
    for warning_id, document_id, start, end, text, position in conn.execute(
        f'SELECT e.warning_id, e.document_id, e.start, e."end", e.text, d.position '
        f"FROM warning_evidence AS e JOIN documents AS d ON d.id = e.document_id "
        f"WHERE e.warning_id IN (SELECT id FROM warnings {where}) ORDER BY e.rowid",
        params,
    ):
        evidence.setdefault(warning_id, []).append(MentionRow(document_id, start, end, text))
        first.setdefault(warning_id, (position, start))
    result = [
        warning_row(stored, tuple(evidence.get(stored[0], ())), reviewed)
        for stored in conn.execute(f"SELECT {WARNING_COLUMNS} FROM warnings {where}", params)
    ]
    result.sort(key=lambda warning: (first.get(warning.id, NO_EVIDENCE), warning.id))
    return result


def review_rows(db: Database) -> ReviewRows:
    """What the review panel lists, read in one transaction so the parts agree."""
    with db.atomic():
        return ReviewRows(
            tuple(entities(db, EntityKind.CHARACTER)),
            tuple(entities(db, EntityKind.PLACE)),
            tuple(phrases(db)),
            tuple(warnings(db, None)),
        )


# Per owner and chapter: how many spans, and the first (SQLite takes the bare columns of a
# min() aggregate from the row holding the minimum).
_FIRST_PER_CHAPTER = """
    SELECT {owner}, document_id, count(*), min(start), "end", text FROM {table}
    GROUP BY {owner}, document_id
"""


def presence(db: Database, table: str) -> dict[int, dict[int, tuple[int, MentionRow]]]:
    """For each owner (entity or phrase id) of `table` ("mentions" or "phrase_occurrences"):
    per document, the number of spans and the first of them. One query for the whole
    chart rather than one per character."""
    owner = {"mentions": "entity_id", "phrase_occurrences": "phrase_id"}[table]
    found: dict[int, dict[int, tuple[int, MentionRow]]] = {}
    for owner_id, document_id, count, start, end, text in db.conn.execute(
        _FIRST_PER_CHAPTER.format(owner=owner, table=table)
    ):
        found.setdefault(owner_id, {})[document_id] = (
            count,
            MentionRow(document_id, start, end, text),
        )
    return found
