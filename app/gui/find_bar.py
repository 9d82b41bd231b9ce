"""A slim find/replace bar under the editor (Ctrl+F, Ctrl+H), closed with Escape.

By default it searches the open chapter. With "All chapters" ticked (offered when a
controller such as chapter_search.ChapterSearch sets `next_chapter` and `replace_in_all`),
Next/Previous move on to the next chapter holding the text, and Replace all changes every
chapter in one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)


class FindBar(QWidget):
    """Finds in one QPlainTextEdit; replacing goes through the editor so undo works."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__()
        self.setObjectName("find_bar")
        self._editor = editor
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText("Find")
        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText("Replace with")
        self.status = QLabel("")
        self.next_button = QPushButton("Next")
        self.previous_button = QPushButton("Previous")
        self.replace_button = QPushButton("Replace")
        self.replace_all_button = QPushButton("Replace all")
        self.all_chapters = QCheckBox("All chapters")
        self.all_chapters.setToolTip("Search and replace in every chapter, not just this one")
        self.all_chapters.hide()
        # Hooks for searching beyond the open chapter: open the next/previous chapter that
        # holds the text (True if one was opened); replace in all chapters -> (count, chapters).
        self.next_chapter: Callable[[str, bool], bool] | None = None
        self.replace_in_all: Callable[[str, str], tuple[int, int]] | None = None
        close = QPushButton("✕")
        close.setFlat(True)
        close.setToolTip("Close (Esc)")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for widget in (self.find_edit, self.previous_button, self.next_button, self.all_chapters):
            layout.addWidget(widget)
        layout.addWidget(self.replace_edit)
        layout.addWidget(self.replace_button)
        layout.addWidget(self.replace_all_button)
        layout.addWidget(self.status, 1)
        layout.addWidget(close)

        self.find_edit.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        close.clicked.connect(self.hide)
        QShortcut(QKeySequence("Escape"), self, self.hide)
        self.hide()

    def open(self, replace: bool = False) -> None:
        for widget in (self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(replace and not self._editor.isReadOnly())
        self.all_chapters.setVisible(self.next_chapter is not None)
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        found = self._editor.find(needle, flags)
        backward = bool(flags & QTextDocument.FindFlag.FindBackward)
        if not found and self._across() and self.next_chapter(needle, backward):
            cursor = self._editor.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            self._editor.setTextCursor(cursor)
            found = self._editor.find(needle, flags)
        if not found:  # wrap around once
            cursor = self._editor.textCursor()
            cursor.movePosition(
                cursor.MoveOperation.End if backward else cursor.MoveOperation.Start
            )
            self._editor.setTextCursor(cursor)
            found = self._editor.find(needle, flags)
        self.status.setText("" if found else "Not found")
        return found

    def replace_one(self) -> None:
        cursor = self._editor.textCursor()
        if cursor.hasSelection() and cursor.selectedText().lower() == self.find_edit.text().lower():
            cursor.insertText(self.replace_edit.text())
        self.find_next()

    def replace_all(self) -> int:
        """Replace every occurrence as one undoable edit; returns how many."""
        needle = self.find_edit.text()
        if not needle or self._editor.isReadOnly():
            return 0
        if self._across() and self.replace_in_all is not None:
            count, chapters = self.replace_in_all(needle, self.replace_edit.text())
            self.status.setText(f"Replaced {count} in {chapters} chapter{'s' * (chapters != 1)}")
            return count
        count = 0
        cursor = self._editor.textCursor()
        cursor.beginEditBlock()
        found = self._editor.document().find(needle, 0)
        while not found.isNull():
            found.insertText(self.replace_edit.text())
            count += 1
            found = self._editor.document().find(needle, found.position())
        cursor.endEditBlock()
        self.status.setText(f"Replaced {count}")
        return count

    def _across(self) -> bool:
        return self.next_chapter is not None and self.all_chapters.isChecked()
