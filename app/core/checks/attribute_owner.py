"""Whose eyes, hair, age or height a sentence tells of, for attribute drift.

The character named before the value in the sentence (not a possessor: "with Ingrid's scissors";
not one she is measured against: "She was a year older than Soizic, … with grey eyes"; not a
family whose trait she has: "She has the Trevenna eyes, blue as a mackerel's back";
nor, for a value a speech tells of "he" or "she" after speaking of someone unnamed of that sex,
anyone named before it ('in his own words: "…the boy in the ground had small feet because he
was fifteen"');
not one named inside the speech a told value's sentence quotes; not "her mother"'s owner: "Her
mother was seventy-four" is the mother's, whom the story may name; not the object of a sentence
opening on "she" or "he", for what the pronoun does something with is its own: "She looked at
Josephine with her calm brown eyes"; of several named, the one a clause opening on "that" names
right before the value's verb, not at a time ("Chinni knew this much: that Prakash was tall",
not "the year that Abe was ten"), or the one a cleft sets first for the "who" clause that tells
the value ("He sat at the door, but it was Bai Xiuying who ran the kitchen now, at sixty-one"),
else the one whose sex the "her" or "his"
owning the value tells (a sex the word for a relative before a name tells too: "my sister
Ruqayya"), the others all of the other sex and no one unnamed of that sex or an untold one
spoken of: "Ailsa
worked…, and when she looked across at Ruairidh…, her eyes were brown"), or, for a sentence that
tells it of "she" or "he" (or of "her"/"his" opening a clause after "and": "…as she came, and
her brown eyes were watering", or right after a short clause of time opening on the
pronoun of its sex: "When he was angry his dark brown eyes went flat", or said after
the trait: "those warm brown eyes of his", or
owning the value in a sentence that names no one, relative or stranger before it and says no
other pronoun of a person: "The film magazines wrote about her grey eyes"), the one the pronoun
stands for: a relative no name stands for that the sentences before go on about
("Her mother was waiting on the stairs. She was fifty-eight.", "It was my grandmother who
settled it. She was only fifty-eight": the parent, or the teller's relative, the story names),
a newborn the sentences after
the birth name, the holder of a role the sentence before opens on ("the superintendent"), the
one the sentences opening on "He" go on about, the one the sentence before opens on or names as
its subject ("The boy was Yaw Odoi, …. He was fifteen", "It was Kamal Uddin, …. He was
twenty-one", "Our most regular visitor that winter was Mr. Quist, …. He was the tallest") or
says the pronoun is ("She had been Mrs. Jean Renwick since…, when she married
Big Wattie with Chrissie as bridesmaid…. She was sixty-eight now") — or, for a paragraph's
first sentence, the one the paragraph before ends by saying such a pronoun is ("Oyunaa was
nine that spring. … To the whole valley she was only Emee. / She was seventy"), or the one the
paragraph before brings in unnamed and names next ("A Norwegian has come to bide. His name is
Halvdan Rørvik… / He is a long fair man") —, a newcomer
whom the next paragraph or the reply calls by name (but not one seen coming whom the one who
sees knows: "saw a man coming up from the bus…, and I knew him by his walk" is the one the story
named), one a title alone stands for whom the next
sentence names ("Gogo was seventy-four years old that winter. Her name was Nozizwe"), the one
whom a speaker of the other sex called by name in the paragraph before ('"Mrs. Imrie," he
said … / She turned to me'), in a chapter (or the part of a document after a heading) that
has named no one yet, the first of that sex it names in the next few sentences ("Chapter Three /
He came back in August. … But his brown eyes were the same. … when he saw Ronald"), else the
one of that sex last named as far back as a scene's talk goes ("At the door Lucía stopped. …
/ '…,' she asked. / … / She looked up at me with her brown eyes"), or, where the narration
names no one of that sex there, the one the scene's talk calls by name ('"Fräulein Weiss," he
said. / … / When he brought the coffee, she looked up with her brown eyes') — and no one
where the sentence before opens on someone unnamed of that sex, said to be no one named ("The
boy asks when his father is coming home. He is five"), or where two people share the name
said or it is said after "a" ("the house already held a Frank": anyone so named —
though a saying about anyone of the name, "which is what a Tobiah becomes", is passed
over for the one named before it), where "she" may be a relative spoken of after the name
("…, and her mother now wore… She was fifty-nine"), or where a title alone opens the sentence
before ("Sister came that evening"). Whoever it is, never one of the other sex than the "her"
or "his" owning the value ("Tom Hale loved her grey eyes": no one's the story knows). A value
told in an appositive of someone of a sex, set after a clause that has "her" or "him" as its
object ("Ines met her one Friday outside the chemist's, a small woman, barely five feet"), is
the one of that sex the sentences before last name — never the clause's subject; so is one
owned by "his" or "her" after the teller and one named did something to "him" or "her" ("Kofi
and I carried him up to the hut, and he lay there…, with his small grey eyes"): not Kofi's.
A name a sentence sets first as what someone called "her" or "him" ("Victoria, the rabbi called
her at her naming, …") is no subject the "she" after goes on about, but a name of the one the
sentence before opens on.
"""

from __future__ import annotations

import re

from app.core.checks.attribute_values import (
    AGE_FRAGMENT,
    AGED_OPENING,
    AT_AGE_OPENING,
    KIN_WORDS,
    OWNED_BY_PRONOUN,
    SHADE,
)
from app.core.checks.base import CheckContext
from app.core.checks.cues import (
    QUOTE_MARK,
    CueWords,
    cue_sentences,
    in_quotes,
    neighbour,
    next_opens,
    opening,
    quote_open,
)
from app.core.checks.mentions import (
    PERSON_NOUN_GENDER,
    PRONOUN_GENDER,
    Mention,
    MentionIndex,
    any_bearer,
    kin_before_sex,
    said_in_speech,
    sex_of_noun,
)
from app.core.checks.parents import kin_subject, relative_named
from app.core.checks.referents import (
    ATTRIBUTION,
    LEADING_PRONOUN,
    NEWCOMER,
    PRONOUN_IS,
    REACH,
    THIRD_PERSON,
    also_called,
    called_in_speech,
    chain_opener,
    given_name,
    narrated,
    narrator,
    opening_mention,
    past_another,
    referent,
    relative_after_names,
    stranger_since_named,
    told_apart,
    unnamed_relative,
)
from app.core.checks.roles import OPENS_ON_ROLE, role_holder
from app.core.checks.story_time import chapter_start
from app.core.entities import Cluster
from app.core.forms import PERSON_VERBS
from app.core.manuscript import SentenceView
from app.core.model import EntityKind
from app.core.text import CAPITAL
from app.core.wordlists import wordlists

# An aside set off by dashes inside the sentence.
_DASH_ASIDE = re.compile(r"\s[—–]\s[^—–]*?\s[—–]\s|—[^—]*?—")

# Having someone's trait: "She has Bestemor's grey eyes", "He had the Da's eyes" (a name
# said with "the": "the Da", "the Major").
_HAS_ANOTHERS = re.compile(r"\b(?:has|had|have|got)\s+(?:the\s+)?$", re.IGNORECASE)

# A clause a sentence opens on before its subject: "When Sissy came in, Sister Verna looked
# up at her with those brown eyes of hers" (Sister Verna's eyes, not Sissy's).
_LEADING_CLAUSE = re.compile(r"^\W*(?:When|As|While|Once|After|Before|Until|Though|Although|"
                             r"Because|Since|If)\s+[^,;:.!?\"“”]{1,80},\s+")
# The value owned by someone a pronoun names ("…looked into her brown eyes"), not by the
# sentence's subject.
_PRONOUN_OWNED = re.compile(r"\b(?i:her|his|their)\s+(?:(?!(?i:with|at|to|on|in|and|of|for|"
                            r"those|these|the|a|an)\b)[\w-]+,?\s+){0,2}$")

# What `_two_share` keeps for the run.
_TWO_SHARE_MEMO = "attribute_owner.two_share"


_POSSESSED_TRAIT = re.compile(r"\s*(?:\w+\s+){0,2}(?:eyes|hair|age|height|braid)\b", re.IGNORECASE)


# One named as what someone is measured against: "She was a year older than Soizic".
_MEASURED_AGAINST = re.compile(r"\bthan\s+$", re.IGNORECASE)


# A family's name said of a trait its members share: "She has the Trevenna eyes" (hers).
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_FAMILY_TRAIT = re.compile(r"\s+(?:eyes|hair|nose|chin|jaw|mouth|brow|looks)\b", re.IGNORECASE)


