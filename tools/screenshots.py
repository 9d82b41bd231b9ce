"""Render the main window in its key states to docs/screenshots/*.png (`make screenshots`).

Runs headless (QT_QPA_PLATFORM=offscreen) on a throwaway copy of the seed stories, with
settings and backups kept in a temporary folder so the writer's own setup is untouched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1400, 900)
EMMA = ROOT.parent / "shared" / "corpus" / "emma.txt"


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

    shoot_novel(window, scratch, settle, shoot)

    # A second window on the same project gets it read-only: banner, locked editor.
    second = MainWindow(Project.open(scratch / "Seeds.continuity"))
    second.resize(*SIZE)
    second.show()
    shoot(second, "read-only.png")
    second.close()
    window.close()
    settle()
    return 0


def shoot_novel(window: Any, scratch: Path, settle: Any, shoot: Any) -> None:
    """presence.png and story-bible.png on a whole novel: Emma, split at its chapter headings,
    when the shared corpus is present (else the seed stories). presence.png has the chart
    open under the editor after a click on a cell; story-bible.png is one character's page."""
    from PySide6.QtCore import Qt

    from app.gui.main_window import MainWindow
    from app.store import Project

    book = window
    if EMMA.exists():
        book = MainWindow(Project.create(scratch / "Emma.continuity"))
        book.resize(*SIZE)
        book.show()
        book.import_paths([EMMA])
        settle(book)
    book.presence.show()
    book.resizeDocks([book.presence], [400], Qt.Orientation.Vertical)
    settle(book)
    chart = book.presence.chart
    names = [row.name for row in chart.model.rows()]
    wanted = "Harriet Smith" if "Harriet Smith" in names else names[min(1, len(names) - 1)]
    row = names.index(wanted)
    counts = chart.model.rows()[row].counts
    column = next((i for i, count in enumerate(counts) if count), 0)
    index = chart.model.index(row, column)
    chart.view.setCurrentIndex(index)
    chart.view.clicked.emit(index)  # as a click: opens the chapter at the first mention
    shoot(book, "presence.png")

    people = book.side_panel.characters.model.rows()
    entity = next((e for e in people if e.name == "Jane Fairfax"), people[0] if people else None)
    if entity is not None:
        note = (
            "Orphan; brought up by Colonel Campbell. Secretly engaged to Frank Churchill: "
            "keep every hint small until Volume III.\nPlays the pianoforte better than Emma."
            if entity.name == "Jane Fairfax"
            else "Arrives by train. Check: is she Sofie's cousin or her friend?"
        )
        book.project.set_entity_note(entity.name, note)
        page = book.entity_details.show(entity)
        if page is not None:
            settle(book)
            page.grab().save(str(OUT / "story-bible.png"))
            print(f"wrote {OUT / 'story-bible.png'}")
            book.entity_details.close()
    if book is not window:
        book.close()


if __name__ == "__main__":
    sys.exit(main())
