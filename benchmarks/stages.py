"""Where a re-analysis after a one-paragraph edit spends its time, stage by stage.

    python -m benchmarks.stages [--edits N]

Runs figure (b) of `make bench` (Emma's chapters, a sentence appended to one prose paragraph
per edit) with each stage of `Analyzer.run` and each check timed, and prints the median
milliseconds of each. A tool for the person making a stage faster; `make bench` gives the
figure that counts.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from benchmarks.run import EMMA, edit_once, emma_chapter_documents, prose_paragraphs

Timings = dict[str, list[float]]


def _timing(label: str, function: Callable[..., Any], timings: Timings) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        result = function(*args, **kwargs)
        if hasattr(result, "__next__"):  # a check's find() is a generator: drain it here
            result = list(result)
        timings[label].append(time.perf_counter() - started)
        return result

    return timed


def instrument(timings: Timings) -> None:
    """Wrap the pipeline's stages and every check so that each call is timed."""
    import app.core.analysis as analysis
    from app.core.checks import CHECKS

    for name, label in [
        ("collect_forms", "forms"),
        ("EntityFinder", "entity finder"),
        ("Manuscript", "manuscript view"),
        ("find_phrases", "phrases"),
        ("run_checks", "checks (all)"),
        ("_entities", "entity lists"),
    ]:
        setattr(analysis, name, _timing(label, getattr(analysis, name), timings))
    for check in CHECKS:
        short = check.__name__.rsplit(".", 1)[-1]
        check.find = _timing(f"  check {short}", check.find, timings)
    parse = analysis.Analyzer._parse

    def parse_all(self: Any, documents: Any, cancelled: Any) -> Any:
        started = time.perf_counter()
        placed = list(parse(self, documents, cancelled))
        timings["parse"].append(time.perf_counter() - started)
        return iter(placed)

    analysis.Analyzer._parse = parse_all  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stages", description=__doc__)
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if not EMMA.is_file():
        print(f"skipped: {EMMA} not found")
        return 0
    from app.core.analysis import Analyzer

    timings: Timings = defaultdict(list)
    instrument(timings)
    documents = emma_chapter_documents()
    analyzer = Analyzer()
    analyzer.run(documents)
    timings.clear()
    rng = random.Random(args.seed)
    prose = prose_paragraphs(documents)
    totals = []
    for _ in range(args.edits):
        documents = edit_once(documents, rng.choice(prose), "She said nothing more about it.")
        started = time.perf_counter()
        analyzer.run(documents)
        totals.append(time.perf_counter() - started)
    accounted = 0.0
    for label, values in timings.items():
        median = statistics.median(values) * 1000
        if not label.startswith("  "):
            accounted += median
        print(f"{label:<28}{median:8.1f} ms")
    total = statistics.median(totals) * 1000
    print(f"{'rest (result, glue)':<28}{total - accounted:8.1f} ms")
    print(f"{'total (median)':<28}{total:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
