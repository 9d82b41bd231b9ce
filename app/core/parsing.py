"""One paragraph parsed on its own: sentences, tokens and name runs, offsets relative to it.

Parsing is the expensive, purely local part of the analysis. Because a `ParsedParagraph` depends
only on the paragraph's text, it is cached by that text: after an edit only the changed
paragraph is parsed again, wherever it moved to.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from app.core.names import NameRun, name_runs
from app.core.text import Sentence, Token, is_capitalised, sentences, tokens


@dataclass(slots=True)
class ParsedParagraph:
    text: str
    heading: bool
    sentences: list[Sentence]
    tokens: list[Token]
    runs: list[NameRun]
    lower_words: Counter[str]
    """Words written in lower case (not capitalised), to tell common words from names."""
    capital_words: Counter[str]
    """Capitalised words that do not open a sentence: capitalised by choice, like names."""
    capital_pairs: Counter[str]
    """The first two words, joined by a space, of each name run without a title that does not
    open a sentence ("Red Dolan"): a pair the book writes as one name by choice."""
    sentence_tokens: list[tuple[Token, ...]]
    """The tokens of each sentence (index = sentence number), grouped once here so the
    manuscript-wide passes never regroup a paragraph that did not change."""
    sentence_words: list[tuple[str, ...]]
    """The lower-cased words of each sentence: what repeated phrases are made of."""
    capitalised: list[Token]
    """Tokens that are capitalised words (`text.is_capitalised`), in order."""
    memo: dict[str, Any] = field(default_factory=dict)
    """What a check derives from this paragraph alone (say, the uncommon words echo looks
    at), kept under the check's name. It lives as long as the parse, which is cached by the
    paragraph's text, so an unchanged paragraph is never looked at twice."""


def parse_paragraph(text: str, heading: bool) -> ParsedParagraph:
    sentence_list = sentences(text, 0, len(text))
    token_list = tokens(text, sentence_list)
    runs = [] if heading else name_runs(text, token_list)
    # One pass over the tokens sorts them every way the passes after this need them: the
    # paragraph is parsed once per edit, and it is the bulk of a cold run's work.
    lower_words: list[str] = []
    capital_words: list[str] = []
    capitalised: list[Token] = []
    grouped: list[list[Token]] = [[] for _ in sentence_list]
    for token in token_list:
        word = token.text
        head = word[:1]
        if head.islower():
            lower_words.append(word)
        elif head.isupper():
            if not token.initial:
                capital_words.append(word)
            if is_capitalised(word):
                capitalised.append(token)
        grouped[token.sentence].append(token)
    lower = Counter(lower_words)
    capital = Counter(capital_words)
    pairs = Counter(f"{run.words[0]} {run.words[1]}" for run in runs
                    if not run.initial and not run.title and len(run.words) > 1)
    sentence_tokens = [tuple(group) for group in grouped]
    sentence_words = [phrase_words(text, group) for group in grouped]
    return ParsedParagraph(text, heading, sentence_list, token_list, runs, lower, capital, pairs,
                           sentence_tokens, sentence_words, capitalised)


def phrase_words(text: str, sentence_tokens: list[Token]) -> tuple[str, ...]:
    """A sentence's words in lower case, as repeated phrases are made of them. A word is
    letters only, so "Dec. 9th" and "Dec. 14th" would both be "dec th": a word written on
    to digits keeps them, and the two dates are two phrases."""
    if not sentence_tokens or _DIGIT.search(text, sentence_tokens[0].start,
                                            sentence_tokens[-1].end) is None:
        return tuple(t.text.lower() for t in sentence_tokens)
    words = []
    for token in sentence_tokens:
        start = token.start
        while start > 0 and text[start - 1].isdigit():
            start -= 1
        words.append(text[start : token.end].lower())
    return tuple(words)


_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class PlacedParagraph:
    """A parsed paragraph at its place in a document: absolute offset = `base` + relative."""

    document: str
    index: int
    base: int
    parsed: ParsedParagraph
