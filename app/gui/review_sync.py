"""Keeps the review side panel in step with the store and with the open chapter.

`ReviewSync(window)` refills the panel's models from the store after each analysis, keeps
selections by name or key across refreshes (row ids change with every analysis), lists and
highlights occurrences, and carries out the warning actions (open, step, dismiss, restore).
"""

from __future__ import annotations

from typing import Any

from app.core.model import EntityKind, WarningStatus
from app.gui import dialogs
from app.gui.side_panel import NO_SELECTION, OccurrenceTab


def _key(row: Any) -> str | None:
    """What identifies a row across analyses: an entity's name or a phrase's text."""
    return getattr(row, "name", None) or getattr(row, "text", None)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


class ReviewSync:
    """The panel's presenter; `window` is the MainWindow (or a stand-in with its attributes)."""

    def __init__(self, window: Any) -> None:
        self.w = window
        window.side_panel.warnings.mark_reviewed_requested.connect(self.mark_reviewed)

    def refresh_review(self) -> None:
        """Refill the side panel from the store, keeping each tab's selection by name/key."""
        panel = self.w.side_panel
        project = self.w.project
        chosen = {
            tab: _key(tab.current_row()) for tab in (panel.characters, panel.places, panel.phrases)
        }
        current_warning = panel.warnings.current_warning()
        if project is None:
            characters, places, phrases, warnings = [], [], [], []
            open_count = 0
        else:
            characters = project.entities(EntityKind.CHARACTER)
            places = project.entities(EntityKind.PLACE)
            phrases = project.phrases()
            show_all = panel.warnings.show_dismissed.isChecked()
            warnings = project.warnings(None if show_all else WarningStatus.OPEN)
            open_count = sum(1 for w in warnings if str(w.status) == WarningStatus.OPEN)
        panel.characters.model.set_rows(characters)
        panel.places.model.set_rows(places)
        panel.phrases.model.set_rows(phrases)
        # Mark warnings "new" only once there is a review to be new since.
        panel.warnings.model.show_new = project is not None and any(
            not w.is_new for w in project.warnings(None)
        )
        panel.warnings.model.set_rows(warnings)
        panel.set_counts(len(characters), len(places), len(phrases), open_count)
        for tab, key in chosen.items():
            match = next((i for i, r in enumerate(tab.model.rows()) if _key(r) == key), -1)
            if key is not None and match >= 0:
                tab.select_row(match)
            else:
                tab.set_occurrences(NO_SELECTION, [])
        if current_warning is not None:
            panel.warnings.select_key(current_warning.key)
        if self.w.project is not None and not self.w.runner.busy:
            self.w.show_warning_state()
        self.highlight_current_selection()

    def entity_names(self) -> list[str]:
        panel = self.w.side_panel
        return [row.name for row in panel.characters.model.rows() + panel.places.model.rows()]

    def on_item_selected(self, tab: OccurrenceTab, row: Any) -> None:
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
            tab.set_occurrences(
                f"{label}: {_plural(len(mentions), 'time')} in {_plural(chapters, 'chapter')}",
                mentions,
            )
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
