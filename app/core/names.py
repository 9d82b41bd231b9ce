"""Capitalised name runs found in one paragraph, with the context words that tell what they are.
A name said by its initials alone ("J.T.") is one such word.

This is the per-paragraph half of entity detection: it only looks at the paragraph itself, so its
output can be cached by the paragraph's content and reused after edits elsewhere. Deciding which
runs are characters or places needs the whole manuscript and happens in `entities`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.core.text import ABBREVIATIONS, CAPITAL, SHORT_MONTHS, Token, fold, is_capitalised
from app.core.text import WEEKDAYS as DAYS
from app.core.wordlists import wordlists

# Lower-case words inside a name that make the next word a father's name, not a family's
# ("Juma bin Khamisi", Juma son of Khamisi; "Ibrahim ag Ahmed").
PATRONYM_CONNECTORS = frozenset(wordlists().patronymic_connectors)
# Lower-case particles that may sit inside a name: "Musée de Montmartre", "Ludwig van Beethoven".
CONNECTORS = frozenset({"de", "du", "des", "la", "le", "las", "los", "van", "von", "der", "den",
                        "di", "da", "do", "dos", "das", "del", "della", "dei", "degli", "delle",
                        "dello", "y", "d'", "al"}) | PATRONYM_CONNECTORS


# Words after a name that tell one bearer of it from another of another generation, never a
# misspelling of each other: in English ("Junior", "Senior") and in Portuguese ("João Ramos
# Filho", the son; "Youssef Haddad Neto", the grandson).
GENERATIONS = frozenset({"Junior", "Senior", "Jr", "Sr", "Elder", "Younger", "II", "III", "IV",
                         "Filho", "Neto", "Sobrinho"})
# Titles that streets and squares are named by ("Princess Street", "Regent Square").
_STREET_TITLES = frozenset({"King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Lord",
                            "Lady", "Earl", "Regent", "Saint", "St", "Bishop", "Admiral",
                            "General", "Marshal", "Dean", "Abbot", "Canon", "Chancellor",
                            "Mayor", "Sir", "Dame"})
# Words that end the name of a day kept for someone, after a possessive ("Saint Joseph's Day",
# "New Year's Eve", "Burns' Night").
_DAY_WORDS = frozenset({"Day", "Eve", "Night"})
# Titles cut short in speech and written so, with an apostrophe, before a name: southern
# Italian "Zi' Turi" (zio, zia).
_ELIDED_TITLES = frozenset({"Zi"})
# Epithets cut short in speech and written so, with an apostrophe, before a name: "Lil' Sonny",
# "Ol' Blue".
_ELIDED_EPITHETS = frozenset({"Lil", "Ol"})
# Words of a kunya written with the apostrophe of their closing glottal stop before the
# child's name: Bugis "Ambo' Sulo" (Sulo's father), "Indo' Sulo" (his mother).
_ELIDED_KUNYA = wordlists().elided_kunya_words
# Titles that are given names too, as middle names ("James Earl Tolliver").
_TITLES_AS_NAMES = frozenset({"Earl", "Duke", "Prince", "King", "Count"})
# Honorifics and kin words joined to a name by a hyphen ("Tanaka-san", "Sharma-ji", Bengali
# "Bapi-da"): the name with a title after it.
_SUFFIXED_TITLE = re.compile(
    rf"({CAPITAL}[\w'’]*)-("
    + "|".join(sorted(map(re.escape, wordlists().hyphen_titles), key=len, reverse=True)) + ")",
    re.IGNORECASE)
# Korean "-nim" honours a role more than a name ("Daepyo-nim", the director): alone, the word
# with it is how the role's holder is called, but after a family name ("Kang PD-nim") it is
# that person's title.
_ROLE_HONORIFICS = frozenset(
    title for title, after in wordlists().hyphen_titles.items() if after == "role")
# Japanese words of family address said before such an honorific ("Nee-san", "Obaa-chan"):
# how a family member is called, no name. Alone they are names in other languages (Ga
# "Nii Armah", Hmong "Tou", Yoruba "Oba"), so only the hyphened form tells.
_FAMILY_ADDRESS = frozenset({"Nee", "Nii", "Onee", "Onii", "Neesan", "Niisan", "Okaa", "Otou",
                             "Kaa", "Tou", "Obaa", "Ojii", "Oba", "Oji", "Baa", "Jii"})
# Interjections that are also surnames (Korean Oh and Ha, Vietnamese Ha) or names' words
# (Burmese Aye): after a title, or the name words a title opens ("Grandmother Oh", "Mrs. Ha",
# "Daw Khin Myo Aye"), a name, anywhere else the word said.
SURNAMES_ALSO_INTERJECTIONS = frozenset({"Oh", "Ha", "Aye"})
# Peoples and languages whose names are families' too (South Africa's Zulus, England's Englishes
# and Frenches): after a given name, as its subject, a surname ("Mandla Zulu had driven it").
SURNAMES_ALSO_PEOPLES = frozenset({"Zulu", "English", "French", "Welsh", "German"})
# Words that follow a sentence's subject: "Mandla Zulu had driven it", "… who drove".
_AFTER_SUBJECT = frozenset({"had", "has", "was", "is", "would", "will", "could", "did",
                            "said", "says", "who"})
# The Arabic and Persian article joined by a hyphen to the word after it, inside a name:
# "Ain el-Remmaneh", "Qasr ol-Dasht", "Nasir ad-Din", "Harun ar-Rashid" (and never an English
# prefix: "ex-Marine", "pro-British", "anti-Nazi").
_JOINED_ARTICLE = re.compile(
    rf"(?:al|el|ol|ul|ad|an|ar|as|ash|at|az|ed|en|er|es|et|ez)-{CAPITAL}[\w'’]*")
_DIGIT = re.compile(r"\d")
_CLOSES_SPEECH = re.compile(r"""\s*[,!?]["”]""")
_OPENING_QUOTES = frozenset({'"', "“", "‘"})
_BRACKETED = re.compile(r"\s*\(\s*")


@dataclass(slots=True)
class NameRun:
    """A maximal run of capitalised words, e.g. "Mr. Weston" or "Musée de Montmartre", or of
    a lower-case place word and the name after it, "rue Daguerre".

    `words` excludes the title; `start`/`end` span the whole run including the title, so a
    highlighted mention covers "Mr. Weston". `prev`, `prev2` and `next` are the neighbouring
    words in lower case (empty at the sentence edges, and before the run when a number comes
    between: "In 1946 Congress").
    """

    words: tuple[str, ...]
    word_starts: tuple[int, ...]
    title: str
    start: int
    end: int
    sentence: int
    initial: bool
    possessive: bool
    prev: str
    prev2: str
    next: str
    next2: str
    comma_after: bool
    ends_quote: bool
    """The run is the last word of a quotation or clause ("Come," said he): a following
    "said" then belongs to someone else."""
    closes_speech: bool = False
    """The run ends a line of speech ("Kerra," she said): whoever says it speaks to it."""
    bracketed: bool = False
    """The run opens a bracket right after another name ("Jasmine Bhatt (Jaz to everyone)"):
    a nickname for it."""
    title_after: bool = False
    """The title follows the name ("Vasant Kaka")."""
    next_spaced: bool = False
    """Only spaces stand between the run and `next` (no comma, dash or quotation mark)."""
    quote_after: bool = False
    """A quotation opens right after the run: 'She had called Lorna "the Kessler girl"'."""
    prev_spaced: bool = False
    """Only spaces stand between `prev` and the run ("go to Touba", not "get the coal in,
    Walter")."""
    after_initial: bool = False
    """The run comes right after the initials that open a person's name ("R. Kandasamy",
    "T. S. Eliot"): evidence that it is someone's name, though the initials are no words of
    it (`_opened_by_initials`)."""

    @property
    def form(self) -> str:
        return " ".join(self.words)


