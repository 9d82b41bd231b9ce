"""Whether the story's time explains two values of one character's attribute.

Ages told at two places are one character's at two times when the years between account for
them: the years the story names before each differ by the ages' difference (a year's slack for
each eight, and a birthday passed: "had turned ninety in October"), the text counts out that
many years between them ("Ten years later"), or says years pass without counting them ("Years
went by"); under a dateline — or a date opening a chapter's first paragraph ("August, 1958. On
Sundays…") — an age in the present tense is of the date's year or a later one named after it
(not one a note above it names), and one in the past tense — or set off by commas in a sentence
told in it ("My mother, nineteen years old with a baby on her hip, sat up"), and not said
with "now" ("Ivar was eight now": the dateline's) — of the year its paragraph has just
named ("He died in the winter of 1979, … Gina was twenty."), or, naming none, of the season
the text has gone back to since the dateline ("So when, in the summer of 1956, a letter came …
She was thirty-eight."), or of the time its paragraph counts back to from the dateline ("Word
came to us two winters ago … He was twenty-seven."); an age told of a moment past ("had been four
when his father drowned", "Hodan had been five." after an event told in the past perfect, or
after the speech a sentence in the past perfect quotes) is not the one the story stands at —
unless that moment is a month the story told as it happened with no years between ("had been
seventeen that November", of the autumn the other age was told in); an age at a moment named by
its season or month ("had been thirteen that spring") is of the year the last sentence to name
that season, a paragraph or so before, dates it with ("in the spring of 1954"). An age in the past
tense right after a sentence that names a year as happening is of that year, dateline or none ("My
father died in the spring of 1966, in his own bed. He was sixty-one."). Two ages a lifetime apart
in one chapter are two people's — and the one of them that her ages in other chapters do not
fit is not hers, weighed against any of them; decades younger as the years go on, a
namesake's. Hair gone grey or white is the years' doing when the story's years move on, or
the first colour's paragraph says it has greyed since. `attribute_drift` asks; this module
reads the times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from app.core.checks.attribute_values import number_of
from app.core.checks.base import CheckContext
from app.core.checks.cues import QUOTE_MARK, quote_open
from app.core.checks.story_time import (
    dateline_year,
    month_told,
    new_chapter_between,
    paragraph_year,
    present_under_dateline,
    season_since_dateline,
    season_year,
    told_in_past_perfect,
    year_before_in_paragraph,
    year_just_named,
    year_named_in_chapter,
    year_of,
    years_ago,
    years_ago_in_paragraph,
    years_counted_between,
    years_named_between,
    years_pass_between,
)
from app.core.manuscript import Manuscript, SentenceView
from app.core.text import CAPITAL

# An age told as the story's present, after others ("nineteen now", "now twenty-nine"), and one
# told of a moment past ("had been four years old when his father drowned", "had been nine
# that November night").
_NOW_BEFORE = re.compile(r"\bnow\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_NOW_AFTER = re.compile(r"^(?:\s+years?\s+old)?,?\s+now\b", re.IGNORECASE)
_HAD_BEEN = re.compile(r"\bhad\s+been\s+$", re.IGNORECASE)
_THEN_AFTER = re.compile(r"[^.;:!?]{0,60}\bthen\b", re.IGNORECASE)
_MOMENT_AFTER = re.compile(
    rf"^(?:\s+years?\s+(?:old|of\s+age))?,?\s+(?:when|that\s+(?:{CAPITAL}[a-z]+\s+)?(?:spring|"
    r"summer|autumn|fall|winter|year|night|morning|evening|day|week|month|time)|that\s+(?:"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Christmas|Easter)|the\s+(?:year|night|day|summer|winter)|"
    # "in the spring of eighteen hundred and nineteen", "in 1819"
    r"in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|year)\s+of|in\s+1[5-9]\d\d)\b")

@dataclass(frozen=True, slots=True)
class Observation:
    attribute: str
    value: str
    sentence: SentenceView
    at: int
    """Where in the document the statement of the value ends (what the quotation keeps)."""
    now: bool = False
    """An age told as the story's present after others ("eighteen now")."""
    then: bool = False
    """An age told of a moment past ("had been four years old when his father drowned")."""
    timed: bool = False
    """An age told of a time the sentence names ("seventeen that March")."""
    elder_or_younger: str | None = None
    """The word of age the name is said with where the value is told ("Young Walter is
    nineteen"): "elder", "younger" or None (`referents.age_epithet`)."""
    turned: bool = False
    """An age told as a birthday passed ("had turned ninety in October")."""
    month: str = ""
    """The month a past moment is named by ("had been seventeen that November")."""


