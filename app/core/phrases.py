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
hundred phrases that are listed. The result is exactly what a walk over every word would give:
tests/core/test_phrases_reference.py keeps that walk and compares the two.

How a re-run after an edit stays cheap: an Analyzer keeps a `_GramIndex` in its memo. It
counts the shortest grams by difference (only sentences that appeared, vanished or changed
their number of occurrences are counted again) and keeps, for every repeated shortest gram,
its "family" of longer repeats with positions relative to the family's own. An edit grows
again only the families whose grams it touched; the others are laid out at their new places.
`analyze()` keeps nothing, so it builds the tables level by level, the one-off way; the
tests hold the two ways to each other after every kind of edit.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from itertools import chain as chained

from app.core.manuscript import Manuscript, SentenceView
from app.core.model import Phrase, Settings, Span
from app.core.wordlists import wordlists

# A phrase this unusual (sum of rarity over its content words) is worth a warning.
WARNING_SCORE = 7.0
MAX_LISTED = 500
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


# A family's longer repeats, level by level: (length, [(words, places, count, order)],
# [(start, size, top, count, order)]), every position an index into the family's places.
_Family = list[
    tuple[
        int,
        list[tuple[tuple[str, ...], list[int], int, tuple[int, ...]]],
        list[tuple[int, int, int, int, tuple[int, ...]]],
    ]
]


class _GramIndex:
    """The shortest grams (`low` words) of every distinct sentence, counted with the number
    of times each sentence occurs, kept between runs in the Analyzer's memo.

    Grams are numbered (`ids`, `grams`) so a scan compares small integers instead of hashing
    word tuples. Each run passes only the difference: sentences whose number of occurrences
    changed (new, gone, pasted again) add or take away their grams' counts, and `wanted`
    (grams counted at least `minimum` times) is re-decided for those grams alone. A fresh
    index starts from nothing and takes every sentence as new, so both paths are one path.

    A distinct sentence is known by the identity of its word tuple, which comes from the
    cached paragraph parse and so stays the same object while its paragraph is unedited
    (the index holds every tuple it keys, so no identity is reused while it is a key). A
    sentence that comes back as another, equal tuple (its first paragraph was re-parsed)
    is taken away and added again: the counts come out the same, its grams count as
    touched, which costs a little work and never changes a result.
    """

    def __init__(self, low: int, minimum: int) -> None:
        self.low, self.minimum = low, minimum
        self.weights: dict[int, int] = {}  # id(sentence words) -> occurrences
        self.held: dict[int, tuple[str, ...]] = {}  # id(sentence words) -> the words
        self.class_ids: dict[int, tuple[int, ...]] = {}  # id(sentence words) -> gram ids
        # id(sentence words) -> (offset, gram id) of its grams in `wanted`
        self.wanted_at: dict[int, tuple[tuple[int, int], ...]] = {}
        self.ids: dict[tuple[str, ...], int] = {}
        self.grams: dict[int, tuple[str, ...]] = {}
        self.counts: Counter[int] = Counter()
        self.wanted: set[int] = set()
        self._next = 0
        self.order: list[int] = []  # the sentences of the last run, in order
        self.high = 0  # the longest repeat the families were grown to
        self.families: dict[int, _Family] = {}  # gram id -> its longer repeats

    def update(self, classes: _Classes, high: int) -> list[tuple[tuple[int, int], ...]]:
        """Bring the counts to `classes`; for each class, in order, its wanted grams as
        (word offset, gram id) pairs.

        Also forgets the families (see `_Search._grow`) that may have changed: those of
        the grams whose counts were touched, or all of them when the sentences that did not
        change stand in another order than before (a paragraph moved) or `high` changed.
        """
        keys = [id(words) for words in classes.words]
        weights = dict(zip(keys, map(len, classes.sentences), strict=True))
        held = dict(zip(keys, classes.words, strict=True))
        touched: set[int] = set()
        changed: set[int] = set()
        old, old_held = self.weights, self.held
        once: list[tuple[int, ...]] = []  # sentences new this run and said once: most
        for key, before in old.items():
            now = weights.get(key, 0)
            if now != before:
                changed.add(key)
                self._add(key, old_held[key], now - before, touched)
        for key, now in weights.items():
            if key not in old:
                changed.add(key)
                if now == 1:
                    once.append(self._ids(key, held[key]))
                else:
                    self._add(key, held[key], now, touched)
        if once:
            self.counts.update(chained.from_iterable(once))
            touched.update(chained.from_iterable(once))
        # A family stays as it was when its grams' sentences are the same, as often, in
        # the same order: the order of the unchanged sentences must be as it was.
        kept = [k for k in keys if k not in changed]
        if high != self.high or kept != [k for k in self.order if k not in changed]:
            self.families.clear()
        else:
            for gid in touched:
                self.families.pop(gid, None)
        self.high = high
        self.order = keys
        self.weights, self.held = weights, held
        class_ids, wanted_at = self.class_ids, self.wanted_at
        for key in changed:
            if key not in weights:
                del class_ids[key]
                wanted_at.pop(key, None)
        counts, minimum, wanted = self.counts, self.minimum, self.wanted
        flipped: set[int] = set()
        for gid in touched:
            count = counts[gid]
            if (count >= minimum) != (gid in wanted):
                flipped.add(gid)
                if count >= minimum:
                    wanted.add(gid)
                else:
                    wanted.discard(gid)
            if count == 0:
                # In no sentence any more: forget it, so the index never outgrows the text.
                del counts[gid], self.ids[self.grams.pop(gid)]
        found = []
        for key in keys:
            pairs = wanted_at.get(key)
            if pairs is None or (flipped and not flipped.isdisjoint(class_ids[key])):
                pairs = wanted_at[key] = tuple(
                    [(o, gid) for o, gid in enumerate(class_ids[key]) if gid in wanted]
                )
            found.append(pairs)
        return found

    def _add(self, key: int, words: tuple[str, ...], delta: int, touched: set[int]) -> None:
        ids = self._ids(key, words)
        counts = self.counts
        for gid in ids:
            counts[gid] += delta
        touched.update(ids)

    def _ids(self, key: int, words: tuple[str, ...]) -> tuple[int, ...]:
        ids = self.class_ids.get(key)
        if ids is None:
            ids = self.class_ids[key] = self._ids_of(words)
        return ids

    def _ids_of(self, words: tuple[str, ...]) -> tuple[int, ...]:
        ids = self.ids
        grams = list(zip(*(words[k:] for k in range(self.low)), strict=False))
        found = list(map(ids.get, grams))
        if None in found:
            for k, gid in enumerate(found):
                if gid is None:
                    gram = grams[k]
                    gid = ids.get(gram)  # met earlier in this same sentence
                    if gid is None:
                        gid = ids[gram] = self._next
                        self.grams[gid] = gram
                        self._next += 1
                    found[k] = gid
        return tuple(found)  # type: ignore[arg-type]


