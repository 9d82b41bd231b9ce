"""Drawing multi-line list items (warnings, occurrences) with correct wrapped heights.

QListView's own word wrap measures items before it knows the final width, so the last line
of a long warning is sometimes cut off. This delegate measures with a QTextDocument at the
view's current width, and shows the first line (the message) in the normal text colour and
the indented quote lines after it smaller and muted, so a warning reads at a glance.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.gui.models import NEW_ROLE

_PAD_X = 8
_PAD_Y = 5
# Laid-out items kept for repaints and re-measuring: a list's layout asks every row's size
# and each repaint draws the visible rows again, and building a QTextDocument from HTML is
# most of that cost. Enough for a novel's warnings at two widths.
_CACHED_DOCUMENTS = 1024
_Index = QModelIndex | QPersistentModelIndex


class WrappedTextDelegate(QStyledItemDelegate):
    """Wraps an item's text to the view's width; lines after the first are quotes."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._documents: dict[tuple, QTextDocument] = {}

    def _document(
        self, option: QStyleOptionViewItem, text: str, muted: str, badge: str = ""
    ) -> QTextDocument:
        """The item laid out at the view's width; the same inputs give the same document."""
        width = max(self._view.viewport().width() - 2 * _PAD_X - 4, 80)
        key = (text, muted, badge, width, option.font.key())
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= _CACHED_DOCUMENTS:
                del self._documents[next(iter(self._documents))]  # the oldest goes
            document = self._documents[key] = self._build(option, text, muted, badge, width)
        return document

    def _build(
        self, option: QStyleOptionViewItem, text: str, muted: str, badge: str, width: int
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        # initStyleOption() hands newlines over as U+2028 line separators.
        first, *rest = text.replace("\u2028", "\n").split("\n")
        parts = [f"<div>{badge}{html.escape(first)}</div>"]
        size = max(option.font.pointSizeF() * 0.92, 8.0)  # a touch smaller, never tiny
        for line in rest:
            parts.append(
                f'<div style="color:{muted}; margin-left:14px; font-size:{size:.1f}pt">'
                f"{html.escape(line.strip())}</div>"
            )
        document.setHtml("".join(parts))
        document.setTextWidth(width)
        return document

    def _badge(self, option: QStyleOptionViewItem, index: _Index) -> str:
        """A small "NEW" before a warning first seen since the last review."""
        if not index.data(NEW_ROLE):
            return ""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        colour = option.palette.color(role).name()
        size = max(option.font.pointSizeF() * 0.78, 7.0)
        return (
            f'<span style="color:{colour}; font-weight:bold; font-size:{size:.1f}pt">'
            "NEW</span>&nbsp;&nbsp;"
        )

    def _muted(self, option: QStyleOptionViewItem, selected: bool) -> str:
        if selected:
            return option.palette.color(QPalette.ColorRole.HighlightedText).name()
        return option.palette.color(QPalette.ColorRole.PlaceholderText).name()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""  # the style draws background, focus and selection; we draw the text
        style = opt.widget.style() if opt.widget is not None else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        document = self._document(opt, text, self._muted(opt, selected), self._badge(opt, index))
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + _PAD_X, opt.rect.top() + _PAD_Y)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        document = self._document(opt, opt.text, "#000000", self._badge(opt, index))
        return QSize(
            int(document.idealWidth()) + 2 * _PAD_X, int(document.size().height()) + 2 * _PAD_Y
        )
