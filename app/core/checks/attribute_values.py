"""Reading an attribute's value from a sentence, and telling whether two values clash.

The values attribute drift compares: eye and hair colour ("a pale washed grey", "the reddest
hair"), age ("forty-six years old", "a woman of fifty-eight", "At eighty-two he…", "had been
only fourteen in 1953") and height ("a tall man", "the shortest woman in any room", "five feet
three", "a small man, barely up to Tomás's shoulder"), each normalised ("gray" is grey, "fair"
is blond, "tallest" tall) with the pronoun that names its subject when the sentence gives one.
Which character a value belongs to is `attribute_drift`'s business; this module only reads the
words.
"""

from __future__ import annotations

import re

from app.core.checks.cues import CueWords
from app.core.text import CAPITAL, NUMBER_WORDS
from app.core.wordlists import wordlists

_COLOURS = (r"blue|green|brown|grey|gray|hazel|black|amber|violet|dark|pale|blond|blonde|fair|"
            r"red|auburn|white|silver|golden|chestnut|ginger|copper|brunette")

# The hues of an iris that no weeping or bruise gives the eyes (not red, black or white).
_IRIS_HUES = r"blue|green|brown|grey|gray|hazel|amber|violet"

# Creatures whose heads a colour names as it names a person's hair ("a black-headed gull", "the
# red-headed woodpecker"): the animals people name, and birds.
_CREATURES = "|".join(sorted(wordlists().animals | {
    "bird", "birds", "gull", "gulls", "woodpecker", "woodpeckers", "duck", "ducks", "goose",
    "finch", "sparrow", "sparrows", "vulture", "vultures", "eagle", "eagles", "crane", "heron",
    "bunting", "warbler", "parakeet", "lizard", "snake", "ant", "ants"}, key=len, reverse=True))

# A colour said as the most of it: "the reddest hair in Yorkshire".
_SUPERLATIVES = frozenset({"reddest", "blackest", "fairest", "darkest", "blondest"})

# Words for how light or dark a colour is, which may come before it: "a pale grey", "eyes the
# washed-out blue of a feed-sack shirt".
SHADE = r"(?:pale|light|dark|deep|bright|washed(?:-out)?|clear|cold|warm|soft|steely|muddy)"
# The "her" or "his" owning a value right before it ("and her green eyes", "his dark brown
# eyes"), read with search() up to the value.
OWNED_BY_PRONOUN = re.compile(rf"\b(her|his)\s+(?:{SHADE},?\s+)?$", re.IGNORECASE)

_AT_MOST = "no more than "

_NUMBER_WORDS = (r"(?:(?:one|two|three|four|five|six|seven|eight|nine)-and-(?:twenty|thirty|forty|"
                 r"fifty|sixty|seventy|eighty|ninety)|"
                 r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|"
                 r"three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
                 r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                 # "was 0.02" is a reading, no age
                 r"eighteen|nineteen|[1-9]\d{0,2}(?![.,]?\d))")

_PERSON_NOUN = r"(?:man|woman|girl|boy|child|lad|lass|gentleman|lady|fellow)"

# "a woman of fifty-eight" — not "a man of ten thousand a year", "a woman of two minds", "a
# boy of ten or eleven", "a man of one and twenty" (said as a whole, not read here).
# "a girl of twelve when the war came" is an age she once was: left alone.
_OF_AGE = (rf"an?\s+(?:[\w-]+,?\s+){{0,3}}?{_PERSON_NOUN}\s+of\s+({_NUMBER_WORDS})\b"
           r"(?![- ](?:and|or|to|odd|ish)\b|\s+(?:thousand|hundred|million|pounds?|guineas|"
           r"shillings|dollars|a\s+year|per|minds?|parts?|words?|ideas?|means|fortune|years?\s+"
           r"(?:of|standing)|stones?|feet|foot|inches|children|sons|daughters)\b|"
           r"\s*,?\s*(?:when|while|until|till|before|after)\b)")

# Whom "the tallest" is the most of: a person ("the tallest woman in any room"), or "of us", "of
# the three of us", "of her brothers" — not "the shortest way", "the shortest of the speeches".
_MOST_OF_PEOPLE = (
    rf"(?:{_PERSON_NOUN}|person|of\s+(?:us|them|the\s+(?:[\w-]+\s+)?of\s+(?:us|them)|"
    r"(?:the|his|her|their|our|my)\s+(?:men|women|boys|girls|children|brothers|sisters|sons|"
    r"daughters|family|crew|lot|class)))\b")

# A word for height set before a capitalised word as its epithet: "Tall Oumar Sissoko".
_HEIGHT_EPITHET = r"\W*(?-i:(Tall|Short))\s+(?-i:(?=[A-Z]))"

