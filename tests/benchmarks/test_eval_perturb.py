"""The perturbation tool (benchmarks/eval/perturb.py): deterministic, realistic, traceable."""

from __future__ import annotations

import random
import re

import pytest

from benchmarks.eval.perturb import misspell, perturb, plant_flagged

TEXT = " ".join(
    [
        "Harriet walked to Hartfield with Knightley and Elton.",
        "Harriet laughed; Knightley did not. Frieda and Zoë waited for Elton.",
    ]
    * 30
)
NAMES = ["Harriet", "Knightley", "Elton", "Frieda", "Zoë"]


def test_same_seed_same_plants():
    assert perturb(TEXT, NAMES, n=20, seed=3) == perturb(TEXT, NAMES, n=20, seed=3)


def test_different_seed_different_plants():
    assert perturb(TEXT, NAMES, n=20, seed=3).plants != perturb(TEXT, NAMES, n=20, seed=4).plants


def test_plants_are_recorded_where_they_are():
    result = perturb(TEXT, NAMES, n=25, seed=11)
    assert len(result.plants) == 25
    vocabulary = {w.casefold() for w in re.findall(r"[^\W\d_]+", TEXT)}
    for plant in result.plants:
        assert TEXT[plant.original_position :].startswith(plant.original)
        assert result.text[plant.position :].startswith(plant.misspelling)
        assert plant.misspelling != plant.original
        assert plant.misspelling[0] == plant.original[0]  # initials are never touched
        assert plant.misspelling.casefold() not in vocabulary  # never another word of the text
    # Everything outside the plants is unchanged.
    restored = result.text
    for plant in reversed(result.plants):
        end = plant.position + len(plant.misspelling)
        restored = restored[: plant.position] + plant.original + restored[end:]
    assert restored == TEXT


def test_fewer_plants_when_there_are_fewer_occurrences():
    assert len(perturb("Only Harriet here.", ["Harriet"], n=50, seed=0).plants) == 1


@pytest.mark.parametrize(
    ("name", "operation", "possible"),
    [
        ("Harriet", "drop", {"Hrriet", "Hariet", "Harret", "Harrit", "Harrie"}),
        ("Elton", "double", {"Ellton", "Eltton", "Eltonn"}),
        ("Elton", "swap", {"Etlon", "Elotn", "Eltno"}),
        ("Frieda", "ie-ei", {"Freida"}),
        ("Zoë", "strip-accents", {"Zoe"}),
    ],
)
def test_each_operation(name, operation, possible):
    for seed in range(10):
        assert misspell(name, operation, random.Random(seed)) in possible


def test_operations_that_cannot_apply_return_none():
    rng = random.Random(0)
    assert misspell("Emma", "ie-ei", rng) is None
    assert misspell("Emma", "strip-accents", rng) is None
    assert misspell("Ema", "drop", rng) is None  # two letters left is no longer a name


def test_plant_flagged_needs_misspelling_and_right_name():
    plant = perturb(TEXT, ["Harriet"], n=1, seed=1).plants[0]
    assert plant_flagged(plant, [(plant.misspelling, "Harriet")])
    assert plant_flagged(plant, [("Harriet Smith", plant.misspelling)])
    assert plant_flagged(plant, [(plant.misspelling, "Miss Smith")], {"Harriet": ["Miss Smith"]})
    assert not plant_flagged(plant, [(plant.misspelling, "Emma")])
    assert not plant_flagged(plant, [("Harriet",)])
