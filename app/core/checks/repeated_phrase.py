"""repeated-phrase: an unusual phrase the reader meets more than once.

The phrases themselves come from `app.core.phrases`; this check turns the unusual ones (score at
least WARNING_SCORE: rare words, not idioms, not names) into warnings quoting each occurrence.
"""

from __future__ import annotations

from app.core.checks.base import CheckContext, finding_key
from app.core.checks.examples.repeated_phrase import EXAMPLES as EXAMPLES
from app.core.model import Finding, Phrase, WarningKind
from app.core.phrases import WARNING_SCORE, phrase_key
from app.core.text import PARAGRAPH_BREAK

RULE = "repeated-phrase"
KIND = WarningKind.REPEATED_PHRASE


def find(context: CheckContext) -> list[Finding]:
    """A phrase's warning depends on the phrase and the titles of the chapters it occurs in.
    The phrase index hands out the same Phrase object while a phrase is unchanged, so a kept
    warning is reused for it (the memo holds the phrase, so its id is not reused). Which
    phrases carry enough meaning to be phrases at all is `app.core.phrases`' decision."""
    manuscript = context.manuscript
    earlier: dict[int, tuple[Phrase, list[str], Finding]] = manuscript.memo.get(RULE, {})
    kept: dict[int, tuple[Phrase, list[str], Finding]] = {}
    findings = []
    for phrase in context.phrases:
        if phrase.score < WARNING_SCORE or _one_paragraph(context, phrase):
            continue
        chapters = sorted({manuscript.title(s.document) for s in phrase.occurrences})
        found = earlier.get(id(phrase))
        if found is not None and found[0] is phrase and found[1] == chapters:
            finding = found[2]
        else:
            finding = _finding(phrase, chapters)
        kept[id(phrase)] = (phrase, chapters, finding)
        findings.append(finding)
    if manuscript.kept:
        manuscript.memo[RULE] = kept
    return findings


def _one_paragraph(context: CheckContext, phrase: Phrase) -> bool:
    """Whether every occurrence is in one paragraph: "I am not a person who gets stupid about
    boys. Jaz is a person who gets stupid about boys." is a figure the writer meant, not a
    phrase the reader meets again."""
    documents = {span.document for span in phrase.occurrences}
    if len(documents) > 1:
        return False
    text = context.manuscript.documents[documents.pop()].text
    start = min(span.start for span in phrase.occurrences)
    end = max(span.end for span in phrase.occurrences)
    return PARAGRAPH_BREAK.search(text, start, end) is None


def _finding(phrase: Phrase, chapters: list[str]) -> Finding:
    where = ", ".join(f"‘{c}’" for c in chapters)
    message = f"“{phrase.text}” appears {phrase.count} times ({where})."
    return Finding(KIND, message, (phrase.text,), phrase.occurrences,
                   finding_key(KIND, RULE, (), phrase_key(phrase)), RULE)
