"""Where characters are mentioned, sentence by sentence: the shared index of the story checks.

The contradiction checks all ask "which characters does this sentence name, and what does the
sentence say about them". This module answers once per analysis run.

When the manuscript's memo outlives the run (an Analyzer's), the index is kept there and
updated by difference. A `_Chapter` (one document's text) keeps its mentions grouped by
sentence and by character; a `_Form` remembers a character form's name runs cut into
chapters. A re-run compares each form's runs with the last run's (list equality, in C) and
makes mentions again only for the stretches that differ — the edited chapter's, or runs that
now belong to another character — and regroups only the chapters whose mentions changed. A
kept `Mention` reads its sentence and cluster through its chapter, so both are this run's.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections.abc import Iterator, Mapping

from app.core.checks.cues import quoted_at, sentence_at
from app.core.checks.story_time import chapter_start
from app.core.entities import Cluster
from app.core.forms import PERSON_VERBS, SAID_VERBS
from app.core.manuscript import Manuscript, SentenceView
from app.core.model import EntityKind, Span
from app.core.names import NameRun, daughters_name, kunya
from app.core.wordlists import wordlists

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
# The sex a word for someone unnamed tells ("a man", "the old woman's hair"); a word that
# tells none ("rider", "stranger", "child") is not here.
PERSON_NOUN_GENDER = {"man": "m", "boy": "m", "gentleman": "m", "horseman": "m", "fellow": "m",
                      "youth": "m", "lad": "m", "woman": "f", "girl": "f", "lady": "f", "lass": "f"}
# What `MentionIndex.genders` gives an animal ("Tilly, her father's red kelpie"): neither a
# "he" nor a "she" of the story's people, so no pronoun is read as it.
ANIMAL = "animal"
_MEMO = "checks.mentions"
# How far back (in sentences) a pronoun looks for the character it stands for.
_PRONOUN_REACH = 6
# The articles that make a name anyone's who bears it: "a Frank", "an Ann".
_INDEFINITE = frozenset({"a", "an"})
# A verb of the present tense after a subject: "becomes", "is", "does".
_PRESENT_VERB = re.compile(r"[a-z]+s")
# Words ending like one that are none, or tell of a past: "was", "as", "across".
_NOT_VERBS = frozenset({"was", "as", "us", "across", "towards", "besides", "unless", "less",
                        "upstairs", "downstairs"})


class _Chapter:
    """One document's mentions, valid for one text of it.

    What depends on the text alone is computed once: where its sentences start, and each
    mention's span and sentence (as an index within the document). Which name runs are
    mentions of which character depends on the whole manuscript, so each run checks them
    (see `_Form`) and regroups a chapter only when its mentions changed. `first`, `manuscript`
    and `clusters` are this run's: where the document's sentences begin in the manuscript's
    reading order, the run's manuscript and its clusters — what a kept `Mention` reads its
    `sentence` and `cluster` through.
    """

    __slots__ = ("by_cluster", "by_sentence", "clusters", "count", "first", "manuscript",
                 "mentions", "starts")

    def __init__(self, manuscript: Manuscript, document: str) -> None:
        self.starts = [
            placed.base + sentence.start
            for placed in manuscript.paragraphs_of(document)
            for sentence in placed.parsed.sentences
        ]
        self.count = len(self.starts)
        self.mentions: dict[tuple[int, int], Mention] = {}
        """(id of the name run, paragraph offset) -> its mention; the mention holds the run,
        so the id is never reused while it is a key."""
        self.by_sentence: dict[int, list[Mention]] = {}
        """Sentence index within the document -> its mentions, in order."""
        self.by_cluster: dict[str, list[Mention]] = {}
        """Character name -> its mentions in this document, in order."""
        self.first = 0
        # Weak: what the memo keeps must not keep a finished run's manuscript alive.
        self.manuscript = weakref.ref(manuscript)
        self.clusters: dict[str, Cluster] = {}

    def release(self) -> None:
        """Let go of the mentions of a text no longer in the manuscript: each holds its
        chapter, so without this the pair would wait, with all they hold, for the cyclic
        collector."""
        self.mentions, self.by_sentence, self.by_cluster = {}, {}, {}

    def regroup(self, mentions: list[Mention]) -> None:
        self.mentions = {(id(m.run), m._base): m for m in mentions}
        by_sentence: dict[int, list[Mention]] = {}
        by_cluster: dict[str, list[Mention]] = {}
        for mention in sorted(mentions, key=_position):
            by_sentence.setdefault(mention._index, []).append(mention)
            by_cluster.setdefault(mention._name, []).append(mention)
        self.by_sentence = by_sentence
        self.by_cluster = by_cluster


def _position(mention: Mention) -> tuple[int, int]:
    return mention._index, mention.span.start


# A form's runs in one chapter: (chapter, where they start and end in the form's runs, their
# mentions).
_Segment = tuple[_Chapter, int, int, list["Mention"]]


class _Form:
    """One character form's runs as the last run saw them, cut into chapters.

    A form whose runs, character and chapters are all as before keeps every mention. When
    they are not, each chapter's stretch of its runs that is as before keeps its mentions,
    and only the other stretches are looked at run by run.
    """

    __slots__ = ("documents", "name", "runs", "segments")

    def __init__(self, name: str, runs: list[tuple[str, int, NameRun]],
                 segments: dict[int, _Segment], documents: set[str]) -> None:
        self.name = name
        self.runs = runs
        self.segments = segments
        """id(chapter) -> the form's runs in that chapter (the segment holds the chapter)."""
        self.documents = documents


