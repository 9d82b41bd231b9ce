"""Repeated phrases: the longest word sequences a manuscript uses more than once.

Sequences never cross a sentence boundary. A phrase is reported only when it carries a content
word that is not a name (so "said Mr Weston" is not a phrase), is not a common idiom, and is not
merely part of a longer repeated phrase at every one of its occurrences. Phrases are ranked by
how unusual their words are in everyday English (Zipf frequencies), so "freshly baked
croissants" ranks far above "the art world".

How it stays fast on a million words, duplicated chapters included: because phrases never cross
a sentence, everything is worked out once per *distinct* sentence (a "class" of identical word
sequences) and weighted by how many times that sentence occurs. A chapter pasted twice costs
almost nothing more, and the occurrences of a phrase are spelled out as spans only for the few
hundred phrases that are listed. The result is exactly what a walk over every word would give;
tests/core/test_incremental.py compares the two.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass

from app.core.manuscript import Manuscript, SentenceView
from app.core.model import Phrase, Settings, Span
from app.core.wordlists import wordlists

# A phrase this unusual (sum of rarity over its content words) is worth a warning.
WARNING_SCORE = 7.0
MAX_LISTED = 500

# An occurrence of a gram inside the sentence classes: (class number, word offset).
_Where = tuple[int, int]


def rarity(word: str) -> float:
    """How unusual a lower-case word is: 0 for the commonest words, up to 7 for unknown ones."""
    return max(0.0, 7.0 - wordlists().frequency(word))


@dataclass(slots=True)
class _Gram:
    """A repeated word sequence: where it starts in the class stream, how often it occurs.

    `order` reproduces the order in which a word-by-word scan of the manuscript meets the
    gram (its first occurrence, after the first occurrence of each of its prefixes); it
    decides which of several grams trimming to the same words is the one reported.
    """

    where: list[int]
    count: int
    order: tuple[int, ...]


class _Classes:
    """The manuscript's distinct sentences, laid end to end with a None between them.

    A phrase lives inside one sentence, so it is found once per distinct sentence and counted
    with the sentence's `weight` (how many times it occurs). Classes are numbered in the order
    their first sentence appears, so positions in this stream compare like the positions of
    their first occurrence in the manuscript.
    """

    def __init__(self, sentence_words: list[tuple[str, ...]], low: int) -> None:
        index: dict[tuple[str, ...], int] = {}
        self.words: list[tuple[str, ...]] = []
        self.sentences: list[list[int]] = []  # the sentence numbers of each class, in order
        self.sentence_start: list[int] = []  # position of every sentence in the manuscript
        position = 0
        for number, words in enumerate(sentence_words):
            self.sentence_start.append(position)
            position += len(words) + 1  # one separator after each sentence
            if len(words) < low:
                continue
            found = index.get(words)
            if found is None:
                found = index[words] = len(self.words)
                self.words.append(words)
                self.sentences.append([])
            self.sentences[found].append(number)
        self.flat: list[str | None] = []
        self.base: list[int] = []  # where each class starts in `flat`
        for words in self.words:
            self.base.append(len(self.flat))
            self.flat.extend(words)
            self.flat.append(None)
        self.repeated = [c for c, s in enumerate(self.sentences) if len(s) > 1]
        self.weight_at: list[int] | None = None
        if self.repeated:
            self.weight_at = [1] * len(self.flat)
            for c in self.repeated:
                start = self.base[c]
                weight = len(self.sentences[c])
                self.weight_at[start : start + len(self.words[c])] = [weight] * len(self.words[c])

    def count(self, where: list[int]) -> int:
        if self.weight_at is None:
            return len(where)
        return sum(map(self.weight_at.__getitem__, where))

    def positions(self, where: list[int]) -> list[tuple[int, int, int]]:
        """Every occurrence as (manuscript position, sentence number, word offset), in order."""
        found = []
        for p in where:
            c = bisect_right(self.base, p) - 1
            o = p - self.base[c]
            found.extend((self.sentence_start[s] + o, s, o) for s in self.sentences[c])
        found.sort()
        return found


def find_phrases(manuscript: Manuscript, settings: Settings) -> list[Phrase]:
    lists = wordlists()
    low, high = settings.min_phrase_words, settings.max_phrase_words
    minimum = settings.min_phrase_count
    classes = _Classes(manuscript.sentence_words, low)

    tables: dict[int, dict[tuple[str, ...], _Gram]] = {low: _first_table(classes, low, minimum)}
    for n in range(low + 1, high + 1):
        tables[n] = _extend(classes, tables[n - 1], n, minimum)
        if not tables[n]:
            break

    longest = max(n for n, table in tables.items() if table) if any(tables.values()) else low
    if longest == high:
        tables[high] = _join_windows(classes, tables[high], high, minimum)

    stride = high + 1
    covered = _covered(tables, low, high, stride)

    name_words = {w.lower() for w in manuscript.finder.name_words()}
    honorifics = {h.lower() for h in lists.honorifics}
    stopwords = lists.stopwords
    # The gram reported for each trimmed phrase: the first a word-by-word scan would meet.
    best: dict[tuple[str, ...], tuple[tuple[int, ...], _Gram, int, int]] = {}
    rejected: set[tuple[str, ...]] = set()
    for n, table in tables.items():
        for gram, found in table.items():
            size = len(gram)
            # Marks are only ever one word shorter than `high`: longer grams are never covered.
            if size < high and all(p * stride + size in covered for p in found.where):
                continue
            # A phrase does not begin or end on a function word: "of freshly baked
            # croissants" is reported as "freshly baked croissants".
            first, last = 0, size
            while first < last and gram[first] in stopwords:
                first += 1
            while last > first and gram[last - 1] in stopwords:
                last -= 1
            core = gram[first:last]
            if len(core) < low or core in rejected:
                continue
            key = (n, *found.order)
            held = best.get(core)
            if held is None:
                content = [w for w in core if w not in stopwords]
                meaningful = [w for w in content if w not in name_words and w not in honorifics]
                if not meaningful or " ".join(core) in lists.idioms:
                    rejected.add(core)
                    continue
            elif held[0] <= key:
                continue
            best[core] = (key, found, first, last)
    return _ranked(manuscript, classes, best, name_words, honorifics)


def _first_table(classes: _Classes, low: int, minimum: int) -> dict[tuple[str, ...], _Gram]:
    flat = classes.flat
    grams = list(zip(*(flat[k:] for k in range(low)), strict=False))
    counts = Counter(grams)
    if classes.weight_at is not None:
        for c in classes.repeated:
            extra = len(classes.sentences[c]) - 1
            start = classes.base[c]
            for p in range(start, start + len(classes.words[c]) - low + 1):
                counts[grams[p]] += extra
    wanted = {g for g, k in counts.items() if k >= minimum and None not in g}
    where: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for p, gram in enumerate(grams):
        if gram in wanted:
            where[gram].append(p)
    return {gram: _Gram(found, counts[gram], (found[0],)) for gram, found in where.items()}


def _extend(
    classes: _Classes, shorter: dict[tuple[str, ...], _Gram], n: int, minimum: int
) -> dict[tuple[str, ...], _Gram]:
    flat = classes.flat
    table = {}
    step = n - 1
    for gram, found in shorter.items():
        if len(found.where) == 1:
            if found.count < minimum:
                continue
            p = found.where[0]
            word = flat[p + step]
            if word is not None:
                table[(*gram, word)] = _Gram(found.where, found.count, (*found.order, p))
            continue
        longer: dict[str, list[int]] = {}
        for p in found.where:
            word = flat[p + step]
            if word is not None:
                longer.setdefault(word, []).append(p)
        for word, where in longer.items():
            count = classes.count(where)
            if count >= minimum:
                table[(*gram, word)] = _Gram(where, count, (*found.order, where[0]))
    return table


def _join_windows(
    classes: _Classes, table: dict[tuple[str, ...], _Gram], size: int, minimum: int
) -> dict[tuple[str, ...], _Gram]:
    """A passage repeated at greater length than `size` (a quoted verse) shows up as a chain of
    overlapping windows; report each chain as one passage rather than every window in it."""
    starts = sorted({p for found in table.values() for p in found.where})
    present = set(starts)
    flat = classes.flat
    chains: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for start in starts:
        if start - 1 in present:
            continue
        end = start
        while end + 1 in present:
            end += 1
        chains[tuple(flat[start : end + size])].append(start)  # type: ignore[arg-type]
    joined: dict[tuple[str, ...], _Gram] = {}
    for chain, where in chains.items():
        count = classes.count(where)
        if count >= minimum:
            # A scan meets the chains before the windows left on their own: hence the -1.
            joined[chain] = _Gram(where, count, (-1, where[0]))
    if sum(found.count for found in joined.values()) < classes.count(starts) // size:
        return table  # windows that do not line up into passages: keep them as they are
    inside = {chain[i : i + size] for chain in joined for i in range(len(chain) - size + 1)}
    for gram, found in table.items():
        if gram not in inside:
            joined[gram] = found
    return joined


def _covered(
    tables: dict[int, dict[tuple[str, ...], _Gram]], low: int, high: int, stride: int
) -> set[int]:
    """Position × stride + size of every repeat a longer repeat contains at that spot.

    Marking the windows one word shorter is enough, as those in turn cover the shorter ones.
    """
    covered: set[int] = set()
    for table in tables.values():
        for gram, found in table.items():
            size = len(gram)
            if size == low:
                continue
            shorter = min(size - 1, high - 1)
            reach = size - shorter + 1
            covered.update(
                inner * stride + shorter for p in found.where for inner in range(p, p + reach)
            )
    return covered


def _ranked(
    manuscript: Manuscript,
    classes: _Classes,
    best: dict[tuple[str, ...], tuple[tuple[int, ...], _Gram, int, int]],
    name_words: set[str],
    honorifics: set[str],
) -> list[Phrase]:
    """The listed phrases, best first; spans are made only for those that make the list."""
    stopwords = wordlists().stopwords
    scored = []
    for core, (_key, found, first, last) in best.items():
        meaningful = [w for w in core if w not in stopwords and w not in name_words
                      and w not in honorifics]
        score = round(sum(rarity(w) for w in meaningful), 2)
        scored.append((-score, -found.count, core, found, first, last, score))
    scored.sort(key=lambda item: (item[0], item[1]))
    if len(scored) > MAX_LISTED:
        # Phrases tied with the last listed one on score and count are ranked by their text.
        cut = scored[MAX_LISTED - 1][:2]
        scored = [item for item in scored[: MAX_LISTED] if item[:2] != cut] + [
            item for item in scored if item[:2] == cut
        ]
    views = manuscript.sentence_list
    phrases = []
    for _s, _c, _core, found, first, last, score in scored:
        occurrences = tuple(
            _span(manuscript, views[sentence], offset + first, offset + last - 1)
            for _p, sentence, offset in classes.positions(found.where)
        )
        phrases.append(Phrase(_display(occurrences[0]), found.count, occurrences, score))
    phrases.sort(key=lambda p: (-p.score, -p.count, p.text))
    return phrases[:MAX_LISTED]


def _span(manuscript: Manuscript, view: SentenceView, first: int, last: int) -> Span:
    tokens, base = view.tokens, view.base
    return manuscript.span(view.document, base + tokens[first].start, base + tokens[last].end)


def _display(span: Span) -> str:
    """The phrase as first written, with line breaks folded into spaces."""
    return " ".join(span.text.split())


def phrase_key(phrase: Phrase) -> str:
    return " ".join(phrase.text.lower().split())


__all__ = ["WARNING_SCORE", "Span", "find_phrases", "phrase_key", "rarity"]
