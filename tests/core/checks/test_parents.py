"""Who "her mother" is by name: app.core.checks.parents."""

from __future__ import annotations

from app.core.checks.parents import parent_of
from tests.core.checks.stories import check_context as _context


def test_a_parent_named_beside_the_word_is_the_childs(monkeypatch):
    context = _context(monkeypatch, "Tessa Brand came home. Her mother, Ilse, was waiting. "
                                    "Ilse smiled, and Tessa Brand laughed.")
    assert parent_of(context, "Tessa Brand", "mother") == "Ilse"
    assert parent_of(context, "Tessa Brand", "mum") == "Ilse"
    assert parent_of(context, "Tessa Brand", "father") is None


def test_a_full_name_of_the_family_opening_the_next_sentence_names_her_mother(monkeypatch):
    context = _context(monkeypatch, "Aiko Mori sat down. Her mother was in the kitchen. Setsu "
                                    "Mori had never been one for embraces.")
    assert parent_of(context, "Aiko Mori", "mother") == "Setsu Mori"


def test_a_full_name_of_another_family_is_not_her_mother(monkeypatch):
    context = _context(monkeypatch, "Aiko Mori sat down. Her mother was in the kitchen. Ruth "
                                    "Keller had never been one for embraces.")
    assert parent_of(context, "Aiko Mori", "mother") is None


def test_a_full_name_said_before_is_not_introduced_as_her_mother(monkeypatch):
    context = _context(monkeypatch, "Setsu Mori ran the shop. Aiko Mori sat down. Her mother "
                                    "was in the kitchen. Setsu Mori had never been kind.")
    assert parent_of(context, "Aiko Mori", "mother") is None


def test_two_mothers_named_for_one_child_leave_it_unknown(monkeypatch):
    context = _context(monkeypatch, "Tessa Brand came home. Her mother, Ilse, was waiting. "
                                    "Ilse smiled.",
                       "Tessa Brand sat down. Her mother, Greta, was not there. Greta wept.")
    assert parent_of(context, "Tessa Brand", "mother") is None


def test_a_family_word_opening_a_sentence_is_named_by_the_next(monkeypatch):
    # The daughter was named more sentences back than a pronoun reaches: the chapter's.
    context = _context(monkeypatch, "Eirlys Prosser ran down to the sea. Eirlys Prosser laughed. "
                                    "The boys played cricket. The sun was hot. The tide was out. "
                                    "The sand was warm. The gulls cried. Ianto Rees bowled. Then "
                                    "Mam surprised them all. Gwenllian Prosser walked straight "
                                    "into the sea.")
    assert parent_of(context, "Eirlys Prosser", "mother") == "Gwenllian Prosser"


def test_a_mrs_of_the_family_is_not_taken_for_the_child(monkeypatch):
    context = _context(monkeypatch, "Mrs. Prosser sat down. Her father lay beneath the window. "
                                    "Emrys Prosser was seventy-eight.")
    assert parent_of(context, "Mrs. Prosser", "father") is None


def test_speech_said_by_a_titled_family_name_after_their_mother_names_her(monkeypatch):
    context = _context(monkeypatch, "Fräulein Käthe Großmann sat down. Margarete Großmann "
                                    "set the table. Jürgen kept his cap on until their mother "
                                    "knocked it off.\n\n\"Not at my table,\" said Frau "
                                    "Großmann.")
    assert parent_of(context, "Fräulein Käthe Großmann", "mother") == "Margarete Großmann"


def test_a_parent_whose_name_is_said_to_be_one(monkeypatch):
    context = _context(monkeypatch, "My mother's name was Philomena, though nobody used it. "
                                    "Philomena sang, and Philomena laughed.")
    assert parent_of(context, "the narrator", "mother") == "Philomena"
