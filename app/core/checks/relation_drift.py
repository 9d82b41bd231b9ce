"""relation drift: a character's stated relation to another changes.

Relations are read from appositions and possessives: "her mother, Colette", "her little brother
Pim", "Colette, his sister", "Sofie's mother Colette", "Ravi Mama was Valli's brother" (a family
word said after the name, what the family calls him), "Kolli, who was Önund's cousin", "Rufino was
nineteen, Don Ernesto's nephew" (an age told first), "Tomas was her brother" (over a remark of how
the teller knows it: "Mrs. Tonkin, I hear, is his sister"), "Her father was Tafara" (the relation
told before the name: Tafara is then not the one a later "her" of the sentence stands for, "…, and
so was her brother Farai") (not lists, "his son, Emma, and Harriet" — but "and" then a past verb
opens a new clause: "his grandfather, Don Ernesto, and stayed there", and so does a word like
"when": "Tío Beto, my mother's youngest brother, and when they…" — nor new clauses, "her father,
Mr. Knightley felt", "Hamadi bin Juma, my father reminded him, was…", nor a word that owns the
relative, "her mother's sister"), and a second relation set after the name too ("Her uncle,
Mohan-bhai, the Seth's younger brother,", "My uncle Octavio, my father's younger brother,": the
brother of the narrator's father, whose later cousin he cannot be; "Pieter, Anke's son, your
cousin,": a second set after a first); a relative of a parent is that parent's ("Rosa, her father's
older sister", "Ravi was Mieke's mother's brother"), and so is one of the narrator's relative left
unnamed ("Lena was my grandmother's cousin"; "my grandmother lived … with her younger sister,
Lena", the "her" of a clause that opens on "my grandmother", no one else named before it but as
the object of a preposition or one of the other sex); the kinship words are a word list, in-laws and
exes among them ("her sister-in-law Rano"). "He was his brother-in-law" after a sentence that opens
on one man and names one other is the first's relation to the second
("She is his niece", after one that opens on a woman and names no man, is hers to the last man named
within reach), and "Trent is first cousin to that detective, Brannigan" Trent's to Brannigan. A
relative named only by whose they are, opening a sentence ("Mendel's daughter had her father's
shoulders"), is the one of their sex whom the sentence before names in full by the owner's surname
("said Rivka Kesselman"). The relative they belong to is the other character named in the sentence
before the relative, or spoken to in a sentence that quotes speech ("her brother Sipho had asked
Baba Mkhize to ask the foreman" speaks to no one), or else the character "her"/"his" stands for
(never one "their" is said of: "their cousin" is several people's): the last one named (not a name
of no known sex only ever said in speech: '"Thinner," he says'; nor one "is" makes that relative:
"Apo was his mother, Wong Sau Ying" is his mother, not hers), unless a relation already told
makes them the wrong sex ("her father, Ramón"), then the last one named of the right sex, or the
narrator's mother (father) when the narration of the paragraph or the one before last called someone
of that sex by a parent's family word ('"Well," Mama said. / She had a letter from her brother
Harlan'), or the story's most-mentioned one of that sex (so too in narration when the only ones of
that sex named within reach are talked of in speech: '"Don't tell your Bebia." / The harvest began…
Her brother Dato'); a paragraph that opens on "Her cousin Kenji" (or whose first word for anyone is
that "her": "That week a letter came from his brother Calum") goes on about the lead, named twice as
often as anyone of her sex, never one the book calls by a family word ("Eomma", the lead's mother)
nor one whose death it has told by then, when she was named lately or is the last woman the chapter
named, and the last lines were not about another woman, named as the one who does something (title
and all when her name tells she is a woman: "Dr. Priya Callan comes up at half ten"). A run of
sentences of a paragraph that each
open on "Her"/"His" and a kinship word lists one person's family ("Her mother was Ruth to the
neighbours and Rivka to her sisters. Her brother Eli…"): every "her" of the run is the one its first
sentence means, not a mother it has named since. A character whose sex neither name nor relation
tells is placed by the narration's "She"/"He" after the name. In speech, "my" is the speaker's and
"your" the listener's, only when the sentence names them, or when the paragraph's speech is put to
one "she" (or "he") and names no one outside it but as the object of a preposition ("she said, for
Ferrand's sake"), by a word of saying or, lacking one, by what she does between its lines ('"No
cards." She pointed her chin at a girl. "That is my daughter Carmelita."') — that "she" the last
woman named within reach, else the last one the chapter's narration named ('Dirk Mulderij is
thirty-four. … "Kees," he says at last. "My cousin Kees."'), else the story's most-named — or by a
full name said alone in the speech just before it, the speaker naming himself ('"Nicolò Ferrante.
And my sister Rosa."'); "your" in a line said aloud ("she said", not a quoted letter's "Your
loving son") that calls no one by name is the listener's, the one the narration names nearest who is
not the speaker ('Sigríður made a small sound. "Your cousin Stefán is a good boy," she said.' /
'Guðrún kept quiet.'), and in a letter the one its salutation names ("Dear Ana,", "Sau-ying,", "To
Mok Sau-ying, my wife,"; see `letters`). A name said alone, before "'s" or as the relative, that is
only the last word of its character's name but the given name of one other character is that other's
("Tesfaye's wife", "her cousin Dawit", in a story of Tesfaye Bekele and his daughter Hirut Tesfaye,
named for her father, and of Dawit Tesfaye and Selam Dawit) — but not when what comes before it is a
family word ("Moster Grethe"). A character who is one person's mother in one place and their sister
(or a stranger who "introduced herself as" someone) in another is the contradiction; so is the
father (mother, brother, sister) of the narrator's mother who is later the father's ("Granda was my
maw's da", "my da's da"); a parent the narration calls by a family word ("Ma's cousin Turi") is the
narrator's, as "my mother" is, and so is "me Dad" in a dialect that writes "me" for "my" (and "he
were" for "he was"). A relative of one's parent is one's own by the word the family has for it: "my
mother's sister Rosa" is "my aunt Rosa", not "my cousin Rosa". A character whose name the story says
two people bear ("two Lotties") is not compared, nor one whose name, or the name they are told
relative to, two bear told apart by a word of age ("old Anna and young Anna") unless both sentences
say it with the same such word ("Old Anna was John's mother", "Young Anna was John's wife": two
women), nor are relations told of two names that share such a name ("Mehmet Demirci's son", then
"Mehmet's brother-in-law", in a story with "two Mehmets": the bare given name may be the other one).
A step- or half-relative called by the plain word ("her stepbrother Misha", then "My brother Misha")
and a fiancé who becomes a husband are no drift. The relations are read by `relations`; this module
compares them.
"""

