"""Test isolation: no test may read or write the real user's Continuity folders."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs' data/config/cache folders into a fresh temporary folder."""
    home = tmp_path_factory.mktemp("user-dirs")
    # XDG variables cover Linux and subprocesses; patching the functions covers macOS
    # and Windows, where platformdirs ignores XDG.
    for variable, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                          ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        monkeypatch.setenv(variable, str(home / sub))
    for name, sub in (("user_data_dir", "data"), ("user_config_dir", "config"),
                      ("user_cache_dir", "cache"), ("user_state_dir", "state")):
        monkeypatch.setattr(
            platformdirs, name,
            lambda appname=None, *args, _sub=sub, **kwargs: str(home / _sub / (appname or "")),
        )
    return home


@pytest.fixture(autouse=True)
def isolated_qt_settings(tmp_path_factory: pytest.TempPathFactory,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    """GUI: QSettings into a temporary folder, and no message box ever waits for a click."""
    try:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QMessageBox
    except ImportError:  # core and store tests run without Qt installed
        return
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *args, **kwargs: None))


@pytest.fixture(autouse=True)
def accept_change_previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """A preview of a change across chapters is accepted, as a writer would; tests that
    want to see it or cancel it use the returned list or patch it again."""
    try:
        from app.gui import dialogs
    except ImportError:
        return []
    shown: list[tuple[str, str, str]] = []

    def accept(parent: object, label: str, summary: str, details: str) -> bool:
        shown.append((label, summary, details))
        return True

    monkeypatch.setattr(dialogs, "confirm_changes", accept)
    return shown
