"""Finding characters and places in the whole manuscript and clustering their names.

Every capitalised run (from `names`) becomes a *form* ("Sofie Laurent", "Mr Weston", "Rue Cler")
with counts of the evidence around it (`forms`): titles, a person's initials, dialogue
attribution, verbs people do, place prepositions, place words, the gazetteer. A form is kept
when the manuscript shows it is a name (capitalised in mid-sentence and rarely written in lower
case, or backed by strong evidence); at a sentence's head, a word written in lower case
anywhere is a word, unless the book capitalises it in mid-sentence far more often ("Paj Lee
was…" of "Auntie Paj"). Forms then cluster into entities: a full name with its first name and
surname (and a nickname made of the surname, "Smithy" or "Robbo", when only one fits, and a pet
form of the given name with the same surname, "Archie Brough" of "Archibald Brough"), a titled
form with the full name it must belong to ("Miss Woodhouse" -> "Emma Woodhouse"), while "Mr
Weston" and "Mrs Weston" stay two people (and "Mrs. Hollis" is not "J.T. Hollis": initials tell
no sex, but are a man's far more often, as is a rank: "Corporal Kessler" is the one man of the
full names of that surname, else no one's), and so do a parent called after a child in an Arabic
kunya ("Abu Karim") and the child ("Karim"). A full name the book also writes with a
generation after it ("Farhad Karimi Jr.") is someone's, never a place. A saint's name in the
possessive ("St Mary's") is a church or a school, unless the book names a place by the same words
without it: then it is that place owning something ("the Santa Filomena's planking"). A run that
is a place the book names and then a character's full name ("at Quetrelmo Aurelio Cárdenas") is
the two side by side, no third name. A title printed without its accents before the given name
of a Vietnamese full name ("Chi Hanh" of "Vo Thi Hanh", Chị) is that person's title, and a
name with "-chan" written on to it ("Chackochan") is the name alone ("Chacko") when the book
says both. A full name a sentence says someone is ("Tito Ramon was Epifanio Cruz") is a
person's, whatever else is said of it ("the Epifanio Cruz on the list").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from app.core.forms import (
    FormStats,
    is_dateline,
    named_by_choice,
    normal_title,
    quarter_of_a_place,
)
from app.core.model import Decisions, EntityKind, Span
from app.core.names import (
    CALENDAR_GIVEN_NAMES,
    COMPASS,
    CONNECTORS,
    EPITHETS,
    GENERATIONS,
    PATRONYM_CONNECTORS,
    SURNAMES_ALSO_INTERJECTIONS,
    SURNAMES_ALSO_PEOPLES,
    NameRun,
    everyday_word,
    family_name_first,
    initials_name,
    kunya,
    opens_place_name,
    without_epithet,
)
from app.core.text import (
    ABBREVIATED_TITLES,
    FAMILY_TITLES,
    MARRIED_TITLES,
    NUMBER_WORDS,
    UNMARRIED_TITLES,
    fold,
)
from app.core.variants import diminutive, pet_ending
from app.core.wordlists import wordlists

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
# Malayalam "-chan", respect for an elder man, and Japanese "-chan", fondness, written on to a
# given name with no hyphen ("Chackochan", "Yumichan"; hyphened, `names` reads them as titles).
_RESPECT_ENDING = "chan"
# The last word of an organisation's name: a body of people, neither someone nor somewhere.
ORGANISATION_WORDS = frozenset({
    "Unit", "Squad", "Society", "Department", "Bureau", "Agency", "Company", "Corporation",
    "Council", "Committee", "Association", "Ministry", "Police", "Army", "Navy", "Brigade",
    "Regiment", "Corps", "Institute", "Foundation", "Federation", "Commission", "Division",
    "Party", "Inc", "Ltd", "Plc", "Guard", "Patrol", "Service", "Services", "Union", "League",
    "Reserve", "Security",  # "join the Naval Reserve", "the Social Security office"
    # newspapers: "the Toronto Star", "the Richmond Examiner"
    "Times", "Star", "Herald", "Gazette", "Tribune", "Chronicle", "Telegraph", "Courier",
    "Examiner", "Globe", "Sentinel", "Clarion", "Dispatch",
    # a family as a group ("the Mirza Parivar" of a family chat)
    "Parivar", "Family", "Clan",
})
# Events a story dates things by: "since the Winter War", "the Easter Rising", "the
# Olympic Games" — neither someone nor somewhere.
EVENT_WORDS = frozenset({
    "War", "Wars", "Revolution", "Rising", "Uprising", "Rebellion", "Games", "Olympics",
    "Depression", "Blitz", "Armistice", "Crusade", "Famine", "Massacre", "Emergency",
})
# Words that count the bearers of a name: "the two Zohras", "both Funmis".
_COUNTS = frozenset(NUMBER_WORDS) - {"zero", "one"} | {"both"}
# Words before a family's name said of one of them or of what is theirs ("the Fisher farm",
# "that Fisher boy", "redder than any Fisher"): no place is said so.
_FAMILY_DETERMINERS = frozenset({"the", "that", "this", "any", "every", "no"})
# Words after "the" and a family's name: "the Edakkattu family", "the Puthenveettil people".
_HOUSEHOLD = frozenset({"family", "household", "clan", "people"})
# Words that bring in a second bearer of a name: "another David Laidlaw entirely".
_ANOTHER = frozenset({"another", "other"})
# Titles of rank before which an everyday noun is an office, not a name: "Lord Protector".
OFFICE_TITLES = frozenset({"Lord", "Lady", "King", "Queen", "Prince", "Princess"})
_OFFICE_ENDINGS = ("or", "ess", "ain", "ent")


@dataclass(slots=True)
class Cluster:
    """One entity being assembled: its forms, kind evidence and mentions."""

    name: str
    kind: EntityKind
    forms: list[str]
    mentions: list[Span]
    full_names: list[str]


# A word this common in everyday English (Zipf) is a name only when someone is spoken to by
# it more than once or is someone's relative by it: "Tell", "People" are not.
_COMMONEST = 5.5
# The endings after which English makes a plural with "es" ("Thomases", "Alexes").
_SIBILANTS = ("s", "x", "z", "ch", "sh")
# The last word of a day kept, a night held or a month named: "Boxing Day", "Bonfire Night",
# the Quakers' "Fourth Month", "Black History Month".
_FEAST_WORDS = frozenset({"Day", "Eve", "Night", "Month"})


def is_middle_initial(word: str) -> bool:
    """Whether a word of a full name is a middle initial ("K." of "Halvor K. Lien")."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _place_word_kind(words: tuple[str, ...]) -> bool:
    lists = wordlists()
    if len(words) < 2:
        return False
    # A possessive inside a name makes a place ("Arthur's Seat", "King's Cross"): names_run
    # only joins one before a place word or an everyday noun; and so does a place word "of"
    # a name ("Tower of Ash", "Royal Infirmary of Edinburgh"), which it joins only after a
    # place word; and a compass word, which it joins only inside a sentence ("North York").
    # A place word that is a surname as often ("Ward") makes a place only after a word that
    # is no given name.
    return (opens_place_name(words[0]) or words[-1] in lists.place_suffixes
            or (words[-1] in lists.surname_place_suffixes and words[0] not in lists.first_names)
            or words[0] in COMPASS or any(w.endswith(("'s", "’s")) for w in words[:-1])
            or words[1] == "of" or _of_after_place_word(words) or quarter_of_a_place(words))


def _of_after_place_word(words: tuple[str, ...]) -> bool:
    """Whether "of" follows a place word inside a name: "the Royal Infirmary of Edinburgh"."""
    return any(_place_word_of(words, i) for i in range(1, len(words)))


