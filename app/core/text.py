"""Sentences and word tokens with character offsets, found without any downloaded model.

Paragraphs are blank-line separated blocks (hard-wrapped lines inside a paragraph are joined by
the reader, not by us). Sentences are split by a rule-based splitter that knows honorific and
initial abbreviations, so "Mr. Weston" never ends a sentence. Tokens are words made of letters,
with inner hyphens and apostrophes; a possessive "'s" is kept off the token so "Sofie's" counts
as a mention of "Sofie".
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

# A capital letter in a regular expression, the accented ones too: "Şükran", "Émile",
# "Łukasz", "Ørsted" begin with capitals that [A-Z] leaves out.
CAPITAL = "[A-Z" + "".join(
    c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c.lower() != c) + "]"

# Number words and their values, zero to nineteen and the tens ("Chapter Three",
# "thirty-four", "chapter_two.txt").
NUMBER_WORDS = {word: value for value, word in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"))} | {word: 10 * tens for tens, word in enumerate(
        ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), start=2)}

# A word; or a familiar Chinese given name, whose "Ah" is no word of its own ("Ah Kow", as
# against the interjection "Ah, Kow" or "Ah well") — but "Ah Ma", "Ah Kong" are family words.
# Marks written as combining characters stay in the word they sit on: Yoruba "Abẹ́òkúta" has
# an acute over its dot-below e that no single character holds.
_LETTERS = r"[^\W\d_]+(?:[\u0300-\u036f]+[^\W\d_]*)*"
WORD_PATTERN = (r"(?:Ah\s(?=[A-Z][a-z])(?!(?:Ma|Mah|Pa|Ba|Kong|Gong|Po|Yi|Yee|Chek|Soh|Sim|Peh|"
                rf"Ku)\b))?{_LETTERS}(?:[-'’]{_LETTERS})*")
# Matched with `re` itself rather than NLTK's RegexpTokenizer: NLTK 3.10 runs each match
# through a ReDoS timeout guard, two generator layers that cost three times the matching on a
# novel, and this pattern cannot backtrack badly (each repeat opens on a separator).
_WORDS = re.compile(WORD_PATTERN)
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
"""A blank line between two paragraphs."""
_SENTENCE_END = re.compile(r"[.!?…]+(?:['\"”’)\]]+)?(?=\s)")
_OPENING = set("\"“‘'([—–-")
_CHAPTER_LINE = re.compile(r"^\s*(chapter|part|book|volume|prologue|epilogue)\b", re.IGNORECASE)
# The months in lower case, in full and written short ("Dec. 23rd"): dates in letters'
# headings are told by them.
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"})
SHORT_MONTHS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                          "nov", "dec"})
# The days of the week in lower case.
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"})
# Abbreviations that end in a full stop without ending the sentence.
ABBREVIATED_TITLES = frozenset({
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Mme", "Mlle", "Messrs", "Capt", "Col", "Gen", "Lt",
    "Sgt", "Cpl", "Cmdr", "Adm", "Insp", "Det", "Supt", "Rev", "Hon", "Fr", "Pvt", "Pte",
    "Hr", "Frk",
})
"""Titles written short with a full stop ("Mr. Weston"). A title written in full never takes
one, so "…, Commander. Legitimate and lucrative." ends a sentence after it."""
# Titles a family's men or women share ("Mr. Stanbury", father and son; "Monsieur Caron"),
# unlike a rank: the word after one is a family name.
FAMILY_TITLES = frozenset({"Mr", "Mrs", "Miss", "Ms", "Mister", "Missus", "Master", "Madame",
                           "Mme", "Mademoiselle", "Mlle", "Monsieur", "Herr", "Frau", "Fräulein",
                           "Señor", "Señora", "Senhor", "Senhora", "Signor", "Signora"})
# A woman's titles that tell she is married, and those that tell she is not: "Frau Großmann" is
# not the "Fräulein Käthe Großmann" of the book.
MARRIED_TITLES = frozenset({"Mrs", "Missus", "Frau", "Madame", "Mme", "Señora", "Signora",
                            "Senhora"})
UNMARRIED_TITLES = frozenset({"Miss", "Fräulein", "Mademoiselle", "Mlle", "Señorita",
                              "Signorina", "Senhorita"})
_EXTRA_ABBREVIATIONS = frozenset({"St", "Mt", "Ft", "No", "Co", "Jr", "Sr", "vs", "etc", "Ltd",
                                  "Esq", "Regt", "Feb", "Apr", "Aug", "Sept",
                                  "Oct", "Nov", "Dec"})
ABBREVIATIONS = ABBREVIATED_TITLES | _EXTRA_ABBREVIATIONS


@dataclass(slots=True)
class Token:
    """A word. `initial` marks the first word of a sentence or of quoted speech."""

    text: str
    start: int
    end: int
    sentence: int
    initial: bool
    possessive: bool


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    heading: bool


def paragraphs(text: str) -> list[Paragraph]:
    """Blank-line separated blocks; short chapter lines, a word and a number alone on a line
    ("Statement No. 3"), ALL-CAPS lines and a title line opening the document are headings."""
    found: list[Paragraph] = []
    position = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        _add_paragraph(text, position, match.start(), found)
        position = match.end()
    _add_paragraph(text, position, len(text), found)
    return found


def _add_paragraph(text: str, start: int, end: int, found: list[Paragraph]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        block = text[start:end]
        found.append(Paragraph(start, end, _is_heading(block) or (
            not found and _is_title(block))))


def _is_heading(block: str) -> bool:
    if "\n" in block or len(block) > 80:
        return False
    letters = [c for c in block if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    return (bool(_CHAPTER_LINE.match(block)) or _NUMBERED_LINE.fullmatch(block) is not None) and (
        not block.rstrip().endswith((".", "?", "!")))


# A line of a word and a number alone, as a numbered part of a book heads it: "Statement No.
# 3", "Entry 12", "Letter #4" (not a date: "May 12" is a dateline's).
_NUMBERED_LINE = re.compile(r"(?!(?:January|February|March|April|May|June|July|August|September|"
                            r"October|November|December)\b)[A-Z][a-z]+\s+(?:No\.\s*|Number\s+|#)?"
                            r"\d{1,3}")


# A title's words: capitalised, or the small words titles leave in lower case.
_TITLE_WORD = re.compile(rf"(?:{CAPITAL}[\w'’-]*|of|the|a|an|and|in|on|at|to|for|by|with|from|de|"
                         r"la|le|du|des|von|van)")


def _is_title(block: str) -> bool:
    """Whether a document's first paragraph is its title: one short line of capitalised
    words ("Osaka Tide", "The House of Ash") without a sentence's closing punctuation."""
    words = block.split()
    return (0 < len(words) <= 8 and "\n" not in block and len(block) <= 60
            and words[0][0].isupper() and not block.endswith((".", "!", "?", ",", ";", ":"))
            and all(_TITLE_WORD.fullmatch(word) for word in words))


