"""Ways in and out: split-chapter import, manuscript and report export, find and replace
across all chapters."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.core.exporter import render_manuscript
from app.core.importer import import_paths
from app.core.model import WarningStatus
from app.gui.export_actions import REPORT_TYPES, choose_format
from app.store import Project


def _save_to(monkeypatch, path, chosen=""):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), chosen))
    )


def test_gui_import_splits_a_text_file_at_chapter_headings(
    qtbot, monkeypatch, tmp_path, project_path, make_window, wait_idle
):
    book = tmp_path / "Emma.txt"
    book.write_text(
        "EMMA\n\nCHAPTER I\n\nEmma was handsome.\n\nCHAPTER II\n\nMr. Weston came.\n",
        encoding="utf-8",
    )
    window = make_window(Project.create(project_path))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(book)], ""))
    )
    with qtbot.waitSignal(window.import_finished, timeout=10000) as done:
        window.actions_by_name["import"].trigger()
    assert done.args == [3]
    assert [d.title for d in window.chapter_model.rows()] == [
        "Emma",
        "Emma — CHAPTER I",
        "Emma — CHAPTER II",
    ]
    assert [d.title for d in import_paths([book]).documents] == ["Emma"]  # the CLI's view
    wait_idle(window)


@pytest.mark.parametrize(("name", "chosen"), [("book.md", ""), ("book", "Plain text (*.txt)")])
def test_export_manuscript(monkeypatch, tmp_path, seeded, name, chosen):
    _save_to(monkeypatch, tmp_path / name, chosen)
    seeded.actions_by_name["export_manuscript"].trigger()
    documents = seeded.project.documents()
    fmt = "md" if name.endswith(".md") else "txt"
    written = (tmp_path / f"book.{fmt}").read_text(encoding="utf-8")
    assert written == render_manuscript([(d.title, d.text) for d in documents], fmt)
    first_heading = f"# {documents[0].title}" if fmt == "md" else documents[0].title
    assert written.startswith(first_heading + "\n\n" + documents[0].text[:40])
    positions = [written.index(d.title) for d in documents]
    assert positions == sorted(positions)  # chapters in reading order
    assert str(tmp_path) in seeded.statusBar().currentMessage()


def test_export_manuscript_includes_unsaved_typing(qtbot, monkeypatch, tmp_path, seeded):
    seeded.editor.moveCursor(seeded.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(seeded.editor, " Fresh words.")
    _save_to(monkeypatch, tmp_path / "book.txt")
    seeded.actions_by_name["export_manuscript"].trigger()
    assert "Fresh words." in (tmp_path / "book.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", [".html", ".md", ".csv"])
def test_export_report(monkeypatch, tmp_path, seeded, suffix):
    target = tmp_path / f"report{suffix}"
    _save_to(monkeypatch, target)
    seeded.actions_by_name["export_report"].trigger()
    text = target.read_text(encoding="utf-8")
    warnings = seeded.project.warnings(WarningStatus.OPEN)
    assert warnings
    if suffix == ".csv":
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        assert len(rows) == sum(max(len(w.evidence), 1) for w in warnings)
        assert {r["message"] for r in rows} == {w.message for w in warnings}
        titles = {d.title for d in seeded.project.documents()}
        assert {r["document"] for r in rows} <= titles
    elif suffix == ".html":
        assert text.startswith("<!doctype html>")
        assert f"Warnings ({len(warnings)})" in text
    else:
        assert text.startswith("# Continuity report")
        assert f"{len(warnings)} warnings." in text
        assert "Sophie" in text


def test_dismissed_warnings_stay_out_of_the_report(monkeypatch, tmp_path, seeded):
    warning = seeded.project.warnings(WarningStatus.OPEN)[0]
    seeded.project.set_warning_status(warning.key, WarningStatus.DISMISSED)
    _save_to(monkeypatch, tmp_path / "r.csv")
    seeded.actions_by_name["export_report"].trigger()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text(), newline="")))
    assert warning.message not in {r["message"] for r in rows}


def test_report_format_from_suffix_or_filter(tmp_path):
    assert choose_format(str(tmp_path / "r.HTM"), "", REPORT_TYPES) == (tmp_path / "r.HTM", "html")
    assert choose_format(str(tmp_path / "r"), "Spreadsheet (*.csv)", REPORT_TYPES) == (
        tmp_path / "r.csv",
        "csv",
    )


def test_find_and_replace_across_all_chapters(qtbot, seeded, wait_idle):
    project = seeded.project
    documents = project.documents()
    assert seeded.editor.document_id == documents[0].id
    assert "Sophie" not in documents[0].text  # only the later chapters say "Sophie"
    qtbot.keyClick(seeded.editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = seeded.find_bar
    assert bar.isVisible()
    assert bar.all_chapters.isVisible()
    qtbot.keyClicks(bar.find_edit, "Sophie")
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert bar.status.text() == "Not found"  # this chapter only, by default

    bar.all_chapters.setChecked(True)
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    second = next(d for d in documents if "Sophie" in d.text)
    assert seeded.editor.document_id == second.id
    assert seeded.editor.selected_text() == "Sophie"
    assert seeded.editor.textCursor().selectionStart() == second.text.index("Sophie")

    before = {d.id: d.text for d in documents}
    qtbot.keyClicks(bar.replace_edit, "Sonia")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    wait_idle(seeded)
    expected = sum(text.count("Sophie") for text in before.values())
    chapters = sum(1 for text in before.values() if "Sophie" in text)
    assert bar.status.text() == f"Replaced {expected} in {chapters} chapters"
    after = {d.id: d.text for d in project.documents()}
    assert after == {i: t.replace("Sophie", "Sonia") for i, t in before.items()}
    assert seeded.editor.text() == after[seeded.editor.document_id]

    seeded.actions_by_name["undo_rename"].trigger()  # Edit > Undo “replace … in all chapters”
    wait_idle(seeded)
    assert {d.id: d.text for d in project.documents()} == before
