"""Planted problems outside the spec (make eval): everyday echoes and beyond-text clashes.

Everyday-word echoes are scored against the run with `echo_everyday_words` on; contradictions
marked `beyond_text` stay in the contradictions score but not in the planted-problems target.
"""

from __future__ import annotations

import json

from app.core.model import AnalysisResult, Finding, Span, WarningKind
from benchmarks.eval.gold import load_gold
from benchmarks.eval.run import CorpusReport, planted_problems, score_result
from benchmarks.eval.scoring import GoldContradiction, Score

GOLD = {
    "title": "tiny",
    "documents": ["tiny.txt"],
    "characters": [{"name": "Emeka"}],
    "variants": [["Emeka", "Emmeka"]],
    "contradictions": [
        {"kind": "death", "names": ["Obinna"]},
        {
            "kind": "relation",
            "names": ["Emeka"],
            "beyond_text": "Only a reader who assumes the families are unrelated sees it.",
        },
    ],
    "phrases": ["as God is my witness"],
    "echoes": ["glittered"],
    "everyday_echoes": ["traffic"],
}


def _gold(tmp_path, data=GOLD):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_gold(path)


def _echo(*words: str) -> Finding:
    spans = tuple(Span("tiny.txt", 0, len(w), w) for w in words)
    return Finding(WarningKind.ECHO, "echo", (words[0],), spans, key=words[0], rule="echo")


def _result(*warnings: Finding) -> AnalysisResult:
    return AnalysisResult((), (), (), (), warnings)


def test_everyday_echoes_and_beyond_text_load(tmp_path):
    gold = _gold(tmp_path)
    assert gold.echoes == ("glittered",)
    assert gold.everyday_echoes == ("traffic",)
    assert gold.contradictions == (
        GoldContradiction("death", ("Obinna",)),
        GoldContradiction(
            "relation",
            ("Emeka",),
            beyond_text="Only a reader who assumes the families are unrelated sees it.",
        ),
    )


def test_both_keys_are_optional(tmp_path):
    data = {k: v for k, v in GOLD.items() if k != "everyday_echoes"}
    data["contradictions"] = [{"kind": "death", "names": ["Obinna"]}]
    gold = _gold(tmp_path, data)
    assert gold.everyday_echoes == ()
    assert gold.contradictions[0].beyond_text == ""
    assert "everyday echoes" not in score_result(gold, _result())


def test_everyday_echoes_are_scored_from_the_setting_on_run(tmp_path):
    gold = _gold(tmp_path)
    default = _result(_echo("glittered", "glittered"))
    everyday_on = _result(_echo("glittered", "glittered"), _echo("traffic", "traffic"))
    scores = score_result(gold, default, everyday_on)
    assert (scores["echoes"].tp, scores["echoes"].fn) == (1, 0)
    assert (scores["everyday echoes"].tp, scores["everyday echoes"].fp) == (1, 0)
    # The default run's echoes never count for everyday words, and without a setting-on run
    # they are all missed.
    missed = score_result(gold, everyday_on)["everyday echoes"]
    assert (missed.tp, missed.fn, missed.misses) == (0, 1, ("traffic",))


def test_planted_problems_leave_out_beyond_text_contradictions(tmp_path):
    gold = _gold(tmp_path)
    scores = {
        "variants": Score(1, 0, 0),
        "contradictions": Score(1, 0, 1, misses=("relation: Emeka",)),
        "phrases": Score(1, 0, 0),
        "echoes": Score(0, 0, 1, misses=("glittered",)),
        "everyday echoes": Score(1, 0, 0),
    }
    report = CorpusReport("tiny", scores=scores, contradictions_found=(True, False))
    planted = planted_problems(gold, report)
    # 5 stated problems (the beyond-text relation is not one), 4 found, the echo missed.
    assert (planted.tp, planted.fn) == (4, 1)
    assert planted.misses == ("echoes: glittered",)
    report = CorpusReport("tiny", scores=scores, contradictions_found=(False, True))
    assert (planted_problems(gold, report).tp, planted_problems(gold, report).fn) == (3, 2)


def test_a_crashed_corpus_misses_every_planted_problem(tmp_path):
    gold = _gold(tmp_path)
    planted = planted_problems(gold, CorpusReport("tiny", error="analysis crashed: boom"))
    assert (planted.tp, planted.fn) == (0, 5)
