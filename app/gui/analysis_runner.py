"""Keeps the analysis current: debounced re-runs, one job at a time, stale results dropped.

Every edit bumps `generation`. A job carries the generation it was started for; when it
finishes for an older generation than the latest edit its result is thrown away and a fresh
run follows. The one Analyzer (and its cache) is only ever used by the single running job.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from app.core.analysis import Analyzer
from app.core.model import AnalysisResult, Decisions, DocumentText, Settings
from app.gui.worker import AnalysisJob

# A pause in typing longer than the gaps between keystrokes inside a word. A re-analysis after
# an edit costs ~30 ms on a whole novel and is cancelled by the next keystroke, so waiting
# longer would only delay the panel.
DEBOUNCE_MS = 300
Snapshot = tuple[list[DocumentText], Decisions, Settings]
# The snapshot callable returns None when there is nothing to analyse (no project open).


class AnalysisRunner(QObject):
    """`started` when a job begins, `finished(result)` for a current result, `failed(msg)`,
    `stopped` when the writer cancels; `idle` whenever nothing is left to do."""

    started = Signal()
    finished = Signal(object)
    failed = Signal(str)
    stopped = Signal()
    idle = Signal()

    def __init__(
        self,
        snapshot: Callable[[], Snapshot | None],
        debounce_ms: int = DEBOUNCE_MS,
        save: Callable[[AnalysisResult], Any] | None = None,
    ) -> None:
        """With `save`, each current result is saved by the job on its worker thread (with a
        connection of its own) before `finished` is emitted; `saves` tells receivers so, and
        `last_job` (set before `finished`) holds what the save returned and the job's times."""
        super().__init__()
        self._snapshot = snapshot
        self._save = save
        self._analyzer = Analyzer()
        self._job: AnalysisJob | None = None
        self.last_job: AnalysisJob | None = None
        self._rerun = False  # start again when the running job ends
        self._user_cancelled = False
        self.generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start_or_queue)

    @property
    def saves(self) -> bool:
        """Whether results arrive already saved (see `save`)."""
        return self._save is not None

    @property
    def busy(self) -> bool:
        return self._job is not None or self._timer.isActive()

    def schedule(self) -> None:
        """Something changed: analyse again once things have been quiet for a moment."""
        self.generation += 1
        self._timer.start()

    def run_now(self) -> None:
        self.generation += 1
        self._timer.stop()
        self._start_or_queue()

    def cancel(self) -> None:
        """The writer pressed Cancel: stop the running job, forget queued runs."""
        self._timer.stop()
        self._rerun = False
        if self._job is not None:
            self._user_cancelled = True
            self._job.cancel()

    def shutdown(self) -> None:
        """Stop and wait for the job, so nothing reports to a closing window."""
        self.cancel()
        if self._job is not None:
            QThreadPool.globalInstance().waitForDone()
            self._job = None

    def _start_or_queue(self) -> None:
        if self._job is not None:
            # Only one job may use the analyzer: stop it; its end starts the next run.
            self._rerun = True
            self._job.cancel()
            return
        self._rerun = False
        self._user_cancelled = False
        requested = time.perf_counter()  # the pause is over: from here the writer waits
        snapshot = self._snapshot()
        if snapshot is None:
            self.idle.emit()
            return
        documents, decisions, settings = snapshot
        generation = self.generation
        job = AnalysisJob(
            generation, self._analyzer, documents, decisions, settings, self._save,
            # Read from the worker thread: an int attribute, so no lock is needed.
            lambda: self.generation == generation,
        )
        job.times["requested"] = requested
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        self._job = job
        self.started.emit()
        QThreadPool.globalInstance().start(job)

    def _job_ended(self) -> None:
        self._job = None
        if self._rerun and not self._timer.isActive():
            self._start_or_queue()
        elif not self._timer.isActive():
            self.idle.emit()

    # Each handler first drops signals of a job already let go of (shutdown): they may
    # still be queued when the next project opens.

    @Slot(object, object)
    def _on_finished(self, job: AnalysisJob, result: object) -> None:
        if job is not self._job:
            return
        if job.generation != self.generation:  # stale: an edit came in while it ran
            self._rerun = True
            self._job_ended()
            return
        self._job = None
        job.times["received"] = time.perf_counter()
        self.last_job = job
        if job.save_error:
            self.failed.emit(f"not saved: {job.save_error}")
        else:
            self.finished.emit(result)
        self._job_ended()

    @Slot(object, str)
    def _on_failed(self, job: AnalysisJob, message: str) -> None:
        if job is not self._job:
            return
        self._job = None
        self.failed.emit(message)
        self._job_ended()

    @Slot(object)
    def _on_cancelled(self, job: AnalysisJob) -> None:
        if job is not self._job:
            return
        if self._user_cancelled and not self._rerun:
            self._user_cancelled = False
            self._job = None
            self.stopped.emit()
        self._job_ended()
