"""Every check's own examples: what it must flag, and what it must leave alone."""

import pytest

from app.core.analysis import analyze
from app.core.checks import CHECKS
from app.core.model import DocumentText

CASES = [
    pytest.param(check, example, id=f"{check.RULE}-{index}")
    for check in CHECKS
    for index, example in enumerate(check.EXAMPLES)
]


@pytest.mark.parametrize(("check", "example"), CASES)
def test_check_example(check, example):
    docs = [DocumentText(str(i), f"Chapter {i + 1}", text)
            for i, text in enumerate(example.chapters)]
    findings = [w for w in analyze(docs).warnings if w.rule == check.RULE]
    if example.names:
        assert [w.names for w in findings] == [tuple(sorted(example.names))]
        assert findings[0].kind == check.KIND
        for span in findings[0].evidence:
            assert docs[int(span.document)].text[span.start : span.end] == span.text
    else:
        assert findings == []


def test_every_check_has_examples_both_ways():
    for check in CHECKS:
        assert any(e.names for e in check.EXAMPLES), check.RULE
        assert any(not e.names for e in check.EXAMPLES), check.RULE
