"""When in the story a sentence is told, for checks of what time changes (a character's age).

A family saga says its years ("by the second week of January 1963", "in the autumn of 1938")
or that years pass ("Ten years later"). Two ages of one character agree when the years named
before each account for the difference; where the text says years pass without naming them,
nothing can be said against the ages — unless it counts them from a year told in the past
perfect ("had come up in 1968 … Nine years later"), which leads back to the story's present,
not past it. A month a past moment is named by ("had been seventeen that November") is the
one the story last told as it happened (`month_told`). A dateline ("June 1990.") or a date
opening a chapter's first paragraph ("August, 1958. On Sundays…") says when what follows is
told (`dateline_year`) — and, in the present tense, in a later year named after it, not in
one named above it (`present_under_dateline`); in the past tense, of the last season or
month of a year it has gone back to since (`season_since_dateline`), or as many years before
it as its paragraph counts back ("two winters ago": `years_ago_in_paragraph`). The years and
the passings of each chapter are read from its text once and kept in the manuscript's memo by
that text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from operator import attrgetter

from app.core.checks.attribute_values import number_of
from app.core.checks.cues import quote_open, quoted_at
from app.core.manuscript import Manuscript, SentenceView
from app.core.text import CAPITAL, MONTHS, Paragraph, paragraphs

_MEMO = "checks.story_time"
# A year a story is set in: four digits from 1500 to 2099, not part of a longer number, or
# a year of the story's own calendar ("Station Year 31", "Imperial Year 412").
_YEAR = re.compile(r"(?<!\d[,.])\b(1[5-9]\d\d|20\d\d)\b(?![.,]\d)|"
                   rf"\b{CAPITAL}[a-z]+\s+Year\s+(\d{{1,4}})\b")
# "Ten years later", "years passed", "eleven years on", "a decade later".
# "Ten years on, she…" but not "twenty years on those docks".
# How many: "Ten years later", "a decade later", "twenty-two years later" (the group
# "count", with "unit"); the others say years pass without counting them.
_YEARS_PASS = re.compile(
    r"\b(?:years|decades?)\s+(?:later|passed|went\s+by|had\s+passed|had\s+gone\s+by)\b|"
    r"\b(?:years|decades?)\s+on\s*[,.;]|\b(?P<count>a|an|\d+|(?:[a-z]+-)?[a-z]+)\s+"
    # "It is March again, eleven years after the Monday when…"
    r"(?P<unit>years?|decades?)\s+(?:later\b|after\s+(?:the|that|this)\s+(?=\w+\s+(?:when|that)\b))",
    re.IGNORECASE)


# Years counted from an event told in the past perfect, with its year, in the same sentence or
# the one before ("she had come up from Ponce in 1968 … Nine years later she still said so",
# "he had been ordained in 1952 and called to a parish two years later"): they lead from a
# time before the story's present at most up to it, and the story does not move on.
# "had" before a determiner or "to" is the verb itself ("had a dog in 1968"), no past perfect.
_PAST_PERFECT = r"\bhad\s+(?!(?:a|an|the|no|to|his|her|their|its|my|our|your|some)\b)"
_SINCE_PAST_PERFECT = re.compile(
    _PAST_PERFECT + r"[^.!?]*?"
    r"\b(?:1[5-9]\d\d|20\d\d)\b[^.!?]*(?:[.!?][\"”’]?\s+[^.!?]*)?$", re.IGNORECASE)
# How far back (in characters) the past perfect is looked for before "years later".
_SINCE_REACH = 300


# An event told in the past perfect: "a shell had come through its roof".
_PAST_PERFECT_VERB = re.compile(_PAST_PERFECT + r"[a-z]", re.IGNORECASE)
# How many sentences back a month a past moment names ("that November") is looked for.
_MONTH_REACH = 400


# A year dated by its month or season ("By the middle of September 1951", "in the spring of
# 1951", "on June 3, 1944", "August, 1958"): when something happens, not a year spoken of
# ("about 1989").
_DATED = re.compile(rf"\b(?:{'|'.join(sorted(MONTHS))}|spring|summer|autumn|fall|winter),?\s+"
                    r"(?:of\s+|\d{1,2}(?:st|nd|rd|th)?,?\s+)?(1[5-9]\d\d|20\d\d)\b",
                    re.IGNORECASE)


# A year closing a span: "1974–1977", "1944-47" (the dash after the span's first year), or
# "1972 to 1979" (the span written out, as a heading or a gravestone writes it: "Part Two —
# 1972 to 1979").
_SPAN_END = re.compile(r"\b\d{4}(?:\s*[–-]|\s+to)\s*$")


# The present a story is told from, said right before a year.
_FRAME = re.compile(r"\b(?:it\s+is|it['’]s|I\s+am|now|today|this\s+year)\b[^.;!?]*$",
                    re.IGNORECASE)


# What a paragraph must hold for _YEAR or _YEARS_PASS to match in it. Both patterns open on a
# word boundary, which keeps the regex engine from skipping ahead, so running them over a
# whole novel costs more than the rest of this module; a cheap search picks the few
# paragraphs worth running them on.
_HAS_YEAR = re.compile(r"\d|Year")
_HAS_PASSING = re.compile(r"year|decade", re.IGNORECASE)


def _matches_in(pattern: re.Pattern[str], text: str, found_paragraphs: list[Paragraph],
                has: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of a pattern in the paragraphs that hold what it needs, in text order."""
    for paragraph in found_paragraphs:
        if has.search(text, paragraph.start, paragraph.end):
            yield from pattern.finditer(text, paragraph.start, paragraph.end)


