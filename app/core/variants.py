"""Deciding when two names are one entity spelled two ways.

The known names are the words of every accepted character and place name. A spelling is compared
with them when it is capitalised somewhere in the manuscript and is not an everyday English word
there. Two spellings are variants when they fold to the same letters (Zoë/Zoe), or when they are
one or two edits apart (Damerau–Levenshtein, so a swapped pair of letters is one edit) and either
sound alike (Metaphone) or one is rare beside the other — the signature of a slip of the pen.

Not variants: plurals and possessives (Weston/Westons), also as a word of a full name ("the Santa
Filomena's planking"), one name written in capitals (a notice's "McPHAIL"), two distinct given names
from the names list (Anne/Anna) unless one is written once in a book full of the other, two names
of four letters one vowel apart, each written more than once (Teng/Tong), names of
opposite gender, a given name and its pet form (Sasha/Sashka; David/Davie, made of the name's first
syllable), a man's name and his wife's Hungarian married name (Gyula/Gyuláné), a Latvian surname's
man's and woman's forms (Bērziņš/Bērziņa; "Mr Ozols", "Mrs Ozola"), a Slavic woman's surname
and her family said in the plural (Sokolova/"the Sokolovs"), a Sicilian family
nickname's, each after its article ("U Cucchiaruni", "a Cucchiaruna"), a name as it is said
only to its bearer (Welsh "Ddilwyn" for Dilwyn, "Selamye" with an ending of endearment, the vocative
case of Polish "Kasiu" for Kasia or Ukrainian "Ivane" for Ivan), a rarer spelling that both
differs in its letters and carries an accent the commoner never has (a slip drops a mark, it does
not add one: "Marília" beside "Mariana", Italian "Marì" for Maria), a name only ever given as what
someone calls another ("he calls my husband Don Tomás", of Tomos; without its marks, "the
teacher called me Tran", of Trần; or, each spelling written again, the later one first brought
in as what a paper calls her: "a card that called her Rahmatiah", of Rahmatia), a place the
story goes to beside
a character's name ("the fair at Carlow" and "Carlo"; once, "the theological college in Malua"
and "Malia"), or a word only ever inside a place's longer
name beside one ("the fair at Braam Hill" and "Bram"), pairs the writer marked as different people,
two words each only ever inside a longer name that shares no other word with the other's ("Tung
Chung" and the shop "Wo Tong"), two words each only ever in its own place of full names of three
words that share no other word ("Tan Chun Beng" and "Chan Wing Kit"), a given name's English
form, its marks and a letter gone ("son of Martin" once, of Máirtín), a Gaelic byname lenited
after the name it follows ("Nuala Cháitín", Nuala daughter of Cáitín), nor two surnames two
letters apart after one given name, the rarer written more than once ("Miss Dorothy Pruitt",
then "Miss Dorothy Pratt" and "Miss Pratt"): a slip is not made twice, so the surname-clash
check tells it.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

import jellyfish
from rapidfuzz.distance import DamerauLevenshtein, JaroWinkler, Levenshtein

from app.core.model import Decisions, EntityKind, Span
from app.core.names import GENERATIONS, family_name_first
from app.core.text import fold
from app.core.wordlists import wordlists

if TYPE_CHECKING:  # the entity finder uses `diminutive`, and a manuscript holds a finder
    from app.core.manuscript import Manuscript

# A spelling seen this many times or fewer, beside a name seen at least RARE_RATIO times as
# often, is treated as a slip even when the two do not sound alike.
RARE_RATIO = 4
MIN_LENGTH = 4


@dataclass(frozen=True, slots=True)
class VariantPair:
    """`main` is the more frequent spelling, `variant` the other."""

    main: str
    variant: str
    main_count: int
    variant_count: int
    reason: str


def _is_inflection(a: str, b: str) -> bool:
    """Plurals and possessives ("Westons"), and pet forms ("Brookie", "Annie", "Katie"),
    which a writer means."""
    short, long = sorted((a, b), key=len)
    if long in {short + "s", short + "es", short + "'s", short + "’s"} or (
        short.endswith("y") and long == short[:-1] + "ies"
    ):
        return True
    stem = short[:-1] if short.endswith("e") else short
    return long in {stem + "ie", stem + "y", stem + "ey"} and len(stem) >= 3


# The endings a language puts on a family word for "my": Turkish "Annem" (my mother), "Babam",
# "Kardeşim" (my brother).
_MY_ENDINGS = ("m", "im", "ım", "um", "üm")


def _family_word_of_mine(word: str, other: str) -> bool:
    """Whether `word` is a family word that is `other` with an ending for "my" ("Annem" of
    "Anne": the teller's mother, and the word she is called to her face), one word in two
    cases, not a slip."""
    return word in wordlists().family_words and any(
        word == other + ending for ending in _MY_ENDINGS)


def _case_only(a: str, b: str) -> bool:
    """Whether two spellings differ only in letter case ("McPHAIL" of a death notice beside
    "McPhail"): capitals for a notice, a sign or a shout, the same name as written."""
    return a.casefold() == b.casefold()


_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=1 << 15)
def _sound(word: str) -> str:
    return jellyfish.metaphone(fold(word))


# A surname's woman's form in the Slavic languages: Sokolov/Sokolova, Voronin/Voronina,
# Kowalski/Kowalska, Tolstoy/Tolstaya, Novák/Nováková; and in Latvian, whose "-š" no English
# name ends in: Bērziņš/Bērziņa, Kalniņš/Kalniņa.
_GENDERED_ENDINGS = (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("yn", "yna"), ("ski", "ska"),
                     ("sky", "skaya"), ("cki", "cka"), ("dzki", "dzka"), ("oy", "aya"),
                     ("ák", "áková"), ("ý", "á"), ("š", "a"))
# A Latvian surname's man's and woman's endings that English names end in too (Ozols/Ozola,
# Berzins/Berzina written without marks, Gailis/Gaile): one family's two forms only where
# the text gives the one a man and the other a woman ("Mr Berzins", "Mrs Berzina").
_LATVIAN_ENDINGS = (("s", "a"), ("is", "e"))


# A Hungarian married woman is named by her husband's name and "-né", its last a or e
# lengthened: "Halmi Gyuláné" is Mrs. Gyula Halmi, "Kovács Jánosné" Mrs. János Kovács.
_MARRIED_ENDING = "né"
_LENGTHENED = {"a": "á", "e": "é"}


# Remembered: it reads the two names alone, and surname clash asks it of the same surnames
# run after run, each asking trying every ending.
@lru_cache(maxsize=1 << 14)
def gendered_forms(a: str, b: str) -> bool:
    """Whether two names are one family's, a man's and a woman's form: a Slavic surname's two
    forms, or a man's name and his wife's married name made of it ("Gyula", "Gyuláné")."""
    for man, woman in _GENDERED_ENDINGS:
        for x, y in ((a, b), (b, a)):
            if x.endswith(man) and y.endswith(woman) and x[: -len(man)] == y[: -len(woman)]:
                return True
    short, long = sorted((a, b), key=len)
    stem = long.removesuffix(_MARRIED_ENDING)
    return (stem != long and len(short) >= 3
            and stem in {short, short[:-1] + _LENGTHENED.get(short[-1:], "-")})


def _gendered_plural(a: str, b: str) -> bool:
    """Whether one name is a family said in the plural, as English says a family ("the
    Sokolovs", "the Kowalskis"), and the other the woman's form of its name ("Irina
    Sokolova", "Anna Kowalska"): one surname's two grammatical forms, not a slip."""
    for plural, other in ((a, b), (b, a)):
        for ending in ("s", "es"):
            if plural.endswith(ending) and gendered_forms(plural[: -len(ending)], other):
                return True
    return False


def _latvian_forms(manuscript: Manuscript, a: str, b: str) -> bool:
    """Whether two surnames are a Latvian man's and woman's form of one ("Mr Ozols", "Mrs
    Ozola"): the one written only of men, the other only of women, by a title or a given
    name before it — a slip of the pen does not change a name's sex with its last letter."""
    for man, woman in _LATVIAN_ENDINGS:
        for x, y in ((a, b), (b, a)):
            if (x.endswith(man) and y.endswith(woman) and len(x) > len(man) + 2
                    and x[: -len(man)] == y[: -len(woman)]
                    and _sexes_named(manuscript, x) == {"m"}
                    and _sexes_named(manuscript, y) == {"f"}):
                return True
    return False


# A family's nickname or surname in Italian and Sicilian: a man's ends in -u, -i or -o, a
# woman's in -a, each after its article ("U Cucchiaruni", his; "a Cucchiaruna", hers).
_ITALIAN_MANS_ENDINGS = frozenset("uio")
_ITALIAN_MANS_ARTICLES = frozenset({"U", "u", "Il", "il", "Lo", "lo"})
_ITALIAN_WOMANS_ARTICLES = frozenset({"A", "a", "La", "la"})


def _italian_forms(manuscript: Manuscript, a: str, b: str) -> bool:
    """Whether two names are an Italian or Sicilian family name's man's and woman's form, its
    last vowel made -a for her: the woman's only ever written after a woman's article ("a
    Cucchiaruna"), the man's after a man's article somewhere ("U Cucchiaruni") — an English
    "a" alone tells nothing ("for a Kinsella"), but no slip of the pen puts "U" before a name."""
    for man, woman in ((a, b), (b, a)):
        if not (len(man) >= 5 and man[-1] in _ITALIAN_MANS_ENDINGS
                and woman == man[:-1] + "a"):
            continue
        woman_after = _words_before(manuscript, woman)
        if (woman_after and woman_after <= _ITALIAN_WOMANS_ARTICLES
                and _words_before(manuscript, man) & _ITALIAN_MANS_ARTICLES):
            return True
    return False


def _words_before(manuscript: Manuscript, word: str) -> set[str]:
    """The words written right before a word, a space between, wherever it is written (an
    empty string where none is)."""
    found = set()
    for span in capitalised_words(manuscript).spans(word):
        text = manuscript.documents[span.document].text
        before = _WORD_BEFORE.search(text, max(0, span.start - _NEIGHBOUR_REACH), span.start)
        found.add(before.group(1) if before is not None else "")
    return found


def _sexes_named(manuscript: Manuscript, surname: str) -> set[str]:
    """The sexes the titles and given names written before a surname give its bearers."""
    return {stats.sex for stats in manuscript.finder.forms.values()
            if stats.words[-1:] == (surname,) and (len(stats.words) > 1 or stats.titles)
            } - {"-"}


def _hyphened_part_more(a: str, b: str) -> bool:
    """Whether one (folded) spelling is the other with a part joined by a hyphen, before or
    after it ("o-okami-san" of "okami-san", "anne-marie" of "anne")."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short + "-") or long.endswith("-" + short)


def diminutive(a: str, b: str) -> bool:
    """Whether one given name is the other's pet form with a diminutive ending: Sasha and
    Sashka, Galya and Galka, Anya and Anechka, Eitan and Eitani, Feyge and Feygele, Paulo
    and Paulinho, Yiannis and Yiannakis, Eleni and Elenitsa; or an English pet form made of a
    known given name's first syllable, David and Davie, James and Jamie, Robert and Robbie,
    Archibald and Archie."""
    short, long = sorted((a, b), key=len)
    if _undoubled(short, long):
        return False  # "Achile" of Achille: a doubled letter written once, not Yiddish "-le"
    stems = [short[:-1] if short[-1:] in _VOWELS else short]
    if short[-2:] in _GREEK_ENDINGS:
        stems.append(short[:-2])  # "Yiannis" and "Yiannakis", "Giorgos" and "Giorgakis"
    return any(len(stem) >= 3 and long.startswith(stem) and (
        long[len(stem) :] in _PET_ENDINGS or _bavarian_pet(stem, long[len(stem) :]))
               for stem in stems) or _first_syllable_pet(a, b) or _first_syllable_pet(b, a)


def _bavarian_pet(stem: str, rest: str) -> bool:
    """Whether `rest` is the Austrian and Bavarian "-l" or "-erl" of endearment after a stem
    ending in a consonant: Franzl of Franz, Hansl and Hanserl, Seppl, Gretl of Grete. Of
    a stem of four letters at least: "Carl" is no pet form of a "Car"."""
    return rest in ("l", "erl") and len(stem) >= 4 and stem[-1] not in _VOWELS


# A given name's first syllable: its first letter, its first vowels, then the consonants
# that close the syllable ("Dav" of David, "Charl" of Charles, "Rob" of Robert); of a name
# that opens on a vowel, that vowel and the consonants after it ("Arch" of Archibald, "Alf"
# of Alfred, "Ern" of Ernest).
_FIRST_SYLLABLE = re.compile(r".[^aeiouy]*[aeiouy]+([^aeiouy]+)")
_FIRST_VOWEL_SYLLABLE = re.compile(r"[AEIOU]([^aeiouy]+)")
# The English and Scots pet endings put on a first syllable: Davie, Danny, Davey. (Not
# Australian "-o", Davo: an "o" for a name's last vowel is a vocative, Polish "Łucjo".)
_SYLLABLE_PET_ENDINGS = ("ie", "y", "ey")


def _first_syllable_pet(name: str, pet: str) -> bool:
    """Whether `pet` is the known given name `name` cut after its first syllable with a pet
    ending, its last consonant doubled or not: Davie of David, Jamie of James, Robbie of
    Robert, Danny of Daniel. Only of a known given name: a surname has no pet form."""
    if name not in wordlists().first_names:
        return False
    for syllable in (_FIRST_SYLLABLE, _FIRST_VOWEL_SYLLABLE):
        match = syllable.match(name)
        if match is None:
            continue
        for end in range(match.start(1) + 1, match.end() + 1):
            stem = name[:end]
            if (len(stem) >= 3 and pet.startswith(stem)
                    and pet_ending(stem, pet[end:], _SYLLABLE_PET_ENDINGS)
                    and not pet_ending(stem, name[end:], _SYLLABLE_PET_ENDINGS)):
                # (A name already a pet form, Jessie, has "Jesie" for a slip, not a pet form.)
                return True
    return False


def pet_ending(stem: str, rest: str, endings: tuple[str, ...]) -> bool:
    """Whether `rest`, written after `stem`, is one of the pet or nickname `endings`, the
    stem's last consonant doubled before it or not: "Rob" and "bie" of Robbie, "Dan" and "ny"
    of Danny, "Smith" and "y" of Smithy, "Hen" and "no" of Henno."""
    return stem + rest in pet_forms(stem, endings)


def pet_forms(stem: str, endings: tuple[str, ...]) -> set[str]:
    """Every pet form `pet_ending` accepts after `stem`: "robie", "roby", "robbie", "robby" of "rob"
    with "ie" and "y"; for looking a stem's forms up among the names, not testing each."""
    forms = {stem + ending for ending in endings}
    if stem[-1:] not in ("", "a", "e", "i", "o", "u"):
        forms.update(stem + stem[-1] + ending for ending in endings)
    return forms


# The endings of Greek given names, which a pet form replaces.
_GREEK_ENDINGS = frozenset({"is", "os", "as", "es"})


_PET_ENDINGS = frozenset({"ka", "ochka", "echka", "enka", "ushka", "yusha", "ik", "ito", "ita",
                          "ie", "chen", "lein", "tje", "i", "ele", "le", "inho", "inha",
                          "akis", "aki", "oula", "oulis", "itsa", "oulas"})


_PLACE_WORDS = wordlists().place_prefixes | wordlists().place_suffixes


def _word_of_address(word: str) -> bool:
    """Whether a word is a family word or a title, before a name or after it."""
    lists = wordlists()
    return word in lists.family_words or word in lists.honorifics or word in lists.postfix_titles


def compare(a: str, a_count: int, b: str, b_count: int,
            people: frozenset[str] = frozenset()) -> str | None:
    """Why `a` and `b` look like one name spelled two ways, or None when they do not.
    `people` holds words of the places list that name a character in this manuscript
    ("Annapurna", a woman as well as a mountain): there they are no places."""
    lists = wordlists()
    if a == b or _is_inflection(a, b) or _case_only(a, b):
        return None
    if _word_of_address(a) and _word_of_address(b):
        # Abba and Abbu: two words for a father; Ba and Bà, a father and a title; Chacha and
        # Chachi, an uncle and his wife
        return None
    if _family_word_of_mine(a, b) or _family_word_of_mine(b, a):
        return None  # Turkish "Annem", my mother, beside "Anne", mother, said to her
    if a in _PLACE_WORDS or b in _PLACE_WORDS:
        return None  # "Galveston Bay" is no slip for Bảy
    if (a in lists.places and a not in people) != (b in lists.places and b not in people):
        return None  # "the men in Marseille" is no slip for Mireille, nor "China" for El Chino
    fa, fb = fold(a), fold(b)
    if fa == fb:
        if _word_of_address(a) != _word_of_address(b):
            return None  # Samoan "Tinā", mother, and the girl Tina: a word and a name
        if min(a_count, b_count) >= 2 and _marked_differently(a, b):
            return None  # "Phú" and "Phủ", each written more than once: tones tell words apart
        return "accents"
    if _hyphened_part_more(fa, fb):
        return None  # "Ō-okami-san" of "Okami-san": a word joined on, no slip
    if (len(a) == len(b) >= 4 and a[:-1] == b[:-1] and a[-1] in _VOWELS and b[-1] in _VOWELS
            and min(a_count, b_count) >= 2):
        return None  # "Meeru" for Meera, said more than once: a pet form, not a slip
    if min(len(a), len(b)) < MIN_LENGTH - 1 or max(len(a), len(b)) < MIN_LENGTH:
        return None
    if a in GENERATIONS or b in GENERATIONS:
        return None
    (short, short_count), (full, full_count) = sorted(((a, a_count), (b, b_count)),
                                                      key=lambda item: len(item[0]))
    if full in (short + "ji", short + "jee"):
        return None  # "Vimalaji": Vimala with the Hindi ending of respect, on purpose
    if (len(full) == len(short) + 1 and full.startswith(short) and full[-1] in "oa"
            and lists.frequency(short.lower()) >= 3.5):
        return None  # "Ramón el Barbero, or simply the Barber": a word and its Spanish form
    if full.startswith(short) and len(short) >= 3 and 2 <= short_count <= full_count / 2:
        return None  # "Mare" for Maren, said again and again: a short form, not a slip
    if a in lists.first_names and b in lists.first_names and not _lone_slip(
            a, a_count, b, b_count):
        return None  # two given names in their own right (Anne and Anna)
    genders = {lists.first_names.get(a), lists.first_names.get(b)} - {None, "-"}
    if len(genders) > 1:
        return None
    distance = DamerauLevenshtein.distance(fa, fb)
    longest = max(len(a), len(b))
    if distance > (1 if longest <= 5 else 2):
        return None
    if gendered_forms(a, b) or _gendered_plural(a, b) or diminutive(a, b):
        return None
    if lists.frequency(fa) >= 3.5 and lists.frequency(fb) >= 3.5 and not (
        a in lists.first_names or b in lists.first_names
    ):
        return None  # two everyday words used as names (Hill, Hall)
    same_sound = _sound(a) == _sound(b)
    if fa[0] != fb[0] and not same_sound:
        return None
    if (same_sound and min(a_count, b_count) >= 2 and JaroWinkler.similarity(fa, fb) >= 0.85
            and not _short_vowel_changed(fa, fb)):
        return "sound"
    if _mark_added(a, a_count, b, b_count):
        return None  # "a farmer in Marília" once beside Mariana: another name, not a slip
    rare, common = sorted((a_count, b_count))
    if distance == 1 and rare <= 3 and common >= RARE_RATIO * rare:
        return "typo"
    if same_sound and distance == 1 and rare == 1 and common >= 3 and longest >= 7:
        # "Sizmore" once beside "Sizemore": a long name that sounds the same with one letter
        # out is a slip even beside a name not said often.
        return "typo"
    if rare == 1 and common >= _UNDOUBLED_AFTER and _undoubled(fa, fb):
        return "typo"  # "Conceta" once beside "Concetta": a doubled letter written once
    if distance == 1 and rare <= 2 and letters_swapped(fa, fb):
        # Two neighbouring letters swapped (Chidinma/Chidimna) is how fingers slip, not how
        # parents name children, even when both spellings are rare.
        return "swap"
    if distance == 2 and rare <= 2 and common >= 2 * RARE_RATIO * rare and longest >= 7:
        return "typo"
    return None


# The longest name in which one vowel changed for another makes another name to the ear.
_SHORT_NAME = 4


def _short_vowel_changed(a: str, b: str) -> bool:
    """Whether two short names differ only in one vowel changed for another ("Teng" and
    "Tong", "Tang" and "Tung"): Metaphone drops vowels, but in a name of one syllable the
    vowel is most of its sound — two names, not one said alike, when each is written more
    than once (a lone one is still a slip, by its rarity)."""
    if len(a) != len(b) or len(a) > _SHORT_NAME:
        return False
    apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(apart) == 1 and apart[0][0] in _VOWELS and apart[0][1] in _VOWELS


def _mark_added(a: str, a_count: int, b: str, b_count: int) -> bool:
    """Whether the rarer of two spellings whose letters differ carries an accent and the
    commoner none: a slip of the pen drops a mark or changes a letter, it does not put an
    accent on a name written plain everywhere else ("Marília" once beside "Mariana")."""
    if a_count == b_count:
        return False
    rare, common = (a, b) if a_count < b_count else (b, a)
    return any(_marks(letter) for letter in rare) and not any(
        _marks(letter) for letter in common)


def _marked_differently(a: str, b: str) -> bool:
    """Whether one letter carries a different mark in each spelling (ú and ủ), not a mark in
    one and none in the other: a slip drops an accent, a language's tones change it."""
    return len(a) == len(b) and any(
        _marks(x) and _marks(y) and _marks(x) != _marks(y) for x, y in zip(a, b, strict=True))


def _marks(letter: str) -> str:
    return unicodedata.normalize("NFD", letter)[1:]


# How often the name must be written before one spelling of another given name one letter
# away and sounding the same is taken for a slip: "Hanna" once in a story of "Hannah".
_LONE_SLIP_AFTER = 5


def _lone_slip(a: str, a_count: int, b: str, b_count: int) -> bool:
    """Whether one of two given names is written once, one letter away from the other and
    sounding the same, beside a name written again and again: a slip, though both are names.
    One letter as written, marks counted: "Martin" once beside "Máirtín" is the name's
    English form, its marks and a letter gone, not one slip of the pen."""
    rare, common = sorted((a_count, b_count))
    return (rare == 1 and common >= _LONE_SLIP_AFTER
            and DamerauLevenshtein.distance(a, b) == 1 and _sound(a) == _sound(b))


# How often a name with a doubled letter is written before one spelling with the letter
# written once is taken for a slip.
_UNDOUBLED_AFTER = 3


def _undoubled(a: str, b: str) -> bool:
    """Whether one spelling is the other with one doubled letter written once."""
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(
        long[i] == long[i + 1] and long[:i] + long[i + 1 :] == short
        for i in range(len(long) - 1))


_WORDS_MEMO = "variants.capitalised_words"
_PAIRS_MEMO = "variants.pairs"


@dataclass(slots=True)
class _Chapter:
    """One document's capitalised words: word -> (start, end) of each occurrence, in order.

    It depends on the document's text alone, so it is kept by (id, text) and a document is
    read again only when its text changes. Spans are made for a word when first asked for.
    """

    positions: dict[str, list[tuple[int, int]]]
    spans: dict[str, list[Span]] = field(default_factory=dict)

    def spans_of(self, document: str, word: str) -> list[Span]:
        found = self.spans.get(word)
        if found is None:
            # A token's text is the document's text at its offsets, so the word is the span's
            # text.
            found = self.spans[word] = [
                Span(document, start, end, word) for start, end in self.positions.get(word, ())
            ]
        return found


class CapitalisedWords:
    """Every capitalised word of the manuscript (headings left out): how often each occurs
    and, when asked, where — without making a span for each of the manuscript's capitalised
    words every run.

    Kept in `Manuscript.memo` and brought up to date once per run by difference: documents
    whose text is unchanged keep their `_Chapter`, `counts` loses the chapters that went and
    gains the new ones. Either way `counts` holds exactly the words present, each with its
    number of occurrences.
    """

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self._chapters: dict[tuple[str, str], _Chapter] = {}
        self._order: list[tuple[str, _Chapter]] = []
        self._run: weakref.ref[Manuscript] | None = None

    def update(self, manuscript: Manuscript) -> None:
        fresh: dict[tuple[str, str], _Chapter] = {}
        order: list[tuple[str, _Chapter]] = []
        for document, doc in manuscript.documents.items():
            key = (document, doc.text)
            chapter = self._chapters.get(key)
            if chapter is None:
                chapter = _read_chapter(manuscript, document)
            fresh[key] = chapter
            order.append((document, chapter))
        counts = self.counts
        for key, chapter in self._chapters.items():
            if key not in fresh:
                _add_counts(counts, chapter, -1)
        for key, chapter in fresh.items():
            if key not in self._chapters:
                _add_counts(counts, chapter, 1)
        self._chapters = fresh
        self._order = order
        self._run = weakref.ref(manuscript)

    def is_for(self, manuscript: Manuscript) -> bool:
        return self._run is not None and self._run() is manuscript

    def spans(self, *words: str) -> list[Span]:
        """Where any of `words` occurs, in reading order."""
        found: list[Span] = []
        for document, chapter in self._order:
            parts = [chapter.spans_of(document, w) for w in words if w in chapter.positions]
            if len(parts) == 1:
                found.extend(parts[0])
            elif parts:
                found.extend(sorted((s for part in parts for s in part),
                                    key=attrgetter("start")))
        return found


def _read_chapter(manuscript: Manuscript, document: str) -> _Chapter:
    positions: dict[str, list[tuple[int, int]]] = {}
    for placed in manuscript.paragraphs_of(document):
        base = placed.base
        for token in placed.parsed.capitalised:
            found = positions.get(token.text)
            if found is None:
                positions[token.text] = [(base + token.start, base + token.end)]
            else:
                found.append((base + token.start, base + token.end))
    return _Chapter(positions)


def _add_counts(counts: Counter[str], chapter: _Chapter, sign: int) -> None:
    for word, places in chapter.positions.items():
        value = counts.get(word, 0) + sign * len(places)
        if value:
            counts[word] = value
        else:
            del counts[word]


def capitalised_words(manuscript: Manuscript) -> CapitalisedWords:
    """The manuscript's capitalised words, brought up to date for this run (once per run)."""
    memo = manuscript.memo
    held = memo.get(_WORDS_MEMO)
    if isinstance(held, CapitalisedWords) and held.is_for(manuscript):
        return held
    # Out of the memo while updated: a run stopped half-way leaves no half-made counts.
    memo.pop(_WORDS_MEMO, None)
    words = held if isinstance(held, CapitalisedWords) else CapitalisedWords()
    words.update(manuscript)
    memo[_WORDS_MEMO] = words
    return words


@lru_cache(maxsize=1 << 15)
def _plain(word: str) -> tuple[bool, bool]:
    """What the word lists alone say of a capitalised word: (never a name candidate, an
    everyday word when it is not a known name)."""
    lists = wordlists()
    low = word.lower()
    ignored = (word in lists.stopwords or low in lists.stopwords or word in lists.not_names
               or low in lists.not_names or word in lists.honorifics or low in lists.honorifics
               or len(word) < 2)
    return ignored, lists.frequency(low) >= 4.0


def find_variant_pairs(
    manuscript: Manuscript, decisions: Decisions, known: Counter[str] | None = None
) -> list[VariantPair]:
    """Pairs of spellings that look like one name written two ways, sorted. `known` is
    `manuscript.finder.name_words()` when the caller has it already.

    The pairs depend only on the candidate spellings with their counts, the known name
    words, the forms the entity finder made (and which it accepted) and the pairs the writer
    marked different: with all of those as in the last run, the last run's pairs are reused.
    """
    if known is None:
        known = manuscript.finder.name_words()
    lower = manuscript.lower
    candidates: dict[str, int] = {}
    for word, count in capitalised_words(manuscript).counts.items():
        ignored, everyday = _plain(word)
        if ignored:
            continue
        if word not in known and (lower.get(word.lower(), 0) > 0 or everyday):
            continue  # an everyday word capitalised at a sentence start
        candidates[word] = count
    different = {frozenset(fold(n) for n in pair) for pair in decisions.different}
    finder = manuscript.finder
    shape = frozenset((key, stats.words, key in finder.accepted)
                      for key, stats in finder.forms.items() if len(stats.words) > 1)
    nicknames = _nicknames(manuscript)
    inputs = (candidates, frozenset(known), different, frozenset(finder.forms), shape, nicknames)
    held = manuscript.memo.get(_PAIRS_MEMO)
    if held is not None and held[0] == inputs:
        return list(held[1])
    pairs = _pairs(manuscript, candidates, known, different, nicknames)
    if manuscript.kept:
        manuscript.memo[_PAIRS_MEMO] = (inputs, tuple(pairs))
    return pairs


def _pairs(
    manuscript: Manuscript, candidates: dict[str, int], known: Counter[str],
    different: set[frozenset[str]], nicknames: frozenset[str],
) -> list[VariantPair]:
    pairs: dict[frozenset[str], VariantPair] = {}
    known_words = sorted(w for w in known if w in candidates)
    folded = frozenset(_fold(word) for word in known_words)
    by_initial: dict[str, list[str]] = {}
    by_sound: dict[str, list[str]] = {}
    for word in candidates:
        by_initial.setdefault(_fold(word)[:1], []).append(word)
        by_sound.setdefault(_sound(word), []).append(word)
    for name in known_words:
        pool = set(by_initial.get(_fold(name)[:1], ()))
        pool.update(by_sound.get(_sound(name), ()))
        for other in pool:
            if other == name or abs(len(other) - len(name)) > 2:
                continue
            key = frozenset((name, other))
            if key in pairs or frozenset((_fold(name), _fold(other))) in different:
                continue
            if other.replace("-", "") == name:
                continue  # a drawn-out or hyphenated spelling ("Em-ma") is deliberate
            if _plural_of_a_name(other, candidates, known, folded) or _plural_of_a_name(
                name, candidates, known, folded
            ):
                continue  # "two Giovannis": the plural of Giovanni, not a slip of Giovannino
            reason = compare(name, candidates[name], other, candidates[other],
                             _listed_places_named_people(manuscript, name, other))
            if reason is None:
                continue
            if reason in {"typo", "swap"} and _named_in_own_right(
                manuscript, candidates, name, other
            ):
                continue
            if reason != "accents" and _place_beside_person(manuscript, name, other):
                continue  # "the fair at Carlow" and "Carlo": somewhere and someone
            if reason != "accents" and _nicknamed(nicknames, candidates, name, other):
                continue  # "the whole coast knew him as Hems": a name given on purpose
            if other in known and _same_entity_parts(manuscript, name, other):
                continue
            if _latvian_forms(manuscript, name, other):
                continue  # "Mr Berzins" and "Mrs Berzina": a husband and his wife
            if _italian_forms(manuscript, name, other):
                continue  # "U Cucchiaruni", the men, and "a Cucchiaruna", the mother
            if reason == "sound" and _surnames_of_two(manuscript, name, other):
                continue  # "Roderick Bain" and "Alasdair Bàn", each named again and again
            if reason == "sound" and _surnames_of_one_given(manuscript, name, other):
                continue  # "Miss Dorothy Pruitt", then "Miss Dorothy Pratt": a surname clash
            if _called_so(manuscript, name, other) or _called_so(
                manuscript, other, name
            ):
                continue
            if _lenited_after_a_name(manuscript, name, other) or _lenited_after_a_name(
                manuscript, other, name
            ):
                continue  # "Nuala Cháitín", daughter of Cáitín: the mother's name lenited
            rarer = min((name, other), key=lambda w: candidates[w])
            if (reason != "accents" or not any(_marks(letter) for letter in rarer)
                    ) and _quoted_as_called(manuscript, rarer):
                # 'She calls my sister "Aunt Coa,"': a name given on purpose; "my teacher
                # called me Tran", of Trần: the name as English says it, its marks unheard
                continue
            if reason == "sound" and _quoted_as_called(manuscript,
                                                       _written_later(manuscript, name, other)):
                # "Rahmatia was eleven", then "a card that called her Rahmatiah Baco": each
                # written again, the new spelling brought in as what she is called
                continue
            if reason == "accents" and _two_conventions(manuscript, candidates, name, other):
                continue
            if _of_two_names(manuscript, name, other):
                continue  # "Mỹ Tho" and "Cần Thơ": each only ever the end of another place
            if reason != "accents" and _apart_in_full_names(manuscript, name, other):
                continue  # "Tan Chun Beng" and "Chan Wing Kit": a given name's and a surname
            main, variant = sorted((name, other), key=lambda w: (-candidates[w], w))
            pairs[key] = VariantPair(main, variant, candidates[main], candidates[variant], reason)
    for pair in _full_name_variants(manuscript, candidates):
        key = frozenset((pair.main, pair.variant))
        if key not in pairs and frozenset((fold(pair.main), fold(pair.variant))) not in different:
            pairs[key] = pair
    return sorted(pairs.values(), key=lambda p: (p.main, p.variant))


def _listed_places_named_people(manuscript: Manuscript, *words: str) -> frozenset[str]:
    """Those of the words that the places list holds but that name a character here
    ("Annapurna", a mountain in the list and a woman in the story): a slip of her name
    ("Annapruna") is no slip of somewhere's, whatever the list says of the word elsewhere."""
    places = wordlists().places
    return frozenset(word for word in words if word in places and (
        cluster := manuscript.cluster_for_word(word)) is not None
        and cluster.kind is EntityKind.CHARACTER)


def _plural_of_a_name(word: str, counts: dict[str, int], known: Counter[str],
                      folded: frozenset[str]) -> bool:
    """Whether a word is another name said in the plural ("Giovannis", "Márets"), its accent
    dropped as English plurals drop it ("two Tomases" of Tomás); `folded` holds the known
    candidates accent- and case-folded."""
    if any(word.endswith(ending) and word[: -len(ending)] in counts
           and word[: -len(ending)] in known for ending in ("s", "es")):
        return True
    return word.endswith("es") and _fold(word[:-2]) in folded


def _nicknamed(nicknames: frozenset[str], counts: dict[str, int], a: str, b: str) -> bool:
    """Whether the rarer of two spellings is a nickname the text gives, the other not."""
    main, variant = sorted((a, b), key=lambda w: (-counts[w], w))
    return variant in nicknames and main not in nicknames


def _nicknames(manuscript: Manuscript) -> frozenset[str]:
    """The one-word names the text gives as nicknames ("known as Nacho", "called him
    Bubba", "knew him as Hems")."""
    return frozenset(key for key, stats in manuscript.finder.forms.items()
                     if len(stats.words) == 1 and not stats.titles
                     and (stats.nickname_of or stats.nickname_near))


# Welsh soft mutation of a name's first letters, as when someone is called by it in speech
# ("Sit down, Wenllian" to Gwenllian; "Hold it steady, Ddilwyn").
_SOFT_MUTATION = (("Ll", "L"), ("Rh", "R"), ("P", "B"), ("T", "D"), ("C", "G"), ("B", "F"),
                  ("D", "Dd"), ("G", ""), ("M", "F"))


def _soft_mutation(name: str) -> str | None:
    for plain, mutated in _SOFT_MUTATION:
        if name.startswith(plain) and len(name) > len(plain):
            rest = name[len(plain) :]
            return mutated + rest if mutated else rest[0].upper() + rest[1:]
    return None


# The endings a vocative case puts in place of a name's own when someone is called by it
# (Polish, Czech, Ukrainian, Latin, Greek): (the name's ending, the vocative's). Each is a
# different ending, never a letter merely dropped, doubled or swapped. (One added after a
# consonant, "Ivane" of Ivan, "Adamie" of Adam, is an ending added, as endearments are.)
_VOCATIVE_ENDINGS = (
    ("ia", "iu"),  # Polish pet names: Kasia, "Kasiu!"; Zosia, Zosiu
    ("io", "iu"),  # and a boy's: Stasio, "Stasiu!"; Franio, Franiu
    ("a", "o"),  # Łucja, Łucjo; Czech Jana, Jano; Ukrainian Olena, Oleno
    ("ek", "ku"),  # Polish Antek, Antku; Tomek, Tomku
    ("us", "e"),  # Latin Marcus, Marce
    ("os", "e"),  # Greek Petros, Petre
)


def _vocative_of(name: str, other: str) -> bool:
    """Whether `other` is `name` with the ending a vocative case gives it ("Łucjo" of Łucja,
    "Kasiu" of Kasia), on a stem of at least three letters."""
    return any(name.endswith(own) and len(name) - len(own) >= 3
               and other == name[: -len(own)] + called for own, called in _VOCATIVE_ENDINGS)


def _called_so(manuscript: Manuscript, name: str, other: str) -> bool:
    """Whether `other` is `name` as Welsh calls someone by it (soft mutation: "Wenllian" for
    Gwenllian), as a vocative case does ("Kasiu" for Kasia, "Łucjo" for Łucja), `name`
    with an ending of endearment or address added ("Selamye", my Selam; Ukrainian "Ivane"),
    and is only ever said so — set off by a comma in speech ("…, Ddilwyn,"), not a slip in
    the narration."""
    if _soft_mutation(name) != other and not _vocative_of(name, other) and not (
        other.startswith(name) and len(other) > len(name)
    ):
        return False
    spans = capitalised_words(manuscript).spans(other)
    return bool(spans) and all(vocative(manuscript.documents[span.document].text, span)
                               for span in spans)


# The consonants Irish and Scottish Gaelic lenite, writing an "h" after them: Cáitín's daughter
# is "Nuala Cháitín", Peadar's son "Seán Pheadair"; Màiri called is "a Mhàiri".
_LENITED_CONSONANTS = frozenset("BCDFGMPST")


def _lenited_after_a_name(manuscript: Manuscript, name: str, other: str) -> bool:
    """Whether `other` is `name` lenited ("Cháitín" of Cáitín) and is only ever written right
    after another name or the vocative "a": a Gaelic byname naming someone's parent ("Nuala
    Cháitín") or a name called out, the grammar's form, not a slip of the pen."""
    if not (len(name) >= 3 and name[0] in _LENITED_CONSONANTS and name[1] != "h"
            and other == name[0] + "h" + name[1:]):
        return False
    spans = capitalised_words(manuscript).spans(other)
    return bool(spans) and all(
        _after_a_name(manuscript, manuscript.documents[span.document].text, span)
        for span in spans)


def _after_a_name(manuscript: Manuscript, text: str, span: Span) -> bool:
    """Whether the word right before a span is a name's word ("Nuala" of "Nuala Cháitín") or
    the Gaelic vocative "a" ("a Mhàiri")."""
    before = _WORD_BEFORE.search(text, max(0, span.start - _NEIGHBOUR_REACH), span.start)
    if before is None:
        return False
    word = before.group(1)
    return word == "a" or _joins_name(manuscript, word)


def _two_conventions(
    manuscript: Manuscript, counts: dict[str, int], a: str, b: str
) -> bool:
    """Whether one spelling keeps its accents only in names written family name first and the
    other drops them only outside such names: "Nguyễn Văn Đức" at home, "Duc Nguyen" on the
    salon's sign — two ways of writing one name, not a slip."""
    inside: Counter[str] = Counter()
    outside: set[str] = set()
    for stats in manuscript.finder.forms.values():
        words = stats.words
        if (len(words) < 2 and not stats.titles) or (a not in words and b not in words):
            continue  # "Mr. Le" writes the name as English does
        if family_name_first(words):
            inside.update({word: stats.total for word in (a, b) if word in words})
        else:
            outside.update(word for word in (a, b) if word in words)
    accented, plain = (a, b) if len(a.encode()) > len(b.encode()) else (b, a)
    return inside[accented] == counts[accented] and plain in outside and not inside[plain]


def _written_later(manuscript: Manuscript, a: str, b: str) -> str:
    """Which of two spellings is first written later in the manuscript."""
    first = capitalised_words(manuscript).spans(a, b)
    return b if first and first[0].text == a else a


# A verb of calling, then the name opening a quotation, a title at most before it: 'She calls
# my sister "Aunt Coa,"', 'named him "Bubba"'.
_CALLED_IN_QUOTES = re.compile(r"\b(?:call|calls|called|calling|named|nicknamed)\b[^.!?\"“”]{0,30}"
                               r"[\"“](?:[A-Z][a-z]+\s)?$")
# A verb of calling, the one called, then the name, a title at most before it: "he calls my
# husband Don Tomás", "they called him Pádraig" — how someone says the name, on purpose. (The
# one called must be there: "she called Tomas" may be a call to him, not his name.)
_CALLED_BY_NAME = re.compile(r"\b(?:call|calls|called|calling|named)\s+(?:him|her|me|us|them|"
                             r"(?:my|his|her|our|their)\s+[a-z]+)\s+(?:[A-Z]\w+\s)?$")


def _quoted_as_called(manuscript: Manuscript, word: str) -> bool:
    """Whether a spelling is first written as the name someone is called, in quotation marks
    ('She calls my sister "Aunt Coa,"') or right after the one called ("he calls my husband
    Don Tomás", "calls me Matt like everybody here"): what a child, a friend or a stranger
    says, on purpose — and once the text has brought the name in so, it may use it again."""
    spans = capitalised_words(manuscript).spans(word)
    if not spans:
        return False
    first = spans[0]
    return any(pattern.search(manuscript.documents[first.document].text,
                              max(0, first.start - 50), first.start) is not None
               for pattern in (_CALLED_IN_QUOTES, _CALLED_BY_NAME))


# A word written right before a name's word, or right after it, with only a space between:
# "Mỹ" of "Mỹ Tho", "Chung" of "Tung Chung".
_WORD_BEFORE = re.compile(r"(\w[\w'’-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(\w[\w'’-]*)")
# How far around a name's word its neighbour is looked for.
_NEIGHBOUR_REACH = 30


def _of_two_names(manuscript: Manuscript, a: str, b: str) -> bool:
    """Whether each spelling is only ever one word of a longer name, and the two names share
    no other word ("Mỹ Tho" and "Cần Thơ"; "Tung Chung" and the shop "Wo Tong"): two
    names, no slip — a slip inside a full name leaves the rest of that name as it was."""
    words = capitalised_words(manuscript)
    neighbours: list[set[str]] = []
    for word in (a, b):
        found: set[str] = set()
        for span in words.spans(word):
            text = manuscript.documents[span.document].text
            beside = _name_words_beside(manuscript, text, span)
            if not beside:
                return False  # said alone somewhere, as a name of its own
            found.update(beside)
        neighbours.append(found)
    return neighbours[0].isdisjoint(neighbours[1])


def _apart_in_full_names(manuscript: Manuscript, a: str, b: str) -> bool:
    """Whether both words are written in full names of three words, each only ever in its
    own place there, never the other's, and those names share no other word ("Tan Chun Beng"
    and "Chan Wing Kit": the second word of one, a given name's, and the first of the other,
    a surname): two names' words, no slip — a slip stays where the word stands in the name
    and leaves the rest of the name as it was. (Names of two words are not asked: the first
    of them is a given name or a family name, as the language writes it.)"""
    places: dict[str, set[int]] = {a: set(), b: set()}
    others: dict[str, set[str]] = {a: set(), b: set()}
    for stats in manuscript.finder.forms.values():
        words = stats.words
        if len(words) != 3:
            continue
        for word in (a, b):
            if word in words:
                places[word].update(i for i, w in enumerate(words) if w == word)
                others[word].update(w for w in words if w != word)
    return (bool(places[a]) and bool(places[b]) and places[a].isdisjoint(places[b])
            and others[a].isdisjoint(others[b]))


def _name_words_beside(manuscript: Manuscript, text: str, span: Span) -> set[str]:
    """The capitalised words right before and right after a word that make one name with it
    (`_joins_name`)."""
    before = _WORD_BEFORE.search(text, max(0, span.start - _NEIGHBOUR_REACH), span.start)
    after = _WORD_AFTER.match(text, span.end, span.end + _NEIGHBOUR_REACH)
    return {match.group(1) for match in (before, after)
            if match is not None and _joins_name(manuscript, match.group(1))}


def _joins_name(manuscript: Manuscript, word: str) -> bool:
    """Whether a word written right beside a name's word makes one name with it: capitalised,
    not a title or a family word ("Mr Hing" is Hing alone), nor an everyday word capitalised
    to open a sentence ("Later Hariet returned")."""
    return (word[:1].isupper() and not _word_of_address(word) and not _plain(word)[0]
            and not manuscript.lower.get(word.lower(), 0))


def vocative(text: str, span: Span) -> bool:
    """Whether a name is said to someone: set off by a comma or opening the speech, and
    followed by a comma or the end of the sentence ('"Listen, Khady."', '"Khady, sit."')."""
    before = text[max(0, span.start - 2) : span.start]
    after = text[span.end : span.end + 1]
    return (before.endswith(", ") or before[-1:] in "\"“") and after in (",", ".", "!", "?", "")


@lru_cache(maxsize=1 << 15)
def _fold(word: str) -> str:
    return fold(word)


def _full_name_variants(manuscript: Manuscript, counts: dict[str, int]) -> list[VariantPair]:
    """Two full names alike but for one slightly different word ("Hope Trevithick" and
    "Hope Trevithik"), or one title before two surnames one slip apart ("Mr. Fairweather",
    "Mr. Fairwether"), are one person, however rarely each is written. So are two given names
    one slip apart before one surname ("Adrien Perin", "Adrian Perin") when the second is
    rare: both are names in their own right, but sisters Anne and Anna are not common. A word
    of three letters, too short to compare alone, counts only with two letters swapped, once
    ("Ler Wha" in a story of "Ler Wah"). Not
    when the rarer word differs in its letters and carries a mark the commoner never has
    ("Pēteris Ozoliņš" beside "Pēteris Ozols"): a slip drops a mark, it does not add one. Nor
    when the surname after one given name ends two letters another way ("Lucien Morel",
    "Lucien Moreau"): two families' names, a surname clash."""
    found = []
    # (words, first word) for full names sharing a given name; (-words, last word) for those
    # sharing a surname; (0, title) for titled surnames.
    by_shape: dict[tuple[int, str], list[tuple[str, ...]]] = {}
    for stats in manuscript.finder.forms.values():
        if stats.form not in manuscript.finder.accepted:
            continue
        if len(stats.words) > 1:
            by_shape.setdefault((len(stats.words), stats.words[0]), []).append(stats.words)
            by_shape.setdefault((-len(stats.words), stats.words[-1]), []).append(stats.words)
        elif stats.titles:
            # "Ms Underwood" and "Ms Underwod": one title, one surname written two ways.
            title = stats.titles.most_common(1)[0][0]
            by_shape.setdefault((0, title), []).append(("", *stats.words))
    for (size, _first), names in by_shape.items():
        unique = sorted(set(names))
        for i, a in enumerate(unique):
            for b in unique[i + 1 :]:
                differing = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
                if len(differing) != 1 or (size < 0 and differing[0][0] != a[0]):
                    continue  # (a surname differing is the other bucket's)
                x, y = differing[0]
                if _is_inflection(x, y) or _case_only(x, y):
                    continue  # "the Santa Filomena's planking", "Douglas McPHAIL": one name
                if x in GENERATIONS and y in GENERATIONS:
                    continue  # Walter Ackroyd Senior and Walter Ackroyd Junior: two men
                if _word_of_address(x) and _word_of_address(y):
                    continue  # "Chacha", "Chachi": an uncle and his wife, however titled
                distance = DamerauLevenshtein.distance(fold(x), fold(y))
                if (min(len(x), len(y)) < MIN_LENGTH and not _short_swap(
                        x, counts.get(x, 0), y, counts.get(y, 0))) or distance > (
                    1 if max(len(x), len(y)) <= 5 else 2
                ):
                    continue
                if gendered_forms(x, y) or _gendered_plural(x, y):
                    # Halmi Gyula and Halmi Gyuláné: a man and his wife; "the Tver Sokolovs"
                    # and "the Tver Sokolova": a family and a woman of it
                    continue
                if fold(x) != fold(y) and _mark_added(x, counts.get(x, 0), y, counts.get(y, 0)):
                    # "Pēteris Ozoliņš" once beside Pēteris Ozols: letters and marks added, as
                    # in `compare`, are another man's name, not a slip
                    continue
                if diminutive(x, y):
                    continue  # "David Laidlaw on the programme, Davie Laidlaw to all": one man
                main, variant = sorted((x, y), key=lambda w: (-counts.get(w, 0), w))
                if _maiden_name(manuscript, a if variant in a else b):
                    continue  # "She had been born Fong Sau-ha": the name before her marriage
                if size <= 0 and (distance > 1 or counts.get(variant, 0) > 2
                                  or counts.get(variant, 0) >= counts.get(main, 0)):
                    # A title, or a surname, is less to go on than a shared given name: Mr.
                    # Elton and Mr. Weston are two men; only a rare one-letter slip counts.
                    continue
                if size > 0 and distance > 1 and x == a[-1] and _other_ending(fold(x), fold(y)):
                    # "Rosaire Trudel" once beside "Rosaire Trudeau": a surname with another
                    # ending is another family's name the writer gave him (a surname clash),
                    # not a slip, which drops, doubles or swaps a letter
                    continue
                if distance > 1 and counts.get(variant, 0) > 1:
                    # Karin Olsson five times beside Karin Jönsson: two Karins; "Miss Dorothy
                    # Pratt", later "Miss Pratt", beside "Miss Dorothy Pruitt": a slip of two
                    # letters is not made again, the writer gave her two surnames.
                    continue
                found.append(VariantPair(main, variant, counts.get(main, 0),
                                         counts.get(variant, 0), "full-name"))
    return found


def _short_swap(a: str, a_count: int, b: str, b_count: int) -> bool:
    """Whether two words of three letters are one with two neighbouring letters swapped, the
    one written once beside the other written again and again ("Ler Wha" once in a story of
    "Ler Wah"): too short a word to be compared alone, but inside a full name whose rest is
    the same, fingers slip on it as on a long one."""
    fa, fb = fold(a), fold(b)
    rare, common = sorted((a_count, b_count))
    return (len(fa) == len(fb) == MIN_LENGTH - 1 and letters_swapped(fa, fb) and rare == 1
            and common >= RARE_RATIO)


def letters_swapped(a: str, b: str) -> bool:
    """Whether two spellings differ by two neighbouring letters swapped and nothing more
    ("Chidinma", "Chidimna"): one edit apart counting a swap as one, two counting it as a
    letter out and one in."""
    return DamerauLevenshtein.distance(a, b) == 1 and Levenshtein.distance(a, b) == 2


def _other_ending(a: str, b: str) -> bool:
    """Whether two words differ only in how they end, each with letters of its own after
    what they share ("Trudel", "Trudeau"; "Morel", "Moreau"): one stem with two endings, as
    surnames are made, not one word with a letter dropped or added at its end."""
    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    rest_a, rest_b = a[shared:], b[shared:]
    return bool(rest_a) and bool(rest_b) and rest_a[-1] != rest_b[-1]


# What introduces a woman's name before her marriage: "born Fong Sau-ha", "née Lowe".
_MAIDEN = re.compile(r"\b(?:born|n[ée]e|maiden\s+name\s+(?:was|is))\s+$", re.IGNORECASE)


def _maiden_name(manuscript: Manuscript, words: tuple[str, ...]) -> bool:
    """Whether a full name is said only as a name someone was born with."""
    stats = manuscript.finder.forms.get(" ".join(w for w in words if w))
    if stats is None or not stats.runs:
        return False
    for document, base, run in stats.runs:
        text = manuscript.documents[document].text
        start = base + run.start
        if not _MAIDEN.search(text, max(0, start - 20), start):
            return False
    return True


def _same_entity_parts(manuscript: Manuscript, a: str, b: str) -> bool:
    """Two words of one full name ("Anna Annan") are not variants of each other."""
    for full in manuscript.finder.forms.values():
        if len(full.words) > 1 and a in full.words and b in full.words:
            return True
    return False


def _surnames_of_two(manuscript: Manuscript, a: str, b: str) -> bool:
    """Whether two words are only ever the last words of full names whose given names
    differ ("Roderick Bain", "Alasdair Bàn"): two men's surnames, not one spelled twice."""
    given = _given_names_before(manuscript, a, b)
    return given is not None and bool(given[a]) and bool(given[b]) and (
        given[a].isdisjoint(given[b]))


def _surnames_of_one_given(manuscript: Manuscript, a: str, b: str) -> bool:
    """Whether two words that sound alike but differ in two letters or more are only ever the
    last words of full names, each written in full after one given name ("Miss Dorothy
    Pruitt", later "Miss Dorothy Pratt"): a writer who spells out the whole name with either
    surname, each more than once, has given her two surnames, not slipped on one."""
    if DamerauLevenshtein.distance(fold(a), fold(b)) < 2:
        return False
    given = _given_names_before(manuscript, a, b)
    return given is not None and not given[a].isdisjoint(given[b])


def _given_names_before(manuscript: Manuscript, a: str, b: str) -> dict[str, set[str]] | None:
    """The given names (folded) written before each of two words where it ends a full name,
    or None when either word is ever written inside a full name, not at its end."""
    given: dict[str, set[str]] = {a: set(), b: set()}
    for full in manuscript.finder.forms.values():
        words = full.words
        if len(words) < 2:
            continue
        for word in (a, b):
            if word in words[:-1]:
                return None
            if words[-1] == word:
                given[word].add(fold(words[0]))
    return given


def _place_beside_person(manuscript: Manuscript, a: str, b: str) -> bool:
    """Whether one spelling is a place the story goes to or is in, by itself, and the other
    a character's ("the fair at Carlow" beside "Carlo"): a slip of the pen turns a name into
    one its owner never was, not into somewhere."""
    kinds = []
    for word in (a, b):
        cluster = manuscript.cluster_for_word(word)
        if cluster is None:
            kinds.append(EntityKind.PLACE if _only_in_place_names(manuscript, word) else None)
            continue
        kinds.append(cluster.kind)
    if set(kinds) != {EntityKind.PLACE, EntityKind.CHARACTER}:
        return False
    place = a if kinds[0] is EntityKind.PLACE else b
    return _place_by_itself(manuscript, place) or _only_in_place_names(manuscript, place)


def _only_in_place_names(manuscript: Manuscript, word: str) -> bool:
    """Whether a word is only ever written as a word of places' longer names ("the fair at
    Braam Hill" beside "Bram"): a slip of a character's name would not make a place's name
    around itself, every time it is written."""
    finder = manuscript.finder
    inside = 0
    for key, stats in finder.forms.items():
        if len(stats.words) > 1 and word in stats.words and key in finder.accepted:
            cluster = manuscript.cluster_for_word(key)
            if cluster is None or cluster.kind is not EntityKind.PLACE:
                return False
            inside += stats.total * stats.words.count(word)
    return inside > 0 and inside >= capitalised_words(manuscript).counts.get(word, 0)


def _place_by_itself(manuscript: Manuscript, word: str) -> bool:
    """Whether a place is named by this one word alone, as a form of its own, more than once
    or as a noun of its own after "the" ("toward the Maritsa", a river): a slip said once
    after "at" ("waved at Hems") is no place for all its preposition, but no one writes a
    person "the Hems" (though "the Hems file" is his)."""
    stats = manuscript.finder.forms.get(word)
    return stats is not None and stats.words == (word,) and stats.place_prep > 0 and (
        stats.total > 1 or any(_the_place(manuscript, span) or _where_a_place_is(manuscript, span)
                               for span in capitalised_words(manuscript).spans(word)))


# "the" right before a word, and the lower-case word after it, if any.
_THE_BEFORE = re.compile(r"\bthe[ \t]+$")
_WORD_AFTER_LOWER = re.compile(r"[ \t]+([a-z]+)")


def _the_place(manuscript: Manuscript, span: Span) -> bool:
    """Whether a word is written after "the" as a noun of its own ("toward the Maritsa and
    home"), not before a noun it qualifies ("the Hems file")."""
    text = manuscript.documents[span.document].text
    if _THE_BEFORE.search(text, max(0, span.start - 5), span.start) is None:
        return False
    after = _WORD_AFTER_LOWER.match(text, span.end)
    return after is None or after.group(1) in wordlists().stopwords


# A noun of a building or a place and a preposition of place right before a word: "the
# theological college in Malua", "a farm near Temse". Not such nouns that are verbs or
# adjectives too, which may be at someone ("she was cross at Frank", "springs at Jem").
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(
        re.escape(word.casefold()) for word in wordlists().place_suffixes
        if word.isascii() and word[:1].isupper() and len(word) > 3
        and word.casefold() not in {"cross", "close", "common", "green", "point", "way", "drive",
                                    "row", "fork", "place", "court", "corner", "lodge",
                                    "falls", "springs", "harbour", "harbor"}))
    + r")s?[ \t]+(?:in|at|near|outside)[ \t]+$")
