"""What the Analyzer keeps between runs never changes a result.

After every kind of edit a writer makes — typing into a paragraph, inserting, deleting or
moving one, editing another chapter, teaching the analysis a decision, changing a setting,
pasting a chapter twice — a reused Analyzer must give exactly what a fresh analyze() gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.analysis import Analyzer, analyze
from app.core.model import Decisions, DocumentText, EntityKind, Settings

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

STORY = (
    "CHAPTER I\n\n"
    "Sofie Laurent walked along the river with her mother, Colette. The smell of freshly "
    "baked croissants drifted from the bakery, and the water shimmered under the bridge.\n\n"
    "Colette had passed away when Sofie was young, said the baker.\n\n"
    "Sofie smiled at the porter. The lanterns glowed green over the quay.",
    "CHAPTER II\n\n"
    "Again the scent of freshly baked croissants filled the lane. Colette took Sofie under "
    "her wing and smiled.\n\n"
    "Mara Quint had bright green eyes and a quick laugh. The lanterns glowed green over the "
    "quay, shimmering.\n\n"
    "Later Mara Quint looked up, her brown eyes narrowing, and Sophie laughed.",
    "CHAPTER III\n\n"
    "Kitty, a fair but frozen maid, kindled a flame I yet deplore, sang Mara Quint.\n\n"
    "He read: Kitty, a fair but frozen maid, kindled a flame I yet deplore.",
)


def _documents(texts: tuple[str, ...] | list[str]) -> list[DocumentText]:
    return [DocumentText(str(i + 1), f"Chapter {i + 1}", text) for i, text in enumerate(texts)]


def _seed_documents() -> list[DocumentText]:
    return [
        DocumentText(path.stem, path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(SEEDS.glob("*.txt"))
    ]


def _paragraphs(document: DocumentText) -> list[str]:
    return document.text.split("\n\n")


def _with_paragraphs(document: DocumentText, paragraphs: list[str]) -> DocumentText:
    return DocumentText(document.id, document.title, "\n\n".join(paragraphs))


def _same_as_fresh(
    analyzer: Analyzer,
    documents: list[DocumentText],
    decisions: Decisions | None = None,
    settings: Settings | None = None,
) -> None:
    cached = analyzer.run(documents, decisions, settings)
    assert cached == analyze(documents, decisions, settings)


@pytest.fixture(params=["story", "seeds"])
def manuscript(request: pytest.FixtureRequest) -> list[DocumentText]:
    return _documents(STORY) if request.param == "story" else _seed_documents()


def test_typing_into_a_paragraph(manuscript):
    analyzer = Analyzer()
    _same_as_fresh(analyzer, manuscript)
    documents = list(manuscript)
    for word in ("She", "said", "nothing", "more", "about", "the", "freshly", "baked", "bread."):
        paragraphs = _paragraphs(documents[0])
        paragraphs[-1] = f"{paragraphs[-1]} {word}"
        documents[0] = _with_paragraphs(documents[0], paragraphs)
        _same_as_fresh(analyzer, documents)


def test_inserting_and_deleting_a_paragraph(manuscript):
    analyzer = Analyzer()
    _same_as_fresh(analyzer, manuscript)
    documents = list(manuscript)
    paragraphs = _paragraphs(documents[0])
    inserted = "The smell of freshly baked croissants drifted from the bakery once more."
    documents[0] = _with_paragraphs(documents[0], [paragraphs[0], inserted, *paragraphs[1:]])
    _same_as_fresh(analyzer, documents)
    documents[0] = _with_paragraphs(documents[0], paragraphs[:1] + paragraphs[2:])
    _same_as_fresh(analyzer, documents)
    documents[0] = manuscript[0]
    _same_as_fresh(analyzer, documents)


def test_moving_a_paragraph_within_and_between_chapters(manuscript):
    analyzer = Analyzer()
    _same_as_fresh(analyzer, manuscript)
    documents = list(manuscript)
    paragraphs = _paragraphs(documents[0])
    moved = paragraphs[1]
    rest = paragraphs[:1] + paragraphs[2:]
    documents[0] = _with_paragraphs(documents[0], [*rest, moved])
    _same_as_fresh(analyzer, documents)
    documents[0] = _with_paragraphs(documents[0], rest)
    documents[-1] = _with_paragraphs(documents[-1], [*_paragraphs(documents[-1]), moved])
    _same_as_fresh(analyzer, documents)


def test_editing_another_chapter_and_reordering_chapters(manuscript):
    analyzer = Analyzer()
    _same_as_fresh(analyzer, manuscript)
    documents = list(manuscript)
    paragraphs = _paragraphs(documents[-1])
    paragraphs[-1] += " The water shimmered again, and Colette smiled."
    documents[-1] = _with_paragraphs(documents[-1], paragraphs)
    _same_as_fresh(analyzer, documents)
    documents.reverse()
    _same_as_fresh(analyzer, documents)
    renamed = DocumentText(documents[0].id, "A new title", documents[0].text)
    _same_as_fresh(analyzer, [renamed, *documents[1:]])


def test_decisions_and_settings_change(manuscript):
    analyzer = Analyzer()
    _same_as_fresh(analyzer, manuscript)
    taught = [
        Decisions(not_entities=frozenset({"Colette", "Sofie"})),
        Decisions(kinds={"Mara Quint": EntityKind.PLACE}),
        Decisions(aliases={"Sophie": "Sofie Laurent"}),
        Decisions(suppressed_names=frozenset({"Colette"})),
        Decisions(),
    ]
    for decisions in taught:
        _same_as_fresh(analyzer, manuscript, decisions)
    for settings in (Settings(echo_window=20), Settings(min_phrase_words=4),
                     Settings(max_phrase_words=5), Settings(min_phrase_count=3), Settings()):
        _same_as_fresh(analyzer, manuscript, settings=settings)


def test_duplicated_chapters_and_then_an_edit(manuscript):
    analyzer = Analyzer()
    documents = list(manuscript)
    copies = [DocumentText(f"{d.id}-copy", d.title, d.text) for d in documents]
    _same_as_fresh(analyzer, documents + copies)
    paragraphs = _paragraphs(copies[0])
    paragraphs[-1] += " A new and quite unrepeated sentence about velvet moths."
    copies[0] = _with_paragraphs(copies[0], paragraphs)
    _same_as_fresh(analyzer, documents + copies)
    _same_as_fresh(analyzer, documents)


def test_a_chapter_pasted_three_times_counts_each_repeat():
    chapter = "Velvet moths circled the copper lamp all night long without rest."
    result = analyze(_documents([chapter, chapter, chapter]))
    assert [(p.text, p.count) for p in result.phrases] == [
        ("Velvet moths circled the copper lamp all night long without rest", 3)
    ]
    assert [o.document for o in result.phrases[0].occurrences] == ["1", "2", "3"]


def test_paragraph_precomputation_matches_its_tokens():
    from app.core.parsing import parse_paragraph

    parsed = parse_paragraph("Sofie walked. “Mr. Weston!” she cried. Then silence.", False)
    assert [tuple(t.text.lower() for t in group) for group in parsed.sentence_tokens] == (
        parsed.sentence_words
    )
    assert [t for group in parsed.sentence_tokens for t in group] == parsed.tokens
    assert [t.text for t in parsed.capitalised] == ["Sofie", "Mr", "Weston", "Then"]


def test_sentence_memo_lives_with_the_paragraph_parse(monkeypatch):
    from app.core import analysis

    manuscripts = []
    real = analysis.find_phrases

    def spy(manuscript, settings):
        manuscripts.append(manuscript)
        return real(manuscript, settings)

    monkeypatch.setattr(analysis, "find_phrases", spy)
    analyzer = Analyzer()

    def sentences_read(documents: list[DocumentText]) -> int:
        analyzer.run(documents)
        manuscript = manuscripts[-1]
        read: list[str] = []
        for view in manuscript.sentence_list:
            text = manuscript.sentence_span(view).text
            manuscript.sentence_memo(view, "test", lambda text=text: read.append(text) or text)
        return len(read)

    documents = _documents(STORY)
    assert sentences_read(documents) == len(manuscripts[-1].sentence_list)
    assert sentences_read(documents) == 0  # every sentence's entry was kept
    paragraphs = _paragraphs(documents[1])
    paragraphs[2] += " Nobody answered."
    edited = [documents[0], _with_paragraphs(documents[1], paragraphs), documents[2]]
    assert sentences_read(edited) == 3  # the edited paragraph's three sentences, no more


def _edit(documents: list[DocumentText], index: int, paragraphs: list[str]) -> list[DocumentText]:
    edited = list(documents)
    edited[index] = _with_paragraphs(documents[index], paragraphs)
    return edited


def test_repeats_made_longer_shorter_and_unmade(manuscript):
    """The phrase index kept between runs follows a repeat as it grows, shrinks and goes."""
    analyzer = Analyzer()
    _same_as_fresh(analyzer, manuscript)
    documents = list(manuscript)
    repeat = "The velvet moths circled the copper lamp all night long without rest or pause."
    first, last = _paragraphs(documents[0]), _paragraphs(documents[-1])
    steps = [
        (0, [*first, repeat]),  # said once: nothing repeated yet
        (-1, [*last, repeat]),  # said twice: a passage longer than the longest phrase
        (-1, [*last, repeat.replace("or pause", "or any pause at all")]),  # shorter repeat
        (-1, [*last, "The velvet moths circled the lamp."]),  # a three-word repeat left
        (-1, [*last, repeat, repeat]),  # three times, twice in one paragraph
        (0, first),  # back to twice
        (-1, last),  # gone
    ]
    for index, paragraphs in steps:
        documents = _edit(documents, index, paragraphs)
        _same_as_fresh(analyzer, documents)


def test_a_chapter_duplicated_then_deleted(manuscript):
    analyzer = Analyzer()
    _same_as_fresh(analyzer, manuscript)
    documents = list(manuscript)
    copy = DocumentText("copy", "Copy", documents[0].text)
    documents = [documents[0], copy, *documents[1:]]
    _same_as_fresh(analyzer, documents)
    documents = [d for d in documents if d.id != manuscript[0].id]  # the original deleted
    _same_as_fresh(analyzer, documents)
    documents = documents[1:]  # and the copy
    _same_as_fresh(analyzer, documents)
    _same_as_fresh(analyzer, list(manuscript))


def test_a_sentence_whose_first_place_moves(manuscript):
    """A repeated sentence whose first occurrence moves (its paragraph edited or moved
    ahead of others) while the number of times it occurs stays the same."""
    analyzer = Analyzer()
    documents = list(manuscript)
    said = "Nobody in the whole lane had ever smelled such croissants before that day."
    first, last = _paragraphs(documents[0]), _paragraphs(documents[-1])
    documents = _edit(documents, 0, [*first, said])
    documents = _edit(documents, -1, [*last, said])
    _same_as_fresh(analyzer, documents)
    documents = _edit(documents, 0, [*first[:-1], f"{first[-1]} Quite so.", said])
    _same_as_fresh(analyzer, documents)
    documents = _edit(documents, 0, [said, *first])  # moved to the chapter's start
    _same_as_fresh(analyzer, documents)
    documents = [documents[-1], *documents[1:-1], documents[0]]  # chapters swapped
    _same_as_fresh(analyzer, documents)


def test_phrase_settings_changed_between_edits(manuscript):
    analyzer = Analyzer()
    documents = list(manuscript)
    paragraphs = _paragraphs(documents[0])
    for step, settings in enumerate((
        Settings(), Settings(min_phrase_words=4), Settings(min_phrase_words=4),
        Settings(max_phrase_words=5), Settings(min_phrase_count=3), Settings(min_phrase_count=3),
        Settings(min_phrase_words=2, max_phrase_words=3), Settings(),
    )):
        paragraphs = [*paragraphs, f"The smell of freshly baked croissants, time {step}."]
        documents = _edit(documents, 0, paragraphs)
        _same_as_fresh(analyzer, documents, settings=settings)


def test_a_run_cancelled_part_way_changes_no_later_result(manuscript):
    from app.core.analysis import AnalysisCancelled

    analyzer = Analyzer()
    _same_as_fresh(analyzer, manuscript)
    documents = list(manuscript)
    paragraphs = _paragraphs(documents[0])
    edited = _edit(documents, 0, [*paragraphs, paragraphs[-1]])
    # Cancelled after the parse, then after the phrases (`cancelled` is first asked once per
    # document, while parsing).
    for calls_before_cancel in (0, 1):
        calls = 0

        def cancelled(limit: int = calls_before_cancel) -> bool:
            nonlocal calls
            calls += 1
            return calls > limit + len(edited)

        with pytest.raises(AnalysisCancelled):
            analyzer.run(edited, cancelled=cancelled)
        _same_as_fresh(analyzer, documents)
        _same_as_fresh(analyzer, edited)


def test_a_long_run_of_mixed_edits(manuscript):
    """Random edits of every kind, each checked against a fresh analysis."""
    import random

    rng = random.Random(11)
    analyzer = Analyzer()
    documents = list(manuscript)
    _same_as_fresh(analyzer, documents)
    for step in range(30):
        target = rng.randrange(len(documents))
        paragraphs = _paragraphs(documents[target])
        donor = _paragraphs(documents[rng.randrange(len(documents))])
        kind = rng.choice(["type", "paste", "delete", "move", "chapter", "drop chapter"])
        if kind == "type":
            at = rng.randrange(len(paragraphs))
            paragraphs[at] += rng.choice([" She smiled.", " The water shimmered.", " Again."])
        elif kind == "paste":
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), rng.choice(donor))
        elif kind == "delete" and len(paragraphs) > 1:
            del paragraphs[rng.randrange(len(paragraphs))]
        elif kind == "move":
            paragraphs.insert(rng.randrange(len(paragraphs)),
                              paragraphs.pop(rng.randrange(len(paragraphs))))
        elif kind == "chapter":
            documents = [*documents, DocumentText(f"pasted-{step}", "Pasted",
                                                  documents[target].text)]
        elif kind == "drop chapter" and len(documents) > 1:
            del documents[target]
            _same_as_fresh(analyzer, documents)
            continue
        documents = _edit(documents, target, paragraphs)
        _same_as_fresh(analyzer, documents)


def test_word_counts_follow_deleted_and_restored_text():
    """Whether a word is a name hangs on how often the manuscript writes it in lower case:
    counts kept between runs must lose a deleted paragraph's words and regain them."""
    named = ("Yesterday the old woman walked to the harbour with Jory, and later Tamsin "
             "smiled at the sea.")
    plant = "The tamsin bloomed early. A tamsin grew by the wall. Every tamsin faded by noon."
    with_plant = _documents([f"{named}\n\n{plant}", "Jory waited."])
    without = _documents([named, "Jory waited."])
    assert analyze(with_plant).characters != analyze(without).characters  # not vacuous
    analyzer = Analyzer()
    for documents in (with_plant, without, with_plant, _documents([named, plant]), without):
        _same_as_fresh(analyzer, documents)


