"""The review round trip a novelist makes: import, find the Sofie/Sophie warning, open it,
dismiss it, and find it still dismissed after reopening the project."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.core.model import WarningKind, WarningStatus
from app.gui import dialogs
from app.gui.main_window import MainWindow
from app.store import Project


def _sofie_sophie(window: MainWindow):
    return [
        w
        for w in window.side_panel.warnings.model.warnings()
        if w.kind == WarningKind.NAME_VARIANT and {"Sofie", "Sophie"} <= set(w.names)
    ]


def test_import_dismiss_and_reopen(
    qtbot, monkeypatch, project_path, make_window, wait_idle, seed_paths
):
    window = make_window(Project.create(project_path))
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *args, **kwargs: ([str(p) for p in seed_paths], "")),
    )
    with qtbot.waitSignal(window.import_finished, timeout=10000) as imported:
        window.actions_by_name["import"].trigger()
    assert imported.args == [3]
    wait_idle(window)
    assert [doc.title for doc in window.chapter_model.rows()] == [p.stem for p in seed_paths]

    panel = window.side_panel
    tab_bar = panel.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(3).center())
    assert panel.currentWidget() is panel.warnings
    found = _sofie_sophie(window)
    assert len(found) == 1
    warning = found[0]

    view = panel.warnings.list_view
    index = panel.warnings.model.index(panel.warnings.model.row_of_key(warning.key), 0)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    first = warning.evidence[0]
    assert window.editor.document_id == first.document_id
    chapter = window.project.document(first.document_id)
    assert window.chapter_title.text() == chapter.title
    assert window.editor.text() == chapter.text
    assert window.editor.selected_text() == first.text
    assert window.editor.selected_text() in {"Sofie", "Sophie"}

    monkeypatch.setattr(dialogs, "ask_dismiss_reason", lambda parent: "Two different women")
    qtbot.mouseClick(panel.warnings.dismiss_button, Qt.MouseButton.LeftButton)
    assert _sofie_sophie(window) == []
    dismissed = window.project.warnings(WarningStatus.DISMISSED)
    assert [(w.key, w.reason) for w in dismissed if w.key == warning.key] == [
        (warning.key, "Two different women")
    ]

    window.close()
    assert window.project is None

    reopened = Project.open(project_path)
    assert reopened.locked_by is None
    second = make_window(reopened)
    wait_idle(second)
    assert _sofie_sophie(second) == []
    assert warning.key not in {w.key for w in reopened.warnings(WarningStatus.OPEN)}
    second.side_panel.warnings.show_dismissed.setChecked(True)
    shown = [w for w in second.side_panel.warnings.model.warnings() if w.key == warning.key]
    assert [w.status for w in shown] == [WarningStatus.DISMISSED]
