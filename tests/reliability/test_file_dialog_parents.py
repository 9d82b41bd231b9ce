"""File menu dialogs get the window as parent: anything else makes PySide6 raise TypeError,
so New, Open and Save as would fail for a real writer while stubbed dialogs hide it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from app.gui import dialogs
from app.store import Project


def strict(answer, parents):
    def dialog(parent, *args, **kwargs):
        assert isinstance(parent, QWidget), f"dialog parent is {type(parent).__name__}"
        parents.append(parent)
        return answer

    return staticmethod(dialog)


def test_file_menu_dialogs_have_the_window_as_parent(
    monkeypatch, tmp_path, make_window, wait_idle
):
    window = make_window(None)
    parents: list[QWidget] = []
    fresh = tmp_path / "Fresh.continuity"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", strict((str(fresh), ""), parents))
    window.actions_by_name["new"].trigger()
    assert Path(window.project.path) == fresh
    wait_idle(window)

    errors = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, text: errors.append((parent, title))
    )
    window.actions_by_name["new"].trigger()  # the same name again: "Project exists"
    assert errors == [(window, "Project exists")]

    other = tmp_path / "other.continuity"
    Project.create(other).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", strict((str(other), ""), parents))
    window.actions_by_name["open"].trigger()
    assert Path(window.project.path) == other
    wait_idle(window)

    copy = tmp_path / "copy.continuity"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", strict((str(copy), ""), parents))
    window.actions_by_name["save_as"].trigger()
    assert Path(window.project.path) == copy
    wait_idle(window)

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", strict(([], ""), parents))
    window.actions_by_name["import"].trigger()
    assert parents == [window] * 5