_PATTERNS = {
    "eye colour": re.compile(
        # "eyes, which were a pale washed grey"
        rf"\beyes,\s+(?:which|that)\s+(?:were|are)\s+(?:a\s+|an\s+)?(?:{SHADE}\s+){{0,2}}"
        rf"({_COLOURS})\b|"
        # "eyes, which were of a clear and rather startling grey"
        rf"\beyes,\s+(?:which|that)\s+(?:were|are)\s+of\s+(?:a\s+|an\s+)?(?:[a-z-]+\s+){{0,4}}?"
        rf"({_COLOURS})\b|"
        rf"\b({_COLOURS})(?:[- ]eyed\b|\s+eyes\b)|\beyes\s+(?:were\s+|are\s+|as\s+|of\s+|"
        # "his eyes weren't just brown, they were…": brown and more
        rf"(?:were|are)(?:n['’]t|\s+not)\s+(?:just|only|merely)\s+)?"
        # "eyes of a very pale grey"
        # "eyes the exact green of a split cardamom pod"
        rf"(?:a\s+|the\s+(?:(?:exact|same|precise)\s+)?|as\s+)?"
        rf"(?:(?:very|rather|most)\s+(?={SHADE}\b))?"
        rf"(?:{SHADE},?\s+){{0,2}}({_COLOURS})\b|"
        # "She had their mother's eyes, grey as the river in flood": a colour set beside
        # the eyes, likened to something (not hair's, which may be "black as lacquer the
        # year they went to camp" and white now), or said how much so ("her father's eyes, a
        # brown so dark it was nearly black")
        # — or likened after a comma ("Thatha's eyes, light brown, almost the colour of palm
        # jaggery") — past a word of who says so ("Gina has her grandfather's eyes, everyone
        # says, a pale green like the glass of an old bottle") or of the eyes looking at
        # someone ("Gina's eyes look back at her, brown as coffee grounds")
        rf"\beyes(?:,\s+(?:everyone|everybody|people|they)\s+(?:says?|said)|\s+(?:look|looked|"
        rf"stare|stared|gaze|gazed)(?:\s+(?:back|up|out))?(?:\s+at\s+(?:her|him|me|them|us|"
        # — a hue made of two ("a pale grey-green like water in a tin cup") read as its
        # last, as "grey-green eyes" is
        rf"you))?)?,\s+(?:a\s+)?(?:{SHADE}\s+){{0,2}}(?:(?:{_IRIS_HUES})-)?({_COLOURS})"
        rf"(?=\s+(?:as|like|so)\b|"
        rf",\s+(?:(?:almost|nearly|just)\s+)?(?:the\s+colou?r\s+of|like)\b)|"
        # "her eyes were the same as ever, a pale washed blue": the colour they still are
        rf"\beyes\s+(?:were|are)\s+(?:still\s+)?the\s+same(?:\s+as\s+(?:ever|always|before))?,"
        rf"\s+(?:a\s+)?(?:{SHADE},?\s+){{0,2}}({_COLOURS})\b|"
        # "His eyes, brown and watery behind the new spectacles", "her eyes in the lamplight,
        # dark brown and perfectly steady": a hue set beside the eyes with another word of how
        # they look — not "his eyes, red and swollen" (from weeping) nor "black and swollen"
        # (from a blow), nor a second colour ("grey and green": which, unsure).
        rf"\beyes(?:\s+(?:in|under|behind)\s+the\s+[a-z]+)?,\s+(?:{SHADE}\s+){{0,2}}"
        rf"({_IRIS_HUES})\s+and\s+(?!(?:{_COLOURS})\b)[a-z]+\b|"
        # "with her eyes already open, and they were green": what they were as they opened
        # — or as they were seen ("to see his eyes properly for once, and they are a very
        # dark brown"), not what else "they" may be ("kept her eyes on the boats, and they
        # were green")
        rf"\beyes\s+(?:(?:(?:already|still|half|now)\s+)?(?:open|opened|closed|shut|wide|"
        rf"narrowed|lowered|raised)|(?:[a-z]+ly|for\s+once|at\s+last|again)"
        rf"(?:\s+(?:[a-z]+ly|for\s+once|at\s+last|again))?),\s+and\s+they\s+(?:were|are)\s+"
        rf"(?:a\s+|an\s+)?(?:(?:very|rather)\s+(?={SHADE}\b))?(?:{SHADE},?\s+){{0,2}}"
        rf"({_COLOURS})\b|"
        # "she saw his eyes properly for the first time: a dark, warm brown"
        rf"\beyes(?:\s+[\w'’]+){{0,6}}?:\s+(?:a\s+|an\s+)?(?:{SHADE},?\s+){{0,2}}"
        rf"({_COLOURS})\b", re.IGNORECASE),
    "hair colour": re.compile(
        # "a wee red-headed thing" as "red-haired" — not "a black-headed gull", a bird's
        rf"\b({_COLOURS})(?:[- ]haired\b|-headed\b(?!\s+(?:{_CREATURES})\b)|"
        rf"\s+(?:hair|braid|braids|plait)\b)|"
        # "grey curls", not what comes off in grey curls ("the muck came off his hands in grey
        # curls")
        rf"(?<!\bin\s)\b({_COLOURS})\s+curls\b|"
        # "her hair was black", "her hair gone white as cotton lint"
        # "her two braids were still black", "her braids were already white": the colour
        # they are, told against what they were or will be
        rf"\b(?:braids|plaits)\s+(?:were|are)\s+(?:still\s+|already\s+)?({_COLOURS})\b|"
        # "his hair is still black", "her hair was already grey"
        rf"\bhair\s+(?:was|is|as|(?:had\s+|has\s+)?(?:gone|turned))\s+(?:still\s+|already\s+)?"
        rf"(?:as\s+)?"
        # "her hair had gone entirely white"
        rf"(?:(?:entirely|completely|quite|all|almost|nearly|wholly)\s+)?({_COLOURS})\b|"
        # "Tucker had the reddest hair in Yorkshire"
        r"\bthe\s+(?:(red)dest|(black|fair|dark|blond)est)\s+hair\b", re.IGNORECASE),
    "age": re.compile(
        rf"\b({_NUMBER_WORDS})[- ]years?[- ](?:old|of\s+age)\b|\baged\s+({_NUMBER_WORDS})\b|"
        rf"\b(?:all|every\s+one\s+of)\s+(?:his|her)\s+({_NUMBER_WORDS})\s+years\b|"
        rf"(?:\b(?:was|is|am|turned|had\s+been)|(?<=I)['’]m)\s+"
        rf"(?:now\s+|already\s+|but\s+|only\s+|just\s+)?"
        rf"({_NUMBER_WORDS})"
        # "was fourteen in 1953": the age in a year named
        rf"(?=\s*[,.;]|\s+(?:now|then|that|this)\b|\s+in\s+1[5-9]\d\d\b|"
        rf"\s+and\s+(?!(?:twenty|thirty|forty|fifty|"
        rf"sixty|seventy|eighty|ninety)\b))|"
        # "She had turned fifty-nine at Easter", "he turned forty in March"
        rf"\bturned\s+({_NUMBER_WORDS})(?=\s+(?:at|on|in|last)\s)",
        re.IGNORECASE),
    "height": re.compile(
        # "she was short" — not "was short of breath", "was short two fingers", "short with
        # him", "short-sighted", "Tom is short for Thomas": something else cut short
        # — or "had always been short": what she was all along
        r"\b(?:was|is|stood|had\s+(?:always\s+)?been)\s+(?:very\s+|quite\s+|rather\s+|so\s+)?"
        r"(tall|short|petite)\b"
        rf"(?!-|\s+(?:of|on|with|an?|the|{_NUMBER_WORDS})\b|"
        r"(?<=short)\s+for\s+(?!(?:his|her|their|my|your|an?)\b))|"
        r"\ba\s+(?:\w+,?\s+){0,3}?(tall|short)\s+(?:man|woman|boy|girl|person|figure)\b|"
        r"\b(?:a\s+head\s+)?(taller|shorter)\s+than\b|"
        # "the shortest woman in any room", "the tallest of us": the most of a person
        rf"\bthe\s+(tallest|shortest)\s+{_MOST_OF_PEOPLE}|"
        # "who had always been the smallest of them": said of a person, the least in height —
        # only after "was" or "had been", as "the smallest of them" alone may be a thing's
        rf"\b(?:was|is|had\s+(?:always\s+)?been)\s+the\s+(smallest)\s+{_MOST_OF_PEOPLE}|"
        # "Tall Oumar Sissoko had to stoop": a word for height set before a name as its epithet
        rf"^{_HEIGHT_EPITHET}",
        re.IGNORECASE),
}

