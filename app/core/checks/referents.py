"""Whom an object pronoun or a form of address points at, for the contradiction checks.

`MentionIndex.resolve` answers for a pronoun that opens a sentence: the last character named.
An object pronoun ("she would never have taken him for…") or a form of address ("Well,
Mr. Adebayo," she said) points rather at the one the last lines were about — the subject of
"Tunde found Chidi on the balcony", who is named first, not its object. And a "she" that goes
on from "Her mother was waiting at the top of the stairs" means the mother, whom no name
stands for (`unnamed_relative`) — so does "My chuchu sat by the fire", in a story that glosses
the borrowed family word beside it ("my chuchu, my mother's mother": `glossed_kin`). Speech
is said to the one named nearest it who is not its speaker (`addressee`); when a "she" says
it, to the one the sentence before has that "she" look at or speak to ("She looked at Lucía.
/ 'You have his eyes,' she said").
"""

from __future__ import annotations

import re
from functools import cache

from app.core.checks import letters
from app.core.checks.base import CheckContext
from app.core.checks.cues import in_quotes, neighbour, quote_open, sentence_at
from app.core.checks.mentions import (
    PERSON_NOUN_GENDER,
    PRONOUN_GENDER,
    Mention,
    MentionIndex,
    said_in_speech,
)
from app.core.checks.story_time import heading_of
from app.core.entities import Cluster
from app.core.manuscript import Manuscript, SentenceView
from app.core.model import EntityKind
from app.core.names import ELDER_BYNAMES, GENERATIONS, YOUNGER_BYNAMES, without_epithet
from app.core.parsing import PlacedParagraph
from app.core.text import CAPITAL
from app.core.variants import capitalised_words, vocative
from app.core.wordlists import wordlists

# How far back (in sentences) the character is looked for; the same reach as `resolve`.
REACH = 6
# Whom "my" stands for outside speech: the one telling the story, when no chapter heading
# names who tells it.
NARRATOR = "the narrator"
_NARRATORS_MEMO = "referents.narrators"
_HEADING_WORD = re.compile(rf"{CAPITAL}[\w'’-]+")


def referent(
    index: MentionIndex, view: SentenceView, gender: str | None, exclude: str = "",
    another_before: bool = False,
) -> str | None:
    """The character of `gender` ("m", "f" or None for either) named first in the nearest
    sentence before `view` (same chapter) that names one; a character of unknown gender
    when none of that gender is named there. `exclude` is a name never returned. With
    `another_before`, none when that sentence has a "she" (or "he") of `gender` before the
    name outside speech: "she stood over the basin while Haruko poured" tells of a woman who
    is not Haruko, whom the pronoun goes on about."""
    for earlier in index.before(view, REACH):
        mentions = [m for m in earlier if not m.run.possessive and m.cluster.name != exclude]
        for wanted in (gender, None) if gender else (None,):
            for mention in mentions:
                known = index.genders.get(mention.cluster.name)
                if known == wanted or (gender is None and wanted is None):
                    if another_before and gender and pronoun_before(index, mention, gender):
                        return None
                    return mention.cluster.name
    return None


# The pronoun a subject of each sex is: "she", "he".
SUBJECT_PRONOUN = {"m": "he", "f": "she"}
_SUBJECT_PRONOUN_WORD = {gender: re.compile(rf"\b{word}\b", re.IGNORECASE)
                         for gender, word in SUBJECT_PRONOUN.items()}


def pronoun_before(index: MentionIndex, mention: Mention, gender: str) -> bool:
    """Whether a subject pronoun of `gender` stands before the mention in its sentence,
    outside speech, with no one else of that sex named before it there: in "Tex rolled
    cigarettes he never smoked, and the Swede read his mail" the "he" is Tex, not someone
    the sentence goes on about. (An owner does not count: in "Ti-Jean's father had scalded
    his arm before he left" the "he" is the father.)"""
    sentence = mention.sentence
    text = index.text(sentence)
    named = [m.span.end - sentence.start for m in index.in_sentence(sentence)
             if m.span.end <= mention.span.start and m.cluster is not mention.cluster
             and not m.run.possessive and index.genders.get(m.cluster.name) == gender]
    return any(not in_quotes(sentence, sentence.start + found.start())
               and not any(end <= found.start() for end in named)
               for found in _SUBJECT_PRONOUN_WORD[gender].finditer(
                   text, 0, mention.span.start - sentence.start))


@cache
def _relative_opening() -> re.Pattern[str]:
    """A sentence opening on a relative the sentence does not name: "Her mother was…", "His
    older brother came…", "Élodie's father filled the doorway" — or setting that relative
    first by "It was … who" ("It was my grandmother who settled it"), as its subject."""
    kin = "|".join(sorted(wordlists().kinship, key=len, reverse=True))
    return re.compile(rf"^\W*(?P<cleft>It\s+was\s+)?"
                      rf"(?P<owner>(?i:her|his|their|my|our|your)|{CAPITAL}[\w'’-]*['’]s)\s+"
                      rf"(?:[a-z][\w-]*\s+)?(?P<kin>{kin})\b(?!['’]s|-)"
                      r"(?(cleft)(?=\s+who\b))")


