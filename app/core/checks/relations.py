"""What a story says of who is whose relative: the relations it states, each with whose it is.

Read once per run from appositions and possessives ("her mother, Colette", "Colette, his sister",
"Sofie's mother Colette", "the master's son, Peder": of whom the story says holds the role; "Tini,
the lurah's daughter", of the holder or else of the one the story calls "the lurah"; "the
deceased's brother, Pietro", of the one character the story has reported dead by then), from "X
was Y's sister" (or ", who was Y's sister", "X was her sister"), "Her father was Tafara" and "He was
his brother-in-law", from what a family calls someone ("Ma's cousin Turi") and from speech ("my" the
speaker's, "your" the listener's — in a letter, the one it is written to, whose relative its "our"
is too; "my niece here" is one the speaker points at in the scene; a "his uncle" opening the
paragraph after talk of "your uncle" is the one spoken to's); what is told of a name a
sentence says another was is that other's too ("Doc was Henry Pike, Ma's cousin": the
clustering makes the two one character); `Relation` holds one: the relative is `relation` of
`anchor`. Relation drift compares them; `parents` reads who a character's mother and father are
from them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from app.core.checks import letters
from app.core.checks.base import CheckContext
from app.core.checks.cues import (
    QUOTE_MARK,
    CueWords,
    cue_sentences,
    in_quotes,
    neighbour,
    next_opens,
    quote_open,
    sentence_at,
)
from app.core.checks.deaths import told_deaths
from app.core.checks.mentions import (
    PRONOUN_GENDER,
    Mention,
    MentionIndex,
    said_in_speech,
)
from app.core.checks.referents import (
    LEADING_PRONOUN,
    NARRATOR,
    REACH,
    SUBJECT_PRONOUN,
    addressee,
    called_in_speech,
    chain_opener,
    given_name,
    in_scene,
    mention_at,
    narrated,
    narrator,
    opening_mention,
    past_another,
    referent,
    stranger_since_named,
)
from app.core.checks.roles import ROLES, role_holder
from app.core.entities import Cluster
from app.core.forms import PERSON_VERBS, SAID_VERBS
from app.core.manuscript import Manuscript, SentenceView
from app.core.model import EntityKind
from app.core.names import lower_case_titles, surname_of
from app.core.text import CAPITAL, NUMBER_WORDS
from app.core.wordlists import wordlists

# Where a run keeps the relations read, for every check that asks.
_MEMO = "relations.stated"
# … and the cast by given names (`_given_name_bearers`).
_GIVEN_NAMES_MEMO = "relations.given_names"
# … and where the story tells each death (`_dead_by`).
_DEAD_MEMO = "relations.dead"

STRANGER = "stranger"

_INTRODUCED = re.compile(r"\bintroduced\s+(?:herself|himself|themselves)\s+as\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Relation:
    """One relation a sentence states: the relative is `relation` ("sister") of `anchor`."""

    relation: str
    anchor: str
    sentence: SentenceView
    at: int
    """Where in the document the relative's name ends (what the quotation keeps)."""


# Speech that opens by calling someone by a family word: whoever says it is their child,
# nephew or niece, grandchild.
_VOCATIVE = re.compile(r"^\s*[\"“]\s*(?P<word>Mother|Mum|Mom|Mummy|Mommy|Mama|Mamma|Father|Dad|"
                       r"Daddy|Papa|Aunt|Auntie|Uncle|Grandma|Granny|Grandpa|Grandad|Granddad)"
                       r"\s*[,!?.—]")

_CALLED = {"Mother": "mother", "Mum": "mother", "Mom": "mother", "Mummy": "mother",
           "Mommy": "mother", "Mama": "mother", "Mamma": "mother", "Father": "father",
           "Dad": "father", "Daddy": "father", "Papa": "father", "Aunt": "aunt",
           "Auntie": "aunt", "Uncle": "uncle", "Grandma": "grandmother",
           "Granny": "grandmother", "Grandpa": "grandfather", "Grandad": "grandfather",
           "Granddad": "grandfather"}

# What the speaker is to the one called so, by the speaker's sex.
_CALLER = {"mother": ("son", "daughter"), "father": ("son", "daughter"),
           "aunt": ("nephew", "niece"), "uncle": ("nephew", "niece"),
           "grandmother": ("grandson", "granddaughter"),
           "grandfather": ("grandson", "granddaughter")}

# Titles of the religious life: "Father, forgive me" to Father Brennan calls no parent.
_RELIGIOUS = frozenset({"Father", "Mother", "Sister", "Brother", "Reverend", "Rev", "Padre",
                        "Fray", "Sor", "Abbé", "Père", "Mère"})

_SAID_BY_PRONOUN = re.compile(r"""[,!?…—-]["”]\s+(she|he)\s+(?:said|says|asked|asks|replied|"""
                              r"""whispered|told|tells|went\s+on|added)\b""")

# The pronoun and word of saying put before the line of speech: 'she said, "This is my…'.
_PRONOUN_SAID_BEFORE = re.compile(r"""\b(she|he)\s+(?:said|says|asked|asks|replied|whispered|"""
                                  r"""added)\s*[,:]?\s*["“][^"“”]*$""")

# "said Zoë" names the speaker; "said to Zoë", "asked Zoë" the person spoken to.
_ADDRESSED = re.compile(r"\b(?:(?:said|says|whispered|cried|called|shouted|replied)\s+to|"
                        r"told|tells|asked|asks)\s+", re.IGNORECASE)

# A kinship word, whole with its hyphens ("sister-in-law" is not read as "sister"), and not
# one that owns the relative ("her mother's sister" is an aunt, not a mother).
_KIN_WORD = r"\w+(?:-\w+)*\b(?!['’]s)"

_LOWER_KIN_WORD = r"[a-z]+(?:-[a-z]+)*\b(?!['’]s)"

# A word that may describe the relative between the owner and the kinship word: "her younger
# sister", "Pappous's only daughter", "her first cousin" (a cousin all the same).
_DESCRIBED = (r"(?:(?:younger|older|elder|little|big|baby|kid|twin|only|eldest|youngest|own|"
              r"first|second|third)\s+)?")

# "me" for "my", as Northern English, Irish and Australian speech write it, in the narration
# of a first-person teller too ("me brother Cliff", "me Dad's cousin"): read so only right
# before the kinship word, over a describing word at most ("told me a tale" is no owner).
_DIALECT_MY = "me"

_FIRST_PERSON = frozenset({"my", _DIALECT_MY, "our"})

# Words for a mother or a father ("maw", "da") -> the parent each names.
_PARENT_WORDS = wordlists().parent_words

_PARENT_WORD = "|".join(map(re.escape, sorted(_PARENT_WORDS, key=len, reverse=True)))

# A parent through whom the relative is the owner's, before the kinship word: "her father's
# older sister", "Mieke's mother's brother".
_THROUGH = rf"(?:(?P<parent>(?i:{_PARENT_WORD}))['’]s\s+{_DESCRIBED})?"

# A remark of how the teller knows it, set off by commas between a name and its verb: "Mrs.
# Tonkin, I hear, is his sister".
_ASIDE = (r"(?:\s*,\s*(?:I|we)\s+(?:learn|learned|learnt|hear|heard|gather|gathered|believe|"
          r"think|suppose|understand|am\s+told|was\s+told|find|found)\s*,)?\s+")

# A name set off by commas after its relation ends the apposition here, not a list — "and"
# then a past verb opens a new clause of the sentence ("…his grandfather, Don Ernesto, and
# stayed there"), not a list's last item.
_APPOSITION_END = re.compile(
    rf"\s*(?:[.;:!?)\"”]|,(?!\s*(?:(?:and|or)\b(?!\s+[a-z]+ed\b)|{CAPITAL}))|$)")

# A past verb after a kinship word, then its object or a comma: the relative is the subject
# of a clause of its own set in the sentence ("Hamadi bin Juma, my father reminded him, was a
# name…", "Rose, her mother said, was…"), not a relation said of the name before.
_KIN_DOES = (rf"\s+(?:[a-z]+ed|{'|'.join(sorted(PERSON_VERBS))})"
             r"\s*(?:,|(?:him|her|them|me|us|that)\b)")

# A kinship word then "was" or "is" and a name is the subject of a clause of its own: "My
# father was Dada, my mother was Nana" says who the mother is, nothing of Dada.
_KIN_IS_NAMED = rf"\s+(?:is|was)\s+{CAPITAL}"

# After ", and", not a past verb or a word that opens a clause ("…with Tío Beto, my mother's
# youngest brother, and when they set it down…", the apposition ended): a list may go on.
_NO_CLAUSE = (r"(?!\s+(?:[a-z]+ed|when|whenever|while|after|before|because|though|although|"
              r"until|once)\b)")

# "Rose, my sister", "Rose, her father's sister", "Walter, who was her cousin", "Tomas was her
# brother", "Mrs. Tonkin, I hear, is his sister" — unless the list goes on with another name
# ("Mr. Weston, his son, Emma").
_THEN_KIN = re.compile(rf"\s*(?:,\s*(?:who\s+(?:is|was)\s+)?|{_ASIDE}(?:is|was)\s+)"
                       r"(?P<owner>my|our|her|his|their)\s+"
                       rf"{_THROUGH}{_DESCRIBED}"
                       rf"(?P<kin>{_KIN_WORD})"
                       rf"(?!\s*,\s*(?:{CAPITAL}|and\b{_NO_CLAUSE}|or\b)|{_KIN_DOES}|{_KIN_IS_NAMED})")

# The owner before a kinship word, over a word that describes the relative ("her little
# brother", "my eldest son", "my late husband").
_OWNER = re.compile(rf"(?:^|\W)(my|{_DIALECT_MY}(?=\s+{_DESCRIBED}$)|our|her|his|their|your)\s+"
                    r"(?:[a-z][a-z-]*\s+)?$", re.IGNORECASE)

# "Corin Strand, the Commander's younger brother": the owner is the one holder of a title.
_THE_TITLE_KIN = re.compile(rf"\s*,\s*the\s+(?P<title>{CAPITAL}[a-z]+)(?:'s|’s)\s+"
                            rf"(?:[a-z][a-z-]*\s+)?(?P<kin>{_KIN_WORD})")

# A second relation set after a name, of one the story calls by a word with "the" ("Mohan-bhai,
# the Seth's younger brother,"): read after a first, told before the name.
_THE_OWNERS_KIN = re.compile(rf"\s*,\s*the\s+(?P<owner>{CAPITAL}[a-z]+)['’]s\s+{_DESCRIBED}"
                             rf"(?P<kin>{_LOWER_KIN_WORD})\s*[,.;]")

# A family word said after a given name that the name does not take in ("Sundaram Mama",
# "Mama" an uncle in Tamil, a mother elsewhere): what the family calls him, not another one.
_CALLED_AFTER = "|".join(sorted({*wordlists().family_words, *wordlists().postfix_titles},
                                key=len, reverse=True))

# An age told first, a comma after it: "nineteen, ", "23 years old, " ("one" is rarely one).
_AGE = (rf"(?:(?:{'|'.join(word for word in NUMBER_WORDS if word not in ('zero', 'one'))})"
        r"(?:-[a-z]+)?|\d{1,3})(?:\s+years?\s+old)?\s*,\s*")

# A title before the owner's name, in any letters ("Cô Hạnh's niece", "Señora Ruiz's son"):
# [a-z] would leave out the accented ones.
_TITLE_BEFORE = rf"(?:{CAPITAL}[^\W\d_]*\.?\s+)?"

# A name that can own a relative: a word ("Valli's") or initials with their dots ("J.D.'s").
_OWNER_WORD = rf"(?:{CAPITAL}[\w'’-]+?|(?:{CAPITAL}\.){{2,3}})"

# "Ravi Mama was Valli's brother", "Kolli, who was Önund's cousin, rode beside him", "Rufino
# was nineteen, Don Ernesto's nephew".
_IS_RELATIVE = re.compile(rf"^\s*(?:(?:{_CALLED_AFTER})\s+)?(?:,\s*(?:who\s+)?)?(?:is|was|being)\s+"
                          rf"(?:{_AGE})?(?:also\s+)?(?:\w+\s+)?"
                          rf"(?P<owner>{_OWNER_WORD})(?:'s|’s)\s+{_DESCRIBED}{_THROUGH}"
                          rf"(?P<kin>{_KIN_WORD})")

# "Ianto Rees, Dilwyn's uncle on his mother's side, had brought…": a relative set beside
# the name, ending there (not "Anna, Dilwyn's brother is here", said to Anna, nor a list).
_APPOSED_RELATIVE = re.compile(rf"^\s*,\s*(?P<owner>{_TITLE_BEFORE}{CAPITAL}[\w'’-]+?)"
                               r"(?:'s|’s)\s+"
                               rf"{_THROUGH}(?:[a-z][a-z-]*\s+)?(?P<kin>{_LOWER_KIN_WORD})"
                               r"(?=\s*[,.;:)]|\s+(?:on|of|from|in|who|whom)\b)"
                               rf"(?!\s*,\s*(?:{CAPITAL}|and\b|or\b))")

