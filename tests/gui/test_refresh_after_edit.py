"""After an edit the panel catches up by difference: new warnings appear, the writer keeps
their place (selected warning, scroll position, occurrence being stepped through), and the
highlights in the open chapter follow."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QListView

from app.core.model import WarningKind
from app.gui.delegates import WrappedTextDelegate
from app.gui.models import RowListModel, WarningListModel
from app.store import Project, WarningRow

ONE = (
    "Sophie Dumas arrived at the station. Sophie smiled at the porter and walked on.\n\n"
    "Mr Marlow kept the old mill by the river. The old mill by the river was cold.\n\n"
    "Sophie Dumas painted all morning. Sophie sang while she painted."
)
TWO = (
    "Adrien Perin sat in his studio. Adrien painted the old mill by the river. Adrien slept.\n\n"
    "Sophie came to see Adrian at noon. Sophie Dumas laughed. Adrian Perin smiled."
)


@pytest.fixture
def window(project_path, make_window, wait_idle):
    project = Project.create(project_path)
    project.add_documents([("One", ONE), ("Two", TWO)])
    opened = make_window(project)
    wait_idle(opened)
    return opened


def _type_at(qtbot, window, position: int, text: str) -> None:
    """Type `text` at `position` of the open chapter and wait for the refreshed panel."""
    cursor = window.editor.textCursor()
    cursor.setPosition(position)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    with qtbot.waitSignal(window.analysis_applied, timeout=20000):
        qtbot.keyClicks(window.editor, text)


def test_a_typed_misspelling_shows_up_and_the_selected_warning_stays(qtbot, window, wait_idle):
    panel = window.side_panel
    panel.setCurrentWidget(panel.warnings)
    (adrian,) = panel.warnings.model.warnings()
    assert panel.warnings.select_key(adrian.key)
    resets: list[int] = []
    panel.warnings.model.modelReset.connect(lambda: resets.append(1))

    _type_at(qtbot, window, 0, "Sofie waved. Sofie Dumas left. ")
    wait_idle(window)

    listed = panel.warnings.model.warnings()
    assert [w.kind for w in listed] == [WarningKind.NAME_VARIANT] * 2
    assert any("Sofie" in w.message for w in listed)
    assert panel.warnings.current_warning().key == adrian.key  # the writer's place
    assert panel.tabText(3) == "Warnings (2)"
    assert resets == []  # updated by difference, not refilled
    assert window.last_refresh is not None
    assert window.last_refresh.total > 0


def test_the_occurrence_being_stepped_through_stays_current(qtbot, window, wait_idle):
    tab = window.side_panel.characters
    row = next(i for i, e in enumerate(tab.model.rows()) if e.name == "Sophie Dumas")
    tab.select_row(row)
    tab.step(1)
    tab.step(1)
    assert tab.position_label.text().startswith("2 of ")

    _type_at(qtbot, window, 0, "Rain fell. ")  # every offset in the chapter moves on
    wait_idle(window)

    assert tab.position_label.text().startswith("2 of ")
    entity = tab.current_row()
    order = {doc.id: i for i, doc in enumerate(window.chapter_model.rows())}
    expected = sorted(window.project.mentions(entity.id),
                      key=lambda m: (order[m.document_id], m.start))
    assert tab.occurrences.rows() == expected
    # The open chapter highlights the mentions where they are now.
    current = window.editor.document_id
    assert window.editor.highlighter.spans() == [
        (m.start, m.end) for m in expected if m.document_id == current
    ]


def test_typing_clears_every_highlight_even_after_the_text_moved(qtbot, window):
    window.editor.highlight_spans([(0, 12), (len(ONE) - 8, len(ONE))])
    painted = _highlighted_blocks(window.editor)
    assert painted == [0, 4]  # first and last paragraphs (blank lines are blocks too)
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "New paragraph.")
    window.editor.textCursor().insertBlock()  # the highlighted paragraphs move down
    assert _highlighted_blocks(window.editor) == []


def _highlighted_blocks(editor) -> list[int]:
    found = []
    block = editor.document().firstBlock()
    while block.isValid():
        if block.layout().formats():
            found.append(block.blockNumber())
        block = block.next()
    return found


# -- updating a list by difference ---------------------------------------------------------


def _warning(key: str, message: str, kind: WarningKind = WarningKind.ECHO) -> WarningRow:
    return WarningRow(0, key, kind, message, (), (), "open", "", False, "rule")


def test_an_update_keeps_the_current_row_and_the_scroll_position(qtbot):
    model = WarningListModel()
    view = QListView()
    view.setItemDelegate(WrappedTextDelegate(view))
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(300, 200)
    rows = [_warning(f"k{n}", f"Echo number {n}") for n in range(60)]
    model.set_rows(rows)
    view.show()
    qtbot.waitExposed(view)
    view.setCurrentIndex(model.index(model.row_of_key("k30"), 0))
    view.scrollTo(view.currentIndex())
    qtbot.wait(20)
    scrolled = view.verticalScrollBar().value()
    assert scrolled > 0

    changed = [*rows[:45], _warning("k45", "Echo number 45, moved"), *rows[46:], _warning("z", "z")]
    model.update_rows(changed)
    qtbot.wait(20)

    assert view.currentIndex().data(0x0101).key == "k30"  # ROW_ROLE
    assert view.verticalScrollBar().value() == scrolled
    assert model.warnings() == changed
    assert model.rows()[0] == "Echoes (61)"


@pytest.mark.parametrize("seed", range(20))
def test_update_rows_reaches_the_new_rows_through_valid_model_signals(qtbot, seed):
    generator = random.Random(seed)
    model = RowListModel()
    # Qt's own checker: every insert/remove/change signal must match the model's state.
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    current = [generator.randrange(30) for _ in range(generator.randrange(25))]
    model.set_rows(current)
    for _ in range(10):
        new = list(current)
        for _edit in range(generator.randrange(6)):
            where = generator.randrange(len(new) + 1)
            choice = generator.random()
            if choice < 0.4 or not new:
                new.insert(where, generator.randrange(30))
            elif choice < 0.8:
                del new[min(where, len(new) - 1)]
            else:
                new[min(where, len(new) - 1)] = generator.randrange(30)
        model.update_rows(new)
        assert model.rows() == new
        assert model.rowCount(QModelIndex()) == len(new)
        current = new
    del tester


def test_the_cursor_stays_put_while_the_panel_refreshes(qtbot, window, wait_idle):
    """The refresh must never move the writer's cursor or selection in the editor."""
    _type_at(qtbot, window, 10, "x")
    wait_idle(window)
    assert window.editor.textCursor().position() == 11
    assert not window.editor.textCursor().hasSelection()
