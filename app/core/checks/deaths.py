"""Where a story tells that a character died, and of whom.

A death is read from the sentence that reports it: "Colette had passed away", "Colette passed
on in her sleep" ("passed on" only bare or with how, when or whither a death is told; not "a
letter came for Jasna, passed on by the aid people", a thing handed along, nor "the inspector
passed on the road" or "nodded to us and passed on", one going by, nor "the note was passed on",
a thing handed along), "her late mother,
Colette", "the death of Colette" (not "the funeral of Grace's childhood", the childhood's),
"Colette's funeral", "the body of Braulio Sosa" (not "the warm body of Ana"), "He'd been
dead two days", a burial told
with where or when ("They buried Tonton Dieusel eleven days later", "They bury Tadeusz on
Friday"), one told of "he" or "she" as lying under the ground ("He is already under the sand"),
a telegram's "Deacon Pottinger dead." or a record's entry opening on "Died" after the name it
heads ("Senhor Baptista, tailor. Died 2 May 1917.") (and one in capitals, where the case
marks no names: "REGRET TO ADVISE ALBERT MAYHEW RADIO OPERATOR DIED THURSDAY", of the one
character its clause names), a role's ("the old minister was dead"), one found dead ("found
him sitting upright in his chair, quite dead", "found Marek dead in the barn"; not "found him
half dead", "found him by a dead fire", "found her husband dead"). The dead character is
the one named nearest before the verb (not a possessor: in "Sofie's mother died" the mother
died; nor one before "someone", the verb's own subject: "Lamine came by, as he did when
someone had died"; nor one the first clause names after its subject when the verb, after
", and", has none
of its own: "Maddi lived to see Txomin married, and died" is Maddi's death; nor one a time
clause dating a death told before it names, when the verb after "and" has no subject of its
own: "Aminah, who had died of a fever when Ros was two and was buried" is no burial of Ros),
or, for a pronoun in a sentence naming no one before it, the character named just before (one
called by a family word alone whose sex the story leaves untold, when the sentence right before
opens on the word: "Vovó never heard the last of them. She died in the spring"; the one named
in the sentences that go on about him, when the name tells no sex: "Dusty was lying on his
bunk… The flies had found him. He'd been dead"; the sentences going on about him may run
through a paragraph of speech he said: '"Good," he said. "Keep it."'; and each sentence on the
way that speaks of him carries the pronoun a sentence further back: '"Tomas, it's Ines. From
downstairs." He does not open his eyes. The rasping … stops. He is dead') — unless "her father"
or "a man" comes between (not "the men", whom no "he" means; in the name's own sentence, only one
of the pronoun's sex: "the last coffee Emama Zewditu roasted for her grandson. She died" is hers;
nor, anywhere, one of the other sex called by a kin word as by a name: "took the bitter leaves Mama
boiled for him; … On the fourth day he died" is his; nor one told only as having called: "the
doctor had been twice and the minister once. He died" is not the doctor's; nor one who opens
the clause whose verbs take the pronoun as their object: "My uncle went up to fetch him and
found him … dead" is not the uncle's) or is the name's own
("Sandy's mother"), or "him" ("By the time Ti-Jean had dug him out, he was dead" is the
death of whom "him" means), or a "he" or "she"
beside the name that is someone else ("she had asked Inaya", "Aurelio had worked beside him",
"Koos went down and found him");
in speech the one the talk named last, the narration between its lines passed over (when
talk by a woman opens on "he", or by a man on "she", having named no one, the one of that sex
the narration before it named: 'Zulfiya put two fingers to his neck. / "He is dead," she
said.'). A burial
of "him" or "her" a few sentences after a death, or opening the paragraph after the death's, is
the dead's, for no one buries the living ("K. Balachandran died on the driveway. … / We
cremated him four days later"). A name said only as a word ("refusing to say the name Esther
aloud, and they had buried her") is no one a burial's "her" stands for. In "X had been
nineteen when he died" the "he" is X unless the paragraph has gone on, up to the sentence
before, about another man it named and not about X ("The photograph of Don Ramón… In it he
was perhaps sixty. Tati had been nineteen when he died"). Negated, hypothetical or hearsay
deaths ("nearly died", "if he died", "though nobody had died", "if they buried him",
"drowned only in the Galway paper", "the paper had printed that Ezra Pike had died", "said to
Dad that the Dufault boy had drowned" (not a telegram's "said that"), "told the story of the
night Ewan was drowned" (a tale someone tells), "I'll believe he is dead when I see him dead",
"He was dead in 1958. Drowned, they said.", or one taken back in its own sentence or the next:
"Auntie wrote me he was dead and then phoned and said no, he's alive", "But it was not
true.") do not count (a "not" in a clause of its own before it hedges nothing: "the dead
must not wait, so we buried him that same evening"),
nor do deaths counted or only declared, which did not last ("dead once himself,
officially"), or given a length of time they lasted ("For a night and most of a day, Angus
MacLellan was drowned"; not "For twenty years Anna had been dead", up to then).
`told_deaths` reads them once; dead-alive then looks for the dead doing things later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from app.core.checks.base import CheckContext
from app.core.checks.cues import (
    QUOTE_MARK,
    CueWords,
    cue_sentences,
    in_quotes,
    neighbour,
    quote_open,
    sentence_at,
)
from app.core.checks.mentions import (
    PERSON_NOUN_GENDER,
    PRONOUN_GENDER,
    Mention,
    MentionIndex,
    kin_before_sex,
    said_in_speech,
    sex_of_noun,
)
from app.core.checks.referents import ATTRIBUTION, age_epithet
from app.core.checks.roles import ROLES, role_holder
from app.core.entities import Cluster
from app.core.manuscript import Manuscript, SentenceView
from app.core.model import EntityKind
from app.core.parsing import ParsedParagraph
from app.core.text import CAPITAL, FAMILY_TITLES, MONTHS, WEEKDAYS
from app.core.variants import vocative
from app.core.wordlists import wordlists

# Where a run keeps the sentences that may tell a death.
_CUES = "deaths"

# When a burial or a death is told: "They buried Tonton Dieusel eleven days later", "buried her
# the next morning", "They buried Amos that Friday" (a day of the week, as a funeral is dated),
# "We buried Ifan this afternoon", "we buried him that same evening", "passed on in March".
_PARTS_OF_DAY = (r"(?:day|morning|afternoon|evening|night|week|spring|summer|autumn|winter|"
                 rf"{'|'.join(sorted(WEEKDAYS))})")

_AT_REST_WHEN = (r"(?:\w+|a\s+few)\s+(?:days?|weeks?|months?)\s+(?:later|after(?:wards)?)|"
                 r"(?:the\s+(?:next|following|same)|(?:that|this)(?:\s+(?:same|very))?)\s+"
                 rf"{_PARTS_OF_DAY}|yesterday|today|"
                 rf"in\s+(?:{'|'.join(sorted(MONTHS))}|\d{{4}})")

# "passed on" is a death only said bare or with what a death is told with: its end ("Gran
# passed on."), how or when ("in her sleep", "peacefully", "in March", "two years ago"), or
# where the dead go ("to a better place", "to her reward"). With anything else after, it is a
# thing handed along or someone going by: "passed on the news", "passed on by the aid people",
# "the inspector passed on the road", "passed on to Jasna".
_PASSED_ON_DEATH_TAIL = (
    r"(?=\s*(?:[.,;:!?…—–)\"”’]|--|$)|\s+(?:and|but)\b|"
    r"\s+(?:away|peacefully|quietly|suddenly|unexpectedly|(?:\w+\s+){1,2}ago|"
    r"in\s+(?:(?:his|her|their|my|our|your|the)\s+)?(?:sleep|night|peace|hospital)|"
    r"(?:at|on)\s+(?:home|the\s+age|\d+)|"
    r"to\s+(?:(?:a|the)\s+(?:better|other|next)\s+(?:place|side|world|life|shore)|glory|heaven|"
    r"(?:his|her|their)\s+(?:reward|rest|maker)|the\s+(?:hereafter|beyond|great\s+beyond))|"
    rf"last\s+{_PARTS_OF_DAY}|{_AT_REST_WHEN})\b)"
)

# "dead" as English says it of the living: "dead on his feet" (a crowd "dead on its feet"),
# "dead to the world", "dead tired", "dead set against it"; and of the weather, the sea or a room
# ("the sea was dead calm", "the harbour was dead quiet"), as still as a dead thing.
_LIVING_DEAD = (r"(?!\s+(?:on\s+(?:my|his|her|its|their|our|your|one['’]s)\s+feet|"
                r"to\s+the\s+world|tired|drunk|asleep|beat|set|serious|right|wrong|certain|"
                r"sure|keen|broke|last|against|level|straight|centre|center|lucky|on\s+time|"
                r"calm|quiet|silent)\b)")

# "The message was passed on.", "it had been passed on": handed along, which no one does to
# the dead — a death's "passed on" is said of the one who goes.
_NOT_PASSIVE = (r"(?<!\bis\s)(?<!\bbe\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bget\s)(?<!\bgot\s)"
                r"(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)")
# "He nodded to us and passed on.": a greeting or a look, and then one going by, not dying.
_WENT_BY = re.compile(r"\b(?:nodded|bowed|waved|smiled|glanced|looked|stared|peered|saluted|"
                      r"greeted|tipped|touched)\b[^.;:!?]{0,40}\band\s+$", re.IGNORECASE)
_PASSED_ON = re.compile(r"passed\s+on\b", re.IGNORECASE)

DEATH_VERB = re.compile(
    rf"\b(?:had\s+)?(?:died|dies|passed\s+away|{_NOT_PASSIVE}passed\s+on{_PASSED_ON_DEATH_TAIL}|"
    r"was\s+killed|"
    r"was\s+murdered|was\s+slain|"
    rf"drowned|perished|was\s+executed|was\s+buried|(?:is|was|had\s+been|has\s+been)\s+dead"
    rf"{_LIVING_DEAD}|"
    # "He'd been dead two days at least", "she's been dead a year", as people say it.
    rf"['’][ds]\s+been\s+dead{_LIVING_DEAD}|"
    # "never came back" is a death only said bare: "had not come back to himself" (not himself
    # again), "came back to her senses", "back to the subject" say what was not come back to.
    r"(?:was|were)\s+lost\s+at\s+sea|(?:never\s+came|had\s+not\s+come)\s+back(?!\s+to\b)|"
    r"never\s+returned|departed\s+this\s+life|"
    # "Pepík had not lived to see the peace": died before it came.
    r"(?:(?:had|did)\s+not|never|(?:had|did)n['’]t)\s+lived?\s+to\s+(?:see|hear|know|meet))\b",
    re.IGNORECASE,
)

# "the death of Colette" — and "the body of Braulio Sosa Medina", what is left of the dead
# (not "the warm body of Ana", a living one's).
_DEATH_NOUN = re.compile(r"\b(?:death|funeral|grave|burial|murder)\s+of\s*$|"
                         r"\bthe\s+(?:dead\s+|lifeless\s+)?(?:body|corpse|remains)\s+of\s*$",
                         re.IGNORECASE)

_POSSESSIVE_DEATH = re.compile(r"^\s*(?:death|funeral|grave|burial|murder)\b", re.IGNORECASE)

# "the late Mr. Stanbury", "her late husband, Tom" — not "In the late afternoon Tomy…".
_LATE = re.compile(r"\b(?:the|his|her|their|my|our|your)\s+late(?!\s+(?:afternoon|morning|evening|"
                   r"night|summer|autumn|fall|spring|winter|hours?|season|monsoon|shift|train|"
                   r"bus|supper|dinner|lunch|breakfast|sun|light|edition|show|sitting|"
                   r"harvest|frost|snow|rains?)\b)(?:\s+(?P<kin>\w+))?\s*,?\s*$", re.IGNORECASE)

_HEDGE = re.compile(
    r"\b(?:not|never|nearly|almost|if|would|might|could|may|should|feared|pretended|thought|"
    r"rumou?red|supposed|believed|assumed|presumed|reported|"
    # what is looked for, not yet come: "expected to be Little Hazel until she died"
    r"expected|expects|expect|expecting|"
    # what someone believes or fears now: "I'll believe Tuppence is dead when I see him dead"
    r"believe|believes|think|thinks|suppose|supposes|fear|fears)\b[^.!?]*$|"
    # no one's: "though nobody had died to make me do it", "no one was killed"
    r"\b(?:nobody|no[- ]one|none)\s+(?:(?:had|has|was|were|ever|yet|else|\w+ly)\s+)*$|"
    # what all the world knew: "And Cuco, as everybody in the park knew, was dead."
    r"\bas\s+(?:everybody|everyone|all|the\s+whole\s+\w+)\b[^.!?]*\bknew\b[^.!?]*$",
    re.IGNORECASE,
)

# "…said to Dad, quietly, that the Dufault boy had drowned": what someone said — not what a
# telegram or a letter said, the notice a death comes by.
_SAID_THAT = re.compile(r"(?<!\btelegram\s)(?<!\bcable\s)(?<!\bletter\s)(?<!\bnotice\s)"
                        # "The letter was from his mother. It said that Pépère had died": a thing
                        r"(?<!\bwire\s)(?<!\bIt\s)(?<!\bit\s)"
                        r"\bsaid\b[^.!?\"“”]*\bthat\b[^.!?\"“”]*$", re.IGNORECASE)

# "Inaya had believed for a whole year that Yasmin Aunty was dead": what someone believed.
_BELIEVED_THAT = re.compile(
    r"\b(?:believed|thought|feared|assumed|presumed|supposed|rumou?red|reported|printed|heard|"
    r"imagined|told|learned|learnt|decided|concluded|swore|sworn|claimed|insisted|word)\b"
    r"[^.!?]*\bthat\b[^.!?]*$", re.IGNORECASE)

# "Canon Gillies told the story of the night Angus Beag was drowned": a death someone tells
# as a story (a tale grows "with every telling"), word of it as "said that" is, not the book's.
_TOLD_AS_STORY = re.compile(
    r"\b(?:told|tells|tell|telling|retold|retells|recounted|recounts)\s+(?:\w+\s+)?"
    r"(?:the|a|an|his|her|their|that)\s+(?:\w+\s+)?(?:story|stories|tale|tales)\s+(?:of|about)\b"
    r"[^.!?\"“”]*$", re.IGNORECASE)

# Where a sentence can report a death beyond its verbs: "the late…", "the death of…",
# "…'s funeral". With an unhedged death verb, these mark the sentences worth reading again.
_DEATH_PHRASE = re.compile(
    rf"\b{CAPITAL}[\w'’-]+\s+dead\s*[.!;,]|"
    r"\b(?:the|his|her|their|my|our|your)\s+late\b|"
    r"\b(?:death|funeral|grave|burial|murder)\s+of\b|"
    r"\bthe\s+(?:dead\s+|lifeless\s+)?(?:body|corpse|remains)\s+of\b|"
    r"\w['’]s?\s*(?:death|funeral|grave|burial|murder)\b", re.IGNORECASE)

# "Deacon Pottinger dead." — a telegram's or patois's death, with no verb.
_BARE_DEAD = re.compile(r"\s+dead\s*[.!;,]")

# Someone unnamed right before the death verb is the one who died.
# ("since the old Queen died": someone known by a title, which names no one here).
OTHER_DEAD = re.compile(r"(?<![,\w])\s*\b(?:her|his|their|my|our|your|the|a|an|whose)\s+"
                         r"(?:[A-Za-z]+\s+){0,2}$")

# Someone no one names right before the death verb, its own subject: "as he did on the
# evenings when someone had died", "the week everybody drowned" — none of the names before.
_SOMEONE_DEAD = re.compile(r"\b(?:someone|somebody|anyone|anybody|everyone|everybody)"
                           r"(?:\s+else)?\s+(?:\w+ly\s+)?$", re.IGNORECASE)

# Laid to rest by others: "they buried him on the hill", "we cremated her", told in the
# present too ("They bury Tadeusz Grabski on Friday", not "they'd bury him", what they would
# do, nor "if they buried him", see `_hedged`) — not "buried him in paperwork", not "buried
# her face".
_BURIED = r"(?:buried|burned|burnt|cremated)"
_LAID_TO_REST = (rf"(?i:\b(?:they|we)(?:(?:['’]d|\s+had)?\s+{_BURIED}|\s+(?:bury|cremate))\s+"
                 r"(?:(?:old|auld|poor|young|little|wee|dear)\s+)?)")

# …told with where, or when (`_AT_REST_WHEN`).
_AT_REST_WHERE = (r"(?=\s*[,.;:!?]|\s+(?:on|at|beside|below|under|by|near|behind|there|next|"
                  r"in\s+the\s+(?:churchyard|cemetery|graveyard|ground|garden|sea|family|old)|"
                  rf"at\s+sea|{_AT_REST_WHEN})\b)")

_DISPOSED = re.compile(_LAID_TO_REST + r"(?P<pronoun>him|her)" + _AT_REST_WHERE, re.IGNORECASE)

# The same of a name: "They'd buried Len McAllister on the rise behind the shed".
_DISPOSED_BEFORE = re.compile(_LAID_TO_REST + r"$", re.IGNORECASE)

_DISPOSED_AFTER = re.compile(_AT_REST_WHERE, re.IGNORECASE)  # "in March", "that Friday"

# Laid to rest by role: "they buried the priest under the almond tree" — the one character
# the story gives that role's title (Padre Anselmo).
_DISPOSED_ROLE = re.compile(
    rf"\b(?:they|we)\s+(?:(?:had\s+)?{_BURIED}|bury|cremate)\s+the\s+(?:old\s+|young\s+)?"
    r"(?P<role>[a-z]+)\b", re.IGNORECASE)

# A name said in a clause about someone unnamed: "his only son, who was also Walter Cray,".
_NAMED_IN_CLAUSE = re.compile(r",\s*who\s+(?:is|was)\s+(?:also\s+|called\s+|named\s+)?$",
                              re.IGNORECASE)

# "…, and he had died": the death told of the sentence's subject in a clause of its own.
_AND_PRONOUN = re.compile(r",?\s+and\s+(he|she)\s+$", re.IGNORECASE)
# What may come between the last one named and a death verb that has no subject of its own: a
# word at most, the comma closing the first clause, and "and" (", and died").
_SHARED_SUBJECT = re.compile(r"(?:\s+[a-z][\w'’-]*)?,\s+and\s+(?:then\s+)?")

# A sentence that opens on how long someone has been dead, the name said just before:
# "Dessie. Four years dead this March."
_HOW_LONG = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+ty|"
             r"\w+ty-\w+|\d+|many|several|a\s+few)\s+(?:years?|months?|weeks?)")
_TIME_DEAD = re.compile(rf"^\W*{_HOW_LONG}\s+dead\b", re.IGNORECASE)
# A record's entry of a death, with no subject, the name said just before as its heading:
# "Senhor Baptista, tailor, Rua Nova. Died 2 May 1917, of the fever." (case-sensitive: a
# sentence opens on "Died" only where the subject is left out, as a register or a list does).
_DIED_ENTRY = re.compile(r"^\W*Died\b")
# "Uncle Bortey was five years dead": dead that long, after the name.
_DEAD_FOR = re.compile(rf"\s+(?:was|is|had\s+been|has\s+been)\s+(?:now\s+)?{_HOW_LONG}\s+dead\b",
                       re.IGNORECASE)

# Dead by role: "The king is dead," — the one character the story gives that title.
_ROLE_DEAD = re.compile(r"\bthe\s+(?:old\s+|young\s+)?(?P<role>[a-z]+)\s+(?:is|was)\s+dead\b",
                        re.IGNORECASE)

# Someone unnamed a death may be told of ("the old man was dead"), and the sex the word tells.
_PERSON_NOUNS = {"man": "m", "woman": "f"}


def _named_before_in_paragraph(index: MentionIndex, view: SentenceView, sex: str,
                               named_here: set[str]) -> str | None:
    """The one character of `sex` that the sentences before `view` in its paragraph name,
    other than those the sentence itself names."""
    found = {m.cluster.name for m in index.earlier_in_paragraph(view)
             if index.genders.get(m.cluster.name) == sex and not said_in_speech(m)}
    found -= named_here
    return found.pop() if len(found) == 1 else None


# A death told of "he"/"she" ("and he died in February", "He'd been dead") is the pronoun's:
# its subject.
_PRONOUN_SUBJECT = re.compile(r"(?<![\w'’])(he|she)\s*$", re.IGNORECASE)

# "him", or "her" as an object ("dug her out", "found her."), not "her sister".
_OBJECT_PRONOUN = {"he": re.compile(r"\bhim\b", re.IGNORECASE),
                   "she": re.compile(r"\bher\b(?=\s*(?:[,.;]|(?:out|up|down|off|away|back|"
                                     r"in|into|onto|from|to|on)\b))", re.IGNORECASE)}


# "him" or "her" right before the verb, its object: "the constable had pronounced him
# drowned", "they reported her killed" — not "kissed him and died", where the one named died.
_OBJECT_BEFORE_VERB = re.compile(r"(?<![\w'’])(?:him|her|them)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _object_before(between: str, pronoun: str) -> bool:
    """Whether "him" (or "her" as an object) of the subject pronoun's sex is in `between`,
    the words before it: the pronoun then stands for the object, not the sentence's subject."""
    found = _OBJECT_PRONOUN.get(pronoun.lower())
    return found is not None and found.search(between) is not None


