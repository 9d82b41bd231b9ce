"""Who "the minister" or "the doctor" is: the one character a story calls by a role, so that
what is said of the role ("The minister was sixty-one that spring", "the priest is dead") can
be held against what is said of the name.

A story names a role's holder in these ways that this reads:
- by a title that goes with the role ("the priest" of a story with one "Father Anselmo");
- by saying so: "The master is Captain Halvard Moen.";
- where no one has such a title, by naming them at the head of the very next sentence after
  one that opens on the role: "The minister came the next morning. Mr. Macaulay had been at
  Farr not two years"; "It was the minister who broke it. Mr. Macaulay had ridden up".
A role is someone's when the same name follows it at least twice, more often than any other,
or once as the one the next words describe ("Lyle Pruett was a narrow man in a gray suit").
The roles are a word list (resources/wordlists/roles.txt).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from app.core.checks.base import CheckContext
from app.core.checks.cues import CueWords, cue_sentences
from app.core.forms import normal_title
from app.core.wordlists import wordlists

RULE = "roles"
ROLES = wordlists().roles
"""A role, in lower case -> the titles its holder may be written with."""
_ROLE = "|".join(sorted(ROLES, key=len, reverse=True))
# A sentence that opens on a role: "The minister came", "It was the minister who…", "On
# Monday the superintendent came down".
OPENS_ON_ROLE = re.compile(rf"^\W*(?:(?i:it\s+was)\s+|(?i:on|in|at|by|that|next|then|later)"
                            rf"(?:\s+\w+){{0,5}}?,?\s+)?(?i:the)\s+(?:(?i:old|young|new)\s+)?"
                            rf"(?P<role>{_ROLE})\b(?!['’]s)")
_CUE_WORDS = CueWords(ROLES)
_MEMO = "roles"
# How many times the same name must follow a sentence that opens on a role, more often than
# any other name does, for the role to be theirs.
_VOTES = 2
# The name described right after the role, as one brings someone in: "… was a narrow man".
_DESCRIBED = re.compile(r"\s+(?:was|is)\s+(?:a|an)\s")
# The role said to be someone, the name right after: "The master is Captain Halvard Moen."
_IS_NAMED = re.compile(r"\s+(?:was|is)\s+")


def role_holder(context: CheckContext, role: str) -> str | None:
    """The name of the one character the story calls `role` (lower case), if it has one."""
    table = context.shared.get(_MEMO)
    if table is None:
        table = context.shared[_MEMO] = _holders(context)
    return table.get(role.lower())


def opening_role(text: str) -> str | None:
    """The role a sentence opens on ("The minister was sixty-one" -> "minister")."""
    found = OPENS_ON_ROLE.match(text)
    return found.group("role").lower() if found is not None else None


def _title_holder(context: CheckContext, title: str) -> str | None:
    """The one character written with `title` (`EntityFinder.title_holder`), a name the book
    spells otherwise once or twice, as a slip (`CheckContext.variant_groups`: "Dr. Sivakuamr"
    beside "Dr. Sivakumar"), counted as that one."""
    finder = context.manuscript.finder
    holder = finder.title_holder(title)
    if holder is not None:
        return holder
    title = normal_title(title)
    holders = {finder.cluster_of[key] for key, stats in finder.forms.items()
               if key in finder.cluster_of and title in stats.titles}
    groups = context.variant_groups
    spelled = {" ".join(groups.get(word, word) for word in name.split()) for name in holders}
    main = spelled.pop() if len(spelled) == 1 else None
    return main if main in holders else None


def _holders(context: CheckContext) -> dict[str, str]:
    manuscript = context.manuscript
    named: dict[str, set[str]] = defaultdict(set)
    for role, titles in ROLES.items():
        for title in titles:
            holder = _title_holder(context, title)
            if holder is not None:
                named[role].add(holder)
    titled = set(named)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    index = context.mentions
    for view, role in cue_sentences(manuscript, RULE, opening_role, _CUE_WORDS):
        if role in titled:
            continue  # "the king" of a story with one King Edrevan: his, whoever follows
        text = index.text(view)
        opening = OPENS_ON_ROLE.match(text)
        is_named = _IS_NAMED.match(text, opening.end()) if opening is not None else None
        named_here = [m for m in index.in_sentence(view)
                      if is_named is not None and m.span.start - view.start == is_named.end()]
        if named_here:
            # "The master is Captain Halvard Moen.": the story says who it is.
            votes[role][named_here[0].cluster.name] += _VOTES
            continue
        following = index.by_sentence[view.order + 1]
        if not following or following[0].span.document != view.document:
            continue
        first = following[0]  # named first in it, with nothing before the name
        if first.run.possessive or first.run.prev:
            continue
        text = manuscript.documents[first.span.document].text
        # "Lyle Pruett was a narrow man in a gray suit": brought in, the surest naming.
        described = _DESCRIBED.match(text, first.span.end) is not None
        votes[role][first.cluster.name] += _VOTES if described else 1
    for role, counted in votes.items():
        (best, count), (_second, runner_up) = [*counted.most_common(2), ("", 0)][:2]
        if count >= _VOTES and count > runner_up:
            named[role].add(best)
    return {role: names.pop() for role, names in named.items() if len(names) == 1}
