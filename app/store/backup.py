"""Backups of a project in the platform data folder, and atomic restore.

Backups live in `user_data_dir("Continuity")/backups/<stem>-<hash of the project path>/`,
one timestamped file each, taken with SQLite's online backup API so a copy is consistent
even while the project is open. Only the newest few are kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import platformdirs

DEFAULT_KEEP = 5
SUFFIX = ".continuity"
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupPolicy:
    """How a project is backed up while open: every `interval_minutes` (0: only when it is
    opened), keeping the newest `keep` copies. Both are project settings."""

    interval_minutes: int
    keep: int


def backup_root() -> Path:
    return Path(platformdirs.user_data_dir("Continuity", appauthor=False)) / "backups"


def backup_dir_for(project_path: Path) -> Path:
    """The folder for one project's backups; the hash keeps same-named projects apart."""
    resolved = str(Path(project_path).resolve())
    digest = hashlib.sha1(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return backup_root() / f"{Path(project_path).stem}-{digest}"


def list_backups(project_path: Path) -> list[Path]:
    """This project's backups, newest first (names sort by their timestamp)."""
    folder = backup_dir_for(project_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"), key=lambda path: path.name, reverse=True)


def make_backup(conn: sqlite3.Connection, project_path: Path, keep: int = DEFAULT_KEEP) -> Path:
    """Copy the open database to a new timestamped backup and prune old ones."""
    folder = backup_dir_for(project_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{Path(project_path).stem}-{stamp}{SUFFIX}"
    # Written under a temporary name first so a crash never leaves a half backup that
    # would later be offered as "newest".
    partial = target.with_name(target.name + ".partial")
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    os.replace(partial, target)
    for old in list_backups(project_path)[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def restore_file(backup: Path, target: Path) -> None:
    """Replace `target` with a copy of `backup` atomically (temp file + os.replace).

    The copy is integrity-checked before it replaces anything (sqlite3.DatabaseError if
    not sound). The old write-ahead log beside the target is removed: SQLite would
    otherwise replay it onto the restored file and corrupt it.
    """
    target = Path(target)
    fd, temp_name = tempfile.mkstemp(prefix=".restore-", suffix=SUFFIX, dir=target.parent)
    os.close(fd)
    try:
        source = sqlite3.connect(Path(backup))
        dest = sqlite3.connect(temp_name)
        try:
            source.backup(dest)
            # A truncated backup copies "successfully"; check before it replaces anything.
            verdict = dest.execute("PRAGMA integrity_check").fetchall()
            if verdict != [("ok",)]:
                raise sqlite3.DatabaseError(str(verdict[0][0]))
        finally:
            dest.close()
            source.close()
        with open(temp_name, "rb+") as handle:
            os.fsync(handle.fileno())
        for side in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(target) + side).unlink()
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise


def is_sound(backup: Path) -> bool:
    """Whether `backup` is a complete, undamaged Continuity project (checked read-only)."""
    try:
        with open(backup, "rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return False
        # mode=ro: checking a backup must never change it.
        uri = f"file:{quote(str(Path(backup).resolve()))}?mode=ro"
        conn = sqlite3.connect(uri, uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                return False
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            return "documents" in tables
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False


def newest_sound_backup(project_path: Path) -> Path | None:
    """The newest of this project's backups that passes the integrity check."""
    return next((path for path in list_backups(project_path) if is_sound(path)), None)


def set_aside(target: Path) -> Path | None:
    """Copy a (damaged) project and its write-ahead log to `<name>.damaged-<time>` beside it.

    Restoring a backup replaces the file; the copy keeps whatever the damaged file still
    holds, for the writer or a data-recovery tool. Returns the copy's path (None: no file).
    """
    target = Path(target)
    if not target.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = target.with_name(f"{target.name}.damaged-{stamp}")
    number = 1
    while kept.exists():  # never overwrite an earlier copy
        number += 1
        kept = target.with_name(f"{target.name}.damaged-{stamp}-{number}")
    shutil.copy2(target, kept)
    wal = Path(f"{target}-wal")
    if wal.exists():
        shutil.copy2(wal, Path(f"{kept}-wal"))
    return kept
