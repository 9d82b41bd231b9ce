"""dead then alive: a character reported dead who later acts or speaks.

A death is read from the sentence that reports it: "Colette had passed away", "her late mother,
Colette", "the death of Colette", "Colette's funeral". The dead character is the one named
nearest before the verb (not a possessor: in "Sofie's mother died" the mother died), or, for
"and he died in May" or "They buried him on the hill" in a sentence naming no one before the
pronoun, the character named just before (unless "her father" or "a man" comes between, whom the
pronoun may mean, or "him" — "By the time Ti-Jean had dug him out, he was dead" is the death of
whom "him" stands for). In speech the pronoun is the one the talk named last ('"Nena's," Vó
said. "She died in June."', the narration between its lines passed over), not the speaker the
narration names nor someone spoken to. A burial by others ("they buried", "they bury") is a
death when the sentence says where or when ("on the hill", "eleven days later", "that Friday"),
not "buried him in paperwork", and so is one told as lying under the ground ("He is already
under the sand"). Negated or hypothetical deaths and burials ("nearly died", "if he died", "if
they buried him") do not count, nor deaths counted or only declared ("dead once himself,
officially") or given a length of time they lasted ("For a night and most of a day, Angus was
drowned"). A thing named after a relative who died carries the relative's name ("the boat:
AMMINI, after his grandmother, who died"), even when the name is said nowhere else as a
character's.
Later, a mention where the character does something ("Colette took", "said Colette", "Colette
is standing", "under the lilac sat pani Lidiia", "Dirk, leaning in the doorway with his cold
pipe, told him") or is somewhere now ("Ammini was in the kitchen", "Amos was already there,
sitting on his chair") or sends a message ("[Voice note, Munir → Abu Tarek, 4 March 2025]", not one
dated before the death), not a name written as words ("the words Suleiman bin Khamisi, returned to
God"), outside what a picture or a screen shows (in a paragraph about a photograph, or
standing or sitting in the one after a paragraph ending on a photograph: "…under the 1965 team
photograph. / Big Wattie stood at the end of the back row"), outside a paragraph that has said
the dead are there as the dead are ("Her mother was there too, in the way of the dead at a
pardon. … She knew exactly where Catherine was standing"), outside a memory ("remembered",
"ghost", "used to", "buried" — not "the corner the roof had not buried"; not a thing another
remembers after the deed, "the big laugh Luíza
remembered", nor a habit the deed is likened to, "sat on the step, the way he used to"), outside
a sentence weighing whether the dead look dead, as one does a likeness ("Above them Dil laughed
out of her blouse, and she did not look in the least bit dead"), outside
a sentence that gives the years of the dead's life after the name, as a tomb or a plaque does
("Angkong is in the centre, Vicente Tan, 1889–1962"), outside
what a speaker only wonders of the dead ("do you think Unci knows about today?"), outside
a thing told apart by who made or began it ("the family book, the one Ah Kong began") and
outside
another time ("because Pop read every word", "She had been a widow when Pyotr married her" — but
"A little after that Hallur walked in" is now, and so is "That was
the afternoon Opa came down the steps", the time just told, pointed back at), and outside a
chapter whose years put it before the death's ("Chapter Two" opening "By September 1951" after
a chapter come to 1979) or a
sentence naming such a year before the doer ("In 1952 Vasil Dobrev said…" after his death in 1983),
is the contradiction (not where the dead was going when death came, told in the death's
paragraph or the next: "Vidal was on his way to the market"), as is being found somewhere
("I found Nhia near the ball-toss lines") when the next sentence's "he" or "she" does something
("He saw me and smiled") (what counts as such a deed is `deeds`') — unless the book says
afterwards that the character is alive ("OTTO ALIVE. CLERK'S ERROR."; not "while Otto was
still alive", a time before the death) or the character says so
('"I was never dead at all"', a telegram's "I AM ALIVE STOP", or unquoted in a letter he signs,
a chapter he tells or a sentence naming its "I" as him: "It is I, Tomas, and I am not in the
ground") or that word of the death went
astray, in a paragraph naming the one reported dead ("sent word to the wrong family", "wrote
the wrong name on the form", he "was never in the river" the report drowned him in, or "the
dead man from the top floor was a stranger"), or
the death was only word in someone's speech and the character goes on through the story,
doing things again and again, or speech that passes it on as word going round ("Everyone is
saying it") or from another ('"He says Tomas is dead."'). When the text says two people
bear the name ("there were now two Pyotrs") or that a child was given it for a relative ("named
Nikitas for his grandfather", "His name was Tomasz, for his great-grandfather", "named for her
brother, the first Aqqaluk"), the name said alone may be the living one, and so may a fuller
name than the death gave ("Aqqaluk Heilmann" after "Her brother was Aqqaluk. He had drowned"),
and so is the pet name that sentence says the child goes by ("and
he was Tomek to everyone"); when it tells two
bearers apart by age ("old Anders … young Anders", "Walter Haywood the elder", "Old Reb
Zalman … Young Reb Zalman"), a deed is the
dead one's only when told of him by the word the death named him by, and so, when several bear
the name, it is by a byname the death named him by ("Dai the Post") — those whose names
carry it on as a father's bear it not ("He was Hughie Dougald, Hugh the son of Dougald", and
his daughter Mairi Hughie Dougald); when it sets two forms of
the name side by side as two people's ("a Frank and a Frankie", "the father was Frank, the boy
was Frankie"), a deed told by the form the death did not use may be the other's. A given name
after a farm's the story names, as Nordic villages call people ("Knuts-Greta"), is the one of
that given name, when no one else has it; so is a title or an epithet before one word of the
dead's full name ("Mr. Tulloch" of Obadiah Tulloch, "Old Cheung" of Cheung Man-lok) when no
one else's name has that word and the title tells no other sex ("Oma Behrens" is the widow),
and a family word before the dead's given name ("Pappous Michalis" of Michalis Georgiou), even
when the story never tells the dead's sex; and the dead's name at a sentence's head after the
epithet the story says it after in mid-sentence ("Old Dougald, sitting in the corner…", of
the Dougald of "and Old Dougald said"); and a one-word name every mention of which comes
after the same word is the character of that word and name ("Ba Nhu" of "Nhu", where the
analysis kept apart the name that opens a sentence from the one a sentence goes on to); and a
title said alone with "the" that a sentence naming the dead, and no one else, says they are
called ("everyone calls him simply the Colonel"), when no other character bears that title.
One later deed belies a death once, though the analysis kept its doer as two ("Mrs. Pruett is
dead", "We buried Hannah Pruett"). The deaths are read by `deaths`; this module looks for
the dead doing things afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.checks.base import CheckContext
from app.core.checks.cues import CueWords, cue_sentences, in_quotes, neighbour, sentence_at
from app.core.checks.deaths import (
    DEATH_VERB,
    NAME_AS_WORD,
    NAME_AS_WORD_REACH,
    OTHER_DEAD,
    told_deaths,
    unnamed_between,
)
from app.core.checks.deeds import met_and_goes_on, sends, there_now
from app.core.checks.evidence import contrast
from app.core.checks.examples.dead_alive import EXAMPLES as EXAMPLES
from app.core.checks.mentions import Mention, MentionIndex
from app.core.checks.referents import (
    REACH,
    age_epithet,
    given_name,
    narrator,
    said_to_be_two,
    shared_name,
    told_apart_by_age,
)
from app.core.checks.story_time import (
    calendar_years,
    new_chapter_between,
    opening_year,
    year_named_in_chapter,
    year_of,
)
from app.core.forms import normal_title
from app.core.manuscript import Manuscript, SentenceView
from app.core.model import EntityKind, Finding, WarningKind
from app.core.names import EPITHETS, GENERATIONS, NameRun, word_run
from app.core.text import CAPITAL
from app.core.variants import capitalised_words, diminutive
from app.core.wordlists import wordlists

RULE = "dead-alive"
KIND = WarningKind.CONTRADICTION


# What was done right up to the death: "Jimmy was singing right up till then".
_UP_TILL_THEN = re.compile(r"\b(?:right\s+)?up\s+(?:till|until|to)\s+(?:then|the\s+end|"
                           r"the\s+last)\b|\b(?:till|until)\s+the\s+(?:end|last)\b",
                           re.IGNORECASE)

_MEMORY = re.compile(
    r"\b(?:remember\w*|memor\w+|ghost|spirit|grave|dream\w*|portrait|photograph\w*|"
    # "once" as "formerly", not "gone once round", "once more" or "nodded once", one time
    r"used\s+to|once(?!\s+(?:round|around|more|again|or\s+twice|a\s+(?:day|week|month|year)))"
    r"(?<!ed\sonce)|"
    # "the late", "her late husband" — not "you are late", "the late train"
    r"(?:the|his|her|my|our|your|their)\s+late(?!\s+(?:afternoon|morning|evening|night|train|"
    r"bus|shift|summer|autumn|spring|winter))|"
    # "buried", not "the one corner the roof had not buried": no burial
    r"alive|funeral|(?<!\bnot\s)(?<!\bnever\s)(?<!n['’]t\s)buried|recall\w*|missed|mourn\w*)\b",
    re.IGNORECASE,
)
# A thing someone remembers, after the deed: "laughing the big laugh Luíza remembered".
_REMEMBERED_THING = re.compile(rf"\bthe\s+(?:[a-z]+\s+){{1,3}}(?:{CAPITAL}[\w'’-]*|he|she|we|"
                               r"they)\s+$")
# "That was" or "This was" before a time: the time the narration is at, pointed back at.
_POINTED_BACK = r"(?<!\bthat\swas\s)(?<!\bthis\swas\s)"
# A sentence weighing whether the dead look dead ("neither of them looked in the least bit
# dead", "she seemed hardly dead at all") tells of a likeness, a picture's or a body's, as one
# saying they look alive does (`_MEMORY`'s "alive") — not "looking dead tired", "dead on his
# feet", nor "looked down at the dead", another's death looked at.
_LOOKS_DEAD = re.compile(r"\b(?:look|looks|looked|seem|seems|seemed|appear|appears|appeared)"
                         r"\s+(?:(?!(?:at|on|upon|to|toward|towards|into|over|after|for|down|"
                         r"up|across|among)\b)[a-z]+\s+){0,4}?dead\b(?=\s*(?:[.,;:!?\"”’)—–]|$))",
                         re.IGNORECASE)
# A thing told apart by who made or began it, in a clause with no object of its own: "the
# family book on her knees, the one Ah Kong began", "the ones Grandpa built" — when it was
# made, long before, not a deed now ("the one Ah Kong handed her" is one).
_THE_ONE = re.compile(rf"\bthe\s+(?:[a-z]+\s+)?ones?\s+(?:(?:that|which)\s+)?"
                      rf"(?:{CAPITAL}[\w'’-]*\s+)?$")
_MADE = re.compile(r"\s+(?:began|started|founded|built|made|wrote|planted|carved|painted|"
                   r"sewed|knitted|stitched|dug)(?=\s*(?:[.,;:!?\"”’)—–]|$))")
# A clause of reason or of time before or after tells of another time ("because Pop read
# every word", "After Liv went out I waited"); it shows no one alive now. "After that", "after
# a while", "After her came" are no clause: the name after them is the sentence's doer, later.
_REASON = re.compile(r"\b(?:because|since|if|unless|whether|after(?!\s+(?:that|this|which|a|an)\b)"
                     r"(?!\s+(?:her|him|them|me|us)\s+(?:came|comes)\b)|before|until|"
                     r"till)\b[^,;.!?]*$|"
                     # "the January Davy went missing": a time the name's clause tells — not
                     # "In the morning Harbans walked with me", a time the sentence opens on,
                     # nor "That was the afternoon Opa came down the steps", the time the
                     # narration has just come to, pointed back at
                     rf"{_POINTED_BACK}(?<!\bin\s)\bthe\s+(?:night|morning|evening|afternoon|"
                     r"summer|winter|spring|autumn)\s+$|"
                     rf"{_POINTED_BACK}\bthe\s+(?:(?i:day|year|week)|January|February|March|"
                     r"April|May|June|July|August|September|October|November|December)\s+$|"
                     # "She had been the widow Tarasova when Pyotr married her": what was so
                     # before the story's time — not "She had just sat down when Pyotr came in".
                     r"\bhad\s+(?!(?:just|only|barely|hardly|scarcely|not|no|never)\b)\w+\b"
                     r"[^.!?;:]*\bwhen\s+$", re.IGNORECASE)
# What a paragraph shows on a screen or a recording, where the dead still move ("On the
# cassette, he laughed", "on the tapes" — not "found the cassette", a thing in the room).
_ON_SCREEN = re.compile(r"\b(?:on\s+(?:the\s+)?(?:screen|film|tapes?|video|cassettes?)|footage|"
                        r"newsreel|home\s+movie|the\s+(?:reel|recording|projector)|"
                        r"the\s+camera\s+caught)\b",
                        re.IGNORECASE)
# A presence the paragraph says is the dead's kind of being there: "Her mother was there too,
# in the way of the dead at a pardon", "as the dead are" — not "the way of the dead man".
_AS_THE_DEAD = re.compile(r"\b(?:in\s+the\s+way\s+of|the\s+way|as)\s+the\s+dead\b"
                          r"(?!\s+(?:man|men|woman|women|boy|boys|girl|girls|child|children|"
                          r"body|bodies|one|ones|of)\b)", re.IGNORECASE)
# A paragraph about a picture: what the dead do in it, they do in the picture — one that
# says only where it hangs, too: "old Kapetan Nikitas watched from his black frame".
_PICTURED = re.compile(r"\b(?:photograph(?:s|er|ed)?|photos?|snapshots?|portraits?|daguerreotype|"
                       r"tintype|(?:from|in)\s+(?:his|her|their)\s+(?:[a-z]+\s+)?frame)\b",
                       re.IGNORECASE)
# Where a picture shows someone: standing, sitting or kneeling where they were put ("Big Wattie
# stood at the end of the back row") — not getting up or down, which one does in a room.
_POSED = re.compile(r"\s+(?:stood|sat|knelt|posed|stands|sits|kneels|poses)\b"
                    r"(?!\s+(?:up|down|back|straight)\b)")


def _posed_after_picture(manuscript: Manuscript, view: SentenceView, text: str,
                         end: int) -> bool:
    """Whether the name ending at `end` of `text` stands or sits somewhere (`_POSED`) in the
    paragraph right after one that ends on a picture ("She stopped under the 1965 team
    photograph that hung above the fireplace. / Big Wattie stood at the end of the back
    row"): who stands where in it, told as the one looking at it sees it."""
    if _POSED.match(text, end) is None:
        return False
    before = neighbour(manuscript, view, -1)
    if before is None:
        return False
    parsed = before[0].parsed
    if not parsed.sentences:
        return False
    last = parsed.sentences[-1]
    return _PICTURED.search(parsed.text, last.start, last.end) is not None


# A life summed up in the narration: "kept it standing for forty years" (not in what the
# living say of themselves) — unless the sentence is about today
# ("in the kitchen this morning, … as she has done every morning for forty years").
_SUMMED_UP = re.compile(
    r"\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|some\s+)?(?:twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|many|\d{2,})(?:[- ]\w+)?\s+years\b", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:today|tonight|now|this\s+(?:morning|afternoon|evening|week))\b",
                    re.IGNORECASE)
