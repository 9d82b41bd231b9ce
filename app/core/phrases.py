"""Repeated phrases: the longest word sequences a manuscript uses more than once.

Sequences never cross a sentence boundary. A phrase is reported only when it carries two content
words that are not names, or one among names (so neither "said Mr Weston" nor "on the pier"
is a phrase, but "traffic on Third Mainland Bridge" is: see `carries_meaning`), is not
everyday talk (its score, below, reaches LISTED_SCORE: not "in that moment"), is not a common
idiom, and is not merely part of a longer repeated phrase at every one of its occurrences.
Phrases are ranked by how unusual their words are in everyday English (Zipf frequencies), so
"freshly baked croissants" ranks far above "the art world". A phrase does not end on a function
word, except in a run of LONG_RUN words or more said again word for word, which the reader hears
whole ("folded twice and then once more"), function words and all. Words are letters only,
so a phrase is said again only where the numbers inside it are the same (`same_numbers`: a
log's "N4217C. 5.8 hrs" is not its "N4217C. 2.2 hrs").

How it stays fast on a million words, duplicated chapters included: because phrases never cross
a sentence, everything is worked out once per *distinct* sentence (a "class" of identical word
sequences) and weighted by how many times that sentence occurs. A chapter pasted twice costs
almost nothing more, and the occurrences of a phrase are spelled out as spans only for the few
hundred phrases that are listed. The result is exactly what a walk over every word would give:
tests/core/test_phrases_reference.py keeps that walk and compares the two.

How a re-run after an edit stays cheap: an Analyzer keeps a `PhraseIndex`
(app/core/phrase_index.py) in its memo, which regrows only the families of repeats an edit
touched and re-ranks only the phrases that changed. `analyze()` keeps nothing and takes the
one-off way below; the tests hold the two ways to each other after every kind of edit
(tests/core/test_phrases_incremental.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

from app.core.forms import STYLES_OF_ADDRESS
from app.core.manuscript import Manuscript, SentenceView
from app.core.model import Phrase, Settings, Span
from app.core.text import Token
from app.core.wordlists import wordlists

# A phrase this unusual (sum of rarity over its content words) is worth a warning.
WARNING_SCORE = 7.0
# Below this a repeat is everyday talk ("to the end", "and she knew", "in that moment"): one
# word rarer than Zipf 5, or several a little less common, before it is listed at all.
LISTED_SCORE = 2.0
# A phrase carries at least this many words that mean something beyond function words and
# names: "on the pier" is the word "pier" said twice, which is an echo's business. One such
# word will do among NAMED_WORDS words that are not function words or titles, names counted:
# "traffic on Third Mainland Bridge" is a phrase, "dear Lady Fennimore" is not.
MEANINGFUL_WORDS = 2
NAMED_WORDS = 4
MAX_LISTED = 500
# A run of this many words said again word for word is a phrase the reader hears twice even
# when it is mostly function words: "folded twice and then once more" is kept whole, not
# trimmed to "folded twice", and its function words count towards its score.
LONG_RUN = 6
_INDEX_MEMO = "phrases.gram_index"

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


@dataclass(slots=True)
class _Alone:
    """A repeated gram found in one place of the class stream only, and its longer forms.

    That happens inside a sentence that itself occurs at least `min_phrase_count` times (a
    pasted chapter): from `size` words on, every longer gram at `start` is repeated exactly
    as often, so they are kept as this one record instead of one gram per length. All but the
    longest (`top` words) are covered by the next longer one.
    """

    start: int
    size: int
    top: int
    count: int
    order: tuple[int, ...]

    def gram(self, flat: list[str | None], size: int) -> tuple[str, ...]:
        return tuple(flat[self.start : self.start + size])  # type: ignore[arg-type]


class _Search:
    """The repeated grams of one manuscript, table by length, as `find_phrases` needs them."""

    def __init__(self, classes: _Classes, settings: Settings) -> None:
        self.classes = classes
        self.low, self.high = settings.min_phrase_words, settings.max_phrase_words
        self.minimum = settings.min_phrase_count
        flat = classes.flat
        # Where each class ends in the stream, per position, and whether a class occurs
        # often enough that every gram inside it is repeated.
        self.end_at: list[int] = [0] * len(flat)
        self.full: list[bool] = [False] * len(flat)
        for c, words in enumerate(classes.words):
            start, size = classes.base[c], len(words)
            self.end_at[start : start + size + 1] = [start + size] * (size + 1)
            if len(classes.sentences[c]) >= self.minimum:
                self.full[start : start + size + 1] = [True] * (size + 1)
        self.tables: dict[int, dict[tuple[str, ...], _Gram]] = {}
        self.alone: list[_Alone] = []
        self._marks: set[int] | None = None
        self._inside: set[tuple[str, ...]] = set()
        self._build()

    def _build(self) -> None:
        self._build_level_by_level()
        tops = [alone.top for alone in self.alone]
        sizes = [n for n, table in self.tables.items() if table]
        self.longest = max(sizes + tops) if sizes or tops else self.low

    def _build_level_by_level(self) -> None:
        """The one-off way (nothing kept for a later run): each table from the one before."""
        low, high = self.low, self.high
        self.tables[low] = self._first_table()
        for n in range(low + 1, high + 1):
            if not self.tables[n - 1]:
                break
            table: dict[tuple[str, ...], _Gram] = {}
            self._extend_into(self.tables[n - 1], n, table, self.alone)
            self.tables[n] = table

    def _keep(self, gram: tuple[str, ...], where: list[int], count: int,
              order: tuple[int, ...], table: dict[tuple[str, ...], _Gram],
              alone: list[_Alone] | None = None) -> None:
        if len(where) == 1:
            p = where[0]
            top = max(len(gram), min(self.high, self.end_at[p] - p))
            (self.alone if alone is None else alone).append(
                _Alone(p, len(gram), top, count, order)
            )
        else:
            table[gram] = _Gram(where, count, order)

    def _first_table(self) -> dict[tuple[str, ...], _Gram]:
        classes, low = self.classes, self.low
        flat = classes.flat
        grams = list(zip(*(flat[k:] for k in range(low)), strict=False))
        counts = Counter(grams)
        if classes.weight_at is not None:
            for c in classes.repeated:
                extra = len(classes.sentences[c]) - 1
                start = classes.base[c]
                for p in range(start, start + len(classes.words[c]) - low + 1):
                    counts[grams[p]] += extra
        minimum = self.minimum
        wanted = {g for g, k in counts.items() if k >= minimum and None not in g}
        where: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for p, gram in enumerate(grams):
            if gram in wanted:
                where[gram].append(p)
        table: dict[tuple[str, ...], _Gram] = {}
        for gram, found in where.items():
            self._keep(gram, found, counts[gram], (found[0],), table)
        return table

    def _extend_into(
        self, shorter: dict[tuple[str, ...], _Gram], n: int,
        table: dict[tuple[str, ...], _Gram], alone: list[_Alone],
    ) -> None:
        classes, minimum = self.classes, self.minimum
        flat = classes.flat
        step = n - 1
        weights = classes.weight_at
        for gram, found in shorter.items():
            longer: dict[str, list[int]] = {}
            for p in found.where:
                word = flat[p + step]
                if word is not None:
                    longer.setdefault(word, []).append(p)
            for word, where in longer.items():
                count = len(where) if weights is None else sum(map(weights.__getitem__, where))
                if count >= minimum:
                    self._keep((*gram, word), where, count, (*found.order, where[0]), table,
                               alone)

    def _all_covered(self, where: list[int], size: int, starts: dict[int, set[int]]) -> bool:
        """Whether at every place in `where` the repeat of `size` words there lies inside a
        longer repeat (one word longer, starting there or a word earlier: those in turn lie
        in the longer ones). `starts` holds where the repeats of each length start.

        A word-by-word scan marks these windows; asking is the same and cheaper. Once windows
        of `high` words are joined into passages, a window inside a passage covers only where
        the passage occurs: `_marks` lists those places.
        """
        if size >= self.high:
            return False
        if size == self.high - 1 and self._marks is not None:
            marks = self._marks
            return all(p in marks for p in where)
        longer = starts.get(size + 1, set())
        full, end_at = self.full, self.end_at
        for p in where:
            if full[p]:
                # Every longer gram inside a sentence this frequent repeats too.
                if p + size + 1 <= end_at[p] or (p > 0 and end_at[p - 1] == end_at[p]):
                    continue
                return False
            if p not in longer and p - 1 not in longer:
                return False
        return True

    def candidates(self) -> list[tuple[int, tuple[str, ...], _Gram]]:
        """Every repeat not covered by a longer one: (table length, words, where)."""
        high, flat = self.high, self.classes.flat
        found: list[tuple[int, tuple[str, ...], _Gram]] = []
        joined = self._join_windows() if self.longest == high else None
        if joined is not None:
            self._marks = {
                inner
                for gram, where in joined.items()
                for s in where.where
                for inner in range(s, s + len(gram) - high + 2)
            }
        # Where the repeats of each length start (before joining): `covered` asked in bulk.
        starts = {
            n: {p for found in table.values() for p in found.where}
            for n, table in self.tables.items()
        }
        for n in range(self.low, self.longest + 1):
            table = joined if n == high and joined is not None else self.tables.get(n, {})
            for gram, where in table.items():
                if not self._all_covered(where.where, len(gram), starts):
                    found.append((n, gram, where))
        inside = self._inside if joined is not None else set()
        for alone in self.alone:
            p, top = alone.start, alone.top
            if self._all_covered([p], top, starts):
                continue
            gram = alone.gram(flat, top)
            if top == high and gram in inside:
                continue
            order = (*alone.order, *([p] * (top - alone.size)))
            found.append((top, gram, _Gram([p], alone.count, order)))
        return found

    def _join_windows(self) -> dict[tuple[str, ...], _Gram] | None:
        """A passage repeated at greater length than `high` (a quoted verse) shows up as a
        chain of overlapping windows; report each chain as one passage rather than every
        window in it. None when the windows do not line up into passages."""
        classes, size, table = self.classes, self.high, self.tables.get(self.high, {})
        present = {p for found in table.values() for p in found.where}
        present.update(a.start for a in self.alone if a.top == size)
        starts = sorted(present)
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
            if count >= self.minimum:
                # A scan meets the chains before the windows left on their own: hence -1.
                joined[chain] = _Gram(where, count, (-1, where[0]))
        if sum(found.count for found in joined.values()) < classes.count(starts) // size:
            return None
        self._inside = {
            chain[i : i + size] for chain in joined for i in range(len(chain) - size + 1)
        }
        for gram, found in table.items():
            if gram not in self._inside:
                joined[gram] = found
        return joined


def find_phrases(manuscript: Manuscript, settings: Settings) -> list[Phrase]:
    lists = wordlists()
    name_words = {w.lower() for w in manuscript.finder.name_words()}
    honorifics = set(_titles())
    # A name in the plural is a name all the same: "the two Olas", "the Westons".
    plurals = {w + "s" for w in name_words} | {w + "es" for w in name_words}
    plain = frozenset(name_words | plurals | honorifics)
    if manuscript.kept and settings.max_phrase_words >= settings.min_phrase_words:
        return same_numbers(_kept_phrases(manuscript, settings, plain),
                            settings.min_phrase_count)
    classes = _Classes(manuscript.sentence_words, settings.min_phrase_words)
    search = _Search(classes, settings)
    low = settings.min_phrase_words
    stopwords = lists.stopwords
    # The gram reported for each trimmed phrase: the first a word-by-word scan would meet.
    best: dict[tuple[str, ...], tuple[tuple[int, ...], _Gram, int, int]] = {}
    rejected: set[tuple[str, ...]] = set()
    for n, gram, found in search.candidates():
        # As _trim, written out: this loop meets every candidate of a cold run.
        size = len(gram)
        first, last = 0, size
        while last > first and gram[last - 1] in stopwords:
            last -= 1
        if size >= LONG_RUN and last < low:
            last = size
        while first < last and gram[first] in stopwords and last - first > low:
            first += 1
        core = gram[first:last]
        if len(core) < low or core in rejected:
            continue
        key = (n, *found.order)
        held = best.get(core)
        if held is None:
            # Without the names, which count only where written as names (see `_ranked`).
            if not carries_meaning(core, _titles()) or " ".join(core) in idiom_parts():
                rejected.add(core)
                continue
        elif held[0] <= key:
            continue
        best[core] = (key, found, first, last)
    return same_numbers(_ranked(manuscript, search.classes, best, plain),
                        settings.min_phrase_count)


def same_numbers(phrases: list[Phrase], minimum: int) -> list[Phrase]:
    """The phrases as said with the same numbers inside them. A phrase is made of words, and
    a word is letters only, so "Outside Chuncheon, 2 December" and "Outside Chuncheon, 11
    December" — or a log's "N4217C. 5.8 hrs" and "N4217C. 2.2 hrs" — are one word sequence:
    only the occurrences whose numbers another occurrence repeats are the phrase said again,
    and a phrase left with fewer than `minimum` is none."""
    kept = []
    for phrase in phrases:
        if not any(_DIGIT.search(span.text) for span in phrase.occurrences):
            kept.append(phrase)
            continue
        numbers = [tuple(_DIGITS.findall(span.text)) for span in phrase.occurrences]
        said = Counter(numbers)
        occurrences = tuple(span for span, these in zip(phrase.occurrences, numbers, strict=True)
                            if said[these] >= minimum)
        if len(occurrences) == len(phrase.occurrences):
            kept.append(phrase)
        elif occurrences and len(occurrences) >= minimum:
            kept.append(Phrase(_display(occurrences[0]), len(occurrences), occurrences,
                               phrase.score))
    kept.sort(key=lambda p: (-p.score, -p.count, p.text))  # a phrase said less often drops
    return kept


_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")


def _trim(gram: tuple[str, ...], low: int) -> tuple[int, int]:
    """The bounds of the phrase inside a repeat. A phrase does not end on a function word,
    nor begin on one unless it would be too short without it: "of freshly baked
    croissants" is reported as "freshly baked croissants", "the art world" stays whole,
    "leaving behind a" is no phrase."""
    stopwords = wordlists().stopwords
    first, last = 0, len(gram)
    while last > first and gram[last - 1] in stopwords:
        last -= 1
    if len(gram) >= LONG_RUN and last < low:
        last = len(gram)
    while first < last and gram[first] in stopwords and last - first > low:
        first += 1
    return first, last


def _kept_phrases(manuscript: Manuscript, settings: Settings,
                  names: frozenset[str]) -> list[Phrase]:
    """find_phrases for an Analyzer: the index kept in the memo, brought up to date.

    It is taken out of the memo while in use and put back only once the run is complete,
    so a run stopped half-way never leaves a half-updated index.
    """
    from app.core.phrase_index import PhraseIndex  # it builds on this module's rules

    index = manuscript.memo.pop(_INDEX_MEMO, None)
    if not isinstance(index, PhraseIndex) or not index.matches(settings):
        low = settings.min_phrase_words
        index = PhraseIndex(settings, lambda gram: _trim(gram, low), _judge)
    index.update(manuscript, names)
    found = index.phrases(manuscript, MAX_LISTED)
    manuscript.memo[_INDEX_MEMO] = index
    return found


def _judge(core: tuple[str, ...], names: frozenset[str], text: str, tokens: Sequence[Token],
           first: int) -> float | None:
    """The score of a phrase, or None when it is none: no word that means something
    beyond the names, a part of a common idiom, or words too everyday to list. `tokens`
    are the sentence it is first written in, from `first` on, in the paragraph `text`
    (`as_written`)."""
    written = (as_written(core, names, text, tokens, first) if not names.isdisjoint(core)
               else names)
    if not carries_meaning(core, written) or " ".join(core) in idiom_parts():
        return None
    score = _score(core, names)
    return score if score >= LISTED_SCORE else None


def as_written(core: tuple[str, ...], names: Collection[str], text: str,
               tokens: Sequence[Token], first: int) -> frozenset[str]:
    """The words of `names` (name words and titles) that stand for a name or a title in a
    phrase as first written, its words being `tokens[first:]` in the paragraph `text`: a
    name's word counts as one only where written with a capital, or first in a sentence or
    in speech, where a capital tells nothing, or as a handle ("@priya"), which is a name in
    any case, or beside such a word, through other name words, as a name's small words are
    ("Souk el-Kmach"). "Boones Ferry Road" is a name but "the road that ran out of China"
    is a road. A title is one in any case: "dear sir", "her aunt", "her ladyship" stand for
    a person as a name does."""
    found = {word for word in core if word in _titles()}
    k, size = 0, len(core)
    while k < size:
        end = k
        while end < size and core[end] in names:
            end += 1
        if any(tokens[j].initial or tokens[j].text[:1].isupper()
               or text[tokens[j].start - 1 : tokens[j].start] == "@"
               for j in range(first + k, first + end)):
            found.update(core[k:end])
        k = end + 1
    return frozenset(found)


def _score(core: tuple[str, ...], names: Collection[str]) -> float:
    """How unusual a phrase's words are: the sum of their rarity, names and titles (`names`)
    left out, and function words too unless the run is LONG_RUN words or more. A name's
    word written small is left out too: "road" is no rare word to a reader of a story set
    on Boones Ferry Road, though "the road that ran" is a road."""
    stopwords = wordlists().stopwords
    long = len(core) >= LONG_RUN
    return round(sum([0.0 if w in names or (w in stopwords and not long) else _rarity(w)
                      for w in core]), 2)


def carries_meaning(core: tuple[str, ...], names: Collection[str]) -> bool:
    """Whether a repeat's words mean enough to make it a phrase (MEANINGFUL_WORDS); `names`
    holds the lower-case name words and titles."""
    stopwords = wordlists().stopwords
    meaningful = sum(1 for w in core if w not in stopwords and w not in names)
    if meaningful >= MEANINGFUL_WORDS:
        return True
    titles = _titles()
    named = sum(1 for w in core if w not in stopwords and w not in titles)
    return meaningful == 1 and named >= NAMED_WORDS


@cache
def _titles() -> frozenset[str]:
    """Titles and styles of address ("her ladyship"), which carry no more meaning in a phrase
    than the names they stand for."""
    return frozenset(h.lower() for h in (*wordlists().honorifics, *STYLES_OF_ADDRESS))


@cache
def _rarity(word: str) -> float:
    return rarity(word)


@cache
def idiom_parts() -> frozenset[str]:
    """Every run of three or more words inside a common idiom: "the same time" is part of "at
    the same time", so a repeat trimmed to it is still the idiom."""
    parts = set()
    for idiom in wordlists().idioms:
        words = idiom.split()
        for size in range(3, len(words) + 1):
            parts.update(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    return frozenset(parts)


def _ranked(
    manuscript: Manuscript,
    classes: _Classes,
    best: dict[tuple[str, ...], tuple[tuple[int, ...], _Gram, int, int]],
    plain: frozenset[str],
) -> list[Phrase]:
    """The listed phrases, best first; spans are made only for those that make the list.
    `plain` holds the name words and titles, which add nothing to a phrase's score and no
    meaning where the phrase is first written with them as names (`as_written`)."""
    scored = []
    views = manuscript.sentence_list
    for core, (_key, found, first, last) in best.items():
        if not plain.isdisjoint(core):
            _p, sentence, offset = classes.positions(found.where[:1])[0]
            view = views[sentence]
            text = view.paragraph.text  # type: ignore[union-attr]
            if not carries_meaning(core, as_written(core, plain, text, view.tokens,
                                                    offset + first)):
                continue
        score = _score(core, plain)
        if score < LISTED_SCORE:
            continue
        scored.append((-score, -found.count, core, found, first, last, score))
    scored.sort(key=lambda item: (item[0], item[1]))
    if len(scored) > MAX_LISTED:
        # Phrases tied with the last listed one on score and count are ranked by their text.
        cut = scored[MAX_LISTED - 1][:2]
        scored = [item for item in scored[: MAX_LISTED] if item[:2] != cut] + [
            item for item in scored if item[:2] == cut
        ]
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
