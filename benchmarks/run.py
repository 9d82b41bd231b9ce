"""`make bench`: how fast and how big Continuity is on a real novel, each against a baseline.

Every figure is printed next to a baseline measured in the same run on the same machine, and
the ratio between them, because absolute seconds mean little across laptops while "three
times a tokenizer pass" does not drift:

(a) `continuity check emma.txt --json`, whole process wall time (median of 3), against a
    process that only reads Emma and runs NLTK's TreebankWordTokenizer over it (≤ 3×);
(b) incremental re-analysis with `Analyzer.run` after appending a sentence to one paragraph,
    median of 10 edits, against the cold first run (≤ 50 ms);
(c) a 1,000,000-word project (Emma × 6 as six documents) against Emma alone (≤ 7×);
(d) peak RSS of the check process (≤ 400 MB), against the tokenizer process;
(e) GUI figures (first paint, event-loop stall while typing, edit → side panel refresh),
    measured by benchmarks/gui_probe.py in an offscreen Qt subprocess when app.gui exists.

Emma is read from ../shared/corpus/emma.txt and never copied into the repository; without it
the figures that need it are printed as skipped, with the reason.

    python -m benchmarks.run [--only a,b,c,d,e] [--profile]

--profile adds pyinstrument trees of a cold analysis and of a re-analysis after an edit.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EMMA = (REPO / ".." / "shared" / "corpus" / "emma.txt").resolve()
GUI_PROBE = Path(__file__).resolve().parent / "gui_probe.py"

# The baseline of (a) and (d): read Emma and tokenize it, nothing else. Run as `python -c` so
# it pays the same interpreter start-up as the CLI and the ratio isolates the analysis.
TOKENIZER_BASELINE = """
import sys
from nltk.tokenize import TreebankWordTokenizer
text = open(sys.argv[1], encoding="utf-8").read()
tokenizer = TreebankWordTokenizer()
print(sum(len(tokenizer.tokenize(p)) for p in text.split("\\n\\n")))
"""


@dataclass(frozen=True)
class Figure:
    """One row of the table. `value`/`baseline` are None when the figure could not be taken."""

    name: str
    value: float | None
    baseline: float | None
    unit: str
    target: str
    passed: bool | None
    ratio: float | None = None
    note: str = ""


@dataclass(frozen=True)
class ProcessRun:
    seconds: float
    peak_rss_mb: float
    returncode: int
    stderr: str


def run_process(command: Sequence[str], env: dict[str, str] | None = None) -> ProcessRun:
    """Run a command to completion; wall time and its own peak RSS.

    `os.wait4` returns the rusage of exactly this child, so its ru_maxrss is the true peak
    (polling psutil would miss short spikes, and RUSAGE_CHILDREN mixes in every earlier
    child). Output goes to temporary files so a large --json cannot fill a pipe and stall.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, cwd=REPO, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    return ProcessRun(seconds, usage.ru_maxrss * scale / 2**20, process.returncode, stderr)


def median_run(
    command: Sequence[str], repeat: int = 3, ok_codes: tuple[int, ...] = (0,)
) -> tuple[float, float, ProcessRun]:
    """Median wall time and largest peak RSS over `repeat` runs; stops at the first failure."""
    runs: list[ProcessRun] = []
    for _ in range(repeat):
        run = run_process(command)
        runs.append(run)
        if run.returncode not in ok_codes:
            break
    return statistics.median(r.seconds for r in runs), max(r.peak_rss_mb for r in runs), runs[-1]


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:90] if lines else "no output"


# ---- (a) and (d): whole-process figures ------------------------------------------------------


