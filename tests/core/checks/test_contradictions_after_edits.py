"""The contradiction checks keep what they read from each sentence with its paragraph's parse
(`checks.cues`); after any edit a reused Analyzer must still say exactly what a fresh
analyze() says — the cue memo, the per-run sentence layout and the views made from it
included."""

from __future__ import annotations

import pytest

from app.core.analysis import Analyzer
from tests.core.checks.stories import (
    assert_edits_match_a_fresh_analysis,
    contradictions,
    documents,
)

CHAPTERS = (
    "Ana Vidal came home to the town. Her father, Ubaldo Vidal, had died in the spring. "
    "Her aunt Zarela wrote to her.\n\n"
    "Kofi Mensah was thirty-four years old, an engineer. Kofi Mensah had green eyes.\n\n"
    "Pavel painted the name on the bow: MARTA, after his grandmother, who died in May.",
    "Ana Vidal walked into the shop. The lights were on. Ubaldo was at the counter.\n\n"
    "\"Finally,\" Ubaldo says. On Sunday her sister Zarela came to the opening.\n\n"
    "Kofi found Ana on the balcony. He looked young; she would never have taken him for more "
    "than twenty-nine.\n\n"
    "\"Well, Miss Vidal,\" he said.\n\n"
    "\"Well, Mr. Owusu,\" she said, and he laughed.\n\n"
    "Marta was in the kitchen this morning, scolding the cook.",
)

EDITS = [
    (0, 1, "Kofi Mensah was twenty-six years old, an engineer. Kofi Mensah had brown eyes."),
    (0, 0, "Ana Vidal came home to the town. Her aunt Zarela wrote to her."),
    (1, 1, "\"Finally,\" Ubaldo says. On Sunday her cousin Zarela came to the opening."),
    (1, 4, "\"Well, Mr. Mensah,\" she said, and he laughed."),
    (1, 5, "Pavel remembered Marta in the kitchen."),
    (0, 2, "Pavel painted the bow."),
]




def test_the_story_has_one_of_each():
    rules = sorted(w.rule for w in contradictions(documents(list(CHAPTERS))))
    assert rules == ["attribute-drift", "dead-alive", "dead-alive", "relation-drift",
                     "surname-clash"]


@pytest.mark.parametrize("count", range(1, len(EDITS) + 1))
def test_edits_give_what_a_fresh_analysis_gives(count):
    assert_edits_match_a_fresh_analysis(CHAPTERS, EDITS[:count])


def test_moving_a_paragraph_moves_its_cues():
    analyzer = Analyzer()
    texts = list(CHAPTERS)
    contradictions(documents(texts), analyzer)
    first, second = texts[0].split("\n\n"), texts[1].split("\n\n")
    second.insert(0, first.pop(1))  # the age and eyes paragraph goes to the next chapter
    chapters = documents(["\n\n".join(first), "\n\n".join(second)])
    assert contradictions(chapters, analyzer) == contradictions(chapters)