_PRONOUN_OPENING = re.compile(r"^\W*(?:she|he|her|his)\b", re.IGNORECASE)
# A line of talk and nothing else ('"Let them take it again."'): the talk goes on.
_SPEECH_ONLY = re.compile(r"\s*[\"“][^\"“”]*[\"”]\s*")


@cache
def _said_by_relative() -> re.Pattern[str]:
    """Talk put down to a relative no name stands for, after the quotation: '"They've taken
    it," said my grandmother.' (with groups "owner" and "kin", as `_relative_opening`)."""
    kin = "|".join(sorted(wordlists().kinship, key=len, reverse=True))
    return re.compile(r"[,!?…—-][\"”]\s+(?:said|says|asked|asks|answered|replied)\s+"
                      r"(?P<owner>(?i:her|his|my|our))\s+(?:[a-z][\w-]*\s+)?"
                      rf"(?P<kin>{kin})\b(?!['’]s|-)")


@cache
def _called(gender: str) -> re.Pattern[str]:
    """A family word of that sex said as a name ("thought of Daddy on his bicycle")."""
    words = sorted((word for word, sex in wordlists().family_word_gender.items()
                    if sex == gender), key=len, reverse=True)
    return re.compile(rf"(?<![\w'’-])(?P<called>{'|'.join(map(re.escape, words))})"
                      rf"(?![\w'’-])")


def past_another(index: MentionIndex, view: SentenceView, cluster: Cluster,
                  gender: str, owners_only: bool = False) -> Cluster | None:
    """Whom a "she" or "her" means that would go back to `cluster`, when the sentence naming
    it last has a "she" before the name, someone else ("the morning she was sleeping, and
    Tessie left it on the pillow. It is from her brother Nestor"): the one that "she" stands
    for, the owner of a possessive too ("a letter in the pocket of Cora's cardigan"). With
    `owners_only`, only when that last naming is an owner's ("…she came to me with Miss
    Pruitt's book")."""
    last = next((m for mentions in index.before(view, REACH) for m in reversed(mentions)
                 if m.cluster is cluster), None)
    if last is None or (owners_only and not last.run.possessive) or not pronoun_before(
            index, last, gender):
        return cluster
    # That "she" goes on from the sentence before's subject ("Kari is eleven and taller than
    # Bestemor. This morning she came…"), else the last one of her sex named.
    opener = opening_mention(index, last.sentence)
    other = opener.cluster if opener is not None and index.genders.get(
        opener.cluster.name) in (gender, None) else index.resolve(
        last.sentence, SUBJECT_PRONOUN[gender])
    return other if other is not None and other is not cluster else cluster


def unnamed_relative(
    index: MentionIndex, view: SentenceView, gender: str
) -> tuple[SentenceView, re.Match[str]] | None:
    """The sentence, and its opening, that a "she"/"he" (or "her"/"his") opening `view` goes
    on from when it is about a relative no name stands for: "Her mother was waiting at the top
    of the stairs. She was fifty-eight." Sentences opening on a pronoun of that sex, and lines
    of talk alone, carry the line back, and talk put down to the relative ('"…," said my
    grandmother') tells it as an opening does; a sentence naming someone of that sex, or of no
    known sex, ends it — unless a family word of that sex said as a name comes after ("Siobhán
    thought of Daddy on his bicycle. He had been eighty-three."): then that match, with its
    group "called", is returned, where an opening's has "kin"."""
    manuscript = index.manuscript
    kin_gender = wordlists().kinship_gender
    earlier = view
    for _ in range(REACH):
        earlier = sentence_at(manuscript, view.document, earlier.start - 1)
        if earlier is None or earlier.end > view.start:
            return None
        text = index.text(earlier)
        named = [m for m in index.in_sentence(earlier) if not m.run.possessive
                 and index.genders.get(m.cluster.name) in (gender, None)]
        calls = list(_called(gender).finditer(text))
        called = calls[-1] if calls else None
        if called is not None and not quote_open(text[: called.start()]) and all(
            m.span.end - earlier.start <= called.start() for m in named
        ):
            # "…thought of Daddy on his bicycle. He had been eighty-three.": the father.
            return earlier, called
        if named:
            return None
        glossed = glossed_kin(manuscript)
        opening = _relative_opening().match(text) or _said_by_relative().search(text) or (
            _glossed_opening(glossed, text))
        if opening is not None:
            # ('"They've already taken it," said my grandmother. … / She was fifty-three.':
            # the one who spoke, whom the narration after the talk goes on about.)
            kin = opening.group("kin").lower()
            return (earlier, opening) if (kin_gender.get(kin) or glossed.get(kin)) == (
                gender) else None
        if _PRONOUN_OPENING.match(text) is None and not _SPEECH_ONLY.fullmatch(text):
            return None
    return None