from __future__ import annotations

from app.core.checks.base import CheckContext
from app.core.checks.evidence import contrast
from app.core.checks.examples.relation_drift import EXAMPLES as EXAMPLES
from app.core.checks.referents import (
    NARRATOR,
    age_epithet,
    named_for_parent,
    said_to_be_two,
    told_apart_by_age,
)
from app.core.checks.relations import (
    ONE_SIDE,
    PARENTS_ANCHOR,
    STRANGER,
    THROUGH_PARENT,
    Relation,
    stated_relations,
)
from app.core.manuscript import SentenceView
from app.core.model import Finding, WarningKind
from app.core.wordlists import wordlists

RULE = "relation-drift"
KIND = WarningKind.CONTRADICTION


# Relations one becomes in time: "her fiancé David" one year is "her husband David" the next.
_IN_TIME = frozenset(frozenset(pair) for pair in (
    ("fiancé", "husband"), ("fiance", "husband"), ("fiancée", "wife"), ("fiancee", "wife"),
    ("husband", "widower"), ("wife", "widow"), ("husband", "ex-husband"), ("wife", "ex-wife"),
))


def find(context: CheckContext) -> list[Finding]:
    stated = stated_relations(context)
    findings = []
    told: set[frozenset[int]] = set()
    # The two people and the sentence that changes what one is to the other: one clash, told
    # once, whichever side's sentence before it is quoted.
    clashes: set[tuple[frozenset[str], int]] = set()
    for name, found in stated.items():
        pair = _drift(context, found)
        if pair is not None and not _unsure_whose(context, name, pair):
            told.add(frozenset(relation.sentence.order for relation in pair))
            clashes.add(_clash(name, pair))
            findings.append(_finding(context, name, *pair))
    # "Don Tomás's wife, Doña Refugio" makes him her husband: a relation told from the other
    # side ("her brother, Don Tomás") is compared with it.
    genders = context.mentions.genders
    seen_from_other_side: dict[str, list[Relation]] = {}
    for relative, found in stated.items():
        for relation in found:
            inverse = _inverse(relation.relation, genders.get(relation.anchor))
            if inverse is not None and relation.anchor != NARRATOR:
                seen_from_other_side.setdefault(relation.anchor, []).append(
                    Relation(inverse, relative, relation.sentence, relation.at))
    candidates = []
    for name, inverses in seen_from_other_side.items():
        found = sorted([*stated.get(name, []), *inverses],
                       key=lambda relation: (relation.sentence.order, relation.at))
        pair = _drift(context, found)
        if pair is not None and any(relation in inverses for relation in pair) and (
            not _unsure_whose(context, name, pair)
        ):
            candidates.append((pair[0] in inverses, name, pair))
    # Of the two sides of one change, the one whose relation was told first in its own words
    # (her "wife", later his "sister") names it.
    for _first_inverse, name, pair in sorted(candidates, key=lambda c: c[0]):
        sentences = frozenset(relation.sentence.order for relation in pair)
        if sentences not in told and _clash(name, pair) not in clashes:
            told.add(sentences)
            clashes.add(_clash(name, pair))
            findings.append(_finding(context, name, *pair))
    return findings


