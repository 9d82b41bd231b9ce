"""Saving an AnalysisResult by difference: only the rows that changed, in one transaction.

A re-analysis after a one-paragraph edit changes a handful of rows (the edited chapter's
spans shift, a count moves), yet rewriting a novel's ~7,000 analysis rows on every run kept
the side panel waiting for the disk. So a save writes only what differs from what is stored:

- entities and phrases ("owners") keep their id while their key (kind and name, or text)
  lives; an owner row is written only when a field changed, deleted when its key is gone
  (its spans go with it, by cascade);
- their spans (mentions, phrase_occurrences) are replaced one document at a time, only for
  the documents whose spans changed. Which ones is found from a digest of each document's
  span rows kept in `analysis_digests`. A digest row cascades with its document and is
  rewritten in the same transaction as the spans, so a digest never vouches for rows it
  does not describe; a document without one (an older file) is simply rewritten;
- warnings are matched by their stable key, so a dismissal survives; a warning row is
  written when its text or status changes (that is when `last_seen` is stamped now, not on
  every run), its evidence only when the evidence changed.

The tables end up holding exactly what a save into empty tables would hold, read back in the
same order: reads order owners by `rank` (the position in the result), never by id.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import starmap
from typing import Any, ClassVar

from sqlite_utils import Database

from app.core.model import AnalysisResult, EntityKind, Span, WarningKind, WarningStatus
from app.store.analysis_tables import (
    ENTITY_KINDS,
    NO_EVIDENCE,
    WARNING_COLUMNS,
    next_stamp,
    reviewed_at,
    strings,
    warning_row,
)
from app.store.rows import EntityRow, MentionRow, PhraseRow, ReviewRows, WarningRow

# A span row as stored, without its owner: (document_id, start, end, text).
SpanRow = tuple[int, int, int, str]
_SESSION = secrets.token_hex(8)  # see _digest


@dataclass(frozen=True)
class _Owners:
    """One owner table and its span table, e.g. entities and mentions."""

    table: str
    spans: str
    owner_column: str
    columns: tuple[str, ...]  # every column but id; the key columns come first
    key_size: int


ENTITIES = _Owners(
    "entities", "mentions", "entity_id", ("kind", "name", "aliases", "mention_count", "rank"), 2
)
PHRASES = _Owners(
    "phrases", "phrase_occurrences", "phrase_id", ("text", "count", "score", "rank"), 1
)


def save_analysis(db: Database, result: AnalysisResult) -> ReviewRows:
    """Make the analysis tables hold `result`, writing only the rows that differ.

    Returns what the review panel lists now, exactly as analysis_tables.review_rows would
    read it back, built from the rows this save compared and wrote (reading them again
    would cost the waiting panel as much as the save itself)."""
    conn = db.conn
    with _transaction(conn):
        # Span.document is the stored id as text; spans of other documents are dropped.
        positions = dict(conn.execute("SELECT id, position FROM documents").fetchall())
        documents = {str(doc): doc for doc in positions}
        entities = (*result.characters, *result.places)
        wanted = [
            # mention_count (0 here) is filled in once the stored spans are counted.
            (EntityKind(e.kind).value, e.name, _names(tuple(e.aliases)), 0, rank)
            for rank, e in enumerate(entities)
        ]
        entity_rows = _save_owned(
            conn, ENTITIES, wanted, [e.mentions for e in entities], documents
        )
        wanted = [
            (p.text, p.count, float(p.score), rank) for rank, p in enumerate(result.phrases)
        ]
        phrase_rows = _save_owned(
            conn, PHRASES, wanted, [p.occurrences for p in result.phrases], documents
        )
        made = _Made()
        warnings = _save_warnings(conn, db, result, documents, positions, made)
    return _review_rows(entity_rows, phrase_rows, warnings, made)


@lru_cache(maxsize=8192)  # the same names come back save after save
def _names(names: tuple[str, ...]) -> str:
    return json.dumps(list(names)) if names else "[]"


class _Made:
    """Row objects by their content, kept from one save to the next.

    An edit leaves most of a novel's rows as they were, and building every EntityRow,
    PhraseRow and WarningRow (with its evidence) again was a good part of a save's cost.
    The key is the whole content, so a kept object is always the right one; only the rows
    of the latest save are kept."""

    previous: ClassVar[dict[tuple, Any]] = {}

    def __init__(self) -> None:
        self.current: dict[tuple, Any] = {}

    def find(self, key: tuple) -> Any:
        """The row made for `key` by the last save (now kept for the next), or None."""
        made = self.previous.get(key)
        if made is not None:
            self.current[key] = made
        return made

    def add(self, key: tuple, made: Any) -> Any:
        self.current[key] = made
        return made

    def done(self) -> None:
        _Made.previous = self.current  # one assignment: another thread's save just misses


def _review_rows(
    entity_rows: list[tuple], phrase_rows: list[tuple], warnings: list[WarningRow], made: _Made
) -> ReviewRows:
    """The panel's rows in analysis_tables' read order (see entities() and phrases())."""
    people: dict[str, list[EntityRow]] = {}
    # (id, kind, name, aliases, mention_count, rank)
    for row in sorted(entity_rows, key=lambda r: (-r[4], r[2], r[5], r[0])):
        row_id, kind, name, aliases, count, _rank = row
        key = ("entity", *row[:5])
        entity = made.find(key) or made.add(
            key, EntityRow(row_id, name, ENTITY_KINDS[kind], strings(aliases), count)
        )
        people.setdefault(kind, []).append(entity)
    # (id, text, count, score, rank)
    phrases = []
    for row in sorted(phrase_rows, key=lambda r: (-r[3], -r[2], r[4], r[0])):
        key = ("phrase", *row[:4])
        phrases.append(made.find(key) or made.add(key, PhraseRow(*row[:4])))
    made.done()
    return ReviewRows(
        tuple(people.get(EntityKind.CHARACTER.value, ())),
        tuple(people.get(EntityKind.PLACE.value, ())),
        tuple(phrases),
        tuple(warnings),
    )


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE: take the write lock before reading what is stored, so the difference
    is computed against rows no other connection can change before the commit."""
    if conn.in_transaction:  # part of a caller's transaction: commit is theirs
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def _span_rows(spans: Sequence[Span], documents: dict[str, int]) -> list[SpanRow]:
    return [
        (documents[span.document], span.start, span.end, span.text)
        for span in spans
        if span.document in documents
    ]


