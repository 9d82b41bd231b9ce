"""The chapters table: adding, editing, ordering and reading documents.

Every function that writes runs in one transaction, so a crash or a bad item leaves the
project as it was. Positions are kept dense (0..n-1) so "move to 3" means what it says.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from sqlite_utils import Database

from app.store.errors import ProjectError
from app.store.rows import StoredDocument


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def content_hash(text: str) -> str:
    # surrogatepass: a hash must never be the reason a text cannot be saved.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _row(row: dict) -> StoredDocument:
    return StoredDocument(row["id"], row["title"], row["position"], row["text"], row["updated_at"])


def documents(db: Database) -> list[StoredDocument]:
    return [_row(row) for row in db.query("SELECT * FROM documents ORDER BY position, id")]


def document(db: Database, doc_id: int) -> StoredDocument:
    rows = list(db.query("SELECT * FROM documents WHERE id = ?", [doc_id]))
    if not rows:
        raise ProjectError(f"there is no chapter with id {doc_id} in this project")
    return _row(rows[0])


def _require(db: Database, doc_ids: Sequence[int]) -> None:
    for doc_id in doc_ids:
        document(db, doc_id)


def _check_text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{what} must be str, not {type(value).__name__}")
    return value


def add_documents(db: Database, items: Sequence[tuple[str, str]]) -> list[int]:
    """Append chapters after the last one; all are added or none."""
    with db.atomic():
        start = db.execute("SELECT coalesce(max(position) + 1, 0) FROM documents").fetchone()[0]
        ids = []
        for offset, (title, text) in enumerate(items):
            stamp = _now()
            cursor = db.execute(
                "INSERT INTO documents (title, position, text, content_hash, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    _check_text(title, "title"),
                    start + offset,
                    _check_text(text, "text"),
                    content_hash(text),
                    stamp,
                ],
            )
            ids.append(int(cursor.lastrowid))
        return ids


def replace_texts(db: Database, texts: Mapping[int, str]) -> None:
    """Save several chapters' texts together (a rename across the book)."""
    with db.atomic():
        _require(db, list(texts))
        for doc_id, text in texts.items():
            db.execute(
                "UPDATE documents SET text = ?, content_hash = ?, updated_at = ? WHERE id = ?",
                [_check_text(text, "text"), content_hash(text), _now(), doc_id],
            )


def rename_document(db: Database, doc_id: int, title: str) -> None:
    with db.atomic():
        _require(db, [doc_id])
        db.execute(
            "UPDATE documents SET title = ?, updated_at = ? WHERE id = ?",
            [_check_text(title, "title"), _now(), doc_id],
        )


def _renumber(db: Database, ordered_ids: list[int]) -> None:
    for position, doc_id in enumerate(ordered_ids):
        db.execute("UPDATE documents SET position = ? WHERE id = ?", [position, doc_id])


def delete_document(db: Database, doc_id: int) -> None:
    """Delete a chapter; its mentions and evidence go with it (ON DELETE CASCADE)."""
    with db.atomic():
        _require(db, [doc_id])
        db.execute("DELETE FROM documents WHERE id = ?", [doc_id])
        _renumber(db, [doc.id for doc in documents(db)])


def move_document(db: Database, doc_id: int, position: int) -> None:
    """Move a chapter to `position` (clamped to the ends), shifting the others."""
    with db.atomic():
        _require(db, [doc_id])
        order = [doc.id for doc in documents(db) if doc.id != doc_id]
        order.insert(max(0, min(position, len(order))), doc_id)
        _renumber(db, order)