# Years of a life set off after a name, as a stone or a plaque gives them: "Vicente Tan,
# 1889–1962", "Rosa Vidal (1901-1975)".
_LIFE_DATES = re.compile(rf"{CAPITAL}[\w'’-]*\s*[,(]\s*(?P<born>1[5-9]\d\d|20\d\d)\s*[–—-]\s*"
                         r"(?P<died>1[5-9]\d\d|20\d\d)\b(?![–—-]\d)")
# How many years a span of them may cover to be a life's: not a war's ("the Great War,
# 1914–1918"), nor more than a life.
_LIFETIME = (10, 120)


def _life_dates_after(sentence: str, at: int) -> bool:
    """Whether the sentence gives, after the name ending at `at`, the years of a life set off
    by a comma or a bracket ("Angkong is in the centre, Vicente Tan, 1889–1962, and beside him
    Ama"): where the dead lie or are written up, as on a tomb, a plaque or a family tree,
    not a deed."""
    shortest, longest = _LIFETIME
    return any(dates.start("born") >= at
               and shortest <= int(dates.group("died")) - int(dates.group("born")) <= longest
               for dates in _LIFE_DATES.finditer(sentence))


# "as Pop wrote", "as Gran used to say": the dead quoted.
_CITED = re.compile(r"\bas\s+$", re.IGNORECASE)
_CITING = frozenset({"wrote", "said", "says", "put", "used", "would", "liked", "told"})
# Said in speech of the dead, what tells they live now: a verb in the present ("Tiny wants
# you", "Nana is coming"), not a past one ("Nana spoke and she wrote").
_NOW_IN_SPEECH = re.compile(r"\s+(?:is|are|has|does|can|will|(?!was\b|his\b|this\b)"
                            r"[a-z]+[^s\W]s)\b")
