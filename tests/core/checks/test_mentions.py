"""The mention index's genders: from titles and given names, and animals told apart."""

from __future__ import annotations

import pytest

from app.core import analysis
from app.core.analysis import analyze
from app.core.checks.base import CheckContext
from app.core.checks.cues import sentence_at
from app.core.checks.mentions import ANIMAL
from app.core.model import DocumentText
from tests.core.checks.stories import check_context


def _genders(monkeypatch: pytest.MonkeyPatch, *chapters: str) -> dict[str, str | None]:
    made: list[CheckContext] = []
    real = analysis.run_checks

    def spy(manuscript, phrases, decisions, settings):
        made.append(CheckContext(manuscript, phrases, decisions, settings))
        return real(manuscript, phrases, decisions, settings)

    monkeypatch.setattr(analysis, "run_checks", spy)
    analyze([DocumentText(str(i), f"Chapter {i}", text) for i, text in enumerate(chapters)])
    return dict(made[0].mentions.genders)


def test_titles_and_given_names_tell_the_sex(monkeypatch):
    genders = _genders(monkeypatch, "Mrs. Pell smiled at Jess Bell. Jess Bell laughed. "
                                    "Mrs. Pell nodded. Tom Bell waved. Tom Bell left.")
    assert genders == {"Mrs. Pell": "f", "Jess Bell": "f", "Tom Bell": "m"}


def test_a_daughters_patronymic_tells_a_woman_and_her_given_name_said_alone(monkeypatch):
    genders = _genders(
        monkeypatch,
        "Brynja Eiríksdóttir married Arnlaug Pálsson in May and became Brynja Dahl. Arnlaug "
        "Pálsson smiled. Brynja looked out. He was late. Brynja heard him come in. He was "
        "tired. Brynja poured him coffee and he drank it. Arnlaug Pálsson left.")
    assert genders["Brynja Eiríksdóttir"] == "f"
    assert genders["Brynja"] == "f"  # not the "he" said after her
    assert genders["Arnlaug Pálsson"] is None  # a son's name is a surname as often


def test_a_family_word_called_by_as_a_name_tells_the_sex(monkeypatch):
    genders = _genders(monkeypatch, "Mutti smiled at Keun-abeoji. Keun-abeoji laughed. "
                                    "Mutti nodded.")
    assert genders == {"Mutti": "f", "Keun-abeoji": "m"}


@pytest.mark.parametrize("text", [
    "Tilly, her father's red kelpie, worked the tail. Tilly turned and Tilly ran. Jess Bell "
    "laughed.",
    "The old mare Tilly, grey in the face, stood in the yard. Tilly turned and Tilly ran. "
    "Jess Bell laughed.",
    "Tilly the spaniel slept by the fire. Tilly turned and Tilly ran. Jess Bell laughed.",
    "Jess Bell took Tilly's reins and led her on. Tilly snorted. Jess Bell laughed.",
])
def test_a_name_set_beside_an_animal_noun_is_an_animal(monkeypatch, text):
    genders = _genders(monkeypatch, text)
    assert genders["Tilly"] == ANIMAL
    assert genders["Jess Bell"] == "f"


def test_a_person_a_clause_follows_is_no_animal(monkeypatch):
    genders = _genders(monkeypatch, "He patted the horse Tilly had ridden in the morning. "
                                    "\"Hello,\" said Tilly. Tilly smiled. \"Come,\" said Tilly.")
    assert genders["Tilly"] == "f"


def test_an_endearment_is_no_animal(monkeypatch):
    genders = _genders(monkeypatch, "\"Come here, my lamb,\" said Tilly. Tilly, my duck, "
                                    "sat down. Tilly laughed.")
    assert genders["Tilly"] == "f"


def test_the_narrations_pronouns_tell_the_sex_a_name_does_not(monkeypatch):
    genders = _genders(monkeypatch, "Kerra Voss came in, and she sat down. Kerra Voss laughed. "
                                    "She was tired. Kerra Voss slept, and she dreamed.")
    assert genders == {"Kerra Voss": "f"}


def test_kaur_and_singh_tell_the_sex_of_a_sikh_name(monkeypatch):
    genders = _genders(monkeypatch, "Jaswinder Kaur smiled at Jaswinder Singh. Jaswinder "
                                    "Singh laughed. Jaswinder Kaur nodded.")
    assert genders == {"Jaswinder Kaur": "f", "Jaswinder Singh": "m"}


