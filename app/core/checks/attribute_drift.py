"""attribute drift: eye colour, hair colour, age or height stated differently for one character.

An attribute is read from a sentence that names exactly one character ("Mara's green eyes",
"Mara, a thirty-year-old…", "Mara was tall"). Two different values for the same attribute of
the same character is the contradiction; both sentences are quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.checks.base import CheckContext, Example, finding_key
from app.core.checks.mentions import Mention
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
    "eye colour": re.compile(rf"\b({_COLOURS})(?:[- ]eyed\b|\s+eyes\b)", re.IGNORECASE),
    "hair colour": re.compile(rf"\b({_COLOURS})(?:[- ]haired\b|\s+hair\b)", re.IGNORECASE),
    "age": re.compile(rf"\b({_NUMBER_WORDS})[- ]years?[- ]old\b|\baged\s+({_NUMBER_WORDS})\b",
                      re.IGNORECASE),
    "height": re.compile(r"\b(?:was|is|stood)\s+(?:very\s+|quite\s+|rather\s+|so\s+)?"
                         r"(tall|short|petite)\b", re.IGNORECASE),
}
_OTHER_SUBJECT = re.compile(r"\b(?:he|she|they|i|you|we|it|when|since|until|if|would|"
                            r"could|might|should|will|before|after)\b", re.IGNORECASE)
_SAME = {"gray": "grey", "blonde": "blond", "fair": "blond", "petite": "short"}


@dataclass(frozen=True, slots=True)
class _Observation:
    attribute: str
    value: str
    mention: Mention


def find(context: CheckContext) -> list[Finding]:
    index = context.mentions
    seen: dict[tuple[str, str], dict[str, _Observation]] = {}
    for view in context.manuscript.sentence_list:
        mentions = index.in_sentence(view)
        people = {m.cluster.name for m in mentions}
        if len(people) != 1:
            continue
        text = index.text(view)
        subject_end = mentions[0].span.end - view.start
        for attribute, pattern in _PATTERNS.items():
            for match in pattern.finditer(text):
                if match.start() < subject_end:
                    continue
                # Someone else's attribute ("she was twelve years old") or another time
                # ("ever since she was twelve") is not a statement about the character now.
                if _OTHER_SUBJECT.search(text[subject_end : match.start()]):
                    continue
                raw = next(g for g in match.groups() if g)
                value = _SAME.get(raw.lower(), raw.lower().replace(" ", "-"))
                values = seen.setdefault((mentions[0].cluster.name, attribute), {})
                values.setdefault(value, _Observation(attribute, value, mentions[0]))
    findings = []
    for (name, attribute), values in seen.items():
        if len(values) < 2:
            continue
        first, second = sorted(values.values(), key=lambda o: o.mention.sentence.order)[:2]
        findings.append(_finding(context, name, attribute, first, second))
    return findings


def _finding(context: CheckContext, name: str, attribute: str, first: _Observation,
             second: _Observation) -> Finding:
    manuscript = context.manuscript
    a = manuscript.sentence_span(first.mention.sentence)
    b = manuscript.sentence_span(second.mention.sentence)
    message = (
        f"{name}'s {attribute} changes: ‘{first.value}’ in ‘{manuscript.title(a.document)}’ "
        f"(“{' '.join(a.text.split())}”) but ‘{second.value}’ in "
        f"‘{manuscript.title(b.document)}’ (“{' '.join(b.text.split())}”)."
    )
    return Finding(KIND, message, (name,), (a, b),
                   finding_key(KIND, RULE, (name,), attribute), RULE)
