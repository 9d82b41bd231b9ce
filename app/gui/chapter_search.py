"""Find and replace across all chapters: the "All chapters" half of the find bar.

`ChapterSearch(window)` gives the window's FindBar its two hooks. Searching moves through
chapters in reading order (wrapping); replacing goes through ReviewActions.replace_everywhere,
so it is one transaction and one step of Edit > Undo, like "Use ‘X’ everywhere".
Matching is case-insensitive, as in the editor's own find.
"""

from __future__ import annotations

import re
from typing import Any


def replace_in_texts(
    texts: dict[int, str], needle: str, replacement: str
) -> tuple[dict[int, str], int]:
    """Every `needle` (any case) replaced literally; the changed texts and how many."""
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    changed: dict[int, str] = {}
    total = 0
    for doc_id, text in texts.items():
        new, count = pattern.subn(lambda _match: replacement, text)
        if count:
            changed[doc_id] = new
            total += count
    return changed, total


class ChapterSearch:
    def __init__(self, window: Any) -> None:
        self.w = window
        window.find_bar.next_chapter = self.open_next
        window.find_bar.replace_in_all = self.replace_all

    def open_next(self, needle: str, backward: bool) -> bool:
        """Open the next (or previous) other chapter containing `needle`; False if none."""
        project = self.w.project
        if project is None or not needle:
            return False
        self.w.flush_edits()
        documents = project.documents()
        ids = [doc.id for doc in documents]
        current = self.w.editor.document_id
        start = ids.index(current) if current in ids else -1
        step = -1 if backward else 1
        folded = needle.casefold()
        for offset in range(1, len(ids)):
            document = documents[(start + step * offset) % len(ids)]
            if document.id != current and folded in document.text.casefold():
                return self.w.open_chapter(document.id)
        return False

    def replace_all(self, needle: str, replacement: str) -> tuple[int, int]:
        project = self.w.project
        if project is None or project.read_only or not needle:
            return 0, 0
        replaced = 0

        def change(texts: dict[int, str]) -> dict[int, str]:
            nonlocal replaced
            changed, replaced = replace_in_texts(texts, needle, replacement)
            return changed

        chapters = self.w.review.replace_everywhere(f"replace ‘{needle}’ in all chapters", change)
        return replaced, chapters
