"""The story bible: a page per character, opened by double-click or "Details…"; notes kept;
rename everywhere as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from app.core.model import EntityKind
from app.gui import dialogs
from app.gui.entity_detail import EntityDetailDialog
from app.store import Project


def _double_click_row(qtbot, view, row):
    index = view.model().index(row, 0)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _sophie_row(window):
    rows = window.side_panel.characters.model.rows()
    return next(i for i, e in enumerate(rows) if e.name.startswith("Sophie"))


def _open_sophie(qtbot, window) -> EntityDetailDialog:
    _double_click_row(qtbot, window.side_panel.characters.list_view, _sophie_row(window))
    dialog = window.entity_details.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_double_click_opens_the_page_with_chapters_and_appearances(qtbot, seeded):
    entity = seeded.side_panel.characters.model.rows()[_sophie_row(seeded)]
    dialog = _open_sophie(qtbot, seeded)
    project = seeded.project
    assert dialog.title_label.text() == entity.name
    assert dialog.aliases_label.text() == (", ".join(entity.aliases) or "No other spellings")
    order = [doc.id for doc in project.documents()]
    mentions = sorted(
        project.mentions(entity.id), key=lambda m: (order.index(m.document_id), m.start)
    )
    table = dialog.chapter_model
    expected = [
        (
            order.index(doc_id) + 1,
            project.document(doc_id).title,
            sum(1 for m in mentions if m.document_id == doc_id),
        )
        for doc_id in order
        if any(m.document_id == doc_id for m in mentions)
    ]
    shown = [tuple(table.index(r, c).data() for c in range(3)) for r in range(table.rowCount())]
    assert shown == expected
    assert (
        f"{len(mentions)} mentions in {len(expected)} of 3 chapters" in dialog.summary_label.text()
    )

    first, last = mentions[0], mentions[-1]
    assert dialog.first_button.text().startswith(project.document(first.document_id).title)
    qtbot.mouseClick(dialog.last_button, Qt.MouseButton.LeftButton)
    assert (seeded.editor.document_id, seeded.editor.selected_text()) == (
        last.document_id,
        last.text,
    )
    qtbot.mouseClick(dialog.first_button, Qt.MouseButton.LeftButton)
    assert (seeded.editor.document_id, seeded.editor.selected_text()) == (
        first.document_id,
        first.text,
    )
    # Double-clicking a chapter row opens that chapter at its first mention.
    view = dialog.chapter_table
    row = table.rowCount() - 1
    _double_click_row(qtbot, view, row)
    chapter_first = next(m for m in mentions if m.document_id == order[-1])
    assert (seeded.editor.document_id, seeded.editor.selected_text()) == (
        chapter_first.document_id,
        chapter_first.text,
    )


def test_notes_are_saved_and_survive_reopening(qtbot, seeded, project_path, make_window, wait_idle):
    dialog = _open_sophie(qtbot, seeded)
    name = dialog.name
    qtbot.keyClicks(dialog.notes, "Painter. Green eyes.")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert seeded.project.entity_note(name) == "Painter. Green eyes."
    seeded.close()

    again = make_window(Project.open(project_path))
    wait_idle(again)
    reopened = _open_sophie(qtbot, again)
    assert reopened.notes.toPlainText() == "Painter. Green eyes."
    qtbot.keyClick(reopened.notes, Qt.Key.Key_End)
    qtbot.keyClicks(reopened.notes, " Lives in Lyon.")
    qtbot.waitUntil(
        lambda: again.project.entity_note(name) == "Painter. Green eyes. Lives in Lyon.",
        timeout=3000,
    )  # saved after a pause in typing, without closing the page


def test_details_from_the_context_menu_and_page_follows_analysis(qtbot, seeded, wait_idle):
    entity = seeded.side_panel.characters.model.rows()[0]
    menu = seeded.review.entity_menu(entity, [entity.name])
    details = next(a for a in menu.actions() if a.text() == "Details…")
    details.trigger()
    dialog = seeded.entity_details.dialog
    assert dialog is not None
    assert dialog.name == entity.name
    seeded.review.not_entity(entity.name)  # the analysis stops finding the name
    wait_idle(seeded)
    assert dialog.summary_label.text() == "The latest analysis no longer finds this name."
    assert dialog.chapter_model.rowCount() == 0


def test_rename_everywhere_is_one_undoable_step(qtbot, monkeypatch, seeded, wait_idle):
    project = seeded.project
    before = {doc.id: doc.text for doc in project.documents()}
    entity = next(e for e in project.entities(EntityKind.CHARACTER) if e.name.startswith("Sophie"))
    assert entity.name == "Sophie Dumas"
    assert "Sophie" in entity.aliases
    project.set_entity_note(entity.name, "Arrives by train.")
    monkeypatch.setattr(dialogs, "ask_new_name", lambda parent, name: "Sonia Dumas")
    menu = seeded.review.entity_menu(entity, [entity.name])
    next(a for a in menu.actions() if a.text() == "Rename everywhere…").trigger()
    wait_idle(seeded)
    after = {doc.id: doc.text for doc in project.documents()}
    old = entity.name
    assert seeded.editor.text() == after[seeded.editor.document_id]
    # The short form made of the name's own words follows: "Sophie" becomes "Sonia".
    expected = {
        doc_id: text.replace(old, "Sonia Dumas").replace("Sophie", "Sonia")
        for doc_id, text in before.items()
    }
    assert after == expected
    names = [e.name for e in project.entities(EntityKind.CHARACTER)]
    assert "Sonia Dumas" in names
    assert not any("Sophie" in n for n in names)
    assert project.entity_note("Sonia Dumas") == project.entity_note(old)

    edit_menu = seeded.menuBar().actions()[1].menu()
    edit_menu.aboutToShow.emit()
    undo = seeded.actions_by_name["undo_rename"]
    assert undo.isEnabled()
    assert undo.text() == f"Undo “rename ‘{old}’ to ‘Sonia Dumas’”"
    undo.trigger()
    wait_idle(seeded)
    assert {doc.id: doc.text for doc in project.documents()} == before
    edit_menu.aboutToShow.emit()
    assert not undo.isEnabled()


def test_opening_another_project_closes_the_page(qtbot, seeded, tmp_path, wait_idle):
    dialog = _open_sophie(qtbot, seeded)
    qtbot.keyClicks(dialog.notes, "A thought.")
    name = dialog.name
    old = seeded.project
    # Going back to the main window takes the focus from the notes, which saves them.
    QApplication.sendEvent(dialog.notes, QFocusEvent(QEvent.Type.FocusOut))
    assert old.entity_note(name) == "A thought."
    seeded.open_path(tmp_path / "other.continuity")
    wait_idle(seeded)
    assert seeded.entity_details.dialog is None  # the page about the old project is gone
    with Project.open(old.path) as reopened:
        assert reopened.entity_note(name) == "A thought."


def test_read_only_window_shows_pages_and_chart_without_writing(
    qtbot, seeded, project_path, make_window
):
    seeded.project.set_entity_note("Sophie Dumas", "Kept.")
    second = make_window(Project.open(project_path))  # the first window holds the lock
    assert second.project.read_only
    dialog = _open_sophie(qtbot, second)
    assert dialog.notes.isReadOnly()
    assert dialog.notes.toPlainText() == "Kept."
    assert dialog.chapter_model.rowCount() > 0
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    second.actions_by_name["presence"].trigger()
    assert second.presence.chart.model.rowCount() > 1
