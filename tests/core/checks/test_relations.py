"""How relations are read: app.core.checks.relations."""

from __future__ import annotations

from app.core.checks.relations import _cue_words


def test_a_compound_kinship_word_is_cued_by_its_plain_part():
    # "sister-in-law" is found by "sister": "in" and "law" would make most sentences cues.
    words = _cue_words().words
    assert {"sister", "brother", "wife", "husband"} <= words
    assert not {"in", "law", "ex"} & words
