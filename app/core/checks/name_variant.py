"""name-variant: one name spelled two ways (Sofie/Sophie, Zoë/Zoe, Harriet/Hariet).

Not a slip: a name the text says was written without its accents (or without a marked letter:
"No č, no ž"), nor two spellings the text sets side by side as two readings of one name ("they
will read my name Kaneshiro … here it's Kanashiro"), nor one it spells out by the letter that
tells it from the other ("Mehmed, with a d")."""

from __future__ import annotations

import re

from app.core.checks.base import CheckContext, finding_key
from app.core.checks.examples.name_variant import EXAMPLES as EXAMPLES
from app.core.model import Finding, WarningKind
from app.core.variants import CapitalisedWords, capitalised_words

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
    findings = []
    for pair in context.variant_pairs:
        names = (pair.main, pair.variant)
        if pair.reason == "accents" and _written_without_accents(context, words, *names):
            continue  # "The first clerk wrote me down as Kovacs Istvan, without any accents"
        if _reading_given(context, words, pair.main, pair.variant):
            continue  # "in Japan they will read my name Kaneshiro … here it's Kanashiro"
        if _letter_spelled_out(context, words, pair.main, pair.variant):
            continue  # "Mehmed, with a d … In Turkey they write Mehmet, with a t"
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


# The text saying a name was written without its accents.
# Any mark a name may lose: "without any accents", "no accent and no tilde", "dropped the
# umlaut", "spelled flat, without the marks".
_MARK = (r"(?:accents?|tildes?|umlauts?|cedillas?|diacritics?|diaeres[ei]s|h[aá][cč]eks?|"
         r"marks)")
# A letter with a mark, named alone ("No č, no ž": what a typewriter or a clerk lacked).
_MARKED_LETTER = r"(?<!\w)[À-ÖØ-öø-ɏ](?!\w)"
_WITHOUT_ACCENTS = re.compile(rf"\b(?:without|no|minus)\s+(?:any\s+|the\s+|its\s+|his\s+|"
                              rf"her\s+)?(?:{_MARK}\b|{_MARKED_LETTER})|"
                              rf"\b(?:dropped|lost|left\s+off)\s+(?:the|its|his|her)\s+{_MARK}\b",
                              re.IGNORECASE)
# How far after either spelling that is looked for: the sentence after the one naming her.
_ACCENT_REACH = 160


def _written_without_accents(context: CheckContext, words: CapitalisedWords, *spellings: str
                             ) -> bool:
    """Whether the text says, soon after either spelling, that the name is written without
    its accents ("wrote me down as Kovacs Istvan, without any accents"; "her name was Taiwo
    … On official forms we are both spelled flat, without the marks"): two spellings the
    story points out, no slip."""
    documents = context.manuscript.documents
    return any(_WITHOUT_ACCENTS.search(documents[span.document].text, span.end,
                                       span.end + _ACCENT_REACH)
               for span in words.spans(*spellings))


# A name given as the way someone says or writes it: "they will read my name Kaneshiro",
# "spelled her name as Katrin".
_READ_AS = re.compile(r"\b(?:read|reads|say|says|said|pronounce[sd]?|spells?|spelled|spelt|"
                      r"write|writes|wrote|written)\s+(?:my|his|her|their|our|your|the)\s+"
                      r"(?:family\s+|first\s+|given\s+)?name\s+(?:as\s+)?$", re.IGNORECASE)
# How far before a name such words are looked for, and how near it the other spelling.
_READ_AS_REACH = 50
_OTHER_SPELLING_REACH = 400


def _reading_given(context: CheckContext, words: CapitalisedWords, first: str, second: str
                   ) -> bool:
    """Whether the text gives one spelling as the way the name is read or written ("in Japan
    they will read my name Kaneshiro") with the other spelling near it ("In Okinawa it's
    Kanashiro"): two readings of one name set side by side, no slip."""
    documents = context.manuscript.documents
    for name, other in ((first, second), (second, first)):
        others = words.spans(other)
        for span in words.spans(name):
            text = documents[span.document].text
            if _READ_AS.search(text, max(0, span.start - _READ_AS_REACH), span.start) and any(
                    near.document == span.document
                    and abs(near.start - span.start) <= _OTHER_SPELLING_REACH
                    for near in others):
                return True
    return False


# A spelling followed by the letter that tells it from another: "Mehmed, with a d", "Sokh,
# with an h".
_WITH_LETTER = re.compile(r",?\s+with\s+an?\s+[\"'“‘]?([^\W\d_])(?![^\W\d_])")


def _letter_spelled_out(context: CheckContext, words: CapitalisedWords, first: str, second: str
                        ) -> bool:
    """Whether the text, right after one spelling, names the letter that tells it from the
    other ("Mehmed, with a d, the way my mother said it"): a spelling insisted on, beside
    the other, on purpose."""
    documents = context.manuscript.documents
    for name, other in ((first, second), (second, first)):
        for span in words.spans(name):
            match = _WITH_LETTER.match(documents[span.document].text, span.end)
            if match is not None:
                letter = match.group(1).lower()
                if name.lower().count(letter) > other.lower().count(letter):
                    return True
    return False