class Mention:
    """A character named in a sentence: the cluster, the name's span and run, the sentence.

    Read-only. A mention outlives its run when its chapter is unchanged, so `cluster` and
    `sentence` are looked up through the chapter: always this run's objects.
    """

    __slots__ = ("_base", "_chapter", "_index", "_name", "run", "span")

    def __init__(self, chapter: _Chapter, name: str, span: Span, run: NameRun, base: int,
                 index: int) -> None:
        self._chapter = chapter
        self._name = name
        self.span = span
        self.run = run
        self._base = base
        self._index = index

    @property
    def cluster(self) -> Cluster:
        return self._chapter.clusters[self._name]

    @property
    def sentence(self) -> SentenceView:
        manuscript = self._chapter.manuscript()
        assert manuscript is not None, "a mention is read during its own run"
        # Found from the name's own place, not picked from the list of every sentence of the
        # book: a run after an edit lays that list out for no one.
        view = sentence_at(manuscript, self.span.document, self.span.start)
        assert view is not None, "a name is said in a sentence of prose"
        return view

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mention):
            return NotImplemented
        return (self.cluster, self.span, self.run, self.sentence) == (
            other.cluster, other.span, other.run, other.sentence)

    __hash__ = None  # type: ignore[assignment]  # like the dataclass it was: compared, unhashed

    def __repr__(self) -> str:
        return f"Mention({self._name!r}, {self.span!r})"


class _State:
    """What a MentionIndex keeps in `Manuscript.memo` for the next run."""

    __slots__ = ("chapters", "forms")

    def __init__(self) -> None:
        self.chapters: dict[tuple[str, str], _Chapter] = {}
        self.forms: dict[str, _Form] = {}


