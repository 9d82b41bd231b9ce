"""attribute drift: eye colour, hair colour, age or height stated differently for one character.

An attribute is read from a sentence that names exactly one character ("Mara's green eyes", "her
mother's eyes, grey as the river", "Mara, a thirty-year-old…", "Mara was tall", "Mara is five
foot two"), or said obliquely: a height by what someone reaches ("barely reaches Inés's
shoulder"), an age nobody would take him for ("never have taken him for more than twenty-nine":
at most that), an age as "for a woman of fifty-eight she…" (the pronoun's), a trait said to its
owner ("Your eyes are the same. Dark as his." — the listener's, named around the speech, or
looked at just before by the "she" who says it), a newcomer's that a sentence opens on ("The man
who got out was tall, with pale blue eyes") — the one whom the reply to what he says next calls
by name ('"…?" he said. / "He is not, Mr. Brack."'), a newborn's that the sentences after the
birth name ("She came into the world with her eyes already open, and they were green… She named
the child Inés"), or a colour asked about and told in the answer after ("what colour Tamar's
eyes are. They are brown": the one the question names), or an age the narration's "I" tells
("In the autumn of 1922 I was fourteen"): the teller's, where the story names the teller — the
one who signs the letter, or the one character its chapter's heading names ("What Bibi
Remembers"). A "she" opening a sentence, after a
phrase of time or place put first ("In the lamplight her brown eyes…"), is whom the sentences
before go on about; an age's clause of another time leaves its value to the one named only for
an age. An age once — in a clause of time ("When Theo was six"), one something was done at ("had
learned at nine years old") or one someone "had been" right after an event told in the past
perfect ("… a shell had come through its roof. Hodan had been five.") — is not the character's
as the story stands (though a past moment named by a month the story told as it happened, with
no years between, is of the other age's season: "twenty-two that year" in October, "had been
seventeen that November"), nor is hair told as what someone had once ("the black hair she had
had at seventeen"). Spellings of one name ("Ines", "Inés", "Mother Nelda"/"Mother Neldah") are
one character, as is a name someone gave her where the story first says it ("…, and so Emeka
had named her Lady Moonlight"), and a first name said alone that the analysis gave to no full name —
or a short form keeping the end of it, "Tante Lieve" of Godelieve, or a pet form keeping its head,
"Annie" of Annaliese — is compared with the one full name that has it, as a parent called by a
family word ("Abba") is with the name the story gives that parent (`parents.called_parent`); but a
word mostly said after "the" is a title, not a first
name ("the old Ozo" is not "Ozo Ikenna", who took his father's title). Two values that cannot
both hold for the same attribute of the same character is the contradiction; both sentences are
quoted — unless the name is said with opposite words of age at each ("Young Walter is nineteen",
"Old Walter Haywood is fifty-eight"): a father and the son named for him — or a value is told
beside the news that its owner's name was given to a child too ("He had been christened Francis
Xavier Doyle, and so had his son"): either's; and hair the story tells is dyed ("every second
Sunday she hennaed her grey hair a dark copper red") may be any colour from there on.
A trait or an age the narration tells as the teller's own ("He says my brown eyes are…", "In
the autumn of 1922 I was fourteen years old") is the teller's: the one who signs the letter or
whom the chapter's heading names (`referents.narrator`), else no one's the story names — not the
"he" who speaks of it.
The teller's "my father" the story never names beside the word is the one the replies to him
call by name (`attribute_owner.parent_called_in_reply`).
The words of a value and whether two values clash are `attribute_values`'; whose a value told
of "she" or "he" (or a name) is, `attribute_owner`'s; whether the years between two values
explain them, `attribute_time`'s; this module decides the rest.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.checks.attribute_owner import parent_called_in_reply, subject
from app.core.checks.attribute_time import (
    Observation,
    generations_apart,
    greyed,
    time_explains,
    told_of_another,
    when_told,
)
from app.core.checks.attribute_values import (
    ANSWERED_COLOUR,
    ASKED,
    CUE_WORDS,
    EPITHET,
    KIN_WORDS,
    LEADING_COLOUR,
    OWNED_BY_PRONOUN,
    SAME,
    SHADE,
    conflict,
    stated_values,
)
from app.core.checks.base import CheckContext
from app.core.checks.cues import cue_sentences, neighbour, next_opens, quote_open
from app.core.checks.evidence import contrast
from app.core.checks.examples.attribute_drift import EXAMPLES as EXAMPLES
from app.core.checks.mentions import (
    PERSON_NOUN_GENDER,
    PRONOUN_GENDER,
    MentionIndex,
    kin_before_sex,
)
from app.core.checks.parents import PARENT_WORDS, called_parent
from app.core.checks.referents import (
    ATTRIBUTION,
    LEADING_PRONOUN,
    NARRATOR,
    PRONOUN_IS,
    THIRD_PERSON,
    addressee,
    age_epithet,
    called_in_speech,
    given_name,
    named_for_parent,
    narrated,
    narrator,
    referent,
    shared_name,
    told_apart_by_age,
)
from app.core.manuscript import Manuscript, SentenceView
from app.core.model import EntityKind, Finding, WarningKind
from app.core.names import DAUGHTER_OF, family_name_first
from app.core.text import CAPITAL
from app.core.variants import capitalised_words, pet_forms

RULE = "attribute-drift"
KIND = WarningKind.CONTRADICTION


# Someone else's attribute or another time ("ever since she was twelve") is not a statement
# about the character as the story stands. "Long since" is no clause of time but "long ago"
# ("the town had long since stopped asking"), and brings in no other time.
_OTHER_SUBJECT = re.compile(r"\b(?:he|she|they|i|you|we|when|(?<!\blong\s)since|until|if|"
                            r"would|could|might|should|will|before|after)\b", re.IGNORECASE)
# An age in a clause of time: one the character was once, not is ("When Theo was six",
# "the year she turned forty", "since she was fourteen").
_ONCE = re.compile(r"\b(?i:when|since|until|till|before|after|once|for\s+a\s+moment|"
                   r"for\s+an\s+instant|the\s+year|the\s+day|"
                   r"the\s+summer|the\s+winter|the\s+spring|the\s+autumn|the\s+night|"
                   r"the\s+(?:January|February|March|April|May|June|July|August|September|"
                   rf"October|November|December)|by\s+the\s+time)\s+(?:(?:{CAPITAL}[\w'’-]*|"
                   r"(?i:she|he|I|we|they|you|the\s+\w+))\s+){1,3}"
                   r"(?i:was\s+|were\s+|turned\s+|had\s+turned\s+|had\s+been\s+)?$")
# An age at which something was done ("had learned at nine years old", "went to sea at
# fourteen years of age", "had come out alone in the summer of 1985, at fourteen"): one the
# character was once. Only after a word of the clause or its year, for "Mara, at thirty years
# old, …" sets an age beside the name, and "who at" is the character's.
_DONE_AT_AGE = re.compile(r"\b(?:(?!who\b)[a-z]+|(?:1[5-9]\d\d|20\d\d),?)\s+at\s+$",
                          re.IGNORECASE)
# What someone claims, after the sentence has said what is: "…and told anyone who asked that
# he was fourteen".
_CLAIMED = re.compile(r"\b(?:told|tells|said|says|claimed|claims|swore|swears|pretended|"
                      r"pretends|insisted|insists|lied)\b[^.;!?]*\bthat\s+(?:he|she)\s+"
                      r"(?:(?:was|is)\s+)?$|"
                      # "He is twenty-one and thinks he is forty": how he feels
                      r"\b(?:thinks|thought|feels|felt|believes|believed)\s+(?:that\s+)?"
                      r"(?:he|she)\s+(?:(?:was|is)\s+)?$", re.IGNORECASE)
# The teller's own trait, right before its value: "my brown eyes", "my grey hair".
_MINE = re.compile(rf"\b(?i:my)\s+(?:{SHADE},?\s+)?$")
# Speech about oneself (its speaker's pronoun: `referents.ATTRIBUTION`).
_SAID_OF_SELF = re.compile(r"""^\W*I(?:\s+am|['’]m)\b""")
# The teller's "I" right before the value, in narration: "In the autumn of 1922 I was fourteen",
# "I am now sixty", "I'm twenty-four".
_TELLER_IS = re.compile(r"\bI(?:\s+(?:am|was|had\s+been)|['’]m)\s+(?:now\s+|only\s+|just\s+)?$")


def find(context: CheckContext) -> list[Finding]:
    index = context.mentions
    seen: dict[tuple[str, str], dict[str, Observation]] = {}
    # Whose hair the story tells is dyed, and where it first does: from there on a colour of
    # that hair may be the dye's.
    dyed_from: dict[str, int] = {}
    manuscript = context.manuscript
    for view, matches in cue_sentences(manuscript, RULE, stated_values, CUE_WORDS):
        text = index.text(view)
        for number, (attribute, start, value, pronoun, end) in enumerate(matches):
            if _CLAIMED.search(text, 0, start) and any(
                    other[0] == attribute and other[1] < start for other in matches[:number]):
                continue  # "He was twelve and told anyone who asked that he was fourteen"
            if attribute == "age" and _ONCE.search(text, 0, start):
                continue  # "When Theo was six", "the year she turned forty": an age once
            told_at = max(start, text.find(value, start))  # the number itself
            if attribute == "age" and _DONE_AT_AGE.search(text, max(0, told_at - 40), told_at):
                continue  # "Ingrid had learned at nine years old": the age something was done
            if attribute == "age" and _LOOKED.search(text, max(0, start - 30), start + 1):
                continue  # "he looked about twelve years old": how old he looks
            if attribute == "age" and _YEAR_OLD.match(text, told_at) and _SOMEONE_OF_AGE.search(
                text, max(0, told_at - 30), told_at
            ):
                continue  # "Halina saw the nine-year-old on the water butt": someone else
            if attribute == "hair colour" and _HAIR_ONCE.match(text, end):
                continue  # "the black hair her grandmother had had at seventeen": hers once
            # "she had dyed her grey hair a bold henna red", or a paragraph that tells of dye
            # ("Her hair was black… She had dyed it every month since"): a change made on
            # purpose, no colour to compare — but it tells whose hair is dyed.
            dyed = attribute == "hair colour" and _DYED.search(
                view.paragraph.text if view.paragraph is not None else text) is not None
            if dyed and (pronoun or not value):
                continue
            if pronoun in ("he", "she") and not value:
                # "Dylan was eight in that. He has my eyes. Grey as a wet Tuesday."
                observed = _told_of(index, view, pronoun)
                if observed is None:
                    continue
                name, value, view_told = observed
                values = seen.setdefault((_canonical(context, name), attribute), {})
                values.setdefault(value, Observation(attribute, value, view_told,
                                                      view_told.end))
                continue
            if pronoun == ASKED:
                # "Bobe asked what colour Tamar's eyes are. They are brown, Bobe": the one
                # named as the trait's owner, and the colour the answer after tells.
                observed = _answered(index, view, start, end, attribute)
                if observed is not None:
                    name, value, view_told = observed
                    values = seen.setdefault((_canonical(context, name), attribute), {})
                    values.setdefault(value, Observation(attribute, value, view_told,
                                                          view_told.end))
                continue
            if pronoun == "your":
                # Said to someone: "Your eyes are green" is about the listener.
                observed = _told(index, view, value)
                if observed is None:
                    continue
                name, value, view_told = observed
                values = seen.setdefault((_canonical(context, name), attribute), {})
                values.setdefault(value, Observation(attribute, value, view_told,
                                                      view_told.end))
                continue
            if pronoun:
                # The pattern names whom it is about ("taken him for…"): the sentence's
                # grammatical subject is someone else.
                found = referent(index, view, "m" if pronoun in ("him", "he") else "f")
                if found is None:
                    continue
                name = found
            elif attribute == "height" and EPITHET.match(text, start):
                # "Tall Oumar Sissoko had to stoop": the one named right after the epithet,
                # or no one (a place, "Tall Pines").
                name = next((m.cluster.name for m in index.in_sentence(view)
                             if m.span.start == view.start + end), "")
                if not name:
                    continue
            elif _SAID_OF_SELF.match(text) and quote_open(text[:start]):
                # '"I am seventy-nine years old," she says': the speaker's.
                name = _speaker(index, view, text) or ""
                if not name:
                    continue
            elif (_TELLER_IS.search(text, max(0, start - 30), start)
                  or _MINE.search(text, max(0, start - 30), start)) and not quote_open(
                      text[:start]):
                # "In the autumn of 1922 I was fourteen years old", "He says my brown eyes are
                # the colour of the tea", told in a letter she signs or a chapter its heading
                # says is hers ("What Bibi Remembers", "From the Diary of Rojda Kaya"): the
                # teller's, whoever the sentence names — and no one's the story names when the
                # teller is no one's.
                name = narrator(index, view)
                if name == NARRATOR:
                    continue
            else:
                name, subject_end = subject(context, view, text, start) or ("", 0)
                told_of = PRONOUN_IS.search(text, 0, start) if not name else None
                seen_by_teller = _TELLER_SEES.match(text, 0, start) if not name else None
                if seen_by_teller is not None and not quote_open(text[:start]):
                    # "I can see her grey eyes yet": the teller sees them, and they are the
                    # woman's the sentences before named.
                    name = referent(index, view, PRONOUN_GENDER[
                        seen_by_teller.group(1).lower()], another_before=True)
                    if not name:
                        continue
                elif told_of is not None:
                    # "…at teatime she told them that she was seventy-one years of age": the
                    # woman the last sentences named.
                    name = referent(index, view, PRONOUN_GENDER[told_of.group(1).lower()],
                                    another_before=True)
                    if not name:
                        continue
                elif not name or start < subject_end or _another_subject(
                    index, name, text[subject_end:start], attribute
                ):
                    continue
            if shared_name(context.manuscript, name) or named_for_parent(
                context.manuscript, name
            ) or _named_for_own_parent(index, text, name) or _name_passed_on(
                index, view, name):
                # "He is ten, and he has been christened for his father": of the two who
                # bear the name, which is unsure.
                continue
            if dyed:
                dyed_from.setdefault(_canonical(context, name), view.order)
                continue
            values = seen.setdefault((_canonical(context, name), attribute), {})
            now, then, timed, turned, month = when_told(view, text, start, end, value) if (
                attribute == "age") else (False, False, False, False, "")
            values.setdefault(value, Observation(attribute, value, view, view.start + end,
                                                  now, then, timed,
                                                  _age_said(index, view, name, start), turned,
                                                  month))
    findings = []
    for (name, attribute), values in seen.items():
        bare = _bare_first_name(context, name)
        told = seen.get((bare, attribute), {}) if bare else {}
        if told and (_namesakes(context, name, bare) or any(
            said == attribute and other != name and _bare_first_name(context, other) == bare
            for other, said in seen
        )):
            # Another character has that first name too, or another full name with it says
            # it too: whose it is is unsure.
            told = {}
        # "Ivy" said alone, where the analysis could not tell which Ivy it is, is compared
        # with the full name's values — a pair from the bare name alone is its own finding.
        merged = {**told, **values}
        if len(merged) < 2:
            continue
        ordered = sorted(merged.values(), key=lambda o: o.sentence.order)
        own = set(map(id, values.values()))
        pair = next(((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :]
                     if (id(a) in own or id(b) in own) and conflict(a.value, b.value)
                     and not _told_apart_by_age(a, b)
                     and not _one_told_by_age(context, name, a, b)
                     and not (attribute == "age" and (time_explains(context, a, b)
                                                      or generations_apart(context, a, b)
                                                      or told_of_another(context, a, b,
                                                                         ordered)))
                     and not (attribute == "hair colour" and (
                         greyed(context, a, b) or _dyed_by(dyed_from, (name, bare), b)))
                     and not _deep_hue(manuscript, a, b)),
                    None)
        if pair is not None:
            findings.append(_finding(context, name, attribute, *pair))
    return findings


# A hue told with a word of its depth: "eyes of a deep blue", "dark green eyes".
_DEEP_HUE = re.compile(r"\b(?:dark|darkest|deep)[\s,-]+(?:[a-z]+[\s,-]+)?(?:blue|green)\b",
                       re.IGNORECASE)


def _deep_hue(manuscript: Manuscript, first: Observation, second: Observation) -> bool:
    """Whether one of two colours is "dark" and the other a blue or green told as deep or dark
    ("Ivo had dark eyes", "Ivo's eyes were a deep blue"): such eyes may be called dark."""
    for shade, hue in ((first, second), (second, first)):
        if shade.value == "dark" and hue.value in ("blue", "green"):
            text = manuscript.documents[hue.sentence.document].text
            return _DEEP_HUE.search(text, max(hue.sentence.start, hue.at - 40), hue.at) is not None
    return False


def _dyed_by(dyed_from: dict[str, int], names: tuple[str, str | None],
             later: Observation) -> bool:
    """Whether the later of two hair colours is told once the story has told that the hair is
    dyed ("every second Sunday she hennaed her grey hair a dark copper red … Her copper hair
    caught the lamplight"): it may be the dye's, whatever colour the hair was before."""
    return any(name in dyed_from and dyed_from[name] <= later.sentence.order
               for name in names if name)


def _age_said(index: MentionIndex, view: SentenceView, name: str, before: int) -> str | None:
    """The word of age ("elder", "younger") the sentence says `name` with, named last before
    the value at `before` (`referents.age_epithet`): "Young Walter is nineteen". A sentence
    that does not name them before the value ("Wee Tam was in his jersey. He pushed his black
    hair back") tells of the one its paragraph named: the word every earlier naming there says
    them with, when all say the same one."""
    text = index.manuscript.documents[view.document].text
    for mention in reversed(index.in_sentence(view)):
        if mention.cluster.name == name and mention.span.start - view.start < before:
            return age_epithet(text, mention.span.start, mention.span.end)
    # The "he" or "his" goes back to the paragraph's naming: the bearer said there is the one
    # meant, unless the paragraph names both bearers (or one with and one without the word).
    said = {age_epithet(text, mention.span.start, mention.span.end)
            for mention in index.earlier_in_paragraph(view) if mention.cluster.name == name}
    return next(iter(said)) if len(said) == 1 else None


def _told_apart_by_age(first: Observation, second: Observation) -> bool:
    """Whether two values are told of the name said with opposite words of age ("Young Walter
    is nineteen", "Old Walter Haywood is fifty-eight"): a father and the son named for him."""
    ages = {first.elder_or_younger, second.elder_or_younger}
    return ages == {"elder", "younger"}


def _one_told_by_age(context: CheckContext, name: str, first: Observation,
                     second: Observation) -> bool:
    """Whether the two values are not both told of the name said with one word of age, in a
    story that tells two bearers of the given name apart so ("big Wim", "little Wim"): which
    one a plain "Wim" or "Wim Tielman" means is unsure."""
    if first.elder_or_younger is not None and (
            first.elder_or_younger == second.elder_or_younger):
        return False
    return told_apart_by_age(context.manuscript, given_name(name))


def _bare_first_name(context: CheckContext, name: str) -> str | None:
    """The first name of a full name ("Ivy" of "Ivy Dunmore") when the story has a character
    called by it alone: mentions the analysis did not give to any one full name. They are
    compared with the full name's only when no other character has a full name with that
    first name. Else the character called by a short form of it (`_short_forms`)."""
    first, _, rest = name.partition(" ")
    if not rest or first.endswith("."):
        return None
    if first in context.manuscript.finder.clusters:
        return None if _said_as_role(context.manuscript, first) else first
    return _short_forms(context).get(name)


# "the" before a capitalised word, perhaps with a word of age between: "the Ichie said", "the
# old Ichie".
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?:old|young|late|new)\s+)?$")


