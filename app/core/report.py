"""The continuity report: an AnalysisResult as the CLI's JSON contract, text, Markdown, HTML, CSV.

`report_dict` is the one definition of the JSON shape that `continuity check --json` prints and
later tools rely on; the other formats render that same dictionary.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Mapping
from typing import Any

from app.core.model import AnalysisResult, DocumentText, Entity
from app.core.text import LineIndex

FORMATS = ("text", "json", "md", "html", "csv")


def report_dict(result: AnalysisResult, documents: Mapping[str, DocumentText]) -> dict[str, Any]:
    """The CLI contract: documents, characters, places, phrases, warnings with locations."""
    indexes = {doc_id: LineIndex(doc.text) for doc_id, doc in documents.items()}

    def location(span: Any) -> dict[str, Any]:
        line, column = indexes[span.document].line_col(span.start)
        return {"document": documents[span.document].title, "line": line, "column": column,
                "text": span.text}

    def entity(item: Entity) -> dict[str, Any]:
        return {"name": item.name, "aliases": list(item.aliases), "mentions": len(item.mentions)}

    return {
        "documents": [{"name": d.title, "words": d.words} for d in result.documents],
        "characters": [entity(e) for e in result.characters],
        "places": [entity(e) for e in result.places],
        "phrases": [{"text": p.text, "count": p.count} for p in result.phrases],
        "warnings": [
            {"kind": str(w.kind), "rule": w.rule, "message": w.message, "names": list(w.names),
             "locations": [location(s) for s in w.evidence]}
            for w in result.warnings
        ],
    }


def render(report: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(report, ensure_ascii=False, indent=2)
    if fmt == "text":
        return _text(report)
    if fmt == "md":
        return _markdown(report)
    if fmt == "html":
        return _html(report)
    if fmt == "csv":
        return _csv(report)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _text(report: dict[str, Any]) -> str:
    """One warning a line, like a compiler: file:line:col: kind: message."""
    lines = []
    for warning in report["warnings"]:
        first = warning["locations"][0] if warning["locations"] else None
        where = f"{first['document']}:{first['line']}:{first['column']}" if first else "-"
        lines.append(f"{where}: {warning['kind']}: {warning['message']}")
    return "\n".join(lines)


def _markdown(report: dict[str, Any]) -> str:
    out = ["# Continuity report", ""]
    words = sum(d["words"] for d in report["documents"])
    out.append(f"{len(report['documents'])} chapters, {words:,} words, "
               f"{len(report['warnings'])} warnings.")
    for title, key in (("Characters", "characters"), ("Places", "places")):
        out += ["", f"## {title}", ""]
        out += [f"- **{e['name']}** ({e['mentions']})"
                + (f" — also {', '.join(e['aliases'])}" if e["aliases"] else "")
                for e in report[key]]
    out += ["", "## Warnings", ""]
    for w in report["warnings"]:
        out.append(f"- **{w['kind']}**: {w['message']}")
        for loc in w["locations"][:10]:
            out.append(f"  - {loc['document']}:{loc['line']}:{loc['column']} “{loc['text']}”")
    out += ["", "## Repeated phrases", ""]
    out += [f"- “{p['text']}” ×{p['count']}" for p in report["phrases"][:100]]
    return "\n".join(out) + "\n"


def _html(report: dict[str, Any]) -> str:
    e = html.escape
    rows = []
    for w in report["warnings"]:
        where = "<br>".join(
            f"{e(loc['document'])}:{loc['line']}:{loc['column']} “{e(loc['text'])}”"
            for loc in w["locations"][:10]
        )
        rows.append(f"<tr><td>{e(w['kind'])}</td><td>{e(w['message'])}</td><td>{where}</td></tr>")
    people = "".join(f"<li>{e(c['name'])} ({c['mentions']})</li>" for c in report["characters"])
    places = "".join(f"<li>{e(p['name'])} ({p['mentions']})</li>" for p in report["places"])
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Continuity report</title>"
        "<style>body{font-family:Georgia,serif;max-width:60em;margin:2em auto;color:#222}"
        "td{vertical-align:top;padding:.3em .6em;border-bottom:1px solid #ddd}</style></head>"
        f"<body><h1>Continuity report</h1><h2>Warnings ({len(report['warnings'])})</h2>"
        f"<table><tr><th>Kind</th><th>Message</th><th>Where</th></tr>{''.join(rows)}</table>"
        f"<h2>Characters</h2><ul>{people}</ul><h2>Places</h2><ul>{places}</ul></body></html>\n"
    )


def _csv(report: dict[str, Any]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["kind", "rule", "message", "names", "document", "line", "column", "text"])
    for w in report["warnings"]:
        for loc in w["locations"] or [{"document": "", "line": "", "column": "", "text": ""}]:
            writer.writerow([w["kind"], w["rule"], w["message"], "; ".join(w["names"]),
                             loc["document"], loc["line"], loc["column"], loc["text"]])
    return buffer.getvalue()
