"""Writing an AnalysisResult into the analysis tables and reading it back.

Entities, mentions and phrases are replaced whole on every save. Warnings are different:
they are upserted by their stable `key`, so what the writer decided about a warning
(dismissed, with a reason) survives re-analysis, and a warning that disappears is marked
fixed rather than deleted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from sqlite_utils import Database

from app.core.model import AnalysisResult, EntityKind, Span, WarningKind, WarningStatus
from app.store.rows import EntityRow, MentionRow, PhraseRow, WarningRow

# Rows per INSERT statement: well under SQLite's bound-variable limit for 5-column rows.
BATCH = 500


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


def _span_rows(spans: Iterable[Span], known: set[int], **extra: object) -> list[dict]:
    rows = []
    for span in spans:
        try:
            document_id = int(span.document)
        except ValueError:
            continue  # not a stored document (a file-based analysis): nothing to point at
        if document_id not in known:
            continue  # deleted while the analysis ran; its rows would break the foreign key
        rows.append(
            {
                **extra,
                "document_id": document_id,
                "start": span.start,
                "end": span.end,
                "text": span.text,
            }
        )
    return rows


def save_analysis(db: Database, result: AnalysisResult) -> None:
    """Replace the analysis tables with `result` in one transaction."""
    known = {row[0] for row in db.execute("SELECT id FROM documents")}
    with db.atomic():
        for table in ("mentions", "entities", "phrase_occurrences", "phrases"):
            db.execute(f"DELETE FROM {table}")
        entities, mentions = [], []
        for entity_id, entity in enumerate((*result.characters, *result.places), start=1):
            rows = _span_rows(entity.mentions, known, entity_id=entity_id)
            mentions.extend(rows)
            entities.append(
                {
                    "id": entity_id,
                    "name": entity.name,
                    "kind": EntityKind(entity.kind).value,
                    "aliases": json.dumps(list(entity.aliases)),
                    "mention_count": len(rows),
                }
            )
        db["entities"].insert_all(entities, batch_size=BATCH)
        db["mentions"].insert_all(mentions, batch_size=BATCH)
        phrases, occurrences = [], []
        for phrase_id, phrase in enumerate(result.phrases, start=1):
            phrases.append(
                {
                    "id": phrase_id,
                    "text": phrase.text,
                    "count": phrase.count,
                    "score": float(phrase.score),
                }
            )
            occurrences.extend(_span_rows(phrase.occurrences, known, phrase_id=phrase_id))
        db["phrases"].insert_all(phrases, batch_size=BATCH)
        db["phrase_occurrences"].insert_all(occurrences, batch_size=BATCH)
        _upsert_warnings(db, result, known)


def _upsert_warnings(db: Database, result: AnalysisResult, known: set[int]) -> None:
    stamp = next_stamp(db)
    existing = {
        row["key"]: row for row in db.query("SELECT id, key, status, first_seen FROM warnings")
    }
    found = {}
    for finding in result.warnings:
        found.setdefault(finding.key, finding)  # a key twice in one run is one warning
    next_id = int(db.execute("SELECT coalesce(max(id), 0) FROM warnings").fetchone()[0]) + 1
    updated, inserted, evidence = [], [], []
    for key, finding in found.items():
        row = {
            "key": key,
            "kind": WarningKind(finding.kind).value,
            "message": finding.message,
            "names": json.dumps(list(finding.names)),
            "rule": finding.rule,
            "last_seen": stamp,
        }
        old = existing.get(key)
        if old is None:
            row.update(id=next_id, status=WarningStatus.OPEN.value, reason="", first_seen=stamp)
            next_id += 1
            inserted.append(row)
        else:
            # Dismissed stays dismissed; open stays open; fixed but found again reopens.
            keep = old["status"] == WarningStatus.DISMISSED.value
            # first_seen is repeated unchanged: SQLite checks NOT NULL before the upsert
            # turns the INSERT into an UPDATE.
            row.update(
                id=old["id"],
                status=old["status"] if keep else WarningStatus.OPEN.value,
                first_seen=old["first_seen"],
            )
            updated.append(row)
        evidence.extend(_span_rows(finding.evidence, known, warning_id=row["id"]))
    gone = [
        row["id"]
        for key, row in existing.items()
        if key not in found and row["status"] == WarningStatus.OPEN.value
    ]
    refreshed = [row["id"] for row in updated]
    db.execute(
        "DELETE FROM warning_evidence WHERE warning_id IN (SELECT value FROM json_each(?))",
        [json.dumps(refreshed)],
    )
    db.execute(
        "UPDATE warnings SET status = ? WHERE id IN (SELECT value FROM json_each(?))",
        [WarningStatus.FIXED.value, json.dumps(gone)],
    )
    db["warnings"].upsert_all(updated, pk="id", batch_size=BATCH)
    db["warnings"].insert_all(inserted, batch_size=BATCH)
    db["warning_evidence"].insert_all(evidence, batch_size=BATCH)


def _mention(row: dict) -> MentionRow:
    return MentionRow(row["document_id"], row["start"], row["end"], row["text"])


def entities(db: Database, kind: EntityKind) -> list[EntityRow]:
    rows = db.query(
        "SELECT * FROM entities WHERE kind = ? ORDER BY mention_count DESC, name, id",
        [EntityKind(kind).value],
    )
    return [
        EntityRow(
            row["id"],
            row["name"],
            EntityKind(row["kind"]),
            tuple(json.loads(row["aliases"])),
            row["mention_count"],
        )
        for row in rows
    ]


_SPANS_IN_READING_ORDER = """
    SELECT s.* FROM {table} AS s JOIN documents AS d ON d.id = s.document_id
    WHERE s.{owner} = ? ORDER BY d.position, s.start, s.rowid
