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

from app.core.checks.base import CheckContext, Example, finding_key
from app.core.checks.mentions import Mention
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
    Example(("Ines Varga laughed. Her sister, Dora, laughed too.",
             "Ines Varga waited. Her sister, Dora, came in."),),
)

_STRANGER = "stranger"
_INTRODUCED = re.compile(r"\bintroduced\s+(?:herself|himself|themselves)\s+as\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Relation:
    relation: str
    anchor: str
    mention: Mention


def find(context: CheckContext) -> list[Finding]:
    index = context.mentions
    kinship = wordlists().kinship
    relations: dict[str, list[_Relation]] = {}
    last_named: dict[str, str] = {}
    for view in context.manuscript.sentence_list:
        mentions = index.in_sentence(view)
        text = index.text(view)
        for mention in mentions:
            relation = _relation_of(text, view.start, mention, kinship)
            if relation is None:
                continue
            others = [m.cluster.name for m in mentions if m.cluster is not mention.cluster]
            anchor = others[0] if others else last_named.get(view.document)
            if anchor is None or anchor == mention.cluster.name:
                continue
            relations.setdefault(mention.cluster.name, []).append(
                _Relation(relation, anchor, mention)
            )
        for mention in mentions:
            last_named[view.document] = mention.cluster.name
    findings = []
    for name, found in relations.items():
        finding = _drift(context, name, found)
        if finding is not None:
            findings.append(finding)
    return findings


def _relation_of(text: str, base: int, mention: Mention, kinship: frozenset[str]) -> str | None:
    before = text[: mention.span.start - base]
    if _INTRODUCED.search(before):
        return _STRANGER
    run = mention.run
    if run.prev in kinship and (run.prev2 in {"her", "his", "my", "their", "our", "your"}
                                or before.rstrip().endswith(",")):
        return run.prev
    after = text[mention.span.end - base :]
    match = re.match(r"\s*,\s*(?:her|his|their|my|our)\s+(\w+)", after)
    if match and match.group(1).lower() in kinship:
        return match.group(1).lower()
    return None


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
    return name.replace(".", "").split()[-1] if name.startswith(("Mr", "Mrs", "Miss")) else (
        name.split()[0]
    )


def _describe(relation: _Relation) -> str:
    if relation.relation == _STRANGER:
        return f"a stranger introducing herself or himself to {relation.anchor}"
    return f"{relation.anchor}'s {relation.relation}"


def _finding(context: CheckContext, name: str, first: _Relation, second: _Relation) -> Finding:
    manuscript = context.manuscript
    a = manuscript.sentence_span(first.mention.sentence)
    b = manuscript.sentence_span(second.mention.sentence)
    message = (
        f"{name} is {_describe(first)} in ‘{manuscript.title(a.document)}’ "
        f"(“{' '.join(a.text.split())}”) but {_describe(second)} in "
        f"‘{manuscript.title(b.document)}’ (“{' '.join(b.text.split())}”)."
    )
    return Finding(KIND, message, (name,), (a, b), finding_key(KIND, RULE, (name,)), RULE)