class MentionIndex:
    """Every mention of a character, by sentence and by character, for one run.

    `by_sentence` (sentence order -> mentions) and `by_cluster` (character name -> mentions)
    are read-only mappings, in reading order; a name or sentence with no mention gives [].
    """

    def __init__(self, manuscript: Manuscript) -> None:
        self.manuscript = manuscript
        memo = manuscript.memo
        # Out of the memo while updated: a run stopped half-way leaves nothing half-made.
        earlier = memo.pop(_MEMO, None)
        if not isinstance(earlier, _State):
            earlier = _State()
        state = _State()
        clusters = manuscript.finder.clusters
        run = weakref.ref(manuscript)
        by_document: dict[str, _Chapter] = {}
        new_documents: set[str] = set()
        changed: dict[int, _Chapter] = {}
        first = 0
        for document, doc in manuscript.documents.items():
            key = (document, doc.text)
            chapter = earlier.chapters.get(key)
            if chapter is None:
                chapter = _Chapter(manuscript, document)
                new_documents.add(document)
                changed[id(chapter)] = chapter
            chapter.first, chapter.clusters = first, clusters
            chapter.manuscript = run
            first += chapter.count
            state.chapters[key] = chapter
            by_document[document] = chapter
        forms = manuscript.finder.forms
        for cluster in manuscript.clusters(EntityKind.CHARACTER):
            name = cluster.name
            for form in cluster.forms:
                runs = forms[form].runs
                before = earlier.forms.get(form)
                if (before is not None and before.name == name
                        and before.documents.isdisjoint(new_documents) and before.runs == runs):
                    state.forms[form] = before
                    continue
                state.forms[form] = _walk(manuscript, by_document, name, runs, before, changed)
        for form, before in earlier.forms.items():
            if form not in state.forms:  # no longer a character's form
                for segment in before.segments.values():
                    changed[id(segment[0])] = segment[0]
        current = {id(chapter) for chapter in by_document.values()}
        for key, chapter in changed.items():
            if key in current:
                chapter.regroup([m for f in state.forms.values() if key in f.segments
                                 for m in f.segments[key][3]])
        kept = {id(chapter) for chapter in state.chapters.values()}
        for chapter in earlier.chapters.values():
            if id(chapter) not in kept:
                chapter.release()
        if manuscript.kept:
            memo[_MEMO] = state
        self._chapters = by_document
        self._starts = [chapter.first for chapter in by_document.values()]
        self._order = list(by_document.values())
        self._by_cluster: dict[str, list[Mention]] = {}
        self._genders: dict[str, str | None] = {}

    # The views are made on each asking and point at the index, never the other way round:
    # a cycle would keep the whole run (manuscript, finder, every mention) alive until the
    # cyclic collector's next pass, which then frees it all at once in a long pause.
    @property
    def by_sentence(self) -> Mapping[int, list[Mention]]:
        return _BySentence(self)

    @property
    def by_cluster(self) -> Mapping[str, list[Mention]]:
        return _ByCluster(self)

    @property
    def genders(self) -> Mapping[str, str | None]:
        return _Genders(self)

    def resolve(self, view: SentenceView, pronoun: str, spoken: bool = True,
                owners: bool = True, reach: int = _PRONOUN_REACH,
                bearers: bool = True, kin: bool = False) -> Cluster | None:
        """The character a pronoun most likely means: the last one named before this
        sentence in the same chapter — document, or part of one under a heading — (within a
        few sentences), of the pronoun's gender when
        the genders are known. With `spoken` false, names said inside quotation marks are
        passed over ("'Sastri will fix the day,' he had said. … He had died at seventy-one":
        the one speaking, not the one spoken of); with `owners` false, names of owners ("a
        tin of Nana's biscuits") are, where the sentence is about someone else; with `bearers`
        false, a given name said alone after "a" as the subject of a verb in the present tense
        ("which is what a Tobiah becomes") is: anyone so named, not someone a pronoun goes on
        about; with `kin`, a sex told only by the word for a relative before the name ("my
        sister Ruqayya", `kin_before_sex`) counts as known. `reach` is how many sentences back
        it looks."""
        gender = PRONOUN_GENDER.get(pronoun.lower())
        fallback: Cluster | None = None
        own = self._chapters.get(view.document)
        begins = chapter_start(self.manuscript, view.document, view.start)
        genders = self.genders
        for order in range(view.order - 1, max(-1, view.order - 1 - reach), -1):
            for mention in reversed(self._at(order)):
                if mention._chapter is not own or mention.span.start < begins:
                    return fallback  # another document, or a chapter of it before a heading
                if (not spoken and said_in_speech(mention) and not _speaker_named(mention)) or (
                    not owners and mention.run.possessive
                ) or (not bearers and any_bearer(mention)):
                    continue
                known = genders.get(mention._name)
                if known is None and kin:
                    known = kin_before_sex(self, mention._name)
                if gender is None or known == gender:
                    return mention.cluster
                if known is None and fallback is None:
                    fallback = mention.cluster
        return fallback

    def before(self, view: SentenceView, reach: int) -> Iterator[list[Mention]]:
        """The mentions of each of the `reach` sentences before `view` in its chapter,
        nearest first."""
        start = self.orders_of(view.document).start
        for order in range(view.order - 1, max(start, view.order - reach) - 1, -1):
            yield self.by_sentence[order]

    def earlier_in_paragraph(self, view: SentenceView) -> list[Mention]:
        """The mentions of the sentences of `view`'s paragraph before it, in order."""
        return [mention for order in range(view.order - view.number, view.order)
                for mention in self.by_sentence[order]]

    def orders_of(self, document: str) -> range:
        """The reading-order numbers of a document's sentences (empty for one unknown)."""
        chapter = self._chapters.get(document)
        return range(0) if chapter is None else range(chapter.first,
                                                       chapter.first + chapter.count)

    def in_sentence(self, view: SentenceView) -> list[Mention]:
        """The sentence's mentions in order (read-only; [] when it names no one)."""
        chapter = self._chapters.get(view.document)
        if chapter is None:
            return []
        found = chapter.by_sentence.get(view.order - chapter.first)
        return [] if found is None else found

    def text(self, view: SentenceView) -> str:
        return self.manuscript.documents[view.document].text[view.start : view.end]

    def _at(self, order: int) -> list[Mention]:
        """The mentions of the sentence at `order` in reading order."""
        position = bisect_right(self._starts, order) - 1
        if position < 0:
            return []
        chapter = self._order[position]
        return chapter.by_sentence.get(order - chapter.first, [])