"""


def mentions(db: Database, entity_id: int) -> list[MentionRow]:
    sql = _SPANS_IN_READING_ORDER.format(table="mentions", owner="entity_id")
    return [_mention(row) for row in db.query(sql, [entity_id])]


def phrases(db: Database) -> list[PhraseRow]:
    rows = db.query("SELECT * FROM phrases ORDER BY score DESC, count DESC, id")
    return [PhraseRow(row["id"], row["text"], row["count"], row["score"]) for row in rows]


def phrase_occurrences(db: Database, phrase_id: int) -> list[MentionRow]:
    sql = _SPANS_IN_READING_ORDER.format(table="phrase_occurrences", owner="phrase_id")
    return [_mention(row) for row in db.query(sql, [phrase_id])]


def warnings(db: Database, status: WarningStatus | None) -> list[WarningRow]:
    """Warnings with `status` (all when None), ordered by where their evidence starts."""
    where, params = ("", []) if status is None else ("WHERE status = ?", [status.value])
    reviewed = db.execute("SELECT value FROM meta WHERE key = 'reviewed_at'").fetchone()
    reviewed_at = reviewed[0] if reviewed else None
    evidence: dict[int, list[MentionRow]] = {}
    first: dict[int, tuple[int, int]] = {}
    for row in db.query(
        f"SELECT e.*, d.position FROM warning_evidence AS e "
        f"JOIN documents AS d ON d.id = e.document_id "
        f"WHERE e.warning_id IN (SELECT id FROM warnings {where}) ORDER BY e.rowid",
        params,
    ):
        evidence.setdefault(row["warning_id"], []).append(_mention(row))
        first.setdefault(row["warning_id"], (row["position"], row["start"]))
    result = [
        WarningRow(
            id=row["id"],
            key=row["key"],
            kind=WarningKind(row["kind"]),
            message=row["message"],
            names=tuple(json.loads(row["names"])),
            evidence=tuple(evidence.get(row["id"], ())),
            status=WarningStatus(row["status"]),
            reason=row["reason"],
            is_new=reviewed_at is None or row["first_seen"] > reviewed_at,
            rule=row["rule"],
        )
        for row in db.query(f"SELECT * FROM warnings {where}", params)
    ]
    no_evidence = (1 << 62, 0)  # warnings without evidence go last
    result.sort(key=lambda warning: (first.get(warning.id, no_evidence), warning.id))
    return result