# "Connor is my step-brother", told by the narrator of the story.
# "Nora Keaveney is only my cousin when all is said": a word of degree leaves it said.
_IS_MY_RELATIVE = re.compile(rf"^\s*(?:is|was)\s+(?:(?:only|just|really|actually|also)\s+)?"
                             rf"(?:my|our)\s+{_DESCRIBED}(?P<kin>[\w-]+)\b")

# After "my grandmother" (a relative not a parent): "'s cousin", "'s younger sister".
_KINS_RELATIVE = re.compile(rf"['’]s\s+{_DESCRIBED}(?P<kin>[\w-]+)\b")

# "He was, besides, the nephew of Lady Pendry".
_PRONOUN_KIN_OF = re.compile(r"^\W*(he|she)\s+(?:is|was)\s*,?\s*(?:besides|also|in\s+fact)?\s*,?"
                             rf"\s*the\s+(?:[a-z]+\s+)?(?P<kin>{_LOWER_KIN_WORD})\s+of\s+(?P<owner>"
                             rf"{_TITLE_BEFORE}{CAPITAL}[\w'’-]+)", re.IGNORECASE)

# ", who as his cousin": the one named is the pronoun's cousin.
_AS_KIN = re.compile(rf"\s*,\s*(?:who\s+)?as\s+(his|her)\s+(?P<kin>{_LOWER_KIN_WORD})",
                     re.IGNORECASE)

# Relations that read the same both ways.
_SYMMETRIC = frozenset({"cousin", "twin"})

# A relation that opens the sentence, said of the name after "was": "Iain's brother was
# Seumas Beag", "My father was Tomás Vilar" (the narrator's; in speech, the speaker's).
_RELATIVE_WAS = re.compile(rf"^\W*(?:(?P<owner>{CAPITAL}[\w'’-]*?)['’]s|"
                           rf"(?P<pronoun>(?i:her|his|my|our)))"
                           rf"\s+{_DESCRIBED}(?P<kin>{_LOWER_KIN_WORD})\s+(?:was|is)\s+$")

# A second relation set after the first: "He was Jethu's son, her cousin, eighteen…", also
# as the last of a list that goes on through other descriptions, after "and (so)": "He was
# Erlan aga's son, her father's brother's boy, and so her cousin".
_AND_THEN_KIN = re.compile(r"(?:\s*,\s*(?:her|his)\s+[^,.;:!?\"“”]{1,60}?(?=,))*?"
                           r"\s*,\s*(?:and\s+(?:so\s+|thus\s+|therefore\s+|hence\s+)?)?"
                           rf"(her|his)\s+(?:[a-z]+\s+)?(?P<kin>{_LOWER_KIN_WORD})"
                           r"(?=\s*[,.;])")

# "Walter's fourteen, and because he's my big brother he says…": the one "he" stands for,
# the narrator's relative (in narration; "he is my brother" in speech is the speaker's).
_PRONOUN_IS_MY = re.compile(rf"\b(he|she)(?:\s+(?:is|was)|['’]s)\s+"
                            rf"(?:(?:only|just|really|also)\s+)?(?:my|our)\s+{_DESCRIBED}"
                            rf"(?P<kin>{_LOWER_KIN_WORD})(?!\s*['’]s)", re.IGNORECASE)

# A pronoun that opens its sentence, nothing but punctuation before it (stricter than
# `referents.LEADING_PRONOUN`, which lets "Then she", "That winter he" open one).
_PRONOUN_ALONE = re.compile(r"^\W*(?:he|she)$", re.IGNORECASE)

# "Walter's fourteen", "Walter's a full-timer": "is", not whose.
_CONTRACTED_IS = re.compile(
    r"['’]s\s+(?:a|an|the|not|never|still|only|just|been|gone|"
    rf"(?:{'|'.join(word for word in NUMBER_WORDS if word != 'zero')})\b)\b", re.IGNORECASE)

# "He was his brother-in-law", after a sentence naming the two.
_PRONOUN_IS_HIS = re.compile(rf"^\W*(he|she)\s+(?:is|was)\s+(his|her)\s+{_DESCRIBED}"
                             rf"(?P<kin>{_KIN_WORD})", re.IGNORECASE)

# "Trent is first cousin to that detective from Alice, Brannigan": the relative's name, then
# the relation and whose it is, named right after "to" or after a description set off by a
# comma. Never "like a brother to": the kinship word follows "is" with no article.
_KIN_TO = re.compile(r"^\s*(?:is|was)\s+(?:(?:first|second|third)\s+)?"
                     rf"(?P<kin>{_LOWER_KIN_WORD})\s+to\s+(?:(?:the|that|this)\s+"
                     r"[^,.;:!?\"“”]{1,60}?,\s*)?")

# "She was Lady Fennimore's niece": the owner may carry a title, before the name or after it
# in lower case ("He was Erlan aga's son"), and is a name ("He was my father's brother" is
# told through a parent: `_THROUGH_A_PARENT`).
_LOWER_TITLE = "|".join(map(re.escape, sorted(lower_case_titles(), key=len, reverse=True)))
_PRONOUN_IS = re.compile(rf"^\W*((?i:he|she))\s+(?:is|was)\s+(?P<owner>{_TITLE_BEFORE}"
                         rf"{_OWNER_WORD}(?:\s+(?:{_LOWER_TITLE}))?)(?:'s|’s)\s+{_DESCRIBED}"
                         rf"(?P<kin>{_KIN_WORD})")

# "She was the Sheikh's cousin": the owner a title said with "the", as a name — the one
# character written with that title (`EntityFinder.title_holder`), as `_THE_TITLE_KIN` reads
# "Corin Strand, the Commander's younger brother".
_PRONOUN_IS_THE_TITLE = re.compile(rf"^\W*((?i:he|she))\s+(?:is|was)\s+the\s+"
                                   rf"(?P<title>{CAPITAL}[a-z]+)['’]s\s+{_DESCRIBED}"
                                   rf"(?P<kin>{_LOWER_KIN_WORD})")


def stated_relations(context: CheckContext) -> dict[str, list[Relation]]:
    """Each relative's relations as the story states them, in reading order; worked out once
    per run (other checks read them too: `parents`)."""
    found = context.shared.get(_MEMO)
    if found is None:
        found = context.shared[_MEMO] = _stated_relations(context)
    return found


# What the words before a name say (`_INTRODUCED`, `_RELATIVE_WAS`, `_ROLES_RELATIVE`,
# `_THE_DEADS_RELATIVE` searched in them), by the sentence's number in its paragraph and where
# in the sentence the name starts: the sentence's text alone decides it, so it is kept with
# its paragraph's parse (`Manuscript.sentence_memo`) and read again only once that is edited.
_BEFORE_NAME_MEMO = "relations.before_name"

class _Searched(NamedTuple):
    """What each search of the words before a name finds there (`_before_name`)."""

    introduced: re.Match[str] | None
    relative_was: re.Match[str] | None
    roles_relative: re.Match[str] | None
    the_deads_relative: re.Match[str] | None


def _before_name(manuscript: Manuscript, view: SentenceView, text: str,
                 start: int) -> _Searched:
    """The searches of `text[:start]` that `_relation_of`, `_relative_of_role` and
    `_relative_of_the_dead` make (`_BEFORE_NAME_MEMO`)."""
    def read() -> _Searched:
        before = text[:start]
        return _Searched(_INTRODUCED.search(before), _RELATIVE_WAS.search(before),
                         _ROLES_RELATIVE.search(before), _THE_DEADS_RELATIVE.search(before))

    return manuscript.sentence_memo(view, _BEFORE_NAME_MEMO, read, start)


def _stated_relations(context: CheckContext) -> dict[str, list[Relation]]:
    index = context.mentions
    kinship = wordlists().kinship
    kin_gender = wordlists().kinship_gender
    relations: dict[str, list[Relation]] = {}
    # Genders the relations told so far imply ("her father, Ramón" makes Ramón a man): they
    # keep "her" from being read as him.
    genders: dict[str, str] = {}
    manuscript = context.manuscript
    manuscript.shared[_DEAD_MEMO] = told_deaths(context).first
    for view, _cue in cue_sentences(manuscript, _MEMO, _has_relation_cue, _cue_words()):
        text = index.text(view)
        for mention, relation, anchor in _named_next(index, view, text, kinship, genders):
            relations.setdefault(mention.cluster.name, []).append(
                Relation(relation, anchor, view, mention.span.end))
        called = _vocative(index, view, text, genders)
        if called is not None:
            speaker, relation, listener, at = called
            relations.setdefault(speaker, []).append(Relation(relation, listener, view, at))
        compound = _THROUGH_A_PARENT.match(text)
        if compound is not None:
            found = _relative_through_parent(index, view, compound, genders)
            if found is not None:
                subject, relation, owner = found
                relations.setdefault(subject, []).append(
                    Relation(relation, owner, view, view.start))
        mutual = _PRONOUN_IS_HIS.match(text)
        if mutual is not None and mutual.group("kin").lower() in kinship:
            pair = _relative_of_the_other(index, view, mutual, genders)
            if pair is not None:
                relations.setdefault(pair[0], []).append(
                    Relation(mutual.group("kin").lower(), pair[1], view,
                             view.start + mutual.end()))
        newcomer = _NEWCOMER_IS_KIN.match(text)
        if newcomer is not None:
            found = _newcomer_named(index, view, text, newcomer, kinship, genders)
            if found is not None:
                relations.setdefault(found[0], []).append(
                    Relation(found[1], found[2], view, view.start + newcomer.end()))
        here = _relative_here(index, view, text, kinship, genders)
        if here is not None:
            relations.setdefault(here[0], []).append(Relation(here[1], here[2], view, view.end))
        mentions = index.in_sentence(view)
        for mine in _PRONOUN_IS_MY.finditer(text):
            kin = mine.group("kin").lower()
            if kin not in kinship or in_quotes(view, view.start + mine.start()):
                continue
            gender = PRONOUN_GENDER[mine.group(1).lower()]
            before = [m for m in mentions if m.span.end - view.start <= mine.start()
                      and (not m.run.possessive or _CONTRACTED_IS.match(
                          text, m.span.end - view.start))
                      and _sex(index, m.cluster.name, genders) in (gender, None)]
            # "Nening says to leave the boy alone. She is only my cousin": a sentence opening
            # on the pronoun goes back to the one the sentence before opened on.
            if before:
                relative = before[-1].cluster.name
            elif _PRONOUN_ALONE.match(text, 0, mine.end(1)):
                relative = _opening_subject(index, view, gender, "", genders)
            else:
                relative = None
            if relative is not None:
                relations.setdefault(relative, []).append(
                    Relation(kin, narrator(index, view), view, view.start + mine.end()))
        titled = _title_holders_relative(index, view, text, kinship, genders)
        if titled is not None:
            relations.setdefault(titled[0], []).append(Relation(titled[1], titled[2], view,
                                                                view.start))
        by_parent = _PRONOUN_IS.match(text)
        if not mentions and (by_parent is None
                             or by_parent.group("owner").lower() not in _PARENT_WORDS
                             or in_quotes(view, view.start + by_parent.start("owner"))):
            # (but "Uncle Archie came over. He is Father's own brother": a parent the
            # narration calls by a family word owns the relative, named or not, `_owner_at`)
            continue
        for mention in mentions:
            searched = _before_name(manuscript, view, text, mention.span.start - view.start)
            found = _relation_of(index, view, text, mention, kinship, genders, searched) or (
                _relative_of_role(context, searched.roles_relative, kinship)
            ) or _relative_of_the_dead(
                context, view, searched.the_deads_relative, kinship
            ) or _relative_of_one_called(context, text[mention.span.end - view.start :], kinship)
            if found is None:
                continue
            relation, anchor = found
            # "her cousin Dawit", where the bare name was put with Selam Dawit (named for her
            # father): Dawit Tesfaye's, whom his given name calls.
            relative = _given_name_bearer(index, mention)
            if relation in kin_gender:
                genders.setdefault(relative, kin_gender[relation])
            if anchor is None or anchor in (relative, mention.cluster.name):
                continue
            relations.setdefault(relative, []).append(
                Relation(relation, anchor, view, mention.span.end)
            )
            also = _set_after(index, view, text, mention, genders) if (
                mention.run.prev == relation) else _apposed_again(index, view, text, mention,
                                                                  genders)
            if also is not None and also.anchor not in (anchor, relative, mention.cluster.name):
                # "Her uncle, Mohan-bhai, the Seth's younger brother, ran the office": the
                # relation told before the name, and a second one set after it.
                relations[relative].append(also)
            shared = _ours_in_letter(index, view, text, mention, relation)
            if shared is not None and shared not in (anchor, relative, mention.cluster.name):
                relations[relative].append(Relation(relation, shared, view, mention.span.end))
        told = _relative_named_next(index, view, text, kinship)
        if told is not None:
            relations.setdefault(told[0], []).append(Relation(told[1], told[2], view, view.end))
        unnamed = _UNNAMED_RELATIVE.match(text)
        if unnamed is not None and unnamed.group("kin") in kinship:
            found = _unnamed_relative(index, view, unnamed, genders)
            if found is not None:
                relations.setdefault(found[0], []).append(
                    Relation(unnamed.group("kin"), found[1], view, view.start + unnamed.end("kin")))
        pronoun = _PRONOUN_IS.match(text) or _PRONOUN_KIN_OF.match(text)
        if pronoun and pronoun.group("kin").lower() in kinship:
            owner = _owner_at(index, view, pronoun.start("owner"), pronoun.group("owner"))
            # "Misha walked behind the coffin with Kolya. He was Sasha's cousin": the one
            # the sentence before opened on, else the last one named.
            subject = _opening_subject(index, view, PRONOUN_GENDER[pronoun.group(1).lower()],
                                       owner, genders) or _name_told_before(
                index, view, PRONOUN_GENDER[pronoun.group(1).lower()], owner)
            if subject is None:
                resolved = index.resolve(view, pronoun.group(1))
                subject = resolved.name if resolved is not None else None
            if subject is not None and subject != owner:
                relations.setdefault(subject, []).append(
                    Relation(pronoun.group("kin").lower(), owner, view, view.start)
                )
                also = _AND_THEN_KIN.match(text, pronoun.end())
                if also is not None and also.group("kin").lower() in kinship:
                    # "He was Jethu's son, her cousin,": and hers, whom "her" stands for.
                    own = index.by_cluster.get(subject)
                    other = _of_gender(index, view, PRONOUN_GENDER[also.group(1).lower()],
                                       own[0], genders) if own else None
                    if other is not None and other not in (subject, owner):
                        relations.setdefault(subject, []).append(
                            Relation(also.group("kin").lower(), other, view,
                                     view.start + also.end()))
        for mention in mentions:
            # "Lady Pendry, who as his cousin considered herself entitled": she is his cousin,
            # and a cousin's cousin is the other way round too.
            found = _AS_KIN.match(text, mention.span.end - view.start)
            if found is None or found.group("kin").lower() not in _SYMMETRIC:
                continue
            other = _anchor(index, view, found.group(1), text, mention, genders)
            if other is not None and other not in {mention.cluster.name, NARRATOR}:
                relations.setdefault(other, []).append(
                    Relation(found.group("kin").lower(), mention.cluster.name, view,
                              view.start + found.end()))
    return relations