def _place_word_of(words: tuple[str, ...], i: int) -> bool:
    """Whether words[i] is an "of" after a place word: "Infirmary of" in "the Royal Infirmary
    of Edinburgh"."""
    return i > 0 and words[i] == "of" and words[i - 1] in wordlists().place_suffixes


# What British and Australian English puts after a surname, or its first syllable, to make
# a nickname of it: Smithy, Walshy, Robbo, Johnno, Gazza.
_NICKNAME_ENDINGS = ("y", "ie", "o", "sy", "za")


def _nickname_of_surname(nickname: str, surname: str) -> bool:
    """Whether `nickname` is made of `surname`: the surname, or at least its first three
    letters, with a nickname ending after it ("Smith" -> "Smithy", "Hennessy" -> "Henno"),
    its last consonant maybe doubled ("Robertson" -> "Robbo") and a final "s" or "r" maybe
    written "z" ("Gascoigne" -> "Gazza")."""
    low, whole = nickname.lower(), surname.lower()
    if len(low) <= len(whole) and whole.startswith(low):
        return False  # a short form of it, no nickname made of it
    return any(pet_ending(low[:cut], low[cut:], _NICKNAME_ENDINGS)
               and _surname_stem(low[:cut], whole) for cut in range(3, len(low)))


def _surname_stem(stem: str, surname: str) -> bool:
    """Whether a nickname's stem opens `surname`, its last "s" or "r" maybe written "z"
    ("gaz" of "gascoigne")."""
    return surname.startswith(stem) or (
        stem[-1] == "z" and surname[len(stem) - 1 : len(stem)] in ("s", "r")
        and surname.startswith(stem[:-1]))


def _title_holders(words: tuple[str, ...]) -> bool:
    """Whether a name is a title's possessive before an everyday noun ("the Lord's Prayer", "a
    King's Counsel"): what a title's holder has or does, somewhere only by a place word
    ("Regent's Park") or where something puts it."""
    owner = words[0].removesuffix("'s").removesuffix("’s")
    lists = wordlists()
    return (len(words) == 2 and owner != words[0] and owner in lists.honorifics
            and words[1] not in lists.place_suffixes and everyday_word(words[1]))


_FINDER_MEMO = "entities.finder"


@dataclass(slots=True)
class _FinderMemo:
    """EntityFinder's findings by the FormStats (held, compared by identity) they came from."""

    is_name: dict[str, tuple[FormStats, tuple[int, ...], bool]] = field(default_factory=dict)
    mentions: dict[tuple[str, ...], tuple[tuple[FormStats, ...], list[Span],
                                          dict[str, tuple[tuple[FormStats, ...], list[Span]]]]
                   ] = field(default_factory=dict)
    """By a cluster's forms: their mentions, and each document's piece of them with the
    shares it was made from."""
    titles: dict[str, tuple[FormStats, str]] = field(default_factory=dict)
    spans: dict[int, tuple[FormStats, list[Span]]] = field(default_factory=dict)
    """By id() of a document's share; the share is held beside it, so the id stays its own."""
    share_titles: dict[int, tuple[FormStats, Counter[str]]] = field(default_factory=dict)
    """By id() of a document's share, as `spans`: how often it writes each title."""



@cache
def _folded_first_names() -> frozenset[str]:
    """The given names the word lists know, folded (made once: the list is long)."""
    return frozenset(fold(name) for name in wordlists().first_names)

@cache
def _unaccented_titles() -> frozenset[str]:
    """Titles of the word list written with accents, as English often prints them without:
    "Chi" of Vietnamese "Chị", "Co" of "Cô" — but not those that are then a word of a family
    with another meaning (Vietnamese "Ba" is father, "Bà" grandmother)."""
    lists = wordlists()
    unaccented = (without[:1].upper() + without[1:] for title in lists.honorifics
                  if (without := fold(title)) != title.casefold())
    return frozenset(word for word in unaccented if word not in lists.family_words)


def _counted(stats: FormStats) -> bool:
    """Whether a form is only ever said after a count of its bearers ("the two Zohras")."""
    return bool(stats.runs) and all(run.prev in _COUNTS for _document, _base, run in stats.runs)


def _counted_once(stats: FormStats) -> bool:
    """Whether a form is said at least once after a count of its bearers ("the two Zohras")."""
    return any(run.prev in _COUNTS for _document, _base, run in stats.runs)


def _epithet_of_titled(stats: FormStats) -> bool:
    """Whether a word of age or size ("Old", "Young") is only ever said alone right before a
    title ("Old Ma Ahong", "Young Mrs. Gray"): said of the titled person, no one by itself."""
    honorifics = wordlists().honorifics
    return (len(stats.words) == 1 and stats.words[0] in EPITHETS and not stats.titles
            and all(run.next_spaced and run.next.capitalize() in honorifics
                    for _document, _base, run in stats.runs))


