"""One module per continuity check; each declares a RULE, a KIND, EXAMPLES and `find()`.

`run_checks` runs them all over a manuscript. Adding a check means adding a module here and
listing it in CHECKS; its EXAMPLES (kept in `app.core.checks.examples`, one module per check,
so the check's own module holds only its logic) are then exercised by
tests/core/checks/test_examples.py.
"""

from __future__ import annotations

from app.core.checks import (
    attribute_drift,
    dead_alive,
    echo,
    name_variant,
    relation_drift,
    repeated_phrase,
    surname_clash,
)
from app.core.checks.base import CheckContext, Example
from app.core.manuscript import Manuscript
from app.core.model import Decisions, Finding, Phrase, Settings

CHECKS = (name_variant, surname_clash, dead_alive, attribute_drift, relation_drift,
          repeated_phrase, echo)


def run_checks(
    manuscript: Manuscript, phrases: list[Phrase], decisions: Decisions, settings: Settings
) -> list[Finding]:
    context = CheckContext(manuscript, phrases, decisions, settings)
    suppressed = {name.casefold() for name in decisions.suppressed_names}
    findings: list[Finding] = []
    for check in CHECKS:
        for finding in check.find(context):
            if suppressed and any(n.casefold() in suppressed for n in finding.names):
                continue
            findings.append(finding)
    return findings


__all__ = ["CHECKS", "CheckContext", "Example", "run_checks"]
