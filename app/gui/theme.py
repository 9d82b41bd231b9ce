"""Light and dark themes: a QPalette plus a small style sheet from resources/themes/.

The palette does the heavy lifting (every widget follows it); the style sheet only adds the
touches a palette cannot express, such as the editor's paper-like page and the banner.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir

THEMES_DIR = resources_dir() / "themes"

# Colours chosen for long reading sessions: warm off-white paper, never pure black on white.
_PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    "light": {
        QPalette.ColorRole.Window: "#eeebe4",
        QPalette.ColorRole.WindowText: "#2b2a28",
        QPalette.ColorRole.Base: "#fbf9f4",
        QPalette.ColorRole.AlternateBase: "#f3f0e8",
        QPalette.ColorRole.Text: "#2b2a28",
        QPalette.ColorRole.Button: "#e6e2d9",
        QPalette.ColorRole.ButtonText: "#2b2a28",
        QPalette.ColorRole.Highlight: "#3d6f9e",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#fbf9f4",
        QPalette.ColorRole.ToolTipText: "#2b2a28",
        QPalette.ColorRole.PlaceholderText: "#8a867d",
    },
    "dark": {
        QPalette.ColorRole.Window: "#25272b",
        QPalette.ColorRole.WindowText: "#d9d6cf",
        QPalette.ColorRole.Base: "#1d1f22",
        QPalette.ColorRole.AlternateBase: "#2a2c30",
        QPalette.ColorRole.Text: "#dedad2",
        QPalette.ColorRole.Button: "#33363b",
        QPalette.ColorRole.ButtonText: "#d9d6cf",
        QPalette.ColorRole.Highlight: "#4f7fae",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2a2c30",
        QPalette.ColorRole.ToolTipText: "#d9d6cf",
        QPalette.ColorRole.PlaceholderText: "#80837f",
    },
}

# Occurrence highlight colours per theme: (entity/phrase background, warning underline).
HIGHLIGHTS: dict[str, tuple[str, str]] = {
    "light": ("#f6df8b", "#c0392b"),
    "dark": ("#6b5a1e", "#e0675a"),
}


def apply_theme(app: QApplication, name: str) -> None:
    """Switch the whole application to theme `name` ("light" or "dark")."""
    colours = _PALETTES.get(name, _PALETTES["light"])
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    app.setStyle("Fusion")  # the one style that honours palettes identically on every OS
    app.setPalette(palette)
    sheet = THEMES_DIR / f"{name}.qss"
    app.setStyleSheet(sheet.read_text(encoding="utf-8") if sheet.exists() else "")


def writing_font() -> QFont:
    """A serif book face at a size comfortable for hours of drafting."""
    font = QFont()
    font.setFamilies(["Literata", "Georgia", "Charter", "DejaVu Serif", "serif"])
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(13.0)
    return font