# Years between two ages named, for each of which a year's slack is allowed.
_SLACK_PER = 8
# Years younger than that, later in the story, make another person of the name.
_GENERATION = 10


# What hair turns with the years.
_GREYS = frozenset({"grey", "white", "silver"})
# Hair the story tells has greyed since: "so red-headed … The red hair had gone white since
# then", "her hair is turning grey".
_GONE_GREY = re.compile(r"\bhair\s+(?:had\s+|has\s+|is\s+|was\s+)?(?:gone|turned|going|"
                        r"turning)\s+(?:[a-z]+\s+)?(?:grey|gray|white|silver)\b", re.IGNORECASE)


def greyed(context: CheckContext, first: Observation, second: Observation) -> bool:
    """Whether hair gone grey or white is the years' doing: the later colour is a grey, and
    the story's years move on between the two, or it says years pass, or, naming no year
    at the first, it names years on the way to the second — or the first colour's paragraph
    tells the hair has greyed since ("so red-headed… The red hair had gone white since")."""
    if second.value not in _GREYS or first.value in _GREYS:
        return False
    paragraph = first.sentence.paragraph
    if paragraph is not None and _GONE_GREY.search(paragraph.text):
        return True  # the first colour's own paragraph tells the hair has greyed since
    manuscript = context.manuscript
    if years_pass_between(manuscript, first.sentence, second.sentence):
        return True  # "Ten years later…", whatever year a ledger's spine names after it
    year_first = year_of(manuscript, first.sentence)
    year_second = year_of(manuscript, second.sentence)
    if year_first is not None and year_second is not None:
        return year_second > year_first
    return (
        # a story that names no year at first, then names the years it goes through
        year_first is None and year_second is not None
        and years_named_between(manuscript, first.sentence, second.sentence))


def when_told(view: SentenceView, text: str, start: int, end: int,
               value: str) -> tuple[bool, bool, bool, bool, str]:
    """(now, then, timed, turned, month) for an age stated in text[start:end], the text of
    `view`: told as the present after others, of a moment past, of a time the sentence names,
    as a birthday passed, and the month a past moment is named by (see `Observation`)."""
    at = text.lower().find(value, start, end)
    at = start if at < 0 else at
    after = at + len(value) if at != start else end
    now = bool(_NOW_BEFORE.search(text, max(0, at - 16), at) or _NOW_AFTER.match(text[after:]))
    moment = _MOMENT_AFTER.match(text[after:]) is not None
    # "She had been twenty-seven, her hair long and chestnut then": a past moment too; and
    # "…, and a shell had come through its roof. Hodan had been five.": her age at the event
    # the sentence before tells in the past perfect.
    then = _HAD_BEEN.search(text, max(0, at - 12), at) is not None and (
        moment or _THEN_AFTER.match(text, after) is not None or _after_past_perfect(view))
    turned = _TURNED.search(text, max(0, at - 8), at) is not None
    month = _THAT_MONTH.match(text, after) if then else None
    return now, then, moment, turned, month.group(1) if month is not None else ""


# A past moment named by its month: "had been seventeen that November".
_THAT_MONTH = re.compile(r"(?:\s+years?\s+old)?,?\s+that\s+(January|February|March|April|May|June|"
                         r"July|August|September|October|November|December)\b")


def _after_past_perfect(view: SentenceView) -> bool:
    """Whether the sentence before `view`, in its paragraph, tells an event in the past
    perfect ("When the war came, … a shell had come through its roof."), or, where the
    sentences before are only the rest of a speech, the one that quotes it does ('"…," he had
    told her on the afternoon she signed. "…." She had been nineteen'): what was said then is
    part of the event."""
    paragraph = view.paragraph
    if paragraph is None:
        return False
    text = paragraph.text
    for number in range(view.number - 1, -1, -1):
        before = paragraph.sentences[number]
        if not _speech_only(text, before.start, before.end):
            return told_in_past_perfect(text, before.start, before.end)
    return False