def process_figures() -> list[Figure]:
    check = [sys.executable, "-m", "app", "check", str(EMMA), "--json"]
    baseline = [sys.executable, "-c", TOKENIZER_BASELINE, str(EMMA)]
    base_s, base_rss, base_run = median_run(baseline)
    if base_run.returncode != 0:
        note = f"baseline failed: {_last_line(base_run.stderr)}"
        return [
            Figure("check emma.txt --json (wall)", None, None, "s", "≤ 3×", None, note=note),
            Figure("check peak RSS", None, None, "MB", "≤ 400 MB", None, note=note),
        ]
    # `check` exits 1 when it found warnings (which Emma has): only 2 and above are failures.
    check_s, check_rss, check_run = median_run(check, ok_codes=(0, 1))
    if check_run.returncode not in (0, 1):
        note = f"check exited {check_run.returncode}: {_last_line(check_run.stderr)}"
        return [
            Figure("check emma.txt --json (wall)", None, base_s, "s", "≤ 3×", None, note=note),
            Figure("check peak RSS", None, base_rss, "MB", "≤ 400 MB", None, note=note),
        ]
    ratio = check_s / base_s
    return [
        Figure(
            "check emma.txt --json (wall)",
            check_s,
            base_s,
            "s",
            "≤ 3×",
            ratio <= 3,
            ratio,
            "median of 3; baseline: read + TreebankWordTokenizer",
        ),
        Figure(
            "check peak RSS",
            check_rss,
            base_rss,
            "MB",
            "≤ 400 MB",
            check_rss <= 400,
            check_rss / base_rss,
            "os.wait4 ru_maxrss; baseline: tokenizer process",
        ),
    ]


# ---- (b) and (c): in-process figures ---------------------------------------------------------


def emma_documents(copies: int = 1) -> list:
    """Emma as `copies` documents that differ in whitespace only.

    The analysis reuses identical paragraphs within a run, so six identical copies would
    measure a cache hit, not a million words. Widening the first space of every paragraph
    (one more space per copy) makes each paragraph's text unique while leaving every word,
    name and sentence as it was.
    """
    from app.core.model import DocumentText
    from benchmarks.eval.gold import normalise_text

    text = normalise_text(EMMA.read_bytes())
    documents = []
    for k in range(copies):
        paragraphs = text.split("\n\n")
        if k:
            paragraphs = [p.replace(" ", " " * (k + 1), 1) for p in paragraphs]
        documents.append(
            DocumentText(f"emma-{k + 1}", f"Emma, copy {k + 1}", "\n\n".join(paragraphs))
        )
    return documents


def emma_chapter_documents() -> list:
    """Emma as the GUI's import holds it: one document per "CHAPTER N" (see gui_probe)."""
    from app.core.model import DocumentText
    from benchmarks.eval.gold import normalise_text
    from benchmarks.gui_probe import emma_chapters

    chapters = emma_chapters(normalise_text(EMMA.read_bytes()))
    return [DocumentText(f"ch-{n:02d}", title, text) for n, (title, text) in enumerate(chapters)]


def prose_paragraphs(documents: Sequence) -> list[tuple[int, int]]:
    """(document, paragraph) of every prose paragraph: a writer types into prose, and
    appending to "CHAPTER IV" would turn a heading into a paragraph."""
    return [
        (d, i)
        for d, doc in enumerate(documents)
        for i, p in enumerate(doc.text.split("\n\n"))
        if p.count("\n") >= 2
    ]


def edit_once(documents: list, place: tuple[int, int], sentence: str) -> list:
    """The documents with `sentence` appended to the paragraph at `place`."""
    from app.core.model import DocumentText

    d, paragraph = place
    doc = documents[d]
    edited = list(documents)
    edited[d] = DocumentText(doc.id, doc.title, append_sentence(doc.text, paragraph, sentence))
    return edited


def _timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def append_sentence(text: str, paragraph: int, sentence: str) -> str:
    """Append `sentence` at the end of the `paragraph`-th paragraph (blank-line separated)."""
    parts = text.split("\n\n")
    parts[paragraph] = parts[paragraph].rstrip() + " " + sentence
    return "\n\n".join(parts)


