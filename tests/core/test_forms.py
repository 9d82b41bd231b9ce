"""Name forms and their evidence: app.core.forms."""

from __future__ import annotations

from app.core.forms import collect_forms
from app.core.parsing import PlacedParagraph, parse_paragraph


def _forms(text: str):
    paragraph = PlacedParagraph("0", 0, 0, parse_paragraph(text, False))
    forms, _lower, _capital = collect_forms([paragraph])
    return forms


def test_a_form_counts_what_is_said_of_it():
    forms = _forms('"Sit down," said Harriet Smith. Harriet Smith smiled. Mrs. Weston laughed.')
    assert forms["Harriet Smith"].total == 2
    assert forms["Harriet Smith"].said == 1
    assert forms["Harriet Smith"].person_verb == 1
    assert forms["Mrs Weston"].titles == {"Mrs": 1}


def test_a_nickname_the_text_gives_is_counted_for_the_name_before():
    forms = _forms("Ignacio Flores, known as Nacho, ran the bar.")
    assert forms["Nacho"].nickname_of["Ignacio Flores"] == 1


def test_an_everyday_word_at_a_sentence_head_is_trimmed_from_the_name():
    forms = _forms("Poor Harriet cried. Harriet smiled, and the poor dog slept.")
    assert "Poor Harriet" not in forms
    assert forms["Harriet"].total == 2


def test_a_verb_said_to_someone_is_no_family_name_before_a_hyphened_given_name():
    forms = _forms("Tell Hye-jin the rice is in the cooker. Park Jun-ho laughed.")
    assert "Tell Hye-jin" not in forms
    assert forms["Hye-jin"].total == 1
    assert forms["Park Jun-ho"].total == 1


def test_a_name_who_goes_on_about_is_someones():
    forms = _forms("Ottilie, who was nine, slept by the stove. A carter from Dunmore, Ontario, "
                   "who knew the road, came in. Pieter Smit, Junior, who ran the mill, sat.")
    assert forms["Ottilie"].person_verb == 1
    # After a preposition "who" is the noun's before it; after a name, its generation's.
    assert forms["Ontario"].person_verb == 0
    assert forms["Junior"].person_verb == 0


def test_two_names_one_pronoun_is_said_to_be_are_one_persons():
    # The name given as hers and another she is said to be in the same sentence.
    forms = _forms("A tall woman knocked at dusk. She gave her name as Opal Brennick and said "
                   "that at the music hall she is Wren.")
    assert forms["Wren"].nickname_of["Opal Brennick"] == 1
    # A kunya, a father called after his son, and the name he goes by in the next sentence.
    forms = _forms("Yusuf Karam was fifty. At the market he was Abu Samir, after his eldest "
                   "boy. At home he was Yusuf, as he had always been.")
    assert forms["Abu Samir"].nickname_of["Yusuf"] == 1


def test_a_name_said_with_where_he_goes_by_it_and_the_one_he_then_is_are_one_persons():
    # A kin word said to be a name where he goes by it, then the pronoun said to be another.
    forms = _forms("Her uncle was Martin on his pension forms, but to the fishermen at the "
                   "harbour he was Kofi, the Friday boy.")
    assert forms["Martin"].nickname_of["Kofi"] == 1
    # Not when the name is said without where he goes by it: "was Martin" says who.
    forms = _forms("Her uncle was Martin, and to the fishermen he was Kofi's friend.")
    assert all(not stats.nickname_of for stats in forms.values())
    # Nor when the other name is a woman's.
    forms = _forms("Her uncle was Martin on his pension forms, but at the harbour she was "
                   "Efua.")
    assert all(not stats.nickname_of for stats in forms.values())


def test_a_name_owning_something_or_after_a_family_word_is_no_second_name():
    forms = _forms("Yusuf Karam was fifty. At the market he was Abu Samir's friend. At home "
                   "he was Yusuf.")
    assert not forms["Abu Samir"].nickname_of
    forms = _forms("Her name was Dora Lake, and at the market she was Mama Tobi, after her "
                   "son.")
    assert all(not stats.nickname_of for stats in forms.values())
    # Said in two sentences, a name given as hers and another she is may be two people's.
    forms = _forms("Her name was Dora Lake. She was Tobi, the girl said.")
    assert all(not stats.nickname_of for stats in forms.values())


def test_a_nickname_of_the_form_owner_and_name_is_the_name_owned():
    # "Noah's Hester" is Hester, Noah's daughter: Noah only says which Hester.
    forms = _forms("The girl at the mill was Hester Graber, called Noah's Hester, because her "
                   "father was Noah Graber.")
    assert not forms["Noah"].nickname_of
    assert forms["Hester"].nickname_of["Hester Graber"] == 1
    # A possessive with no name after it is what the cue gives, as before.
    forms = _forms("The boy was Tobias Lantz, called Pip, and the dog was Pip's.")
    assert forms["Pip"].nickname_of["Tobias Lantz"] == 1


def test_a_name_owning_something_is_not_whom_a_nickname_is_given_to():
    # "her" is the cousin who came, not Liesel, whose room it was.
    forms = _forms("Her cousin Annelore came from Kassel and slept in Liesel's room. Everyone "
                   "called her Lori.")
    assert not forms["Lori"].nickname_of
    assert ("her", "Annelore") in forms["Lori"].nickname_near
    # At a sentence's head the owner is its subject, and may be whom "her" stands for.
    forms = _forms("Tilde Brunner came at noon. Liesel's hair was red. They called her Rusty.")
    assert forms["Rusty"].nickname_of["Liesel"] == 1



def test_the_one_who_had_called_him_by_a_nickname_is_not_its_owner():
    # The subject of "called him", after auxiliaries or as a "who" clause, is the one who
    # calls, never the one called.
    forms = _forms("Declan Quigley had always called him Uncle Dessie, and grinned.")
    assert not forms["Uncle Dessie"].nickname_of
    forms = _forms("Ciaran Brannagh, who had called him Bosun since the war, laughed.")
    assert not forms["Bosun"].nickname_of


def test_a_name_the_nickname_clause_follows_still_owns_it():
    forms = _forms("Desmond Fahy, known as Dessie, laughed. Everybody had called him Dessie.")
    assert forms["Dessie"].nickname_of["Desmond Fahy"] == 1


def test_a_nickname_after_a_name_that_owns_a_child_is_not_the_owners():
    # "he" is the boy the name owns, not the name.
    forms = _forms("The foreman was Idris's boy, and he was called Pakko, after an uncle.")
    assert not forms["Pakko"].nickname_of
    forms = _forms("Idris's son called him Uncle Pakko at the gate.")
    assert not forms["Uncle Pakko"].nickname_of
    # A name owning no kin keeps the nickname said after it.
    forms = _forms("Idris's hair was red, and he was called Pakko by the men.")
    assert forms["Pakko"].nickname_of["Idris"] == 1


def test_a_name_called_by_mistake_is_not_a_nickname():
    forms = _forms("The paper called her Ms. Oh. Her aunt called her Sunhee by mistake, "
                   "and laughed.")
    assert not forms["Sunhee"].nickname_of
    # Called so without a mistake, the name is hers.
    forms = _forms("The paper called her Ms. Oh. Her aunt called her Sunhee at home, "
                   "and laughed.")
    assert forms["Sunhee"].nickname_of
