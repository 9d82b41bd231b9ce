"""The eval harness's counting rules (benchmarks/eval/scoring.py), checked exactly."""

from __future__ import annotations

import pytest

from benchmarks.eval.scoring import (
    GoldContradiction,
    GoldEntity,
    PredictedFinding,
    Score,
    contradiction_matches,
    kind_of,
    name_covers,
    names_equal,
    phrases_match,
    score_contradictions,
    score_echoes,
    score_entities,
    score_matches,
    score_phrases,
    score_variants,
)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Mr. Weston", "weston", True),
        ("Mr Weston", "Mr. Weston", True),
        ("MRS. WESTON", "mrs weston", True),
        ("Mr. Woodhouse", "Miss Woodhouse", False),  # both titled, different people
        ("Mr. Weston", "Mrs. Weston", False),
        ("Zoë", "Zoe", False),  # accents are a finding, never folded away
        ("Mr.", "Mr.", True),  # a lone honorific is a name token, not stripped to nothing
        ("Sofie", "Sophie", False),
        ("the Meadows", "Meadows", True),  # a leading article is no part of the name
        ("The", "the", True),
    ],
)
def test_names_equal(a, b, same):
    assert names_equal(a, b) is same


def test_name_covers_whole_words_both_ways():
    assert name_covers("Sofie Laurent", "Sofie")
    assert name_covers("Sofie", "Sofie Laurent")
    assert name_covers("Mrs. Lupe Herrera", "Herrera")
    assert not name_covers("Sofiel", "Sofie")


def test_score_matches_counts_tp_fp_fn_and_duplicates_exactly():
    gold = ["a", "b", "c"]
    predicted = ["a", "a", "x", "ok", "b", "y"]
    score = score_matches(predicted, gold, lambda p, g: p == g, acceptable=lambda p: p == "ok")
    assert (score.tp, score.fp, score.fn, score.duplicates) == (2, 2, 1, 1)
    assert score.misses == ("c",)
    assert score.spurious == ("x", "y")
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_one_prediction_may_find_several_gold_items():
    score = score_matches(["ab"], ["a", "b"], lambda p, g: g in p)
    assert (score.tp, score.fp, score.fn, score.duplicates) == (2, 0, 0, 0)


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "precision", "recall"),
    [(0, 0, 0, 1.0, 1.0), (0, 0, 3, 0.0, 0.0), (0, 2, 0, 0.0, 1.0), (3, 1, 0, 0.75, 1.0)],
)
def test_score_edge_cases(tp, fp, fn, precision, recall):
    score = Score(tp, fp, fn)
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)


def test_scores_add_as_micro_average():
    total = Score(1, 2, 3, 0, ("m",), ("s",)) + Score(4, 5, 6, 1, ("n",), ())
    assert (total.tp, total.fp, total.fn, total.duplicates) == (5, 7, 9, 1)
    assert total.misses == ("m", "n")


def test_entities_match_on_any_alias_ignoring_honorifics():
    gold = [
        GoldEntity("Emma Woodhouse", ("Emma", "Miss Woodhouse")),
        GoldEntity("Mr. Woodhouse"),
        GoldEntity("Harriet Smith", ("Harriet",)),
    ]
    predicted = [
        ("Emma",),  # alias
        ("Woodhouse", "Mr. Woodhouse"),  # honorific ignored when one side has none
        ("Miss Woodhouse",),  # Emma again: a duplicate, not an FP
        ("Oh",),  # spurious
        ("Mrs. Goddard",),  # acceptable minor character: neutral
    ]
    score = score_entities(predicted, gold, acceptable=["Goddard"])
    assert (score.tp, score.fp, score.fn, score.duplicates) == (2, 1, 1, 1)
    assert score.misses == ("Harriet Smith",)
    assert score.spurious == ("Oh",)


def test_variants_need_both_names_in_one_warning():
    gold = [("Sofie", "Sophie"), ("Zoë", "Zoe")]
    warnings = [("Sofie Laurent", "Sophie Dumas"), ("Zoë",), ("Hope", "Rose")]
    score = score_variants(warnings, gold)
    assert (score.tp, score.fp, score.fn) == (1, 2, 1)


