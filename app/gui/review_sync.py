"""Keeps the review side panel in step with the store and with the open chapter.

`ReviewSync(window)` updates the panel's models from the store's rows after each analysis
(by difference, so a writer keeps their place), keeps selections by name or key, lists and
highlights occurrences, and carries out the warning actions (open, step, dismiss, restore).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.core.model import WarningStatus
from app.gui import dialogs
from app.gui.side_panel import NO_SELECTION, OccurrenceTab
from app.store import ReviewRows


def _key(row: Any) -> str | None:
    """What identifies a row across analyses: an entity's name or a phrase's text."""
    return getattr(row, "name", None) or getattr(row, "text", None)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


class ReviewSync:
    """The panel's presenter; `window` is the MainWindow (or a stand-in with its attributes)."""

    def __init__(self, window: Any) -> None:
        self.w = window
        self._shown: Any = None  # the project the panel's rows come from
        window.side_panel.warnings.mark_reviewed_requested.connect(self.mark_reviewed)

    def refresh_review(self, rows: ReviewRows | None = None) -> None:
        """Show the store's review rows (`rows` if the caller already read them).

        Within one project the models are updated by difference, so each list keeps its
        selection, scroll position and the occurrence being stepped through; another
        project (or none) resets them."""
        panel = self.w.side_panel
        project = self.w.project
        if project is None:
            rows = ReviewRows((), (), (), ())
        elif rows is None:
            rows = project.review_rows()
        fresh = project is not self._shown
        self._shown = project
        show_all = panel.warnings.show_dismissed.isChecked()
        # "Show dismissed" lists every warning the store keeps; otherwise the open ones.
        warnings = [w for w in rows.warnings if show_all or w.status == WarningStatus.OPEN]
        open_count = sum(1 for w in warnings if w.status == WarningStatus.OPEN)
        # Mark warnings "new" only once there is a review to be new since.
        panel.warnings.model.show_new = project is not None and any(
            not w.is_new for w in rows.warnings
        )
        tabs = {panel.characters: rows.characters, panel.places: rows.places,
                panel.phrases: rows.phrases}
        if fresh:
            self._reset(tabs, warnings)
        else:
            self._update(tabs, warnings)
        panel.set_counts(len(rows.characters), len(rows.places), len(rows.phrases), open_count)
        if project is not None and not self.w.runner.busy:
            self.w.show_warning_state()
        self.highlight_current_selection()
        panel.refreshed.emit()

    def _reset(self, tabs: dict[OccurrenceTab, Sequence[Any]], warnings: list[Any]) -> None:
        """Refill every model, selecting again what was selected (by name or key)."""
        panel = self.w.side_panel
        chosen = {tab: _key(tab.current_row()) for tab in tabs}
        current_warning = panel.warnings.current_warning()
        for tab, rows in tabs.items():
            tab.model.set_rows(rows)
        panel.warnings.model.set_rows(warnings)
        for tab, key in chosen.items():
            match = next((i for i, r in enumerate(tab.model.rows()) if _key(r) == key), -1)
            if key is not None and match >= 0:
                tab.select_row(match)
            else:
                tab.set_occurrences(NO_SELECTION, [])
        if current_warning is not None:
            panel.warnings.select_key(current_warning.key)

    def _update(self, tabs: dict[OccurrenceTab, Sequence[Any]], warnings: list[Any]) -> None:
        """Update every model by difference; the views keep their current rows."""
        panel = self.w.side_panel
        chosen = {tab: _key(tab.current_row()) for tab in tabs}
        current_warning = panel.warnings.current_warning()
        for tab, rows in tabs.items():
            tab.model.update_rows(rows)
        panel.warnings.model.update_rows(warnings)
        # Quotes from the chapter being written may have changed around unchanged spans.
        edited = self.w.editor.document_id
        panel.warnings.model.redraw_rows(
            lambda w: not isinstance(w, str) and any(m.document_id == edited for m in w.evidence)
        )
        for tab, key in chosen.items():
            if key is None:
                continue
            current = tab.current_row()
            if current is not None and _key(current) == key:
                # Still selected: its occurrences may have moved with the edit.
                self.on_item_selected(tab, current, keep_place=True)
                continue
            match = next((i for i, r in enumerate(tab.model.rows()) if _key(r) == key), -1)
            if match >= 0:
                tab.select_row(match)
            else:  # it is gone (the writer renamed them): nothing stays selected
                tab.clear_selection()
        if current_warning is not None:
            now = panel.warnings.current_warning()
            if now is None or now.key != current_warning.key:
                panel.warnings.select_key(current_warning.key)

    def entity_names(self) -> list[str]:
        panel = self.w.side_panel
        return [row.name for row in panel.characters.model.rows() + panel.places.model.rows()]

    def on_item_selected(self, tab: OccurrenceTab, row: Any, *, keep_place: bool = False) -> None:
        """List where `row` occurs; `keep_place` updates the list (after an analysis) without
        losing the occurrence the writer is on."""
        if row is None or self.w.project is None:
            tab.set_occurrences(NO_SELECTION, [])
        else:
            if hasattr(row, "name"):
                mentions = self.w.project.mentions(row.id)
                label = f"Where {row.name} appears"
            else:
                mentions = self.w.project.phrase_occurrences(row.id)
                label = f"Where “{row.text}” appears"
            order = {doc.id: i for i, doc in enumerate(self.w.chapter_model.rows())}
            mentions = sorted(mentions, key=lambda m: (order.get(m.document_id, 1 << 30), m.start))
            chapters = len({m.document_id for m in mentions})
            label = f"{label}: {_plural(len(mentions), 'time')} in {_plural(chapters, 'chapter')}"
            if keep_place:
                tab.update_occurrences(label, mentions, self.w.editor.document_id)
            else:
                tab.set_occurrences(label, mentions)
        self.highlight_current_selection()

    def highlight_current_selection(self) -> None:
        """Highlight, in the open chapter, the occurrences of whatever the current tab selects."""
        tab = self.w.side_panel.currentWidget()
        mentions: list[Any] = []
        if isinstance(tab, OccurrenceTab):
            mentions = tab.occurrences.rows()
        elif tab is self.w.side_panel.warnings:
            warning = self.w.side_panel.warnings.current_warning()
            mentions = list(warning.evidence) if warning is not None else []
        doc_id = self.w.editor.document_id
        self.w.editor.highlight_spans((m.start, m.end) for m in mentions if m.document_id == doc_id)

    def open_warning(self, warning: Any) -> None:
        """Open the warning's first piece of evidence, selected in its chapter."""
        self.w.side_panel.warnings.select_key(warning.key)
        if warning.evidence:
            self.w.show_mention(warning.evidence[0])
            self.highlight_current_selection()

    def step_warning(self, delta: int) -> None:
        self.w.side_panel.setCurrentWidget(self.w.side_panel.warnings)
        warning = self.w.side_panel.warnings.step(delta)
        if warning is not None:
            self.open_warning(warning)

    def dismiss_warning(self, warning: Any) -> None:
        if self.w.project is None or self.w.project.read_only:
            return
        reason = dialogs.ask_dismiss_reason(self.w)
        if reason is None:
            return
        self.w.project.set_warning_status(warning.key, WarningStatus.DISMISSED, reason)
        self.refresh_review()

    def mark_reviewed(self) -> None:
        """Everything listed now has been seen: no warning is marked "new" until the next one."""
        if self.w.project is None or self.w.project.read_only:
            return
        self.w.project.mark_warnings_reviewed()
        self.refresh_review()

    def restore_warning(self, warning: Any) -> None:
        if self.w.project is None or self.w.project.read_only:
            return
        self.w.project.set_warning_status(warning.key, WarningStatus.OPEN)
        self.refresh_review()
