"""Renaming a spelling everywhere: whole words only, case kept, untouched chapters left out."""

from __future__ import annotations

import pytest

from app.gui.review import rename_everywhere, renamed_spellings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sofie sat.", "Sophie sat."),
        ("SOFIE! sofie? Sofie's hat", "SOPHIE! sophie? Sophie's hat"),
        ("Sofies and ASofie stay", "Sofies and ASofie stay"),
        ("«Sofie»—Sofie", "«Sophie»—Sophie"),
    ],
)
def test_rename_keeps_case_and_whole_words(text, expected):
    assert rename_everywhere({1: text}, "Sofie", "Sophie").get(1, text) == expected


def test_unchanged_chapters_are_left_out():
    assert rename_everywhere({1: "Sofie", 2: "Adrien"}, "Sofie", "Sophie") == {1: "Sophie"}


@pytest.mark.parametrize(
    ("name", "aliases", "new", "expected"),
    [
        (
            "Sophie Dumas",
            ("Sophie",),
            "Sonia Dumas",
            [("Sophie Dumas", "Sonia Dumas"), ("Sophie", "Sonia")],
        ),
        (
            "Mr. Knightley",
            ("Knightley", "George"),
            "Mr. Knightly",
            [("Mr. Knightley", "Mr. Knightly"), ("Knightley", "Knightly")],
        ),
        ("Sophie Dumas", ("Sophie",), "Sonia", [("Sophie Dumas", "Sonia")]),
        ("Emma", ("Miss Woodhouse",), "Jane", [("Emma", "Jane")]),
    ],
)
def test_renamed_spellings_take_short_forms_along(name, aliases, new, expected):
    assert renamed_spellings(name, aliases, new) == expected
