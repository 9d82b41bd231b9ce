"""The Project: one `.continuity` SQLite file, opened by one writer at a time.

`Project` is the only object the GUI and CLI use to reach stored data. It owns the
connection (one per thread: do not share a Project between threads), the lock file, and
the backups; the SQL itself lives in small modules beside this one (documents,
analysis_tables, analysis_save, teachings) and every method here is a thin, guarded wrapper
over them.

Opening validates the file before trusting it: a missing path, a file that is not SQLite,
and a truncated or damaged database each fail with a one-line message. A project that
another window or process holds opens read-only with `locked_by` saying who holds it.
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from sqlite_utils import Database

from app.core.model import (
    AnalysisResult,
    Decisions,
    DocumentText,
    EntityKind,
    Settings,
    WarningStatus,
)
from app.store import analysis_save, analysis_tables, documents, schema, teachings
from app.store.backup import (
    BackupPolicy,
    list_backups,
    make_backup,
    newest_sound_backup,
    restore_file,
    set_aside,
)
from app.store.errors import ProjectCorrupt, ProjectError, ProjectNotFound, ProjectReadOnly
from app.store.lock import LockHeld, ProjectLock
from app.store.rows import (
    EntityRow,
    MentionRow,
    PhraseRow,
    ReviewRows,
    StoredDocument,
    WarningRow,
)
from app.store.teachings import DecisionType

SQLITE_MAGIC = b"SQLite format 3\x00"
log = logging.getLogger(__name__)
_Method = TypeVar("_Method", bound=Callable[..., Any])


def _writes(method: _Method) -> _Method:
    """Refuse the call on a read-only project, before any SQL runs."""

    @functools.wraps(method)
    def guarded(self: Project, *args: Any, **kwargs: Any) -> Any:
        if self.read_only:
            why = self.locked_by or "it was opened read-only"
            raise ProjectReadOnly(f"{self.path.name} cannot be changed: {why}")
        try:
            with self._write_lock:
                return method(self, *args, **kwargs)
        except sqlite3.Error as error:  # disk full, I/O error: say so, not a traceback
            raise ProjectError(f"{self.path.name} could not be saved ({error})") from error

    return guarded  # type: ignore[return-value]


class Project:
    """An open project. Create with `Project.create(path)` or `Project.open(path)`."""

    def __init__(
        self, path: Path, db: Database, lock: ProjectLock | None, locked_by: str | None
    ) -> None:
        self.path = path
        self._db: Database | None = db
        self._lock = lock
        self.locked_by = locked_by
        self.read_only = lock is None
        # The connection's change counter when the last backup was taken (None: no backup
        # yet), so rolling backups skip a project nobody has touched.
        self._changes_at_backup: int | None = None
        # Writes from this handle and from `save_analysis_from_thread` take turns: SQLite
        # refuses (rather than waits for) a transaction that read before another connection
        # committed and then tries to write.
        self._write_lock = threading.RLock()
        # The analysis worker's own connection (see save_analysis_from_thread), opened on
        # its first save and kept: opening one costs most of a millisecond per save.
        self._worker_db: Database | None = None

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path) -> Project:
        """Create a new, empty project file (the folder must exist, the file must not)."""
        path = Path(path)
        if path.exists():
            raise ProjectError(f"{path} already exists; open it instead")
        if not path.parent.is_dir():
            raise ProjectNotFound(f"cannot create {path.name}: folder {path.parent} does not exist")
        lock = cls._lock_or_fail(path)
        db = None
        try:
            db = Database(path)
            schema.migrate(db)
        except (OSError, sqlite3.Error) as error:
            if db is not None:
                db.close()
            lock.release()
            # A half-made file would make the next attempt say "already exists".
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            raise ProjectError(f"cannot create {path}: {error}") from error
        return cls._ready(path, db, lock, None)

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Project:
        """Open an existing project for writing, or read-only if another window holds it."""
        path = Path(path)
        _check_file(path)
        lock, locked_by = None, None
        if not read_only:
            if not os.access(path, os.W_OK):
                locked_by = f"the file {path.name} is read-only"
            else:
                try:
                    lock = ProjectLock.acquire(path)
                except LockHeld as held:
                    locked_by = str(held)
                except OSError as error:  # a read-only folder: no lock file possible
                    locked_by = f"its folder cannot be written to ({error.strerror})"
        try:
            db = _connect_checked(path, lock is not None)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        project = cls._ready(path, db, lock, locked_by)
        if lock is not None:
            try:
                project.backup()
            except ProjectError as error:
                # A full or read-only data folder must not keep the writer from their book.
                log.warning("%s", error)
        return project

    @classmethod
    def _lock_or_fail(cls, path: Path) -> ProjectLock:
        try:
            return ProjectLock.acquire(path)
        except LockHeld as held:
            raise ProjectError(str(held)) from held
        except OSError as error:
            raise ProjectError(f"cannot write beside {path.name} ({error.strerror})") from error

    @classmethod
    def _ready(
        cls, path: Path, db: Database, lock: ProjectLock | None, locked_by: str | None
    ) -> Project:
        db.execute("PRAGMA foreign_keys = ON")
        if lock is None:
            # Belt and braces: even a write that slipped past _writes fails in SQLite.
            db.execute("PRAGMA query_only = ON")
        else:
            db.enable_wal()
            db.execute("PRAGMA synchronous = FULL")  # a novelist's text beats a few ms
        return cls(path, db, lock, locked_by)

    def close(self) -> None:
        """Close the connection and release the lock; safe to call twice."""
        with self._write_lock:  # a save from the worker finishes first
            if self._worker_db is not None:
                self._worker_db.close()
                self._worker_db = None
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def db(self) -> Database:
        if self._db is None:
            raise ProjectError(f"{self.path.name} is closed")
        return self._db

    # -- safety: integrity, backups ------------------------------------------------------

    def integrity_ok(self) -> bool:
        rows = self.db.execute("PRAGMA integrity_check").fetchall()
        return [tuple(row) for row in rows] == [("ok",)]

    def backup(self) -> Path:
        """Take a backup now (also done on every writable open); returns its path."""
        keep = teachings.get_setting(self.db, "backup_keep")
        changes = self.db.conn.total_changes
        try:
            made = make_backup(self.db.conn, self.path, keep)
        except (OSError, sqlite3.Error) as error:
            raise ProjectError(f"could not back up {self.path.name} ({error})") from error
        self._changes_at_backup = changes
        return made

    def backups(self) -> list[Path]:
        return list_backups(self.path)

    def backup_policy(self) -> BackupPolicy:
        """Minutes between rolling backups (0: only on open) and how many are kept."""
        return BackupPolicy(
            interval_minutes=teachings.get_setting(self.db, "backup_interval_minutes"),
            keep=teachings.get_setting(self.db, "backup_keep"),
        )

    def changed_since_backup(self) -> bool:
        """Whether anything was written since this Project's last backup (or none was taken)."""
        return self._changes_at_backup != self.db.conn.total_changes

    @staticmethod
    def newest_good_backup(path: str | Path) -> Path | None:
        """The newest backup of the project at `path` that passes SQLite's integrity check."""
        return newest_sound_backup(Path(path))

    @staticmethod
    def restore(
        backup: str | Path, target: str | Path, *, keep_damaged: bool = False
    ) -> Path | None:
        """Replace `target` with `backup`; refused while a window has `target` open.

        With `keep_damaged`, the file being replaced is first copied beside it as
        `<name>.damaged-<time>` and that copy's path is returned (otherwise None).
        """
        backup, target = Path(backup), Path(target)
        if not backup.is_file():
            raise ProjectNotFound(f"backup {backup} does not exist")
        with open(backup, "rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise ProjectCorrupt(f"{backup.name} is not a Continuity backup")
        lock = Project._lock_or_fail(target)
        kept = None
        try:
            if keep_damaged:
                try:
                    kept = set_aside(target)
                except OSError as error:
                    raise ProjectError(
                        f"could not keep a copy of {target.name} ({error.strerror}); "
                        "nothing was restored"
                    ) from error
            try:
                restore_file(backup, target)
            except BaseException:
                if kept is not None:  # nothing was replaced: the copy would only confuse
                    for copy in (kept, Path(f"{kept}-wal")):
                        copy.unlink(missing_ok=True)
                raise
        except sqlite3.DatabaseError as error:
            raise ProjectCorrupt(f"backup {backup.name} is damaged too ({error})") from error
        finally:
            lock.release()
        return kept

    # -- documents -----------------------------------------------------------------------

    def documents(self) -> list[StoredDocument]:
        return documents.documents(self.db)

    def document(self, doc_id: int) -> StoredDocument:
        return documents.document(self.db, doc_id)

    def document_texts(self) -> list[DocumentText]:
        return [DocumentText(str(doc.id), doc.title, doc.text) for doc in self.documents()]

    @_writes
    def add_documents(self, items: Sequence[tuple[str, str]]) -> list[int]:
        return documents.add_documents(self.db, items)

    @_writes
    def update_text(self, doc_id: int, text: str) -> None:
        documents.replace_texts(self.db, {doc_id: text})

    @_writes
    def replace_texts(self, texts: Mapping[int, str]) -> None:
        documents.replace_texts(self.db, texts)

    @_writes
    def rename_document(self, doc_id: int, title: str) -> None:
        documents.rename_document(self.db, doc_id, title)

    @_writes
    def delete_document(self, doc_id: int) -> None:
        documents.delete_document(self.db, doc_id)

    @_writes
    def move_document(self, doc_id: int, position: int) -> None:
        documents.move_document(self.db, doc_id, position)

    # -- analysis ------------------------------------------------------------------------

    @_writes
    def save_analysis(self, result: AnalysisResult) -> None:
        analysis_save.save_analysis(self.db, result)  # the panel's rows it returns: unused

    @_writes
    def save_analysis_from_thread(self, result: AnalysisResult) -> ReviewRows:
        """`save_analysis` for a background thread, so the GUI thread never waits on it;
        returns what the review panel lists now (as `review_rows()` would read it), so the
        GUI thread does not have to query for it.

        The save goes through a second connection kept for it, never this handle's: SQLite
        connections must not be used by two threads at once. That one is used by one thread
        at a time: every use holds `_write_lock` (taken by `@_writes`), which is also how
        these saves take turns with this handle's own writes. The one-transaction save keeps
        a reader from ever seeing half a result.
        """
        if self._db is None:
            raise ProjectError(f"{self.path.name} is closed")
        if self._worker_db is None:
            connection = sqlite3.connect(str(self.path), check_same_thread=False)
            db = Database(connection)
            db.execute("PRAGMA foreign_keys = ON")
            # The analysis is derived from the text and redone at will: its commits need not
            # wait for the disk. In WAL mode a power cut can then lose the latest saves, never
            # leave a half one; the writer's text keeps this handle's synchronous = FULL.
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA busy_timeout = 5000")
            self._worker_db = db
        return analysis_save.save_analysis(self._worker_db, result)

    def review_rows(self) -> ReviewRows:
        """Everything the review panel lists (see ReviewRows), read consistently."""
        return analysis_tables.review_rows(self.db)

    def entities(self, kind: EntityKind) -> list[EntityRow]:
        return analysis_tables.entities(self.db, kind)

    def mentions(self, entity_id: int) -> list[MentionRow]:
        return analysis_tables.mentions(self.db, entity_id)

    def mention_presence(self) -> dict[int, dict[int, tuple[int, MentionRow]]]:
        """entity id -> document id -> (mentions there, the first of them)."""
        return analysis_tables.presence(self.db, "mentions")

    def phrase_presence(self) -> dict[int, dict[int, tuple[int, MentionRow]]]:
        """phrase id -> document id -> (occurrences there, the first of them)."""
        return analysis_tables.presence(self.db, "phrase_occurrences")

    def phrases(self) -> list[PhraseRow]:
        return analysis_tables.phrases(self.db)

    def phrase_occurrences(self, phrase_id: int) -> list[MentionRow]:
        return analysis_tables.phrase_occurrences(self.db, phrase_id)

    def warnings(self, status: WarningStatus | None = WarningStatus.OPEN) -> list[WarningRow]:
        return analysis_tables.warnings(self.db, None if status is None else WarningStatus(status))

    @_writes
    def set_warning_status(self, key: str, status: WarningStatus, reason: str = "") -> None:
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE warnings SET status = ?, reason = ? WHERE key = ?",
                [WarningStatus(status).value, reason, key],
            )
            if cursor.rowcount == 0:
                raise ProjectError(f"there is no warning with key {key!r}")

    @_writes
    def mark_warnings_reviewed(self) -> None:
        """Everything seen so far stops being "new"."""
        stamp = analysis_tables.next_stamp(self.db)
        with self.db.atomic():
            self.db["meta"].upsert({"key": "reviewed_at", "value": stamp}, pk="key")

    # -- what the writer taught us -------------------------------------------------------

    def decisions(self) -> Decisions:
        return teachings.decisions(self.db)

    @_writes
    def set_not_entity(self, name: str) -> None:
        teachings.add_decision(self.db, DecisionType.NOT_ENTITY, name)

    @_writes
    def set_entity_kind(self, name: str, kind: EntityKind) -> None:
        teachings.add_decision(
            self.db, DecisionType.KIND, name, EntityKind(kind).value, one_per_name=True
        )

    @_writes
    def add_alias(self, alias: str, canonical: str) -> None:
        teachings.add_decision(self.db, DecisionType.ALIAS, alias, canonical, one_per_name=True)

    @_writes
    def mark_different(self, name_a: str, name_b: str) -> None:
        first, second = sorted((name_a, name_b))
        teachings.add_decision(self.db, DecisionType.DIFFERENT, first, second)

    @_writes
    def suppress_name(self, name: str) -> None:
        teachings.add_decision(self.db, DecisionType.SUPPRESS, name)

    @_writes
    def clear_decision(self, name: str) -> None:
        teachings.clear_decision(self.db, name)

    def settings(self) -> Settings:
        return teachings.settings(self.db)

    @_writes
    def update_settings(self, **values: Any) -> None:
        teachings.update_settings(self.db, values)

    def entity_note(self, name: str) -> str:
        return teachings.entity_note(self.db, name)

    @_writes
    def set_entity_note(self, name: str, text: str) -> None:
        teachings.set_entity_note(self.db, name, text)


