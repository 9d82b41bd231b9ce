"""The sentences worth a contradiction check's time: those whose text holds one of its cues.

A check's cues ("died", "her sister", "green eyes") depend on a sentence's text alone, so they
are found once per paragraph parse and kept in its `memo`, and gathered once per chapter text
in `Manuscript.memo`: after an edit only the edited paragraph is read again and only its
chapter's list is gathered again. Each run then visits the chapters and the few sentences with
cues, which keeps a check's cost after an edit in proportion to what it finds rather than to
the length of the manuscript.

The views handed out are made here for those sentences only (equal to the manuscript's own),
so no check needs `Manuscript.sentence_list`, which makes a view of every sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from app.core.manuscript import Manuscript, SentenceView
from app.core.parsing import PlacedParagraph

Cue = TypeVar("Cue")
_CHAPTERS = "checks.cues.chapters"
_LAYOUT = "checks.cues.layout"


_DIGIT = re.compile(r"\d")
_JOINS = re.compile(r"[-'’]")


class CueWords:
    """Words (lower case) one of which a check's every cue holds, to pass over a sentence
    without running the check's patterns on it: a set lookup per word instead of a regex over
    the text. `digits`: a digit also may make a cue (tokens are words of letters only).

    A pattern sees "died" in "died-hard" and "father" in "father’s", where the sentence's
    words are whole tokens, so the parts of hyphenated and apostrophised words count too.
    """

    __slots__ = ("digits", "words")

    def __init__(self, words: Iterable[str], *, digits: bool = False) -> None:
        self.words = frozenset(word.lower() for word in words)
        self.digits = digits

    def may_match(self, tokens: tuple[str, ...], text: str, start: int, end: int) -> bool:
        words = self.words
        if not words.isdisjoint(tokens):
            return True
        for token in tokens:
            if ("-" in token or "'" in token or "’" in token) and not words.isdisjoint(
                _JOINS.split(token)
            ):
                return True
        return self.digits and _DIGIT.search(text, start, end) is not None


class _Chapter:
    """One document's prose paragraphs, valid for one text of it: each paragraph's offset,
    the number within the document of its first sentence, and each check's cues in it as
    (paragraph position, sentence number, cue)."""

    __slots__ = ("bases", "count", "cues", "firsts", "placed")

    def __init__(self, placed: list[PlacedParagraph]) -> None:
        self.placed = [p for p in placed if not p.parsed.heading]
        self.bases = [p.base for p in self.placed]
        self.firsts: list[int] = []
        count = 0
        for paragraph in self.placed:
            self.firsts.append(count)
            count += len(paragraph.parsed.sentences)
        self.count = count
        self.cues: dict[str, list[tuple[int, int, Any]]] = {}

    def cues_of(
        self, key: str, detect: Callable[[str], Any], words: CueWords | None
    ) -> list[tuple[int, int, Any]]:
        found = self.cues.get(key)
        if found is None:
            found = self.cues[key] = []
            for position, placed in enumerate(self.placed):
                parsed = placed.parsed
                cues = parsed.memo.get(key)
                if cues is None:
                    text = parsed.text
                    cues = parsed.memo[key] = {}
                    for number, sentence in enumerate(parsed.sentences):
                        if words is not None and not words.may_match(
                            parsed.sentence_words[number], text, sentence.start, sentence.end
                        ):
                            continue
                        cue = detect(text[sentence.start : sentence.end])
                        if cue:
                            cues[number] = cue
                found.extend((position, number, cue) for number, cue in cues.items())
        return found


class _Layout:
    """This run's chapters in reading order, each with the reading-order number of its first
    sentence."""

    __slots__ = ("chapters", "paragraphs")

    def __init__(self, manuscript: Manuscript) -> None:
        self.paragraphs = manuscript.paragraphs
        self.chapters: dict[str, tuple[_Chapter, int]] = {}
        memo = manuscript.memo
        kept = memo.get(_CHAPTERS)
        kept = kept if isinstance(kept, dict) else {}
        fresh: dict[tuple[str, str], _Chapter] = {}
        first = 0
        for document, doc in manuscript.documents.items():
            key = (document, doc.text)
            chapter = kept.get(key) or fresh.get(key)
            if chapter is None:
                chapter = _Chapter(_placed_in(manuscript, document))
            fresh[key] = chapter
            self.chapters[document] = (chapter, first)
            first += chapter.count
        memo[_CHAPTERS] = fresh


def _placed_in(manuscript: Manuscript, document: str) -> list[PlacedParagraph]:
    """The document's paragraphs: a stretch of the manuscript's, which are in reading order."""
    paragraphs, order = manuscript.paragraphs, manuscript.order
    position = order[document]
    start = bisect_left(paragraphs, position, key=lambda p: order[p.document])
    end = bisect_right(paragraphs, position, lo=start, key=lambda p: order[p.document])
    return paragraphs[start:end]


def _layout(manuscript: Manuscript) -> _Layout:
    # One per run, shared by the checks: kept in the memo against this run's paragraph list.
    layout = manuscript.memo.get(_LAYOUT)
    if not isinstance(layout, _Layout) or layout.paragraphs is not manuscript.paragraphs:
        layout = manuscript.memo[_LAYOUT] = _Layout(manuscript)
    return layout


def _view(placed: PlacedParagraph, first: int, number: int) -> SentenceView:
    parsed = placed.parsed
    sentence = parsed.sentences[number]
    base = placed.base
    return SentenceView(placed.document, first + number, base + sentence.start,
                        base + sentence.end, parsed.sentence_tokens[number], base, parsed,
                        number)


def opening(placed: PlacedParagraph, first: int) -> SentenceView:
    """The first sentence of a paragraph whose sentences are numbered from `first` in reading
    order (as `neighbour` gives them), without laying out the book's other sentences."""
    return _view(placed, first, 0)