def _clash(name: str, pair: tuple[Relation, Relation]) -> tuple[frozenset[str], int]:
    """The two people a clash is between and the sentence of its second relation: "Her
    brother Cai" then "her cousin Cai" of Nia, and "His sister, Nia" then that same "her cousin
    Cai", are one change."""
    return frozenset({name, pair[1].anchor}), pair[1].sentence.order


def _unsure_whose(context: CheckContext, name: str, pair: tuple[Relation, Relation]) -> bool:
    """Whether the two relations may be of two people: the character's name is borne by
    two, or the character or one they are told relative to was given a parent's full name
    ("Moha had given him his own full name: Mohand Amellal")."""
    return _borne_by_two(context, name) or _anchors_share_two(context, *pair) or any(
        _two_by_age(context, given, pair) for given in {_first_word(name), *(
            _first_word(relation.anchor) for relation in pair)}) or any(
        named_for_parent(context.manuscript, who)
        for who in (name, *(relation.anchor for relation in pair)))


def _two_by_age(context: CheckContext, given: str, pair: tuple[Relation, Relation]) -> bool:
    """Whether the given name, the character's or the one the two relations are told relative
    to, is one two people bear, told apart by a word of age ("old Anna and young Anna"), and
    the two sentences do not say it with the same such word: "Old Anna was John's mother",
    "Young Anna was John's wife" are of two women, and the name said bare may be either's."""
    if given == NARRATOR or not told_apart_by_age(context.manuscript, given):
        return False
    ages = {_age_in(context, relation.sentence, given) for relation in pair}
    return len(ages) > 1 or ages == {None}


def _age_in(context: CheckContext, sentence: SentenceView, given: str) -> str | None:
    """"elder" or "younger" when the sentence says the given name with one word of age ("Old
    Anna was John's mother"), else None."""
    text = context.manuscript.documents[sentence.document].text
    ages = {age_epithet(text, sentence.base + token.start, sentence.base + token.end)
            for token in sentence.tokens if token.text == given}
    return ages.pop() if len(ages) == 1 else None


