"""When the app collects garbage: between analyses and in pauses, never while the writer types.

The analysis keeps a novel's worth of objects alive between runs (its caches: some 400,000
for Emma) and each run builds large new containers and leaves some garbage in reference
cycles. Python's collector, left alone, now and then scans every one of those objects: a
quarter of a second holding the GIL, so the window freezes wherever the writer happens to
be. Its frequent young-generation passes also re-scan the big containers a run has just
built, which made the save that follows a run several times slower than it needs to be.

So once an analysis is done, everything alive is moved out of the collector's sight
(`gc.freeze()`; reference counting still frees objects as usual), and the full collection
that reclaims the cycles runs once the writer has paused for a while (`IdleCollector`).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# A pause this long means the writer is reading or thinking, not typing: the moment for
# the one full collection (~0.2-0.3 s on a novel) that reclaims what the runs left behind.
IDLE_COLLECT_MS = 20_000


def settle_after_analysis() -> None:
    """Hide what exists now from the collector's routine passes (see the module doc).

    Called on the analysis worker's thread as soon as a run is done. Cheap: it moves a
    list, whatever the number of objects."""
    gc.freeze()


class IdleCollector(QObject):
    """Runs a full collection `idle_ms` after the last `poke()` (an edit, a result shown)."""

    def __init__(self, idle_ms: int = IDLE_COLLECT_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.collect_now)

    def poke(self) -> None:
        """Something happened: wait for the next pause before collecting."""
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @staticmethod
    def collect_now() -> int:
        """Reclaim the garbage cycles frozen with the runs' objects; returns how many objects
        were unreachable. The survivors are frozen again, so later passes stay small."""
        gc.unfreeze()
        unreachable = gc.collect()
        gc.freeze()
        return unreachable