# A pronoun opening a clause after a semicolon or colon: "It was true; he felt…".
_CLAUSE_PRONOUN = re.compile(r"[;:]\s+(she|he)\b(?![^;:]*[;:])", re.IGNORECASE)


# A clause after "and"/"but" opening on the owner of the value, a pronoun: "The wind took her
# breath as she came, and her brown eyes were watering" — the one the pronoun stands for.
_CLAUSE_OWNER = re.compile(r",\s+(?:and|but)\s+(her|his)\s+(?:[a-z-]+,?\s+){0,2}$")


# The owner said after the trait: "those warm brown eyes of his".
_OWNER_AFTER = re.compile(r"[\w\s-]{0,30}?\b(?:eyes|hair)\s+of\s+(hers|his)\b")


# A pronoun after a phrase of time or place put first: "In the afternoons, when the light
# came in low through the grille, he would stretch".
_FRONTED_PRONOUN = re.compile(r"^\W*(?:In|On|At|When|After|Before|As|While|Once|By|During|"
                              r"Every|Each|Some)\b[^.;:!?\"“”]*?,\s+(she|he)\b")
# Or after a clause of one verb with no comma, whose pronoun it says again: "When he laughed
# he looked exactly like him" (both the same "he").
_FRONTED_UNMARKED = re.compile(r"^\W*(?:When|After|Before|As|While|Once)\s+"
                               r"(?=(she|he)\s+[a-z]+\s+\1\b)(?:she|he)\s+[a-z]+\s+",
                               re.IGNORECASE)


# The words of a short clause after its pronoun, none of them another pronoun of a person.
_CLAUSE_WORDS = r"(?:(?!(?:she|he|her|his|him|they|them)\b)[a-z]+\s+){1,3}"
# Or after such a clause whose pronoun owns the value, "his" for "he" and "her" for "she":
# "When he was angry his dark brown eyes went flat" (his own eyes).
_FRONTED_OWNER = re.compile(r"^\W*(?:When|After|Before|As|While|Once)\s+(?=(?:he\s+"
                            rf"{_CLAUSE_WORDS}his|she\s+{_CLAUSE_WORDS}her)\s+"
                            rf"(?:{SHADE},?\s+)?$)(she|he)\b", re.IGNORECASE)


# A kinship word after "her"/"his": the relative is the subject, not the pronoun's owner.
_KIN_AFTER = re.compile(rf"\s+(?:(?:\w+|\w+-\w+)\s+)?(?:{KIN_WORDS})\b", re.IGNORECASE)


# A birth told: "was born", "came into the world", "The second child was a girl".
_BIRTH = re.compile(r"\b(?:was\s+born|came\s+into\s+the\s+world|gave\s+birth|"
                    r"child\s+was\s+an?\s+(?:girl|boy|son|daughter))\b", re.IGNORECASE)


# The name a newborn is given: "She named the child Inés", "they christened him Tomás".
_NAMED_CHILD = re.compile(rf"\b(?:named|christened|baptised|baptized)\s+(?:the\s+(?:child|"
                          rf"baby|girl|boy|infant)|her|him)\s+({CAPITAL}[\w'’-]+)")


# How far back (in sentences) a "she" or "he" no one nearer stands for is taken to go on
# about the one last named of that sex: a scene's talk between two.
_SCENE_REACH = 20


# How many sentences after a birth its naming is looked for.
_NAMING_REACH = 3


def subject(
    context: CheckContext, view: SentenceView, text: str, before: int
) -> tuple[str, int] | None:
    """The one character the sentence is about, named before the value at `before`, and
    where its mention ends. Someone named after the value ("…, ninety-one years old, and
    told the Warden") is not who it describes; nor is the owner of "her mother" ("Her mother
    was seventy-four"), which means the mother the story names, if it names her; nor, ever,
    one of the other sex than the "her" or "his" owning the value ("Tom loved her grey
    eyes"); nor one named by a son's name built on theirs (`_fathers_name_after_own`)."""
    apposed = _apposed_to_object(context, view, text, before)
    if apposed is not None:
        # "Ines met her on the corner of Dock Street, a small woman, barely five feet…": the
        # words set after the clause tell of the "her" it has as object — not its subject.
        return apposed
    found = _subject(context, view, text, before)
    owner = OWNED_BY_PRONOUN.search(text, max(0, before - 40), before)
    if found is not None and owner is not None and context.mentions.genders.get(found[0]) in (
            _OTHER_SEX[PRONOUN_GENDER[owner.group(1).lower()]]):
        return None
    if found is not None and _fathers_name_after_own(context, view, found):
        return None
    return found


def _fathers_name_after_own(context: CheckContext, view: SentenceView,
                            found: tuple[str, int]) -> bool:
    """Whether the name the subject is written by sets a given name of its own before the
    character's given name ("Idris Warsame Nuur" written where the analysis put it with
    "Warsame Gaab"): a child's name built on the father's, as in names of one's own name,
    the father's and his father's — the value is the child's, not surely the character's."""
    mention = next((m for m in context.mentions.in_sentence(view)
                    if m.span.end == view.start + found[1] and m.cluster.name == found[0]), None)
    if mention is None:
        return False
    name = context.mentions.text(view)[mention.span.start - view.start : found[1]]
    written = [w for w in name.split() if w.rstrip(".") not in wordlists().honorifics]
    own, theirs = given_name(" ".join(written)), given_name(found[0])
    # Three names at least, the character's given name among the later ones: a first name
    # of two ("Nell Marsh" of "Eleanor Marsh") is a spelling or a pet form, not a lineage.
    return (len(written) >= 3 and own != theirs and theirs in written[1:]
            and own not in found[0].split())


# The sex other than one, as `MentionIndex.genders` gives it.
_OTHER_SEX = {"m": ("f",), "f": ("m",)}


# A clause with "her" or "him" as its object, then an appositive of someone of a sex that
# says what that one is like: "…met her one Saturday on the corner, a small woman, …". The
# "her" is the object, not an owner, where what follows it is no noun ("her one Saturday",
# "her at the gate", "her,").
_APPOSED = re.compile(
    r"\b(?:(?P<her>her)(?=,|\s+(?:one|on|at|in|by|near|outside|again|there|then|once|first|"
    r"every|that|this|last|from|after|before|when|as|across|through|under|behind|beside|"
    r"later|only|just|coming|going|standing|walking|sitting)\b)|(?P<him>him)\b)"
    r"[^,;:.!?\"“”]*(?P<article>,\s+an?\s+)(?:[a-z-]+,?\s+){0,3}?"
    rf"(?P<noun>{'|'.join(PERSON_NOUN_GENDER)})\b", re.IGNORECASE)
# How far after the appositive's noun a value may come and still be its: "a small woman,
# barely five feet".
_APPOSED_REACH = 40
_ANY_PRONOUN = re.compile(r"\b(?:she|he|her|his|him|hers|they|their|i|my|we|our)\b|[;:.!?\"“”]",
                          re.IGNORECASE)


def _apposed_to_object(context: CheckContext, view: SentenceView, text: str,
                       before: int) -> tuple[str, int] | None:
    """The one a "her" or "him" stands for, with where the pronoun ends, when the value at
    `before` is told in an appositive of that one's sex set after the clause the pronoun is
    the object of ("Ines met her one Saturday on the corner, a small woman, barely five
    feet"): the one of that sex the sentences before last name — none where no one is named
    between the pronoun and the appositive (whom "…beside Kofi, a tall man" tells of), or
    where it would be one the sentence names before the pronoun."""
    index = context.mentions
    for apposed in _APPOSED.finditer(text, 0, min(len(text), before + _APPOSED_REACH)):
        pronoun = apposed.group("her") or apposed.group("him")
        gender = PRONOUN_GENDER[pronoun.lower()]
        at = apposed.start("her") if apposed.group("her") else apposed.start("him")
        told_in_it = apposed.start("article") <= before and (
            before <= apposed.end("noun") or (
                before - apposed.end("noun") <= _APPOSED_REACH
                and not _ANY_PRONOUN.search(text, apposed.end("noun"), before)))
        if not told_in_it or PERSON_NOUN_GENDER[apposed.group("noun").lower()] != gender:
            continue
        named = index.in_sentence(view)
        if any(at < m.span.start - view.start < apposed.start("noun") for m in named):
            return None  # "…met him beside Kofi, a tall man": Kofi's
        before_it = {m.cluster.name for m in named if m.span.start - view.start < at}
        found = referent(index, view, gender, another_before=True)
        return (found, at + len(pronoun)) if found and found not in before_it else None
    return None