def _first_line_end(text: str, start: int, end: int) -> int:
    """Where the first line of the paragraph text[start:end] ends."""
    found = text.find("\n", start, end)
    return end if found < 0 else found


# A year told in the past perfect, or as the time since when something holds.
_BEFORE_NOW = re.compile(r"\b(?:had|since)\b[^.!?]*$", re.IGNORECASE)
_BEFORE_REACH = 80

# How long a dateline may be, in characters: "Hanau, American Zone, Germany, 3 March 1946".
_DATELINE_LENGTH = 60
# A word in lower case: before a date, it makes a sentence of the paragraph, no dateline.
_LOWER_WORD = re.compile(r"\b[^\W\d_A-Z]")


# A first sentence that is only a date: "August, 1958.", "3 June 1944.", "Spring 1951.",
# "1958.".
_OPENS_ON_DATE = re.compile(rf"\W*(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_DATED.pattern}|"
                            r"(1[5-9]\d\d|20\d\d))\.(?:\s|$)", re.IGNORECASE)


# A chapter's first sentence opening on a season dated by a life, with no year in it: "The
# summer I was twelve, the world began at…", "The winter my father went north, …".
_OPENS_ON_LIFE_SEASON = re.compile(
    r"\W*The\s+(?:spring|summer|autumn|fall|winter)\s+(?:I|we|he|she|they|my|our|his|her|"
    r"their|when|after|before)\b[^.!?]*[.!?]")


def _season_dated(text: str, start: int, offset: int) -> bool:
    """Whether the year at `offset` is dated by a month or season ("in the summer of 1968"),
    looked for no further back than `start`."""
    dated = _DATED.search(text, max(start, offset - _SEASON_REACH), offset + 4)
    return dated is not None and dated.start(1) == offset


