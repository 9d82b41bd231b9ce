"""Helpers of `make bench` (benchmarks/run.py) that decide what is measured."""

from __future__ import annotations

import sys

import pytest

from benchmarks.run import EMMA, Figure, append_sentence, emma_documents, print_table, run_process


def test_append_sentence_touches_one_paragraph():
    text = "One.\n\nTwo lines\nof prose.\n\nThree."
    assert append_sentence(text, 1, "More.") == "One.\n\nTwo lines\nof prose. More.\n\nThree."


def test_run_process_reports_time_rss_and_exit_code():
    run = run_process([sys.executable, "-c", "import sys; sys.exit(3)"])
    assert run.returncode == 3
    assert run.seconds > 0
    assert 1 < run.peak_rss_mb < 1000


def test_table_shows_skips_and_verdicts(capsys):
    print_table(
        [
            Figure("fast thing", 1.0, 2.0, "s", "≤ 3×", True, 0.5),
            Figure("missing thing", None, None, "ms", "≤ 50 ms", None, note="n/a: no GUI"),
        ]
    )
    out = capsys.readouterr().out
    assert "PASS" in out
    assert "SKIP" in out
    assert "n/a: no GUI" in out


def test_emma_copies_differ_in_whitespace_only():
    if not EMMA.is_file():
        pytest.skip(f"{EMMA} not found: Emma is read from ../shared/corpus, never copied")
    docs = emma_documents(3)
    assert len({d.text for d in docs}) == 3
    assert len({tuple(d.text.split()) for d in docs}) == 1