def _save_owned(
    conn: sqlite3.Connection,
    owners: _Owners,
    wanted: list[tuple],
    spans: list[Sequence[Span]],
    documents: dict[str, int],
) -> list[tuple]:
    """Bring one owner table to `wanted` rows and its span table to their `spans`; returns
    the rows as now stored, (id, *columns)."""
    columns = ", ".join(f'"{c}"' for c in owners.columns)
    stored = conn.execute(f"SELECT id, {columns} FROM {owners.table} ORDER BY id").fetchall()
    # Stored rows by key, oldest id first: a name listed twice is matched in order.
    by_key: dict[tuple, list[tuple]] = {}
    for row in stored:
        by_key.setdefault(row[1 : 1 + owners.key_size], []).append(row)
    next_id = max((row[0] for row in stored), default=0) + 1
    olds, ids = [], []
    for values in wanted:
        same = by_key.get(values[: owners.key_size])
        old = same.pop(0) if same else None
        olds.append(old)
        ids.append(old[0] if old is not None else next_id)
        next_id += old is None
    # One pass over every span: group the rows by document and count each owner's rows.
    by_document: dict[int, list[tuple]] = {doc: [] for doc in documents.values()}
    counts = []
    for owner_id, owned in zip(ids, spans, strict=True):
        count = 0
        for span in owned:
            document_id = documents.get(span.document)
            if document_id is not None:
                by_document[document_id].append(
                    (owner_id, document_id, span.start, span.end, span.text)
                )
                count += 1
        counts.append(count)
    counted = owners.columns.index("mention_count") if owners is ENTITIES else None
    inserts, updates, final = [], [], []
    for owner_id, old, values, count in zip(ids, olds, wanted, counts, strict=True):
        if counted is not None:
            values = (*values[:counted], count, *values[counted + 1 :])
        final.append((owner_id, *values))
        if old is None:
            inserts.append((owner_id, *values))
        elif tuple(old[1:]) != values:
            updates.append((*values, owner_id))
    gone = [(row[0],) for rows in by_key.values() for row in rows]
    if gone:  # keys gone from the result; their spans go by cascade
        conn.executemany(f"DELETE FROM {owners.table} WHERE id = ?", gone)
    if updates:
        assignments = ", ".join(f'"{c}" = ?' for c in owners.columns)
        conn.executemany(f"UPDATE {owners.table} SET {assignments} WHERE id = ?", updates)
    if inserts:
        marks = ", ".join("?" * (len(owners.columns) + 1))
        conn.executemany(f"INSERT INTO {owners.table} (id, {columns}) VALUES ({marks})", inserts)
    _save_spans(conn, owners, by_document)
    return final


def _save_spans(
    conn: sqlite3.Connection, owners: _Owners, by_document: dict[int, list[tuple]]
) -> None:
    """Replace the span rows of each document whose rows differ from what is stored."""
    stored = dict(
        conn.execute(
            "SELECT document_id, digest FROM analysis_digests WHERE part = ?", [owners.spans]
        ).fetchall()
    )
    changed = {}
    for document_id, rows in by_document.items():
        digest = _digest(rows)
        if stored.get(document_id) != digest:
            changed[document_id] = digest
    if not changed:
        return
    conn.executemany(
        f"DELETE FROM {owners.spans} WHERE document_id = ?", [(doc,) for doc in changed]
    )
    conn.executemany(
        f'INSERT INTO {owners.spans} ({owners.owner_column}, document_id, start, "end", text) '
        "VALUES (?, ?, ?, ?, ?)",
        [row for doc in changed for row in by_document[doc]],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO analysis_digests (document_id, part, digest) VALUES (?, ?, ?)",
        [(doc, owners.spans, digest) for doc, digest in changed.items()],
    )