# A word for height opening a sentence as the epithet of the name right after it.
EPITHET = re.compile(_HEIGHT_EPITHET)

# The words without one of which a pattern cannot match, so that it is not tried: a colour
# word for eyes and hair, a number word for an age (or digits), a word for height.
_WORD = re.compile(r"[a-z]+|\d+")

_NEEDS = {
    "eye colour": frozenset(_COLOURS.split("|")),
    "hair colour": frozenset(_COLOURS.split("|")) | _SUPERLATIVES,
    "age": frozenset(NUMBER_WORDS),
    "height": frozenset({"tall", "short", "petite", "taller", "shorter", "tallest", "shortest",
                         "smallest"}),
}

# Said obliquely: a height by what someone reaches ("barely reaches Inés's shoulder"), an age
# by what nobody would take them for ("would never have taken him for more than twenty-nine":
# at most that age). These give a fixed value; a pattern's pronoun group names its subject.
_OBLIQUE = (
    ("height", "short", re.compile(
        # "barely reaches Inés's shoulder", or with the verb left out where it is said after
        # what someone is ("a small man, barely up to Tomás's shoulder")
        # ("barely reaching to Ana's shoulder": the same, said in passing)
        r"(?:\b(?:barely|only|just|hardly|scarcely)\s+(?:reach(?:es|ed|ing)?(?:\s+to)?|"
        r"c(?:ame|omes?|oming)\s+up\s+to)|(?<=,\s)(?:barely|only|just|hardly|scarcely)\s+up\s+to)\s+"
        # (whose: "Inés's", "Jos Brand's", "her old father's")
        r"(?:(?:the|his|her|their|my|your)\s+)?(?:(?:\w+\s+)?\w+(?:'s|’s)\s+)?"
        r"(?:shoulders?|chest|chin|waist|elbow)\b", re.IGNORECASE)),
    ("age", _AT_MOST, re.compile(
        rf"(?:\b(?:never|not|nobody\s+would|no\s+one\s+would)|n't)\s+(?:\w+\s+){{0,2}}?"
        rf"(?:taken|take|took|guessed|guess|put)\s+(?P<pronoun>him|her)\s+(?:for|at)\s+"
        rf"(?:a\s+day\s+)?(?:more\s+than|over|older\s+than)\s+({_NUMBER_WORDS})\b|"
        rf"\b(?:looked|looks|seemed|seems)\s+no\s+(?:more|older)\s+than\s+({_NUMBER_WORDS})\b",
        re.IGNORECASE)),
)

