"""Background jobs on QThreadPool: analysis and file import, off the GUI thread.

Each job is a small QRunnable that computes one thing and reports through a `JobSignals`
object created on the GUI thread, so its signals arrive there as queued calls. Jobs never
use the GUI thread's store connection: they get a snapshot in and hand a plain result back.
An analysis job may also save its result, through a connection of its own (one SQLite
connection per thread), so the GUI thread only refreshes its panels.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from app.core.analysis import AnalysisCancelled, Analyzer
from app.core.errors import ContinuityError
from app.core.model import AnalysisResult, Decisions, DocumentText, Settings
from app.gui.memory import settle_after_analysis


class JobSignals(QObject):
    """`finished(job, result)`, `failed(job, message)`, `cancelled(job)`.

    The job itself travels with each signal so a receiver can ignore jobs it has let go of.
    """

    finished = Signal(object, object)
    failed = Signal(object, str)
    cancelled = Signal(object)


class _Job(QRunnable):
    def __init__(self, generation: int) -> None:
        super().__init__()
        # Python keeps the job alive (the window holds it) so the pool must not delete it.
        self.setAutoDelete(False)
        self.generation = generation
        self.signals = JobSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.compute()
        except AnalysisCancelled:
            self.signals.cancelled.emit(self)
        except Exception as error:  # reported to the window, which shows a message
            traceback.print_exc()
            self.signals.failed.emit(self, str(error) or type(error).__name__)
        else:
            if self.is_cancelled():
                self.signals.cancelled.emit(self)
            else:
                self.signals.finished.emit(self, result)

    def compute(self) -> object:
        raise NotImplementedError


class AnalysisJob(_Job):
    """Runs `analyzer` over a snapshot of the project's chapters, decisions and settings.

    With `save`, the job also stores a result that is still wanted (`is_current()`), here on
    its own thread: writing a novel's analysis takes milliseconds the GUI thread would
    otherwise stall for. `save` must open its own store connection (see
    Project.save_analysis_from_thread); what it returns (the rows the review panel lists,
    as the save left them) is kept in `saved_rows`, a failure in `save_error`.
    `times` holds time.perf_counter() stamps: "started", "analysed" and, after a save,
    "saved" (the window adds its own to report where a refresh's time goes).
    """

    def __init__(
        self,
        generation: int,
        analyzer: Analyzer,
        documents: Sequence[DocumentText],
        decisions: Decisions,
        settings: Settings,
        save: Callable[[AnalysisResult], Any] | None = None,
        is_current: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(generation)
        self._analyzer = analyzer
        self._documents = tuple(documents)
        self._decisions = decisions
        self._settings = settings
        self._save = save
        self._is_current = is_current
        self.saved = False
        self.saved_rows: Any = None
        self.save_error = ""
        self.times: dict[str, float] = {}

    def compute(self) -> object:
        self.times["started"] = time.perf_counter()
        result = self._analyzer.run(
            self._documents, self._decisions, self._settings, cancelled=self.is_cancelled
        )
        settle_after_analysis()  # the save below must not pay to re-scan the run's objects
        self.times["analysed"] = time.perf_counter()
        if self._save is not None and not self.is_cancelled() and self._is_current():
            try:
                self.saved_rows = self._save(result)
                self.saved = True
            except ContinuityError as error:
                self.save_error = str(error)
            self.times["saved"] = time.perf_counter()
        return result


class ImportJob(_Job):
    """Reads and cleans files with app.core.importer; result is an ImportBatch."""

    def __init__(self, paths: Sequence[str | Path]) -> None:
        super().__init__(generation=0)  # imports are not versioned like analysis runs
        self._paths = list(paths)

    def compute(self) -> object:
        from app.core.importer import import_paths  # imported late: the module may be absent

        return import_paths(self._paths, split_chapters=True)  # the GUI splits long .txt files
