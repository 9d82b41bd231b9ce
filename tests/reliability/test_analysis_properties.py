"""Property tests: for any text the analysis never raises, and what it reports is sound."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.analysis import Analyzer, analyze
from app.core.model import DocumentText

# Prose-like text: words, names, punctuation, quotes, blank lines, and any Unicode at all.
_WORD = st.sampled_from(
    ["Sofie", "Sophie", "Mr.", "Mrs.", "Weston", "said", "the", "died", "later", "smiled",
     "Zoë", "Zoe", "in", "Paris", "blue", "eyes", "her", "mother,", '"Hello,"', "walked",
     "\n\n", ".", "!", "?", "CHAPTER", "I", "’s", "freshly", "baked", "bread"]
)
_PROSE = st.lists(st.one_of(_WORD, st.text(min_size=1, max_size=6)), max_size=120).map(" ".join)


def _spans(result):
    yield from (m for e in (*result.characters, *result.places) for m in e.mentions)
    yield from (o for p in result.phrases for o in p.occurrences)
    yield from (s for w in result.warnings for s in w.evidence)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PROSE, min_size=1, max_size=3))
def test_analysis_never_raises_and_spans_slice_to_their_text(chapters):
    docs = [DocumentText(str(i), f"Chapter {i}", text) for i, text in enumerate(chapters)]
    result = analyze(docs)
    texts = {d.id: d.text for d in docs}
    for span in _spans(result):
        assert 0 <= span.start <= span.end <= len(texts[span.document])
        assert texts[span.document][span.start : span.end] == span.text


@settings(max_examples=60, deadline=None)
@given(st.lists(_PROSE, min_size=1, max_size=3))
def test_reanalysis_of_unchanged_text_is_identical(chapters):
    docs = [DocumentText(str(i), f"Chapter {i}", text) for i, text in enumerate(chapters)]
    analyzer = Analyzer()
    assert analyzer.run(docs) == analyzer.run(docs) == analyze(docs)