def _walk(
    manuscript: Manuscript, by_document: dict[str, _Chapter], name: str,
    runs: list[tuple[str, int, NameRun]], before: _Form | None, changed: dict[int, _Chapter],
) -> _Form:
    """The form's mentions chapter by chapter, keeping each chapter's stretch of runs that is
    exactly as in the last run; the chapters whose mentions may differ go into `changed`."""
    segments: dict[int, _Segment] = {}
    documents: set[str] = set()
    held_before = before.segments if before is not None else {}
    # Mentions made for another character are never kept.
    earlier = held_before if before is not None and before.name == name else {}
    position, total = 0, len(runs)
    while position < total:
        document = runs[position][0]
        documents.add(document)
        chapter = by_document[document]
        held = earlier.get(id(chapter))
        if held is not None and held[0] is chapter:
            _chapter, start, end, mentions = held
            stop = position + end - start
            if stop <= total and (stop == total or runs[stop][0] != document) and (
                runs[position:stop] == before.runs[start:end]  # type: ignore[union-attr]
            ):
                segments[id(chapter)] = (chapter, position, stop, mentions)
                position = stop
                continue
        changed[id(chapter)] = chapter
        stop = position
        mentions = []
        kept = chapter.mentions
        while stop < total and runs[stop][0] == document:
            _document, base, run = runs[stop]
            stop += 1
            mention = kept.get((id(run), base))
            if mention is None or mention._name != name:
                mention = _mention(manuscript, chapter, name, document, base, run)
                if mention is None:
                    continue
            mentions.append(mention)
        segments[id(chapter)] = (chapter, position, stop, mentions)
        position = stop
    for key, segment in held_before.items():
        if key not in segments:
            changed[key] = segment[0]
    return _Form(name, runs, segments, documents)


def _mention(manuscript: Manuscript, chapter: _Chapter, name: str, document: str, base: int,
             run: NameRun) -> Mention | None:
    start = base + run.start
    # The sentence that holds the run's start: the last one starting at or before it.
    index = bisect_right(chapter.starts, start) - 1
    if index < 0:
        return None
    return Mention(chapter, name, manuscript.span(document, start, base + run.end), run, base,
                   index)


