"""Contradictions told obliquely: a death told of a pronoun ("and he died in February", "They
buried him"), acting by "is standing", an age as "a woman of fifty-eight", heights in feet and
inches, a word between owner and kinship ("her little brother"), and whose "her" it is when
only the narration's pronouns tell a character's gender."""

from __future__ import annotations

import pytest

from app.core.analysis import Analyzer
from app.core.checks.attribute_values import conflict
from tests.core.checks.stories import (
    assert_edits_match_a_fresh_analysis,
    contradictions,
    documents,
    edited,
)

CHAPTERS = (
    "Oren Tal kept the mill for thirty years. He was a quiet man, and he died in March.\n\n"
    "Bram Holt kept the ferry until the winter, when he took a fever. They buried him on "
    "the hill.\n\n"
    "Nell Ashby was ninety-one years old. She is six foot one and always has been.\n\n"
    "Varra Kell poled the ferry. She knew the river. Varra Kell laughed at the gulls. She "
    "sang to them.\n\n"
    "\"You're late,\" her little brother Pim said, when she tied up.",
    "Oren Tal is standing at the gate in his coat.\n\n"
    "Bram Holt set down his bucket.\n\n"
    "Nell Ashby looked up. For a woman of fifty-eight she sat very still.\n\n"
    "Nell Ashby is five foot two in her good boots.\n\n"
    "Varra Kell thought of her nephew Pim, asleep at home.",
)

EDITS = [
    (0, 0, "Oren Tal kept the mill for thirty years. Ada thought of her father. He died."),
    (0, 1, "Bram Holt kept the ferry. They buried him in paperwork all winter."),
    (1, 2, "Nell Ashby looked up. For a woman of ninety-one she sat very still."),
    (1, 3, "Nell Ashby is six foot two in her good boots."),
    (0, 4, "\"You're late,\" her nephew Pim said, when she tied up."),
    (0, 0, "Oren Tal kept the mill for thirty years. He was a quiet man, and he died."),
]




def test_each_oblique_statement_is_read():
    found = {(w.rule, w.names) for w in contradictions(documents(list(CHAPTERS)))}
    assert found == {
        ("dead-alive", ("Oren Tal",)),
        ("dead-alive", ("Bram Holt",)),
        ("attribute-drift", ("Nell Ashby",)),
        ("relation-drift", ("Pim",)),
    }


def test_age_and_height_are_both_told():
    messages = [w.message for w in contradictions(documents(list(CHAPTERS)))
                if w.rule == "attribute-drift"]
    assert len(messages) == 2
    assert messages[0].startswith("Nell Ashby's age is ‘ninety-one’")
    assert "but ‘fifty-eight’" in messages[0]
    assert messages[1].startswith("Nell Ashby's height is ‘6 ft 1 in’")
    heights = [CHAPTERS[0].split("\n\n")[2], "Nell Ashby is five foot two in her good boots."]
    alone = [w.message for w in contradictions(documents(heights))]
    assert alone == [
        "Nell Ashby's height is ‘6 ft 1 in’ in ‘Chapter 1’ (“She is six foot one and "
        "always has been.”) but ‘5 ft 2 in’ in ‘Chapter 2’ (“Nell Ashby is five foot two in "
        "her good boots.”)."
    ]


def test_her_is_the_heroine_the_narration_calls_she():
    """Varra's gender is in no name list: "She" after her name tells it, so "her little
    brother" is hers, not another woman's."""
    found = [w.message for w in contradictions(documents(list(CHAPTERS)))
             if w.rule == "relation-drift"]
    assert len(found) == 1
    assert found[0].startswith("Pim is Varra Kell's brother in ‘Chapter 1’")
    assert "but Varra Kell's nephew in ‘Chapter 2’" in found[0]


@pytest.mark.parametrize("count", range(1, len(EDITS) + 1))
def test_edits_give_what_a_fresh_analysis_gives(count):
    assert_edits_match_a_fresh_analysis(CHAPTERS, EDITS[:count])


def test_edits_take_the_findings_away():
    analyzer = Analyzer()
    contradictions(documents(CHAPTERS), analyzer)
    *_, texts = edited(CHAPTERS, EDITS[:5])
    assert contradictions(documents(texts), analyzer) == []