# Where a run keeps the family words its story glosses (`glossed_kin`).
_GLOSSED_MEMO = "referents.glossed_kin"
# A lower-case word after "my", glossed right after it by an English kinship word: "my chuchu,
# my mother's mother", "my ñuke, my mother".
_GLOSS = re.compile(r"\b(?i:my)\s+(?P<word>[^\W\d_]+),\s+(?i:my)\s+"
                    r"(?:(?:mother|father)['’]s\s+)?(?P<kin>[a-z-]+)\b")
# How common in everyday English a glossed word may be and still be a borrowed family word
# (not "my dear, my mother said", "my love, my wife"): rarer than this on the Zipf scale.
_BORROWED = 3.0


def glossed_kin(manuscript: Manuscript) -> dict[str, str]:
    """The family words a story borrows from another language and glosses once, beside them,
    by an English kinship word ("my chuchu, my mother's mother", "my chaw, my father"), each
    with the sex the gloss gives: in that story "My chuchu sat by the fire. She was ninety-one"
    goes on about a relative as "My grandmother sat…" would. No everyday English word, and no
    word glossed as of both sexes."""
    found: dict[str, str] | None = manuscript.shared.get(_GLOSSED_MEMO)
    if found is None:
        lists = wordlists()
        sexes: dict[str, set[str]] = {}
        for word, kin in _glosses(manuscript):
            if word.islower() and kin in lists.kinship_gender and (
                    word not in lists.kinship and lists.frequency(word) < _BORROWED):
                sexes.setdefault(word, set()).add(lists.kinship_gender[kin])
        found = manuscript.shared[_GLOSSED_MEMO] = {
            word: sex.pop() for word, sex in sexes.items() if len(sex) == 1}
    return found


# Each document's glosses (`_GLOSS`), kept by (document id, text) between runs.
_GLOSSES_MEMO = "referents.glosses"


def _glosses(manuscript: Manuscript) -> list[tuple[str, str]]:
    """Every (word, kinship word) pair `_GLOSS` finds in the documents. Scanning every
    chapter's whole text cost a re-run more than the rest of the attribute check, yet what it
    finds depends on a document's text alone: an Analyzer's memo keeps it by the text, so
    after an edit only the edited chapter is scanned again."""
    def read(document: str) -> tuple[tuple[str, str], ...]:
        return tuple((gloss.group("word"), gloss.group("kin"))
                     for gloss in _GLOSS.finditer(manuscript.documents[document].text))

    return [pair for pairs in manuscript.document_memo(_GLOSSES_MEMO, read).values()
            for pair in pairs]


def _glossed_opening(glossed: dict[str, str], text: str) -> re.Match[str] | None:
    """A sentence opening on "My" and a family word the story glosses (`glossed_kin`): "My
    chuchu sat in the old place by the fire" — as `_relative_opening` reads "My grandmother…"."""
    if not glossed:
        return None
    words = "|".join(sorted(map(re.escape, glossed), key=len, reverse=True))
    return re.match(rf"^\W*(?P<owner>(?i:my))\s+(?P<kin>{words})\b(?!['’]s|-)", text)


@cache
def _relative_clause() -> re.Pattern[str]:
    """A clause opening on a relative the sentence does not name: "…, and her mother now wore
    her grey hair plainly", "; his father had…" (not "Anya kissed her mother")."""
    kin = "|".join(sorted(wordlists().kinship, key=len, reverse=True))
    return re.compile(rf"(?:[;:—–]|,?\s+(?:and|but|while|whereas|yet|so)\b)\s*"
                      rf"(?i:her|his|their|my|our|your)\s+(?:[a-z][\w-]*\s+)?"
                      rf"(?P<kin>{kin})\b(?!['’]s|-)")


def relative_after_names(index: MentionIndex, view: SentenceView, gender: str) -> bool:
    """Whether the sentence before `view` goes on, after every character of `gender` it
    names, to a clause about a relative of that sex no name stands for, outside speech: "…the
    black coil Anya remembered was gone, and her mother now wore her grey hair plainly. She
    was fifty-nine" may be the mother as well as Anya."""
    earlier = sentence_at(index.manuscript, view.document, view.start - 1)
    if earlier is None or earlier.end > view.start:
        return False
    text = index.text(earlier)
    last_named = max((m.span.end - earlier.start for m in index.in_sentence(earlier)
                      if index.genders.get(m.cluster.name) in (gender, None)), default=0)
    kin_gender = wordlists().kinship_gender
    return any(kin_gender.get(found.group("kin").lower()) == gender
               and not quote_open(text[: found.start()])
               for found in _relative_clause().finditer(text, last_named))


def mention_at(index: MentionIndex, view: SentenceView, offset: int) -> Mention | None:
    """The sentence's mention that covers document offset `offset`, if any."""
    for mention in index.in_sentence(view):
        if mention.span.start <= offset < mention.span.end:
            return mention
    return None


