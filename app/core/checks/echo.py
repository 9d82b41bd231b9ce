"""echo: the same uncommon word used twice within a short stretch of prose.

"Window" is the setting `echo_window` (150 words by default). A word is uncommon when it is rare
in everyday English (Zipf frequency below ECHO_ZIPF) and is not a name; words are compared by
their Porter stem so "shimmered" echoes "shimmering".
"""

from __future__ import annotations

from collections import deque

from nltk.stem.porter import PorterStemmer

from app.core.checks.base import CheckContext, Example, finding_key
from app.core.model import Finding, Span, WarningKind
from app.core.wordlists import wordlists

RULE = "echo"
KIND = WarningKind.ECHO
ECHO_ZIPF = 3.0
MIN_LENGTH = 5

EXAMPLES = (
    Example(("The lake shimmered under the moon. Nora walked to the shore and watched the water "
             "shimmering as the boats came in.",), ("shimmered", "shimmering")),
    Example(("The lake shimmered under the moon.", " ".join(["Nora walked on."] * 60)
             + " The road shimmered."),),
)

_STEMMER = PorterStemmer()


def find(context: CheckContext) -> list[Finding]:
    manuscript = context.manuscript
    lists = wordlists()
    names = {w.lower() for w in manuscript.finder.name_words()}
    window = context.settings.echo_window
    stems: dict[str, str] = {}
    findings = []
    for document in manuscript.documents:
        recent: deque[tuple[int, str, Span]] = deque()
        position = 0
        reported: set[str] = set()
        for view in manuscript.sentence_list:
            if view.document != document:
                continue
            for token in view.tokens:
                position += 1
                low = token.text.lower()
                while recent and position - recent[0][0] > window:
                    recent.popleft()
                if (len(low) < MIN_LENGTH or low in names or low in lists.stopwords
                        or lists.frequency(low) >= ECHO_ZIPF or not token.text[:1].islower()):
                    continue
                stem = stems.get(low) or stems.setdefault(low, _STEMMER.stem(low))
                start = view.base + token.start
                span = manuscript.span(document, start, view.base + token.end)
                for _pos, other_stem, other in recent:
                    if other_stem == stem and stem not in reported:
                        reported.add(stem)
                        findings.append(_finding(context, other, span))
                        break
                recent.append((position, stem, span))
    return findings


def _finding(context: CheckContext, first: Span, second: Span) -> Finding:
    title = context.manuscript.title(first.document)
    message = (f"‘{first.text}’ is echoed by ‘{second.text}’ within "
               f"{context.settings.echo_window} words in ‘{title}’.")
    context_words = context.manuscript.documents[first.document].text[
        max(0, first.start - 30) : first.end + 30
    ]
    return Finding(KIND, message, (first.text.lower(), second.text.lower()), (first, second),
                   finding_key(KIND, RULE, (first.text, second.text), context_words), RULE)