def _said_as_role(manuscript: Manuscript, word: str) -> bool:
    """Whether a word a character is called by alone is mostly said after "the" ("the Ichie
    said", "the old Ichie"): a title or a rank someone holds, as no given name is said, and one
    that two people may hold in turn ("Ichie Nnamdi", then his son "Ichie Ifeanyi")."""
    spans = capitalised_words(manuscript).spans(word)
    after_the = sum(1 for span in spans if _THE_BEFORE.search(
        manuscript.documents[span.document].text, max(0, span.start - 12), span.start))
    return 2 * after_the > len(spans)


# A short form of a given name may keep its end, dropping a syllable or more from its head
# ("Lieve" of Godelieve, "Tina" of Christina, "Mina" of Wilhelmina): one at least this long,
# this many letters shorter.
_SHORT_FORM_LEAST = 4
_HEAD_DROPPED = 3


def _short_forms(context: CheckContext) -> dict[str, str]:
    """Full name -> the character called only by a short form keeping the end of its given
    name, titled or not ("Tante Lieve" for Godelieve van der Berghe), or by a pet form of it
    ("Dutch Annie" for Annaliese Vos, `pet_forms`): when the form is one full name's and no
    other's, one character alone is called by it, and the two
    are of one sex where it is told. Kept for the run."""
    key = f"{RULE}.short_forms"
    found: dict[str, str] | None = context.shared.get(key)
    if found is not None:
        return found
    forms = context.manuscript.finder.forms
    characters = context.manuscript.clusters(EntityKind.CHARACTER)
    called: dict[str, list[str]] = {}  # a one-word name, in lower case -> who goes by it alone
    for cluster in characters:
        words = {forms[form].words for form in cluster.forms}
        alone = next(iter(words)) if len(words) == 1 and not cluster.full_names else ()
        if len(alone) == 1 and len(alone[0]) >= _SHORT_FORM_LEAST:
            called.setdefault(alone[0].lower(), []).append(cluster.name)
    holders: dict[str, set[str]] = {}  # a short form -> the full names whose given name it ends
    for cluster in characters:
        for full in cluster.full_names:
            words = forms[full].words
            given = words[0].lower()
            if family_name_first(words):
                continue
            for cut in range(_HEAD_DROPPED, len(given) - _SHORT_FORM_LEAST + 1):
                if given[cut:] in called:
                    holders.setdefault(given[cut:], set()).add(cluster.name)
            for cut in range(_PET_HEAD_LEAST, len(given)):
                for pet in pet_forms(given[:cut], _PET_ENDINGS) & called.keys():
                    if pet != given:
                        holders.setdefault(pet, set()).add(cluster.name)
    genders = context.mentions.genders
    found = {}
    for short, names in holders.items():
        if len(names) == 1 and len(called[short]) == 1:
            name, other = names.pop(), called[short][0]
            if len({genders.get(name), genders.get(other)} - {None}) <= 1:
                found[name] = other
    context.shared[key] = found
    return found


