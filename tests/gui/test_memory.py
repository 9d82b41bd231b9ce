"""Garbage collection waits for pauses: runs freeze what exists, a pause collects."""

from __future__ import annotations

import gc
import weakref

from app.gui.memory import IdleCollector, settle_after_analysis


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_settled_objects_are_out_of_the_routine_passes():
    settle_after_analysis()
    assert gc.get_freeze_count() > 0
    assert gc.get_count()[0] < 100  # the young generation starts afresh


def test_a_pause_collects_the_cycles_left_frozen(qtbot):
    garbage = weakref.ref(Cycle())  # unreachable, but only a full collection frees it
    settle_after_analysis()
    gc.collect()
    assert garbage() is not None  # frozen: routine collections do not see it
    collector = IdleCollector(idle_ms=10)
    with qtbot.waitSignal(collector._timer.timeout, timeout=2000):
        collector.poke()
    assert garbage() is None
    assert gc.get_freeze_count() > 0  # the survivors are frozen again


def test_typing_postpones_the_collection(qtbot):
    collector = IdleCollector(idle_ms=200)
    collector.poke()
    qtbot.wait(120)
    collector.poke()  # an edit: wait for the next pause
    assert collector._timer.isActive()
    assert collector._timer.remainingTime() > 120
    collector.stop()