# Laid in the earth: "He is already under the sand", "she's in the ground" — of "he"
# or "she" itself, the clause ending there (not "he was in the ground up to his waist", nor
# the sand a child lies under at the beach, "she was under the sand up to her chin").
_UNDER_GROUND = re.compile(
    r"(?<![\w'’])(?P<pronoun>he|she)(?:\s+(?:is|was|has\s+been|had\s+been|lies|lay)|['’]s)\s+"
    r"(?:already\s+|now\s+|long\s+)?(?:(?:under|in)\s+the\s+(?:ground|earth)|"
    r"under\s+the\s+(?:sod|soil|sand|clay|turf))(?=\s*[,.;:!?—–\"”])", re.IGNORECASE)

# Found dead: "found him sitting upright in his chair, quite dead", "found her dead in her
# bed" — the one found, "him" or "her" as an object (not "found her husband dead", "found her
# darling dead", whose they are: what follows "her" is a comma, a participle or the tail
# itself). Between the pronoun and "dead" no clause of another ("found him by the grave of a
# friend who was dead"), and "dead" ends its phrase (not "by a dead fire", "dead drunk", "dead
# to the world").
_FOUND = r"\b(?:found|finds|discovered)\s+"
_FOUND_DEAD_TAIL = (r"(?P<how>(?:(?!\b(?:he|she|they|who|whom|which|that|whose|was|were|is|are|"
                    r"had)\b)[^.;:!?\"“”]){0,100}?)\bdead(?=\s*[,.;:!?—–\"”]|\s+(?:in|on|at|by|"
                    r"beside|under|upon|against|inside|beneath|with|and)\b)")