# A line of a chat log or a script: a short speaker label and a colon ("jaz_b: omg").
_SPEAKER_LINE = re.compile(r"[^\s:]{1,30}:[ \t]")


def sentences(text: str, start: int, end: int) -> list[Sentence]:
    """Split text[start:end] (one paragraph) into sentences. A paragraph whose every line
    opens with a speaker's label (a group chat, a transcript) is a sentence or more a line:
    its lines are not hard-wrapped prose."""
    if "\n" in text[start:end]:
        lines = list(re.finditer(r"[^\n]+", text[start:end]))
        if len(lines) > 1 and all(_SPEAKER_LINE.match(line.group()) for line in lines):
            return [part for line in lines
                    for part in _sentences(text, start + line.start(), start + line.end())]
    return _sentences(text, start, end)


def _sentences(text: str, start: int, end: int) -> list[Sentence]:
    abbreviations = ABBREVIATIONS
    found: list[Sentence] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if text[match.start()] == "." and match.group().startswith(".") and len(match.group()) == 1:
            word = _word_before(text, match.start())
            if word in abbreviations or (len(word) == 1 and word.isupper()) or (
                word.isupper() and word.title() in ABBREVIATED_TITLES
            ):
                continue
        following = _next_visible(text, stop, end)
        if following and not (following.isupper() or following in _OPENING or following.isdigit()):
            continue
        found.append(Sentence(begin, stop))
        begin = stop
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end:
        found.append(Sentence(begin, end))
    return found


def _word_before(text: str, index: int) -> str:
    begin = index
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return text[begin:index]


def _next_visible(text: str, index: int, end: int) -> str:
    while index < end and text[index].isspace():
        index += 1
    return text[index] if index < end else ""


def tokens(text: str, sentence_list: list[Sentence], first_index: int = 0) -> list[Token]:
    """Word tokens of the given sentences; `first_index` numbers the first sentence."""
    found: list[Token] = []
    append = found.append
    for number, sentence in enumerate(sentence_list, start=first_index):
        previous_end = sentence.start
        first = True
        for match in _WORDS.finditer(text, sentence.start, sentence.end):
            begin, finish = match.span()
            possessive = finish - begin > 2 and text[finish - 1] in "sS" and text[
                finish - 2] in "'’"
            if possessive:
                finish -= 2
            # Most words follow one plain space, which never opens speech: no gap to read.
            plain_space = begin - previous_end == 1 and text[previous_end] == " "
            initial = first or (not plain_space and _opens_speech(text[previous_end:begin]))
            append(Token(text[begin:finish], begin, finish, number, initial, possessive))
            previous_end = finish + 2 if possessive else finish
            first = False
    return found


def _opens_speech(gap: str) -> bool:
    """True when the gap before a word opens a quotation, or a clause after a colon ("The
    last line says: Tell Min-ho…"): the word is capitalised by rule."""
    return gap.endswith(("\"", "“", "‘", "'")) or gap.rstrip().endswith(":")


# Letters with a stroke or ligature that Unicode does not decompose into a base letter.
_UNDECOMPOSED = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d",
                               "Ħ": "H", "ħ": "h", "ı": "i", "ß": "ss", "Æ": "Ae", "æ": "ae",
                               "Œ": "Oe", "œ": "oe", "Þ": "Th", "þ": "th", "Ð": "D", "ð": "d"})


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Accent- and case-folded form: 'Zoë' and 'ZOE' both give 'zoe', 'Łucja' gives 'lucja'.
    Kept for the names a run folds again and again, and the next run's."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_LOWER_TAILS = frozenset({"ing", "ed", "s", "like", "ish", "ness", "wise", "esque", "ism"})


def is_capitalised(word: str) -> bool:
    """Capitalised like a name: "Sofie", "Abbey-Mill"; not "NASA" nor "Woodhouse-ing"."""
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False
    return "-" not in word or word.rsplit("-", 1)[1] not in _LOWER_TAILS


class LineIndex:
    """Maps character offsets to 1-based (line, column) pairs."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def count_words(text: str) -> int:
    return sum(1 for _ in re.finditer(WORD_PATTERN, text))
