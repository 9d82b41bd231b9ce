"""echo: the same uncommon word used twice within a short stretch of prose.

"Window" is the setting `echo_window` (150 words by default). A word is uncommon when it is rare
in everyday English (Zipf frequency below ECHO_ZIPF) and is not a name; words are compared by
their Porter stem so "shimmered" echoes "shimmering". With the setting
`echo_everyday_words`, an everyday content word ("heavy", "traffic": below PLAIN_ZIPF, not a
function word) echoes too when it comes back within SHORT_WINDOW words, the distance at which a
reader still hears it. It is off by default: on Emma it adds about 470 hints to the 106 that
uncommon words give, most of them deliberate repetitions. Even without it, an everyday word
said TRIPLE times within SHORT_WINDOW words ("heavy rain, heavy skies, heavy hearts") is an
echo: no reader misses that one.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from app.core.checks.base import CheckContext, finding_key
from app.core.checks.examples.echo import EXAMPLES as EXAMPLES
from app.core.manuscript import Manuscript
from app.core.model import Finding, Span, WarningKind
from app.core.parsing import ParsedParagraph
from app.core.text import NUMBER_WORDS, Token
from app.core.wordlists import wordlists

if TYPE_CHECKING:
    from nltk.stem.porter import PorterStemmer

RULE = "echo"
KIND = WarningKind.ECHO
ECHO_ZIPF = 3.0
PLAIN_ZIPF = 5.0
SHORT_WINDOW = 15
TRIPLE = 3
"""An everyday word said this many times within SHORT_WINDOW words echoes even with the
everyday-words setting off: a reader hears "heavy rain, heavy skies, heavy hearts"."""
MIN_LENGTH = 5


@lru_cache(maxsize=1)
def _stemmer() -> PorterStemmer:
    """NLTK's Porter stemmer, made when echo first runs: importing NLTK takes about a third
    of a second, which opening the window should not wait for."""
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    return _stemmer().stem(word)


def find(context: CheckContext) -> list[Finding]:
    """Echoes are looked for chapter by chapter, and a chapter's findings depend only on its
    text, title, the window and which of its words are names: they are kept in the run's memo
    under those, so after an edit only the edited chapter is read again."""
    manuscript = context.manuscript
    names = context.lower_name_words
    window = context.settings.echo_window
    everyday = context.settings.echo_everyday_words
    earlier: dict[tuple[str, str, str, int, bool], _Chapter] = manuscript.memo.get(RULE, {})
    kept: dict[tuple[str, str, str, int, bool], _Chapter] = {}
    findings = []
    for document in manuscript.documents:
        doc = manuscript.documents[document]
        key = (document, doc.title, doc.text, window, everyday)
        chapter = earlier.get(key) or kept.get(key)
        if chapter is None or chapter.names != chapter.words & names:
            chapter = _find_in(context, document, names, window, everyday)
        kept[key] = chapter
        findings.extend(chapter.findings)
    manuscript.memo[RULE] = kept
    return findings


@dataclass(frozen=True, slots=True)
class _Chapter:
    words: frozenset[str]
    """The uncommon words of the chapter, names or not: only these can change its findings."""
    names: frozenset[str]
    """Those of `words` that were names when the findings were made."""
    findings: tuple[Finding, ...]


def _find_in(
    context: CheckContext, document: str, names: frozenset[str], window: int, everyday: bool
) -> _Chapter:
    manuscript = context.manuscript
    recent: deque[tuple[int, str, int, Token]] = deque()
    position = 0
    reported: set[str] = set()
    uncommon: set[str] = set()
    findings = []
    # Everyday words as written: where each was last seen, within SHORT_WINDOW words.
    plain: dict[str, list[tuple[int, int, Token]]] = {}
    for placed in manuscript.paragraphs_of(document):
        parsed = placed.parsed
        for index, low, stem, token, rare in _candidates(parsed):
            uncommon.add(low)
            if low in names:
                continue
            # Positions count every word, as `window` does; only candidates are visited, and
            # the window is trimmed when one is, which leaves it as a word-by-word walk would.
            now = position + index + 1
            if not (rare or everyday):
                seen = plain.setdefault(low, [])
                seen.append((now, placed.base, token))
                while now - seen[0][0] > SHORT_WINDOW:
                    del seen[0]
                if len(seen) >= TRIPLE and low not in reported:
                    reported.add(low)
                    findings.append(_triple(context, document, seen[-TRIPLE:]))
                continue
            while recent and now - recent[0][0] > window:
                recent.popleft()
            reach = window if rare else SHORT_WINDOW
            stem = stem or _stem(low)
            for pos, other_stem, other_base, other in recent:
                if other_stem == stem and stem not in reported and now - pos <= reach:
                    reported.add(stem)
                    findings.append(_finding(context, _span(manuscript, document, other_base,
                                                            other),
                                             _span(manuscript, document, placed.base, token)))
                    break
            recent.append((now, stem, placed.base, token))
        position += len(parsed.tokens)
    words = frozenset(uncommon)
    return _Chapter(words, words & names, tuple(findings))


def _title_word(low: str, titles: Mapping[str, str]) -> bool:
    """Whether a word written small is a title, or titles ("a sekuru, the same word as for a
    grandfather", "his two sekurus"): what people are called, however rare the word."""
    return low.capitalize() in titles or (low.endswith("s") and low[:-1].capitalize() in titles)


def _candidates(parsed: ParsedParagraph) -> list[tuple[int, str, str, Token, bool]]:
    """The paragraph's content words that can echo: (index among its words, word, stem ("" for
    an everyday word), token, whether it is uncommon enough to echo across the whole window)."""
    found = parsed.memo.get(RULE)
    if found is None:
        lists = wordlists()
        stopwords = lists.stopwords
        # A title before a name ("Lalla Zineb", "Ustaz Ahmed") is part of how a character is
        # called, however rare the word.
        titles = lists.honorifics
        found = []
        for index, token in enumerate(parsed.tokens):
            low = token.text.lower()
            # A capital is a name's unless the word merely opens a sentence ("Heavy rain").
            if (len(low) < MIN_LENGTH or not (token.text[:1].islower() or token.initial)
                    or low in stopwords or token.text in titles):
                continue
            frequency = lists.frequency(low)
            if frequency >= PLAIN_ZIPF:
                continue
            if all(part in NUMBER_WORDS for part in low.split("-")):
                continue  # "seventy-four", said again of an age or a count: no word chosen
            rare = frequency < ECHO_ZIPF
            if rare and _title_word(low, titles):
                continue  # "a sekuru, the same word as for a grandfather": what people are called
            # Stemming is most of the cost, and only words that can echo at a distance need
            # it: everyday words are stemmed when the setting asks for them.
            found.append((index, low, _stem(low) if rare else "", token, rare))
        parsed.memo[RULE] = found
    return found


def _triple(context: CheckContext, document: str, seen: list[tuple[int, int, Token]]) -> Finding:
    manuscript = context.manuscript
    spans = tuple(_span(manuscript, document, base, token) for _now, base, token in seen)
    title = manuscript.title(document)
    words = seen[-1][0] - seen[0][0] + 1
    message = (f"‘{spans[0].text.lower()}’ comes {len(spans)} times within {words} words in "
               f"‘{title}’.")
    context_words = manuscript.documents[document].text[
        max(0, spans[0].start - 30) : spans[-1].end + 30
    ]
    names = tuple(dict.fromkeys(span.text.lower() for span in spans))
    return Finding(KIND, message, names, spans,
                   finding_key(KIND, RULE, names, context_words), RULE)


def _span(manuscript: Manuscript, document: str, base: int, token: Token) -> Span:
    return manuscript.span(document, base + token.start, base + token.end)


def _finding(context: CheckContext, first: Span, second: Span) -> Finding:
    title = context.manuscript.title(first.document)
    between = len(context.manuscript.documents[first.document].text[first.end : second.start]
                  .split())
    message = f"‘{first.text}’ is echoed by ‘{second.text}’ {between} words later in ‘{title}’."
    context_words = context.manuscript.documents[first.document].text[
        max(0, first.start - 30) : first.end + 30
    ]
    return Finding(KIND, message, (first.text.lower(), second.text.lower()), (first, second),
                   finding_key(KIND, RULE, (first.text, second.text), context_words), RULE)
