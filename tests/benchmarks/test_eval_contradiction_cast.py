"""A contradiction found under a character's other name still counts (make eval)."""

from benchmarks.eval.scoring import (
    GoldContradiction,
    GoldEntity,
    PredictedFinding,
    score_contradictions,
)

CAST = (GoldEntity("Ignacio Ruiz", ("Ignacio", "Nacho")),
        GoldEntity("Hope Trevithick", ("Hope", "Hope Tremayne")))


def test_a_finding_under_another_spelling_of_the_character_counts():
    gold = [GoldContradiction("attribute", ("Nacho",))]
    found = [PredictedFinding(("Ignacio Ruiz",), "attribute-drift", "height")]
    assert score_contradictions(found, gold).tp == 0
    assert score_contradictions(found, gold, cast=CAST).tp == 1


def test_a_surname_clash_must_name_both_surnames_itself():
    # The cast lists the wrong surname as an alias; a clash with a mere misspelling must not
    # be credited with the planted surname through it.
    gold = [GoldContradiction("surname", ("Trevithick", "Tremayne"))]
    found = [PredictedFinding(("Hope Trevithick", "Hope Trevithik"), "surname-clash")]
    assert score_contradictions(found, gold, cast=CAST).tp == 0


def test_the_kind_still_has_to_agree():
    gold = [GoldContradiction("attribute", ("Nacho",))]
    found = [PredictedFinding(("Ignacio Ruiz",), "dead-alive", "died")]
    assert score_contradictions(found, gold, cast=CAST).tp == 0