# A line of capitalised words alone, "of" or a particle between two of them (what `_adjacent`
# reads as a name's own line: "Edwin Rowe", "The Royal Infirmary of Edinburgh").
_LINE_PARTICLE = "|".join(sorted(w for w in CONNECTORS | {"of"} if w.isalpha()))
_NAME_LINE = re.compile(rf"[ \t]*(?:[A-Z][\w'’.-]*[ \t]+(?:(?:{_LINE_PARTICLE})[ \t]+)?)*"
                        r"[A-Z][\w'’.-]*")


def _adjacent(text: str, left: Token, right: Token, after_title: bool) -> bool:
    gap = text[left.end + (2 if left.possessive else 0) : right.start]
    if left.possessive:
        return False
    # "Mr. Weston", "St. Michael's": only a title written short takes a full stop; one cut
    # short in speech ("Zi' Turi", for Zio) its apostrophe.
    if after_title and (gap.strip() == "" or (gap.strip() == "." and left.text in ABBREVIATIONS)
                        or (gap.strip() in ("'", "’") and left.text in _ELIDED_TITLES)):
        return True
    if gap.strip() in ("'", "’") and left.text in _ELIDED_EPITHETS | _ELIDED_KUNYA:
        return gap[1:].isspace()
    if "\n" in gap and _NAME_LINE.fullmatch(text, text.rfind("\n", 0, left.start) + 1, left.end):
        # A line holding nothing but a name — a letter's signature ("Yours faithfully,\nEdwin
        # Rowe\nHonorary Secretary"), an address — ends there: a line of prose broken inside a
        # name holds more than the name.
        return False
    return gap.isspace() and gap.count("\n") <= 1


def _particles_and_name(text: str, tokens: list[Token], j: int) -> int:
    """How many words after tokens[j] go on its name as particles and the name they lead to:
    one or two particles ("Musée de Montmartre", "Ciénaga de los Pájaros"), or "of" after a
    place word ("the Isle of Fen", "the Tower of London"); 0 when none do."""
    lists = wordlists()
    word = tokens[j].text
    particles = 0
    while (j + particles + 1 < len(tokens) and particles < 2
           and tokens[j + particles + 1].text in CONNECTORS):
        particles += 1
    if not particles and j + 1 < len(tokens) and tokens[j + 1].text == "of" and (
        word in lists.place_prefixes or word in lists.place_suffixes
    ):
        particles = 1
    last = j + particles + 1
    if not particles or last >= len(tokens):
        return 0
    name = tokens[last]
    if (name.sentence != tokens[j].sentence or not is_capitalised(name.text)
            or name.text in lists.not_names):
        return 0
    if particles == 1 and tokens[j + 1].text == "y" and (
            word in lists.family_words or word in lists.honorifics
            or (word in lists.first_names and name.text in lists.first_names)):
        return 0  # "Mamá, Papá, Bobe y Jaimito", "José y María": "and", two people
    if not all(_adjacent(text, tokens[k], tokens[k + 1], False) for k in range(j, last)):
        return 0
    return particles + 1


# "You've", "She'd", "They're": a pronoun and a verb run together, never a name — unlike
# "O'Brien" or "D'Arcy", whose second part is a name.
_CONTRACTION = re.compile(r"([A-Za-z]+)['’](?:ve|ll|re|d|m|s|t)", re.IGNORECASE)
# French elision before a lower-case word ("C'est", "J'ai", "T'as", "Qu'est-ce", "L'eau"):
# words run together, never a name — unlike "L'Anse" or "D'Arcy".
_ELISION = re.compile(r"(?:[CDJLMNST]|Qu)['’][a-zàâäéèêëîïôöùûüœç]")


# A month written short before a day: "Jan. 26th" is a date, "Jan laughed" a man.
_DAY_AFTER = re.compile(r"\.?\s*\d")


def _date(text: str, token: Token) -> bool:
    return token.text.lower() in SHORT_MONTHS and _DAY_AFTER.match(text, token.end) is not None


# Words said before a given name as part of what someone is called ("Big Mike", "Little Jim",
# "Auld Tam", dialect "Owd Jack", "Lil' Sonny", "Ol' Blue"): at a sentence's head, part of the
# name when the book writes them so elsewhere.
EPITHETS = frozenset({"Little", "Big", "Old", "Young", "Wee", "Auld", "Owd", "Lil", "Ol", "Fat",
                      "Long", "Mad", "Lucky", "Poor", "Dear", "Uncle", "Aunt"})


# Irish, Scottish Gaelic and Welsh words of size said after a given name, which tell the elder
# of two bearers of it from the younger: "Seán Mór" and "Seán Óg", "Wil Mawr" and "Wil Bach".
ELDER_BYNAMES = frozenset({"Mór", "Mòr", "Mawr"})
YOUNGER_BYNAMES = frozenset({"Beag", "Bheag", "Óg", "Òg", "Bach", "Fach"})
# Those and words of colour said after a given name, which with it make the name a family
# tells its people by ("Pat Rua", red Pat; "Bridget Bawn", fair Bridget; "Wil Bach"): "Pat
# Rua Durkan" is no Pat of the other Pats' names.
BYNAME_ADJECTIVES = frozenset({"Rua", "Ruadh", "Bawn", "Bán", "Bàn", "Dubh", "Dhu"}) | (
    ELDER_BYNAMES | YOUNGER_BYNAMES)


def without_epithet(words: tuple[str, ...]) -> tuple[str, ...]:
    """A full name without the epithet before it: "Owd Jack Fearnley" -> "Jack Fearnley".
    A two-word name keeps its epithet ("Little Jim"): the word after may be no given name."""
    return words[1:] if len(words) > 2 and words[0] in EPITHETS else words


# The words that open a kunya, the name a parent goes by after a child ("Abu Karim", father
# of Karim; "Umm Nadim", mother of Nadim; Shona "Amai Farai", Farai's mother), with the
# parent's sex: the word after one is the child's given name, another person's, never a
# surname.
_KUNYA_PARENTS = wordlists().kunya_words


def kunya(words: tuple[str, ...]) -> bool:
    """Whether a name is a kunya, a parent called after a child: "Abu Karim", "Umm Nadim"."""
    return len(words) == 2 and words[0] in _KUNYA_PARENTS


