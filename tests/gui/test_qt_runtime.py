"""The Qt binding the app runs on: that calling Qt again and again leaves Python whole, and
that the GUI thread gets the interpreter back quickly from the analysis worker.

A binding that returns None from Qt's void calls without taking a reference to it (PySide6
6.12.0 on Python 3.11) takes one reference from None on every `setText()`. A writing session
makes hundreds of thousands of such calls, and the process aborts with "deallocating None",
so the binding is pinned in pyproject.toml and checked here.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

# Calls made in a row, and how far None's count may move over them for reasons of its own
# (frames and caches that hold None come and go).
_CALLS = 2_000
_SLACK = 100


def test_qt_void_calls_keep_their_reference_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(_CALLS):
        label.setText(str(number))
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) >= before - _SLACK


def test_the_application_hands_the_gil_to_the_gui_thread_quickly():
    # A cold analysis on the worker thread must not hold the GUI thread back 5 ms at every
    # step of a paint (the interpreter's default): the first paint of a chapter came 300 ms
    # late behind it.
    from app.gui import GIL_SWITCH_INTERVAL, create_application

    create_application()
    assert sys.getswitchinterval() == GIL_SWITCH_INTERVAL <= 0.001
