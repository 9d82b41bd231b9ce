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
from app.core.entities import EntityFinder
from app.core.forms import collect_forms
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
from app.core.parsing import PlacedParagraph, parse_paragraph
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
        # Paragraph text -> [its parse, how many placed paragraphs hold it].
        self._cache: dict[_CacheKey, list[Any]] = {}
        # Each document's text and its placed paragraphs, from the latest run.
        self._placed: dict[str, tuple[str, list[PlacedParagraph]]] = {}
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
        by_document = (
            [(doc.id, self._placed[doc.id][1]) for doc in documents]
            if self._keep and len(self._placed) == len(documents)
            else None  # one-off, or ids that repeat: collect_forms groups them itself
        )
        forms, lower, capital = collect_forms(placed, memo, by_document)
        finder = EntityFinder(forms, lower, capital, decisions, memo)
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
        if not self._keep:
            for doc in documents:
                if cancelled():
                    raise AnalysisCancelled
                yield from self._place(doc, {})
            return
        placed_by_document: dict[str, tuple[str, list[PlacedParagraph]]] = {}
        # Parses whose count fell are let go only once every document is placed, so a
        # paragraph moved to another chapter is found again, not parsed again.
        dropped: list[PlacedParagraph] = []
        counted: list[PlacedParagraph] = []
        for doc in documents:
            if cancelled():
                self._count(counted, -1)  # as if this run never began
                raise AnalysisCancelled
            held = self._placed.get(doc.id)
            if held is not None and held[0] == doc.text:
                # An untouched chapter keeps its placed paragraphs, the very objects: later
                # stages recognise what they derived from it by identity.
                placed = held[1]
            else:
                placed = self._place(doc, self._cache)
                self._count(placed, 1)
                counted.extend(placed)
                if held is not None:
                    dropped.extend(held[1])
            placed_by_document[doc.id] = (doc.text, placed)
            yield from placed
        for doc_id, (_text, placed) in self._placed.items():
            if doc_id not in placed_by_document:
                dropped.extend(placed)
        self._count(dropped, -1)
        self._placed = placed_by_document

    @staticmethod
    def _place(
        doc: DocumentText, cache: dict[_CacheKey, list[Any]]
    ) -> list[PlacedParagraph]:
        placed = []
        for index, paragraph in enumerate(paragraphs(doc.text)):
            key = _CacheKey(doc.text[paragraph.start : paragraph.end], paragraph.heading)
            held = cache.get(key)
            if held is None:
                held = cache[key] = [parse_paragraph(key.text, key.heading), 0]
            placed.append(PlacedParagraph(doc.id, index, paragraph.start, held[0]))
        return placed

    def _count(self, placed: list[PlacedParagraph], step: int) -> None:
        """Keep `_cache` to the paragraphs the documents hold: a count per paragraph text."""
        for one in placed:
            key = _CacheKey(one.parsed.text, one.parsed.heading)
            held = self._cache[key]
            held[1] += step
            if held[1] <= 0:
                del self._cache[key]


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


_ENTITY_MENTIONS_MEMO = "analysis.entity_mentions"


_SPAN_TABLES_MEMO = "analysis.span_tables"


def _span_tables(manuscript: Manuscript) -> dict[str, dict[tuple[int, int], Span]]:
    """Each document's spans made so far, by (start, end), kept from run to run for the
    documents whose text is the very one it was."""
    held: dict[str, tuple[str, dict[tuple[int, int], Span]]] = manuscript.memo.get(
        _SPAN_TABLES_MEMO, {})
    tables = {}
    kept = {}
    for document, doc in manuscript.documents.items():
        before = held.get(document)
        table = before[1] if before is not None and before[0] is doc.text else {}
        tables[document] = table
        kept[document] = (doc.text, table)
    if manuscript.kept:
        manuscript.memo[_SPAN_TABLES_MEMO] = kept
    return tables


def _new_span(manuscript: Manuscript, tables: dict[str, dict[tuple[int, int], Span]],
              document: str, start: int, end: int) -> Span:
    span = tables[document][(start, end)] = manuscript.span(document, start, end)
    return span


def _entities(manuscript: Manuscript, kind: EntityKind) -> list[Entity]:
    # A cluster whose forms the edit left alone hands over its very mention list again
    # (EntityFinder keeps it), and those mentions lie in untouched chapters: their spans,
    # text included, are the ones made last run.
    memo_key = f"{_ENTITY_MENTIONS_MEMO}.{kind.value}"
    held: dict[str, tuple[list[Span], tuple[Span, ...]]] = manuscript.memo.get(memo_key, {})
    fresh: dict[str, tuple[list[Span], tuple[Span, ...]]] = {}
    span_at = _span_tables(manuscript)
    found = []
    for cluster in manuscript.finder.clusters.values():
        if cluster.kind != kind:
            continue
        kept = held.get(cluster.name)
        if kept is not None and kept[0] is cluster.mentions:
            mentions = kept[1]
        else:
            # A much-named character's list changes with any edit, yet most of its spans lie
            # in chapters the edit left alone: those are the spans made before.
            mentions = tuple(
                span_at[m.document].get((m.start, m.end))
                or _new_span(manuscript, span_at, m.document, m.start, m.end)
                for m in cluster.mentions
            )
        fresh[cluster.name] = (cluster.mentions, mentions)
        written = {manuscript.written_form(form) for form in cluster.forms}
        aliases = tuple(sorted(written - {cluster.name}))
        found.append(Entity(cluster.name, kind, aliases, mentions))
    if manuscript.kept:
        manuscript.memo[memo_key] = fresh
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
