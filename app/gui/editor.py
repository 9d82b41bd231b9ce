"""The chapter editor: a calm writing page plus the debounced autosave that feeds the store.

The editor knows nothing about projects. It shows one chapter's text, reports edits, and
selects or highlights spans given in Python string offsets (the store's unit).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.gui.highlighter import OccurrenceHighlighter
from app.gui.offsets import OffsetMap
from app.gui.theme import writing_font

_WORD = re.compile(r"\w+(?:['’]\w+)*")
TEXT_COLUMN_CHARS = 72  # a book-like measure; wider lines are tiring to read
AUTOSAVE_MS = 1000  # a pause this long saves; long enough not to save every keystroke
AUTOSAVE_MAX_MS = 2000  # and steady typing is still saved at least this often


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


class ChapterEditor(QPlainTextEdit):
    """Shows one chapter. `text_edited` fires for the writer's edits, never for loading."""

    text_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chapter_editor")
        self.setFont(writing_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Viewport margins count towards the minimum size hint; an explicit minimum keeps
        # the centred column from stopping the window shrinking.
        self.setMinimumWidth(240)
        self.setPlaceholderText("Choose a chapter on the left, or import your manuscript.")
        self.document().setDocumentMargin(28)
        self.highlighter = OccurrenceHighlighter(self.document())
        self.document_id: int | None = None
        self._offsets: OffsetMap | None = None
        self._loading = False
        self._resizing = False
        self._text = ""
        self.document().contentsChanged.connect(self._on_contents_changed)

    # -- content ---------------------------------------------------------------------------

    def load(self, document_id: int | None, text: str) -> None:
        """Show `text` as chapter `document_id`; the undo history starts afresh."""
        self._loading = True
        try:
            self.document_id = document_id
            self.setPlainText(text)
            self._apply_line_spacing()
            self.document().clearUndoRedoStacks()
            self._text = self.text()
            self._offsets = None
            self.highlighter.set_spans([])
        finally:
            self._loading = False

    def text(self) -> str:
        """The chapter text exactly as the store keeps it (read fresh from the document)."""
        # toPlainText() turns non-breaking spaces into spaces; the raw text keeps them and
        # only needs Qt's paragraph separators turned back into newlines.
        return self.document().toRawText().replace("\u2029", "\n")

    def _on_contents_changed(self) -> None:
        # The highlighter's repaints emit contentsChanged too (and bump the revision), so
        # only a change of the text itself counts as the writer's edit.
        if self._loading:
            return
        text = self.text()
        if text == self._text:
            return
        self._text = text
        self._offsets = None  # rebuilt when a span is next placed, not on every keystroke
        self.text_edited.emit()

    def _apply_line_spacing(self) -> None:
        block_format = QTextBlockFormat()
        block_format.setLineHeight(135.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block_format.setBottomMargin(8.0)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(block_format)

    # -- spans (Python offsets) ------------------------------------------------------------

    def _offset_map(self) -> OffsetMap:
        if self._offsets is None:
            self._offsets = OffsetMap(self._text)
        return self._offsets

    def select_span(self, start: int, end: int) -> None:
        """Select text[start:end] and scroll it into view."""
        offsets = self._offset_map()
        cursor = self.textCursor()
        cursor.setPosition(offsets.to_qt(start))
        cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.ensureCursorVisible()

    def selected_text(self) -> str:
        # selectedText() uses U+2029 between paragraphs, like toRawText().
        return self.textCursor().selectedText().replace("\u2029", "\n")

    def highlight_spans(self, spans: Iterable[tuple[int, int]]) -> None:
        offsets = self._offset_map()
        self.highlighter.set_spans(
            (offsets.to_qt(start), offsets.to_qt(end)) for start, end in spans
        )

    # -- layout ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Margins first, so the base class lays the text out for the narrowed viewport.
        # setViewportMargins() itself sends a resize event: the flag stops the recursion.
        if not self._resizing:
            self._resizing = True
            try:
                self._centre_text_column(event.size().width())
            finally:
                self._resizing = False
        super().resizeEvent(event)

    def _centre_text_column(self, width: int) -> None:
        """Keep the text in a centred column of about TEXT_COLUMN_CHARS characters."""
        column = self.fontMetrics().averageCharWidth() * TEXT_COLUMN_CHARS + 56
        scrollbar = self.verticalScrollBar().sizeHint().width()
        side = max(0, (width - scrollbar - column) // 2)
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)


class Autosaver(QObject):
    """Calls `save` once the writer pauses for `delay_ms`, or `max_ms` after the first
    unsaved edit if they never pause; `flush()` saves at once."""

    saved = Signal()

    def __init__(
        self, save: Callable[[], None], delay_ms: int = AUTOSAVE_MS, max_ms: int = AUTOSAVE_MAX_MS
    ) -> None:
        super().__init__()
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max_ms)
        self._deadline.timeout.connect(self.flush)
        self._pending = False

    @property
    def pending(self) -> bool:
        return self._pending

    def poke(self) -> None:
        """Note an edit; restarts the pause timer."""
        if not self._pending:
            self._deadline.start()
        self._pending = True
        self._timer.start()

    def cancel(self) -> None:
        self._pending = False
        self._timer.stop()
        self._deadline.stop()

    def flush(self) -> None:
        self._timer.stop()
        self._deadline.stop()
        if self._pending:
            self._pending = False
            self._save()
            self.saved.emit()