def incremental_figure(edits: int = 10, seed: int = 7) -> Figure:
    import app.core.analysis as analysis

    name = "incremental edit (Analyzer.run)"
    if not hasattr(analysis, "Analyzer"):
        return Figure(name, None, None, "ms", "≤ 50 ms", None, note="n/a: no Analyzer yet")
    analyzer = analysis.Analyzer()
    documents = emma_chapter_documents()
    cold = _timed(lambda: analyzer.run(documents))
    rng = random.Random(seed)
    prose = prose_paragraphs(documents)
    times = []
    for _ in range(edits):
        documents = edit_once(documents, rng.choice(prose), "She said nothing more about it.")
        times.append(_timed(lambda d=documents: analyzer.run(d)))
    value = statistics.median(times) * 1000
    return Figure(
        name,
        value,
        cold * 1000,
        "ms",
        "≤ 50 ms",
        value <= 50,
        value / (cold * 1000),
        f"median of {edits} edits to Emma's {len(documents)} chapters; baseline: cold first run",
    )


def million_words_figure() -> list[Figure]:
    from app.core.analysis import analyze

    one = emma_documents(1)
    six = emma_documents(6)
    base = _timed(lambda: analyze(one))
    results = []
    value = _timed(lambda: results.append(analyze(six)))
    result_words = results[0].words  # as the analysis counts them, not str.split()
    ratio = value / base
    return [
        Figure(
            f"analyze {result_words / 1e6:.2f}M words (Emma × 6)",
            value,
            base,
            "s",
            "≤ 7×",
            ratio <= 7,
            ratio,
            "six documents; baseline: analyze(Emma)",
        )
    ]


# ---- (e) GUI hooks ---------------------------------------------------------------------------


def _unit(key: str) -> str:
    return "MB" if key.endswith("_mb") else "ms"


def gui_figures() -> list[Figure]:
    """First paint, typing stall, edit → panel refresh and its parts, from an offscreen Qt
    subprocess.

    The probe (benchmarks/gui_probe.py) prints one JSON object with the figures in
    milliseconds, or {"error": ...}; these hooks only run it and judge the result, so the GUI
    engineer can refine the probe without touching this table.
    """
    try:
        from app.gui.analysis_runner import DEBOUNCE_MS as debounce
    except ImportError:
        debounce = 500
    names = {
        "first_paint_ms": ("GUI first paint (Emma project)", "≤ 1500 ms", 1500.0),
        "typing_stall_ms": ("GUI event-loop stall while typing", "≤ 50 ms", 50.0),
        "peak_rss_mb": ("GUI peak RSS (Emma project, after the edits)", "≤ 400 MB", 400.0),
        # Issue 4: the refresh after a one-paragraph edit, median ≤ 50 ms, follows the
        # runner's pause in typing (DEBOUNCE_MS); the parts say where a refresh spends its time.
        "edit_to_panel_ms": ("GUI edit → side panel painted, median",
                             f"≤ {debounce + 100} ms", debounce + 100.0),
        "refresh_ms": ("GUI refresh (analysis start → panel painted)", "≤ 50 ms", 50.0),
        # The parts are where the time goes, not targets of their own.
        "refresh_analysis_ms": ("  part: analysis (worker)", "—", None),
        "refresh_save_ms": ("  part: save by difference (worker)", "—", None),
        "refresh_apply_ms": ("  part: apply to the panel (GUI thread)", "—", None),
        "refresh_overhead_ms": ("  all but the analysis (critical path)", "—", None),
        "refresh_gui_thread_ms": ("  GUI-thread time (snapshot, apply, paint)", "—", None),
    }
    try:
        import app.gui  # noqa: F401  (only to know whether a GUI exists yet)
    except ImportError as error:
        note = f"n/a: {error}"
        return [Figure(n, None, None, "ms", t, None, note=note) for n, t, _ in names.values()]
    if not GUI_PROBE.exists():
        note = "n/a: benchmarks/gui_probe.py not written yet"
        return [Figure(n, None, None, "ms", t, None, note=note) for n, t, _ in names.values()]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as home:
        # A private HOME keeps the probe's recent-projects list and settings out of the user's.
        env.update({"HOME": home, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home})
        command = [sys.executable, str(GUI_PROBE), str(EMMA), home]
        done = subprocess.run(
            command, capture_output=True, text=True, env=env, cwd=REPO, timeout=600
        )
    try:
        data = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        data = {"error": _last_line(done.stderr or done.stdout)}
    figures = []
    # Targets proposed here (the brief left them open): a window within 1.5 s, no stall a
    # typist could feel (50 ms), panels current within a second of a pause.
    for key, (name, target, limit) in names.items():
        value = data.get(key)
        if value is None:
            note = f"n/a: {data.get('error') or data.get(key + '_note') or 'not measured'}"
            figures.append(Figure(name, None, None, _unit(key), target, None, note=note))
        else:
            note = data.get("note", "") if not figures else ""  # said once, under the first
            passed = None if limit is None else value <= limit
            figures.append(Figure(name, value, None, _unit(key), target, passed, note=note))
    return figures


