"""name-variant: one name spelled two ways (Sofie/Sophie, Zoë/Zoe, Harriet/Hariet)."""

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
        if pair.reason == "accents" and _written_without_accents(context, words, pair.variant):
            continue  # "The first clerk wrote me down as Kovacs Istvan, without any accents"
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
# umlaut".
_MARK = r"(?:accents?|tildes?|umlauts?|cedillas?|diacritics?|diaeres[ei]s|h[aá][cč]eks?)"
_WITHOUT_ACCENTS = re.compile(rf"\b(?:without|no|minus)\s+(?:any\s+|the\s+|its\s+|his\s+|"
                              rf"her\s+)?{_MARK}\b|"
                              rf"\b(?:dropped|lost|left\s+off)\s+(?:the|its|his|her)\s+{_MARK}\b",
                              re.IGNORECASE)
# How far after the unaccented name that is looked for.
_ACCENT_REACH = 60


def _written_without_accents(context: CheckContext, words: CapitalisedWords, variant: str
                             ) -> bool:
    """Whether the text says, right after the unaccented form, that the name was written
    without its accents: a clerk's spelling the story points out, no slip."""
    documents = context.manuscript.documents
    return any(_WITHOUT_ACCENTS.search(documents[span.document].text, span.end,
                                       span.end + _ACCENT_REACH)
               for span in words.spans(variant))
