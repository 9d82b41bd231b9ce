"""What shows a named character alive at a moment: doing or saying something, being
somewhere, sending a message, or found somewhere and going on.

Dead then alive asks this of every mention after a death. A deed is a verb a person does right
after the name ("Oren set down his bucket", "said Nain", "Pops counted them off", not "counted
for little", what one was held to be; after "who" in a cleft: "It was Yusuf
who answered"; having one's things put somewhere: "Mémère had her chair set in the shade",
holding someone: "had the little girl on her lap", a description between commas first: "Opa
Dirk, leaning in the doorway with his pipe, told him…"; what one had done, in a sentence that
opens on the place the scene is in: "Under the clock Weidlinger had put down his newspaper",
not on a time: "By the end of summer"), standing or going somewhere now
("Oren is standing at the gate", "was already there, sitting on his chair", "is there under
the lights, sitting on a crate", "was there in a navy turban", not "there in spirit"),
getting up ("got up from his chair", "got to her feet"; not "got" alone: "got a letter"), a
sentence (or a clause after ", and") that opens on a place and puts the verb before the name
("Under the lilac sat pani Lidiia", "at the place of honour sat her father, Sutan Sinaro"), a
clause that opens on how someone stands or sits and puts
"was" before the name ("and bent over it, white-headed and nearly blind, was Mr. Fakunle"), or
being found somewhere by someone whom the next sentence shows doing something ("I found Nhia
near the ball-toss lines. He saw me and smiled", also with a word of age: "I saw old Scorer at
the glass-house door"), or sending the message a header names one the sender of ("[Voice note,
Uncle Munir → Abu Tarek, 4 March 2025]"). Lying, resting or sleeping, and being in the ground,
may be the grave's and are no deed.
"""

from __future__ import annotations

import re

from app.core.checks.cues import sentence_at
from app.core.checks.mentions import PRONOUN_GENDER, MentionIndex
from app.core.forms import PERSON_VERBS, SAID_VERBS
from app.core.names import EPITHETS, NameRun
from app.core.wordlists import wordlists

# What ends a line of speech before "said Nain".
_SPEECH_ENDS = frozenset("\"”’',—–-!?")
# A name ending right before the comma that "called" follows: the name after "called" is
# one more the same person goes by ("Saeed, called Al Hout, called Abu Hamad").
_NAME_ENDS = re.compile(r"\b[A-Z][\w'’-]*,$")
_NOT_ACTING = frozenset({"died", "lived", "had", "was", "seemed", "appeared"})
# Doing something with the hands or body right now, beyond the verbs that mark a name as a
# person's ("Oren set down his bucket"), in the past and the present tense.
_MORE_ACTS = frozenset({
    "set", "sets", "put", "puts", "wiped", "wipes", "picked", "held", "holds", "lifted", "lifts",
    "carried", "carries", "straightened", "straightens", "climbed", "climbs", "knelt", "kneels",
    "bent", "bends", "threw", "throws", "poured", "pours", "handed", "hands", "raised", "raises",
    "dropped", "drops", "rubbed", "rubs", "lit", "lights", "ate", "eats", "drank", "drinks",
    "leans", "waves", "waits", "waited", "opens", "closes", "reaches", "grabs", "shouts",
    "brought", "brings", "fetched", "fetches", "led", "leads", "drove", "drives",
    "comes", "goes", "arrives", "enters", "returns", "steps", "runs",
    "stuck", "sticks", "poked", "pokes", "popped", "pops", "knocked", "knocks", "banged",
    "bangs", "slammed", "slams", "cleared", "clears", "coughed", "coughs", "spat", "spits",
    "yawned", "yawns", "blinked", "blinks", "grunted", "grunts", "snorted", "snorts",
    "stretched", "stretches", "scratched", "scratches",
    # riding in, and more of what hands do ("Hanna squared a pile of them with his hand")
    "rode", "rides", "squared", "squares", "patted", "pats", "tugged", "tugs", "hauled", "hauls",
    "swung", "swings", "sipped", "sips", "tossed", "tosses", "kicked", "kicks", "nudged",
    "nudges", "winked", "winks", "stroked", "strokes", "gripped", "grips", "folded", "folds",
    "lowered", "lowers", "hummed", "hums", "whistled", "whistles", "slapped", "slaps",
    # taking hold ("squeezed the back of his neck")
    "squeezed", "squeezes", "clasped", "clasps", "clutched", "clutches", "grasped", "grasps",
    # PERSON_VERBS told in the present, as a story in the present tense tells a deed
    "takes", "gives", "pulls", "pushes", "shakes", "touches", "touched", "taps", "tapped",
    "watches", "stares", "glances", "shrugs", "grins", "frowns", "sighs", "whispers", "kisses",
    "hugs", "tries", "opened", "closed", "reads", "writes", "speaks", "tells", "asks",
    # what the voice and face do ("Dòmhnall Bàn grumbled all the way over")
    "grumbled", "grumbles", "growled", "growls", "chuckled", "chuckles", "scowled", "scowls",
    "snapped", "snaps", "swore", "swears", "sang", "sings", "sniffed", "sniffs",
    "rowed", "rows",
    # what hands do in greeting and in work ("Mbuya Chipo clapped twice")
    "clapped", "claps", "shelled", "shells", "stirred", "stirs", "kneaded", "kneads",
    # counting aloud or counting out ("Pops Dunmore counted them off", "counted the coins")
    "counted", "counts",
})
# Standing somewhere now ("Oren is standing at the gate") is being alive; lying, resting or
# sleeping may be the grave's, and "was nothing" is no verb.
_STILL = (r"(?!(?:being|dying|lying|resting|sleeping|missing|mourning|nothing|something|"
          r"anything|everything|buried)\b)[a-z]{2,}ing\b")

