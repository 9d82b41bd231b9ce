"""The review panel: counts in tab titles, occurrences, highlighting, walking, decisions."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.model import EntityKind, WarningKind, WarningStatus
from app.gui import dialogs


def _click_row(qtbot, view, row):
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_tabs_show_counts_from_the_store(seeded):
    project = seeded.project
    titles = [seeded.side_panel.tabText(i) for i in range(4)]
    assert titles == [
        f"Characters ({len(project.entities(EntityKind.CHARACTER))})",
        f"Places ({len(project.entities(EntityKind.PLACE))})",
        f"Phrases ({len(project.phrases())})",
        f"Warnings ({len(project.warnings(WarningStatus.OPEN))})",
    ]
    assert len(project.entities(EntityKind.CHARACTER)) > 0
    count = len(project.warnings(WarningStatus.OPEN))
    assert seeded.analysis_label.text() == f"{count} warning{'s' if count != 1 else ''}"


def test_clicking_a_character_lists_and_highlights_its_occurrences(qtbot, seeded):
    tab = seeded.side_panel.characters
    rows = tab.model.rows()
    row = next(i for i, e in enumerate(rows) if e.name.startswith("Sofie"))
    _click_row(qtbot, tab.list_view, row)
    entity = rows[row]
    mentions = seeded.project.mentions(entity.id)
    assert [(m.document_id, m.start) for m in tab.occurrences.rows()] == sorted(
        (m.document_id, m.start) for m in mentions
    )
    current = seeded.editor.document_id
    expected = sorted((m.start, m.end) for m in mentions if m.document_id == current)
    assert expected  # Sofie appears in the first chapter, which is open
    assert seeded.editor.highlighter.spans() == expected  # seed text is all in the BMP


def test_next_and_previous_walk_occurrences_across_chapters(qtbot, seeded):
    tab = seeded.side_panel.characters
    rows = tab.model.rows()
    row = next(
        i
        for i, e in enumerate(rows)
        if len({m.document_id for m in seeded.project.mentions(e.id)}) >= 2
    )
    _click_row(qtbot, tab.list_view, row)
    occurrences = tab.occurrences.rows()
    seen = []
    for _ in occurrences:
        qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
        seen.append((seeded.editor.document_id, seeded.editor.selected_text()))
    assert seen == [(m.document_id, m.text) for m in occurrences]
    assert tab.position_label.text() == f"{len(occurrences)} of {len(occurrences)}"
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)  # wraps to the first
    assert seeded.editor.document_id == occurrences[0].document_id
    qtbot.mouseClick(tab.previous_button, Qt.MouseButton.LeftButton)  # and back to the last
    assert (seeded.editor.document_id, seeded.editor.selected_text()) == (
        occurrences[-1].document_id,
        occurrences[-1].text,
    )


def test_f8_steps_through_warnings(qtbot, seeded):
    warnings = seeded.side_panel.warnings.model.warnings()
    assert len(warnings) >= 2
    seeded.editor.setFocus()
    qtbot.keyClick(seeded, Qt.Key.Key_F8)
    assert seeded.side_panel.currentWidget() is seeded.side_panel.warnings
    assert seeded.side_panel.warnings.current_warning().key == warnings[0].key
    first = warnings[0].evidence[0]
    assert (seeded.editor.document_id, seeded.editor.selected_text()) == (
        first.document_id,
        first.text,
    )
    qtbot.keyClick(seeded, Qt.Key.Key_F8)
    assert seeded.side_panel.warnings.current_warning().key == warnings[1].key
    qtbot.keyClick(seeded, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert seeded.side_panel.warnings.current_warning().key == warnings[0].key


def test_show_dismissed_and_restore(qtbot, monkeypatch, seeded, wait_idle):
    panel = seeded.side_panel.warnings
    warning = panel.model.warnings()[0]
    open_before = len(seeded.project.warnings(WarningStatus.OPEN))
    monkeypatch.setattr(dialogs, "ask_dismiss_reason", lambda parent: "")
    panel.select_key(warning.key)
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert warning.key not in {w.key for w in panel.model.warnings()}
    assert seeded.side_panel.tabText(3) == f"Warnings ({open_before - 1})"

    panel.show_dismissed.setChecked(True)
    assert panel.select_key(warning.key)
    assert panel.restore_button.isEnabled()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert [w.status for w in seeded.project.warnings(None) if w.key == warning.key] == [
        WarningStatus.OPEN
    ]
    assert seeded.side_panel.tabText(3) == f"Warnings ({open_before})"


def test_cancelled_dismiss_changes_nothing(qtbot, monkeypatch, seeded):
    panel = seeded.side_panel.warnings
    warning = panel.model.warnings()[0]
    monkeypatch.setattr(dialogs, "ask_dismiss_reason", lambda parent: None)
    panel.select_key(warning.key)
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert warning.key in {w.key for w in seeded.project.warnings(WarningStatus.OPEN)}


def test_not_a_character_is_remembered_and_reanalysed(seeded, wait_idle):
    name = seeded.side_panel.characters.model.rows()[0].name
    seeded.review.not_entity(name)
    wait_idle(seeded)
    assert name in seeded.project.decisions().not_entities
    assert name not in [e.name for e in seeded.project.entities(EntityKind.CHARACTER)]
    assert name not in [e.name for e in seeded.side_panel.characters.model.rows()]


def test_entity_menu_offers_the_decisions(seeded):
    entity = seeded.side_panel.characters.model.rows()[0]
    menu = seeded.review.entity_menu(entity, [entity.name, "Someone"])
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Details…",
        "Not a character",
        "Change kind",
        "Add alias…",
        "Merge into…",
        "Rename everywhere…",
        f"Never warn about ‘{entity.name}’",
        "Note…",
    ]


def test_merge_and_note_go_through_the_project(monkeypatch, seeded, wait_idle):
    monkeypatch.setattr(dialogs, "ask_merge_target", lambda parent, name, choices: "Sophie")
    monkeypatch.setattr(dialogs, "ask_note", lambda parent, name, current: "Painter, Paris.")
    seeded.review.merge("Sofie", ["Sophie"])
    seeded.review.note("Sophie")
    wait_idle(seeded)
    assert seeded.project.decisions().aliases["Sofie"] == "Sophie"
    assert seeded.project.entity_note("Sophie") == "Painter, Paris."


def _variant(window):
    return next(
        w
        for w in window.side_panel.warnings.model.warnings()
        if w.kind == WarningKind.NAME_VARIANT and {"Sofie", "Sophie"} <= set(w.names)
    )


def test_these_are_different_people(seeded, wait_idle):
    warning = _variant(seeded)
    menu = seeded.review.warning_menu(warning)
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels[0] == "These are different people"
    assert {f"Use ‘{n}’ everywhere" for n in warning.names} | {
        f"Never warn about ‘{n}’" for n in warning.names
    } == set(labels[1:])
    menu.actions()[0].trigger()
    wait_idle(seeded)
    assert frozenset({"Sofie", "Sophie"}) in seeded.project.decisions().different
    assert warning.key not in {w.key for w in seeded.project.warnings(WarningStatus.OPEN)}


def test_use_one_spelling_everywhere(seeded, wait_idle):
    before = {doc.id: doc.text for doc in seeded.project.documents()}
    changed = seeded.review.use_everywhere("Sophie", ["Sofie", "Sophie"])
    wait_idle(seeded)
    after = {doc.id: doc.text for doc in seeded.project.documents()}
    assert changed == sum(1 for text in before.values() if "Sofie" in text)
    for doc_id, text in before.items():
        assert after[doc_id] == text.replace("Sofie", "Sophie")
    assert seeded.editor.text() == after[seeded.editor.document_id]
    assert not any(
        {"Sofie", "Sophie"} <= set(w.names) for w in seeded.project.warnings(WarningStatus.OPEN)
    )


def test_use_everywhere_shows_a_preview_first(seeded, wait_idle, accept_change_previews):
    seeded.review.use_everywhere("Sophie", ["Sofie", "Sophie"])
    wait_idle(seeded)
    ((label, summary, details),) = accept_change_previews
    sofie_lines = sum(
        1 for doc in seeded.project.documents() for line in doc.text.splitlines()
        if "Sophie" in line
    )
    assert label == "use ‘Sophie’ everywhere"
    assert summary.startswith("This changes ")
    assert "000_5a428b6d098e7ab0: " in details
    assert "  − Sofie Laurent stepped out of her small apartment" in details
    assert "  + Sophie Laurent stepped out of her small apartment" in details
    assert sofie_lines > 0


def test_cancelling_the_preview_changes_nothing(monkeypatch, seeded, wait_idle):
    before = {doc.id: doc.text for doc in seeded.project.documents()}
    monkeypatch.setattr(dialogs, "confirm_changes", lambda *args: False)
    assert seeded.review.use_everywhere("Sophie", ["Sofie", "Sophie"]) == 0
    wait_idle(seeded)
    assert {doc.id: doc.text for doc in seeded.project.documents()} == before
    assert seeded.review.last_rename is None


def test_change_kind_and_add_alias(monkeypatch, seeded, wait_idle):
    name = seeded.side_panel.characters.model.rows()[0].name
    seeded.review.set_kind(name, EntityKind.PLACE)
    monkeypatch.setattr(dialogs, "ask_alias", lambda parent, name: "Sofie")
    seeded.review.add_alias("Sophie")
    wait_idle(seeded)
    decisions = seeded.project.decisions()
    assert decisions.kinds[name] == EntityKind.PLACE
    assert decisions.aliases["Sofie"] == "Sophie"
    assert name in [e.name for e in seeded.side_panel.places.model.rows()]
    assert name not in [e.name for e in seeded.side_panel.characters.model.rows()]


def test_use_everywhere_is_one_undoable_step(seeded, wait_idle):
    before = {doc.id: doc.text for doc in seeded.project.documents()}
    seeded.review.use_everywhere("Sofie", ["Sofie", "Sophie"])
    wait_idle(seeded)
    assert all("Sophie" not in doc.text for doc in seeded.project.documents())
    seeded.actions_by_name["undo_rename"].trigger()
    wait_idle(seeded)
    assert {doc.id: doc.text for doc in seeded.project.documents()} == before
    assert seeded.editor.text() == before[seeded.editor.document_id]
    assert seeded.review.last_rename is None


def test_undo_rename_refuses_after_later_edits(qtbot, monkeypatch, seeded, wait_idle):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(title))
    seeded.review.use_everywhere("Sophie", ["Sofie", "Sophie"])
    wait_idle(seeded)
    qtbot.keyClicks(seeded.editor, "New words. ")
    assert seeded.review.undo_rename() is False
    assert errors == ["Cannot undo"]
    assert "New words. " in seeded.project.document(seeded.editor.document_id).text
    wait_idle(seeded)
