"""The repeated-phrase engine against the word-by-word walk it replaced.

`app.core.phrases` works on distinct sentences weighted by how often they occur, so that a
chapter pasted six times costs little more than one. This file keeps the original walk over
every word (the reference) and checks that both give identical phrases — texts, counts,
occurrences, scores and ranks — on the seeds, a small story, duplicated and partly duplicated
chapters, and unusual settings.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from app.core import analysis
from app.core.forms import STYLES_OF_ADDRESS
from app.core.manuscript import Manuscript
from app.core.model import DocumentText, Phrase, Settings
from app.core.phrases import (
    LISTED_SCORE,
    LONG_RUN,
    MAX_LISTED,
    MEANINGFUL_WORDS,
    NAMED_WORDS,
    find_phrases,
    idiom_parts,
    rarity,
    same_numbers,
)
from app.core.wordlists import wordlists

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def walk_every_word(manuscript: Manuscript, settings: Settings) -> list[Phrase]:
    """The original word-by-word walk, kept as the reference."""
    lists = wordlists()
    words: list[str | None] = []
    spans: list[tuple[str, int, int]] = []
    # Whether each word is written as a name would be: with a capital, or first in a
    # sentence or in speech. A name word or a title counts as one only there.
    capitals: list[bool] = []
    for sentence in manuscript.sentence_list:
        # Words written on to digits keep them ("9th"), as parsing.phrase_words says.
        text = sentence.paragraph.text
        for token in sentence.tokens:
            start = token.start
            while start > 0 and text[start - 1].isdigit():
                start -= 1
            words.append(text[start : token.end].lower())
            spans.append((sentence.document, sentence.base + token.start,
                          sentence.base + token.end))
            capitals.append(token.initial or token.text[:1].isupper()
                            or text[token.start - 1 : token.start] == "@")
        words.append(None)
        spans.append(("", 0, 0))
        capitals.append(False)

    low, high = settings.min_phrase_words, settings.max_phrase_words
    positions: dict[int, dict[tuple[str, ...], list[int]]] = {}
    grams: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in range(len(words) - low + 1):
        gram = words[i : i + low]
        if None not in gram:
            grams[tuple(gram)].append(i)  # type: ignore[arg-type]
    positions[low] = {g: p for g, p in grams.items() if len(p) >= settings.min_phrase_count}
    for n in range(low + 1, high + 1):
        longer: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for gram, starts in positions[n - 1].items():
            for start in starts:
                end = start + n
                if end <= len(words) and words[end - 1] is not None:
                    longer[(*gram, words[end - 1])].append(start)  # type: ignore[operator]
        positions[n] = {g: p for g, p in longer.items() if len(p) >= settings.min_phrase_count}
        if not positions[n]:
            break

    longest = max(n for n, table in positions.items() if table) if any(positions.values()) else low
    if longest == high:
        positions[high] = _join_windows(words, positions[high], high, settings.min_phrase_count)

    # A repeat is covered when a longer repeat contains it at that spot; marking the windows
    # one word shorter is enough, as those in turn cover the shorter ones.
    covered: set[tuple[int, int]] = set()
    for table in positions.values():
        for gram, starts in table.items():
            size = len(gram)
            if size == low:
                continue
            shorter = min(size - 1, high - 1)
            for start in starts:
                for inner in range(start, start + size - shorter + 1):
                    covered.add((inner, shorter))

    name_words = {w.lower() for w in manuscript.finder.name_words()}
    honorifics = {h.lower() for h in (*lists.honorifics, *STYLES_OF_ADDRESS)}
    found: dict[tuple[str, ...], Phrase] = {}
    judged: set[tuple[str, ...]] = set()  # a phrase is judged where a scan first meets it
    for table in positions.values():
        for gram, starts in table.items():
            n = len(gram)
            if all((start, n) in covered for start in starts):
                continue
            # No function word at the end; at the start only when needed for length.
            first, last = 0, n
            while last > first and gram[last - 1] in lists.stopwords:
                last -= 1
            if n >= LONG_RUN and last < low:
                last = n  # a long run said again word for word is kept whole
            while first < last and gram[first] in lists.stopwords and last - first > low:
                first += 1
            core = gram[first:last]
            if len(core) < low or core in judged:
                continue
            judged.add(core)
            # The name words and titles as written where the phrase is first written.
            at = starts[0] + first
            plain = {w for w in core if w in honorifics}
            run: list[int] = []  # a run of name words, one of them written with a capital
            for k, w in enumerate((*core, None)):
                if w is not None and (w in name_words or w in honorifics):
                    run.append(k)
                    continue
                if any(capitals[at + j] for j in run):
                    plain.update(core[j] for j in run)
                run = []
            content = [w for w in core if w not in lists.stopwords]
            meaningful = [w for w in content if w not in plain]
            named = [w for w in content if w not in honorifics]
            enough = len(meaningful) >= MEANINGFUL_WORDS or (
                len(meaningful) == 1 and len(named) >= NAMED_WORDS
            )
            if not enough or " ".join(core) in idiom_parts():
                continue
            occurrences = tuple(
                manuscript.span(spans[s + first][0], spans[s + first][1], spans[s + last - 1][2])
                for s in starts
            )
            if len(core) >= LONG_RUN:  # its function words count too
                meaningful = [w for w in core if w not in name_words and w not in honorifics]
            # A name's word written small makes a phrase mean something, but is no rare word.
            score = round(sum(rarity(w) for w in meaningful
                              if w not in name_words and w not in honorifics), 2)
            if score < LISTED_SCORE:
                continue
            found[core] = Phrase(_display(occurrences[0]), len(starts), occurrences, score)
    ranked = sorted(found.values(), key=lambda p: (-p.score, -p.count, p.text))
    return same_numbers(ranked[:MAX_LISTED], settings.min_phrase_count)


def _join_windows(
    words: list[str | None], table: dict[tuple[str, ...], list[int]], size: int, minimum: int
) -> dict[tuple[str, ...], list[int]]:
    """A passage repeated at greater length than `size` (a quoted verse) shows up as a chain of
    overlapping windows; report each chain as one passage rather than every window in it."""
    starts = sorted({p for found in table.values() for p in found})
    present = set(starts)
    chains: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for start in starts:
        if start - 1 in present:
            continue
        end = start
        while end + 1 in present:
            end += 1
        chains[tuple(words[start : end + size])].append(start)  # type: ignore[arg-type]
    joined = {chain: found for chain, found in chains.items() if len(found) >= minimum}
    if sum(len(found) for found in joined.values()) < len(starts) // size:
        return table  # windows that do not line up into passages: keep them as they are
    for gram, found in table.items():
        if not any(chain[: len(gram)] == gram or _contains(chain, gram) for chain in joined):
            joined[gram] = found
    return joined


def _contains(chain: tuple[str, ...], gram: tuple[str, ...]) -> bool:
    size = len(gram)
    return any(chain[i : i + size] == gram for i in range(len(chain) - size + 1))


def _display(span) -> str:
    return " ".join(span.text.split())


def _manuscript(documents: list[DocumentText], monkeypatch) -> Manuscript:
    captured: list[Manuscript] = []
    real = analysis.find_phrases

    def spy(manuscript: Manuscript, settings: Settings) -> list[Phrase]:
        captured.append(manuscript)
        return real(manuscript, settings)

    monkeypatch.setattr(analysis, "find_phrases", spy)
    analysis.analyze(documents)
    return captured[-1]


def _seeds() -> list[DocumentText]:
    return [DocumentText(p.stem, p.stem, p.read_text(encoding="utf-8"))
            for p in sorted(SEEDS.glob("*.txt"))]


VERSE = "Kitty, a fair but frozen maid, kindled a flame I yet deplore."
STORY = [
    f"He read: {VERSE} The smell of freshly baked croissants drifted past. I do not know.",
    f"She sang: {VERSE} Again the scent of freshly baked croissants filled the lane.",
    "I do not know. Velvet moths circled the copper lamp all night long without rest. "
    "The smell of freshly baked croissants drifted past.",
]
SETTINGS = [
    Settings(),
    Settings(min_phrase_words=4),
    Settings(max_phrase_words=5),
    Settings(min_phrase_count=3),
    Settings(min_phrase_words=2, max_phrase_words=3),
    Settings(min_phrase_words=3, max_phrase_words=3),
    Settings(min_phrase_count=1, max_phrase_words=5),
    Settings(min_phrase_words=4, max_phrase_words=3),
]


def _cases() -> dict[str, list[DocumentText]]:
    seeds = _seeds()
    story = [DocumentText(str(i), f"Chapter {i}", t) for i, t in enumerate(STORY)]
    pasted = [DocumentText(f"{d.id}-again", d.title, d.text) for d in seeds]
    half = [DocumentText("half", "Half", seeds[0].text[: len(seeds[0].text) // 2])]
    return {
        "seeds": seeds,
        "story": story,
        "story three times": [DocumentText(f"{k}-{d.id}", d.title, d.text)
                              for k in range(3) for d in story],
        "seeds twice": seeds + pasted,
        "seeds and half a chapter again": seeds + half,
    }


@pytest.mark.parametrize("case", list(_cases()))
@pytest.mark.parametrize("settings", SETTINGS, ids=repr)
def test_the_engine_gives_what_the_walk_gives(case, settings, monkeypatch):
    manuscript = _manuscript(_cases()[case], monkeypatch)
    expected = walk_every_word(manuscript, settings)
    assert find_phrases(manuscript, settings) == expected
    # The same through an Analyzer, which builds the index it keeps for the next run.
    kept = analysis.Analyzer().run(_cases()[case], settings=settings)
    assert list(kept.phrases) == expected


@pytest.mark.parametrize("case", list(_cases()))
def test_every_case_has_phrases_to_compare(case, monkeypatch):
    """Guards against a vacuous comparison: each case repeats phrases and passages."""
    manuscript = _manuscript(_cases()[case], monkeypatch)
    found = walk_every_word(manuscript, Settings())
    assert found
    assert max(p.count for p in found) >= 2


def _edits(seeds: list[DocumentText]) -> list[list[DocumentText]]:
    """A writer's session: each step is the whole manuscript after one more edit."""
    first, *rest = seeds
    paragraphs = first.text.split("\n\n")

    def chapter(*parts: str) -> DocumentText:
        return DocumentText(first.id, first.title, "\n\n".join(parts))

    pasted = DocumentText("pasted", "Pasted", first.text)
    return [
        seeds,
        [chapter(*paragraphs, f"He read: {VERSE}"), *rest],  # the verse once
        [chapter(*paragraphs, f"He read: {VERSE}"), *rest, pasted],  # a chapter pasted
        [chapter(*paragraphs, f"He read: {VERSE}"), *rest, pasted,
         DocumentText("verse", "Verse", f"She sang: {VERSE}")],  # a passage repeated
        [chapter(*paragraphs[1:], f"He read: {VERSE}"), *rest, pasted],  # trimmed, unsung
        [chapter(paragraphs[-1], *paragraphs[:-1]), *rest, pasted],  # a paragraph moved
        [pasted, *rest],  # the original deleted
        [*reversed(rest), pasted],  # chapters reordered
        seeds,
    ]


@pytest.mark.parametrize("settings", SETTINGS, ids=repr)
def test_the_engine_kept_between_edits_gives_what_the_walk_gives(settings, monkeypatch):
    """One Analyzer through a session of edits: its kept phrase index gives, at every step,
    what the walk gives over the manuscript as it then stands."""
    captured: list[Manuscript] = []
    real = analysis.find_phrases

    def spy(manuscript: Manuscript, settings: Settings) -> list[Phrase]:
        captured.append(manuscript)
        return real(manuscript, settings)

    monkeypatch.setattr(analysis, "find_phrases", spy)
    analyzer = analysis.Analyzer()
    for documents in _edits(_seeds()):
        result = analyzer.run(documents, settings=settings)
        assert list(result.phrases) == walk_every_word(captured[-1], settings)