def kunya_sex(words: tuple[str, ...]) -> str | None:
    """The parent's sex a kunya tells ("m" for "Abu Fouad", "f" for "Umm Nadim"), or None when
    the name is no kunya."""
    return _KUNYA_PARENTS[words[0]] if kunya(words) else None


# A woman's patronymic as Russian, Ukrainian and Belarusian names carry it ("Moiseyevna",
# "Leibovna", "Ilyinichna"), or Swedish, Icelandic and Faroese ones ("Eriksdotter",
# "Jónsdóttir") — the men's ("-ovich", "-son") are surnames too often (Rabinovich, Persson).
DAUGHTER_OF = re.compile(r"(?:ovna|evna|yevna|ichna|ivna|dotter|dóttir|dottir)$")


def daughters_name(words: tuple[str, ...]) -> bool:
    """Whether a full name carries a woman's patronymic after its given name, and so is a
    woman's whatever the given name ("Marjun Jákupsdóttir", Jákup's daughter; "Anna
    Petrovna")."""
    return any(DAUGHTER_OF.search(word) for word in words[1:])


# The middle names that mark a Vietnamese full name, written family name first ("Nguyễn Thị
# Lan", "Lê Văn Bảy").
_VIETNAMESE_MIDDLE = frozenset({"Văn", "Thị"})

# Văn and Thị as English often writes them ("Vo Van Khiem"): after one of those family
# names, "Van" is no everyday word, as another word may be ("Trinh Electronics Repair", a shop).
_VIETNAMESE_MIDDLE_FOLDED = frozenset(fold(word) for word in _VIETNAMESE_MIDDLE)


# A syllable of Korean as English writes it: a consonant or none, a vowel, and a closing
# consonant or none ("Hye", "rin", "Tae", "sik", "Young", "woo").
_KOREAN_SYLLABLE = (r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhwy])?"
                    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|[aeoui])"
                    r"(?:ng|[kgntlmpb])?")
# A Korean given name written as one word is two syllables: "Hyerin", "Taesik", "Minjae".
_KOREAN_GIVEN_NAME = re.compile(f"(?:{_KOREAN_SYLLABLE}){{2}}")
# A given name this common in English text is an English one ("Lee Anne", "Han Solo"):
# Korean given names are all but unknown to it.
_ENGLISH_GIVEN = 3.0


def _korean_name(words: tuple[str, ...]) -> bool:
    """Whether two words are a Korean name, family name first: a common Korean family name
    and a given name of two Korean syllables that English text hardly knows ("Kang Hyerin",
    but not "Kim Novak" or "Lee Anne")."""
    lists = wordlists()
    return (len(words) == 2 and words[0].lower() in lists.korean_families
            and lists.frequency(words[1].lower()) < _ENGLISH_GIVEN
            and _KOREAN_GIVEN_NAME.fullmatch(words[1].lower()) is not None)


# A syllable of pinyin: an initial or none, then a final ("Zhi", "jun", "Mei", "lan").
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|"
                    r"er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|ü)")
# A Chinese given name written in pinyin as one word is two syllables: "Zhijun", "Meilan".
_PINYIN_GIVEN_NAME = re.compile(f"(?:{_PINYIN_SYLLABLE}){{2}}")
# One syllable as the southern spellings write it, each word of a given name apart ("Teck",
# "Beng", "Siew", "Leong"): one run of vowels, and short.
_SOUTHERN_SYLLABLE = re.compile(r"[^aeiouy]{0,3}[aeiouy]{1,3}[^aeiouy]{0,3}")


def _chinese_name(words: tuple[str, ...]) -> bool:
    """Whether a name is Chinese, family name first: a common Chinese family name and a given
    name of two pinyin syllables that English text hardly knows ("Fang Zhijun", but not "Lee
    Marvin"), or two one-syllable words of such a given name in the southern spellings ("Goh
    Teck Beng", but not "Lee Ann Kirk", nor "Lim Chu Kang", ending on a family name)."""
    lists = wordlists()
    if not words or words[0].lower() not in lists.chinese_families:
        return False
    given = [word.lower() for word in words[1:]]
    if any(lists.frequency(word) >= _ENGLISH_GIVEN for word in given):
        return False
    if len(words) == 2:
        return _PINYIN_GIVEN_NAME.fullmatch(given[0]) is not None
    return len(words) == 3 and given[1] not in lists.chinese_families and all(
        _SOUTHERN_SYLLABLE.fullmatch(word) for word in given)


# A Mongolian father's name in the genitive, written before the given name ("Luvsangiin
# Enkhbayar", Luvsan's Enkhbayar).
_FATHERS_GENITIVE = re.compile(r"[A-Z][a-z]{2,}iin")


def _father_named_first(words: tuple[str, ...]) -> bool:
    """Whether a name is Mongolian, the father's name in the genitive first and the given name
    after it ("Dorjiin Enkhbayar"): the father's name stands where a family name would, and
    two of them for one man clash as two surnames do."""
    return len(words) == 2 and _FATHERS_GENITIVE.fullmatch(words[0]) is not None


def family_name_first(words: tuple[str, ...]) -> bool:
    """Whether a full name puts the family name first, as Korean, Chinese and Vietnamese
    names are written in English: a short family name, then a hyphened given name ("Park
    Jun-ho", "Wong Sau-ha", but not "Old Gim-fook"), or a family name, Văn or Thị, and a given
    name ("Lê Văn Bảy"), or three words opening on a common Vietnamese family name and not
    ending on one ("Phan Minh Duc", but "Ly Mai Nguyen" is written given name first), or a
    common Korean family name and a Korean given name written as one word ("Kang Hyerin"), or
    a Chinese name (`_chinese_name`: "Fang Zhijun", "Goh Teck Beng"), or a Mongolian one, the
    father's name in the genitive first (`_father_named_first`: "Dorjiin Enkhbayar")."""
    if len(words) == 3:
        # The family names in the list are folded: English often drops their accents.
        families = wordlists().vietnamese_families
        return words[1] in _VIETNAMESE_MIDDLE or (
            fold(words[0]) in families and fold(words[2]) not in families
            and (fold(words[1]) in _VIETNAMESE_MIDDLE_FOLDED or not everyday_word(words[1]))
        ) or _chinese_name(words)
    if len(words) == 2 and words[1].startswith("Ah "):
        return True  # "Tan Ah Kow": a family name, then a familiar given name
    # A word of age or size before one is no family name: "Old Gim-fook" is Gim-fook, old.
    return (len(words) == 2 and len(words[0]) <= 5 and "-" in words[1]
            and words[1].split("-", 1)[1][:1].islower() and words[0] not in EPITHETS
            ) or _korean_name(words) or _chinese_name(words) or _father_named_first(words)