class _BySentence(Mapping[int, list[Mention]]):
    def __init__(self, index: MentionIndex) -> None:
        self._index = index

    def __getitem__(self, order: int) -> list[Mention]:
        return self._index._at(order)

    def __iter__(self) -> Iterator[int]:
        for chapter in self._index._order:
            for number in sorted(chapter.by_sentence):
                yield chapter.first + number

    def __len__(self) -> int:
        return sum(len(chapter.by_sentence) for chapter in self._index._order)

    def __contains__(self, order: object) -> bool:
        return isinstance(order, int) and bool(self._index._at(order))


class _ByCluster(Mapping[str, list[Mention]]):
    """Made for a character when first asked for: its chapters' lists laid end to end."""

    def __init__(self, index: MentionIndex) -> None:
        self._index = index
        self._made = index._by_cluster

    def __getitem__(self, name: str) -> list[Mention]:
        found = self._made.get(name)
        if found is None:
            found = self._made[name] = [
                mention
                for chapter in self._index._order
                for mention in chapter.by_cluster.get(name, ())
            ]
        return found

    def __iter__(self) -> Iterator[str]:
        names = {name for chapter in self._index._order for name in chapter.by_cluster}
        return (c.name for c in self._index.manuscript.clusters(EntityKind.CHARACTER)
                if c.name in names)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __contains__(self, name: object) -> bool:
        return bool(self[name]) if isinstance(name, str) else False


class _Genders(Mapping[str, "str | None"]):
    """Each character's gender, read from titles and first names (or else the pronouns the
    narration uses of them, `pronoun_gender`) when first asked for."""

    def __init__(self, index: MentionIndex) -> None:
        self._index = index
        self._manuscript = index.manuscript
        self._known = index._genders

    def __getitem__(self, name: str) -> str | None:
        if name in self._known:
            return self._known[name]
        cluster = self._manuscript.finder.clusters.get(name)
        if cluster is None or cluster.kind != EntityKind.CHARACTER:
            raise KeyError(name)
        gender = _gender(self._manuscript, cluster)
        if gender is None:
            # A name that tells no sex ("Órla", "Kerra"): the narration's "she" after it.
            gender = pronoun_gender(self._index, name)
        self._known[name] = gender
        return gender

    def __iter__(self) -> Iterator[str]:
        return (c.name for c in self._manuscript.clusters(EntityKind.CHARACTER))

    def __len__(self) -> int:
        return len(self._manuscript.clusters(EntityKind.CHARACTER))


# A sentence that goes on about the one just named: "Varra Kell had learned to read it.
# She poled the ferry across…"
_NEXT_SUBJECT = re.compile(r"[^.!?\n]{0,200}?[.!?][\"”’]?[ \t]+(She|He)\b")
# "Hunter Okafor was eighteen, tall enough that he had to duck": the same sentence goes on
# about the one it names, with no quotation or other capitalised name between — past a word
# of what comes next ("Vimala laughed, and then she told him"), or a semicolon ("Sheindel had
# a clerk's handwriting; she could tell you…").
_CLAUSE_SUBJECT = re.compile(r"[^.!?\n\"“”A-Z]{0,120}?(?:\b(?:and|that|but|so|because|when|"
                             r"while|as|until)|;)\s+(?:then\s+|now\s+)?(she|he)\b")
# What one does only to oneself, done by the one just named: "Sam Orr got to his feet",
# "Loveday shook her head", "Sam said, and held out his hand"; and one looks up from one's
# own work: "said Selvi, without looking up from her loom".
_OWN_DEED = re.compile(r"[^.!?\n\"“”A-Z]{0,60}?\b(?:(?:shook|shakes|got|gets|rose|rises|cleared|"
                       r"clears|held\s+out|holds\s+out|shrugged|shrugs|bit|bites|folded|folds|"
                       r"crossed|crosses)\s+(?:to\s+)?(?=(?:his|her)\s+(?:head|feet|throat|hand|"
                       r"shoulders|lip|arms)\b)|(?:looks?|looked|looking|glances?|glanced|"
                       r"glancing)\s+up\s+from\s+)(his|her)\b")
