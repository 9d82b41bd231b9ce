"""repeated-phrase: an unusual phrase the reader meets more than once.

The phrases themselves come from `app.core.phrases`; this check turns the unusual ones (score at
least WARNING_SCORE: rare words, not idioms, not names) into warnings quoting each occurrence.
"""

from __future__ import annotations

import re

from app.core.checks.base import CheckContext, Example, finding_key
from app.core.model import Finding, WarningKind
from app.core.phrases import WARNING_SCORE, phrase_key
from app.core.text import WORD_PATTERN
from app.core.wordlists import wordlists

_WORD = re.compile(WORD_PATTERN)

RULE = "repeated-phrase"
KIND = WarningKind.REPEATED_PHRASE

EXAMPLES = (
    Example(("The smell of freshly baked croissants filled the street.",
             "Again the scent of freshly baked croissants drifted past."),
            ("freshly baked croissants",)),
    Example(("For the first time, he smiled.", "For the first time, he slept."),),
    Example(("She walked into the drawing-room.", "He ran into the drawing-room."),),
)


def find(context: CheckContext) -> list[Finding]:
    manuscript = context.manuscript
    lists = wordlists()
    plain = lists.stopwords | {w.lower() for w in manuscript.finder.name_words()} | {
        h.lower() for h in lists.honorifics
    }
    findings = []
    for phrase in context.phrases:
        if phrase.score < WARNING_SCORE:
            continue
        # One rare word among function words ("into the drawing-room") is a word repeated,
        # not a phrase; the Phrases tab still lists it.
        if sum(1 for word in _WORD.findall(phrase.text.lower()) if word not in plain) < 2:
            continue
        chapters = sorted({manuscript.title(s.document) for s in phrase.occurrences})
        where = ", ".join(f"‘{c}’" for c in chapters)
        message = f"“{phrase.text}” appears {phrase.count} times ({where})."
        findings.append(
            Finding(KIND, message, (phrase.text,), phrase.occurrences,
                    finding_key(KIND, RULE, (), phrase_key(phrase)), RULE)
        )
    return findings