class _Search:
    """The repeated grams of one manuscript, table by length, as `find_phrases` needs them."""

    def __init__(
        self, classes: _Classes, settings: Settings, index: _GramIndex | None = None
    ) -> None:
        self.classes = classes
        self.index = index
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
        if self.index is None:
            self._build_level_by_level()
        else:
            self._build_by_family(self.index)
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

    def _build_by_family(self, index: _GramIndex) -> None:
        """The same tables from the index kept between runs, family by family, growing
        again only the families an edit may have changed."""
        low, high = self.low, self.high
        first = self.tables[low] = self._first_table_kept(index)
        # Every longer repeat starts with a repeated gram of `low` words and occurs where it
        # does: it grows within that gram's family. Families are grown one by one, in the
        # order of the first table, and their levels laid side by side, which is the order
        # a level-by-level pass over all of them would give.
        levels: dict[int, dict[tuple[str, ...], _Gram]] = {n: {} for n in range(low + 1, high + 1)}
        alone: dict[int, list[_Alone]] = {n: [] for n in range(low + 1, high + 1)}
        for gid, (gram, found) in zip(self._first_ids, first.items(), strict=True):
            family = index.families.get(gid)
            if family is None:
                family = index.families[gid] = self._grow(gram, found)
            if family:
                self._lay_out(family, found.where, levels, alone)
        for n in range(low + 1, high + 1):
            if not self.tables[n - 1]:
                break
            self.tables[n] = levels[n]
            self.alone.extend(alone[n])

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

    def _first_table_kept(self, index: _GramIndex) -> dict[tuple[str, ...], _Gram]:
        classes = self.classes
        wanted_at = index.update(classes, self.high)
        bases = classes.base
        # Positions in stream order, so `where` meets each gram at its first position first,
        # exactly as a scan of the stream would.
        where: dict[int, list[int]] = {}
        for c, pairs in enumerate(wanted_at):
            if pairs:
                base = bases[c]
                for o, gid in pairs:
                    found = where.get(gid)
                    if found is None:
                        where[gid] = [base + o]
                    else:
                        found.append(base + o)
        table: dict[tuple[str, ...], _Gram] = {}
        grams, counts = index.grams, index.counts
        self._first_ids: list[int] = []
        for gid, found in where.items():
            if len(found) > 1:
                self._first_ids.append(gid)
            self._keep(grams[gid], found, counts[gid], (found[0],), table)
        return table

    def _grow(self, gram: tuple[str, ...], found: _Gram) -> _Family:
        """The longer repeats of one family, with every position given as an index into
        the family's own positions (`found.where`), so the family can be laid out again in a
        later run where the same sentences sit at other places of the stream."""
        shorter = {gram: found}
        levels: _Family = []
        for n in range(self.low + 1, self.high + 1):
            if not shorter:
                break
            table: dict[tuple[str, ...], _Gram] = {}
            alone: list[_Alone] = []
            self._extend_into(shorter, n, table, alone)
            if table or alone:
                levels.append((n, table, alone))
            shorter = table
        if not levels:
            return []
        at = {p: i for i, p in enumerate(found.where)}
        return [
            (
                n,
                [(g, [at[p] for p in f.where], f.count, tuple(at[p] for p in f.order))
                 for g, f in table.items()],
                [(at[a.start], a.size, a.top, a.count, tuple(at[p] for p in a.order))
                 for a in alone],
            )
            for n, table, alone in levels
        ]

    @staticmethod
    def _lay_out(family: _Family, where: list[int],
                 levels: dict[int, dict[tuple[str, ...], _Gram]],
                 alone: dict[int, list[_Alone]]) -> None:
        for n, grams, alone_here in family:
            table = levels[n]
            for gram, places, count, order in grams:
                table[gram] = _Gram([where[i] for i in places], count,
                                    tuple([where[i] for i in order]))
            alone[n].extend(
                _Alone(where[start], size, top, count, tuple([where[i] for i in order]))
                for start, size, top, count, order in alone_here
            )

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
    classes = _Classes(manuscript.sentence_words, settings.min_phrase_words)
    if manuscript.kept:
        search = _Search(classes, settings, _memo_index(manuscript, settings))
        manuscript.memo[_INDEX_MEMO] = search.index
    else:
        search = _Search(classes, settings)
    low = settings.min_phrase_words
    name_words = {w.lower() for w in manuscript.finder.name_words()}
    honorifics = {h.lower() for h in lists.honorifics}
    stopwords = lists.stopwords
    # The gram reported for each trimmed phrase: the first a word-by-word scan would meet.
    best: dict[tuple[str, ...], tuple[tuple[int, ...], _Gram, int, int]] = {}
    rejected: set[tuple[str, ...]] = set()
    for n, gram, found in search.candidates():
        size = len(gram)
        # A phrase does not end on a function word, nor begin on one unless it would be
        # too short without it: "of freshly baked croissants" is reported as "freshly baked
        # croissants", "the art world" stays whole, "leaving behind a" is no phrase.
        first, last = 0, size
        while last > first and gram[last - 1] in stopwords:
            last -= 1
        while first < last and gram[first] in stopwords and last - first > low:
            first += 1
        core = gram[first:last]
        if len(core) < low or core in rejected:
            continue
        key = (n, *found.order)
        held = best.get(core)
        if held is None:
            content = [w for w in core if w not in stopwords]
            meaningful = [w for w in content if w not in name_words and w not in honorifics]
            if not meaningful or " ".join(core) in idiom_parts():
                rejected.add(core)
                continue
        elif held[0] <= key:
            continue
        best[core] = (key, found, first, last)
    return _ranked(manuscript, search.classes, best, name_words, honorifics)


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

