"""The phrase index an Analyzer keeps (app.core.phrase_index) never changes a result.

After every edit a reused Analyzer must list exactly the phrases a fresh analyze() lists:
same texts, counts, occurrences (offsets included), scores and ranks. The edits here are
the ones the index handles by difference (typing, inserting, deleting, pasting) and the
ones that send it back to a rebuild (moving a paragraph, changing a repeated passage), and
each is aimed at one rule: a repeat created or destroyed, a phrase overtaking another, the
first occurrence (the displayed text) moving, a word becoming a name.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.analysis import Analyzer, analyze
from app.core.model import DocumentText, Settings

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
VERSE = "Kitty, a fair but frozen maid, kindled a flame I yet deplore."


def _documents(*chapters: str) -> list[DocumentText]:
    return [DocumentText(str(i), f"Chapter {i + 1}", text) for i, text in enumerate(chapters)]


class Session:
    """One Analyzer through a writer's edits; every step is held to a fresh analyze()."""

    def __init__(self, chapters: list[str], settings: Settings | None = None) -> None:
        self.analyzer = Analyzer()
        self.chapters = list(chapters)
        self.settings = settings
        self.check()

    def check(self) -> list[tuple[str, int]]:
        documents = _documents(*self.chapters)
        kept = self.analyzer.run(documents, settings=self.settings).phrases
        assert kept == analyze(documents, settings=self.settings).phrases
        return [(p.text, p.count) for p in kept]

    def paragraphs(self, chapter: int) -> list[str]:
        return self.chapters[chapter].split("\n\n")

    def set_paragraphs(self, chapter: int, paragraphs: list[str]) -> list[tuple[str, int]]:
        self.chapters[chapter] = "\n\n".join(paragraphs)
        return self.check()


STORY = [
    "The smell of freshly baked croissants drifted from the bakery.\n\n"
    "Velvet moths circled the copper lamp. Sofie smiled at the porter.\n\n"
    "The lanterns glowed green over the quay.",
    "Again the scent of freshly baked croissants filled the lane.\n\n"
    "Mara Quint had bright green eyes. The lanterns glowed green over the quay.",
]


def test_typing_a_sentence_creates_a_repeat_and_deleting_it_destroys_it():
    session = Session(STORY)
    assert ("Velvet moths circled the copper lamp", 2) not in session.check()
    paragraphs = session.paragraphs(1)
    paragraphs[1] += " Velvet moths circled the copper lamp."
    assert ("Velvet moths circled the copper lamp", 2) in session.set_paragraphs(1, paragraphs)
    paragraphs[1] = paragraphs[1].replace(" Velvet moths circled the copper lamp.", "")
    assert ("Velvet moths circled the copper lamp", 2) not in session.set_paragraphs(
        1, paragraphs)


def test_a_third_occurrence_changes_count_and_ranking():
    session = Session(STORY)
    before = session.check()
    paragraphs = session.paragraphs(0)
    paragraphs.append("The lanterns glowed green over the quay, again.")
    after = session.set_paragraphs(0, paragraphs)
    assert ("lanterns glowed green over the quay", 3) in after
    assert after != before


def test_an_earlier_occurrence_changes_the_displayed_text():
    session = Session(STORY)
    paragraphs = session.paragraphs(0)
    found = session.set_paragraphs(0, ["FRESHLY BAKED CROISSANTS were cooling.", *paragraphs])
    assert ("FRESHLY BAKED CROISSANTS", 3) in found
    assert ("freshly baked croissants", 2) in session.set_paragraphs(0, paragraphs)


def test_a_longer_repeat_covers_a_shorter_one_after_an_edit():
    session = Session(STORY)
    paragraphs = session.paragraphs(1)
    paragraphs[0] = "Again the smell of freshly baked croissants drifted from the bakery."
    found = session.set_paragraphs(1, paragraphs)
    assert ("smell of freshly baked croissants drifted from the bakery", 2) in found
    assert not any(text == "freshly baked croissants" for text, _ in found)


def test_inserting_deleting_and_moving_paragraphs():
    session = Session(STORY)
    paragraphs = session.paragraphs(0)
    inserted = "The smell of freshly baked croissants drifted past once more."
    session.set_paragraphs(0, [paragraphs[0], inserted, *paragraphs[1:]])
    session.set_paragraphs(0, [inserted, *paragraphs])  # moved to the front
    session.set_paragraphs(0, paragraphs)  # deleted
    session.set_paragraphs(0, [*paragraphs[1:], paragraphs[0]])  # moved to the end
    session.chapters.reverse()  # chapters reordered
    session.check()


def test_the_same_paragraph_twice_and_a_chapter_pasted_then_edited():
    session = Session(STORY)
    paragraphs = session.paragraphs(0)
    session.set_paragraphs(0, [*paragraphs, paragraphs[1]])
    session.chapters.append(session.chapters[1])
    session.check()
    pasted = session.paragraphs(2)
    pasted[0] = pasted[0].replace("lane", "narrow lane")
    session.set_paragraphs(2, pasted)
    session.chapters.pop()
    session.check()