class _Chapter:
    """One chapter text's named years and passings of years, by offset."""

    __slots__ = ("before", "dated_at", "dated_years", "frames", "heading_texts",
                 "heading_years", "headings", "openings", "passed", "passings", "span_ends",
                 "year_at", "years")

    def __init__(self, text: str) -> None:
        found_paragraphs = paragraphs(text)
        found = [(m.start(), int(m.group(1) or m.group(2)))
                 for m in _matches_in(_YEAR, text, found_paragraphs, _HAS_YEAR)]
        self.year_at = [offset for offset, _year in found]
        self.years = [year for _offset, year in found]
        # "Addis Ababa, 1974–1977": a year closing a span is where it ends, not a year the
        # story has reached.
        self.span_ends = [_SPAN_END.search(text, max(0, offset - 10), offset) is not None
                          for offset, _year in found]
        # "I am seventy-nine now, and it is the autumn of 1990": the year a memoir is told
        # in, not the years it tells.
        self.frames = [_FRAME.search(text, max(0, offset - 40), offset) is not None
                       for offset, _year in found]
        # "his boat had struck a mine in the December of 1944", "a widow since the winter of
        # 1956": a year before the story's present, which may be any later one.
        self.before = [_BEFORE_NOW.search(text, max(0, offset - _BEFORE_REACH), offset)
                       is not None for offset, _year in found]
        # Datelines: a short paragraph opening on a date, or a place and a date ("June
        # 1990.", "June 20, 1938. Naknek.", "Lavik, June 1970"), or such a line with a note
        # under it ("Kaunas, 21 July 1944 / (Delivered through the Red Cross in April 1945)"):
        # when what follows is told.
        lines = [(p.start, _first_line_end(text, p.start, p.end)) for p in found_paragraphs]
        datelines = [(start, _DATED.search(text, start, end)) for start, end in lines
                     if end - start <= _DATELINE_LENGTH]
        datelines = [(start, dated) for start, dated in datelines if dated is not None
                     and not _LOWER_WORD.search(text, start, dated.start())]
        dates = {start: int(dated.group(1)) for start, dated in datelines}
        # Each chapter's first prose paragraph (start, end): the document's first, or the one
        # after a heading.
        self.openings = [(p.start, p.end) for before, p in zip(
            [None, *found_paragraphs], found_paragraphs, strict=False)
            if not p.heading and (before is None or before.heading)]
        # A chapter whose first paragraph opens on its date ("August, 1958. On Sundays the row
        # house…") is told then, as under a dateline of its own.
        for start, end in self.openings:
            opens_dated = _OPENS_ON_DATE.match(text, start, end)
            if opens_dated is not None:
                dates.setdefault(start, int(opens_dated.group(1) or opens_dated.group(2)))
        # "The summer I was twelve, …": a chapter that opens on a season it dates by a life,
        # not by the calendar, is told of that season; a bare year it names on the way ("they
        # never laid eyes on each other until … in 1947") is of a time spoken of, before it.
        for start, end in self.openings:
            opens = _OPENS_ON_LIFE_SEASON.match(text, start, end)
            if opens is None or _YEAR.search(text, start, opens.end()):
                continue
            stop = min((at for at in (p.start for p in found_paragraphs if p.heading)
                        if at > start), default=len(text))
            for index, offset in enumerate(self.year_at):
                if start <= offset < stop and not _season_dated(text, start, offset):
                    self.before[index] = True
        self.dated_at = sorted(dates)
        self.dated_years = [dates[start] for start in self.dated_at]
        passings = [m for m in _matches_in(_YEARS_PASS, text, found_paragraphs, _HAS_PASSING)
                    if not _counted_from_before(text, m.start())]
        self.passings = [m.start() for m in passings]
        self.passed = [_years_in(m) for m in passings]
        heads = [p for p in found_paragraphs if p.heading]
        self.headings = [p.start for p in heads]
        self.heading_texts = [text[p.start : p.end] for p in heads]
        # "Chapter Two: 1979": the year a heading names is its chapter's present.
        self.heading_years: list[int | None] = []
        for head in heads:
            year = _YEAR.search(text, head.start, head.end)
            self.heading_years.append(int(year.group(1) or year.group(2)) if year else None)


# An age told of a time counted back from the story's present: "Inaya was nine that monsoon,
# seventeen years ago".
# A season counts a year: "two winters ago".
_YEARS_AGO = re.compile(r"\b(?P<count>a|an|\d+|(?:[a-z]+-)?[a-z]+)\s+(?P<unit>years?|decades?|"
                        r"winters|summers|springs|autumns)\s+(?:ago|before\s+(?:that|then))\b",
                        re.IGNORECASE)


def calendar_years(text: str) -> list[int]:
    """The years of the calendar `text` names ("4 March 2025" 2025), in order."""
    return [int(found.group(1)) for found in _YEAR.finditer(text) if found.group(1)]


def years_ago(text: str) -> int | None:
    """How many years back a sentence says it tells of ("seventeen years ago" 17), if it
    counts them once."""
    counted = {_years_in(found) for found in _YEARS_AGO.finditer(text)}
    return counted.pop() if len(counted) == 1 else None


