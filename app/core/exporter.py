"""Clean text out: the manuscript as one plain-text or Markdown file, chapters in order.

The mirror of importer.py. Pure Python; the GUI asks where to write and hands the
chapters (title, text) over in reading order.
"""

from __future__ import annotations

from collections.abc import Sequence

MANUSCRIPT_FORMATS = ("txt", "md")


def render_manuscript(chapters: Sequence[tuple[str, str]], fmt: str) -> str:
    """Chapters with their titles as headings: "# Title" in Markdown, a bare line in text."""
    if fmt not in MANUSCRIPT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(MANUSCRIPT_FORMATS)}")
    parts = []
    for title, text in chapters:
        heading = f"# {title}" if fmt == "md" else title
        parts.append(f"{heading}\n\n{text.strip(chr(10))}\n")
    # Two blank lines between chapters: still one chapter a heading when re-imported.
    return "\n\n".join(parts)
