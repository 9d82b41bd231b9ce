"""Who a character's mother or father is by name, so that "her mother" and "Noriko's mother"
can be read as the named parent by the checks that compare what is said of a character.

A story names a parent in one of two ways that this reads:
- beside the name, as relation_drift reads relations: "her mother, Fumie", "Fumie, her
  mother", "Noriko's mother Fumie";
- as "her mother" opening one sentence and, opening the very next, a full name said there for
  the first time that shares the child's family name: "Her mother was in the kitchen when they
  arrived. Fumie Hayashi had never been a woman who embraced people."
A parent is known only when one name answers for that child; two answers leave it unknown.
"""

from __future__ import annotations

import re
from collections import defaultdict

from app.core.checks.base import CheckContext
from app.core.checks.cues import CueWords, cue_sentences
from app.core.checks.mentions import PRONOUN_GENDER, Mention, MentionIndex
from app.core.checks.referents import REACH, referent
from app.core.manuscript import SentenceView
from app.core.names import family_name_first

RULE = "parents"
# The words for a mother or a father a narrator uses of someone's parent, and the parent each
# names. (Words used as names, "Mutti", "Appa", are characters of their own.)
PARENT_WORDS = {
    "mother": "mother", "mum": "mother", "mom": "mother", "mama": "mother", "mamma": "mother",
    "father": "father", "dad": "father", "papa": "father",
}
_SEX = {"mother": "f", "father": "m"}
_WORDS = "|".join(sorted(PARENT_WORDS, key=len, reverse=True))
_OWNER = r"(?P<owner>(?i:her|his)|(?P<named>[A-Z][\w'’-]*)(?:'s|’s))"
# "Her mother" or "Noriko's mother" opening a sentence, and its parent word.
_OPENING = re.compile(rf"^\W*{_OWNER}\s+(?P<kin>{_WORDS})\b")
# A parent word and its owner anywhere in a sentence ("…, and Noriko's mother, at eighty-two").
_KIN = re.compile(rf"\b{_OWNER}\s+(?P<kin>{_WORDS})\b")
_CUE_WORDS = CueWords(PARENT_WORDS)
_MEMO = "parents"


def parent_of(context: CheckContext, owner: str, kin: str) -> str | None:
    """The name of `owner`'s mother or father (`kin` is a word of PARENT_WORDS), when the
    story names one and only one."""
    table = context.shared.get(_MEMO)
    if table is None:
        table = context.shared[_MEMO] = _parents(context)
    return table.get((owner, PARENT_WORDS.get(kin.lower(), "")))


def kin_subject(
    context: CheckContext, view: SentenceView, text: str, before: int
) -> tuple[str | None, int] | None:
    """Whom a sentence is about when its subject before `before` (where a value is told) is
    "her mother" or "Noriko's mother": the named parent (None when the story names none) and
    where the phrase ends in `text`; None when no such phrase is the subject — it must open
    the sentence or end right where the value begins (", at eighty-two")."""
    found = None
    for match in _KIN.finditer(text, 0, before):
        found = match
    if found is None or (text[found.end() : before].strip() and text[: found.start()].strip(
        "\"“”‘’'( ")):
        return None
    owner = _owner(context.mentions, view, found)
    parent = None if owner is None else parent_of(context, owner, found.group("kin"))
    return parent, found.end()


def _owner(index: MentionIndex, view: SentenceView, match: re.Match[str]) -> str | None:
    """The character "her"/"his" or the possessive name before a parent word stands for."""
    named = match.group("named")
    if named is None:
        return referent(index, view, PRONOUN_GENDER[match.group("owner").lower()])
    at = view.start + match.start("named")
    for mention in index.in_sentence(view):
        if mention.span.start <= at < mention.span.end:
            return mention.cluster.name
    return None


def _parents(context: CheckContext) -> dict[tuple[str, str], str]:
    from app.core.checks.relation_drift import stated_relations

    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    for relative, relations in stated_relations(context).items():
        for relation in relations:
            kin = PARENT_WORDS.get(relation.relation)
            if kin is not None and relation.anchor:
                named[(relation.anchor, kin)].add(relative)
    index = context.mentions
    for view, opening in cue_sentences(context.manuscript, RULE, _OPENING.match, _CUE_WORDS):
        found = _introduced(index, view, opening)
        if found is not None:
            owner, parent = found
            named[(owner, PARENT_WORDS[opening.group("kin").lower()])].add(parent)
    return {key: names.pop() for key, names in named.items() if len(names) == 1}


def _introduced(
    index: MentionIndex, view: SentenceView, opening: re.Match[str]
) -> tuple[str, str] | None:
    """(child, parent) when the sentence after one that opens on "her mother" opens on a full
    name said there for the first time, of the parent's sex or none known, that shares the
    family name of a character of the owner's sex named in the last sentences."""
    parsed = view.paragraph
    if parsed is None or view.number + 1 >= len(parsed.sentences):
        return None
    following = view.order + 1
    mentions = index.by_sentence[following]
    if not mentions:
        return None
    first: Mention = mentions[0]
    sentence = parsed.sentences[view.number + 1]
    if first.span.start - (view.base + sentence.start) > 1 or len(first.run.words) < 2 or (
        first.run.possessive or index.by_cluster[first.cluster.name][0] is not first
    ):
        return None
    parent = first.cluster.name
    sex = _SEX[PARENT_WORDS[opening.group("kin").lower()]]
    if index.genders.get(parent) not in (sex, None):
        return None
    words = first.run.words
    given = words[-1] if family_name_first(words) else words[0]
    family = set(words) - {given}
    owner_sex = None if opening.group("named") else PRONOUN_GENDER[
        opening.group("owner").lower()]
    owners = set()
    for earlier in [index.in_sentence(view), *index.before(view, REACH)]:
        for mention in earlier:
            name = mention.cluster.name
            if name == parent or (owner_sex and index.genders.get(name) not in (owner_sex, None)):
                continue
            words = set(name.split()) | {w for form in mention.cluster.forms for w in
                                         index.manuscript.finder.forms[form].words}
            if words & family:
                owners.add(name)
    return (owners.pop(), parent) if len(owners) == 1 else None
