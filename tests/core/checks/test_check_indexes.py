"""The indexes the checks keep between runs (mentions, capitalised words, variant pairs)
never change a result: after any edit a reused Analyzer gives what a fresh analyze() gives,
and the kept indexes answer as freshly built ones do."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import analysis
from app.core.analysis import Analyzer, analyze
from app.core.checks.base import CheckContext
from app.core.checks.mentions import MentionIndex
from app.core.model import Decisions, DocumentText, EntityKind, Span, WarningKind
from app.core.variants import capitalised_words

CHAPTERS = (
    "CHAPTER I\n\n"
    "Harriet Smith walked to the harbour with her mother, Colette. Harriet smiled.\n\n"
    "Colette had passed away when Harriet was young, said the baker. Mr. Weston nodded.\n\n"
    "Harriet said nothing. Then Harriet laughed, and Harriet left the room.",
    "CHAPTER II\n\n"
    "Colette took Harriet under her wing and smiled. She was kind.\n\n"
    "Mara Quint had bright green eyes. Mr. Weston looked at Mara Quint.\n\n"
    "Everyone liked Harriet. Later Hariet returned with tea, and Mrs. Weston laughed.",
    "CHAPTER III\n\n"
    "Sofie Laurent painted by the river. Sofie smiled at Zoë.\n\n"
    "Zoe waved. Her sister, Mara Quint, waved too. He said Sofie was tired.",
)


def _documents(texts: list[str] | tuple[str, ...]) -> list[DocumentText]:
    return [DocumentText(str(i + 1), f"Chapter {i + 1}", text) for i, text in enumerate(texts)]


def _same_as_fresh(analyzer: Analyzer, documents: list[DocumentText],
                   decisions: Decisions | None = None) -> None:
    assert analyzer.run(documents, decisions) == analyze(documents, decisions)


def _texts(documents: list[DocumentText]) -> list[str]:
    return [d.text for d in documents]


def _variant_names(documents: list[DocumentText], decisions: Decisions | None = None) -> set:
    return {w.names for w in analyze(documents, decisions).warnings
            if w.kind == WarningKind.NAME_VARIANT}


def test_random_edits_of_every_kind():
    rng = random.Random(5)
    analyzer = Analyzer()
    texts = list(CHAPTERS)
    _same_as_fresh(analyzer, _documents(texts))
    insertions = ["Hariet smiled.", "Mr. Weston died in the winter.", "Harriet laughed.",
                  "Colette said hello to Sofie.", "Zoe smiled at Harriet Smith.",
                  "Mrs. Weston had blue eyes.", "She waved."]
    for _ in range(40):
        target = rng.randrange(len(texts))
        paragraphs = texts[target].split("\n\n")
        kind = rng.choice(["type", "insert", "delete", "move", "swap chapters", "move across"])
        if kind == "type":
            at = rng.randrange(1, len(paragraphs)) if len(paragraphs) > 1 else 0
            paragraphs[at] += " " + rng.choice(insertions)
        elif kind == "insert":
            paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), rng.choice(insertions))
        elif kind == "delete" and len(paragraphs) > 2:
            del paragraphs[rng.randrange(1, len(paragraphs))]
        elif kind == "move" and len(paragraphs) > 2:
            paragraphs.insert(rng.randrange(1, len(paragraphs)),
                              paragraphs.pop(rng.randrange(1, len(paragraphs))))
        elif kind == "swap chapters":
            i, j = rng.randrange(len(texts)), rng.randrange(len(texts))
            texts[i], texts[j] = texts[j], texts[i]
            _same_as_fresh(analyzer, _documents(texts))
            continue
        elif kind == "move across" and len(paragraphs) > 2:
            moved = paragraphs.pop(rng.randrange(1, len(paragraphs)))
            other = (target + 1) % len(texts)
            texts[other] = f"{texts[other]}\n\n{moved}"
        texts[target] = "\n\n".join(paragraphs)
        _same_as_fresh(analyzer, _documents(texts))


def test_a_rename_makes_and_unmakes_a_variant_pair():
    analyzer = Analyzer()
    texts = list(CHAPTERS)
    texts[1] = texts[1].replace("Hariet", "Harriet")
    documents = _documents(texts)
    assert ("Hariet", "Harriet") not in _variant_names(documents)
    _same_as_fresh(analyzer, documents)
    texts[2] = texts[2].replace("Sofie smiled", "Hariet smiled")  # a slip typed
    documents = _documents(texts)
    assert ("Hariet", "Harriet") in _variant_names(documents)
    _same_as_fresh(analyzer, documents)
    texts[2] = texts[2].replace("Hariet smiled", "Harriet smiled")  # and mended
    documents = _documents(texts)
    assert ("Hariet", "Harriet") not in _variant_names(documents)
    _same_as_fresh(analyzer, documents)
    # Renaming a character everywhere (a search and replace) changes which pairs exist.
    texts = [t.replace("Zoë", "Chloë").replace("Zoe", "Chloe") for t in texts]
    _same_as_fresh(analyzer, _documents(texts))
    texts = [t.replace("Chloë", "Zoë") for t in texts]
    _same_as_fresh(analyzer, _documents(texts))


def test_the_variant_evidence_follows_an_edit_before_it():
    analyzer = Analyzer()
    documents = _documents(CHAPTERS)
    first = analyzer.run(documents)
    texts = list(CHAPTERS)
    texts[1] = texts[1].replace("CHAPTER II\n\n", "CHAPTER II\n\nA new opening line.\n\n")
    edited = _documents(texts)
    second = analyzer.run(edited)
    assert second == analyze(edited)
    before = next(w for w in first.warnings if w.names == ("Hariet", "Harriet"))
    after = next(w for w in second.warnings if w.names == ("Hariet", "Harriet"))
    shifted = [(a.document, b.start - a.start) for a, b in zip(before.evidence, after.evidence,
                                                                  strict=True)]
    assert {d for d, delta in shifted if delta} == {"2"}  # only the edited chapter moved


def test_decisions_changing_between_runs():
    analyzer = Analyzer()
    documents = _documents(CHAPTERS)
    taught = [
        Decisions(),
        Decisions(different=frozenset({frozenset({"Harriet", "Hariet"})})),
        Decisions(different=frozenset({frozenset({"Zoe", "Zoë"})})),
        Decisions(not_entities=frozenset({"Harriet"})),
        Decisions(aliases={"Hariet": "Harriet Smith"}),
        Decisions(kinds={"Mara Quint": EntityKind.PLACE}),
        Decisions(not_entities=frozenset({"Colette"})),
        Decisions(suppressed_names=frozenset({"Hariet"})),
        Decisions(),
    ]
    seen = set()
    for decisions in taught:
        _same_as_fresh(analyzer, documents, decisions)
        seen.add(frozenset(_variant_names(documents, decisions)))
    assert len(seen) > 1  # the decisions did change what is found
    # And with an edit between each decision.
    texts = list(CHAPTERS)
    for step, decisions in enumerate(taught):
        texts[step % 3] += f"\n\nHarriet waved {step} times."
        _same_as_fresh(analyzer, _documents(texts), decisions)


def _contexts(monkeypatch: pytest.MonkeyPatch) -> list[CheckContext]:
    """Every run's check context, its mention index made (from what the last run kept)
    before the checks make theirs."""
    made: list[CheckContext] = []
    real = analysis.run_checks

    def spy(manuscript, phrases, decisions, settings):
        context = CheckContext(manuscript, phrases, decisions, settings)
        assert context.mentions is not None
        made.append(context)
        return real(manuscript, phrases, decisions, settings)

    monkeypatch.setattr(analysis, "run_checks", spy)
    return made


def _mention_table(index: MentionIndex) -> list[tuple]:
    manuscript = index.manuscript
    rows = []
    for view in manuscript.sentence_list:
        for m in index.in_sentence(view):
            assert m.sentence is view or m.sentence == view
            rows.append((m.cluster.name, m.span, m.run, view.order, m.sentence.order))
    by_cluster = {c.name: [(m.span, m.sentence.order) for m in index.by_cluster[c.name]]
                  for c in manuscript.clusters(EntityKind.CHARACTER)}
    resolved = [(view.order, pronoun, getattr(index.resolve(view, pronoun), "name", None))
                for view in manuscript.sentence_list for pronoun in ("she", "he", "")]
    genders = dict(index.genders)
    return [rows, by_cluster, resolved, genders, dict(index.by_sentence).keys()]


def test_kept_mention_index_answers_as_a_fresh_one(monkeypatch):
    contexts = _contexts(monkeypatch)
    analyzer = Analyzer()
    rng = random.Random(3)
    texts = list(CHAPTERS)
    for _ in range(25):
        target = rng.randrange(len(texts))
        paragraphs = texts[target].split("\n\n")
        at = rng.randrange(1, len(paragraphs))
        paragraphs[at] = rng.choice([f"{paragraphs[at]} Harriet smiled at Mr. Weston.",
                                     f"She waved. {paragraphs[at]}",
                                     paragraphs[at].replace("Harriet", "Colette", 1)])
        texts[target] = "\n\n".join(paragraphs)
        if rng.random() < 0.2:
            texts.reverse()
        analyzer.run(_documents(texts))
        kept = contexts[-1].mentions
        analyze(_documents(texts))
        fresh = contexts[-1].mentions
        assert kept.manuscript.kept
        assert not fresh.manuscript.kept
        assert _mention_table(kept) == _mention_table(fresh)


def _capitalised_tokens(manuscript) -> dict[str, list[Span]]:
    """Every capitalised word outside headings -> its spans in reading order, the plain way."""
    found: dict[str, list[Span]] = {}
    for placed in manuscript.paragraphs:
        if placed.parsed.heading:
            continue
        for token in placed.parsed.capitalised:
            found.setdefault(token.text, []).append(Span(
                placed.document, placed.base + token.start, placed.base + token.end, token.text))
    return found


def test_kept_capitalised_words_match_the_manuscript(monkeypatch):
    contexts = _contexts(monkeypatch)
    analyzer = Analyzer()
    texts = list(CHAPTERS)
    for step in range(6):
        texts[step % 3] = texts[step % 3].replace("Harriet", "Hariet", 1) + f"\n\nZoe {step}."
        analyzer.run(_documents(texts))
        manuscript = contexts[-1].manuscript
        words = capitalised_words(manuscript)
        assert words is capitalised_words(manuscript)  # brought up to date once per run
        expected = _capitalised_tokens(manuscript)
        assert dict(words.counts) == {w: len(s) for w, s in expected.items()}
        for word, spans in expected.items():
            assert words.spans(word) == spans
        assert words.spans("Harriet", "Hariet") == sorted(
            expected.get("Harriet", []) + expected.get("Hariet", []),
            key=lambda s: (manuscript.order[s.document], s.start))


def test_paragraphs_of_matches_document_paragraphs(monkeypatch):
    contexts = _contexts(monkeypatch)
    analyzer = Analyzer()
    texts = list(CHAPTERS)
    for step in range(4):
        analyzer.run(_documents(texts))
        manuscript = contexts[-1].manuscript
        for document in manuscript.documents:
            assert manuscript.paragraphs_of(document) == manuscript.document_paragraphs[document]
        texts = [texts[-1], *texts[:-1]]
        texts[0] += f"\n\nA paragraph {step}.\n\nCHAPTER X\n\nAnother."


def test_a_name_run_in_an_unchanged_chapter_changing_its_form(monkeypatch):
    """Whether "Old Tomas" is a name of its own or "Tomas" with an adjective hangs on how
    often the whole manuscript writes "old" in lower case: an edit in another chapter moves
    the runs of an unchanged chapter from one character's form to another's."""
    named = ("Tomas waved. Yesterday I met Old Tomas at the quay, and Old Tomas smiled. "
             "Then Old Tomas laughed.\n\nLater we met Old Tomas again.")
    plain = "Tomas laughed at the fishermen. Tomas said nothing."
    olds = "An old dog and an old cat slept. The old man was old."
    variants = [[named, plain, "Nothing."], [named, plain, olds], [named, plain, "Nothing."],
                [named, plain, olds + " " + olds], [named, plain, "Nothing."]]
    results = {analyze(_documents(texts)).characters for texts in variants}
    assert len(results) > 1  # not vacuous: the forms do change
    contexts = _contexts(monkeypatch)
    analyzer = Analyzer()
    for texts in variants:
        _same_as_fresh(analyzer, _documents(texts))
        kept, fresh = contexts[-2].mentions, contexts[-1].mentions
        assert kept.manuscript.kept
        assert _mention_table(kept) == _mention_table(fresh)


_SENTENCES = [
    "Harriet smiled.", "Hariet smiled.", "Mr. Weston nodded at Harriet.", "Old Tomas laughed.",
    "Tomas said nothing.", "The old man was old.", "Colette had passed away.",
    "Colette took Sofie under her wing.", "Her sister, Zoe, waved.", "Zoë laughed.",
    "She said nothing more about it.", "Sofie Laurent painted.", "Sophie Laurent painted.",
]


@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 5), st.integers(0, 12),
                          st.sampled_from(["append", "insert", "delete", "replace", "swap"])),
                min_size=1, max_size=8))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_sequence_of_edits_gives_what_a_fresh_analysis_gives(edits):
    chapters = [["Harriet Smith walked in.", "Colette smiled."], ["Mr. Weston sat."],
                ["Zoë waved.", "Harriet laughed."]]
    analyzer = Analyzer()
    for chapter, at, sentence, kind in edits:
        paragraphs = chapters[chapter]
        at = at % (len(paragraphs) + 1)
        if kind == "append" and paragraphs:
            paragraphs[at % len(paragraphs)] += " " + _SENTENCES[sentence]
        elif kind == "insert":
            paragraphs.insert(at, _SENTENCES[sentence])
        elif kind == "delete" and len(paragraphs) > 1:
            del paragraphs[at % len(paragraphs)]
        elif kind == "replace" and paragraphs:
            paragraphs[at % len(paragraphs)] = _SENTENCES[sentence]
        elif kind == "swap":
            chapters[chapter], chapters[at % 3] = chapters[at % 3], chapters[chapter]
        _same_as_fresh(analyzer, _documents(["\n\n".join(p) for p in chapters]))
