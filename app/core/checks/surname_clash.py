"""surname clash: one first name (or a variant of it) carried with two different surnames.

"Sofie Laurent" in one chapter and "Sophie Dumas" in another is one character whose surname
changed. Two people who merely share a common first name (John Knightley, John Abdy) meet in the
same paragraphs, so a clash between identical first names counts only when the two full names
are never named in one paragraph, and a first name carried with three or more surnames is
taken as a common name shared by several people.
"""

from __future__ import annotations

from collections import defaultdict

from app.core.checks.base import CheckContext, Example, finding_key
from app.core.model import EntityKind, Finding, WarningKind

RULE = "surname-clash"
KIND = WarningKind.CONTRADICTION

EXAMPLES = (
    Example(("Sofie Laurent painted by the river. Sofie smiled.",
             "Sophie Dumas came home. Sophie laughed."), ("Sofie Laurent", "Sophie Dumas")),
    Example(("Marta Kowalski opened the shop. Marta smiled.",
             "Marta Nowak counted the till. Marta sighed."), ("Marta Kowalski", "Marta Nowak")),
    Example(("Hope Trevithick came to live with us. Hope smiled.",
             "A letter came for Miss Hope Tremayne. Hope read it."), ("Hope Trevithick",
                                                                      "Miss Hope Tremayne")),
    Example(("John Knightley and John Abdy spoke together. John Knightley smiled.",)),
)


def find(context: CheckContext) -> list[Finding]:
    manuscript = context.manuscript
    full_names: dict[str, list[str]] = defaultdict(list)
    for cluster in manuscript.clusters(EntityKind.CHARACTER):
        for form in cluster.full_names:
            stats = manuscript.finder.forms[form]
            if len(stats.words) < 2:
                continue
            first = stats.words[0]
            group = context.variant_groups.get(first, first)
            full_names[group].append(form)
    findings = []
    for names in full_names.values():
        surnames: dict[str, str] = {}
        for form in sorted(names, key=lambda f: -manuscript.finder.forms[f].total):
            surname = manuscript.finder.forms[form].words[-1]
            if any(context.same_name(surname, s) for s in surnames):
                continue
            surnames[surname] = form
        forms = list(surnames.values())
        if len(forms) > 2 and len({manuscript.finder.forms[f].words[0] for f in forms}) == 1:
            continue  # a common first name carried by several people (John Knightley, John Abdy…)
        for i, first in enumerate(forms):
            for second in forms[i + 1 :]:
                firsts = {manuscript.finder.forms[f].words[0] for f in (first, second)}
                if len(firsts) == 1 and _introduced_together(context, first, second):
                    continue
                findings.append(_finding(context, first, second))
    return findings


def _introduced_together(context: CheckContext, first: str, second: str) -> bool:
    """Two people the text names side by side in one paragraph are two people."""
    forms = context.manuscript.finder.forms
    places = {(doc, base) for doc, base, _run in forms[first].runs}
    return any((doc, base) in places for doc, base, _run in forms[second].runs)


def _finding(context: CheckContext, first: str, second: str) -> Finding:
    manuscript = context.manuscript
    evidence = []
    for form in (first, second):
        doc, base, run = manuscript.finder.forms[form].runs[0]
        evidence.append(manuscript.span(doc, base + run.start, base + run.end))
    evidence.sort(key=lambda s: (manuscript.order[s.document], s.start))
    names = (first, second)
    message = (
        f"‘{first}’ and ‘{second}’ look like one character with two surnames "
        f"(first seen in ‘{manuscript.title(evidence[0].document)}’ and "
        f"‘{manuscript.title(evidence[1].document)}’)."
    )
    return Finding(KIND, message, tuple(sorted(names)), tuple(evidence),
                   finding_key(KIND, RULE, names), RULE)