# A pet form of a given name keeps its head and ends in "-ie" or "-y", doubling the head's last
# letter or not ("Annie" of Annaliese, "Katie" of Katherine, "Robbie" of Robert): a head at
# least this long.
_PET_HEAD_LEAST = 3
_PET_ENDINGS = ("ie", "y")


def _namesakes(context: CheckContext, name: str, first: str | None) -> bool:
    """Whether a character other than `name`, named at least twice, has a full name
    beginning with `first` (Walter Ackroyd Senior and Walter Ackroyd Junior)."""
    forms = context.manuscript.finder.forms
    for cluster in context.manuscript.clusters(EntityKind.CHARACTER):
        # A full name said once may be this one's with the wrong surname (Hope Mason for
        # Hope Baker): a namesake is someone the story names at least twice.
        if cluster.name != name and len(cluster.mentions) >= 2 and any(
            forms[form].words[0] == first for form in cluster.full_names
        ):
            return True
    return False


def _canonical(context: CheckContext, name: str) -> str:
    """The character a name is a spelling variant of ("Ines" -> Inés Castañeda, "Mother
    Neldah" -> Mother Nelda): one person's eyes, however the name is spelt; the parent a
    family word stands for ("Abba" -> Getachew Alemu, `parents.called_parent`); and the one
    the replies to the teller's unnamed father call by name."""
    if name.lower() in PARENT_WORDS:
        return called_parent(context, name) or name
    if name.startswith(f"{NARRATOR}'s "):
        # The teller's "my father", whom the replies to him call by name, is that name.
        return parent_called_in_reply(context, name) or name
    given_to = _nickname_of(context, name)
    if given_to is not None:
        # "…, and so Emeka had named her Lady Moonlight": a name someone gave her is hers.
        return given_to
    groups = context.variant_groups
    if " " in name:
        words = name.split(" ")
        daughter = _daughter_called_formally(context, words)
        if daughter is not None:
            return daughter
        respelt = " ".join(groups.get(word, word) for word in words)
        if respelt != name and respelt in context.manuscript.finder.clusters:
            return respelt
        return name
    root = groups.get(name, name)
    if root == name:
        return name
    cluster = context.manuscript.cluster_for_word(root)
    return cluster.name if cluster is not None else name


