"""The pipeline in app.core.analysis: caching, cancellation, determinism."""

import gc

import pytest

from app.core import analysis
from app.core.analysis import AnalysisCancelled, Analyzer, analyze
from app.core.model import DocumentText

CHAPTERS = [
    DocumentText("1", "One", "Sofie Laurent walked home.\n\nLater Sofie smiled at the baker."),
    DocumentText("2", "Two", "Sophie Dumas arrived.\n\nSophie smiled at the porter, said Anna."),
]


def test_analyzer_reparses_only_changed_paragraphs(monkeypatch):
    parsed: list[str] = []
    real = analysis.parse_paragraph

    def counting(text: str, heading: bool):
        parsed.append(text)
        return real(text, heading)

    monkeypatch.setattr(analysis, "parse_paragraph", counting)
    analyzer = Analyzer()
    first = analyzer.run(CHAPTERS)
    assert len(parsed) == 4
    parsed.clear()
    edited = [CHAPTERS[0], DocumentText("2", "Two", CHAPTERS[1].text + "\n\nAnna left.")]
    second = analyzer.run(edited)
    assert parsed == ["Anna left."]
    assert second.documents[1].words == first.documents[1].words + 2


def test_cached_and_fresh_results_are_identical():
    analyzer = Analyzer()
    analyzer.run(CHAPTERS)
    assert analyzer.run(CHAPTERS) == analyze(CHAPTERS)


def test_a_finished_run_leaves_nothing_for_the_cyclic_collector():
    # Cycles would keep each run's manuscript and mentions alive until a collector pass,
    # which then frees them all at once: a pause while the writer types.
    chapters = [DocumentText("1", "One", "Sofie Laurent walked home. She smiled.\n\n"
                                          "Her mother, Colette, had died that spring.")]
    analyzer = Analyzer()
    gc.collect()
    gc.disable()
    try:
        analyzer.run(chapters)
        analyzer.run([DocumentText("1", "One", chapters[0].text + "\n\nSofie wept.")])
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_cancellation_stops_the_run():
    with pytest.raises(AnalysisCancelled):
        analyze(CHAPTERS, cancelled=lambda: True)


def test_empty_manuscript_gives_an_empty_result():
    result = analyze([DocumentText("1", "Empty", "")])
    assert result.words == 0
    assert (result.characters, result.places, result.phrases, result.warnings) == ((), (), (), ())


def test_word_counts_per_document():
    result = analyze(CHAPTERS)
    assert [(d.title, d.words) for d in result.documents] == [("One", 10), ("Two", 10)]
