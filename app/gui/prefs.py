"""The window's remembered preferences (QSettings): recent projects, theme, geometry.

Kept apart from the widgets so tests can point QSettings at a temporary folder once
(tests/conftest.py) and every window reads the same values.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def _settings() -> QSettings:
    return QSettings()


def recent_projects() -> list[str]:
    """Most recent first; projects that no longer exist are left out."""
    value = _settings().value("recent_projects", [])
    if isinstance(value, str):  # QSettings hands back a bare string for one-item lists
        value = [value]
    return [path for path in (value or []) if Path(path).exists()]


def add_recent_project(path: str | Path) -> None:
    resolved = str(Path(path).resolve())
    paths = [p for p in recent_projects() if p != resolved]
    _settings().setValue("recent_projects", [resolved, *paths][:MAX_RECENT])


def theme_name() -> str:
    value = str(_settings().value("theme", "light"))
    return value if value in ("light", "dark") else "light"


def set_theme_name(name: str) -> None:
    _settings().setValue("theme", name)


def load_bytes(key: str) -> QByteArray | None:
    value = _settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_bytes(key: str, value: QByteArray) -> None:
    _settings().setValue(key, value)
