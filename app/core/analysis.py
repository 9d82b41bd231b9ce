"""The analysis pipeline: documents in, an AnalysisResult out.

Parsing is local to a paragraph and cached by the paragraph's text (`Analyzer` keeps the cache
between runs, so after an edit only the changed paragraph is parsed again). Everything that
needs the whole manuscript — which forms are names, how they cluster, the checks — runs on the
cached parses, and the Analyzer keeps what they derive by content in a memo (word counts,
the repeated-phrase index, each paragraph's capitalised words) updated by difference, so a
re-run recomputes less of them. `analyze()` is the one-shot form used by the CLI and
tests: it keeps nothing and takes the one-off way, which is what the tests compare against.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from app.core.checks import run_checks
from app.core.entities import EntityFinder, collect_forms
from app.core.manuscript import Manuscript
from app.core.model import (
    AnalysisResult,
    Decisions,
    DocumentStats,
    DocumentText,
    Entity,
    EntityKind,
    Settings,
    Span,
)
from app.core.parsing import ParsedParagraph, PlacedParagraph, parse_paragraph
from app.core.phrases import find_phrases
from app.core.text import paragraphs


class AnalysisCancelled(Exception):
    """Raised inside a run when the caller's `cancelled()` turns true."""


@dataclass(frozen=True, slots=True)
class _CacheKey:
    text: str
    heading: bool


class Analyzer:
    """Runs the analysis, reusing paragraph parses from earlier runs.

    Not thread-safe: use one Analyzer per worker, one run at a time. The cache keeps only the
    paragraphs seen in the latest run, so it never grows beyond the manuscript.
    """

    def __init__(self, *, keep: bool = True) -> None:
        # keep=False (analyze(), one run only): nothing is kept for a later run, so the
        # indexes that make a re-run cheap are not built.
        self._keep = keep
        self._cache: dict[_CacheKey, ParsedParagraph] = {}
        # Results the checks key by content (a chapter's text, a sentence's text), kept
        # between runs: see Manuscript.memo.
        self._memo: dict[str, Any] = {}

    def run(
        self,
        documents: Sequence[DocumentText],
        decisions: Decisions | None = None,
        settings: Settings | None = None,
        *,
        cancelled: Callable[[], bool] | None = None,
    ) -> AnalysisResult:
        with _collector_paused():
            return self._run(documents, decisions, settings, cancelled)

    def _run(
        self,
        documents: Sequence[DocumentText],
        decisions: Decisions | None,
        settings: Settings | None,
        cancelled: Callable[[], bool] | None,
    ) -> AnalysisResult:
        decisions = decisions or Decisions()
        settings = settings or Settings()
        check = cancelled or (lambda: False)
        placed = list(self._parse(documents, check))
        if check():
            raise AnalysisCancelled
        memo = self._memo if self._keep else None
        forms, lower = collect_forms(placed, memo)
        finder = EntityFinder(forms, lower, decisions)
        manuscript = Manuscript(documents, placed, finder, lower, memo)
        phrases = find_phrases(manuscript, settings)
        if check():
            raise AnalysisCancelled
        warnings = run_checks(manuscript, phrases, decisions, settings)
        stats = tuple(
            DocumentStats(doc.id, doc.title, manuscript.word_count(doc.id)) for doc in documents
        )
        return AnalysisResult(
            documents=stats,
            characters=tuple(_entities(manuscript, EntityKind.CHARACTER)),
            places=tuple(_entities(manuscript, EntityKind.PLACE)),
            phrases=tuple(phrases),
            warnings=tuple(warnings),
        )

    def _parse(
        self, documents: Sequence[DocumentText], cancelled: Callable[[], bool]
    ) -> Iterable[PlacedParagraph]:
        fresh: dict[_CacheKey, ParsedParagraph] = {}
        for doc in documents:
            if cancelled():
                raise AnalysisCancelled
            for index, paragraph in enumerate(paragraphs(doc.text)):
                key = _CacheKey(doc.text[paragraph.start : paragraph.end], paragraph.heading)
                parsed = fresh.get(key) or self._cache.get(key)
                if parsed is None:
                    parsed = parse_paragraph(key.text, key.heading)
                fresh[key] = parsed
                yield PlacedParagraph(doc.id, index, paragraph.start, parsed)
        self._cache = fresh


class _CollectorPause:
    """Holds Python's cyclic garbage collector off while analyses run.

    A run allocates hundreds of thousands of small objects and frees nothing cyclic, yet each
    allocation burst sets off collections that walk everything alive: a fifth of a run went
    there. Counted, so overlapping runs (two windows, a test beside the GUI) turn it back on
    only when the last one ends, and only if it was on before the first began.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._was_enabled = True

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0 and self._was_enabled:
                    gc.enable()


_collector_paused = _CollectorPause()


def _entities(manuscript: Manuscript, kind: EntityKind) -> list[Entity]:
    found = []
    for cluster in manuscript.finder.clusters.values():
        if cluster.kind != kind:
            continue
        mentions = tuple(manuscript.span(m.document, m.start, m.end) for m in cluster.mentions)
        written = {manuscript.written_form(form) for form in cluster.forms}
        aliases = tuple(sorted(written - {cluster.name}))
        found.append(Entity(cluster.name, kind, aliases, mentions))
    found.sort(key=lambda e: (-len(e.mentions), e.name))
    return found


def analyze(
    documents: Sequence[DocumentText],
    decisions: Decisions | None = None,
    settings: Settings | None = None,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> AnalysisResult:
    """Analyse the documents once, with no cache kept."""
    return Analyzer(keep=False).run(documents, decisions, settings, cancelled=cancelled)


__all__ = ["AnalysisCancelled", "Analyzer", "Span", "analyze"]