# The word after a name and the space before it.
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# A short description set off by commas after the name, then what the character does.
_APPOSITION = re.compile(r",[^,.;:!?\"“”]{1,60},\s+([a-z]+)\b|"
                         # a participle phrase, longer: "Opa Dirk, leaning in the wheelhouse
                         # doorway with his cold pipe between his teeth, told him…" (not "lying in
                         # his coffin", which may be the grave's)
                         rf",\s+{_STILL}\s[^,.;:!?\"“”]{{1,120}},\s+([a-z]+)\b|"
                         # "Colonel Hale, who had walked up … all evening, set down his glass"
                         r",\s+who\s+[^.;:!?\"“”]{1,200}?,\s+([a-z]+)\b")

_PROGRESSIVE = re.compile(
    rf"\s+(?:is|was)\s+{_STILL}|"
    # somewhere, doing something: "was out front in his shirtsleeves, scattering rock salt",
    # "was already there when I came in, sitting on his folding chair", in the present "is
    # there under the floodlights, sitting on a crate" (not "was there the night the mill
    # burned, shouting": where he was once)
    r"(?:\s+(?:is|was)\s+(?:(?:already\s+|still\s+)?(?:out|in|at|on|by|behind|outside|inside|"
    r"up|down|back)|(?:already|still)\s+(?:there|here))|\s+is\s+(?:there|here))\b"
    rf"[^.;:!?,\"“”]{{0,40}},\s+{_STILL}")

# Being somewhere now ("Ammini was in the kitchen this morning") is being alive; being in the
# ground is not, nor in what holds the dead or their ashes ("is in the stupa", "in the crypt").
_RESTING_PLACE = (r"(?:ground|grave|churchyard|cemetery|coffin|casket|sea\b|water|earth|tomb|"
                  r"vault|urn|crypt|mausoleum|columbarium|sepulch[re]{2}|stupa)")