def _title_holders_relative(index: MentionIndex, view: SentenceView, text: str,
                            kinship: frozenset[str], genders: dict[str, str]
                            ) -> tuple[str, str, str] | None:
    """(relative, relation, whose) for "Zuhura sat in the shade. She was the Sheikh's
    cousin": the one the sentence before opened on (else the one "she" stands for) is the
    relative of the one character written with the title — none when the title is no
    honorific, or two or none are written with it."""
    match = _PRONOUN_IS_THE_TITLE.match(text)
    if match is None or match.group("kin") not in kinship or (
        match.group("title") not in wordlists().honorifics
    ) or in_quotes(view, view.start + match.start()):
        return None
    owner = index.manuscript.finder.title_holder(match.group("title"))
    if owner is None:
        return None
    gender = PRONOUN_GENDER[match.group(1).lower()]
    subject = _opening_subject(index, view, gender, owner, genders)
    if subject is None:
        resolved = index.resolve(view, match.group(1))
        subject = resolved.name if resolved is not None else None
    return (subject, match.group("kin"), owner) if subject not in (None, owner) else None


def _set_after(index: MentionIndex, view: SentenceView, text: str, mention: Mention,
               genders: dict[str, str]) -> Relation | None:
    """A second relation set after a name that a kinship word stands right before: "Her uncle,
    Mohan-bhai, the Seth's younger brother," — or one told through a parent, "My uncle
    Octavio, my father's younger brother,": the brother of the narrator's father."""
    after = mention.span.end - view.start
    kinship = wordlists().kinship
    also = _THE_OWNERS_KIN.match(text, after)
    if also is not None and also.group("kin").lower() in kinship:
        return Relation(also.group("kin").lower(),
                        _owner_at(index, view, also.start("owner"), also.group("owner")), view,
                        view.start + also.end())
    also = _THEN_KIN.match(text, after)
    if also is None or also.group("kin").lower() not in kinship:
        return None
    owner = _anchor(index, view, also.group("owner"), text, mention, genders)
    owner = _through_parent(owner, also.group("parent"))
    return Relation(also.group("kin").lower(), owner, view, view.start + also.end()) if (
        owner) else None


# A second relation set after a first that is set after the name, closed by a comma or the
# sentence's end: "Sami, Ammu Sasson's son, your cousin, is sleeping".
_APPOSED_AGAIN = re.compile(r"\s*,\s*(?P<owner>my|our|her|his|your)\s+"
                            rf"{_DESCRIBED}(?P<kin>{_LOWER_KIN_WORD})(?=\s*[,.;!?])")


def _apposed_again(index: MentionIndex, view: SentenceView, text: str, mention: Mention,
                   genders: dict[str, str]) -> Relation | None:
    """A second relation set after a name, after a first set after it too: "Pieter, Anke's
    son, your cousin, has come" — Anke's son and the cousin of the one "your" means."""
    after = text[mention.span.end - view.start :]
    first = _APPOSED_RELATIVE.match(after)
    also = _APPOSED_AGAIN.match(after, first.end()) if first is not None else None
    if also is None or also.group("kin") not in wordlists().kinship:
        return None
    owner = _anchor(index, view, also.group("owner"), text, mention, genders)
    return Relation(also.group("kin"), owner, view, mention.span.end + also.end()) if (
        owner) else None


# "our cousin Tadeusz", "Our uncle Tadeusz, ": "our" right before the kinship word.
_OUR_KIN = re.compile(rf"(?:^|\W)(?i:our)\s+{_DESCRIBED}(?P<kin>{_LOWER_KIN_WORD})\s*,?\s*$")


def _ours_in_letter(index: MentionIndex, view: SentenceView, text: str, mention: Mention,
                    relation: str) -> str | None:
    """The one a letter is written to, when its words (not a line of speech it quotes) call
    the relative "our" ("Dearest Zosia, … our cousin Tadeusz has gone to Hamburg"): written
    from one of a family to another, "our" is the relative of both, the reader's as the
    writer's."""
    before = _OUR_KIN.search(text[: mention.span.start - view.start])
    if before is None or before.group("kin").lower() != relation or in_quotes(
            view, mention.span.start):
        return None
    return letters.recipient(index.manuscript, view)


# "the master's son, Peder", "the minister's younger sister Ruth": the relative of whoever the
# story calls by the role (`roles.role_holder`).
_ROLES_RELATIVE = re.compile(
    rf"\bthe\s+(?P<role>{'|'.join(sorted(ROLES, key=len, reverse=True))})['’]s\s+{_DESCRIBED}"
    rf"(?P<kin>{_LOWER_KIN_WORD})\s*,?\s*$", re.IGNORECASE)


def _relative_of_role(context: CheckContext, match: re.Match[str] | None,
                      kinship: frozenset[str]) -> tuple[str, str] | None:
    """(relation, whose) for a name right after "the <role>'s <kin>" (`match`, of
    `_ROLES_RELATIVE` searched in the words before it), when the story says who holds the
    role."""
    if match is None or match.group("kin").lower() not in kinship:
        return None
    holder = role_holder(context, match.group("role"))
    return (match.group("kin").lower(), holder) if holder is not None else None


# "the deceased's brother, Pietro": the relative of the one the story has reported dead.
_THE_DEADS_RELATIVE = re.compile(
    rf"\bthe\s+(?:deceased|dead\s+(?:man|woman))['’]s\s+{_DESCRIBED}"
    rf"(?P<kin>{_LOWER_KIN_WORD})\s*,?\s*$", re.IGNORECASE)


def _relative_of_the_dead(context: CheckContext, view: SentenceView,
                          match: re.Match[str] | None,
                          kinship: frozenset[str]) -> tuple[str, str] | None:
    """(relation, whose) for a name right after "the deceased's <kin>" (or "the dead man's";
    `match`, of `_THE_DEADS_RELATIVE` searched in the words before it): the relative of the
    one character whose death the story has told before `view`; none when it has told two or
    more, as which one is meant is unsure."""
    if match is None or match.group("kin").lower() not in kinship:
        return None
    position = context.manuscript.order
    here = (position[view.document], view.start)
    dead = [name for name, (death, _said) in told_deaths(context).first.items()
            if (position[death.document], death.end) <= here]
    return (match.group("kin").lower(), dead[0]) if len(dead) == 1 else None


# "said Tini, the lurah's daughter, who…", "She was Bu Tini now, the lurah's niece": a relative
# set beside the name (or the name and a word of when) of one the story calls by a word with
# "the" (a title too, "the Doctor's daughter"), ending there (not a list going on).
_APPOSED_ROLES_RELATIVE = re.compile(
    rf"^(?:\s+(?:now|then))?\s*,\s*the\s+(?!(?:other|latter|former)\b)"
    rf"(?P<role>[a-z]+|[A-Z][a-z]+)['’]s\s+{_DESCRIBED}"
    rf"(?P<kin>{_LOWER_KIN_WORD})(?=\s*[,.;:)]|\s+(?:on|of|from|in|who|whom)\b)"
    rf"(?!\s*,\s*(?:{CAPITAL}|and\b|or\b))")


def _relative_of_one_called(context: CheckContext, after: str,
                            kinship: frozenset[str]) -> tuple[str, str] | None:
    """(relation, whose) for a name with ", the <word>'s <kin>" set after it: the relative of
    the one who holds the role (`roles.role_holder`), else of the one the story calls "the
    <word>" ("the lurah", "the foreman"), one person throughout a story — what is told of
    that one's relative is told of one family."""
    match = _APPOSED_ROLES_RELATIVE.match(after)
    if match is None or match.group("kin") not in kinship:
        return None
    role = match.group("role")
    if role[:1].isupper():
        # "Vasanthi, the Doctor's daughter", where no one name is written with the title
        # (`_THE_TITLE_KIN`: "Dr. Sivakumar" is spelt "Dr. Sivakuamr" once): the title said
        # with "the" as the one's name is the role, its holder counted as `roles` counts him.
        if role not in wordlists().honorifics:
            # "Peg, the Boss's niece": one the story calls by the word alone, as a name.
            called = context.manuscript.cluster_for_word(role)
            return (match.group("kin"), called.name) if (
                called is not None and called.name == role
                and called.kind is EntityKind.CHARACTER) else None
        role = role.lower()
    holder = role_holder(context, role) if role in ROLES else None
    return match.group("kin"), holder if holder is not None else f"the {role}"


# "The girl is her brother's daughter, her niece, sent across the water…": someone the scene
# brings in unnamed, said to be a relative — the last kinship word said of the owner is the
# relation.
_NEWCOMER_IS_KIN = re.compile(
    r"^\W*The\s+(?:girl|boy|woman|man|child|lad|lass|young\s+(?:man|woman))\s+(?:is|was)\s+"
    rf"(?P<owner>her|his)\s+(?:[\w-]+['’]s\s+)?{_DESCRIBED}(?P<kin>{_LOWER_KIN_WORD})"
    rf"(?:,\s+(?:her|his)\s+{_DESCRIBED}(?P<again>{_LOWER_KIN_WORD}))?")


def _newcomer_named(index: MentionIndex, view: SentenceView, text: str, match: re.Match[str],
                    kinship: frozenset[str], genders: dict[str, str]
                    ) -> tuple[str, str, str] | None:
    """(relative, relation, whose) for "The girl is her niece. Moyna is sixteen.": the one
    the next sentence opens on, nothing before the name, is the newcomer."""
    kin = (match.group("again") or match.group("kin")).lower()
    if kin not in kinship:
        return None
    sentences = index.manuscript.sentence_list
    if view.order + 1 >= len(sentences):
        return None
    following = sentences[view.order + 1]
    named = index.by_sentence[view.order + 1]
    if following.document != view.document or not named or named[0].run.prev or (
        named[0].run.possessive or named[0].span.start != following.start
    ):
        return None
    owner = _anchor(index, view, match.group("owner"), text, named[0], genders)
    if owner is None or owner == named[0].cluster.name:
        return None
    return named[0].cluster.name, kin, owner


# "Mendel's daughter had her father's shoulders": a relative the sentence opens on, named by
# no name but whose relative they are, doing something.
_UNNAMED_RELATIVE = re.compile(rf"^\W*(?P<owner>{CAPITAL}[\w'’-]+?)(?:'s|’s)\s+{_DESCRIBED}"
                               rf"(?P<kin>{_LOWER_KIN_WORD})\s+[a-z]")