def _digest(rows: list[tuple]) -> str:
    """A fingerprint of one document's span rows, valid in this process only.

    Python's tuple hash is computed in C (a cryptographic digest of a novel's spans costs
    milliseconds per save) but salted per process, so the digest carries this process's
    token: a digest written by another run of the app never matches, and the first save of
    a session rewrites every document's spans once.
    """
    return f"{_SESSION}:{hash(tuple(rows)):x}"


def _save_warnings(
    conn: sqlite3.Connection,
    db: Database,
    result: AnalysisResult,
    documents: dict[str, int],
    positions: dict[int, int],
    made: _Made,
) -> list[WarningRow]:
    """Upsert warnings by key; a dismissed one stays dismissed, an open one that is no longer
    found is marked fixed (not deleted), a fixed one found again reopens.

    Returns every stored warning as analysis_tables.warnings(None) would read it."""
    stored = {
        row[1]: row
        for row in conn.execute(
            f"SELECT {WARNING_COLUMNS} FROM warnings"
        ).fetchall()
    }
    stored_evidence: dict[int, list[SpanRow]] = {}
    for warning_id, *span in conn.execute(
        'SELECT warning_id, document_id, start, "end", text FROM warning_evidence ORDER BY rowid'
    ):
        stored_evidence.setdefault(warning_id, []).append(tuple(span))
    found = {}
    for finding in result.warnings:
        found.setdefault(finding.key, finding)  # a key twice in one run is one warning
    stamp = ""
    next_id = max((row[0] for row in stored.values()), default=0) + 1
    inserts, updates, rewritten, evidence = [], [], [], []
    # What each warning holds after the save: (id, key, kind, message, names, rule, status,
    # reason, first_seen) and its evidence rows.
    final: list[tuple[tuple, list[SpanRow]]] = []
    for key, finding in found.items():
        values = (WarningKind(finding.kind).value, finding.message, _names(tuple(finding.names)),
                  finding.rule)
        rows = _span_rows(finding.evidence, documents)
        old = stored.pop(key, None)
        if old is None:
            stamp = stamp or next_stamp(db)
            open_ = WarningStatus.OPEN.value
            inserts.append((next_id, key, *values, open_, stamp, stamp))
            final.append(((next_id, key, *values, open_, "", stamp), rows))
            evidence.extend((next_id, *row) for row in rows)
            next_id += 1
            continue
        warning_id = old[0]
        # Dismissed stays dismissed; open stays open; fixed but found again reopens.
        status = old[6] if old[6] == WarningStatus.DISMISSED.value else WarningStatus.OPEN.value
        if (*values, status) != tuple(old[2:7]):
            stamp = stamp or next_stamp(db)
            updates.append((*values, status, stamp, warning_id))
        final.append(((warning_id, key, *values, status, old[7], old[8]), rows))
        if stored_evidence.get(warning_id, []) != rows:
            rewritten.append((warning_id,))
            evidence.extend((warning_id, *row) for row in rows)
    gone = []  # not found this time: an open one is fixed; the others stay as they are
    for row in stored.values():
        status = row[6]
        if status == WarningStatus.OPEN.value:
            gone.append((row[0],))
            status = WarningStatus.FIXED.value
        final.append(((*row[:6], status, *row[7:]), stored_evidence.get(row[0], [])))
    conn.executemany(
        f"UPDATE warnings SET status = '{WarningStatus.FIXED.value}' WHERE id = ?", gone
    )
    conn.executemany(
        "UPDATE warnings SET kind = ?, message = ?, names = ?, rule = ?, status = ?, "
        "last_seen = ? WHERE id = ?",
        updates,
    )
    conn.executemany(
        "INSERT INTO warnings (id, key, kind, message, names, rule, status, first_seen, "
        "last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        inserts,
    )
    conn.executemany("DELETE FROM warning_evidence WHERE warning_id = ?", rewritten)
    conn.executemany(
        'INSERT INTO warning_evidence (warning_id, document_id, start, "end", text) '
        "VALUES (?, ?, ?, ?, ?)",
        evidence,
    )
    return _warning_rows(conn, final, positions, made)


def _warning_rows(
    conn: sqlite3.Connection,
    final: list[tuple[tuple, list[SpanRow]]],
    positions: dict[int, int],
    made: _Made,
) -> list[WarningRow]:
    """The warnings as analysis_tables.warnings(None) reads them: in reading order of their
    first evidence, then by id; "new" if first seen after the last review."""
    reviewed = reviewed_at(conn)
    ordered = []
    for stored, rows in final:
        first = (positions[rows[0][0]], rows[0][1]) if rows else NO_EVIDENCE
        # The review time stands in for "new": with the stored row it decides it.
        made_key = ("warning", *stored, reviewed, *rows)
        warning = made.find(made_key) or made.add(
            made_key, warning_row(stored, tuple(starmap(MentionRow, rows)), reviewed)
        )
        ordered.append(((first, stored[0]), warning))
    ordered.sort(key=lambda item: item[0])
    return [warning for _order, warning in ordered]