def _subject(
    context: CheckContext, view: SentenceView, text: str, before: int
) -> tuple[str, int] | None:
    """`subject`, before the owning pronoun's sex is weighed."""
    index = context.mentions
    # A possessive ("with Ingrid's scissors") names an owner, not the sentence's subject.
    # Nor is one whose eyes another has ("She has Bestemor's grey eyes": hers, like them), nor
    # one measured against ("She was a year older than Soizic"), nor a family named for a
    # trait its members share ("She has the Trevenna eyes": hers).
    mentions = [m for m in index.in_sentence(view) if (not m.run.possessive or (
        _POSSESSED_TRAIT.match(text[m.span.end - view.start + 2 :])
        and not _HAS_ANOTHERS.search(text, 0, m.span.start - view.start)))
        and m.span.start - view.start < before and not _MEASURED_AGAINST.search(
            text, max(0, m.span.start - view.start - 6), m.span.start - view.start)
        and not (_FAMILY_TRAIT.match(text, m.span.end - view.start) and _THE_BEFORE.search(
            text, max(0, m.span.start - view.start - 4), m.span.start - view.start))]
    if not in_quotes(view, view.start + before):
        # A value the narration tells is no one's named inside the speech it quotes ('For me
        # he had only a "Well, Miss Pell, …," and smiled; and I looked into those warm
        # brown eyes of his').
        mentions = [m for m in mentions if not said_in_speech(m)]
    elif _told_of_one_spoken_of(text, before, [m.span.end - view.start for m in mentions]):
        # '…in his own words: "Tell Mama the boy in the ground had small feet because he was
        # fifteen."': the speech's "he" is the boy it speaks of, whom no name stands for.
        return None
    clause = _LEADING_CLAUSE.match(text, 0, before)
    if clause is not None and not _PRONOUN_OWNED.search(text, clause.end(), before):
        # Whoever the opening clause names is not the subject of the sentence it leads to.
        main = [m for m in mentions if m.span.start - view.start >= clause.end()]
        mentions = main or mentions
    # Nor one said in an aside between dashes ("Dr Raghunathan — Priya in the back office,
    # never in front of patients — is thirty-two": her other name, not someone else).
    asides = [(m.start(), m.end()) for m in _DASH_ASIDE.finditer(text, 0, before)]
    if asides:
        mentions = [m for m in mentions if not any(
            start < m.span.start - view.start < end for start, end in asides)]
    described = _DESCRIBED_OWNER.search(text, max(0, before - 40), before)
    if described is not None:
        # "…and the sheriff was struck by the boy's eyes": the boy's — the one a sentence
        # opening on "He" is about, else no one named.
        pronoun = LEADING_PRONOUN.match(text)
        gender = PERSON_NOUN_GENDER.get(described.group(1).split()[-1].lower())
        if pronoun is None or PRONOUN_GENDER[pronoun.group(1).lower()] != gender:
            return None
        cluster = index.resolve(view, pronoun.group(1), spoken=False)
        return (cluster.name, described.end()) if cluster is not None else None
    if mentions and _WHO_IS.fullmatch(text, mentions[-1].span.end - view.start, before):
        # "…with Alfie between them, and Alfie, who is nine, …": whoever else is named.
        return mentions[-1].cluster.name, before
    last = mentions[-1] if mentions else None
    if last is not None and text[last.span.end - view.start : before].isspace() and (
            _COPULA.match(text, before)) and _THAT_BEFORE.search(
            text, 0, last.span.start - view.start) and not (
            len(last.run.words) == 1 and _two_share(context, last.run.words[0])):
        # "Chinni knew this much: that Kotamarti Prakash was tall": the one a clause opening
        # on "that" names as its subject, right before the value, whoever else the sentence
        # names before — not at a time ("the year that Abe was ten"), nor by a name two share.
        return last.cluster.name, before
    if last is not None and _CLEFT_BEFORE.search(text, 0, last.span.start - view.start) and (
            _CLEFT_WHO.fullmatch(text, last.span.end - view.start, before)) and not (
            len(last.run.words) == 1 and _two_share(context, last.run.words[0])):
        # "…, but it was Bai Xiuying who ran the kitchen now, at sixty-one": the one a cleft
        # sets first as the subject of its "who" clause, the value told inside that clause —
        # not the "He" the sentence opens on, nor the one named before.
        return last.cluster.name, before
    clause = _WHO_WITH_HER.fullmatch(text, mentions[-1].span.end - view.start, before) if (
        mentions) else None
    if clause is not None and index.genders.get(mentions[-1].cluster.name) in (
            PRONOUN_GENDER[clause.group(1).lower()], None):
        # "…behind his sister Rosaria, who walked with her skirt tucked into her belt and her
        # grey eyes fixed on the path": the one the clause is about.
        return mentions[-1].cluster.name, before
    if _WHO_IS_BEFORE.search(text, 0, before):
        return None  # "…the looms that Father, who is seventy-one, talked": not one named
    people = {m.cluster.name for m in mentions}
    opening = LEADING_PRONOUN.match(text)
    named_sex = index.genders.get(mentions[0].cluster.name) if mentions else None
    owned = OWNED_BY_PRONOUN.search(text, max(0, before - 40), before)
    if len(people) == 1 and opening is not None and mentions[0].span.start - view.start > (
        opening.end()
    ) and opening.group(1).lower() in ("she", "he") and ((
        named_sex not in (None, PRONOUN_GENDER[opening.group(1).lower()])
        # "He looked at his daughter, and Hallgerd turned her green eyes on him": a "her"
        # owning the value that tells the one named's sex is hers, not the man's he opens on.
        and (owned is None or PRONOUN_GENDER[owned.group(1).lower()] != named_sex)
    ) or _with_own(text, before, opening.group(1).lower(), mentions[0].run.possessive)):
        # "Then Shahnaz Apa stands up too. She pushes her orna back as if she wants Mr.
        # Chowdhury to see her face, and her hair is black": the "She" it opens on, not the
        # man it names after; "She looked at Josephine with her calm brown eyes": what she
        # looks with is hers, whoever she looks at.
        people, mentions = set(), []
    if not people:
        opening = AT_AGE_OPENING.match(text) or AGED_OPENING.match(text)
        after = index.in_sentence(view)
        if opening is not None and after and after[0].span.start - view.start == opening.end():
            return after[0].cluster.name, before  # "At seventy-one, Shosho had never…"
        if AGE_FRAGMENT.match(text) and view.number > 0:
            # '"Night foreman is a Dirk Mulderij. Fifty-one, been at this terminal…"': a
            # fragment with no subject goes on about the one the sentence before names alone.
            earlier = index.by_sentence[view.order - 1]
            if earlier and not any(m.run.possessive for m in earlier) and len(
                    {m.cluster.name for m in earlier}) == 1:
                return earlier[0].cluster.name, 0
    if len(people) == 1:
        first = mentions[0]
        carried = _carried_by_teller_and(context, view, text, before, first)
        if carried is not None:
            return carried
        if len(first.run.words) == 1 and not first.run.title and _two_share(
            context, first.run.words[0]
        ):
            return None  # "Lily was ten", in a story that tells of "two Lilys": which is unsure
        return first.cluster.name, first.span.end - view.start
    if people:
        # "Ailsa worked…, and when she looked across at Ruairidh…, her eyes were brown": of
        # several named, the one "her" (or "his") owning the value can stand for, by sex.
        return _owner_by_sex(index, view, text, before, mentions)
    parent = kin_subject(context, view, text, before)
    if parent is not None:
        name, end = parent
        return (name, end) if name is not None else None
    role = OPENS_ON_ROLE.match(text, 0, before)
    if role is not None:
        # "The minister was sixty-one that spring": the one the story calls the minister.
        holder = role_holder(context, role.group("role").lower())
        return (holder, role.end()) if holder is not None else None
    stranger = _STRANGER_OPENING.match(text, 0, before)
    if stranger is not None:
        # "The man who got out was tall, with pale blue eyes": the newcomer's — whom the talk
        # after names, if it does.
        gender = PERSON_NOUN_GENDER.get(stranger.group("noun").lower())
        named = (gender and _named_next_paragraph(index, view, gender)) or _named_in_reply(
            index, view, gender)
        return (named, stranger.end()) if named is not None else None
    titled = _TITLE_ALONE.match(text, 0, before)
    named = _name_given_next(context, view) if titled is not None and (
        titled.group(1) in wordlists().honorifics) else None
    if titled is not None and named is not None:
        # "Gogo was seventy-four years old that winter. Her name was Nozizwe": the one the
        # sentence after names, whom the title alone stood for.
        return named, titled.end(1)
    # "It was true; he felt every one of his fifty-one years": the clause after the stop.
    pronoun = LEADING_PRONOUN.match(text) or _CLAUSE_PRONOUN.search(text, 0, before) or (
        _FRONTED_PRONOUN.match(text, 0, before)) or _FRONTED_UNMARKED.match(text, 0, before) or (
        _FRONTED_OWNER.match(text, 0, before)) or (
        _CLAUSE_OWNER.search(text, 0, before)) or (
        _OWNER_AFTER.match(text, before)) or _lone_owner(index, view, text, before)
    if pronoun is None or _KIN_AFTER.match(text, pronoun.end(1)):
        # "Her brother was ten", "…, and her father, the tallest man at the graveside, …":
        # the relative's, whom the sentence does not name — read after the pronoun itself,
        # not after the words a clause's pattern reads up to the value.
        return None
    # Where the one the sentence tells of is said: no later than the value.
    said_at = min(pronoun.end(), before)
    gender = PRONOUN_GENDER[pronoun.group(1).lower()]
    said = _said_to_be(index, view, text, before) if LEADING_PRONOUN.match(text) else None
    if said is not None:
        # "He was six foot and more, twenty-four years of age, …, and that was Pat Doyle":
        # the sentence itself ends by naming whom its "he" is (if of another sex, unsure).
        if index.genders.get(said.cluster.name) in _OTHER_SEX[gender]:
            return None
        return said.cluster.name, said_at
    if in_quotes(view, view.start + pronoun.start(1)):
        # '"He is seventy-six, Akosua," Kwame said': someone spoken of, not the speaker.
        speakers = _speakers(index, view)
        found = next((name for name in (referent(index, view, gender, exclude=speaker)
                                        for speaker in speakers or [""])
                      if name and name not in speakers), None)
        return (found, said_at) if found else None
    relative = unnamed_relative(index, view, gender)
    if relative is not None:
        # "Her mother was waiting on the stairs. She was fifty-eight.": the mother's.
        name = relative_named(context, *relative)
        return (name, said_at) if name else None
    if relative_after_names(index, view, gender):
        return None  # "…Anya remembered…, and her mother now wore… She was fifty-nine"
    newborn = _named_at_birth(context, view)
    if newborn is not None:
        # "The second child was a girl… She came into the world with her eyes already open,
        # and they were green… She named the child Inés": the child's.
        return newborn, said_at
    holder = _role_before(context, view, gender)
    if holder is not None:
        # "On Monday the superintendent drove up. He did not get out. He … his dark brown
        # eyes": the superintendent's.
        return holder, said_at
    chained = chain_opener(index, view, gender)
    if chained is not None:
        # "Ooi Ah Boon brought it over. He was Ah Ma's nephew, … taught Ah Seng. He was fifty
        # that year": the one the sentences opening on "He" go on about — or, where that
        # sentence sets the name first as what someone called "her" ("Victoria, the rabbi
        # called her at her naming"), the one it is a name of.
        return _called_first(index, view, chained, gender) or chained, said_at
    opener = _opener(index, view, gender)
    if opener is not None:
        # "Tante Claire sat beside Hélène in the second row. She was seventy now.": the one
        # the sentence before opened on, of her sex — unless by a name two people share.
        if _named_by_a_shared_name(context, view, opener):
            return None
        return opener, said_at
    if _title_alone_opened(view):
        return None  # "Sister came that evening. She was thirty-four": whoever "Sister" is
    if stranger_since_named(index, view, gender) and not _known_on_sight(view, gender):
        # "Another rider drew up. … his grey eyes": the newcomer's — whom the next paragraph
        # may name ("'Hauptmann Strehle,' Solveig said.")
        named = _named_next_paragraph(index, view, gender)
        return (named, said_at) if named is not None else None
    addressed = _addressed_before(index, view, gender)
    if addressed is not None:
        # '"Mrs. Imrie," he said, "your man ate his supper here." / She turned to me then, and
        # … her dark brown eyes': the woman spoken to.
        return addressed, said_at
    cluster = _named_as(index, view, gender) or _subject_before(index, view, gender)
    if cluster is None and _unnamed_opened_before(index, view, gender):
        # "The boy asks when his father is coming home. He is five": the boy's, whom no
        # name stands for — not the father named after him.
        return None
    by_name = cluster is not None
    if cluster is None:
        # "…they called him Chebo, which is what a Eusebio becomes…. He was tall": a name
        # said after "a" is anyone's who bears it; the "He" goes on about the one named before.
        resolved = index.resolve(view, pronoun.group(1), spoken=False, bearers=False,
                                 kin=True)
        if resolved is not None and index.genders.get(resolved.name) is None and (
                _other_sex_went_on(index, view, gender)):
            # "…his cousin Miren, who had been Miren Larralde to the valley. / She had seen him
            # first. She was fifty-two…. He was fifty-four": the one whose sex her name does
            # not tell, last named, is the "she" the paragraph has gone on about, not "he".
            resolved = None
        # "…she came to me with Miss Pruitt's book. She turned those brown eyes on me": not
        # the owner named after a "she", but whom that "she" means.
        cluster = past_another(index, view, resolved, gender, owners_only=True) if (
            resolved is not None) else None
    if cluster is not None and _named_by_a_shared_name(context, view, cluster.name,
                                                       bearers=by_name):
        return None  # "Lily came in. She is seventy-five now": which of the two Lilys?
    if cluster is None:
        cluster = _named_later(index, view, gender)
    if cluster is None:
        # No one of his sex named for a while: the one the next paragraph names first.
        named = _named_next_paragraph(index, view, gender)
        if named is not None:
            return named, said_at
        # Else the one of her sex last named, further back: a scene of two goes on about her
        # as "she" through a whole talk with the teller ("At the door Lucía stopped… / '…,' she
        # said. / … / She looked up at me with her brown eyes").
        cluster = index.resolve(view, pronoun.group(1), spoken=False, reach=_SCENE_REACH)
        if cluster is None or index.genders.get(cluster.name) in _OTHER_SEX[gender]:
            # The narration names no one of her sex in the scene: the one its talk calls by
            # name ('"Fräulein Weiss," he said. / … / … she looked up at him with her brown
            # eyes').
            called = _called_in_scene(index, view, gender)
            return (called, said_at) if called is not None else None
        if index.genders.get(cluster.name) != gender:
            return None
    return cluster.name, said_at


