"""Keeping copies while the writer works, and offering one back when a file is damaged.

`RollingBackups` takes a backup of the open project every few minutes (the project's
`backup_interval_minutes` setting, 10 by default; the store keeps the newest
`backup_keep`, 5 by default). It writes pending edits first, and skips a project nothing
was written to since the last copy, so an idle evening cannot push the useful backups out.

`offer_restore` is what opening a damaged project leads to: the writer is told what is
wrong and offered the newest backup that passes SQLite's integrity check. Accepting keeps
the damaged file beside the project (`<name>.damaged-<time>`), restores the backup and
opens it; declining changes nothing on disk.

`restore_chosen` is File > Restore a backup…: the writer picks one of the open project's
backups; the current state is backed up first, so going back is itself undoable.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.core.errors import ContinuityError
from app.gui import dialogs
from app.store import Project, ProjectCorrupt

MS_PER_MINUTE = 60_000  # tests shrink this to drive the real timer in milliseconds


class RollingBackups(QObject):
    """A timer that backs up the attached (writable) project; nothing runs while detached."""

    backed_up = Signal(object)  # the new backup's Path
    failed = Signal(str)  # a message for the status bar: a backup failing must not nag

    def __init__(self, flush_edits: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._flush_edits = flush_edits
        self._project: Project | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.back_up_now)

    def attach(self, project: Project | None) -> None:
        """Start backing up `project` on its interval; None or a read-only project: stop."""
        self.detach()
        if project is None or project.read_only:
            return
        minutes = project.backup_policy().interval_minutes
        if minutes <= 0:
            return
        self._project = project
        self.timer.start(minutes * MS_PER_MINUTE)

    def detach(self) -> None:
        self.timer.stop()
        self._project = None

    def back_up_now(self) -> Path | None:
        """Back up now if anything changed since the last copy; returns the new backup."""
        project = self._project
        if project is None:
            return None
        self._flush_edits()  # the copy must hold what the writer sees
        try:
            if not project.changed_since_backup():
                return None
            made = project.backup()
        except ContinuityError as error:
            self.failed.emit(f"Backup failed: {error}")
            return None
        self.backed_up.emit(made)
        return made


def offer_restore(parent: QWidget | None, path: Path, error: ProjectCorrupt) -> Project | None:
    """After `error` opening `path`: offer the newest good backup; the restored Project or None."""
    backup = Project.newest_good_backup(path)
    if backup is None:
        detail = " None of its backups can be read either." if error.backups else ""
        dialogs.show_error(parent, "Cannot open project", f"{error}.{detail}")
        return None
    if not dialogs.ask_restore_backup(parent, str(error), saved_at(backup)):
        return None
    try:
        Project.restore(backup, path, keep_damaged=True)
        return Project.open(path)
    except ContinuityError as failure:
        dialogs.show_error(parent, "Could not restore the backup", str(failure))
        return None


def saved_at(backup: Path) -> str:
    """When a backup was taken, in the writer's local time."""
    return datetime.fromtimestamp(backup.stat().st_mtime).strftime("%d %B %Y at %H:%M:%S")


def restore_chosen(window: Any) -> bool:
    """Replace the open project with a backup the writer picks; True once it is reopened.

    `window` needs `project`, `flush_edits()`, `set_project()`, `open_path()` and
    `dialog_parent()`. The chosen backup is copied aside first: the backup of the current
    state taken next may prune it from the backups folder.
    """
    project = window.project
    if project is None or project.read_only:
        return False
    choices = project.backups()
    if not choices:
        dialogs.show_error(window.dialog_parent(), "No backups", "This project has no backups yet.")
        return False
    index = dialogs.choose_backup(window.dialog_parent(), [saved_at(path) for path in choices])
    if index is None:
        return False
    path = Path(project.path)
    with tempfile.TemporaryDirectory(prefix="continuity-restore-") as folder:
        chosen = Path(folder) / choices[index].name
        try:
            shutil.copyfile(choices[index], chosen)
            window.flush_edits()
            project.backup()  # the state being replaced stays one restore away
        except (OSError, ContinuityError) as error:
            dialogs.show_error(window.dialog_parent(), "Could not restore the backup", str(error))
            return False
        window.set_project(None)  # closes it: a project cannot be replaced while open
        failure = None
        try:
            Project.restore(chosen, path)
        except ContinuityError as error:
            failure = error
    reopened = window.open_path(path)  # the restored file, or the untouched one on failure
    if failure is not None:
        dialogs.show_error(window.dialog_parent(), "Could not restore the backup", str(failure))
        return False
    return reopened is not None