def cue_sentences(
    manuscript: Manuscript,
    key: str,
    detect: Callable[[str], Cue | None],
    words: CueWords | None = None,
) -> list[tuple[SentenceView, Cue]]:
    """(sentence, cue) for every sentence whose text `detect` finds something in, in order.

    `detect` reads one sentence's text and returns what it found (offsets relative to the
    sentence, words — never names or entities) or a false value. `key` names the check; the
    results are kept under it in each paragraph's memo and each chapter's. `words`, when
    given, are words one of which every cue holds: sentences without any are not read.
    """
    found: list[tuple[SentenceView, Any]] = []
    for chapter, first in _layout(manuscript).chapters.values():
        for position, number, cue in chapter.cues_of(key, detect, words):
            found.append((_view(chapter.placed[position], first + chapter.firsts[position],
                                number), cue))
    return found


def _paragraph_at(manuscript: Manuscript, document: str, offset: int
                  ) -> tuple[_Chapter, int, int] | None:
    """(chapter, paragraph position, reading-order number of the chapter's first sentence)
    for the prose paragraph holding `offset` of `document`."""
    held = _layout(manuscript).chapters.get(document)
    if held is None:
        return None
    chapter, first = held
    position = bisect_right(chapter.bases, offset) - 1
    return (chapter, position, first) if position >= 0 else None


def sentence_at(manuscript: Manuscript, document: str, offset: int) -> SentenceView | None:
    """The sentence holding `offset` of `document` (None outside prose paragraphs)."""
    found = _paragraph_at(manuscript, document, offset)
    if found is None:
        return None
    chapter, position, first = found
    placed = chapter.placed[position]
    starts = [s.start for s in placed.parsed.sentences]
    number = bisect_right(starts, offset - placed.base) - 1
    return _view(placed, first + chapter.firsts[position], number) if number >= 0 else None


def neighbour(
    manuscript: Manuscript, view: SentenceView, step: int
) -> tuple[PlacedParagraph, range] | None:
    """The prose paragraph `step` paragraphs after (before, when negative) the one holding
    `view`, in the same document, with the reading-order numbers of its sentences."""
    found = _paragraph_at(manuscript, view.document, view.start)
    if found is None:
        return None
    chapter, position, first = found
    position += step
    if not 0 <= position < len(chapter.placed):
        return None
    placed = chapter.placed[position]
    start = first + chapter.firsts[position]
    return placed, range(start, start + len(placed.parsed.sentences))


def next_opens(view: SentenceView, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """What the sentence after `view` in its paragraph opens on, as `pattern` reads it ("Her
    name was Nozizwe.", "Green like a bottle."); None when it opens otherwise or there is none.
    The match's end is the paragraph-relative end of what it read."""
    paragraph = view.paragraph
    if paragraph is None or view.number + 1 >= len(paragraph.sentences):
        return None
    following = paragraph.sentences[view.number + 1]
    return pattern.match(paragraph.text, following.start, following.end)


def quoted_at(manuscript: Manuscript, document: str, offset: int) -> bool:
    """Whether document offset `offset` is inside quotation marks, counting the marks from
    the start of its prose paragraph (False outside prose paragraphs)."""
    found = _paragraph_at(manuscript, document, offset)
    if found is None:
        return False
    chapter, position, _first = found
    placed = chapter.placed[position]
    return quote_open(placed.parsed.text[: offset - placed.base])


# A quotation mark, straight or curly: a sentence with none holds no speech.
QUOTE_MARK = re.compile(r'["“”]')


def quote_open(before: str) -> bool:
    """Whether a quotation is open at the end of `before` (text from where quotation
    marks are counted): an odd number of them."""
    return (before.count('"') + before.count("“") + before.count("”")) % 2 == 1


def in_quotes(view: SentenceView, offset: int) -> bool:
    """Whether document offset `offset` (in `view`) is inside quotation marks, counting the
    marks from the start of its paragraph."""
    if view.paragraph is None:
        return False
    return quote_open(view.paragraph.text[: offset - view.base])