def _memo_index(manuscript: Manuscript, settings: Settings) -> _GramIndex:
    """The gram index the last run left in the memo, or a fresh one (settings changed).

    It is taken out of the memo while in use and put back by `find_phrases` only once the
    run's counts are complete, so a run stopped half-way never leaves half-updated counts.
    """
    index = manuscript.memo.pop(_INDEX_MEMO, None)
    low, minimum = settings.min_phrase_words, settings.min_phrase_count
    if not isinstance(index, _GramIndex) or (index.low, index.minimum) != (low, minimum):
        index = _GramIndex(low, minimum)
    return index


def _ranked(
    manuscript: Manuscript,
    classes: _Classes,
    best: dict[tuple[str, ...], tuple[tuple[int, ...], _Gram, int, int]],
    name_words: set[str],
    honorifics: set[str],
) -> list[Phrase]:
    """The listed phrases, best first; spans are made only for those that make the list."""
    stopwords = wordlists().stopwords
    rare: dict[str, float] = {}
    for core in best:
        for word in core:
            if word not in rare:
                skip = word in stopwords or word in name_words or word in honorifics
                rare[word] = 0.0 if skip else rarity(word)
    scored = []
    for core, (_key, found, first, last) in best.items():
        score = round(sum([rare[w] for w in core]), 2)
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