# A name said to someone there, who is asked about or told something: '"Mr. Brindle," said
# Penhallow, "you had a visit from your client?"'.
_ADDRESSED_NOW = re.compile(r"""[,!]["”]\s+(?:said|asked|says|asks)\s+[\w.'’ -]{1,30}?,\s*["“]"""
                            r"""[^"”]{0,60}\byou\b""")
# A deed the speaker only wonders about, as the living do of the dead: "do you think Gran
# knows", "I wonder whether Pop can see us".
_WONDERED = re.compile(r"\b(?:do|does|did|don['’]t)\s+(?:you|they|we|people)\s+(?:think|suppose|"
                       r"reckon|imagine|believe)\s+(?:that\s+)?$|\bwonder(?:ed|s)?\s+(?:if|"
                       r"whether)\s+$", re.IGNORECASE)


def find(context: CheckContext) -> list[Finding]:
    index = context.mentions
    manuscript = context.manuscript
    deaths = told_deaths(context)
    told, only_titled = deaths.told, deaths.only_titled
    findings = []
    belied: set[tuple[str, int]] = set()  # the later deeds a finding already quotes
    position = manuscript.order
    for name, (death, said) in deaths.first.items():
        byname = None
        if shared_name(manuscript, name, _fathers_name_in(manuscript, name)):
            # "Old Arthur had died": which Arthur acts later is unsure — unless the death
            # named him by a byname of "the" and a word ("Dai the Post"), which tells him
            # from the others and is his only when said again.
            byname = _byname_at_death(index, name, death, said)
            if byname is None:
                continue
        dead_age = None
        if told_apart_by_age(manuscript, given_name(name)) or (
                # "Mori Seiji", family name first: "old Seiji" and "young Seiji"
                len(name.split()) == 2 and told_apart_by_age(manuscript, name.split()[-1])
        ) or _whole_name_told_apart_by_age(manuscript, name):
            # "old Anders … and young Anders": the dead one is the one named so at the death,
            # and only a deed told of him by that word is his; when the death names neither,
            # which of the two died is unsure.
            dead_age = _age_at_death(index, name, death, said)
            if dead_age is None:
                continue
        after = (position[death.document], death.end)
        titled = only_titled.get(name)
        for document, start, end, run in _places(context, name):
            if (position[document], start) < after:
                continue
            if titled is not None and (not run.title or run.words != titled):
                continue
            if _surname_of_a_family(manuscript, name, run):
                continue  # "Kowalski bent to fit a woman": the family's name, not the dead man
            if _titled_as_other_sex(index, name, run):
                continue  # "said Mrs. Royce Tillery": the dead man's widow
            if len(run.words) == 1 and (_namesake(manuscript, name) or _junior_of(
                manuscript, name, run.words[0]
            )):
                # "Ezenwa cleared his throat": the grandson named for the dead man; "Bortolo
                # thought of her": Bortolo Junior, the dead man's son
                continue
            text = manuscript.documents[document].text
            if _GENERATION_AFTER.match(text, end):
                continue  # "said Quist II": the dead founder's namesake
            if NAME_AS_WORD.search(text, max(0, start - NAME_AS_WORD_REACH), start):
                continue  # "wrote the words Suleiman bin Khamisi, returned to God": written
            if byname is not None and _byname(text, end) != byname:
                continue  # "Dai said" of a name several bear, the dead "Dai the Post"
            if dead_age is not None and age_epithet(text, start, end) != dead_age:
                continue  # "Anders painted the kitchen": the son named for the dead father
            if dead_age is None and age_epithet(text, start, end) == "younger" and (
                    _age_at_death(index, name, death, said) != "younger"):
                continue  # "Little Ama knew the stories about her namesake": a younger one
            if not (there_now(run, text, end)
                    or met_and_goes_on(index, name, (document, start, end), run)):
                continue
            view = sentence_at(manuscript, document, start)
            if view is None or _in_memory(index.text(view), end - view.start):
                continue
            if _LOOKS_DEAD.search(index.text(view)):
                continue  # "…laughed out of her blouse, and did not look in the least bit dead"
            if sends(run, text, end) and _sent_before(manuscript, death, index.text(view)):
                continue  # "[Voice note, Munir → Yaman, 2009]" after a death in 2015: an old one
            narration = _SPEECH.sub(" ", index.text(view))
            if _SUMMED_UP.search(narration) and not _TODAY.search(narration):
                continue
            if _life_dates_after(index.text(view), end - view.start):
                continue  # "Angkong is in the centre, Vicente Tan, 1889–1962": his stone
            if view.paragraph is not None and (_ON_SCREEN.search(
                view.paragraph.text, 0, start - view.base
            ) or _PICTURED.search(view.paragraph.text)):
                # "The first thing on the screen was the slate… X looked into the lens";
                # "…beside him Amona sat in her black… The photographer had come up from
                # Gernika for that one": what a picture shows.
                continue
            if view.paragraph is not None and _AS_THE_DEAD.search(
                    view.paragraph.text, 0, start - view.base):
                continue  # "Her mother was there too, in the way of the dead…": not in the flesh
            if _on_the_way_then(manuscript, death, view, text, end):
                continue  # "… Died in the raids. / … Vidal was on his way to the market": then
            if _posed_after_picture(manuscript, view, text, end):
                continue  # "…under the 1965 team photograph. / Big Wattie stood…": in it
            if in_quotes(view, start) and _at_a_grave(manuscript, view):
                continue  # '"Ben says I put too many on her side," Baby said', at his tomb
            if in_quotes(view, start) and not _NOW_IN_SPEECH.match(text, end) and not (
                _ADDRESSED_NOW.match(text, end) and text[start - 1 : start] in ("\"", "“")
            ):
                # '"Nana spoke and she wrote," Ama said': told of the past — unless spoken to
                # ('"Mr. Brindle," said Penhallow, "you had a visit…"').
                continue
            sentence = index.text(view)
            if _WONDERED.search(sentence, 0, start - view.start):
                continue  # '"Do you think Unci knows about today?"': wondered, not told
            if _THE_ONE.search(sentence, 0, start - view.start) and _MADE.match(text, end):
                continue  # "the family book on her knees, the one Ah Kong began": its making
            if _REASON.search(sentence, 0, start - view.start) or _own_death_told(
                sentence, end - view.start
            ) or _UP_TILL_THEN.search(sentence, end - view.start) or (
                _CITED.search(sentence, 0, start - view.start) and run.next in _CITING
            ):
                # "…because Pop read every word", "After Liv went out": another time; "the
                # letter Pop wrote me the winter before he died": the time before the death;
                # "as Pop wrote": words the dead left.
                continue
            if any((position[again.document], again.start) > (position[document], start)
                   for again in told[name]):
                # "Monsieur Rabier will be upset," the concierge says, and the story tells again
                # that he had been dead three years: a way of speaking it knows for one.
                continue
            if document != death.document and _flashback(context, death.document, document):
                continue  # a chapter told in the past after one told in the present: before
            if _dated_before(manuscript, death, view):
                continue  # "Chapter Two … September 1951" after a chapter come to 1979: before
            if _dated_in_sentence_before(manuscript, death, index.text(death), sentence,
                                         start - view.start):
                continue  # "In 1951 Dyado Gosho said…" after his death in 1981: back then
            if len(run.words) == 1 and not said_to_be_two(context).isdisjoint(name.split()):
                continue  # "There were now two Pyotrs": "Pyotr" or "Petya" alone may be either
            if run.words[0] in _given_in_naming(manuscript) and (
                    len(run.words) == 1 or _fuller_than_at_death(index, name, death, said, run)):
                # "Their first son was named Nikitas for his grandfather": either; "He had been
                # named for her brother, the first Aqqaluk", and "Aqqaluk Heilmann stood" after
                # "Her brother was Aqqaluk. He had drowned": a fuller name than the death gave
                continue
            if _set_apart(context, name, (death, said), run):
                continue  # "the house held a Frank and a Frankie": Frank died, not Frankie
            if _said_alive(manuscript, name, death) or _writes_alive(index, name, death):
                break  # "OTTO ALIVE. CLERK'S ERROR.": the death was a mistake, the book says so
            if in_quotes(death, said) and _rumoured(death, said):
                break  # '"Everyone is saying it. He is dead, Nona."': what is said, not known
            if in_quotes(death, said) and _deeds_after(context, name, document, start) > (
                    _STILL_IN_THE_STORY):
                # '"Stasiu is dead," Pan Pawlak said', and Stasiu goes on through the book:
                # word of a death the story proves wrong, not a dead man come back once.
                break
            if (document, start) not in belied:
                # "Mrs. Pruett is dead." and "We buried Hannah Pruett": one woman the analysis
                # kept as two, whom one later deed belies once.
                belied.add((document, start))
                findings.append(_finding(context, name, (death, said), (view, end)))
            # One finding per dead name, and none for a name whose first deed another name's
            # warning already quotes: that is the same person told twice, not a second clash.
            break
    return findings


