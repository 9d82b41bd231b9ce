"""GUI fixtures: a project on disk, a main window over it, and waiting for background work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from app.gui import create_application
from app.gui.main_window import MainWindow
from app.store import Project

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _wait_idle(qtbot, window: MainWindow, timeout: int = 20000) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=timeout)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(10)  # let queued signals from the finished job be delivered
    qtbot.waitUntil(lambda: not window.busy, timeout=timeout)


@pytest.fixture
def wait_idle(qtbot):
    """`wait_idle(window)`: no import or analysis running or queued, the pool empty."""
    return lambda window, timeout=20000: _wait_idle(qtbot, window, timeout)


@pytest.fixture
def seed_paths() -> list[Path]:
    return list(SEEDS)


@pytest.fixture
def gui_app(qapp):
    return create_application()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "novel.continuity"


@pytest.fixture
def make_window(qtbot, gui_app) -> Iterator:
    """Factory: `make_window(project)` shows a MainWindow; all are closed at teardown."""
    windows: list[MainWindow] = []

    def make(project: Project | None = None) -> MainWindow:
        window = MainWindow(project)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def seeded(project_path: Path, make_window, wait_idle) -> MainWindow:
    """A window over a project holding the three seed stories, analysed."""
    project = Project.create(project_path)
    project.add_documents([(path.stem, path.read_text(encoding="utf-8")) for path in SEEDS])
    window = make_window(project)
    wait_idle(window)
    return window