def _daughter_called_formally(context: CheckContext, words: list[str]) -> str | None:
    """The character a given name and a woman's patronymic alone stand for ("Evdokia
    Ivanovna", `DAUGHTER_OF`): the one the given name said alone belongs to, as Russian
    speech calls a woman politely by her given name and her father's — when no other
    character named twice has a full name with that given name (`_namesakes`)."""
    if len(words) != 2 or DAUGHTER_OF.search(words[1]) is None:
        return None
    cluster = context.manuscript.cluster_for_word(words[0])
    name = " ".join(words)
    if cluster is None or cluster.name == name or _namesakes(context, cluster.name, words[0]):
        return None
    return cluster.name


# A name someone gives a character, right before it: "Emeka had named her Lady Moonlight".
_NAMED_AS = re.compile(r"\b(?:named|called|nicknamed|dubbed)\s+(her|him)\s+$")
# The one who gives it, a name, right before the verb: "Emeka had named her".
# (not "She named her Inés": a pronoun is the mother naming her child).
_NAMER = re.compile(rf"\b(?!(?:She|He|They|We|I)\b){CAPITAL}[\w'’-]+\s+(?:had\s+)?"
                    r"(?:named|called|nicknamed|dubbed)\s+(?:her|him)\s+$")


def _nickname_of(context: CheckContext, name: str) -> str | None:
    """The character a name is one someone gave, where the story first says it in that giving
    ("She came to the Palm Royal after dark, and so Emeka had named her Lady Moonlight"): the
    one the "her" or "him" stands for — the "she" or "he" the sentence opens on, whom the
    sentences before name — not the namer's own child ("She named her Inés": the namer is a
    pronoun, and the one named no one before)."""
    index = context.mentions
    mentions = index.by_cluster.get(name)
    if not mentions:
        return None
    first = mentions[0]
    view = first.sentence
    text = index.text(view)
    at = first.span.start - view.start
    given = _NAMED_AS.search(text, max(0, at - 40), at)
    opening = LEADING_PRONOUN.match(text)
    if given is None or opening is None or not _NAMER.search(text, max(0, at - 60), at) or (
            PRONOUN_GENDER[opening.group(1).lower()] != PRONOUN_GENDER[given.group(1)]):
        return None
    owner = index.resolve(view, given.group(1), spoken=False)
    return owner.name if owner is not None and owner.name != name else None