# A relation said of a name in apposition: ", Nonô's cousin", ", the Seth's younger brother".
_APPOSED_KIN = re.compile(rf"\s*,\s*(?:the\s+)?(?:{CAPITAL}[\w-]*\s+)*{CAPITAL}[\w-]*['’]s\s+"
                          rf"(?:[a-z]+\s+)?(?:{_LOWER_KIN_WORD})\b")


def _unnamed_relative(index: MentionIndex, view: SentenceView, match: re.Match[str],
                      genders: dict[str, str]) -> tuple[str, str] | None:
    """(relative, whose) for '"Mieke," said Rivka Kesselman. / Mendel's daughter had her
    father's narrow shoulders': the one character of the relative's sex that the sentence
    before names in full, by the owner's surname."""
    owner = mention_at(index, view, view.start + match.start("owner"))
    if owner is None:
        return None
    finder = index.manuscript.finder
    surnames = {surname_of(finder.forms[form].words) for form in owner.cluster.full_names}
    sex = wordlists().kinship_gender.get(match.group("kin"))
    # Named there in full, by the surname: "Nora went upstairs. / Peggy's daughter found the
    # photograph" may be of someone new.
    before = [mention for mention in index.by_sentence[view.order - 1]
              if mention.cluster is not owner.cluster]
    documents = index.manuscript.documents
    kin = {mention.cluster.name for mention in before if len(mention.run.words) > 1
           and surname_of(mention.run.words) in surnames
           and _sex(index, mention.cluster.name, genders) in (sex, None)
           # not one said there to be someone's other relative: "Arlindo Pires, Nonô's cousin"
           and not _APPOSED_KIN.match(documents[mention.span.document].text, mention.span.end)}
    # Nor when it tells of another of that sex, not just called to in speech: "Fatima Tazi
    # came back…, and Mi Itto called… Karim's mother laughed" may be of either, or neither.
    others = {mention.cluster.name for mention in before
              if _sex(index, mention.cluster.name, genders) == sex
              and not said_in_speech(mention)} - kin
    return (kin.pop(), owner.cluster.name) if len(kin) == 1 and not others else None


# Someone's relative told of by no name ("Petra's younger brother came in"), the last person
# the sentence tells of…
_OWNERS_KIN = re.compile(rf"(?P<owner>{CAPITAL}[\w'’-]+?)(?:'s|’s)\s+{_DESCRIBED}"
                         rf"(?P<kin>{_LOWER_KIN_WORD})")
# … and the sentence after, telling the relative's name: "His name was Ansel Kray".
_NAME_WAS = re.compile(r"\W*(?P<pronoun>His|Her)\s+(?:full\s+|real\s+|given\s+)?name\s+"
                       r"(?:was|is)\s+")


def _relative_named_next(index: MentionIndex, view: SentenceView, text: str,
                         kinship: frozenset[str]) -> tuple[str, str, str] | None:
    """(relative, relation, whose) for "At four the door banged and Petra's younger brother
    came in. His name was Ansel Kray": a relative told of by whose they are and no name, no
    one named after them in the sentence, and the next sentence of the paragraph opening on
    "His name was" (a pronoun of the kinship word's sex) and a name — the relative's."""
    told = next_opens(view, _NAME_WAS)
    found = list(_OWNERS_KIN.finditer(text)) if told is not None else []
    if told is None or not found or found[-1].group("kin") not in kinship or in_quotes(
            view, view.start + found[-1].start()):
        return None
    kin = found[-1].group("kin")
    sex = wordlists().kinship_gender.get(kin)
    if sex is not None and PRONOUN_GENDER[told.group("pronoun").lower()] != sex:
        return None
    if any(m.span.start >= view.start + found[-1].end() for m in index.in_sentence(view)):
        return None  # "Petra's brother came in with Tomas. His name…" may be Tomas's
    owner = mention_at(index, view, view.start + found[-1].start("owner"))
    at = view.base + told.end()
    named = [m for m in index.by_sentence[view.order + 1] if m.span.start == at]
    if owner is None or not named or named[0].cluster is owner.cluster:
        return None
    return named[0].cluster.name, kin, owner.cluster.name


def _name_told_before(index: MentionIndex, view: SentenceView, gender: str,
                      other: str) -> str | None:
    """The character the sentence before `view` (same paragraph) opens by telling the name
    of, by a pronoun of `gender` ("Her name was Ilse, which is Elisabeth in the old books.
    She was Dr Vogt's niece": Ilse, not the name said after hers) — not `other`."""
    paragraph = view.paragraph
    if paragraph is None or view.number == 0:
        return None
    earlier = paragraph.sentences[view.number - 1]
    told = _NAME_WAS.match(paragraph.text, earlier.start, earlier.end)
    if told is None or PRONOUN_GENDER[told.group("pronoun").lower()] != gender:
        return None
    at = view.base + told.end()
    named = [m for m in index.by_sentence[view.order - 1] if m.span.start == at]
    if not named or named[0].cluster.name == other:
        return None
    return named[0].cluster.name


# A line of speech opening on "my" (or "our") and a kinship word then "here" and what the one
# pointed at does: '"My niece here runs the stall."' — not "Is my niece here?", "he is our
# father here", where "here" says where someone is.
_KIN_HERE = re.compile(rf"^\W*(?P<owner>[Mm]y|[Oo]ur)\s+{_DESCRIBED}(?P<kin>{_LOWER_KIN_WORD})"
                       r"\s+here\s+[a-z]")


def _relative_here(index: MentionIndex, view: SentenceView, text: str, kinship: frozenset[str],
                   genders: dict[str, str]) -> tuple[str, str, str] | None:
    """(relative, relation, whose) for '"Ask anyone." Tomas Reyes waved at the counter, where
    Lupe sat. "My daughter here keeps the books."': "my niece here" points at one in the scene,
    so a line naming no one says it of the one other character the narration just before it
    names — that sentence opening on the speaker's name, the paragraph putting its speech to
    no one by a word of saying."""
    match = _KIN_HERE.match(text)
    if match is None or match.group("kin") not in kinship or index.in_sentence(view) or (
        not in_quotes(view, view.start + match.start("owner"))
    ):
        return None
    paragraph = view.paragraph
    if paragraph is None or any(not quote_open(paragraph.text[: said.start()])
                                for said in _SAID_WORD.finditer(paragraph.text)):
        return None  # 'said Lupe, "My daughter here…"': the speaker is told otherwise
    speaker = opening_mention(index, view)
    if speaker is None:
        return None
    others = {m.cluster.name for m in index.by_sentence[view.order - 1]
              if m.cluster is not speaker.cluster and not m.run.possessive
              and not said_in_speech(m)}
    sex = wordlists().kinship_gender.get(match.group("kin"))
    if len(others) != 1 or _sex(index, next(iter(others)), genders) not in (sex, None):
        return None
    return others.pop(), match.group("kin"), speaker.cluster.name


def _relative_of_the_other(index: MentionIndex, view: SentenceView, match: re.Match[str],
                           genders: dict[str, str]) -> tuple[str, str] | None:
    """(relative, whose) for "Kessel was no blood relation to Brannigan. He was his
    brother-in-law": "he" is the one the sentence before opened on (`opening_mention`), "his"
    the one other character of that sex it names — when there is just one — or, when it names
    none and "his" is not of the sex of "she", the last one of that sex named within reach."""
    subject = _opening_subject(index, view, PRONOUN_GENDER[match.group(1).lower()], "",
                               genders)
    if subject is None:
        return None
    gender = PRONOUN_GENDER[match.group(2).lower()]
    others = {m.cluster.name for m in index.by_sentence[view.order - 1]
              if m.cluster.name != subject and _sex(index, m.cluster.name, genders) in (
                  gender, None)}
    if not others and gender != PRONOUN_GENDER[match.group(1).lower()]:
        # "Matthew Scorer died. Mrs. Wardlaw had sat up with him. She is his niece": "his"
        # cannot be the woman "she" is, so it is the last man named lately.
        own = index.by_cluster.get(subject)
        other = _last_named_of_gender(index, view, gender, own[0], genders) if own else None
        return (subject, other) if other is not None else None
    return (subject, others.pop()) if len(others) == 1 else None


def _sex(index: MentionIndex, name: str, genders: dict[str, str]) -> str | None:
    """A character's sex as the relations told so far imply it, else as the index reads it
    from titles, given names and the narration's pronouns."""
    return genders.get(name) or index.genders.get(name)


@cache
def _cue_words() -> CueWords:
    """Every relation cue holds a kinship word, a family word one is called by, a word for a
    parent, or "introduced" (see `_relation_cue`). A compound kinship word ("sister-in-law",
    "ex-wife") holds a plain one, which is cue enough: its other parts ("in", "ex") are not."""
    kinship = wordlists().kinship
    words = set()
    for kin in kinship:
        parts = [part for part in re.split(r"[\s'’-]+", kin) if part]
        words.update([part for part in parts if part in kinship] or parts)
    return CueWords([*words, *_PARENT_WORDS, "introduced",
                     *(word.lower() for word in _CALLED)])


@cache
def _relation_cue() -> re.Pattern[str]:
    """Where a sentence can state a relation: a kinship word next to a name ("her sister
    Rose", "Rose, my sister", "Arjun's uncle", "Her father was Tafara", "My father was
    Tomás"), a relative of the narrator's parent ("was my maw's da"), "introduced herself
    as", or one pointed at in speech ("My niece here")."""
    kin = "|".join(sorted(wordlists().kinship, key=len, reverse=True))
    return re.compile(
        rf"\bintroduced\s+(?:herself|himself|themselves)\s+as\b|\b(?i:{kin})\b\W*{CAPITAL}|"
        rf",\s*(?i:my|our|her|his|their)\s+(?:[a-z]+\s+)?(?i:{kin})\b|"
        rf"{CAPITAL}[\w'’-]*{_ASIDE}(?:is|was)\s+(?i:her|his)\s+(?:[a-z]+\s+)?(?i:{kin})\b|"
        rf"['’]s\s+(?:[a-z]+\s+)?(?i:{kin})\b|"
        rf"\b(?i:{kin})\s+of\s+{CAPITAL}|\bas\s+(?i:his|her)\s+(?i:{kin})\b|"
        rf"(?:\b(?:is|was)|['’]s)\s+(?:[a-z]+\s+)?(?:my|our)\s+(?:[a-z]+\s+)?(?:step-|half-)?"
        rf"(?i:{kin})\b|"
        rf"\b(?:is|was)\s+(?:my|our)\s+(?i:{_PARENT_WORD})['’]s\s|"
        rf"^\W*(?i:he|she)\s+(?:is|was)\s+(?i:his|her)\s+(?:[a-z]+\s+)?(?i:{kin})\b|"
        rf"\b(?:is|was)\s+(?:(?:first|second|third)\s+)?(?i:{kin})\s+to\s|"
        rf"^\W*(?i:her|his|my|our)\s+(?:[a-z]+\s+)?(?i:{kin})\s+(?:is|was)\s+{CAPITAL}|"
        rf"^\W*(?i:my|our)\s+(?:[a-z]+\s+)?(?i:{kin})\s+here\s"
    )


# "She was her mother's sister": a relation told through a parent, and the one it makes — in
# dialect too, where "he were" is "he was" and "me" is "my" ("He were me Dad's only brother").
_THROUGH_A_PARENT = re.compile(
    rf"^\W*(he|she)\s+(?:is|was|were)\s+(?P<owner>(?i:her|his|my|{_DIALECT_MY}|our)|"
    rf"{CAPITAL}[\w'’-]+['’]s)\s+(?P<parent>{_PARENT_WORD})['’]s\s+{_DESCRIBED}"
    r"(?P<kin>sister|brother|mother|father|cousin)\b", re.IGNORECASE)

THROUGH_PARENT = {"sister": "aunt", "brother": "uncle", "mother": "grandmother",
                   "father": "grandfather"}

# After "my mother" or "my father": "'s younger sister", "'s da".
_PARENTS_RELATIVE = re.compile(rf"['’]s\s+{_DESCRIBED}"
                               rf"(?P<kin>sister|brother|{_PARENT_WORD})\b")

# "My mother's first " or "her father's older " before a kinship word: the owner's parent
# owns the relative.
_PARENTS_OWNER = re.compile(rf"(?:^|\W)(?i:(?P<owner>my|our|her|his|your))\s+"
                            rf"(?P<parent>(?i:{_PARENT_WORD}))['’]s\s+(?:[a-z][a-z-]*\s+)?$")

# A relative anchored on someone's parent: "the narrator's mother".
PARENTS_ANCHOR = re.compile(r"(?P<owner>.+)'s (?P<parent>mother|father)")

# Relations no one has to both of a person's parents (who are not each other's kin): the
# father, mother, brother or sister of one's mother is not that of one's father.
ONE_SIDE = frozenset({"mother", "father", "sister", "brother"})


