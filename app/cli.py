"""The `continuity` command: `check` runs the analysis headless, `open` (or nothing) the app.

`check` takes text files, folders and project files (`*.continuity`, opened read-only: their
chapters are analysed as they are stored). Exit codes of `check`: 0 no warnings, 1 warnings,
2 bad input or usage — with a one-line message on stderr and never a traceback. When the
reader of the output goes away (`continuity check ... | head -1`) it stops quietly with 141,
the code a shell gives a program ended by SIGPIPE.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.core.analysis import analyze
from app.core.errors import ContinuityError
from app.core.importer import import_paths
from app.core.model import DocumentText
from app.core.report import FORMATS, render, report_dict


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2 with one line, as documented
        self.exit(2, f"continuity: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="continuity", description="Continuity checking for novelists.")
    parser.add_argument("--version", action="version", version=f"continuity {__version__}")
    commands = parser.add_subparsers(dest="command")
    check = commands.add_parser("check", help="analyse text files or projects and report warnings")
    check.add_argument(
        "paths", nargs="+", help="text files, folders or projects (.txt .md .docx .odt .continuity)"
    )
    check.add_argument("--json", action="store_true", help="print the JSON report")
    check.add_argument("--format", choices=FORMATS, default=None, help="report format")
    opener = commands.add_parser("open", help="open the app (default)")
    opener.add_argument("paths", nargs="*", help="a project file, or files/folders to import")
    opener.add_argument("--project", help="project file to create or open for the imported files")
    return parser


PROJECT_SUFFIX = ".continuity"
BROKEN_PIPE_EXIT = 141  # 128 + SIGPIPE


def run_check(paths: Sequence[str], fmt: str) -> int:
    # One analysis, one report, then the process ends: the cyclic collector would only walk
    # the analysis's few hundred thousand live objects (a tenth of the run) to free nothing
    # that exit does not free anyway. Reference counting still frees as usual.
    gc.disable()
    projects = [path for path in paths if Path(path).suffix.casefold() == PROJECT_SUFFIX]
    files = [path for path in paths if path not in projects]
    chapters, problems = _project_chapters(projects)
    batch = import_paths(files)
    problems += [str(refused) for refused in batch.refused]
    for problem in problems:
        print(f"continuity: {problem}", file=sys.stderr)
    named = chapters + [(doc.source.name, doc.title, doc.text) for doc in batch.documents]
    if not named:
        if not problems:
            found = "chapters or text files" if projects else "text files"
            print(f"continuity: no {found} found in the given paths", file=sys.stderr)
        return 2
    documents = _documents(named)
    result = analyze(documents)
    report = report_dict(result, {doc.id: doc for doc in documents})
    output = render(report, fmt)
    if output:
        print(output)
    if problems:
        return 2
    return 1 if result.warnings else 0


def _project_chapters(paths: Sequence[str]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """(name, title, text) of every chapter in the projects, opened read-only, and the
    one-line message of each project that cannot be read (damaged, missing, newer...)."""
    if not paths:
        return [], []
    from app.store import Project  # SQLite is loaded only when a project is checked

    chapters: list[tuple[str, str, str]] = []
    problems: list[str] = []
    for path in paths:
        try:
            with Project.open(path, read_only=True) as project:
                chapters += [(doc.title, doc.title, doc.text) for doc in project.documents()]
        except ContinuityError as error:
            problems.append(str(error))
    return chapters, problems


def _documents(named: Sequence[tuple[str, str, str]]) -> list[DocumentText]:
    """Name each document by its file name (a chapter by its title), so locations read like
    compiler output; `named` holds (name, title, text), the title used when names clash."""
    names = [name for name, _title, _text in named]
    documents = []
    for index, (name, title, text) in enumerate(named):
        label = name if names.count(name) == 1 else title
        if label in {d.title for d in documents}:
            label = f"{label} ({index + 1})"
        documents.append(DocumentText(str(index), label, text))
    return documents


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "check":
            code = run_check(args.paths, args.format or ("json" if args.json else "text"))
            sys.stdout.flush()  # a closed pipe must fail here, not in the exit-time flush
            return code
        from app.gui import launch  # Qt is loaded only when a window is wanted

        paths = args.paths if args.command == "open" else []
        project = args.project if args.command == "open" else None
        return launch(list(paths), project)
    except ContinuityError as error:
        print(f"continuity: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped reading (`| head -1`). As the Python docs' SIGPIPE note advises,
        # point stdout at devnull so the interpreter's own flush at exit cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return BROKEN_PIPE_EXIT
