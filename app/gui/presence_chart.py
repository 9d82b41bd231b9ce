"""The Presence chart: who appears where, characters down the side and chapters across.

Each cell is shaded by how often the character is mentioned in that chapter (on a log scale,
so a single mention still shows); a top row in a warmer colour counts repeated phrases per
chapter. Clicking a cell opens that chapter at the first mention there. The chart lives in a
dock (View > Presence) and refreshes, only while visible, whenever the side panel does.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.model import EntityKind
from app.gui.models import ROW_ROLE

COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
PHRASE_ROLE = Qt.ItemDataRole.UserRole + 3
PHRASES_LABEL = "Repeated phrases"
CELL_WIDTH = 21  # a 56-chapter novel fits across a 1400-pixel window
CELL_HEIGHT = 22
MIN_SHADE = 0.25  # one mention is still clearly visible against the page colour
_Index = QModelIndex | QPersistentModelIndex
# Cell ink per theme: characters in the selection blue, phrases in a warm amber.
INK = {"character": QColor("#3d6f9e"), "phrase": QColor("#c8892b")}


@dataclass(frozen=True)
class PresenceRow:
    """One row of the chart: a name, its count per chapter and the first mention in each."""

    name: str
    counts: tuple[int, ...]
    firsts: tuple[Any, ...]  # MentionRow or None, per chapter
    is_phrases: bool = False


ChapterCounts = Mapping[int, tuple[int, Any]]  # document id -> (count, first MentionRow)


def merged_presence(owners: Iterable[ChapterCounts]) -> dict[int, tuple[int, Any]]:
    """Several owners' chapter counts as one: counts added, the earliest first mention."""
    merged: dict[int, tuple[int, Any]] = {}
    for counts in owners:
        for document_id, (count, first) in counts.items():
            total, earliest = merged.get(document_id, (0, None))
            if earliest is None or first.start < earliest.start:
                earliest = first
            merged[document_id] = (total + count, earliest)
    return merged


def presence_rows(
    chapters: Sequence[int], named_counts: Sequence[tuple[str, ChapterCounts]], phrases: bool
) -> list[PresenceRow]:
    """One row per (name, counts by chapter), columns in `chapters`' order (chapter ids).

    The store groups the counts (Project.mention_presence): one query for the whole chart
    rather than one per character, which kept an open chart from stalling every refresh."""
    rows = []
    for name, counts in named_counts:
        per_chapter = [counts.get(doc_id, (0, None)) for doc_id in chapters]
        rows.append(
            PresenceRow(
                name,
                tuple(count for count, _first in per_chapter),
                tuple(first for _count, first in per_chapter),
                phrases,
            )
        )
    return rows


class PresenceModel(QAbstractTableModel):
    """Rows of PresenceRow, columns of chapters (numbered; the title is the tooltip)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[PresenceRow] = []
        self._titles: list[str] = []
        self.maximum = 1
        self.phrase_maximum = 1

    def set_data(self, titles: Sequence[str], rows: Sequence[PresenceRow]) -> None:
        self.beginResetModel()
        self._titles = list(titles)
        self._rows = list(rows)
        people = [count for r in rows if not r.is_phrases for count in r.counts]
        phrases = [count for r in rows if r.is_phrases for count in r.counts]
        self.maximum = max(people, default=1)
        self.phrase_maximum = max(phrases, default=1)
        self.endResetModel()

    def rows(self) -> list[PresenceRow]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._titles[section]
        elif role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[section].name
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        count = row.counts[index.column()]
        if role == COUNT_ROLE:
            return count
        if role == PHRASE_ROLE:
            return row.is_phrases
        if role == ROW_ROLE:
            return row.firsts[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            title = self._titles[index.column()]
            if row.is_phrases:
                what = f"{count} repeated-phrase occurrence{'s' if count != 1 else ''}"
            else:
                what = f"{row.name}: {count} mention{'s' if count != 1 else ''}"
            return f"{title}\n{what}" + ("\nClick to open it there" if count else "")
        return None

    def shade(self, index: _Index) -> float:
        """0 for no mentions, else MIN_SHADE..1 on a log scale of the chart's maximum."""
        count = index.data(COUNT_ROLE) or 0
        if count <= 0:
            return 0.0
        top = self.phrase_maximum if index.data(PHRASE_ROLE) else self.maximum
        return MIN_SHADE + (1 - MIN_SHADE) * math.log1p(count) / math.log1p(max(top, 1))