# "She …", "Then he …": the pronoun the sentence opens on, after a word of time or linking,
# or after a short phrase of place or circumstance put first ("In the lamplight his brown
# eyes…", "Out of his Indian suit he looked…").
LEADING_PRONOUN = re.compile(
    r"^\W*(?:(?:then|and|but|so|now|still|later|finally|again)\s+)?"
    # "Last night he looked up…", "That winter she…": a time put first
    r"(?:(?:last|that|this|next|every|each|one)\s+(?:night|morning|evening|afternoon|day|week|"
    r"month|year|winter|summer|spring|autumn|fall|time),?\s+)?"
    r"(?:(?:in|out\s+of|at|on|under|by|from|with|without|after|behind|beside|against)\s+"
    r"(?:the|a|an|his|her|this|that)(?:\s+[\w'’-]+){1,3}?,?\s+)?"
    r"(she|he|her|his)\b", re.IGNORECASE)

# Any pronoun of a third person: one in a sentence may stand for someone else than the one
# a "her" or "his" there is taken to mean.
THIRD_PERSON = re.compile(r"\b(?:she|he|her|his|him|hers|they|them|their)\b", re.IGNORECASE)
# "She" or "he" said to be what follows, read with search() up to it: "to the whole valley
# she was only Emee", "that she was seventy-one years of age".
PRONOUN_IS = re.compile(r"\b(she|he)\s+(?:was|is)\s+(?:only\s+|just\s+|simply\s+|always\s+|"
                        r"still\s+)?$", re.IGNORECASE)


def opening_mention(index: MentionIndex, view: SentenceView,
                    across_paragraphs: bool = False, after_phrase: bool = False
                    ) -> Mention | None:
    """The character the sentence before `view` (same paragraph) opens on as its subject —
    nothing before the name, title and all ("Tante Claire sat beside Hélène. She was
    seventy.") — not an owner, nor a name said in speech. With `across_paragraphs`, for a
    sentence opening a paragraph: the first person the paragraph before names ("In March
    Hélène walked up the rue de Rennes. … / She was fifty-three now."). With `after_phrase`,
    the name may come after a phrase that opens the sentence, set off by a comma and naming
    no one ("Behind the curtain, Ilse was awake. She was his aunt."): the main clause, and
    its subject, begin after that comma."""
    if view.number == 0:
        if not across_paragraphs:
            return None
        found = neighbour(index.manuscript, view, -1)
        if found is None:
            return None
        earlier = index.by_sentence[found[1].start]
    else:
        earlier = index.by_sentence[view.order - 1]
        if earlier and earlier[0].run.prev and not (
            after_phrase and _after_opening_phrase(index, view, earlier[0])
        ):
            return None
    if not earlier:
        return None
    first = earlier[0]
    if first.run.possessive or said_in_speech(first):
        return None
    return first


# A phrase that opens a sentence, set off by a comma right before the name that follows:
# "Behind the curtain that divided the room, " — no speech, no other clause's comma.
_OPENING_PHRASE = re.compile(r"^\s*[A-Z][^,;:\"“”‘’]*,\s*$")


def _after_opening_phrase(index: MentionIndex, view: SentenceView, first: Mention) -> bool:
    """Whether the sentence before `view` names `first` right after a phrase that opens it,
    set off by one comma, and goes on from the name without another comma (not "In the end,
    Ilse, you…", said to her, nor "Her uncle, Tomas, came", a relation set before the name)."""
    earlier = index.manuscript.sentence_list[view.order - 1]
    text = index.text(earlier)
    start = first.span.start - earlier.start
    return bool(_OPENING_PHRASE.match(text[:start])) and not re.match(
        r"\s*,", text[first.span.end - earlier.start :])


# Someone new and unnamed coming into a scene: "another rider", "a tall man in a grey coat",
# "the newcomer" — not "was not a man to…", which says what someone named is.
# Not "the way a man wears a borrowed coat", "as a man does": anyone at all.
NEWCOMER = "man|woman|boy|girl|gentleman|lady|rider|horseman|stranger|figure|youth|fellow"


_STRANGER = re.compile(
    r"(?<!\bwas\s)(?<!\bis\s)(?<!\bnot\s)(?<!\bsuch\s)(?<!\blike\s)(?<!\bas\s)(?<!\bthan\s)"
    r"(?<!\bof\s)(?<!\bway\s)(?<!\bhow\s)(?<!\bif\s)(?<!\bwhen\s)(?<!\bwhat\s)"
    rf"\b(?:(?i:a|an|another)\s+(?:[a-z-]+,?\s+){{0,3}}?(?P<noun>{NEWCOMER})|"
    r"(?i:the|a|another)\s+(?P<new>newcomer|stranger|new\s+arrival))\b"
    r"(?!['’]s)")


def stranger_since_named(index: MentionIndex, view: SentenceView, gender: str,
                         stranger: re.Pattern[str] = _STRANGER) -> bool:
    """Whether the paragraph, before the sentence at `view`, brings in someone unnamed of
    `gender` (or of either sex) after the last character it names: a pronoun then means the
    stranger, not whoever was named before. `stranger` says how one is brought in, its
    group "noun" the word for them (none for "the newcomer")."""
    paragraph = view.paragraph
    if paragraph is None:
        return False
    since = max((m.span.end for m in index.earlier_in_paragraph(view)),
                default=view.base) - view.base
    for match in stranger.finditer(paragraph.text, since, view.start - view.base):
        noun = match.group("noun")
        if noun is None or PERSON_NOUN_GENDER.get(noun.lower()) in (None, gender):
            return True
    return False