# A letter: narration outside the quotation marks holds one.
_LETTER = re.compile(r"[^\W\d_]")


def _speech_only(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (a sentence of the paragraph `text`) is all inside quotation
    marks: speech, with no narration of its own."""
    inside = quote_open(text[:start])
    last = start
    for mark in QUOTE_MARK.finditer(text, start, end):
        if not inside and _LETTER.search(text, last, mark.start()):
            return False
        inside, last = not inside, mark.end()
    return inside or _LETTER.search(text, last, end) is None


# A birthday passed: "who had turned ninety in October".
_TURNED = re.compile(r"\bturned\s+$", re.IGNORECASE)


# More years than a life holds between two ages of one character: one of the "years" is
# no year of the story ("in her bed in 1507", a flat's number).
_LIFETIME = 120


# Years apart that two ages told in one chapter may be and still be one slip of the pen.
_SLIP_AT_MOST = 30


def generations_apart(context: CheckContext, first: Observation, second: Observation) -> bool:
    """Whether two ages told in one chapter lie a lifetime apart ("Oyunaa was nine that
    spring. … She was seventy that spring"): no slip changes an age so far, so the two are
    someone else's — the grandmother's."""
    age_first, age_second = number_of(first.value), number_of(second.value)
    return (age_first is not None and age_second is not None
            and abs(age_first - age_second) >= _SLIP_AT_MOST
            and not new_chapter_between(context.manuscript, first.sentence, second.sentence))


def told_of_another(context: CheckContext, first: Observation, second: Observation,
                    ages: list[Observation]) -> bool:
    """Whether one of two ages of a character is someone else's: its own chapter tells the
    character an age a lifetime from it (`generations_apart`: "Nell was twenty-four. … She
    was seventy-three that winter"), and that age agrees with the other of the two, by the
    years between them or by being the same — so the two ages that agree are the character's,
    and the "she" a lifetime off is another woman's."""
    for odd, kept in ((first, second), (second, first)):
        for told in ages:
            if told is first or told is second or not generations_apart(context, odd, told):
                continue
            earlier, later = sorted((kept, told), key=attrgetter("sentence.order"))
            if told.value == kept.value or time_explains(context, earlier, later):
                return True
    return False


def time_explains(context: CheckContext, first: Observation, second: Observation) -> bool:
    """Whether the years between two ages of one character account for them: the years the
    story names before each differ by the ages' difference (give or take a birthday), or the
    text counts out that many years between them ("Ten years later"), or says years pass
    without counting them ("Years went by")."""
    manuscript = context.manuscript
    age_first, age_second = number_of(first.value), number_of(second.value)
    if age_first is None or age_second is None:
        return False
    # "eighty-nine years old" … "who had turned ninety in October": a birthday has passed.
    if second.turned and age_second == age_first + 1:
        return True
    # An age at a moment past named by its month, which the story told as it happened with
    # no years between it and the other age ("Warsito was twenty-two that year" in October …
    # "The trucks came … in the middle of November" … twenty years on, "Warsito had been
    # seventeen that November"): both are of one autumn, and nothing explains them.
    if any(past.month and _same_months(manuscript, past, other)
           for past, other in ((first, second), (second, first))):
        return False
    # "He had been four when his father drowned" … "fourteen": an age at a moment past, whose
    # year the chapter's is not.
    if (first.then and age_second > age_first) or (second.then and age_first > age_second):
        return True
    for back_then, age_then, age_now in ((first, age_first, age_second),
                                         (second, age_second, age_first)):
        sentence = back_then.sentence
        back = years_ago(manuscript.documents[sentence.document].text[sentence.start:sentence.end])
        if back is not None and abs(age_now - back - age_then) <= max(1, back // _SLACK_PER):
            # "She is twenty-six" … "Inaya was nine that monsoon, seventeen years ago".
            return True
    counted = years_counted_between(manuscript, first.sentence, second.sentence)
    if counted is not None and abs((age_second - age_first) - counted) <= max(
            1, counted // _SLACK_PER):
        # "Ten years later…": the years the text counts out account for the ages, whatever
        # years a flashback on the way names ("The Chief had died in the rains of 1991").
        return True
    year_first = _year_told(manuscript, first)
    year_second = _year_told(manuscript, second)
    if (year_first is not None and year_second is not None and year_first != year_second
            and abs(year_second - year_first) <= _LIFETIME):
        if year_second > year_first and age_second < age_first - _GENERATION:
            return True  # decades younger as the years go on: a namesake, not a slip
        # Give or take a birthday — and over decades the years a story names in passing are
        # not the day it is told on: a year's slack for each eight.
        years = year_second - year_first
        return abs((age_second - age_first) - years) <= max(1, abs(years) // _SLACK_PER)
    if year_first is None and year_second is not None and age_second > age_first and (
        new_chapter_between(manuscript, first.sentence, second.sentence)
        and year_named_in_chapter(manuscript, second.sentence)
    ):
        return True  # a later chapter first names the story's year: time has run on
    # "He was seventeen that March" … "He was eighteen now": the story has moved on from a
    # moment it named.
    if (first.timed and second.now and age_second > age_first) or (
        second.timed and first.now and age_first > age_second
    ):
        return True
    # Years counted out that do not fit ("Two years later" and ten years older) explain nothing.
    return counted is None and years_pass_between(manuscript, first.sentence, second.sentence)


def _same_months(manuscript: Manuscript, past: Observation, other: Observation) -> bool:
    """Whether the month a past moment is named by ("had been seventeen that November") is
    one the story told as it happened (`story_time.month_told`) with no years passing or named
    between that telling and the other age's sentence: the two ages are of one season."""
    told = month_told(manuscript, past.sentence, past.month)
    if told is None:
        return False
    earlier, later = sorted((told, other.sentence), key=attrgetter("order"))
    return not (years_pass_between(manuscript, earlier, later)
                or years_named_between(manuscript, earlier, later))


# An age told in the present tense: "is forty-six", "are both nine now", "I am twenty-four".
_PRESENT_AGE = re.compile(r"(?:\b(?:is|are|am)|['’]m)\s+(?:now\s+|both\s+)?$", re.IGNORECASE)
# An age told in the past tense: "Gina was twenty."
_PAST_AGE = re.compile(r"\b(?:was|were)\s+(?:only\s+|just\s+|barely\s+)?$", re.IGNORECASE)
# A year said in the sentence itself: "My father had died in 1951, at sixty-seven", "had died
# in March 1985, at fifty-nine" (its month said before it).
_YEAR_IN_SENTENCE = re.compile(r"\b(?:in|of|by)\s+(?:(?:January|February|March|April|May|June|"
                               r"July|August|September|October|November|December)\s+)?"
                               r"(1[5-9]\d\d|20\d\d)\b", re.IGNORECASE)


# An age set off by commas after whom it is told of: "My mother, nineteen years old with a
# baby on her hip, sat up four nights".
_APPOSED = re.compile(r",\s+$")
_YEARS_OLD = re.compile(r"\s+years?\s+old\b", re.IGNORECASE)
# The tense of the sentence it is set in.
_PRESENT_VERB = re.compile(r"\b(?:is|are|am|has|have|does)\b", re.IGNORECASE)
_PAST_VERB = re.compile(r"\b(?:was|were|had|did)\b|\b[a-z]{2,}ed\b", re.IGNORECASE)


def _past_apposition(text: str, told: int, value: str) -> bool:
    """Whether the age at text[told:] is set off by commas ("My mother, nineteen years old
    with a baby on her hip, sat up four nights beside a photograph because there was no
    body") in a sentence told in the past tense: an age in the past tense as much as "She
    was nineteen"."""
    return (_APPOSED.search(text, 0, told) is not None
            and _YEARS_OLD.match(text, told + len(value)) is not None
            and _PAST_VERB.search(text) is not None and _PRESENT_VERB.search(text) is None)


# A moment named by its season or month after the age: "thirteen that spring".
_THAT_SEASON = re.compile(r"(?:\s+years?\s+old)?,?\s+that\s+(spring|summer|autumn|fall|winter|"
                          r"January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)\b", re.IGNORECASE)


def _year_told(manuscript: Manuscript, observation: Observation) -> int | None:
    """The year an age is told of: the one year its sentence names ("died in 1951, at
    sixty-seven"), else the story's year there (`story_time.year_of`)."""
    text = manuscript.documents[observation.sentence.document].text[
        observation.sentence.start : observation.sentence.end]
    told = text.lower().rfind(observation.value, 0, observation.at - observation.sentence.start)
    if told > 0 and _PRESENT_AGE.search(text, 0, told):
        # "June 1990. … Torbjørn Sætre is forty-six; he came ashore for good in 1982": an
        # age in the present tense is told in the dateline's year or later, not in a past
        # year the sentence names.
        dateline = present_under_dateline(manuscript, observation.sentence)
        if dateline is not None:
            return dateline
    # Not a year after the age, told of something else: "seventy-one years old, with hair that
    # had been black as a crow's wing in 1949".
    years = {int(found.group(1)) for found in _YEAR_IN_SENTENCE.finditer(text)
             if told < 0 or found.start() < told}
    if len(years) == 1:
        return years.pop()
    season = _THAT_SEASON.match(text, told + len(observation.value)) if (
        told > 0 and observation.timed) else None
    if season is not None:
        # "He had come home in the spring of 1954. … Mi-ja had been thirteen that spring":
        # the year the season was last named with.
        year = season_year(manuscript, observation.sentence, season.group(1))
        if year is not None:
            return year
    # ("Ivar was eight now", after "In 1952 the mill burned down": "now" is the
    # story's present, not the year the paragraph has just named.)
    if told > 0 and not observation.now and (_PAST_AGE.search(text, 0, told) or _past_apposition(
            text, told, observation.value)) and (dateline := dateline_year(
            manuscript, observation.sentence)) is not None:
        # "August, 1988. Gina Pagano parks her car… He died in the winter of 1979, … Gina was
        # twenty.": a story told under a dateline tells an age in the past tense of a time
        # before its own, the year the paragraph has just named.
        paragraph = year_before_in_paragraph(manuscript, observation.sentence)
        if paragraph is not None:
            return paragraph
        # "Stockholm, August 1991. … So when, in the summer of 1956, a letter came … She was
        # thirty-eight.": or of the season it has gone back to since the dateline.
        season = season_since_dateline(manuscript, observation.sentence)
        if season is not None:
            return season
        # "12 March 1962. My husband is dead. … Word came to us two winters ago … that he had
        # been shot. He was twenty-seven.": or of the time the paragraph counts back to from
        # the dateline.
        back = years_ago_in_paragraph(observation.sentence)
        if back is not None:
            return dateline - back
    if told > 0 and not observation.now and _PAST_AGE.search(text, 0, told):
        # "My father died in the spring of 1966, in his own bed. He was sixty-one.": an age in
        # the past tense right after a sentence that names a year as happening is of that year.
        year = _year_of_sentence_before(manuscript, observation.sentence)
        if year is not None:
            return year
    # "In July of 1961, when the fighting broke out, Salah had gone north. … on the list was
    # the name Salah, aged twenty": a paragraph that opens on its year is told of it.
    return year_just_named(manuscript, observation.sentence) or paragraph_year(
        manuscript, observation.sentence) or year_of(manuscript, observation.sentence,
                                                     present=True)


def _year_of_sentence_before(manuscript: Manuscript, view: SentenceView) -> int | None:
    """The year the sentence before `view`, in its paragraph, names as a time things happen
    (`story_time.year_before_in_paragraph`), if it names one: "My father died in the spring
    of 1966, in his own bed." before "He was sixty-one"."""
    paragraph = view.paragraph
    if paragraph is None or view.number == 0:
        return None
    year = year_before_in_paragraph(manuscript, view)
    before = paragraph.sentences[view.number - 1]
    return year if year is not None and str(year) in paragraph.text[
        before.start : before.end] else None