def years_ago_in_paragraph(view: SentenceView) -> int | None:
    """How many years back from its own time the sentence's paragraph, up to the end of the
    sentence, says it tells of ("Word came to us two winters ago … He was twenty-seven." 2),
    if it counts them once — with "ago", not "before then", which counts from another time."""
    paragraph = view.paragraph
    if paragraph is None:
        return None
    counted = {_years_in(found) for found in _YEARS_AGO.finditer(
        paragraph.text, 0, view.end - view.base) if found.group(0).lower().endswith("ago")}
    return counted.pop() if len(counted) == 1 else None


def _years_in(passing: re.Match[str]) -> int | None:
    """How many years a passing counts ("Ten years later" 10, "a decade later" 10); None
    for one that counts none ("years passed") and for words no number ("many years")."""
    count = passing.group("count")
    if count is None:
        return None
    number = 1 if count.lower() in ("a", "an") else number_of(count.lower())
    if number is None:
        return None
    return number * (10 if passing.group("unit").lower().startswith("decade") else 1)


def _counted_from_before(text: str, passing: int) -> bool:
    """Whether the years said to pass at `passing` are counted from a year told in the past
    perfect just before (`_SINCE_PAST_PERFECT`)."""
    return _SINCE_PAST_PERFECT.search(text, max(0, passing - _SINCE_REACH), passing) is not None


def _chapter(manuscript: Manuscript, document: str) -> _Chapter:
    held: dict[str, tuple[str, _Chapter]] = manuscript.memo.setdefault(_MEMO, {})
    text = manuscript.documents[document].text
    kept = held.get(document)
    if kept is None or kept[0] is not text:
        kept = held[document] = (text, _Chapter(text))
    return kept[1]


def year_of(manuscript: Manuscript, view: SentenceView, present: bool = False) -> int | None:
    """The year of the chapter's heading ("Chapter Two: 1979"), else the latest year the
    chapter names up to the end of this sentence (not one closing a span: "1974–1977", "1972 to
    1979"), else the last year an earlier one names.
    With `present`, years told as before the story's present ("had struck a mine in 1944",
    "a widow since 1956") are passed over, in an earlier chapter too: the present may be any
    year after them, and is at least the last year that chapter tells as happening."""
    own = _chapter(manuscript, view.document)
    heading = bisect_right(own.headings, view.start) - 1
    if heading >= 0 and own.heading_years[heading] is not None:
        return own.heading_years[heading]
    # The latest year the chapter has named so far: "In Station Year 39 … She had married
    # Jory in Station Year 33 … She was sixty now" is told in 39.
    start = own.headings[heading] if heading >= 0 else 0
    # (Not a year closing a span, "Addis Ababa, 1974–1977": the story opens at its first.)
    named = [(year, frame) for offset, year, frame, before, span_end in zip(
        own.year_at, own.years, own.frames, own.before, own.span_ends, strict=True)
        if start <= offset < view.end and not (present and before) and not span_end]
    if any(not frame for _year, frame in named):
        return max(year for year, frame in named if not frame)
    if named:
        return max(year for year, _frame in named)
    # (A chapter naming only years before its present is told after the last year an
    # earlier one names.)
    found = _last_before(manuscript, view.document, start if present else view.end,
                         attrgetter("year_at"))
    if found is None:
        return None
    chapter, last = found
    if not present:
        return chapter.years[last]
    # With `present`, a year told as before the present ("since 1948 the flag had hung") does
    # not set it: the last year that chapter tells as happening does ("In the spring of
    # 1952"); a chapter that tells none leaves it unknown.
    section = bisect_right(chapter.headings, chapter.year_at[last]) - 1
    section_start = chapter.headings[section] if section >= 0 else 0
    while last >= 0 and chapter.year_at[last] >= section_start:
        if not chapter.before[last]:
            return chapter.years[last]
        last -= 1
    return None


def dateline_year(manuscript: Manuscript, view: SentenceView) -> int | None:
    """The year of the last dateline ("June 1990.") before the sentence, in its chapter or
    one before: when a story told in the present tense is, whatever past years it names on
    the way ("he came ashore for good in 1982")."""
    found = _last_before(manuscript, view.document, view.end, attrgetter("dated_at"))
    return None if found is None else found[0].dated_years[found[1]]


