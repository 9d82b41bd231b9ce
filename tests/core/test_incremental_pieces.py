"""The pieces a re-run keeps per chapter never go stale.

A character's mentions are kept chapter by chapter, how a titled form is written is counted
share by share, and word counts are kept by chapter text: after an edit that adds or removes
a name, a title, a nickname, a chapter, the Analyzer must give exactly what a fresh analyze()
gives.
"""

from __future__ import annotations

from app.core.analysis import Analyzer, analyze
from app.core.model import DocumentText

CHAPTERS = (
    "Mr. Weston came to Hartfield with Emma Woodhouse. Emma smiled at Mr. Weston.\n\n"
    "Harriet Smith said nothing. Emma laughed, and Harriet looked away.",
    "Mr. Weston walked to Randalls. Emma Woodhouse followed him, and Emma stopped.\n\n"
    "Harriet waited by the gate. Mr. Weston nodded to Harriet Smith.",
    "Emma read the letter again. Mr. Weston had written it, said Harriet.\n\n"
    "Harriet Smith folded it. Emma Woodhouse sighed.",
)


def _documents(texts: list[str]) -> list[DocumentText]:
    return [DocumentText(str(i + 1), f"Chapter {i + 1}", text) for i, text in enumerate(texts)]


def _same_as_fresh(analyzer: Analyzer, texts: list[str]) -> None:
    documents = _documents(texts)
    assert analyzer.run(documents) == analyze(documents)


def test_edits_that_add_and_remove_mentions_titles_and_names_in_one_chapter():
    analyzer = Analyzer()
    texts = list(CHAPTERS)
    _same_as_fresh(analyzer, texts)
    edits = [
        (1, " Emma said so to Harriet Smith."),  # more mentions of the much-named
        (0, " Mr Weston bowed."),  # the title written without its stop, then more often
        (0, " Mr Weston bowed again, and Mr Weston left."),
        (2, " Everyone called him Westy."),  # a nickname counted in one share
        (1, " Mrs. Weston and Frank Churchill came in."),  # new names and a new title
        (2, " Mr. Knightley said that Mr. Weston had died."),
    ]
    for chapter, sentence in edits:
        texts[chapter] += sentence
        _same_as_fresh(analyzer, texts)
    # ... and undone, one by one, back to the start.
    for chapter, sentence in reversed(edits):
        texts[chapter] = texts[chapter].removesuffix(sentence)
        _same_as_fresh(analyzer, texts)
    assert texts == list(CHAPTERS)


def test_a_chapter_removed_restored_and_moved():
    analyzer = Analyzer()
    texts = list(CHAPTERS)
    _same_as_fresh(analyzer, texts)
    for edited in (texts[:1] + texts[2:], texts, texts[::-1], [texts[1]], texts):
        _same_as_fresh(analyzer, list(edited))


def test_a_name_that_leaves_a_chapter_and_comes_back():
    analyzer = Analyzer()
    texts = list(CHAPTERS)
    _same_as_fresh(analyzer, texts)
    for chapter in range(len(texts)):
        removed = list(texts)
        removed[chapter] = removed[chapter].replace("Harriet Smith", "the girl")
        _same_as_fresh(analyzer, removed)
        _same_as_fresh(analyzer, texts)


def test_counts_moved_by_one_chapter_decide_a_name():
    """A word the book also writes in lower case becomes a name once it is capitalised in
    mid-sentence often enough: the counts of its total after an edit to one chapter must be
    the counts a fresh run adds up."""
    texts = ["They waited with Tamsin by the door. A tamsin grew there. The tamsin bloomed.",
             "He spoke with Tamsin at noon. Every tamsin faded. The old tamsin died."]
    more = " He sat beside Tamsin, and then near Tamsin again, and by Tamsin, and Tamsin smiled."
    edited = [texts[0], texts[1] + more]
    assert analyze(_documents(texts)) != analyze(_documents(edited))  # not vacuous
    analyzer = Analyzer()
    for step in (texts, edited, texts, edited):
        _same_as_fresh(analyzer, step)


def test_the_written_title_follows_an_edit_to_one_chapter():
    """How a titled form is written is counted chapter by chapter: more "Doctor Amsel" in one
    chapter makes it the name shown, and fewer gives "Dr. Amsel" back."""
    texts = ["Dr. Amsel came in. Later Dr. Amsel sat down.",
             "The visitor greeted Dr. Amsel warmly. Doctor Amsel smiled."]
    more = " Doctor Amsel nodded. Then Doctor Amsel left, and Doctor Amsel was gone."
    edited = [texts[0], texts[1] + more]
    assert analyze(_documents(texts)).characters != analyze(_documents(edited)).characters
    analyzer = Analyzer()
    for step in (texts, edited, texts, edited):
        _same_as_fresh(analyzer, step)
