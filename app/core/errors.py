"""Errors a writer can cause, each with a message written for a person, not a traceback."""

from __future__ import annotations

from pathlib import Path


class ContinuityError(Exception):
    """Base class: `str(error)` is a one-line message fit to show the user."""


class ImportRefused(ContinuityError):
    """A file that cannot be imported; the message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