# Where the dead lie or are written up, which a scene at it names: "the tombs were houses",
# "His stone", "a stone … with the names of their towers cut under the names of their villages"
# (names cut in stone, as on a memorial).
_GRAVESIDE = re.compile(r"\b(?:graves?|graveside|tombs?|tombstones?|headstones?|gravestones?|"
                        r"cemetery|cemeteries|graveyard|churchyard|memorials?|"
                        r"names\b[^.;:!?\"“”]{0,40}?\b(?:cut|carved|engraved|chiselled|"
                        r"chiseled|inscribed)\b)", re.IGNORECASE)
# How many paragraphs before the speech a scene at a grave may have been set.
_GRAVESIDE_REACH = 6


def _at_a_grave(manuscript: Manuscript, view: SentenceView) -> bool:
    """Whether speech is said in a scene at a grave or a memorial, named in its paragraph or the
    few before ("The tombs were houses … His stone carried his name three ways. … / "Ben says I
    put too many on her side," Baby said."): there the living speak of the dead as if they were
    by, in the present, and tell no deed of theirs."""
    for step in range(0, -_GRAVESIDE_REACH - 1, -1):
        found = neighbour(manuscript, view, step)
        if found is None:
            return False
        if _GRAVESIDE.search(found[0].parsed.text):
            return True
    return False


# Where someone was going, told in the past: "Vidal was on his way to the market".
_ON_THE_WAY = re.compile(r"\s+(?:was|had\s+been)\s+on\s+(?:his|her)\s+way\b")


def _on_the_way_then(manuscript: Manuscript, death: SentenceView, view: SentenceView,
                     text: str, end: int) -> bool:
    """Whether the dead is told as having been on the way somewhere, in the paragraph that
    tells the death or the next ("Died 17 March 1938, in the raids. … / …the pharmacy was not
    hit. Vidal was on his way to the market."): where death found him, not a deed after it."""
    if view.document != death.document or _ON_THE_WAY.match(text, end) is None:
        return False
    if view.base == death.base:
        return True
    before = neighbour(manuscript, view, -1)
    return before is not None and death.order in before[1]


# Verbs that tell a chapter's narrating tense, outside its speech.
_NOW_VERBS = re.compile(r"\b(?:is|are|has|says|does|goes|comes|looks|takes|turns|sits|stands)\b")
_THEN_VERBS = re.compile(r"\b(?:was|were|had|said|did|went|came|looked|took|turned|sat|stood)\b")
_SPEECH = re.compile(r"[\"“][^\"“”]*[\"”]")
# How many times more often one tense's verbs come than the other's, to call it the chapter's.
_TENSE_LEAD = 2

# Word going round, said in the speech that tells a death: "Everyone is saying it", "they say".
_RUMOUR = re.compile(r"\b(?:everyone|everybody|people|they)\s+(?:is|are)\s+saying\b|"
                     r"\b(?:everyone|everybody|people)\s+says\b|\bthey\s+say\b|"
                     r"\bword\s+is\b|\bthe\s+talk\s+is\b", re.IGNORECASE)


# Word from someone else, the death said in speech as what another says or writes, in the
# same clause: '"My cousin says they did not find him. He says Tomas is dead."' — not what
# the speaker says ("I say"), nor the narration's "he says" that tags the speech.
_PASSED_ON = re.compile(r"\b(?:he|she|they|it|(?:my|his|her|your|our|their|the)\s+[a-z]+)\s+"
                        r"(?:says|writes)\s+(?:that\s+)?[^,;:.!?\"“”]{1,60}$", re.IGNORECASE)


def _rumoured(death: SentenceView, said: int) -> bool:
    """Whether the speech that tells a death passes on word going round before it ('"The
    Kanagasabai boy," he said. "Everyone is saying it. He is dead, Nona."'), or word from
    another, the death said as what he says ('"He says Tomas is dead."'): hearsay, which the
    story may prove wrong."""
    paragraph = death.paragraph
    if paragraph is None:
        return False
    return _RUMOUR.search(paragraph.text, 0, said - death.base) is not None or (
        _PASSED_ON.search(paragraph.text, death.start - death.base, said - death.base)
        is not None)


# A character reported dead in speech who does this many things after is still in the story.
_STILL_IN_THE_STORY = 6


def _deeds_after(context: CheckContext, name: str, document: str, start: int) -> int:
    """How often a character acts or is somewhere now after the place (`document`, `start`)."""
    manuscript = context.manuscript
    position = manuscript.order
    here = (position[document], start)
    count = 0
    for place, begin, end, run in _places(context, name):
        text = manuscript.documents[place].text
        if (position[place], begin) > here and there_now(run, text, end):
            count += 1
    return count


def _mention_at_death(index: MentionIndex, name: str, death: SentenceView,
                      said: int) -> Mention | None:
    """The mention of the dead's name nearest before where the death is told (the death's own
    sentence, else the sentences before, which a "he died" goes back to)."""
    here = [m for m in index.in_sentence(death) if m.span.start < said]
    for mentions in (here, *index.before(death, REACH)):
        for mention in reversed(mentions):
            if mention.cluster.name == name:
                return mention
    return None


def _age_at_death(index: MentionIndex, name: str, death: SentenceView, said: int) -> str | None:
    """Which of two bearers of a name told apart by age died (`referents.age_epithet`):
    "elder" or "younger", as the name is said nearest before where the death is told
    (`_mention_at_death`)."""
    mention = _mention_at_death(index, name, death, said)
    if mention is None:
        return None
    text = index.manuscript.documents[death.document].text
    return age_epithet(text, mention.span.start, mention.span.end)


def _fuller_than_at_death(index: MentionIndex, name: str, death: SentenceView, said: int,
                          run: NameRun) -> bool:
    """Whether a later run names the dead with words the name said at the death lacks
    (`_mention_at_death`): "Aqqaluk Heilmann stood at the window" after "Her brother was
    Aqqaluk. He had drowned" — when the text says the given name was handed on to a child, the
    fuller name may be the namesake's, whom the analysis took for the dead."""
    mention = _mention_at_death(index, name, death, said)
    return mention is not None and not set(run.words) <= set(mention.run.words)


def _whole_name_told_apart_by_age(manuscript: Manuscript, name: str) -> bool:
    """Whether the story says the whole of a name of two or more words after a word for the
    elder of two bearers and after one for the younger ("Old Reb Zalman … Young Reb Zalman"):
    as `referents.told_apart_by_age` of a given name, for a name whose first word is a title
    (which `given_name` passes over, so the word of age before the title is not seen
    there)."""
    words = name.split()
    if len(words) < 2:
        return False
    said = set()
    for span in capitalised_words(manuscript).spans(words[0]):
        text = manuscript.documents[span.document].text
        if text.startswith(name, span.start):
            said.add(age_epithet(text, span.start, span.start + len(name)))
    return {"elder", "younger"} <= said


# A byname of "the" and a capitalised word after a name: "Dai the Post", "Sanny the Cooper".
_BYNAME = re.compile(rf"\s+the\s+({CAPITAL}[\w'’-]*)")


def _byname(text: str, end: int) -> str | None:
    """The byname (`_BYNAME`) said right after the name ending at `end` of `text`, if any."""
    found = _BYNAME.match(text, end)
    return found.group(1) if found is not None else None


def _byname_at_death(index: MentionIndex, name: str, death: SentenceView,
                     said: int) -> str | None:
    """The byname the dead's name is said with nearest before where the death is told (as
    `_age_at_death` finds the word of age): "the fourth was auld Dai the Post. … We buried
    him at Ystrad" is the death of Dai the Post, not of Dai Pritchard."""
    mention = _mention_at_death(index, name, death, said)
    if mention is None:
        return None
    return _byname(index.manuscript.documents[death.document].text, mention.span.end)