def _anchors_share_two(context: CheckContext, first: Relation, second: Relation) -> bool:
    """Whether the two relations are told relative to two names that share one the story
    says two people bear ("two Mehmets in his life": "Mehmet Demirci's son", then
    "Mehmet's brother-in-law"): the bare given name may be the other Mehmet."""
    if first.anchor == second.anchor:
        return False
    two = said_to_be_two(context)
    return bool(two) and not two.isdisjoint(
        set(first.anchor.split()) & set(second.anchor.split()))


def _borne_by_two(context: CheckContext, name: str) -> bool:
    """Whether the story says two people bear one of the character's names ("So there were
    two Lotties in our family", the grandmother's namesake her great-granddaughter): what is
    told of the name may be either's. Read only for a character whose relations clash."""
    two = said_to_be_two(context)
    if not two:
        return False
    finder = context.manuscript.finder
    cluster = finder.clusters.get(name)
    forms = cluster.forms if cluster is not None else (name,)
    return any(word in two for form in forms if form in finder.forms
               for word in finder.forms[form].words)


# A relation seen from the other side, by the other one's sex: "Refugio is Tomás's wife" —
# "Tomás is Refugio's husband".
_INVERSE = {
    "wife": ("husband", "wife"), "husband": ("husband", "wife"),
    "mother": ("son", "daughter"), "father": ("son", "daughter"),
    "son": ("father", "mother"), "daughter": ("father", "mother"),
    "brother": ("brother", "sister"), "sister": ("brother", "sister"),
    "aunt": ("nephew", "niece"), "uncle": ("nephew", "niece"),
    "nephew": ("uncle", "aunt"), "niece": ("uncle", "aunt"),
    "grandmother": ("grandson", "granddaughter"), "grandfather": ("grandson", "granddaughter"),
    "grandson": ("grandfather", "grandmother"), "granddaughter": ("grandfather", "grandmother"),
    "cousin": ("cousin", "cousin"),
    "brother-in-law": ("brother-in-law", "sister-in-law"),
    "sister-in-law": ("brother-in-law", "sister-in-law"),
    "father-in-law": ("son-in-law", "daughter-in-law"),
    "mother-in-law": ("son-in-law", "daughter-in-law"),
    "son-in-law": ("father-in-law", "mother-in-law"),
    "daughter-in-law": ("father-in-law", "mother-in-law"),
    "ex-husband": ("ex-husband", "ex-wife"), "ex-wife": ("ex-husband", "ex-wife"),
}


def _inverse(relation: str, sex: str | None) -> str | None:
    """The relation the other one has, by their sex ("m", "f"); None when it is unknown."""
    pair = _INVERSE.get(relation)
    if pair is None or sex not in ("m", "f"):
        return None
    return pair[0] if sex == "m" else pair[1]


def _drift(context: CheckContext, found: list[Relation]) -> tuple[Relation, Relation] | None:
    """The first two relations, in reading order, that one character cannot both have."""
    for i, first in enumerate(found):
        for second in found[i + 1 :]:
            if first.sentence.order == second.sentence.order and first.at != second.at:
                # One sentence that names two relatives of one person by two relations ("her
                # daughter Lhamo, who is six, and Choedon's new husband Wangdu") tells of
                # two people, whatever one name the cast gives them: no sentence says both.
                continue
            if first.relation == second.relation and first.relation in ONE_SIDE and (
                _of_both_parents(first.anchor, second.anchor)
            ):
                return first, second  # "my maw's da", then "my da's da"
            relations = _of_one_anchor(context, first, second)
            if relations is None or relations[0] == relations[1]:
                continue
            if frozenset(relations) in _IN_TIME or (
                _plain_kin(relations[0]) == _plain_kin(relations[1])
            ):
                continue  # "her fiancé Leo", later "her husband Leo"; "stepbrother", "brother"
            return first, second
    return None


