"""What shows a named character alive at a moment: app.core.checks.deeds."""

from __future__ import annotations

from app.core.checks.deeds import met_and_goes_on, there_now
from tests.core.checks.stories import check_context


def _there_now(monkeypatch, text: str, name: str) -> list[bool]:
    context = check_context(monkeypatch, text)
    document = context.manuscript.documents["0"].text
    return [there_now(mention.run, document, mention.span.end)
            for mention in context.mentions.by_cluster[name]]


def test_doing_something_or_being_somewhere_now(monkeypatch):
    text = ("Oren Tal set down his bucket. Oren Tal is standing at the gate. Oren Tal was in the "
            "kitchen. Opa Oren, leaning in the doorway with his pipe, told him so.")
    assert _there_now(monkeypatch, text, "Oren Tal") == [True, True, True, True]


def test_lying_in_the_ground_or_owning_something_is_no_deed(monkeypatch):
    text = ("Oren Tal is lying in his coffin. Oren Tal was in the ground by Friday. Oren Tal's "
            "hat hung on the peg. Oren Tal (left) and his brother.")
    assert _there_now(monkeypatch, text, "Oren Tal") == [False, False, False, False]


def test_being_in_what_holds_the_dead_or_their_ashes_is_no_deed(monkeypatch):
    # "is in the stupa", "in the crypt": where the dead's ashes or bones are kept, not a room
    # the living stand in; "in the study" still is one.
    text = ("Oren Tal is in the stupa. Oren Tal was in the crypt under the chapel. Oren Tal is "
            "in the columbarium now. Oren Tal is in the study.")
    assert _there_now(monkeypatch, text, "Oren Tal") == [False, False, False, True]


def test_found_somewhere_and_shown_doing_something_next(monkeypatch):
    context = check_context(monkeypatch, "Mara Dunn went down to the field. I found Nhia Vang "
                                         "near the ball-toss lines. He saw me and smiled.")
    mention = context.mentions.by_cluster["Nhia Vang"][0]
    span = mention.span
    assert met_and_goes_on(context.mentions, "Nhia Vang", (span.document, span.start, span.end),
                           mention.run)


def test_having_ones_things_put_somewhere_is_a_deed(monkeypatch):
    text = ("Oren Tal had his folding chair set in the shade. Oren Tal has his tea brought out to "
            "the porch. Oren Tal had his ashes scattered on the bay. Oren Tal had his chair in "
            "the shade.")
    assert _there_now(monkeypatch, text, "Oren Tal") == [True, True, False, False]


def test_there_now_in_the_present_doing_something(monkeypatch):
    text = ("Oren Tal is there under the floodlights, sitting on a crate. Oren Tal was there the "
            "night the mill burned, shouting. Oren Tal is there, in spirit.")
    assert _there_now(monkeypatch, text, "Oren Tal") == [True, False, False]


def test_holding_someone_on_the_lap_is_a_deed(monkeypatch):
    text = ("Oren Tal had Sofie's little girl on his lap by the fire. Oren Tal had always had the "
            "cat on his lap.")
    assert _there_now(monkeypatch, text, "Oren Tal") == [True, False]


def test_a_clause_after_and_opening_on_a_place_puts_the_one_after_its_verb_there(monkeypatch):
    text = ("Oren Tal came in. Mira Dane sat by the fire, and in the corner, turning a prayer "
            "wheel in his hand, sat Oren Tal. Mira Dane laughed, and then she sat Oren Tal down.")
    assert _there_now(monkeypatch, text, "Oren Tal") == [True, True, False]


def test_the_sender_a_message_header_names_sends_it(monkeypatch):
    text = ("Oren Tal wrote.\n\n[Voice note, Oren Tal → Mira Dane, 4 March 2025]\n\n\"I am at "
            "the gate.\"\n\nMira Dane → Oren Tal\n\nOren Tal said nothing.")
    assert _there_now(monkeypatch, text, "Oren Tal") == [True, True, False, True]


def test_the_object_of_a_who_clause_does_not_do_the_verb_after_it(monkeypatch):
    text = ("Oren Tal came in. Everyone who had known Oren Tal laughed. Those who never met Oren "
            "Tal wept. The man who knew Oren Tal smiled. Oren Tal laughed at them.")
    assert _there_now(monkeypatch, text, "Oren Tal") == [True, False, False, False, True]


def test_getting_up_is_a_deed_but_got_alone_is_not(monkeypatch):
    text = ("Oren Tal got up from his bench by the door. Oren Tal got to his feet. Oren Tal got "
            "a letter. Oren Tal got worse in the winter.")
    assert _there_now(monkeypatch, text, "Oren Tal") == [True, True, False, False]


def test_a_place_first_then_the_verb_and_a_family_word_set_beside_the_name(monkeypatch):
    text = ("Rukmini Devi laughed. At the head of the table sat her grandmother, Kamala Iyer, "
            "in a green sari. Rukmini Devi asked her grandmother, Kamala Iyer, for salt.")
    assert _there_now(monkeypatch, text, "Kamala Iyer") == [True, False]


def test_bynames_after_called_are_a_label_not_a_deed(monkeypatch):
    # "Ilyas Qarmout, called Bou Hout, called Abu Karim.": the names he goes by, as a record or
    # a caption sets them down, with no verb; a speech tag's "called" and a verb after the
    # bynames are deeds still.
    text = ("Ilyas Qarmout set down the nets. \"Pull!\" called Ilyas Qarmout. Ilyas Qarmout, "
            "called Bou Hout, walked in. Under it she typed the record. Ilyas Qarmout, called "
            "Bou Hout, called Abu Karim. Born 1921.")
    assert _there_now(monkeypatch, text, "Ilyas Qarmout") == [True, True, True, False, False,
                                                               False]
    assert _there_now(monkeypatch, text, "Abu Karim") == [False]
