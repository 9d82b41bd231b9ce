"""The phrase index an Analyzer keeps (app.core.phrase_index) never changes a result.

After every edit a reused Analyzer must list exactly the phrases a fresh analyze() lists:
same texts, counts, occurrences (offsets included), scores and ranks. The edits here are
the ones the index handles by difference (typing, inserting, deleting, pasting, moving a
paragraph or a chapter, changing a repeated passage) and the ones that send it back to a
rebuild (much of the book reordered at once), and each is aimed at one rule: a repeat
created or destroyed, a phrase overtaking another, the first occurrence (the displayed
text) moving, a word becoming a name.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.analysis import Analyzer, analyze
from app.core.model import DocumentText, Settings
from app.core.phrase_index import PhraseIndex

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


def _move(session: Session, chapter: int, index: int, to_chapter: int,
          to_index: int) -> list[tuple[str, int]]:
    """Cut paragraph `index` of `chapter` and paste it at `to_index` of `to_chapter`."""
    source = session.paragraphs(chapter)
    paragraph = source.pop(index)
    session.chapters[chapter] = "\n\n".join(source)
    target = session.paragraphs(to_chapter)
    target.insert(to_index, paragraph)
    return session.set_paragraphs(to_chapter, target)


MOVING = [
    "FRESHLY BAKED CROISSANTS were cooling on the sill.\n\n"
    "The smell of freshly baked croissants drifted from the bakery.\n\n"
    "Velvet moths circled the copper lamp. Sofie smiled at the porter.\n\n"
    f"He read: {VERSE}\n\n"
    "The lanterns glowed green over the quay.",
    "Again the scent of freshly baked croissants filled the lane.\n\n"
    "Mara Quint had bright green eyes. The lanterns glowed green over the quay.\n\n"
    f"She sang: {VERSE} Velvet moths circled the copper lamp.",
    "The porter smiled. Velvet moths circled the copper lamp again.\n\n"
    "Nothing else happened over the quay.",
]


def test_moving_a_paragraph_within_and_between_chapters():
    session = Session(MOVING)
    for chapter, index, to_chapter, to_index in [
        (0, 2, 0, 4), (0, 4, 0, 0), (0, 3, 0, 1), (1, 2, 1, 0), (0, 1, 2, 2),
        (2, 0, 0, 0), (1, 0, 2, 1), (0, 3, 1, 1), (2, 2, 0, 2),
    ]:
        _move(session, chapter, index, to_chapter, to_index)


def test_moving_the_first_occurrence_after_the_second_changes_the_displayed_text():
    session = Session(MOVING)
    assert ("FRESHLY BAKED CROISSANTS", 3) in session.check()
    # After the second occurrence, in the same chapter: the first is now lower case.
    assert ("freshly baked croissants", 3) in _move(session, 0, 0, 0, 2)
    assert ("FRESHLY BAKED CROISSANTS", 3) in _move(session, 0, 2, 0, 0)
    # To the last chapter, after every other occurrence, and back.
    assert ("freshly baked croissants", 3) in _move(session, 0, 0, 2, 2)
    assert ("FRESHLY BAKED CROISSANTS", 3) in _move(session, 2, 2, 0, 0)
    # The verse's first occurrence goes after its second, and back before it.
    assert (VERSE[:-1], 2) in _move(session, 0, 3, 1, 3)
    assert (VERSE[:-1], 2) in _move(session, 1, 3, 0, 3)


def test_moving_a_paragraph_back_and_forth():
    session = Session(MOVING)
    start = session.check()
    for _ in range(3):
        _move(session, 0, 1, 1, 2)
        assert _move(session, 1, 2, 0, 1) == start
        _move(session, 0, 4, 0, 0)
        assert _move(session, 0, 0, 0, 4) == start


def test_moving_chapters():
    session = Session(MOVING)
    for order in [(1, 0, 2), (2, 1, 0), (0, 2, 1), (0, 1, 2)]:
        session.chapters = [MOVING[i] for i in order]
        session.check()


def test_moving_then_editing_and_both_at_once():
    session = Session(MOVING)
    _move(session, 0, 1, 2, 0)
    paragraphs = session.paragraphs(2)
    paragraphs[0] = paragraphs[0].replace("bakery", "old bakery")
    session.set_paragraphs(2, paragraphs)
    # A paragraph moved and another edited before the same run.
    paragraphs = session.paragraphs(0)
    paragraphs.insert(0, paragraphs.pop())
    paragraphs[1] += " The smell of freshly baked croissants drifted from the old bakery."
    session.set_paragraphs(0, paragraphs)
    # A paragraph moved and edited: it is a new paragraph where it lands.
    moved = session.paragraphs(1)
    paragraph = moved.pop(0).replace("lane", "quay")
    session.chapters[1] = "\n\n".join(moved)
    session.set_paragraphs(0, [paragraph, *session.paragraphs(0)])


def test_one_paragraph_moved_is_brought_up_to_date_without_a_rebuild(monkeypatch):
    session = Session(MOVING)
    rebuilds = []
    original = PhraseIndex._rebuild

    def counted(index: PhraseIndex) -> None:
        rebuilds.append(index)
        original(index)

    monkeypatch.setattr(PhraseIndex, "_rebuild", counted)
    _move(session, 0, 0, 0, 2)
    _move(session, 0, 3, 2, 1)
    session.chapters = [MOVING[i] for i in (2, 1, 0)]
    session.check()
    assert not rebuilds
    # Most of a longer book reordered at once: growing everything again is as quick.
    rng = random.Random(1)
    chapters = [[_paragraph(rng) for _ in range(12)] for _ in range(3)]
    session.chapters = ["\n\n".join(c) for c in chapters]
    session.check()
    assert not rebuilds
    session.chapters = ["\n\n".join(reversed(c)) for c in chapters]
    session.check()
    assert len(rebuilds) == 1


def test_chains_change_when_the_shortest_and_longest_phrases_are_one_length():
    # With one length, a passage's marks reach a word past the last gram of a sentence
    # (found by a random session: with a sentence fewer, the passages are not joined).
    paragraphs = [
        "Copper from bakery quay bakery bakery lamp the the freshly. Glowed over said lamp "
        "lamp her lanterns croissants mother. At drifted lanterns circled sofie from her "
        "green porter. The over mother glowed green the drifted quay.",
        "Glowed green porter moths over.",
        f"Quay and lanterns from lamp. Velvet moths circled the copper lamp. {VERSE}",
        "Baked copper circled over sofie croissants moths freshly drifted bakery baked.",
        "Velvet the glowed quay her her from the from. Velvet moths circled the copper lamp. "
        "Sofie at green quay and quay porter freshly.",
        "Moths lamp green quay glowed quay said croissants freshly quay and lanterns. "
        "Croissants quay mother smiled the freshly. And lamp lamp quay sofie glowed drifted "
        "croissants said.",
        "The lanterns glowed green over the quay. Baked over moths mother moths bakery.",
    ]
    session = Session(["\n\n".join(paragraphs)], Settings(min_phrase_words=3,
                                                          max_phrase_words=3))
    paragraphs[2] = f"Quay and lanterns from lamp. Lanterns from quay from. {VERSE}"
    session.set_paragraphs(0, paragraphs)


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
    # First in its sentence, where a capital tells nothing, "Quill" counts as a name once
    # the story names someone so (lower-case, "the quill" never would).
    session = Session(["Quill scratched slowly across the broken page.",
                       "Later it stopped. Quill scratched slowly across the broken page again."])
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
    kind = rng.randrange(10)
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
    elif kind == 8 and len(chapter) > 1:  # cut from one chapter, pasted into another
        other = rng.choice(chapters)
        other.insert(rng.randint(0, len(other)), chapter.pop(rng.randrange(len(chapter))))
    elif kind == 9:  # a chapter moved
        chapters.insert(rng.randint(0, len(chapters) - 1),
                        chapters.pop(chapters.index(chapter)))
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