def _said_alive(manuscript: Manuscript, name: str, death: SentenceView) -> bool:
    """Whether the text says, after the death, that the character is alive: "OTTO ALIVE",
    "Dermot was alive after all", "Aurelio Cárdenas presented himself alive", "Mam is not
    dead", "It was Máirtín. … it was himself, alive", "It was Angus Beag, and he was very
    much alive", or the one named just before says so
    ('"I'm not dead," he told the meadow'), or someone says it to them ('"They told us you
    were dead," she says'), or that word of the death went astray
    (`_report_misdirected`) — the report of the death was wrong. "While Grandpa was still
    alive" is a time before the death, and says nothing of it."""
    words = [w for w in name.replace(".", "").split() if w not in wordlists().honorifics]
    if not words:
        return False
    # "Little George": the name, not its word of age
    word = re.escape(given_name(name) if words[0] in EPITHETS else words[0])
    if _report_misdirected(manuscript, _called(manuscript, name, word), death):
        return True
    # The rest of the name may follow: "Aurelio Cárdenas presented himself alive".
    rest = "".join(rf"(?:\s+{re.escape(other)})?" for other in words[1:])
    alive = re.compile(rf"\b{word}\b{rest}[\s,]+(?:is\s+|was\s+|{_TURNED_UP})?"
                       rf"{_MUCH}alive\b|"
                       rf"\b{word}\s+(?:is|was)\s+(?:not|never)\s+dead\b|"
                       # "It was Máirtín Pheaits. … it was himself, alive, coming down the road",
                       # "It was Angus Beag, and he was very much alive"
                       rf"\b(?:it\s+was|it['’]s)\s+{word}\b(?:[^.!?]*[.!?]\s+)?[^.!?]*?\b(?:it\s+was|"
                       rf"he\s+was|she\s+was)\s+(?:himself|herself)?,?\s*{_MUCH}alive\b",
                       re.IGNORECASE)
    position = manuscript.order[death.document]
    for document, doc in manuscript.documents.items():
        order = manuscript.order[document]
        if order < position:
            continue
        start = death.end if order == position else 0
        if any(not _WHILE_ALIVE.search(doc.text, max(start, found.start() - _WHILE_REACH),
                                       found.start())
               for found in alive.finditer(doc.text, start)):
            return True
        for denial in _NOT_DEAD.finditer(doc.text, start):
            # '"I'm not dead," he told the meadow', the man named just before
            before = doc.text[max(start, denial.start() - _DENIAL_REACH) : denial.start()]
            if re.search(rf"\b{word}\b", before):
                return True
    return False


def _writes_alive(index: MentionIndex, name: str, death: SentenceView) -> bool:
    """Whether, after the death, the one reported dead says in his own words, outside
    quotation marks, that he lives ("I am not in the ground", "I am still alive"): in a letter
    he signs or a chapter he tells (`referents.narrator`), or in a sentence that names its "I"
    as him ("It is I, Tomas, your Tomukas, and I am not in the ground"). No one else's "I"
    is his: "Father died in March. I am alive" is the writer's own."""
    manuscript = index.manuscript
    position = manuscript.order
    after = (position[death.document], death.end)
    called = None
    for view, starts in cue_sentences(manuscript, f"{RULE}.own_denial", _own_denials,
                                      _OWN_DENIAL_WORDS):
        if (position[view.document], view.start) < after or all(
                in_quotes(view, view.start + start) for start in starts):
            continue
        if narrator(index, view) == name:
            return True
        if called is None:
            words = [w for w in name.replace(".", "").split()
                     if w not in wordlists().honorifics]
            if not words:
                continue  # a title alone: no name the "I" could call himself by
            word = re.escape(given_name(name) if words[0] in EPITHETS else words[0])
            called = re.compile(rf"\b(?:{_called(manuscript, name, word)})\b")
        if any(called.search(found.group("names"))
               for found in _SELF_NAMED.finditer(index.text(view))):
            return True
    return False


def _own_denials(text: str) -> tuple[int, ...]:
    """Where a sentence's "I" says he is not dead (`_OWN_DENIAL`)."""
    return tuple(found.start() for found in _OWN_DENIAL.finditer(text))


# One's own word that one lives, in the first person: "I am not in the ground", "I was never
# dead", "I am still alive" — of oneself, so only ever the word of the "I" who says it.
_OWN_DENIAL = re.compile(r"\bI(?:['’]m|\s+am|\s+was)\s+(?:not|never)\s+(?:dead|drowned|"
                         r"buried|in\s+(?:the|my|a)\s+(?:ground|grave))\b|"
                         r"\bI\s+wasn['’]t\s+(?:dead|drowned|buried)\b|"
                         r"\bI(?:['’]m|\s+am)\s+(?:still\s+)?alive\b")
_OWN_DENIAL_WORDS = CueWords(["dead", "drowned", "buried", "ground", "grave", "alive"])
# A writer naming himself: "It is I, Jonas, your Jonukas", "it's me, Wiktor" — the names after
# it are the "I"'s.
_SELF_NAME = rf"(?:(?:your|my|the)\s+)?{CAPITAL}[\w'’-]*(?:\s+{CAPITAL}[\w'’-]*)?"
_SELF_NAMED = re.compile(rf"\b(?:[Ii]t\s+is\s+(?:I|me)|[Ii]t['’]s\s+me)\s*,\s+"
                         rf"(?P<names>{_SELF_NAME}(?:\s*,\s+{_SELF_NAME})*)")


# How alive: "still alive", "very much alive".
_MUCH = r"(?:still\s+|very\s+much\s+)?"

# A time the one reported dead was alive in, before the death: "while Grandpa was still
# alive", "back when Mam was alive" — a memory, not the book saying the death was wrong.
_WHILE_ALIVE = re.compile(r"\b(?:while|whilst|when|before|as\s+long\s+as)\s+$", re.IGNORECASE)
_WHILE_REACH = 16  # characters before the name: "as long as "

# Coming back among the living, told of the one reported dead: "Aurelio Cárdenas presented
# himself alive", "turned up alive", "was found alive", "came home alive".
_TURNED_UP = (r"(?:(?:presented|showed|reported|declared)\s+(?:himself|herself)|"
              r"(?:turned|showed)\s+up|(?:was\s+)?found|came\s+(?:home|back))\s+")


# Word of a death gone to the wrong people, or given the wrong name: "sent word to the wrong
# family", "wrote the wrong name on the form", "had written him down under the wrong name".
# (Not "I still put my key in the wrong door": a mistake of the living.)
_MISDIRECTED = re.compile(
    r"\b(?:word|news|letters?|telegrams?|cables?|wires?|notices?|messages?)\b[^.!?;]{0,40}?"
    r"\bto\s+the\s+wrong\s+(?:family|house|home|door|address|mother|wife|people)\b|"
    r"\b(?:wrote|written|write|put|gave|given)\b[^.!?;]{0,40}?\bthe\s+wrong\s+name\b|"
    # or the one who died was another: "The dead man from the top floor was a stranger"
    r"\bthe\s+dead\s+(?:man|woman|boy|girl|body)\b[^.!?;]{0,60}?\b(?:was|had\s+been)\s+"
    r"(?:a\s+stranger|someone\s+else|somebody\s+else|another\s+(?:man|woman|boy|girl))\b",
    re.IGNORECASE)
# Or the one reported dead was never where the death was: "He was never in the river", "she
# had never been aboard the ferry" — another died there in his place.
_NEVER_THERE = re.compile(
    r"\b(?:he|she)\s+(?:was|had)\s+never\s+(?:been\s+)?(?:in|on|aboard|near)\s+the\s+"
    r"(?:river|sea|water|lake|boat|ship|ferry|car|plane|train|bus|fire|mine|wreck|building)\b",
    re.IGNORECASE)
_MISDIRECTED_WORDS = CueWords(["wrong", "never", "dead"])


def _report_misdirected(manuscript: Manuscript, word: str, death: SentenceView) -> bool:
    """Whether, after the death, a paragraph naming the dead (by `word`, a pattern) tells that
    word of a death went astray ("The ambulance men had found the press card in the buttoned
    pocket, read the name, and sent word to the wrong family"), that he was never where
    the death was ("He was never in the river"), or that the one who died was someone else
    ("The dead man from the top floor was a stranger"): the one reported dead was not the
    one who died."""
    named = re.compile(rf"\b(?:{word})\b")
    position = manuscript.order
    after = (position[death.document], death.end)
    return any((position[view.document], view.start) >= after and view.paragraph is not None
               and named.search(view.paragraph.text) is not None
               for view, _found in cue_sentences(manuscript, f"{RULE}.misdirected",
                                                 _misdirected, _MISDIRECTED_WORDS))


