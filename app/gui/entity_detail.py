"""The story bible: one page per character or place, opened by double-click or "Details…".

The page shows the other spellings, how often the name occurs chapter by chapter, where it
first and last appears (click to go there) and the writer's own notes, which are saved to the
project as they type. Pages follow names, not row ids: after every analysis the page finds
its name again and refreshes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import ContinuityError
from app.core.model import EntityKind
from app.gui.models import ROW_ROLE, ChapterLookup

NOTE_SAVE_MS = 700  # save the note after a short pause in typing
_Index = QModelIndex | QPersistentModelIndex


class ChapterCountModel(QAbstractTableModel):
    """# | Chapter | Mentions, in reading order, for the chapters the name occurs in.

    "#" is the chapter's place in the book, as in the Presence chart: titles can repeat
    (every volume of a Victorian novel starts again at CHAPTER I)."""

    HEADERS = ("#", "Chapter", "Mentions")

    def __init__(self) -> None:
        super().__init__()
        # (position in the book, title, mentions there)
        self._rows: list[tuple[int, str, list[Any]]] = []

    def set_mentions(self, mentions: Sequence[Any], chapters: Sequence[tuple[int, str]]) -> None:
        by_document: dict[int, list[Any]] = {}
        for mention in mentions:
            by_document.setdefault(mention.document_id, []).append(mention)
        self.beginResetModel()
        self._rows = [
            (position, title, by_document[doc_id])
            for position, (doc_id, title) in enumerate(chapters, start=1)
            if doc_id in by_document
        ]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        position, title, mentions = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (position, title, len(mentions))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return mentions[0]  # the chapter's first mention: where a double-click goes
        return None


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


class EntityDetailDialog(QDialog):
    """One name's page. `mention_activated(MentionRow)` asks the window to go there."""

    mention_activated = Signal(object)

    def __init__(self, parent: QWidget | None, project: Any, name: str) -> None:
        super().__init__(parent)
        self.setObjectName("entity_detail")
        self.setWindowTitle(f"{name} — Story bible")
        self.resize(560, 620)
        self.project = project
        self.name = name
        self.lookup = ChapterLookup({}, {})
        self.chapters: list[tuple[int, str]] = []
        self._first: Any = None
        self._last: Any = None

        self.title_label = QLabel(name)
        self.title_label.setObjectName("chapter_title")
        self.summary_label = QLabel("")
        self.summary_label.setWordWrap(True)
        self.aliases_label = QLabel("")
        self.aliases_label.setWordWrap(True)
        self.first_button = self._jump_button("first_appearance")
        self.last_button = self._jump_button("last_appearance")
        self.chapter_model = ChapterCountModel()
        self.chapter_table = QTableView()
        self.chapter_table.setObjectName("entity_chapters")
        self.chapter_table.setModel(self.chapter_model)
        self.chapter_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.chapter_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chapter_table.verticalHeader().hide()
        header = self.chapter_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.chapter_table.setToolTip("Double-click a chapter to open it at the first mention")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("entity_notes")
        self.notes.setPlaceholderText(f"Your notes on {name}: age, eye colour, who they love…")
        self.notes.setPlainText(project.entity_note(name))
        self.notes.setReadOnly(project.read_only)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(NOTE_SAVE_MS)
        self._save_timer.timeout.connect(self.save_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        facts = QFormLayout()
        facts.addRow("Also written:", self.aliases_label)
        facts.addRow("First appears:", self.first_button)
        facts.addRow("Last appears:", self.last_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(facts)
        layout.addWidget(self._section("Mentions per chapter"))
        layout.addWidget(self.chapter_table, 3)
        layout.addWidget(self._section("Notes"))
        layout.addWidget(self.notes, 2)
        layout.addWidget(buttons)

        self.first_button.clicked.connect(lambda: self._jump(self._first))
        self.last_button.clicked.connect(lambda: self._jump(self._last))
        self.chapter_table.doubleClicked.connect(lambda index: self._jump(index.data(ROW_ROLE)))
        self.notes.textChanged.connect(self._save_timer.start)
        # Leaving the notes (for the main window, say, to open another project) saves at once.
        self.notes.installEventFilter(self)
        buttons.rejected.connect(self.close)
        self.finished.connect(lambda _result: self.save_note())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.save_note()
        return super().eventFilter(watched, event)

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("section_label")
        return label

    @staticmethod
    def _jump_button(name: str) -> QPushButton:
        button = QPushButton("")
        button.setObjectName(name)
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        # Styled as a link: it reads as a quote, and clicking it goes there.
        button.setStyleSheet(
            "QPushButton { text-align: left; padding: 2px 4px; border: none;"
            " color: palette(highlight); }"
            "QPushButton:hover { text-decoration: underline; }"
            "QPushButton:disabled { color: palette(placeholder-text); }"
        )
        return button

    def refresh(self, chapters: Sequence[tuple[int, str]], lookup: ChapterLookup) -> None:
        """Find the name in the latest analysis and show what it says about it."""
        self.chapters, self.lookup = list(chapters), lookup
        entity = next(
            (
                row
                for kind in (EntityKind.CHARACTER, EntityKind.PLACE)
                for row in self.project.entities(kind)
                if row.name == self.name
            ),
            None,
        )
        order = {doc_id: i for i, (doc_id, _title) in enumerate(self.chapters)}
        mentions = (
            sorted(
                self.project.mentions(entity.id),
                key=lambda m: (order.get(m.document_id, 1 << 30), m.start),
            )
            if entity is not None
            else []
        )
        self.chapter_model.set_mentions(mentions, self.chapters)
        if entity is None:
            self.summary_label.setText("The latest analysis no longer finds this name.")
            self.aliases_label.setText("—")
        else:
            kind = str(entity.kind).title()
            used = self.chapter_model.rowCount()
            self.summary_label.setText(
                f"{kind} · {_plural(len(mentions), 'mention')} in {used} of "
                f"{_plural(len(self.chapters), 'chapter')}"
            )
            self.aliases_label.setText(", ".join(entity.aliases) or "No other spellings")
        self._first = mentions[0] if mentions else None
        self._last = mentions[-1] if mentions else None
        for button, mention in ((self.first_button, self._first), (self.last_button, self._last)):
            button.setText(self._describe(mention))
            button.setEnabled(mention is not None)
            button.setToolTip("Open the chapter there" if mention is not None else "")

    def _describe(self, mention: Any) -> str:
        if mention is None:
            return "—"
        title = self.lookup.title(mention.document_id)
        quote = self.lookup.snippet(mention.document_id, mention.start, mention.end, 30)
        return f"{title} — {quote}" if quote else title

    def _jump(self, mention: Any) -> None:
        if mention is not None:
            self.mention_activated.emit(mention)

    def save_note(self) -> None:
        self._save_timer.stop()
        if self.project.read_only:
            return
        text = self.notes.toPlainText()
        try:
            if text != self.project.entity_note(self.name):
                self.project.set_entity_note(self.name, text)
        except ContinuityError as error:  # closed under us, or the disk is full
            self.summary_label.setText(f"Your note could not be saved: {error}")


class EntityDetails:
    """Opens story-bible pages from the Characters and Places tabs and keeps them current.

    `window` is the MainWindow; one page is open at a time (opening another replaces it)."""

    def __init__(self, window: Any) -> None:
        self.w = window
        self.dialog: EntityDetailDialog | None = None
        panel = window.side_panel
        for tab in (panel.characters, panel.places):
            tab.list_view.doubleClicked.connect(
                lambda index: self.show(index.data(ROW_ROLE)) if index.isValid() else None
            )
        window.review.on_details = self.show
        window.analysis_applied.connect(self.refresh)
        # The panel is refilled when the window opens another project: a page about the
        # old one must not stay open (its notes would go to a closed file).
        panel.characters.model.modelReset.connect(self._close_if_project_changed)

    def show(self, entity: Any) -> EntityDetailDialog | None:
        project = self.w.project
        if entity is None or project is None:
            return None
        self.close()
        dialog = EntityDetailDialog(self.w, project, entity.name)
        dialog.mention_activated.connect(self.w.show_mention)
        self.dialog = dialog
        self.refresh()
        dialog.show()
        return dialog

    def refresh(self) -> None:
        if self.dialog is None:
            return
        if self.dialog.project is not self.w.project:  # the window moved to another project
            self.close()
            return
        chapters = [(doc.id, doc.title) for doc in self.w.chapter_model.rows()]
        self.dialog.refresh(chapters, self.w.side_panel.characters.occurrences.lookup)

    def _close_if_project_changed(self) -> None:
        if self.dialog is not None and self.dialog.project is not self.w.project:
            self.close()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.save_note()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
