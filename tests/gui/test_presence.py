"""The Presence chart: characters by chapters, shaded by mentions; a click opens the chapter."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from app.core.model import EntityKind
from app.gui.presence_chart import COUNT_ROLE, PHRASES_LABEL


def _open_chart(window):
    window.actions_by_name["presence"].trigger()
    assert window.presence.isVisible()
    return window.presence.chart


def test_view_menu_opens_the_chart_with_counts_per_chapter(seeded):
    assert not seeded.presence.isVisible()  # the editor keeps the room until asked
    chart = _open_chart(seeded)
    project = seeded.project
    documents = project.documents()
    characters = project.entities(EntityKind.CHARACTER)
    model = chart.model
    assert model.columnCount() == len(documents)
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())] == [
        PHRASES_LABEL,
        *[e.name for e in characters],
    ]
    for row, entity in enumerate(characters, start=1):
        mentions = project.mentions(entity.id)
        counts = [model.index(row, c).data(COUNT_ROLE) for c in range(len(documents))]
        assert counts == [sum(1 for m in mentions if m.document_id == doc.id) for doc in documents]
    header = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == documents[0].title
    # More mentions, darker cell; none, no ink.
    shades = {
        model.index(r, c).data(COUNT_ROLE): model.shade(model.index(r, c))
        for r in range(1, model.rowCount())
        for c in range(model.columnCount())
    }
    assert shades[0] == 0
    ordered = [shades[count] for count in sorted(shades)]
    assert ordered == sorted(ordered)


def test_clicking_a_cell_opens_the_chapter_at_the_first_mention(qtbot, seeded):
    chart = _open_chart(seeded)
    project = seeded.project
    documents = project.documents()
    entity = next(e for e in project.entities(EntityKind.CHARACTER) if e.name == "Sophie Dumas")
    row = 1 + [e.name for e in project.entities(EntityKind.CHARACTER)].index(entity.name)
    column = len(documents) - 1
    last_chapter = documents[column].id
    first = min(
        (m for m in project.mentions(entity.id) if m.document_id == last_chapter),
        key=lambda m: m.start,
    )
    view = chart.view
    index = chart.model.index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert (seeded.editor.document_id, seeded.editor.selected_text()) == (last_chapter, first.text)
    assert seeded.editor.textCursor().selectionStart() == first.start  # seeds are all BMP


def test_phrase_row_counts_repeated_phrases(qtbot, seeded):
    chart = _open_chart(seeded)
    project = seeded.project
    documents = project.documents()
    spans = [m for p in project.phrases() for m in project.phrase_occurrences(p.id)]
    assert spans
    counts = [chart.model.index(0, c).data(COUNT_ROLE) for c in range(len(documents))]
    assert counts == [sum(1 for m in spans if m.document_id == doc.id) for doc in documents]


def test_chart_follows_the_analysis(qtbot, seeded, wait_idle):
    chart = _open_chart(seeded)
    name = seeded.project.entities(EntityKind.CHARACTER)[-1].name
    seeded.review.not_entity(name)
    wait_idle(seeded)
    qtbot.waitUntil(
        lambda: (
            name
            not in [
                chart.model.headerData(r, Qt.Orientation.Vertical)
                for r in range(chart.model.rowCount())
            ]
        ),
        timeout=3000,
    )


def test_clicking_a_name_opens_its_story_bible_page(qtbot, seeded):
    chart = _open_chart(seeded)
    header = chart.view.verticalHeader()
    row = 2
    name = chart.model.headerData(row, Qt.Orientation.Vertical)
    centre_y = header.sectionViewportPosition(row) + header.sectionSize(row) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(10, centre_y))
    assert seeded.entity_details.dialog is not None
    assert seeded.entity_details.dialog.name == name
