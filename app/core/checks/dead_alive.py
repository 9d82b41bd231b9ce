"""dead then alive: a character reported dead who later acts or speaks.

A death is read from the sentence that reports it: "Colette had passed away", "her late mother,
Colette", "the death of Colette", "Colette's funeral". The dead character is the one named
nearest before the verb (not a possessor: in "Sofie's mother died" the mother died). Negated or
hypothetical deaths ("nearly died", "if he died") do not count. Later, a mention where the
character does something ("Colette took", "said Colette") outside a memory ("remembered",
"ghost", "used to") is the contradiction.
"""

from __future__ import annotations

import re

from app.core.checks.base import CheckContext, Example
from app.core.checks.evidence import contrast
from app.core.checks.mentions import Mention, acts
from app.core.model import Finding, WarningKind

RULE = "dead-alive"
KIND = WarningKind.CONTRADICTION

EXAMPLES = (
    Example(("Her mother, Colette, had passed away when Sofie was young. Sofie walked on.",
             "Colette took Sofie under her wing and smiled."), ("Colette",)),
    Example(("Old Tomas died in the winter of the flood. The village mourned him.",
             "In spring Tomas laughed at the fishermen and said nothing."), ("Tomas",)),
    Example(("Mira nearly died in the fire. Mira smiled at the nurse the next day.",)),
    Example(("Ivo died last spring. Ana remembered how Ivo smiled at her.",)),
)

_DEATH_VERB = re.compile(
    r"\b(?:had\s+)?(?:died|passed\s+away|passed\s+on|was\s+killed|was\s+murdered|was\s+slain|"
    r"drowned|perished|was\s+executed|was\s+buried|(?:is|was|had\s+been)\s+dead|"
    r"(?:was|were)\s+lost\s+at\s+sea|never\s+came\s+back|had\s+not\s+come\s+back|"
    r"never\s+returned)\b",
    re.IGNORECASE,
)
_DEATH_NOUN = re.compile(r"\b(?:death|funeral|grave|burial|murder)\s+of\s*$", re.IGNORECASE)
_POSSESSIVE_DEATH = re.compile(r"^\s*(?:death|funeral|grave|burial|murder)\b", re.IGNORECASE)
_LATE = re.compile(r"\b(?:the|his|her|their|my|our|your)\s+late(?:\s+\w+)?\s*,?\s*$",
                   re.IGNORECASE)
_HEDGE = re.compile(
    r"\b(?:not|never|nearly|almost|if|would|might|could|may|should|feared|pretended|thought|"
    r"rumou?red|supposed)\b[^.!?]*$",
    re.IGNORECASE,
)
_MEMORY = re.compile(
    r"\b(?:remember\w*|memor\w+|ghost|spirit|grave|dream\w*|portrait|photograph\w*|"
    r"used\s+to|once|late|alive|funeral|buried|recall\w*|missed|mourn\w*)\b",
    re.IGNORECASE,
)
# Every death cue above contains one of these words: a sentence without any is skipped.
_ANY_DEATH_WORD = re.compile(
    r"\b(?:died|passed|killed|murdered|slain|drowned|perished|executed|buried|dead|lost|"
    r"came|come|returned|death|funeral|grave|burial|murder|late)\b", re.IGNORECASE)
_NOT_ACTING = frozenset({"died", "lived", "had", "was", "seemed", "appeared"})


def find(context: CheckContext) -> list[Finding]:
    index = context.mentions
    deaths: dict[str, Mention] = {}
    manuscript = context.manuscript
    for view in manuscript.sentence_list:
        mentions = index.in_sentence(view)
        if not mentions:
            continue
        text = index.text(view)
        memo = manuscript.sentence_memo(view, RULE)
        if view.number not in memo:
            memo[view.number] = bool(_ANY_DEATH_WORD.search(text))
        if not memo[view.number]:
            continue
        for mention in _dead_in(text, view.start, mentions):
            deaths.setdefault(mention.cluster.name, mention)
    findings = []
    for name, death in deaths.items():
        for later in index.by_cluster[name]:
            if later.sentence.order <= death.sentence.order:
                continue
            if not acts(later, _NOT_ACTING):
                continue
            if _MEMORY.search(index.text(later.sentence)):
                continue
            findings.append(_finding(context, death, later))
            break
    return findings


def _dead_in(text: str, base: int, mentions: list[Mention]) -> list[Mention]:
    dead = []
    for match in _DEATH_VERB.finditer(text):
        if _HEDGE.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        before = [m for m in mentions if m.span.end - base <= match.start()]
        if not before:
            continue
        subject = before[-1]
        between = text[subject.span.end - base : match.start()]
        if subject.run.possessive or len(between) > 60 or re.search(r"[;:]", between):
            continue
        dead.append(subject)
    for mention in mentions:
        prefix = text[: mention.span.start - base]
        suffix = text[mention.span.end - base :]
        if _LATE.search(prefix) or _DEATH_NOUN.search(prefix) or (
            mention.run.possessive and _POSSESSIVE_DEATH.match(suffix[2:])
        ):
            dead.append(mention)
    return dead


def _finding(context: CheckContext, death: Mention, later: Mention) -> Finding:
    sentence = context.manuscript.sentence_span
    return contrast(context, RULE, death.cluster.name,
                    (sentence(death.sentence), "is reported dead"),
                    (sentence(later.sentence), "later acts"),
                    subject=death.cluster.name)