_PRESENT = re.compile(
    r"\s+(?:was|is)\s+(?:already\s+|still\s+|now\s+|just\s+)?(?:(?:out|down|over)\s+)?"
    rf"(?:in|at|on)\s+(?:the|his|her)\s+(?!{_RESTING_PLACE}|deathbed\b|bier\b)\w+|"
    # "Hoskie was there too", "is here as well": in the scene with the others
    r"\s+(?:was|is)\s+(?:already\s+)?(?:there|here)\s+(?:too|as\s+well)\b|"
    # "Old Noakes was out first thing with the pony", "was out early with the dogs"
    r"\s+(?:was|is)\s+(?:already\s+)?out\s+(?:(?:first\s+thing|early|at\s+dawn)\s+)?"
    r"with\s+(?:a|an|the|his|her)\s+\w+|"
    # "Gurdev Dhillon was there in a navy turban", "is here with the papers" (not "there in
    # spirit")
    r"\s+(?:was|is)\s+(?:already\s+|still\s+)?(?:there|here)\s+(?:in|with)\s+(?:a|an|his|her)\s+"
    r"(?!spirit\b|memory\b|thought\b)|"
    # "Baba Mkhize was there on the Monday, on the bench by the compound gate"
    r"\s+(?:was|is)\s+(?:already\s+|still\s+)?(?:there|here)\s+on\s+the\s+(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|morning|evening|afternoon)\b|"
    # "Mendel Apfelbaum was bent over the buttonhole machine"
    r"\s+(?:was|is)\s+(?:already\s+|still\s+)?(?:bent|hunched|stooped|perched|slumped)\s+"
    r"(?:over|at|by|on|in)\s+(?:a|an|his|her|the)\s+|"
    # "Aksel Brøndum is already inside, in his vest, scowling at the dials"
    r"\s+(?:was|is)\s+(?:already\s+|still\s+)?(?:inside|outside|indoors|upstairs|downstairs)"
    r",?\s+(?:in|with|at|by)\s+(?:a|an|his|her|the)\s+", re.IGNORECASE)
# Found or met somewhere ("I found Nhia near the ball-toss lines"), whom the next sentence
# goes on to show doing something ("He saw me and smiled"): there, alive.
_MET = frozenset({"found", "saw", "spotted", "met", "joined", "greeted"})
_MET_WHERE = re.compile(r"\s+(?:near|at|in|on|by|beside|behind|outside|inside|under|among|"
                        rf"across)\s+the\s+(?!{_RESTING_PLACE})\w+", re.IGNORECASE)
# A word of age or size the name may be said with ("I saw old Scorer at the door").
_EPITHET_WORDS = frozenset(word.lower() for word in EPITHETS)
_GOES_ON = re.compile(r"[ \t]*[\"“]?(?P<pronoun>He|She)\s+(?P<verb>[a-z]+)\b")


def there_now(run: NameRun, text: str, end: int) -> bool:
    """The name does something or is somewhere now ("Ammini was in the kitchen"), or sends
    the message whose header it opens (`sends`); `end` is where the name ends in `text`."""
    return _acts(run, text, end) or _PRESENT.match(text, end) is not None or sends(
        run, text, end)


# The arrow of a message's header, from its sender to whom it goes: "Umm Tarek → family group",
# "[Voice note, Uncle Munir → Abu Tarek, 4 March 2025]".
_SENT_TO = re.compile(r"[ \t]*(?:→|->)[ \t]*\w")


def sends(run: NameRun, text: str, end: int) -> bool:
    """Whether the name is the sender a message's header names before its arrow: one who
    writes or speaks the message at the time the header gives."""
    return not run.possessive and _SENT_TO.match(text, end) is not None