def test_a_run_after_an_edit_to_a_novel_lays_out_no_list_of_every_sentence(monkeypatch):
    """The list of every sentence of the book costs a novel ~12 ms to lay out: a run after a
    one-sentence edit must find what it reads without it (no timer: the list is not built)."""
    from functools import cached_property

    from app.core import manuscript as manuscript_module
    from benchmarks.eval.gold import EMMA

    if not EMMA.exists():
        pytest.skip(f"the Emma corpus is not at {EMMA} (../shared is absent)")
    built = []
    lay_out = manuscript_module.Manuscript.__dict__["sentence_list"].func

    def counted(manuscript):
        built.append(manuscript)
        return lay_out(manuscript)

    spy = cached_property(counted)
    spy.__set_name__(manuscript_module.Manuscript, "sentence_list")
    monkeypatch.setattr(manuscript_module.Manuscript, "sentence_list", spy)
    text = EMMA.read_text(encoding="utf-8")
    analyzer = Analyzer()
    analyzer.run([DocumentText("emma", "Emma", text)])
    built.clear()
    edited = text.replace("Emma Woodhouse, handsome,", "Emma Woodhouse, tall and handsome,", 1)
    assert edited != text
    analyzer.run([DocumentText("emma", "Emma", edited)])
    assert built == []