_FOUND_DEAD = re.compile(_FOUND + r"(?P<pronoun>him|her(?=\s*,|\s+(?:(?!(?:sibling|darling|king|"
                         r"foundling|underling)s?\b)\w+ing|dead|quite|already|stone|cold)\b))\b"
                         + _FOUND_DEAD_TAIL, re.IGNORECASE)
_FOUND_BEFORE = re.compile(_FOUND + r"$", re.IGNORECASE)  # "found Marek Sobol dead"
_FOUND_AFTER = re.compile(_FOUND_DEAD_TAIL, re.IGNORECASE)
# Found as good as dead, or not known to be: "found him half dead", "nearly dead", "playing
# dead", "found her looking dead", "left … for dead", "the dead", "found him, alive or dead".
_NOT_QUITE_DEAD = re.compile(r"\b(?:half|nearly|almost|all\s+but|as\s+good\s+as|practically|"
                             r"virtually|playing|play|pretending|feigning|be|been|looked|looking|"
                             r"seemed|seeming|not|for|the|an?|more|or)[\s-]+$", re.IGNORECASE)


def _found_dead(text: str, found: re.Match[str], how: str) -> bool:
    """Whether finding someone (`found`, a match in `text` from "found" on) dead, with `how`
    the words between the one found and "dead", tells a death: not as good as dead ("found him
    half dead") nor what someone feared ("if they found him dead")."""
    return not _NOT_QUITE_DEAD.search(how) and not _hedged(text, found)


# "She had not come back" is as often an absence as a death: said of a name only.
_ABSENT = re.compile(r"\b(?:back|returned)\b", re.IGNORECASE)

# How far back (in sentences) a pronoun's character is looked for.
_PRONOUN_REACH = 3

# Something named after a relative who died carries the dead relative's name: "the boat…:
# AMMINI, after his grandmother, who died in April".
_NAMED_AFTER = re.compile(
    rf"\b(?P<name>{CAPITAL}[\w'’-]+),?\s+after\s+(?:his|her|their|my|our|your)\s+(?:late\s+)?"
    r"\w+\s*,?\s+who\s+(?:had\s+)?(?:died|passed\s+away|was\s+killed|drowned|perished)\b")