def test_contradiction_kind_comes_from_rule_or_message():
    assert kind_of(PredictedFinding(("Colette",), "dead-then-alive")) == {"death"}
    assert "relation" in kind_of(PredictedFinding(("Rose",), "", "Rose is her cousin here"))
    assert "attribute" in kind_of(PredictedFinding(("Hope",), "", "Hope's eyes are brown"))
    assert "surname" in kind_of(PredictedFinding(("A", "B"), "surname-clash"))
    assert "death" not in kind_of(PredictedFinding(("X",), "", "she came later"))


def test_contradiction_kind_ignores_quoted_story_text():
    quoted = "Henrik is her uncle here (“He was a tall man, sixty-two years old”)"
    assert kind_of(PredictedFinding(("Henrik",), "relation-drift", quoted)) == {"relation"}
    assert kind_of(PredictedFinding(("Henrik",), "", quoted)) == {"relation"}


def test_contradictions_match_names_and_kind():
    gold = [
        GoldContradiction("death", ("Colette",)),
        GoldContradiction("surname", ("Laurent", "Dumas")),
        GoldContradiction("relation", ("Colette",)),
    ]
    found = [
        PredictedFinding(("Colette",), "dead-then-alive", "Colette died, later she speaks"),
        PredictedFinding(("Sofie Laurent", "Sophie Dumas"), "surname-clash"),
        PredictedFinding(("Adrien",), "attribute-drift", "eyes"),
    ]
    strict = score_contradictions(found, gold)
    assert (strict.tp, strict.fp, strict.fn) == (2, 1, 1)
    loose = score_contradictions(found, gold, check_kind=False)
    assert (loose.tp, loose.fp, loose.fn) == (3, 1, 0)


def test_attribute_warning_must_be_about_the_planted_attribute():
    gold = GoldContradiction("attribute", ("Gina",), "ch2 'a pale green' eyes; ch3 'brown eyes'")
    age = PredictedFinding(("Gina Pagano",), "attribute-drift",
                           "Gina Pagano's age is ‘twenty-nine’ in ‘a’ but ‘twenty’ in ‘b’.")
    eyes = PredictedFinding(("Gina Pagano",), "attribute-drift",
                            "Gina Pagano's eye colour is ‘green’ in ‘a’ but ‘brown’ in ‘b’.")
    assert not contradiction_matches(age, gold)
    assert contradiction_matches(eyes, gold)
    assert contradiction_matches(age, gold, check_kind=False)
    unsaid = GoldContradiction("attribute", ("Gina",), "ch2 vs ch3")
    assert contradiction_matches(age, unsaid)


def test_a_height_planted_in_comparatives_is_the_attribute_a_height_warning_finds():
    gold = GoldContradiction("attribute", ("Omar",), "ch1 'Omar was a small man, barely up to "
                             "his wife's ear'; ch3 'the tallest man on Rue 9'")
    height = PredictedFinding(("Omar",), "attribute-drift",
                              "Omar's height is ‘short’ in ‘a’ but ‘tall’ in ‘b’.")
    eyes = PredictedFinding(("Omar",), "attribute-drift",
                            "Omar's eye colour is ‘grey’ in ‘a’ but ‘brown’ in ‘b’.")
    assert contradiction_matches(height, gold)
    assert not contradiction_matches(eyes, gold)


def test_phrases_match_by_containment_of_two_or_more_words():
    assert phrases_match("of freshly baked croissants", "freshly baked croissants")
    assert phrases_match("Freshly baked", "freshly baked croissants")
    assert not phrases_match("croissants", "freshly baked croissants")
    assert not phrases_match("baked bread", "freshly baked croissants")


def test_phrases_match_sets_a_leading_article_aside():
    found = "oil lamps smoking in the pantry and the rain"
    assert phrases_match(found, "the oil lamps smoking in the pantry")
    assert phrases_match("a kettle singing on the range", "kettle singing on the range again")
    assert not phrases_match(found, "the pantry and the cellar")
    assert not phrases_match("the lamps", "lamps smoking in the pantry")


def test_phrase_scores_respect_acceptable_list():
    score = score_phrases(
        ["freshly baked croissants", "the art world", "she began to"],
        ["freshly baked croissants", "for the first time in years"],
        acceptable=["the art world"],
    )
    assert (score.tp, score.fp, score.fn) == (1, 1, 1)


def test_echoes_recall_only():
    predicted = [("glittered", "glittered"), ("sketchbook",)]
    assert score_echoes(predicted, ["glittered"]).fp == 1
    score = score_echoes(predicted, ["glittered", "silver"], recall_only=True)
    assert (score.tp, score.fp, score.fn) == (1, 0, 1)
