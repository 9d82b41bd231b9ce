"""Name forms and the evidence for each: every name run of the manuscript counted into a form.

Every capitalised run (from `names`) becomes a *form* ("Sofie Laurent", "Mr Weston", "Rue Cler")
with counts of the evidence around it: titles, a person's initials, dialogue attribution, verbs
people do, place prepositions, place words, the saint a feast is of, nicknames the text gives
("called him Bubba", "Peppi Falzone, whom all Montedoro called u Siccu") and names given at
birth ("whose mother had named him Cuthbert Mayers"), two names one pronoun is said to be ("gave
her name as Nora Vail and said that on the bills she is Lark Dell"), owned in speech ('"My name
is Sefo Leavasa," Tama said') or said in a clause ("Donald, who is Dòmhnall Ruadh, the fox"),
and the words the manuscript writes in lower case or capitalises in mid-sentence. Whether a
leading word is trimmed ("Poor Harriet") hangs on those counts. A paragraph's records are kept
with its parse and a document's forms by its text, so an edit recounts only what it touched.
Which forms are names, and whose, is `entities`' business.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from app.core.names import (
    CALENDAR_GIVEN_NAMES,
    COMPASS,
    CONNECTORS,
    EPITHETS,
    GENERATIONS,
    NameRun,
    everyday_word,
    family_name_first,
    kunya,
    kunya_sex,
    opens_place_name,
    title_after_name,
)
from app.core.parsing import ParsedParagraph, PlacedParagraph
from app.core.text import (
    MONTHS,
    SHORT_MONTHS,
)
from app.core.text import WEEKDAYS as DAYS
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


# Verbs after which "to" names an owner or an addressee: "the farm belonged to Gitau Kamau",
# "a letter addressed to Ilse Brandt" — someone, not somewhere one goes.
OWNED_BY_VERBS = frozenset(["belonged", "belongs", "belong", "belonging", "addressed"])


# Verbs whose object is a person: "Tell Funmi she is welcome", "thanked Harriet".
TELL_VERBS = frozenset(
    ["tell", "told", "tells", "ask", "asks", "thank", "thanked", "thanks", "kiss", "kissed",
     "hug", "hugged", "marry", "introduce", "remind", "reminded", "warn", "warned", "forgive",
     "forgave", "promised", "persuade", "persuaded", "congratulate", "congratulated"]
)


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


PLACE_PREPOSITIONS = frozenset(
    [
        "in", "at", "into", "near", "through", "across", "along", "around", "outside", "inside",
        "beyond", "via", "within", "off", "below", "above", "beneath"
    ]
)


# Prepositions after which a name is the object, so the verb after it is another's.
_VERB_NOT_ITS = PLACE_PREPOSITIONS | {"of", "on", "from", "toward", "towards", "past"}

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


# Buildings and plots, which stand "on" a street, a hill or a river: "the house on Floriańska",
# "the church on Cerro Alegre" (where "on" after other words is said of people: "called on
# Harriet", "the door on Tom").
BUILDINGS = frozenset(
    [
        "house", "houses", "home", "cottage", "flat", "flats", "apartment", "tenement", "villa",
        "mansion", "shop", "shops", "store", "stall", "kiosk", "bakery", "church", "chapel",
        "school", "office", "hotel", "café", "cafe", "bar", "pub", "restaurant", "building",
        "buildings", "gate", "farm", "camp", "plot", "land", "estate"
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
    feast: int = 0
    """Times written after "feast of" ("the Feast of Saint John", "Saints Peter and Paul"):
    a day kept, named for its saint, not someone who acts or somewhere."""
    named_for: int = 0
    """Times the clause after it says its bearer was named for a relative ("my daughter
    Yeshi, who is seven and named for her great-grandmother"): another's name passed on."""
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
        """The sex ("m", "f", or "-" when neither) a form's titles tell ("Mrs."), or the
        parent a kunya names ("Abu Fouad"), else its given name ("Harriet") or the family
        word it is ("Mutti")."""
        lists = wordlists()
        for title in self.titles:
            sex = lists.title_sex(title)
            if sex != "-":
                return sex
        words = self.words
        parent = kunya_sex(words)
        if parent is not None:
            return parent
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


def _form_key(run: NameRun) -> str:
    title = normal_title(run.title)
    return f"{title} {run.form}" if title else run.form


def normal_title(title: str) -> str:
    if not title:
        return ""
    if " " in title and title in wordlists().honorifics:
        return title  # a title of two words, Khmer "Lok Sang", is one title
    last = title.split()[-1]
    # A title after the name is one whether written as listed or in lower case ("ata").
    last = title_after_name(last) or last
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
        self.pairs: Counter[str] = Counter()
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
                             (self.capital, parsed.capital_words),
                             (self.pairs, parsed.capital_pairs)):
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
    an everyday word at a sentence's head was judged by `_everyday_trimmed`, and then the
    run's first two words in place of the lower-case first word."""

    def still_holds(
        self, placed: list[PlacedParagraph], lower: Counter[str], capital: Counter[str],
        pairs: Counter[str],
    ) -> bool:
        if placed is not self.placed and (len(placed) != len(self.placed) or any(
            a is not b for a, b in zip(placed, self.placed, strict=True)
        )):
            return False
        return all(
            (_everyday_trimmed(first, low, lower, capital, pairs) if initial is None
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
    return lower[low] > 0 and not named_by_choice(first, lower, capital)


def named_by_choice(word: str, lower: Counter[str], capital: Counter[str]) -> bool:
    """Whether the book capitalises a word in mid-sentence at least twice, and at least twice
    as often as it writes it in lower case: a name that is a word too, in the language it was
    borrowed from ("paj ntaub" once, "Auntie Paj" eight times)."""
    return capital[word] >= max(_CAPITALISED_BY_CHOICE, 2 * lower[word.lower()])


def _everyday_trimmed(
    first: str, pair: str, lower: Counter[str], capital: Counter[str], pairs: Counter[str]
) -> bool:
    """Whether an everyday word opening a sentence before one name is trimmed ("Poor
    Harriet"): yes, unless it is an epithet the book capitalises in mid-sentence again and
    again, as part of what someone is called ("Big Mike sat at the head of the table"), or a
    nickname: a word the book capitalises so, never writes in lower case and writes before
    the same name inside a sentence too ("Red Dolan knocked the ice off his boots" beside
    "That was Red Dolan" and "with Red's pencil") — not a family word, which goes before
    the names of many ("Pa Nok").
    `pair` is the run's first two words, `pairs` those of the book's runs inside sentences."""
    if capital[first] < _CAPITALISED_BY_CHOICE:
        return True
    if first in EPITHETS:
        return False
    return lower[first.lower()] > 0 or pairs[pair] == 0 or first in wordlists().family_words


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
        if share is None or not share.still_holds(placed, lower, capital, counts.pairs):
            share = _document_forms(placed, lower, capital, counts.pairs)
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
        total.feast += part.feast
        total.named_for += part.named_for
        if part.nickname_of:
            total.nickname_of.update(part.nickname_of)
        if part.nickname_near:
            total.nickname_near.update(part.nickname_near)
        if part.same_as:
            total.same_as.update(part.same_as)
        total.runs.extend(part.runs)
    return total


def _document_forms(
    placed_paragraphs: list[PlacedParagraph], lower: Counter[str], capital: Counter[str],
    pairs: Counter[str],
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
        plain: tuple[NameRun, str, FormStats] | None = None  # the last not possessive
        opener: tuple[NameRun, str, FormStats] | None = None
        # The paragraph's runs counted so far, by where each ends.
        said_in_paragraph: dict[int, tuple[NameRun, str, FormStats]] = {}
        paragraph_start = len(recent)
        # The last run if it was a one-word nickname given to "him" or "her", with its stats.
        nicknamed: tuple[NameRun, FormStats] | None = None
        # The last run said to be who "he" or "she" is, with its key, stats and that sex.
        pronoun_named: tuple[NameRun, str, FormStats, str, bool] | None = None
        # Where the name owned by a possessive nickname cue must start ("called Eli's Sam"),
        # with the name before the cue, which that owned name is given to.
        owned: tuple[int, tuple[NameRun, str, FormStats] | None, NameRun] | None = None
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
                pair = f"{first} {run.words[1]}"
                trimmed = _everyday_trimmed(first, pair, lower, capital, pairs)
                decided.append((None, pair, first, trimmed))
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
            # "Everyone called her la Tati": the nickname keeps its language's article.
            article_cue = not cue and _called_with_article(placed.parsed.text, final)
            cue = cue or article_cue or _called_after_name(placed.parsed.text, previous, run)
            if cue and (run.next, run.next2) in _MISTAKEN:
                # "sometimes called her Mina by mistake": a name said in error is another's.
                cue = False
            # The run the cue is said before: this one, or the owner before a name owned.
            cued = run
            if owned is not None and owned[0] == run.start:
                # "…Samuel Fisher, called Eli's Sam": the name owned is the nickname.
                cue, previous, cued = True, owned[1], owned[2]
            owned = None
            if cue and run.possessive and (
                    owner_of := _OWNER_OF_NAME.match(placed.parsed.text, final.end)):
                # A name of the form "X's Y" (Pennsylvania Dutch "Eli's Sam", Sam son of
                # Eli; "Amos's Rachel") is Y's: X only says whose Y is meant.
                owned, cue = (owner_of.end(), previous, run), False
            stats = forms.get(key)
            if stats is None:
                stats = forms[key] = FormStats(key, words)
            stats.total += 1
            stats.runs.append((document, base, final))
            if len(words) == 1 and _NAMED_FOR.match(placed.parsed.text, final.end):
                stats.named_for += 1
            prev_run, prev_key, prev_stats = previous or (None, "", None)
            if cue and prev_run is not None and prev_run.possessive and (
                    plain is not None and plain[0].sentence == run.sentence):
                # "She was Jeannie McPhee, Bella's cousin, … called Singing Jeannie": not the
                # one whose cousin she is, but the name the sentence said before it.
                prev_run, prev_key, prev_stats = plain
            elif cue and prev_run is not None and prev_run.possessive and not prev_run.initial \
                    and cued.prev in ("him", "her"):
                # "Bizunesh came up… and slept in Meskerem's room. Everyone called her Bizu":
                # a name said owning something inside a sentence is not whom "her" stands
                # for; the paragraph's names before are weighed instead.
                prev_run, prev_key, prev_stats = None, "", None
            if cue and prev_run is not None and prev_run.possessive and (
                    prev_run.next in wordlists().kinship or prev_run.next in _YOUNG_ONES):
                # "The grandson was Sulo's boy, and he was called Tomo": the one called is
                # the kin the name owns, never the name's owner.
                prev_run, prev_key, prev_stats = None, "", None
            if cue and run.initial and run.prev2 in _CALLING and (
                    run.prev not in _OBJECT_PRONOUNS) and (
                    prev_run is None or prev_run.words[-1].lower() != run.prev):
                # 'allowed to call Mama "Hyacinth"': whom it calls so is the word before,
                # no name said earlier (here "Mama", which names no one by itself).
                cue = False
            if (cue and prev_run is not None and prev_run.prev in _ONLY_COMPARED
                    and opener is not None and opener[0].sentence == run.sentence
                    and opener[0] is not prev_run):
                # "Rafael was sixteen, a year older than Nando, and the block called him
                # Papo": the nickname is the sentence's subject's, not the one compared.
                prev_run, prev_key, prev_stats = opener
            owner = _whom_called(placed.parsed.text, run, said_in_paragraph)
            if owner is not None:
                # "Peppi Falzone, whom all Montedoro called u Siccu": his, whoever calls.
                prev_run, prev_key, prev_stats = owner
            # "Brendan called him Uncle Tommy": the name before "called him" is who calls —
            # never the name called ('"Is that Dada?" … because he calls him Dada too': the
            # "he" calls, and the name is said again after itself).
            caller = prev_key if prev_run is not None and cue and prev_key != key and (
                _calls_him(placed.parsed.text, prev_run, cued)
                or _among_callers(placed.parsed.text, prev_run, cued)
            ) else ""
            # "called him Bubba", "knew him as Hems": the pronoun tells whose it is.
            pronoun = cued.prev if cued.prev in ("him", "her") else (
                cued.prev2 if (cued.prev == "as" or article_cue) and cued.prev2 in ("him", "her")
                else "")
            # "Wendell was Lottie's half-brother. They called him Bubba": not hers.
            other_sex = prev_stats is not None and pronoun != "" and (
                prev_stats.sex not in ("-", {"him": "m", "her": "f"}[pronoun]))
            if prev_key and (cue or owner is not None) and not caller and not other_sex:
                stats.nickname_of[prev_key] += 1
                if pronoun:
                    stats.nickname_near[(pronoun, prev_key)] += 1  # the sex it tells
                if pronoun and prev_stats is not None and prev_stats.sex == "-":
                    # "Winifred Oakes has run Kestrel Ward… The rest of us call her Winnie":
                    # a name whose sex nothing tells may be no one's, so the paragraph's
                    # names before it are weighed too, should it prove a place.
                    stats.nickname_near.update((pronoun, near) for near in recent[
                        paragraph_start:] if near not in (caller, prev_key))
            elif cue and pronoun:
                # The names the paragraph said before; at its head, the last ones said.
                since = paragraph_start if paragraph_start < len(recent) else 0
                stats.nickname_near.update((pronoun, near) for near in recent[
                    max(since, len(recent) - _NEAR):] if near != caller)
            single = len(words) == 1
            if single and nicknamed is not None and _was_the_name(
                    placed.parsed.text, nicknamed[0], run):
                # "Everyone called her la Tati. Rosario was the name the priest used": the
                # nickname and the name are one person's.
                nicknamed[1].nickname_of[key] += 1
            nicknamed = (run, stats) if cue and single and pronoun else None
            named_sex, as_name = _pronoun_named(placed.parsed.text, final)
            if not named_sex:
                # "Her father was Joseph on his payslips": the kin word tells the sex.
                named_sex = _kin_named(placed.parsed.text, final)
            if named_sex and pronoun_named is not None:
                _two_names_of_one(pronoun_named, (final, key, stats, named_sex, as_name))
            if named_sex:
                pronoun_named = (final, key, stats, named_sex, as_name)
            if prev_stats is not None and len(prev_stats.words) == 1 and ((not single and (
                _said_to_be(prev_run, run)
                or _named_as(placed.parsed.text, prev_run, prev_stats, run)
                or _given_at_birth(placed.parsed.text, prev_run, prev_stats, run)
                or _who_is(placed.parsed.text, prev_run, run)
            )) or (single and _real_name_given(placed.parsed.text, prev_run, prev_stats, run))):
                prev_stats.same_as[key] += 1
            elif prev_stats is not None and len(prev_stats.words) > 1 and single and (
                _went_by(prev_run, run)
                or _the_name_of(placed.parsed.text, prev_run, prev_stats, run)
                or _says_own_name(placed.parsed.text, prev_run, run)
                or _he_was_called(placed.parsed.text, prev_run, prev_stats, run)
                or _to_everyone_else(placed.parsed.text, prev_run, run)
            ):
                stats.same_as[prev_key] += 1
            elif single and (went := _went_by_pronoun(placed.parsed.text, run)):
                # "…but to everyone else she had been Pinka since before she could walk":
                # one of the names the paragraph said before.
                stats.nickname_near.update((went, near) for near in recent[
                    max(paragraph_start, len(recent) - _NEAR):])
            previous = (run, key, stats)
            if not run.possessive:
                plain = previous
            said_in_paragraph[run.end] = previous
            if run.initial and not run.possessive:
                opener = previous
            recent.append(key)
            if title is not None:
                stats.titles[title] += 1
            if evidence is not None:
                (noninitial, said, person_verb, kin, place_prep, place_weak, place_the,
                 article, initialled, feast) = evidence
                stats.noninitial += noninitial
                stats.said += said
                stats.person_verb += person_verb
                stats.kin += kin
                stats.place_prep += place_prep
                stats.place_weak += place_weak
                stats.place_the += place_the
                stats.article += article
                stats.initialled += initialled
                stats.feast += feast
    return _DocumentForms(placed_paragraphs, forms, decided)


# "Yeshi, who is seven and named for her great-grandmother", "Ruth, named after her aunt": the
# clause after a name (no other name, no sentence's end between) says a relative's name was
# passed on to its bearer.
_NAMED_FOR = re.compile(r"[^A-Z.!?;:\"“”]{0,60}?\b(?:named|christened|baptised|baptized)\s+"
                        r"(?:for|after)\s+(?:his|her|their|my|our|your)\s+[a-z]")


# "His name is Jody Renfrew": the full name of the one the pronoun means.
_NAME_IS = re.compile(r"\b(his|her)\s+(?:real\s+|full\s+|given\s+|Christian\s+)?name\s+"
                      r"(?:is|was)\s+$", re.IGNORECASE)


# The words that say a name is one's own besides another it goes by: "real", "Christian".
_OWN_NAME_WORDS = r"(?:real|true|proper|given|Christian|baptismal|legal)"
# "Her real name was Eleni": the name a pronoun's person has besides the one used.
_REAL_NAME_IS = re.compile(rf"(?:^|[.!?][\"”’]?\s+)(His|Her)\s+{_OWN_NAME_WORDS}\s+name\s+"
                           r"(?:is|was)\s+$")


def _real_name_given(text: str, name: NameRun, stats: FormStats, real: NameRun) -> bool:
    """Whether the sentence right after a one-word name opens by giving, with a pronoun, the
    real name the one it means has besides it ("…the top of Lenio's head. Her real name was
    Eleni."): a one-word name of that person's, the name's sex, where known, the
    pronoun's. The word "real" (or "true", "given") is what says the name before was not
    it: "Her name was Eleni" may name someone new."""
    if real.sentence != name.sentence + 1 or real.possessive or real.words == name.words or (
        # "Mrs. Dudek… Her Christian name is Bronisława": her given name, not another she
        # goes by; "She was a big Yorkshirewoman": a kind, no name.
        stats.titles or "a" in (name.prev, name.prev2) or "an" in (name.prev, name.prev2)
    ):
        return False
    found = _REAL_NAME_IS.search(text, max(0, real.start - 40), real.start)
    return found is not None and stats.sex in ("-", _PRONOUN_SEX[found.group(1).lower()])


# "Didus was seventy-six and dug the garden. He was Mykola Bondar, and…": a sentence that
# opens by saying who the one just told of is.
_HE_WAS = re.compile(r"(?:^|[.!?][\"”’]?\s+)(He|She)\s+(?:is|was)\s+$")


_PRONOUN_SEX = {"his": "m", "he": "m", "her": "f", "she": "f"}


# A sentence opening on a noun for someone: "The girl is sixteen and her name is…".
_NOUN_SUBJECT = re.compile(r"(?:The|A|An|This|That)\s+[a-z]")
# Where a sentence begins: after its full stop, and a closing quote, and the space.
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")


def _clause_before(text: str, end: int) -> str:
    """The words of the sentence that `end` lies in, before `end`."""
    start = max(0, end - 200)
    for found in _SENTENCE_END.finditer(text, start, end):
        start = found.end()
    return text[start:end]


def _named_as(text: str, name: NameRun, stats: FormStats, full: NameRun) -> bool:
    """Whether the sentence after a one-word name gives its full name by a pronoun ("The
    whole town calls him the Kid. His name is Jody Renfrew."), the name's sex, where known,
    the pronoun's; or opens on "He was" and the full name alone, ending its clause, after a
    sentence that the one-word name, telling the pronoun's sex, opens ("Didus was seventy-six.
    He was Mykola Bondar, and…"). Not where the sentence opens on a noun for someone ("Lhamo
    has brought her daughter. The girl is sixteen and her name is…"): the name is theirs."""
    if full.sentence != name.sentence + 1 or full.possessive or name.possessive:
        # "The man with him… held Ah Kung's elbow. His name was Isaac Barrett": the one a
        # possessive name owns something of is not the one then named.
        return False
    window = max(0, full.start - 40)
    found = _NAME_IS.search(text, window, full.start)
    if found is not None:
        return stats.sex in ("-", _PRONOUN_SEX[found.group(1).lower()]) and not (
            _NOUN_SUBJECT.match(_clause_before(text, found.start())))
    # With no "name" said, a "he" may go on about another: a name of unknown sex is not
    # enough ("Kerra sat with the boy. He was Tom Reed.").
    found = _HE_WAS.search(text, window, full.start) if name.initial and not (
        full.next_spaced) else None
    return found is not None and stats.sex == _PRONOUN_SEX[found.group(1).lower()]


# "her name as Nora", "he was Abu Samir, after his son", "on the bills she is Lark Dell": a name
# said to be who a pronoun is, by "is" or "was" (one capitalised word may come between, an
# everyday word trimmed off the run: "she is Plover Dell" of a run "Dell").
_PRONOUN_IS = re.compile(r"\b(?i:(he|she)\s+(?:is|was)|(his|her)\s+name\s+(?:is|was|as))\s+"
                         r"(?:([A-Z][\w'’-]*)\s+)?$")


def _pronoun_named(text: str, name: NameRun) -> tuple[str, bool]:
    """The sex ("m" or "f") of the pronoun a name is said to be right after ("she is Lark
    Dell", "his name was Omar Saleh"), after "is" the name ending its clause or said with
    where or to whom, and whether it is said to be the pronoun's name; else ("", False). A
    name owning something ("he was Omar's son") says whose, not who; one after a family word
    ("she was Mama Tunde") is how a parent is called, after a child."""
    if name.possessive:
        return "", False
    found = _PRONOUN_IS.search(text, max(0, name.start - 40), name.start)
    if found is None or (found.group(3) and found.group(3) in wordlists().family_words) or (
        # "She is Ada and…" may go on to say what she is: after "name is" it is her name.
        found.group(1) and name.next_spaced and name.next not in _GOES_BY_WHERE
    ):
        return "", False
    return _PRONOUN_SEX[(found.group(1) or found.group(2)).lower()], found.group(2) is not None


# "Her father was Joseph on his payslips": a kin word said to be a name (before where, or to
# whom, he goes by it).
_KIN_WAS = re.compile(r"\b(?:his|her|my|their|our|your)\s+([a-z]+)\s+(?:is|was)\s+$",
                      re.IGNORECASE)


def _kin_named(text: str, name: NameRun) -> str:
    """The sex ("m" or "f") of the kin word a one-word name is said to be with where, or to
    whom, the one so related goes by it ("Her father was Joseph on his payslips", "my aunt
    was Lily to the neighbours"); else ""."""
    if name.possessive or len(name.words) != 1 or not name.next_spaced or (
        name.next not in _GOES_BY_WHERE
    ):
        return ""
    found = _KIN_WAS.search(text, max(0, name.start - 40), name.start)
    if found is None:
        return ""
    sex = wordlists().kinship_gender.get(found.group(1).lower(), "")
    return sex if sex in ("m", "f") else ""


def _two_names_of_one(
    before: tuple[NameRun, str, FormStats, str, bool],
    after: tuple[NameRun, str, FormStats, str, bool],
) -> None:
    """Two names each said to be who the same pronoun is, the first as the pronoun's name and
    the other in the same sentence ("She gave her name as Nora Vail and said that on the bills
    she is Lark Dell"), or one of them a kunya, a parent called after a child, in two
    sentences in a row ("On the street he was Abu Samir, after his son. In the shop he was
    Hassan"): one person's, the other name a nickname of the one, the kunya or a single word
    beside a full name. Neither name may tell another sex than the pronoun's. Two names of
    one word each are one person's when the first is said with where he goes by it and the
    other then said to be who the pronoun is ("Her father was Joseph on his payslips …, but
    to the uncles he was Kwabena"): the first a name of the other's."""
    (run_a, key_a, stats_a, sex_a, named), (run_b, key_b, stats_b, sex_b, _) = before, after
    either_kunya = kunya(stats_a.words) or kunya(stats_b.words)
    # "was Joseph on his payslips": a name said with where it is used, not what he is
    goes_by = run_a.next in _GOES_BY_WHERE and run_a.next_spaced and not named
    if sex_a != sex_b or key_a == key_b or not (
        ((named or goes_by) and run_b.sentence == run_a.sentence)
        or (either_kunya and run_b.sentence - run_a.sentence in (0, 1))
    ) or stats_a.sex not in ("-", sex_a) or stats_b.sex not in ("-", sex_b):
        return
    if kunya(stats_a.words) != kunya(stats_b.words):
        nickname, name = (stats_a, key_b) if kunya(stats_a.words) else (stats_b, key_a)
    elif len(stats_a.words) == 1 < len(stats_b.words) or (
        goes_by and len(stats_a.words) == len(stats_b.words) == 1
    ):
        nickname, name = stats_a, key_b
    elif len(stats_b.words) == 1 < len(stats_a.words):
        nickname, name = stats_b, key_a
    else:
        return
    nickname.nickname_of[name] += 1


# Where, or to whom, a name said after "He is" is the one he goes by: "He is Anvil on the
# board", "She was Nan to the children".
_GOES_BY_WHERE = frozenset({"on", "to", "among", "around", "since"})


def _he_was_called(text: str, full: NameRun, stats: FormStats, name: NameRun) -> bool:
    """Whether the sentence after one opening on a full name opens on "He is" and a one-word
    name, ending its clause or said with where or to whom he goes by it ("Commander Tobias
    Renhardt is in the command module. He is Anvil on the board…"): the pronoun of the full
    name's sex, which must be known."""
    if name.sentence != full.sentence + 1 or full.prev != "" or full.possessive or (
        name.possessive or (name.next_spaced and name.next not in _GOES_BY_WHERE)
    ):
        return False
    found = _HE_WAS.search(text, max(0, name.start - 40), name.start)
    return found is not None and stats.sex == _PRONOUN_SEX[found.group(1).lower()]


# "Peg to everybody else.": a sentence that is only a name and whom it is said to.
_TO_EVERYONE_ELSE = re.compile(r"\s+to\s+(?:everybody|everyone|all|the\s+rest\s+of\s+"
                               r"(?:us|them|the\s+\w+))(?:\s+else)?[.!]")


def _to_everyone_else(text: str, full: NameRun, name: NameRun) -> bool:
    """Whether a sentence that is only a one-word name and "to everybody else" follows right
    on one that says a full name ("Margaret Callander, if you're reading it off the birth
    certificate. Peg to everybody else."): the name everyone calls the full name's bearer."""
    return (name.sentence == full.sentence + 1 and name.initial and not name.possessive
            and not full.possessive and _TO_EVERYONE_ELSE.match(text, name.end) is not None)


# What tells, between a name and the full name after it, the name someone was given at birth:
# "Lord Gramophone, whose mother had named him Cuthbert Mayers", "…, born Stefani Germanotta",
# "…, christened Walter Lionel", "…, whose real name was Ada Brigg".
_GIVEN_AT_BIRTH = re.compile(
    r",?\s+(?:whose\s+(?:real\s+|full\s+|given\s+|Christian\s+)?name\s+(?:is|was)"
    r"|whose\s+(?:\w+\s+){1,2}(?:had\s+)?(?:named|christened|baptized|baptised)\s+(him|her)"
    r"|(?:who\s+(?:had\s+been|was)\s+)?(?:born|christened|baptized|baptised))\s+",
    re.IGNORECASE)


# A name's own, said after its possessive: "Teacha's true name was", "Bo's real name is",
# "Anaanatsiaq's name was".
_TRUE_NAME = re.compile(rf"(?:['’]s)?\s+(?:(?:full|{_OWN_NAME_WORDS})\s+)?name\s+(?:is|was)\s+",
                        re.IGNORECASE)


def _given_at_birth(text: str, name: NameRun, stats: FormStats, full: NameRun) -> bool:
    """Whether the full name right after a one-word name is the name its bearer was given at
    birth ("Lord Gramophone, whose mother had named him Cuthbert Mayers"): the same person,
    of the pronoun's sex where the name tells one."""
    if full.sentence != name.sentence or full.possessive:
        return False
    if name.possessive:
        # "Teacha's true name was Hyacinth Brissett"
        return _TRUE_NAME.fullmatch(text, name.end, full.start) is not None
    found = _GIVEN_AT_BIRTH.fullmatch(text, name.end, full.start)
    return found is not None and (found.group(1) is None or stats.sex in (
        "-", {"him": "m", "her": "f"}[found.group(1).lower()]))


# A relative clause saying whom the name before it is: "Donald, who is Dòmhnall Ruadh, …".
_WHO_IS = re.compile(r",\s+who\s+(?:is|was)\s+")


def _who_is(text: str, name: NameRun, full: NameRun) -> bool:
    """Whether a clause right after a one-word name says it is the full name after it, that
    name ending the clause: "Mòrag's brother Donald, who is Dòmhnall Ruadh, the fox" (not
    "Jack, who was Tom Brown's friend")."""
    return (full.sentence == name.sentence and not name.possessive and not full.possessive
            and (full.comma_after or full.next == "")
            and _WHO_IS.fullmatch(text, name.end, full.start) is not None)


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


# A speaker's own name said in the speech that ends on it: '"My name is Sefo Leavasa,"'.
_MY_NAME_IS = re.compile(r"\bmy\s+(?:real\s+|full\s+|Christian\s+)?name\s+is\s+$",
                         re.IGNORECASE)
# The close of a speech, then the speaker's name: '," Tama said'.
_SPEECH_CLOSE = re.compile(r"[,!?][\"”]\s+")


def _says_own_name(text: str, full: NameRun, name: NameRun) -> bool:
    """Whether the one-word name a speech is said by right after it gives the full name that
    ends the speech as its own: '"My name is Sefo Leavasa," Tama said.'"""
    return (full.sentence == name.sentence and not full.possessive and not name.possessive
            and name.next in SAID_VERBS
            and _SPEECH_CLOSE.fullmatch(text, full.end, name.start) is not None
            and _MY_NAME_IS.search(text, max(0, full.start - 30), full.start) is not None)


_WENT_BY_PRONOUN = re.compile(r"\b(she|he)\s+(?:had\s+been|has\s+been|was|is)\s+$",
                              re.IGNORECASE)


# "…he was Sam, a name he said he wore like a borrowed coat": the name called a name; or
# glossed with what it means, as only a name is ("she was Morenike, which means I have found
# one to cherish").
_CALLED_A_NAME = re.compile(r"\s*,\s*(?:(?:a|the|one)\s+(?:\w+\s+)?name\b|which\s+means\b)")


def _went_by_pronoun(text: str, name: NameRun) -> str:
    """"her" or "him" when a one-word name is one a pronoun's person goes by ("she had been
    Pinka since before she could walk", "to his customers he was Sam, a name…", "to everyone
    here he is el Tordillo"), else ""."""
    if name.possessive:
        return ""
    if name.next not in ("since", "to", "among", "around") and not _CALLED_A_NAME.match(
            text, name.end):
        # "to everyone here he is el Tordillo": whom he is so to, said before the pronoun.
        found = _TO_ALL_HE_WAS.search(text, max(0, name.start - 60), name.start) if (
            name.prev in _NICKNAME_ARTICLES or name.prev in ("is", "was", "been")) else None
    else:
        found = _WENT_BY_PRONOUN.search(text, max(0, name.start - 20), name.start)
    return "" if found is None else {"she": "her", "he": "him"}[found.group(1).lower()]


# A relative clause giving the name before it a nickname, whoever calls him so ("Peppi
# Falzone, whom all Montedoro called u Siccu", "Ada, whom the boys called the Duchess"): the
# nickname may keep the article of the language it comes from (Sicilian "u", Italian "il",
# Spanish "el", Portuguese "o") or English "the".
_NICKNAME_ARTICLES = ("the", "u", "'u", "’u", "lu", "il", "lo", "la", "el", "le", "o")
_WHOM_CALLED = re.compile(
    r",\s+whom\s+(?:[^,.;:!?\"“”()]*?\s)?(?:called|call|calls|named|nicknamed)\s+"
    rf"(?:(?:{'|'.join(_NICKNAME_ARTICLES)})\s+)?$")

# "To everyone here he is el Tordillo", "to the whole valley she was Nan", "to the whole of
# Nanvarnaq he is Apaurluq", "to the rest of us she is Jasna" (everyone but those who use the
# name said before): the name everyone calls him by, the article of its language kept.
_TO_ALL_HE_WAS = re.compile(
    r"\bto\s+(?:everyone|everybody|all|the\s+rest\s+of\s+(?:us|them)|"
    r"the\s+whole\s+(?:of\s+)?\w+)(?:\s+(?:here|there|else))?,?\s+"
    r"(she|he)\s+(?:had\s+been|has\s+been|was|is)\s+"
    rf"(?:(?:{'|'.join(map(re.escape, _NICKNAME_ARTICLES))})\s+)?$", re.IGNORECASE)


def _whom_called(
    text: str, nickname: NameRun, said: dict[int, tuple[NameRun, str, FormStats]]
) -> tuple[NameRun, str, FormStats] | None:
    """The run (with its form key and stats) a "whom … called" clause right after it gives
    `nickname` to, among the paragraph's runs `said` before, by where each ends."""
    if nickname.initial or not said or (nickname.prev not in _NICKNAME_ARTICLES
                                        and nickname.prev not in _CALLING):
        return None
    found = _WHOM_CALLED.search(text, max(0, nickname.start - 80), nickname.start)
    if found is None:
        return None
    owner = said.get(found.start())
    return owner if owner is not None and owner[0].sentence == nickname.sentence else None


# "called her la Tati", "calls him el Flaco": "called" and the pronoun before the article a
# nickname keeps from its language ("the" is left out: "called him the Colonel" is a rank).
_CALLED_PRONOUN = re.compile(r"\b(?:called|calls|call)\s+(?:him|her)\s+$", re.IGNORECASE)


def _called_with_article(text: str, nickname: NameRun) -> bool:
    """Whether a name is given as a nickname to "him" or "her" with the article of its
    language before it: "Everyone called her la Tati"."""
    if nickname.initial or nickname.possessive or nickname.prev == "the" or (
        nickname.prev not in _NICKNAME_ARTICLES or nickname.prev2 not in ("him", "her")
    ):
        return False
    start = text.rfind(" ", 0, nickname.start - 1)  # the article's start, less its space
    return start > 0 and _CALLED_PRONOUN.search(text, max(0, start - 30), start + 1) is not None


# "Rosario was the name the priest used": a name said, opening a sentence, to be a name.
_WAS_THE_NAME = re.compile(r"\s+(?:is|was)\s+(?:only\s+|just\s+)?the\s+name\b")


def _was_the_name(text: str, nickname: NameRun, name: NameRun) -> bool:
    """Whether a one-word name opening the sentence right after the one that gives a
    nickname is said there to be a name ("Everyone called her la Tati. Rosario was the name
    the priest used"): the name of the one so nicknamed."""
    return (name.sentence == nickname.sentence + 1 and name.initial and not name.possessive
            and _WAS_THE_NAME.match(text, name.end) is not None)


# "My brother was José Ángel, called Pepe,": a name set after a comma and "called" right
# after another name.
_COMMA_CALLED = re.compile(r",\s+called\s+")
# The possessive ending between an owner and the name it owns ("Eli's Sam"), up to that name.
_OWNER_OF_NAME = re.compile(r"['’]s?\s+(?=[A-Z])")


def _called_after_name(text: str, previous: tuple[NameRun, str, FormStats] | None,
                       nickname: NameRun) -> bool:
    """Whether a name is given as what the name just before it is called, in an apposition
    ("My brother was José Ángel, called Pepe, and he…", "Her cousin Marguerite, called
    Daisy,"): the name before says who someone is (after "was"/"is" or a kinship word) or
    opens the sentence — not one a list of deeds acts on ("hugged Ana, called Pepe, and
    left"), where "called" is a deed too."""
    if previous is None or nickname.prev != "called":
        return False
    name = previous[0]
    if name.possessive or _COMMA_CALLED.fullmatch(text, name.end, nickname.start) is None:
        return False
    return name.initial or name.prev in ("was", "is") or name.prev in wordlists().kinship


def _calls_him(text: str, caller: NameRun, nickname: NameRun) -> bool:
    """Whether a name is the subject of the "called him" before a nickname in its sentence
    ("Brendan called him Uncle Tommy", "Brendan had always called him…", "Maura, who called
    him…"), not the one the nickname is for: the one who calls is never the one called."""
    return (caller.sentence == nickname.sentence and nickname.prev in _OBJECT_PRONOUNS
            and not caller.possessive and (
                caller.next == nickname.prev2
                or _CALLER_BEFORE.fullmatch(text, caller.end, nickname.start) is not None))


# What may stand between the one who calls and "called him": a relative "who" ("Maura, who
# had called him Tiny") and the auxiliaries and adverbs of the verb ("Brendan had always
# called him Uncle Tommy", "the whole parish still calls him Father").
_CALLER_BEFORE = re.compile(
    r"(?:,\s+who)?\s+(?:(?:had|has|have|would|always|still|never|once|also|used\s+to)\s+)*"
    r"(?:called|calls|call)\s+(?:him|her|them)\s+")


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
        name.sentence == full.sentence and not name.possessive
        # opening the sentence, or its title does ("Doctor Sahib was Doctor Anwar Siddiqui")
        and (name.initial or (bool(name.title) and not name.prev and not name.prev2))
        and name.next_spaced and full.prev in ("is", "was") and name.next == full.prev
        and full.prev2 == name.words[-1].lower() and not full.possessive
        and full.next not in ("and", "or")
    )


_RUNS_MEMO = "entities.run_records"


_UNKNOWN: Any = object()


# What one name run adds to its form: (form key, words, the run as counted, normal title
# or None when it has none, nickname cue, evidence (noninitial, said, person_verb, kin,
# place_prep, place_weak, place_the, article, initialled, feast) or None when all are 0), or None
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
            if (not run.title or run.title_after) and len(words) > 1:
                first = words[0]
                low = first.lower()
                # "Dearest Agnes," opening a letter: the name after the word of address.
                plain = low in lists.stopwords or first in lists.not_names or low in ADDRESS_WORDS
                # "Cousins Rosna had last seen as babies…": a kin word in the plural is said
                # of several people, never a title before one name.
                plain = plain or (low.endswith("s") and low[:-1] in lists.kinship)
                if run.title:
                    # "Then Bolat ata stood up": a plain word opening a sentence is none of a
                    # name with its title after it, but "Old Ueda-san" is what he is called;
                    # nor is a verb said to someone ("Tell Mansur babay I am well").
                    found.append((run, _PLAIN if (plain and run.initial) or low in TELL_VERBS
                                  else None, [_UNKNOWN, _UNKNOWN]))
                    continue
                compass = first in COMPASS and not run.initial
                # "New Orleans" in a story that says "new" all the time: a well-known place
                # is named by all its words, wherever it stands.
                # So is a longer name that opens on one of two words or more ("Los Angeles
                # International Airport", "New York Public Library").
                known = low not in lists.stopwords and any(
                    " ".join(words[:size]) in lists.places for size in range(2, len(words) + 1))
                # "on Church Street" in a story that says "church": a word no name alone
                # before a place word is the place's name, as names_run joined it.
                street = (first in lists.not_names and low not in lists.stopwords
                          and len(words) == 2 and words[-1] in lists.place_suffixes)
                # A weekday or month heads a run only as a given name (`names`: "Sunday Okafor").
                if compass or known or street or first in CALENDAR_GIVEN_NAMES or (not plain and (
                    (_ends_in_place_word(words) and (len(words) == 2 or not run.initial))
                    or opens_place_name(first)
                    or (family_name_first(words) and low not in TELL_VERBS)
                    or quarter_of_a_place(words)
                )):
                    # "Box Hill", "Rose Street": an everyday word before a place word is
                    # the place's name, wherever it stands, and inside a sentence one heading
                    # a longer name that ends in a place word ("to Old Harbour Bay", in a
                    # story that says "old" all the time); so is a place word before a name
                    # ("Camp Tamarack" in a story that says "camp" all the time), a compass
                    # word inside a sentence, where names_run joins it to a name ("the coast
                    # of South Georgia", in a story that says "go south"); and so is a family
                    # name before a hyphened given name ("Park Jun-ho"), where a verb said
                    # to someone ("Tell Kin-fai when you judge…") is no family name.
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
        while len(words) > 1 and words[0] in lists.honorifics and not run.title_after:
            title = f"{title} {words[0]}".strip()
            words = words[1:]
            offset += 1
        start = run.word_starts[offset - len(title.split())] if title else run.word_starts[offset]
        run = NameRun(words, run.word_starts[offset:], run.title if run.title_after else title,
                      start, run.end, run.sentence, False,
                      run.possessive, prev, prev2, run.next, run.next2, run.comma_after,
                      run.ends_quote, run.closes_speech, run.bracketed, run.title_after,
                      run.next_spaced, run.quote_after, True, run.after_initial)
    said = person_verb = kin = place_prep = place_weak = 0
    # An everyday word opening a line of speech is what was said, not who said it or to
    # whom: '"Cute," I said', 'one of them said, "Good morning"' — but a line that is only
    # the word, after "said", calls someone by it ('Big Mama said, "Geneva," in a hush').
    # So is one opening a clause after a colon ("The last line says: Tell Min-ho I will…").
    speech_word = run.initial and everyday_word(run.words[0]) and (
        len(run.words) == 1 or not run.prev_spaced)
    if run.prev in ("called", "named") and run.prev2 in _CALLED_PLACES:
        place_prep += 1  # "a place called Seabrook", "a city called Houston"
    elif (run.prev in SAID_VERBS and not (speech_word and not run.closes_speech) and not (
        # '"The paper never said Shettleston," Peggy said': inside the speech the name is
        # what was said, where a speaker named after "said" follows the speech's close
        run.prev_spaced and run.closes_speech
    )) or (
        run.next in SAID_VERBS and not run.possessive and not run.ends_quote
        # "half of Partick laughed", "everyone along the Teche called him": after a
        # preposition the verb is the noun's before it
        and not _object_of_preposition(run)
    ):
        said += 1
    elif run.prev in ADDRESS_WORDS and not run.title:
        said += 1  # "Dear Neil," opens a letter to a person
    elif run.closes_speech and run.next in SPEAKERS and run.next2 in SAID_VERBS and not (
        speech_word or _after_preposition(run)
    ):
        said += 1  # '"Kerra," she said': spoken to
    # A sentence opening "Vigorous, decided, with sentiments" lists words, it names no doer.
    # "The vines of Vaudrey stood", "nobody on Kythera thought to ask": after a preposition
    # the verb is the noun's before it.
    if not run.possessive and not (run.initial and run.comma_after) and (
        run.prev not in _VERB_NOT_ITS
    ) and (
        run.next in PERSON_VERBS or (
            run.next in {"had", "was"} and run.next2 in PERSON_VERBS
        )
    ):
        person_verb += 1
    if run.comma_after and run.next == "who" and not run.possessive and run.prev != "the" and not (
        {run.prev, run.prev2} & _PLACING_WORDS or (words[0] in GENERATIONS and not run.prev_spaced)
    ):
        # "Nenita, who was ten, slept on the cot": "who" goes on about a person — but after
        # a preposition ("a fellow from Herbert, Saskatchewan, who") about the one before, and
        # after a name and a generation ("Harold Voss, Junior, who") about that name's bearer.
        person_verb += 1
    if run.possessive and (run.next in kinship or run.next in BODY_AND_MIND):
        kin += 1
    # "her sister Rose", "Rose, my sister", "the widow Garnier".
    if run.prev in kinship and (run.comma_after or run.prev2 in {"her", "his", "my", "the",
                                                                "their", "our", "your"}):
        kin += 1
    if run.prev == "to" and run.prev2 in SPOKEN_TO_VERBS:
        said += 1  # "said to Funmi", "wrote to Harriet": the one spoken to is a person
    elif run.prev == "to" and run.prev2 in OWNED_BY_VERBS:
        person_verb += 1  # "belonged to Gitau Kamau": an owner
    elif run.prev in TELL_VERBS and not run.possessive:
        person_verb += 1  # "Tell Funmi she is welcome"
    elif run.prev == "the" and run.prev2 in TELL_VERBS and not run.possessive and not (
        _before_a_noun(run, lists.stopwords)
    ):
        # "told the Warden where", "thanked the Captain": a role spoken to — but in "tell
        # the Rothesay story" the name only says which story
        said += 1
    if run.prev in PLACE_PREPOSITIONS or is_dateline(run) or (
        run.prev == "of" and (run.prev2 in PLACE_HEADS or run.prev2 in _SHARES)
    ) or (run.prev == "on" and run.prev2 in BUILDINGS) or (
        # "nobody on Kalymnos", "the women of Kalymnos": who live there
        run.prev in {"on", "of"} and run.prev2 in _DWELLERS and not run.possessive
    ) or (
        # "a trawler out of McClellanville", "stood out of Paita": where a boat sails from
        run.prev == "of" and run.prev2 == "out" and not run.possessive
    ) or (
        # "on the Hoy shore", "the Clayton highway": the name of the land a shore is of
        run.prev == "the" and run.next in _SIDES and run.next_spaced and not run.possessive
    ) or (
        run.prev == "the" and run.prev2 in PLACE_PREPOSITIONS | WEAK_PLACE_WORDS
    ):
        place_prep += 1
    elif run.prev in WEAK_PLACE_WORDS and not (
        run.prev == "to" and (run.prev2 in SPOKEN_TO_VERBS or run.prev2 in OWNED_BY_VERBS)
    ):
        place_weak += 1
    # "R. Kandasamy": initials open only a person's name — but "B. Com", "B. Sc" are degrees.
    initialled = int(run.after_initial and not everyday_word(words[0]))
    evidence = (int(not run.initial), said, person_verb, kin, place_prep, place_weak,
                int(run.prev == "the"), int(run.prev in {"a", "an"} and not run.title),
                initialled, int(run.prev == "of" and run.prev2 in _FEASTS))
    return (
        _form_key(run), run.words, run, normal_title(run.title) if run.title else None,
        # 'She had called Lorna "the Kessler girl"': Lorna is the one called something, and
        # 'She had called Lisa "Liisa"': Liisa is what she is called.
        (((run.prev, run.prev2) in NICKNAME_CUES and not run.quote_after) or run.bracketed
         or (run.initial and run.prev != "" and run.prev2 in _CALLING)) and not (
            # "he had called Tadashi to Gojozaka": sent for him, no name given
            run.prev in _SENT_FOR and run.next in _SENT_WHERE),
        evidence if any(evidence) else None,
    )


# Words after which a name is where someone is or goes, or what a thing is of.
_PLACING_WORDS = _VERB_NOT_ITS | WEAK_PLACE_WORDS


def _object_of_preposition(run: NameRun) -> bool:
    """Whether a name is what a preposition just before it goes with, "the" between or not
    ("half of Partick", "along the Teche"), so no verb after it is its own."""
    return (run.prev in _VERB_NOT_ITS and run.prev_spaced) or (
        run.prev == "the" and run.prev2 in _VERB_NOT_ITS)


def _after_preposition(run: NameRun) -> bool:
    """Whether a name is what a preposition inside a sentence goes with ('"He didn't go to
    Touba," she said'), so not someone spoken to, as after a comma ('"Get the coal in,
    Walter"') or opening a line ('"To Yevdokia Timofeyevna," he said': a toast)."""
    return run.prev_spaced and run.prev2 != "" and (
        run.prev in PLACE_PREPOSITIONS or run.prev in WEAK_PLACE_WORDS)


# Words a saint's day is named with: "the Feast of Saint John", "the Vigil of Saint Lawrence",
# "the Nativity of Saint John the Baptist", "the Conversion of Saint Paul".
_FEASTS = frozenset({"feast", "vigil", "octave", "nativity", "conversion", "beheading"})


# Shares of a whole, which a place is divided into by its people: "half of Partick laughed",
# "the whole of Glasgow", "the rest of Mbare" (where "part of" and "much of" are said of
# people too: "much of Jane", "part of Emma").
_SHARES = frozenset({"half", "whole", "rest"})


# Everyone who lives somewhere: "nobody on Kalymnos", "everyone on Skye", "the women of
# Kalymnos".
_DWELLERS = frozenset({"everyone", "everybody", "nobody", "anybody", "anyone", "someone",
                       "somebody", "men", "women", "folk", "folks"})


# The parts of a land named for it: "the Hoy shore", "the Clare coast", "the Clayton highway"
# (not "side": "on the Maynard side" is a family's).
_SIDES = frozenset({"shore", "coast", "highway"})


# What a name said after "called" may be of: a place ("a town called Seabrook"), where after
# other words "called" is said to someone.
_CALLED_PLACES = PLACE_HEADS | frozenset({"place", "somewhere", "spot", "camp", "farm",
                                          "station", "hamlet", "settlement", "estate"})


_CALLING = frozenset({"called", "calls", "call", "named"})
# What says a name was called in error, not a name one goes by ("called her Mina by mistake").
_MISTAKEN = frozenset({("by", "mistake"), ("by", "accident"), ("in", "error")})
# Words for a child said after whose it is, as kin words are ("Sulo's boy", "Ana's girl").
_YOUNG_ONES = frozenset({"boy", "girl", "lad", "lass", "baby", "kid"})
# "called Tadashi to Gojozaka", "called Ana back", "calls Ruth in": a call that sends for
# someone, after which the name is no name given.
_SENT_FOR = frozenset({"called", "calls", "call", "calling"})
_SENT_WHERE = frozenset({"to", "into", "back", "over", "in", "out", "up", "down", "away", "home",
                         "across", "inside", "upstairs", "downstairs", "aside"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


# Words before a name that make it only compared or gone with, never the subject a later
# "called him" in the sentence goes back to ("older than Nando", "with Nando"), or the
# subject of a clause inside the sentence's ("Prospekt Pobedy, where Dada used to take us,
# is called Putin Avenue now": the avenue is).
_ONLY_COMPARED = frozenset({"than", "with", "to", "for", "from", "beside", "like", "where"})


_OWNERS = frozenset({"her", "his", "my", "your", "their", "our"})


# What is left of a day of the month once its digits are gone ("5th" -> "th").
_DAY_ENDINGS = frozenset({"st", "nd", "rd", "th"})
_ORDINAL_ENDS = _DAY_ENDINGS | {""}


def is_dateline(run: NameRun) -> bool:
    """A letter's or a diary's heading names where it was written: "Fort Kochi, 3 June",
    "Worthington, April 5th", "Worthington, Ohio, Dec. 23rd 1862", "Sollas, Sunday 4th
    December", and with no comma "Sollas 3rd October 1915", "Vicksburg May 21st"."""
    if not (run.initial and not run.title):
        return False
    if not run.comma_after:
        # Without the comma only a day's ordinal ending, before or after the month, shows
        # the line a place's and a date's: "Ship's Log — 9 March" is a log's title.
        return (run.next in _DAY_ENDINGS and run.next2 in MONTHS) or (
            run.next in MONTHS and run.next2 in _DAY_ENDINGS)
    # Numbers are not words, so the month is the next word or the one after a region, and
    # the line ends after it: "Harriet, may I ask" goes on. A month after a region is one
    # written short ("Dec."): "Harriet, Tom, June and I" is a list.
    month = run.next in MONTHS or run.next in SHORT_MONTHS
    # A weekday may come first, then the day's ordinal ending or the month ("4" is no word).
    weekday = run.next in DAYS and (run.next2 in _DAY_ENDINGS or run.next2 in MONTHS)
    return (month and (run.next2 in _ORDINAL_ENDS or run.next2[0].isdigit())) or (
        run.next2 in SHORT_MONTHS) or weekday


def _attributive(run: NameRun, stopwords: frozenset[str]) -> bool:
    """A capitalised word between a possessive and a plain noun ("her Stanley cup") names
    the kind of thing owned."""
    return run.prev in _OWNERS and _before_a_noun(run, stopwords)


def _before_a_noun(run: NameRun, stopwords: frozenset[str]) -> bool:
    """Whether a name stands before a plain noun it qualifies ("the Rothesay story", "her
    Stanley cup"). A name said for itself is followed by a verb, a function word or
    punctuation instead ("her Harriet was", "his Emma, who", "told the Warden where")."""
    following = run.next
    return (not run.title and not run.possessive
            and run.next_spaced and bool(following)
            and following not in stopwords and following not in PERSON_VERBS
            and not following.endswith(("ed", "ing", "ly", "s")))


def _ends_in_place_word(words: tuple[str, ...]) -> bool:
    """Whether a name ends in a place word: one of those that make a place ("Street"), or one
    that is a surname too after a word that is no given name ("the Old Lancaster Pike")."""
    lists = wordlists()
    return words[-1] in lists.place_suffixes or (
        words[-1] in lists.surname_place_suffixes and words[-2] not in lists.first_names)


def quarter_of_a_place(words: tuple[str, ...]) -> bool:
    """Whether a name is an epithet before a well-known place: a quarter named for it
    ("Little Haiti", "Little Italy", "Old Delhi")."""
    return len(words) > 1 and words[0] in EPITHETS and " ".join(words[1:]) in wordlists().places