def _parents_anchor(owner: str, word: str) -> str:
    """The anchor of a relative of `owner`'s parent, `word` a word for them ("maw")."""
    return f"{owner}'s {_PARENT_WORDS[word.lower()]}"


def _narrators_kin(index: MentionIndex, view: SentenceView, word: str) -> str:
    """The anchor of one the narration calls the narrator's `word` ("my grandmother") without
    a name: "the narrator's grandmother" (the parent a parent word names: "my maw" is "the
    narrator's mother")."""
    if word.lower() in _PARENT_WORDS:
        return _parents_anchor(narrator(index, view), word)
    return f"{narrator(index, view)}'s {word.lower()}"


def _through_parent(owner: str | None, word: str | None) -> str | None:
    """Whose relative one is when told through `owner`'s parent, `word` a word for them
    ("her father's older sister"): that parent; `owner` when no parent is told."""
    return owner if owner is None or word is None else _parents_anchor(owner, word)


def _relative_through_parent(index: MentionIndex, view: SentenceView, match: re.Match[str],
                             genders: dict[str, str]) -> tuple[str, str, str] | None:
    """(relative, relation, whose) for "She was her mother's sister" — an aunt: the one the
    sentence before opened on, and the one "her" means, who is someone else. "He was my
    father's brother" is read as "Tia Baby was my mother's sister" is: the brother of the
    narrator's father."""
    gender = PRONOUN_GENDER[match.group(1).lower()]
    subject = _opening_subject(index, view, gender, "", genders)
    if subject is None:
        resolved = index.resolve(view, match.group(1))
        subject = resolved.name if resolved is not None else None
    if subject is None:
        return None
    word = match.group("owner")
    if word.lower() in _FIRST_PERSON:
        if in_quotes(view, view.start + match.start("owner")):
            return None  # the speaker's, whom this does not seek
        return subject, match.group("kin").lower(), _parents_anchor(narrator(index, view),
                                                                    match.group("parent"))
    if match.group("kin").lower() not in THROUGH_PARENT:
        return None  # "her father's cousin" is no word of ours for her
    if word.lower() in ("her", "his"):
        # The last one named whom the story makes of that sex ("…when she saw Gunnar with the
        # buckets. / 'Tell him Tamsavo is bringing chairs.' / … She was his mother's sister":
        # Gunnar's, not one of no told sex talked of since), before the nearest one named.
        own = index.by_cluster.get(subject)
        sex = PRONOUN_GENDER[word.lower()]
        owner = (_last_named_of_gender(index, view, sex, own[0], genders) if own else None
                 ) or referent(index, view, sex, exclude=subject)
    else:
        owner = _owner_at(index, view, match.start("owner"), word[:-2])
    if owner is None or owner == subject:
        return None
    return subject, THROUGH_PARENT[match.group("kin").lower()], owner


def _has_relation_cue(text: str) -> bool:
    # A kinship word may end the sentence, the name following in one of its own (see
    # `_named_next`), or a child may open speech by calling a parent (see `_vocative`):
    # both are looked for where they can be, at the ends, not along the whole sentence.
    return (_relation_cue().search(text) is not None or _VOCATIVE.match(text) is not None
            or _KIN_AT_END.search(text, max(0, len(text) - _END_REACH)) is not None)


def _relation_of(
    index: MentionIndex, view: SentenceView, text: str, mention: Mention,
    kinship: frozenset[str], genders: dict[str, str], searched: _Searched,
) -> tuple[str, str | None] | None:
    """(relation, whose relation) stated for this mention, if the sentence states one
    (`searched`: what `_before_name` finds before it)."""
    start = mention.span.start - view.start
    before = text[:start]
    if searched.introduced:
        others = _others(index, view, text, mention)
        return STRANGER, others[0] if others else _last_named(index, view, mention)
    told = searched.relative_was
    if told is not None and told.group("kin").lower() in kinship:
        # "Iain's brother was Seumas Beag": the relation said before the name.
        if told.group("pronoun"):
            # "Her father was Shumba": whose, as "her father, Shumba" says it.
            return told.group("kin").lower(), _anchor(index, view, told.group("pronoun"), text,
                                                      mention, genders)
        owner = _owner_at(index, view, told.start("owner"), told.group("owner"))
        if owner != mention.cluster.name:
            return told.group("kin").lower(), owner
    run = mention.run
    after = text[mention.span.end - view.start :]
    kin = run.prev
    small = _SMALL_TITLE.search(before, max(0, len(before) - _SMALL_TITLE_REACH)) if (
        kin not in kinship and kin.capitalize() in wordlists().honorifics) else None
    if small is not None and small.group("title") == kin:
        # "Máňa's mother, paní Ludmila Trnková": a title written small between the kinship
        # word and the name; the kinship word is the one before the title.
        before, kin = before[: small.start("title")], small.group("kin").lower()
    if kin in kinship and _apposed(before, after, kin):
        parent = _PARENTS_OWNER.search(before[: before.lower().rfind(kin)])
        if parent is not None:
            # "My mother's first cousin Baby": the cousin of the narrator's mother; "her
            # father's sister Rose", of her father.
            namesake = _NAMED_FOR.search(before, 0, parent.start("owner"))
            owner = _namesakes_owner(index, view, namesake, mention) if namesake is not None else (
                _anchor(index, view, parent.group("owner"), text, mention, genders))
            return kin, _through_parent(owner, parent.group("parent"))
        owner = _OWNER.search(before[: before.lower().rfind(kin)])
        if owner:
            namesake = _NAMED_FOR.search(before, 0, owner.start(1))
            if namesake is not None:
                return kin, _namesakes_owner(index, view, namesake, mention)
            return kin, _anchor(index, view, owner.group(1), text, mention, genders)
        # "Chana's sister Rivke", "Chana's younger sister Rivke"
        possessor = re.search(rf"({CAPITAL}[\w'’-]+)(?:'s|’s)\s+(?:[a-z][a-z-]*\s+)?{_KIN_WORD}"
                              r"\s*,?\s*$", before)
        if possessor:
            return kin, _owner_at(index, view, possessor.start(1), possessor.group(1))
    match = _THEN_KIN.match(after)
    if match and match.group("kin").lower() in kinship:
        owner = _anchor(index, view, match.group("owner"), text, mention, genders)
        return match.group("kin").lower(), _through_parent(owner, match.group("parent"))
    match = _THE_TITLE_KIN.match(after)
    if match and match.group("kin").lower() in kinship and (
        match.group("title") in wordlists().honorifics
    ):
        holder = index.manuscript.finder.title_holder(match.group("title"))
        if holder is not None:
            return match.group("kin").lower(), holder
    match = _IS_MY_RELATIVE.match(after)
    if match and not in_quotes(view, mention.span.start):
        kin = match.group("kin").lower()
        kin = kin.replace("-", "") if kin.startswith(("step-", "half-")) else kin
        through = _PARENTS_RELATIVE.match(after, match.end())
        if through is not None and kin in _PARENT_WORDS:
            # "Tia Baby was my mother's younger sister": the sister of the narrator's mother;
            # "Granda was my maw's da": her father.
            relative = through.group("kin").lower()
            return _PARENT_WORDS.get(relative, relative), _parents_anchor(
                narrator(index, view), kin)
        if kin in kinship and not after.startswith(("'s", "’s"), match.end()):
            return kin, narrator(index, view)  # "Connor is my step-brother": the narrator's
        through = _KINS_RELATIVE.match(after, match.end())
        if through is not None and kin in kinship and through.group("kin").lower() in kinship:
            # "Lena was my grandmother's cousin": the cousin of the narrator's grandmother,
            # as "her younger sister, Lena" said of "my grandmother" is her sister.
            return through.group("kin").lower(), _narrators_kin(index, view, kin)
    match = _KIN_TO.match(after)
    if match and match.group("kin") in kinship:
        relative = mention_at(index, view, mention.span.end + match.end())
        if relative is not None and relative.cluster is not mention.cluster:
            return match.group("kin"), relative.cluster.name
    match = _IS_RELATIVE.match(after) or _APPOSED_RELATIVE.match(after)
    if match and match.group("kin").lower() in kinship:
        # "Ianto, Dilwyn's uncle", "Ravi was Mieke's mother's brother"
        at = mention.span.end - view.start + match.start("owner")
        return match.group("kin").lower(), _through_parent(
            _owner_at(index, view, at, match.group("owner")), match.group("parent"))
    return None


# A name given, then whom it was given for: "Her name was Tansy, for ", "named Oriel after ".
_NAMED_FOR = re.compile(rf"(?:\bname\s+(?:was|is)|\b(?:named|called|christened|baptised|"
                        rf"baptized))\s+(?P<name>{CAPITAL}[\w'’-]*)(?:\s+{CAPITAL}[\w'’-]*)*"
                        r"\s*,?\s+(?:for|after)\s+$")


def _namesakes_owner(index: MentionIndex, view: SentenceView, named: re.Match[str],
                     mention: Mention) -> str | None:
    """Whose relative `mention`, one a child is named for, is, the sentence giving the name
    just before ("Her name was Tansy, for her father's mother, Tansy Orr"): the one that name
    calls, the child — not whoever the owner word "her" would go back to. None (untold) when
    the name is no character's, or is the namesake's own, shared with the child."""
    found = mention_at(index, view, view.start + named.start("name"))
    child = _given_name_bearer(index, found) if found is not None else None
    return None if child in (mention.cluster.name, _given_name_bearer(index, mention)) else child


# A kinship word ending what was said, the name to follow: '"It's my kid brother," she said.'
_KIN_AT_END = re.compile(r"\b((?i:my|our|her|his|their|your))\s+(?:[a-z][a-z-]*\s+)?"
                         rf"(?P<kin>{_LOWER_KIN_WORD})"
                         rf"\s*[,.!?…—-]*[\"”]?(?:\s+(?:she|he|I|(?:the\s+)?{CAPITAL}[\w'’-]+"
                         rf"(?:\s+{CAPITAL}[\w'’-]+)?)\s+[a-z]+\.?)?\s*$")

# How far from a sentence's end its last kinship word is looked for.
_END_REACH = 80

# `_KIN_AT_END` searched in a sentence, by its number in its paragraph: its text alone decides
# it (`Manuscript.sentence_memo`).
_KIN_AT_END_MEMO = "relations.kin_at_end"

_NAME_ALONE = re.compile(r"^[\s\"“”'‘’(]*$|^[\s.,!?…—\"“”'‘’)-]*$")


def _named_next(
    index: MentionIndex, view: SentenceView, text: str, kinship: frozenset[str],
    genders: dict[str, str],
) -> list[tuple[Mention, str, str]]:
    """'"It's my kid brother," she said. "Danny."': a sentence that ends on a kinship word,
    then one of the same paragraph that is only a name (or, after a line that is only the
    kinship word, opens on a full name set off by a comma), names that relative — as a sentence
    that is only the kinship word does, after one whose line of speech is only the name
    ('"Lotte," he says, without turning round. "My daughter."'). Gives the mention, the
    relation and whose relative it is."""
    found = index.manuscript.sentence_memo(view, _KIN_AT_END_MEMO, lambda: _KIN_AT_END.search(
        text, max(0, len(text) - _END_REACH)))
    paragraph = view.paragraph
    if found is None or found.group("kin").lower() not in kinship or paragraph is None:
        return []
    if _NAME_ALONE.match(text[: found.start(1)]) and view.number > 0:
        said_before = _said_alone_before(index, view)
        if said_before is not None:
            anchor = _anchor(index, view, found.group(1), text, said_before, genders)
            if anchor is not None and anchor != said_before.cluster.name:
                return [(said_before, found.group("kin").lower(), anchor)]
    if view.number + 1 >= len(paragraph.sentences):
        return []
    named = index.by_sentence[view.order + 1]
    if len(named) != 1:
        return []
    mention = named[0]
    following = paragraph.sentences[view.number + 1]
    said = paragraph.text[following.start : following.end]
    start = mention.span.start - view.base - following.start
    end = mention.span.end - view.base - following.start
    if not (_NAME_ALONE.match(said[:start]) and (_NAME_ALONE.match(said[end:]) or (
        # '"Our daughter," the Boss said. "Margaret Callander, if you want it in full."': a
        # line that is only the kinship word, then one opening on a full name set off by a
        # comma, presents her.
        _NAME_ALONE.match(text[: found.start(1)]) and len(mention.run.words) > 1
        and said[end:].startswith(",")
    ))):
        return []
    anchor = _anchor(index, view, found.group(1), text, mention, genders)
    if anchor is None or anchor == mention.cluster.name:
        return []
    return [(mention, found.group("kin").lower(), anchor)]


# What closes a line of speech that is only a name: '"Lotte," he says'.
_NAME_SAID_ALONE = re.compile(r"^[,.!?…—-]*[\"”]")


