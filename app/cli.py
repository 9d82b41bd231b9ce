"""The `continuity` command: `check` runs the analysis headless, `open` (or nothing) the app.

Exit codes of `check`: 0 no warnings, 1 warnings, 2 bad input or usage — with a one-line message
on stderr and never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

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
    check = commands.add_parser("check", help="analyse text files and report warnings")
    check.add_argument("paths", nargs="+", help="text files or folders (.txt .md .docx .odt)")
    check.add_argument("--json", action="store_true", help="print the JSON report")
    check.add_argument("--format", choices=FORMATS, default=None, help="report format")
    opener = commands.add_parser("open", help="open the app (default)")
    opener.add_argument("paths", nargs="*", help="a project file, or files/folders to import")
    opener.add_argument("--project", help="project file to create or open for the imported files")
    return parser


def run_check(paths: Sequence[str], fmt: str) -> int:
    batch = import_paths(paths)
    for refused in batch.refused:
        print(f"continuity: {refused}", file=sys.stderr)
    if not batch.documents:
        if not batch.refused:
            print("continuity: no text files found in the given paths", file=sys.stderr)
        return 2
    documents = _documents(batch.documents)
    result = analyze(documents)
    report = report_dict(result, {doc.id: doc for doc in documents})
    output = render(report, fmt)
    if output:
        print(output)
    if batch.refused:
        return 2
    return 1 if result.warnings else 0


def _documents(imported: Sequence) -> list[DocumentText]:
    """Name each document by its file name, so locations read like compiler output."""
    names = [doc.source.name for doc in imported]
    documents = []
    for index, doc in enumerate(imported):
        name = doc.source.name if names.count(doc.source.name) == 1 else doc.title
        if name in {d.title for d in documents}:
            name = f"{name} ({index + 1})"
        documents.append(DocumentText(str(index), name, doc.text))
    return documents


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "check":
            return run_check(args.paths, args.format or ("json" if args.json else "text"))
        from app.gui import launch  # Qt is loaded only when a window is wanted

        paths = args.paths if args.command == "open" else []
        project = args.project if args.command == "open" else None
        return launch(list(paths), project)
    except ContinuityError as error:
        print(f"continuity: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
