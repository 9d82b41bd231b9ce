"""The word lists in resources/wordlists, loaded once and shared read-only.

They are facts about English and the world (titles, weekdays, well-known places), kept as plain
data files that writers and maintainers can read and extend without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from app.paths import resources_dir

WORDLISTS = resources_dir() / "wordlists"


def _lines(name: str) -> list[str]:
    text = (WORDLISTS / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _words(name: str) -> frozenset[str]:
    return frozenset(word for line in _lines(name) for word in line.split())


def _with_plural_peoples(words: frozenset[str]) -> frozenset[str]:
    """The words and the plurals of those naming a people or a faith's followers, "the
    Americans", "the Christians" — not of others ("Well" is no "Wells")."""
    return words | {word + "s" for word in words if word.endswith("an")}


@dataclass(frozen=True)
class WordLists:
    stopwords: frozenset[str]
    honorifics: dict[str, str]
    """Title -> gender it implies ("m", "f" or "-")."""
    first_names: dict[str, str]
    """Given name -> gender ("m", "f" or "-")."""
    not_names: frozenset[str]
    place_prefixes: frozenset[str]
    place_suffixes: frozenset[str]
    surname_place_suffixes: frozenset[str]
    """Place words after a name that are surnames as often ("Ward"): a place's only after a
    word that is no given name ("Kestrel Ward", not "Siobhán Ward")."""
    places: frozenset[str]
    kinship: frozenset[str]
    kinship_gender: dict[str, str]
    """Kinship word -> the gender it gives the relative ("sister" -> "f")."""
    idioms: frozenset[str]
    animals: frozenset[str]
    """Nouns for animals that people name ("kelpie", "mare")."""
    family_words: frozenset[str]
    """Words for family members used as names across languages ("Mum", "Abbu", "Oma")."""
    parent_words: dict[str, str]
    """Lower-case word for a parent -> "mother" or "father" ("mam" -> "mother")."""
    family_word_gender: dict[str, str]
    """Family word -> the sex it gives whoever is called by it ("Mutti" -> "f")."""
    postfix_titles: dict[str, str]
    """Title said after a given name -> the sex it gives ("Bey" -> "m", "Teyze" -> "f")."""
    patronymic_words: dict[str, str]
    """Word said after a father's given name making it a patronymic -> the sex it gives the
    child ("oğlu" -> "m", son of; "qızı" -> "f", daughter of)."""
    patronymic_connectors: dict[str, str]
    """Lower-case word inside a name before a father's given name -> the sex it gives the one
    so named ("bin" -> "m", son of; "binti" -> "f", daughter of)."""
    kunya_words: dict[str, str]
    """Word opening a kunya, a parent called after a child -> the parent's sex ("Abu" -> "m",
    "Umm" -> "f")."""
    elided_kunya_words: frozenset[str]
    """The kunya words written with an apostrophe before the child's name (Bugis "Ambo'
    Sulo"), without it ("Ambo")."""
    hyphen_titles: dict[str, str]
    """Lower-case title joined to a name by a hyphen -> what it is said after: "name",
    "family" (a family name: "-sensei") or "role" (a role more than a name: "-nim")."""
    scripts: frozenset[str]
    """Scripts other than the Latin alphabet ("Cyrillic", "Ge'ez")."""
    roles: dict[str, tuple[str, ...]]
    """Role a story may call someone by -> the titles its holder is written with
    ("priest" -> ("Padre", "Father", …); "factor" -> ())."""
    vietnamese_families: frozenset[str]
    """The Vietnamese family names most people bear, folded ("nguyen", "tran")."""
    korean_families: frozenset[str]
    """The Korean family names most people bear that are no English words, in lower case
    ("kang", "seo")."""
    chinese_families: frozenset[str]
    """The Chinese family names most people bear that are no English words, in lower case, in
    pinyin and in the southern spellings ("fang", "ren"; "goh", "ong")."""
    zipf: dict[str, float]

    def title_sex(self, title: str) -> str:
        """The sex a title gives ("m", "f"), before the name or after it (as listed or in
        lower case, "Bolat ata"); "-" for either."""
        return (self.honorifics.get(title) or self.postfix_titles.get(title)
                or self.postfix_titles.get(title.capitalize(), "-"))

    def frequency(self, word: str) -> float:
        """Zipf frequency of a lower-case word in everyday English; 0 when unlisted (rare)."""
        return self.zipf.get(word, 0.0)


def _pairs(name: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for line in _lines(name):
        # The key may be of several words ("Lok Sang m", a title of two words)
        key, value = line.rsplit(None, 1)
        pairs[key] = value
    return pairs


def _place_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    kinds: dict[str, set[str]] = {"prefix": set(), "suffix": set(), "surname-suffix": set()}
    for line in _lines("place_words.txt"):
        where, word = line.split()
        kinds[where].add(word)
    return (frozenset(kinds["prefix"]), frozenset(kinds["suffix"]),
            frozenset(kinds["surname-suffix"]))


def _kunya_words() -> tuple[dict[str, str], frozenset[str]]:
    words = {word.rstrip("'"): sex for word, sex in _pairs("kunya_words.txt").items()}
    elided = frozenset(word.rstrip("'") for word in _pairs("kunya_words.txt")
                       if word.endswith("'"))
    return words, elided


def _zipf() -> dict[str, float]:
    table: dict[str, float] = {}
    for line in _lines("english_frequency.tsv"):
        word, value = line.split("\t")
        table[word] = float(value)
    return table


@cache
def wordlists() -> WordLists:
    prefixes, suffixes, surname_suffixes = _place_words()
    kunya_words, elided_kunya_words = _kunya_words()
    return WordLists(
        stopwords=_words("stopwords.txt"),
        honorifics=_pairs("honorifics.txt"),
        first_names=_pairs("first_names.txt"),
        not_names=_with_plural_peoples(_words("not_names.txt")),
        place_prefixes=prefixes,
        place_suffixes=suffixes,
        surname_place_suffixes=surname_suffixes,
        places=frozenset(_lines("places.txt")),
        kinship=_words("kinship.txt"),
        kinship_gender=_pairs("kinship_gender.txt"),
        idioms=frozenset(_lines("idioms.txt")),
        animals=_words("animals.txt"),
        family_words=_words("family_words.txt"),
        family_word_gender=_pairs("family_words_gender.txt"),
        parent_words=_pairs("parent_words.txt"),
        postfix_titles=_pairs("postfix_titles.txt"),
        patronymic_words=_pairs("patronymic_words.txt"),
        patronymic_connectors=_pairs("patronymic_connectors.txt"),
        kunya_words=kunya_words,
        elided_kunya_words=elided_kunya_words,
        hyphen_titles=_pairs("hyphen_titles.txt"),
        scripts=frozenset(_lines("scripts.txt")),
        roles={line.split()[0]: tuple(line.split()[1:]) for line in _lines("roles.txt")},
        vietnamese_families=_words("vietnamese_families.txt"),
        korean_families=_words("korean_families.txt"),
        chinese_families=_words("chinese_families.txt"),
        zipf=_zipf(),
    )