def present_under_dateline(manuscript: Manuscript, view: SentenceView) -> int | None:
    """The year a sentence told in the present tense under a dateline is of: the dateline's
    ("June 1990. … Torbjørn Sætre is forty-six; he came ashore for good in 1982"), or a later
    year the text names after it, up to the sentence, as happening, not as before the present.
    Years named above the dateline are of another time: a note that a diary's pages "were
    submitted to the Office in 2011" does not date the entry under "Diyarbakır, 20 January
    2000". None when no dateline comes before the sentence."""
    found = _last_before(manuscript, view.document, view.end, attrgetter("dated_at"))
    if found is None:
        return None
    chapter, index = found
    dated, since = chapter.dated_years[index], chapter.dated_at[index]
    own = _chapter(manuscript, view.document)
    if chapter is not own or bisect_right(own.headings, view.start) > bisect_right(
            own.headings, since):
        # A heading since ("Part Two: 1944–1947") opens another part, which the dateline of
        # one before does not date: the story's year there, if later, is the part's.
        return max(dated, year_of(manuscript, view) or dated)
    later = [year for offset, year, before in zip(own.year_at, own.years, own.before,
                                                   strict=True)
             if since <= offset < view.end and not before]
    return max([dated, *later])


def _last_before(manuscript: Manuscript, document: str, end: int,
                 offsets: Callable[[_Chapter], list[int]]) -> tuple[_Chapter, int] | None:
    """(chapter, index) of the last of a chapter's offsets of a kind (`_Chapter.year_at`,
    `_Chapter.dated_at`) before `end` in `document`, else the last in the nearest chapter
    before it that has any."""
    documents = list(manuscript.documents)
    for earlier in reversed(documents[: manuscript.order[document] + 1]):
        chapter = _chapter(manuscript, earlier)
        at = offsets(chapter)
        count = bisect_right(at, end - 1) if earlier == document else len(at)
        if count:
            return chapter, count - 1
    return None


# A paragraph that opens on when it is: "In July of 1961, when the fighting broke out…".
_OPENS_DATED = re.compile(rf"\W*(?:In|By|On|During|That)\s+(?:the\s+)?(?:(?:early|late|middle|"
                          rf"last|first)\s+(?:days\s+)?(?:of\s+)?)?{_DATED.pattern}",
                          re.IGNORECASE)


# A sentence that goes back to the year just named: "That was the year Dona Conceição had died."
_THAT_YEAR = re.compile(r"\W*(?:That|This)\s+(?:was\s+)?(?:the\s+)?year\b")


def year_just_named(manuscript: Manuscript, view: SentenceView) -> int | None:
    """The year a sentence, or the one before it in its paragraph, goes back to ("She had led
    the baianas since 1986. That was the year Dona Conceição had died. She had been
    eighty-two"): the last year named before that sentence, in its paragraph or the sentence
    just before it. A paragraph that opens on "That year" after one naming no year ("That
    year I was eleven", paragraphs after "she married Pa in 1981") goes back to no year named:
    the story's own, its chapter's."""
    paragraph = view.paragraph
    if paragraph is None:
        return None
    for number in (view.number, view.number - 1):
        if number < 0:
            continue
        sentence = paragraph.sentences[number]
        if _THAT_YEAR.match(paragraph.text, sentence.start, sentence.end):
            chapter = _chapter(manuscript, view.document)
            count = bisect_right(chapter.year_at, view.base + sentence.start - 1)
            return chapter.years[count - 1] if count and chapter.year_at[count - 1] >= (
                _told_from(manuscript, view, number)) else None
    return None


def _told_from(manuscript: Manuscript, view: SentenceView, number: int) -> int:
    """Where a year `year_just_named` goes back to may be named from: the start of the
    paragraph of `view`, or — for its sentence `number` opening it — of the sentence before,
    in the same document ("She had led the baianas since 1986. / That was the year…")."""
    if number > 0:
        return view.base
    order = view.order - view.number
    before = manuscript.sentence_list[order - 1] if order > 0 else None
    return before.start if before is not None and before.document == view.document else (
        view.base)


