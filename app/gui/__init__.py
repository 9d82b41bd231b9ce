"""The desktop application: `launch()` opens a project in the main window and runs Qt.

Only this package imports Qt. It shows what the store holds and what app.core.analysis
computes; it never computes analysis itself and never writes SQL.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported only when a window is wanted (the CLI stays light)
    from PySide6.QtWidgets import QApplication

APP_NAME = "Continuity"
PROJECT_SUFFIX = ".continuity"


# How long (seconds) a thread holds the GIL before another waiting for it may take it.
GIL_SWITCH_INTERVAL = 0.001


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so QSettings and platformdirs agree."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.gui import prefs
    from app.gui.theme import apply_theme
    from app.paths import resources_dir

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    # The analysis runs on a worker thread in pure Python: at the interpreter's default 5 ms
    # the GUI thread waits that long for the GIL at every step of a paint, and the first
    # paint of a novel's chapter came 300 ms late behind a cold analysis. 1 ms hands it over
    # sooner; the worker loses little.
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "continuity.svg")))
    apply_theme(app, prefs.theme_name())
    return app


def launch(paths: list[str], project: str | None) -> int:
    """Show the main window and run the event loop; returns the exit code.

    `project` is opened, or created when missing (then `paths` are imported into it). With
    no project the most recent one is reopened, or an empty window shows a welcome hint;
    `paths` without a project are imported once the writer has chosen where to keep it.
    """
    from app.gui import prefs
    from app.gui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    if project is None:  # `continuity open novel.continuity`: the project given as a path
        projects = [p for p in paths if Path(p).suffix == PROJECT_SUFFIX]
        project = projects[0] if projects else None
        paths = [p for p in paths if p != project]
    target = Path(project) if project else None
    if target is None and not paths:
        recent = prefs.recent_projects()
        target = Path(recent[0]) if recent else None
    if target is not None:
        created = not target.exists()
        if created:
            target.parent.mkdir(parents=True, exist_ok=True)
        opened = window.open_path(target)
        if opened is not None and created and paths:
            window.import_paths(paths)
    elif paths:
        window.import_paths(paths)
    window.show()
    return app.exec()