def _told(index: MentionIndex, view: SentenceView, value: str
          ) -> tuple[str, str, SentenceView] | None:
    """(listener, value, sentence) for an attribute said to someone; an empty `value` is
    in the next sentence ("Your eyes are the same. Dark as his."), quoted with it."""
    if not value:
        following = _colour_after(view)
        if following is None:
            return None
        value, view = following
    # '"You are thirty-one years old, Grace."': the one the speech calls by name.
    listener = called_in_speech(index, view) or addressee(index, view)
    return (listener, value, view) if listener else None


def _told_of(index: MentionIndex, view: SentenceView, pronoun: str
             ) -> tuple[str, str, SentenceView] | None:
    """(character, value, sentence) for "He has my eyes. Grey as a wet Tuesday.": the one
    the pronoun stands for, spoken of or not, and the colour the next sentence opens on."""
    following = _colour_after(view)
    cluster = index.resolve(view, pronoun)
    if following is None or cluster is None:
        return None
    value, view = following
    return cluster.name, value, view


def _answered(index: MentionIndex, view: SentenceView, start: int, end: int,
              attribute: str) -> tuple[str, str, SentenceView] | None:
    """(character, value, sentence) for a colour asked about in text[start:end] ("what
    colour Tamar's eyes are") and told by the next sentence ("They are brown"): the one the
    question names as the owner."""
    owners = [m for m in index.in_sentence(view) if m.run.possessive
              and start <= m.span.start - view.start < end]
    following = _colour_after(view, ANSWERED_COLOUR[attribute])
    if len(owners) != 1 or following is None:
        return None
    value, view = following
    return owners[0].cluster.name, value, view


