"""The whole manuscript as the checks see it: documents, parsed paragraphs and entities.

A read-only view built once per analysis run. It answers the questions every check asks — the
text of a span, the sentences and paragraphs of a document, which entity a name belongs to — so
no check re-parses text. Indexes that outlive a run (where capitalised words occur, mentions,
cues) live in `memo`, kept by the modules that build them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from app.core.entities import Cluster, EntityFinder
from app.core.model import DocumentText, EntityKind, Span
from app.core.parsing import ParsedParagraph, PlacedParagraph
from app.core.text import Token

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SentenceView:
    """One sentence with its tokens, in absolute document offsets."""

    document: str
    order: int
    """Position of the sentence in reading order across the whole manuscript."""
    start: int
    end: int
    tokens: tuple[Token, ...]
    base: int
    """Offset to add to token offsets (tokens keep paragraph-relative offsets)."""
    paragraph: ParsedParagraph | None = field(default=None, compare=False, repr=False)
    """The parse this sentence comes from; see `Manuscript.sentence_memo`."""
    number: int = field(default=0, compare=False)
    """The sentence's number within its paragraph."""


_WORD_COUNTS_MEMO = "manuscript.word_counts"
_PARAGRAPH_COUNTS_MEMO = "manuscript.paragraph_counts"


