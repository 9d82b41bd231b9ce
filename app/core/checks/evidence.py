"""How a contradiction is told: two places in the manuscript, each with a short quotation."""

from __future__ import annotations

from app.core.checks.base import CheckContext, finding_key
from app.core.model import Finding, Span, WarningKind

QUOTE_LIMIT = 80


def quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    """The text on one line, cut at `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def contrast(
    context: CheckContext,
    rule: str,
    name: str,
    first: tuple[Span, str],
    second: tuple[Span, str],
    subject: str,
    extra_key: str = "",
) -> Finding:
    """A contradiction between two sentences: "{subject} {claim} in ‘A’ (“…”) but {claim} in
    ‘B’ (“…”)." — the sentences are the finding's evidence, in reading order."""
    title = context.manuscript.title
    (a, claim_a), (b, claim_b) = first, second
    message = (
        f"{subject} {claim_a} in ‘{title(a.document)}’ (“{quote(a.text)}”) but {claim_b} in "
        f"‘{title(b.document)}’ (“{quote(b.text)}”)."
    )
    kind = WarningKind.CONTRADICTION
    return Finding(kind, message, (name,), (a, b), finding_key(kind, rule, (name,), extra_key),
                   rule)
