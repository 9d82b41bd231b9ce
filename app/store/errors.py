"""Errors the store raises: each message is one line a novelist can act on."""

from __future__ import annotations

from pathlib import Path

from app.core.errors import ContinuityError


class ProjectError(ContinuityError):
    """A project file cannot be used (unreadable, unknown chapter, newer format...)."""


class ProjectNotFound(ProjectError):
    """The project path does not exist."""


class ProjectReadOnly(ProjectError):
    """A write was attempted on a project opened read-only (or held by another window)."""


class ProjectCorrupt(ProjectError):
    """The file is not a readable Continuity project; `backups` lists copies, newest first."""

    def __init__(self, message: str, backups: list[Path] | None = None) -> None:
        self.backups: list[Path] = list(backups or [])
        super().__init__(message)
