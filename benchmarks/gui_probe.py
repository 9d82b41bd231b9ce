"""The GUI figures of `make bench`, measured in an offscreen Qt process.

Run by benchmarks.run.gui_figures as `python benchmarks/gui_probe.py EMMA HOME` with
QT_QPA_PLATFORM=offscreen and HOME pointing at a scratch folder. It builds a project of Emma's
chapters (not timed), then measures, as a writer would feel them:

- first_paint_ms: from creating the QApplication to the editor's first paint of the chapter;
- typing_stall_ms: the longest the event loop was blocked while a sentence is typed one key
  every 40 ms and the background analysis it triggers is applied (a 5 ms heartbeat timer
  records the gaps; a stall is the longest gap minus the heartbeat interval);
- edit_to_panel_ms: median over EDITS single keystrokes (each after the previous result is
  shown) from the keystroke until the side panel has painted the new result, i.e. until
  MainWindow.analysis_applied and the layout and paint it causes (includes the runner's
  deliberate debounce);
- refresh_ms: for the same edits, from the end of the debounce (the analysis is asked for)
  until the panel has painted the result, and its parts from MainWindow.last_refresh:
  refresh_analysis_ms (Analyzer.run, worker), refresh_save_ms (save by difference, which also
  builds the panel's rows, worker), refresh_apply_ms (updating the models, GUI thread) and
  refresh_paint_ms (the layout and paint that follow, GUI thread); refresh_overhead_ms is
  everything but the analysis on that path, refresh_gui_thread_ms the GUI thread's share
  (taking the snapshot, applying, painting). Medians over the edits.

The deferred layout and paint are measured by running the pending events inside the
analysis_applied slot, a measuring device of this probe only (the app never does that).

It prints one JSON object on its last line of stdout, or {"error": ...}.
"""

from __future__ import annotations

import itertools
import json
import re
import resource
import statistics
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HEARTBEAT_MS = 5
KEY_INTERVAL_MS = 40
EDITS = 7  # single-keystroke edits timed for edit_to_panel_ms and refresh_ms (medians)
SETTLE_MS = 300  # quiet time between those edits, as a writer pausing to read


def emma_chapters(text: str) -> list[tuple[str, str]]:
    """Emma split at its "CHAPTER N" lines, so the editor holds a chapter, as it would."""
    parts = re.split(r"\n(?=CHAPTER [IVXLC]+\n)", text)
    return [(p.strip().splitlines()[0].title(), p.strip()) for p in parts if p.strip()]


