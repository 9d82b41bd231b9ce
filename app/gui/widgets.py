"""Two small builders the window uses to lay out labels and stacked panes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def label(text: str, name: str, *, centred: bool = False, wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setObjectName(name)  # styled by name in resources/themes/*.qss
    widget.setWordWrap(wrap)
    if centred:
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


def stack(
    widgets: list[QWidget], *, stretch: int = -1, margins: tuple[int, int, int, int] = (0, 0, 0, 0)
) -> QWidget:
    """Widgets one above the other; widget number `stretch` (default: last) takes spare height."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(*margins)
    layout.setSpacing(6 if any(margins) else 0)  # a padded pane breathes; a bare one is flush
    grow = stretch % len(widgets)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if i == grow else 0)
    return box
