"""Helpers for the contradiction tests that tell a short story in chapters and edit it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from app.core import analysis
from app.core.analysis import Analyzer, analyze
from app.core.checks.base import CheckContext
from app.core.model import Decisions, DocumentText, Finding, Settings, WarningKind

Edit = tuple[int, int, str]
"""(chapter, paragraph, the paragraph's new text)."""


def documents(texts: Sequence[str]) -> list[DocumentText]:
    return [DocumentText(str(i), f"Chapter {i + 1}", text) for i, text in enumerate(texts)]


def contradictions(
    chapters: list[DocumentText], analyzer: Analyzer | None = None
) -> list[Finding]:
    result = analyzer.run(chapters) if analyzer else analyze(chapters)
    return [w for w in result.warnings if w.kind == WarningKind.CONTRADICTION]


def variant_names(*chapters: str) -> list[tuple[str, ...]]:
    """The names of each name-variant warning on the chapters, in the order reported."""
    found = analyze(documents(chapters)).warnings
    return [w.names for w in found if w.kind == WarningKind.NAME_VARIANT]


def surname_clashes(*chapters: str) -> list[tuple[str, ...]]:
    """The names of each surname-clash warning on the chapters, in the order reported."""
    return [w.names for w in analyze(documents(chapters)).warnings if w.rule == "surname-clash"]


def edited(texts: Sequence[str], edits: Sequence[Edit]) -> Iterator[list[str]]:
    """The chapters' texts after each edit in turn."""
    texts = list(texts)
    for chapter, paragraph, replacement in edits:
        paragraphs = texts[chapter].split("\n\n")
        paragraphs[paragraph] = replacement
        texts[chapter] = "\n\n".join(paragraphs)
        yield list(texts)


def assert_edits_match_a_fresh_analysis(texts: Sequence[str], edits: Sequence[Edit]) -> None:
    """A reused Analyzer says exactly what a fresh analyze() says, before and after each edit."""
    analyzer = Analyzer()
    assert contradictions(documents(texts), analyzer) == contradictions(documents(texts))
    for now in edited(texts, edits):
        chapters = documents(now)
        assert contradictions(chapters, analyzer) == contradictions(chapters)


def check_context(monkeypatch: pytest.MonkeyPatch, *chapters: str) -> CheckContext:
    """The context the checks get when the chapters are analysed, for testing what the
    checks share through it (parents, roles)."""
    made: list[CheckContext] = []
    real = analysis.run_checks

    def spy(manuscript, phrases, decisions, settings):
        made.append(CheckContext(manuscript, phrases, Decisions(), Settings()))
        return real(manuscript, phrases, decisions, settings)

    monkeypatch.setattr(analysis, "run_checks", spy)
    analyze(documents(chapters))
    return made[0]
