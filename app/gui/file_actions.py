"""File menu actions: new, open, import, save as and recent projects.

`FileActions(window)` asks the writer where (QFileDialog) and hands the chosen path to
`window.open_path`; it keeps no state of its own.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from app.core.errors import ContinuityError
from app.gui import dialogs, prefs

PROJECT_FILTER = "Continuity projects (*.continuity);;All files (*)"
IMPORT_FILTER = "Manuscripts (*.txt *.md *.markdown *.docx *.odt);;All files (*)"


class FileActions:
    def __init__(self, window: Any) -> None:
        self.w = window

    def choose_import(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self.w, "Import text files", str(Path.home()), IMPORT_FILTER
        )
        if paths:
            self.w.import_paths(paths)

    def new_project(self) -> bool:
        path, _filter = QFileDialog.getSaveFileName(
            self.w, "New project", str(Path.home() / "Untitled.continuity"), PROJECT_FILTER
        )
        if not path:
            return False
        target = Path(path).with_suffix(".continuity")
        if target.exists():
            dialogs.show_error(
                self.w, "Project exists", f"{target.name} already exists. Choose another name."
            )
            return False
        return self.w.open_path(target) is not None

    def choose_project(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.w, "Open project", str(Path.home()), PROJECT_FILTER
        )
        if path:
            self.w.open_path(path)

    def save_as(self) -> None:
        """Copy the project (a consistent backup copy) to a new file and continue there."""
        if self.w.project is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.w, "Save project as", str(Path(self.w.project.path).parent), PROJECT_FILTER
        )
        if not path:
            return
        target = Path(path).with_suffix(".continuity")
        if target.resolve() == Path(self.w.project.path).resolve():
            return
        self.w.flush_edits()
        try:
            shutil.copyfile(self.w.project.backup(), target)
        except (OSError, ContinuityError) as error:
            dialogs.show_error(self.w, "Could not save a copy", str(error))
            return
        self.w.open_path(target)

    def fill_recent_menu(self) -> None:
        menu = self.w.actions_by_name["recent"]
        menu.clear()
        recent = prefs.recent_projects()
        for path in recent:
            menu.addAction(Path(path).name, lambda p=path: self.w.open_path(p)).setToolTip(path)
        if not recent:
            menu.addAction("No recent projects").setEnabled(False)
