"""Qt item models over the store's rows, so the views never hold data of their own.

Each model takes plain rows (the store's dataclasses) through `set_rows` and exposes them
with the display text a novelist reads; `ROW_ROLE` hands the underlying row back to code.
Chapter titles and texts, needed to quote evidence, come from a `ChapterLookup`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.core.model import WarningKind
from app.gui.list_diff import apply_rows, ranges

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_ROLE = Qt.ItemDataRole.UserRole + 4  # a warning first seen since the last review
MAX_QUOTE = 60  # characters of a quoted span before it is cut short
SHOWN_EVIDENCE = 2  # quotes per warning in the list; the rest are a double-click away
_Index = QModelIndex | QPersistentModelIndex

KIND_TITLES: dict[str, str] = {
    WarningKind.NAME_VARIANT: "Name variants",
    WarningKind.CONTRADICTION: "Contradictions",
    WarningKind.REPEATED_PHRASE: "Repeated phrases",
    WarningKind.ECHO: "Echoes",
}


@dataclass(frozen=True)
class ChapterLookup:
    """Titles and texts by document id, for quoting evidence in context."""

    titles: dict[int, str]
    texts: dict[int, str]

    def title(self, document_id: int) -> str:
        return self.titles.get(document_id, "(deleted chapter)")

    def line(self, document_id: int, offset: int) -> int:
        """The 1-based line of the chapter an offset falls on (blank lines count)."""
        return self.texts.get(document_id, "").count("\n", 0, offset) + 1

    def snippet(self, document_id: int, start: int, end: int, width: int = 36) -> str:
        """The span with a few words either side, on one line, the span in «…» marks.

        A long span (a whole sentence of evidence) is shortened and shown without context,
        so one warning never fills the panel."""
        text = self.texts.get(document_id, "")
        if not text:
            return ""
        span = " ".join(text[start:end].split())
        if len(span) > MAX_QUOTE:
            return f"«{span[: MAX_QUOTE - 1].rstrip()}…»"
        width = max(0, width - len(span) // 2)
        before = text[max(0, start - width) : start]
        after = text[end : end + width]
        if " " in before and start - width > 0:
            before = before[before.index(" ") + 1 :]
        if " " in after and end + width < len(text):
            after = after[: after.rindex(" ")]
        lead = "…" if start - len(before) > 0 else ""
        tail = "…" if end + len(after) < len(text) else ""
        return " ".join(f"{lead}{before}«{span}»{after}{tail}".split())


class RowListModel(QAbstractListModel):
    """A list of rows shown through `label(row)`; subclasses choose the label."""

    def __init__(self, label: Callable[[Any], str] | None = None) -> None:
        super().__init__()
        self._rows: list[Any] = []
        self._label = label or str

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (a model reset: views forget their selection and scroll)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Sequence[Any]) -> None:
        """Change the rows to `rows` by difference (see list_diff.apply_rows): views keep
        their selection and scroll position, and only changed rows are repainted."""
        apply_rows(self, self._rows, list(rows), self.row_key)

    def row_key(self, row: Any) -> Hashable:
        """What makes a row the same row across updates (its content may change)."""
        return row

    def redraw_rows(self, which: Callable[[Any], bool]) -> None:
        """Repaint the rows `which` picks, unchanged as they are: their text quotes a chapter
        that has changed around them (see ChapterLookup.snippet)."""
        picked = [i for i, row in enumerate(self._rows) if which(row)]
        for first, last in ranges(picked):
            self.dataChanged.emit(self.index(first, 0), self.index(last, 0))

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        if role == ROW_ROLE:
            return row
        return None

    def tooltip(self, row: Any) -> str | None:
        return None


class DocumentListModel(RowListModel):
    """Chapters in reading order."""

    def __init__(self) -> None:
        super().__init__(lambda doc: doc.title)

    def tooltip(self, row: Any) -> str | None:
        return row.title  # the list may cut a long title short

    def row_of(self, document_id: int) -> int:
        return next((i for i, doc in enumerate(self._rows) if doc.id == document_id), -1)


class EntityListModel(RowListModel):
    """Characters or places, with their mention counts and other spellings."""

    def __init__(self) -> None:
        super().__init__(lambda e: f"{e.name}  ·  {e.mentions}")

    def row_key(self, row: Any) -> Hashable:
        return row.name

    def tooltip(self, row: Any) -> str | None:
        aliases = ", ".join(row.aliases)
        return f"Also written: {aliases}" if aliases else None


class PhraseListModel(RowListModel):
    def __init__(self) -> None:
        super().__init__(lambda p: f"“{p.text}”  ×{p.count}")

    def row_key(self, row: Any) -> Hashable:
        return row.text


class OccurrenceModel(RowListModel):
    """Where the selected character, place or phrase occurs, chapter by chapter."""

    def __init__(self) -> None:
        super().__init__(self._describe)
        self.lookup = ChapterLookup({}, {})

    def row_key(self, row: Any) -> Hashable:
        # An edit shifts the offsets after it; the same words in the same chapter are still
        # the same occurrence, so the one being stepped through stays current.
        return (row.document_id, row.text)

    def _describe(self, mention: Any) -> str:
        title = self.lookup.title(mention.document_id)
        snippet = self.lookup.snippet(mention.document_id, mention.start, mention.end)
        return f"{title}\n{snippet}" if snippet else title


class WarningListModel(RowListModel):
    """Warnings grouped by kind: a bold, unselectable header row before each group."""

    def __init__(self) -> None:
        super().__init__(self._describe)
        self.lookup = ChapterLookup({}, {})
        # "New" means new since the last review; before any review every warning is new and
        # marking them all would only be noise, so the presenter turns the marks on.
        self.show_new = True

    def set_rows(self, rows: Sequence[Any]) -> None:
        super().set_rows(self._grouped(rows))

    def update_rows(self, rows: Sequence[Any]) -> None:
        super().update_rows(self._grouped(rows))

    def row_key(self, row: Any) -> Hashable:
        # A header's count changes with its group; it is still the same header.
        return ("header", row.rsplit(" (", 1)[0]) if isinstance(row, str) else row.key

    @staticmethod
    def _grouped(rows: Sequence[Any]) -> list[Any]:
        grouped: list[Any] = []
        rank = {kind: i for i, kind in enumerate(KIND_TITLES)}
        kinds = sorted({str(w.kind) for w in rows}, key=lambda k: (rank.get(k, len(rank)), k))
        for kind in kinds:
            members = [w for w in rows if str(w.kind) == kind]
            grouped.append(f"{KIND_TITLES.get(kind, kind.title())} ({len(members)})")
            grouped.extend(members)
        return grouped

    def warnings(self) -> list[Any]:
        return [row for row in self._rows if not isinstance(row, str)]

    def row_of_key(self, key: str) -> int:
        return next(
            (i for i, w in enumerate(self._rows) if not isinstance(w, str) and w.key == key), -1
        )

    def _describe(self, row: Any) -> str:
        if isinstance(row, str):
            return row
        lines = [row.message]
        for mention in row.evidence[:SHOWN_EVIDENCE]:
            snippet = self.lookup.snippet(mention.document_id, mention.start, mention.end, 24)
            quote = snippet or f"“{mention.text}”"
            where = self.lookup.title(mention.document_id)
            lines.append(f"    {quote} — {where}, line "
                         f"{self.lookup.line(mention.document_id, mention.start)}")
        if len(row.evidence) > SHOWN_EVIDENCE:
            lines.append(f"    … and {len(row.evidence) - SHOWN_EVIDENCE} more")
        if str(row.status) != "open":
            lines.append(f"    Dismissed{': ' + row.reason if row.reason else ''}")
        return "\n".join(lines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if isinstance(row, str):
            if role == Qt.ItemDataRole.DisplayRole:
                return row
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == NEW_ROLE:
            return self.show_new and bool(getattr(row, "is_new", False))
        return super().data(index, role)

    def tooltip(self, row: Any) -> str | None:
        """Each spelling or wording in the evidence, how often it occurs and where."""
        found: dict[str, list[int]] = {}
        for mention in row.evidence:
            found.setdefault(" ".join(mention.text.split()), []).append(mention.document_id)
        lines = ["New since your last review." if row.is_new else ""]
        for text, documents in sorted(found.items(), key=lambda item: -len(item[1])):
            where = list(dict.fromkeys(self.lookup.title(doc) for doc in documents))
            shown = ", ".join(where[:4]) + (f" and {len(where) - 4} more" if len(where) > 4 else "")
            lines.append(f"“{text}” ×{len(documents)} — {shown}")
        return "\n".join(line for line in lines if line) or None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if isinstance(self.row_at(index.row()), str):
            return Qt.ItemFlag.ItemIsEnabled  # headers: shown, never selected
        return super().flags(index)
