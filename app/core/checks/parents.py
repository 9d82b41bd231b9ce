"""Who a character's mother or father is by name, so that "her mother" and "Noriko's mother"
can be read as the named parent by the checks that compare what is said of a character.

A story names a parent in these ways that this reads:
- beside the name, as relation_drift reads relations: "her mother, Fumie", "Fumie, her
  mother", "Noriko's mother Fumie";
- as "her mother" (or "Mam") opening one sentence and, opening the very next, a full name said
  in full there for the first time that shares the child's family name: "Her mother was in the
  kitchen when they arrived. Fumie Hayashi had never been a woman who embraced people." —
  or whose given name is the child's second name, as Ethiopian and Eritrean names go
  ("Abba is at the corner table. Getachew Alemu is sixty-six", Selamawit Getachew's father);
- as the last person a sentence tells of, then the titled family name that says the next
  line of speech: "…until their mother knocked it off. / 'Not at my table,' said Frau
  Großmann."
- as the name "her mother's name" is said to be: "My mother's name was Philomena";
- of the teller's relative a family word the story borrows and glosses stands for, as the one
  name the narration says it was: "my chuchu, my mother's mother" … "My chuchu was born Rosa".
A parent is known only when one name answers for that child; two answers leave it unknown.
So is the parent a family word alone stands for ("Abba"): the one name it is introduced by.
The words for a parent are a word list (resources/wordlists/parent_words.txt).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from app.core.checks.base import CheckContext
from app.core.checks.cues import CueWords, cue_sentences, in_quotes, neighbour, quote_open
from app.core.checks.mentions import PRONOUN_GENDER, Mention, MentionIndex
from app.core.checks.referents import REACH, glossed_kin, mention_at, narrator, referent
from app.core.forms import SAID_VERBS
from app.core.manuscript import SentenceView
from app.core.names import family_name_first
from app.core.text import CAPITAL, FAMILY_TITLES, UNMARRIED_TITLES
from app.core.wordlists import wordlists

RULE = "parents"
# Where a run keeps whom each borrowed family word names (`_glossed_named`).
_GLOSSED_MEMO = "parents.glossed_named"
PARENT_WORDS = wordlists().parent_words
"""A word for a mother or a father, in lower case -> the parent it names."""
_SEX = {"mother": "f", "father": "m"}
_WORDS = "|".join(sorted(PARENT_WORDS, key=len, reverse=True))
_OWNER = rf"(?P<owner>(?i:her|his|their|my)|(?P<named>{CAPITAL}[\w'’-]*)(?:'s|’s))"
# "Her mother" or "Noriko's mother" opening a sentence, and its parent word; or a parent
# called by a family word ("Then Mam surprised them all.").
_OPENING = re.compile(
    rf"^\W*(?:{_OWNER}\s+(?P<kin>(?i:{_WORDS}))\b(?!-)|(?:(?:Then|And|But|So|Now)\s+)?"
    rf"(?P<called>{'|'.join(word.capitalize() for word in PARENT_WORDS)})\b(?!['’]s))")
# A parent word and its owner anywhere in a sentence ("…, and Noriko's mother, at eighty-two").
_KIN = re.compile(rf"\b{_OWNER}\s+(?P<kin>(?i:{_WORDS}))\b(?!-)")
_CUE_WORDS = CueWords(PARENT_WORDS)
# The family titles a parent may go by ("Mrs. Prosser", "Herr Großmann"), not a daughter's
# ("Fräulein Käthe Großmann").
_PARENTS_TITLES = FAMILY_TITLES - UNMARRIED_TITLES
_MEMO = "parents"


def parent_of(context: CheckContext, owner: str, kin: str) -> str | None:
    """The name of `owner`'s mother or father (`kin` is a word of PARENT_WORDS), when the
    story names one and only one."""
    return _tables(context)[0].get((owner, PARENT_WORDS.get(kin.lower(), "")))


def called_parent(context: CheckContext, word: str) -> str | None:
    """The name of the parent a story calls by a family word alone ("Abba", "Mam"), when it
    names one and only one right after a sentence that opens on the word ("Abba is at the
    corner table. Getachew Alemu is sixty-six years old")."""
    return _tables(context)[1].get(word.lower())


def _tables(context: CheckContext) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """(child, parent word) -> parent, and family word -> parent (see `_parents`); kept for
    the run."""
    tables = context.shared.get(_MEMO)
    if tables is None:
        tables = context.shared[_MEMO] = _parents(context)
    return tables


def kin_subject(
    context: CheckContext, view: SentenceView, text: str, before: int
) -> tuple[str | None, int] | None:
    """Whom a sentence is about when its subject before `before` (where a value is told) is
    "her mother" or "Noriko's mother": the named parent (None when the story names none) and
    where the phrase ends in `text`; None when no such phrase is the subject — it must open
    the sentence or end right where the value begins (", at eighty-two")."""
    matches = list(_KIN.finditer(text, 0, before))
    found = matches[-1] if matches else None
    if found is None or (text[found.end() : before].strip() and text[: found.start()].strip(
        "\"“”‘’'( ")):
        return None
    owner = _owner(context.mentions, view, found)
    parent = None if owner is None else parent_of(context, owner, found.group("kin"))
    if parent is None and owner is not None and found.group("owner").lower() == "my":
        # "My father" the story never names is still one man all through the narrator's
        # chapters.
        parent = f"{owner}'s {PARENT_WORDS[found.group('kin').lower()]}"
    return parent, found.end()


def relative_named(context: CheckContext, view: SentenceView, match: re.Match[str]) -> str | None:
    """The name of the relative a sentence calls "her mother" (`match` opens it, with its
    group "kin") or by a family word ("thought of Daddy", group "called"): a parent the story
    names, or another relative the teller calls "my grandmother" whom the story names beside the
    word; None for any other relative, or one it does not name. Whose "Daddy" it is: the
    character the sentence is about, named first in it, else the one named last before."""
    if "called" not in match.re.groupindex:
        kin = match.group("kin").lower()
        if kin not in PARENT_WORDS:
            # "It was my grandmother who settled it": the one the story names beside the word
            # as the teller's ("my grandmother, Bi Zawadi"), when it names one alone.
            index = context.mentions
            owner = match.groupdict().get("owner") or ""
            if owner.lower() != "my" or in_quotes(view, view.start + match.start("owner")):
                return None
            return _relative_of(context, narrator(index, view), kin) or (
                _glossed_named(context, kin))
        found = kin_subject(context, view, context.mentions.text(view), match.end())
        return found[0] if found is not None else None
    word = match.group("called").lower()
    if word not in PARENT_WORDS:
        return None
    index = context.mentions
    named = [m.cluster.name for m in index.in_sentence(view) if not m.run.possessive]
    owner = named[0] if named else referent(index, view, None)
    return parent_of(context, owner, word) if owner else None


def _glossed_named(context: CheckContext, word: str) -> str | None:
    """The one name the narration says the teller's relative a borrowed family word stands
    for was, is, was born or was called (`glossed_kin`): "My chuchu was born Rosa Painemal
    Cayupán"; None for a word the story does not gloss, or where it says two names."""
    manuscript = context.manuscript
    if word not in glossed_kin(manuscript):
        return None
    memo = manuscript.run_memo(_GLOSSED_MEMO)
    if word not in memo:
        memo[word] = _said_to_be(context, word)
    return memo[word]


def _said_to_be(context: CheckContext, word: str) -> str | None:
    """`_glossed_named`, read from the whole story."""
    manuscript, index = context.manuscript, context.mentions
    said = re.compile(rf"\b(?i:my)\s+{re.escape(word)}\s+(?:was|is)\s+"
                      rf"(?:(?:born|named|called|christened|baptised|baptized)\s+)?(?={CAPITAL})")
    found: set[str] = set()
    for view in manuscript.sentences():
        text = index.text(view)
        for told in said.finditer(text):
            named = mention_at(index, view, view.start + told.end())
            if named is not None and not in_quotes(view, view.start + told.start()):
                found.add(named.cluster.name)
    return found.pop() if len(found) == 1 else None


def _relative_of(context: CheckContext, anchor: str, kin: str) -> str | None:
    """The one character the story states is `anchor`'s `kin` ("grandmother") beside a name,
    as relation_drift reads relations; None where it states none, or two."""
    from app.core.checks.relations import stated_relations

    found = {relative for relative, relations in stated_relations(context).items()
             if any(relation.relation == kin and relation.anchor == anchor
                    for relation in relations)}
    return found.pop() if len(found) == 1 else None


def _owner(index: MentionIndex, view: SentenceView, match: re.Match[str]) -> str | None:
    """The character "her"/"his" or the possessive name before a parent word stands for."""
    named = match.group("named")
    if named is None and match.group("owner").lower() == "my":
        # The narrator's, outside speech; inside it, the speaker's, whom this does not seek.
        return None if in_quotes(view, view.start + match.start("owner")) else narrator(
            index, view)
    if named is None:
        gender = PRONOUN_GENDER.get(match.group("owner").lower())
        found = referent(index, view, gender)
        if found is None:
            # "Her mother listened, her eyes on Käthe's face", no one named for a while before:
            # the one of her sex the sentence names.
            found = next((m.cluster.name for m in index.in_sentence(view)
                          if index.genders.get(m.cluster.name) == gender), None)
        return found
    found = mention_at(index, view, view.start + match.start("named"))
    return found.cluster.name if found is not None else None


def _parents(context: CheckContext) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """(child, "mother"/"father") -> the parent's name, and a family word a parent is called
    by -> the parent's name: each where the story gives one name alone."""
    from app.core.checks.relations import stated_relations

    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    called: dict[str, set[str]] = defaultdict(set)
    for relative, relations in stated_relations(context).items():
        for relation in relations:
            kin = PARENT_WORDS.get(relation.relation)
            if kin is not None and relation.anchor:
                named[(relation.anchor, kin)].add(relative)
    index = context.mentions
    for view, opening in cue_sentences(context.manuscript, RULE, _parent_in, _CUE_WORDS):
        word = (opening.group("kin") or opening.group("called")).lower()
        owner = (opening.group("owner") or "").lower()
        named_as = _NAME_WAS.match(index.text(view), opening.end()) if opening.group(
            "kin") else None
        if named_as is not None:
            # "My mother's name was Philomena": the name said right after.
            at = view.start + named_as.end()
            parent = next((m for m in index.in_sentence(view) if m.span.start == at), None)
            child = _owner(index, view, opening)
            if parent is not None and child is not None and child != parent.cluster.name:
                named[(child, PARENT_WORDS[word])].add(parent.cluster.name)
            continue
        if owner == "my":
            continue  # the narrator's parents are named beside the word ("my father, Sabri")
        owner_sex = PRONOUN_GENDER.get(owner) if not opening.group("named") else None
        found = _introduced(index, view, opening, PARENT_WORDS[word], owner_sex)
        if found is not None:
            owner, parent = found
            named[(owner, PARENT_WORDS[word])].add(parent)
            if opening.groupdict().get("called"):
                called[word].add(parent)
    return ({key: names.pop() for key, names in named.items() if len(names) == 1},
            {word: names.pop() for word, names in called.items() if len(names) == 1})


# "My mother's name was ": the parent's name follows.
_NAME_WAS = re.compile(r"['’]s\s+(?:(?:first|given|Christian|real)\s+)?name\s+(?:was|is)\s+")
# "…," said Frau Großmann: a speaker named after the words said.
_SAID_BEFORE = re.compile(rf"[,!?…—-][\"”]\s+(?:{'|'.join(sorted(SAID_VERBS))})\s+$")


def _next_sentence(index: MentionIndex, view: SentenceView) -> tuple[str, int] | None:
    """The text of the sentence after `view` in reading order, in its paragraph or the next
    one of the chapter, and where it starts in the document."""
    parsed = view.paragraph
    if parsed is None:
        return None
    if view.number + 1 < len(parsed.sentences):
        sentence = parsed.sentences[view.number + 1]
        return parsed.text[sentence.start : sentence.end], view.base + sentence.start
    found = neighbour(index.manuscript, view, 1)
    if found is None or found[1].start != view.order + 1:
        return None
    placed, _orders = found
    sentence = placed.parsed.sentences[0]
    return placed.parsed.text[sentence.start : sentence.end], placed.base + sentence.start


def _parent_in(text: str) -> re.Match[str] | None:
    """A sentence's parent word: the one that opens it ("Her mother was…", "Then Mam…"), else
    its last ("…until their mother knocked it off")."""
    opening = _OPENING.match(text)
    if opening is not None:
        return opening
    found = list(_KIN.finditer(text))
    return found[-1] if found else None


def _introduced(
    index: MentionIndex, view: SentenceView, opening: re.Match[str], kin: str,
    owner_sex: str | None,
) -> tuple[str, str] | None:
    """(child, parent) when the sentence after one about "her mother" (or "Mam") names her:
    - it opens on a full name the story gives that character for the first time ("Her mother
      was in the kitchen. Fumie Hayashi had never…"), where the parent word opens the first;
    - or it is speech said by a titled family name, the parent word being the last person
      the first sentence tells of ("…until their mother knocked it off. / 'Not at my table,'
      said Frau Großmann.");
    of the parent's sex or none known, sharing the family name of a character (of
    `owner_sex`, when known) named in the last sentences — or, said in full, having as given
    name that character's second name: the nearest such is the child."""
    following = _next_sentence(index, view)
    if following is None:
        return None
    text, start = following
    mentions = index.by_sentence[view.order + 1]
    if not mentions:
        return None
    first: Mention = mentions[0]
    words = first.run.words
    at = first.span.start - start
    patronym = ""
    if opening.start() <= 1 and at <= 1 and len(words) >= 2 and not first.run.possessive:
        if next(m for m in index.by_cluster[first.cluster.name]
                if len(m.run.words) > 1) is not first:
            return None  # named in full before: not introduced here
        given = words[-1] if family_name_first(words) else words[0]
        family_words = set(words) - {given}
        # Where a child's second name is the father's given name (Ethiopian and Eritrean
        # names: Selamawit Getachew is the daughter of Getachew Alemu), that is the family
        # name the two share.
        patronym = given
    elif (_SAID_BEFORE.search(text, 0, at) and first.run.title.rstrip(".") in FAMILY_TITLES
          and not quote_open(text[:at]) and not any(
              m.span.start - view.start > opening.end() for m in index.in_sentence(view))):
        family_words = set(words)
    else:
        return None
    parent = first.cluster.name
    if index.genders.get(parent) not in (_SEX[kin], None):
        return None
    forms = index.manuscript.finder.forms

    def of_family(mention: Mention) -> bool:
        name = mention.cluster.name
        if name == parent or mention.run.title.rstrip(".") in _PARENTS_TITLES or (
            owner_sex and index.genders.get(name) not in (owner_sex, None)
        ):
            return False  # "Mrs. Prosser" names the family, not a child of it
        return any(not family_words.isdisjoint(forms[form].words) or (
            len(forms[form].words) > 1 and forms[form].words[-1] == patronym)
            for form in mention.cluster.forms)

    for earlier in [index.in_sentence(view), *index.before(view, REACH)]:
        for mention in earlier:
            if of_family(mention):
                return mention.cluster.name, parent
    # "Then Mam surprised them all": the one whose mother she is may not have been named for
    # a while — the character of that family the chapter has named most so far.
    chapter = index.orders_of(view.document)
    counts = Counter(mention.cluster.name for order in range(chapter.start, view.order)
                     for mention in index.by_sentence[order] if of_family(mention))
    return (counts.most_common(1)[0][0], parent) if counts else None
