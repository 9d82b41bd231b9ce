"""Where the time between "analyse now" and "the panel shows it" went, for the bench.

The analysis job stamps its steps with time.perf_counter() (see AnalysisJob.times) and the
window adds the moment the panel was updated; `RefreshTimes` turns the stamps into the
durations `make bench` reports (benchmarks/gui_probe.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class RefreshTimes:
    """Milliseconds, from the end of the typing pause (`requested`) to the updated panel.

    snapshot: gathering the chapters to analyse (GUI thread) until the job starts;
    analysis: Analyzer.run on the worker; save: saving by difference, which also builds the
    panel's rows (worker); handover: the result waiting for the GUI thread; apply: updating the
    panel's models (GUI thread). `total` is their sum, the refresh's wall time.
    """

    snapshot: float
    analysis: float
    save: float
    handover: float
    apply: float

    @property
    def total(self) -> float:
        return self.snapshot + self.analysis + self.save + self.handover + self.apply

    @classmethod
    def of(cls, stamps: Mapping[str, float], applied: float) -> RefreshTimes:
        """From the job's stamps (requested, started, analysed, saved?, received)."""
        saved = stamps.get("saved", stamps["analysed"])
        received = stamps.get("received", saved)
        return cls(
            snapshot=(stamps["started"] - stamps.get("requested", stamps["started"])) * 1000,
            analysis=(stamps["analysed"] - stamps["started"]) * 1000,
            save=(saved - stamps["analysed"]) * 1000,
            handover=(received - saved) * 1000,
            apply=(applied - received) * 1000,
        )