def _colour_after(view: SentenceView, colour_opening: re.Pattern[str] = LEADING_COLOUR
                  ) -> tuple[str, SentenceView] | None:
    """The colour the sentence after `view` opens on ("Green like a bottle.", or as
    `colour_opening` says it), and `view` stretched over both."""
    colour = next_opens(view, colour_opening)
    if colour is None:
        return None
    value = SAME.get(colour.group(1).lower(), colour.group(1).lower())
    following = view.paragraph.sentences[view.number + 1]
    return value, replace(view, end=view.base + following.end)


# A sentence that tells of hair dyed tells of a colour changed on purpose.
_DYED = re.compile(r"\b(?:dyed?|dyes|dyeing|henna|hennaed|bleached|tinted|rinsed|"
                   # "her chestnut hair has been redone … the hairdresser touched up the roots"
                   r"hairdresser|(?:touch(?:ed)?|touching)\s+up\s+the\s+roots|redone)\b",
                   re.IGNORECASE)
# Hair told as what someone had once: "the black hair her grandmother had had at seventeen",
# "the red hair she used to have" — not what she has had done to it ("had had cut short").
_HAIR_ONCE = re.compile(r"\s+(?:that\s+|which\s+)?(?:(?:her|his|their|my|the)\s+)?[\w'’-]+\s+"
                        r"(?:had\s+(?:once\s+)?had|once\s+had|used\s+to\s+have)\b"
                        r"(?!\s+(?:it\s+)?(?:cut|trimmed|bobbed|cropped|shorn|shaved|done|set|"
                        r"permed|dyed|styled|washed)\b)", re.IGNORECASE)
def _speaker(index: MentionIndex, view: SentenceView, text: str) -> str | None:
    """Who says the sentence's speech: the character named outside the quotation marks, else
    the one "she"/"he" stands for in the attribution ('…," she says'), else the one the
    paragraph names outside its speech — no one, when the narration after a line opens on a
    relative called by a kin word ("Her mother laughed softly"), who no name stands for."""
    named = [m.cluster.name for m in index.in_sentence(view)
             if not quote_open(text[: m.span.start - view.start])]
    if named:
        return named[0]
    attribution = ATTRIBUTION.search(text)
    if attribution is None:
        # '"Mm-hm." Odessa looks at her. "I am sixty-one years old…"': the one character the
        # paragraph names outside its speech — unless the narration right after a line is
        # a relative's no name stands for ('"You were nine." Her mother laughed softly. "I
        # am fifty-nine…" She touched Grace's cheek': the mother speaks, to Grace).
        if view.paragraph is not None and _RELATIVE_SPEAKS.search(view.paragraph.text):
            return None
        here = neighbour(index.manuscript, view, 0)
        speakers = {m.cluster.name for m in narrated(index, *here)} if here else set()
        return speakers.pop() if len(speakers) == 1 else None
    return referent(index, view, PRONOUN_GENDER[attribution.group(1).lower()])