def paragraph_year(manuscript: Manuscript, view: SentenceView) -> int | None:
    """The year the sentence's paragraph opens on, dated by month or season ("In July of
    1961, when the fighting broke out at Bizerte, …"): the time the paragraph tells of, a
    flashback's as much as the present's."""
    paragraph = view.paragraph
    if paragraph is None:
        return None
    dated = _OPENS_DATED.match(paragraph.text)
    return int(dated.group(1)) if dated is not None else None


def year_before_in_paragraph(manuscript: Manuscript, view: SentenceView) -> int | None:
    """The last year the sentence's paragraph names before it, if it is told as a time things
    happen ("He died in the winter of 1979, … Gina was twenty."): not one told in the past
    perfect or as the time since when something holds ("had come ashore in 1982", "and then
    in the spring of 1986 she had married"), nor the year a memoir is told in."""
    chapter = _chapter(manuscript, view.document)
    last = bisect_left(chapter.year_at, view.start) - 1
    if last < 0 or chapter.year_at[last] < view.base or chapter.before[last] or (
            chapter.frames[last]):
        return None
    # (Its sentence in the past perfect, whatever the words before the year: a time before
    # the story's present, which the next sentence in the simple past comes back to.)
    if _in_past_perfect(manuscript.documents[view.document].text, chapter.year_at[last]):
        return None
    return chapter.years[last]


def season_since_dateline(manuscript: Manuscript, view: SentenceView) -> int | None:
    """The year of the last time the text names by its season or month since the dateline
    above the sentence, in its chapter, as a time things happen ("Stockholm, August 1991. …
    So when, in the summer of 1956, a letter came … She was thirty-eight."): a story under a
    dateline that goes back to a named season tells what follows, in the past tense, of it —
    unless a year named later, as happening, moves it on. None when that last year is not so
    dated, or is not before the dateline's."""
    chapter = _chapter(manuscript, view.document)
    found = bisect_right(chapter.dated_at, view.start - 1)
    if not found:
        return None
    since, dated = chapter.dated_at[found - 1], chapter.dated_years[found - 1]
    text = manuscript.documents[view.document].text
    line_end = _first_line_end(text, since, view.start)
    for index in range(bisect_left(chapter.year_at, view.start) - 1, -1, -1):
        offset = chapter.year_at[index]
        if offset < line_end:
            return None
        if chapter.before[index] or chapter.frames[index] or _in_past_perfect(text, offset):
            # "who had died of pneumonia in 1949", "In the spring of 1968 our family had given
            # away a saddle": before the time told
            continue
        year = chapter.years[index]
        season = _DATED.search(text, max(line_end, offset - _SEASON_REACH), offset + 4)
        if season is None or season.start(1) != offset or year >= dated:
            return None
        if _dateline_month_again(manuscript, view.document, since, season, view.start):
            return None
        return year
    return None


def _dateline_month_again(manuscript: Manuscript, document: str, since: int,
                          season: re.Match[str], end: int) -> bool:
    """Whether the text names the dateline's month again, outside speech and with no year,
    between a season it has gone back to and `end` ("Chapter Three: August 1991 … My mother
    died in the winter of 1988. … The seventh of August came round again"): it is back at the
    dateline's time, and the season no longer dates what follows. Not when the season is that
    month itself ("in August 1956 … that August")."""
    text = manuscript.documents[document].text
    dateline = _DATED.search(text, since, _first_line_end(text, since, end))
    if dateline is None:
        return False
    month = dateline.group(0).split()[0].rstrip(",").capitalize()
    if month.lower() not in MONTHS or season.group(0).lower().startswith(month.lower()):
        return False
    # The month alone, not a date of another year ("August 1956", "August 3, 1956").
    again = re.compile(rf"\b{month}\b(?!,?\s+(?:\d{{1,2}}\w*,?\s+)?\d{{4}})")
    return any(not quoted_at(manuscript, document, found.start())
               for found in again.finditer(text, season.end(), end))


# How far before its year a season or month naming it may stand ("the summer of 1956").
_SEASON_REACH = 24


def _in_past_perfect(text: str, offset: int) -> bool:
    """Whether the sentence of `text` holding `offset` is told in the past perfect."""
    start = max(text.rfind(mark, 0, offset) for mark in ".!?\n") + 1
    ends = [at for at in (text.find(mark, offset) for mark in ".!?\n") if at >= 0]
    return told_in_past_perfect(text, start, min(ends, default=len(text)))


