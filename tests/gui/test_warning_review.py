"""Reviewing warnings: never warn about a name, "new" since the last review, evidence with
spellings and counts, dismissals that survive edits elsewhere and re-import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.core.model import WarningKind, WarningStatus
from app.gui import dialogs
from app.gui.models import NEW_ROLE
from app.store import Project


def _variant(window):
    return next(
        w
        for w in window.side_panel.warnings.model.warnings()
        if w.kind == WarningKind.NAME_VARIANT and {"Sofie", "Sophie"} <= set(w.names)
    )


def _names_warned(window) -> set[str]:
    return {n for w in window.project.warnings(WarningStatus.OPEN) for n in w.names}


def test_never_warn_about_a_name_is_kept_and_respected(
    seeded, project_path, make_window, wait_idle
):
    warning = _variant(seeded)
    menu = seeded.review.warning_menu(warning)
    next(a for a in menu.actions() if a.text() == "Never warn about ‘Sofie’").trigger()
    wait_idle(seeded)
    assert "Sofie" in seeded.project.decisions().suppressed_names
    assert "Sofie" not in _names_warned(seeded)
    assert not any("Sofie" in w.names for w in seeded.side_panel.warnings.model.warnings())
    seeded.close()
    again = make_window(Project.open(project_path))
    wait_idle(again)
    assert "Sofie" not in _names_warned(again)


def test_new_warnings_are_marked_until_reviewed(qtbot, seeded, wait_idle):
    panel = seeded.side_panel.warnings
    model = panel.model
    rows = [r for r in range(model.rowCount()) if not isinstance(model.row_at(r), str)]
    assert all(w.is_new for w in seeded.project.warnings(None))  # never reviewed: all new,
    assert not any(model.index(r, 0).data(NEW_ROLE) for r in rows)  # but no marks as noise
    assert panel.reviewed_button.isEnabled()
    qtbot.mouseClick(panel.reviewed_button, Qt.MouseButton.LeftButton)
    assert not any(w.is_new for w in seeded.project.warnings(None))
    assert not any(model.index(r, 0).data(NEW_ROLE) for r in rows)
    assert not panel.reviewed_button.isEnabled()
    reviewed = {w.key for w in seeded.project.warnings(None)}

    # New words bring a new warning (a sentence written in the first paragraph and again in
    # the last), marked new; the rest not.
    repeated = " The silver lantern swung above the quiet harbour wall."
    for end in (seeded.editor.textCursor().MoveOperation.Start,
                seeded.editor.textCursor().MoveOperation.End):
        seeded.editor.moveCursor(end)
        qtbot.keyClicks(seeded.editor, repeated)
    seeded.flush_edits()
    seeded.reanalyse()
    wait_idle(seeded)
    warnings = seeded.project.warnings(WarningStatus.OPEN)
    fresh = {w.key for w in warnings if w.is_new}
    assert fresh
    assert fresh == {w.key for w in warnings} - reviewed
    marked = {
        model.row_at(r).key
        for r in range(model.rowCount())
        if not isinstance(model.row_at(r), str) and model.index(r, 0).data(NEW_ROLE)
    }
    assert marked == fresh
    assert panel.reviewed_button.isEnabled()
    seeded.actions_by_name["mark_reviewed"].trigger()
    assert not any(w.is_new for w in seeded.project.warnings(None))


def test_evidence_tooltip_names_each_spelling_and_how_often(seeded):
    warning = _variant(seeded)
    model = seeded.side_panel.warnings.model
    tooltip = model.index(model.row_of_key(warning.key), 0).data(Qt.ItemDataRole.ToolTipRole)
    for spelling in ("Sofie", "Sophie"):
        count = sum(1 for m in warning.evidence if m.text == spelling)
        assert f"“{spelling}” ×{count} — " in tooltip
    assert "(" in warning.message  # the message itself carries the counts too


def test_dismissal_survives_edits_elsewhere_and_reimport(
    qtbot, monkeypatch, seeded, wait_idle, seed_paths
):
    panel = seeded.side_panel.warnings
    warning = _variant(seeded)
    monkeypatch.setattr(dialogs, "ask_dismiss_reason", lambda parent: "Two women")
    assert panel.select_key(warning.key)
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert warning.key not in {w.key for w in panel.model.warnings()}

    # Write more in another chapter, away from the evidence (one more "Sophie", so the
    # counts in the message change), and let the analysis run again.
    other = seeded.project.documents()[-1]
    assert other.id != seeded.editor.document_id
    seeded.open_chapter(other.id)
    seeded.editor.moveCursor(seeded.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(seeded.editor, " Rain fell on the roofs, and Sophie smiled.")
    seeded.flush_edits()
    seeded.reanalyse()
    wait_idle(seeded)
    assert "Sophie smiled." in seeded.project.document(other.id).text
    statuses = {w.key: (w.status, w.reason) for w in seeded.project.warnings(None)}
    assert statuses[warning.key] == (WarningStatus.DISMISSED, "Two women")
    assert warning.key not in {w.key for w in panel.model.warnings()}

    # Import the same files again: the same problem, the same key, still dismissed.
    for doc in seeded.project.documents():
        seeded.project.delete_document(doc.id)
    seeded.reload_chapters()
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *args, **kwargs: ([str(p) for p in seed_paths], "")),
    )
    with qtbot.waitSignal(seeded.import_finished, timeout=10000):
        seeded.actions_by_name["import"].trigger()
    wait_idle(seeded)
    statuses = {w.key: (w.status, w.reason) for w in seeded.project.warnings(None)}
    assert statuses[warning.key] == (WarningStatus.DISMISSED, "Two women")
    assert warning.key not in {w.key for w in panel.model.warnings()}
    assert len(seeded.project.documents()) == len(seed_paths)


def test_every_kind_of_warning_offers_never_warn_once_per_name(seeded):
    for warning in seeded.side_panel.warnings.model.warnings():
        labels = [a.text() for a in seeded.review.warning_menu(warning).actions()]
        never = [label for label in labels if label.startswith("Never warn about")]
        assert never == [f"Never warn about ‘{n}’" for n in dict.fromkeys(warning.names)]


def test_evidence_names_chapter_and_line():
    from app.gui.models import ChapterLookup

    lookup = ChapterLookup({1: "One"}, {1: "First line.\n\nSofie came.\nSophie left."})
    assert [lookup.line(1, offset) for offset in (0, 13, 25)] == [1, 3, 4]