def _said_alone_before(index: MentionIndex, view: SentenceView) -> Mention | None:
    """The one name the sentence before `view` in its paragraph says, when its line of
    speech is that name alone ('"Lotte," he says, without turning round.')."""
    named = index.by_sentence[view.order - 1]
    paragraph = view.paragraph
    if len(named) != 1 or paragraph is None or not in_quotes(view, named[0].span.start):
        return None
    before = paragraph.sentences[view.number - 1]
    said = paragraph.text[before.start : before.end]
    start = named[0].span.start - view.base - before.start
    end = named[0].span.end - view.base - before.start
    return named[0] if _NAME_ALONE.match(said[:start]) and _NAME_SAID_ALONE.match(
        said[end:]) else None


def _introduced_self(index: MentionIndex, view: SentenceView) -> str | None:
    """The one a line of speech says it is, by a full name said alone in the sentence of the
    same speech just before: '"Nicolò Ferrante. And my sister Rosa."' — the speaker, named
    by no one else, introducing himself."""
    paragraph = view.paragraph
    if paragraph is None or view.number == 0:
        return None
    named = index.by_sentence[view.order - 1]
    if len(named) != 1 or not in_quotes(view, named[0].span.start):
        return None
    mention = named[0]
    before = paragraph.sentences[view.number - 1]
    said = paragraph.text[before.start : before.end]
    start = mention.span.start - view.base - before.start
    end = mention.span.end - view.base - before.start
    if len(said[start:end].split()) < 2 or not (
        _NAME_ALONE.match(said[:start]) and _NAME_ALONE.match(said[end:])
    ):
        return None
    return mention.cluster.name


# The line is said to a thing the sentence names by a common noun, not to a character:
# '"Uncle," Mari says to the second cross, "…"' (one talks to the dead at their grave).
_SAID_TO_A_THING = re.compile(r"[\"”][^\"“”]*\b(?:said|says|whispered|whispers|murmured|"
                              r"murmurs)\s+to\s+(?:the|a|an)\s+[a-z]")


def _vocative(index: MentionIndex, view: SentenceView, text: str, genders: dict[str, str]
              ) -> tuple[str, str, str, int] | None:
    """'"Mother, let me ride." Prince Tobren stepped forward': the speaker named outside the
    quotation marks of the paragraph is the child of the one spoken to (`addressee`), when
    the speech opens the paragraph and the speaker's sex is known — not when the sentence
    says it is said to a thing ("says to the second cross"): the one spoken to is then none
    the narration names. Gives (speaker, relation, listener, where the family word ends)."""
    found = _VOCATIVE.match(text)
    if found is None or view.number != 0 or _SAID_TO_A_THING.search(text, found.end()):
        return None
    here = neighbour(index.manuscript, view, 0)
    if here is None:
        return None
    speakers = narrated(index, *here)
    if not speakers:
        return None
    speaker = speakers[0].cluster.name
    listener = addressee(index, view)
    if listener is None or listener == speaker:
        return None
    called = _CALLED[found.group("word")]
    if _others_of_sex(index, view, speaker, wordlists().kinship_gender.get(called),
                      genders) > 1:
        return None  # "Bella knew the walk… Granny Kirsty knew it…": which one is Mother?
    finder = index.manuscript.finder
    listener_cluster = finder.clusters.get(listener)
    if listener_cluster is None or any(
        set(finder.forms[form].titles) & _RELIGIOUS for form in listener_cluster.forms
    ):
        return None
    sex = _sex(index, speaker, genders)
    if sex not in ("m", "f"):
        return None
    son, daughter = _CALLER[_CALLED[found.group("word")]]
    return speaker, son if sex == "m" else daughter, listener, view.start + found.end("word")


def _others_of_sex(index: MentionIndex, view: SentenceView, speaker: str, sex: str | None,
                   genders: dict[str, str]) -> int:
    """How many characters other than the speaker, of `sex` or of a sex nothing tells, the
    paragraph before a speech names outside its quotation marks."""
    before = neighbour(index.manuscript, view, -1)
    if before is None:
        return 0
    return len({m.cluster.name for m in narrated(index, *before) if m.cluster.name != speaker
                and _sex(index, m.cluster.name, genders) in (sex, None)})


def _owner_at(index: MentionIndex, view: SentenceView, at: int, word: str) -> str:
    """The character whose name covers offset `at` of the sentence ("Lady Fennimore" of
    "Fennimore's granddaughter"), else the one the word names. A word for a parent that the
    narration calls someone by, as a name of its own ("Ma's cousin Turi"), is the narrator's
    parent, as "my mother" is: the narrator's family calls her so."""
    found = mention_at(index, view, view.start + at)
    if (found is None or found.cluster.name == word) and word[:1].isupper() and (
        word.lower() in _PARENT_WORDS and not in_quotes(view, view.start + at)
    ):
        return _parents_anchor(narrator(index, view), word)
    return _given_name_bearer(index, found) if found is not None else (
        _owner_name(index.manuscript, word))


def _given_name_bearer(index: MentionIndex, mention: Mention) -> str:
    """Whom a bare name means that is only the last word of its character's name but the
    given name of one other character: that other. Where a name is a given name and then a
    father's ("Hirut Tesfaye", Tesfaye's daughter, beside "Tesfaye Bekele"), "Tesfaye's wife"
    is the father's, whom the name said alone calls by his own given name. Not when all that
    comes before it is what the family calls her ("Moster Grethe", Mor's sister)."""
    words = mention.run.words
    name = mention.cluster.name
    if len(words) != 1 or mention.run.title or name.split()[-1] != words[0] or (
        given_name(name) == words[0]
    ) or wordlists().family_words.issuperset(name.split()[:-1]):
        return name
    bearers = [cluster.name for cluster in _given_name_bearers(index.manuscript).get(words[0], ())
               if cluster is not mention.cluster and cluster.name.split()[-1] != words[0]]
    return bearers[0] if len(bearers) == 1 else name


def _given_name_bearers(manuscript: Manuscript) -> dict[str, list[Cluster]]:
    """The characters of this run's cast by their given names, in the cast's order: made once
    per run, as every bare name that ends a character's name asks it."""
    by_given: dict[str, list[Cluster]] = manuscript.run_memo(_GIVEN_NAMES_MEMO)
    if not by_given:
        for cluster in manuscript.clusters(EntityKind.CHARACTER):
            by_given.setdefault(given_name(cluster.name), []).append(cluster)
    return by_given


# A title written small after a kinship word, before the name: "her mother, paní Ludmila".
_SMALL_TITLE = re.compile(r"\b(?P<kin>[\w-]+)\s*,?\s+(?P<title>[a-zà-ž]+)\s+$")
# How far back from the name the kinship word and the title are looked for.
_SMALL_TITLE_REACH = 40


def _apposed(before: str, after: str, kin: str) -> bool:
    """Whether the name right after a kinship word is that relative: "my sister Rose", "her
    mother, Colette, had…" — but not a new clause ("her father, Mr. Knightley felt"), a
    list ("his son, Emma, and Harriet") or across other punctuation ("her father; John")."""
    gap = before[before.lower().rfind(kin) + len(kin) :]
    if not gap.strip():
        return True
    return gap.strip() == "," and _APPOSITION_END.match(after) is not None


def _others(index: MentionIndex, view: SentenceView, text: str, mention: Mention) -> list[str]:
    """The other characters the sentence names, the person spoken to ("she said to Zoë")
    first."""
    addressed = _spoken_to(index, view, text)
    others = [m.cluster.name for m in index.in_sentence(view) if m.cluster is not mention.cluster]
    others.sort(key=lambda name: name not in addressed)
    return others


def _spoken_to(index: MentionIndex, view: SentenceView, text: str) -> list[str]:
    """The characters the sentence says are spoken to: "she said to Zoë", "asked Zoë" — in a
    sentence that quotes what is said ("her brother Sipho had asked Baba Mkhize to ask the
    foreman" tells of a favour asked, to no one in the scene)."""
    if not QUOTE_MARK.search(text):
        return []
    ends = {match.end() for match in _ADDRESSED.finditer(text)}
    return [m.cluster.name for m in index.in_sentence(view) if m.span.start - view.start in ends]


# A name, then "is" or "was" and the owner word of the relative apposed after it, in one
# phrase with no comma in it: "Apo was his mother, Wong Sau Ying" ("his" is someone else's).
_IS_OWNERS_RELATIVE = re.compile(r"\s+(?:is|was|became|becomes)\s+(?i:her|his)\s+"
                                 r"[^,.;:!?\"“”]+,?\s*$")


def _is_the_relative(text: str, other: Mention, mention: Mention, view: SentenceView) -> bool:
    """Whether `other` is the subject of "is" ("was") whose complement is the relative `mention`
    is apposed to ("Nan was her mother, Ida Pell", "Nan was her father's mother, Ida Pell"):
    then `other` is that relative, Ida herself, and no one is their own relative, so "her" is
    not `other`."""
    between = text[other.span.end - view.start : mention.span.start - view.start]
    return other.span.end <= mention.span.start and (
        _IS_OWNERS_RELATIVE.fullmatch(between) is not None)


# Someone unnamed arriving, the subject of a verb of coming: "a man stopped in the doorway",
# "another woman came in" — not "a tall girl with her father's long face", who is described.
_NEWCOMER_ARRIVES = re.compile(
    r"\b(?:a|an|another)\s+(?:[a-z-]+,?\s+){0,3}?(?P<noun>man|woman|boy|girl|stranger|youth|"
    r"fellow|lady|gentleman)\s+(?:stopped|came|walked|stood|appeared|arrived|entered|knocked|"
    r"stepped|climbed|rode|limped)\b", re.IGNORECASE)


def _anchor(index: MentionIndex, view: SentenceView, owner: str, text: str,
            mention: Mention, genders: dict[str, str]) -> str | None:
    """Whose relative the mention is, by the owner word before the kinship word ("her",
    "my", "your"): where a surname two people share stands for them, the one the scene
    names in full."""
    written_to = letters.recipient(index.manuscript, view) if owner.lower() == "your" and (
        not in_quotes(view, mention.span.start)) else None
    if written_to is not None:
        # In a letter, the one it is written to ("Sau-ying, / Your cousin Tak-sing is as brown
        # as a saddle"), whom its salutation or its writers name, not a surname said near it.
        return written_to
    found = _owner_of(index, view, owner, text, mention, genders)
    return None if found is None else in_scene(index, view, found)


