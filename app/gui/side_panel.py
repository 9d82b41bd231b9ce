"""The review panel on the right: Characters, Places, Phrases and Warnings tabs.

Widgets only. The panel shows models filled by the main window and reports what the writer
asks for through signals; it never talks to the project itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.delegates import WrappedTextDelegate
from app.gui.models import (
    ROW_ROLE,
    EntityListModel,
    OccurrenceModel,
    PhraseListModel,
    RowListModel,
    WarningListModel,
)


def _list_view(model: RowListModel, name: str) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    # Items wrap to the panel's width; a sideways scrollbar would only hide the wrapping.
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    return view


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("section_label")
    return label


NO_SELECTION = "Choose one above to see where it appears"
LAYOUT_BATCH = 40  # rows measured per pass of the event loop (each a few hundred µs)


class OccurrenceTab(QWidget):
    """A list of names or phrases above the occurrences of the selected one, with Next/Prev."""

    selected = Signal(object)  # the row (EntityRow or PhraseRow)
    occurrence_activated = Signal(object)  # a MentionRow to open and select
    context_menu_requested = Signal(object, QPoint)

    def __init__(self, model: RowListModel, name: str) -> None:
        super().__init__()
        self.model = model
        self.occurrences = OccurrenceModel()
        self.list_view = _list_view(model, f"{name}_list")
        self.occurrence_view = _list_view(self.occurrences, f"{name}_occurrences")
        self.occurrence_view.setItemDelegate(WrappedTextDelegate(self.occurrence_view))
        # A main character's thousand occurrences are measured a batch at a time, between
        # events, instead of freezing the window for a quarter of a second.
        self.occurrence_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.occurrence_view.setBatchSize(LAYOUT_BATCH)
        self.occurrence_label = _section(NO_SELECTION)
        self.previous_button = QPushButton("◀ Previous")
        self.next_button = QPushButton("Next ▶")
        self.position_label = QLabel("")
        self._current = -1

        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.position_label, 1, Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list_view, 3)
        layout.addWidget(self.occurrence_label)
        layout.addWidget(self.occurrence_view, 2)
        layout.addLayout(buttons)

        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view.customContextMenuRequested.connect(self._on_context_menu)
        self.occurrence_view.clicked.connect(lambda index: self.go_to(index.row()))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self._update_buttons()

    def current_row(self) -> Any:
        return self.list_view.currentIndex().data(ROW_ROLE)

    def select_row(self, row: int) -> None:
        self.list_view.setCurrentIndex(self.model.index(row, 0))

    def clear_selection(self) -> None:
        self.list_view.setCurrentIndex(QModelIndex())
        self.set_occurrences(NO_SELECTION, [])

    def set_occurrences(self, label: str, mentions: list[Any]) -> None:
        self.occurrence_label.setText(label)
        self.occurrences.set_rows(mentions)
        self._current = -1
        self._update_buttons()

    def update_occurrences(self, label: str, mentions: list[Any], edited: int | None) -> None:
        """Like set_occurrences, but the occurrence being stepped through stays current (if
        it is still there) and the list keeps its scroll position. Quotes from chapter
        `edited` are redrawn: the text around them may have changed."""
        self.occurrence_label.setText(label)
        self.occurrences.update_rows(mentions)
        # Only that chapter's rows: redrawing all makes the view measure every row again,
        # a long pause for a name mentioned a thousand times.
        self.occurrences.redraw_rows(lambda mention: mention.document_id == edited)
        current = self.occurrence_view.currentIndex()
        self._current = current.row() if self._current >= 0 and current.isValid() else -1
        self._update_buttons()

    def step(self, delta: int) -> None:
        """Walk to the next (+1) or previous (-1) occurrence, wrapping around."""
        count = self.occurrences.rowCount()
        if count:
            self.go_to(
                (self._current + delta) % count
                if self._current >= 0
                else (0 if delta > 0 else count - 1)
            )

    def go_to(self, row: int) -> None:
        mention = self.occurrences.row_at(row)
        if mention is None:
            return
        self._current = row
        self.occurrence_view.setCurrentIndex(self.occurrences.index(row, 0))
        self._update_buttons()
        self.occurrence_activated.emit(mention)

    def _update_buttons(self) -> None:
        count = self.occurrences.rowCount()
        self.previous_button.setEnabled(count > 0)
        self.next_button.setEnabled(count > 0)
        if count:
            shown = self._current + 1 if self._current >= 0 else "–"
            self.position_label.setText(f"{shown} of {count}")
        else:
            self.position_label.setText("")

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selected.emit(current.data(ROW_ROLE) if current.isValid() else None)

    def _on_context_menu(self, point: QPoint) -> None:
        index = self.list_view.indexAt(point)
        if index.isValid():
            self.list_view.setCurrentIndex(index)
            self.context_menu_requested.emit(
                index.data(ROW_ROLE), self.list_view.viewport().mapToGlobal(point)
            )


class WarningsTab(QWidget):
    """Open warnings grouped by kind; dismiss, restore and a toggle to show dismissed ones."""

    activated = Signal(object)  # WarningRow: open its chapter and select its evidence
    dismiss_requested = Signal(object)
    restore_requested = Signal(object)
    show_dismissed_toggled = Signal(bool)
    mark_reviewed_requested = Signal()
    context_menu_requested = Signal(object, QPoint)

    def __init__(self) -> None:
        super().__init__()
        self.model = WarningListModel()
        self.list_view = _list_view(self.model, "warning_list")
        self.list_view.setItemDelegate(WrappedTextDelegate(self.list_view))
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setLayoutMode(QListView.LayoutMode.Batched)  # as for occurrences
        self.list_view.setBatchSize(LAYOUT_BATCH)
        self.dismiss_button = QPushButton("Dismiss…")
        self.restore_button = QPushButton("Restore")
        self.show_dismissed = QCheckBox("Show dismissed")
        self.reviewed_button = QPushButton("Mark all reviewed")
        self.reviewed_button.setToolTip("Stop marking the warnings listed now as new")
        self.empty_label = QLabel("No warnings. Nice and consistent.")
        self.empty_label.setObjectName("welcome_hint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QHBoxLayout()
        buttons.addWidget(self.show_dismissed)
        buttons.addStretch(1)
        buttons.addWidget(self.reviewed_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self.list_view.doubleClicked.connect(self._on_double_clicked)
        self.list_view.activated.connect(self._on_double_clicked)
        self.list_view.customContextMenuRequested.connect(self._on_context_menu)
        self.list_view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.dismiss_button.clicked.connect(self._emit_with_current(self.dismiss_requested))
        self.restore_button.clicked.connect(self._emit_with_current(self.restore_requested))
        self.show_dismissed.toggled.connect(self.show_dismissed_toggled)
        self.reviewed_button.clicked.connect(self.mark_reviewed_requested)
        for changed in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved,
                        self.model.dataChanged):
            changed.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def current_warning(self) -> Any:
        row = self.list_view.currentIndex().data(ROW_ROLE)
        return row if row is not None and not isinstance(row, str) else None

    def select_key(self, key: str) -> bool:
        row = self.model.row_of_key(key)
        if row < 0:
            return False
        self.list_view.setCurrentIndex(self.model.index(row, 0))
        self.list_view.scrollTo(self.model.index(row, 0))
        return True

    def step(self, delta: int) -> Any:
        """Select the next/previous warning (wrapping) and return it."""
        warnings = self.model.warnings()
        if not warnings:
            return None
        current = self.current_warning()
        keys = [w.key for w in warnings]
        if current is None or current.key not in keys:
            target = warnings[0] if delta > 0 else warnings[-1]
        else:
            target = warnings[(keys.index(current.key) + delta) % len(warnings)]
        self.select_key(target.key)
        return target

    def _emit_with_current(self, signal: Signal) -> Any:
        def emit() -> None:
            warning = self.current_warning()
            if warning is not None:
                signal.emit(warning)

        return emit

    def _update_buttons(self) -> None:
        warning = self.current_warning()
        dismissed = warning is not None and str(warning.status) != "open"
        self.dismiss_button.setEnabled(warning is not None and not dismissed)
        self.restore_button.setEnabled(dismissed)
        self.restore_button.setVisible(self.show_dismissed.isChecked())
        has_rows = self.model.rowCount() > 0
        self.reviewed_button.setEnabled(any(w.is_new for w in self.model.warnings()))
        self.list_view.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None and not isinstance(row, str):
            self.activated.emit(row)

    def _on_context_menu(self, point: QPoint) -> None:
        index = self.list_view.indexAt(point)
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None and not isinstance(row, str):
            self.list_view.setCurrentIndex(index)
            self.context_menu_requested.emit(row, self.list_view.viewport().mapToGlobal(point))


class SidePanel(QTabWidget):
    """The four review tabs; `set_counts` keeps the "(n)" in each tab title current.

    `refreshed` is emitted once the tabs show a new analysis (or decision), for views that
    follow the panel (the presence chart)."""

    refreshed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("side_panel")
        self.characters = OccurrenceTab(EntityListModel(), "characters")
        self.places = OccurrenceTab(EntityListModel(), "places")
        self.phrases = OccurrenceTab(PhraseListModel(), "phrases")
        self.warnings = WarningsTab()
        self.addTab(self.characters, "")
        self.addTab(self.places, "")
        self.addTab(self.phrases, "")
        self.addTab(self.warnings, "")
        self.set_counts(0, 0, 0, 0)

    def set_counts(self, characters: int, places: int, phrases: int, warnings: int) -> None:
        titles = ("Characters", "Places", "Phrases", "Warnings")
        for i, (title, count) in enumerate(
            zip(titles, (characters, places, phrases, warnings), strict=True)
        ):
            text = f"{title} ({count})"
            if self.tabText(i) != text:  # a new title relays out (and repaints) the panel
                self.setTabText(i, text)
