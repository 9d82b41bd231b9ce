"""File > Export: the manuscript as .txt/.md and the continuity report as HTML, Markdown, CSV.

`ExportActions(window)` asks where (QFileDialog), renders with app.core (exporter, report)
and writes the file. The report is built from what the store holds after the last analysis,
open warnings only: dismissed ones are decisions already made, not work left to do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from app.core.exporter import render_manuscript
from app.core.model import (
    AnalysisResult,
    DocumentStats,
    Entity,
    EntityKind,
    Finding,
    Phrase,
    Span,
    WarningStatus,
)
from app.core.report import render, report_dict
from app.core.text import count_words
from app.gui import dialogs

# (filter shown in the dialog, format name, file suffix)
MANUSCRIPT_TYPES = (
    ("Markdown (*.md)", "md", ".md"),
    ("Plain text (*.txt)", "txt", ".txt"),
)
REPORT_TYPES = (
    ("Web page (*.html)", "html", ".html"),
    ("Markdown (*.md)", "md", ".md"),
    ("Spreadsheet (*.csv)", "csv", ".csv"),
)
_SUFFIX_ALIASES = {".markdown": ".md", ".htm": ".html", ".text": ".txt"}


FileTypes = tuple[tuple[str, str, str], ...]


def choose_format(path: str, chosen_filter: str, types: FileTypes) -> tuple[Path, str]:
    """The target and format: the typed suffix wins, else the filter picked (suffix added)."""
    target = Path(path)
    suffix = _SUFFIX_ALIASES.get(target.suffix.casefold(), target.suffix.casefold())
    for _label, fmt, known in types:
        if suffix == known:
            return target, fmt
    _label, fmt, known = next((t for t in types if t[0] == chosen_filter), types[0])
    return target.with_name(target.name + known), fmt


def _span(mention: Any) -> Span:
    return Span(str(mention.document_id), mention.start, mention.end, mention.text)


def report_from_store(project: Any) -> dict[str, Any]:
    """The CLI's report dictionary for what the project holds (open warnings only)."""
    documents = project.document_texts()
    stats = tuple(DocumentStats(d.id, d.title, count_words(d.text)) for d in documents)

    def entities(kind: EntityKind) -> tuple[Entity, ...]:
        return tuple(
            Entity(row.name, row.kind, row.aliases, tuple(map(_span, project.mentions(row.id))))
            for row in project.entities(kind)
        )

    result = AnalysisResult(
        documents=stats,
        characters=entities(EntityKind.CHARACTER),
        places=entities(EntityKind.PLACE),
        phrases=tuple(Phrase(p.text, p.count, (), p.score) for p in project.phrases()),
        warnings=tuple(
            Finding(w.kind, w.message, w.names, tuple(map(_span, w.evidence)), w.key, w.rule)
            for w in project.warnings(WarningStatus.OPEN)
        ),
    )
    return report_dict(result, {doc.id: doc for doc in documents})


class ExportActions:
    """The two export menu actions; keeps no state of its own."""

    def __init__(self, window: Any) -> None:
        self.w = window

    def export_manuscript(self) -> Path | None:
        """Write every chapter, in order, titles as headings; returns the file written."""
        project = self.w.project
        if project is None:
            return None
        self.w.flush_edits()
        target = self._ask("Export manuscript", f"{Path(project.path).stem}", MANUSCRIPT_TYPES)
        if target is None:
            return None
        path, fmt = target
        chapters = [(doc.title, doc.text) for doc in project.documents()]
        return self._write(path, render_manuscript(chapters, fmt))

    def export_report(self) -> Path | None:
        """Write the continuity report as HTML, Markdown or CSV; returns the file written."""
        project = self.w.project
        if project is None:
            return None
        target = self._ask("Export report", f"{Path(project.path).stem} report", REPORT_TYPES)
        if target is None:
            return None
        path, fmt = target
        return self._write(path, render(report_from_store(project), fmt))

    def _ask(self, title: str, stem: str, types: FileTypes) -> tuple[Path, str] | None:
        folder = Path(self.w.project.path).parent
        path, chosen = QFileDialog.getSaveFileName(
            self.w, title, str(folder / f"{stem}{types[0][2]}"), ";;".join(t[0] for t in types)
        )
        return choose_format(path, chosen, types) if path else None

    def _write(self, path: Path, text: str) -> Path | None:
        try:
            # newline="" keeps CSV's \r\n row ends exactly as the csv module wrote them.
            path.write_text(text, encoding="utf-8", newline="")
        except OSError as error:
            dialogs.show_error(
                self.w, "Could not export", f"{path.name} could not be written ({error.strerror})"
            )
            return None
        self.w.statusBar().showMessage(f"Exported to {path}", 8000)
        return path