def _owner_of(index: MentionIndex, view: SentenceView, owner: str, text: str,
              mention: Mention, genders: dict[str, str]) -> str | None:
    owner = owner.lower()
    if owner == "their":
        # "Their cousin Ji-soo": the cousin of several people, who may be no one character's
        # alone ("the twins"), so whose is unsure.
        return None
    if owner in _FIRST_PERSON:
        # In speech "my" is the speaker's: the one named outside the quotation marks.
        if not in_quotes(view, mention.span.start):
            return narrator(index, view)
        # (not one named as an owner: 'she said to Jonah's mother, "This is my cousin"')
        speakers = [m.cluster.name for m in index.in_sentence(view)
                    if m.cluster is not mention.cluster and not in_quotes(view, m.span.start)
                    and not m.run.possessive]
        if speakers:
            return speakers[0]
        # '"It's my kid brother," she said': the woman the last lines named, or else the
        # story's most-named woman.
        attributed = _SAID_BY_PRONOUN.search(text) or _said_before(view, text, mention)
        pronoun = attributed.group(1).lower() if attributed is not None else _one_speaker(view)
        if pronoun is None:
            return _introduced_self(index, view) or _beat_speaker(index, view, mention)
        # (not one only talked of in the lines before: '"Men Vogt can keep his mirrors." /
        # "And the money?" / "We have my sister Mengia." She turned…')
        speaker = index.resolve(view, pronoun, spoken=False)
        if speaker is not None and speaker is not mention.cluster:
            return speaker.name
        gender = PRONOUN_GENDER[pronoun]
        # The one of that sex named last, within reach — else the last one the chapter's
        # narration named, who is in the scene still ('Dirk Mulderij is thirty-four. …
        # "Kees," he says at last. "My cousin Kees."'), before the story's most-named.
        return _last_named_of_gender(index, view, gender, mention, genders) or (
            _last_narrated_of_sex(index, view, gender, mention, genders)) or _of_gender(
            index, view, gender, mention, genders)
    if owner == "your":
        # Said to someone: the person spoken to is named in the attribution ("she said to Zoë");
        # anyone else named there, the speaker first of all, is not whose "your" it is.
        spoken_to = [name for name in _spoken_to(index, view, text)
                     if name != mention.cluster.name]
        # Else the one the speech calls by name ('"You are thirty-one years old, Grace."').
        if spoken_to:
            return spoken_to[0]
        called = called_in_speech(index, view, mention.cluster.name)
        if called is None and in_quotes(view, mention.span.start) and (
            _SAID_BY_PRONOUN.search(text)
        ):
            # Else, of a line said aloud ("she said": not a letter's "Your loving son"), the
            # one the narration names nearest who is not the speaker: 'Sigríður made a small
            # sound. "Your cousin Stefán is a good boy," she said.' / 'Guðrún kept quiet.'
            called = addressee(index, view)
        return called
    # "Her brother Tom was on Gunner": "her" looks back, to someone named before the relative
    # (or spoken to), not to whoever the sentence names after him.
    addressed = _spoken_to(index, view, text)
    gender = PRONOUN_GENDER.get(owner)
    if gender is not None and not in_quotes(view, mention.span.start):
        kin = _narrators_kin_subject(index, view, text, owner, mention, gender, genders)
        if kin is not None:
            return kin
    # Not one of the other sex ("…made Mykolka shy…, and he and Oksana drove off with her
    # cousin Taras": Oksana's).
    others = [m.cluster.name for m in index.in_sentence(view)
              if m.cluster is not mention.cluster
              and (m.span.end <= mention.span.start or m.cluster.name in addressed)
              and (gender is None or _sex(index, m.cluster.name, genders) in (gender, None))
              and not _is_the_relative(text, m, mention, view)]
    others.sort(key=lambda name: (name not in addressed, gender is not None and _sex(
        index, name, genders) != gender))
    if others:
        return others[0]
    if gender is not None and stranger_since_named(index, view, gender, _NEWCOMER_ARRIVES):
        # "…when a man stopped in the doorway. … He came in and asked whether this was the
        # shop of his uncle Youssef": the newcomer's uncle, not the last man named's.
        return None
    opens_on_owner = text[: len(owner) + 1].lower() == owner + " "
    if gender is not None and opens_on_owner:
        # "Her mother was Comfort to the women downstairs. Her father was Joseph on his
        # payslips. Her brother Yaw, who was six…": a run of sentences that each open on
        # "her" and a kinship word lists one person's family, so every "her" is the one the
        # run's first sentence means — not a mother or sister the run has named since.
        view = _family_list_head(index.manuscript, view, owner)
        text = index.text(view)
    if gender is not None and view.number == 0 and (
        opens_on_owner or _owner_first(index, view, text, mention)
    ):
        # "Her cousin Kenji came on the last train" opening a paragraph of close third person:
        # the heroine's, not the child the last paragraph named — so too when words of time
        # or place come first ("That week a letter came from his brother Calum").
        lead = _lead(index, view, gender, genders)
        if lead is not None and lead != mention.cluster.name:
            # Unless the last lines were about someone else of her sex, named as the one who
            # does something ("Órla had been caught by the fire."), not as its object — or
            # title and all, when the name tells her sex ("Dr. Priya Callan comes up at half
            # ten", but not "Captain Ito came in").
            last = _last_of_gender(index, view, gender, genders)
            if last is None or last.cluster.name == lead or said_in_speech(last) or not (
                last.run.initial or (last.run.title and not last.run.prev
                                     and _sex(index, last.cluster.name, genders) == gender)
            ) or _yours_in_talk_before(index, view, text, mention, lead):
                # (A name said in speech is talked of, not what the lines are about:
                # '"Firmino would have been pleased too." / His cousin Maria das Dores…')
                return lead
    if gender is not None and view.number == 0 and opens_on_owner:
        # "Cô Lan had the chair by the door. … Her hands smelled of almonds, and she talked
        # to Dolly. / Her daughter Mai…": a paragraph opening on "her" and a kinship word goes
        # on about the one the paragraph before opened on and kept to, to its last sentence.
        about = _paragraph_about(index, view, gender, mention, genders)
        if about is not None:
            return about
    if gender is not None and opens_on_owner:
        # "Tennant never finds Baird jokes funny. His older brother Euan…": a sentence that
        # opens on "his" goes on about the last one's subject.
        subject = _last_subject(index, view, gender, mention, genders)
        if subject is not None:
            return subject
    opening = LEADING_PRONOUN.match(text)
    if gender is not None and opening is not None and (
        opening.group(1).lower() == SUBJECT_PRONOUN[gender]
    ):
        # "Moen helped Drever with the paint. He is thirty-eight, he says. He keeps his
        # nephew Peder by him": "his" is the "He" the sentence opens on, the one the
        # sentences before go on about.
        subject = chain_opener(index, view, gender) or _opening_subject(
            index, view, gender, mention.cluster.name, genders)
        if subject is not None and subject != mention.cluster.name:
            return subject
    cluster = index.resolve(view, owner, owners=False)
    if cluster is not None and gender is not None and not in_quotes(view, mention.span.start) and (
        index.resolve(view, owner, spoken=False, owners=False) is None
    ):
        # '"Don't tell your Bebia I said marry." / The harvest began… Her brother Dato': one
        # only talked of in speech is not in sight, and the narration's "her" with no woman in
        # sight is the heroine's.
        # But after talk put to "he" ('"She is young to carry so much," he said'), the
        # last man the narration named is the one who spoke, still in sight.
        heroine = _talker(index, view, gender, mention, genders) or _most_named(
            index, gender, mention, genders)
        if heroine is not None:
            return heroine
    if cluster is not None and gender is not None:
        cluster = past_another(index, view, cluster, gender)
    if cluster is not None and cluster is not mention.cluster and (
        gender is None or (_sex(index, cluster.name, genders) or gender) == gender
    ) and not (_sex(index, cluster.name, genders) is None and _only_in_speech(index, cluster)):
        return cluster.name
    if gender is not None:
        found = _of_gender(index, view, gender, mention, genders)
        if found is not None:
            return found
    return _last_named(index, view, mention)


# "my grandmother" as the subject of a clause, its verb after it: "my grandmother lived…".
_MY_KIN_SUBJECT = re.compile(r"(?:^\W*|[,;]\s+)(?i:my|our)\s+(?P<kin>[a-z-]+)\s+"
                             r"(?!and\b|or\b|who\b)(?=[a-z])")

# A word before a name that makes it the object of a preposition, not one "her" may look to.
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|at|from|near|below|above|on|to|by)\s+$")


def _narrators_kin_subject(index: MentionIndex, view: SentenceView, text: str, owner: str,
                           mention: Mention, gender: str, genders: dict[str, str]) -> str | None:
    """The narrator's relative a clause of the narration opens on, unnamed, whose "her"/"his"
    the owner word is ("my grandmother lived in her mother's camp below the rim of Canyon de
    Chelly with her younger sister, Lena": the narrator's grandmother's sister) — when the
    kinship word is of the owner word's sex and no one is named between but the object of a
    preposition or one of the other sex; else None."""
    before = text[: mention.span.start - view.start]
    words = list(re.finditer(rf"\b{re.escape(owner)}\b", before, re.IGNORECASE))
    if not words:
        return None
    at = words[-1].start()
    subjects = list(_MY_KIN_SUBJECT.finditer(before, 0, at))
    if not subjects:
        return None
    kin = subjects[-1].group("kin")
    if kin not in _cue_words().words or wordlists().kinship_gender.get(
            _PARENT_WORDS.get(kin, kin)) != gender:
        return None
    for other in index.in_sentence(view):
        start = other.span.start - view.start
        if subjects[-1].end() <= start < at and not _PREPOSITION_BEFORE.search(text, 0, start) and (
            _sex(index, other.cluster.name, genders) in (gender, None)
        ):
            return None
    return _narrators_kin(index, view, kin)


# The listener's relative, spoken of in talk: "Your uncle will…", "your little sister".
_YOUR_KIN = re.compile(r"\b(?i:your)\s+(?P<words>(?:[a-z-]+\s+)?[a-z-]+)\b")


def _yours_in_talk_before(index: MentionIndex, view: SentenceView, text: str, mention: Mention,
                          lead: str) -> bool:
    """Whether the paragraph before `view` is talk that speaks of the listener's relative by
    the kinship word `view` opens on, and its narration does not name `lead`: '"…Your uncle
    will look after you," he said. / His uncle was Alec Stacey' — the "his" is the one spoken
    to, the lead the story follows, not the one who said it, however last named."""
    kin = next((word for word in re.findall(r"[a-z-]+", text[: mention.span.start - view.start])
                if word in wordlists().kinship), None)
    before = neighbour(index.manuscript, view, -1)
    if kin is None or before is None:
        return False
    placed, orders = before
    if any(m.cluster.name == lead for m in narrated(index, placed, orders)):
        return False  # '"Your uncle…," Aled said': the lead says it, of another's uncle
    said = placed.parsed.text
    return any(kin in found.group("words").split() and quote_open(said[: found.start()])
               for found in _YOUR_KIN.finditer(said))


# A word standing for a person: one before the owner word of a relative means the sentence
# is about someone already ("When he came in, his brother…").
_PERSON_WORD = re.compile(r"\b(?i:he|she|him|her|his|hers|himself|herself|they|them|their|"
                          r"i|me|my|we|us|our|you|your)\b")


def _owner_first(index: MentionIndex, view: SentenceView, text: str, mention: Mention) -> bool:
    """Whether the owner word before `mention` is the first word of `view`, told in narration,
    that stands for anyone: no name, pronoun or speech before it ("That week a letter came
    from his brother Calum")."""
    before = text[: mention.span.start - view.start]
    return not QUOTE_MARK.search(before) and len(_PERSON_WORD.findall(before)) == 1 and not any(
        m.span.start < mention.span.start for m in index.in_sentence(view))


def _paragraph_about(index: MentionIndex, view: SentenceView, gender: str, mention: Mention,
                     genders: dict[str, str]) -> str | None:
    """The character of `gender` (or of a sex nothing tells) whom the paragraph before the
    one `view` opens opened on by name, when no later sentence of it opens on anyone else's
    name and its last sentence opens on a pronoun of that sex: the paragraph was about them
    to its end. None when that is not so, or it is `mention`'s own character."""
    found = neighbour(index.manuscript, view, -1)
    if found is None:
        return None
    placed, orders = found
    opener = index.by_sentence[orders.start]
    if not opener or opener[0].run.prev or opener[0].run.possessive or said_in_speech(
            opener[0]):
        return None
    about = opener[0].cluster.name
    if about == mention.cluster.name or _sex(index, about, genders) not in (gender, None):
        return None
    if any(named and not named[0].run.prev and named[0].cluster.name != about
           for named in (index.by_sentence[order] for order in orders[1:])):
        return None  # another opens a sentence of it: whom "her" goes on about is unsure
    last = placed.parsed.sentences[-1]
    pronoun = LEADING_PRONOUN.match(placed.parsed.text[last.start : last.end])
    if pronoun is None or PRONOUN_GENDER[pronoun.group(1).lower()] != gender:
        return None
    return about


def _talker(index: MentionIndex, view: SentenceView, gender: str, mention: Mention,
            genders: dict[str, str]) -> str | None:
    """The last character of `gender` the chapter's narration named, when the paragraph
    before the one `view` opens puts all its speech to the pronoun of that sex ('"Will you
    stay?" I asked. / "I will not, Eilidh," he said.'): the talk was theirs, and a "his" the
    narration says next goes on about them, not about a name said in the talk."""
    if view.number != 0:
        return None
    before = neighbour(index.manuscript, view, -1)
    if before is None:
        return None
    said = {match.group(1).lower() for match in _SAID_BY_PRONOUN.finditer(before[0].parsed.text)}
    if said != {SUBJECT_PRONOUN[gender]}:
        return None
    return _last_narrated_of_sex(index, view, gender, mention, genders)


def _only_in_speech(index: MentionIndex, cluster: Cluster) -> bool:
    """Whether every mention of the character is said inside quotation marks: a word a
    line of speech opens on ('"Thinner," he says') may be taken for a name, and no one the
    narration tells of is it."""
    return all(said_in_speech(mention) for mention in index.by_cluster.get(cluster.name, ()))


# A sentence opening on an owner word and a kinship word: "Her father was…", "His elder
# brother Tom…".
_OWNER_KIN_OPENING = re.compile(rf"\W*(?i:(?P<owner>her|his))\s+{_DESCRIBED}"
                                rf"(?P<kin>{_LOWER_KIN_WORD})")


def _family_list_head(manuscript: Manuscript, view: SentenceView, owner: str) -> SentenceView:
    """The first of the run of sentences up to `view` in its paragraph that each open on
    `owner` ("her", "his") and a kinship word (`view` itself when the sentence before does
    not)."""
    paragraph = view.paragraph
    if paragraph is None:
        return view
    kinship = wordlists().kinship
    number = view.number
    while number > 0:
        sentence = paragraph.sentences[number - 1]
        opening = _OWNER_KIN_OPENING.match(paragraph.text, sentence.start, sentence.end)
        if opening is None or opening.group("owner").lower() != owner or (
            opening.group("kin") not in kinship
        ):
            break
        number -= 1
    if number == view.number:
        return view
    head = sentence_at(manuscript, view.document, view.base + paragraph.sentences[number].start)
    return head if head is not None else view


# Words before a name that make it the object of what is said or done, never one who speaks:
# "she said to Ida", "she said in English, for Ferrand's sake".
_OBJECT_OF = frozenset({"to", "for", "at", "with", "from", "about", "of", "beside", "toward",
                        "towards", "behind"})