def opening_year(manuscript: Manuscript, view: SentenceView) -> int | None:
    """The year the sentence's chapter (its document, or the part after the last heading
    before it) opens in: its heading's ("Chapter Two: 1951"), else the year its first
    paragraph dates with a month or a season outside speech ("By the middle of September
    1951") — not a year the chapter only speaks of later on, nor the date of a record it
    speaks of ("beside the entry of 2 February 1895")."""
    chapter = _chapter(manuscript, view.document)
    heading = bisect_right(chapter.headings, view.start) - 1
    if heading >= 0 and chapter.heading_years[heading] is not None:
        return chapter.heading_years[heading]
    opening = bisect_right(chapter.openings, (view.start, float("inf"))) - 1
    if opening < 0:
        return None
    start, end = chapter.openings[opening]
    if heading >= 0 and start < chapter.headings[heading]:
        return None  # a chapter opening on its heading alone
    text = manuscript.documents[view.document].text
    for dated in _DATED.finditer(text, start, end):
        if not quote_open(text[start : dated.start()]) and not _DATED_THING.search(
                text, max(start, dated.start() - _DATED_THING_REACH), dated.start()):
            return int(dated.group(1))
    return None


# The date of a record or a letter the chapter speaks of, not when it is: "In the margin of
# the baptismal book, beside the entry of 2 February 1895", "the letter of March 1902".
_DATED_THING = re.compile(r"\b(?:entry|entries|letter|letters|record|register|page|edition|"
                          r"issue|minutes|decree|certificate|deed|telegram|notice)\s+"
                          r"(?:of|dated|for)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+"
                          r"(?:of\s+)?)?$", re.IGNORECASE)
# How far back (in characters) before the date the record is looked for.
_DATED_THING_REACH = 40


def heading_of(manuscript: Manuscript, view: SentenceView) -> str | None:
    """The text of the last heading at or before the sentence in its document ("Chapter
    Two: Rhys"), if any."""
    own = _chapter(manuscript, view.document)
    heading = bisect_right(own.headings, view.start) - 1
    return own.heading_texts[heading] if heading >= 0 else None


def chapter_at(manuscript: Manuscript, document: str, offset: int) -> tuple[str, int]:
    """Which chapter holds a place in a document: the document and the number of headings at
    or before the offset (chapters may be documents, or parts of one under headings)."""
    return document, bisect_right(_chapter(manuscript, document).headings, offset)


def chapter_start(manuscript: Manuscript, document: str, offset: int) -> int:
    """Where the chapter holding a place in a document begins: the last heading at or
    before it, else the document's start."""
    headings = _chapter(manuscript, document).headings
    return headings[bisect_right(headings, offset) - 1] if headings and headings[0] <= offset else 0


def year_named_in_chapter(manuscript: Manuscript, view: SentenceView) -> bool:
    """Whether the chapter holding the sentence (its document, or the part after the last
    heading before it) names a year by the end of the sentence — not one a flashback in an
    earlier chapter named."""
    chapter = _chapter(manuscript, view.document)
    start = chapter_start(manuscript, view.document, view.start)
    return any(start <= offset < view.end for offset in chapter.year_at)


def years_pass_between(manuscript: Manuscript, first: SentenceView,
                       second: SentenceView) -> bool:
    """Whether the text says years pass ("Ten years later") after the first sentence and by
    the end of the second."""
    return _said_between(manuscript, first, second, attrgetter("passings"))


def years_counted_between(manuscript: Manuscript, first: SentenceView,
                          second: SentenceView) -> int | None:
    """How many years the text says pass after the first sentence and by the end of the
    second, when it counts each passing there ("Ten years later"); None when it says none
    pass there or does not count one of them ("Years passed")."""
    counted = [chapter.passed[number] for chapter, number in _found_between(
        manuscript, first, second, attrgetter("passings"))]
    if not counted or None in counted:
        return None
    return sum(years for years in counted if years is not None)