class ShadeDelegate(QStyledItemDelegate):
    """Paints a cell as a rounded block of ink whose strength is the model's shade."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        model = index.model()
        shade = model.shade(index) if isinstance(model, PresenceModel) else 0.0
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Base))
        cell = QRect(option.rect).adjusted(2, 2, -2, -2)
        if shade > 0:
            ink = QColor(INK["phrase" if index.data(PHRASE_ROLE) else "character"])
            ink.setAlphaF(shade)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            painter.drawRoundedRect(cell, 3, 3)
        else:  # an empty cell is a faint dot, so the grid stays readable
            dot = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
            dot.setAlphaF(0.35)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(dot)
            centre = cell.center()
            painter.drawEllipse(centre, 1.5, 1.5)
        view = option.widget
        current = isinstance(view, QAbstractItemView) and view.currentIndex() == index
        if current or option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRect(option.rect).adjusted(1, 1, -1, -1), 3, 3)
        painter.restore()


class PresenceChart(QWidget):
    """The chart and a one-line legend. `mention_activated(MentionRow)` on a cell click,
    `name_activated(name)` on a click on a character's name."""

    mention_activated = Signal(object)
    name_activated = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("presence_chart")
        self.model = PresenceModel()
        self.view = QTableView()
        self.view.setObjectName("presence_view")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ShadeDelegate(self.view))
        self.view.setShowGrid(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        columns = self.view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns.setMinimumSectionSize(CELL_WIDTH)  # first: the default is clamped to it
        columns.setDefaultSectionSize(CELL_WIDTH)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(CELL_HEIGHT)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.legend = QLabel("")
        self.legend.setObjectName("section_label")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 6)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        self.view.clicked.connect(self._on_clicked)
        rows.setToolTip("Click a name for its story bible page")
        rows.sectionClicked.connect(self._on_name_clicked)

    def set_data(self, titles: Sequence[str], rows: Sequence[PresenceRow]) -> None:
        self.model.set_data(titles, rows)
        people = sum(1 for r in rows if not r.is_phrases)
        self.legend.setText(
            f"{people} characters across {len(titles)} chapters · darker = mentioned more · "
            "click a cell to open the chapter there, a name for its story bible page"
            if titles and people
            else "Nothing to chart yet: import chapters and let the analysis run."
        )

    def _on_name_clicked(self, section: int) -> None:
        row = self.model.rows()[section] if 0 <= section < self.model.rowCount() else None
        if row is not None and not row.is_phrases:
            self.name_activated.emit(row.name)

    def _on_clicked(self, index: QModelIndex) -> None:
        mention = index.data(ROW_ROLE)
        if mention is not None:
            self.mention_activated.emit(mention)


class PresenceDock(QDockWidget):
    """The chart in a dock under the editor, filled from the window's project."""

    def __init__(self, window: Any) -> None:
        super().__init__("Presence", window)
        self.setObjectName("presence_dock")
        self.w = window
        self.chart = PresenceChart()
        self.setWidget(self.chart)
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        self.toggleViewAction().setShortcut("Ctrl+Shift+P")
        self.hide()  # opened from View > Presence; the editor keeps the room until then
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        # The side panel is refreshed whenever the store's analysis changes (a new project,
        # a saved analysis, a decision), so that is the moment to redraw too.
        window.side_panel.refreshed.connect(self._mark_stale)
        self.visibilityChanged.connect(lambda visible: visible and self._stale and self.refresh())
        self.chart.mention_activated.connect(window.show_mention)
        self.chart.name_activated.connect(self._show_details)

    def _show_details(self, name: str) -> None:
        rows = self.w.side_panel.characters.model.rows()
        entity = next((row for row in rows if row.name == name), None)
        if entity is not None:
            self.w.entity_details.show(entity)

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def refresh(self) -> None:
        self._stale = False
        project = self.w.project
        if project is None:
            self.chart.set_data([], [])
            return
        documents = self.w.chapter_model.rows()
        chapters = [doc.id for doc in documents]
        phrases = merged_presence(project.phrase_presence().values())
        rows = presence_rows(chapters, [(PHRASES_LABEL, phrases)], phrases=True)
        mentions = project.mention_presence()
        characters = project.entities(EntityKind.CHARACTER)
        rows += presence_rows(
            chapters, [(e.name, mentions.get(e.id, {})) for e in characters], phrases=False
        )
        self.chart.set_data([doc.title for doc in documents], rows)