# Narration opening on a relative called by a kin word right after a line of speech, said by
# them or done between their lines: '…," her mother said', '…." Her mother laughed softly.'
_RELATIVE_SPEAKS = re.compile(rf"[.!?,…—-][\"”]\s+(?i:her|his|their|my)\s+(?:[\w-]+\s+)?"
                              rf"(?i:{KIN_WORDS})\b(?!['’])")


_OTHER_SEX = {"m": frozenset({"she"}), "f": frozenset({"he"})}
_OWN_PRONOUNS = {gender: frozenset(word for word, sex in PRONOUN_GENDER.items() if sex == gender)
                 for gender in ("m", "f")}
# Someone's right before the value: "her sister's brown eyes", "the boy's red hair".
_OWNED_BY_ANOTHER = re.compile(r"\b[a-z][\w-]*['’]s\s+$")
# The subject pronouns of `_OTHER_SUBJECT`.
_SUBJECTS = frozenset({"he", "she", "they", "i", "you", "we"})
# A modal right after the subject: its own habit ("he would stretch").
_OWN_MODAL = re.compile(r"\s+(?:would|could|might|should|will)\b", re.IGNORECASE)
# …unless they are hers by birth: "She had her father's eyes, grey as the river", "with her
# father's long hands and her father's eyes" (the last of a list of them), "Tomás had our
# mother's eyes" (a parent the teller shares with him).
_INHERITED = re.compile(r"\b(?:had|has|have|with)\s+(?:(?:(?:her|his|their|my|our|your|the)\s+)?"
                        r"[a-z][\w-]*['’]s\s+(?:[a-z-]+\s+){1,2}and\s+)?"
                        r"(?:(?:her|his|their|my|our|your|the)\s+)?[a-z][\w-]*['’]s\s+$")
# A sentence of the teller's whose object is someone's eyes or hair: "I can see her grey eyes
# yet", "We looked into his pale blue eyes", "I was near enough to see his eyes properly".
_TELLER_SEES = re.compile(r"^\W*(?:I|We)\s+(?:[a-z]+\s+){1,5}(?:into\s+|at\s+)?(her|his)\s+"
                          r"(?:[a-z]+\s+)?$")
# An aside to the reader or listener, whose "you" or "I" is no subject of the sentence: "She
# is a tall fair girl, as you know, with soft brown eyes".
_ASIDE = re.compile(r",\s*(?:as\s+)?(?:you|I|we|they)\s+(?:know|knew|think|suppose|said|say|see|"
                    r"remember|recall|believe|may\s+remember|will\s+remember)\s*,")
# A name joined to the teller's "I" as the subject: "Tak-sing and I carried him".
_WITH_THE_TELLER = re.compile(r"\s+and\s+I\b")
# A clause said of the one named, then one after "and" opening on a pronoun, up to the value:
# " was tall and narrow in the shoulders, and he had pale " — no one else on the way.
_GOES_ON = re.compile(r"\s+(?:is|was|had|has)\b[^,;:.!?\"“”]*,\s+and\s+(?:she|he)\s+(?:has|had)\s+"
                      r"(?:[a-z-]+,?\s+){0,2}")
# Someone else the first clause may bring in, whom the pronoun after may stand for: "was with
# a woman, and she had".
_SOMEONE = re.compile(rf"\b(?:{'|'.join(PERSON_NOUN_GENDER)}|men|women|girls|boys|{KIN_WORDS})\b",
                      re.IGNORECASE)
# The words of `_OTHER_SUBJECT` that open a clause of another time.
_TIME_WORDS = frozenset({"when", "since", "until", "before", "after"})


def _another_subject(index: MentionIndex, name: str, between: str, attribute: str) -> bool:
    """Whether the words between a character's name and a value start a clause about
    someone else or another time — not "…, and he had these grey eyes" of a man named
    before, whose sex the name or the narration tells (or, where neither does, the "her" or
    "his" right before the value, or a clause after "and" opening on "he" with no one else on
    the way: "Cheo was tall…, and he had pale grey eyes") — but one joined to the teller's "I"
    is none of a "he" or "she" after ("Tak-sing and I carried him…, and he lay…"). Another
    time matters to an age only: "Loveday … and when she saw him she … looked at him with her
    grey eyes" are hers."""
    between = _ASIDE.sub(",", between)  # "…, as you know, with soft brown eyes": no subject
    owner = OWNED_BY_PRONOUN.search(between)
    gender = index.genders.get(name)
    if owner is not None and gender and gender != PRONOUN_GENDER[owner.group(1).lower()]:
        return True  # "Nan, brown-haired, beside Pop with his black hair": his, not hers
    if _OWNED_BY_ANOTHER.search(between) and not _INHERITED.search(between):
        return True  # "…, and ever since the war her sister's brown eyes were sad": hers
    if owner is not None and gender is None:
        gender = PRONOUN_GENDER[owner.group(1).lower()]
    # "…, he would stretch, and rake his fingers through his thick black hair": a habit of
    # the subject's own, which tells of no other time for eyes or hair (for an age it does:
    # "he would be forty").
    own = _OWN_MODAL.match(between) if attribute != "age" else None
    said = [found.group(0).lower() for found in _OTHER_SUBJECT.finditer(
        between, own.end() if own is not None else 0)]
    words = set(said)
    if attribute != "age":
        words -= _TIME_WORDS
    if not words:
        return False
    if _WITH_THE_TELLER.match(between) and not words.isdisjoint(("he", "she")):
        # "Tak-sing and I carried him up to our tent, and he lay there…, and looked at us with
        # his small brown eyes": one of "we" is no "he" after — that is whom they carried.
        return True
    if owner is not None and gender == PRONOUN_GENDER[owner.group(1).lower()] and (
        not THIRD_PERSON.search(between, 0, owner.start())
        or words <= _OTHER_SEX.get(gender, frozenset())
        # "She pushes her orna back as if she wants Mr. Chowdhury to see her face, and her
        # hair is black": every "she" and "her" on the way is one woman's
        or all(found.group(0).lower() in _OWN_PRONOUNS[gender]
               for found in THIRD_PERSON.finditer(between, 0, owner.start()))
    ):
        # "She looked up when I came in, and her green eyes were wet": whoever else a clause
        # brings in, "her" before the value is the one the sentence is about; and in "He
        # leaned in, and she saw his eyes" only he can be "his".
        return False
    if attribute != "age" and gender is not None:
        # "He came out while I was loading, and he had to stoop, because he stood well over
        # six feet tall": the clause the value is told in opens on his "he".
        subjects = [word for word in said if word in _SUBJECTS]
        if subjects and PRONOUN_GENDER.get(subjects[-1]) == gender:
            return False
    if len(words) > 1 or not words <= PRONOUN_GENDER.keys():
        return True
    first_clause = between[: between.find(",")]
    if gender is None and _GOES_ON.fullmatch(between) and not _SOMEONE.search(
            first_clause) and not THIRD_PERSON.search(first_clause):
        # "Cheo was tall and narrow in the shoulders, and he had pale grey eyes": a clause
        # after "and" that opens on "he", with no one else on the way, goes on about the one
        # the sentence names, whose sex the "he" then tells.
        return False
    return gender != PRONOUN_GENDER[words.pop()]


