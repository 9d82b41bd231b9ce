"""How a contradiction is told: two places in the manuscript, each with a short quotation."""

from __future__ import annotations

from app.core.checks.base import CheckContext, finding_key
from app.core.model import Finding, Span, WarningKind

QUOTE_LIMIT = 80


def quote(text: str, limit: int = QUOTE_LIMIT, focus: int | None = None) -> str:
    """The text on one line, cut at `limit` characters with an ellipsis — so as to keep
    `focus` (an offset in `text`: the end of the part that matters) in view."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    if focus is None or focus <= limit - 2:
        return flat[: limit - 1].rstrip() + "…"
    start = max(0, min(focus - limit // 2, len(text) - limit + 2))
    if start and not text[start - 1].isspace():  # begin on a whole word
        space = text.find(" ", start, focus)
        start = space + 1 if space >= 0 else start
    window = " ".join(text[start:].split())[: limit - 2].rstrip()
    return "…" + window + ("…" if start + limit - 2 < len(text) else "")


def contrast(
    context: CheckContext,
    rule: str,
    name: str,
    first: tuple[Span, str],
    second: tuple[Span, str],
    subject: str,
    extra_key: str = "",
    focus: tuple[int | None, int | None] = (None, None),
) -> Finding:
    """A contradiction between two sentences: "{subject} {claim} in ‘A’ (“…”) but {claim} in
    ‘B’ (“…”)." — the sentences are the finding's evidence, in reading order. `focus` gives,
    for each, the document offset where what the claim rests on ends, kept in the quote."""
    title = context.manuscript.title
    (a, claim_a), (b, claim_b) = first, second
    at_a, at_b = (None if at is None else at - span.start
                  for at, span in zip(focus, (a, b), strict=True))
    message = (
        f"{subject} {claim_a} in ‘{title(a.document)}’ (“{quote(a.text, focus=at_a)}”) but "
        f"{claim_b} in ‘{title(b.document)}’ (“{quote(b.text, focus=at_b)}”)."
    )
    kind = WarningKind.CONTRADICTION
    return Finding(kind, message, (name,), (a, b), finding_key(kind, rule, (name,), extra_key),
                   rule)