# What one has as one's own, said of the one just named with no one else on the way: "Toma,
# who had a boat of his own" — not "Toma gave him a room of his own", whose "his" is his.
_OF_ONES_OWN = re.compile(r"(?:(?!\b(?:he|she|him|her|his|they|them|their)\b)[^.!?\n\"“”A-Z])"
                          r"{0,60}?\bof\s+(his|her)\s+own\b")
# A possessive that owns a person: "Sheindel's younger brother", "Anna's cousin Hershel".
_OWNS_SOMEONE = re.compile(r"[’']s?\s+(?:[a-z-]+\s+)?(?P<who>"
                           rf"{'|'.join(sorted(wordlists().kinship, key=len, reverse=True))}|"
                           rf"{'|'.join(sorted(PERSON_NOUN_GENDER))})s?\b", re.IGNORECASE)
# The sex a word for someone tells: the kin words' and `PERSON_NOUN_GENDER`'s.
_SEX_OF_NOUN = {**wordlists().kinship_gender, **PERSON_NOUN_GENDER}
# The name as the object of a verb whose subject is a pronoun: "when she married Dinesh Lal" —
# not a verb that makes the pronoun the name's bearer ("in the quadra he was Juninho").
_PRONOUN_SUBJECT_BEFORE = re.compile(r"\b(she|he)\s+(?!(?:was|is|were|became|becomes|seemed|"
                                     r"remained|stayed)\s)[a-z]+\s+$", re.IGNORECASE)
# How many of a character's mentions are read for the pronoun that follows them.
_GENDER_SAMPLE = 30
# A reflexive set right after a name that goes on to do something is that one's own ("Hagop
# himself arrived at noon"), as sure as two pronouns that follow: not "She drove Hagop
# herself", where it is the subject's.
_SELF_AFTER = {"himself": "m", "herself": "f"}


def sex_of_noun(noun: str) -> str | None:
    """The sex ("m"/"f") a word for someone tells ("brother", "grandson", "woman"), None when
    it tells none ("cousin", "child")."""
    return _SEX_OF_NOUN.get(noun.lower())


def any_bearer(mention: Mention) -> bool:
    """Whether the mention is a given name said alone after "a" or "an" as the subject of a
    verb in the present tense ("which is what a Tobiah becomes", "what an Ann does"): a
    saying about anyone who bears it, no one the story tells of — unlike "the house held a
    Frank" or "a Miss Evelyn Marsh", someone brought in."""
    run = mention.run
    return run.prev in _INDEFINITE and len(run.words) == 1 and not run.title and (
        not run.possessive and run.next_spaced and _PRESENT_VERB.fullmatch(run.next) is not None
        and run.next not in _NOT_VERBS)


def said_in_speech(mention: Mention) -> bool:
    """Whether a mention stands inside quotation marks, counted from its paragraph's start."""
    span = mention.span
    manuscript = mention._chapter.manuscript()
    return manuscript is not None and quoted_at(manuscript, span.document, span.start)


# A speaker naming themselves: '"My name is Mrs. Kaminski." She said it like…'.
_SELF_NAMED = re.compile(r"(?:\b(?i:my\s+name\s+is|my\s+name['’]s|call\s+me)|\bI\s+am|\bI['’]m)"
                         r"\s+$")


def _speaker_named(mention: Mention) -> bool:
    """Whether a name said in speech is the speaker's own, told as theirs ("My name is…",
    "I'm…"): then it stands for the one speaking, whom the narration goes on about."""
    manuscript = mention._chapter.manuscript()
    if manuscript is None:
        return False
    start = mention.span.start
    text = manuscript.documents[mention.span.document].text
    return _SELF_NAMED.search(text[max(0, start - 16) : start]) is not None