# A sentence opening on "he" or "she" closing by saying who that is: "…, and that was Pat Doyle".
_THAT_WAS = re.compile(r",\s+and\s+(?:that|this)\s+(?:was|is)\s+$", re.IGNORECASE)


def _said_to_be(index: MentionIndex, view: SentenceView, text: str,
               before: int) -> Mention | None:
    """The mention, after the value at `before`, that a sentence opening on "he" or "she" says
    the pronoun is (", and that was Pat Doyle"), if any."""
    for mention in index.in_sentence(view):
        start = mention.span.start - view.start
        if start >= before and not mention.run.possessive and _THAT_WAS.search(
                text, max(0, start - 20), start):
            return mention
    return None


# The teller joined to the one named as the subject, and whom they do something to: "Tak-sing
# and I carried him", "Rua and I helped her down".
_TELLER_AND_OBJECT = re.compile(r"\s+and\s+I\s+(?:[a-z]+\s+){1,2}?(him|her)\b")


def _carried_by_teller_and(context: CheckContext, view: SentenceView, text: str, before: int,
                           named: Mention) -> tuple[str, int] | None:
    """The one a "him" or "her" stands for, with where it ends, when the one named is the
    subject together with the teller ("Tak-sing and I carried him up to our tent, and he lay
    there a week, and looked at us with his small brown eyes") and the value is owned by a
    pronoun of the object's sex: not the one named, who is of "we", but whom they did it to —
    the one of that sex the sentences before last name."""
    joined = _TELLER_AND_OBJECT.match(text, named.span.end - view.start, before)
    owner = _OWNER_BEFORE.search(text, max(0, before - 40), before)
    if joined is None or owner is None:
        return None
    gender = PRONOUN_GENDER[joined.group(1).lower()]
    if PRONOUN_GENDER[owner.group(1).lower()] != gender:
        return None
    found = referent(context.mentions, view, gender, exclude=named.cluster.name)
    return (found, joined.end(1)) if found is not None else None


# A name set first as what someone called "her" or "him": "Victoria, the rabbi called her at
# her naming, …", "Bill, they called him".
_CALLED_FIRST = re.compile(
    r"\W*[^,;:.!?\"“”]{1,40},\s+(?:(?:the|her|his|their|our|my)\s+[a-z]+|they|we|everyone|"
    r"people|[A-Z][\w'’-]+)\s+(?:had\s+)?(?:called|named|christened|baptised|baptized)\s+"
    r"(her|him)\b")