# ---- table -----------------------------------------------------------------------------------


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.0f} {unit}"


def print_table(figures: Sequence[Figure]) -> None:
    rows = [("figure", "value", "baseline", "ratio", "target", "result")]
    for f in figures:
        if f.passed is None:
            result = "SKIP" if f.value is None else ""
        else:
            result = "PASS" if f.passed else "FAIL"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        rows.append(
            (f.name, _fmt(f.value, f.unit), _fmt(f.baseline, f.unit), ratio, f.target, result)
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        cells = [
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells))
        if n == 0:
            print("  ".join("-" * w for w in widths))
    notes = [(f.name, f.note) for f in figures if f.note]
    if notes:
        print()
        for name, note in notes:
            print(f"  {name}: {note}")


def profile_emma() -> None:
    """--profile: where a cold analyze(Emma) spends its time, then where a re-analysis after
    a one-paragraph edit (figure b) does (pyinstrument)."""
    from pyinstrument import Profiler

    from app.core.analysis import Analyzer
    from app.core.model import DocumentText

    def profiled(label: str, documents: list[DocumentText]) -> None:
        profiler = Profiler()
        profiler.start()
        analyzer.run(documents)
        profiler.stop()
        print(f"{label}:")
        print(profiler.output_text(unicode=True, color=False, show_all=False))

    documents = emma_chapter_documents()
    analyzer = Analyzer()
    profiled("cold analyze(Emma)", documents)
    prose = prose_paragraphs(documents)
    edited = edit_once(documents, prose[len(prose) // 2], "She said nothing more.")
    profiled("re-analysis after a one-paragraph edit", edited)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--only", default="a,b,c,d,e", help="comma-separated figure letters")
    parser.add_argument("--profile", action="store_true",
                        help="profile analyze(Emma) and an incremental edit too")
    args = parser.parse_args(argv)
    wanted = set(args.only.split(","))

    print(f"Continuity benchmarks — Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    if not EMMA.is_file():
        print(f"skipped: {EMMA} not found (Emma is read from ../shared/corpus, never copied).")
        return 0
    figures: list[Figure] = []
    if wanted & {"a", "d"}:
        figures += [
            f
            for f in process_figures()
            if ("RSS" in f.name and "d" in wanted) or ("RSS" not in f.name and "a" in wanted)
        ]
    if "b" in wanted:
        figures.append(incremental_figure())
    if "c" in wanted:
        figures += million_words_figure()
    if "e" in wanted:
        figures += gui_figures()
    print()
    print_table(figures)
    if args.profile:
        print()
        profile_emma()
    return 0


if __name__ == "__main__":
    sys.exit(main())
