"""The whole manuscript as the checks see it: documents, parsed paragraphs and entities.

A read-only view built once per analysis run. It answers the questions every check asks — the
text of a span, the sentence around an offset, where each capitalised word occurs, which entity
a name belongs to — so no check re-parses text or keeps its own index.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from app.core.entities import Cluster, EntityFinder
from app.core.model import DocumentText, EntityKind, Span
from app.core.parsing import PlacedParagraph
from app.core.text import Sentence, Token, is_capitalised


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


class Manuscript:
    def __init__(
        self,
        documents: Sequence[DocumentText],
        paragraphs: list[PlacedParagraph],
        finder: EntityFinder,
        lower: Counter[str],
    ) -> None:
        self.documents = {doc.id: doc for doc in documents}
        self.order = {doc.id: index for index, doc in enumerate(documents)}
        self.paragraphs = paragraphs
        self.finder = finder
        self.lower = lower

    # --- text -------------------------------------------------------------------------------
    def span(self, document: str, start: int, end: int) -> Span:
        return Span(document, start, end, self.documents[document].text[start:end])

    def word_count(self, document: str) -> int:
        return sum(len(p.parsed.tokens) for p in self.paragraphs if p.document == document)

    def title(self, document: str) -> str:
        return self.documents[document].title

    def sentences(self) -> Iterator[SentenceView]:
        """Every sentence in reading order."""
        order = 0
        for placed in self.paragraphs:
            if placed.parsed.heading:
                continue
            by_sentence: dict[int, list[Token]] = defaultdict(list)
            for token in placed.parsed.tokens:
                by_sentence[token.sentence].append(token)
            for number, sentence in enumerate(placed.parsed.sentences):
                yield SentenceView(
                    placed.document,
                    order,
                    placed.base + sentence.start,
                    placed.base + sentence.end,
                    tuple(by_sentence.get(number, ())),
                    placed.base,
                )
                order += 1

    @cached_property
    def sentence_list(self) -> list[SentenceView]:
        return list(self.sentences())

    def sentence_span(self, view: SentenceView) -> Span:
        return self.span(view.document, view.start, view.end)

    # --- names ------------------------------------------------------------------------------
    @cached_property
    def capitalised_tokens(self) -> dict[str, list[Span]]:
        """Every capitalised word (not in headings) -> where it occurs, in reading order."""
        found: dict[str, list[Span]] = defaultdict(list)
        for placed in self.paragraphs:
            if placed.parsed.heading:
                continue
            text = self.documents[placed.document].text
            for token in placed.parsed.tokens:
                if is_capitalised(token.text):
                    start = placed.base + token.start
                    end = placed.base + token.end
                    found[token.text].append(Span(placed.document, start, end, text[start:end]))
        return found

    def initial_only(self, word: str) -> bool:
        """True when every occurrence of `word` starts a sentence or quoted speech."""
        for placed in self.paragraphs:
            for token in placed.parsed.tokens:
                if token.text == word and not token.initial:
                    return False
        return True

    def clusters(self, kind: EntityKind | None = None) -> list[Cluster]:
        return [c for c in self.finder.clusters.values() if kind is None or c.kind == kind]

    def cluster_for_word(self, word: str) -> Cluster | None:
        """The entity a single name word belongs to ("Sofie" -> Sofie Laurent)."""
        owner = self.finder.cluster_of.get(word)
        return self.finder.clusters.get(owner) if owner else None

    def written_form(self, form_key: str) -> str:
        return self.finder.written_form(form_key)

    def is_before(self, a: Span, b: Span) -> bool:
        return (self.order[a.document], a.start) < (self.order[b.document], b.start)


__all__ = ["Manuscript", "Sentence", "SentenceView"]