# "'s" right after a word: what is someone's ("the room in Jem's house").
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _where_a_place_is(manuscript: Manuscript, span: Span) -> bool:
    """Whether a word is written after a noun of a building or a place and a preposition of
    place ("the theological college in Malua", "the hospital at Kenepuru"): where a college
    or a hospital is is somewhere, not someone — no one's name stands there, nor a slip of it
    (though "the room in Jem's house" is his)."""
    text = manuscript.documents[span.document].text
    return (_PLACE_NOUN_BEFORE.search(text, max(0, span.start - 30), span.start) is not None
            and _POSSESSIVE_AFTER.match(text, span.end) is None)


def _named_in_own_right(manuscript: Manuscript, counts: dict[str, int], a: str, b: str) -> bool:
    """The rarer spelling is a name of its own when it comes with a given name of its own
    ("Mr. William Coxe" beside "Mr. Cole"), which a slip of the pen does not: a slip inside a
    full name leaves the rest of that name as it was ("Frank Churchil" beside "Frank Churchill").
    """
    rare, main = (a, b) if counts[a] < counts[b] else (b, a)
    forms = manuscript.finder.forms
    for stats in forms.values():
        if rare in stats.words and len(stats.words) > 1:
            corrected = " ".join(main if w == rare else w for w in stats.words)
            if corrected not in forms and not any(
                " ".join(s.words) == corrected for s in forms.values()
            ) and not _set_beside_full_name(manuscript, [w for w in stats.words if w != rare],
                                            main):
                return True
    return False


def _set_beside_full_name(manuscript: Manuscript, rest: list[str], main: str) -> bool:
    """Whether the rest of a full name is set right before another full name ending in
    `main`, a comma between ("our cousin Dinny, Denis Kinsella by the baptismal book"): the
    text says who bears that rest, one of the `main` family, so a surname written beside it
    another way ("Dinny Kinsela") is a slip, not a name of its own."""
    if not rest:
        return False
    beside = re.compile(rf"\b{re.escape(' '.join(rest))},[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{1,2}}"
                        rf"{re.escape(main)}\b")
    return any(beside.search(doc.text) for doc in manuscript.documents.values())