# A word of saying, which attributes speech outright.
_SAID_WORD = re.compile(rf"\b(?:{'|'.join(sorted(SAID_VERBS))})\b")


def _beat_speaker(index: MentionIndex, view: SentenceView, mention: Mention) -> str | None:
    """The one character the paragraph's narration names by the end of the sentence, not
    as the object of a preposition: the speaker of its speech ('"Married. Three children."
    Nicolò turned the brim of his hat. "My cousin Rosa sends you her love."': Nicolò's)."""
    paragraph = view.paragraph
    if paragraph is None or any(
        not quote_open(paragraph.text[: said.start()])
        for said in _SAID_WORD.finditer(paragraph.text)
    ):
        return None  # '"Ferrante," the young man said, when Eileen held out the pen': his
    so_far = [*index.earlier_in_paragraph(view), *index.by_sentence[view.order]]
    named = {m.cluster.name for m in so_far
             if m.cluster is not mention.cluster and m.run.prev not in _OBJECT_OF
             and not said_in_speech(m)}
    return named.pop() if len(named) == 1 else None


def _said_before(view: SentenceView, text: str, mention: Mention) -> re.Match[str] | None:
    """'When she met Jonah's mother she said, "This is my cousin Ansel"': the pronoun and
    word of saying put before the line of speech the mention is in."""
    return _PRONOUN_SAID_BEFORE.search(text, 0, mention.span.start - view.start)


def _one_speaker(view: SentenceView) -> str | None:
    """The pronoun ("she", "he") of the one speaker a paragraph's speech is put to, when it
    names no one outside its quotation marks but as the object of a preposition ("for
    Ferrand's sake"): '"It's my brother," she said. "My kid brother, Eddie."' — the second
    sentence is hers too. With no word of saying, the one pronoun whose doings the narration
    between its lines opens on."""
    paragraph = view.paragraph
    if paragraph is None or any(
        not quote_open(paragraph.text[: run.start]) and run.prev not in _OBJECT_OF
        for run in paragraph.runs
    ):
        return None
    said = {match.group(1).lower() for match in _SAID_BY_PRONOUN.finditer(paragraph.text)}
    if not said:
        # No "she said": the one whose doing the narration between the lines tells ('"Thirty
        # cents a night." She pointed her chin at a girl. "That is my daughter Carmelita."').
        said = {match.group(1).lower() for match in _BEAT_BY_PRONOUN.finditer(paragraph.text)
                if quote_open(paragraph.text[: match.start() + 1])}  # the mark closes a line
    return said.pop() if len(said) == 1 else None


# Narration opening on a pronoun right after a line of speech, no word of saying after it:
# what the speaker does between the lines.
_BEAT_BY_PRONOUN = re.compile(r"""[.!?…—-]["”]\s+(She|He)\s+(?!(?:said|says|asked|asks|"""
                              r"""replied|whispered|told|tells|added)\b)[a-z]+""")


def _of_gender(index: MentionIndex, view: SentenceView, gender: str, mention: Mention,
               genders: dict[str, str]) -> str | None:
    """Whose "her"/"his" it is when the last character named will not do: the last one
    named of that gender within reach, else one whose sex nothing tells whom the narration's
    "she" goes on about (`_said_to_be_of_gender`), else the story's most-mentioned character
    of that gender — in close third person, a "her" with no woman in sight is the heroine's."""
    named = _last_named_of_gender(index, view, gender, mention, genders)
    if named is not None:
        return named
    unsexed = _said_to_be_of_gender(index, view, gender, mention, genders)
    if unsexed is not None:
        return unsexed
    parent = _parent_called_lately(index, view, gender)
    if parent is not None:
        return parent
    return _most_named(index, gender, mention, genders)


def _said_to_be_of_gender(index: MentionIndex, view: SentenceView, gender: str,
                          mention: Mention, genders: dict[str, str]) -> str | None:
    """The last one the narration named in the last `_LEAD_REACH` sentences, whose sex nothing
    tells, when no one of `gender` is named since and the first "she" or "he" of the narration
    after the name is of `gender` — who can only be them: "Gu Meilan came back in April. / Lao
    Tang did not know her at first. She came in at the quiet hour… / She had been staying with
    her aunt" (not "…and Kes lay awake watching her. / 'Don't,' he said.", where "he" is Kes
    and a "she" after it the woman named before him)."""
    found = _last_mention(index, view, _LEAD_REACH, gender, genders, unknown_too=True,
                          other_than=mention, narrated_only=True)
    if found is None or _sex(index, found.cluster.name, genders) is not None:
        return None
    sentences = index.manuscript.sentence_list
    for order in range(found.sentence.order, view.order + 1):
        sentence = sentences[order]
        text = index.text(sentence)
        start = found.span.end - sentence.start if order == found.sentence.order else 0
        end = mention.span.start - sentence.start if order == view.order else len(text)
        said = next((pronoun for pronoun in _SUBJECT_PRONOUNS.finditer(text, start, max(end, 0))
                     if not in_quotes(sentence, sentence.start + pronoun.start())), None)
        if said is not None:
            return found.cluster.name if PRONOUN_GENDER[said.group(0).lower()] == gender else (
                None)
    return None


_SUBJECT_PRONOUNS = re.compile(r"\b(?:she|he)\b", re.IGNORECASE)


def _most_named(index: MentionIndex, gender: str, mention: Mention,
                genders: dict[str, str]) -> str | None:
    """The story's most-mentioned character of `gender`, other than `mention`'s."""
    candidates = [c for c in index.manuscript.clusters(EntityKind.CHARACTER)
                  if c is not mention.cluster and _sex(index, c.name, genders) == gender]
    return max(candidates, key=lambda c: len(c.mentions)).name if candidates else None


def _last_named_of_gender(index: MentionIndex, view: SentenceView, gender: str, mention: Mention,
                          genders: dict[str, str]) -> str | None:
    """The last character named within reach before `view` whose sex is known to be
    `gender`, other than `mention`'s."""
    found = _last_mention(index, view, REACH, gender, genders, other_than=mention)
    return found.cluster.name if found is not None else None


def _last_mention(index: MentionIndex, view: SentenceView, reach: int, gender: str,
                  genders: dict[str, str], *, unknown_too: bool = False,
                  other_than: Mention | None = None, narrated_only: bool = False
                  ) -> Mention | None:
    """The last mention in the `reach` sentences before `view` (same chapter) of a character
    whose sex is `gender` (or unknown, with `unknown_too`), not `other_than`'s character and,
    with `narrated_only`, not said in speech: the one walk back the "last one of her sex"
    readings share."""
    for earlier in index.before(view, reach):
        for other in reversed(earlier):
            if other_than is not None and other.cluster is other_than.cluster:
                continue
            if narrated_only and said_in_speech(other):
                continue
            sex = _sex(index, other.cluster.name, genders)
            if sex == gender or (unknown_too and sex is None):
                return other
    return None


# A parent the narration calls by a family word, as by a name: "Mama said", "Pa came in" —
# not a title before a name ("Father Brennan", "Mama Nkechi").
_PARENT_CALLED = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(word.capitalize()) for word in _PARENT_WORDS),
                               key=len, reverse=True)) + rf")\b(?!['’]s|\s+{CAPITAL})")


def _parent_called_lately(index: MentionIndex, view: SentenceView, gender: str) -> str | None:
    """The narrator's parent of `gender` ("the narrator's mother") when the narration of the
    paragraph so far, or of the one before, last calls someone of that sex by a parent's
    family word ('"Well," Mama said. … She had a letter from her brother Harlan': Mama's
    brother), as `_owner_at` reads "Ma's cousin Turi"."""
    paragraph = view.paragraph
    if paragraph is None:
        return None
    texts = [paragraph.text[: view.start - view.base]]
    before = neighbour(index.manuscript, view, -1)
    if before is not None:
        texts.append(before[0].parsed.text)
    kin_gender = wordlists().kinship_gender
    for text in texts:
        for called in reversed(list(_PARENT_CALLED.finditer(text))):
            word = called.group(0).lower()
            if quote_open(text[: called.start()]):
                continue
            if kin_gender.get(_PARENT_WORDS[word]) == gender:
                return _parents_anchor(narrator(index, view), word)
            return None  # the other parent is the one lately in sight
    return None


# How far back (in sentences) the lead must be named for a paragraph's opening "her" to be
# theirs, and how many times as often as anyone else of their sex they are named.
_LEAD_REACH = 20

_LEAD_SHARE = 2


def _last_subject(index: MentionIndex, view: SentenceView, gender: str, mention: Mention,
                  genders: dict[str, str]) -> str | None:
    """The character who opens the sentence before `view` (same paragraph) as its subject,
    when of `gender` or of a sex nothing tells."""
    return _opening_subject(index, view, gender, mention.cluster.name, genders)


def _opening_subject(index: MentionIndex, view: SentenceView, gender: str, other: str,
                     genders: dict[str, str]) -> str | None:
    """The character who opens the sentence before `view` (same paragraph) as its subject
    (`opening_mention`), when of `gender` or of a sex nothing tells, and not `other`."""
    first = opening_mention(index, view, after_phrase=True)
    if first is None or first.cluster.name == other:
        return None
    return first.cluster.name if _sex(index, first.cluster.name, genders) in (gender, None) else (
        None)


def _last_of_gender(index: MentionIndex, view: SentenceView, gender: str,
                    genders: dict[str, str]) -> Mention | None:
    """The last mention before `view` (same chapter, within reach) of a character whose
    name, relations or narration make them `gender`, or leave their sex unknown."""
    return _last_mention(index, view, REACH, gender, genders, unknown_too=True)


def _lead(index: MentionIndex, view: SentenceView, gender: str,
          genders: dict[str, str]) -> str | None:
    """The story's lead of `gender` — named at least `_LEAD_SHARE` times as often as anyone
    else of that sex — when named in the last `_LEAD_REACH` sentences of the chapter, or the
    last one of that sex it named (`_last_known_of_sex`). One the book calls by a family word
    ("Eomma", "Halmeoni") is the lead's relative, never the lead, however often named; nor is
    one whose death the story has told before `view`: the old weaver mourned in chapter one
    is not whom "His cousin" goes on about in chapter three, however often named before."""
    manuscript = index.manuscript
    ranked = sorted((c for c in manuscript.clusters(EntityKind.CHARACTER)
                     if _sex(index, c.name, genders) == gender
                     and not _called_by_family_word(manuscript, c.forms)
                     and not _dead_by(manuscript, c.name, view)),
                    key=lambda c: len(c.mentions), reverse=True)
    if not ranked or (len(ranked) > 1
                      and len(ranked[0].mentions) < _LEAD_SHARE * len(ranked[1].mentions)):
        return None
    lead = ranked[0].name
    named = any(m.cluster.name == lead for earlier in index.before(view, _LEAD_REACH)
                for m in earlier)
    return lead if named or _last_known_of_sex(index, view, gender, genders) == lead else None


def _dead_by(manuscript: Manuscript, name: str, view: SentenceView) -> bool:
    """Whether the story has told `name`'s death before `view` (`told_deaths`, kept for the
    run by `_stated_relations`)."""
    death = manuscript.shared.get(_DEAD_MEMO, {}).get(name)
    if death is None:
        return False
    position = manuscript.order
    return (position[death[0].document], death[0].end) <= (position[view.document], view.start)


def _last_known_of_sex(index: MentionIndex, view: SentenceView, gender: str,
                       genders: dict[str, str]) -> str | None:
    """The last character before `view` in its chapter whom name, relations or narration make
    `gender`: a lead named longer ago than `_LEAD_REACH` is still the one "her" goes on about
    when no one else of her sex has been named since (the men of a scene, or someone whose sex
    nothing tells, do not take her place)."""
    found = _last_mention(index, view, view.order + 1, gender, genders)
    return found.cluster.name if found is not None else None


def _last_narrated_of_sex(index: MentionIndex, view: SentenceView, gender: str,
                          mention: Mention, genders: dict[str, str]) -> str | None:
    """The last character before `view` in its chapter, other than `mention`'s, whom the
    narration (not speech, which may talk of anyone) names and whose sex is `gender`."""
    found = _last_mention(index, view, view.order + 1, gender, genders, other_than=mention,
                          narrated_only=True)
    return found.cluster.name if found is not None else None


def _called_by_family_word(manuscript: Manuscript, forms: Iterable[str]) -> bool:
    """Whether one of a character's names (`forms`) is a family word alone ("Eomma")."""
    known = manuscript.finder.forms
    family_words = wordlists().family_words
    return any(form in known and len(known[form].words) == 1
               and known[form].words[0] in family_words for form in forms)


def _last_named(index: MentionIndex, view: SentenceView, mention: Mention) -> str | None:
    cluster = index.resolve(view, "")
    return cluster.name if cluster is not None and cluster is not mention.cluster else None


def _owner_name(manuscript: Manuscript, word: str) -> str:
    cluster = manuscript.cluster_for_word(word)
    return cluster.name if cluster is not None else word