def _called_first(index: MentionIndex, view: SentenceView, name: str,
                  gender: str) -> str | None:
    """Whom a pronoun chain goes on about when the sentence it opens on sets `name` first
    as what someone called "her" or "him" ("Toto asks for you every night. Victoria, the
    rabbi called her at her naming, …. She is eleven"): not a subject but a name of the one
    the pronoun stands for — the one the sentence before it opens on."""
    for order in range(view.order - 1, view.order - view.number - 1, -1):
        mentions = index.by_sentence[order]
        if not mentions or mentions[0].cluster.name != name or mentions[0].run.prev:
            continue
        sentence = mentions[0].sentence
        called = _CALLED_FIRST.match(index.text(sentence))
        if called is None or PRONOUN_GENDER[called.group(1).lower()] != gender:
            return None
        opener = opening_mention(index, sentence)
        return opener.cluster.name if opener is not None and opener.cluster.name != name and (
            index.genders.get(opener.cluster.name) in (gender, None)) else None
    return None


def _told_of_one_spoken_of(text: str, before: int, named: list[int]) -> bool:
    """Whether a value inside a speech (at `before` in the sentence `text`) is told of "he"
    or "she" (`_SPEECH_PRONOUN`), and the speech, before the pronoun and after every name
    (`named`: where the sentence's names before the value end), speaks of someone unnamed of
    that sex, or of no sex it tells ("the boy in the ground … because he was fifteen", "your
    cousin … she is nine"): the pronoun is that one's, not anyone named before the speech."""
    pronoun = _SPEECH_PRONOUN.search(text, max(0, before - 40), before)
    if pronoun is None:
        return False
    marks = [mark.end() for mark in QUOTE_MARK.finditer(text, 0, pronoun.start())]
    since = max([marks[-1] if marks else 0, *(end for end in named if end <= pronoun.start())])
    gender = PRONOUN_GENDER[pronoun.group(1).lower()]
    kin_gender = wordlists().kinship_gender
    for someone in _UNNAMED_SOMEONE.finditer(text, since, pronoun.start()):
        noun = someone.group().lower()
        if PERSON_NOUN_GENDER.get(noun, kin_gender.get(noun)) in (gender, None, "-"):
            return True
    return False


# The "he" or "she" a value in speech is told of: "because he was fifteen", "she is nine".
# (The value may be read from its verb on: "he|was fifteen".)
_SPEECH_PRONOUN = re.compile(r"\b(he|she)\s+(?:(?:is|was|had\s+been|has\s+been)\s+"
                             r"(?:only\s+|just\s+|barely\s+|now\s+)?)?$", re.IGNORECASE)


# A possessive pronoun owning the value right before it: "her eyes were brown", "his grey eyes".
_OWNER_BEFORE = re.compile(r"\b(her|his)\s+(?:[a-z-]+\s+){0,2}$")


def _other_sex_went_on(index: MentionIndex, view: SentenceView, gender: str) -> bool:
    """Whether a sentence of the paragraph before `view` opens on "she" (or "he"), the other
    sex than `gender`, and names no one: the paragraph goes on about one of that sex."""
    paragraph = view.paragraph
    if paragraph is None:
        return False
    other = "she" if gender == "m" else "he"
    first = view.order - view.number
    for number in range(view.number):
        sentence = paragraph.sentences[number]
        opening = _SUBJECT_OPENING.match(paragraph.text, sentence.start, sentence.end)
        if opening is not None and opening.group(1).lower() == other and not (
                index.by_sentence[first + number]):
            return True
    return False


# A sentence opening on its subject pronoun: "She had seen him first."
_SUBJECT_OPENING = re.compile(r"\W*(she|he)\b", re.IGNORECASE)


def _lone_owner(index: MentionIndex, view: SentenceView, text: str,
                before: int) -> re.Match[str] | None:
    """The "her" or "his" owning the value (`_OWNER_BEFORE`) in a sentence of the narration
    that names no one before it, nor a relative or a stranger ("My mother-in-law is
    sixty-eight, her hair as white…"), nor says another pronoun of a person: "The film
    magazines wrote about her grey eyes" — whom the pronoun stands for is whom the sentences
    before go on about, as for a "she" opening the sentence."""
    owner = _OWNER_BEFORE.search(text, 0, before)
    if owner is None or in_quotes(view, view.start + before) or _UNNAMED_SOMEONE.search(
            text, 0, owner.start()) or any(
            m.span.start - view.start < before for m in index.in_sentence(view)):
        return None
    others = [found for found in THIRD_PERSON.finditer(text, 0, before)
              if found.start() != owner.start(1)]
    return None if others else owner
# Someone no name stands for, whom such a pronoun may mean: "her mother", "the old woman".
_UNNAMED_SOMEONE = re.compile(rf"\b(?:{KIN_WORDS}|{NEWCOMER})\b", re.IGNORECASE)


def _owner_by_sex(index: MentionIndex, view: SentenceView, text: str, before: int,
                  mentions: list[Mention]) -> tuple[str, int] | None:
    """The one of the several characters named before the value whose sex the "her" or
    "his" owning it (`_OWNER_BEFORE`) tells — when every other one named is known to be of
    the other sex (or is the one alone of untold sex the sentence says "him" of after naming:
    `_other_sex_after`), and the sentence speaks of no one unnamed who may be of the owner's
    sex ("…, and her mother now wore her grey hair plainly": the mother's)."""
    owner = _OWNER_BEFORE.search(text, max(0, before - 40), before)
    if owner is None or in_quotes(view, view.start + owner.start(1)):
        return None
    gender = PRONOUN_GENDER[owner.group(1).lower()]
    if any(sex_of_noun(unnamed.group(0)) != _OTHER_SEX[gender][0]
           for unnamed in _UNNAMED_SOMEONE.finditer(text, 0, before)):
        # Only someone unnamed of the other sex cannot be the "her" (or "his"): "her baby,
        # a fat boy named for his grandfather, …, her brown eyes" is still the mother's.
        return None
    # A sex the story tells only by the word for a relative before the name ("my sister
    # Ruqayya") is enough to tell apart the few this sentence names.
    sexes = {m.cluster.name: index.genders.get(m.cluster.name) or kin_before_sex(
        index, m.cluster.name) for m in mentions}
    unknown = [m for m in mentions if sexes[m.cluster.name] is None]
    if len({m.cluster.name for m in unknown}) == 1 and _other_sex_after(
            view, text, unknown[-1].span.end - view.start, owner.start(), gender):
        # "Rosa stood apart, and when the Skipper climbed out she looked at him with her grey
        # eyes": the one whose sex the story has not told is the "him" the sentence says
        # after naming him — the one of the other sex.
        sexes[unknown[0].cluster.name] = _OTHER_SEX[gender][0]
    same = [name for name, sex in sexes.items() if sex == gender]
    if len(same) != 1 or None in sexes.values():
        return None
    return same[0], owner.end(1)


# A man or a woman the narration speaks of by pronoun, as subject or object.
_PERSON_PRONOUN = {"m": re.compile(r"\b(?:he|him)\b", re.IGNORECASE),
                   "f": re.compile(r"\b(?:she|her)\b", re.IGNORECASE)}


def _other_sex_after(view: SentenceView, text: str, named: int, before: int,
                     gender: str) -> bool:
    """Whether the narration of the sentence, between a name ending at `named` and the
    owning pronoun at `before`, says "he" or "him" (for an owner "her"; "she" or "her" for
    "his"), outside speech: someone of the other sex than the owner, whom the name stands
    for when it is the only one named of unknown sex."""
    other = _OTHER_SEX[gender][0]
    return any(not in_quotes(view, view.start + found.start())
               for found in _PERSON_PRONOUN[other].finditer(text, named, before))


# A trait the subject does something with, right before its value: "with her calm brown eyes",
# "with those dark brown eyes of hers".
_WITH_OWN = re.compile(r"\bwith\s+(her|his|those)\s+(?:[\w-]+,?\s+){0,2}$", re.IGNORECASE)
_OF_OWN = re.compile(r"[\w\s-]{0,30}?\bof\s+(hers|his)\b", re.IGNORECASE)
_OWN_OF_PRONOUN = {"she": ("her", "hers"), "he": ("his", "his")}


def _with_own(text: str, before: int, pronoun: str, possessive: bool) -> bool:
    """Whether the value at `before` is told of a trait the sentence's opening "she" or "he"
    does something with ("She looked at Josephine with her calm brown eyes", "…studied her
    with those dark brown eyes of hers"): the pronoun's, not the one named as the object —
    unless that one is named as the trait's owner ("with Josephine's brown eyes")."""
    found = _WITH_OWN.search(text, max(0, before - 40), before)
    if found is None or possessive:
        return False
    owner = found.group(1).lower()
    if owner == "those":
        # "with those … eyes of hers": whose, the words after the eyes say.
        after = _OF_OWN.match(text, before)
        return after is not None and after.group(1).lower() == _OWN_OF_PRONOUN[pronoun][1]
    return owner == _OWN_OF_PRONOUN[pronoun][0]