# A sentence telling that its subject bears a parent's name.
_NAMED_FOR_PARENT = re.compile(r"\b(?:christened|named|called|baptised|baptized)\s+(?:for|after)\s+"
                               r"(his|her)\s+(?:father|mother|grandfather|grandmother|dad|"
                               r"papa|mum|mom|mama)\b", re.IGNORECASE)


def _named_for_own_parent(index: MentionIndex, text: str, name: str) -> bool:
    """Whether the sentence tells that someone of the character's sex (or of a sex the
    story does not tell her) was named for a parent (`_NAMED_FOR_PARENT`): "He is ten, and
    he has been christened for his father" — not "her baby, a boy named after his
    grandfather", whose "his" is no woman's."""
    found = _NAMED_FOR_PARENT.search(text)
    if found is None:
        return False
    sex = index.genders.get(name) or kin_before_sex(index, name)
    return sex is None or sex == PRONOUN_GENDER[found.group(1).lower()]


# A name given to a child too, told beside the value: "He was fifty-one that winter. He had
# been christened Francis Xavier Doyle, and so had his son".
_NAME_PASSED_ON = re.compile(rf"\b(?i:christened|named|baptised|baptized)\s+(?:{CAPITAL}[\w'’.-]*"
                             r"\s+){0,3}[A-Z][\w'’.-]*,?\s+(?i:and\s+so\s+(?:had|was|were|did)\s+"
                             r"(?:his|her|their)\s+(?:son|daughter|boy|girl|child))\b")


def _name_passed_on(index: MentionIndex, view: SentenceView, name: str) -> bool:
    """Whether the sentence's paragraph tells, in a sentence opening on the character's "he"
    or "she", that their name was given to a child too (`_NAME_PASSED_ON`): which of the two
    bearers a value there is told of is unsure, for the story may call both by it."""
    paragraph = view.paragraph
    if paragraph is None or "and so" not in paragraph.text:
        return False
    for sentence in paragraph.sentences:
        said = paragraph.text[sentence.start : sentence.end]
        opening = LEADING_PRONOUN.match(said)
        if opening is not None and _NAME_PASSED_ON.search(said) and index.genders.get(
                name) == PRONOUN_GENDER[opening.group(1).lower()]:
            return True
    return False


# "the nine-year-old", "a forty-year-old widower" after a word that is no "was" or "became":
# someone of that age the sentence's subject sees, meets or is like — not the subject.
_SOMEONE_OF_AGE = re.compile(r"\b(?!(?:was|is|were|are|be|been|being|became|becomes|become|"
                             r"remained|remains|still|now|already)\b)[a-z]+\s+(?:the|a|an|that|"
                             r"this)\s+$")
_YEAR_OLD = re.compile(r"[\w-]*?[- ]years?[- ]old\b", re.IGNORECASE)

# How old someone looks, not is: "he looked about twelve years old".
_LOOKED = re.compile(r"\b(?:look(?:ed|s)?|seem(?:ed|s)?|appear(?:ed|s)?)\s+(?:about|around|"
                     r"like|maybe|perhaps|nearly|almost|barely|at\s+least)\s+\S?$", re.IGNORECASE)


def _finding(context: CheckContext, name: str, attribute: str, first: Observation,
             second: Observation) -> Finding:
    sentence = context.manuscript.sentence_span
    return contrast(context, RULE, name,
                    (sentence(first.sentence), f"‘{first.value}’"),
                    (sentence(second.sentence), f"‘{second.value}’"),
                    subject=f"{name}'s {attribute} is", extra_key=attribute,
                    focus=(first.at, second.at))
