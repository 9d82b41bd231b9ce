"""The main window's shell: welcome page, file menu, drops, theme, recent projects, layout."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog

import app
import app.gui
from app.core.model import EntityKind
from app.gui import dialogs, prefs
from app.gui.main_window import MainWindow
from app.store import Project


def test_no_project_shows_the_welcome_hint(make_window):
    window = make_window(None)
    assert window.centre.currentWidget() is window.welcome
    assert "Welcome to Continuity" in window.welcome.text()
    assert not window.side_panel.isVisible()
    assert window.editor.isReadOnly()


def test_import_reports_refused_files_in_one_message(
    qtbot, monkeypatch, tmp_path, project_path, make_window, wait_idle, seed_paths
):
    broken = tmp_path / "cover.txt"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    window = make_window(Project.create(project_path))
    shown = []
    monkeypatch.setattr(dialogs, "show_refused", lambda parent, reasons: shown.append(reasons))
    picked = [str(broken), str(seed_paths[0]), str(empty)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (picked, "")))
    with qtbot.waitSignal(window.import_finished, timeout=10000) as done:
        window.actions_by_name["import"].trigger()
    assert done.args == [1]
    assert len(shown) == 1
    assert len(shown[0]) == 2
    assert shown[0][0].startswith(str(broken))
    assert shown[0][1].startswith(str(empty))
    assert all("\n" not in reason for reason in shown[0])
    assert [d.title for d in window.project.documents()] == [seed_paths[0].stem]
    wait_idle(window)


def test_dropping_files_imports_them(qtbot, project_path, make_window, wait_idle, seed_paths):
    window = make_window(Project.create(project_path))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in seed_paths[:2]])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.import_finished, timeout=10000) as done:
        window.dropEvent(event)
    assert done.args == [2]
    assert window.chapter_model.rowCount() == 2
    wait_idle(window)


def test_theme_toggle(make_window):
    window = make_window(None)
    base = QApplication.palette().color(QPalette.ColorRole.Base).name()
    assert (prefs.theme_name(), base) == ("light", "#fbf9f4")
    window.actions_by_name["dark"].trigger()
    assert prefs.theme_name() == "dark"
    assert window.actions_by_name["dark"].isChecked()
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == "#1d1f22"
    window.actions_by_name["dark"].trigger()
    assert prefs.theme_name() == "light"
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == "#fbf9f4"


def test_recent_projects_menu(tmp_path, make_window, wait_idle):
    first = tmp_path / "first.continuity"
    second = tmp_path / "second.continuity"
    window = make_window(None)
    window.open_path(first)
    window.open_path(second)
    wait_idle(window)
    assert prefs.recent_projects() == [str(second.resolve()), str(first.resolve())]
    window.files.fill_recent_menu()
    menu = window.actions_by_name["recent"]
    assert [a.text() for a in menu.actions()] == ["second.continuity", "first.continuity"]
    menu.actions()[1].trigger()
    assert Path(window.project.path).resolve() == first.resolve()
    wait_idle(window)


def test_save_as_copies_and_continues_in_the_copy(
    monkeypatch, project_path, tmp_path, make_window, wait_idle
):
    project = Project.create(project_path)
    project.add_documents([("One", "Anna walked home.")])
    window = make_window(project)
    wait_idle(window)
    target = tmp_path / "copy.continuity"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.actions_by_name["save_as"].trigger()
    wait_idle(window)
    assert Path(window.project.path).resolve() == target.resolve()
    assert [d.text for d in window.project.documents()] == ["Anna walked home."]
    assert window.project.integrity_ok()


def test_geometry_and_splitter_are_remembered(project_path, make_window, wait_idle):
    project = Project.create(project_path)
    project.add_documents([("One", "Anna walked home.")])
    window = make_window(project)
    window.resize(700, 500)  # smaller than the offscreen screen, so nothing is clamped
    window.splitter.setSizes([150, 300, 230])
    sizes = window.splitter.sizes()
    wait_idle(window)
    window.close()
    again = make_window(Project.open(project_path))
    assert (again.width(), again.height()) == (700, 500)
    assert again.splitter.sizes() == sizes
    wait_idle(again)


def test_about_names_the_version(monkeypatch, make_window):
    window = make_window(None)
    seen = []
    monkeypatch.setattr(dialogs, "show_about", lambda parent: seen.append(app.__version__))
    window.actions_by_name["about"].trigger()
    assert seen == ["0.1.0"]


@contextmanager
def _launched(gui_app, paths: list[str], project: str | None) -> Iterator[MainWindow]:
    """Run app.gui.launch until its window is idle, hand that window over, close it after."""
    windows = []

    def quit_when_idle():
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        if window.busy:
            QTimer.singleShot(50, quit_when_idle)
            return
        windows.append(window)
        # One exit only: a second queued quit (closing the last window also quits) would
        # end the next test's event loops at once.
        QApplication.instance().exit(0)

    gui_app.setQuitOnLastWindowClosed(False)
    try:
        QTimer.singleShot(50, quit_when_idle)
        assert app.gui.launch(paths, project) == 0
        yield windows[0]
        windows[0].close()
    finally:
        gui_app.setQuitOnLastWindowClosed(True)


def test_launch_creates_imports_and_runs(tmp_path, seed_paths, gui_app):
    target = tmp_path / "build" / "seeds.continuity"
    with _launched(gui_app, [str(seed_paths[0].parent)], str(target)) as window:
        assert window.isVisible()
        assert window.chapter_model.rowCount() == len(seed_paths)
    QThreadPool.globalInstance().waitForDone()
    with Project.open(target) as project:
        assert [d.title for d in project.documents()] == [p.stem for p in seed_paths]
        assert project.entities(EntityKind.CHARACTER)  # analysis results were saved


def test_unsaved_typing_survives_an_import(qtbot, project_path, make_window, wait_idle, seed_paths):
    project = Project.create(project_path)
    (doc_id,) = project.add_documents([("Draft", "Start.")])
    window = make_window(project)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " More.")
    with qtbot.waitSignal(window.import_finished, timeout=10000):
        window.import_paths([seed_paths[0]])
    wait_idle(window)
    assert project.document(doc_id).text == "Start. More."
    assert window.editor.document_id == doc_id
    assert window.editor.text() == "Start. More."


def test_reopening_the_open_project_keeps_it_writable(project_path, make_window, wait_idle):
    window = make_window(Project.create(project_path))
    first = window.project
    assert window.open_path(project_path) is first
    assert not window.project.read_only
    wait_idle(window)


def test_clicking_a_chapter_opens_it(qtbot, seeded):
    view = seeded.chapter_list
    index = seeded.chapter_model.index(2, 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    third = seeded.project.documents()[2]
    assert seeded.editor.document_id == third.id
    assert seeded.editor.text() == third.text
    assert seeded.chapter_title.text() == third.title


def test_new_and_open_from_the_file_menu(monkeypatch, tmp_path, make_window, wait_idle):
    window = make_window(None)
    target = tmp_path / "Fresh"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.actions_by_name["new"].trigger()
    created = target.with_suffix(".continuity")
    assert created.exists()
    assert Path(window.project.path).resolve() == created.resolve()
    assert window.centre.currentWidget() is window.welcome  # no chapters yet
    wait_idle(window)

    other = tmp_path / "other.continuity"
    Project.create(other).close()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    window.actions_by_name["open"].trigger()
    assert Path(window.project.path).resolve() == other.resolve()
    assert not window.project.read_only
    wait_idle(window)


def test_launch_without_arguments_reopens_the_last_project(tmp_path, gui_app):
    recent = tmp_path / "last.continuity"
    with Project.create(recent) as project:
        project.add_documents([("One", "Anna.")])
    prefs.add_recent_project(recent)
    with _launched(gui_app, [], None) as window:
        assert Path(window.project.path).resolve() == recent.resolve()
        assert window.editor.text() == "Anna."


def test_cancelled_import_leaves_the_project_as_it_was(qtbot, project_path, make_window,
                                                       wait_idle, seed_paths):
    from app.store import Project

    project = Project.create(project_path)
    project.add_documents([("Prologue", "It began.")])
    window = make_window(project)
    wait_idle(window)
    before = [(d.id, d.title, d.text) for d in window.project.documents()]
    window.import_paths(seed_paths)
    assert window.cancel_button.isVisible()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(window)
    assert [(d.id, d.title, d.text) for d in window.project.documents()] == before
    assert "cancelled" in window.analysis_label.text()