def _named_at_birth(context: CheckContext, view: SentenceView) -> str | None:
    """The child a birth the sentence (or the one before) tells is named in the next
    sentences of the paragraph ("She named the child Inés"), if one name is given."""
    paragraph = view.paragraph
    if paragraph is None:
        return None
    sentences = paragraph.sentences
    first = max(0, view.number - 1)
    if not any(_BIRTH.search(paragraph.text, sentences[number].start, sentences[number].end)
               for number in range(first, view.number + 1)):
        return None
    last = sentences[min(len(sentences), view.number + 1 + _NAMING_REACH) - 1].end
    names = {match.group(1) for match in _NAMED_CHILD.finditer(
        paragraph.text, sentences[view.number].end, last)}
    if len(names) != 1:
        return None
    cluster = context.manuscript.cluster_for_word(names.pop())
    return cluster.name if cluster is not None else None


def _named_by_a_shared_name(context: CheckContext, view: SentenceView, name: str,
                            bearers: bool = True) -> bool:
    """Whether the last mention of `name` before `view` is a bare given name the story says
    two people share ("two Lilys"), or one said after "a" ("the house already held a Frank
    and a Frankie"): anyone who bears the name, no one the pronoun after goes on about. With
    `bearers` false, a name said after "a" is passed over, as the pronoun was read past it
    (`MentionIndex.resolve`)."""
    index = context.mentions
    for earlier in index.before(view, REACH):
        for mention in reversed(earlier):
            if mention.cluster.name == name and (bearers or not any_bearer(mention)):
                words = mention.run.words
                if len(words) != 1 or mention.run.title:
                    return False
                # Read in the document, not through the mention's sentence: a run after an
                # edit has not laid out every sentence of the book, and needs no more.
                at = mention.span.start
                return _two_share(context, words[0]) or _A_BEARER.search(
                    index.manuscript.documents[mention.span.document].text, max(0, at - 8),
                    at) is not None
    return False


# An indefinite article right before a given name: "a Frank", "an Ann".
_A_BEARER = re.compile(r"\b(?i:a|an)\s+$")


def _two_share(context: CheckContext, given: str) -> bool:
    """Whether two characters' full names begin with `given` and the story says two people
    share it (`referents.told_apart`), or the story brings in a second bearer of it
    (`referents.also_called`); kept for the run, as the same names come up again."""
    memo = context.shared.setdefault(_TWO_SHARE_MEMO, {})
    if given not in memo:
        forms = context.manuscript.finder.forms
        holders = {cluster.name for cluster in context.manuscript.clusters(EntityKind.CHARACTER)
                   if any(forms[form].words[0] == given for form in cluster.full_names)}
        memo[given] = (len(holders) >= 2 and told_apart(context.manuscript, given)) or (
            also_called(context.manuscript, given))
    return memo[given]


def _role_before(context: CheckContext, view: SentenceView, gender: str) -> str | None:
    """The holder of the role (`roles.role_holder`) an earlier sentence of the paragraph
    opens on, the sentences since naming no one and each opening on a pronoun."""
    paragraph = view.paragraph
    if paragraph is None:
        return None
    index = context.mentions
    for number in range(view.number - 1, -1, -1):
        sentence = paragraph.sentences[number]
        text = paragraph.text[sentence.start : sentence.end]
        role = OPENS_ON_ROLE.match(text)
        if role is not None:
            holder = role_holder(context, role.group("role").lower())
            if holder is None or index.genders.get(holder) not in (gender, None):
                return None
            return holder
        if index.by_sentence[view.order - view.number + number] or not (
            LEADING_PRONOUN.match(text)
        ):
            return None
    return None


def _opener(index: MentionIndex, view: SentenceView, gender: str | None) -> str | None:
    """The character the sentence or paragraph before opens on (`opening_mention`), when the
    name or the narration tells they are of `gender` — for a paragraph's first sentence, unless
    the paragraph before ends by saying a pronoun of `gender` is another character: that one."""
    first = opening_mention(index, view, across_paragraphs=True) if gender else None
    if first is None and gender:
        return _introduced_before(index, view, gender)
    if first is None or (index.genders.get(first.cluster.name) or _came_with_own(
            index, first)) != gender:
        return None
    # "Oyunaa was nine that spring. … To the whole valley she was only Emee. / She was
    # seventy": the paragraph before ends by saying a "she" is another woman, and the "She"
    # opening this one goes on about her. Its last sentence is read in the paragraph
    # `opening_mention` read, not as the one before in reading order.
    before = neighbour(index.manuscript, view, -1) if view.number == 0 else None
    if before is not None:
        placed, orders = before
        text = placed.parsed.text
        said = [m for m in index.by_sentence[orders[-1]] if m.cluster is not first.cluster
                and not m.run.possessive and not said_in_speech(m)
                and (found := PRONOUN_IS.search(
                    text, max(0, m.span.start - placed.base - 30),
                    m.span.start - placed.base)) is not None
                and PRONOUN_GENDER[found.group(1).lower()] == gender]
        if said:
            return said[-1].cluster.name if index.genders.get(
                said[-1].cluster.name) in (gender, None) else None
    return first.cluster.name


def _came_with_own(index: MentionIndex, first: Mention) -> str | None:
    """The sex ("m"/"f") of one whose name tells none, by the "his" or "her" of the relative
    the sentence they open on says they came with ("Yosi came with his wife and their baby"):
    one's own, no one else named or spoken of on the way."""
    text = index.manuscript.documents[first.span.document].text
    found = _WITH_OWN_KIN.match(text, first.span.end)
    return PRONOUN_GENDER[found.group(1).lower()] if found is not None else None


# A name's own relatives it comes with: "Yosi came with his wife", "Maren arrived with her
# two sons" — a verb or two right after the name, no other person between.
_WITH_OWN_KIN = re.compile(r"(?:\s+(?!(?:him|her|them|me|us|you)\b)[a-z]+){1,2}\s+with\s+"
                           rf"(his|her)\s+(?:[a-z]+\s+)?(?:{KIN_WORDS})s?\b")


def _introduced_before(index: MentionIndex, view: SentenceView, gender: str) -> str | None:
    """For a paragraph's first sentence, the one the paragraph before brings in unnamed and
    names in its next sentence, of `gender` ("A Norwegian has come to bide at Setter. His name
    is Halvdan Rørvik and… / He is a long fair man"): whom that paragraph is about."""
    before = neighbour(index.manuscript, view, -1) if view.number == 0 else None
    if before is None:
        return None
    placed, orders = before
    parsed = placed.parsed
    if len(parsed.sentences) < 2 or index.by_sentence[orders.start]:
        return None
    second = parsed.sentences[1]
    given = _NAME_GIVEN.match(parsed.text, second.start, second.end)
    if given is None or PRONOUN_GENDER[given.group("owner").lower()] != gender:
        return None
    named = next((m for m in index.by_sentence[orders.start + 1]
                  if m.span.start - placed.base == given.start("name")), None)
    if named is None or index.genders.get(named.cluster.name) not in (gender, None):
        return None
    return named.cluster.name


def _speakers(index: MentionIndex, view: SentenceView) -> list[str]:
    """The characters a paragraph names outside its quotation marks: who speaks in it."""
    found = neighbour(index.manuscript, view, 0)
    return [m.cluster.name for m in narrated(index, *found)] if found is not None else []


# The same clause after someone no name stands for ("Father, who is seventy-one").
_WHO_IS_BEFORE = re.compile(r",\s*who\s+(?:(?:is|was|had\s+been)\s+(?:now\s+|only\s+|just\s+)?)?$")


# A relative clause between a name and its value: "Alfie, who is nine".
_WHO_IS = re.compile(r",\s*(?:who\s+(?:is|was|had\s+been)?\s*(?:now\s+|only\s+|just\s+)?)?")


# The verb right after a name that tells its value: "…that Kotamarti Prakash was tall".
_COPULA = re.compile(r"(?:was|is|had\s+(?:always\s+)?been|stood)\s", re.IGNORECASE)
_THAT_BEFORE = re.compile(r"(?<!\byear\s)(?<!\bday\s)(?<!\bnight\s)(?<!\btime\s)"
                          r"(?<!\bweek\s)(?<!\bmonth\s)(?<!\bsummer\s)(?<!\bwinter\s)"
                          r"(?<!\bspring\s)(?<!\bautumn\s)\bthat\s+$", re.IGNORECASE)