# Speech said by a pronoun: '"You have his eyes," she said'.
ATTRIBUTION = re.compile(r"""[,!?]["”]\s+(she|he)\s+(?:says|said|tells|told|replies|replied|"""
                         r"""answers|answered|snaps|snapped)\b""", re.IGNORECASE)
# A sentence whose subject is a pronoun, "She looked at Lucía a moment longer".
_OPENS_ON_PRONOUN = re.compile(r"\W*(she|he)\b", re.IGNORECASE)  # read with match()


# The pronouns a sentence goes on about someone of each sex by, as its object: "him", "her".
_OWN_OBJECT = {"m": re.compile(r"\bhim\b", re.IGNORECASE),
               "f": re.compile(r"\bher\b", re.IGNORECASE)}
# Verbs a sentence that opens on a place puts before its subject, last: "At the head of the
# table sat Nastavnik Ivan Ivanovich."
_SAT_LAST = frozenset({"sat", "stood", "knelt", "waited", "lay", "walked", "came"})


def chain_opener(index: MentionIndex, view: SentenceView, gender: str) -> str | None:
    """The character of `gender` a sentence of the paragraph opens on (or says the pronoun
    is: "he was Txomin"), when every sentence after it up to `view` opens on a pronoun of
    that sex: the chain goes on about them."""
    paragraph = view.paragraph
    if paragraph is None or view.number < 2:
        return None
    number = view.number - 1
    while number >= 0:
        sentence = paragraph.sentences[number]
        text = paragraph.text[sentence.start : sentence.end]
        opening = LEADING_PRONOUN.match(text)
        if opening is None and not index.by_sentence[view.order - view.number + number] and (
                _OWN_OBJECT[gender].search(text)) and _SUBJECT_PRONOUN_WORD[gender].search(text):
            # "The chapel had chosen him eight years before, and he had stopped telling people":
            # a sentence that names no one and goes on about him, as "him" and "he", keeps the
            # chain (not "Another rider drew up beside him", who brings in someone else).
            number -= 1
            continue
        if opening is None or opening.group(1).lower() not in ("she", "he") or (
            PRONOUN_GENDER[opening.group(1).lower()] != gender
        ):
            break  # not "Her grandmother's name was…", which brings in someone else
        number -= 1
    if number < 0 or number == view.number - 1:
        return None  # no chain: the sentence before does not open on the pronoun
    mentions = index.by_sentence[view.order - view.number + number]
    first = mentions[0] if mentions else None
    # The name the sentence opens on, or its subject put last ("Behind them, flaking down the
    # net, was Txomin. In the parish book he was Domingo…. He was…"), or the one it says "he"
    # is ("everywhere else he was Txomin").
    named_so = first is not None and ((first.run.prev in ("was", "is") and (
        first.run.prev2 == SUBJECT_PRONOUN[gender] or not first.run.next)) or (
        first.run.prev in _SAT_LAST and not first.run.next))
    if first is None or first.run.possessive or (first.run.prev and not named_so) or (
            said_in_speech(first)):
        return None
    return first.cluster.name if index.genders.get(first.cluster.name) in (gender, None) else None


def addressee(index: MentionIndex, view: SentenceView, reach: int = 3) -> str | None:
    """Whom the speech in `view` is said to: the character named (outside quotation marks)
    in the nearest paragraph around it who is not the speaker — the one named outside the
    quotation marks of the speech's own paragraph, if any. "Lupe looks her over. 'Your eyes
    are the same.'" / "Inés sits." — it is said to Inés. A speech said by "she" names its
    speaker nowhere: see `_looked_at`."""
    manuscript = index.manuscript
    here = neighbour(manuscript, view, 0)
    if here is None:
        return None
    speakers = {_first_word(m.cluster.name) for m in narrated(index, *here)}
    if not speakers:
        looked_at = _looked_at(index, view, here[0])
        if looked_at is not None:
            return looked_at
    for distance in range(1, reach + 1):
        for step in (-distance, distance):
            near = neighbour(manuscript, view, step)
            if near is None:
                continue
            for mention in narrated(index, *near):
                if _first_word(mention.cluster.name) not in speakers:
                    return mention.cluster.name
    return None


def _looked_at(index: MentionIndex, view: SentenceView, placed: PlacedParagraph) -> str | None:
    """The listener of speech said by "she" or "he" in a paragraph (`placed`, holding `view`)
    that names no one outside its quotation marks, when the sentence just before the
    paragraph has that pronoun for its subject and names one character after it, owner of
    nothing: "She looked at Lucía a moment longer. / 'You have his eyes,' she said." — Lucía
    is neither the "she" who looks nor the one who speaks, whoever else was named before."""
    said = ATTRIBUTION.search(placed.parsed.text)
    before = neighbour(index.manuscript, view, -1) if said is not None else None
    if said is None or before is None or not before[1]:
        return None
    paragraph, orders = before
    sentence = paragraph.parsed.sentences[-1]
    subject = _OPENS_ON_PRONOUN.match(paragraph.parsed.text, sentence.start, sentence.end)
    if subject is None or subject.group(1).lower() != said.group(1).lower():
        return None
    mentions = index.by_sentence[orders.stop - 1]
    named = {mention.cluster.name for mention in mentions}
    if len(named) != 1 or any(mention.run.possessive for mention in mentions):
        return None
    return named.pop()