def _called(manuscript: Manuscript, name: str, word: str) -> str:
    """A pattern for the given names a character goes by: `word` (of `name`) and the first
    word of each of its forms not opening with a title ("Gruff" of Gruffydd Evans, called
    Gruff Evans) — a paragraph telling the report was wrong may name him by any."""
    cluster = manuscript.finder.clusters.get(name)
    honorifics = wordlists().honorifics
    firsts = {form.split()[0] for form in (cluster.forms if cluster is not None else ())}
    others = sorted(re.escape(first) for first in firsts if first not in honorifics)
    return "|".join([word, *others]) if others else word


def _misdirected(text: str) -> bool:
    """Whether a sentence tells that word of a death went astray or the dead was someone
    else (`_MISDIRECTED`), or that the one reported dead was never where the death was
    (`_NEVER_THERE`)."""
    return _MISDIRECTED.search(text) is not None or _NEVER_THERE.search(text) is not None


# The dead one's own word that the report was wrong: '"I'm not dead," he told the meadow.', or
# another's, said to the dead one come back: '"They told us you were dead," she says.'
_NOT_DEAD = re.compile(r"[\"“]\s*I(?:['’]m|\s+am|\s+was)\s+(?:not|never)\s+(?:dead|drowned)\b|"
                       r"[\"“]\s*I\s+wasn['’]t\s+(?:dead|drowned)\b|"
                       r"[\"“]\s*I(?:['’]m|\s+am)\s+(?:still\s+)?alive\b|"
                       # '"So I was dead all night," Wah-jai said': dead as far as word went
                       r"[\"“]\s*(?:So\s+|And\s+)?I\s+was\s+dead\s+(?:all|for|the\s+whole)\b|"
                       # a telegram's, in capitals and with no quotation marks: "Hasan had sent
                       # his own. I AM ALIVE STOP THE LIST WAS WRONG"
                       r"\bI\s+AM\s+(?:STILL\s+)?ALIVE\b|\bI\s+(?:AM|WAS)\s+(?:NOT|NEVER)\s+DEAD\b|"
                       # said to the one come back: '"They told us you were dead," she says.',
                       # '"We thought you were dead."' — word of the death, belied to his face
                       r"[\"“][^\"“”.!?]{0,40}?\b(?:told|said|thought|believed|heard|read)\b"
                       r"[^\"“”.!?]{0,30}?\byou\s+were\s+dead\b")
# How far before such words the dead one's name is looked for.
_DENIAL_REACH = 800


def _sent_before(manuscript: Manuscript, death: SentenceView, header: str) -> bool:
    """Whether a message's `header` is dated before the year the death is told in: a message
    the dead sent while alive, played or read again."""
    years = calendar_years(header)
    died = year_of(manuscript, death)
    return bool(years) and died is not None and max(years) < died


def _flashback(context: CheckContext, death: str, later: str) -> bool:
    """Whether the chapter `later` is narrated in the past tense and the one telling the
    death (`death`) in the present: a story told in the present goes back to an earlier
    time in the past tense, so what the dead do there may come before the death."""
    return _tense(context, death) == "present" and _tense(context, later) == "past"


def _dated_before(manuscript: Manuscript, death: SentenceView, later: SentenceView) -> bool:
    """Whether `later` lies in another chapter (a document, or the part of one after a
    heading) that opens dated before the time of the death's chapter (the latest year it has
    named by then): a "Chapter Two" that opens "By the middle of September 1951", after a
    chapter that has come to 1979, goes back to a time when the dead may have been alive."""
    if not new_chapter_between(manuscript, death, later):
        return False
    then = opening_year(manuscript, later)
    if then is None or not year_named_in_chapter(manuscript, death):
        return False  # the death's chapter naming no year of its own has no time to set against
    now = year_of(manuscript, death)
    return now is not None and then < now


def _dated_in_sentence_before(manuscript: Manuscript, death: SentenceView, told: str,
                              sentence: str, offset: int) -> bool:
    """Whether a deed's sentence names, before the doer (at `offset`), a year earlier than
    the one the death is told in (`told`, the death's sentence, else its chapter's time):
    "In 1951 Gosho said something at the warehouse" after "Gosho died in the spring of 1981"
    tells of a time he was alive. (A year after the doer may be another's: "Gosho, arrested in
    1951, walked in.")"""
    years = calendar_years(sentence[:offset])
    if not years:
        return False
    named = calendar_years(told)
    died = max(named) if named else year_of(manuscript, death)
    return died is not None and max(years) < died


def _tense(context: CheckContext, document: str) -> str | None:
    """The tense a chapter's narration is told in ("present", "past"), outside its speech;
    None when neither leads."""
    memo = context.shared.setdefault(f"{RULE}.tense", {})
    if document not in memo:
        narration = _SPEECH.sub(" ", context.manuscript.documents[document].text)
        now = len(_NOW_VERBS.findall(narration))
        then = len(_THEN_VERBS.findall(narration))
        memo[document] = ("present" if now > _TENSE_LEAD * then else
                          "past" if then > _TENSE_LEAD * now else None)
    return memo[document]


def _surname_of_a_family(manuscript: Manuscript, name: str, run: NameRun) -> bool:
    """Whether a later bare surname of the dead ("Kowalski", no title, no given name) is
    one other characters carry too ("Dr. Jerzy Kowalski"), or the given name another
    character's name opens on ("Aalasi Akpalialuk", the niece named for the grandmother whose
    name her dead uncle Jaani Aalasi took): whose it is is unsure."""
    words = name.split()
    if run.title or len(run.words) != 1 or len(words) < 2 or run.words[0] != words[-1]:
        return False
    return any(cluster.name != name and words[-1] in (other[0], other[-1])
               for cluster in manuscript.clusters(EntityKind.CHARACTER)
               if len(other := cluster.name.split()) > 1 or other[-1] == words[-1])


def _titled_as_other_sex(index: MentionIndex, name: str, run: NameRun) -> bool:
    """Whether a run's title gives the other sex than the dead's: "Mrs. Royce Tillery" is
    the wife of the Royce Tillery who died, called by his name."""
    title = run.title.rstrip(".").split()[-1] if run.title else ""
    sex = wordlists().title_sex(title) if title else "-"
    known = index.genders.get(name)
    return sex != "-" and known is not None and sex != known


def _namesake(manuscript: Manuscript, name: str) -> bool:
    """Whether another character has the dead's very name, or it with a word before it
    ("Ichie Ezenwa Umeadi" and the baby "Ezenwa Umeadi" named after him), the analysis
    having told them apart: a bare given name may be either."""
    own = name.replace(".", "").split()
    for cluster in manuscript.clusters(EntityKind.CHARACTER):
        other = cluster.name.replace(".", "").split()
        if cluster.name == name or len(other) < 2:
            continue
        short, long = sorted((own, other), key=len)
        if long[len(long) - len(short) :] == short:
            return True
    return False


def _junior_of(manuscript: Manuscript, name: str, word: str) -> bool:
    """Whether another character with the given name `word`, or one it is a pet form of, is
    marked by a generation ("Bortolo Scarpagnin Junior"): a bare "Bortolo", or "Andresito"
    beside Andres Etchart Junior, after the father's death may be him."""
    for cluster in manuscript.clusters(EntityKind.CHARACTER):
        words = cluster.name.split()
        if cluster.name != name and not GENERATIONS.isdisjoint(words) and (
            word in words or diminutive(words[0], word)
        ):
            return True
    return False


# A child given a name for a relative: "named Nikitas for his grandfather", "was called
# Manolis Vlachos, for his grandfather", "christened Pyotr after his grandfather", "His name
# was Tomasz, for his great-grandfather".
_NAMING = re.compile(rf"\b(?:named|christened|baptised|baptized|called|name\s+(?:was|is))\s+"
                     rf"(?P<name>{CAPITAL}[\w'’-]*(?:\s+{CAPITAL}[\w'’-]*){{0,2}}),?\s+(?:for|after)\s+"
                     r"(?:his|her|their|my|our|your)\s+[a-z]|"
                     # or the relative's name after the relative: "He had been named for her
                     # brother, the first Aqqaluk", "christened after his grandfather Nikitas"
                     r"\b(?:named|christened|baptised|baptized|called)\s+(?:for|after)\s+(?:his|"
                     r"her|their|my|our|your)\s+(?:[a-z]+\s+){0,2}?[a-z]+,?\s+(?:the\s+(?:first|"
                     rf"old|elder|older)\s+)?(?P<relative>{CAPITAL}[\w'’-]*(?:\s+{CAPITAL}[\w'’-]*)"
                     r"{0,2})")