# A cleft that sets a name first as the subject of the clause after it: "…, but it was Bai
# Xiuying who ran the kitchen now, at sixty-one"; and that "who" clause up to the value, no
# one else spoken of as "he" or "she" in it, and no stop ("…who found him, and he was ten").
_CLEFT_BEFORE = re.compile(r"\b(?i:it)\s+(?:was|is)\s+$")
_CLEFT_WHO = re.compile(r"\s+who\s+(?![^;:.!?\"“”]*\b(?i:he|she|him|her|his|hers|they|them|"
                        r"their|i|me|my|we|us|our|you|your)\b)[^;:.!?\"“”]*")


# A relative clause about the name, the value its own: ", who walked with … her grey eyes".
_WHO_WITH_HER = re.compile(r",\s*who\s+[^,;.!?\"“”]*\b(her|his)\s+(?:[\w-]+\s+){0,2}",
                           re.IGNORECASE)

# Someone unnamed owning the trait: "the boy's eyes", "the old woman's hair".
_DESCRIBED_OWNER = re.compile(r"\bthe\s+((?:old\s+|young\s+|little\s+)?(?:boy|girl|man|woman|lad|"
                              r"lass|child|gentleman|lady))['’]s\s+$", re.IGNORECASE)


# A sentence opening on someone unnamed, new to the scene: "The man who got out was tall", "A
# young woman in a red coat had…" — its subject.
_STRANGER_OPENING = re.compile(rf"^\W*(?i:the|a|an|another)\s+(?:[a-z-]+,?\s+){{0,3}}?"
                               rf"(?P<noun>{NEWCOMER}|newcomer)\b(?!['’]s)")


def _unnamed_opened_before(index: MentionIndex, view: SentenceView, gender: str) -> bool:
    """Whether the sentence before, in the paragraph, opens on someone unnamed of `gender`
    as its subject (`_STRANGER_OPENING`: "The boy asks when Aita is coming home"), and names
    no one of that sex (or of an untold one) as who someone is ("The woman who kept it was
    Rosario Ybañez": her): a pronoun of that sex opening the next one goes on about the
    unnamed one, not about anyone named after."""
    paragraph = view.paragraph
    if paragraph is None or view.number == 0:
        return False
    sentence = paragraph.sentences[view.number - 1]
    opening = _STRANGER_OPENING.match(paragraph.text[sentence.start : sentence.end])
    if opening is None or PERSON_NOUN_GENDER.get(opening.group("noun").lower()) != gender:
        return False
    return not any(m.run.prev in _BEING and index.genders.get(m.cluster.name) in (gender, None)
                   for m in index.by_sentence[view.order - 1])


# A title said alone as a name, opening a sentence: "Sister came that evening", "Doctor
# said nothing" — someone the names the analysis knows do not stand for.
_TITLE_ALONE = re.compile(r"\W*(\w+)\s+[a-z]")


# A sentence that opens by naming its subject: "The boy was Yaw Odoi, mate to Driver Kofi…".
# One of several brought in by number: "The second was Maria Teresa Lacson"; or the one who
# came, said as who it was: "It was Kamal Uddin, Montu's friend from college".
_ONE_OF_THEM_AS = re.compile(r"\W*(?:(?i:the)\s+(?:first|second|third|fourth|fifth|next|last|"
                             r"other|youngest|eldest|oldest)|(?i:it))\s+(?:was|is)\s+")
# Or one who comes to the house, said as who it was, whose sex the name tells: "Our most
# regular visitor that winter was Mr. Quist, … He was the tallest man I knew".
_VISITOR = "visitor|guest|caller|lodger|boarder|tenant"
_NAMED_AS = re.compile(rf"\W*(?:(?i:the)|Our|My|Their)\s+(?:[a-z-]+\s+){{0,2}}?"
                       rf"(?P<noun>{NEWCOMER}|{_VISITOR})(?:\s+(?:that|this|last)\s+"
                       r"(?:spring|summer|autumn|fall|winter|year|month|week))?\s+"
                       r"(?:was|is)\s+")
# Or a "she" or "he" opening it, said to be someone: "She had been Mrs. Jean Renwick since
# October 1966, when she married Big Wattie with Chrissie as bridesmaid".
_PRONOUN_NAMED_AS = re.compile(r"\W*(?P<pronoun>She|He)\s+(?:was|is|had\s+been|has\s+been)\s+")


def _named_as(index: MentionIndex, view: SentenceView, gender: str) -> Cluster | None:
    """The character the sentence before, in the paragraph, names as its subject ("The boy
    was Yaw Odoi, mate to Driver Kofi Ankrah. He was fifteen": Yaw) or as whom a pronoun of
    `gender` opening it is ("She had been Mrs. Jean Renwick since…"), of `gender`."""
    paragraph = view.paragraph
    if paragraph is None or view.number == 0:
        return None
    sentence = paragraph.sentences[view.number - 1]
    opening = _NAMED_AS.match(paragraph.text, sentence.start, sentence.end)
    ordinal = None if opening is not None else _ONE_OF_THEM_AS.match(
        paragraph.text, sentence.start, sentence.end)
    if opening is None and ordinal is None:
        # "She had been Mrs. Jean Renwick since…, when she married… She was sixty-eight now":
        # whom a pronoun of the sex was said to be (not "He was Tomás. She was nine").
        said = _PRONOUN_NAMED_AS.match(paragraph.text, sentence.start, sentence.end)
        if said is not None and PRONOUN_GENDER[said.group("pronoun").lower()] == gender:
            ordinal = said
    if ordinal is not None:
        # "The second was Maria Teresa Lacson, … She was twenty-one", "It was Kamal Uddin,
        # Montu's friend…. He was twenty-one": the sex the name or the narration tells.
        opening = ordinal
    elif opening is None:
        return None
    elif re.fullmatch(_VISITOR, noun := opening.group("noun").lower()):
        # "Our most regular visitor … was Mr. Quist": no sex in the word; the name's.
        ordinal = opening
    elif PERSON_NOUN_GENDER.get(noun) != gender:
        return None
    named = next((m for m in index.by_sentence[view.order - 1]
                  if m.span.start - view.base == opening.end()), None)
    if named is None or named.run.possessive or (
            ordinal is not None and index.genders.get(named.cluster.name) not in (gender, None)):
        return None
    return named.cluster


def _subject_before(index: MentionIndex, view: SentenceView, gender: str) -> Cluster | None:
    """The last character of `gender` the sentence before names as the one doing something
    ("Edmund says everything good is Lisle. He is thirty-nine": Edmund, not the family name
    said after "is"), when that sentence names others after it only as what something is."""
    earlier = index.by_sentence[view.order - 1] if view.number > 0 else []
    doers = [m for m in earlier if m.run.next in PERSON_VERBS and not m.run.possessive
             and m.run.prev not in _BEING and index.genders.get(m.cluster.name) == gender]
    if not doers:
        return None
    last = doers[-1]
    after = [m for m in earlier if m.span.start > last.span.start
             and m.cluster is not last.cluster]
    if any(m.run.prev not in _BEING for m in after):
        return None
    return last.cluster


# Words before a name that make it what something is, not who does something.
_BEING = frozenset({"is", "was", "are", "were", "be", "been"})


# A name given to the one the sentence before is about: "Her name was Nozizwe".
_NAME_GIVEN = re.compile(rf"\W*(?P<owner>Her|His)\s+(?:own\s+|real\s+|given\s+)?name\s+"
                         rf"(?:was|is)\s+(?P<name>{CAPITAL}[\w'’-]+)")


def _name_given_next(context: CheckContext, view: SentenceView) -> str | None:
    """The character the next sentence of the paragraph names as the one this sentence is
    about ("Her name was Nozizwe"), if the analysis knows the name."""
    given = next_opens(view, _NAME_GIVEN)
    if given is None:
        return None
    cluster = context.manuscript.cluster_for_word(given.group("name"))
    return cluster.name if cluster is not None else None


def _addressed_before(index: MentionIndex, view: SentenceView, gender: str) -> str | None:
    """The one the paragraph before calls by name in speech said by someone of the other sex
    ('"Mrs. Imrie," he said'), when `view` opens its paragraph on a pronoun of that one's sex:
    whom the speech was said to, answering or turning to someone."""
    if view.number != 0:
        return None
    before = neighbour(index.manuscript, view, -1)
    if before is None:
        return None
    placed, orders = before
    attribution = ATTRIBUTION.search(placed.parsed.text)
    if attribution is None or PRONOUN_GENDER[attribution.group(1).lower()] == gender:
        return None
    called = called_in_speech(index, opening(placed, orders.start))
    return called if called is not None and index.genders.get(called) == gender else None


