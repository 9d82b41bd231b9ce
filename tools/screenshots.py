"""Render the main window in its key states to docs/screenshots/*.png (`make screenshots`).

Runs headless (QT_QPA_PLATFORM=offscreen) on a throwaway copy of the seed stories, with
settings and backups kept in a temporary folder so the writer's own setup is untouched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1400, 900)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="continuity-shots-"))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[variable] = str(scratch / variable.lower())

    from PySide6.QtCore import QEventLoop, QSettings, QThreadPool, QTimer

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))

    from app.core.model import WarningKind
    from app.gui import create_application, prefs
    from app.gui.main_window import MainWindow
    from app.store import Project

    create_application()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle(window: MainWindow | None = None) -> None:
        """Let background work finish and the event loop paint (bounded, no busy loop)."""
        for _ in range(200):
            QThreadPool.globalInstance().waitForDone()
            loop = QEventLoop()
            QTimer.singleShot(30, loop.quit)
            loop.exec()
            if window is None or not window.busy:
                break

    def shoot(window: MainWindow, name: str) -> None:
        settle(window)
        window.grab().save(str(OUT / name))
        print(f"wrote {OUT / name}")

    empty = MainWindow()
    empty.resize(*SIZE)
    empty.show()
    shoot(empty, "welcome.png")
    empty.close()

    project = Project.create(scratch / "Seeds.continuity")
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    project.add_documents([(p.stem, p.read_text(encoding="utf-8")) for p in seeds])
    window = MainWindow(project)
    window.resize(*SIZE)
    window.show()
    settle(window)

    panel = window.side_panel
    characters = panel.characters
    names = [row.name for row in characters.model.rows()]
    if names:
        characters.select_row(names.index("Sophie") if "Sophie" in names else 0)
        characters.step(1)
    shoot(window, "characters.png")

    panel.setCurrentWidget(panel.warnings)
    variants = [w for w in panel.warnings.model.warnings() if w.kind == WarningKind.NAME_VARIANT]
    if variants:
        window.review_sync.open_warning(variants[0])
    elif panel.warnings.model.warnings():
        window.review_sync.step_warning(1)
    shoot(window, "warnings.png")

    panel.setCurrentWidget(panel.phrases)
    if panel.phrases.model.rowCount():
        panel.phrases.select_row(0)
        panel.phrases.step(1)
    window.toggle_theme()
    shoot(window, "dark.png")
    if prefs.theme_name() == "dark":
        window.toggle_theme()

    # A second window on the same project gets it read-only: banner, locked editor.
    second = MainWindow(Project.open(scratch / "Seeds.continuity"))
    second.resize(*SIZE)
    second.show()
    shoot(second, "read-only.png")
    second.close()
    window.close()
    settle()
    return 0


if __name__ == "__main__":
    sys.exit(main())