def called_in_speech(index: MentionIndex, view: SentenceView, exclude: str = "") -> str | None:
    """The one character the speech of `view`'s paragraph calls by name, other than
    `exclude` ('"You are thirty-one years old, Grace."', '"Your cousin Stefán is a good boy,"
    she said. "But he is not you, Guðrun."'): whom it is said to."""
    here = neighbour(index.manuscript, view, 0)
    if here is None:
        return None
    placed, orders = here
    document = index.manuscript.documents[view.document].text
    called = {m.cluster.name for order in orders for m in index.by_sentence[order]
              if m.cluster.name != exclude and vocative(document, m.span)
              and quote_open(placed.parsed.text[: m.span.start - placed.base])}
    return called.pop() if len(called) == 1 else None


def narrated(index: MentionIndex, placed: PlacedParagraph, orders: range) -> list[Mention]:
    """The paragraph's mentions outside quotation marks (not names said in speech)."""
    text = placed.parsed.text
    found = []
    for order in orders:
        for mention in index.by_sentence[order]:
            if not quote_open(text[: mention.span.start - placed.base]):
                found.append(mention)
    return found


def _first_word(name: str) -> str:
    return name.split()[-1] if len(name.split()) > 1 and name.split()[0].endswith(".") else (
        name.split()[0]
    )


# How near (in sentences, either side) a full name must be to say whom a surname means.
_SCENE = 3


def in_scene(index: MentionIndex, view: SentenceView, name: str) -> str:
    """Whom a titled surname shared by two people means here ("Mr. Ashcombe", father and
    son): the one other full name of that surname the nearby sentences name, when the
    character `name` stands for is not named in full there too; else `name`."""
    cluster = index.manuscript.finder.clusters.get(name)
    if cluster is None or not cluster.forms:
        return name
    forms = index.manuscript.finder.forms
    surname = forms[cluster.forms[0]].words[-1]
    if any(len(forms[form].words) != 1 and form not in cluster.full_names
           for form in cluster.forms) or not all(
        forms[form].words[-1] == surname for form in cluster.forms
    ):
        return name
    others: set[str] = set()
    own = False
    chapter = index.orders_of(view.document)
    for order in range(max(chapter.start, view.order - _SCENE),
                       min(chapter.stop, view.order + _SCENE + 1)):
        for mention in index.by_sentence[order]:
            words = mention.run.words
            if len(words) < 2 or words[-1] != surname:
                continue
            if mention.cluster.name == name:
                own = True
            else:
                others.add(mention.cluster.name)
    return others.pop() if len(others) == 1 and not own else name


def shared_name(manuscript: Manuscript, name: str,
                besides: frozenset[str] = frozenset()) -> bool:
    """Whether a one-word name is a word of two or more other characters' names, each named
    at least twice ("Jim" of "Big Jim" and "Little Jim") or one of them a Senior or a Junior
    ("Arthur" of Arthur Louie Senior and Arthur Louie Junior): whom it means is unsure.
    The characters named `besides` are not counted: they carry it as someone else's."""
    if " " in name:
        return False
    holders = [cluster for cluster in manuscript.clusters(EntityKind.CHARACTER)
               if cluster.name != name and name in cluster.name.split()
               and cluster.name not in besides]
    if len(holders) < 2:
        return False
    # A Senior and a Junior are two people however seldom the story names them in full.
    return sum(len(c.mentions) >= 2 for c in holders) >= 2 or any(
        c.name.split()[-1] in GENERATIONS for c in holders)


def said_to_be_two(context: CheckContext) -> frozenset[str]:
    """Names the text says two people bear: "so there were now two Pyotrs in the house", "the
    two Linhs", "two José Luises". A name said alone, or a pet form of it, may then be either.
    Read once a run, when a check first asks."""
    found = context.shared.get(_TWO_MEMO)
    if found is None:
        manuscript = context.manuscript
        counts = capitalised_words(manuscript).counts
        found = context.shared[_TWO_MEMO] = frozenset(
            singular for plural in counts for singular in _singulars(plural)
            if singular in counts and _two_of(manuscript, plural))
    return found


def _singulars(plural: str) -> list[str]:
    """What a name in the plural may be the plural of: "Pyotrs", "José Luises", and the
    Portuguese "Conceições" of Conceição."""
    found = [plural[: -len(ending)] for ending in ("es", "s") if plural.endswith(ending)]
    if plural.endswith("ões"):
        found.append(plural[:-3] + "ão")
    return found


_TWO_MEMO = "referents.said_to_be_two"


