"""The source is plain text: no control characters slipped into code (a regex's "\\b" written
through a non-raw string becomes a backspace, and the pattern silently stops matching)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((*ROOT.joinpath("app").rglob("*.py"), *ROOT.joinpath("tests").rglob("*.py"),
                  *ROOT.joinpath("benchmarks").glob("**/*.py")))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_control_characters(path: Path):
    text = path.read_text(encoding="utf-8")
    found = [(number, repr(char)) for number, line in enumerate(text.splitlines(), start=1)
             for char in line if ord(char) < 32 and char != "\t"]
    assert found == []