def _acts(run: NameRun, text: str, end: int) -> bool:
    """The name does or says something right now (as `mentions.acts`, for a bare run, with
    more verbs of the body and "is standing"); `end` is where the name ends in `text`."""
    if run.prev in SAID_VERBS:
        # '"Sit down," said Nain' — not "the only one who said Nain and Taid", the words.
        before = text[: end - (run.end - run.start)].rstrip()
        before = before[: len(before) - len(run.prev)].rstrip()
        if run.prev == "called" and _NAME_ENDS.search(before):
            return False  # "Saeed, called Al Hout, called Abu Hamad": a byname, no one calls
        return before[-1:] in _SPEECH_ENDS
    if run.possessive or text.startswith(" (", end) or text.startswith("(", end):
        return False  # "Liv (left), Sissel": a caption, not a deed
    if run.prev == "only":
        return False  # "the only María left": who remains, not what she does
    if run.prev in _OBJECT_BEFORE:
        # "a woman who had lived across the courtyard from Bubbe wrote to them": the woman
        # wrote; the name is the preposition's.
        return False
    at, verb = end, run.next
    name_start = end - (run.end - run.start)
    if _RELATIVE_VERB_BEFORE.search(text, max(0, name_start - _RELATIVE_REACH), name_start):
        # "Everyone who had known Touran laughed": everyone laughed; the name is the object
        # of the clause's verb.
        return False
    if run.prev in wordlists().kinship and text.startswith(", ", end) and text.endswith(
            ", ", 0, name_start):
        # "Your father, Tom Coyle, was sitting in his corner": the name is the relative's,
        # set off by commas, and the sentence's verb comes after it.
        at = end + 1
        following = _NEXT_WORD.match(text, at)
        verb = following.group(1) if following is not None else ""
    if run.next == "had" and _SCENE_OPENING.search(
            text, max(0, name_start - _SCENE_OPENING_REACH), name_start):
        done = _DONE_IN_SCENE.match(text, at)
        if done is not None:
            verb = done.group(1).lower()  # "Under the clock Weidlinger had put down his paper"
    bynames = _BYNAMES.match(text, at)
    if bynames is not None:
        # "Saeed Al Mazrouei, called Al Hout, called Abu Hamad.": what he is called, no deed;
        # the verb, if any, comes after ("Saeed, called Al Hout, dived first").
        at = bynames.end()
        following = _NEXT_WORD.match(text, at + text.startswith(",", at))
        verb = following.group(1) if following is not None else ""
    perfect = _PRESENT_PERFECT.match(text, at)
    if perfect is not None and perfect.group(1).lower() not in _GONE_FROM_US:
        verb = perfect.group(1).lower()  # "Brandt has moved me to the English looms"
    joined = _AND_ANOTHER.match(text, at)
    if joined is not None:
        verb = joined.group(1).lower()  # "Old Cheung and I carried the long tom down"
    cleft = _CLEFT_WHO.match(text, at)
    if cleft is not None and _CLEFT_OPENING.search(
            text, max(0, name_start - _CLEFT_REACH), name_start):
        verb = cleft.group(1).lower()  # "It was Yusuf Dualeh who answered": he answered
    apposition = _APPOSITION.match(text, at)
    if apposition is not None:
        # "Yefim, grey-bearded under his cap, brought…": each alternative holds one group, the
        # verb.
        verb = apposition.group(apposition.lastindex or 1).lower()
    return (verb in PERSON_VERBS and verb not in _NOT_ACTING) or (
        verb in _MORE_ACTS and not _RECKONED.match(text, at)
    ) or _PROGRESSIVE.match(text, at) is not None or _inverted(
        run, text, name_start) or _CAUSATIVE.match(text, at) is not None or (
        _HOLDING.match(text, at) is not None) or _posture_first(run, text, name_start) or (
        _GOT_UP.match(text, at) is not None)


# The bynames set after a name between commas, each a capitalised name after "called" or
# "known as" ("Saeed Al Mazrouei, called Al Hout, called Abu Hamad"): a label, as a list of
# names or a caption gives one, whose "called" is no one calling.
_BYNAMES = re.compile(r"(?:,\s+(?:called|nicknamed|known\s+as)\s+[A-Z][\w'’-]*"
                      r"(?:\s+[A-Z][\w'’-]*)*(?=[,.;:!?]))+")


# Getting up, a deed of the body, which "got" alone ("got a letter", "got worse") is not:
# "Uncle Khalil got up from his chair by the gate", "gets to her feet".
_GOT_UP = re.compile(r"\s+(?:got|gets)\s+(?:up|to\s+(?:his|her|their)\s+feet)\b")


# Counting as something, or on someone, is what one is held to be or relies on, no deed: "Oren
# counted for little in that house", "counted among the founders", "counts on her".
_RECKONED = re.compile(r"\s+count(?:s|ed)\s+(?:as|for|among|on|upon)\b")