def two_word_given_name(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The given name of two words of a three-word name written family name first ("Teck
    Beng" of "Goh Teck Beng", "Minh Duc" of "Phan Minh Duc"), or None. Not after Vietnamese
    Văn or Thị, which say only whether a man or a woman bears the one given word after it."""
    if len(words) != 3 or not family_name_first(words) or fold(words[1]) in (
        _VIETNAMESE_MIDDLE_FOLDED
    ):
        return None
    return words[1:]


def surname_of(words: tuple[str, ...]) -> str:
    """The surname of a full name: its last word, but the one before "Junior" or "Senior",
    or its first where the family name comes first."""
    if family_name_first(words):
        return words[0]
    return words[-2] if len(words) > 2 and words[-1] in GENERATIONS else words[-1]


def everyday_word(word: str) -> bool:
    """Whether a capitalised word is an everyday English word, not a given name."""
    lists = wordlists()
    return word not in lists.first_names and lists.frequency(word.lower()) >= _EVERYDAY


# Zipf frequency from which a word is everyday English.
_EVERYDAY = 4.0


def _contraction(word: str) -> bool:
    found = _CONTRACTION.fullmatch(word)
    return (found is not None and found.group(1).lower() in wordlists().stopwords) or (
        _ELISION.match(word) is not None)


def _opens_place(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the word at `i` is a place word that opens a longer name ("Mount Isa",
    "Lake Como"), not a surname ("Captain Lake")."""
    if i + 1 >= len(tokens) or not opens_place_name(tokens[i].text):
        return False
    word, nxt = tokens[i], tokens[i + 1]
    return (nxt.sentence == word.sentence and is_capitalised(nxt.text)
            and _adjacent(text, word, nxt, False))


@cache
def _lower_place_words() -> tuple[frozenset[str], frozenset[str]]:
    """Place words as French, Italian, Spanish and Portuguese write them before a name, in
    lower case ("the rue Daguerre", "the cimetière du Montparnasse"): all of them, and those
    that are no everyday English words ("place", "via" and "camp" are)."""
    lists = wordlists()
    lower = frozenset(word.lower() for word in lists.place_prefixes)
    return lower, frozenset(word for word in lower if lists.frequency(word) < _EVERYDAY)


# Thai words that head a place's name: Ban, a village ("Ban Nong Saeng"), and Wat, a temple
# ("Wat Arun"). Kept out of the word list's place words, which a misspelling is never looked
# for in: after a given name "Ban" is a Gaelic byname ("Alasdair Ban", fair Alasdair) that may
# be "Bàn" misspelt.
_THAI_PLACE_HEADS = frozenset({"Ban", "Wat"})


def opens_place_name(word: str) -> bool:
    """Whether `word` is a place word that comes before a name, as "Rue" or Thai "Ban", or in
    lower case as French and Italian write it, "rue"."""
    return (word in wordlists().place_prefixes or word in _lower_place_words()[0]
            or word in _THAI_PLACE_HEADS)


def _opens_place_in_lower_case(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the lower-case word at `i` is a place word opening a name: "rue Daguerre",
    "rue de Rennes" — and "avenue du Maine", where the particle shows whose way of writing
    the everyday word "avenue" is."""
    word = tokens[i].text
    every, foreign = _lower_place_words()
    if word not in every or i + 1 >= len(tokens):
        return False
    if word in foreign and _opens_place(text, tokens, i):
        return True
    return tokens[i + 1].text in CONNECTORS and _particles_and_name(text, tokens, i) > 0


def _names_a_place(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the word at `i`, no name on its own ("Easter", "New", "North"), starts a place's
    name with the place word after it ("Easter Road", "Christmas Island"), a well-known place
    ("New Guinea", "New York") or as a compass word ("North York")."""
    if i + 1 >= len(tokens):
        return False
    word, nxt = tokens[i], tokens[i + 1]
    lists = wordlists()
    return (nxt.sentence == word.sentence and (
        nxt.text in lists.place_suffixes or f"{word.text} {nxt.text}" in lists.places or (
            # "in North York", "to the South Bank": inside a sentence a compass word before a
            # name is part of a place's name (at its head it may be a surname: "West said").
            word.text in COMPASS and not word.initial and is_capitalised(nxt.text)
            and nxt.text not in lists.not_names)
    ) and _adjacent(text, word, nxt, False))


# Compass words, which name the part of a place ("North York", "East Los Angeles").
COMPASS = frozenset({"North", "South", "East", "West"})
# The days of the week as written, given names too in West Africa ("Sunday Agu", "Friday
# Mensah").
WEEKDAYS = frozenset(day.capitalize() for day in DAYS)
# The months that are given names too ("August Vollmer", "June Carter", "April Dunn").
_MONTHS_AS_NAMES = frozenset({"April", "May", "June", "August"})
# Days and months that may head a run as a given name before a surname (`_calendar_given_name`).
CALENDAR_GIVEN_NAMES = WEEKDAYS | _MONTHS_AS_NAMES
# Words before a weekday that make it a day: "on Sunday", "every Friday", "the second Sunday",
# "by Thursday", "until Monday".
_DAY_BEFORE = frozenset({
    "on", "every", "last", "next", "that", "this", "the", "a", "one", "each", "of", "until",
    "till", "til", "since", "from", "before", "after", "through", "by", "for", "to", "and",
    "or", "all", "most", "some", "any", "same", "following", "previous", "coming", "past",
    "first", "second", "third", "fourth", "fifth", "other", "another", "whole", "early",
    "late", "still", "be", "is", "was", "it's", "its", "then",
})
# Words before a month that make it the month: "in August", "during June", "mid-May".
_MONTH_BEFORE = _DAY_BEFORE | frozenset({"in", "during", "mid", "around", "about", "into"})
# What stands before a label or a list's item: "painted on each one: Sunday Okafor".
_LABEL_MARKS = frozenset({":", "—", "–"})
# A past participle before "by": "driven by Sunday Ezeala" names who drove.
_PARTICIPLE = re.compile(r"(?:ed|en|wn)$")


def _calendar_given_name(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the weekday or month at `i` is a given name, its surname after it ("it was
    driven by Sunday Ezeala", "a soldier named Sunday Agu", "the stone said August Vollmer"):
    inside a sentence, with no word before it that makes it a date ("on Sunday Mary went",
    "in August Tom went") save "by" after a past participle, and a word after it that is
    neither a given name, a title nor everyday English ("every Friday Tom came", "at Sunday
    School", "the August Bank Holiday")."""
    word = tokens[i]
    if word.text not in CALENDAR_GIVEN_NAMES or i == 0 or i + 1 >= len(tokens):
        return False
    before, nxt = tokens[i - 1], tokens[i + 1]
    between = text[before.end : word.start].strip()
    if word.initial and between not in _LABEL_MARKS:
        return False  # "Sunday Mary went to town": a day, at a sentence's head
    lists = wordlists()
    if nxt.sentence != word.sentence or not is_capitalised(nxt.text) or (
        nxt.text in lists.first_names or nxt.text in lists.honorifics
        or nxt.text in lists.not_names or everyday_word(nxt.text)
        or not _adjacent(text, word, nxt, False)
    ):
        return False
    if between:
        # After a colon or a dash, what a sign or a list says: "each one: Sunday Okafor,
        # Transport" — a clause heads there less often than it does a sentence.
        return between in _LABEL_MARKS
    prev = before.text.lower()
    if prev == "by":
        return i >= 2 and _PARTICIPLE.search(tokens[i - 2].text) is not None
    dates = _DAY_BEFORE if word.text in WEEKDAYS else _MONTH_BEFORE
    return prev not in dates and (not is_capitalised(before.text)
                                  or before.text in lists.honorifics)


def _people_as_surname(text: str, tokens: list[Token], j: int, members: list[Token]) -> bool:
    """Whether the people's name after the one name word at `j` is its surname: the two the
    subject of what follows ("Mandla Zulu had driven it"), not "taught Grace English"."""
    if len(members) != 1 or j + 2 >= len(tokens):
        return False
    name, people, after = tokens[j], tokens[j + 1], tokens[j + 2]
    lists = wordlists()
    return (people.text in SURNAMES_ALSO_PEOPLES and name.text not in lists.honorifics
            and name.text not in lists.not_names and after.sentence == people.sentence
            and after.text in _AFTER_SUBJECT and _adjacent(text, people, after, False))


@cache
def _gazetteer_openings() -> frozenset[str]:
    """Every opening of two words or more of the gazetteer's names: "Key West", and "Lower
    East" and "Lower East Side" of "Lower East Side"."""
    return frozenset(" ".join(words[:end]) for words in map(str.split, wordlists().places)
                     for end in range(2, len(words) + 1))


def _goes_on_known_place(members: list[Token], nxt: Token) -> bool:
    """Whether a word that is no name on its own ("End", "West", "Breton") goes on the run
    before it because the two open a well-known place's name: "Mile End", "Key West", "Cape
    Breton", "the Lower East Side", "Land's End"."""
    openings = _gazetteer_openings()
    written = [f"{m.text}'s" if m.possessive else m.text for m in members]
    return any(" ".join([*written[start:], nxt.text]) in openings
               for start in range(len(written)))


def _names_place_word(members: list[Token], nxt: Token) -> bool:
    """Whether a capitalised word that is no name on its own ("Jesus", "Christ") names the
    place word before it, the run's only word: "Fort Jesus", "Mount Calvary"; a place word
    before a name is followed by the name, whatever its words ("I" and "Him" are none)."""
    return (len(members) == 1 and opens_place_name(members[0].text)
            and nxt.text.lower() not in wordlists().stopwords and not _contraction(nxt.text))


def _opens_street_after(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the word at `i`, no name on its own ("South", "Church"), goes on the name
    before it with the place word after it: "Great South Road", "Upper Church Street" (not
    after a given name: "told Harriet South Road was shut")."""
    lists = wordlists()
    return (i + 1 < len(tokens) and tokens[i + 1].text in lists.place_suffixes
            and tokens[i - 1].text not in lists.first_names
            and tokens[i + 1].sentence == tokens[i].sentence
            and _adjacent(text, tokens[i], tokens[i + 1], False))


def _possessive_place(text: str, token: Token, nxt: Token) -> bool:
    """Whether `nxt` goes on a place's name after the possessive `token`: "Arthur's Seat",
    "King's Cross", "Land's End" — a place word, or an everyday noun that is no name."""
    lists = wordlists()
    word = nxt.text
    if nxt.sentence != token.sentence or not is_capitalised(word):
        return False
    if text[token.end : nxt.start] not in {"'s ", "’s "}:
        return False
    if word in lists.place_suffixes:
        return True
    return (lists.frequency(word.lower()) >= 3.5 and word not in lists.first_names
            and word not in lists.honorifics and word not in lists.not_names)


def _plural_possessive(text: str, token: Token) -> bool:
    """Whether `token` is a plural owner, written with an apostrophe after its "s":
    "Martyrs'", "Ladies'"."""
    return token.text.endswith("s") and text[token.end : token.end + 1] in {"'", "’"}


def _plural_possessive_place(text: str, token: Token, nxt: Token) -> bool:
    """Whether `nxt` is a place word going on a name after the plural possessive `token`:
    "Martyrs' Square", "Ladies' Mile", "Farmers' Market"."""
    return (_plural_possessive(text, token) and text[token.end + 1 : nxt.start] == " "
            and nxt.text in wordlists().place_suffixes)


# The endings of an ordinal written in figures ("18th"), which are all of it that is a word.
_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})


def _ordinal_before_place(text: str, tokens: list[Token], i: int) -> list[Token]:
    """The words that open a street's name with an ordinal written in figures ("18th Street",
    "South 9th Street"): the ordinal as one word, after the compass word before it, when the
    word at `i` is the ordinal's ending; else none."""
    token = tokens[i]
    if token.text not in _ORDINAL_ENDINGS or i + 1 >= len(tokens):
        return []
    nxt = tokens[i + 1]
    if nxt.sentence != token.sentence or nxt.text not in wordlists().place_suffixes or not (
        _adjacent(text, token, nxt, False)
    ):
        return []
    start = token.start
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    if start == token.start:
        return []
    ordinal = Token(text[start : token.end], start, token.end, token.sentence, token.initial,
                    False)
    before = tokens[i - 1] if i > 0 else None
    if before is not None and before.text in COMPASS and before.sentence == token.sentence and (
        text[before.end : start] == " "
    ):
        return [before, ordinal]
    return [ordinal]


# The day of a date written in figures between a place word and "de": "Rua 25 de Março"; a
# day of a month, 1 to 31 ("Rua 39" is a numbered street).
_DAY_OF_STREET = re.compile(r" (3[01]|[12][0-9]|[1-9]) ")


# The number a street is known by after its place word: "Rue 11", "Calle 8" (of three
# digits at most, so never a year; no decimal or time going on from it).
_STREET_NUMBER = re.compile(r" ([1-9][0-9]{0,2})(?![\w'’]|[.,:][0-9])")


def _number_of_street(text: str, members: list[Token]) -> Token | None:
    """The number, as a word of its own, that a run of a street's place word alone goes on
    with ("on Rue 11", "down Calle 8"), the street's name: else None."""
    if len(members) != 1 or members[0].possessive or (
        members[0].text not in wordlists().place_prefixes
    ):
        return None
    number = _STREET_NUMBER.match(text, members[0].end)
    if number is None:
        return None
    return Token(number.group(1), number.start(1), number.end(1), members[0].sentence, False,
                 False)


def _date_in_street_name(text: str, tokens: list[Token], j: int) -> Token | None:
    """The day, as a word of its own, of the date a street or square is named after in
    Portuguese and Spanish ("Rua 25 de Março", "Avenida 9 de Julio", "Plaza 2 de Mayo"), when
    tokens[j] is the place word and "de" and a capitalised month follow the day; else None."""
    if j + 2 >= len(tokens) or tokens[j].text not in wordlists().place_prefixes:
        return None
    place, particle, month = tokens[j], tokens[j + 1], tokens[j + 2]
    if (particle.text != "de" or month.sentence != place.sentence
            or not is_capitalised(month.text) or text[particle.end : month.start] != " "):
        return None
    day = _DAY_OF_STREET.fullmatch(text, place.end, particle.start)
    if day is None:
        return None
    return Token(day.group(1), day.start(1), day.end(1), place.sentence, False, False)


# A given name said by its initials only, written close with full stops: "J.T.", "A.J.", "C.J."
# (a name of American fiction). Acronyms of that shape ("U.S.", "P.M.") are in not_names.txt.
_INITIALS_NAME = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}(?![\w.])")


def initials_name(word: str) -> bool:
    """Whether a given name is said by its initials only ("J.T."), which tell no sex."""
    return _INITIALS_NAME.fullmatch(word) is not None


def _join_initials(text: str, tokens: list[Token]) -> list[Token]:
    """The tokens with each name of initials ("J.T.", split by the tokenizer into letters)
    made one token, the full stops and a possessive ("J.T.'s") with it."""
    found = list(_INITIALS_NAME.finditer(text))
    if not found:
        return tokens
    joined: list[Token] = []
    index = 0
    for match in found:
        start, end = match.span()
        while index < len(tokens) and tokens[index].start < start:
            joined.append(tokens[index])
            index += 1
        if index == len(tokens):
            break
        first = tokens[index]
        possessive = text[end : end + 2] in ("'s", "’s")
        while index < len(tokens) and tokens[index].start < end + (2 if possessive else 0):
            index += 1  # its letters, and the "s" of its possessive
        joined.append(Token(match.group(), start, end, first.sentence, first.initial,
                            possessive))
    joined.extend(tokens[index:])
    return joined


def _name_word(word: str) -> bool:
    """Whether a word may be part of a name: capitalised, or a name of initials ("J.T.")."""
    return is_capitalised(word) or word.endswith(".")


def name_runs(text: str, tokens: list[Token]) -> list[NameRun]:
    """Every run of capitalised words in `tokens` (one paragraph, in order)."""
    tokens = _join_initials(text, tokens)
    lists = wordlists()
    honorifics = lists.honorifics
    not_names = lists.not_names
    place_prefixes = lists.place_prefixes
    stopwords = lists.stopwords
    # A word in lower case opens a name only as an ordinal's ending or a place word: the two
    # tests below ask that first, and most words of a paragraph are neither.
    lower_place_words = _lower_place_words()[0]
    runs: list[NameRun] = []
    count = len(tokens)
    i = 0
    while i < count:
        token = tokens[i]
        members = [token]
        if token.text[:1].islower():
            if token.text not in _ORDINAL_ENDINGS and token.text not in lower_place_words:
                i += 1
                continue
            opening = _ordinal_before_place(text, tokens, i)
            if opening:
                members = opening
            elif not _opens_place_in_lower_case(text, tokens, i):
                i += 1
                continue
        elif not _name_word(token.text) or _contraction(token.text) or _date(text, token) or (
            token.text in not_names and token.text not in honorifics
            and not _names_a_place(text, tokens, i)
            and not _calendar_given_name(text, tokens, i)
        ):
            i += 1
            continue
        first = i - (len(members) - 1)  # "South 9th Street" opens on the compass word
        j = i
        while j + 1 < count:
            nxt = tokens[j + 1]
            if nxt.sentence != token.sentence:
                break
            if tokens[j].possessive:
                # A name ends at its possessive, unless a place word follows ("Arthur's Seat")
                # or the two open a well-known place ("Land's End").
                if not (_possessive_place(text, tokens[j], nxt) or (
                        text[tokens[j].end : nxt.start] in {"'s ", "’s "}
                        and _goes_on_known_place(members, nxt))):
                    break
                members.append(nxt)
                j += 1
                continue
            if len(members) > 1 and members[-2].possessive and tokens[j].text in _DAY_WORDS:
                break  # "on Saint Joseph's Day Staszek went": a day's name ends on its "Day"
            middle = _middle_initial(text, tokens, j, titled=len(members) > 1
                                     and members[-2].text in honorifics)
            if middle is not None:
                members.extend((middle, tokens[j + 2]))
                j += 2
                continue
            # "St. Michael's", "Mt. Kenya": an abbreviated place word joins like a title.
            after_title = tokens[j].text in honorifics or (
                tokens[j].text in place_prefixes and tokens[j].text in ABBREVIATIONS
            )
            if (nxt.text in not_names and _adjacent(text, tokens[j], nxt, after_title)
                    and _opens_street_after(text, tokens, j + 1)):
                members.extend((nxt, tokens[j + 2]))
                j += 2
                continue
            if _name_word(nxt.text) and (nxt.text not in not_names or (
                    nxt.text in SURNAMES_ALSO_INTERJECTIONS and members[0].text in honorifics)
                    or _people_as_surname(text, tokens, j, members)
                    or _goes_on_known_place(members, nxt) or _names_place_word(members, nxt)):
                if _plural_possessive_place(text, tokens[j], nxt):
                    members.append(nxt)
                    j += 1
                    continue
                if not _adjacent(text, tokens[j], nxt, after_title) or (
                    # "It's Frank Auntie Agnes": a title after a name begins another — but
                    # "James Earl Tolliver" has a middle name, and a place word heading a
                    # name ("In Ban Nong Saeng": no name before it) is followed by the name,
                    # whatever its words: Thai "Ban Nong Saeng" (Nong is a title too).
                    nxt.text in honorifics and tokens[j].text not in honorifics
                    # "El Hadji Malick Fall": the two words are one title of two
                    and f"{tokens[j].text} {nxt.text}" not in honorifics
                    and not (nxt.text in _TITLES_AS_NAMES
                             and tokens[j].text in wordlists().first_names)
                    and not (opens_place_name(tokens[j].text) and all(
                        m.text.lower() in stopwords for m in members[:-1]))
                ) or (
                    # "Flying Doctor Mount Isa": a place's name begins after the title.
                    tokens[j].text in honorifics and _opens_place(text, tokens, j + 1)
                ):
                    break
                members.append(nxt)
                j += 1
                continue
            if _JOINED_ARTICLE.fullmatch(nxt.text) and _adjacent(text, tokens[j], nxt, False):
                members.append(nxt)
                j += 1
                continue
            dated = _date_in_street_name(text, tokens, j)
            if dated is not None:
                members.extend((dated, tokens[j + 1], tokens[j + 2]))
                j += 2
                continue
            joined = _particles_and_name(text, tokens, j)
            if joined:
                members.extend(tokens[j + 1 : j + 1 + joined])
                j += joined
                continue
            break
        if _lower_case_title_after(text, tokens, j, members) or _lower_case_street_after(
                text, tokens, j, members):
            # "Bolat ata": the title ends the run; "Niels Finsens gøta": the street word does
            members.append(tokens[j + 1])
            j += 1
        elif (number := _number_of_street(text, members)) is not None:
            members.append(number)  # "on Rue 11": the street's name is its number
        run = _make_run(text, tokens, first, j, members)
        if run is not None:
            if runs and _BRACKETED.fullmatch(text, runs[-1].end, run.start):
                run.bracketed = True
            runs.append(run)
        i = j + 1
    return runs


def _make_run(
    text: str, tokens: list[Token], first: int, last: int, members: list[Token]
) -> NameRun | None:
    honorifics = wordlists().honorifics
    title_parts: list[str] = []
    position = 0
    # A title said in the possessive is someone's, never the title of the word after it:
    # "a King's Counsel", "the Queen's Bench", "Father's Day".
    while position < len(members) - 1 and not members[position].possessive:
        size = _title_size(members, position)
        if not size:
            break
        title_parts.extend(member.text for member in members[position : position + size])
        position += size
    words = members[position:]
    if title_parts and len(words) == 1 and words[0].text in wordlists().place_suffixes and (
        title_parts[-1] in _STREET_TITLES
    ):
        # "Princess Street", "King Road": the title word is part of a place's name — but
        # "Director Park" is a man.
        words = members[position - len(title_parts) :]
        title_parts = []
    if not words or (words[0].text in honorifics and len(words) == 1
                     and words[0].text not in wordlists().family_words
                     and not (title_parts and _east_asian_family(words[0].text))):
        # A title alone ("the Captain", "Herr Doktor") names no one here; a family word
        # that is a title too ("Oma Liesl") is what the family calls her ("Oma said"), and
        # a Korean or Chinese family name that is a title too is a name after a title
        # ("Mrs. Ko", "Mr. Pak").
        return None
    if words[0].text in CONNECTORS:
        return None
    title_after = not title_parts and len(words) > 1 and title_after_name(words[-1].text) and (
        # "Ask Nana," at a sentence's head is a verb before a family word, not a name
        not (words[0].initial and len(words) == 2 and everyday_word(words[0].text)))
    if title_after:
        # "Vasant Kaka": a kin word after a given name is its title.
        title_parts = [words[-1].text]
        words = words[:-1]
    stem = ""
    suffixed = _SUFFIXED_TITLE.fullmatch(words[-1].text) if not title_parts else None
    if suffixed and suffixed.group(1) in _FAMILY_ADDRESS:
        if len(words) == 1:
            return None  # "Nee-san": big sister, how a family member is called
        suffixed = None
    if suffixed and len(words) == 1 and suffixed.group(2).lower() in _ROLE_HONORIFICS:
        suffixed = None  # "Daepyo-nim", the director: a role said with it names its holder
    if suffixed:
        stem = suffixed.group(1)
        # Kept as written, hyphen and all, so the name is shown as the book writes it.
        title_parts = [f"-{suffixed.group(2)}"]
        title_after = True
    after_initial = not title_parts and _opened_by_initials(text, tokens, first)
    end = members[-1].end
    # "St. Michael's", "St Mary's": a church, school or hospital, whose name ends in "'s".
    named_for = (len(words) > 1 and words[0].text in wordlists().place_prefixes
                 and members[-1].possessive)
    if named_for:
        end += 2
    possessive = members[-1].possessive and not named_for
    texts = tuple(_as_written(text, t, t is members[-1] and not named_for) for t in words)
    if stem:
        texts = (*texts[:-1], stem)
    return NameRun(
        words=texts,
        word_starts=tuple(t.start for t in words),
        title=" ".join(title_parts),
        start=members[0].start,
        end=end,
        sentence=members[0].sentence,
        initial=words[0].initial and (title_after or not title_parts),
        possessive=possessive,
        title_after=title_after,
        after_initial=after_initial,
        **_surroundings(text, tokens, first, last, members[0].start, end, possessive),
    )


def word_run(text: str, tokens: list[Token], index: int) -> NameRun:
    """The one word at `index` of a paragraph's `tokens` as a name's run, with the words
    around it read as `_make_run` reads them: a title said alone ("The Colonel came up") that
    the story says one character is called, which `name_runs` never makes a run of."""
    token = tokens[index]
    return NameRun(
        words=(token.text,), word_starts=(token.start,), title="", start=token.start,
        end=token.end, sentence=token.sentence, initial=token.initial,
        possessive=token.possessive,
        **_surroundings(text, tokens, index, index, token.start, token.end, token.possessive))


def _surroundings(text: str, tokens: list[Token], first: int, last: int, start: int, end: int,
                  possessive: bool) -> dict[str, Any]:
    """What a run from token `first` to `last` (`start`, `end` in `text`) has around it in
    its sentence: the two words before and after, and what follows it ("," "'s" a quote)."""
    sentence = tokens[first].sentence

    def neighbour(index: int) -> Token | None:
        if 0 <= index < len(tokens) and tokens[index].sentence == sentence:
            return tokens[index]
        return None

    previous = neighbour(first - 1)
    if previous is not None and start - previous.end > 2 and _DIGIT.search(
        text, previous.end, start
    ):
        # "In 1946 Congress had let…": the word before a number is none of the name's.
        previous = None
    previous2 = neighbour(first - 2) if previous is not None else None
    following = neighbour(last + 1)
    following2 = neighbour(last + 2) if following is not None else None
    tail = text[end + (2 if possessive else 0) : end + 4]
    return {
        "prev": previous.text.lower() if previous else "",
        "prev2": previous2.text.lower() if previous2 else "",
        "next": following.text.lower() if following else "",
        "next2": following2.text.lower() if following2 else "",
        "comma_after": tail.lstrip().startswith(","),
        "ends_quote": tail.lstrip()[:1] in {",", "!", "?", '"', "”", "’", ";", ":"},
        "closes_speech": _CLOSES_SPEECH.match(tail) is not None,
        "next_spaced": following is not None and text[end : following.start].isspace(),
        "quote_after": tail[:1].isspace() and tail.lstrip()[:1] in _OPENING_QUOTES,
        "prev_spaced": previous is not None and text[previous.end : start].isspace(),
    }


def _as_written(text: str, token: Token, ends_run: bool) -> str:
    """A word of a name as the name writes it: a possessive inside the name keeps its "'s"
    ("Arthur's Seat"), a plural one its apostrophe ("Martyrs' Square")."""
    if ends_run:
        return token.text
    if token.possessive:
        return token.text + text[token.end : token.end + 2]
    if _plural_possessive(text, token):
        return token.text + text[token.end]
    return token.text


def _middle_initial(text: str, tokens: list[Token], j: int, titled: bool = False) -> Token | None:
    """The middle initial, full stop and all, between the given name tokens[j] and a surname
    after it ("John F. Kennedy", "Ruth M. Kuwahara"); else None. The given name is one of the
    word list, one after a title (`titled`: "Mrs. Remedios N. Salazar") or a word English never
    uses ("Halvor K. Lien"), never a word like "Block" ("in Block C. Ramona waited"). The
    sentence splitter keeps a capital letter's full stop inside its sentence, so the surname
    must be one that ends the name here: one capitalised word, no title, kin word, everyday
    word or word that is no name ("two boys, Kelvin L. and Kelvin G. Ah Ma fed them both")."""
    if j + 2 >= len(tokens) or len(tokens[j + 1].text) != 1:
        return None
    given, initial, surname = tokens[j], tokens[j + 1], tokens[j + 2]
    lists = wordlists()
    if (not initial.text.isupper() or initial.text == "I" or surname.sentence != given.sentence
            or not _given_before_initial(given.text, titled)
            or text[given.end : initial.start] != " "
            or text[initial.end : surname.start] != ". " or not is_capitalised(surname.text)
            or surname.text in lists.not_names or surname.text in lists.honorifics
            or surname.text in lists.family_words or surname.text in lists.postfix_titles
            or surname.text in GENERATIONS or everyday_word(surname.text)):
        return None
    after = tokens[j + 3] if j + 3 < len(tokens) else None
    if after is not None and after.sentence == surname.sentence and _name_word(after.text) and (
            text[surname.end : after.start] == " "):
        return None  # "Kelvin G. Tan Ah Lian came in": a name of its own may open a sentence
    return Token(initial.text + ".", initial.start, initial.end + 1, initial.sentence,
                 initial.initial, False)


def _given_before_initial(word: str, titled: bool) -> bool:
    """Whether a word before a middle initial may be a given name: one of the word list, or
    any name after a title, or a word English never uses that is no title or place word."""
    lists = wordlists()
    if word in lists.first_names:
        return True
    if (word in lists.not_names or word in lists.honorifics or word in lists.place_prefixes
            or word in lists.place_suffixes):
        return False
    return titled or lists.frequency(word.lower()) < _RARE


# Zipf frequency below which a word is one English does not use: a name ("Halvor"), not "Annex".
_RARE = 2.5


def title_after_name(word: str) -> str | None:
    """The title as listed ("Ata") when a word is one said after a given name, as the list
    writes it ("Kaka") or in lower case ("ata", "khanum"); else None."""
    postfix = wordlists().postfix_titles
    if word in postfix:
        return word
    listed = word.capitalize()
    return listed if word[:1].islower() and listed in postfix else None


@cache
def lower_case_titles() -> frozenset[str]:
    """The titles said after a name that a book may write in lower case ("ata", "khanum"):
    all the list's but the family words, common nouns in lower case ("In Tonga nana means
    mother"), and everyday English words ("aka")."""
    lists = wordlists()
    return frozenset(title.lower() for title in lists.postfix_titles
                     if title not in lists.family_words
                     and lists.frequency(title.lower()) < _EVERYDAY)


def _lower_case_title_after(text: str, tokens: list[Token], j: int, members: list[Token]) -> bool:
    """Whether the word after the run ending at `j` is a title said after a name, written in
    lower case as many languages do ("Bolat ata", "Touran khanum"): only right after a
    capitalised name, a space between."""
    return _lower_word_after(text, tokens, j, members, lower_case_titles()) and (
        title_after_name(tokens[j].text) is None)


@cache
def _lower_case_streets() -> frozenset[str]:
    """The place words said after a name in lower case, as Nordic, Baltic and Hungarian write
    a street's ("Niels Finsens gøta", "Laisvės alėja", "Andrássy út"), no everyday English
    words."""
    lists = wordlists()
    return frozenset(word for word in lists.place_suffixes
                     if word[:1].islower() and lists.frequency(word) < _EVERYDAY)


def _lower_case_street_after(text: str, tokens: list[Token], j: int,
                             members: list[Token]) -> bool:
    """Whether the word after the run ending at `j` is a street's word written in lower case
    after the name it honours ("the chemist on Niels Finsens gøta"): only right after a
    capitalised name that is no possessive, a space between, in the same sentence."""
    return _lower_word_after(text, tokens, j, members, _lower_case_streets())


def _lower_word_after(text: str, tokens: list[Token], j: int, members: list[Token],
                      listed: frozenset[str]) -> bool:
    """Whether the word after the run ending at `j` is one of `listed`, in lower case right
    after a capitalised name that is no possessive: a space between, in the same sentence."""
    if j + 1 >= len(tokens) or tokens[j].possessive or not is_capitalised(members[0].text):
        return False
    word = tokens[j + 1]
    return (word.text in listed and word.sentence == tokens[j].sentence
            and text[tokens[j].end : word.start] == " ")


@cache
def _role_titles() -> frozenset[str]:
    """The titles a role's holder is written with ("Warden", "Chaplain", "Father")."""
    return frozenset(title for titles in wordlists().roles.values() for title in titles)


def _title_size(members: list[Token], position: int) -> int:
    """How many words of a title open `members` at `position`: 1 for a title of one word
    ("Doctor", "Lieutenant-Colonel"), 2 for one of two words the list holds, the way Khmer
    calls a monk "Lok Sang" and an abbot "Lok Kru" before his name ("Lok Sang Vuthy") — only
    with a name after it, for such a pair said alone is how someone is called; else 0."""
    honorifics = wordlists().honorifics
    word = members[position].text
    if len(word) == 1 and position + 2 >= len(members):
        # A title of one letter (Burmese "U", uncle, "U Ba Tint") only before a name of two
        # words or more: a capital alone before one word is more often a dialect's article
        # (Sicilian "U Siccu", the skinny one) or an initial.
        return 0
    if word in honorifics or _joined_title(word):
        return 1
    if position + 2 < len(members) and not members[position + 1].possessive and (
        f"{word} {members[position + 1].text}" in honorifics
    ):
        return 2
    return 0


def _east_asian_family(word: str) -> bool:
    """Whether a word is a common Korean or Chinese family name ("Ko", "Pak", "Xiao")."""
    lists = wordlists()
    return word.lower() in lists.korean_families or word.lower() in lists.chinese_families


def _joined_title(word: str) -> bool:
    """Whether a word is a title of two words joined by a hyphen, the second a title or the
    title of a role, said before a name: "Lieutenant-Colonel", "Vice-Admiral", a ship's
    "Deck-Warden". (A name has no title as its last part: "Jean-Baptiste", "Quint-Adebayo";
    "Port-au-Prince" has three.)"""
    head, hyphen, last = word.partition("-")
    return bool(hyphen) and is_capitalised(head) and (
        last in wordlists().honorifics or last in _role_titles())


# An initial: a capital letter alone, its full stop, then a space, as "R. " of "R. Kandasamy".
_INITIAL_GAP = re.compile(r"\.\s")
# Words before initials that show them to be no name's opening: "the T." is a letter said, and
# "a", "an" likewise ("a B. Com").
_NOT_BEFORE_INITIALS = frozenset({"the", "a", "an"})


def _opened_by_initials(text: str, tokens: list[Token], first: int) -> bool:
    """Whether the word at `first` comes right after one or more initials that open a name,
    "R. Kandasamy", "T. S. Eliot". Not after "I." (the pronoun ends many a sentence the
    splitter keeps whole: "so did I. Nobody came"), nor after an initial that ends a name said
    before it (two boys called "Kelvin L. and Kelvin G. Then…"), or that is a letter said
    ("the T.")."""
    sentence = tokens[first].sentence
    position = first
    while position > 0:
        initial = tokens[position - 1]
        if initial.sentence != sentence or len(initial.text) != 1 or not initial.text.isupper() or (
            initial.text == "I" or not _INITIAL_GAP.fullmatch(text, initial.end,
                                                             tokens[position].start)
        ):
            break
        position -= 1
    if position == first:
        return False
    before = tokens[position - 1] if position > 0 else None
    if before is None or before.sentence != sentence:
        return True
    return before.text[:1].islower() and before.text not in _NOT_BEFORE_INITIALS