def _two_of(manuscript: Manuscript, plural: str) -> bool:
    """Whether "two" (or "both") stands right before a name in the plural somewhere ("two
    Lulas")."""
    for span in capitalised_words(manuscript).spans(plural):
        text = manuscript.documents[span.document].text
        if _TWO.search(text, max(0, span.start - _TWO_REACH), span.start):
            return True
    return False


def narrator(index: MentionIndex, view: SentenceView) -> str:
    """Who "my" is outside speech in the sentence at `view`: the one who signs the letter it
    is part of (`letters.writer`), else the one character the heading of its chapter names
    ("Chapter Two: Rhys" — a novel told by turns), else `NARRATOR`, the one voice that tells
    the whole story."""
    manuscript = index.manuscript
    signed = letters.writer(manuscript, view)
    if signed is not None:
        return signed
    heading = heading_of(manuscript, view)
    if heading is None:
        return NARRATOR
    # Who a heading names hangs on the whole cast: kept for this run only.
    told: dict[str, str] = manuscript.run_memo(_NARRATORS_MEMO)
    found = told.get(heading)
    if found is None:
        found = told[heading] = _named_in_heading(manuscript, heading)
    return found


def _named_in_heading(manuscript: Manuscript, heading: str) -> str:
    """The one character whose names hold a capitalised word of the heading — of several
    of one family's name, the one whose given name it says ("From the Diary of Rojda Kaya") —
    else `NARRATOR`."""
    words = set(_HEADING_WORD.findall(heading))
    if not words:
        return NARRATOR
    named = manuscript.characters_named_by(lambda name: not words.isdisjoint(name))
    if len(named) > 1:
        # "From the Diary of Rojda Kaya", where Kaya is her father's and brothers' too: the one
        # whose given name the heading says.
        named &= manuscript.characters_named_by(lambda name: name[0] in words)
    return named.pop() if len(named) == 1 else NARRATOR


# How a story says two people share a given name: "the other Rhiannon", "Which Rhiannon?",
# "two Lulas", "only ever one Malia … Now there would be two".
_THE_OTHER = re.compile(r"\bthe\s+other\s+$", re.IGNORECASE)
_WHICH = re.compile(r"\bWhich\s+$")
_TWO = re.compile(r"\b(?:two|both)\s+$", re.IGNORECASE)
# How far back (in characters) "two" is looked for before a name in the plural.
_TWO_REACH = 12
# "only ever one Malia in the family before. Now there would be two": a second one comes.
_ONE = re.compile(r"\bone\s+$", re.IGNORECASE)
_ANOTHER = re.compile(r"\b(?:another|a\s+second)\s+$", re.IGNORECASE)
_NOW_TWO = re.compile(r"[^.!?]*[.!?]?\s*[^.!?]*\b(?:two|both|second)\b", re.IGNORECASE)


# Words that tell apart by age two people who bear one name, father and son or mother and
# daughter: before the name ("old Anders", "Young Walter", "the elder Pitt") or after it
# ("Walter Haywood the younger", "Arthur Louie Senior", "Dumas père", Indonesian "Wim besar",
# Welsh "Wil Mawr" and "Wil Bach", Gaelic "Seán Mór" and "Seán Óg", Malayalam "Valiya Mary"
# and "Kochu Xavier").
_AGE_BEFORE = re.compile(r"\b(?i:(?P<elder>old|elder|auld|owd|big|valiya)|"
                         r"(?P<younger>young|younger|little|wee|kochu))\s+$")
_AGE_AFTER = re.compile(rf"[^\s,]+(?:\s+{CAPITAL}[\w'’-]*)?,?\s+(?:(?P<elder>the\s+elder|Senior|"
                        rf"Sr\b|père|besar|(?:{'|'.join(sorted(ELDER_BYNAMES))})\b)|"
                        r"(?P<younger>the\s+younger|Junior|Jr\b|fils|kecil|"
                        rf"(?:{'|'.join(sorted(YOUNGER_BYNAMES))})\b))")
# How far before a name its epithet of age is looked for ("the elder ").
_AGE_REACH = 10


def age_word(word: str) -> bool:
    """Whether a word said before a name tells its bearer's age from another's ("Old",
    "young", "elder")."""
    return _AGE_BEFORE.search(f"{word} ") is not None


def age_epithet(text: str, start: int, end: int) -> str | None:
    """"elder" or "younger" when the name at text[start:end] is said with a word of age that
    tells its bearer from another of the name (`_AGE_BEFORE`, `_AGE_AFTER`), also when the
    word heads the name's own run ("Old Anders"); else None."""
    head = text.find(" ", start, end)
    found = (_AGE_BEFORE.search(text[start : head + 1]) if head != -1 else None) or (
        _AGE_BEFORE.search(text, max(0, start - _AGE_REACH), start)) or (
        _AGE_AFTER.match(text, start))
    if found is None:
        return None
    return "elder" if found.group("elder") else "younger"


