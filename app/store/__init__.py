"""The one place that knows SQL: project files, their schema, locks and backups."""

from app.store.errors import ProjectCorrupt, ProjectError, ProjectNotFound, ProjectReadOnly
from app.store.project import Project
from app.store.rows import (
    EntityRow,
    MentionRow,
    PhraseRow,
    ReviewRows,
    StoredDocument,
    WarningRow,
)

__all__ = [
    "EntityRow",
    "MentionRow",
    "PhraseRow",
    "Project",
    "ProjectCorrupt",
    "ProjectError",
    "ProjectNotFound",
    "ProjectReadOnly",
    "ReviewRows",
    "StoredDocument",
    "WarningRow",
]
