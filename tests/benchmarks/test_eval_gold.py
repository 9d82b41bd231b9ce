"""The gold data itself: every annotation points at something really in the text.

A wrong gold file silently moves every score, so each planted problem is checked against its
story: misspellings and right spellings occur, phrases repeat, every kind of problem is
planted, and stories stay within 500–3,000 words.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.eval.gold import EMMA, Gold, emma_gold, seeds_gold, story_golds
from benchmarks.eval.scoring import casefold, phrase_words, split_name

STORIES = story_golds()
ALL = [seeds_gold(), *STORIES]
KINDS = {"death", "surname", "relation", "attribute"}


def _text(gold: Gold) -> str:
    return "\n\n".join(d.text for d in gold.load_documents())


def _occurs(name: str, text: str) -> bool:
    # split_name case-folds the name ("Großmann" -> "grossmann"), so the text is too.
    _, bare = split_name(name)
    pattern = r"\W+".join(re.escape(t) for t in bare)
    return re.search(rf"(?<!\w){pattern}(?!\w)", casefold(text)) is not None


def test_at_least_five_stories():
    assert len(STORIES) >= 5


@pytest.mark.parametrize("gold", [g for g in STORIES if not g.clean], ids=lambda g: g.title)
def test_story_length_and_planted_kinds(gold):
    words = len(_text(gold).split())  # as wc counts words: "Jun-ho" is one
    assert 500 <= words <= 3000
    assert {c.kind for c in gold.contradictions} == KINDS
    assert gold.variants
    assert gold.phrases
    assert gold.echoes or gold.everyday_echoes


@pytest.mark.parametrize("gold", ALL, ids=lambda g: g.title)
def test_annotations_point_at_the_text(gold):
    text = _text(gold)
    assert not gold.missing
    for entity in (*gold.characters, *gold.places):
        assert any(_occurs(s, text) for s in entity.spellings), entity.name
    for right, wrong in gold.variants:
        assert _occurs(right, text), right
        assert _occurs(wrong, text), wrong
    for contradiction in gold.contradictions:
        assert contradiction.kind in KINDS
        for name in contradiction.names:
            assert _occurs(name, text), name
        assert contradiction.beyond_text == contradiction.beyond_text.strip()
    words = " ".join(phrase_words(text))
    for phrase in gold.phrases:
        assert words.count(" ".join(phrase_words(phrase))) >= 2, phrase
    for echo in (*gold.echoes, *gold.everyday_echoes):
        assert len(re.findall(rf"\b{echo}\b", text, re.IGNORECASE)) >= 2, echo


@pytest.mark.parametrize("gold", [g for g in STORIES if g.clean], ids=lambda g: g.title)
def test_a_clean_story_plants_nothing_and_lists_its_traps(gold):
    words = len(_text(gold).split())  # as wc counts words: "Jun-ho" is one
    assert 500 <= words <= 3000
    assert gold.variants == gold.contradictions == gold.phrases == gold.echoes == ()
    assert len(gold.traps) >= 5


def test_stories_never_copy_emma():
    for gold in STORIES:
        assert "Woodhouse" not in _text(gold)


def test_emma_gold_names_occur_in_emma():
    if not EMMA.is_file():
        pytest.skip(f"{EMMA} not found: Emma is read from ../shared/corpus, never copied")
    gold = emma_gold()
    text = _text(gold)
    for entity in (*gold.characters, *gold.places):
        assert any(_occurs(s, text) for s in entity.spellings), entity.name