# A name given as a parent's too: "his name is Mamadou Sangaré, exactly like his father",
# "Ruth Ann, named for her mother".
_LIKE_A_PARENT = re.compile(r"\s*,?\s+(?:(?:exactly|just)\s+)?(?:like|after|for|as)\s+"
                            r"(?:his|her)\s+(?:father|mother|dad|mum|mom|papa|mama)\b|"
                            r"\s*,?\s+(?:named|called)\s+(?:for|after)\s+(?:his|her)\s+"
                            r"(?:father|mother)\b")


# A parent giving a child their own name: "Moha had given him his own full name: Mohand
# Amellal".
_A_PARENTS_OWN = re.compile(r"\b(?:gave|given|give|giving)\s+(?:him|her|the\s+(?:boy|girl|baby|"
                            r"child))\s+(?:his|her)\s+own\s+(?:full\s+)?name\s*[:,—–-]?\s*$",
                            re.IGNORECASE)


def named_for_parent(manuscript: Manuscript, name: str) -> bool:
    """Whether the story says a character's full name is a parent's too ("his name is
    Mamadou Sangaré, exactly like his father", "had given him his own full name: Mohand
    Amellal"): the name said alone may be either's."""
    cluster = manuscript.finder.clusters.get(name)
    if cluster is None:
        return False
    for span in cluster.mentions:
        text = manuscript.documents[span.document].text
        # The cheap tests first: a name is read at each of its occurrences.
        if text.find(" ", span.start, span.end) != -1 and (
                _LIKE_A_PARENT.match(text, span.end) or (
                    text.find("name", max(0, span.start - 8), span.start) != -1
                    and _A_PARENTS_OWN.search(text, max(0, span.start - 60), span.start))):
            return True
    return False


def given_name(name: str) -> str:
    """The given name of a full name, past an honorific or an epithet before it ("Old Walter
    Haywood", "Mr. Tom Harper", "Young Piet" -> "Walter", "Tom", "Piet"): the one
    `told_apart_by_age` asks about."""
    words = [w for w in name.split() if w.rstrip(".") not in wordlists().honorifics]
    words = list(without_epithet(tuple(words)))
    if len(words) == 2 and age_word(words[0]):
        words = words[1:]  # a name the analysis calls by its younger bearer's: "Young Piet"
    return words[0] if words else name


# The words of age (`age_epithet`) each given name asked about is said with in a document,
# by the name: what a document's text alone decides, kept by `Manuscript.document_memo` (by
# the document's id and text), so a re-run reads again only the edited documents' names.
_AGE_EPITHETS_MEMO = "referents.age_epithets"


def told_apart_by_age(manuscript: Manuscript, given: str) -> bool:
    """Whether the story says the given name with a word for the elder of two bearers and
    with one for the younger ("there was old Anders … and there was young Anders"): a father
    and a son named for him, whom the name said alone may mean either of. Read at the name's
    own occurrences."""
    run = manuscript.run_memo(_AGE_EPITHETS_MEMO)
    by_document: dict[str, dict[str, frozenset[str | None]]] | None = run.get(None)
    if by_document is None:
        by_document = run[None] = manuscript.document_memo(_AGE_EPITHETS_MEMO,
                                                           lambda _document: {})
    unread: dict[str, set[str | None]] = {
        document: set() for document, held in by_document.items() if given not in held}
    if unread:
        for span in capitalised_words(manuscript).spans(given):
            found = unread.get(span.document)
            if found is not None:
                found.add(age_epithet(manuscript.documents[span.document].text, span.start,
                                      span.end))
        for document, found in unread.items():
            by_document[document][given] = frozenset(found)
    said: set[str | None] = set()
    for held in by_document.values():
        said |= held[given]
    return {"elder", "younger"} <= said


# "The cook's daughter was also called Sri": a second bearer of a name brought in.
_ALSO_CALLED = re.compile(r"\b(?:was|were|is)\s+also\s+(?:called|named)\s+$", re.IGNORECASE)


def also_called(manuscript: Manuscript, given: str) -> bool:
    """Whether the story brings in someone "also called" the given name: a second bearer,
    whom the name said alone may mean though the story has no second full name for her."""
    for span in capitalised_words(manuscript).spans(given):
        text = manuscript.documents[span.document].text
        if text.find("also", max(0, span.start - 24), span.start) != -1 and _ALSO_CALLED.search(
                text, max(0, span.start - 24), span.start):
            return True
    return False


def told_apart(manuscript: Manuscript, given: str) -> bool:
    """Whether the story says two people share the given name: "the other Rhiannon", "two
    Lulas", "Which Rhiannon?". Read at the name's own occurrences, not along the whole book."""
    words = capitalised_words(manuscript)
    for span in words.spans(given):
        text = manuscript.documents[span.document].text
        before = text[max(0, span.start - 12) : span.start]
        if _THE_OTHER.search(before) or (
            _WHICH.search(before) and text[span.end : span.end + 2].lstrip().startswith("?")
        ) or ((_ANOTHER.search(before) or _ONE.search(before)) and _NOW_TWO.match(
            text, span.end, span.end + 80
        )):
            return True
    return _two_of(manuscript, f"{given}s") or _two_of(manuscript, f"{given}es") or (
        given.endswith("ão") and _two_of(manuscript, f"{given[:-2]}ões"))
