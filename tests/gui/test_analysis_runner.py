"""The analysis runner: debounced, one job at a time, stale results thrown away."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from app.core.analysis import AnalysisCancelled
from app.core.model import AnalysisResult, Decisions, DocumentStats, DocumentText, Settings
from app.gui import analysis_runner
from app.gui.analysis_runner import AnalysisRunner


class GatedAnalyzer:
    """Holds each run until `gate` is set; records how many runs overlapped (must be 0)."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.running = 0
        self.overlaps = 0
        self.seen: list[str] = []

    def run(self, documents, decisions=None, settings=None, cancelled=None):
        self.running += 1
        self.overlaps += self.running > 1
        try:
            while not self.gate.wait(0.01):
                if cancelled is not None and cancelled():
                    raise AnalysisCancelled()
            self.seen.append(documents[0].text)
            return AnalysisResult((DocumentStats("1", documents[0].text, 1),), (), (), (), ())
        finally:
            self.running -= 1


def _runner(monkeypatch, texts, debounce_ms=50):
    analyzer = GatedAnalyzer()
    monkeypatch.setattr(analysis_runner, "Analyzer", lambda: analyzer)
    runner = AnalysisRunner(
        lambda: ([DocumentText("1", "t", texts[-1])], Decisions(), Settings()),
        debounce_ms=debounce_ms,
    )
    return runner, analyzer


def test_a_result_older_than_the_latest_edit_is_discarded(qtbot, monkeypatch):
    texts = ["first"]
    runner, analyzer = _runner(monkeypatch, texts, debounce_ms=300)
    results = []
    runner.finished.connect(results.append)
    runner.run_now()
    texts.append("second")  # an edit arrives while the first run is still going...
    runner.schedule()
    analyzer.gate.set()  # ...and the first run finishes before the debounce fires
    qtbot.waitUntil(lambda: analyzer.seen == ["first"], timeout=5000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    QThreadPool.globalInstance().waitForDone()
    assert analyzer.seen == ["first", "second"]
    assert [r.documents[0].title for r in results] == ["second"]
    assert analyzer.overlaps == 0


def test_an_edit_during_a_run_cancels_it_and_runs_again(qtbot, monkeypatch):
    texts = ["first"]
    runner, analyzer = _runner(monkeypatch, texts)
    results = []
    runner.finished.connect(results.append)
    runner.run_now()
    texts.append("second")
    runner.schedule()
    qtbot.wait(150)  # the debounce fires while the first run waits: it is cancelled
    analyzer.gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    QThreadPool.globalInstance().waitForDone()
    assert analyzer.seen == ["second"]
    assert [r.documents[0].title for r in results] == ["second"]
    assert analyzer.overlaps == 0


def test_schedule_is_debounced(qtbot, monkeypatch):
    texts = ["a"]
    runner, analyzer = _runner(monkeypatch, texts)
    analyzer.gate.set()
    starts = []
    runner.started.connect(lambda: starts.append(1))
    for _ in range(5):
        runner.schedule()
        qtbot.wait(10)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        pass
    assert starts == [1]


def test_cancel_stops_the_job(qtbot, monkeypatch):
    runner, _analyzer = _runner(monkeypatch, ["a"])
    results = []
    runner.finished.connect(results.append)
    with qtbot.waitSignal(runner.stopped, timeout=5000):
        runner.run_now()
        runner.cancel()
    QThreadPool.globalInstance().waitForDone()
    assert results == []
    assert not runner.busy


def _saving_runner(monkeypatch, texts, save):
    analyzer = GatedAnalyzer()
    analyzer.gate.set()
    monkeypatch.setattr(analysis_runner, "Analyzer", lambda: analyzer)
    runner = AnalysisRunner(
        lambda: ([DocumentText("1", "t", texts[-1])], Decisions(), Settings()),
        debounce_ms=50,
        save=save,
    )
    return runner, analyzer


def test_results_are_saved_on_the_worker_thread_before_finished(qtbot, monkeypatch):
    saved: list[tuple[str, bool]] = []
    main = threading.get_ident()

    def save(result):
        saved.append((result.documents[0].title, threading.get_ident() != main))

    runner, _analyzer = _saving_runner(monkeypatch, ["first"], save)
    assert runner.saves
    results = []
    runner.finished.connect(lambda result: results.append((result, list(saved))))
    runner.run_now()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    QThreadPool.globalInstance().waitForDone()
    assert saved == [("first", True)]
    assert results[0][1] == [("first", True)]  # saved before the window heard of it


def test_a_stale_result_is_not_saved(qtbot, monkeypatch):
    texts = ["first"]
    saved: list[str] = []
    runner, analyzer = _saving_runner(monkeypatch, texts, lambda r: saved.append(
        r.documents[0].title))
    analyzer.gate.clear()
    runner.run_now()
    texts.append("second")
    runner.schedule()  # the first run's result is stale before it is done
    analyzer.gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    QThreadPool.globalInstance().waitForDone()
    assert saved == ["second"]


def test_a_failed_save_is_reported_not_applied(qtbot, monkeypatch):
    from app.store.errors import ProjectError

    def save(_result):
        raise ProjectError("emma.continuity could not be saved (disk full)")

    runner, _analyzer = _saving_runner(monkeypatch, ["first"], save)
    results, failures = [], []
    runner.finished.connect(results.append)
    runner.failed.connect(failures.append)
    runner.run_now()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    QThreadPool.globalInstance().waitForDone()
    assert results == []
    assert "disk full" in failures[0]