def pronoun_gender(index: MentionIndex, name: str) -> str | None:
    """The gender ("m"/"f") the narration gives a character whose name does not tell it: the
    pronoun that goes on about them in a clause of the same sentence or opens the next one, or
    the "his" or "her" of what they do only to themselves ("got to his feet") or have as their
    own ("who had a boat of his own", no one else on the way), when at least two such agree
    (one, for a character named only a few times) and the other is used at most half as
    often. A reflexive right after the name, before what they do ("Hagop himself arrived"),
    counts as two: it can stand for no one else. A pronoun of the
    same sentence after a name that owns a relative who may be its sex is not counted: it may
    go on about the relative ("Hershel was Sheindel's younger brother, and he had…")."""
    text_of = index.manuscript.documents
    votes = {"f": 0, "m": 0}
    for mention in index.by_cluster[name][:_GENDER_SAMPLE]:
        span = mention.span
        text = text_of[span.document].text
        run = mention.run
        clause = _CLAUSE_SUBJECT.match(text, span.end)
        following = clause or _NEXT_SUBJECT.match(text, span.end)
        owned = _OWNS_SOMEONE.match(text, span.end) if run.possessive and clause else None
        if owned is not None and sex_of_noun(owned.group("who")) in (
                None, PRONOUN_GENDER[clause.group(1).lower()]):
            # "Hershel was Sheindel's younger brother, and he had…": a pronoun of the same
            # sentence that can stand for the relative the name owns goes on about them.
            continue
        subject = _PRONOUN_SUBJECT_BEFORE.search(text, max(0, span.start - 30), span.start)
        if following is not None and subject is not None and (
                following.group(1).lower() == subject.group(1).lower()):
            # "…when she married Rohan Dass. She has been…": the same pronoun going on is the
            # subject's, whose deed the name was the object of.
            continue
        if run.next in _SELF_AFTER and run.next_spaced and run.next2 in PERSON_VERBS:
            votes[_SELF_AFTER[run.next]] += 2
        elif following is not None:
            votes[PRONOUN_GENDER[following.group(1).lower()]] += 1
        elif (own := _OWN_DEED.match(text, span.end) or _OF_ONES_OWN.match(
                text, span.end)) is not None:
            votes[PRONOUN_GENDER[own.group(1)]] += 1
    # One "He" after a name said but once or twice is all the story gives to go on.
    enough = 1 if len(index.by_cluster[name]) <= _FEW_MENTIONS else 2
    for gender, other in (("f", "m"), ("m", "f")):
        if votes[gender] >= enough and votes[other] * 2 <= votes[gender]:
            return gender
    return None


def kin_before_sex(index: MentionIndex, name: str) -> str | None:
    """The sex the word for a relative right before a character's untitled name tells ("my
    sister Ruqayya", "his uncle Tomas"), when every such word said before the name agrees:
    not put in `genders`, which every check resolves pronouns by across the story, but
    enough to tell apart the few one sentence names."""
    sexes = {sex_of_noun(mention.run.prev) for mention in index.by_cluster[name]
             if not mention.run.title and mention.run.prev_spaced
             and mention.run.prev in wordlists().kinship}
    sexes.discard(None)
    return sexes.pop() if len(sexes) == 1 else None


# A character named no more often than this is sexed by a single pronoun that goes on.
_FEW_MENTIONS = 3


def acts(mention: Mention, excluded: frozenset[str] = frozenset()) -> bool:
    """True when the sentence shows the character doing or saying something right now."""
    run = mention.run
    if run.prev in SAID_VERBS:
        return True
    if run.possessive:
        return False
    return run.next in PERSON_VERBS and run.next not in excluded