def _of_one_anchor(context: CheckContext, first: Relation, second: Relation
                   ) -> tuple[str, str] | None:
    """The two relations as said of one anchor, or None when their anchors are two people. A
    relative of one's parent is told as one's own where the family has a word for it: the
    sister of the narrator's mother ("my mother's sister Rosa") is the narrator's aunt ("my
    aunt Rosa"), her mother the narrator's grandmother."""
    if _same_anchor(context, first.anchor, second.anchor):
        return first.relation, second.relation
    ones, others = first.relation, second.relation
    parent = PARENTS_ANCHOR.fullmatch(first.anchor)
    if parent is not None and _same_anchor(context, parent.group("owner"), second.anchor):
        ones = THROUGH_PARENT.get(ones, "")
    else:
        parent = PARENTS_ANCHOR.fullmatch(second.anchor)
        if parent is None or not _same_anchor(context, first.anchor, parent.group("owner")):
            return None
        others = THROUGH_PARENT.get(others, "")
    return (ones, others) if ones and others else None


def _plain_kin(relation: str) -> str:
    """A step- or half-relation as the plain word, which a family calls it by ("My brother
    Misha," of her stepbrother)."""
    for prefix in ("step-", "half-", "step", "half"):
        if relation.startswith(prefix) and len(relation) > len(prefix) + 2:
            return relation[len(prefix) :]
    return relation


def _of_both_parents(first: str, second: str) -> bool:
    """Whether two anchors are one person's mother and that person's father."""
    one, other = PARENTS_ANCHOR.fullmatch(first), PARENTS_ANCHOR.fullmatch(second)
    return one is not None and other is not None and one.group("owner") == other.group(
        "owner") and one.group("parent") != other.group("parent")


def _same_anchor(context: CheckContext, first: str, second: str) -> bool:
    """Whether two anchors are one person: names by their first word ("Mr." names by the
    last), a parent of someone ("the narrator's mother") only by the whole."""
    if PARENTS_ANCHOR.fullmatch(first) or PARENTS_ANCHOR.fullmatch(second) or (
        first.startswith("the ") or second.startswith("the ")
    ):
        return first == second  # (one the story calls by a role, "the lurah", by the whole)
    if not context.same_name(_first_word(first), _first_word(second)):
        return _name_turned_round(first, second)
    sexes = {wordlists().title_sex(name.split()[0].rstrip(".")) for name in (first, second)}
    if {"m", "f"} <= sexes:
        return False  # "Mr. Darko" and "Mrs. Akosua Darko": a family, two people
    # Two full names that open on one word that is no given name and end differently are two
    # of a family written family name first ("Matsuda Hiroshi", "Matsuda Kenji") — while
    # "Sofie Laurent" and "Sophie Dumas" may be one woman with two surnames.
    one, other = first.split(), second.split()
    return not (len(one) > 1 and len(other) > 1 and one[0] == other[0]
                and one[0] not in wordlists().first_names
                and not context.same_name(one[-1], other[-1]))


def _name_turned_round(first: str, second: str) -> bool:
    """Whether two full names are one name written family name first and given name first:
    "Vo Thi Hanh", who "became Hanh Vo" in America (the middle name left off)."""
    one, other = first.split(), second.split()
    return len(one) > 1 and len(other) > 1 and one != other and (
        one[0] == other[-1] and one[-1] == other[0])


def _first_word(name: str) -> str:
    if name == NARRATOR:
        return name
    return name.replace(".", "").split()[-1] if name.startswith(("Mr", "Mrs", "Miss")) else (
        name.split()[0]
    )


def _describe(relation: Relation) -> str:
    if relation.anchor == NARRATOR:
        return f"the narrator's {relation.relation}"
    if relation.relation == STRANGER:
        return f"a stranger introduced to {relation.anchor}"
    return f"{relation.anchor}'s {relation.relation}"


def _finding(context: CheckContext, name: str, first: Relation, second: Relation) -> Finding:
    sentence = context.manuscript.sentence_span
    return contrast(context, RULE, name,
                    (sentence(first.sentence), _describe(first)),
                    (sentence(second.sentence), _describe(second)),
                    subject=f"{name} is", focus=(first.at, second.at))
