"""The main window: chapters on the left, the writing page in the centre, review on the right.

The window owns one open Project (or none) and wires everything to it in one place: the
editor's edits go to the store through the Autosaver, analysis runs through the
AnalysisRunner, whose worker saves each result (by difference) and hands back the panel's
rows, so this (GUI) thread only updates the side panel's models by difference. Read-only
projects (another window or process holds the lock) get a banner and a read-only editor.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.core.errors import ContinuityError
from app.core.model import DocumentText, WarningStatus
from app.gui import dialogs, prefs
from app.gui.analysis_runner import AnalysisRunner, Snapshot
from app.gui.backups import RollingBackups, offer_restore
from app.gui.chapter_search import ChapterSearch
from app.gui.editor import Autosaver, ChapterEditor, count_words
from app.gui.entity_detail import EntityDetails
from app.gui.export_actions import ExportActions
from app.gui.file_actions import FileActions
from app.gui.find_bar import FindBar
from app.gui.memory import IdleCollector
from app.gui.menus import build_menus
from app.gui.models import ChapterLookup, DocumentListModel
from app.gui.presence_chart import PresenceDock
from app.gui.refresh_times import RefreshTimes
from app.gui.review import ReviewActions
from app.gui.review_sync import ReviewSync
from app.gui.side_panel import SidePanel
from app.gui.theme import HIGHLIGHTS, apply_theme
from app.gui.widgets import label, stack
from app.gui.worker import ImportJob
from app.store import Project, ProjectCorrupt, ReviewRows

WORD_COUNT_MS = 250
# An analysis shows "Analysing…" and a busy bar only once it has run this long: a refresh
# after an edit takes tens of milliseconds, and flashing the status bar for it would only
# distract (and relayout the window every time).
BUSY_AFTER_MS = 300
WELCOME = (
    "Welcome to Continuity.\n\n"
    "Open a project with Ctrl+O, start one with Ctrl+N,\n"
    "or drop your chapters (text, Markdown, Word, OpenDocument) here."
)


class MainWindow(QMainWindow):
    """One window, one project. Signals let tests and tools wait for the background work."""

    analysis_applied = Signal()  # a result was saved to the store and the panels refreshed
    analysis_idle = Signal()  # no analysis running or queued
    import_finished = Signal(int)  # how many chapters were added
    autosaved = Signal()

    def __init__(self, project: Project | None = None) -> None:
        super().__init__()
        self.project: Project | None = None
        self.last_refresh: RefreshTimes | None = None  # where the last refresh's time went
        self._lookup = ChapterLookup({}, {})
        self._word_counts: dict[int, int] = {}
        self._import_job: ImportJob | None = None
        self.setWindowTitle("Continuity")
        self.setAcceptDrops(True)
        self._build_widgets()
        self.review = ReviewActions(self)
        self.review_sync = ReviewSync(self)
        self.files = FileActions(self)
        self.exports = ExportActions(self)
        self.entity_details = EntityDetails(self)
        self.presence = PresenceDock(self)
        self.chapter_search = ChapterSearch(self)
        self.actions_by_name = build_menus(self)
        self.autosaver = Autosaver(self._save_current)
        # Counting a long chapter's words on every keystroke would make typing lag.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(WORD_COUNT_MS)
        self._count_timer.timeout.connect(self._update_word_count)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_analysing)
        self.collector = IdleCollector(parent=self)
        self.autosaver.saved.connect(self.autosaved)
        self.rolling_backups = RollingBackups(self.flush_edits, self)
        self.rolling_backups.failed.connect(lambda text: self.statusBar().showMessage(text))
        # Results are saved on the worker thread: the GUI thread only refreshes the panels.
        self.runner = AnalysisRunner(self._snapshot, save=self._save_analysis_in_worker)
        self._wire()
        self._restore_layout()
        self.actions_by_name["dark"].setChecked(prefs.theme_name() == "dark")
        self._apply_highlight_colour()
        self.set_project(project)

    # -- construction ----------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.chapter_model = DocumentListModel()
        self.chapter_list = QListView()
        self.chapter_list.setObjectName("chapter_list")
        self.chapter_list.setModel(self.chapter_model)
        self.chapter_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        # Long titles ("Emma — VOLUME II, CHAPTER I") lose their shared start, not their end.
        self.chapter_list.setTextElideMode(Qt.TextElideMode.ElideLeft)
        self.chapter_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chapters_pane = stack(
            [label("Chapters", "section_label"), self.chapter_list], margins=(6, 6, 0, 6)
        )

        self.editor = ChapterEditor()
        self.editor.viewport().installEventFilter(self)  # file drops land on the window
        self.find_bar = FindBar(self.editor)
        self.chapter_title = label("", "chapter_title", centred=True)
        self.welcome = label(WELCOME, "welcome_hint", centred=True, wrap=True)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.welcome)
        self.centre.addWidget(stack([self.chapter_title, self.editor, self.find_bar], stretch=1))

        self.side_panel = SidePanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        for pane in (self.chapters_pane, self.centre, self.side_panel):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 770, 420])
        self.splitter.setChildrenCollapsible(False)
        self.banner = label("", "read_only_banner", wrap=True)
        self.banner.hide()
        self.setCentralWidget(stack([self.banner, self.splitter], stretch=1))

        self.word_label = QLabel("")
        self.analysis_label = QLabel("")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy indicator: analysis has no meaningful percentage
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setFlat(True)
        status = self.statusBar()
        status.addWidget(self.word_label)
        for widget in (self.analysis_label, self.progress, self.cancel_button):
            status.addPermanentWidget(widget)
        self._show_busy(False)

    def _wire(self) -> None:
        self.chapter_list.selectionModel().currentChanged.connect(
            lambda current, _previous: self._on_chapter_chosen(current.row())
        )
        self.editor.text_edited.connect(self._on_text_edited)
        self.cancel_button.clicked.connect(self.cancel_background_work)
        self.runner.started.connect(self._busy_timer.start)
        self.runner.finished.connect(self._apply_result)
        self.runner.failed.connect(self._on_analysis_failed)
        self.runner.stopped.connect(lambda: self._set_analysis_state("Analysis cancelled", False))
        self.runner.idle.connect(self._on_runner_idle)
        panel = self.side_panel
        for tab in (panel.characters, panel.places, panel.phrases):
            tab.selected.connect(lambda row, tab=tab: self.review_sync.on_item_selected(tab, row))
            tab.occurrence_activated.connect(self.show_mention)
        panel.characters.context_menu_requested.connect(
            lambda row, at: self.review.show_entity_menu(row, self.review_sync.entity_names(), at)
        )
        panel.places.context_menu_requested.connect(
            lambda row, at: self.review.show_entity_menu(row, self.review_sync.entity_names(), at)
        )
        panel.warnings.activated.connect(self.review_sync.open_warning)
        panel.warnings.dismiss_requested.connect(self.review_sync.dismiss_warning)
        panel.warnings.restore_requested.connect(self.review_sync.restore_warning)
        panel.warnings.show_dismissed_toggled.connect(lambda _on: self.review_sync.refresh_review())
        panel.warnings.context_menu_requested.connect(self.review.show_warning_menu)
        panel.warnings.list_view.selectionModel().currentChanged.connect(
            lambda *_: self.review_sync.highlight_current_selection()
        )
        panel.currentChanged.connect(lambda _i: self.review_sync.highlight_current_selection())

    # -- project lifecycle -----------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        """Show `project` (closing the current one first); None shows the welcome page."""
        self._close_project()
        self.project = project
        self.banner.setVisible(project is not None and project.read_only)
        # Without a project the welcome hint stands alone; empty panes would only distract.
        self.chapters_pane.setVisible(project is not None)
        self.side_panel.setVisible(project is not None)
        if project is not None:
            if project.read_only:
                reason = (project.locked_by or "This project is open read-only").rstrip(".")
                self.banner.setText(
                    f"{reason}. You can read and review here, but changes will not be saved."
                )
            prefs.add_recent_project(project.path)
            self.setWindowTitle(f"{Path(project.path).stem} — Continuity")
        else:
            self.setWindowTitle("Continuity")
        self.editor.setReadOnly(project is None or project.read_only)
        self.rolling_backups.attach(project)
        self.reload_chapters()
        self.review_sync.refresh_review()
        if project is not None and not project.read_only:
            self.runner.run_now()

    def open_path(self, path: str | Path) -> Project | None:
        """Open (or, if missing, create) the project at `path` in this window."""
        path = Path(path)
        if self.project is not None and Path(self.project.path).resolve() == path.resolve():
            return self.project  # reopening would find our own lock and go read-only
        try:
            project = Project.open(path) if path.exists() else Project.create(path)
        except ProjectCorrupt as error:  # offer the newest good backup instead
            project = offer_restore(self, path, error)
            if project is None:
                return None
        except ContinuityError as error:
            dialogs.show_error(self, "Cannot open project", str(error))
            return None
        self.set_project(project)
        return project

    def _close_project(self) -> None:
        if self.project is None:
            return
        self.flush_edits()
        self.rolling_backups.detach()
        self.runner.shutdown()
        self.cancel_import()
        self.project.close()
        self.project = None
        self.editor.load(None, "")

    def closeEvent(self, event: QCloseEvent) -> None:
        prefs.save_bytes("window_geometry", self.saveGeometry())
        prefs.save_bytes("splitter_state", self.splitter.saveState())
        self._close_project()
        super().closeEvent(event)

    def _restore_layout(self) -> None:
        geometry = prefs.load_bytes("window_geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1360, 860)
        state = prefs.load_bytes("splitter_state")
        if state is not None:
            self.splitter.restoreState(state)

    @property
    def busy(self) -> bool:
        """Whether an import or an analysis is running or queued."""
        return self.runner.busy or self._import_job is not None

    def dialog_parent(self) -> QWidget:
        return self

    # -- chapters and the editor -----------------------------------------------------------

    def reload_chapters(self, keep: int | None = None) -> None:
        """Refill the chapter list from the store, reopening chapter `keep` (or the current)."""
        self.flush_edits()  # the reload below replaces the editor's text
        documents = self.project.documents() if self.project is not None else []
        self._lookup = ChapterLookup(
            {doc.id: doc.title for doc in documents}, {doc.id: doc.text for doc in documents}
        )
        self._word_counts = {doc.id: count_words(doc.text) for doc in documents}
        for tab in (self.side_panel.characters, self.side_panel.places, self.side_panel.phrases):
            tab.occurrences.lookup = self._lookup
        self.side_panel.warnings.model.lookup = self._lookup
        wanted = keep if keep is not None else self.editor.document_id
        self.chapter_model.set_rows(documents)
        self.centre.setCurrentIndex(1 if documents else 0)
        if not documents:
            self.editor.load(None, "")
            self.chapter_title.setText("")
            self._update_word_count()
            return
        row = self.chapter_model.row_of(wanted) if wanted is not None else -1
        self.editor.document_id = None  # force a reload: the stored text may have changed
        index = self.chapter_model.index(max(row, 0), 0)
        if self.chapter_list.currentIndex() == index:  # no currentChanged signal will come
            self._on_chapter_chosen(index.row())
        else:
            self.chapter_list.setCurrentIndex(index)

    def reload_after_rename(self) -> None:
        self.reload_chapters()

    def open_chapter(self, document_id: int) -> bool:
        row = self.chapter_model.row_of(document_id)
        if row < 0:
            return False
        self.chapter_list.setCurrentIndex(self.chapter_model.index(row, 0))
        return True

    def _on_chapter_chosen(self, row: int) -> None:
        document = self.chapter_model.row_at(row)
        if document is None or document.id == self.editor.document_id:
            return
        self.flush_edits()
        self.editor.load(document.id, self._lookup.texts.get(document.id, document.text))
        self.chapter_title.setText(document.title)
        self._update_word_count()
        self.review_sync.highlight_current_selection()

    def _on_text_edited(self) -> None:
        self.autosaver.poke()
        self.collector.poke()  # no full garbage collection while the writer types
        self.editor.highlight_spans([])  # offsets shift while typing; analysis restores them
        self._count_timer.start()
        if self.project is not None and not self.project.read_only:
            self.runner.schedule()

    def _save_current(self) -> None:
        doc_id = self.editor.document_id
        if self.project is None or self.project.read_only or doc_id is None:
            return
        text = self.editor.text()
        if self._lookup.texts.get(doc_id) == text:
            return
        try:
            self.project.update_text(doc_id, text)
        except ContinuityError as error:
            dialogs.show_error(self, "Could not save", str(error))
            return
        self._lookup.texts[doc_id] = text
        self._word_counts[doc_id] = count_words(text)

    def flush_edits(self) -> None:
        """Write any pending edit now (before analysis, switching chapters, closing)."""
        self.autosaver.flush()

    def _update_word_count(self) -> None:
        current = self.editor.document_id
        chapter = count_words(self.editor.text()) if current is not None else 0
        # Other chapters are counted once per reload, not on every keystroke (a whole novel
        # takes tens of milliseconds to count).
        others = sum(n for doc_id, n in self._word_counts.items() if doc_id != current)
        total = others + chapter
        if self.project is None:
            self.word_label.setText("")
        else:
            self.word_label.setText(f"{chapter:,} words in chapter · {total:,} in project")

    def show_mention(self, mention: Any) -> None:
        """Open the mention's chapter and select it."""
        if self.open_chapter(mention.document_id):
            self.editor.select_span(mention.start, mention.end)
            self.editor.setFocus()

    # -- analysis --------------------------------------------------------------------------

    def reanalyse(self) -> None:
        if self.project is not None and not self.project.read_only:
            self.runner.run_now()

    def _snapshot(self) -> Snapshot | None:
        if self.project is None or self.project.read_only:
            return None
        self.flush_edits()  # the analysis must see exactly what the store holds
        # The chapter list and `_lookup.texts` mirror the store's chapters (every write of a
        # text updates or reloads them), so the snapshot costs no reading of the whole book.
        documents = [
            DocumentText(str(doc.id), doc.title, self._lookup.texts.get(doc.id, doc.text))
            for doc in self.chapter_model.rows()
        ]
        return documents, self.project.decisions(), self.project.settings()

    def _save_analysis_in_worker(self, result: Any) -> ReviewRows | None:
        """Runs on the analysis worker's thread (the runner waits for it before the project
        is closed or replaced); returns the panel's rows as the save left them."""
        project = self.project
        if project is not None and not project.read_only:
            return project.save_analysis_from_thread(result)
        return None

    def _apply_result(self, result: Any) -> None:
        if self.project is None or self.project.read_only:
            return
        job = self.runner.last_job
        rows = job.saved_rows if job is not None and self.runner.saves else None
        if not self.runner.saves:
            try:
                self.project.save_analysis(result)
            except ContinuityError as error:
                self._set_analysis_state(f"Analysis not saved: {error}", False)
                return
        # The worker's save handed back the panel's rows; this thread only updates the
        # models by difference (a writer's place in the lists is kept).
        self.review_sync.refresh_review(rows)
        if job is not None:
            self.last_refresh = RefreshTimes.of(job.times, time.perf_counter())
        self.collector.poke()
        self.analysis_applied.emit()

    def _on_analysis_failed(self, message: str) -> None:
        self._set_analysis_state(f"Analysis failed: {message}", False)

    def _show_analysing(self) -> None:
        if self.runner.busy:
            self._set_analysis_state("Analysing…", True)

    def _on_runner_idle(self) -> None:
        self._busy_timer.stop()
        if self._import_job is None:
            self._show_busy(False)
        if self.analysis_label.text() == "Analysing…":
            self.show_warning_state()
        self.analysis_idle.emit()

    def _set_analysis_state(self, text: str, busy: bool) -> None:
        self.analysis_label.setText(text)
        self._show_busy(busy)

    def show_warning_state(self) -> None:
        count = len(self.side_panel.warnings.model.warnings()) if self.project else 0
        if self.side_panel.warnings.show_dismissed.isChecked() and self.project is not None:
            count = len(self.project.warnings(WarningStatus.OPEN))
        self.analysis_label.setText(
            "No warnings" if count == 0 else f"{count} warning{'s' if count != 1 else ''}"
        )

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def cancel_background_work(self) -> None:
        self.runner.cancel()
        self.cancel_import()

    # -- importing -------------------------------------------------------------------------

    def import_paths(self, paths: Sequence[str | Path]) -> None:
        """Read `paths` in the background; chapters are added in one transaction when done."""
        if self.project is None and not self.files.new_project():
            return
        assert self.project is not None
        if self.project.read_only:
            dialogs.show_error(self, "Read-only project", "This project is open read-only.")
            return
        self.cancel_import()
        job = ImportJob(list(paths))
        job.signals.finished.connect(self._on_import_finished)
        job.signals.failed.connect(self._on_import_failed)
        job.signals.cancelled.connect(self._on_import_cancelled)
        self._import_job = job
        self._set_analysis_state("Importing…", True)
        QThreadPool.globalInstance().start(job)

    def cancel_import(self) -> None:
        if self._import_job is not None:
            self._import_job.cancel()

    def _end_import(self, message: str, added: int = 0) -> None:
        self._import_job = None
        self._set_analysis_state(message, self.runner.busy)
        self.import_finished.emit(added)

    @Slot(object, str)
    def _on_import_failed(self, job: ImportJob, message: str) -> None:
        if job is self._import_job:
            self._end_import(f"Import failed: {message}")

    @Slot(object)
    def _on_import_cancelled(self, job: ImportJob) -> None:
        if job is self._import_job:
            self._end_import("Import cancelled")

    @Slot(object, object)
    def _on_import_finished(self, job: ImportJob, batch: Any) -> None:
        if job is not self._import_job:
            return
        if self.project is None or job.is_cancelled():  # cancelled after it had finished
            self._end_import("Import cancelled")
            return
        dialogs.show_refused(self, [str(refusal) for refusal in batch.refused])
        items = [(doc.title, doc.text) for doc in batch.documents]
        try:  # one transaction: the whole batch is added, or (disk full...) none of it
            ids = self.project.add_documents(items) if items else []
        except ContinuityError as error:
            dialogs.show_error(self, "Import failed", str(error))
            self._end_import(f"Import failed: {error}")
            return
        self.reload_chapters(keep=self.editor.document_id or (ids[0] if ids else None))
        self._end_import(f"Imported {len(ids)} chapter{'s' if len(ids) != 1 else ''}", len(ids))
        if ids:
            self.runner.run_now()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The editor would paste a dropped file's path as text; import the file instead.
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            mime = event.mimeData()  # type: ignore[attr-defined]
            if mime.hasUrls() and all(url.isLocalFile() for url in mime.urls()):
                if event.type() == QEvent.Type.Drop:
                    self.dropEvent(event)  # type: ignore[arg-type]
                else:
                    event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        return super().eventFilter(watched, event)

    def toggle_theme(self) -> None:
        name = "dark" if prefs.theme_name() == "light" else "light"
        prefs.set_theme_name(name)
        app = QApplication.instance()
        sizes = self.splitter.sizes()  # restyling re-balances the splitter; keep the writer's
        if isinstance(app, QApplication):
            apply_theme(app, name)
        self.splitter.setSizes(sizes)
        self.actions_by_name["dark"].setChecked(name == "dark")
        self._apply_highlight_colour()

    def _apply_highlight_colour(self) -> None:
        self.editor.highlighter.set_colour(HIGHLIGHTS[prefs.theme_name()][0])

    def show_about(self) -> None:
        dialogs.show_about(self)