# An age not yet reached: "Calum, who was not yet forty" — at most the year before it; also
# set off by commas after what someone is ("He is a young man still, not yet forty, with three
# small children"), where only a bare number or "N years old" follows: "…, not yet forty
# minutes" is no age.
_NOT_YET = re.compile(rf"(?:(?<=\bwas\s)|(?<=\bis\s))not\s+yet\s+({_NUMBER_WORDS})\b"
                      r"(?![- ](?:months?|weeks?|days?)\b)|"
                      rf"(?<=,\s)not\s+yet\s+({_NUMBER_WORDS})(?=\s*[,.;]|[- ]years?[- ]old\b)",
                      re.IGNORECASE)


# A birthday to come: "Dr Raghunathan turns forty-five next week", "will be sixty on Sunday"
# (not "He turns thirty on a Thursday in April", the birthday told as it comes).
_SOON = r"next|this\s+coming|in\s+(?:a|two|three)\s+(?:days?|weeks?|months?)"
_TURNS_SOON = re.compile(
    rf"\b(?:(?:turns|is\s+turning)\s+({_NUMBER_WORDS})\s+(?:{_SOON})|(?:will\s+turn|will\s+be)\s+"
    rf"({_NUMBER_WORDS})\s+(?:{_SOON}|on))\b", re.IGNORECASE)


_WORD_OF = {value: word for word, value in NUMBER_WORDS.items()}


def _words_for(number: int) -> str:
    """34 -> "thirty-four": the words `number_of` reads, for an age below a hundred."""
    if number in _WORD_OF:
        return _WORD_OF[number]
    return f"{_WORD_OF[number - number % 10]}-{_WORD_OF[number % 10]}"


# A round birthday not yet come: "He had not yet seen his fortieth birthday" — an age at most
# the year before it.
_YEAR_BEFORE = {"twentieth": "nineteen", "thirtieth": "twenty-nine", "fortieth": "thirty-nine",
                "fiftieth": "forty-nine", "sixtieth": "fifty-nine", "seventieth": "sixty-nine",
                "eightieth": "seventy-nine", "ninetieth": "eighty-nine"}
_BEFORE_BIRTHDAY = re.compile(
    r"\b(?:had\s+not|hadn['’]t|has\s+not|hasn['’]t|not)\s+(?:yet\s+)?(?:seen|reached|had|"
    r"celebrated|turned)\s+(?:his|her)\s+(?P<ordinal>" + "|".join(_YEAR_BEFORE) + r")\s+"
    r"birthday\b", re.IGNORECASE)

# An age as "a woman of N": set beside the name ("Nell, a woman of sixty,", "Nell was a woman
# of sixty") or, after "for", the pronoun's ("For a woman of fifty-eight she sat very still").
# Read only where one of `_PERSON_OF` ("woman of ") is, which few sentences hold.
_AGE_OF = re.compile(rf"(?:,\s*|\b(?:was|is)\s+){_OF_AGE}|"
                     rf"\bfor\s+{_OF_AGE}\s*,?\s+(?P<pronoun>she|he)\b", re.IGNORECASE)

_PERSON_OF = tuple(f"{noun}{space}of" for noun in ("man", "girl", "boy", "child", "lad", "lass",
                                                  "lady", "fellow") for space in " \n")

# An age told in passing: "got out slowly, as men of sixty-four do", "who at thirty-nine was
# the youngest notary", "Noriko's mother, at eighty-two, still climbed". "at nine" is more
# often a time than an age, so "at N" is read only past twelve.
_AGE_IN_PASSING = re.compile(
    rf"\bas\s+(?:men|women|people|ladies|gentlemen)\s+of\s+({_NUMBER_WORDS})\s+(?:do|did|are|"
    rf"were|must|will|can|tend|often)\b|\bwho\s+at\s+({_NUMBER_WORDS})\s+(?:was|is|had|has|"
    rf"still|could|can|would)\b|,\s+at\s+({_NUMBER_WORDS}),\s+(?:still\s+)?[a-z]", re.IGNORECASE)