_NAMING_WORDS = CueWords(["named", "christened", "baptised", "baptized", "called", "name"])
# What the same sentence goes on to say the child is called besides: "…, and he was Tomek to
# everyone", "and everyone called him Tomek", "known as Tomek".
_NICKNAMED = re.compile(rf"\b(?:(?:he|she)\s+was|called\s+(?:him|her)|known\s+as)\s+"
                        rf"(?P<name>{CAPITAL}[\w'’-]*)(?:\s+(?:to|by|at|and|in|from)\b|[,.;]|$)")


def _given_in_naming(manuscript: Manuscript) -> frozenset[str]:
    """The words of names the text says a child was given for a relative ("Their first son
    was named Nikitas for his grandfather"): someone else bears them now, so after the
    relative's death the name said alone may be the namesake's."""
    return frozenset(word for _view, names in cue_sentences(
        manuscript, f"{RULE}.naming", _names_given, _NAMING_WORDS) for name in names
        for word in name.split())


def _names_given(text: str) -> tuple[str, ...]:
    """The names a sentence says someone was given for a relative, and those it goes on to say
    the child is called besides ("His name was Tomasz, for his great-grandfather, and he was
    Tomek to everyone"): a deed told by the pet name is the child's, not the dead relative's."""
    given = []
    for match in _NAMING.finditer(text):
        given.append(match.group("name") or match.group("relative"))
        given.extend(nick.group("name") for nick in _NICKNAMED.finditer(text, match.end()))
    return tuple(given)


def _set_apart(context: CheckContext, name: str, death: tuple[SentenceView, int],
               run: NameRun) -> bool:
    """Whether a later one-word form of the dead's name differs from the one the death names
    him by, and the text sets the two forms side by side as two people's ("the house already
    held a Frank and a Frankie", "the father was Frank, the boy was Frankie"): the later form
    may be the other one's, though the analysis took them for one character."""
    view, said = death
    told = next((m.run.words for m in context.mentions.in_sentence(view)
                 if m.cluster.name == name and m.span.end == said), None)
    if told is None or len(told) != 1 or len(run.words) != 1 or told == run.words:
        return False
    # The book is searched once a run for each pair of forms, however often the later one
    # comes back.
    seen = context.shared.setdefault(f"{RULE}.set_apart", {})
    pair = (told[0], run.words[0])
    if pair not in seen:
        seen[pair] = _forms_apart(context.manuscript, *pair)
    return seen[pair]


def _forms_apart(manuscript: Manuscript, first: str, second: str) -> bool:
    """Whether the text sets two forms of a name side by side as two people's (`_APART`)."""
    forms = (re.escape(first), re.escape(second))
    apart = re.compile("|".join(pattern.format(first=one, second=other)
                                for one, other in (forms, forms[::-1])
                                for pattern in _APART))
    return any(apart.search(document.text) for document in manuscript.documents.values())


# Two forms of a name set side by side as two bearers': "a Frank and a Frankie", or each
# told whose in one sentence, "the father was Frank, the boy was Frankie".
_APART = (r"\b(?i:an?)\s+{first}\s+and\s+an?\s+{second}\b",
          r"\b(?i:the)\s+[a-z]+\s+(?:was|is)\s+{first}\s*[,;]\s+(?:and\s+)?the\s+[a-z]+\s+"
          r"(?:was|is)\s+{second}\b")


# A farm's name before a given name, as Swedish, Finland-Swedish and Norwegian villages call
# people ("Knuts-Greta" is Greta of the farm Knuts; "Västergårds-Mats", with the genitive -s).
_FARM_NAMED = re.compile(rf"(?P<farm>{CAPITAL}[\w'’]*?)s?-(?P<given>{CAPITAL}[\w'’]*)")


def _farm_named(manuscript: Manuscript, name: str) -> list[str]:
    """Other characters' names that are `name`'s given name after a farm's ("Knuts-Greta"
    of Greta Lillkvist, where the story names a place Knuts): the same person, called by
    where she lives — unless another character has that given name too."""
    given = name.split()[0]
    farms = {cluster.name for cluster in manuscript.clusters(EntityKind.PLACE)}
    found, others = [], False
    for cluster in manuscript.clusters(EntityKind.CHARACTER):
        if cluster.name == name:
            continue
        called = _FARM_NAMED.fullmatch(cluster.name)
        if called is not None and called.group("given") == given and (
            called.group("farm") in farms or f"{called.group('farm')}s" in farms
        ):
            found.append(cluster.name)
        elif cluster.name.split()[0] == given:
            others = True
    return [] if others else found


def _called_by_part(manuscript: Manuscript, name: str, sex: str | None) -> list[str]:
    """The characters the analysis kept apart from the dead whose name is a title, an
    epithet or a family word before one word of the dead's full name ("Mr. Tulloch" of
    Obadiah Tulloch, "Old Cheung" of Cheung Man-lok, "Pappous Michalis" of Michalis
    Georgiou), when no other character's name has that word: the village calls the one man by
    it, so it is he — unless the word tells a sex that is not known to be the dead's (`sex`):
    "Oma Behrens" is the widow of Ludwig Behrens. A family word before the given name is
    the dead's even when the story never tells the dead's sex: a given name is no widow's."""
    own = name.replace(".", "").split()
    if len(own) < 2:
        return []
    family = wordlists().family_words
    found: list[str] = []
    others: set[str] = set()  # the words of the names of everyone else
    for cluster in manuscript.clusters(EntityKind.CHARACTER):
        if cluster.name == name:
            continue
        words = cluster.name.replace(".", "").split()
        calling = _calling_sex(words[0]) if len(words) == 2 and words[1] in own else None
        if calling is not None and (calling in ("-", sex) or (
                # "Pappous Michalis" of Michalis Georgiou, whose sex the story never tells:
                # a family word before a given name is the family's own, not a widow's
                sex is None and words[0] in family and words[1] == own[0])):
            found.append(cluster.name)
        else:
            others.update(words)
    return [form for form in found if form.replace(".", "").split()[1] not in others]


def _said_after_word(manuscript: Manuscript, name: str) -> list[str]:
    """The character named by a one-word name with the word that every mention of it comes
    after ("Ba Nhu", when "Nhu" is only ever said as "Ba Nhu lay on her bunk"): the same name,
    kept apart where a sentence opens on it and where one goes on to it."""
    cluster = manuscript.finder.clusters.get(name)
    if " " in name or cluster is None or not cluster.mentions:
        return []
    before: set[str | None] = set()
    for span in cluster.mentions:
        words = manuscript.documents[span.document].text[max(0, span.start - 20) : span.start]
        found = _WORD_BEFORE.search(words)
        before.add(found.group(1) if found else None)
    if len(before) != 1 or None in before:
        return []
    said = f"{before.pop()} {name}"
    return [said] if said in manuscript.finder.clusters else []


def _epithet_at_head(manuscript: Manuscript, name: str) -> list[tuple[str, int, int, NameRun]]:
    """The places of the dead's name said after an epithet at a sentence's head ("Old
    Dougald, sitting in the corner…"), which the analysis kept whole there and gave to no
    one, when the dead's own mentions come after that epithet in mid-sentence ("and Old
    Dougald said something"): the story's one name for him, with its epithet."""
    cluster = manuscript.finder.clusters.get(name)
    if cluster is None:
        return []
    forms: set[str] = set()
    for span in cluster.mentions:
        text = manuscript.documents[span.document].text
        before = _WORD_BEFORE.search(text[max(0, span.start - 20) : span.start])
        if before is not None and before.group(1) in EPITHETS:
            forms.add(f"{before.group(1)} {text[span.start : span.end]}")
    places = []
    for form in sorted(forms):
        stats = manuscript.finder.forms.get(form)
        if stats is None or form in manuscript.finder.cluster_of:
            continue
        places += [(document, base + run.start, base + run.end, run)
                   for document, base, run in stats.runs if run.initial]
    return places