def years_named_between(manuscript: Manuscript, first: SentenceView,
                        second: SentenceView) -> bool:
    """Whether the text names a year after the first sentence and by the end of the second
    ("in the March of 1941 … By the summer of 1951"): the story's calendar moves on."""
    return _said_between(manuscript, first, second, attrgetter("year_at"))


def _said_between(manuscript: Manuscript, first: SentenceView, second: SentenceView,
                  offsets: Callable[[_Chapter], list[int]]) -> bool:
    """Whether a chapter's offsets of a kind (`_Chapter.passings`, `_Chapter.year_at`) hold
    one after the first sentence and by the end of the second."""
    return any(True for _found in _found_between(manuscript, first, second, offsets))


def _found_between(manuscript: Manuscript, first: SentenceView, second: SentenceView,
                   offsets: Callable[[_Chapter], list[int]]) -> Iterator[tuple[_Chapter, int]]:
    """(chapter, index) of each of a chapter's offsets of a kind that lies after the first
    sentence and by the end of the second, in reading order."""
    documents = list(manuscript.documents)
    start, stop = manuscript.order[first.document], manuscript.order[second.document]
    for position in range(start, stop + 1):
        chapter = _chapter(manuscript, documents[position])
        low = first.end if position == start else 0
        high = second.end if position == stop else float("inf")
        for number, offset in enumerate(offsets(chapter)):
            if low <= offset < high:
                yield chapter, number


def told_in_past_perfect(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] tells an event in the past perfect ("…, and a shell had come
    through its roof"): a time before the story's present."""
    return _PAST_PERFECT_VERB.search(text, start, len(text) if end is None else end) is not None


def month_told(manuscript: Manuscript, view: SentenceView, month: str) -> SentenceView | None:
    """The sentence before `view` that last names `month` ("November"), if it tells it as the
    story's own time then ("The trucks came on a Tuesday in the middle of November"): the
    month a later "that November" goes back to. None when that naming is in speech, in the
    past perfect or after "since" ("…had gone out alone on the night of the fourteenth of
    November"), a time before the story's, or when no sentence in reach names the month."""
    named = re.compile(rf"\b{month}\b")
    sentences = manuscript.sentence_list
    for order in range(view.order - 1, max(-1, view.order - 1 - _MONTH_REACH), -1):
        sentence = sentences[order]
        text = manuscript.documents[sentence.document].text
        found = named.search(text, sentence.start, sentence.end)
        if found is None:
            continue
        if quoted_at(manuscript, sentence.document, found.start()) or told_in_past_perfect(
                text, sentence.start, sentence.end) or _BEFORE_NOW.search(
                text, sentence.start, found.start()):
            return None
        return sentence
    return None


# How many sentences back a "that spring" may go to the season's year: about a paragraph.
_SEASON_NAMED_REACH = 8


def season_year(manuscript: Manuscript, view: SentenceView, season: str) -> int | None:
    """The year that the last sentence before `view` to name `season` ("spring", "November")
    dates it with ("He had come home in the spring of 1954." before "Mi-ja had been thirteen
    that spring"): the year a later "that spring" goes back to. None when that sentence names
    the season with no year, or none in the chapter's last few sentences names it."""
    named = re.compile(rf"\b{season}\b", re.IGNORECASE)
    dated = re.compile(rf"\b{season},?\s+(?:of\s+|\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?"
                       r"(1[5-9]\d\d|20\d\d)\b", re.IGNORECASE)
    sentences = manuscript.sentence_list
    for order in range(view.order - 1, max(-1, view.order - 1 - _SEASON_NAMED_REACH), -1):
        sentence = sentences[order]
        if new_chapter_between(manuscript, sentence, view):
            return None
        text = manuscript.documents[sentence.document].text
        if named.search(text, sentence.start, sentence.end) is None:
            continue
        found = dated.search(text, sentence.start, sentence.end)
        return int(found.group(1)) if found is not None else None
    return None


def new_chapter_between(manuscript: Manuscript, first: SentenceView,
                        second: SentenceView) -> bool:
    """Whether a chapter ends between two sentences: they are in different documents, or a
    heading ("Chapter Three") stands between them."""
    if first.document != second.document:
        return True
    headings = _chapter(manuscript, first.document).headings
    return any(first.end <= offset < second.start for offset in headings)

