"""Marks occurrences in the open chapter, one text block (paragraph) at a time.

Spans arrive as Qt document positions (see offsets.py) and are kept sorted, so each
`highlightBlock` call only looks at the spans that can touch its paragraph; a new set of
spans re-highlights only the paragraphs whose highlights change.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument


class OccurrenceHighlighter(QSyntaxHighlighter):
    """Paints a background behind every span handed to `set_spans`."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._longest = 0
        self._format = QTextCharFormat()
        self.set_colour("#f6df8b")

    def set_colour(self, colour: str) -> None:
        self._format = QTextCharFormat()
        self._format.setBackground(QColor(colour))
        self.rehighlight()

    def spans(self) -> list[tuple[int, int]]:
        return list(self._spans)

    def set_spans(self, spans: Iterable[tuple[int, int]]) -> None:
        """Replace the highlighted spans (Qt positions, end exclusive) and repaint the
        paragraphs that hold a highlight now or will, only those: re-highlighting a whole
        long chapter on every keystroke or analysis would be felt."""
        new = sorted((start, end) for start, end in spans if end > start)
        if new == self._spans:
            return
        self._spans = new
        self._starts = [start for start, _ in self._spans]
        self._longest = max((end - start for start, end in self._spans), default=0)
        document = self.document()
        if document is None:
            return
        # Where highlights are now is read from the paragraphs themselves: an edit since the
        # last spans were set has moved them (and Qt moved the formats with the text).
        blocks: dict[int, QTextBlock] = {}
        block = document.firstBlock()
        while block.isValid():
            layout = block.layout()
            if layout is not None and layout.formats():
                blocks[block.blockNumber()] = block
            block = block.next()
        for start, end in new:
            block = document.findBlock(start)
            while block.isValid() and block.position() < end:
                blocks[block.blockNumber()] = block
                block = block.next()
        for block in blocks.values():
            self.rehighlightBlock(block)

    def highlightBlock(self, text: str) -> None:
        if not self._spans:
            return
        block = self.currentBlock()
        block_start = block.position()
        block_end = block_start + block.length()
        # A span touching this block starts no earlier than block_start - longest span.
        first = bisect_left(self._starts, block_start - self._longest)
        for start, end in self._spans[first:]:
            if start >= block_end:
                break
            if end <= block_start:
                continue
            local_start = max(start, block_start) - block_start
            local_end = min(end, block_end) - block_start
            self.setFormat(local_start, local_end - local_start, self._format)