def _fathers_name_in(manuscript: Manuscript, name: str) -> frozenset[str]:
    """The characters whose names carry a one-word name as a father's, as Gaelic, Arabic
    or Welsh names go on to the father's: a name the text glosses so right after it ("He
    was Hughie Dougald, Hugh the son of Dougald"), and a name that ends with such a name
    ("Mairi Hughie Dougald", Hughie Dougald's daughter) — not other bearers of the name."""
    holders = [cluster.name for cluster in manuscript.clusters(EntityKind.CHARACTER)
               if cluster.name != name and name in cluster.name.split()[1:]]
    if not holders:
        return frozenset()
    glossed = {holder for holder in holders if any(
        re.search(rf"\b{re.escape(holder)},\s+(?:{CAPITAL}[\w'’-]*\s+)?(?:the\s+)?(?:son|"
                  rf"daughter)\s+of\s+{re.escape(name)}\b", document.text)
        for document in manuscript.documents.values())}
    return frozenset(holder for holder in holders if holder in glossed or any(
        holder.endswith(f" {father}") for father in glossed))


# The capitalised word right before a name: "Ba" of "Ba Nhu".
_WORD_BEFORE = re.compile(rf"\b({CAPITAL}[\w'’-]*)[ \t]$")


def _calling_sex(word: str) -> str | None:
    """The sex a word said before one of a name calls its bearer ("Mr." a man, "Old" either,
    "Pappous" a grandfather: a family word the family calls him by, "Pappous Michalis"), or
    None when the word is none of these."""
    lists = wordlists()
    if word in lists.honorifics:
        return lists.title_sex(word)
    if word in EPITHETS:
        return "-"
    if word in lists.family_words:
        return lists.family_word_gender.get(word, "-")
    return None


def _places(context: CheckContext, name: str) -> Iterator[tuple[str, int, int, NameRun]]:
    """Where a character is named, in reading order: its mentions (and those of the name
    their farm gives them, `_farm_named`, and the title they are called by alone,
    `_called_by_title`), or for a name no character carries (one said
    once, like a relative's), the places of that name."""
    if name in context.manuscript.finder.clusters:
        mentions = context.mentions.by_cluster
        farm_named = _farm_named(context.manuscript, name) + _called_by_part(
            context.manuscript, name, context.mentions.genders.get(name)) + _said_after_word(
            context.manuscript, name)
        found = [(m.span.document, m.span.start, m.span.end, m.run)
                 for own in (name, *farm_named) for m in mentions[own]]
        titled = list(_called_by_title(context, name)) + _epithet_at_head(
            context.manuscript, name)
        if farm_named or titled:
            order = context.manuscript.order
            found = sorted(found + titled, key=lambda place: (order[place[0]], place[1]))
        yield from found
        return
    stats = context.manuscript.finder.forms.get(name)
    for document, base, run in stats.runs if stats is not None else ():
        yield document, base + run.start, base + run.end, run


# What everyone calls one: "everyone on the quay calls him simply the Colonel", "known to all as
# the Doctor" — a title said alone with "the" as that one's name.
_CALLED_THE = re.compile(rf"\b(?:(?:call|calls|called)\s+(?:him|her)|known\s+(?:to\s+\w+\s+)?"
                         rf"as)\s+(?:simply\s+|just\s+|only\s+|always\s+)?(?:as\s+)?the\s+"
                         rf"(?P<title>{CAPITAL}[\w'’-]*)\b")
# The title said alone: "The Colonel came up the stairs", "the Colonel's watch".
_THE_TITLE = r"\b[Tt]he\s+({title})\b(?!\s+{capital})"


def _called_by_title(context: CheckContext, name: str) -> Iterator[tuple[str, int, int,
                                                                          NameRun]]:
    """Where the dead is named by a title said alone with "the", when a sentence naming them
    and no other character says that is what they are called ("He is Ivan Petrov, and everyone
    calls him simply the Major"): "The Major came up the stairs" is then a deed of theirs —
    not when another character bears the title ("Major Stein") or another sentence calls
    someone else so, for then "the Major" may be either."""
    manuscript, index = context.manuscript, context.mentions
    honorifics = wordlists().honorifics
    titles: set[str] = set()
    callings: set[tuple[int, int]] = set()
    for mention in index.by_cluster.get(name, ()):
        view = mention.sentence
        sentence = index.text(view)
        for calling in _CALLED_THE.finditer(sentence, mention.span.end - view.start):
            callings.add((view.order, calling.start()))
            if calling.group("title") in honorifics and all(
                    other.cluster.name == name for other in index.in_sentence(view)
                    if other.cluster.kind == EntityKind.CHARACTER):
                titles.add(calling.group("title"))
    if len(titles) != 1 or len(callings) != 1:
        return
    title = titles.pop()
    finder = manuscript.finder
    if any(finder.cluster_of.get(key, name) != name and normal_title(title) in stats.titles
           for key, stats in finder.forms.items()):
        return  # "Colonel Brandt" beside him: "the Colonel" may be either
    pattern = re.compile(_THE_TITLE.format(title=re.escape(title), capital=CAPITAL))
    for document, written in manuscript.documents.items():
        text = written.text
        for said in pattern.finditer(text):
            view = sentence_at(manuscript, document, said.start())
            paragraph = view.paragraph if view is not None else None
            if paragraph is None:
                continue
            at = said.start(1) - view.base
            index = next((number for number, token in enumerate(paragraph.tokens)
                          if token.start == at), None)
            if index is not None:
                yield document, said.start(1), said.end(1), word_run(
                    paragraph.text, paragraph.tokens, index)


def _in_memory(sentence: str, after: int) -> bool:
    """Whether a sentence tells a memory ("Ana remembered how Ivo smiled") — not when all it
    remembers is a thing after the deed, which `after` ends ("Nena leaned out, laughing the big
    laugh Luíza remembered": the laugh is remembered, the leaning out is now; "roars in the
    voice that used to reach across the harbour"), nor when the deed is likened to a habit of
    old ("perched on the railing beside me, the way he used to")."""
    for match in _MEMORY.finditer(sentence):
        if match.start() >= after:
            word = match.group().lower()
            if word.startswith(_REMEMBERING) and (_REMEMBERED_THING.search(
                    sentence, after, match.start()) or _THAN_REMEMBERED.search(
                    sentence, after, match.start()) or _AS_LONG_AS.search(
                    sentence, after, match.start())):
                continue
            if word.startswith("used") and _RELATIVE_BEFORE.search(sentence, after, match.start()):
                continue  # "roars in the voice that used to reach across the harbour": the voice's
            if word.startswith("used") and _LIKE_BEFORE.search(sentence, after, match.start()):
                continue  # "perched on the railing, the way he used to": done now, as before
        return True
    return False


# A time as long as memory goes, which tells of no memory: "the toast he had made at every
# birthday for as long as I could remember".
_AS_LONG_AS = re.compile(r"\bas\s+long\s+as\s+(?:I|we|anyone|anybody|he|she|they|you|"
                         r"everyone|everybody)\s+(?:could|can)\s+$", re.IGNORECASE)

# A likeness to a memory, which tells of now: "thinner than Nicolò remembered".
_THAN_REMEMBERED = re.compile(rf"\bthan\s+(?:{CAPITAL}[\w'’-]*|he|she|I|we|they|you)\s+"
                              r"(?:had\s+)?$")


# A relative clause's opening: what "used to" after it tells is a thing's habit.
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+$")


_REMEMBERING = ("remember", "recall")

# A deed likened to a habit of old: "perched on the railing beside me, the way he used to",
# "sat in the corner, exactly where he used to sit" — done now, as it was done before.
_LIKE_BEFORE = re.compile(r"\b(?:the\s+way|just\s+as|as|like|where)\s+(?:he|she|they|we|I|you)"
                          r"\s+$", re.IGNORECASE)


def _own_death_told(sentence: str, after: int) -> bool:
    """Whether a sentence tells of a death that may be the character's own ("the winter
    before he died") — not a thing's ("when the murmur died") or another's ("his wife died",
    "your client … before he died", someone unnamed said after the name, which ends at
    `after`)."""
    return any(not OTHER_DEAD.search(sentence, 0, match.start())
               and not unnamed_between(sentence, after, match.start())
               for match in DEATH_VERB.finditer(sentence))


# A numeral or a word of generation after a name: someone else who carries it.
_GENERATION_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(GENERATIONS, key=len, reverse=True))})\b\.?|"
    r",?\s+the\s+(?:Younger|Elder)\b")


def _finding(context: CheckContext, name: str, death: tuple[SentenceView, int],
             later: tuple[SentenceView, int]) -> Finding:
    """`death` and `later` are each a sentence and where in it what matters ends."""
    sentence = context.manuscript.sentence_span
    return contrast(context, RULE, name, (sentence(death[0]), "is reported dead"),
                    (sentence(later[0]), "later acts"), subject=name,
                    focus=(death[1], later[1]))