def _gender(manuscript: Manuscript, cluster: Cluster) -> str | None:
    # Someone with a title ("Mr. Weston") is no animal, and that is most characters: the
    # look for "Tilly, her red kelpie" is spared them.
    titled = any(manuscript.finder.forms[form].titles for form in cluster.forms)
    if not titled and _animal(manuscript, cluster):
        return ANIMAL
    forms = [manuscript.finder.forms[form] for form in cluster.forms]
    # A kunya names a father or a mother ("Abu Fouad"): surer than a given name, which may be
    # a man's in one language and a woman's in another (Hanna).
    forms.sort(key=lambda stats: not kunya(stats.words))
    for stats in forms:
        if stats.sex != "-":
            return stats.sex
    # "Marjun Jákupsdóttir", Jákup's daughter: a woman's patronymic tells a woman, and the
    # given name it follows is a woman's, said alone too ("Marjun"), whoever bears it here.
    daughters = _daughters_given_names(manuscript)
    if any(daughters_name(stats.words) or stats.words[0] in daughters for stats in forms):
        return "f"
    return None


def _daughters_given_names(manuscript: Manuscript) -> frozenset[str]:
    """The given names a woman's patronymic follows in the book (`daughters_name`: "Marjun
    Jákupsdóttir"); kept for the run."""
    memo = manuscript.run_memo(_DAUGHTERS_MEMO)
    if None not in memo:
        memo[None] = frozenset(stats.words[0] for stats in manuscript.finder.forms.values()
                               if daughters_name(stats.words))
    return memo[None]


_DAUGHTERS_MEMO = "mentions.daughters_given_names"



# "Tilly, her father's red kelpie", "Gunner, the bay gelding", "Tilly the kelpie": the words
# of a noun phrase set after the name.
_ANIMAL_AFTER = re.compile(r"(?:\s*,\s*(?:a|an|the|my|our|your|her|his|their|[A-Z]?[a-z]+['’]s)|"
                           r"\s+the)\s+(?P<words>[a-z][a-z'’ -]{0,40})")
# "the old mare Bess", "his horse, Gunner" — then punctuation or a verb, not "the horse Jess
# had ridden", where the name opens a clause about the horse.
_ANIMAL_BEFORE = re.compile(r"\b(?i:the|a|an|my|our|your|her|his|their|[a-z]+['’]s)\s+"
                            r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+),?\s+$")
_ANIMAL_NEXT = re.compile(r"(?:[,.;:!?)]|\s+(?:and|was|had)\b|\s+[a-z]+ed\b)")
# "Ashfoot's reins": what only an animal has.
_ANIMAL_PARTS = re.compile(r"['’]s\s+(?:reins|mane|hooves|hoofs|bridle|saddle|withers|fetlocks|"
                           r"paws|muzzle|leash|kennel|stall|halter)\b")
_SPOKEN = re.compile(rf"\b(?:{'|'.join(sorted(SAID_VERBS))})\s+$")
_SPEAKS = re.compile(rf"\s+(?:{'|'.join(sorted(SAID_VERBS))})\b")
# How many of a character's mentions are read for signs of an animal.
_ANIMAL_SAMPLE = 40


def _animal(manuscript: Manuscript, cluster: Cluster) -> bool:
    """Whether a character is an animal: a name set beside an animal noun ("Tilly, her red
    kelpie", "the mare Bess") or owning reins or paws more often than it speaks."""
    animals = wordlists().animals
    votes = spoken = 0
    for span in cluster.mentions[:_ANIMAL_SAMPLE]:
        text = manuscript.documents[span.document].text
        before = text[max(0, span.start - 60) : span.start]
        after = text[span.end : span.end + 60]
        found = _ANIMAL_AFTER.match(after)
        # The noun phrase's head is among its first three words ("her father's red kelpie").
        if found is None or animals.isdisjoint(found.group("words").split()[:3]):
            found = _ANIMAL_BEFORE.search(before)
            if found is not None and (found.group("noun") not in animals
                                      or not _ANIMAL_NEXT.match(after)):
                found = None
        if found is not None or _ANIMAL_PARTS.match(after):
            votes += 1
        elif _SPOKEN.search(before) or _SPEAKS.match(after):
            spoken += 1
    return votes > spoken


__all__ = ["ANIMAL", "Mention", "MentionIndex", "acts"]