# A child named after the dead is someone else who carries the name.
_NEWBORN = re.compile(r"\b(?:baby|babies|son|daughter|child|boy|girl|christened|baptised|"
                      r"baptized|born|twins?)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ToldDeaths:
    """The deaths a story tells: `first`, each dead character's first telling (the sentence
    and where in the document it tells it); `told`, every sentence that tells each death;
    `only_titled`, the dead known only by a titled family name ("the late Mr. Stanbury", of a
    son named for his father), whose later deeds count only under that titled name."""

    first: dict[str, tuple[SentenceView, int]]
    told: dict[str, list[SentenceView]]
    only_titled: dict[str, tuple[str, ...]]


# Where a run keeps the deaths told, for every check that asks (dead-alive, relations).
_MEMO = "deaths.told"


def told_deaths(context: CheckContext) -> ToldDeaths:
    """Every death the story tells, and of whom (see `ToldDeaths`); worked out once per run."""
    found = context.shared.get(_MEMO)
    if found is None:
        found = context.shared[_MEMO] = _told_deaths(context)
    return found


def _told_deaths(context: CheckContext) -> ToldDeaths:
    index = context.mentions
    manuscript = context.manuscript
    deaths: dict[str, tuple[SentenceView, int]] = {}
    told: dict[str, list[SentenceView]] = {}

    last: tuple[SentenceView, str] | None = None  # the sentence and the dead last told

    def tell(name: str, where: tuple[SentenceView, int]) -> None:
        nonlocal last
        deaths.setdefault(name, where)
        told.setdefault(name, []).append(where[0])
        last = (where[0], name)

    only_titled: dict[str, tuple[str, ...]] = {}
    named: set[str] = set()  # the dead whose death is told of a name, not a titled surname
    for view, cue in cue_sentences(manuscript, _CUES, _death_cue, _CUE_WORDS):
        text = index.text(view)
        if _hearsay_next(manuscript, view):
            continue  # '"He was dead in 1958. Drowned, they said."': what was said
        for match in _NAMED_AFTER.finditer(text):
            if _NEWBORN.search(text, 0, match.start()):
                continue
            name = match.group("name")
            name = name.title() if name.isupper() else name
            cluster = manuscript.cluster_for_word(name)
            tell(cluster.name if cluster else name, (view, view.start + match.end()))
        mentions = index.in_sentence(view)
        for mention in _dead_in(index, view, mentions) if mentions else ():
            if _first_name_shared(manuscript, mention):
                continue
            tell(mention.cluster.name, (view, mention.span.end))
            if _family_name_only(mention):
                only_titled.setdefault(mention.cluster.name, mention.run.words)
            else:
                named.add(mention.cluster.name)
        just_dead = _just_dead(index, view, *last) if last is not None else None
        for name, end in _dead_by_pronoun(index, view, cue, mentions, just_dead):
            tell(name, (view, view.start + end))
        if text.isupper():
            for name, end in _dead_in_telegram(manuscript, text):
                tell(name, (view, view.start + end))
        if ((dead_for := _TIME_DEAD.match(text) or _DIED_ENTRY.match(text))
                and not _hedged(text, dead_for)):
            # '"Dessie. Four years dead this March."', "… Rua Nova. Died 2 May 1917.": the
            # one the last sentence named.
            earlier = next(iter(index.before(view, 1)), [])
            if len(earlier) == 1 and earlier[0].span.document == view.document:
                tell(earlier[0].cluster.name, (view, view.start + len(text)))
        for match in _ROLE_DEAD.finditer(text):
            role = match.group("role").lower()
            if role in ROLES and not _hedged(text, match):
                holder = role_holder(context, role)
                if holder is not None:
                    tell(holder, (view, view.start + match.end()))
            elif role in _PERSON_NOUNS and not _hedged(text, match):
                # "Mendel Apfelbaum laid his head down on his machine. … By the time
                # Gorodetsky had walked over, the old man was dead": the one of that sex
                # the paragraph named before, not one the sentence names.
                found = _named_before_in_paragraph(index, view, _PERSON_NOUNS[role],
                                                   {m.cluster.name for m in mentions})
                if found is not None:
                    tell(found, (view, view.start + match.end()))
        for match in _DISPOSED_ROLE.finditer(text):
            if _hedged(text, match):
                continue  # "If they buried the priest under the almond tree": no burial yet
            holder = role_holder(context, match.group("role").lower())
            if holder is not None:
                tell(holder, (view, view.start + match.end()))
    # "It's in the second week that Tuppence dies. … They bury Mr. Haigh on the Saturday":
    # known by more than the titled surname.
    return ToldDeaths(deaths, told, {name: words for name, words in only_titled.items()
                                     if name not in named})


# A telegram's clause, which its "STOP" ends as a full stop would.
_TELEGRAM_STOP = re.compile(r"\bSTOP\b")
_CAPITALS_WORD = re.compile(r"\b[A-Z][A-Z'’-]+\b")


def _dead_in_telegram(manuscript: Manuscript, text: str) -> list[tuple[str, int]]:
    """(character, where the death is told) for a telegram written in capitals, where the
    case marks no names: "REGRET TO ADVISE ALBERT MAYHEW RADIO OPERATOR SIGNY DIED THURSDAY
    NIGHT STOP" is the death of the one character a word of its clause names — when it names
    only one."""
    found = []
    for match in DEATH_VERB.finditer(text):
        if _hedged(text, match):
            continue
        stops = list(_TELEGRAM_STOP.finditer(text, 0, match.start()))
        clause = text[stops[-1].end() if stops else 0 : match.start()]
        named = set()
        for word in _CAPITALS_WORD.findall(clause):
            cluster = manuscript.cluster_for_word(word.title())
            if cluster is not None and cluster.kind is EntityKind.CHARACTER:
                named.add(cluster.name)
        if len(named) == 1:
            found.append((named.pop(), match.end()))
    return found


def _first_name_shared(manuscript: Manuscript, mention: Mention) -> bool:
    """Whether the dead are named by a bare given name ("Nacho's grave") that begins another
    character's full name too ("Nacho Ochoa" beside "Nacho Barrios"): whose death it tells is
    unsure."""
    words = mention.run.words
    if len(words) != 1 or mention.run.title:
        return False
    own = mention.cluster.name
    # "Tiny Castellano" beside "Salvatore Castellano" called Tiny is one man named twice.
    return any(cluster.name != own and cluster.name.split()[0] == words[0]
               and " " in cluster.name and cluster.name.split()[-1] not in own.split()
               for cluster in manuscript.clusters(EntityKind.CHARACTER))


def _family_name_only(mention: Mention) -> bool:
    """Whether a mention names its character by a family's title and surname alone ("Mr.
    Stanbury") where the character also has a given name ("Edmund Stanbury"), which a father
    and a son named for him share."""
    run = mention.run
    return run.title.rstrip(".") in FAMILY_TITLES and len(run.words) == 1 and (
        len(mention.cluster.name.split()) > 1
        and not mention.cluster.name.split()[0].endswith("."))


# A word of every match of _DEATH_PHRASE, DEATH_VERB, _UNDER_GROUND or _FOUND_DEAD, so the
# sentences without any are never searched.
_CUE_WORDS = CueWords([
    "late", "death", "funeral", "grave", "burial", "murder", "died", "dies", "passed", "killed",
    "body", "corpse", "remains",
    "departed", "lived", "live",
    "murdered", "slain", "drowned", "perished", "executed", "buried", "dead", "lost", "came",
    "come", "returned", "burned", "burnt", "cremated", "bury", "cremate",
    "ground", "earth", "sod", "soil", "sand", "clay", "turf",
])

_Told = tuple[tuple[str, int, int], ...]


def _death_cue(text: str) -> _Told | bool:
    """What the sentence says of deaths, from its text alone (kept in the paragraph's memo):
    (pronoun, its start, where the death is told) for each death told of "he"/"she" or
    "him"/"her" — "and he died in February", "They buried him on the hill", "He is already
    under the sand" — or else
    whether it reports a death at all."""
    told = []
    reported = False
    for match in DEATH_VERB.finditer(text):
        if _hedged(text, match):
            continue
        reported = True
        if _ABSENT.search(match.group()):
            continue
        start = match.start()
        subject = _PRONOUN_SUBJECT.search(text[max(0, start - 12) : start])
        if subject is not None:
            told.append((subject.group(1), max(0, start - 12) + subject.start(), match.end()))
    told.extend((m.group("pronoun"), m.start(), m.end()) for m in _UNDER_GROUND.finditer(text)
                if not _hedged(text, m))
    if " dead" in text:
        told.extend((m.group("pronoun"), m.start("pronoun"), m.end())
                    for m in _FOUND_DEAD.finditer(text) if _found_dead(text, m, m.group("how")))
    if "buried" in text or "bury" in text or "burn" in text or "cremate" in text:
        # A burial is hedged as a death verb is: "if they buried him on the hill".
        told.extend((m.group("pronoun"), m.start(), m.end()) for m in _DISPOSED.finditer(text)
                    if not _hedged(text, m))
        reported = reported or any(m.group("role").lower() in ROLES
                                   for m in _DISPOSED_ROLE.finditer(text)) or re.search(
            _LAID_TO_REST + rf"{CAPITAL}", text) is not None
    if " dead" in text:
        # "found Marek Sobol dead in the barn": read in `_dead_in`.
        reported = reported or re.search(_FOUND + CAPITAL, text) is not None
        reported = reported or _TIME_DEAD.match(text) is not None or any(
            m.group("role").lower() in ROLES or m.group("role").lower() in _PERSON_NOUNS
            for m in _ROLE_DEAD.finditer(text))
    return tuple(told) or reported or _DEATH_PHRASE.search(text) is not None


# A sentence after a death that puts it down to what people said: "Drowned, they said."
_HEARSAY = re.compile(r"\W*[\w'’-]+(?:\s+[\w'’-]+)?,\s+(?:they|people|folk|everyone|"
                      r"everybody|the\s+papers)\s+(?:said|say|told\s+us|reckoned)\b")


# The report of a death taken back, later in its own sentence or opening the next: "Auntie
# wrote me he was dead and then phoned and said no, he's alive", "but it was not true", "He
# wasn't dead after all" — not "it was not true that he suffered", something else not true.
_TAKEN_BACK = (r"\bno\s*[,—–]\s*(?:he|she)(?:['’]s|\s+is|\s+was)\s+(?:still\s+)?alive\b|"
               # told as past ("it was not true"), not the cry "It isn't true!" at the news
               r"\b(?:it|that)\s+(?:was\s+(?:not|never)|wasn['’]t)\s+true\b"
               r"(?!\s+(?:that|what|how|when|about)\b)|"
               r"\b(?:he|she)\s+(?:(?:was|is|had)\s+not|wasn['’]t|isn['’]t|hadn['’]t)\s+"
               r"(?:been\s+)?dead\s+after\s+all\b|"
               r"\b(?:he|she)(?:['’]s|\s+is|\s+was)\s+(?:still\s+)?alive\s+after\s+all\b|"
               # the report denied at its clause's end: "they told everyone he was dead and he
               # wasn't", "…, but she was not."
               r"\b(?:and|but)\s+(?:he|she)\s+(?:wasn['’]t|isn['’]t|was\s+not|is\s+not)"
               r"(?=\s*(?:[.!?;…—–\"”]|$))")
_TAKEN_BACK_AFTER = re.compile(r"(?:(?![.!?])[^\"“”])*?(?:" + _TAKEN_BACK + ")",
                               re.IGNORECASE)
_TAKEN_BACK_NEXT = re.compile(r"\W*(?:(?:but|and|then)\s+)?(?:" + _TAKEN_BACK + ")",
                              re.IGNORECASE)


def _hearsay_next(manuscript: Manuscript, view: SentenceView) -> bool:
    """Whether the next sentence of the paragraph puts the death down to hearsay, or takes
    the report back (`_TAKEN_BACK`)."""
    paragraph = view.paragraph
    if paragraph is None or view.number + 1 >= len(paragraph.sentences):
        return False
    following = paragraph.sentences[view.number + 1]
    return _HEARSAY.match(paragraph.text, following.start, following.end) is not None or (
        _TAKEN_BACK_NEXT.match(paragraph.text, following.start, following.end) is not None)


# What is written down of someone, not what befell them: "I wrote you down drowned", "put
# him down as killed".
_WRITTEN_DOWN = re.compile(r"\b(?:wrote|written|write|writes|put|puts)\s+(?:\w+\s+){0,2}down\s+"
                           r"(?:as\s+)?$", re.IGNORECASE)


def _hedged(text: str, match: re.Match[str]) -> bool:
    window = text[max(0, match.start() - 40) : match.start()]
    if _WRITTEN_DOWN.search(window):
        return True
    hedge = _HEDGE.search(window)
    while hedge is not None and _NEGATION.match(window, hedge.start()) and _CLAUSE_BREAK.search(
            window, hedge.start()):
        # "the dead must not wait, so we buried him that same evening": the "not" is a clause
        # of its own, which the burial comes after.
        hedge = _HEDGE.search(window, hedge.start() + 1)
    if hedge is not None and _INSERTED.search(window, 0, hedge.start()) and _RESUMED.search(
        window
    ):
        # "…, exactly once a month so that he would not get proud, had died": the doubt is
        # the inserted clause's, and the sentence goes on to say he died.
        hedge = None
    return hedge is not None or _BELIEVED_THAT.search(text, 0, match.start()) is not None or (
        _SAID_THAT.search(text, 0, match.start()) is not None) or (
        _TOLD_AS_STORY.search(text, 0, match.start()) is not None) or (
        _ONLY_ON_PAPER.match(text, match.end()) is not None) or (
        _NOT_FOR_GOOD.match(text, match.end()) is not None) or (
        _AS_FAR_AS_KNOWN.match(text, match.end()) is not None) or (
        _TAKEN_BACK_AFTER.match(text, match.end()) is not None) or (
        _CAME_BACK.match(text, match.end()) is not None) or (
        _HALF.search(text, max(0, match.start() - 8), match.start()) is not None) or (
        _for_a_while(text, match)) or (
        _YET_TO_COME.search(text, 0, match.start()) is not None
        and match.group().lower() == "dies") or (
        _PASSED_ON.search(match.group()) is not None
        and _WENT_BY.search(text, max(0, match.start() - 60), match.start()) is not None)


def _for_a_while(text: str, match: re.Match[str]) -> bool:
    """Whether a sentence gives the death a length of time it lasted ("For a night and most
    of a day, Angus MacLellan was drowned"): a death that ended, believed until he came home —
    not "For twenty years Anna had been dead", which lasts up to then."""
    opening = _FOR_A_WHILE.match(text, 0, match.start())
    return opening is not None and (_SIMPLE_PAST.match(match.group()) is not None
                                    or _SIMPLE_PAST.search(opening.group()) is not None)


# A sentence opening on how long what it tells lasted, up to the death's verb: "For a night
# and most of a day, …", "For three days, …". Neither part holds a clause of its own ("For a
# week they searched, and then Anna was drowned" tells the death after the searching); an
# "and" in the length joins two times ("a night and most of a day"), not two clauses.
_CLAUSE_WORDS = r"\b(?:then|but|so|until|till|when|after|he|she|they|we|I|you)\b"
_CLAUSE_JOINS = r"\b(?:and|then|but|so|until|till|when|after)\b"
_FOR_A_WHILE = re.compile(r"\W*For\s+(?:a|an|one|two|three|four|five|six|seven|several|some|"
                          r"most|half|the\s+(?:whole|better|best))\b"
                          rf"(?:(?!{_CLAUSE_WORDS})[^,.;:!?]){{0,50}},\s+"
                          rf"(?:(?!{_CLAUSE_JOINS})[^,.;:!?]){{1,60}}?$", re.IGNORECASE)
# A death's verb in the simple past, "was drowned", "was dead": a state that may have ended.
_SIMPLE_PAST = re.compile(r"\b(?:was|were)\b", re.IGNORECASE)

# "…and will be until she dies", "he'll keep it till he dies": a death in the present tense
# in a time clause whose sentence speaks of what will be is one still to come — not "It's in
# the second week that Eli Haigh dies", a death told in the present.
_YET_TO_COME = re.compile(r"(?:\bwill|['’]ll|\bshall|\bwon['’]t|\bgoing\s+to)\b[^.!?;]*"
                          r"\b(?:until|till|before|when|once)\s+(?:the\s+day\s+)?"
                          r"(?:\w+\s+){1,2}$", re.IGNORECASE)

# A death undone in the same breath: "was lost at sea and came back", "died on the table and
# came back" — not one come home in a coffin, nor another's coming back ("and his son came
# home"), which names its own subject.
_CAME_BACK = re.compile(r"\s*,?\s+(?:and|but)\s+(?:then\s+|later\s+)?(?:came|comes|got|gets)\s+"
                        r"(?:back|home)\b(?!\s+(?:in|inside)\s+(?:a|an|the|his|her)\s+"
                        r"(?:coffin|box|casket|bag|urn)\b)", re.IGNORECASE)

# "hauled Jack back half drowned", "half-dead with cold": nearly, not dead.
_HALF = re.compile(r"\bhalf[\s-]+$", re.IGNORECASE)


# "…had been drowned only in the Galway paper", "dead only on paper": a death that never was.
_ONLY_ON_PAPER = re.compile(r"\s+only\s+(?:in|on)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:paper|papers|"
                            r"newspapers?|register|records?|lists?|telegram)\b", re.IGNORECASE)

# "He had been dead once himself, officially, for two years", "she died twice on the table":
# a death counted, or one declared, is one that did not last — not "died once the river
# froze", where "once" opens a clause of time.
# "Chacha was dead, as far as we knew, for sixty-three days": what was believed, not known.
_AS_FAR_AS_KNOWN = re.compile(r"\s*,?\s+as\s+far\s+as\s+(?:we|I|anyone|anybody|they|he|she|"
                              r"everyone|everybody|the\s+\w+)\s+(?:knew|know|could\s+tell)\b",
                              re.IGNORECASE)

_NOT_FOR_GOOD = re.compile(
    r"(?:\s+(?:himself|herself|themselves|too|also))?\s*,?\s+(?:once(?=\s*(?:[,.;:!?—–]|"
    r"(?:himself|herself|themselves|before|already|too)\b))|twice|officially|technically|"
    r"legally|clinically|briefly)\b", re.IGNORECASE)

# A negation, which holds only in its own clause; and where a clause ends and the next goes on.
_NEGATION = re.compile(r"(?:not|never)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"(?:,\s*(?:so|and|but|then)|;)\s", re.IGNORECASE)

# A clause set inside a sentence, and the sentence taken up again after it.
_INSERTED = re.compile(r"\b(?:so\s+that|because|who|which|whom|although|though|while|when|"
                       r"where)\b", re.IGNORECASE)

_RESUMED = re.compile(r",\s*(?:had\s+|has\s+)?$")


# Where a sentence's unhedged death verbs begin, by sentence (`Manuscript.sentence_memo`).
_DEATH_VERBS_MEMO = "deaths.death_verbs"


def _death_verbs(manuscript: Manuscript, view: SentenceView, text: str) -> tuple[int, ...]:
    """Where the sentence's death verbs begin that no hedge takes back (`_hedged`). Found by
    the costliest of the patterns a death's sentence is read with, yet decided by the
    sentence's text alone, so kept with the sentence and read again only once it is edited."""
    return manuscript.sentence_memo(view, _DEATH_VERBS_MEMO, lambda: tuple(
        match.start() for match in DEATH_VERB.finditer(text) if not _hedged(text, match)))


# A name brought in as someone new who bears it: "A man named Émile Gagnon had drowned", "a
# woman called Rosa", "someone named Tom", "another Tom" — not the character known by it.
_SOMEONE_OF_THE_NAME = re.compile(
    r"(?:\b(?i:an?|another|some|one)\s+(?:[a-z]+\s+){0,2}?(?:man|woman|boy|girl|fellow|lad|"
    r"person|child|soldier|sailor|stranger)\s+|\b(?i:someone|somebody)\s+)"
    r"(?:named|called|by\s+the\s+name\s+of)\s+$|\b(?i:another)\s+$")


def _dead_in(index: MentionIndex, view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    text, base, genders = index.text(view), view.start, index.genders
    dead = []
    for at in _death_verbs(index.manuscript, view, text):
        # In speech broken by who says it ('"Don Beppe," said Silvina, "has been dead"'),
        # the speaker is no subject of what is said, nor the other way round.
        spoken = quote_open(text[:at])
        before = [m for m in mentions if m.span.end - base <= at
                  and quote_open(text[: m.span.start - base]) == spoken]
        if not before:
            continue
        subject = before[-1]
        between = text[subject.span.end - base : at]
        if _NAMED_IN_CLAUSE.search(text, 0, subject.span.start - base):
            # "his only son, who was also Walter Cray, walked out and never came back": the
            # name tells who the son is; the clause's head is the one it is about.
            continue
        if _dates_an_earlier_death(text, subject.span.start - base, between):
            continue  # "who had died when Ros was two and was buried": not Ros's burial
        opener = before[0]
        joined = _AND_PRONOUN.search(between)
        if joined is not None and opener.run.initial and not opener.run.possessive and (
            genders.get(opener.cluster.name) in (PRONOUN_GENDER[joined.group(1).lower()], None)
        ) and not OTHER_DEAD.search(text, 0, at):
            # "Poul had farmed the land as long as Farfar had, and he had died in January":
            # the one the sentence opened on.
            dead.append(opener)
            continue
        if opener is not subject and opener.run.initial and not opener.run.possessive and (
            _SHARED_SUBJECT.fullmatch(between)
        ):
            # "Maddi Ospital lived to see Txomin married, and died in her own bed": a verb
            # after ", and" with no subject of its own is the sentence's subject's, not that
            # of whoever its first clause named after it.
            dead.append(opener)
            continue
        if subject.run.prev == "the" and re.match(r"\s*who\b", between):
            # "The Alhaji Balogun who had died was another man": one of the name, not this
            # one.
            continue
        if _SOMEONE_OF_THE_NAME.search(text, 0, subject.span.start - base):
            continue  # "A man named Émile Gagnon had drowned": someone new, of the same name
        head = _relative_clause_head(text, base, before, between) or _apposition_head(
            text, base, before, at)
        if head is not None:
            # "Old Yefim, who had carried Alexei on his shoulders, had died": Yefim did.
            if not head.run.possessive:
                dead.append(head)
            continue
        if subject.run.possessive or len(between) > 60 or re.search(r"[;:]", between):
            continue
        if _JOINT_OWNER.match(between):
            continue  # "His mother, Nan and Koro's eldest girl, had died": theirs, not Nan
        # "…the same Dennis who had been her fiancé the summer her uncle was dead": the
        # uncle was.
        if OTHER_DEAD.search(between) or _SOMEONE_DEAD.search(between):
            continue  # "…came by, as he did on the evenings when someone had died": not his
        if _OBJECT_BEFORE_VERB.search(between):
            continue  # "Constable Pyke had pronounced him drowned": whom he pronounced
        # "Marta, after her grandmother, who died": the one who died is the grandmother.
        who = re.search(r"\bwho\b", between)
        if who and re.search(r"\w", between[: who.start()]):
            continue
        # "…José Tomás, all of it, until the day she died": she is someone else.
        pronoun = _PRONOUN_SUBJECT.search(between)
        if pronoun and _object_before(between[: pronoun.start()], pronoun.group(1)):
            continue  # "Ti-Jean had dug him out…, he was dead": he is whom Ti-Jean dug out
        gender = genders.get(subject.cluster.name)
        if pronoun and gender and gender != PRONOUN_GENDER[pronoun.group(1).lower()]:
            continue
        if pronoun and gender is None:
            # "Aurelio Quist had built Harrow Relay and run it until he died": the one
            # named before of the pronoun's sex, else the sentence's first — not whatever
            # was named last.
            wanted = PRONOUN_GENDER[pronoun.group(1).lower()]
            opener = before[0] if not before[0].run.possessive else subject
            subject = next((m for m in reversed(before) if genders.get(m.cluster.name) == wanted
                            and not m.run.possessive), opener)
        if pronoun and _goes_on_of_another(index, view, subject, pronoun.group(1)):
            continue  # "In it he was perhaps sixty. Tati had been nineteen when he died."
        if _TIME_OF_DEATH.search(text, 0, subject.span.start - base):
            continue  # "in the season Commander Hale died": a time the story is told from
        dead.append(subject)
    for mention in mentions:
        prefix = text[: mention.span.start - base]
        suffix = text[mention.span.end - base :]
        late = _LATE.search(prefix)
        if late and _of_other_sex(late.group("kin"), genders.get(mention.cluster.name)):
            # "a photograph of her late husband Gagnon", beside Mère Gagnon: the name is his,
            # though the woman the story calls by it is the one her surname makes it say.
            late = None
        if late or (
            # "the funeral of Grace's childhood": the possessive owns what follows, whose the
            # funeral is — not Grace's death.
            not mention.run.possessive and _DEATH_NOUN.search(prefix)
        ) or (
            mention.run.possessive and _POSSESSIVE_DEATH.match(suffix[2:])
        ) or ((disposed := _DISPOSED_BEFORE.search(prefix)) and not _hedged(text, disposed)
              and _DISPOSED_AFTER.match(suffix)) or (
            (found := _FOUND_BEFORE.search(prefix)) and not mention.run.possessive
            and (tail := _FOUND_AFTER.match(suffix)) and _found_dead(text, found, tail["how"])
        ) or (
            (_BARE_DEAD.match(suffix) or _DEAD_FOR.match(suffix))
            and not _HEDGE.search(prefix[-40:]) and "?" not in suffix
        ):
            dead.append(mention)
    return dead


# A clause that dates what the sentence told before it: "…had died of a fever when Ros was two".
_TIME_CLAUSE = re.compile(r"\b(?:when|while|after|before|until|till|since|as)\s+$", re.IGNORECASE)
# A verb after "and" with no subject of its own: "…when Ros was two and was buried".
_AND_NO_SUBJECT = re.compile(r"\band\s+$")


def _dates_an_earlier_death(text: str, name_at: int, between: str) -> bool:
    """Whether the name before a death verb (at `name_at` in `text`) opens a time clause that
    dates a death the sentence told before it, and the verb, after "and" with no subject of its
    own, goes on with that death ("Aminah, who had died of a fever when Ros was two and was
    buried under a frangipani"): the dead was buried, not the one whose age dates it."""
    if _AND_NO_SUBJECT.search(between) is None:
        return False
    clause = _TIME_CLAUSE.search(text, 0, name_at)
    return clause is not None and any(
        not _hedged(text, earlier) for earlier in DEATH_VERB.finditer(text, 0, clause.start()))


def _goes_on_of_another(index: MentionIndex, view: SentenceView, named: Mention,
                        pronoun: str) -> bool:
    """Whether the paragraph of `view` goes on, up to the sentence right before it, about
    another character of the pronoun's sex, named there, and not about `named`, which it has
    not named ("The photograph of Don Ramón stood on the table. In it he was perhaps sixty.
    Tati had been nineteen when he died"): the pronoun after `named` goes on meaning him."""
    sex = PRONOUN_GENDER[pronoun.lower()]
    paragraph = view.paragraph
    if paragraph is None or view.number == 0 or _CHAINED[sex].isdisjoint(
            paragraph.sentence_words[view.number - 1]):
        return False
    earlier = {m.cluster.name for m in index.earlier_in_paragraph(view)}
    if named.cluster.name in earlier:
        return False  # "Tom lay on his bunk. Tom had been nineteen when he died."
    other = index.resolve(view, pronoun, owners=False)
    return other is not None and other.name in earlier and index.genders.get(other.name) == sex


def _of_other_sex(kin: str | None, gender: str | None) -> bool:
    """Whether a kinship word names someone of the other sex than a character's."""
    sex = wordlists().kinship_gender.get(kin.lower()) if kin else None
    return sex in ("m", "f") and gender in ("m", "f") and sex != gender


# A clause a conjunction opens, right before the name that is its subject, set off by commas
# from who it is ("because her father, Ernesto Pardo,"; "because Ernesto, her father,"): the
# verb right after is that clause's own, not the verb of one a relative clause is about.
_CLAUSE_SUBJECT = re.compile(r"\b(?:because|since|when|after|before|though|although|once|"
                             r"until|till|while)\s+(?:(?:his|her|their|my|our|your|the)\s+"
                             r"(?:[a-z'’-]+\s+){0,2}[a-z'’-]+\s*,\s*)?$")
# Nothing but the name's own apposition between it and the verb: ", her father, had".
_ONLY_APPOSITION = re.compile(r",\s*(?:(?:his|her|their|my|our|your|the|a|an)\s+"
                              r"[^,;:.!?\"“”]{1,40},\s*)?(?:had\s+|has\s+)?")


def _relative_clause_head(text: str, base: int, before: list[Mention],
                          between: str) -> Mention | None:
    """The one a relative clause is about, when the death verb comes right after the clause
    closes (", had died"): the character named just before its "who"."""
    if not re.search(r",\s*(?:had\s+|has\s+)?$", between):
        return None
    if re.match(r",\s*who\b", between):
        return before[-1]  # "Beppe Ruggiero, who had played bochas…, had died"
    last = before[-1].span.start - base
    if _ONLY_APPOSITION.fullmatch(between) and _CLAUSE_SUBJECT.search(text, 0, last):
        return None  # "…, who was nine, because her father, Ernesto Pardo, had died": his
    for who in re.finditer(r",\s*(?:[\w\s'’-]{0,40},\s*)?who\b", text[:last]):
        heads = [m for m in before if m.span.end - base <= who.start()]
        if heads:
            return heads[-1]
    return None


# Who someone is, set off by commas right after the name a sentence opens on, and nothing
# else before the verb: ", the Sheikh's brother-in-law and Bi Asha's only brother,".
_APPOSITION = re.compile(rf",\s+(?:the|a|an|his|her|their|{CAPITAL}[\w'’-]*(?:\s+{CAPITAL}"
                         r"[\w'’-]*)*['’]s)\s(?![^,;:.!?\"“”]*\b(?:who|which|that|when|while|"
                         r"whom|whose)\b)[^,;:.!?\"“”]{1,120},\s*(?:had\s+|has\s+)?$")


def _apposition_head(text: str, base: int, before: list[Mention], verb_at: int
                     ) -> Mention | None:
    """The name a sentence opens on, when what comes between it and the death verb is only
    who that one is, set off by commas ("Khalid bin Rashid, the Sheikh's cousin and Mona's
    only brother, died at the port"): the names inside the apposition are owners of what he
    was, not the dead."""
    opener = before[0]
    if not opener.run.initial or opener.run.possessive or opener is before[-1]:
        return None
    if _APPOSITION.fullmatch(text, opener.span.end - base, verb_at) is None:
        return None
    return opener


# How many sentences after a death a burial told of "him" or "her" is that death's.
_BURIAL_REACH = 3


def _just_dead(index: MentionIndex, view: SentenceView, told: SentenceView,
               name: str) -> str | None:
    """`name`, told dead in the sentence `told`, when that is a few sentences before `view`:
    whom a burial of "him" there means, for no one buries the living ("…with Tak-sing
    holding his hand. … Tak-sing lifted the flap. / We buried him on the slope") — in
    `view`'s paragraph, or the one before when this one names no one before `view` ("Bram
    Holt … took a fever. They buried him on the hill" is Bram's); anywhere in the paragraph
    before, when the burial opens its own ("K. Balachandran died on the driveway. … [how he
    was found, what the family did] / We cremated him four days later")."""
    if told.document != view.document or not (
            view.order - _BURIAL_REACH <= told.order < view.order
            or _in_paragraph_before(index.manuscript, view, told)):
        return None
    if told.base != view.base and index.earlier_in_paragraph(view):
        return None
    return name


def _in_paragraph_before(manuscript: Manuscript, view: SentenceView,
                         told: SentenceView) -> bool:
    """Whether `view` opens its paragraph and `told` is in the paragraph right before: the
    next thing told after the whole paragraph of a death."""
    if view.number != 0:
        return False
    before = neighbour(manuscript, view, -1)
    return before is not None and told.order in before[1]


# A name said as a word, not of its bearer: "the name Esther", "the mission name Wambui",
# "wrote … the date and the words Suleiman bin Khamisi".
NAME_AS_WORD = re.compile(r"\bthe\s+(?:[a-z]+\s+)?(?:names?|words?)\s+$", re.IGNORECASE)
NAME_AS_WORD_REACH = 30  # characters before the name: "the mission name "


def _dead_by_pronoun(index: MentionIndex, view: SentenceView, cue: _Told | bool,
                     mentions: list[Mention], just_dead: str | None = None
                     ) -> list[tuple[str, int]]:
    """(character, where in the sentence the death is told) for the deaths the sentence's
    cue tells of a pronoun: the character named just before, when the sentence names no one
    before the pronoun — or, for a burial right after a death the sentence before told
    (`just_dead`), the dead ("He died before dawn, with Tak-sing holding his hand. We buried
    him on the slope")."""
    if not isinstance(cue, tuple):
        return []
    found = []
    for pronoun, start, end in cue:
        before = [m for m in mentions if m.span.start - view.start < start]
        if before and pronoun.lower() in ("him", "her"):
            # "They brought Shorty Mabry in…, and they buried him on the hill": the one of
            # his sex the sentence named, unless someone unnamed comes between ("Jack's
            # father").
            gender = PRONOUN_GENDER[pronoun.lower()]
            text = index.manuscript.documents[view.document].text
            # Not the sentence's own subject ("Theo had been ten when we buried him": Pop),
            # nor a name said as a word ("refusing to say the name Esther aloud"), no one.
            named = [m for m in before if not m.run.possessive and not m.run.initial
                     and index.genders.get(m.cluster.name) in (gender, None)
                     and not NAME_AS_WORD.search(text, max(0, m.span.start - NAME_AS_WORD_REACH),
                                                  m.span.start)]
            if named and not unnamed_between(text, named[-1].span.end, view.start + start):
                found.append((named[-1].cluster.name, end))
            continue
        # A name before the pronoun is the sentence's own subject (see `_dead_in`) — unless
        # "him" or "her" came between: "By the time Ti-Jean had dug him out, he was dead" is
        # the death of whom "him" stands for, named before the sentence.
        if before and not _object_before(
                index.text(view)[before[-1].span.end - view.start : start], pronoun):
            continue
        # In speech ('"…since we buried her."') the pronoun is whom the talk is about, not
        # the one the narration named last.
        if just_dead is not None and pronoun.lower() in ("him", "her") and index.genders.get(
                just_dead) in (PRONOUN_GENDER[pronoun.lower()], None):
            name: str | None = just_dead
        elif in_quotes(view, view.start + start):
            name = _spoken_of(index, view, pronoun, view.start + start)
            if name is None and _opens_talk(index.manuscript, view, pronoun):
                # 'Zulfiya … put two fingers to his neck. / "He is dead," she said.': talk
                # that has named no one yet speaks of whom the narration was about.
                name = _narrated_of(index, view, pronoun, view.start + start)
        else:
            name = _antecedent(index, view, pronoun, view.start + start)
        if name is not None and name not in {m.cluster.name for m in mentions}:
            # Not one the sentence names after the pronoun: "She died …, with Ah Lian holding
            # one of her hands" is someone else's death.
            found.append((name, end))
    return found


def _opens_talk(manuscript: Manuscript, view: SentenceView, pronoun: str) -> bool:
    """Whether `view` opens a paragraph of speech after one of narration alone, said by
    someone of the other sex than `pronoun`'s ('"He is dead," she said.'): talk that has named
    no one, whose "he" or "she" is whom the narration was about — not the speaker, whom a
    "he said" after "he is dead" may be."""
    if view.number != 0 or view.paragraph is None:
        return False
    said = ATTRIBUTION.search(view.paragraph.text)
    if said is None or said.group(1).lower() == pronoun.lower():
        return False
    before = neighbour(manuscript, view, -1)
    return before is not None and QUOTE_MARK.search(before[0].parsed.text) is None


# A name that only reports what was said: "He had got up for the prayer, Akmal said afterwards".
_REPORTS = re.compile(r"\s+(?:said|says|told|tells|recalled|remembered)\b")


def _narrated_of(index: MentionIndex, view: SentenceView, pronoun: str, at: int) -> str | None:
    """The one character the paragraph before `view` names who may be of `pronoun`'s sex,
    leaving aside a name that only reports what was said ("…, Akmal said afterwards"): whom
    talk that opens on "he" or "she" speaks of — none when there are two, or when someone
    unnamed is spoken of after the name ("her father"), whom the pronoun may mean."""
    before = neighbour(index.manuscript, view, -1)
    if before is None:
        return None
    text = index.manuscript.documents[view.document].text
    wanted = PRONOUN_GENDER[pronoun.lower()]
    named = [m for order in before[1] for m in index.by_sentence.get(order, ())
             if index.genders.get(m.cluster.name) in (wanted, None) and not m.run.possessive
             and _REPORTS.match(text, m.span.end) is None]
    if len({m.cluster.name for m in named}) != 1 or unnamed_between(text, named[-1].span.end,
                                                                     at):
        return None
    return named[-1].cluster.name


def _antecedent(index: MentionIndex, view: SentenceView, pronoun: str, at: int) -> str | None:
    """The character a pronoun at document offset `at` stands for: the one `resolve` gives
    (or the one named in the sentences just before that go on about someone of the pronoun's
    sex, `_named_in_chain`), named within a few sentences (more when those on the way speak
    of someone of its sex, `_carried_reach`) — unless someone unnamed ("her father", "a man")
    is spoken of after the name (`_unnamed_after`) or is the name's own ("Sandy's mother"), or
    someone else of the pronoun's sex is beside it (`_beside_another`), whom the pronoun may
    mean instead."""
    gender = PRONOUN_GENDER.get(pronoun.lower())
    chain = _chain(index.manuscript, view, gender)
    cluster = (_named_in_chain(index, view, gender, chain)
               or _family_word_subject(index, view, gender, at) or index.resolve(view, pronoun))
    if cluster is None:
        return None
    cluster = _past_relative_clause(index, view, gender, cluster)
    text = index.manuscript.documents[view.document].text
    reach = _PRONOUN_REACH + chain
    carried = _carried_reach(index.manuscript, view, gender, chain)
    found = None
    for order in range(view.order - 1, max(-1, view.order - 1 - carried), -1):
        if found is not None and view.order - order > reach:
            # What carries the pronoun further back leads to the name only: a mention
            # further back, with someone beside it, is too far back to be meant.
            break
        for mention in reversed(index.by_sentence[order]):
            if mention.span.document != view.document:
                return found
            if mention.cluster is not cluster:
                continue
            if found is None and _owns_someone(text, mention):
                return None
            if found is None and _unnamed_after(index.manuscript, mention, at, gender):
                # Not when the one unnamed is "the old man" the sentence named "Old …": he.
                return _redescribed_doer(index, text, index.by_sentence[order], gender, at)
            if _beside_another(text, mention, gender):
                return (None if found is not None else
                        _redescribed_doer(index, text, index.by_sentence[order], gender, at))
            found = found or cluster.name
    return found


def _family_word_subject(index: MentionIndex, view: SentenceView, gender: str | None,
                         at: int) -> Cluster | None:
    """The one a "he" or "she" opening a sentence at document offset `at` goes on about when
    the sentence right before, in its paragraph, opens on someone called by a family word
    alone whose sex the story leaves untold ("Vovó never heard the last of them. She died in
    the spring"): the word names a relative of one sex, untold only because it differs across
    languages — no reason to pass over the subject for one of the pronoun's sex named further
    back."""
    if gender is None or view.number == 0 or index.text(view)[: at - view.start].strip():
        return None
    before = index.by_sentence.get(view.order - 1, ())
    if not before:
        return None
    opener = before[0]
    run = opener.run
    if (opener.span.document != view.document or not run.initial or run.possessive
            or len(run.words) != 1 or run.words[0] not in wordlists().family_words
            or said_in_speech(opener)):  # '"Vovó, sit down," she said': one spoken to
        return None
    name = opener.cluster.name
    if index.genders.get(name) is not None or kin_before_sex(index, name) not in (gender, None):
        return None
    return opener.cluster


# A relative clause set off right after the name a sentence opens on, up to its first comma:
# ", who had come over on the same flight with Abdullah".
_WHO_CLAUSE = re.compile(r",\s*who\b[^,;:.!?\"“”]*,")


def _past_relative_clause(index: MentionIndex, view: SentenceView, gender: str | None,
                          cluster: Cluster) -> Cluster:
    """The character a pronoun stands for, when the one `resolve` gives (`cluster`) is named
    last in the sentence right before only inside a relative clause about the one that
    sentence opens on ("Yahya Ghaleb, who had come over on the same flight with Abdullah,
    had sat down on the step and not got up. He died before the ambulance came"): the
    sentence is about its subject, and the pronoun after it goes on about him — when the
    subject may be of the pronoun's sex."""
    mentions = index.by_sentence.get(view.order - 1, ())
    if len(mentions) < 2 or mentions[-1].cluster is not cluster:
        return cluster
    opener = mentions[0]
    if (opener.span.document != view.document or opener.cluster is cluster
            or not opener.run.initial or opener.run.possessive
            or index.genders.get(opener.cluster.name) not in (gender, None)):
        return cluster
    text = index.manuscript.documents[view.document].text
    clause = _WHO_CLAUSE.match(text, opener.span.end)
    if clause is None or any(m.span.end > clause.end() for m in mentions[1:]):
        return cluster
    return opener.cluster


def _unnamed_after(manuscript: Manuscript, mention: Mention, at: int, sex: str | None) -> bool:
    """Whether someone unnamed is spoken of between a name and a pronoun at document offset
    `at` (`unnamed_between`): in the name's own sentence, only someone who may be of the
    pronoun's `sex` ("It was the last coffee Emama Zewditu roasted for her grandson. She
    died": not he), for the sentence is about the one it names; after it, anyone, for the
    talk may have turned to them."""
    text = manuscript.documents[mention.span.document].text
    own = sentence_at(manuscript, mention.span.document, mention.span.start)
    return unnamed_between(text, mention.span.end, at, sex, own.end if own is not None else -1)


# A pronoun that does something to the name ("she had asked Inaya"), or that the name does
# something to ("don Aurelio had worked beside him"; with a second verb of the same subject,
# "Nihad went down and found him"; with the narrator beside the name, "Jeannie and I washed
# her and laid her out"), is someone else of that sex — not "she was Inaya", nor
# "he looked about him", where the pronoun may be the name's own.
_DONE_BY = re.compile(r"\b(?i:(?P<pronoun>he|she))\s+(?:(?:had|has|would|could|did|will)\s+)?"
                      r"(?!(?:and|or|but|nor|than|as|like|was|is|were|are|be|been|became|"
                      r"becomes|remained|seemed)\b)[a-z]+\s+$")
_DOES_TO = re.compile(r"\s+(?:and\s+I\s+)?(?:(?:had|has|would|could|did|was|is)\s+)?[a-z]+"
                      r"(?:\s+(?!(?:around|about|behind)\b)[a-z]+)?"
                      r"(?:\s+and\s+(?!(?:around|about|behind)\b)[a-z]+)?\s+(?P<pronoun>him|her)\b")
# Someone unnamed doing something to the name: "the old man asked for Ronald".
_UNNAMED_DOER = re.compile(r"\b(?P<determiner>(?i:the|an?|that|this))\s+"
                           r"(?:(?P<age>(?i:old|young|other|little))\s+)?"
                           r"(?P<noun>(?i:man|woman|boy|girl|fellow|lady|gentleman))\s+"
                           r"(?:[a-z]+\s+){1,2}$")
# How far before a name a pronoun doing something to it is looked for.
_DONE_BY_REACH = 40


def _beside_another(text: str, mention: Mention, gender: str | None) -> bool:
    """Whether a pronoun of `gender` does something to the mention's name or has it done to
    it (`_DONE_BY`, `_DOES_TO`): someone else of that sex is in the story there, whom a
    later "he" or "she" may mean ("Tata Ernesto had worked the winch, and don Aurelio had
    worked beside him. He had died in the winter of 1985": Ernesto, or Aurelio)."""
    start, end = mention.span.start, mention.span.end
    done_by = _DONE_BY.search(text, max(0, start - _DONE_BY_REACH), start)
    if done_by is not None and PRONOUN_GENDER[done_by.group("pronoun").lower()] == gender:
        return True
    unnamed = _UNNAMED_DOER.search(text, max(0, start - _DONE_BY_REACH), start)
    if unnamed is not None and PERSON_NOUN_GENDER[unnamed.group("noun").lower()] == gender:
        return True  # "then the old man asked for Ronald. / He died on the Tuesday": whose?
    does_to = None if mention.run.possessive else _DOES_TO.match(text, end)
    if does_to is None or PRONOUN_GENDER[does_to.group("pronoun").lower()] != gender:
        return False
    # "her" as an object ("asked her to"), not "brushed her hair".
    return does_to.group("pronoun").lower() == "him" or _OBJECT_PRONOUN["she"].match(
        text, does_to.start("pronoun")) is not None


def _redescribed_doer(index: MentionIndex, text: str, sentence: list[Mention],
                      gender: str | None, at: int) -> str | None:
    """The character that "the old man" (or "the young woman") doing something to a name in
    a `sentence` re-describes, which a pronoun of `gender` at document offset `at` then
    means: the one the sentence named before it with that word of age as an epithet, alone
    of the doer's sex to be so, with no one unnamed spoken of after him ("Old Dougald said
    something to him …, and then the old man asked for Ronald. / He died on the Tuesday":
    the old man is Dougald, and the "he" after him, the subject of the clause just told, is
    he); else None — "an old man", or an old man after a name said with no word of age, is
    someone else."""
    for mention in sentence:
        start = mention.span.start
        doer = _UNNAMED_DOER.search(text, max(0, start - _DONE_BY_REACH), start)
        if doer is None or doer.group("determiner").lower() != "the":
            continue
        age = {"old": "elder", "young": "younger"}.get((doer.group("age") or "").lower())
        if age is None or PERSON_NOUN_GENDER[doer.group("noun").lower()] != gender:
            continue
        said = [m for m in sentence if m.span.end <= doer.start() and not m.run.possessive
                and index.genders.get(m.cluster.name) in (gender, None)
                and age_epithet(text, m.span.start, m.span.end) == age]
        if len({m.cluster.name for m in said}) != 1 or unnamed_between(text, doer.end(), at,
                                                                        gender):
            return None
        return said[-1].cluster.name
    return None


def _spoken_of(index: MentionIndex, view: SentenceView, pronoun: str, at: int) -> str | None:
    """The character a pronoun in speech at document offset `at` stands for: the one the talk
    named last, within a few sentences ('"Nena's," Vó said. "You didn't hear? She died in
    June."'; more when those on the way speak of someone of its sex, `_carried_reach`) —
    passing over the speaker, whom the narration names, but not over someone spoken to
    ('"Listen, Khady. He died."'), someone unnamed said after ("Nena's father", when "he"
    died; not "Fatma's son", when "she" did), or one of the other sex."""
    wanted = PRONOUN_GENDER.get(pronoun.lower())
    text = index.manuscript.documents[view.document].text
    reach = _carried_reach(index.manuscript, view, wanted, 0, talk=True)
    for mentions in index.before(view, reach):
        for mention in reversed(mentions):
            span = mention.span
            if span.document != view.document:
                return None
            if not said_in_speech(mention):
                continue
            if (not mention.run.possessive and vocative(text, span)) or (
                index.genders.get(mention.cluster.name) not in (wanted, None)
            ) or unnamed_between(text, span.end, at) or _owns_someone(text, mention, wanted):
                return None
            return mention.cluster.name
    return None


def _named_in_chain(index: MentionIndex, view: SentenceView, gender: str | None,
                    chain: int) -> Cluster | None:
    """The one named last in the `chain` sentences right before `view` that each speak of
    someone of `gender` (`_chain`), when that name does not tell a sex and no one of that sex
    is named there: "Dusty Rourke was lying on his bunk… The flies had found him. He'd been
    dead two days" is Dusty's death, not that of a man named before the chain."""
    named = [mention for order in range(view.order - chain, view.order)
             for mention in index.by_sentence[order] if not mention.run.possessive]
    if not named or any(index.genders.get(m.cluster.name) == gender for m in named):
        # "Tom was lying on his bunk. Sandy looked at his face. He was dead.": Tom, whom
        # `resolve` gives.
        return None
    last = named[-1].cluster
    return last if index.genders.get(last.name) is None else None


def _owns_someone(text: str, mention: Mention, sex: str | None = None) -> bool:
    """Whether a mention owns someone unnamed ("Sandy's mother smiled out of the frame"): a
    pronoun after it may mean the mother, not Sandy — one of its `sex`, not another ('"It's
    Deniz. Fatma's son." … "She died this morning"': not the son)."""
    if not mention.run.possessive:
        return False
    span = mention.span
    owner = max(span.start, text.rfind(" ", span.start, span.end) + 1)  # "Rintoul's mother"
    owned = _someone_else().match(text, owner)
    if owned is None:
        return False
    told = sex_of_noun(owned.group(0).split()[-1])
    return sex not in ("m", "f") or told not in ("m", "f") or told == sex


_CHAINED = {"m": frozenset({"he", "his", "him"}), "f": frozenset({"she", "her"})}


def _chain(manuscript: Manuscript, view: SentenceView, gender: str | None) -> int:
    """How many sentences right before `view` each speak of someone of `gender` ("He was a
    heavy man… His eyes were open… I put two fingers on his neck. He was dead."): a pronoun
    that goes on through them reaches that much further back. In its paragraph; and when the
    chain reaches the paragraph's start, on through a paragraph of speech said by that
    pronoun just before ('"An American word," he said. "Good. Keep it."', every sentence of
    it his) into the sentences before it that speak of him."""
    paragraph = view.paragraph
    if paragraph is None or gender is None:
        return 0
    count = _chained_back(paragraph.sentence_words, view.number, gender)
    if count < view.number:
        return count
    speech = neighbour(manuscript, view, -1)
    if speech is None or not speech[0].parsed.text.startswith(('"', '“')):
        return count
    said = ATTRIBUTION.search(speech[0].parsed.text)
    if said is None or PRONOUN_GENDER[said.group(1).lower()] != gender:
        return count
    count += len(speech[1])
    before = neighbour(manuscript, view, -2)
    if before is None:
        return count
    words = before[0].parsed.sentence_words
    return count + _chained_back(words, len(words), gender)


def _carried_reach(manuscript: Manuscript, view: SentenceView, gender: str | None,
                   chain: int, talk: bool = False) -> int:
    """How many sentences before `view` a pronoun of `gender` looks back for its character:
    `_PRONOUN_REACH` past the `chain` right before it (`_chain`), and one more for each
    sentence on the way that speaks of someone of that sex — a pronoun goes on meaning whom
    the one before it meant ('"Tomas, it's Ines. From downstairs." He does not open his
    eyes. The rasping goes on a while, and then it stops. He is dead': the "he" before the
    stop is Tomas, and so is this one). For a pronoun in `talk`, one more for each sentence
    of narration between the lines (a few at most): what a listener does meanwhile ("Awa
    lifted her foot from the pedal") is no part of the talk, which goes on about whom it
    named."""
    reach = _PRONOUN_REACH + chain
    narrated = 0
    for back, (parsed, number) in enumerate(_sentences_back(manuscript, view)):
        if back >= reach:
            break
        if back < chain:
            continue
        if talk and narrated < _PRONOUN_REACH and not QUOTE_MARK.search(parsed.text):
            narrated += 1
            reach += 1
        elif gender is not None and not _CHAINED[gender].isdisjoint(
                parsed.sentence_words[number]):
            reach += 1
    return reach


def _sentences_back(manuscript: Manuscript, view: SentenceView
                    ) -> Iterator[tuple[ParsedParagraph, int]]:
    """Each sentence before `view` in its document, nearest first: its paragraph's parse and
    its number there."""
    if view.paragraph is None:
        return
    for number in range(view.number - 1, -1, -1):
        yield view.paragraph, number
    step = -1
    while (earlier := neighbour(manuscript, view, step)) is not None:
        parsed = earlier[0].parsed
        for number in range(len(parsed.sentences) - 1, -1, -1):
            yield parsed, number
        step -= 1


def _chained_back(sentence_words: list[tuple[str, ...]], number: int, gender: str) -> int:
    """How many sentences right before sentence `number` of a paragraph (given by their
    words) each hold a pronoun of `gender`."""
    count = 0
    for words in reversed(sentence_words[:number]):
        if _CHAINED[gender].isdisjoint(words):
            break
        count += 1
    return count


@cache
def _someone_else() -> re.Pattern[str]:
    """A person spoken of without a name: "her father", "a man", "the boy", "Koro's younger
    brother" — unless said of
    the one named ("He was a quiet man": the predicate, `_PREDICATE`)."""
    words = set(wordlists().kinship) | {
        "man", "woman", "men", "women", "boy", "girl", "child", "baby", "lad", "lass", "friend",
        "stranger", "gentleman", "lady", "king", "queen", "soldier", "priest", "doctor", "dog",
        "horse", "cat", "client", "patient", "master", "mistress", "employer", "partner",
        "neighbour", "neighbor", "tenant", "servant", "boss", "colleague"}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # "Koro's younger brother" too: someone known by whose relative he is.
    return re.compile(rf"(?:\b(?:his|her|their|my|our|your|the|a|an|that|this|another)|"
                      rf"(?-i:{CAPITAL})[\w’-]*['’]s)\s+"
                      rf"(?:[\w-]+\s+){{0,2}}?(?:{alternatives})\b", re.IGNORECASE)


# A death that dates something: "I was eighty in the season Commander Hale died" — the
# story may go on to tell that season, before the death.
_TIME_OF_DEATH = re.compile(r"\b(?:in|during|by)\s+the\s+(?:season|year|summer|winter|spring|"
                            r"autumn|month|week|days?)\s+(?:(?:that|when)\s+)?$", re.IGNORECASE)

# "Nan and Koro's eldest girl": a name that owns, with another, what follows.
_JOINT_OWNER = re.compile(rf"\s+and\s+{CAPITAL}[\w’-]*['’]s\s")

_PREDICATE = re.compile(r"\b(?:was|is|been|be|as|became|like)\s+$", re.IGNORECASE)


def unnamed_between(text: str, start: int, end: int, sex: str | None = None,
                    until: int = -1) -> bool:
    """Whether someone unnamed ("her father", "a man", `_someone_else`) is spoken of in
    text[start:end] — with `sex`, the sex of a pronoun after, passing over one of the other
    sex spoken of before `until`: in "…roasted for her grandson. She died", the grandson is
    not whom "she" means; nor one whose own verbs take the object pronoun at `end`
    (`_does_to_pronoun`)."""
    for match in _someone_else().finditer(text, start, end):
        if _OWN.search(match.group(0)):
            continue  # "across the back of his own horse": what the named one has
        noun = match.group(0).split()[-1]
        if sex in ("m", "f") and noun.lower() in _MANY:
            continue  # "fixing rope for the men below him. … We burned him": not the men
        told = sex_of_noun(noun)
        other_sex = sex in ("m", "f") and told in ("m", "f") and told != sex
        if other_sex and (match.start() < until or (
                _KIN_AS_NAME.match(match.group(0)) and noun.lower() in wordlists().kinship)):
            # "for her grandson. She died": he is not whom "she" means; nor, anywhere, is
            # someone of the other sex whom the family calls by a kin word as by a name ("the
            # bitter leaves Mama boiled for him. … he died")
            continue
        if not text[start : match.start()].strip(" ,(—–-"):
            continue  # "Frank Mulcahy, Mum's dad,": the named one, set beside his name
        if _CAME_AND_WENT.match(text, match.end()):
            continue  # "the doctor had been twice. He died": a visit over, not who died
        if _does_to_pronoun(text, match, end):
            continue  # "My father went up to fetch him and found him": not the one he found
        if not _PREDICATE.search(text[max(start, match.start() - 8) : match.start()]):
            return True
    return False


_OWN = re.compile(r"^(?:his|her|their)\s+own\b", re.IGNORECASE)

# Where a clause's subject opens it: the sentence's start, or after ";", a dash or ", and".
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*|[;—–]\s*|,\s+(?:and|but|so|then)\s+)$")
# The verbs of a subject up to an object pronoun, with no one else on the way: lower-case
# words only, none a pronoun, an article or a word that opens another clause or speech
# ("my father asked them to bury him", "my father said that the priest had seen him").
_VERBS_TO_OBJECT = re.compile(
    r"(?:\s+(?!(?:I|me|we|us|you|they|them|he|she|it|the|an?|this|that|these|those|his|my|"
    r"our|your|their|its|who|whom|which|when|if|because|said|asked|told|begged|wanted|wished)"
    r"\b)[a-z]+)+\s+")
_OBJECT_AT = re.compile(r"(?:him|her)\b")


def _does_to_pronoun(text: str, match: re.Match[str], end: int) -> bool:
    """Whether someone unnamed opens a clause whose verbs have the object pronoun at `end` as
    their object ("My father went up to fetch him and found him"): English says "himself"
    of the subject, so the pronoun is someone else."""
    return (_OBJECT_AT.match(text, end) is not None
            and _CLAUSE_OPENS.search(text, max(0, match.start() - 12), match.start()) is not None
            and _VERBS_TO_OBJECT.fullmatch(text, match.end(), end) is not None)

# Many people unnamed, whom no "he" or "she" means.
_MANY = frozenset({"men", "women"})

# Someone told only as having called, once or a number of times, or come and gone ("the doctor had
# been twice", "the priest had come and gone"): a visit over, with no deed of theirs now.
_CAME_AND_WENT = re.compile(r"\s+had\s+(?:been|called|come)\s+(?:and\s+gone\b|"
                            r"(?:once|twice|thrice|(?:\w+\s+)?times)\b)", re.IGNORECASE)

# A kin word with a capital, after an article and other words, is what the family calls
# someone, as a name, and the article is another noun's: "the bitter leaves Mama boiled for
# him" (not "her dear Mama", whose "her" says whose mother, nor "the old Queen", no kin word).
_KIN_AS_NAME = re.compile(rf"(?:the|an?|that|this|another)\s+(?:[\w-]+\s+){{1,2}}"
                          rf"(?-i:{CAPITAL})[\w’-]*$", re.IGNORECASE)