def _plural_of_no_name(word: str) -> bool:
    """Whether a word is the plural of a word that is never a name, a nationality or a
    people's ("Greeks", "Cypriots", "Tatars"), and no given name or place itself."""
    lists = wordlists()
    return (len(word) > 3 and word.endswith("s") and word[:-1] in lists.not_names
            and word not in lists.first_names and word not in lists.places)


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
        self._house_names: dict[str, bool] = {}
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
        # The verdicts of this loop, which the next asks for again.
        named: dict[str, bool] = {}
        for key, stats in self.forms.items():
            if len(stats.words) > 1 or stats.titles:
                named[key] = self._is_name(stats)
                if named[key]:
                    multiword_parts.update(w for w in stats.words if w not in CONNECTORS)
        kinds = self.decisions.kinds
        for key, stats in self.forms.items():
            if blocked and (key.casefold() in blocked or stats.form.casefold() in blocked
                            or " ".join(stats.words).casefold() in blocked):
                continue
            forced = (kinds.get(stats.form) or kinds.get(" ".join(stats.words))) if kinds else None
            if forced is not None:
                self.accepted[key] = forced
                continue
            verdict = named.get(key)
            if verdict is None:
                verdict = self._is_name(stats)
            if verdict or (
                len(stats.words) == 1 and stats.words[0] in multiword_parts
                and stats.words[0].lower() not in lists.stopwords
                and not _epithet_of_titled(stats)  # not "Old" of "Old Sixth" and "Old Ma Ahong"
            ):
                self.accepted[key] = self._kind(stats)
        # A word of a character's full name ("Bakare" of "Tunde Bakare") that nothing places
        # ("the Bakare party") is that character's name, not somewhere; and so is the surname
        # of a family, two characters' full names, that is only ever said after "the" ("below
        # the Marshall farm": the farm is where, the family's name what it is of).
        character_words = {
            word
            for key, kind in self.accepted.items()
            if kind == EntityKind.CHARACTER and len(self.forms[key].words) > 1
            for word in self.forms[key].words
        }
        family_names = Counter(
            self.forms[key].words[-1] for key, kind in self.accepted.items()
            if kind == EntityKind.CHARACTER and len(self.forms[key].words) > 1
            and not self.forms[key].titles
        )
        # A given name before the surname of a family the book names ("Ifan Williams, Owen's
        # father" beside Owen Williams) is a name even at a sentence's head, where a surname
        # that English prints often ("Williams", "Jones") is no evidence of its own.
        for key, stats in self.forms.items():
            if (key not in self.accepted and len(stats.words) == 2 and not stats.titles
                    and family_names[stats.words[1]] and self._given_name(stats.words[0])
                    and key.casefold() not in blocked):
                self.accepted[key] = EntityKind.CHARACTER
        for key, kind in self.accepted.items():
            stats = self.forms[key]
            if (
                kind == EntityKind.PLACE
                and len(stats.words) == 1
                and stats.words[0] in character_words
                and (stats.place_prep == 0 or (family_names[stats.words[0]] > 1 and (
                    stats.place_the >= stats.total or self._family_determined(stats))))
                and stats.words[0] not in lists.places
                and not self.decisions.kinds.get(stats.form)
            ):
                self.accepted[key] = EntityKind.CHARACTER
        # "Chacko, my younger brother" opening a sentence, once, in a book that says
        # "Chackochan" again and again: the name the respect is said to.
        for key, stats in self.forms.items():
            if (key not in self.accepted and len(stats.words) == 1 and not stats.titles
                    and key.casefold() not in blocked and self._given_name(stats.words[0])
                    and self.accepted.get(stats.words[0] + _RESPECT_ENDING)
                    == EntityKind.CHARACTER):
                self.accepted[key] = EntityKind.CHARACTER
        self._drop_place_before_person()

    @staticmethod
    def _family_determined(stats: FormStats) -> bool:
        """Whether a name is only ever said after a determiner ("at the Fisher farm… that
        Fisher boy… redder than any Fisher"): a family's name, one of them or theirs."""
        return bool(stats.runs) and all(
            run.prev in _FAMILY_DETERMINERS for _document, _base, run in stats.runs)

    def _drop_place_before_person(self) -> None:
        """Forget a run that is a place the book names alone and then a character's full name
        ("at Quetrelmo Aurelio Cárdenas was already dead"): two names side by side with no
        comma between them, neither of them a third somewhere."""
        places = {" ".join(self.forms[key].words) for key, kind in self.accepted.items()
                  if kind == EntityKind.PLACE and not self.forms[key].titles}
        people = {" ".join(self.forms[key].words) for key, kind in self.accepted.items()
                  if kind == EntityKind.CHARACTER and len(self.forms[key].words) > 1
                  and not self.forms[key].titles}
        # "the Kagan Aminova", "the Kagan Aminovs": a family of the book known by where it
        # lives, its surname (or the surname's plural) after the place — no given name
        # ("Karaköy Kemal" may be a man called so) nor a place word ("Cuckoo Ward").
        surnames = {words.split()[-1] for words in people}
        surnames |= {f"{name}s" for name in surnames}

        def place_then_person(words: tuple[str, ...]) -> bool:
            return any(" ".join(words[:cut]) in places and " ".join(words[cut:]) in people
                       for cut in range(1, len(words) - 1)) or (
                len(words) == 2 and words[0] in places and words[1] in surnames
                and words[1] not in wordlists().first_names and not _place_word_kind(words))

        run_together = [
            key for key, kind in self.accepted.items()
            if kind == EntityKind.PLACE and not self.forms[key].titles
            and place_then_person(self.forms[key].words)
            and not self.decisions.kinds.get(self.forms[key].form)
        ]
        for key in run_together:
            del self.accepted[key]

    def _given_name(self, word: str) -> bool:
        """Whether a word may be a given name: never written in lower case and no everyday
        word, or a given name of the word list."""
        lists = wordlists()
        return word in lists.first_names or (
            word.replace("-", "").isalpha() and self.lower[word.lower()] == 0
            and lists.frequency(word.lower()) < 3.5
            and word not in lists.not_names and word not in lists.honorifics
            and word.lower() not in lists.stopwords)

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
        # After a place word, or before one, a word of the name may be one that English uses
        # as a function word: "Port Said", "Tự Do Street" (but "the Café I liked" is not).
        place_word = opens_place_name(words[0]) or words[-1] in lists.place_suffixes
        if any(w.lower() in lists.stopwords and w not in CONNECTORS
               # a family word before a name or after a title is a name's ("Ma Joad",
               # Korean "Ma Okhee", "Grandmother Ma"), though the list's "ma" (of "ma'am")
               # is none
               and not (i == 0 and (len(words) > 1 or stats.titles)
                        and w in lists.family_words)
               and not (w == "of" and (i == 1 or _place_word_of(words, i)))
               and not (place_word and i > 0 and len(w) > 1)
               # after "bin" or "binti" comes a father's given name, whatever English makes
               # of the word ("Rukia binti Said")
               and not (i > 0 and words[i - 1] in PATRONYM_CONNECTORS)
               for i, w in enumerate(words)):
            return False
        if any(w in lists.not_names and not (w in SURNAMES_ALSO_INTERJECTIONS and stats.titles)
               and not (i == 0 and w in CALENDAR_GIVEN_NAMES and len(words) > 1)  # "Sunday Agu"
               and not (i == 1 and w in SURNAMES_ALSO_PEOPLES)  # "Mandla Zulu"
               for i, w in enumerate(words)) and not (
            _place_word_kind(words) and words[0] not in lists.honorifics
            and not all(w in lists.not_names for w in words)
        ) and " ".join(words) not in lists.places:
            return False  # ("Easter Road" is a street all the same, New York a city)
        if len(words) > 1 and words[-1] in lists.honorifics:
            return False  # a title with no name after it: "La Comtesse", "the Queen Mother"
        if len(words) > 1 and words[-1] in _FEAST_WORDS and words[0] not in lists.first_names:
            return False  # "Boxing Day", "Sloppy Joe Night", "Fourth Month": a day, no one
        if 2 * stats.feast >= stats.total and not (stats.said or stats.kin or stats.person_verb):
            return False  # "the Feast of Saint John": a day kept, mostly, and no one who acts
        if len(words) > 1 and words[-1].lower() in NUMBER_WORDS and all(
            everyday_word(w) for w in words[:-1]
        ):
            return False  # "Form Five", "Standard Three", "Ward Seven": a class or a ward
        strong = stats.titles.total() > 0 or stats.said > 0 or stats.kin > 0
        # A well-known place said as what a thing is of ("a Chicago winter", "a Kirkwall
        # man") is still that place: the gazetteer holds no makes; and so is one the book
        # also says something is in or at with no "the" ("a Tønsberg man… somewhere in
        # Tønsberg"), which a make never is ("in the Land Rover").
        in_it = stats.place_prep > stats.place_the
        if not (strong or in_it or " ".join(words) in lists.places) and (
            2 * stats.article >= stats.total and words[0] not in lists.first_names
        ):
            return False  # mostly "a X": a make, a kind of thing, not someone or somewhere
        if family_name_first(words) and lists.frequency(words[0].lower()) < _COMMONEST:
            return True  # "Park Jun-ho", whatever "park" is — but not "Tell Mei-ying"
        if _place_word_kind(words):
            if _title_holders(words) and not stats.place_prep and (
                " ".join(words) not in lists.places
            ):
                return False  # "the Lord's Prayer", "a King's Counsel": no place, no one
            # At a sentence's head only a letter's dateline says where ("Fort Kochi, 3 June"),
            # or words no one writes in lower case before the place word, neither everyday
            # English nor a given name ("Rana Plaza, the newsreader says"): no "Tell" or
            # "Poor" of a sentence's head, and no "Tom" of "Tom Hill said".
            return stats.noninitial > 0 or strong or stats.place_prep > 0 or (
                words[-1] in lists.place_suffixes and all(
                    self.lower[w.lower()] == 0 and w not in lists.first_names
                    and lists.frequency(w.lower()) < 3.5 for w in words[:-1]))
        if len(words) > 1:
            # A run of words that are never written in lower case is a name even when it
            # only ever opens sentences ("Adrien Perin, a painter, ...").
            # A given name that is also a word ("Hope Mason", "Grace Underwood", "Paj Lee"
            # of "Auntie Paj") may be written in lower case elsewhere; the words after it
            # may not. A surname's particle inside the name ("Le" of "Hervé Le Goff") is
            # part of the surname, however common the word is in English text.
            unusual = all(
                (self.lower[w.lower()] == 0 or (i == 0 and (
                    w in lists.first_names or named_by_choice(w, self.lower, self.capital))))
                and (lists.frequency(w.lower()) < 4.5 or w in lists.first_names
                     or (i == 0 and w in CALENDAR_GIVEN_NAMES))  # heading a run, a given name
                for i, w in enumerate(words) if w not in CONNECTORS
                and not (0 < i < len(words) - 1 and w in SURNAME_PARTICLES)
            )
            return stats.noninitial > 0 or strong or stats.person_verb > 0 or unusual
        word = words[0]
        low = word.lower()
        if len(word) < 2:
            return False
        if _epithet_of_titled(stats):
            return False
        if stats.titles.total() > 0:
            # "Lord Protector", "Lady Patroness": an office, unless the book calls someone so.
            return not (set(stats.titles) <= OFFICE_TITLES and word not in lists.first_names
                        and low.endswith(_OFFICE_ENDINGS) and lists.frequency(low) >= 3.0)
        if all(part in NUMBER_WORDS for part in low.split("-")):
            # '"Eight," she said', '"Forty-two," he said', "Ten-thirty": a number said (an
            # age, a price, a time, a mark), no one spoken to, however it is written.
            return False
        if stats.noninitial == 0 and not stats.kin and self._everyday_plural(word):
            # "Passengers began to gather", "Customers called him Mr. Sam": only ever at a
            # sentence's head, a plural of an everyday noun is people of a kind, whatever
            # they do ("Mr. Banks" or "Tom Banks" would make "Banks" a name all the same).
            return False
        if not (stats.titles or stats.kin) and _plural_of_no_name(word):
            # "the church bells of the Greeks", "the Tatars": a people, as "Greek" is no name.
            return False
        lower_uses = self.lower[low]
        if stats.same_as and stats.noninitial:
            # "Tuppence is Eli Haigh really": the text says whom the word names, and names
            # him by it in mid-sentence too — a name, whatever "tuppence" also means.
            return True
        if lower_uses > max(stats.noninitial, 1) and not (stats.said or stats.kin):
            return False
        if lists.frequency(low) >= _COMMONEST and word not in lists.first_names and not (
            stats.said > 1 or stats.kin
        ):
            return False  # "Tell him…", "People who…": the commonest words, no names
        if stats.noninitial == 0 and not strong:
            # Only ever at the head of a sentence: a name when it is never written in lower
            # case, is no everyday word (a well-known place is none, however often English
            # prints it: "Budapest"), and does what people do ("Mira walked") or heads a
            # letter's dateline ("Łódź, 3 March 1910").
            return (
                lower_uses == 0
                and (lists.frequency(low) < 3.5 or word in lists.first_names
                     or word in lists.places)
                and (stats.person_verb > 0 or any(is_dateline(run) for _d, _b, run in stats.runs))
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

    @staticmethod
    def _everyday_plural(word: str) -> bool:
        """Whether a word is the plural of an everyday English noun ("Passengers", "Guards",
        "Churches") and no given name or place, nor its singular ("Frances" of "France")."""
        if not word.endswith("s") or len(word) < 4:
            return False
        lists = wordlists()
        if word in lists.first_names or word in lists.places:
            return False
        singulars = {word[:-1]} | (
            {word[:-2]} if word.endswith("es") and word[:-2].endswith(_SIBILANTS) else set())
        return any(everyday_word(singular) and singular not in lists.places
                   for singular in singulars)

    def _family_plural(self, stats: FormStats) -> bool:
        """'the Westons' or 'the John Knightleys' is a family, not another character, and
        'both Thomases' or 'the two Zohras' people who share a given name, not somewhere."""
        word = stats.words[-1]
        if not word.endswith("s") or len(word) < 4:
            return False
        head = " ".join(stats.words[:-1])
        given = word[:-2]
        if not head and word.endswith("es") and given.endswith(_SIBILANTS) and (
            fold(given) in self._folded_given_names
        ):
            # "Thomases", "Alexes", "two Tomases" of Tomás (its accent dropped, as English
            # plurals drop it): the "es" only a plural puts on a given name
            return True
        for base in {word[:-1], word[:-2] if word.endswith("es") else word[:-1]}:
            # Only a known person's name makes a family: "Randalls" is a house, not the
            # family of a "Randall" who never appears with a title or a given name.
            named = f"{head} {base}" if head else base
            if head and named in self.forms and named != stats.form:
                return True
            if any(key != stats.form for key in self._family_titled.get(named, ())):
                return True  # a family title before it: "Mr Weston" of "the Westons"
            if not head and base in self._surnames_of_full_names:
                return True  # "the Varrows" of "Maelis Varrow"
            # Said only after a count ("two", "both"), the plural of a name the book says, or
            # of a given name, is the several who bear it, whoever they are.
            if (" ".join(part for part in (head, base) if part) in self.forms
                    or (not head and fold(base) in self._folded_given_names)) and _counted(stats):
                return True  # "the two Zohras", "three Patricks": more than one of a name
            # Once after a count is enough for a given name the book says alone: "the two
            # Ismails" tells who "the Ismails" were.
            if not head and base in self.forms and fold(base) in self._folded_given_names and (
                _counted_once(stats)
            ):
                return True
        return False

    @cached_property
    def _family_titled(self) -> dict[str, list[str]]:
        """The forms that are a family title and a name ("Mr Weston", "Mrs John Knightley"),
        by the name after the title: what `_family_plural` and `_is_titled_surname` look up,
        in place of trying every title before a name."""
        titled: dict[str, list[str]] = {}
        for key in self.forms:
            title, space, named = key.partition(" ")
            if space and title in FAMILY_TITLES:
                titled.setdefault(named, []).append(key)
        return titled

    @cached_property
    def _surnames_of_full_names(self) -> frozenset[str]:
        """The last words of the full names known to be people's, by a given name, a title
        or what they do ("Varrow" of "Queen Maelis Varrow"), or of two words opening with one
        that may be a given name ("Ranade" of "Tanvi Ranade"), which a family plural may be
        made of."""
        first_names = wordlists().first_names
        return frozenset(
            stats.words[-1] for stats in self.forms.values()
            if len(stats.words) > 1 and not _place_word_kind(stats.words) and (
                stats.words[0] in first_names or stats.titles
                or stats.said + stats.kin + stats.person_verb > 0
                or (len(stats.words) == 2 and self._given_name(stats.words[0]))))

    def _kind(self, stats: FormStats) -> EntityKind:
        lists = wordlists()
        words = stats.words
        if words[-1] in ORGANISATION_WORDS and not stats.titles:
            return EntityKind.OTHER  # "the Marine Unit", "the Housing Society": neither
        if words[-1] in EVENT_WORDS and not stats.titles:
            return EntityKind.OTHER  # "since the Winter War", "headman in the Emergency"
        if (set(stats.titles) <= {"Saint", "St"} and stats.titles and stats.place_prep
                and not (stats.said or stats.kin or stats.person_verb)):
            # "in Saint Hélyi", "all over Saint Ouën": a parish or town named for its saint
            # that the book is in, at or goes to, and that no one says or does anything.
            return EntityKind.PLACE
        if stats.titles.total() > 0 or self._is_titled_surname(words):
            return EntityKind.CHARACTER
        if len(words) == 1 and words[0] in lists.family_words:
            return EntityKind.CHARACTER  # "back to Abbu": a father, wherever he is
        if _place_word_kind(words):
            return EntityKind.PLACE
        if words in self._names_with_generations:
            return EntityKind.CHARACTER  # "Farhad Karimi" of "Farhad Karimi Junior"
        if len(words) > 1 and stats.form in self._names_said_to_be and (
            " ".join(words) not in lists.places
        ):
            return EntityKind.CHARACTER  # "Tito Ramon was Epifanio Cruz": his full name
        # "Owd Jack Fearnley": a given name after an epithet is as good.
        named = without_epithet(words)
        if len(named) > 1 and named[0] in lists.first_names and " ".join(words) not in lists.places:
            return EntityKind.CHARACTER
        if len(words) > 1 and " ".join(words) not in lists.places and (
            self._is_titled_surname(words[-1:]) or self._someone(words[0])
        ):
            return EntityKind.CHARACTER  # "Arvid Rønning" of "Mr. Rønning"; "Sissel Kvåle"
        if family_name_first(words) or self.house_first(words):
            # "Lê Văn Bảy", "Park Jun-ho", "Edakkattu Thomas": a person's name
            return EntityKind.CHARACTER
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
    def _names_with_generations(self) -> frozenset[tuple[str, ...]]:
        """The full names the book also writes with a generation after them ("Farhad Karimi"
        of "Farhad Karimi Jr."): a father and the son named for him, never somewhere, as
        places have no juniors."""
        return frozenset(stats.words[:-1] for stats in self.forms.values()
                         if len(stats.words) > 2 and stats.words[-1] in GENERATIONS)

    @cached_property
    def _names_said_to_be(self) -> frozenset[str]:
        """The full names a sentence says another name is ("Tito Ramon was Epifanio Cruz,
        Apung Doro's son", "Her real name was Narcisa Reyes"): a person's, as no one is said
        to be somewhere, whatever else is said of the name ("the Epifanio Cruz on the list")."""
        return frozenset(name for stats in self.forms.values() for name in stats.same_as)

    @cached_property
    def _folded_given_names(self) -> frozenset[str]:
        """The given names the word lists know and those of the book's full names, folded."""
        return _folded_first_names() | {fold(name) for name in self._given_names_of_full_names}

    @cached_property
    def _given_names_of_full_names(self) -> frozenset[str]:
        """The first words of the untitled full names that are no place's ("Brook" of "Brook
        Delorme", not "Kettle" of "Kettle Lake")."""
        return frozenset(stats.words[0] for stats in self.forms.values()
                         if len(stats.words) > 1 and not stats.titles
                         and not _place_word_kind(stats.words)
                         and not any(w in CONNECTORS for w in stats.words))

    def _house_name(self, word: str) -> bool:
        """Whether the book names a household by `word` ("the Edakkattu family", "the
        Puthenveettil people") and it is no given name and nowhere the book or the gazetteer
        knows: a family's name. Asked only of a name's words, so kept per word, not found
        for every form of the book."""
        found = self._house_names.get(word)
        if found is None:
            lists = wordlists()
            stats = self.forms.get(word)
            found = (stats is not None and len(stats.words) == 1 and not stats.titles
                     and not self._placed(stats) and word not in lists.first_names
                     and word not in lists.places
                     and any(run.next in _HOUSEHOLD and run.prev == "the" and run.next_spaced
                             for _document, _base, run in stats.runs))
            self._house_names[word] = found
        return found

    @staticmethod
    def _placed(stats: FormStats) -> bool:
        """Whether a word is said where someone is or goes ("at Kalathil"): not where it is
        only ever said before a noun it is the family of ("from the Kalathil house", "the
        Kalathil people"), as the place there is the noun's, not the word's."""
        return bool(stats.place_prep) and not all(
            run.next and run.next_spaced for _document, _base, run in stats.runs)

    def house_first(self, words: tuple[str, ...]) -> bool:
        """Whether a two-word name is a family's name the book has, then a given name of the
        word lists ("Edakkattu Thomas" of "the Edakkattu family"): the house name written
        first, as Kerala's Syrian Christians write their names."""
        return (len(words) == 2 and words[1] in wordlists().first_names
                and self._house_name(words[0]) and not self._house_name(words[1]))

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
        return words[0] in self._family_titled  # "Weston" of "Mr Weston"

    # --- clustering --------------------------------------------------------------------------
    def _cluster(self) -> None:
        lists = wordlists()
        people = {k: s for k, s in self.forms.items()
                  if self.accepted.get(k) == EntityKind.CHARACTER}
        addressed = self._addressed_given_names(people)
        plain_full = [k for k, s in people.items() if len(s.words) > 1 and not s.titles
                      and k not in addressed]
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
        named_titles = self._named_titles(people)
        self._titles_named = frozenset(named_titles)
        for key in full_names + list(named_titles):
            words = named_titles.get(key) or self.forms[key].words
            if kunya(words):
                continue  # "Abu Karim" is Karim's father: neither word names him alone
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
                               or self._longer_place(stats) or self._owning_place(stats)
                               or key)
                continue
            words = stats.words
            if key in addressed:
                parent[key] = addressed[key]
            elif len(words) > 1:
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
                if stats.titles and same and plain not in self.accepted:
                    # "Don Anselmo Villaseñor" of "Don Anselmo Villaseñor Cruz": the one
                    # longer full name it begins, as without the title; or "Dr. Anselm Quist"
                    # of "Anselm Bertil Quist", the one with a middle name between its words.
                    parent[key] = (self._longer_full_name(key, by_first)
                                   or self._with_middle_name(key, by_last) or key)
                elif stats.titles:
                    parent[key] = plain if same and plain in self.accepted else key
                else:
                    parent[key] = (self._without_epithet(key)
                                   or self._longer_given_name(key, by_last)
                                   or self._pet_form_full_name(key, by_last)
                                   or self._with_middle_name(key, by_last)
                                   or self._nickname_full_name(key, by_last)
                                   or self._longer_full_name(key, by_first)
                                   or self._surname_with_particle(key, by_last) or key)
            elif stats.titles:
                parent[key] = (self._titled_owner(stats, by_last, by_first, lists.first_names)
                               or key)
                self._titled_links[key] = parent[key]
            else:
                parent[key] = (self._respected_name(key)
                               or self._title_nickname_owner(words[0], parent)
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
            # "His wife called him Revill, the factor called him Revill": a name said again
            # after itself is no one else it is given to; given after itself only ("call him
            # Francis… called him Francis"), it is given to no one else at all.
            targets = Counter({name: n for name, n in self.forms[key].nickname_of.items()
                               if name != key})
            if not targets and self.forms[key].nickname_of:
                continue
            first_target = targets.most_common(1)[0][0] if targets else ""
            if first_target in self.accepted and _place_word_kind(
                self.forms[first_target].words
            ) and self.forms[key].nickname_near:
                # Given after a name its place word makes a place's ("has run Kestrel Ward…
                # call her Winnie"): the one character the pronoun's sex picks out among the
                # names said before.
                target = self._nickname_owner(key, parent, sexed=True)
                if target is not None and not self._names_another(key, target, by_first,
                                                                  by_last):
                    parent[key] = target
            elif targets and (self.accepted.get(targets.most_common(1)[0][0])
                              == EntityKind.CHARACTER or not self.forms[key].same_as):
                target = targets.most_common(1)[0][0]
                if self.accepted.get(target) == EntityKind.CHARACTER and target != key and (
                    not self._names_another(key, target, by_first, by_last)
                ):
                    parent[key] = target
                    self._nickname_with_surname(key, target, parent, by_first)
            elif self.forms[key].nickname_near and not self.forms[key].same_as:
                # "The English call him Snowy. His name is Albert Pridmore": whom a sentence
                # says the name is goes before a guess among the names said before it.
                target = self._nickname_owner(key, parent)
                if target is not None and not self._names_another(key, target, by_first,
                                                                  by_last):
                    parent[key] = target
            elif self.forms[key].same_as:
                # (also when the name a calling gave it to is a place's: "…opened a
                # dispensary in Saddar. Everyone called him Doctor Sahib")
                target = self.forms[key].same_as.most_common(1)[0][0]
                if self.accepted.get(target) == EntityKind.CHARACTER and (
                    self.accepted[key] == EntityKind.CHARACTER
                ):
                    parent[key] = target
        # "Aunt Winnie", when Winnie is what the text says Winifred Oakes is called (or
        # "Theia Lenio", when Lenio is said to have the real name Eleni): the kin title
        # goes before the nickname as before a given name, and is hers.
        kinship = lists.kinship
        for key in self.accepted:
            stats = self.forms[key]
            bare = self.forms.get(stats.words[0]) if len(stats.words) == 1 else None
            if (bare is not None and stats.titles and parent.get(key) == key
                    and (stats.titles.most_common(1)[0][0].lower() in kinship
                         or stats.titles.most_common(1)[0][0] in lists.family_words)
                    and parent.get(bare.form, bare.form) != bare.form
                    and (bare.nickname_of or bare.nickname_near or bare.same_as)):
                parent[key] = bare.form
        for alias, canonical in self.decisions.aliases.items():
            a = self._find_key(alias)
            c = self._find_key(canonical)
            if a and c:
                parent[a] = c

        def root(key: str) -> str:
            path: list[str] = []
            while parent.get(key, key) != key and key not in path:
                path.append(key)
                key = parent[key]
            loop = path[path.index(key):] if key in path else []
            if len({self.forms[name].words for name in loop}) == 1:
                # A name with a title and without it, each said to be the other's ("Thida"
                # the bare form of the one "Ma Thida", and "called her Ma Thida" a name given
                # to Thida), are one person's, whichever is asked about. (Other loops are
                # two guesses that disagree: "christened her Mari for her sister. The first
                # we always called Mari Ann" leaves the sisters apart.)
                return min(loop, key=lambda name: (-self.forms[name].total, name))
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

    def _respected_name(self, key: str) -> str | None:
        """The name a one-word name is with Malayalam "-chan" (respect for an elder man) or
        Japanese "-chan" (fondness) written on to it, when the book says that name alone too
        ("Chackochan" of "Chacko"): one person. A name that only ends so ("Buchan") has no
        such name of three letters or more before the ending."""
        stats = self.forms[key]
        if stats.titles or len(stats.words) != 1 or not stats.words[0].endswith(_RESPECT_ENDING):
            return None
        base = stats.words[0][: -len(_RESPECT_ENDING)]
        found = self.forms.get(base)
        if len(base) < 3 or found is None or found.titles or (
            self.accepted.get(base) != EntityKind.CHARACTER
        ):
            return None
        return base

    @staticmethod
    def _addressed_given_names(people: dict[str, FormStats]) -> dict[str, str]:
        """Two-word names that are a title written without its accents before the given name
        of the one full name written family name first that ends on it ("Chi Hanh", "Co
        Tuyet" of "Vo Thi Hanh", "Dinh Thi Tuyet": Vietnamese Chị, Cô), and the title alone
        when it is said before one such name only, by the full name they are. Only there:
        "Chi" and "Co" are names and words too ("Co Durham")."""
        by_given: dict[str, list[str]] = defaultdict(list)
        for key, stats in people.items():
            if len(stats.words) == 3 and not stats.titles and family_name_first(stats.words):
                by_given[stats.words[-1]].append(key)
        unaccented = _unaccented_titles()
        addressed = {
            key: by_given[stats.words[1]][0] for key, stats in people.items()
            if len(stats.words) == 2 and not stats.titles and stats.words[0] in unaccented
            and len(by_given.get(stats.words[1], ())) == 1
        }
        # The title said alone ("to be anyone's Chi") is how the one so addressed is called.
        by_title: dict[str, set[str]] = defaultdict(set)
        for key, full in addressed.items():
            by_title[people[key].words[0]].add(full)
        addressed.update((title, fulls.pop()) for title, fulls in by_title.items()
                         if title in people and len(fulls) == 1)
        return addressed

    def _mentions(self, members: list[str]) -> list[Span]:
        key = tuple(members)
        parts = tuple(self.forms[member] for member in members)
        held = self._held.mentions.get(key)
        if held is not None and len(held[0]) == len(parts) and all(
            a is b for a, b in zip(held[0], parts, strict=True)
        ):
            _parts, mentions, pieces = held
        else:
            # In order of (document, start): document by document, each document's spans
            # sorted by where they start, which is what sorting them all at once gives. A
            # document's piece is kept while it comes from the very shares it came from
            # (an edit to a document makes its shares anew), so a much-named character's
            # mentions are sorted again only in the edited chapter.
            before = held[2] if held is not None else {}
            by_document: dict[str, list[FormStats]] = {}
            for stats in parts:
                for share in stats.shares or (stats,):
                    if share.runs:  # (a share is one document's: its runs all lie there)
                        by_document.setdefault(share.runs[0][0], []).append(share)
            mentions = []
            pieces = {}
            for document in sorted(by_document):
                shares = by_document[document]
                piece = before.get(document)
                if piece is None or len(piece[0]) != len(shares) or any(
                    a is not b for a, b in zip(piece[0], shares, strict=True)
                ):
                    piece = (tuple(shares), sorted(
                        (span for share in shares for span in self._share_spans(share)),
                        key=lambda s: s.start))
                pieces[document] = piece
                mentions.extend(piece[1])
        self._fresh.mentions[key] = (parts, mentions, pieces)
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

    def _nickname_owner(self, key: str, parent: dict[str, str],
                        sexed: bool = False) -> str | None:
        """Whom "called him Brother Man" at a paragraph's head names: the one character of
        the pronoun's sex among the names said just before (with `sexed`, only one whose
        name tells that sex)."""
        owners, unsexed = set(), set()
        for pronoun, near in self.forms[key].nickname_near:
            if near == key or self.accepted.get(near) != EntityKind.CHARACTER:
                continue
            sex = self.forms[near].sex
            if sex == {"him": "m", "her": "f"}[pronoun]:
                owners.add(parent.get(near, near))
            elif sex == "-":
                unsexed.add(parent.get(near, near))
        if not owners and len(unsexed) == 1 and not sexed:
            # "Reb Shmuel came in at six. … to his customers he was Sam": the one character
            # said before, whose sex the name does not tell.
            return unsexed.pop()
        return owners.pop() if len(owners) == 1 else None

    def _nickname_with_surname(self, key: str, target: str, parent: dict[str, str],
                               by_first: dict[str, list[str]]) -> None:
        """The full name made of a nickname and the surname of the full name it is given for
        ("Ned Loring", of "Edward Loring, called Ned") is that one too, when nothing else
        has claimed it."""
        words, named = self.forms[key].words, self.forms[target].words
        if len(words) != 1 or len(named) < 2:
            return
        for full in by_first.get(words[0], []):
            if full != target and self.forms[full].words[-1] == named[-1] and (
                parent.get(full, full) == full
            ):
                parent[full] = target

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
        'Opa' -> the one grandfather written "Opa Remi" (a family word that is a title too),
        but not 'Txiv' (father) -> the one written "Txiv Ntxawm" (father's younger brother).
        Titled forms are clustered first, so `parent` already says whose each one is."""
        lists = wordlists()
        titles = TITLE_NICKNAMES.get(word) or (
            {word} if word in lists.family_words and word in lists.honorifics else None)
        if not titles:
            return None
        holders = [key for key, stats in self.forms.items()
                   if stats.titles and stats.titles.most_common(1)[0][0] in titles
                   and self.accepted.get(key) == EntityKind.CHARACTER]
        if word not in TITLE_NICKNAMES and word.lower() in lists.parent_words:
            # A word the book only ever says after a word for a parent ("Txiv Ntxawm",
            # father's younger brother; "Niam Tais", mother's mother) is a kin word of that
            # language, not a name: the word for a parent alone ("Txiv") is the parent.
            untitled = {name for stats in self.forms.values() if not stats.titles
                        for name in stats.words}
            if any(self.forms[key].words[0] not in untitled for key in holders):
                return None
        owners = {parent.get(key, key) for key in holders}
        return owners.pop() if len(owners) == 1 else None

    def title_holder(self, title: str) -> str | None:
        """The one character written with this title ("the Commander"), if only one is."""
        title = normal_title(title)
        holders = {self.cluster_of[key] for key, stats in self.forms.items()
                   if key in self.cluster_of and title in stats.titles}
        return holders.pop() if len(holders) == 1 else None

    @staticmethod
    def _place_of_word(stats: FormStats, places_by_word: dict[str, set[str]]) -> str | None:
        """A place named by one word of one longer place's name ("Wenlow" of "Little Wenlow",
        "the Tower" of "the Tower of Ash") is that place — unless the word is a well-known
        place of its own (York beside New York). Of several, the one that is the word and a
        place word alone ("Quetrelmo" of "Caleta Quetrelmo", a cove, beside a run of words
        that only opens on it)."""
        if len(stats.words) != 1 or stats.words[0] in wordlists().places:
            return None
        owners = places_by_word.get(stats.words[0], set())
        if len(owners) > 1:
            owners = {owner for owner in owners if len(words := owner.split()) == 2
                      and (opens_place_name(words[0]) or words[1] in wordlists().place_suffixes)}
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
        longer = self._places_by_opening.get(stats.words, ())
        return next(iter(longer)) if len(longer) == 1 else None

    @cached_property
    def _places_by_opening(self) -> dict[tuple[str, ...], set[str]]:
        """The places by each run of words their names open with, short of the whole name
        ("Santa Rita" of "Santa Rita de las Sales"): what `_longer_place` looks up, in place
        of going through every place for every place. Made when clustering begins, once
        `accepted` is final."""
        found: dict[tuple[str, ...], set[str]] = {}
        for key, kind in self.accepted.items():
            if kind == EntityKind.PLACE:
                words = self.forms[key].words
                for cut in range(1, len(words)):
                    found.setdefault(words[:cut], set()).add(key)
        return found

    def _owning_place(self, stats: FormStats) -> str | None:
        """'Santa Filomena's' -> 'Santa Filomena': a saint's name in the possessive names a
        church or a school ("St Mary's") only when the book names no place by the same words
        without it; when it does, it is that place owning something ("the Santa Filomena's
        planking", of a boat)."""
        last = stats.words[-1]
        bare = last.removesuffix("'s").removesuffix("’s")
        if bare == last or len(stats.words) < 2:
            return None
        owner = " ".join((*stats.words[:-1], bare))
        return owner if self.accepted.get(owner) == EntityKind.PLACE else None

    def _surname_with_particle(self, key: str, by_last: dict[str, list[str]]) -> str | None:
        """'Ó Súilleabháin' -> 'Sergeant Ciarán Ó Súilleabháin': a surname that opens with a
        particle is the one full name it ends."""
        words = self.forms[key].words
        if words[0] not in SURNAME_PARTICLES:
            return None
        return self._one_longer(words, by_last.get(words[-1], []), at_end=True)

    def _without_epithet(self, key: str) -> str | None:
        """'Little Ricky Dee' -> 'Ricky Dee': a word such as Little, Big, Old or Young said
        before a name the book writes without it describes that one person — unless the book
        has another of the name with another such word ('Big Tom' and 'Little Tom' are two)."""
        words = self.forms[key].words
        named = without_epithet(words)
        if named == words:
            return None
        rest = " ".join(named)
        if self.accepted.get(rest) != EntityKind.CHARACTER or any(
                f"{other} {rest}" in self.accepted for other in EPITHETS if other != words[0]):
            return None
        return rest

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

    def _pet_form_full_name(self, key: str, by_last: dict[str, list[str]]) -> str | None:
        """'Archie Brough' -> 'Archibald Brough': the one other full name of that surname
        whose given name the shorter one's is a pet form of (Archie, Davie, Alfie), of the
        same sex — not Jackie of Jack, a given name of either sex in its own right — unless
        the book says one of them is another of the name ("another David Laidlaw entirely")
        or tells a father and a son of it apart ("Terry Vance junior")."""
        words = self.forms[key].words
        first_names = wordlists().first_names
        pet = words[0]
        longer = [
            other for other in by_last.get(words[-1], [])
            if self.forms[other].words[1:] == words[1:]
            and len(self.forms[other].words[0]) > len(pet)
            and first_names.get(pet, first_names.get(self.forms[other].words[0]))
            == first_names.get(self.forms[other].words[0])
            and diminutive(self.forms[other].words[0], pet)
        ]
        if len(longer) != 1 or any(
            run.prev in _ANOTHER or run.next.capitalize() in GENERATIONS
            for form in (key, longer[0])
            for _document, _base, run in self.forms[form].runs
        ):
            return None
        return longer[0]

    def _with_middle_name(self, key: str, by_last: dict[str, list[str]]) -> str | None:
        """'Candlewright Quarle' -> 'Candlewright Osbet Quarle', 'Wesley Tolliver' -> 'Wesley
        Ray Tolliver': the one longer full name with the same first and last words. A middle
        initial is the one middle name it begins ('Wesley R. Tolliver' -> 'Wesley Ray
        Tolliver'), so the name without one is that name too."""
        words = self.forms[key].words
        initial = len(words) == 3 and is_middle_initial(words[1])
        if len(words) != 2 and not initial:
            return None
        longer = [other for other in by_last.get(words[-1], []) if other != key
                  and len(self.forms[other].words) == 3 and self.forms[other].words[0] == words[0]]
        spelled = [other for other in longer if not is_middle_initial(self.forms[other].words[1])]
        # Every middle word must begin with one letter: "Wesley T. Tolliver" is no Ray.
        letters = {self.forms[other].words[1][0] for other in longer}
        if initial:
            letters.add(words[1][0])
        if len(spelled) == 1 and len(letters) == 1:
            return spelled[0]
        return longer[0] if len(longer) == 1 and not initial else None

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

    @staticmethod
    def _named_titles(people: dict[str, FormStats]) -> dict[str, tuple[str, ...]]:
        """Titled names whose title the book also names someone by after another title:
        "Ma Geumsun" where it writes "Grandmother Ma" too is the full name of a woman whose
        family name is Ma, not Geumsun with the Burmese title Ma (sister). By key, the words
        of the full name, the title first."""
        named = {stats.words[0] for stats in people.values()
                 if stats.titles and len(stats.words) == 1
                 and stats.words[0] in wordlists().honorifics}
        return {key: (stats.titles.most_common(1)[0][0], *stats.words)
                for key, stats in people.items()
                if stats.titles and len(stats.words) == 1
                and stats.titles.most_common(1)[0][0] in named}

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
        fitting = [
            key for key in owners
            if (gender == "-"
                or first_names.get(self.forms[key].words[0], "-") in {gender, "-"}
                or self._titled_gender(key) == gender)
            # Initials tell no sex, but a name said by them is a man's far more often than a
            # woman's: "Mrs. Hollis" is the wife of "J.T. Hollis", not he.
            and not (gender == "f" and initials_name(self.forms[key].words[0])
                     and self._titled_gender(key) != "f")
            # Nor is "Frau Großmann" the woman written "Fräulein Käthe Großmann" elsewhere.
            and not self._titles_of.get(" ".join(self.forms[key].words), set()) & (
                UNMARRIED_TITLES if title in MARRIED_TITLES
                else MARRIED_TITLES if title in UNMARRIED_TITLES else set())
        ]
        # "Miss Jane Bates" is not the "Mrs. Bates" of the book: a full name written with a
        # title gathers only that title before its surname. A given name is one person's
        # whatever is said before it: "Mzee Abdalla" (elder) is the "Nahodha Abdalla bin
        # Juma" (captain) of the book.
        candidates = [key for key in fitting if kin or given or not self.forms[key].titles
                      or title in self.forms[key].titles]
        rank = gender == "-" and not kin and not given and title not in FAMILY_TITLES
        if rank and len(fitting) > len(candidates) and not any(
            title in self.forms[key].titles for key in candidates
        ):
            # "Corporal Kessler", where "Ruth Kessler" and "Dr. Harold Kessler" share the
            # surname: a rank tells no sex, so the titled full name may be its holder as well;
            # of the two, the one man, a rank's holder far more often; else neither.
            men = {self.forms[key].words: key for key in fitting
                   if first_names.get(self.forms[key].words[0]) == "m"
                   or self._titled_gender(key) == "m"}
            if len(men) != 1:
                return None
            candidates = list(men.values())
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
            # "Wendell Coggins" is "Wendell Ashby Coggins" with his middle name left out.
            longer = self._with_middle_name(key, by_last) if given else (
                self._longer_given_name(key, by_last) or self._nickname_full_name(key, by_last))
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
        # (Written so again and again, as Emma writes "Mr. John Knightley"; once is how a
        # story brings someone in: "Sinjura Tereża Spiteri".)
        titled_full = self.forms.get(f"{title} {full}")
        told_apart = titled_full is not None and titled_full.total > 1
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

    def _sentences(self, key: str) -> set[tuple[str, int, int]]:
        """The sentences a form is said in."""
        return {(document, base, run.sentence) for document, base, run in self.forms[key].runs}

    def _said_together(self, a: str, b: str) -> bool:
        """Whether some sentence names both forms."""
        return not self._sentences(a).isdisjoint(self._sentences(b))

    def _two_people(self, a: str, b: str) -> bool:
        """Whether two one-word forms are said side by side in more than one sentence, as
        two people are ("Wangdu brought Lhamo back", "Lhamo hid behind Wangdu's legs"): a
        sentence may say one person's given name and surname apart once ("Later Sofie
        smiled at the baker, and Laurent was a name the baker knew"), hardly again."""
        if a not in self.forms or b not in self.forms:
            return False
        return len(self._sentences(a) & self._sentences(b)) > 1

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
        # "Wendell Coggins" and "Wendell Ashby Coggins" are one man.
        firsts = list(dict.fromkeys(self._with_middle_name(k, by_last) or k
                                    for k in by_first.get(word, [])))
        first_names = wordlists().first_names
        # "Weston" is a given name too, but not in a book of Mr. and Mrs. Weston.
        titled_more = sum(self.forms[k].total for k in titled) > sum(
            self.forms[k].total for k in firsts)
        given = bool(firsts) and (word in first_names or not lasts) and not titled_more
        if (titled or lasts) and not given:
            if any(self._built_on_fathers_name(k, by_first) for k in lasts):
                # "Hassan" of "Mohamed Abdi Hassan", the son's name built on his father's
                # "Abdi Hassan Farah": its last word is a forebear's given name, no family
                # name telling whose the word alone is.
                return None
            # A bare surname: the one full name with it, else the "Mr" of that name (narration
            # calls men by their surnames), else the one titled person with it.
            if len(lasts) == 1 and not titled:
                # "Wangdu", Lhamo's stepfather, whose name her passport gives her as a
                # surname ("Lhamo Wangdu"), is said beside "Lhamo" as another person.
                # Only where the full name is said once and its given name alone is no one
                # else's ("Mi-ran" of "Mi-ran Halmoni" is also "Seo Mi-ran").
                given_alone = self.forms[lasts[0]].words[0]
                apart = (self.forms[lasts[0]].total == 1 and not by_last.get(given_alone)
                         and by_first.get(given_alone) == lasts
                         and self._two_people(word, given_alone))
                return None if apart else lasts[0]
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
        if not firsts and not lasts and not titled and len(word) >= 3 and not (
            # "my daughter Yeshi, … named for her great-grandmother": a namesake, whose short
            # form of the relative's name ("Yeshiwork Worku") is her own.
            word in self.forms and self.forms[word].named_for
        ):
            # A short form of one full name's given name: "Mack" of "Mackenzie Delorme".
            longer = {k for given, keys in by_first.items()
                      if len(given) > len(word) and given.startswith(word) for k in keys}
            if len(longer) == 1:
                return longer.pop()
            if word not in first_names:
                # A nickname made of one full name's surname: "Smithy" of "Darren Smith",
                # "Robbo" of "Merv Robertson" (never "Davo" of both Davidson and Davies).
                made_from = {k for surname, keys in by_last.items()
                             if _nickname_of_surname(word, surname) for k in keys}
                if len(made_from) == 1:
                    return made_from.pop()
        return None

    def _built_on_fathers_name(self, key: str, by_first: dict[str, list[str]]) -> bool:
        """Whether a full name of three words or more is a given name of its own before the
        opening words of another full name of the book ("Maxamed Cabdi Xasan" beside "Cabdi
        Xasan Faarax"): a name of one's own name, the father's and his father's, as Somali and
        many Arabic names are, whose words are given names, none a family name."""
        words = self.forms[key].words
        if len(words) < 3:
            return False
        # Not a namesake's name with a generation after it ("Nana Samuel Kwame Mensah" beside
        # "Samuel Kwame Mensah Junior"): a title before the name they share.
        return any(len(self.forms[other].words) >= len(words)
                   and self.forms[other].words[: len(words) - 1] == words[1:]
                   and not GENERATIONS.intersection(self.forms[other].words)
                   for other in by_first.get(words[1], ()))

    def _owner_of_titled(self, key: str) -> str:
        return self._titled_links.get(key, key)

    def _display_name(self, head: str, members: list[str]) -> str:
        if head in self.decisions.aliases.values():
            return self.written_form(head)
        full = [m for m in members if (len(self.forms[m].words) > 1 and not self.forms[m].titles)
                or m in self._titles_named]
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
        # Added up share by share, in order: the same counts, first met in the same order,
        # as counting every run.
        written: Counter[str] = Counter()
        for share in stats.shares or (stats,):
            written.update(self._share_titles(share))
        title = written.most_common(1)[0][0]
        if title.startswith("-"):
            return f"{' '.join(stats.words)}{title}"  # "Kuroda-sensei"
        if stats.runs and stats.runs[0][2].title_after:
            return f"{' '.join(stats.words)} {title}"  # "Vasant Kaka"
        abbreviated = title in ABBREVIATED_TITLES
        dotted = any(self._has_dot(run) for _d, _b, run in stats.runs[:20])
        return f"{title}{'.' if abbreviated and dotted else ''} {' '.join(stats.words)}"

    def _share_titles(self, share: FormStats) -> Counter[str]:
        """How often one document's share of a titled form writes each title, kept while
        the share is the very one it was (as `_share_spans`)."""
        held = self._fresh.share_titles.get(id(share)) or self._held.share_titles.get(id(share))
        if held is not None and held[0] is share:
            written = held[1]
        else:
            # The last of several titles ("Sir Doctor"), but a title of two words whole. A run
            # with no title may share the form: "Bey Halit", written so, is the form of "Halit
            # Bey", whose title comes after the name.
            honorifics = wordlists().honorifics
            written = Counter(run.title if run.title in honorifics else run.title.split()[-1]
                              for _doc, _base, run in share.runs if run.title)
        self._fresh.share_titles[id(share)] = (share, written)
        return written

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