# "At eighty-two he had buried both his sisters": the age of the pronoun after it.
AT_AGE_OPENING = re.compile(rf"^\W*(?i:at)\s+({_NUMBER_WORDS}),?\s+(?:(?P<pronoun>(?i:he|she))\b|"
                             rf"(?={CAPITAL}))")

# "Eighty-one years old and stubborn as a gatepost, Mykola had decided": the age set before
# the name the sentence goes on about.
AGED_OPENING = re.compile(rf"^\W*{_NUMBER_WORDS}[- ]years?[- ]old\b[^,.;:!?]{{0,60}},\s+",
                           re.IGNORECASE)

# "Fifty-one, been at this terminal since it opened": a fragment with no subject opening on a
# bare number and going on with what a life holds (been somewhere so long, born, married, living
# or working somewhere) tells the age of the one the sentence before named — not "Fifty-one, and
# still no word", a count.
AGE_FRAGMENT = re.compile(rf"^\W*({_NUMBER_WORDS}),\s+(?:been|born|married|widowed|divorced|"
                          r"retired|single|lives|lived|works|worked)\b", re.IGNORECASE)

_AGE_IN_PASSING_CUES = (" men of ", " women of ", " people of ", " ladies of ",
                        " gentlemen of ", "who at ", ", at ")

_YOUNGEST_AT = 13

# Every measure in feet holds one of these (the digit forms an apostrophe or a prime).
_MEASURE_HINTS = ("foot", "feet", "ft", "'", "’", "′")

# A height in feet and inches: "is six foot one", "stood five feet two inches tall", "is 5'2\"",
# "a small man, five foot five in his socks", "a small man, barely five feet three", "a short
# man, five foot five at the most", "who was all of five foot five", "a small man, not much
# above five feet", "who stood no higher than five foot four", "a small woman, not quite five
# feet tall", "who at five foot ten was the shortest", "who at five foot eight had always been
# the tallest", "At six foot two he" —
# only where the measure ends the phrase ("in her boots", "tall", a comma, or the "was", "had"
# or "he" of the clause an "at" opens), for "was six feet from the door" is a distance.
_FEET = r"three|four|five|six|seven|[3-7]"

_INCHES = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|1[01]|\d"

# Words of size a measure may follow: "She was tiny, four foot eleven".
_SIZE_WORDS = "tiny|small|short|tall|little|slight|petite|big|large|lanky|slim|thin|stout"

_MEASURE = re.compile(
    rf"(?:(?:^|\bwho\s+|,\s*)at\b|(?P<bare>,)|(?P<all>\b(?i:all))|"
    rf"\b(?:(?:is|was|stood|stands|measured|measures)|"
    # "She was tiny, four foot eleven", "He had always been short, five foot four"
    rf"(?:is|was|had\s+(?:always\s+)?been)\s+(?:(?:very|so|quite)\s+)?(?:{_SIZE_WORDS})\s*,|"
    # "the tallest woman in the centre, five foot nine", "the tallest man I knew, six foot two"
    rf"(?:man|woman|boy|girl|fellow|lad|lass|figure)"
    rf"(?:\s+(?:in|of|on|at)\s+(?:the|this|that|our|her|his)\s+[a-z]+|"
    rf"\s+(?:I|we)\s+(?:had\s+|have\s+)?(?:ever\s+)?(?:knew|known|saw|seen|met)|"
    # "He was a small man all his life, barely five foot four": what he always was
    rf"\s+all\s+(?:his|her)\s+life)?\s*,)"
    rf"(?:\s+(?:barely|just|only|exactly|all\s+of|hardly|scarcely|nearly|almost|"
    # "stood no higher than five foot four", "no taller than": at most that
    rf"(?:well\s+)?over|(?:not\s+much|no|little)\s+(?:above|over|more\s+than|higher\s+than|"
    rf"taller\s+than)|not\s+quite|"
    # "a small, round man, not an inch over five feet three"
    rf"not\s+an\s+inch\s+(?:above|over|more\s+than|under|below|less\s+than)))?)"
    rf"\s+(?P<feet>{_FEET})"
    rf"(?:\s*(?:foot|feet|ft\b\.?)|\s*['’′])(?:\s*(?:and\s+)?(?P<inches>{_INCHES})\b"
    r"(?:\s*(?:inches|inch|in\b\.?|[\"”″]|''))?)?"
    r"(?!\s*and\s+a\s+half\b)"
    # After a comma alone, only with "tall": "Sabado came down the line, six feet tall in his
    # rubber boots" — not "…, six feet from the door".
    # "All six foot three of him had to duck": the whole of someone.
    r"(?(bare)(?=\s*tall\b)|(?(all)(?=\s+of\s+(?P<whole>him|her)\b)|"
    r"(?=\s*(?:tall\b|high\b|[,.;:!?)\"”]|and\b|"
    r"in\s+(?:her|his|their|my|your)\b|without\b|barefoot\b|at\s+(?:the\s+)?(?:most|best)\b|"
    r"if\b|(?:was|is|had|he|she)\b|$))))",
    re.IGNORECASE)

