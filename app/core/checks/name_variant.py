"""name-variant: one name spelled two ways (Sofie/Sophie, Zoë/Zoe, Harriet/Hariet).

Not a slip: a name the text says was written without its accents (or without a marked letter:
"No č, no ž"), nor two spellings the text sets side by side as two readings of one name ("they
will read my name Kaneshiro … here it's Kanashiro"; "Saint Ouën (St Ouen, the English spell
it)"; "the clerk put him down as Jon … asking for Jan"; "written me in the register as Zehra"),
nor one the text spells out letter by letter ("she spelled it: K-U-H-N") or points out by a
letter that tells it from the other ("Kuhn with an h", "Mehmed, with a d", "Eduard with no o",
"heard the Russian Z … like an S"), nor one only ever listed beside another spelling of the name
("they learned to say it, more or less: Hahn, Han"), nor one full name said to be the other
("Rüstəm Məmmədov is Rüstəm Məmmədli"), nor a rarer spelling quoted as what someone signs or
writes ('She signs her cards "Valentīna Ozola"') or whose sentence names the mark it carries
("with the long ī"; "with a little stroke over the last letter", where it is first written, and
it may come again), nor one first written in a paragraph that says names were spelled wrong
("letters spelled wrong" by French clerks) or that others could not spell one ("they could not
spell Gagnon") or that a name is said as papers write it ("the way it is written on his
papers") or that names, alone after a hyphen, the ending that tells it from the other
("adding the -ov", of Khatkho and Khatkhov), or that speaks of names in another script ("in the
Arabic letters", "the Arabic names inside the cover") or writes a word in one and gives it as
that word's reading ("陳. A Mandarin speaker would read it as Chen"), whose Latin spelling is its
own: the writer means the spelling.
Nor is a given name of its own written plain beside the name with accents and other letters
("Martin" of Irish "Máirtín"), its form in English; nor a family word said as a name ('"Baba,"
Bala said', what a son calls his father) a slip of a name written as often or more: it is a word
of a language, written on purpose; nor a word said only after "in" or "at" ("only at Dadar") a
slip of a family word said as a name ("Dada", an elder brother): somewhere, not someone; nor
a word only ever said, recited, sung or prayed after "the" ("They said the Fatiha together"):
a prayer or a song, not someone; nor a word only ever written after "Saint" or its like ("Saint
Anne", "Sainte-Anne") beside a name that is not: a saint, not the character; nor one only ever
written between "a" and a noun of one person ("a Bajo man called Usman"): a people's name;
nor a rarer spelling with an apostrophe between its letters that the other lacks ("N'na"
beside "Nana"): an elision, written on purpose."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from app.core.checks.base import CheckContext, finding_key
from app.core.checks.examples.name_variant import EXAMPLES as EXAMPLES
from app.core.model import Finding, WarningKind
from app.core.text import fold
from app.core.variants import CapitalisedWords, VariantPair, capitalised_words
from app.core.wordlists import wordlists

RULE = "name-variant"
KIND = WarningKind.NAME_VARIANT


_REASONS = {
    "accents": "the same letters with and without accents",
    "sound": "they sound the same",
    "typo": "the rarer spelling looks like a slip",
    "swap": "two letters look swapped",
    "full-name": "the rest of the full name is the same",
}


def find(context: CheckContext) -> list[Finding]:
    # Spans are made only for the words of a pair, and kept per chapter between runs.
    words = capitalised_words(context.manuscript)
    spellings: dict[str, set[str]] = {}  # each name's spellings: "Hạnh", "Hahn", "Han"
    for pair in context.variant_pairs:
        spellings.setdefault(pair.main, {pair.main}).add(pair.variant)
    findings = []
    for pair in context.variant_pairs:
        names = (pair.main, pair.variant)
        if pair.reason == "accents" and _written_without_accents(context, words, *names):
            continue  # "The first clerk wrote me down as Kovacs Istvan, without any accents"
        if _reading_given(context, words, pair.main, pair.variant):
            continue  # "in Japan they will read my name Kaneshiro … here it's Kanashiro"
        if _english_form(pair):
            continue  # "(son of Martin)" in a story of Máirtín: the name as English writes it
        if _elided(pair):
            continue  # "My mother, N'na Kadiatou" beside "Nana": a word written with its elision
        if _family_word_as_rare(pair):
            continue  # '"Baba," Bala said': what a son calls his father, no slip for Bala
        if _place_beside_family_word(context, words, pair):
            continue  # "it is only at Dadar" beside "Dada", an elder brother: somewhere
        if _recited(context, words, pair.variant):
            continue  # "They said the Fatiha together": a prayer, no slip of "Fatima"
        if _saints_name(context, words, pair.variant) and not _saints_name(
                context, words, pair.main):
            continue  # "Saint Anne, grandmother of Christ" in a story of Anna: the saint
        if _of_a_people(context, words, pair.variant):
            continue  # "a Bajo man called Usman" in a story of Baco: a people, not someone
        if _named_side_by_side(context, words, pair.main, pair.variant):
            continue  # "Olúmọ, which the tourist board calls Olumo", "David instead of Davit"
        if _spelling_pointed_out(context, words, pair.main, pair.variant):
            continue  # "Kuhn with an h," I said; "Mehmed, with a d": the letter tells
        if _told_spelled_wrong(context, words, pair.variant):
            continue  # "The French never could write our o's … letters spelled wrong"
        if _in_another_script(context, words, pair.variant):
            continue  # "in the Arabic letters … 'Zaynab,' she said": a name out of Arabic
        if _ending_named(context, words, pair.main, pair.variant):
            continue  # "the clerk had written him down … adding the -ov": Khatkho, Khatkhov
        if _written_so_on_purpose(context, words, pair.variant):
            continue  # 'She signs her cards "Valentīna Ozola", with the long ī'
        if _listed_beside(context, words, pair.variant, spellings[pair.main] - {pair.variant}):
            continue  # "they learned to say it, more or less: Hahn, Han": tries at Hạnh
        evidence = words.spans(pair.main, pair.variant)
        message = (
            f"‘{pair.variant}’ ({pair.variant_count}×) may be a misspelling of "
            f"‘{pair.main}’ ({pair.main_count}×): {_REASONS[pair.reason]}."
        )
        findings.append(
            Finding(KIND, message, tuple(sorted(names)), tuple(evidence),
                    finding_key(KIND, RULE, names), RULE)
        )
    return findings


def _english_form(pair: VariantPair) -> bool:
    """Whether the rarer spelling is a given name of the names list, written plain, and the
    commoner one has accents and other letters too ("Martin" beside Irish "Máirtín",
    "Sebastian" beside French "Sébastien"): the name as English writes it — a slip drops an
    accent or a letter, not both into a name of its own."""
    rare, common = pair.variant, pair.main
    return (rare in wordlists().first_names and fold(rare) != fold(common)
            and not _accented(rare) and _accented(common))


def _accented(word: str) -> bool:
    """Whether a word carries any accent or other mark over or under a letter."""
    return unicodedata.normalize("NFD", word) != word


# An apostrophe between letters, with two or more after it (not a possessive "'s").
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’]\w{2,}")


def _elided(pair: VariantPair) -> bool:
    """Whether the rarer spelling has an apostrophe between its letters that the other lacks
    ("N'na", Bambara for mother, beside "Nana"; "D'Arcy" beside "Darcy"): an elision written
    on purpose — a slip drops, doubles or swaps letters, it does not set an apostrophe in."""
    return (_INNER_APOSTROPHE.search(pair.variant) is not None
            and _INNER_APOSTROPHE.search(pair.main) is None)


def _family_word_as_rare(pair: VariantPair) -> bool:
    """Whether the rarer of two spellings (or one written as often) is a family word said as a
    name or after one ("Baba", "Mam", "Kaka") and the other none: the word a child calls a
    parent by is meant, not a slip of a name one letter away ("Bala"). Not the other way
    round: a slip may be rarer than the family word it is a slip of."""
    lists = wordlists()

    def family(word: str) -> bool:
        return word in lists.family_words or word in lists.postfix_titles

    return (family(pair.variant) and not family(pair.main)
            and pair.variant_count <= pair.main_count)


# A preposition of place right before a word: "only at Dadar", "a flat in Kolaba".
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|inside|outside|beyond)\s+$")
# "at" after a verb of looking, smiling or calling out, which is at someone as well as
# somewhere: "she smiled at Dadda".
_AT_SOMEONE = re.compile(r"\b(?:look|stare|star|glance|glanc|smile|smil|laugh|wave|wav|shout|"
                         r"yell|nod|nodd|point|wink|frown|grin|grinn|glare|glar|gaze|gaz|peer|"
                         r"snap|snapp|scowl|call|swore|swear)(?:s|ed|ing)?\s+at\s+$",
                         re.IGNORECASE)
# How far before a word its preposition is looked for.
_PREPOSITION_REACH = 30


def _place_beside_family_word(context: CheckContext, words: CapitalisedWords,
                              pair: VariantPair) -> bool:
    """Whether the commoner spelling is a family word said as a name ("Dada", what one calls
    an elder brother) and the rarer is written, every time, right after a preposition of
    place ("it is only at Dadar"): a family word names someone, and a slip of it stands
    where someone stands — after "in" or "at" stands somewhere. (Not after a verb of
    looking or calling out: "she smiled at Dadda" is at someone.)"""
    lists = wordlists()
    if pair.main not in lists.family_words and pair.main not in lists.postfix_titles:
        return False
    documents = context.manuscript.documents
    spans = words.spans(pair.variant)
    for span in spans:
        text = documents[span.document].text
        start = max(0, span.start - _PREPOSITION_REACH)
        if not _PLACE_PREPOSITION.search(text, start, span.start) or _AT_SOMEONE.search(
                text, start, span.start):
            return False
    return bool(spans)


# A verb of saying a text aloud and "the" right before a word: "said the Kaddish", "recited the
# Shema", "sang the Magnificat" — a prayer or a song, not someone. Not after a closing quote
# or a comma ('"Go," said the Major'): who speaks there is someone.
_RECITED = re.compile(r"(?<![\"”,]\s)(?<![\"”,])\b(?:say|says|said|saying|recite|recites|"
                      r"recited|reciting|sing|sings|sang|sung|singing|chant|chants|chanted|"
                      r"chanting|pray|prays|prayed|praying|intone|intones|intoned|intoning)\s+the\s+$",
                      re.IGNORECASE)
# How far before a word its verb of saying is looked for.
_RECITED_REACH = 20


def _recited(context: CheckContext, words: CapitalisedWords, variant: str) -> bool:
    """Whether the rarer spelling is written, every time, as what is said, recited, sung or
    prayed, right after "the" ("They said the Fatiha together", "he sang the Kyrie"): a
    prayer or a song, a thing — no one says or sings a person, and a slip of a name is not
    written after "the"."""
    documents = context.manuscript.documents
    spans = words.spans(variant)
    for span in spans:
        text = documents[span.document].text
        if not _RECITED.search(text, max(0, span.start - _RECITED_REACH), span.start):
            return False
    return bool(spans)


# "Saint" and its forms in the languages of saints' names, right before a name: "Saint Anne",
# "St. Anne's", "Sainte-Anne", "San Pedro", "São João".
_SAINT = re.compile(r"\b(?:Saint|St\.?|Sainte|Ste\.?|Santa|Santo|San|São|Sankt)[ \t-]$")


def _saints_name(context: CheckContext, words: CapitalisedWords, spelling: str) -> bool:
    """Whether a spelling is written, every time, right after "Saint" or its like ("Saint
    Anne, grandmother of Christ", "the chapel of Sainte-Anne"): a saint, or a boat, church or
    feast named for one — someone of the story is not called "Saint" and a slip of her name
    keeps none."""
    return _always_written(context, words, spelling, lambda text, start, end: _SAINT.search(
        text, max(0, start - 8), start) is not None)


# "a" or "an" right before a word, and a noun of one person right after it: "a Bajo man", "an
# Igbo woman" — the word a people's (or a place's) name said of one of them.
_A_BEFORE = re.compile(r"(?<![\w'’])(?:a|an|A|An)[ \t]+$")
_ONE_OF_A_PEOPLE = re.compile(r"[ \t]+(?:man|woman|boy|girl|lad|lass|child)\b")


def _of_a_people(context: CheckContext, words: CapitalisedWords, spelling: str) -> bool:
    """Whether a spelling is written, every time, between "a" and a noun of one person ("a
    Bajo man called Usman", "an Igbo woman"): the name of a people or a place said of one
    of them, not someone's — no one's name stands there, nor a slip of it."""
    return _always_written(context, words, spelling, lambda text, start, end: (
        _A_BEFORE.search(text, max(0, start - 4), start) is not None
        and _ONE_OF_A_PEOPLE.match(text, end) is not None))


def _always_written(context: CheckContext, words: CapitalisedWords, spelling: str,
                    fits: Callable[[str, int, int], bool]) -> bool:
    """Whether a spelling is written at all, and every time where `fits` (the document's
    text, the start and end of the spelling there) says it is."""
    documents = context.manuscript.documents
    spans = words.spans(spelling)
    return bool(spans) and all(fits(documents[span.document].text, span.start, span.end)
                               for span in spans)


# The text saying a name was written without its accents.
# Any mark a name may lose: "without any accents", "no accent and no tilde", "dropped the
# umlaut", "spelled flat, without the marks".
_MARK = (r"(?:accents?|tildes?|umlauts?|cedillas?|diacritics?|diaeres[ei]s|h[aá][cč]eks?|"
         r"marks)")
# A letter with a mark, named alone ("No č, no ž": what a typewriter or a clerk lacked).
_MARKED_LETTER = r"(?<!\w)[À-ÖØ-öø-ɏ](?!\w)"
_WITHOUT_ACCENTS = re.compile(rf"\b(?:without|no|minus|not\s+have)\s+(?:any\s+|the\s+|its\s+|"
                              rf"his\s+|her\s+)?(?:{_MARK}\b|{_MARKED_LETTER})|"
                              rf"\b(?:drops?|dropped|lose|loses|lost|leaves?\s+off|left\s+off)\s+"
                              # "dropped both the Ortiz and the accent": the mark with another
                              # part of the name lost beside it
                              rf"(?:both\s+)?(?:(?:the|its|his|her)\s+[\w'’-]+\s+and\s+)?"
                              rf"(?:the|its|his|her)\s+(?:little\s+|small\s+|tiny\s+)?{_MARK}\b|"
                              # "the clerk would not write an accent", "never typed the tilde":
                              # the mark not written, so the name is written without it
                              rf"\b(?:(?:would|could|did|does|do|can|will)(?:\s+not|n['’]t)|"
                              rf"cannot|never)\s+(?:writes?|wrote|puts?|prints?|printed|types?|typed|"
                              rf"adds?|added)\s+(?:in\s+)?"
                              rf"(?:an?|any|the|its|his|her)\s+(?:{_MARK}\b|{_MARKED_LETTER})",
                              re.IGNORECASE)
# How far after either spelling that is looked for (the sentence after the one naming her),
# and how far before it ("did not have ș or ă, so the consulate wrote me as plain Stefanescu").
_ACCENT_REACH = 160
_ACCENT_BEFORE = 120


def _written_without_accents(context: CheckContext, words: CapitalisedWords, *spellings: str
                             ) -> bool:
    """Whether the text says, around either spelling, that the name is written without its
    accents ("wrote me down as Kovacs Istvan, without any accents"; "the clerk dropped both
    the Ortiz and the accent, so … I was Hector Rivera"; "her name was Taiwo …
    On official forms we are both spelled flat, without the marks"; "did not have ș or ă,
    so the consulate wrote me as plain Stefanescu"): two spellings the story points out, no
    slip."""
    documents = context.manuscript.documents
    return any(_WITHOUT_ACCENTS.search(documents[span.document].text,
                                       max(0, span.start - _ACCENT_BEFORE),
                                       span.end + _ACCENT_REACH)
               for span in words.spans(*spellings))


# A spelling quoted as what someone signs or writes: 'She signs her cards "Valentīna', 'he
# wrote it "Jakób"' — not a letter's words quoted after a comma or colon ('he wrote, "Hariet,
# come home"'), which may hold a slip.
_SIGNED_IN_QUOTES = re.compile(r"\b(?:signs?|signed|signing|writes?|wrote|written|spells?|spelt|"
                               r"spelled)\b[^.!?,:;\"“”]{0,40}[\"“]$", re.IGNORECASE)
# A mark or a marked letter the sentence says a name is written with: "with the long ī",
# "with its háček", "with an accent" — or a mark told by where it sits on a letter: "with a
# little stroke over the last letter", "with a dot under the s".
_ON_A_LETTER = (r"(?:stroke|line|dot|tick|hook|dash|squiggle|circle)(?:e?s)?\s+(?:over|above|"
                r"under|below|beneath|through)\s+(?:the|its|each|every|an?)\s+"
                r"(?:(?:[\w'’-]+\s+)?letters?\b|\w\b)")
_WITH_MARK = re.compile(rf"\bwith\s+(?:the|its|his|her|an?|both)\s+(?:long\s+|short\s+|little\s+|"
                        # "with the two dots over the u": the marks counted
                        rf"small\s+|proper\s+|two\s+|three\s+)?(?:macrons?\b|{_MARK}\b|{_MARKED_LETTER}|"
                        rf"{_ON_A_LETTER})", re.IGNORECASE)
# How far after a spelling its sentence is read for the mark it names.
_WITH_MARK_REACH = 80
_SENTENCE_STOP = re.compile(r"[.!?]")


def _written_so_on_purpose(context: CheckContext, words: CapitalisedWords, variant: str) -> bool:
    """Whether the rarer spelling is, wherever it is written, quoted as what someone signs or
    writes ('She signs her Christmas cards "Valentīna Ozola"') or followed in its sentence by
    the mark it carries ("Valentīna, with the long ī"): the spelling pointed out, no slip.
    Its mark named where it is first written ("was written José Halabí, with a little stroke
    over the last letter"), the spelling is pointed out for the times it comes again too."""
    documents = context.manuscript.documents
    spans = words.spans(variant)
    marked = _accented(variant)
    for i, span in enumerate(spans):
        text = documents[span.document].text
        if _SIGNED_IN_QUOTES.search(text, max(0, span.start - 60), span.start):
            continue
        end = _sentence_end(text, span.end, span.end + _WITH_MARK_REACH)
        if marked and _WITH_MARK.search(text, span.end, end):
            if i == 0:
                return True
            continue
        return False
    return bool(spans)


def _sentence_end(text: str, start: int, limit: int) -> int:
    """Where the sentence going on at `start` ends, `limit` at the furthest."""
    match = _SENTENCE_STOP.search(text, start, limit)
    return match.start() if match else min(limit, len(text))


# The text saying names are written wrong: "received its letters spelled wrong", "wrote
# our name wrongly", "the clerk misspelled it".
# ("Wrong" ends the phrase: "wrote to the wrong address" is no name written wrong.)
_SPELLED_WRONG = re.compile(r"\b(?:spelled|spelt|spells?|spelling|written|wrote|writes?|write)"
                            r"(?:\s+[\w'’]+){0,3}?\s+(?:wrong|wrongly|incorrectly)\b"
                            r"(?!\s+[a-z])|\b(?:wrongly|incorrectly)\s+(?:spelled|spelt|written)\b|"
                            r"\bmis-?spel(?:led|t|ls?|ling)\b|"
                            # "they could not spell Gagnon", "couldn't spell our name": nor right
                            r"\b(?:could|would|can|will|did)(?:\s+not|n['’]t)\s+spell\s+"
                            r"(?:(?-i:[A-Z])\w*|(?:my|his|her|their|our|your|the)\s+(?:\w+\s+)?"
                            r"names?|it)\b|\bcannot\s+spell\s+(?:(?-i:[A-Z])\w*|it)\b",
                            re.IGNORECASE)


# The text saying a name is said as a record writes it: "called him Jesús …, the way it is
# written on his papers", "as her name was spelled in the register" — a paragraph about the
# spelling of papers, which is not the spelling of home.
_AS_ON_RECORD = re.compile(r"\b(?:the\s+way|as|how)\s+(?:it|(?:my|his|her|their|our|your|the)\s+"
                           r"name)\s+(?:is|was|are|were|(?:had|has|have)\s+been)\s+(?:written|"
                           r"spelled|spelt|printed|typed|entered)\s+(?:on|in)\s+(?:the|my|his|"
                           r"her|their|our|your|its)\s+(?:[\w'’-]+\s+){0,2}?(?:papers|documents?|"
                           r"passports?|cards?|certificates?|registers?|records?|forms|licen[cs]es?)"
                           r"\b", re.IGNORECASE)


def _told_spelled_wrong(context: CheckContext, words: CapitalisedWords, variant: str) -> bool:
    """Whether the paragraph where the rarer spelling is first written says names were
    spelled or written wrong ("addressed to Madame Rakoutoumalala … The French never could
    write our o's … and so half of Imerina received its letters spelled wrong"), or that a
    name is said as papers write it ("the radio called him Jesús …, the way it is written on
    his papers"): the spelling the story explains, no slip of the writer's — and once
    explained, it may come again."""
    found = _first_paragraph(context, words, variant)
    return found is not None and (_SPELLED_WRONG.search(*found) is not None
                                  or _AS_ON_RECORD.search(*found) is not None)


def _first_paragraph(context: CheckContext, words: CapitalisedWords, spelling: str
                     ) -> tuple[str, int, int] | None:
    """The text of the document where a spelling is first written, with the bounds of the
    paragraph it is first written in — where a story explains a spelling it means — or None
    when it is not written at all."""
    spans = words.spans(spelling)
    if not spans:
        return None
    text = context.manuscript.documents[spans[0].document].text
    start = text.rfind("\n", 0, spans[0].start) + 1
    end = text.find("\n", spans[0].end)
    return text, start, len(text) if end < 0 else end


# A script other than the Latin alphabet named as what names are written in: "in the Arabic
# letters", "the Cyrillic alphabet", "the Arabic names inside the cover".
_OTHER_SCRIPT = re.compile(
    r"\b(?:[Ii]n|[Tt]he)\s+(?:"
    + "|".join(re.escape(script).replace("'", "['’]") for script in sorted(wordlists().scripts))
    + r")\s+(?:letters|script|alphabet|characters|lettering|names)\b")
_NAMES = re.compile(r"\bnames?\b", re.IGNORECASE)


def _in_another_script(context: CheckContext, words: CapitalisedWords, variant: str) -> bool:
    """Whether the paragraph where the rarer spelling is first written says, in one sentence,
    that names are written in another script ("on the inside of its cover she had written the
    names … in the Arabic letters … 'Zaynab,' she said"), or writes a word in one and gives
    the rarer spelling as how it is read ("the first of them was 陳. A Mandarin speaker would
    read it as Chen"): a name spelled out of Arabic or Chinese letters has its own Latin
    spelling, given on purpose — no slip — and once given, it may come again."""
    found = _first_paragraph(context, words, variant)
    if found is None:
        return False
    text, start, end = found
    first = words.spans(variant)[0].start
    if _READ_AS.search(text, max(start, first - _READ_AS_REACH), first) and any(
            _other_script_letter(char) for char in text[start:end]):
        return True  # "陳. A Mandarin speaker would read it as Chen": its reading
    for match in _OTHER_SCRIPT.finditer(text, start, end):
        # Names, not any words, written so: "had written every name in the Arabic letters",
        # not "his aunt had learned her letters in Arabic letters" beside a slip of the pen.
        sentence_start = max(text.rfind(stop, start, match.start()) for stop in ".!?") + 1
        sentence_end = _sentence_end(text, match.end(), end)
        if _NAMES.search(text, max(start, sentence_start), sentence_end):
            return True
    return False


def _other_script_letter(char: str) -> bool:
    """Whether a character is a letter of a script other than the Latin alphabet ("陳", "ж",
    "ب"), not a mark or modifier letter written inside Latin names (Hawaiian "ʻ")."""
    return unicodedata.category(char) in ("Lu", "Ll", "Lo") and not unicodedata.name(
        char, "LATIN").startswith("LATIN") and "ORDINAL" not in unicodedata.name(char, "")


# A word's ending written alone, a hyphen before it: "adding the -ov", "they dropped the -ski".
_ENDING = re.compile(r"(?<![\w-])-([^\W\d_]{1,5})(?![\w-])")


def _ending_named(context: CheckContext, words: CapitalisedWords, main: str, variant: str
                  ) -> bool:
    """Whether the paragraph where the rarer spelling is first written names, alone after a
    hyphen, the ending that tells the two apart ("the Russian clerk had written him down …
    adding the -ov that the Tsar's offices put on every mountain name", of Khatkho and
    Khatkhov): letters a language or an office adds to a name, pointed out — no slip."""
    found = _first_paragraph(context, words, variant)
    if found is None:
        return False
    first, second = main.casefold(), variant.casefold()
    shared = 0
    while shared < min(len(first), len(second)) and first[shared] == second[shared]:
        shared += 1
    for match in _ENDING.finditer(*found):
        ending = match.group(1).casefold()
        # The ending covers every letter one spelling has past what the two share, and the
        # other spelling does not end so.
        if any(word.endswith(ending) and len(word) - len(ending) <= shared
               and not other.endswith(ending)
               for word, other in ((first, second), (second, first))):
            return True
    return False


# The verbs a name is read, said or written by.
_SAY_OR_WRITE = (r"(?:read|reads|say|says|said|pronounce[sd]?|spells?|spelled|spelt|write|writes|"
                 r"wrote|written)")
# A name given as the way someone says or writes it: "they will read my name Kaneshiro",
# "spelled her name as Katrin", "The English write it Macao".
_READ_AS = re.compile(rf"\b{_SAY_OR_WRITE}\s+(?:(?:my|his|her|their|our|your|the)\s+"
                      r"(?:family\s+|first\s+|given\s+)?name|it)\s+(?:as\s+)?$", re.IGNORECASE)
# The same said right after a name, its speakers named ("St Ouen, the English spell it", "Macao
# (as the English write it)"); the clause ends at "it", so "Anna, they said it again" is none.
# After "the way", "how" or "as" the speakers, or the writing that spells it so, may take
# more words and the verb its helpers ("Delme, the way the old Navy charts had spelled it and
# the road signs still do"; "as her passport writes it"): the clause is about the spelling.
_READ_AS_AFTER = re.compile(r"\s*[,(]\s*(?:(?:as\s+)?(?:the\s+[\w'’-]+|they|we|you|people)\s+"
                            rf"{_SAY_OR_WRITE}\s+it\s*[,;:.)!?—–]|"
                            r"(?:as|the\s+way|how)\s+(?:(?:the|my|his|her|their|our|your|its)\s+"
                            r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+|they|we|you|people)\s+"
                            r"(?:(?:had|has|have|would|will|still|always|once|used\s+to)\s+)*"
                            rf"{_SAY_OR_WRITE}\s+it(?:\s*[,;:.)!?—–]|\s+(?:and|but|or)\b))",
                            re.IGNORECASE)
# Someone written down under a spelling: "they spelled her Maheen", "the gendarme had put him
# down as Gustave", "the clerk entered me as Jon", or with the record named between: "the nuns
# have written me in the register as Zehra", "put him down on the ration card as Jon" — a
# record's spelling, not the writer's.
_IN_A_RECORD = (r"(?:(?:in|on|into|onto)\s+(?:the|a|an|my|his|her|their|our|its|your)\s+"
                r"(?:[\w'’-]+\s+){1,3}?)?")
_WRITTEN_DOWN_AS = re.compile(r"\b(?:spells?|spelled|spelt)\s+(?:me|him|her|them|us)\s+(?:down\s+)?"
                              rf"(?:{_IN_A_RECORD}as\s+)?$|"
                              r"\b(?:writes?|wrote|written|puts?|putting|set|sets|enters?|"
                              r"entered|registers?|registered|records?|recorded|lists?|listed|"
                              r"types?|typed)\s+(?:me|him|her|them|us)\s+(?:down\s+)?"
                              rf"{_IN_A_RECORD}as\s+$",
                              re.IGNORECASE)
# How far before a name such words are looked for, and how near it the other spelling.
_READ_AS_REACH = 50
_OTHER_SPELLING_REACH = 400


def _reading_given(context: CheckContext, words: CapitalisedWords, first: str, second: str
                   ) -> bool:
    """Whether the text gives one spelling as the way the name is read or written ("in Japan
    they will read my name Kaneshiro"; "The English write it Macao, … the Portuguese Macau";
    after it: "Saint Ouën (St Ouen, the English spell it …)", "Delme, the way the old charts
    had spelled it"), or the rarer as what someone was written down as ("had put him down as
    Gustave … asking for Gustaf"; "Zahra Jaghori, though the nuns have written me in the
    register as Zehra"), with the other spelling near it ("In Okinawa it's Kanashiro"): two
    readings of one name set side by side, no slip."""
    documents = context.manuscript.documents
    for name, other in ((first, second), (second, first)):
        others = words.spans(other)
        for span in words.spans(name):
            text = documents[span.document].text
            start = max(0, span.start - _READ_AS_REACH)
            given = _READ_AS.search(text, start, span.start) is not None or _READ_AS_AFTER.match(
                text, span.end) is not None or (
                # A record's spelling is the odd one: a slip may sit near the name rightly
                # written down ("wrote her down as Oksana … Oskana lay awake").
                name == second and _WRITTEN_DOWN_AS.search(text, start, span.start) is not None)
            if given and any(
                    near.document == span.document
                    and abs(near.start - span.start) <= _OTHER_SPELLING_REACH
                    for near in others):
                return True
    return False


# How far after a name the text is looked at for its spelling pointed out, and for the
# letters that tell it from the other named as capitals ("heard the Russian Z, which sounds
# to German ears like an S, and wrote it down that way").
_SPELLING_REACH = 40
_CAPITALS_REACH = 160
# The name said, in its sentence, to be spelled out letter by letter ("wanted to write Paynem
# and she spelled it for her letter by letter"): both spellings pointed out.
_SPELLED_OUT = re.compile(r"\b(?:spells?|spelled|spelt|spelling)\s+(?:it|them|(?:my|his|her|their|"
                          r"our|your|the)\s+name)\b(?:\s+out)?[^.!?]{0,30}?\bletter\s+by\s+"
                          r"letter\b", re.IGNORECASE)


def _spelling_pointed_out(context: CheckContext, words: CapitalisedWords, first: str,
                          second: str) -> bool:
    """Whether the text, right after one of two spellings, spells it out letter by letter
    ("From a Kuhn." She spelled it: K-U-H-N.), names a letter that tells the two apart
    ("Kuhn with an h", "they dropped the h", "Mehmed, with a d", "Eduard with no o") or names
    them all as capitals ("Sarema … heard the Russian Z … like an S"): a difference the writer
    points out, no slip."""
    letters = _letters_apart(first.casefold(), second.casefold())
    named = capitals = None
    if letters:
        either = "|".join(map(re.escape, sorted(letters)))
        named = re.compile(
            # "Eduard with no o": the letter the other spelling has, said missing
            rf"\b(?:(?:with\s+no|(?:with|without|minus|dropped|lost|left\s+off|added)\s+"
            rf"(?:an?|the|its|one))"
            rf"\s+[\"'“‘]?(?:{either})[\"'”’]?(?![\w-])|the\s+(?:{either})\s+"
            rf"(?:dropped|gone|missing|left\s+off))", re.IGNORECASE)
        # Each of two letters a capital alone, as letters are named ("the Russian Z, …
        # like an S"), not an initial ("Captain L——", "J. Smith"); "I" and "A" are words.
        if len(letters) == 2 and not letters & {"i", "a"}:
            capitals = [re.compile(rf"(?<![\w'’.-]){re.escape(letter.upper())}"
                                   rf"(?=[\s,;:!?)\"'”’]|$)(?!\s+[A-Z])")
                        for letter in sorted(letters)]
    documents = context.manuscript.documents
    for name in (first, second):
        # Its letters each set off by a hyphen or a full stop: "K-U-H-N", "K. U. H. N."
        spelled = re.compile(r"\b" + r"[-.–]\s?".join(map(re.escape, name)) + r"\b",
                             re.IGNORECASE) if len(name) > 1 else None
        for span in words.spans(name):
            text = documents[span.document].text
            end = span.end + _SPELLING_REACH
            if named is not None and _starts_within(named, text, span.end, end):
                return True
            if capitals is not None and all(
                    _starts_within(capital, text, span.end, span.end + _CAPITALS_REACH)
                    for capital in capitals):
                return True
            if spelled is not None and _starts_within(spelled, text, span.end, end):
                return True  # "K-U-H-N", letter by letter
            if _starts_within(_SPELLED_OUT, text, span.end, end):
                return True  # "and she spelled it for her letter by letter"
    return False


# How far past a window's end a match is read, so that the window ends no word: a word is
# shorter than this.
_WORD_SLACK = 40


def _starts_within(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether `pattern` matches at or after `start`, beginning before `end`, read against
    the words as they run on past `end`: "with a sack" cut off after its "s" names no letter."""
    match = pattern.search(text, start, end + _WORD_SLACK)
    return match is not None and match.start() < end


# What parts two items of a list: a comma (", or"), "or", a slash.
_LIST_JOIN = r"(?:,\s*(?:or\s+)?|\s+or\s+|\s*/\s*)"
# How far before a spelling another is looked for, as the item before it.
_LIST_REACH = 40


def _listed_beside(context: CheckContext, words: CapitalisedWords, variant: str,
                   others: set[str]) -> bool:
    """Whether the rarer spelling is only ever an item of a list right beside another
    spelling of the same name ("the regulars did, more or less: Hahn, Han, Miss Hun"; "Hạnh
    or Hahn"): ways of saying one name set out on purpose — a slip is not written next to
    a second spelling of the name it slips from, as one person is not listed twice."""
    if not others:
        return False
    either = "|".join(map(re.escape, sorted(others)))
    before = re.compile(rf"(?<!\w)(?:{either}){_LIST_JOIN}$")
    after = re.compile(rf"{_LIST_JOIN}(?:{either})(?!\w)")
    documents = context.manuscript.documents
    spans = words.spans(variant)
    return bool(spans) and all(
        before.search(documents[span.document].text, max(0, span.start - _LIST_REACH),
                      span.start)
        or after.match(documents[span.document].text, span.end)
        for span in spans)


def _letters_apart(a: str, b: str) -> frozenset[str]:
    """The letters one spelling has more of than the other, when one or two letters tell
    them apart ("h" of "kuhn" and "kun"; "d" and "t" of "mehmed" and "mehmet"); else none."""
    more = (Counter(a) - Counter(b)) + (Counter(b) - Counter(a))
    if not 0 < sum(more.values()) <= 2 or not all(letter.isalpha() for letter in more):
        return frozenset()
    return frozenset(more)


# What sets one spelling right after the other as its other form: "Olúmọ, which the tourist
# board calls Olumo Rock", "you will be David instead of Davit".
_OTHER_FORM = (r"(?:,?\s+(?:which|that|whom)\s+(?:[\w'’-]+\s+){0,4}?(?:calls?|called|spells?|"
               r"spelt|spelled|writes?|wrote)|\s+(?:instead\s+of|rather\s+than|in\s+place\s+of))\s+")
# How far before a spelling the other is looked for.
_SIDE_BY_SIDE_REACH = 80
# One full name said to be another, the given name the same: "Rüstəm Məmmədov is Rüstəm
# Məmmədli", "Anna Kowalska became Anna Kowal" — its group 1 the given name before the other
# spelling, said again before this one.
_FULL_NAME_IS = r"\s+(?:is|was|becomes|became)\s+(?:now\s+)?(\w+)\s+$"


def _named_side_by_side(context: CheckContext, words: CapitalisedWords, first: str,
                        second: str) -> bool:
    """Whether the text writes one spelling right after the other as its other form, in one
    breath ("The rock is Olúmọ, which the tourist board calls Olumo Rock"; "you will be David
    instead of Davit"), or says one full name is the other, the given name the same ("Rüstəm
    Məmmədov is Rüstəm Məmmədli"): two spellings set side by side on purpose, no slip — a slip
    is not said to be the name it slips from."""
    documents = context.manuscript.documents
    for name, other in ((first, second), (second, first)):
        before = re.compile(rf"\b{re.escape(other)}{_OTHER_FORM}$")
        full_before = re.compile(rf"(?<!\w)(\w+)\s+{re.escape(other)}{_FULL_NAME_IS}")
        for span in words.spans(name):
            text = documents[span.document].text
            start = max(0, span.start - _SIDE_BY_SIDE_REACH)
            if before.search(text, start, span.start):
                return True
            full = full_before.search(text, start, span.start)
            if full and full.group(1) == full.group(2) and full.group(1)[:1].isupper():
                return True  # "Rüstəm Məmmədov is Rüstəm Məmmədli": one man's two names
    return False