def test_a_repeated_passage_appears_grows_and_goes():
    session = Session(STORY)
    paragraphs = session.paragraphs(0)
    found = session.set_paragraphs(0, [*paragraphs, f"He read: {VERSE}"])
    assert not any(text.startswith("Kitty") for text, _ in found)
    other = session.paragraphs(1)
    found = session.set_paragraphs(1, [*other, f"She sang: {VERSE}"])
    assert (VERSE[:-1], 2) in found
    session.set_paragraphs(1, [*other, "She sang: Kitty, a fair but frozen maid, kindled a "
                                      "flame I yet deplore and adore."])
    session.set_paragraphs(1, [*other, "Kitty, a fair but frozen maid, sang she."])
    session.set_paragraphs(1, other)


def test_a_word_that_becomes_a_name_no_longer_scores():
    session = Session(["The broken quill scratched slowly across the page.",
                       "Later the broken quill scratched slowly again."])
    before = session.analyzer.run(_documents(*session.chapters)).phrases[0].score
    paragraphs = session.paragraphs(1)
    paragraphs.append("Then Quill smiled at Mara. Mara told Quill the news, and Quill laughed.")
    session.set_paragraphs(1, paragraphs)
    after = session.analyzer.run(_documents(*session.chapters)).phrases[0].score
    assert after < before  # "quill" is a name now, and names carry no weight
    paragraphs.pop()
    session.set_paragraphs(1, paragraphs)


@pytest.mark.parametrize(
    "phrase_settings",
    [Settings(), Settings(min_phrase_words=4), Settings(max_phrase_words=5),
     Settings(min_phrase_count=3), Settings(min_phrase_words=2, max_phrase_words=3),
     Settings(min_phrase_words=3, max_phrase_words=3), Settings(min_phrase_count=1)],
    ids=repr,
)
def test_settings_and_edits_on_the_seeds(phrase_settings):
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    session = Session(seeds, phrase_settings)
    paragraphs = session.paragraphs(0)
    session.set_paragraphs(0, [*paragraphs, f"He read: {VERSE}", paragraphs[1]])
    session.chapters.append(f"She sang: {VERSE}\n\n" + session.chapters[1])
    session.check()
    session.set_paragraphs(0, paragraphs[2:])
    session.chapters = seeds
    session.check()


# Random sessions over a small vocabulary, so that edits keep making and breaking repeats,
# passages longer than the longest window included.
_WORDS = [
    "the", "lanterns", "glowed", "green", "over", "quay", "copper", "lamp", "velvet", "moths",
    "circled", "freshly", "baked", "croissants", "drifted", "from", "bakery", "Sofie", "smiled",
    "at", "porter", "and", "her", "mother", "said",
]


def _sentence(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice([VERSE, "Velvet moths circled the copper lamp.",
                           "The lanterns glowed green over the quay.",
                           "The smell of freshly baked croissants drifted from the bakery."])
    words = [rng.choice(_WORDS) for _ in range(rng.randint(3, 12))]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))


def _edit(rng: random.Random, chapters: list[list[str]]) -> None:
    chapter = rng.choice(chapters)
    kind = rng.randrange(8)
    if kind == 0 or not chapter:
        chapter.insert(rng.randint(0, len(chapter)), _paragraph(rng))
    elif kind == 1:
        i = rng.randrange(len(chapter))
        chapter[i] = f"{chapter[i]} {_sentence(rng)}"
    elif kind == 2 and len(chapter) > 1:
        del chapter[rng.randrange(len(chapter))]
    elif kind == 3:
        chapter.insert(rng.randint(0, len(chapter)), chapter.pop(rng.randrange(len(chapter))))
    elif kind == 4:
        chapter.insert(rng.randint(0, len(chapter)), rng.choice(rng.choice(chapters)))
    elif kind == 5 and len(chapters) < 5:
        chapters.append(list(rng.choice(chapters)))
    elif kind == 6 and len(chapters) > 1:
        chapters.pop(rng.randrange(len(chapters)))
    else:
        i = rng.randrange(len(chapter))
        sentences = chapter[i].split(". ")
        sentences[rng.randrange(len(sentences))] = _sentence(rng).rstrip(".")
        chapter[i] = ". ".join(sentences)


@pytest.mark.parametrize("seed", range(12))
def test_random_editing_sessions(seed):
    rng = random.Random(seed)
    chapters = [[_paragraph(rng) for _ in range(rng.randint(2, 6))] for _ in range(3)]
    phrase_settings = rng.choice([None, Settings(max_phrase_words=5),
                                  Settings(min_phrase_words=2, max_phrase_words=4)])
    session = Session(["\n\n".join(c) for c in chapters], phrase_settings)
    for _ in range(25):
        _edit(rng, chapters)
        session.chapters = ["\n\n".join(c) for c in chapters]
        session.check()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=4),
                min_size=1, max_size=6))
def test_any_session_of_edits(steps):
    rng = random.Random(steps[0][0])
    chapters = [[_paragraph(rng) for _ in range(3)] for _ in range(2)]
    session = Session(["\n\n".join(c) for c in chapters])
    for step in steps:
        for value in step:
            _edit(random.Random(value), chapters)
        session.chapters = ["\n\n".join(c) for c in chapters]
        session.check()