class Manuscript:
    """The read-only view of one run.

    `memo` is a dictionary the caller may keep between runs (the Analyzer does): checks store
    results there that depend only on content they key them by — a document's text, a
    sentence's text — so an edit recomputes only what it touched. It never changes a result.
    """

    def __init__(
        self,
        documents: Sequence[DocumentText],
        paragraphs: list[PlacedParagraph],
        finder: EntityFinder,
        lower: Counter[str],
        memo: dict[str, Any] | None = None,
    ) -> None:
        self.documents = {doc.id: doc for doc in documents}
        self.order = {doc.id: index for index, doc in enumerate(documents)}
        self.paragraphs = paragraphs
        self.finder = finder
        self.lower = lower
        self.memo: dict[str, Any] = {} if memo is None else memo
        self.kept = memo is not None
        """Whether `memo` outlives this run (an Analyzer's): only then is an index worth
        keeping there for the next run rather than computed the one-off way."""
        self.shared: dict[str, Any] = {}
        """What this run works out from its cast of characters and keeps for the run only, by
        the name of what made it (`run_memo`; the checks' `CheckContext.shared`)."""

    # --- text -------------------------------------------------------------------------------
    def span(self, document: str, start: int, end: int) -> Span:
        return Span(document, start, end, self.documents[document].text[start:end])

    def word_count(self, document: str) -> int:
        return self._word_counts.get(document, 0)

    @cached_property
    def _word_counts(self) -> dict[str, int]:
        ranges = self._paragraph_ranges if self.kept else None
        if ranges is None:
            counts: dict[str, int] = defaultdict(int)
            for placed in self.paragraphs:
                counts[placed.document] += len(placed.parsed.tokens)
            return counts
        # A document's count depends on its text alone: kept in `memo` by (id, text), so
        # only a changed document's words are counted again.
        held: dict[tuple[str, str], int] = self.memo.get(_WORD_COUNTS_MEMO, {})
        fresh: dict[tuple[str, str], int] = {}
        counts = {}
        paragraphs = self.paragraphs
        for document, doc in self.documents.items():
            key = (document, doc.text)
            count = held.get(key)
            if count is None:
                start, end = ranges[document]
                count = sum(len(placed.parsed.tokens) for placed in paragraphs[start:end])
            fresh[key] = counts[document] = count
        self.memo[_WORD_COUNTS_MEMO] = fresh
        return counts

    def title(self, document: str) -> str:
        return self.documents[document].title

    def sentences(self) -> Iterator[SentenceView]:
        """Every sentence in reading order."""
        order = 0
        for placed in self.paragraphs:
            parsed = placed.parsed
            if parsed.heading:
                continue
            base = placed.base
            for number, (sentence, grouped) in enumerate(
                zip(parsed.sentences, parsed.sentence_tokens, strict=True)
            ):
                yield SentenceView(
                    placed.document, order, base + sentence.start, base + sentence.end,
                    grouped, base, parsed, number,
                )
                order += 1

    @cached_property
    def sentence_list(self) -> list[SentenceView]:
        return list(self.sentences())

    @cached_property
    def sentence_words(self) -> list[tuple[str, ...]]:
        """The lower-cased words of each sentence of `sentence_list`, index for index."""
        return [
            words
            for placed in self.paragraphs
            if not placed.parsed.heading
            for words in placed.parsed.sentence_words
        ]

    @cached_property
    def document_paragraphs(self) -> dict[str, list[PlacedParagraph]]:
        """The prose paragraphs (headings left out) of each document, in reading order."""
        found: dict[str, list[PlacedParagraph]] = {doc: [] for doc in self.documents}
        for placed in self.paragraphs:
            if not placed.parsed.heading:
                found[placed.document].append(placed)
        return found

    def sentence_memo(self, view: SentenceView, name: str, read: Callable[[], T],
                      key: Hashable = None) -> T:
        """What `read` finds in this sentence's text alone, kept under `name` (a check's) and
        `key` (a place in the sentence, say, when a check reads several things of it).

        The value belongs to the sentence's paragraph parse, which is cached by the paragraph's
        text, so `read` runs once per sentence and the value serves every later run until that
        paragraph is edited. Keep only what the text decides (regex matches, offsets relative
        to the sentence), never names or entities.
        """
        if view.paragraph is None:
            return read()
        held: dict[Hashable, T] = view.paragraph.memo.setdefault(name, {})
        slot = view.number if key is None else (view.number, key)
        if slot not in held:
            held[slot] = read()
        return held[slot]

    def document_memo(self, name: str, read: Callable[[str], T]) -> dict[str, T]:
        """What `read` (given a document's id) finds in each document, by id. It must depend
        on the document's text alone: an Analyzer's memo keeps it by (id, text) under `name`,
        so a re-run reads again only the documents edited since."""
        held: dict[tuple[str, str], T] = self.memo.get(name, {}) if self.kept else {}
        kept: dict[tuple[str, str], T] = {}
        found: dict[str, T] = {}
        for document, doc in self.documents.items():
            key = (document, doc.text)
            kept[key] = found[document] = held[key] if key in held else read(document)
        if self.kept:
            self.memo[name] = kept
        return found

    def run_memo(self, name: str) -> dict[Any, Any]:
        """Somewhere to keep, for this run only, what `name` (a check) reads from the run's
        cast of characters (who a chapter heading or a letter's signature names): it changes
        with any edit that changes the cast, so it is made again each run and gone with it."""
        found: dict[Any, Any] = self.shared.setdefault(name, {})
        return found

    def sentence_span(self, view: SentenceView) -> Span:
        return self.span(view.document, view.start, view.end)

    # --- names ------------------------------------------------------------------------------
    def clusters(self, kind: EntityKind | None = None) -> list[Cluster]:
        return [c for c in self.finder.clusters.values() if kind is None or c.kind == kind]

    def characters_named_by(self, holds: Callable[[tuple[str, ...]], bool]) -> set[str]:
        """The characters one of whose names' words `holds` is true of (a heading's words, a
        letter's signature)."""
        forms = self.finder.forms
        return {cluster.name for cluster in self.clusters(EntityKind.CHARACTER)
                if any(holds(forms[form].words) for form in cluster.forms if form in forms)}

    def cluster_for_word(self, word: str) -> Cluster | None:
        """The entity a single name word belongs to ("Sofie" -> Sofie Laurent)."""
        owner = self.finder.cluster_of.get(word)
        return self.finder.clusters.get(owner) if owner else None

    def written_form(self, form_key: str) -> str:
        return self.finder.written_form(form_key)

    def paragraphs_of(self, document: str) -> list[PlacedParagraph]:
        """The document's prose paragraphs (headings left out), in order: what
        `document_paragraphs[document]` gives, without grouping the whole manuscript — for a
        re-run that looks at the edited chapter only."""
        ranges = self._paragraph_ranges
        if ranges is None:
            return self.document_paragraphs[document]
        start, end = ranges[document]
        return [placed for placed in self.paragraphs[start:end] if not placed.parsed.heading]

    @cached_property
    def _paragraph_ranges(self) -> dict[str, tuple[int, int]] | None:
        """Where each document's paragraphs lie in `paragraphs`, which lays documents end to
        end (None if it does not: two documents with one id). How many paragraphs a
        document has depends on its text alone, so the count is kept in `memo` by (id, text)
        and only a changed document's paragraphs are counted."""
        kept: dict[tuple[str, str], int] = self.memo.get(_PARAGRAPH_COUNTS_MEMO, {})
        fresh: dict[tuple[str, str], int] = {}
        ranges: dict[str, tuple[int, int]] = {}
        paragraphs = self.paragraphs
        position = 0
        for document, doc in self.documents.items():
            key = (document, doc.text)
            count = kept.get(key)
            if count is None:
                end = position
                while end < len(paragraphs) and paragraphs[end].document == document:
                    end += 1
                count = end - position
            elif count and (position + count > len(paragraphs)
                            or paragraphs[position].document != document):
                return None
            fresh[key] = count
            ranges[document] = (position, position + count)
            position += count
        if position != len(paragraphs):
            return None
        self.memo[_PARAGRAPH_COUNTS_MEMO] = fresh
        return ranges
