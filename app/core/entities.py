"""Finding characters and places in the whole manuscript and clustering their names.

Every capitalised run (from `names`) becomes a *form* ("Sofie Laurent", "Mr Weston", "Rue Cler")
with counts of the evidence around it: titles, a person's initials, dialogue attribution, verbs
people do, place prepositions, place words, the gazetteer. A form is kept when the manuscript
shows it is a name (capitalised in mid-sentence and rarely written in lower case, or backed by
strong evidence); at a sentence's head, a word written in lower case anywhere is a word, unless
the book capitalises it in mid-sentence far more often ("Paj Lee was…" of "Auntie Paj").
Forms then cluster into entities: a full name with its first name and surname, a titled form
with the full name it must belong to ("Miss Woodhouse" -> "Emma Woodhouse"), while "Mr Weston"
and "Mrs Weston" stay two people.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from app.core.model import Decisions, EntityKind, Span
from app.core.names import (
    COMPASS,
    CONNECTORS,
    EPITHETS,
    GENERATIONS,
    NameRun,
    everyday_word,
    family_name_first,
    opens_place_name,
)
from app.core.parsing import ParsedParagraph, PlacedParagraph
from app.core.text import (
    ABBREVIATED_TITLES,
    FAMILY_TITLES,
    MARRIED_TITLES,
    MONTHS,
    SHORT_MONTHS,
    UNMARRIED_TITLES,
)
from app.core.wordlists import wordlists

SAID_VERBS = frozenset(
    [
        "said", "says", "asked", "replied", "cried", "whispered", "answered", "shouted",
        "exclaimed", "added", "murmured", "continued", "called", "muttered", "began", "repeated",
        "insisted", "protested", "observed", "remarked", "declared", "admitted", "explained",
        "suggested", "laughed", "sighed", "sobbed", "screamed", "yelled"
    ]
)
PERSON_VERBS = SAID_VERBS | frozenset(
    [
        "smiled", "laughed", "nodded", "shook", "looked", "turned", "walked", "ran", "sat", "stood",
        "felt", "thought", "knew", "wanted", "hesitated", "realized", "realised", "admired",
        "revealed", "visited", "arrived", "left", "returned", "went", "came", "saw", "heard",
        "noticed", "wondered", "remembered", "decided", "tried", "opened", "closed", "picked",
        "pulled", "pushed", "slipped", "stepped", "glanced", "stared", "agreed", "promised",
        "married", "loved", "hated", "kissed", "hugged", "took", "gave", "told", "listened",
        "watched", "frowned", "grinned", "shrugged", "blushed", "wept", "cried", "sighed", "spoke",
        "wrote", "read", "believed", "hoped", "wished", "feared", "liked", "seemed", "appeared",
        "lived", "died", "met", "found", "kept", "led", "paused", "leaned", "waved", "whispered",
        "gasped", "winced", "swallowed", "grabbed", "reached", "moved", "entered", "rose", "laughs",
        "smiles", "nods", "looks", "turns", "walks", "sits", "stands", "feels", "thinks", "knows",
        "wants", "says"
    ]
)
SPEAKERS = frozenset(["he", "she", "i", "they", "we"])
# "said to X", "wrote to X": X is spoken or written to, so a person.
SPOKEN_TO_VERBS = SAID_VERBS | frozenset(
    ["spoke", "speak", "speaks", "talked", "talk", "talks", "wrote", "write", "writes", "nodded",
     "smiled", "waved", "listened", "introduced", "engaged", "married", "lied", "apologised",
     "apologized", "confessed", "complained", "explained", "mentioned", "whispering", "talking"]
)
# Verbs whose object is a person: "Tell Funmi she is welcome", "thanked Harriet".
TELL_VERBS = frozenset(
    ["tell", "told", "tells", "ask", "asks", "thank", "thanked", "thanks", "kiss", "kissed",
     "hug", "hugged", "marry", "introduce", "remind", "reminded", "warn", "warned", "forgive",
     "forgave", "promised", "persuade", "persuaded", "congratulate", "congratulated"]
)
# A titled surname ("Mr. Ferris") is the one full name of that surname ("Harold Ferris") when
# the full name and its given name are said at least 1/TITLED_SHARE as often.
TITLED_SHARE = 5
# Words that open a surname ("Ó Súilleabháin", "Mac Giolla", "Van Dyke", "De Vere").
SURNAME_PARTICLES = frozenset({"Ó", "Ní", "Nic", "Mac", "Ua", "Uí", "Van", "Von", "De", "Di",
                               "Da", "Du", "Le", "La", "Del", "Della", "Ap", "Ab", "Al", "El"})
# What people call the one holder of a title: "Doc" is the story's doctor.
TITLE_NICKNAMES = {
    "Doc": frozenset({"Dr", "Doctor"}), "Sarge": frozenset({"Sergeant", "Sgt"}),
    "Skipper": frozenset({"Captain", "Capt"}),
    "Padre": frozenset({"Padre", "Father", "Reverend", "Rev"}),
}
# How many names said before "called him X" at a paragraph's head are weighed as whom "him"
# means.
_NEAR = 6
# (word before, word before that) introducing a nickname for the person just named.
NICKNAME_CUES = frozenset({
    ("as", "known"), ("as", "know"), ("nicknamed", ""), ("him", "nicknamed"),
    ("her", "nicknamed"), ("him", "calls"), ("her", "calls"), ("them", "calls"),
    ("him", "called"), ("her", "called"), ("him", "call"), ("her", "call"), ("called", "had"),
    ("called", "everyone"), ("called", "always"), ("called", "was"), ("called", "is"),
    ("as", "him"), ("as", "her"),  # "the whole coast knew him as Hems"
})
ADDRESS_WORDS = frozenset({"dear", "dearest", "darling", "beloved"})
# "Your Grace", "Her Majesty": how a rank is addressed, not a name.
STYLES_OF_ADDRESS = frozenset({"Grace", "Honour", "Honor", "Majesty", "Highness", "Lordship",
                               "Ladyship", "Excellency", "Eminence", "Holiness", "Worship"})
# The last word of an organisation's name: a body of people, neither someone nor somewhere.
ORGANISATION_WORDS = frozenset({
    "Unit", "Squad", "Society", "Department", "Bureau", "Agency", "Company", "Corporation",
    "Council", "Committee", "Association", "Ministry", "Police", "Army", "Navy", "Brigade",
    "Regiment", "Corps", "Institute", "Foundation", "Federation", "Commission", "Division",
    "Party", "Inc", "Ltd", "Plc", "Guard", "Patrol", "Service", "Services", "Union", "League",
    # newspapers: "the Toronto Star", "the Richmond Examiner"
    "Times", "Star", "Herald", "Gazette", "Tribune", "Chronicle", "Telegraph", "Courier",
    "Examiner", "Globe", "Sentinel", "Clarion", "Dispatch",
    # a family as a group ("the Mirza Parivar" of a family chat)
    "Parivar", "Family", "Clan",
})
# Titles of rank before which an everyday noun is an office, not a name: "Lord Protector".
OFFICE_TITLES = frozenset({"Lord", "Lady", "King", "Queen", "Prince", "Princess"})
_OFFICE_ENDINGS = ("or", "ess", "ain", "ent")
PLACE_PREPOSITIONS = frozenset(
    [
        "in", "at", "into", "near", "through", "across", "along", "around", "outside", "inside",
        "beyond", "via", "within", "off"
    ]
)
# Said of places and of people alike ("went to London", "wrote to Harriet"): weak evidence.
WEAK_PLACE_WORDS = frozenset(
    [
        "to", "from", "toward", "towards", "reach", "reached", "visit", "visited", "leave", "left",
        "leaving", "reaching", "past"
    ]
)
PLACE_HEADS = frozenset(
    [
        "streets", "street", "city", "town", "village", "outskirts", "centre", "center", "heart",
        "edge", "road", "roads", "district", "suburbs", "county", "province", "kingdom", "capital",
        "parish", "neighbourhood", "neighborhood", "banks", "bank", "shores", "shore", "river",
        "hills", "valley", "people", "islands", "island", "isle", "coast", "mountains",
        "lakes", "lake", "region", "port", "harbour", "harbor", "bay", "forests", "forest",
        "fjords", "fjord", "plains", "villages", "towns", "cities", "state", "republic",
        "siege", "battle", "sack", "walls", "gates", "ruins"
    ]
)
BODY_AND_MIND = frozenset(
    [
        "mind", "eyes", "eye", "face", "hand", "hands", "voice", "heart", "head", "hair", "arm",
        "arms", "smile", "lips", "mouth", "shoulder", "shoulders", "gaze", "expression", "room",
        "house", "work", "words", "letter", "life", "feelings",
        # and what a named horse or dog has: "Ashfoot's reins", "Tilly's paws"
        "reins", "mane", "hooves", "bridle", "saddle", "withers", "paws", "muzzle", "leash"
    ]
)


@dataclass(slots=True)
class FormStats:
    form: str
    words: tuple[str, ...]
    titles: Counter[str] = field(default_factory=Counter)
    total: int = 0
    noninitial: int = 0
    said: int = 0
    person_verb: int = 0
    kin: int = 0
    place_prep: int = 0
    place_weak: int = 0
    place_the: int = 0
    article: int = 0
    """Times written after "a"/"an": a thing or a kind ("a Fiat Panda", "a Broadwood")."""
    initialled: int = 0
    """Times written after a person's initials ("R. Kandasamy", "T. S. Eliot"): someone's
    name, as only people's names are written so."""
    nickname_of: Counter[str] = field(default_factory=Counter)
    """Names this one is given as a nickname for ("Ignacio, known as Nacho")."""
    nickname_near: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(pronoun, name) for the names said just before this one was given as a nickname to
    "him" or "her" at the head of a paragraph ("Everybody had called him Brother Man"): whom
    the pronoun may mean."""
    same_as: Counter[str] = field(default_factory=Counter)
    """Full names a sentence says this one is ("Halmeoni is Choi Bok-soon, her father's
    mother"): who the name by itself stands for."""
    runs: list[tuple[str, int, NameRun]] = field(default_factory=list)
    """(document id, paragraph base offset, run) for each occurrence."""
    shares: tuple[FormStats, ...] = field(default=(), compare=False, repr=False)
    """The per-document FormStats this one adds up (empty when it is one document's own)."""

    @property
    def sex(self) -> str:
        """The sex ("m", "f", or "-" when neither) a form's titles tell ("Mrs."), else its
        given name ("Harriet") or the family word it is ("Mutti")."""
        lists = wordlists()
        for title in self.titles:
            sex = lists.title_sex(title)
            if sex != "-":
                return sex
        words = self.words
        first = words[1] if len(words) > 1 and words[0] in EPITHETS else words[0]  # "Little Jim"
        sex = lists.first_names.get(first) or lists.family_word_gender.get(first, "-")
        if sex in ("-", None) and len(words) > 1:
            # Sikh names tell the sex by Kaur or Singh, whatever the given name.
            sex = "f" if "Kaur" in words else "m" if "Singh" in words else "-"
        return sex

    @property
    def person_votes(self) -> int:
        """How much the contexts say "someone": spoken to, a relative, doing what people do."""
        return 3 * self.said + 2 * self.kin + self.person_verb + 2 * self.initialled

    @property
    def place_votes(self) -> float:
        """How much the contexts say "somewhere": "in", "to", "the"."""
        return 2 * self.place_prep + 0.5 * self.place_weak + 0.5 * self.place_the


@dataclass(slots=True)
class Cluster:
    """One entity being assembled: its forms, kind evidence and mentions."""

    name: str
    kind: EntityKind
    forms: list[str]
    mentions: list[Span]
    full_names: list[str]


def _form_key(run: NameRun) -> str:
    title = _normal_title(run.title)
    return f"{title} {run.form}" if title else run.form


def _normal_title(title: str) -> str:
    if not title:
        return ""
    last = title.split()[-1]
    return {"Mister": "Mr", "Missus": "Mrs", "Doctor": "Dr", "Madam": "Madame", "Mme": "Madame",
            "Mlle": "Mademoiselle", "Capt": "Captain", "Col": "Colonel", "Gen": "General",
            "Lt": "Lieutenant", "Sgt": "Sergeant", "Rev": "Reverend", "Prof": "Professor"}.get(
        last, last
    )


class _WordCounts:
    """The manuscript's lower-case and capitalised word counts, kept between runs.

    The counts are sums over paragraph parses, kept per document: a run leaves alone every
    document that holds the very same placed paragraphs as before (the Analyzer hands an
    untouched chapter the same list), and in the others adds the parses that are new (or
    occur more often) and takes away those that are gone. Only counts are kept (a word whose
    count falls to zero is dropped), and callers only look words up, so the order of the
    keys never matters.
    """

    def __init__(self) -> None:
        self.lower: Counter[str] = Counter()
        self.capital: Counter[str] = Counter()
        self._documents: dict[str, list[PlacedParagraph]] = {}

    def update(self, groups: list[tuple[str, list[PlacedParagraph]]]) -> None:
        now: dict[str, list[PlacedParagraph]] = {}
        for document, placed in groups:
            # The same id twice (never from the store) is one document in two parts.
            now[document] = now[document] + placed if document in now else placed
        before = self._documents
        for document, placed in now.items():
            held = before.get(document)
            if held is not placed:
                self._replace(held or [], placed)
        for document, held in before.items():
            if document not in now:
                self._replace(held, [])
        self._documents = now

    def _replace(self, old: list[PlacedParagraph], new: list[PlacedParagraph]) -> None:
        times: dict[int, list[Any]] = {}
        for placed, step in ((one, -1) for one in old):
            held = times.setdefault(id(placed.parsed), [placed.parsed, 0])
            held[1] += step
        for placed in new:
            held = times.setdefault(id(placed.parsed), [placed.parsed, 0])
            held[1] += 1
        for parsed, change in times.values():
            if change:
                self._add(parsed, change)

    def _add(self, parsed: ParsedParagraph, times: int) -> None:
        for total, words in ((self.lower, parsed.lower_words),
                             (self.capital, parsed.capital_words)):
            for word, count in words.items():
                value = total[word] + times * count
                if value:
                    total[word] = value
                else:
                    del total[word]


_COUNTS_MEMO = "entities.word_counts"
_SHARES_MEMO = "entities.document_forms"


@dataclass(slots=True)
class _DocumentForms:
    """One document's share of the forms, and what it was worked out from.

    Still right in a later run when the document holds the same placed paragraphs (the
    Analyzer hands an untouched document the very same objects) and every leading word whose
    trimming hung on the manuscript's counts is still decided the same way.
    """

    placed: list[PlacedParagraph]
    forms: dict[str, FormStats]
    decided: list[tuple[bool | None, str, str, bool]]
    """(opens a sentence, lower-case first word, first word, trimmed) of each run whose
    leading word was trimmed or kept because of the counts; None for "opens a sentence" where
    an everyday word at a sentence's head was judged by `_everyday_trimmed`."""

    def still_holds(
        self, placed: list[PlacedParagraph], lower: Counter[str], capital: Counter[str]
    ) -> bool:
        if placed is not self.placed and (len(placed) != len(self.placed) or any(
            a is not b for a, b in zip(placed, self.placed, strict=True)
        )):
            return False
        return all(
            (_everyday_trimmed(first, capital) if initial is None
             else _trimmed_by_counts(initial, low, first, lower, capital)) == trimmed
            for initial, low, first, trimmed in self.decided
        )


def _trimmed_by_counts(
    initial: bool, low: str, first: str, lower: Counter[str], capital: Counter[str]
) -> bool:
    if not initial:
        return lower[low] > capital[first]
    # At a sentence's head, a word written in lower case anywhere is taken for a word, unless
    # the book names someone by it far more often ("Paj Lee was…" of "Auntie Paj").
    return lower[low] > 0 and not _named_by_choice(first, lower, capital)


def _named_by_choice(word: str, lower: Counter[str], capital: Counter[str]) -> bool:
    """Whether the book capitalises a word in mid-sentence at least twice, and at least twice
    as often as it writes it in lower case: a name that is a word too, in the language it was
    borrowed from ("paj ntaub" once, "Auntie Paj" eight times)."""
    return capital[word] >= max(_CAPITALISED_BY_CHOICE, 2 * lower[word.lower()])


def _everyday_trimmed(first: str, capital: Counter[str]) -> bool:
    """Whether an everyday word opening a sentence before one name is trimmed ("Poor
    Harriet"): yes, unless it is an epithet the book capitalises in mid-sentence again and
    again, as part of what someone is called ("Big Mike sat at the head of the table")."""
    return first not in EPITHETS or capital[first] < _CAPITALISED_BY_CHOICE


# How often a book must capitalise an everyday word in mid-sentence for it to keep it at a
# sentence's head too.
_CAPITALISED_BY_CHOICE = 2


def collect_forms(
    paragraphs: list[PlacedParagraph],
    memo: dict[str, Any] | None = None,
    documents: list[tuple[str, list[PlacedParagraph]]] | None = None,
) -> tuple[dict[str, FormStats], Counter[str], Counter[str]]:
    """Gather every name run's form with its evidence, and the manuscript's lower-case words
    and the words it capitalises in mid-sentence.

    Forms are gathered per document and then added up, in reading order. `memo` (the
    Analyzer's, kept between runs) keeps the word counts up to date by difference, each
    document's share while it still holds, and each form's total while none of its shares
    changed — so after an edit only the edited chapter is gathered again. Without a memo
    everything is gathered afresh; either way the result is the same. `documents` is
    `paragraphs` by document, when the caller has it: the Analyzer's lists, the same
    objects for untouched chapters, which is how they are known at a glance.
    """
    kept = memo is not None
    memo = {} if memo is None else memo
    # Out of the memo while updated: a run stopped half-way leaves no half-made counts.
    counts = memo.pop(_COUNTS_MEMO, None)
    if not isinstance(counts, _WordCounts):
        counts = _WordCounts()
    groups = documents if documents is not None else _by_document(paragraphs)
    counts.update(groups)
    memo[_COUNTS_MEMO] = counts
    # Handed out as they are: the next run changes them, but by then this run is over.
    lower, capital = counts.lower, counts.capital
    held_shares, held_totals = memo.pop(_SHARES_MEMO, ({}, {}))
    # By document id and how many times that id came before (never, from the store).
    shares: dict[tuple[str, int], _DocumentForms] = {}
    seen: Counter[str] = Counter()
    for document, placed in groups:
        key = (document, seen[document])
        seen[document] += 1
        share = held_shares.get(key)
        if share is None or not share.still_holds(placed, lower, capital):
            share = _document_forms(placed, lower, capital)
        shares[key] = share
    contributions: dict[str, list[FormStats]] = {}
    for share in shares.values():
        for key, stats in share.forms.items():
            found = contributions.get(key)
            if found is None:
                contributions[key] = [stats]
            else:
                found.append(stats)
    forms: dict[str, FormStats] = {}
    totals: dict[str, tuple[list[FormStats], FormStats]] = {}
    for key, parts in contributions.items():
        if len(parts) == 1:
            forms[key] = parts[0]
            continue
        held = held_totals.get(key)
        if held is not None and len(held[0]) == len(parts) and all(
            a is b for a, b in zip(held[0], parts, strict=True)
        ):
            total = held[1]
        else:
            total = _added_up(key, parts)
        forms[key] = total
        totals[key] = (parts, total)
    if kept:
        memo[_SHARES_MEMO] = (shares, totals)
    return forms, lower, capital


def _by_document(
    paragraphs: list[PlacedParagraph],
) -> list[tuple[str, list[PlacedParagraph]]]:
    groups: list[tuple[str, list[PlacedParagraph]]] = []
    current = ""
    for placed in paragraphs:
        if not groups or placed.document != current:
            current = placed.document
            groups.append((current, []))
        groups[-1][1].append(placed)
    return groups


def _added_up(key: str, parts: list[FormStats]) -> FormStats:
    """One form's evidence over the whole manuscript, from its documents' shares in order."""
    total = FormStats(key, parts[0].words, shares=tuple(parts))
    for part in parts:
        if part.titles:  # Counter.update is slow even when there is nothing to add
            total.titles.update(part.titles)
        total.total += part.total
        total.noninitial += part.noninitial
        total.said += part.said
        total.person_verb += part.person_verb
        total.kin += part.kin
        total.place_prep += part.place_prep
        total.place_weak += part.place_weak
        total.place_the += part.place_the
        total.article += part.article
        total.initialled += part.initialled
        if part.nickname_of:
            total.nickname_of.update(part.nickname_of)
        if part.nickname_near:
            total.nickname_near.update(part.nickname_near)
        if part.same_as:
            total.same_as.update(part.same_as)
        total.runs.extend(part.runs)
    return total


def _document_forms(
    placed_paragraphs: list[PlacedParagraph], lower: Counter[str], capital: Counter[str]
) -> _DocumentForms:
    first_names = wordlists().first_names
    forms: dict[str, FormStats] = {}
    decided: list[tuple[bool, str, str, bool]] = []
    recent: list[str] = []  # the last names said, across paragraphs
    for placed in placed_paragraphs:
        document, base = placed.document, placed.base
        # The paragraph's last name run counted, with its form key and stats, and the last
        # that opened a sentence.
        previous: tuple[NameRun, str, FormStats] | None = None
        opener: tuple[NameRun, str, FormStats] | None = None
        paragraph_start = len(recent)
        for run, common, records in _run_records(placed.parsed):
            # Whether a leading word is trimmed may hang on the counts: asked every run.
            if common is None:
                trimmed = False
            elif common == _PLAIN and (run.initial or run.words[0].lower() in TELL_VERBS):
                trimmed = True  # "The Captain"; "…one more line: Tell Selvi the fees are paid"
            elif run.initial and common and len(run.words) > 2:
                trimmed = True  # "Big Davie Lennox has been a porter": Davie Lennox
            elif run.initial and common:
                first = run.words[0]
                trimmed = _everyday_trimmed(first, capital)
                decided.append((None, "", first, trimmed))
            else:
                first = run.words[0]
                # A given name opening a sentence ("Hope Mason, who…") is judged as in
                # mid-sentence: by how the manuscript writes it there, not by the mere
                # presence of "hope" somewhere in lower case.
                initial = run.initial and first not in first_names
                trimmed = _trimmed_by_counts(initial, first.lower(), first, lower, capital)
                decided.append((initial, first.lower(), first, trimmed))
            record = records[trimmed]
            if record is _UNKNOWN:
                record = records[trimmed] = _record(run, trimmed)
            if record is None:
                continue
            key, words, final, title, cue, evidence = record
            stats = forms.get(key)
            if stats is None:
                stats = forms[key] = FormStats(key, words)
            stats.total += 1
            stats.runs.append((document, base, final))
            prev_run, prev_key, prev_stats = previous or (None, "", None)
            if (cue and prev_run is not None and prev_run.prev in _ONLY_COMPARED
                    and opener is not None and opener[0].sentence == run.sentence
                    and opener[0] is not prev_run):
                # "Rafael was sixteen, a year older than Nando, and the block called him
                # Papo": the nickname is the sentence's subject's, not the one compared.
                prev_run, prev_key, prev_stats = opener
            # "Brendan called him Uncle Tommy": the name before "called him" is who calls.
            caller = prev_key if prev_run is not None and cue and (
                _calls_him(prev_run, run) or _among_callers(placed.parsed.text, prev_run, run)
            ) else ""
            # "called him Bubba", "knew him as Hems": the pronoun tells whose it is.
            pronoun = run.prev if run.prev in ("him", "her") else (
                run.prev2 if run.prev == "as" and run.prev2 in ("him", "her") else "")
            # "Wendell was Lottie's half-brother. They called him Bubba": not hers.
            other_sex = prev_stats is not None and pronoun != "" and (
                prev_stats.sex not in ("-", {"him": "m", "her": "f"}[pronoun]))
            if prev_key and cue and not caller and not other_sex:
                stats.nickname_of[prev_key] += 1
                if pronoun:
                    stats.nickname_near[(pronoun, prev_key)] += 1  # the sex it tells
            elif cue and pronoun:
                # The names the paragraph said before; at its head, the last ones said.
                since = paragraph_start if paragraph_start < len(recent) else 0
                stats.nickname_near.update((pronoun, near) for near in recent[
                    max(since, len(recent) - _NEAR):] if near != caller)
            single = len(words) == 1
            if prev_stats is not None and len(prev_stats.words) == 1 and not single and (
                _said_to_be(prev_run, run)
                or _named_as(placed.parsed.text, prev_run, prev_stats, run)
            ):
                prev_stats.same_as[key] += 1
            elif prev_stats is not None and len(prev_stats.words) > 1 and single and (
                _went_by(prev_run, run)
                or _the_name_of(placed.parsed.text, prev_run, prev_stats, run)
            ):
                stats.same_as[prev_key] += 1
            elif single and (went := _went_by_pronoun(placed.parsed.text, run)):
                # "…but to everyone else she had been Pinka since before she could walk":
                # one of the names the paragraph said before.
                stats.nickname_near.update((went, near) for near in recent[
                    max(paragraph_start, len(recent) - _NEAR):])
            previous = (run, key, stats)
            if run.initial and not run.possessive:
                opener = previous
            recent.append(key)
            if title is not None:
                stats.titles[title] += 1
            if evidence is not None:
                (noninitial, said, person_verb, kin, place_prep, place_weak, place_the,
                 article, initialled) = evidence
                stats.noninitial += noninitial
                stats.said += said
                stats.person_verb += person_verb
                stats.kin += kin
                stats.place_prep += place_prep
                stats.place_weak += place_weak
                stats.place_the += place_the
                stats.article += article
                stats.initialled += initialled
    return _DocumentForms(placed_paragraphs, forms, decided)


# "His name is Jody Renfrew": the full name of the one the pronoun means.
_NAME_IS = re.compile(r"\b(his|her)\s+(?:real\s+|full\s+|given\s+|Christian\s+)?name\s+"
                      r"(?:is|was)\s+$", re.IGNORECASE)
# "Didus was seventy-six and dug the garden. He was Mykola Bondar, and…": a sentence that
# opens by saying who the one just told of is.
_HE_WAS = re.compile(r"(?:^|[.!?][\"”’]?\s+)(He|She)\s+(?:is|was)\s+$")
_PRONOUN_SEX = {"his": "m", "he": "m", "her": "f", "she": "f"}


def _named_as(text: str, name: NameRun, stats: FormStats, full: NameRun) -> bool:
    """Whether the sentence after a one-word name gives its full name by a pronoun ("The
    whole town calls him the Kid. His name is Jody Renfrew."), the name's sex, where known,
    the pronoun's; or opens on "He was" and the full name alone, ending its clause, after a
    sentence that the one-word name, telling the pronoun's sex, opens ("Didus was seventy-six.
    He was Mykola Bondar, and…")."""
    if full.sentence != name.sentence + 1 or full.possessive:
        return False
    window = max(0, full.start - 40)
    found = _NAME_IS.search(text, window, full.start)
    if found is not None:
        return stats.sex in ("-", _PRONOUN_SEX[found.group(1).lower()])
    # With no "name" said, a "he" may go on about another: a name of unknown sex is not
    # enough ("Kerra sat with the boy. He was Tom Reed.").
    found = _HE_WAS.search(text, window, full.start) if name.initial and not (
        full.next_spaced) else None
    return found is not None and stats.sex == _PRONOUN_SEX[found.group(1).lower()]


def _went_by(full: NameRun, name: NameRun) -> bool:
    """Whether a full name is said to go by a one-word name: "Sharon McAllister had been
    Shazza since she was a girl", "Jasmine Bhatt was Jaz to everyone"."""
    return (
        full.sentence == name.sentence and full.initial and not full.possessive
        and full.next_spaced and name.prev in ("is", "was", "been")
        and (name.prev != "been" or name.prev2 in ("had", "has"))
        and full.next in (name.prev, name.prev2) and not name.possessive
        and name.next in ("since", "to", "among", "around")
    )


# "…and Cotton was all the name he had needed since": a name said to be the one a pronoun's
# person goes by.
_IS_THE_NAME = re.compile(r"\s+(?:is|was)\s+(?:all\s+)?the\s+(?:only\s+)?name\s+(she|he)\b",
                          re.IGNORECASE)


def _the_name_of(text: str, full: NameRun, stats: FormStats, name: NameRun) -> bool:
    """Whether a one-word name is said to be the name the one a sentence opens on goes by:
    "Virgil Sizemore was thirty-four, … and Cotton was all the name he had needed since" —
    the pronoun of the full name's sex, where known, and no other name between."""
    if full.sentence != name.sentence or not full.initial or full.possessive or (
        name.possessive
    ):
        return False
    found = _IS_THE_NAME.match(text, name.end)
    return found is not None and stats.sex in ("-", _PRONOUN_SEX[found.group(1).lower()])


_WENT_BY_PRONOUN = re.compile(r"\b(she|he)\s+(?:had\s+been|has\s+been|was|is)\s+$",
                              re.IGNORECASE)


# "…he was Sam, a name he said he wore like a borrowed coat": the name called a name.
_CALLED_A_NAME = re.compile(r"\s*,\s*(?:a|the|one)\s+(?:\w+\s+)?name\b")


def _went_by_pronoun(text: str, name: NameRun) -> str:
    """"her" or "him" when a one-word name is one a pronoun's person goes by ("she had been
    Pinka since before she could walk", "to his customers he was Sam, a name…"), else ""."""
    if name.possessive or (name.next not in ("since", "to", "among", "around")
                           and not _CALLED_A_NAME.match(text, name.end)):
        return ""
    found = _WENT_BY_PRONOUN.search(text, max(0, name.start - 20), name.start)
    return "" if found is None else {"she": "her", "he": "him"}[found.group(1).lower()]


def _calls_him(caller: NameRun, nickname: NameRun) -> bool:
    """Whether a name is the subject of the "called him" before a nickname in its sentence
    ("Brendan called him Uncle Tommy"), not the one the nickname is for."""
    return (caller.sentence == nickname.sentence and nickname.prev in ("him", "her", "them")
            and caller.next == nickname.prev2 and not caller.possessive)


# Someone doing the calling between a name and "called him X": "she and Dariush … they had
# called him Amoo Ali".
_CALLERS = re.compile(r"\b(?:they|we|she|he|I)\b")
# A name and others, one subject, calling him so: "only Halmoni and the church elders still
# called him Min-jun" — "and", then words with no stop between them and "called".
_AND_OTHERS_CALL = re.compile(r"\s+and\s+[^,.;:!?\"“”—]*\b(?:called|calls|call)\s+(?:him|her)\s+")


def _among_callers(text: str, caller: NameRun, nickname: NameRun) -> bool:
    """Whether a name in the sentence before "called him X" is one of those who call him so,
    a subject pronoun coming between ("When she and Dariush were small they had called him
    Amoo Ali") or the name and others making one subject ("Halmoni and the church elders
    called him Min-jun"), not the one the nickname is for."""
    return (caller.sentence == nickname.sentence and nickname.prev in ("him", "her")
            and (_CALLERS.search(text, caller.end, nickname.start) is not None
                 or _AND_OTHERS_CALL.fullmatch(text, caller.end, nickname.start) is not None))


def _said_to_be(name: NameRun, full: NameRun) -> bool:
    """Whether a sentence opens by saying who a one-word name is: "Halmeoni is Choi
    Bok-soon", "Kameya-san was Genzo Maruyama on the deeds" — not "Emma was Harriet's
    friend" or "Tom was Mary Smith and Jo…", which say something else."""
    return (
        name.sentence == full.sentence and name.initial and not name.possessive
        and name.next_spaced and full.prev in ("is", "was") and name.next == full.prev
        and full.prev2 == name.words[-1].lower() and not full.possessive
        and full.next not in ("and", "or")
    )


_RUNS_MEMO = "entities.run_records"
_UNKNOWN: Any = object()
# What one name run adds to its form: (form key, words, the run as counted, normal title
# or None when it has none, nickname cue, evidence (noninitial, said, person_verb, kin,
# place_prep, place_weak, place_the, article, initialled) or None when all are 0), or None
# when trimming leaves no words.
_Record = tuple[str, tuple[str, ...], NameRun, str | None, bool, tuple[int, ...] | None] | None


# A sentence's first word that is a function word or never a name ("The", "Monday"): trimmed
# from a run at a sentence's head whatever the counts.
_PLAIN = "plain"


def _run_records(
    parsed: ParsedParagraph,
) -> list[tuple[NameRun, bool | str | None, list[Any]]]:
    """The paragraph's name runs, each with whether its leading word is trimmed ("Poor
    Harriet" -> "Harriet") as far as the text alone decides (None: never trimmed; _PLAIN:
    trimmed at a sentence start whatever the counts; True: an everyday word at a sentence
    start, trimmed unless the book capitalises it by choice (`_everyday_trimmed`); False: not
    decided by the text) and its two possible records, made when first needed. Kept with the
    parse (`ParsedParagraph.memo`), so an unedited paragraph's runs are judged once."""
    found = parsed.memo.get(_RUNS_MEMO)
    if found is None:
        lists = wordlists()
        found = []
        for run in parsed.runs:
            words = run.words
            common: bool | None = None
            if not run.title and len(words) > 1:
                first = words[0]
                low = first.lower()
                # "Dearest Agnes," opening a letter: the name after the word of address.
                plain = low in lists.stopwords or first in lists.not_names or low in ADDRESS_WORDS
                if not plain and (
                    (len(words) == 2 and words[-1] in lists.place_suffixes)
                    or opens_place_name(first) or family_name_first(words)
                    or _quarter_of_a_place(words)
                ):
                    # "Box Hill", "Rose Street": an everyday word before a place word is
                    # the place's name, wherever it stands; so is a place word before a name
                    # ("Camp Tamarack" in a story that says "camp" all the time); and so is a
                    # family name before a hyphened given name ("Park Jun-ho").
                    found.append((run, None, [_UNKNOWN, _UNKNOWN]))
                    continue
                # "Fort Kochi" opening a line is a place's name, not "Kochi" after a word.
                common = run.initial and first not in lists.place_prefixes and (
                    _PLAIN if plain else everyday_word(first))
                if low in TELL_VERBS:
                    common = _PLAIN  # a verb said to someone, wherever the capital comes from
            found.append((run, common, [_UNKNOWN, _UNKNOWN]))
        parsed.memo[_RUNS_MEMO] = found
    return found


def _record(run: NameRun, trimmed: bool) -> _Record:
    """What `run` adds to its form's evidence, once it is decided whether its leading word
    is `trimmed`: at a sentence start an everyday word is ("Poor Harriet"); elsewhere a word
    the manuscript writes in lower case more often than capitalised is."""
    lists = wordlists()
    kinship = lists.kinship
    words = run.words
    if trimmed:
        words = words[1:]
        while words and words[0] in CONNECTORS:
            words = words[1:]
    if not words:
        return None
    if len(words) == 1 and words[0] in STYLES_OF_ADDRESS and run.prev in {"your", "his", "her"}:
        return None
    if _attributive(run, lists.stopwords):
        return None  # "her Stanley cup", "his Honda keys": a make, not someone
    if words != run.words:
        offset = len(run.words) - len(words)
        # The words trimmed away are now the ones before it ("Tell Ebun" -> "Ebun" after
        # "tell"), which is evidence like any other word before a name.
        kept_title = len(words) > 1 and words[0] in lists.honorifics
        before = run.words[:offset]
        prev = "" if kept_title else before[-1].lower()
        prev2 = "" if kept_title else (before[-2].lower() if len(before) > 1 else run.prev)
        title = ""
        while len(words) > 1 and words[0] in lists.honorifics:
            title = f"{title} {words[0]}".strip()
            words = words[1:]
            offset += 1
        run = NameRun(words, run.word_starts[offset:], title,
                      run.word_starts[offset - len(title.split())] if title
                      else run.word_starts[offset], run.end, run.sentence, False,
                      run.possessive, prev, prev2, run.next, run.next2, run.comma_after,
                      run.ends_quote, run.closes_speech, run.bracketed, run.title_after,
                      run.next_spaced, run.quote_after, run.after_initial)
    said = person_verb = kin = place_prep = place_weak = 0
    if run.prev in ("called", "named") and run.prev2 in _CALLED_PLACES:
        place_prep += 1  # "a place called Seabrook", "a city called Houston"
    elif run.prev in SAID_VERBS or (
        run.next in SAID_VERBS and not run.possessive and not run.ends_quote
    ):
        said += 1
    elif run.prev in ADDRESS_WORDS and not run.title:
        said += 1  # "Dear Neil," opens a letter to a person
    elif run.closes_speech and run.next in SPEAKERS and run.next2 in SAID_VERBS and not (
        # '"Cute," I said' is all that was said, not whom it was said to.
        run.initial and len(run.words) == 1 and everyday_word(run.words[0])
    ):
        said += 1  # '"Kerra," she said': spoken to
    # A sentence opening "Vigorous, decided, with sentiments" lists words, it names no doer.
    # "The vines of Vaudrey stood": after "of" the verb is the noun's before it.
    if not run.possessive and not (run.initial and run.comma_after) and run.prev != "of" and (
        run.next in PERSON_VERBS or (
            run.next in {"had", "was"} and run.next2 in PERSON_VERBS
        )
    ):
        person_verb += 1
    if run.possessive and (run.next in kinship or run.next in BODY_AND_MIND):
        kin += 1
    # "her sister Rose", "Rose, my sister", "the widow Garnier".
    if run.prev in kinship and (run.comma_after or run.prev2 in {"her", "his", "my", "the",
                                                                "their", "our", "your"}):
        kin += 1
    if run.prev == "to" and run.prev2 in SPOKEN_TO_VERBS:
        said += 1  # "said to Funmi", "wrote to Harriet": the one spoken to is a person
    elif run.prev in TELL_VERBS and not run.possessive:
        person_verb += 1  # "Tell Funmi she is welcome"
    elif run.prev == "the" and run.prev2 in TELL_VERBS and not run.possessive:
        said += 1  # "told the Warden where", "thanked the Captain": a role spoken to
    if run.prev in PLACE_PREPOSITIONS or _dateline(run) or (
        run.prev == "of" and run.prev2 in PLACE_HEADS
    ) or (run.prev == "the" and run.prev2 in PLACE_PREPOSITIONS | WEAK_PLACE_WORDS):
        place_prep += 1
    elif run.prev in WEAK_PLACE_WORDS and not (run.prev == "to" and run.prev2 in SPOKEN_TO_VERBS):
        place_weak += 1
    # "R. Kandasamy": initials open only a person's name — but "B. Com", "B. Sc" are degrees.
    initialled = int(run.after_initial and not everyday_word(words[0]))
    evidence = (int(not run.initial), said, person_verb, kin, place_prep, place_weak,
                int(run.prev == "the"), int(run.prev in {"a", "an"} and not run.title),
                initialled)
    return (
        _form_key(run), run.words, run, _normal_title(run.title) if run.title else None,
        # 'She had called Lorna "the Kessler girl"': Lorna is the one called something, and
        # 'She had called Lisa "Liisa"': Liisa is what she is called.
        ((run.prev, run.prev2) in NICKNAME_CUES and not run.quote_after) or run.bracketed
        or (run.initial and run.prev != "" and run.prev2 in _CALLING),
        evidence if any(evidence) else None,
    )


# What a name said after "called" may be of: a place ("a town called Seabrook"), where after
# other words "called" is said to someone.
_CALLED_PLACES = PLACE_HEADS | frozenset({"place", "somewhere", "spot", "camp", "farm",
                                          "station", "hamlet", "settlement", "estate"})
# A word this common in everyday English (Zipf) is a name only when someone is spoken to by
# it more than once or is someone's relative by it: "Tell", "People" are not.
_COMMONEST = 5.5
# The last word of a day kept or a night held: "Boxing Day", "Bonfire Night".
_FEAST_WORDS = frozenset({"Day", "Eve", "Night"})
_CALLING = frozenset({"called", "calls", "call", "named"})
# Words before a name that make it only compared or gone with, never the subject a later
# "called him" in the sentence goes back to ("older than Nando", "with Nando").
_ONLY_COMPARED = frozenset({"than", "with", "to", "for", "from", "beside", "like"})
_OWNERS = frozenset({"her", "his", "my", "your", "their", "our"})
# What is left of a day of the month once its digits are gone ("5th" -> "th").
_ORDINAL_ENDS = frozenset({"", "st", "nd", "rd", "th"})


def _dateline(run: NameRun) -> bool:
    """A letter's or a diary's heading names where it was written: "Fort Kochi, 3 June",
    "Worthington, April 5th", "Worthington, Ohio, Dec. 23rd 1862"."""
    if not (run.initial and run.comma_after and not run.title):
        return False
    # Numbers are not words, so the month is the next word or the one after a region, and
    # the line ends after it: "Harriet, may I ask" goes on. A month after a region is one
    # written short ("Dec."): "Harriet, Tom, June and I" is a list.
    month = run.next in MONTHS or run.next in SHORT_MONTHS
    return (month and (run.next2 in _ORDINAL_ENDS or run.next2[0].isdigit())) or (
        run.next2 in SHORT_MONTHS)


def _attributive(run: NameRun, stopwords: frozenset[str]) -> bool:
    """A capitalised word between a possessive and a plain noun ("her Stanley cup") names
    the kind of thing owned. A name there is followed by a verb, a function word or
    punctuation instead ("her Harriet was", "his Emma, who")."""
    following = run.next
    return (run.prev in _OWNERS and not run.title and not run.possessive
            and run.next_spaced and bool(following)
            and following not in stopwords and following not in PERSON_VERBS
            and not following.endswith(("ed", "ing", "ly", "s")))


def _quarter_of_a_place(words: tuple[str, ...]) -> bool:
    """Whether a name is an epithet before a well-known place: a quarter named for it
    ("Little Haiti", "Little Italy", "Old Delhi")."""
    return len(words) > 1 and words[0] in EPITHETS and " ".join(words[1:]) in wordlists().places


def _place_word_kind(words: tuple[str, ...]) -> bool:
    lists = wordlists()
    if len(words) < 2:
        return False
    # A possessive inside a name makes a place ("Arthur's Seat", "King's Cross"): names_run
    # only joins one before a place word or an everyday noun; and so does a place word "of"
    # a name ("Tower of Ash"), which it joins only after a place word; and a compass word,
    # which it joins only inside a sentence ("North York").
    return (opens_place_name(words[0]) or words[-1] in lists.place_suffixes
            or words[0] in COMPASS or any(w.endswith(("'s", "’s")) for w in words[:-1])
            or words[1] == "of" or _quarter_of_a_place(words))


_FINDER_MEMO = "entities.finder"


@dataclass(slots=True)
class _FinderMemo:
    """EntityFinder's findings by the FormStats (held, compared by identity) they came from."""

    is_name: dict[str, tuple[FormStats, tuple[int, ...], bool]] = field(default_factory=dict)
    mentions: dict[tuple[str, ...], tuple[tuple[FormStats, ...], list[Span]]] = field(
        default_factory=dict
    )
    titles: dict[str, tuple[FormStats, str]] = field(default_factory=dict)
    spans: dict[int, tuple[FormStats, list[Span]]] = field(default_factory=dict)
    """By id() of a document's share; the share is held beside it, so the id stays its own."""


class EntityFinder:
    """Decides which forms are names and clusters them into entities.

    Built from the forms of one manuscript; `clusters()` gives the entities. Kept as a class so
    the variant and contradiction checks can ask which entity a form or word belongs to.
    """

    def __init__(
        self,
        forms: dict[str, FormStats],
        lower: Counter[str],
        capital: Counter[str],
        decisions: Decisions,
        memo: dict[str, Any] | None = None,
    ) -> None:
        self.forms = forms
        self.lower = lower
        self.capital = capital
        self.decisions = decisions
        # What is worked out from one form's evidence alone (is it a name, how the manuscript
        # writes its title) or from one cluster's forms (its mentions), by the FormStats it
        # came from: collect_forms hands an unchanged form its very FormStats again, so
        # after an edit only forms the edit touched are judged again. Kept between runs
        # only when the caller keeps `memo`.
        held = (memo or {}).get(_FINDER_MEMO)
        self._held: _FinderMemo = held if isinstance(held, _FinderMemo) else _FinderMemo()
        self._fresh = _FinderMemo()
        if memo is not None:
            memo[_FINDER_MEMO] = self._fresh
        self.accepted: dict[str, EntityKind] = {}
        self._accept_forms()
        self.cluster_of: dict[str, str] = {}
        self.clusters: dict[str, Cluster] = {}
        self._cluster()

    # --- which forms are names -------------------------------------------------------------
    def _accept_forms(self) -> None:
        lists = wordlists()
        blocked = {name.casefold() for name in self.decisions.not_entities}
        # Words of longer names ("Sofie" of "Sofie Laurent", "Weston" of "Mr. Weston") are
        # names on their own too.
        multiword_parts: set[str] = set()
        for stats in self.forms.values():
            if (len(stats.words) > 1 or stats.titles) and self._is_name(stats):
                multiword_parts.update(w for w in stats.words if w not in CONNECTORS)
        for key, stats in self.forms.items():
            if key.casefold() in blocked or stats.form.casefold() in blocked:
                continue
            if " ".join(stats.words).casefold() in blocked:
                continue
            forced = self.decisions.kinds.get(stats.form) or self.decisions.kinds.get(
                " ".join(stats.words)
            )
            if forced is not None:
                self.accepted[key] = forced
                continue
            if self._is_name(stats) or (
                len(stats.words) == 1 and stats.words[0] in multiword_parts
                and stats.words[0].lower() not in lists.stopwords
            ):
                self.accepted[key] = self._kind(stats)
        # A word of a character's full name ("Bakare" of "Tunde Bakare") that nothing places
        # ("the Bakare party") is that character's name, not somewhere.
        character_words = {
            word
            for key, kind in self.accepted.items()
            if kind == EntityKind.CHARACTER and len(self.forms[key].words) > 1
            for word in self.forms[key].words
        }
        for key, kind in self.accepted.items():
            stats = self.forms[key]
            if (
                kind == EntityKind.PLACE
                and len(stats.words) == 1
                and stats.words[0] in character_words
                and stats.place_prep == 0
                and stats.words[0] not in lists.places
                and not self.decisions.kinds.get(stats.form)
            ):
                self.accepted[key] = EntityKind.CHARACTER

    def _is_name(self, stats: FormStats) -> bool:
        if self._family_plural(stats):
            return False
        # The rest hangs on the form's evidence and its words' counts only.
        lower = tuple((self.lower[w.lower()], self.capital[w]) for w in stats.words)
        held = self._fresh.is_name.get(stats.form) or self._held.is_name.get(stats.form)
        if held is not None and held[0] is stats and held[1] == lower:
            verdict = held[2]
        else:
            verdict = self._is_name_by_evidence(stats)
        self._fresh.is_name[stats.form] = (stats, lower, verdict)
        return verdict

    def _is_name_by_evidence(self, stats: FormStats) -> bool:
        lists = wordlists()
        words = stats.words
        if any(w.lower() in lists.stopwords and w not in CONNECTORS
               and not (w == "of" and i == 1) for i, w in enumerate(words)):
            return False
        if any(w in lists.not_names for w in words) and not (
            _place_word_kind(words) and words[0] not in lists.honorifics
            and not all(w in lists.not_names for w in words)
        ) and " ".join(words) not in lists.places:
            return False  # ("Easter Road" is a street all the same, New York a city)
        if len(words) > 1 and words[-1] in lists.honorifics:
            return False  # a title with no name after it: "La Comtesse", "the Queen Mother"
        if len(words) > 1 and words[-1] in _FEAST_WORDS and words[0] not in lists.first_names:
            return False  # "Boxing Day", "Decoration Day", "Sloppy Joe Night": a day, no one
        strong = stats.titles.total() > 0 or stats.said > 0 or stats.kin > 0
        if not strong and 2 * stats.article >= stats.total and words[0] not in lists.first_names:
            return False  # mostly "a X": a make, a kind of thing, not someone or somewhere
        if family_name_first(words) and lists.frequency(words[0].lower()) < _COMMONEST:
            return True  # "Park Jun-ho", whatever "park" is — but not "Tell Mei-ying"
        if _place_word_kind(words):
            # At a sentence's head only a letter's dateline says where ("Fort Kochi, 3 June").
            return stats.noninitial > 0 or strong or stats.place_prep > 0
        if len(words) > 1:
            # A run of words that are never written in lower case is a name even when it
            # only ever opens sentences ("Adrien Perin, a painter, ...").
            # A given name that is also a word ("Hope Mason", "Grace Underwood", "Paj Lee"
            # of "Auntie Paj") may be written in lower case elsewhere; the words after it
            # may not.
            unusual = all(
                (self.lower[w.lower()] == 0 or (i == 0 and (
                    w in lists.first_names or _named_by_choice(w, self.lower, self.capital))))
                and (lists.frequency(w.lower()) < 4.5 or w in lists.first_names)
                for i, w in enumerate(words) if w not in CONNECTORS
            )
            return stats.noninitial > 0 or strong or stats.person_verb > 0 or unusual
        word = words[0]
        low = word.lower()
        if len(word) < 2:
            return False
        if stats.titles.total() > 0:
            # "Lord Protector", "Lady Patroness": an office, unless the book calls someone so.
            return not (set(stats.titles) <= OFFICE_TITLES and word not in lists.first_names
                        and low.endswith(_OFFICE_ENDINGS) and lists.frequency(low) >= 3.0)
        lower_uses = self.lower[low]
        if lower_uses > max(stats.noninitial, 1) and not (stats.said or stats.kin):
            return False
        if lists.frequency(low) >= _COMMONEST and word not in lists.first_names and not (
            stats.said > 1 or stats.kin
        ):
            return False  # "Tell him…", "People who…": the commonest words, no names
        if stats.noninitial == 0 and not strong:
            # Only ever at the head of a sentence: a name when it is never written in lower
            # case, is no everyday word, and does what people do ("Mira walked").
            return (
                lower_uses == 0
                and (lists.frequency(low) < 3.5 or word in lists.first_names)
                and stats.person_verb > 0
            )
        evidence = (
            stats.said + stats.kin + stats.person_verb + stats.initialled + stats.place_prep
            + stats.place_weak
            + (1 if word in lists.places else 0) + (1 if word in lists.first_names else 0)
        )
        if evidence == 0:
            # No context says what it is: keep it only when it is frequent and never lower case.
            return lower_uses == 0 and stats.noninitial >= 3 and lists.frequency(low) < 4.0
        return lower_uses == 0 or evidence >= 2

    def _family_plural(self, stats: FormStats) -> bool:
        """'the Westons' or 'the John Knightleys' is a family, not another character."""
        word = stats.words[-1]
        if not word.endswith("s") or len(word) < 4:
            return False
        head = " ".join(stats.words[:-1])
        for base in {word[:-1], word[:-2] if word.endswith("es") else word[:-1]}:
            # Only a known person's name makes a family: "Randalls" is a house, not the
            # family of a "Randall" who never appears with a title or a given name.
            for title in (*FAMILY_TITLES, "") if head else FAMILY_TITLES:
                key = " ".join(part for part in (title, head, base) if part)
                if key in self.forms and key != stats.form:
                    return True
            if not head and base in self._surnames_of_full_names:
                return True  # "the Varrows" of "Maelis Varrow"
        return False

    @cached_property
    def _surnames_of_full_names(self) -> frozenset[str]:
        """The last words of the full names known to be people's, by a given name, a title
        or what they do ("Varrow" of "Queen Maelis Varrow"), which a family plural may be
        made of."""
        first_names = wordlists().first_names
        return frozenset(
            stats.words[-1] for stats in self.forms.values()
            if len(stats.words) > 1 and not _place_word_kind(stats.words) and (
                stats.words[0] in first_names or stats.titles
                or stats.said + stats.kin + stats.person_verb > 0))

    def _kind(self, stats: FormStats) -> EntityKind:
        lists = wordlists()
        words = stats.words
        if words[-1] in ORGANISATION_WORDS and not stats.titles:
            return EntityKind.OTHER  # "the Marine Unit", "the Housing Society": neither
        if stats.titles.total() > 0 or self._is_titled_surname(words):
            return EntityKind.CHARACTER
        if len(words) == 1 and words[0] in lists.family_words:
            return EntityKind.CHARACTER  # "back to Abbu": a father, wherever he is
        if _place_word_kind(words):
            return EntityKind.PLACE
        if len(words) > 1 and words[0] in lists.first_names and " ".join(words) not in lists.places:
            return EntityKind.CHARACTER
        if len(words) > 1 and " ".join(words) not in lists.places and (
            self._is_titled_surname(words[-1:]) or self._someone(words[0])
        ):
            return EntityKind.CHARACTER  # "Arvid Rønning" of "Mr. Rønning"; "Sissel Kvåle"
        if family_name_first(words):
            return EntityKind.CHARACTER  # "Lê Văn Bảy", "Park Jun-ho": a person's name
        head = self._head_before_particle(words)
        if head is not None:
            return head  # "Ciénaga de los Pájaros" is what "Ciénaga" is
        person = stats.person_votes
        # A given name is a person's, unless nothing but "at", "in", "near" is ever said of
        # it ("at Clifton", "near Sydney"): given names are places too.
        if words[0] in lists.first_names and words[0] not in lists.places and (
            person > 0 or stats.place_prep == 0
        ):
            person += 2
        elif len(words) == 1 and words[0] in self._given_names_of_full_names:
            person += 2  # "in Brook's Honda": Brook of "Brook Delorme"
        place = stats.place_votes
        if " ".join(words) in lists.places:
            place += 4
        return EntityKind.PLACE if place > person else EntityKind.CHARACTER

    @cached_property
    def _given_names_of_full_names(self) -> frozenset[str]:
        """The first words of the untitled full names that are no place's ("Brook" of "Brook
        Delorme", not "Kettle" of "Kettle Lake")."""
        return frozenset(stats.words[0] for stats in self.forms.values()
                         if len(stats.words) > 1 and not stats.titles
                         and not _place_word_kind(stats.words)
                         and not any(w in CONNECTORS for w in stats.words))

    def _head_before_particle(self, words: tuple[str, ...]) -> EntityKind | None:
        """The kind of the words before a name's first particle, when the manuscript names
        them on their own and says plainly what they are ("the Ciénaga" for "Ciénaga de los
        Pájaros")."""
        cut = next((i for i, w in enumerate(words) if w in CONNECTORS), 0)
        head = self.forms.get(" ".join(words[:cut])) if cut else None
        if head is None or head.titles:
            return None
        person, place = head.person_votes, head.place_votes
        if place > person:
            return EntityKind.PLACE
        return EntityKind.CHARACTER if person > place else None

    def _someone(self, word: str) -> bool:
        """Whether a word said alone is plainly someone: spoken to or doing what people do,
        more than anything says it is a place ("Sissel said", "Sissel turned")."""
        stats = self.forms.get(word)
        return stats is not None and stats.said + stats.person_verb > 0 and (
            stats.person_votes > stats.place_votes)

    def _is_titled_surname(self, words: tuple[str, ...]) -> bool:
        if len(words) != 1:
            return False
        return any(f"{title} {words[0]}" in self.forms for title in FAMILY_TITLES)

    # --- clustering --------------------------------------------------------------------------
    def _cluster(self) -> None:
        lists = wordlists()
        people = {k: s for k, s in self.forms.items()
                  if self.accepted.get(k) == EntityKind.CHARACTER}
        plain_full = [k for k, s in people.items() if len(s.words) > 1 and not s.titles]
        taken: dict[str, int] = {}
        for key in plain_full:
            given = people[key].words[0]
            taken[given] = max(taken.get(given, 0), people[key].total)
        full_names = plain_full + [
            k for k, s in people.items()
            if len(s.words) > 1 and s.titles and self._titled_full_name(s, people, taken)
        ]
        by_first: dict[str, list[str]] = defaultdict(list)
        by_last: dict[str, list[str]] = defaultdict(list)
        for key in full_names:
            words = self.forms[key].words
            by_first[words[0]].append(key)
            by_last[words[-1]].append(key)
        titled_by_last: dict[str, list[str]] = defaultdict(list)
        for key, stats in people.items():
            if stats.titles and len(stats.words) == 1:
                titled_by_last[stats.words[0]].append(key)

        # "Wenlow" of "Little Wenlow", "Seagirt" of "Seagirt Marine Terminal".
        places_by_word: dict[str, set[str]] = defaultdict(set)
        for key, kind in self.accepted.items():
            words = self.forms[key].words
            if kind == EntityKind.PLACE and len(words) > 1:
                places_by_word[words[0]].add(key)
                places_by_word[words[-1]].add(key)
        parent: dict[str, str] = {}
        self._titled_links: dict[str, str] = {}
        self._as_place: set[str] = set()
        titled_first = sorted(self.accepted, key=lambda k: not self.forms[k].titles)
        for key in titled_first:
            kind = self.accepted[key]
            stats = self.forms[key]
            if kind == EntityKind.CHARACTER and (
                # "the vines of Vaudrey": a word of one place's name ("Château de Vaudrey")
                # that nothing says is someone is that place.
                not (stats.said or stats.person_verb or stats.kin or stats.titles)
                and stats.words[0] not in lists.first_names
                and stats.words[0] not in by_last and stats.words[0] not in by_first
                and self._place_of_word(stats, places_by_word)
            ):
                self._as_place.add(key)
                kind = EntityKind.PLACE
            if kind != EntityKind.CHARACTER:
                parent[key] = (self._place_of_word(stats, places_by_word)
                               or self._longer_place(stats) or key)
                continue
            words = stats.words
            if len(words) > 1:
                # "Mr John Knightley" belongs to "John Knightley"; "Mrs John Knightley" is
                # his wife.
                plain = " ".join(words)
                title_gender = wordlists().title_sex(stats.titles.most_common(1)[0][0]
                                                        if stats.titles else "")
                name_gender = lists.first_names.get(words[0], "-")
                if name_gender == "-" and {"m", "f"} <= {
                    lists.title_sex(title) for title in self._titles_of[plain]
                }:
                    # "Mister Royce Tillery" and "Mrs. Royce Tillery": a wife goes by her
                    # husband's name, never the other way round.
                    name_gender = "m"
                same = "-" in {title_gender, name_gender} or title_gender == name_gender
                if stats.titles:
                    parent[key] = plain if same and plain in self.accepted else key
                else:
                    parent[key] = (self._longer_given_name(key, by_last)
                                   or self._with_middle_name(key, by_last)
                                   or self._nickname_full_name(key, by_last)
                                   or self._longer_full_name(key, by_first)
                                   or self._surname_with_particle(key, by_last) or key)
            elif stats.titles:
                parent[key] = (self._titled_owner(stats, by_last, by_first, lists.first_names)
                               or key)
                self._titled_links[key] = parent[key]
            else:
                parent[key] = (self._title_nickname_owner(words[0], parent)
                               or self._bare_owner(words[0], by_first, by_last, titled_by_last)
                               or key)
        # "Hayashi Noriko" and "Noriko Hayashi": one person, family name first or last.
        for key in plain_full:
            words = self.forms[key].words
            turned = f"{words[1]} {words[0]}" if len(words) == 2 else ""
            if turned in people and not people[turned].titles and (
                people[turned].total, turned) > (people[key].total, key
            ) and parent.get(key, key) == key:
                parent[key] = turned
        for key in self.accepted:
            targets = self.forms[key].nickname_of
            if targets:
                target = targets.most_common(1)[0][0]
                if self.accepted.get(target) == EntityKind.CHARACTER and target != key and (
                    not self._names_another(key, target, by_first, by_last)
                ):
                    parent[key] = target
            elif self.forms[key].nickname_near:
                target = self._nickname_owner(key, parent)
                if target is not None and not self._names_another(key, target, by_first,
                                                                  by_last):
                    parent[key] = target
            elif self.forms[key].same_as:
                target = self.forms[key].same_as.most_common(1)[0][0]
                if self.accepted.get(target) == EntityKind.CHARACTER and (
                    self.accepted[key] == EntityKind.CHARACTER
                ):
                    parent[key] = target
        for alias, canonical in self.decisions.aliases.items():
            a = self._find_key(alias)
            c = self._find_key(canonical)
            if a and c:
                parent[a] = c

        def root(key: str) -> str:
            seen = set()
            while parent.get(key, key) != key and key not in seen:
                seen.add(key)
                key = parent[key]
            return key

        groups: dict[str, list[str]] = defaultdict(list)
        for key in self.accepted:
            groups[root(key)].append(key)
        for head, members in groups.items():
            kind = self.decisions.kinds.get(head) or self._group_kind(members)
            name = self._display_name(head, members)
            mentions = self._mentions(members)
            cluster = Cluster(name, kind, sorted(members), mentions,
                              [m for m in members if len(self.forms[m].words) > 1])
            self.clusters[name] = cluster
            for key in members:
                self.cluster_of[key] = name

    def _mentions(self, members: list[str]) -> list[Span]:
        parts = tuple(self.forms[key] for key in members)
        held = self._held.mentions.get(tuple(members))
        if held is not None and len(held[0]) == len(parts) and all(
            a is b for a, b in zip(held[0], parts, strict=True)
        ):
            mentions = held[1]
        else:
            mentions = sorted(
                (
                    span
                    for stats in parts
                    for share in (stats.shares or (stats,))
                    for span in self._share_spans(share)
                ),
                key=lambda s: (s.document, s.start),
            )
        self._fresh.mentions[tuple(members)] = (parts, mentions)
        return mentions

    def _share_spans(self, share: FormStats) -> list[Span]:
        """One document's mentions of a form, made once while its share is unchanged."""
        held = self._fresh.spans.get(id(share)) or self._held.spans.get(id(share))
        if held is not None and held[0] is share:
            spans = held[1]
        else:
            spans = [Span(doc, base + run.start, base + run.end, "")
                     for doc, base, run in share.runs]
        self._fresh.spans[id(share)] = (share, spans)
        return spans

    def _group_kind(self, members: list[str]) -> EntityKind:
        kinds = Counter()
        for key in members:
            kind = EntityKind.PLACE if key in self._as_place else self.accepted[key]
            kinds[kind] += self.forms[key].total
        if EntityKind.PLACE in kinds and EntityKind.CHARACTER in kinds:
            return EntityKind.CHARACTER
        return kinds.most_common(1)[0][0]

    def _find_key(self, name: str) -> str | None:
        if name in self.accepted:
            return name
        for key, stats in self.forms.items():
            if key in self.accepted and " ".join(stats.words) == name:
                return key
        return None

    def _nickname_owner(self, key: str, parent: dict[str, str]) -> str | None:
        """Whom "called him Brother Man" at a paragraph's head names: the one character of
        the pronoun's sex among the names said just before."""
        owners, unsexed = set(), set()
        for pronoun, near in self.forms[key].nickname_near:
            if near == key or self.accepted.get(near) != EntityKind.CHARACTER:
                continue
            sex = self.forms[near].sex
            if sex == {"him": "m", "her": "f"}[pronoun]:
                owners.add(parent.get(near, near))
            elif sex == "-":
                unsexed.add(parent.get(near, near))
        if not owners and len(unsexed) == 1:
            # "Reb Shmuel came in at six. … to his customers he was Sam": the one character
            # said before, whose sex the name does not tell.
            return unsexed.pop()
        return owners.pop() if len(owners) == 1 else None

    def _names_another(self, key: str, target: str, by_first: dict[str, list[str]],
                       by_last: dict[str, list[str]]) -> bool:
        """Whether a titled form said to be what someone is called ("I called her Chị Linh")
        has the given name of full names that are not the one it was tied to: it is theirs,
        and the pronoun was read wrong."""
        stats = self.forms[key]
        if not stats.titles or len(stats.words) != 1:
            return False
        word = stats.words[0]
        holders = by_first.get(word, []) + by_last.get(word, [])
        return bool(holders) and word not in self.forms[target].words and target not in holders

    def _title_nickname_owner(self, word: str, parent: dict[str, str]) -> str | None:
        """'Doc' -> the one doctor of the story ("Dr. Varga"), 'Sarge' -> the one sergeant,
        'Opa' -> the one grandfather written "Opa Remi" (a family word that is a title too).
        Titled forms are clustered first, so `parent` already says whose each one is."""
        lists = wordlists()
        titles = TITLE_NICKNAMES.get(word) or (
            {word} if word in lists.family_words and word in lists.honorifics else None)
        if not titles:
            return None
        owners = {parent.get(key, key) for key, stats in self.forms.items()
                  if stats.titles and stats.titles.most_common(1)[0][0] in titles
                  and self.accepted.get(key) == EntityKind.CHARACTER}
        return owners.pop() if len(owners) == 1 else None

    def title_holder(self, title: str) -> str | None:
        """The one character written with this title ("the Commander"), if only one is."""
        title = _normal_title(title)
        holders = {self.cluster_of[key] for key, stats in self.forms.items()
                   if key in self.cluster_of and title in stats.titles}
        return holders.pop() if len(holders) == 1 else None

    @staticmethod
    def _place_of_word(stats: FormStats, places_by_word: dict[str, set[str]]) -> str | None:
        """A place named by one word of one longer place's name ("Wenlow" of "Little Wenlow",
        "the Tower" of "the Tower of Ash") is that place — unless the word is a well-known
        place of its own (York beside New York)."""
        if len(stats.words) != 1 or stats.words[0] in wordlists().places:
            return None
        owners = places_by_word.get(stats.words[0], set())
        return next(iter(owners)) if len(owners) == 1 else None

    def _one_longer(self, words: tuple[str, ...], keys: Iterable[str],
                    at_end: bool = False) -> str | None:
        """The one form among `keys` whose words begin with `words` (or end with them), and
        are more."""
        longer = {key for key in keys if len(self.forms[key].words) > len(words) and (
            self.forms[key].words[-len(words):] if at_end
            else self.forms[key].words[: len(words)]) == words}
        return longer.pop() if len(longer) == 1 else None

    def _longer_place(self, stats: FormStats) -> str | None:
        """'Santa Rita' -> 'Santa Rita de las Sales': the one longer place it begins."""
        if len(stats.words) < 2 or " ".join(stats.words) in wordlists().places:
            return None
        return self._one_longer(stats.words, (key for key, kind in self.accepted.items()
                                              if kind == EntityKind.PLACE))

    def _surname_with_particle(self, key: str, by_last: dict[str, list[str]]) -> str | None:
        """'Ó Súilleabháin' -> 'Sergeant Ciarán Ó Súilleabháin': a surname that opens with a
        particle is the one full name it ends."""
        words = self.forms[key].words
        if words[0] not in SURNAME_PARTICLES:
            return None
        return self._one_longer(words, by_last.get(words[-1], []), at_end=True)

    def _longer_full_name(self, key: str, by_first: dict[str, list[str]]) -> str | None:
        """'José Tomás' -> 'José Tomás Delgado Ibáñez': the one longer full name it begins —
        not 'Walter Quayle Junior', the son named after the Walter Quayle it begins."""
        words = self.forms[key].words
        longer = self._one_longer(words, by_first.get(words[0], []))
        if longer is not None and self.forms[longer].words[len(words)] in GENERATIONS:
            return None
        return longer

    def _longer_given_name(self, key: str, by_last: dict[str, list[str]]) -> str | None:
        """'Curt Mahler' -> 'Curtis Mahler': the one other full name of that surname whose
        given name the shorter one begins (a short form: Curt, Tom, Kate)."""
        words = self.forms[key].words
        given = words[0]
        if len(given) < 3:
            return None
        longer = [
            other for other in by_last.get(words[-1], [])
            if self.forms[other].words[1:] == words[1:]
            and len(self.forms[other].words[0]) > len(given)
            and self.forms[other].words[0].startswith(given)
        ]
        return longer[0] if len(longer) == 1 else None

    def _with_middle_name(self, key: str, by_last: dict[str, list[str]]) -> str | None:
        """'Candlewright Quarle' -> 'Candlewright Osbet Quarle', 'Wesley Tolliver' -> 'Wesley
        Ray Tolliver': the one longer full name with the same first and last words."""
        words = self.forms[key].words
        if len(words) != 2:
            return None
        longer = [other for other in by_last.get(words[-1], [])
                  if len(self.forms[other].words) == 3 and self.forms[other].words[0] == words[0]]
        return longer[0] if len(longer) == 1 else None

    def _nickname_full_name(self, key: str, by_last: dict[str, list[str]]) -> str | None:
        """'Shorty Mabry' -> 'Walter Mabry': a nickname the story gives someone ("everybody
        called him Shorty", "Cotton was all the name he had needed") before a surname is the
        one other full name of that surname."""
        words = self.forms[key].words
        nickname = self.forms.get(words[0])
        first_names = wordlists().first_names
        if len(words) != 2 or nickname is None or words[0] in EPITHETS or (
            words[0] in first_names or words[1] in first_names
        ) or not (nickname.nickname_of or nickname.nickname_near or nickname.same_as):
            return None  # "Little Jim", "Anne Ansell": no nickname before a surname
        others = [other for other in by_last.get(words[-1], []) if other != key
                  and len(self.forms[other].words) == 2]
        if len(others) != 1:
            return None
        # "They called him Royce": not the woman of that surname.
        said = {{"him": "m", "her": "f"}[pronoun] for pronoun, _near in nickname.nickname_near}
        sex = self.forms[others[0]].sex
        return None if sex != "-" and said and sex not in said else others[0]

    def _titled_full_name(
        self, stats: FormStats, people: dict[str, FormStats], taken: dict[str, int]
    ) -> bool:
        """Whether a titled full name ("Colonel Bertram Hale") stands for its person's full
        name: the manuscript never writes the name without the title, the title fits the
        given name (so "Mrs John Dashwood" is not John), and no other full name written more
        often has that given name ("Miss Jane Bates", a maiden name, beside Jane Fairfax)."""
        if " ".join(stats.words) in people or taken.get(stats.words[0], 0) > stats.total:
            return False
        title = wordlists().title_sex(stats.titles.most_common(1)[0][0])
        given = wordlists().first_names.get(stats.words[0], "-")
        return "-" in {title, given} or title == given

    def _titled_owner(
        self,
        stats: FormStats,
        by_last: dict[str, list[str]],
        by_first: dict[str, list[str]],
        first_names: dict[str, str],
    ) -> str | None:
        """'Miss Woodhouse' -> the one full name with that surname and a matching gender;
        'Uncle Bertram' -> the one full name with that given name."""
        lists = wordlists()
        title = stats.titles.most_common(1)[0][0]
        gender = lists.title_sex(title)
        owners = by_last.get(stats.words[0], [])
        kin = title.lower() in lists.kinship
        given = not owners
        if given:
            # Kin, and titles such as Don, Doña, Padre, Sister, go before given names.
            owners = by_first.get(stats.words[0], [])
        candidates = [
            key for key in owners
            if (gender == "-"
                or first_names.get(self.forms[key].words[0], "-") in {gender, "-"}
                or self._titled_gender(key) == gender)
            # "Miss Jane Bates" is not the "Mrs. Bates" of the book: a full name written with
            # a title gathers only that title.
            and (kin or not self.forms[key].titles or title in self.forms[key].titles)
            # Nor is "Frau Großmann" the woman written "Fräulein Käthe Großmann" elsewhere.
            and not self._titles_of.get(" ".join(self.forms[key].words), set()) & (
                UNMARRIED_TITLES if title in MARRIED_TITLES
                else MARRIED_TITLES if title in UNMARRIED_TITLES else set())
        ]
        if given:
            # "Lidiia Andriivna" is the head of "Lidiia Andriivna Moroz": one woman, whom
            # "Pani Lidiia" may be.
            words_of = {key: self.forms[key].words for key in candidates}
            candidates = [key for key in candidates if not any(
                len(other) > len(words_of[key]) and other[: len(words_of[key])] == words_of[key]
                for other in words_of.values())]
        # "Lem Drabb" and "Lemuel Drabb" are one man's names: his short given name is
        # not another candidate.
        names_of: dict[str, list[str]] = {}
        for key in candidates:
            longer = None if given else (self._longer_given_name(key, by_last)
                                         or self._nickname_full_name(key, by_last))
            names_of.setdefault(longer or key, []).append(key)
        candidates = list(names_of)
        # "Commander Strand" of "Commander Tobiah Strand", not of his brother Corin Strand.
        same_title = [key for key in candidates if self.forms[key].titles
                      and self.forms[key].titles.most_common(1)[0][0] == title]
        if len(same_title) == 1:
            return same_title[0]  # "Colonel Hale" of "Colonel Bertram Hale": one title, one man
        if len(candidates) != 1:
            return None
        full = candidates[0]
        if given:
            # A given name is one person's, where a surname is a family's — unless one
            # sentence names both ("Doña María Ochoa, not to be confused with Tía María").
            return None if self._said_together(stats.form, full) else full
        # A person named far less often by name than the titled form is someone else: the
        # baby "Anna Weston" is not the "Mrs. Weston" of every chapter. "Mr. Ferris", five
        # times, is the "Harold Ferris" named once, but where the book writes "Mr. John
        # Knightley" to tell him apart, the "Mr. Knightley" used more often is his brother.
        first = self.forms[full].words[0]
        owned = sum(self._named(key) for key in {full, *names_of[full]})
        told_apart = f"{title} {full}" in self.forms
        # The looser share needs the title and the given name to agree on a sex ("Mr." and
        # Harold): "Captain Weston" is not the baby Anna Weston.
        agree = (gender != "-" and first_names.get(first) == gender) or (
            # a rank, with a given name that is no woman's: "Hauptmann Strehle" of Egon
            # Strehle, but not "Captain Weston" of the baby Anna Weston
            gender == "-" and title not in FAMILY_TITLES
            and first_names.get(first, "-") in ("m", "-"))
        # Where a Mr. and a Mrs. of the name are a couple, another of the name is their child.
        spouse = {"m": "Mrs", "f": "Mr"}.get(gender, "")
        couple = bool(spouse) and f"{spouse} {stats.words[0]}" in self.forms
        if owned * (TITLED_SHARE if agree and not (told_apart or couple) else 1) < stats.total:
            return None
        return full

    def _said_together(self, a: str, b: str) -> bool:
        """Whether some sentence names both forms."""
        def sentences(key: str) -> set[tuple[str, int, int]]:
            return {(document, base, run.sentence) for document, base, run in self.forms[key].runs}

        return not sentences(a).isdisjoint(sentences(b))

    def _named(self, full: str) -> int:
        """How often a full name is said, alone or by its given name."""
        words = self.forms[full].words
        first = words[-1] if family_name_first(words) else words[0]
        return self.forms[full].total + (self.forms[first].total if first in self.forms else 0)

    def _titled_gender(self, full: str) -> str:
        return self._titled_genders.get(full, "-")

    @cached_property
    def _titles_of(self) -> dict[str, set[str]]:
        """Full name -> every title it is written with."""
        titles: dict[str, set[str]] = defaultdict(set)
        for stats in self.forms.values():
            if stats.titles and len(stats.words) > 1:
                titles[" ".join(stats.words)].update(stats.titles)
        return titles

    @cached_property
    def _titled_genders(self) -> dict[str, str]:
        """Full name -> the gender of the title it is written with ("Mrs John Knightley")."""
        lists = wordlists()
        genders: dict[str, str] = {}
        for stats in self.forms.values():
            if stats.titles:
                genders.setdefault(" ".join(stats.words),
                                   lists.title_sex(stats.titles.most_common(1)[0][0]))
        return genders

    def _bare_owner(
        self,
        word: str,
        by_first: dict[str, list[str]],
        by_last: dict[str, list[str]],
        titled_by_last: dict[str, list[str]],
    ) -> str | None:
        titled = titled_by_last.get(word, [])
        # "Curt Mahler" and "Curtis Mahler" are one man.
        lasts = list(dict.fromkeys(self._longer_given_name(k, by_last) or k
                                   for k in by_last.get(word, [])))
        firsts = by_first.get(word, [])
        first_names = wordlists().first_names
        # "Weston" is a given name too, but not in a book of Mr. and Mrs. Weston.
        titled_more = sum(self.forms[k].total for k in titled) > sum(
            self.forms[k].total for k in firsts)
        given = bool(firsts) and (word in first_names or not lasts) and not titled_more
        if (titled or lasts) and not given:
            # A bare surname: the one full name with it, else the "Mr" of that name (narration
            # calls men by their surnames), else the one titled person with it.
            if len(lasts) == 1 and not titled:
                return lasts[0]
            men = [k for k in titled if self.forms[k].titles.most_common(1)[0][0] == "Mr"]
            if len(men) == 1:
                return self._owner_of_titled(men[0])
            genders = [first_names.get(self.forms[k].words[0], "-") for k in lasts]
            if not titled and genders.count("m") == 1 and genders.count("f") == len(lasts) - 1:
                return lasts[genders.index("m")]  # the same, of a man and his wife or sister
            if len(lasts) == 1:
                return lasts[0]
            if len(titled) == 1:
                return self._owner_of_titled(titled[0])
            return None
        if len(firsts) == 1:
            return firsts[0]
        if len(firsts) > 1:
            ranked = sorted(firsts, key=lambda k: -self.forms[k].total)
            if self.forms[ranked[0]].total >= 3 * self.forms[ranked[1]].total:
                return ranked[0]
        if not firsts and not lasts and not titled and len(word) >= 3:
            # A short form of one full name's given name: "Mack" of "Mackenzie Delorme".
            longer = {k for given, keys in by_first.items()
                      if len(given) > len(word) and given.startswith(word) for k in keys}
            if len(longer) == 1:
                return longer.pop()
        return None

    def _owner_of_titled(self, key: str) -> str:
        return self._titled_links.get(key, key)

    def _display_name(self, head: str, members: list[str]) -> str:
        if head in self.decisions.aliases.values():
            return self.written_form(head)
        full = [m for m in members if len(self.forms[m].words) > 1 and not self.forms[m].titles]
        if full:
            return max(full, key=lambda m: (self.forms[m].total, m))
        titled = [m for m in members if self.forms[m].titles]
        if titled:
            best = max(titled, key=lambda m: (self.forms[m].total, m))
            return self.written_title(best)
        return max(members, key=lambda m: (self.forms[m].total, m))

    def written_form(self, key: str) -> str:
        """A form as the manuscript writes it ("Mr. Weston" for the key "Mr Weston")."""
        if self.forms[key].titles:
            return self.written_title(key)
        return key

    def written_title(self, key: str) -> str:
        """The titled form as the manuscript writes it most often ("Mr. Weston")."""
        stats = self.forms[key]
        held = self._fresh.titles.get(key) or self._held.titles.get(key)
        if held is not None and held[0] is stats:
            written_form = held[1]
        else:
            written_form = self._written_title(stats)
        self._fresh.titles[key] = (stats, written_form)
        return written_form

    def _written_title(self, stats: FormStats) -> str:
        written: Counter[str] = Counter()
        for _doc, _base, run in stats.runs:
            title = run.title.split()[-1]
            written[title] += 1
        title = written.most_common(1)[0][0]
        if title.startswith("-"):
            return f"{' '.join(stats.words)}{title}"  # "Kuroda-sensei"
        if stats.runs and stats.runs[0][2].title_after:
            return f"{' '.join(stats.words)} {title}"  # "Vasant Kaka"
        abbreviated = title in ABBREVIATED_TITLES
        dotted = any(self._has_dot(run) for _d, _b, run in stats.runs[:20])
        return f"{title}{'.' if abbreviated and dotted else ''} {' '.join(stats.words)}"

    @staticmethod
    def _has_dot(run: NameRun) -> bool:
        return run.word_starts[0] - run.start > len(run.title) + 1

    def name_words(self) -> Counter[str]:
        """How often each word of an accepted name appears inside name runs."""
        words: Counter[str] = Counter()
        for key in self.accepted:
            stats = self.forms[key]
            for word in stats.words:
                if word not in CONNECTORS:
                    words[word] += stats.total
        return words