def test_what_one_does_only_to_oneself_tells_the_sex(monkeypatch):
    genders = _genders(monkeypatch, "Sorrel Vane got to his feet. Sorrel Vane said so, and held "
                                    "out his hand. Sorrel Vane waved. Sorrel Vane left. Wren "
                                    "Quill took her hand. Wren Quill took her arm. Wren Quill "
                                    "left. Wren Quill came back.")
    assert genders == {"Sorrel Vane": "m", "Wren Quill": None}


def test_one_looks_up_from_ones_own_work(monkeypatch):
    genders = _genders(monkeypatch, "\"Go on,\" said Sorrel Vane, without looking up from her "
                                    "loom. Sorrel Vane looked up from her book. Sorrel Vane "
                                    "waved. Sorrel Vane left. Wren Quill looked at her hands. "
                                    "Wren Quill waved. Wren Quill left. Wren Quill sat.")
    assert genders == {"Sorrel Vane": "f", "Wren Quill": None}


def test_what_one_has_of_ones_own_tells_the_sex(monkeypatch):
    # "Sorrel Vane, who had a boat of his own": his; "Wren Quill gave him a room of his own":
    # the "his" is the "him" given it, no vote for Wren Quill.
    genders = _genders(monkeypatch, "Sorrel Vane, who had a boat of his own, waved. Sorrel Vane "
                                    "left, with a key of his own. Sorrel Vane sat. Sorrel Vane "
                                    "slept. Wren Quill gave him a room of his own. Wren Quill "
                                    "gave them a table of their own. Wren Quill left. Wren "
                                    "Quill sat.")
    assert genders == {"Sorrel Vane": "m", "Wren Quill": None}


def test_a_reflexive_right_after_a_name_tells_the_sex(monkeypatch):
    genders = _genders(monkeypatch, "Sorrel Vane himself arrived at noon. Sorrel Vane waved. "
                                    "Sorrel Vane left. Sorrel Vane sat. Wren Quill waved. Kit "
                                    "drove Wren Quill herself. Wren Quill left. Wren Quill sat.")
    assert (genders["Sorrel Vane"], genders["Wren Quill"]) == ("m", None)


def test_a_pronoun_looks_back_no_further_than_its_chapters_heading(monkeypatch):
    chapter = ("Chapter One\n\nMrs. Vo came in. Kerra Dao laughed.\n\nChapter Two\n\n"
               "Twenty years later Kerra Dao stood behind the counter.\n\nShe was thirty-nine now.")
    context = check_context(monkeypatch, chapter)
    view = sentence_at(context.manuscript, "0", chapter.rindex("She"))
    assert view is not None
    resolved = context.mentions.resolve(view, "she")
    assert resolved is not None
    assert resolved.name == "Kerra Dao"
    assert context.mentions.genders["Kerra Dao"] is None  # so "she" could have gone on back


def test_a_pronoun_going_on_past_a_word_of_what_comes_next_tells_the_sex(monkeypatch):
    # "…, and then she told him": the clause goes on about the one just named.
    genders = _genders(monkeypatch, "Vasanti laughed, and then she told him. Vasanti waited. "
                                    "Vasanti looked out at the water, and now she was calm. "
                                    "Vasanti sang. Vasanti slept.")
    assert genders["Vasanti"] == "f"


def test_a_she_opening_the_clause_after_a_semicolon_goes_on_about_the_name(monkeypatch):
    genders = _genders(monkeypatch, "Velka Dorn had a clerk's handwriting; she could tell you "
                                    "what anyone owed. Velka Dorn laughed.")
    assert genders["Velka Dorn"] == "f"


@pytest.mark.parametrize(("text", "sex"), [
    ("Hesh Dorn was Velka Dorn's younger brother, and he had a car. Velka Dorn laughed, and "
     "she left.", "f"),
    ("Velka Dorn's husband came in, and she laughed. Velka Dorn sat.", "f"),
])
def test_a_pronoun_after_a_relative_the_name_owns_may_be_the_relatives(monkeypatch, text, sex):
    assert _genders(monkeypatch, text)["Velka Dorn"] == sex


def test_the_pronoun_whose_deed_a_name_was_the_object_of_goes_on_about_its_subject(
        monkeypatch):
    # "she married Oren Tash. She…" goes on about the bride; "she was Idra Koll. She…" about
    # the one who is Idra Koll.
    genders = _genders(monkeypatch, "Years ago she married Oren Tash. She never regretted it. "
                                    "Oren Tash smiled.",
                       "In the village she was Idra Koll. She sold eggs. Idra Koll laughed.")
    assert genders["Oren Tash"] is None
    assert genders["Idra Koll"] == "f"