# Having one's things put somewhere, a deed done through others: "Mémère had her folding chair
# set in the shade", "Nana has her tea brought out to the porch" — not "had his ashes
# scattered", what is done with the dead.
_CAUSATIVE = re.compile(
    r"\s+(?:has|had)\s+(?:his|her|their)\s+(?:(?!(?:body|ashes|coffin|casket|remains|urn|"
    r"grave|headstone|stone|name)\b)[a-z-]+\s+){1,3}(?:set|put|placed|brought|carried|moved|"
    r"pulled|drawn|fetched)\s+(?:up\s+|out\s+|down\s+|over\s+)?(?:in|on|by|beside|under|at|"
    r"near|against|outside|inside|into|onto|to|next)\b")

# Holding someone or something: "Katell Morvan had Soizic's little girl on her lap by the
# fire" — not "had always had the baby on her lap", what was so once.
_HOLDING = re.compile(r"\s+(?:has|had)\s+(?:(?:a|an|the|his|her|their)\s|[A-Z][\w-]*['’]s\s)"
                      r"[^.;:!?,\"“”]{0,30}?\b(?:on|in|across)\s+(?:his|her)\s+(?:lap|arms|knees?)\b")


# A sentence that opens on where someone is and names them next sets the scene, so what they
# "had" done there is done in it: "Under the clock Kommerzialrat Weidlinger had put down his
# newspaper" — not "By the end of the war Weidlinger had sold", a time.
_SCENE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)(?:under|at|by|beside|behind|near|across|"
                            r"outside|inside)\s+the\s+(?!(?:time|end|start|beginning|age|"
                            r"moment|turn|close|height|last|first|outbreak|hour|day|year|"
                            r"week|month|funeral|grave)s?\b)(?:[a-z-]+\s+){1,3}$",
                            re.IGNORECASE)
_SCENE_OPENING_REACH = 40
_DONE_IN_SCENE = re.compile(r"\s+had\s+(?:just\s+)?([a-z]+)\b")

# A deed in the present perfect: "Brandt has moved me", "Ma has just written".
_PRESENT_PERFECT = re.compile(r"\s+has\s+(?:just\s+|already\s+|now\s+)?([a-z]+)\b")
# What "has" says of the dead: "Oumar has left us" is his death, no deed.
_GONE_FROM_US = frozenset({"left", "died", "gone", "passed"})

# The name and the teller, or the name and a pronoun, one subject: "Old Cheung and I carried".
_AND_ANOTHER = re.compile(r"\s+and\s+(?:I|we|he|she)\s+([a-z]+)\b")

# A cleft sentence puts the doer first and the deed after "who": "It was Yusuf who answered".
_CLEFT_OPENING = re.compile(r"\b[Ii]t\s+(?:was|is)\s+$")
_CLEFT_WHO = re.compile(r"\s+who\s+([a-z]+)\b")
_CLEFT_REACH = 10  # "It was " before the name

# The verb of a clause opening on "who", right before a name: the name is its object, no
# subject of the verb after it ("Everyone who had known Touran laughed", "those who never met
# Ilse wept").
_RELATIVE_VERB_BEFORE = re.compile(r"\b[Ww]ho\s+(?:(?:had|has|have|did|does|do|never|ever|"
                                   r"once|not|always|still|all)\s+){0,2}[a-z]+\s+$")
_RELATIVE_REACH = 40

# Prepositions whose object a name right after them is: no subject of the verb after it.
_OBJECT_BEFORE = frozenset({"from", "to", "with", "for", "of", "about", "beside", "behind",
                            "toward", "towards", "near", "across", "like", "than", "without"})


# Where someone is, told with the place first and the verb before the name: "And on the bench
# by the entrance, under the lilac, sat pani Lidiia in her brown coat" — the sentence, or a
# clause after ", and" ("Ama sat by the fire, and in the corner sat Lhakpa"), opening on the
# place, with no one else before the verb to be its subject ("In the kitchen she sat
# Lidiia down" is someone else's deed).
_INVERTED_VERBS = frozenset({"sat", "stood", "waited", "knelt", "sits", "stands", "waits",
                             "kneels", "came", "comes"})