# A trait said to its owner: "your green eyes", "Your eyes are the same. Dark as his."
KIN_WORDS = "|".join(sorted(wordlists().kinship, key=len, reverse=True))

# "your" before the value: said of the listener — not "Your father was sixteen", of a relative,
# nor "your Ali is only eighteen", of someone the listener has, named; "You are thirty-one years
# old, Grace": of the listener too.
_YOUR = re.compile(rf"\byour\s+(?!(?:[\w-]+\s+)?(?:{KIN_WORDS})\b)(?-i:(?![A-Z]))"
                   rf"(?:[\w-]+\s+){{0,2}}$|"
                   r"\byou(?:\s+are|\s+were|['’]re)\s+(?:now\s+|only\s+|already\s+|nearly\s+)?$",
                   re.IGNORECASE)

# An age said alone, opening its clause, then what "you" still do: "Nine years old and still
# you wriggle like an eel", 'said, "Nine years old, and you cry at a splinter"' — said to the
# listener, of the listener, whoever says it.
_OPENS_CLAUSE = re.compile(r"(?:^|[,:;\"“‘—(])\s*$")
_AND_STILL_YOU = re.compile(r"(?:\s+years?\s+old)?,?\s+and\s+(?:still\s+|yet\s+|already\s+)?"
                            r"you\b", re.IGNORECASE)


def _said_to_you(attribute: str, text: str, start: int, end: int) -> bool:
    """Whether the age at text[start:end] opens its clause and goes with what "you" do
    after "and" ("Nine years old and still you wriggle"): the listener's."""
    return (attribute == "age" and _OPENS_CLAUSE.search(text, 0, start) is not None
            and _AND_STILL_YOU.match(text, end) is not None)


# "He has my eyes. Grey as a wet Tuesday.": the colour opens the next sentence.
_HAS_TRAIT = re.compile(r"\b(he|she)\s+(?:has|had|['’]s\s+got|got)\s+(?:his|her|my|their|your|"
                        r"\w+['’]s)\s+(eyes|hair)\b", re.IGNORECASE)

# "Your eyes are the same. Blue as the sea."; "You have his eyes. Green like a bottle.": the
# listener's, their colour opening the next sentence.
_YOUR_TRAIT = re.compile(r"\byour\s+(eyes|hair)\s+(?:are|were|is|was)\b|"
                         r"\byou\s+(?:have|['’]ve\s+got|got)\s+(?:his|her|my|their|"
                         r"\w+['’]s)\s+(eyes|hair)\b", re.IGNORECASE)

# A trait whose colour a sentence asks about, the owner named before it: "Bobe asked in her
# last note what colour Tamar's eyes are" — answered by the next sentence (`ANSWERED_COLOUR`).
_ASKED_TRAIT = re.compile(r"\bwhat\s+colou?r\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+['’]s\s+(eyes|hair)\s+"
                          r"(?:are|were|is|was)\b", re.IGNORECASE)

# The answer, opening the next sentence, of eyes ("They are brown, Bobe, dark brown like
# strong tea.") or of hair ("It is black").
ANSWERED_COLOUR = {attribute: re.compile(rf"\W*{pronoun}\s+(?:{verbs})\s+(?:{SHADE},?\s+){{0,2}}"
                                         rf"({_COLOURS})\b")
                   for attribute, pronoun, verbs in (("eye colour", "They", "are|were"),
                                                     ("hair colour", "It", "is|was"))}

LEADING_COLOUR = re.compile(rf"\W*({_COLOURS})\b(?=\s+(?:as|like)\b|\s*[.,;!])",
                             re.IGNORECASE)

# Every pattern above needs one of these words ("headed" only in a compound, "red-headed");
# one cheap pass skips most sentences.
_CUE = re.compile(rf"\b(?:foot|feet|ft|eyes|eyed|hair|haired|(?<=-)headed|braids?|curls|plait|old|"
                  rf"aged|tall|short|petite|taller|shorter|tallest|shortest|smallest|reach|reaches|reached|reaching|"
                  rf"birthday|shoulders?|chest|chin|waist|elbow|"
                  rf"{_NUMBER_WORDS})\b",
                  re.IGNORECASE)