def peak_rss_mb() -> float:
    """The whole app's peak resident memory so far.

    Linux's VmHWM belongs to this program's memory; ru_maxrss would not do there, since it
    keeps the peak of the process that started this one (make bench, grown by analysing
    Emma × 6) across the exec. Elsewhere ru_maxrss is all there is (bytes on macOS)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main() -> int:
    sys.path.insert(0, str(REPO))
    emma, home = Path(sys.argv[1]), Path(sys.argv[2])
    from app.store import Project
    from benchmarks.eval.gold import normalise_text

    project_path = home / "emma.continuity"
    project = Project.create(project_path)
    project.add_documents(emma_chapters(normalise_text(emma.read_bytes())))
    project.close()

    started = time.perf_counter()
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtTest import QTest

    from app.gui import create_application
    from app.gui.main_window import MainWindow

    application = create_application([sys.argv[0]])
    painted: dict[str, float] = {}

    class PaintWatch(QObject):
        """Notes the first paint of the editor's viewport (where the chapter text is drawn)."""

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.setdefault("editor", time.perf_counter())
            return False

    def wait(until: Callable[[], bool], timeout_ms: int) -> bool:
        """Run the event loop until `until()` is true or the timeout passes."""
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(5)
        poll.timeout.connect(lambda: until() and loop.quit())
        QTimer.singleShot(timeout_ms, loop.quit)
        poll.start()
        if not until():
            loop.exec()
        poll.stop()
        return until()

    window = MainWindow()
    watch = PaintWatch()
    window.editor.viewport().installEventFilter(watch)
    # Connected before opening: opening the project starts the first analysis at once.
    idle = {"flag": False}
    applied = {"count": 0, "at": 0.0, "paint": 0.0}

    def on_applied() -> None:
        arrived = time.perf_counter()
        # Measuring only: run the layout and paint the refresh queued, to time them.
        application.processEvents()
        done = time.perf_counter()
        applied.update(count=applied["count"] + 1, at=done, paint=(done - arrived) * 1000)

    window.analysis_idle.connect(lambda: idle.update(flag=True))
    window.analysis_applied.connect(on_applied)
    window.resize(1400, 900)
    window.open_path(project_path)
    window.show()
    wait(lambda: "editor" in painted, 20_000)
    result: dict[str, object] = {}
    if "editor" in painted:
        result["first_paint_ms"] = (painted["editor"] - started) * 1000
    else:
        result["first_paint_ms_note"] = "the editor never painted within 20 s"
    # The first full analysis of the project; its cost is figure (a), not a GUI figure.
    wait(lambda: applied["count"] > 0 and idle["flag"], 180_000)

    # Typing: one key every 40 ms into the middle of the chapter, heartbeat measuring gaps.
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    cursor.setPosition(len(window.editor.toPlainText()) // 2)
    window.editor.setTextCursor(cursor)
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    sentence = " She said nothing more about it, and Harriet was silent."
    keys = iter(sentence)
    typed = {"done": False}

    def type_next() -> None:
        key = next(keys, None)
        if key is None:
            typed["done"] = True
            return
        QTest.keyClicks(window.editor, key)
        QTimer.singleShot(KEY_INTERVAL_MS, type_next)

    before = applied["count"]
    idle["flag"] = False
    heartbeat.start()
    type_next()
    wait(lambda: typed["done"], 60_000)
    # Keep the heartbeat running until the analysis the typing triggered has been applied.
    wait(lambda: applied["count"] > before and idle["flag"], 60_000)
    wait(lambda: False, 300)
    heartbeat.stop()
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
    if gaps:
        result["typing_stall_ms"] = max(0.0, max(gaps) - HEARTBEAT_MS)

    # A writer reviewing warnings: the Warnings tab open, one selected, while they edit.
    panel = window.side_panel
    panel.setCurrentWidget(panel.warnings)
    listed = panel.warnings.model.warnings()
    if listed:
        panel.warnings.select_key(listed[len(listed) // 3].key)
    window.editor.setFocus()
    # Edit -> side panel: single keystrokes, each once the previous result is shown.
    samples: dict[str, list[float]] = {}
    for _ in range(EDITS):
        wait(lambda: False, SETTLE_MS)
        before = applied["count"]
        edited = time.perf_counter()
        QTest.keyClicks(window.editor, "!")
        if not wait(lambda before=before: applied["count"] > before and not window.busy, 60_000):
            result["edit_to_panel_ms_note"] = "no analysis_applied within 60 s of an edit"
            break
        times = window.last_refresh
        if times is None:
            result["refresh_ms_note"] = "MainWindow.last_refresh was not set"
            break
        parts = {
            "edit_to_panel_ms": (applied["at"] - edited) * 1000,
            "refresh_ms": times.total + applied["paint"],
            "refresh_analysis_ms": times.analysis,
            "refresh_save_ms": times.save,
            "refresh_apply_ms": times.apply,
            "refresh_paint_ms": applied["paint"],
            "refresh_overhead_ms": times.total + applied["paint"] - times.analysis,
            "refresh_gui_thread_ms": times.snapshot + times.apply + applied["paint"],
        }
        for key, value in parts.items():
            samples.setdefault(key, []).append(value)
    result.update({key: statistics.median(values) for key, values in samples.items()})
    result["note"] = (
        f"{len(emma_chapters(normalise_text(emma.read_bytes())))} chapters; medians of "
        f"{len(samples.get('refresh_ms', []))} one-key edits; edit→panel includes the "
        "runner's debounce, refresh starts after it; both end once the panel has painted"
    )
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result), flush=True)
    window.cancel_background_work()
    window.close()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception:  # the bench table shows this line instead of a missing figure
        print(json.dumps({"error": traceback.format_exc(limit=-2).strip().splitlines()[-1]}))
        sys.exit(0)
