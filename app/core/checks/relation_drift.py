"""relation drift: a character's stated relation to another changes.

Relations are read from appositions and possessives: "her mother, Colette", "Colette, his
sister", "Sofie's mother Colette". The relative they belong to is the other character named in
the sentence, or else the character most recently named before it. A character who is one
person's mother in one place and their sister (or a stranger who "introduced herself as"
someone) in another is the contradiction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.checks.base import CheckContext, Example
from app.core.checks.evidence import contrast
from app.core.checks.mentions import Mention, MentionIndex
from app.core.manuscript import Manuscript, SentenceView
from app.core.model import Finding, WarningKind
from app.core.wordlists import wordlists

RULE = "relation-drift"
KIND = WarningKind.CONTRADICTION

EXAMPLES = (
    Example(("Sofie walked along the river. Her mother, Colette, had loved it.",
             "Sofie met an old painter who introduced herself as Colette. Colette smiled."),
            ("Colette",)),
    Example(("Ines Varga laughed. Her sister, Dora, laughed too.",
             "Ines Varga waited. Her mother, Dora, came in and sat down."), ("Dora",)),
    Example(("I walked to the harbour with my sister Rose. Rose laughed.",
             "My cousin Rose was waiting at the quay."), ("Rose",)),
    Example(("Dr. Kurian came to dinner. He is Arjun's uncle, as you know.",
             "Arjun sailed with his cousin, Dr. Kurian, on Sunday."), ("Dr. Kurian",)),
    Example(("Ines Varga laughed. Her sister, Dora, laughed too.",
             "Ines Varga waited. Her sister, Dora, came in."),),
)

_STRANGER = "stranger"
_INTRODUCED = re.compile(r"\bintroduced\s+(?:herself|himself|themselves)\s+as\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Relation:
    relation: str
    anchor: str
    sentence: SentenceView


_NARRATOR = "the narrator"
_ADDRESSED = re.compile(r"\b(?:said|says|whispered|told|tells|asked|asks|cried|called)\s+"
                        r"(?:to\s+)?$", re.IGNORECASE)
_OWNER = re.compile(r"(?:^|\W)(my|our|her|his|their|your)\s+$", re.IGNORECASE)
_IS_RELATIVE = re.compile(r"^\s*(?:,\s*)?(?:is|was|being)\s+(?:also\s+)?(?:\w+\s+)?"
                          r"(?P<owner>[A-Z][\w'’-]+?)(?:'s|’s)\s+(?P<kin>\w+)")
_PRONOUN_IS = re.compile(r"^\W*(he|she)\s+(?:is|was)\s+(?P<owner>[A-Z][\w'’-]+?)(?:'s|’s)\s+"
                         r"(?P<kin>\w+)", re.IGNORECASE)


def find(context: CheckContext) -> list[Finding]:
    index = context.mentions
    kinship = wordlists().kinship
    relations: dict[str, list[_Relation]] = {}
    manuscript = context.manuscript
    for view in manuscript.sentence_list:
        mentions = index.in_sentence(view)
        if not mentions:
            continue
        memo = manuscript.sentence_memo(view, RULE)
        if view.number not in memo:
            memo[view.number] = any(
                token.text.lower() in kinship or token.text == "introduced"
                for token in view.tokens
            )
        if not memo[view.number]:
            continue
        text = index.text(view)
        for mention in mentions:
            found = _relation_of(index, view, text, mention, kinship)
            if found is None:
                continue
            relation, anchor = found
            if anchor is None or anchor == mention.cluster.name:
                continue
            relations.setdefault(mention.cluster.name, []).append(
                _Relation(relation, anchor, view)
            )
        pronoun = _PRONOUN_IS.match(text)
        if pronoun and pronoun.group("kin").lower() in kinship:
            subject = index.resolve(view, pronoun.group(1))
            if subject is not None and subject.name != pronoun.group("owner"):
                relations.setdefault(subject.name, []).append(
                    _Relation(pronoun.group("kin").lower(),
                              _owner_name(manuscript, pronoun.group("owner")), view)
                )
    findings = []
    for name, found in relations.items():
        finding = _drift(context, name, found)
        if finding is not None:
            findings.append(finding)
    return findings


def _relation_of(
    index: MentionIndex, view: SentenceView, text: str, mention: Mention,
    kinship: frozenset[str],
) -> tuple[str, str | None] | None:
    """(relation, whose relation) stated for this mention, if the sentence states one."""
    start = mention.span.start - view.start
    before = text[:start]
    others = [m.cluster.name for m in index.in_sentence(view)
              if m.cluster is not mention.cluster]
    # The person spoken to ("she said to Zoë") comes first: "your" in the speech is theirs.
    others.sort(key=lambda name: not any(
        m.cluster.name == name and _ADDRESSED.search(text[: m.span.start - view.start])
        for m in index.in_sentence(view)
    ))
    if _INTRODUCED.search(before):
        return _STRANGER, others[0] if others else _last_named(index, view, mention)
    run = mention.run
    if run.prev in kinship:
        owner = _OWNER.search(before[: before.lower().rfind(run.prev)])
        if owner:
            return run.prev, _anchor(index, view, owner.group(1), others, mention)
        possessor = re.search(r"([A-Z][\w'’-]+)(?:'s|’s)\s+\w+\s*,?\s*$", before)
        if possessor:
            return run.prev, _owner_name(index.manuscript, possessor.group(1))
    after = text[mention.span.end - view.start :]
    match = re.match(r"\s*,\s*(my|our|her|his|their)\s+(\w+)", after)
    if match and match.group(2).lower() in kinship:
        return match.group(2).lower(), _anchor(index, view, match.group(1), others, mention)
    match = _IS_RELATIVE.match(after)
    if match and match.group("kin").lower() in kinship:
        return match.group("kin").lower(), _owner_name(index.manuscript, match.group("owner"))
    return None


def _anchor(index: MentionIndex, view: SentenceView, owner: str, others: list[str],
            mention: Mention) -> str | None:
    owner = owner.lower()
    if owner in {"my", "our"}:
        return _NARRATOR
    if owner == "your":
        # Said to someone: the person spoken to is named in the attribution ("she said to Zoë").
        return others[0] if others else None
    if others:
        return others[0]
    cluster = index.resolve(view, owner)
    if cluster is not None and cluster is not mention.cluster:
        return cluster.name
    return _last_named(index, view, mention)


def _last_named(index: MentionIndex, view: SentenceView, mention: Mention) -> str | None:
    cluster = index.resolve(view, "")
    return cluster.name if cluster is not None and cluster is not mention.cluster else None


def _owner_name(manuscript: Manuscript, word: str) -> str:
    cluster = manuscript.cluster_for_word(word)
    return cluster.name if cluster is not None else word


def _drift(context: CheckContext, name: str, found: list[_Relation]) -> Finding | None:
    for i, first in enumerate(found):
        for second in found[i + 1 :]:
            if first.relation == second.relation:
                continue
            if not context.same_name(_first_word(first.anchor), _first_word(second.anchor)):
                continue
            return _finding(context, name, first, second)
    return None


def _first_word(name: str) -> str:
    if name == _NARRATOR:
        return name
    return name.replace(".", "").split()[-1] if name.startswith(("Mr", "Mrs", "Miss")) else (
        name.split()[0]
    )


def _describe(relation: _Relation) -> str:
    if relation.anchor == _NARRATOR:
        return f"the narrator's {relation.relation}"
    if relation.relation == _STRANGER:
        return f"a stranger introduced to {relation.anchor}"
    return f"{relation.anchor}'s {relation.relation}"


def _finding(context: CheckContext, name: str, first: _Relation, second: _Relation) -> Finding:
    sentence = context.manuscript.sentence_span
    return contrast(context, RULE, name,
                    (sentence(first.sentence), _describe(first)),
                    (sentence(second.sentence), _describe(second)),
                    subject=f"{name} is")