# The words _CUE looks for (digits aside), so sentences without any are never searched.
CUE_WORDS = CueWords(
    ["foot", "feet", "ft", "eyes", "eyed", "hair", "haired", "headed", "braid", "braids", "curls",
     "plait", "old", "aged", "tall", "short", "petite", "taller", "shorter", "tallest", "shortest",
     "smallest", "reach", "reaches",
     # what someone "barely came up to", "barely up to": "barely reaches" has its cue above
     "shoulder", "shoulders", "chest", "chin", "waist", "elbow",
     "reached", "reaching", "birthday", "twenty", "thirty",
     "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "one", "two", "three", "four",
     "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
     "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
    digits=True,
)

SAME = {"gray": "grey", "blonde": "blond", "fair": "blond", "petite": "short", "taller": "tall",
        "shorter": "short", "tallest": "tall", "shortest": "short",
        "smallest": "short"}


# A shade said of what something lends the eyes or hair for a while ("her eyes were dark with
# anger", "his hair was dark with sweat", "pale with dust"): how they look, no colour of theirs.
_A_STATE = re.compile(r"(?<=dark|pale)\s+with\b", re.IGNORECASE)


# The "pronoun" `stated_values` gives a trait whose colour is asked about and told after.
ASKED = "asked"


def stated_values(text: str) -> list[tuple[str, int, str, str, int]]:
    """(attribute, start, normalised value, pronoun naming the subject or "", end) stated in
    the sentence; the pronoun "your" (or `ASKED`, for a colour asked about) with no value: the
    value opens the next sentence."""
    if not _CUE.search(text):
        return []
    words = frozenset(_WORD.findall(text.lower()))
    digits = any(word.isdigit() for word in words)
    found = [
        (attribute, match.start(), _value(match),
         "your" if _YOUR.search(text, max(0, match.start() - 30), match.start())
         or _said_to_you(attribute, text, match.start(), match.end()) else "",
         match.end())
        for attribute, pattern in _PATTERNS.items()
        if not words.isdisjoint(_NEEDS[attribute]) or (attribute == "age" and digits)
        for match in pattern.finditer(text)
        if not _A_STATE.match(text, match.end())
    ]
    said = {attribute for attribute, _start, _value, pronoun, _end in found if pronoun}
    for match in _HAS_TRAIT.finditer(text):
        # "He has my eyes, God help him. Grey as a wet Tuesday.": his, told after.
        attribute = "eye colour" if match.group(2).lower() == "eyes" else "hair colour"
        found.append((attribute, match.start(), "", match.group(1).lower(), match.end()))
    if "what" in words:
        for match in _ASKED_TRAIT.finditer(text):
            # "…what colour Tamar's eyes are. They are brown": the owner's, told after.
            attribute = "eye colour" if match.group(1).lower() == "eyes" else "hair colour"
            found.append((attribute, match.start(), "", ASKED, match.end()))
    for match in _YOUR_TRAIT.finditer(text):
        trait = (match.group(1) or match.group(2)).lower()
        attribute = "eye colour" if trait == "eyes" else "hair colour"
        if attribute not in said:
            found.append((attribute, match.start(), "", "your", match.end()))
    if "birthday" in text:
        for match in _BEFORE_BIRTHDAY.finditer(text):
            # "He had not yet seen his fortieth birthday": thirty-nine at most.
            found.append(("age", match.start(), _AT_MOST + _YEAR_BEFORE[
                match.group("ordinal").lower()], "", match.end()))
    # An age a year short of one the sentence names: "turns forty-five next week" is forty-four
    # now, "was not yet thirty years old" at most twenty-nine — and no age of thirty.
    for pattern, prefix, cues in ((_TURNS_SOON, "", ("turn", "will be")),
                                  (_NOT_YET, _AT_MOST, ("yet",))):
        if not any(cue in text for cue in cues):
            continue
        for match in pattern.finditer(text):
            named = number_of(next(g for g in match.groups() if g).lower())
            if named is not None and 1 < named < 100:
                found = [f for f in found if not (
                    f[0] == "age" and match.start() <= f[1] < match.end())]
                found.append(("age", match.start(), prefix + _words_for(named - 1), "",
                              match.end()))
    for attribute, value, pattern in _OBLIQUE:
        for match in pattern.finditer(text):
            pronoun = (match.groupdict().get("pronoun") or "").lower()
            number = next((g for g in match.groups() if g and g.lower() != pronoun), "")
            found.append((attribute, match.start(),
                          value + number.lower() if value == _AT_MOST else value, pronoun,
                          match.end()))
    if any(person in text for person in _PERSON_OF):
        for match in _AGE_OF.finditer(text):
            pronoun = (match.group("pronoun") or "").lower()
            number = next(g for g in match.groups() if g and g.lower() != pronoun)
            found.append(("age", match.start(), number.lower().replace(" ", "-"), pronoun,
                          match.end()))
    opening = AT_AGE_OPENING.match(text)
    if opening is not None and (number_of(opening.group(1).lower()) or 0) >= _YOUNGEST_AT:
        # "At eighty-two he had buried…" (the pronoun's); "At seventy-one, Shosho had never
        # seen the sea" (the name's, which `_subject` reads after the value).
        found.append(("age", opening.start(1), opening.group(1).lower(),
                      (opening.group("pronoun") or "").lower(), opening.end()))
    fragment = AGE_FRAGMENT.match(text)
    if fragment is not None and (number_of(fragment.group(1).lower()) or 0) >= _YOUNGEST_AT:
        found.append(("age", fragment.start(1), fragment.group(1).lower(), "", fragment.end()))
    if any(cue in text for cue in _AGE_IN_PASSING_CUES):
        for match in _AGE_IN_PASSING.finditer(text):
            number = next(g for g in match.groups() if g).lower().replace(" ", "-")
            age = number_of(number)
            if match.group(1) or (age is not None and age >= _YOUNGEST_AT):
                found.append(("age", match.start(), number, "", match.end()))
    if any(hint in text for hint in _MEASURE_HINTS):
        measures = _measures(text)
        if measures:
            # "the tallest woman in the centre, five foot nine": the measure after a word for
            # the height says it exactly.
            found = [f for f in found if not (
                f[0] == "height" and f[1] < measures[0][1] and _inches(f[2]) is None)]
        found.extend(measures)
    return found


def _measures(text: str) -> list[tuple[str, int, str, str, int]]:
    """Heights in feet and inches, as `stated_values` gives them; the value is "5 ft 2 in"."""
    found = []
    for match in _MEASURE.finditer(text):
        feet, inches = number_of(match.group("feet").lower()), match.group("inches")
        inch = number_of(inches.lower()) if inches else 0
        if feet is not None and inch is not None:
            # "All six foot three of him": whose, the pronoun says.
            pronoun = (match.group("whole") or "").lower()
            found.append(("height", match.start(), f"{feet} ft {inch} in", pronoun, match.end()))
    return found


def _value(match: re.Match[str]) -> str:
    raw = next(g for g in match.groups() if g)
    return SAME.get(raw.lower(), raw.lower().replace(" ", "-"))


# "Dark" or "pale" said alone is no hue: dark eyes may be brown or black, pale ones blue or
# grey. Each clashes only with the hues at the other end — for dark eyes, also green and blue,
# which no one calls dark unless the word says so ("dark blue" is blue).
_SHADE_CLASHES = {"dark": frozenset({"pale", "blond", "white", "silver", "golden", "green",
                                     "blue"}),
                  "pale": frozenset({"dark", "black", "brown", "brunette", "chestnut"})}

# Heights (in inches) no one would call tall, or short: up to five foot three is below even a
# grown woman's average height (about five foot four), so "tall" is never said of it.
_SHORT_AT = 63

_TALL_AT = 72


def conflict(a: str, b: str) -> bool:
    """Two values that cannot both be true: different, except that an age seen as "no more
    than thirty" agrees with any age up to thirty (and with another such bound), "dark" agrees
    with brown and "pale" with grey (`_SHADE_CLASHES`), "58" agrees
    with "fifty-eight", heights in feet and inches an inch apart agree (boots, posture), and a
    measured height clashes with a word for one only when far from it ("tall", five feet)."""
    if a == b:
        return False
    for shade, other in ((a, b), (b, a)):
        if shade in _SHADE_CLASHES:
            return other in _SHADE_CLASHES[shade]
    inches_a, inches_b = _inches(a), _inches(b)
    if inches_a is not None and inches_b is not None:
        return abs(inches_a - inches_b) > 1
    if inches_a is not None or inches_b is not None:
        # A word for height against a measure, with room to spare: "a tall woman" is not
        # "barely five feet", nor "short" six foot.
        measure, word = (inches_a, b) if inches_a is not None else (inches_b, a)
        return (word == "tall" and measure <= _SHORT_AT) or (
            word == "short" and measure >= _TALL_AT)
    number_a, number_b = number_of(a), number_of(b)
    if number_a is not None and number_b is not None:
        return number_a != number_b
    bound_a, bound_b = a.startswith(_AT_MOST), b.startswith(_AT_MOST)
    if bound_a and bound_b:
        return False
    if bound_a or bound_b:
        bound, exact = (a, b) if bound_a else (b, a)
        limit, age = number_of(bound[len(_AT_MOST) :]), number_of(exact)
        return limit is not None and age is not None and age > limit
    return True


_INCHES_VALUE = re.compile(r"(\d+) ft (\d+) in")


def _inches(value: str) -> int | None:
    """"5 ft 2 in" (a height as `stated_values` gives it) -> 62; None for anything else."""
    match = _INCHES_VALUE.fullmatch(value)
    return int(match.group(1)) * 12 + int(match.group(2)) if match else None


def number_of(words: str) -> int | None:
    """"thirty-four" -> 34, "9" -> 9; None for anything else."""
    if words.isdigit():
        return int(words)
    if not words:
        return None
    total = 0
    for part in re.split(r"[- ]", words):
        if part == "and":
            continue  # "four-and-thirty"
        if part not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[part]
    return total
