"""attribute drift: eye colour, hair colour, age or height stated differently for one character.

An attribute is read from a sentence that names exactly one character ("Mara's green eyes",
"Mara, a thirty-year-old…", "Mara was tall"). Two different values for the same attribute of
the same character is the contradiction; both sentences are quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.checks.base import CheckContext, Example
from app.core.checks.evidence import contrast
from app.core.checks.mentions import MentionIndex
from app.core.manuscript import SentenceView
from app.core.model import Finding, WarningKind

RULE = "attribute-drift"
KIND = WarningKind.CONTRADICTION

EXAMPLES = (
    Example(("Mara Quint had bright green eyes and a quick laugh.",
             "Mara Quint looked up, her brown eyes narrowing."), ("Mara Quint",)),
    Example(("Tobiah was forty years old that spring. Everyone liked Tobiah, said the baker.",
             "Tobiah, sixty years old, said nothing."), ("Tobiah",)),
    Example(("Lenka had red hair. Lenka smiled.", "Lenka brushed her red hair and laughed."),),
)

_COLOURS = (r"blue|green|brown|grey|gray|hazel|black|amber|violet|dark|pale|blond|blonde|fair|"
            r"red|auburn|white|silver|golden|chestnut|ginger|copper|brunette")
_NUMBER_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|"
                 r"three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
                 r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                 r"eighteen|nineteen|\d{1,3})")
_PATTERNS = {
    "eye colour": re.compile(
        rf"\b({_COLOURS})(?:[- ]eyed\b|\s+eyes\b)|\beyes\s+(?:were\s+|are\s+|as\s+|of\s+)?"
        rf"(?:a\s+|the\s+|as\s+)?({_COLOURS})\b", re.IGNORECASE),
    "hair colour": re.compile(
        rf"\b({_COLOURS})(?:[- ]haired\b|\s+(?:hair|braid|braids|curls|plait)\b)|"
        rf"\bhair\s+(?:was|is|as)\s+(?:as\s+)?({_COLOURS})\b", re.IGNORECASE),
    "age": re.compile(
        rf"\b({_NUMBER_WORDS})[- ]years?[- ]old\b|\baged\s+({_NUMBER_WORDS})\b|"
        rf"\b(?:was|is|turned)\s+({_NUMBER_WORDS})(?=\s*[,.;]|\s+(?:now|then|that|this)\b)",
        re.IGNORECASE),
    "height": re.compile(
        r"\b(?:was|is|stood)\s+(?:very\s+|quite\s+|rather\s+|so\s+)?(tall|short|petite)\b|"
        r"\ba\s+(?:\w+,?\s+){0,3}?(tall|short)\s+(?:man|woman|boy|girl|person|figure)\b|"
        r"\b(?:a\s+head\s+)?(taller|shorter)\s+than\b", re.IGNORECASE),
}
# Someone else's attribute or another time ("ever since she was twelve") is not a statement
# about the character as the story stands.
_OTHER_SUBJECT = re.compile(r"\b(?:he|she|they|i|you|we|when|since|until|if|would|"
                            r"could|might|should|will|before|after)\b", re.IGNORECASE)
_POSSESSED_TRAIT = re.compile(r"\s*(?:\w+\s+){0,2}(?:eyes|hair|age|height|braid)\b", re.IGNORECASE)
_LEADING_PRONOUN = re.compile(r"^\W*(she|he|her|his)\b", re.IGNORECASE)
# Every pattern above needs one of these words; one cheap pass skips most sentences.
_CUE = re.compile(rf"\b(?:eyes|eyed|hair|haired|braids?|curls|plait|old|aged|tall|short|petite|"
                  rf"taller|shorter|{_NUMBER_WORDS})\b", re.IGNORECASE)
_SAME = {"gray": "grey", "blonde": "blond", "fair": "blond", "petite": "short", "taller": "tall",
         "shorter": "short"}


@dataclass(frozen=True, slots=True)
class _Observation:
    attribute: str
    value: str
    sentence: SentenceView


def find(context: CheckContext) -> list[Finding]:
    index = context.mentions
    seen: dict[tuple[str, str], dict[str, _Observation]] = {}
    manuscript = context.manuscript
    for view in manuscript.sentence_list:
        text = index.text(view)
        matches = _matches(manuscript.sentence_memo(view, RULE), view, text)
        if not matches:
            continue
        subject = _subject(index, view, text)
        if subject is None:
            continue
        name, subject_end = subject
        for attribute, start, value in matches:
            if start < subject_end or _OTHER_SUBJECT.search(text[subject_end:start]):
                continue
            values = seen.setdefault((name, attribute), {})
            values.setdefault(value, _Observation(attribute, value, view))
    findings = []
    for (name, attribute), values in seen.items():
        if len(values) < 2:
            continue
        first, second = sorted(values.values(), key=lambda o: o.sentence.order)[:2]
        findings.append(_finding(context, name, attribute, first, second))
    return findings


def _matches(memo: dict, view: SentenceView, text: str) -> list[tuple[str, int, str]]:
    """(attribute, where, normalised value) stated in the sentence; kept with its parse."""
    found = memo.get(view.number)
    if found is None:
        found = memo[view.number] = [
            (attribute, match.start(), _value(match))
            for attribute, pattern in _PATTERNS.items()
            for match in pattern.finditer(text)
        ] if _CUE.search(text) else []
    return found


def _value(match: re.Match[str]) -> str:
    raw = next(g for g in match.groups() if g)
    return _SAME.get(raw.lower(), raw.lower().replace(" ", "-"))


def _subject(index: MentionIndex, view: SentenceView, text: str) -> tuple[str, int] | None:
    """The one character the sentence is about, and where its mention ends."""
    # A possessive ("with Ingrid's scissors") names an owner, not the sentence's subject.
    mentions = [m for m in index.in_sentence(view) if not m.run.possessive
                or _POSSESSED_TRAIT.match(text[m.span.end - view.start + 2 :])]
    people = {m.cluster.name for m in mentions}
    if len(people) == 1:
        return mentions[0].cluster.name, mentions[0].span.end - view.start
    if people:
        return None
    pronoun = _LEADING_PRONOUN.match(text)
    if pronoun is None:
        return None
    cluster = index.resolve(view, pronoun.group(1))
    return (cluster.name, pronoun.end()) if cluster else None


def _finding(context: CheckContext, name: str, attribute: str, first: _Observation,
             second: _Observation) -> Finding:
    sentence = context.manuscript.sentence_span
    return contrast(context, RULE, name,
                    (sentence(first.sentence), f"‘{first.value}’"),
                    (sentence(second.sentence), f"‘{second.value}’"),
                    subject=f"{name}'s {attribute} is", extra_key=attribute)