_PLACE_FIRST = re.compile(
    r"(?:^|[.!?\n][\"“”]?\s*|[,;]\s*(?=(?:and|then|but)\s))[\"“]?(?:(?:and|then|but)\s+)?"
    r"(?:on|in|at|by|beside|behind|under|"
    r"beneath|across|outside|inside|near|against|between|among|opposite|there|here|after|"
    r"next)\b"
    r"(?:(?!\b(?:he|she|they|I|we|you|who|which|that)\b)[^.!?\n\"“”])*?[\s,]"
    rf"(?:{'|'.join(sorted(_INVERTED_VERBS))})\s+(?:(?P<title>[a-z]+)\s+)?$", re.IGNORECASE)
# How far back a sentence opening on a place is looked for.
_PLACE_FIRST_REACH = 200


# Who the name is, said between the verb and it: "sat her father, Sutan Sinaro".
_KIN_APPOSED = re.compile(r"(?<=\s)(?:his|her|their|my|our|your)\s+(?P<kin>[a-z]+),\s+$")


def _inverted(run: NameRun, text: str, start: int) -> bool:
    """Whether the name starting at `start` comes after the verb of a sentence that opens on
    a place ("Under the lilac sat pani Lidiia"), a lower-case title between them, or the
    family word the name is set beside ("at the place of honour sat her father, Sutan
    Sinaro")."""
    if run.next in ("down", "up"):
        return False  # "sat Lidiia down": sat her, someone else did
    kin = _KIN_APPOSED.search(text, max(0, start - 30), start)
    if kin is not None and kin.group("kin") in wordlists().kinship:
        start = kin.start()  # the verb is right before the family word
    elif run.prev not in _INVERTED_VERBS and (
            run.prev.capitalize() not in wordlists().honorifics):
        return False
    place_first = _PLACE_FIRST.search(text, max(0, start - _PLACE_FIRST_REACH), start)
    if place_first is None:
        return False
    title = place_first.group("title")
    return title is None or title.capitalize() in wordlists().honorifics


# Where someone is, told with the posture first and "was" before the name: "and bent over it,
# white-headed and nearly blind, was Mr. Fakunle", "Standing at the gate was Oren" — not
# lying, which may be the grave's.
_POSTURE_FIRST = re.compile(
    r"(?:^|[.!?;\n]|\band\b|\bthen\b)\s*[\"“]?(?:bent|hunched|stooped|sitting|standing|"
    r"kneeling|leaning|perched|crouched|crouching|waiting)\s+(?:over|at|by|in|on|beside|"
    r"behind|under|against|near|outside|inside)\b[^.!?;:\"“”]{0,80}?,?\s+(?:was|is)\s+$",
    re.IGNORECASE)
_POSTURE_FIRST_REACH = 120


def _posture_first(run: NameRun, text: str, start: int) -> bool:
    """Whether the name starting at `start` comes after "was" at the end of a clause that
    opens on how someone stands or sits somewhere ("bent over it, white-headed, was Mr.
    Fakunle"): the name's bearer is there so."""
    return run.prev in ("was", "is") and _POSTURE_FIRST.search(
        text, max(0, start - _POSTURE_FIRST_REACH), start) is not None


def met_and_goes_on(index: MentionIndex, name: str, where: tuple[str, int, int],
                     run: NameRun) -> bool:
    """Whether the character named at `where` (document, start, end) is found or met
    somewhere ("I found Nhia near the ball-toss lines") and the next sentence, opening on the
    pronoun of the character's sex, shows that one doing something ("He saw me and smiled")
    — when the sentence names no one else whom the pronoun could mean."""
    document, start, end = where
    met = run.prev in _MET or (run.prev in _EPITHET_WORDS and run.prev2 in _MET)
    if not met or run.possessive:
        return False
    text = index.manuscript.documents[document].text
    view = sentence_at(index.manuscript, document, start)
    if view is None or _MET_WHERE.match(text, end) is None:
        return False
    goes_on = _GOES_ON.match(text, view.end)
    if goes_on is None:
        return False
    verb = goes_on.group("verb")
    if not ((verb in PERSON_VERBS and verb not in _NOT_ACTING) or verb in _MORE_ACTS):
        return False
    gender = PRONOUN_GENDER[goes_on.group("pronoun").lower()]
    return index.genders.get(name) in (gender, None) and all(
        mention.cluster.name == name or index.genders.get(mention.cluster.name) not in (
            gender, None) for mention in index.in_sentence(view))