def _check_file(path: Path) -> None:
    """Fail early, in words, for a path that cannot be a project file."""
    if not path.exists():
        raise ProjectNotFound(f"{path} does not exist")
    if path.is_dir():
        raise ProjectError(f"{path} is a folder, not a Continuity project")
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise ProjectError(f"{path} cannot be read ({error.strerror})") from error
    if header != SQLITE_MAGIC:
        what = "is empty" if not header else "is not a Continuity project"
        raise ProjectCorrupt(_corrupt_message(path, what), list_backups(path))


def _corrupt_message(path: Path, what: str) -> str:
    count = len(list_backups(path))
    hint = (
        f"; {count} backup{'s' if count != 1 else ''} can be restored"
        if count
        else "; no backups were found"
    )
    return f"{path.name} {what}{hint}"


def _connect_checked(path: Path, writable: bool) -> Database:
    """Connect, check the pages are sound, and bring the schema up to date."""
    db = None
    try:
        db = Database(path)
        problems = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise sqlite3.DatabaseError(problems[0])
        tables = set(db.table_names())
        if schema.version(db) == 0 or "documents" not in tables:
            raise ProjectCorrupt(
                _corrupt_message(path, "is not a Continuity project"), list_backups(path)
            )
        if schema.version(db) < schema.CURRENT_VERSION:
            if not writable:
                raise ProjectError(
                    f"{path.name} was saved by an older Continuity; open it for writing "
                    "once to upgrade it"
                )
            schema.migrate(db)
        elif schema.version(db) > schema.CURRENT_VERSION:
            schema.migrate(db)  # raises the "newer Continuity" message
        return db
    except sqlite3.DatabaseError as error:
        if db is not None:
            db.close()
        raise ProjectCorrupt(
            _corrupt_message(path, f"is damaged and cannot be opened ({error})"),
            list_backups(path),
        ) from error
    except BaseException:
        if db is not None:
            db.close()
        raise
