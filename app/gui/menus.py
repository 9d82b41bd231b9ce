"""The main window's menu bar and shortcuts, built in one place.

Returns the actions by name so the window (and tests) can trigger or enable them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.gui.backups import restore_chosen


def _action(
    window: QMainWindow, menu: QMenu, text: str, slot: Callable[[], Any], shortcut: Any = None
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build_menus(window: Any) -> dict[str, QAction | QMenu]:
    """Menu bar for `window` (a MainWindow); keys name each action for tests and enabling."""
    bar = window.menuBar()
    actions: dict[str, QAction | QMenu] = {}
    file_menu = bar.addMenu("&File")
    actions["new"] = _action(
        window, file_menu, "&New project…", window.files.new_project, QKeySequence.StandardKey.New
    )
    actions["open"] = _action(
        window,
        file_menu,
        "&Open project…",
        window.files.choose_project,
        QKeySequence.StandardKey.Open,
    )
    actions["recent"] = file_menu.addMenu("Open &recent")
    actions["recent"].aboutToShow.connect(window.files.fill_recent_menu)
    file_menu.addSeparator()
    actions["import"] = _action(
        window, file_menu, "&Import text files…", window.files.choose_import, "Ctrl+I"
    )
    actions["save_as"] = _action(
        window,
        file_menu,
        "Save project &as…",
        window.files.save_as,
        QKeySequence.StandardKey.SaveAs,
    )
    actions["restore_backup"] = _action(
        window, file_menu, "Restore a &backup…", lambda: restore_chosen(window)
    )
    actions["export_manuscript"] = _action(
        window, file_menu, "&Export manuscript…", window.exports.export_manuscript, "Ctrl+E"
    )
    actions["export_report"] = _action(
        window, file_menu, "Export &report…", window.exports.export_report, "Ctrl+Shift+E"
    )
    file_menu.addSeparator()
    actions["quit"] = _action(window, file_menu, "&Quit", window.close, "Ctrl+Q")

    edit_menu = bar.addMenu("&Edit")
    actions["undo"] = _action(
        window, edit_menu, "&Undo", window.editor.undo, QKeySequence.StandardKey.Undo
    )
    actions["redo"] = _action(
        window, edit_menu, "&Redo", window.editor.redo, QKeySequence.StandardKey.Redo
    )
    window.editor.undoAvailable.connect(actions["undo"].setEnabled)
    window.editor.redoAvailable.connect(actions["redo"].setEnabled)
    actions["undo"].setEnabled(False)
    actions["redo"].setEnabled(False)
    actions["undo_rename"] = _action(
        window, edit_menu, "Undo change to every chapter", window.review.undo_rename
    )
    edit_menu.aboutToShow.connect(lambda: _update_undo_everywhere(actions, window))
    edit_menu.addSeparator()
    actions["find"] = _action(
        window,
        edit_menu,
        "&Find…",
        lambda: window.find_bar.open(False),
        QKeySequence.StandardKey.Find,
    )
    actions["replace"] = _action(
        window, edit_menu, "Find and &replace…", lambda: window.find_bar.open(True), "Ctrl+H"
    )

    view_menu = bar.addMenu("&View")
    actions["dark"] = _action(window, view_menu, "&Dark theme", window.toggle_theme, "Ctrl+Shift+D")
    actions["dark"].setCheckable(True)
    actions["presence"] = window.presence.toggleViewAction()
    view_menu.addAction(actions["presence"])

    review_menu = bar.addMenu("&Review")
    actions["next_warning"] = _action(
        window, review_menu, "&Next warning", lambda: window.review_sync.step_warning(1), "F8"
    )
    actions["previous_warning"] = _action(
        window,
        review_menu,
        "&Previous warning",
        lambda: window.review_sync.step_warning(-1),
        "Shift+F8",
    )
    actions["analyse"] = _action(window, review_menu, "&Analyse now", window.reanalyse, "F5")
    actions["mark_reviewed"] = _action(
        window, review_menu, "&Mark all warnings reviewed", window.review_sync.mark_reviewed
    )

    help_menu = bar.addMenu("&Help")
    actions["about"] = _action(window, help_menu, "&About Continuity", window.show_about)
    return actions


def _update_undo_everywhere(actions: dict[str, QAction | QMenu], window: Any) -> None:
    """Name the change-every-chapter step that Undo would take back, or disable it."""
    last = window.review.last_rename
    action = actions["undo_rename"]
    action.setEnabled(last is not None)
    action.setText(f"Undo “{last[0]}”" if last is not None else "Undo change to every chapter")
