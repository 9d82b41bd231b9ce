"""The repeated-phrase result kept between runs and brought up to date by difference.

`app.core.phrases` finds repeated phrases the one-off way for `analyze()`. An Analyzer
instead keeps a `PhraseIndex` in its memo and, after an edit, redoes only what the edit can
have changed, giving exactly the same phrases (tests/core/test_phrases_incremental.py).

The data design:

* A *class* is a distinct sentence (its lower-cased words) with every place it is written
  (paragraph parse, sentence number) and its `weight`, how many times it occurs. Paragraph
  parses keep their identity while their text is unchanged, so a run finds what changed by
  comparing how often each parse occurs: only the sentences of parses that came, went or
  were pasted again are looked at.
* A *family* is every repeated word sequence that starts with one repeated shortest gram
  (`low` words), grown from the places of that gram alone. Whether a sequence is repeated,
  whether a longer repeat covers it and the order a word-by-word scan would meet it all
  depend only on the sentences that hold its first gram, so a family changes only when one
  of those sentences changes: an edit regrows the few families whose grams it touched.
* Positions are (class, word offset) rather than offsets in the manuscript, so an unchanged
  family stays valid when the text before it grows; they are compared through each class's
  rank (where its first sentence stands) in the current run. Only how ranks compare is
  kept (the order of a family's places, the first place of a phrase), so a moved
  paragraph changes only the ranks of the classes written in it: it is taken as an edit of
  those sentences, and their families are grown again. The moved paragraphs are those off
  a longest run of paragraphs still in the same order, so one paragraph cut and pasted,
  however far, costs about what an edit of it does.
* Passages longer than `high` (windows joined into chains) depend on the whole manuscript;
  they are joined again only when an edit changes a repeated `high`-word window, and then
  only the families whose repeats the chains cover differently are grown again. Everything
  is rebuilt when joining was switched on or off, or when so many paragraphs moved at once
  (a tenth of the book) that growing every family once is as quick.
* Each phrase keeps its candidates (the repeats that trim to it) and the winner; the
  listed phrases sit in a list sorted by rank, updated only for the phrases that changed.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import count as counter
from typing import Any

from app.core.manuscript import Manuscript
from app.core.model import Phrase, Settings, Span
from app.core.parsing import ParsedParagraph
from app.core.text import Token

# A position: the class and the word offset in it. Orders hold None for "before all".
_Position = tuple["_Class", int]
_Rank = tuple[int, int, int]  # (place of its first paragraph, sentence number, parse id)


@dataclass(eq=False, slots=True)
class _Class:
    """One distinct sentence: its words, the ids of its `low`-word grams and where it is
    written (parse id -> the parse and its sentence numbers holding these words)."""

    serial: int
    words: tuple[str, ...]
    ids: tuple[int, ...]
    weight: int = 0
    places: dict[int, tuple[ParsedParagraph, list[int]]] = field(default_factory=dict)


@dataclass(eq=False, slots=True)
class _Candidate:
    """A repeat not covered by a longer one, trimmed to its `core`: `first`/`last` are the
    word offsets of the core within `gram`. `order` reproduces the order a word-by-word
    scan meets it (see phrases._Gram); `table` is the length of the table it comes from."""

    table: int
    gram: tuple[str, ...]
    first: int
    last: int
    count: int
    where: list[_Position]
    order: tuple[_Position | None, ...]

    @property
    def core(self) -> tuple[str, ...]:
        return self.gram[self.first : self.last]


@dataclass(slots=True)
class _Family:
    """What one family contributes: its candidates (repeats not covered by longer ones)."""

    candidates: list[_Candidate]
    # The family's repeated `high`-word windows -> (count, their positions as serials):
    # what the chains of windows are made of.
    windows: dict[tuple[str, ...], tuple[int, frozenset[tuple[int, int]]]]


@dataclass(slots=True)
class _Listed:
    """What a phrase needs for ranking and display, kept until its winner changes."""

    entry: tuple[float, int, str, tuple[str, ...]]  # (-score, -count, text, core)
    best: _Candidate
    score: float


class _Run:
    """This run's paragraphs: which parses occur how often, in what order, and where.

    Written with comprehensions over the whole manuscript because it is the one part of a
    re-run that grows with the manuscript rather than with the edit.
    """

    def __init__(self, manuscript: Manuscript) -> None:
        placed = [p for p in manuscript.paragraphs if not p.parsed.heading]
        self.sequence = sequence = [id(p.parsed) for p in placed]
        # The first place of each parse (a parse is shared by identical paragraphs).
        self.first_index = dict(zip(reversed(sequence), range(len(sequence) - 1, -1, -1),
                                    strict=True))
        self.parses = dict(zip(sequence, [p.parsed for p in placed], strict=True))
        self.counts: dict[int, int] = (
            dict.fromkeys(sequence, 1) if len(self.first_index) == len(sequence)
            else Counter(sequence))
        # Where each parse is written, as (document, offset); a parse written more than
        # once is looked up in `repeated`.
        self.spots = dict(zip(sequence, zip([p.document for p in placed],
                                            [p.base for p in placed], strict=True),
                              strict=True))
        self.repeated: dict[int, list[tuple[str, int]]] = defaultdict(list)
        if len(self.first_index) != len(sequence):
            for p in placed:
                if self.counts[id(p.parsed)] > 1:
                    self.repeated[id(p.parsed)].append((p.document, p.base))
        self.order = manuscript.order
        self.ranks: dict[int, _Rank] = {}

    def placed(self, key: int) -> list[tuple[str, int]]:
        """Every (document, offset) the parse `key` is written at."""
        found = self.repeated.get(key)
        return found if found is not None else [self.spots[key]]

    def rank(self, cls: _Class) -> _Rank:
        """Where the class's first sentence stands: classes compare as their first
        sentences do, which is how a scan of the manuscript meets them."""
        found = self.ranks.get(cls.serial)
        if found is None:
            places = cls.places
            if len(places) == 1:
                key = next(iter(places))
            else:
                first_index = self.first_index
                key = min(places, key=lambda k: (first_index[k], places[k][1][0]))
            found = self.ranks[cls.serial] = (self.first_index[key], places[key][1][0], key)
        return found

    def first_place(self, cls: _Class) -> tuple[ParsedParagraph, int]:
        _index, number, key = self.rank(cls)
        return cls.places[key][0], number


# A rebuild instead once more than one paragraph in this many moved at once (and more
# than a few: a small manuscript is quick either way).
_MOVED_SHARE = 10
_MOVED_FEW = 8


def _increasing(values: list[int]) -> set[int]:
    """The indices of a longest increasing subsequence of `values` (all distinct)."""
    tails: list[int] = []  # the least last value of an increasing run of each length
    ends: list[int] = []  # ... and its index
    back = [-1] * len(values)
    for i, value in enumerate(values):
        length = bisect_left(tails, value)
        if length:
            back[i] = ends[length - 1]
        if length == len(tails):
            tails.append(value)
            ends.append(i)
        else:
            tails[length] = value
            ends[length] = i
    kept = set()
    i = ends[-1] if ends else -1
    while i >= 0:
        kept.add(i)
        i = back[i]
    return kept


_Offsets = int | tuple[int, ...]
_Posting = tuple[int, _Offsets] | dict[int, _Offsets]


def _and(held: _Offsets, offset: int) -> tuple[int, ...]:
    return (held, offset) if type(held) is int else (*held, offset)  # type: ignore[misc]


# A gram waiting for the chains of windows to be known before its coverage is decided:
# (family, length, gram, where, count, order, covered by a repeat one word longer).
_Pending = tuple[_Family, int, tuple[str, ...], list[_Position], int,
                 tuple[_Position | None, ...], bool]


class PhraseIndex:
    """Everything `find_phrases` works out, kept between the runs of one Analyzer.

    `trim(gram)` gives the core's bounds in a gram; `judge(core, names, text, tokens,
    first)` its score, or None when it is no phrase (no meaningful word, an idiom), from
    the sentence it is first written in (whose tokens from `first` on are its words, in
    the paragraph `text`: a name counts as one only where written as one); both come from
    app.core.phrases.
    """

    def __init__(self, settings: Settings, trim: Callable[[tuple[str, ...]], tuple[int, int]],
                 judge: Callable[[tuple[str, ...], frozenset[str], str, Sequence[Token], int],
                                 float | None]) -> None:
        self.low, self.high = settings.min_phrase_words, settings.max_phrase_words
        self.minimum = settings.min_phrase_count
        self._trim, self._judge = trim, judge
        self._serials = counter()
        # The last run's paragraphs: parse id -> how often, the parses (held, so that no id
        # is reused while it is a key), their order, and where they were written.
        self.written: dict[int, int] = {}
        self.parses: dict[int, ParsedParagraph] = {}
        self.sequence: list[int] = []
        self._spots: dict[int, tuple[str, int]] = {}
        self.classes: dict[tuple[str, ...], _Class] = {}
        self.serials: dict[int, _Class] = {}
        self.counted: dict[int, int] = {}  # class serial -> the weight its grams count with
        self.ids: dict[tuple[str, ...], int] = {}
        self.grams: dict[int, tuple[str, ...]] = {}
        self.counts: dict[int, int] = {}
        # gram id -> where it is: class serial -> the gram's offset in the class (a tuple of
        # offsets when more than one), or one (serial, offset) pair for a gram in one class
        # only. Most grams are, and there are many: the pair keeps the index small.
        self.postings: dict[int, _Posting] = {}
        self._next_gram = 0
        self.families: dict[int, _Family] = {}
        self.chain_classes: dict[int, list[_Candidate]] = {}  # class serial -> its chains
        self.chains: list[_Candidate] = []
        self.marks: set[tuple[int, int]] | None = None
        self.inside: set[tuple[str, ...]] = set()
        self.by_core: dict[tuple[str, ...], dict[int, _Candidate]] = defaultdict(dict)
        self.listed: dict[tuple[str, ...], _Listed] = {}
        self.ranked: list[tuple[float, int, str, tuple[str, ...]]] = []
        self.names: frozenset[str] | None = None
        self._run: _Run | None = None
        self._shown: dict[tuple[str, ...], tuple[_Listed, frozenset[int], Phrase]] = {}
        self._built = False

    def matches(self, settings: Settings) -> bool:
        return (self.low, self.high, self.minimum) == (
            settings.min_phrase_words, settings.max_phrase_words, settings.min_phrase_count)

    # --- a run --------------------------------------------------------------------------
    def update(self, manuscript: Manuscript, names: frozenset[str]) -> None:
        """Bring everything to the manuscript as it now stands; `names` are the words that
        carry no meaning in a phrase (name words, honorifics)."""
        run = self._run = _Run(manuscript)
        old = self.written
        changed_parses = {key for key, _n in run.counts.items() ^ old.items()}
        moved = self._moved(run, changed_parses)
        changed = self._apply(changed_parses, old, run)
        if moved:
            # A moved paragraph's sentences may now come first (or no longer first) where
            # they are written: every family and chain holding them is grown again, just as
            # if they had been edited. No other class changes rank relative to another.
            classes, low = self.classes, self.low
            for key in moved:
                for words in run.parses[key].sentence_words:
                    if len(words) >= low:
                        cls = classes[words]
                        changed[cls.serial] = cls
        self.written, self.sequence, self.parses = run.counts, run.sequence, run.parses
        # Words that became names or stopped being names: the phrases holding them are
        # scored (or rejected) again.
        renamed = names ^ self.names if self.names is not None else names
        self.names = names
        if not self._built or moved is None or not self._regrow(changed):
            self._rebuild()
        elif renamed:
            for core in [core for core in self.by_core if not renamed.isdisjoint(core)]:
                self._pick(core)

    def _moved(self, run: _Run, changed_parses: set[int]) -> set[int] | None:
        """The paragraphs (parse ids) that moved since the last run, leaving out those
        written more or less often (`_apply` sees to them); None when so many moved that
        a rebuild is cheaper.

        Only the order of first places matters (a class's rank is its first sentence), and
        only relatively: a class's rank compares the same way with every other class's
        unless one of them is written in a moved paragraph. The moved paragraphs are those
        off a longest run kept in the same order, which for one paragraph cut and pasted
        is that paragraph alone, however far it went.
        """
        before, now = self.sequence, run.sequence
        if changed_parses:
            before = [key for key in before if key not in changed_parses]
            now = [key for key in now if key not in changed_parses]
        if before == now:
            return set()
        before, now = list(dict.fromkeys(before)), list(dict.fromkeys(now))
        if before == now:  # only a paragraph written again elsewhere moved
            return set()
        # Both hold the same paragraphs now: those written as often as before.
        size = len(now)
        head = 0
        while before[head] == now[head]:  # they differ somewhere, so this stops
            head += 1
        tail = size
        while before[tail - 1] == now[tail - 1]:
            tail -= 1
        was = {key: i for i, key in enumerate(before[head:tail])}
        middle = now[head:tail]
        kept = _increasing([was[key] for key in middle])
        moved = {key for i, key in enumerate(middle) if i not in kept}
        # Every moved paragraph grows its sentences' families again; past a share of the
        # manuscript growing every family once is as quick.
        if len(moved) > _MOVED_FEW and len(moved) * _MOVED_SHARE > size:
            return None
        return moved

    def phrases(self, manuscript: Manuscript, limit: int) -> list[Phrase]:
        """The listed phrases, best first, with their occurrences spelled out. A phrase
        made in an earlier run is given again while its winner and the places of the
        paragraphs it occurs in are the same."""
        run = self._run
        assert run is not None
        spots, before = run.spots, self._spots
        moved = {key for key, _spot in spots.items() ^ before.items()}
        moved.update(run.repeated)
        self._spots = spots
        shown, found = {}, []
        for entry in self.ranked[:limit]:
            core = entry[3]
            listed = self.listed[core]
            held = self._shown.get(core)
            if held is None or held[0] is not listed or not held[1].isdisjoint(moved):
                held = (listed, *self._phrase(listed, run))
            shown[core] = held
            found.append(held[2])
        self._shown = shown
        return found

    def _phrase(self, listed: _Listed, run: _Run) -> tuple[frozenset[int], Phrase]:
        best = listed.best
        first, last = best.first, best.last - 1
        keys = set()
        places = []
        for cls, offset in best.where:
            for key, (parse, numbers) in cls.places.items():
                keys.add(key)
                grouped, text = parse.sentence_tokens, parse.text
                for document, base in run.placed(key):
                    order = run.order[document]
                    for number in numbers:
                        tokens = grouped[number]
                        start, end = tokens[offset + first].start, tokens[offset + last].end
                        places.append((order, base, number, offset, document, base, start, end,
                                       text))
        places.sort()
        # A span's text is its paragraph's text there: tokens are offsets in the paragraph.
        occurrences = tuple(Span(document, base + start, base + end, text[start:end])
                            for *_, document, base, start, end, text in places)
        return frozenset(keys), Phrase(listed.entry[2], best.count, occurrences, listed.score)

    # --- sentences and grams ----------------------------------------------------------
    def _apply(self, changed_parses: set[int], old: dict[int, int],
               run: _Run) -> dict[int, _Class]:
        """Move class weights and gram counts to the new paragraph counts. Returns the
        classes whose places changed, by serial (one gone for good has weight 0)."""
        low, classes = self.low, self.classes
        changed: dict[int, _Class] = {}
        for key in changed_parses:
            before, after = old.get(key, 0), run.counts.get(key, 0)
            parse = run.parses[key] if after else self.parses[key]
            numbers_of: dict[tuple[str, ...], list[int]] = {}
            for number, words in enumerate(parse.sentence_words):
                if len(words) >= low:
                    numbers_of.setdefault(words, []).append(number)
            for words, numbers in numbers_of.items():
                cls = classes.get(words)
                if cls is None:
                    cls = classes[words] = _Class(next(self._serials), words,
                                                  self._ids_of(words))
                    self.serials[cls.serial] = cls
                if after:
                    cls.places[key] = (parse, numbers)
                else:
                    cls.places.pop(key, None)
                cls.weight += (after - before) * len(numbers)
                changed[cls.serial] = cls
        emptied: set[int] = set()
        for cls in changed.values():
            self._recount(cls, emptied)
        # Grams in no sentence any more are forgotten, so the index never outgrows the text
        # (only now: a class new in this run may hold a gram a class gone held).
        counts, postings, ids, grams = self.counts, self.postings, self.ids, self.grams
        for gid in emptied:
            if not postings.get(gid):
                postings.pop(gid, None)
                del counts[gid], ids[grams.pop(gid)]
        return changed

    def _recount(self, cls: _Class, emptied: set[int]) -> None:
        counts, postings = self.counts, self.postings
        counted = self.counted.pop(cls.serial, 0)
        delta = cls.weight - counted
        if delta:
            for gid in cls.ids:
                counts[gid] += delta
        if cls.weight:
            self.counted[cls.serial] = cls.weight
            if not counted:
                serial = cls.serial
                for offset, gid in enumerate(cls.ids):
                    posting = postings.get(gid)
                    if posting is None:
                        postings[gid] = (serial, offset)
                    elif type(posting) is tuple:
                        if posting[0] == serial:
                            postings[gid] = (serial, _and(posting[1], offset))
                        else:
                            postings[gid] = {posting[0]: posting[1], serial: offset}
                    else:
                        held = posting.get(serial)
                        posting[serial] = offset if held is None else _and(held, offset)
            return
        del self.classes[cls.words], self.serials[cls.serial]
        for gid in set(cls.ids):
            posting = postings[gid]
            if type(posting) is tuple:
                del postings[gid]
                emptied.add(gid)
                continue
            del posting[cls.serial]
            if len(posting) == 1:
                postings[gid] = next(iter(posting.items()))

    def _ids_of(self, words: tuple[str, ...]) -> tuple[int, ...]:
        """The ids of the sentence's `low`-word grams, numbering the new ones."""
        ids = self.ids
        grams = list(zip(*(words[k:] for k in range(self.low)), strict=False))
        found = list(map(ids.get, grams))
        if None in found:
            for k, gid in enumerate(found):
                if gid is None:
                    gram = grams[k]
                    gid = ids.get(gram)  # met earlier in this same sentence
                    if gid is None:
                        gid = ids[gram] = self._next_gram
                        self.grams[gid] = gram
                        self.counts[gid] = 0
                        self._next_gram += 1
                    found[k] = gid
        return tuple(found)  # type: ignore[arg-type]

    # --- families -------------------------------------------------------------------------
    def _regrow(self, changed: dict[int, _Class]) -> bool:
        """Grow again the families whose grams the changed sentences hold, and the chains of
        windows when those changed. False when only a rebuild is right."""
        touched = {gid for cls in changed.values() for gid in cls.ids}
        rejoin = any(serial in self.chain_classes for serial in changed)
        modified: set[tuple[str, ...]] = set()
        rejoin |= self._replace(touched, modified)
        if rejoin and not self._rejoin(modified):
            return False
        for core in modified:
            self._pick(core)
        return True

    def _replace(self, heads: set[int], modified: set[tuple[str, ...]]) -> bool:
        """Grow these families again and swap their candidates; whether the repeated
        windows of `high` words changed (the chains are made of them)."""
        minimum, counts, families, by_core = self.minimum, self.counts, self.families, self.by_core
        windows_changed = False
        for gid in heads:
            before = families.get(gid)
            after = self._grow(gid, None) if counts.get(gid, 0) >= minimum else None
            if (before.windows if before else {}) != (after.windows if after else {}):
                windows_changed = True
            if before is not None:
                for cand in before.candidates:
                    core = cand.core
                    del by_core[core][id(cand)]
                    modified.add(core)
            if after is None:
                families.pop(gid, None)
                continue
            families[gid] = after
            for cand in after.candidates:
                core = cand.core
                by_core[core][id(cand)] = cand
                modified.add(core)
        return windows_changed

    def _rejoin(self, modified: set[tuple[str, ...]]) -> bool:
        """Join the windows into chains again; grow again the families whose repeats the
        chains cover differently. False when joining was switched on or off (every family
        near the longest length may change): then only a rebuild is right."""
        old_marks, old_inside, old_chains = self.marks, self.inside, self.chains
        self._join_windows()
        if (old_marks is None) != (self.marks is None):
            return False
        by_core = self.by_core
        for cand in old_chains:
            del by_core[cand.core][id(cand)]
            modified.add(cand.core)
        for cand in self.chains:
            by_core[cand.core][id(cand)] = cand
            modified.add(cand.core)
        heads: set[int] = set()
        serials = self.serials
        # A mark is where a repeat of high - 1 words starts; its family is that of its
        # first gram. Classes gone are left out: their families were grown again already.
        # When high == low a mark can stand past the last gram: no family starts there.
        for serial, offset in (old_marks or set()) ^ (self.marks or set()):
            cls = serials.get(serial)
            if cls is not None and offset < len(cls.ids):
                heads.add(cls.ids[offset])
        low, ids = self.low, self.ids
        for window in old_inside ^ self.inside:
            gid = ids.get(window[:low])
            if gid is not None:
                heads.add(gid)
        # Windows do not depend on the chains, so growing these again changes none.
        self._replace(heads, modified)
        return True

    def _rebuild(self) -> None:
        """Everything from the classes: every family, the chains, every phrase."""
        self.families.clear()
        self.by_core.clear()
        self.listed.clear()
        self.ranked.clear()
        self.chain_classes.clear()
        self.chains = []
        self.marks, self.inside = None, set()  # the chains are not known yet
        pending: list[_Pending] = []
        minimum, counts = self.minimum, self.counts
        for gid in self.postings:
            if counts[gid] >= minimum:
                self.families[gid] = self._grow(gid, pending)
        self._join_windows()
        for family, size, gram, where, count, order, plain in pending:
            if not self._covered(size, gram, where, plain):
                self._candidate(family.candidates, size, gram, where, count, order)
        by_core = self.by_core
        for family in self.families.values():
            for cand in family.candidates:
                by_core[cand.core][id(cand)] = cand
        for cand in self.chains:
            by_core[cand.core][id(cand)] = cand
        for core in list(by_core):
            self._pick(core, bulk=True)
        self.ranked.sort()
        self._built = True

    def _grow(self, gid: int, pending: list[_Pending] | None) -> _Family:
        """The repeats that start with gram `gid`, from the places of that gram alone.

        Level by level like phrases._Search, with the same order keys. A repeat is covered
        where a repeat one word longer starts at it or a word before it; both are counted
        here, as they occur only where this repeat does. With `pending`, repeats whose
        coverage depends on the chains of windows are left there to be decided later.
        """
        run = self._run
        assert run is not None
        low, high, minimum = self.low, self.high, self.minimum
        posting, ranks, serials = self.postings[gid], run.ranks, self.serials
        if type(posting) is tuple:
            posting = dict([posting])
        for serial in posting:
            if serial not in ranks:
                run.rank(serials[serial])
        start: list[_Position] = []
        for serial in sorted(posting, key=ranks.__getitem__):
            held = posting[serial]
            if type(held) is int:
                start.append((serials[serial], held))
            else:
                cls = serials[serial]
                start.extend([(cls, offset) for offset in held])
        family = _Family([], {})
        level = [(self.grams[gid], start, self.counts[gid], (start[0],))]
        size = low
        while level:
            longer = []
            for gram, where, count, order in level:
                if size >= high:
                    family.windows[gram] = (count, frozenset((c.serial, o) for c, o in where))
                    plain = False
                else:
                    groups: dict[str, list[int]] = {}
                    for i, (cls, offset) in enumerate(where):
                        words = cls.words
                        end = offset + size
                        if end < len(words):
                            group = groups.get(words[end])
                            if group is None:
                                groups[words[end]] = [i]
                            else:
                                group.append(i)
                    right = bytearray(len(where))
                    for word, group in groups.items():
                        if len(group) == 1:
                            found = where[group[0]]
                            if found[0].weight >= minimum:
                                self._alone(family, size + 1, found, order, pending)
                                right[group[0]] = 1
                            continue
                        places = [where[i] for i in group]
                        total = sum([cls.weight for cls, _o in places])
                        if total >= minimum:
                            longer.append(((*gram, word), places, total, (*order, places[0])))
                            for i in group:
                                right[i] = 1
                    plain = all(right) or self._left_covered(where, right)
                if size >= high - 1 and (pending is not None):
                    pending.append((family, size, gram, where, count, order, plain))
                elif not self._covered(size, gram, where, plain):
                    self._candidate(family.candidates, size, gram, where, count, order)
            level = longer
            size += 1
        return family

    def _alone(self, family: _Family, size: int, found: _Position,
               order: tuple[_Position | None, ...], pending: list[_Pending] | None) -> None:
        """A repeat of `size` words at one place only, in a sentence that occurs often
        enough: every longer one there is repeated as often, up to the sentence's end or
        `high` words. All but the longest are covered by the next, so only that one is
        looked at (phrases._Alone does the same)."""
        cls, offset = found
        top = min(self.high, len(cls.words) - offset)
        gram = cls.words[offset : offset + top]
        order = (*order, *[found] * (top - size + 1))
        where = [found]
        if top >= self.high:
            family.windows[gram] = (cls.weight, frozenset([(cls.serial, offset)]))
        # Nothing longer follows it here; a word before it makes a repeat as frequent.
        plain = offset > 0
        if top >= self.high - 1 and pending is not None:
            pending.append((family, top, gram, where, cls.weight, order, plain))
        elif not self._covered(top, gram, where, plain):
            self._candidate(family.candidates, top, gram, where, cls.weight, order)

    def _left_covered(self, where: list[_Position], right: bytearray) -> bool:
        left: dict[str, int] = {}
        for cls, offset in where:
            if offset:
                word = cls.words[offset - 1]
                left[word] = left.get(word, 0) + cls.weight
        minimum = self.minimum
        for i, (cls, offset) in enumerate(where):
            if not right[i] and not (offset and left[cls.words[offset - 1]] >= minimum):
                return False
        return True

    def _covered(self, size: int, gram: tuple[str, ...], where: list[_Position],
                 plain: bool) -> bool:
        if size >= self.high:
            return gram in self.inside
        if size == self.high - 1 and self.marks is not None:
            marks = self.marks
            return all((cls.serial, offset) in marks for cls, offset in where)
        return plain

    def _candidate(self, into: list[_Candidate], size: int, gram: tuple[str, ...],
                   where: list[_Position], count: int,
                   order: tuple[_Position | None, ...]) -> None:
        first, last = self._trim(gram)
        if last - first >= self.low:
            into.append(_Candidate(size, gram, first, last, count, where, order))

    def _join_windows(self) -> None:
        """Chains of overlapping repeated windows of `high` words, as phrases._Search joins
        them: the passages, the windows inside them and the places they mark."""
        high, minimum = self.high, self.minimum
        self.chain_classes.clear()
        self.chains = []
        self.marks, self.inside = None, set()
        present: dict[int, tuple[_Class, list[int]]] = {}
        by_serial = self.serials
        window_sets: list[tuple[tuple[str, ...], frozenset[tuple[int, int]]]] = []
        for family in self.families.values():
            for gram, (_count, places) in family.windows.items():
                window_sets.append((gram, places))
                for serial, offset in places:
                    held = present.get(serial)
                    if held is None:
                        present[serial] = (by_serial[serial], [offset])
                    else:
                        held[1].append(offset)
        if not present:
            return
        rank = self._run.rank  # type: ignore[union-attr]
        chains: dict[tuple[str, ...], list[_Position]] = defaultdict(list)
        total = 0
        for cls, offsets in present.values():
            offsets.sort()
            total += cls.weight * len(offsets)
            taken = set(offsets)
            for start in offsets:
                if start - 1 in taken:
                    continue
                end = start
                while end + 1 in taken:
                    end += 1
                chains[cls.words[start : end + high]].append((cls, start))
        joined: dict[tuple[str, ...], tuple[list[_Position], int]] = {}
        for chain, where in chains.items():
            count = sum([cls.weight for cls, _o in where])
            if count >= minimum:
                where.sort(key=lambda p: (*rank(p[0])[:2], p[1]))
                joined[chain] = (where, count)
        if sum(count for _w, count in joined.values()) < total // high:
            return
        self.inside = inside = {
            chain[i : i + high] for chain in joined for i in range(len(chain) - high + 1)
        }
        marks: set[tuple[int, int]] = set()
        for chain, (where, count) in joined.items():
            for cls, start in where:
                marks.update((cls.serial, inner)
                             for inner in range(start, start + len(chain) - high + 2))
            before = len(self.chains)
            self._candidate(self.chains, high, chain, where, count, (None, where[0]))
            if len(self.chains) > before:
                for cls, _start in where:
                    self.chain_classes.setdefault(cls.serial, []).append(self.chains[-1])
        for gram, places in window_sets:
            if gram not in inside and len(places) > 1:
                marks.update((serial, inner) for serial, start in places
                             for inner in (start, start + 1))
        self.marks = marks

    # --- phrases --------------------------------------------------------------------------
    def _pick(self, core: tuple[str, ...], *, bulk: bool = False) -> None:
        """Decide the phrase `core` again: its winning candidate, score and place (`bulk`:
        the caller sorts `ranked` once every phrase is in)."""
        listed = self.listed.pop(core, None)
        if listed is not None:
            del self.ranked[bisect_left(self.ranked, listed.entry)]
        candidates = self.by_core.get(core)
        if not candidates:
            self.by_core.pop(core, None)
            return
        assert self.names is not None
        if len(candidates) == 1:
            best = next(iter(candidates.values()))
        else:
            best = min(candidates.values(), key=self._key)
        cls, offset = best.where[0]
        parse, number = self._run.first_place(cls)  # type: ignore[union-attr]
        tokens = parse.sentence_tokens[number]
        score = self._judge(core, self.names, parse.text, tokens, offset + best.first)
        if score is None:
            return
        text = parse.text[tokens[offset + best.first].start : tokens[offset + best.last - 1].end]
        entry = (-score, -best.count, " ".join(text.split()), core)
        if bulk:
            self.ranked.append(entry)
        else:
            insort(self.ranked, entry)
        self.listed[core] = _Listed(entry, best, score)

    def _key(self, cand: _Candidate) -> tuple[Any, ...]:
        rank = self._run.rank  # type: ignore[union-attr]
        return (cand.table, *[(-1, -1, -1) if p is None else (*rank(p[0])[:2], p[1])
                              for p in cand.order])