def _called_in_scene(index: MentionIndex, view: SentenceView, gender: str) -> str | None:
    """The one of `gender` whom the speech of the last paragraph before `view` that calls
    anyone of that sex by name calls so, said by one of the other sex ('"Fräulein Weiss," he
    said.'), as far back as a scene's talk goes in the chapter: whom a "she" the narration has
    named no one for goes on about."""
    begins = chapter_start(index.manuscript, view.document, view.start)
    for step in range(-1, -view.order - 1, -1):
        found = neighbour(index.manuscript, view, step)
        if found is None:
            return None
        placed, orders = found
        if placed.base < begins or orders.start < view.order - _SCENE_REACH:
            return None
        called = called_in_speech(index, opening(placed, orders.start))
        if called is not None and index.genders.get(called) == gender:
            # Said by one of the other sex ("he said"): not a "she" who may be the speaker.
            said = ATTRIBUTION.search(placed.parsed.text)
            return called if said is not None and (
                PRONOUN_GENDER[said.group(1).lower()] != gender) else None
    return None


# Someone seen coming whom the one who sees knows: "saw a man coming up from the bus…, and I
# knew him by his walk".
_KNOWN_ON_SIGHT = {gender: re.compile(rf"\b(?:I|we|she|he)\s+(?:knew|recogni[sz]ed)\s+{word}\b",
                                      re.IGNORECASE)
                   for gender, word in (("m", "him"), ("f", "her"))}


def _known_on_sight(view: SentenceView, gender: str) -> bool:
    """Whether the paragraph, before `view`, says someone of `gender` brought in unnamed is
    known to the one who sees them ("saw a man coming up…, and I knew him by his walk"): no
    stranger, but the one the story has named ("Halvdan Rørvik came back today.")."""
    paragraph = view.paragraph
    return paragraph is not None and _KNOWN_ON_SIGHT[gender].search(
        paragraph.text, 0, view.start - view.base) is not None


def _title_alone_opened(view: SentenceView) -> bool:
    """Whether the sentence before `view`, in its paragraph, opens on a title alone."""
    paragraph = view.paragraph
    if paragraph is None or view.number == 0:
        return False
    sentence = paragraph.sentences[view.number - 1]
    opening = _TITLE_ALONE.match(paragraph.text, sentence.start, sentence.end)
    return opening is not None and opening.group(1) in wordlists().honorifics


# A line of speech that is a name alone: '"Hauptmann Strehle," Solveig said.'
_NAME_SAID = re.compile(r"""\s*[,.!?]?["”]""")


def _named_next_paragraph(index: MentionIndex, view: SentenceView, gender: str) -> str | None:
    """The character of `gender` (or unknown sex) whose name alone is the first thing said in
    the paragraph after the one holding `view`, by someone named there."""
    found = neighbour(index.manuscript, view, 1)
    if found is None:
        return None
    placed, orders = found
    mentions = index.by_sentence[orders.start]
    text = placed.parsed.text
    if not mentions or not text.startswith(("\"", "“")):
        return None
    first = mentions[0]
    start, end = first.span.start - placed.base, first.span.end - placed.base
    if text[1:start].strip() or not _NAME_SAID.match(text, end) or len(mentions) < 2:
        return None
    if index.genders.get(first.cluster.name) not in (gender, None):
        return None
    return first.cluster.name


# A name said to someone as the last words of a line of speech: '"He is not, Mr. Brack."'
_VOCATIVE_BEFORE = re.compile(r",\s*$")


_VOCATIVE_AFTER = re.compile(r"\s*[.!?]*[\"”]")


def _named_in_reply(index: MentionIndex, view: SentenceView, gender: str | None) -> str | None:
    """The name a reply calls the one who spoke before it: when the paragraph after `view`
    is speech said by a "he" or "she" (of `gender`, when it is known) who names no one
    outside the speech ('"Is the old fellow in?" he said'), the character of that sex (or of
    unknown sex) the next paragraph's speech calls by name at the end of a line ('"He is not,
    Mr. Brack."')."""
    spoken = neighbour(index.manuscript, view, 1)
    reply = neighbour(index.manuscript, view, 2)
    if spoken is None or reply is None or narrated(index, *spoken):
        return None
    said = ATTRIBUTION.search(spoken[0].parsed.text)
    if said is None or gender not in (None, PRONOUN_GENDER[said.group(1).lower()]):
        return None
    gender = PRONOUN_GENDER[said.group(1).lower()]
    placed, orders = reply
    text = placed.parsed.text
    if not text.startswith(("\"", "“")):
        return None
    for order in orders:
        for mention in index.by_sentence[order]:
            start, end = mention.span.start - placed.base, mention.span.end - placed.base
            if (quote_open(text[:start]) and _VOCATIVE_BEFORE.search(text, 0, start)
                    and _VOCATIVE_AFTER.match(text, end)
                    and index.genders.get(mention.cluster.name) in (gender, None)):
                return mention.cluster.name
    return None


# How far ahead (in sentences) a chapter that opens on "she" names her.
_AHEAD = 8


def _named_later(index: MentionIndex, view: SentenceView, gender: str) -> Cluster | None:
    """Whom a "she" or "he" means in a chapter that has named no one yet: the first character
    of that sex named in the next few sentences ("She was tall… Her eyes were gray… 'My name
    is Lorraine Whitcomb.'"). A chapter is a document, or its part after a heading ("Chapter
    Three / He came back in August of 1958"): who the chapters before named is far behind."""
    chapter = index.orders_of(view.document)
    begins = chapter_start(index.manuscript, view.document, view.start)
    # Back to the nearest sentence that names anyone: in this chapter, or before it.
    last_named = next((index.by_sentence[order][-1] for order in range(
        view.order - 1, chapter.start - 1, -1) if index.by_sentence[order]), None)
    if last_named is not None and last_named.span.start >= begins:
        return None
    for order in range(view.order, min(chapter.stop, view.order + _AHEAD + 1)):
        for mention in index.by_sentence[order]:
            if index.genders.get(mention.cluster.name) == gender:
                return mention.cluster
    return None


# The teller's parent speaking, in the narration: "my father asked", "said my mother".
_PARENT_SPEAKS = re.compile(
    r"\bmy\s+(?P<kin>father|mother)\s+(?:asked|said|answered|replied)\b|"
    r"\b(?:asked|said|answered|replied)\s+my\s+(?P<after>father|mother)\b", re.IGNORECASE)
_PARENT_CUES = CueWords(["father", "mother"])
_PARENT_SEX = {"father": "m", "mother": "f"}
_REPLY_MEMO = "attribute_owner.parent_called_in_reply"


def parent_called_in_reply(context: CheckContext, owner: str) -> str | None:
    """The name the story's replies call the teller's parent by, for `owner` as `kin_subject`
    gives the parent no name stands for ("the narrator's father"): the one character whom
    speech opening the next paragraph — said by a "she" to a father, a "he" to a mother —
    calls by name, of the parent's sex, after a paragraph that ends on the parent speaking
    ('"What is a concept store?" my father asked. / "Nobody knows, Mr. Quist," she said.');
    None where no reply calls him by name, or two names."""
    table = context.shared.get(_REPLY_MEMO)
    if table is None:
        table = context.shared[_REPLY_MEMO] = _parents_called_in_reply(context)
    return table.get(owner)


def _parents_called_in_reply(context: CheckContext) -> dict[str, str]:
    """`parent_called_in_reply` for every teller's parent at once."""
    index = context.mentions
    found: dict[str, set[str]] = {}
    for view, spoken in cue_sentences(context.manuscript, "attribute-owner.parent-speaks",
                                      _PARENT_SPEAKS.search, _PARENT_CUES):
        kin = (spoken.group("kin") or spoken.group("after")).lower()
        paragraph = view.paragraph
        if (paragraph is None or view.number != len(paragraph.sentences) - 1
                or in_quotes(view, view.start + spoken.start())):
            continue  # the reply answers the paragraph's last words, the parent's own
        after = neighbour(context.manuscript, view, 1)
        if after is None or not after[0].parsed.text.lstrip().startswith(('"', "“")):
            continue
        placed, orders = after
        said = ATTRIBUTION.search(placed.parsed.text)
        sex = _PARENT_SEX[kin]
        if said is None or PRONOUN_GENDER[said.group(1).lower()] == sex:
            continue  # the parent's wife or husband answering, not the parent going on
        called = called_in_speech(index, opening(placed, orders.start))
        if called is not None and index.genders.get(called) == sex:
            found.setdefault(f"{narrator(index, view)}'s {kin}", set()).add(called)
    return {owner: names.pop() for owner, names in found.items() if len(names) == 1}