@pytest.mark.parametrize(("a", "b", "clash"), [
    ("5 ft 2 in", "6 ft 1 in", True),
    ("5 ft 11 in", "6 ft 0 in", False),  # an inch apart: boots, posture
    ("6 ft 1 in", "tall", False),  # a measure and a word are not compared
    ("tall", "short", True),
    ("58", "fifty-eight", False),
    ("fifty-eight", "ninety-one", True),
    ("no more than thirty", "twenty-six", False),
    ("no more than thirty", "thirty-four", True),
])
def test_conflict(a, b, clash):
    assert conflict(a, b) is clash
    assert conflict(b, a) is clash


def _ages(chapters: list[str]) -> list[str]:
    return [w.message for w in contradictions(documents(chapters)) if w.rule == "attribute-drift"]


def test_an_age_told_of_a_name_someone_gave_her_is_hers():
    # "Tunde had named her Little Owl": the name is Ines Adoyo's, and so is the age told of
    # the "she" that goes on about it.
    chapters = ["In the June of 1960 Ines Adoyo was twenty. She sang at the Blue Door after "
                "dark, and so Tunde had named her Little Owl.",
                "In the June of 1970 Ines Adoyo came in at six. Her mother was long dead, she "
                "said, and Little Owl could sing at any hour. She was seventy and did not care "
                "who knew it."]
    assert any("Ines Adoyo" in message for message in _ages(chapters))


def test_a_child_a_mother_names_is_no_name_of_the_mother():
    chapters = ["Ines Adoyo was twenty that June. She held the baby. She named her Little "
                "Owl.",
                "Little Owl was two. Little Owl slept."]
    assert not _ages(chapters)


def test_a_height_by_whose_shoulder_one_barely_reaches_is_the_subjects():
    # "barely up to Jos's shoulder" tells Wim Visser is short, not Jos.
    found = contradictions(documents([
        "Wim Visser was a thin man, barely up to Jos Brand's shoulder, and he sang at weddings.",
        "Wim Visser came in late. He was the tallest man in the village.\n\n"
        "Jos Brand was a tall man too.",
    ]))
    assert [(w.rule, w.names) for w in found] == [("attribute-drift", ("Wim Visser",))]


def _eyes(chapters: list[str]) -> list[str]:
    return [w.message for w in contradictions(documents(chapters)) if w.rule == "attribute-drift"]


_PATRONYMIC = ["{first} was nine, with green eyes. Masha sang. Masha laughed at the dog.",
               "Masha came to the well at noon. At the well Pyotr Ilyich stopped Masha and gave "
               'her a pear.\n\n"For you, Marfa Grigorievna," he said.\n\nShe lowered her brown '
               "eyes and thanked him.",
               "In the spring Masha married, and the book of the prayer house wrote her as "
               "Marfa Belova."]


def test_a_given_name_and_a_womans_patronymic_are_the_woman_of_that_given_name():
    # "Marfa Grigorievna" is how one speaks politely to Marfa, whom the story calls Masha.
    first = "Behind her stood their daughter Marfa, whom everyone called Masha. Masha"
    chapters = [_PATRONYMIC[0].format(first=first), *_PATRONYMIC[1:]]
    assert any("green" in message for message in _eyes(chapters))


def test_a_patronymic_name_is_not_given_to_one_of_two_of_that_given_name():
    # Another Marfa, named twice, with a full name of her own: which one is unsure.
    first = ("Marfa Zueva came by. Marfa Zueva waved. Behind her stood their daughter Marfa, "
             "whom everyone called Masha. Masha")
    chapters = [_PATRONYMIC[0].format(first=first), *_PATRONYMIC[1:]]
    assert not _eyes(chapters)


_SISTER = ("My sister Tumelo was the clever one. I say it plainly. She had grey eyes, the grey "
           "of the sea in winter. Ma Dineo laughed at that. Tumelo sang.")


def test_her_trait_beside_a_boy_named_for_his_grandfather_is_the_sisters():
    # "My sister" tells Tumelo a woman; the boy and his grandfather are men, so "her brown
    # eyes" are Tumelo's, and the boy named for a parent is no namesake of hers.
    chapters = [_SISTER, "At the wedding Tumelo held her son on her lap, a quiet boy named "
                "after his grandfather Thomas, and when she looked up at me her brown eyes "
                "were wet."]
    assert any("Tumelo" in message for message in _eyes(chapters))


def test_her_trait_beside_a_woman_unnamed_may_be_that_womans():
    chapters = [_SISTER, "At the wedding Tumelo sat by Thomas, and her mother sat with them, "
                "and when she looked up at me her brown eyes were wet."]
    assert not _eyes(chapters)
