"""Whose eyes, hair, age or height a sentence tells of: app.core.checks.attribute_owner."""

from __future__ import annotations

import pytest

from app.core.analysis import analyze
from app.core.checks.attribute_owner import subject
from app.core.checks.cues import sentence_at
from app.core.model import Decisions, DocumentText
from tests.core.checks.stories import check_context, contradictions, documents


def _whose(monkeypatch: pytest.MonkeyPatch, chapter: str, value: str) -> str | None:
    """The character `subject` gives the last `value` in the one-chapter story to."""
    context = check_context(monkeypatch, chapter)
    offset = chapter.rindex(value)
    view = sentence_at(context.manuscript, "0", offset)
    assert view is not None
    found = subject(context, view, chapter[view.start : view.end], offset - view.start)
    return found[0] if found else None


def test_the_character_named_before_the_value(monkeypatch):
    chapter = "Mara Quint came in with Tobiah Lowe. Mara Quint was forty, and tired."
    assert _whose(monkeypatch, chapter, "forty") == "Mara Quint"


def test_he_after_a_name_whose_own_things_tell_him_a_man_is_his(monkeypatch):
    # "who had a boat of his own" tells Tavi Roon a man, so the "He" after the sentence
    # opening on him is his, not the last man named before.
    chapter = ("Tavi Roon waved. Tavi Roon sat. Tavi Roon, who had a boat of his own, laughed. "
               "Mr. Osric Penhale rubbed his eyes.\n\nTavi Roon came home at nine and kissed "
               "his aunt. He was twenty-five now.")
    assert _whose(monkeypatch, chapter, "twenty-five") == "Tavi Roon"


def test_a_relative_no_name_stands_for_is_no_one_named(monkeypatch):
    chapter = ("Élise Roy came home. Élise Roy smiled. Her mother was waiting on the stairs. "
               "She was fifty-eight.")
    assert _whose(monkeypatch, chapter, "fifty-eight") is None


def test_he_after_the_boy_was_a_name_is_that_name(monkeypatch):
    chapter = ("Mr. Kofi Ankrah waved. The boy was Yaw Odoi, mate to Mr. Kofi Ankrah. He was "
               "fifteen years old.")
    assert _whose(monkeypatch, chapter, "fifteen") == "Yaw Odoi"


def test_he_after_our_visitor_was_a_name_is_that_name(monkeypatch):
    # "visitor" tells no sex: the name said to be the visitor does, and the "He" is him.
    chapter = ("Mr. Osric Penhale waved. Our most regular visitor that winter was Mr. Abelard "
               "Quist, who had gone to school with Mr. Osric Penhale. He was the tallest man I "
               "knew, six foot four.")
    assert _whose(monkeypatch, chapter, "six foot four") == "Mr. Abelard Quist"


def test_he_after_our_visitor_was_a_woman_is_not_hers(monkeypatch):
    chapter = ("Mr. Osric Penhale waved. Our most regular visitor that winter was Mrs. Ada "
               "Quist, who had gone to school with Mr. Osric Penhale. He was the tallest man I "
               "knew, six foot four.")
    assert _whose(monkeypatch, chapter, "six foot four") != "Mrs. Ada Quist"


def test_her_owning_the_value_after_a_woman_named_past_an_opening_he_is_hers(monkeypatch):
    chapter = ("Ingrid Solberg sat by the fire. Ingrid Solberg said nothing. He looked at his "
               "daughter, and Ingrid Solberg turned her green eyes on him.")
    assert _whose(monkeypatch, chapter, "green") == "Ingrid Solberg"
    # What "she" opens on owns her hair when the one named after her is a man.
    chapter = ("Peter Berg came in. She pushed her shawl back so that Peter Berg could see "
               "her face, and her hair was black.")
    assert _whose(monkeypatch, chapter, "black") != "Peter Berg"


def test_she_after_a_clause_about_her_mother_is_no_one(monkeypatch):
    chapter = ("Anya Roy came in. The black coil Anya Roy remembered was gone, and her mother "
               "now wore her grey hair plainly. She was fifty-nine.")
    assert _whose(monkeypatch, chapter, "fifty-nine") is None


def test_he_in_speech_after_someone_unnamed_it_speaks_of_is_no_one_named(monkeypatch):
    # The speech's "he" is the youth it speaks of, not the speaker named before it.
    chapter = ("Piet Olsen came to the door. Piet Olsen said: \"Tell them the youth under "
               "that stone was small because he was fourteen.\"")
    assert _whose(monkeypatch, chapter, "fourteen") is None


def test_he_in_speech_about_the_one_named_in_it_is_that_one(monkeypatch):
    # No one unnamed spoken of between the name and the pronoun: the name said in the speech.
    chapter = ("Piet Olsen came to the door. \"Tell them Ansel Brink was small because he was "
               "fourteen,\" Piet Olsen said.")
    assert _whose(monkeypatch, chapter, "fourteen") == "Ansel Brink"


def test_he_goes_on_about_a_subject_put_last(monkeypatch):
    chapter = ("They were both Iñaki Zabaleta: the father was old Iñaki, and the son was young "
               "Iñaki. Young Iñaki was seventeen that spring. He had been sick over the side for "
               "two days.\n\nBehind them, flaking down the net, was Txomin. In the parish book "
               "he was Domingo; everywhere else he was Txomin. He was Miren's half-brother. He "
               "was twenty-four, broad and quiet.\n\nThe boat came in at four. Txomin made "
               "her fast, and Txomin laughed.")
    assert _whose(monkeypatch, chapter, "twenty-four") == "Txomin"


def test_a_name_said_in_an_aside_between_dashes_is_passed_over(monkeypatch):
    chapter = ("Priya Raghunathan came in, and Ama Owusu laughed. Dr Raghunathan — Ama Owusu "
               "calls her the railway, never in front of patients — is thirty-two.")
    assert _whose(monkeypatch, chapter, "thirty-two") == "Priya Raghunathan"


def test_a_name_in_the_clause_a_sentence_opens_on_is_not_its_subject(monkeypatch):
    chapter = ("Sissy Caudill came up the path. Verna Hollan laughed. When Sissy Caudill came in, "
               "Verna Hollan looked "
               "up at her with those brown eyes of hers, dark as coffee grounds.")
    assert _whose(monkeypatch, chapter, "brown") == "Verna Hollan"


def test_eyes_a_pronoun_owns_after_an_opening_clause_are_no_ones_named(monkeypatch):
    chapter = ("Verna Hollan came up the path. Sissy Caudill laughed. When Verna Hollan came in, "
               "Sissy Caudill looked "
               "into her brown eyes.")
    assert _whose(monkeypatch, chapter, "brown") is None


def test_he_after_a_phrase_of_time_put_first_is_whom_it_means(monkeypatch):
    chapter = ("Lê Văn Thạch sat at the next bench. Lê Văn Thạch said nothing. In the "
               "afternoons, when the light came in low through the grille, he would stretch, and "
               "rake his fingers through his thick black hair.")
    assert _whose(monkeypatch, chapter, "black") == "Lê Văn Thạch"


def test_he_after_a_time_put_first_is_the_one_the_sentences_go_on_about(monkeypatch):
    chapter = ("Tobias Skaggs has stayed on through the winter. He says he has nowhere else to "
               "be. Last night he looked up from his whittling with those steady brown eyes of "
               "his.")
    assert _whose(monkeypatch, chapter, "brown") == "Tobias Skaggs"


def test_she_after_a_second_bearer_of_a_name_is_brought_in_is_unsure(monkeypatch):
    chapter = ("Mbak Sri lifted the cloth out of the indigo. Mbak Sri was a broad woman of thirty."
               "\n\nThe cook's daughter was also called Sri, and the workshop called the child "
               "little Sri. She was ten, with a gap in her front teeth.")
    assert _whose(monkeypatch, chapter, "ten,") is None


def test_a_relative_clause_about_a_name_owns_the_value_its_pronoun_owns(monkeypatch):
    chapter = ("Beppe Lucarelli carried the nets. Rosaria laughed at him. On the first day Beppe "
               "Lucarelli walked behind his sister Rosaria, who walked with her skirt tucked into "
               "her belt and her grey eyes fixed on the path.")
    assert _whose(monkeypatch, chapter, "grey") == "Rosaria"


def test_she_after_one_brought_in_by_number_is_she(monkeypatch):
    chapter = ("The first was Marites Aquino, thirty years old. Marites Aquino laughed.\n\n"
               "The second was Maria Teresa Lacson, who had been christened Marites like half "
               "the girls born in Manila. She was twenty-one, the youngest of our batch.")
    assert _whose(monkeypatch, chapter, "twenty-one") == "Maria Teresa Lacson"


def test_a_her_or_his_owning_the_value_never_goes_to_one_of_the_other_sex(monkeypatch):
    chapter = ("Tom Hale came in, and he sat down. Tom Hale laughed, and he ate. Tom Hale loved "
               "her grey eyes.")
    assert _whose(monkeypatch, chapter, "grey") is None
    chapter = ("Tom Hale came in, and he sat down. Tom Hale laughed, and he ate. Tom Hale "
               "rubbed his grey eyes.")
    assert _whose(monkeypatch, chapter, "grey") == "Tom Hale"


def test_a_relative_after_the_her_of_a_clause_is_the_one_told_of(monkeypatch):
    chapter = ("Grace Ansah came in, and she sat down. Grace Ansah wept. The coffin went down, "
               "and her father, the tallest man at the graveside, bent to the earth.")
    assert _whose(monkeypatch, chapter, "tallest") is None
    chapter = ("Grace Ansah came in, and she sat down. Grace Ansah wept. The coffin went down, "
               "and her brown eyes were wet.")
    assert _whose(monkeypatch, chapter, "brown") == "Grace Ansah"


def test_she_the_narration_names_no_one_for_is_whom_the_scene_s_talk_called_by_name(monkeypatch):
    # The woman is named only in speech; "she" goes on about her a few paragraphs on.
    chapter = ("Walter Brune kept the inn. Walter Brune wiped the bar.\n\n"
               "She came in out of the rain and stood by the door.\n\n"
               '"Mrs. Anke Voss," he said.\n\n'
               '"Walter." She shook out her umbrella. "You are still here."\n\n'
               '"Where else?"\n\n'
               "He gave her the chair by the stove. When he brought the tea, she looked up at "
               "him with her pale green eyes.")
    assert _whose(monkeypatch, chapter, "green") == "Mrs. Anke Voss"


def test_she_after_a_woman_the_narration_names_is_not_the_one_called_by_name(monkeypatch):
    chapter = ("Walter Brune kept the inn.\n\n"
               '"Mrs. Anke Voss," he said.\n\n'
               "Greta Lind came down the stairs with the lamp.\n\n"
               "He gave her the chair by the stove. When he brought the tea, she looked up at "
               "him with her pale green eyes.")
    assert _whose(monkeypatch, chapter, "green") != "Mrs. Anke Voss"


def test_she_after_a_woman_called_by_name_by_a_she_is_unsure(monkeypatch):
    # The "she" may be the one who spoke.
    chapter = ("Walter Brune kept the inn. Walter Brune wiped the bar.\n\n"
               '"Mrs. Anke Voss," she said.\n\n'
               '"Where else?"\n\n'
               "He gave her the chair by the stove. When he brought the tea, she looked up at "
               "him with her pale green eyes.")
    assert _whose(monkeypatch, chapter, "green") is None


def test_he_opening_a_paragraph_is_the_one_the_paragraph_before_brings_in_and_names(monkeypatch):
    # The last man the paragraph before names is the doctor; it is about the Dane.
    chapter = ("A Dane has come to lodge at the mill. His name is Anders Holm, and he came over "
               "in a fishing boat. He cut his hand, and Dr. Peter Gray said he was to rest.\n\n"
               "He is a long fair man with eyes the grey of a gull's back.")
    assert _whose(monkeypatch, chapter, "grey") == "Anders Holm"


def test_he_opening_a_paragraph_after_a_woman_brought_in_and_named_is_not_her(monkeypatch):
    chapter = ("A widow has come to lodge at the mill. Her name is Ingrid Holm, and she came over "
               "in a fishing boat. She cut her hand, and Dr. Peter Gray said she was to rest.\n\n"
               "He is a long fair man with eyes the grey of a gull's back.")
    assert _whose(monkeypatch, chapter, "grey") != "Ingrid Holm"


def test_he_is_not_the_one_of_untold_sex_the_paragraph_went_on_about_as_she(monkeypatch):
    chapter = ("Quen Darby stood under the clock a full minute before seeing a cousin, Ixel "
               "Morrow, by the gate.\n\nShe had seen him first. She was forty, and she had come "
               "on the early bus. He was forty-three.")
    assert _whose(monkeypatch, chapter, "forty-three") is None


def test_she_is_still_the_one_of_untold_sex_the_paragraph_went_on_about(monkeypatch):
    chapter = ("Quen Darby stood under the clock a full minute before seeing a cousin, Ixel "
               "Morrow, by the gate.\n\nShe had seen him first. She was forty-three.")
    assert _whose(monkeypatch, chapter, "forty-three") == "Ixel Morrow"


def test_a_man_seen_coming_whom_the_teller_knows_is_the_one_named_before(monkeypatch):
    chapter = ("Tomas Kerr came home today.\n\n"
               "I was at the well and saw a man coming up the lane, and I knew him by his walk. "
               "He is thinner. He stood at the gate and turned those grey eyes of his on me.")
    assert _whose(monkeypatch, chapter, "grey") == "Tomas Kerr"


def test_a_man_seen_coming_whom_no_one_knows_is_a_stranger(monkeypatch):
    chapter = ("Tomas Kerr came home today.\n\n"
               "I was at the well and saw a man coming up the lane, and I did not like his walk. "
               "He is thinner. He stood at the gate and turned those grey eyes of his on me.")
    assert _whose(monkeypatch, chapter, "grey") is None


def test_an_age_fragment_is_the_one_the_sentence_before_names(monkeypatch):
    chapter = ('Henrik Dahl waved from the lock. Greta Holm shrugged. "The lock keeper is a '
               'Henrik Dahl. Forty-three, been on the canal all his life."')
    assert _whose(monkeypatch, chapter, "Forty-three") == "Henrik Dahl"


def test_an_age_fragment_after_two_people_named_is_no_ones(monkeypatch):
    chapter = ('Henrik Dahl waved from the lock. Greta Holm shrugged. "The lock keeper is Henrik '
               'Dahl, and Anna Brink helps him. Forty-three, been on the canal all his life."')
    assert _whose(monkeypatch, chapter, "Forty-three") is None



def test_she_after_talk_said_by_the_tellers_named_relative_is_that_relative(monkeypatch):
    # The relative speaks by a kin word only; the "She" the narration opens on after the talk
    # is her, whom the story names beside the word earlier — not the last woman named.
    chapter = ("My aunt, Rosalind Ferrer, kept the accounts.\n\nClara Duval brought the post "
               "and went away again.\n\n\"We sell the mill,\" said my aunt. \"We sell it this "
               "week.\"\n\nShe was forty-one.")
    assert _whose(monkeypatch, chapter, "forty-one") == "Rosalind Ferrer"


def test_she_after_talk_said_by_a_man_relative_is_not_the_relatives(monkeypatch):
    chapter = ("My aunt, Rosalind Ferrer, kept the accounts.\n\nClara Duval brought the post "
               "and went away again.\n\n\"We sell the mill,\" said my uncle. \"We sell it this "
               "week.\"\n\nShe was forty-one.")
    assert _whose(monkeypatch, chapter, "forty-one") != "Rosalind Ferrer"


def test_her_beside_one_of_untold_sex_the_sentence_calls_him_is_the_woman_s(monkeypatch):
    # Tolland's sex no name or pronoun has told, but the "him" said after naming him is a
    # man: the "her" owning the grey eyes is Rosa's.
    chapter = ("Rosa Quint stood apart with her arms folded, and when Tolland Brisk climbed "
               "out she looked at him once with her grey eyes.")
    assert _whose(monkeypatch, chapter, "grey") == "Rosa Quint"


def test_her_beside_one_of_untold_sex_with_no_him_is_no_one_s(monkeypatch):
    chapter = ("Rosa Quint stood apart with her arms folded, and when Tolland Brisk climbed "
               "out she looked away once with her grey eyes.")
    assert _whose(monkeypatch, chapter, "grey") is None


def test_he_after_a_clause_of_his_with_no_comma_is_the_one_gone_on_about(monkeypatch):
    # "When he smiled he looked…": the fronted clause says the same "he" again, with no comma.
    chapter = ("Tobiah Lowe came by on Sundays. He carried the sacks in. When he smiled he "
               "looked like his uncle, the same grey eyes, narrowing to nothing.")
    assert _whose(monkeypatch, chapter, "grey") == "Tobiah Lowe"


def test_a_clause_of_hers_before_his_is_not_read_as_his(monkeypatch):
    chapter = ("Tobiah Lowe came by on Sundays. He carried the sacks in. When she smiled he "
               "looked like his uncle, the same grey eyes, narrowing to nothing.")
    assert _whose(monkeypatch, chapter, "grey") is None


def test_he_after_a_saying_about_anyone_of_his_name_is_the_one_named_before(monkeypatch):
    # "what a Tobiah becomes" tells of anyone called Tobiah: the "He" after it goes on about
    # the Tobiah Lowe the paragraph is about.
    chapter = ("Tobiah Lowe came to Pellan in the spring. Tobiah rented the loft over the "
               "chandler's.\n\nTobiah Lowe worked the ferry from the north quay. On the quay "
               "they called him Skip, which is what a Tobiah becomes once he has worked a "
               "harbour long enough, and after a year Rosa Quint was calling him Skip too. He "
               "was a quiet man, and his eyes were grey.")
    assert _whose(monkeypatch, chapter, "grey") == "Tobiah Lowe"


def test_he_after_another_of_his_name_brought_in_is_not_the_one_named_before(monkeypatch):
    chapter = ("Tobiah Lowe came to Pellan in the spring. Tobiah rented the loft over the "
               "chandler's.\n\nTobiah Lowe worked the ferry from the north quay. Rosa Quint kept "
               "the tea stall. The village already had a Tobiah, old and deaf. He was sixty-one.")
    assert _whose(monkeypatch, chapter, "sixty-one") is None


def test_an_appositive_after_a_clause_with_her_as_object_is_hers(monkeypatch):
    # The words set after the clause tell of the woman Ines met, whom the sentence before
    # names — not of Ines.
    chapter = ("Ines Varga came home in May. Dora Pell had left the mill by then. Ines met her "
               "one Friday outside the chemist's, a small woman, barely five feet in her good "
               "shoes, who had to look up at Ines to speak.")
    assert _whose(monkeypatch, chapter, "five feet") == "Dora Pell"


@pytest.mark.parametrize("chapter", [
    # The appositive is of the one named after the pronoun.
    "Tom Hale came home in May. Ines met him outside the shop beside Kofi Mensah, a tall man, "
    "six foot four in his boots.",
    # A noun after "her" makes it an owner, not the object.
    "Ines Varga came home in May. Dora Pell had left the mill. Ines met her sister outside the "
    "chemist's, a small woman, barely five feet in her good shoes.",
])
def test_an_appositive_not_after_an_object_pronoun_is_not_the_pronouns(monkeypatch, chapter):
    value = "six foot four" if "six foot" in chapter else "five feet"
    assert _whose(monkeypatch, chapter, value) not in ("Tom Hale", "Dora Pell")


def test_whom_the_teller_and_one_named_carry_is_the_he_after(monkeypatch):
    # "Kofi Mensah and I" are the subject: the "him" they carry, and the "he" and "his" after,
    # are the man the sentence before names — not Kofi.
    chapter = ("Kofi Mensah waved from the creek. Tom Hale fell off the dray in June. Kofi "
               "Mensah and I carried him up to the hut, and he lay there a week, and watched us "
               "with his small grey eyes.")
    assert _whose(monkeypatch, chapter, "grey") == "Tom Hale"


def test_a_value_of_the_other_sex_than_whom_they_carry_is_not_theirs(monkeypatch):
    chapter = ("Ama Mensah waved from the creek. Tom Hale fell off the dray in June. Ama "
               "Mensah and I carried him up to the hut, and Ama Mensah watched us with her small "
               "grey eyes.")
    assert _whose(monkeypatch, chapter, "grey") != "Tom Hale"


def test_she_after_a_name_set_first_as_what_she_was_called_is_the_one_named_before(monkeypatch):
    # "Philippa, the vicar called her…" gives the girl another name; it is not the subject the
    # "She" after goes on about, but a name of Pip, whom the sentence before opens on.
    chapter = ("Pip Arden wrote every week. Pip Arden waits for the post each morning. Philippa, "
               "the vicar called her at the font, and it is Philippa in the parish book, but "
               "nobody at home says anything but Pip. She is nine and thinks she is twenty. She "
               "looks up at me with her grey eyes and asks for news.")
    assert _whose(monkeypatch, chapter, "grey") == "Pip Arden"


def test_she_after_a_name_set_first_as_the_subject_is_that_name(monkeypatch):
    chapter = ("Pip Arden wrote every week. Pip Arden waits for the post each morning. Philippa "
               "Hale, the vicar's niece, came at noon. She is nine and thinks she is twenty. She "
               "looks up at me with her grey eyes and asks for news.")
    assert _whose(monkeypatch, chapter, "grey") == "Philippa Hale"


def test_one_who_had_the_named_ones_eyes_has_them(monkeypatch):
    # "She had the Mam's eyes, a dark grey": her eyes, like the Mam's.
    chapter = ("The Mam came home on Sundays. The Mam ate well. Nuala Boyle was the eldest. "
               "She had the Mam's eyes, a dark grey like slate.")
    assert _whose(monkeypatch, chapter, "grey") == "Nuala Boyle"


def test_one_who_saw_the_named_ones_eyes_does_not_have_them(monkeypatch):
    chapter = ("The Mam came home on Sundays. The Mam ate well. Nuala Boyle was the eldest. "
               "She saw the Mam's eyes, a dark grey like slate.")
    assert _whose(monkeypatch, chapter, "grey") == "Mam"


def test_the_name_a_that_clause_opens_on_right_before_the_value(monkeypatch):
    # Two people named, and no "his" or "her" to tell them apart: the clause after "that"
    # tells its value of the name it opens on.
    chapter = ("Wenna Tolley and Osric Penhale met at the fair. Wenna Tolley saw at once that "
               "Osric Penhale was tall.")
    assert _whose(monkeypatch, chapter, "was tall") == "Osric Penhale"


def test_the_name_a_clause_of_time_opens_on_is_not_the_values_owner(monkeypatch):
    chapter = ("Wenna Tolley and Osric Penhale met at the fair. Wenna Tolley left the year that "
               "Osric Penhale was ten.")
    assert _whose(monkeypatch, chapter, "was ten") is None


def test_the_name_a_cleft_sets_first_owns_the_value_in_its_who_clause(monkeypatch):
    # The sentence opens on "He", but "it was … who" makes the woman the subject of the
    # clause that tells the age.
    chapter = ("Tamsin Rowe married Corwen Vellacott in the spring. Corwen Vellacott kept the "
               "forge. He still stood at the door of Corwen's each morning, but it was Tamsin "
               "Rowe who kept the books now, at fifty-two, with a boy to fetch and carry.")
    assert _whose(monkeypatch, chapter, "fifty-two") == "Tamsin Rowe"


def test_a_cleft_whose_clause_speaks_of_another_does_not_own_the_value(monkeypatch):
    # The "him" inside the clause may be whom the age is told of: the cleft decides nothing.
    chapter = ("Tamsin Rowe married Corwen Vellacott in the spring. Corwen Vellacott kept the "
               "forge. He still stood at the door each morning, but it was Tamsin Rowe who "
               "fed him now, at fifty-two, with a boy to fetch and carry.")
    assert _whose(monkeypatch, chapter, "fifty-two") == "Corwen Vellacott"


_GLOSSED = ("My nain, my father's mother, kept the farm above the village. My nain was born "
            "Gwenllian Rhys Parry, and the chapel books still wrote her so.\n\n"
            "Eluned Rhys came up the lane with the milk. Eluned laughed at the dog.\n\n"
            "{opening} sat by the range. She was eighty-two.")


def test_she_after_a_borrowed_family_word_glossed_as_kin_is_that_relative(monkeypatch):
    # "nain" is glossed as the teller's grandmother, and named: the "She" goes on about her,
    # not the last woman named.
    chapter = _GLOSSED.format(opening="My nain")
    assert _whose(monkeypatch, chapter, "eighty-two") == "Gwenllian Rhys Parry"


def test_she_after_a_word_the_story_never_glosses_is_not_taken_for_a_relative(monkeypatch):
    # Without "my father's mother" beside it, "nain" is no word the analysis knows for kin.
    chapter = _GLOSSED.format(opening="My nain").replace(", my father's mother,", "")
    assert _whose(monkeypatch, chapter, "eighty-two") == "Eluned Rhys"


_SON_OF = ("Warsame Gaab kept a boarding house by the docks. Warsame Gaab was fifty now, and "
           "his hair was grey.\n\nIn May his son came.\n\n{name} was twenty-six, a stoker like "
           "his father had been.")


def _age_drifts(name: str) -> list[str]:
    """The attribute drifts of `_SON_OF` with `name` made one character with Warsame Gaab, as
    a merge by the writer (or by a shared surname) makes it."""
    result = analyze([DocumentText("0", "One", _SON_OF.format(name=name))],
                     Decisions(aliases={name: "Warsame Gaab"}))
    return [w.message for w in result.warnings if w.rule == "attribute-drift"]


def test_a_name_setting_its_own_given_name_before_the_characters_is_the_childs():
    # "Idris Warsame Nuur": Idris, son of Warsame — his age is not Warsame Gaab's.
    assert _age_drifts("Idris Warsame Nuur") == []


def test_a_name_of_three_that_does_not_carry_the_characters_given_name_is_still_his():
    # "Idris Hassan Nuur" carries no "Warsame": nothing says it is a son's name built on
    # Warsame's, so the merge stands and the ages clash.
    assert len(_age_drifts("Idris Hassan Nuur")) == 1


def test_his_own_after_a_clause_of_time_opening_on_he(monkeypatch):
    # "When he was tired his …": the clause's "he" owns the eyes, the man the story goes on
    # about — not no one.
    chapter = ("Tomas Ferrante worked the night shift. He had grown broad in the shoulders. "
               "When he was tired his pale blue eyes went red at the rims.")
    assert _whose(monkeypatch, chapter, "blue") == "Tomas Ferrante"


def test_another_owner_after_a_clause_of_time_is_not_the_clause_pronoun(monkeypatch):
    # "When he saw her his …" leaves "his", but "When he came in her grey eyes …" is hers:
    # not the man the clause opens on.
    chapter = ("Tomas Ferrante worked the night shift. He had grown broad in the shoulders. "
               "When he came in her grey eyes followed him.")
    assert _whose(monkeypatch, chapter, "grey") is None


def test_a_he_the_sentence_ends_by_naming_is_the_one_named(monkeypatch):
    # The "He" is Colm Byrne, whom the sentence names at its close, not Seamus named before.
    chapter = ("My uncle Seamus Fahy kept the forge, though he was only fifty. A rider came "
               "down the lane at dusk. He was tall and lean, thirty years of age, with a "
               "black beard, and that was Colm Byrne, that everyone called the Hawk.")
    assert _whose(monkeypatch, chapter, "thirty") == "Colm Byrne"


def test_a_he_whose_sentence_ends_on_a_name_owning_a_thing_is_not_that_one(monkeypatch):
    # "that was Colm Byrne's horse": the horse is Colm's; the "He" is still Seamus.
    chapter = ("Seamus Fahy kept the forge by the bridge. He was thirty years of age, with a "
               "black beard, and that was Colm Byrne's horse he was shoeing.")
    assert _whose(monkeypatch, chapter, "thirty") == "Seamus Fahy"


def test_a_height_set_before_a_name_as_its_epithet_is_that_ones():
    # "Tall Brannagh Oduya": the one named right after the epithet, not "He" the sentence
    # before named.
    found = contradictions(documents([
        "Brannagh Oduya came to the well. Brannagh Oduya was a short man, and he sang.",
        "Cathal Rees waved. Tall Brannagh Oduya ducked under the lintel and sat down.",
    ]))
    assert [(w.rule, w.names) for w in found] == [("attribute-drift", ("Brannagh Oduya",))]


def test_a_height_epithet_before_a_place_is_no_ones():
    found = contradictions(documents([
        "Brannagh Oduya was a short man, and he sang at the well.",
        "Brannagh Oduya walked out. Tall Pines was quiet that night.",
    ]))
    assert not found


def test_he_after_one_who_came_with_his_own_relative_is_that_one(monkeypatch):
    # "Tesh came with his wife": the "his" of the wife he came with tells Tesh a man, so the
    # "He" after is Tesh, the one that sentence opens on, not Mr. Orrin Vale named before.
    chapter = ("Mr. Orrin Vale came with Perla. He was fifty-six. Tesh waved. Tesh sat. "
               "Tesh laughed.\n\nTesh came with his wife and their baby. He was forty-one.")
    assert _whose(monkeypatch, chapter, "forty-one") == "Tesh"


def test_he_after_one_who_saw_a_man_with_his_relative_is_not_that_one(monkeypatch):
    # "Tesh saw him with his wife": the wife is his, the man seen, not Tesh's.
    chapter = ("Mr. Orrin Vale came with Perla. He was fifty-six. Tesh waved. Tesh sat. "
               "Tesh laughed.\n\nTesh saw him with his wife and their baby. He was forty-one.")
    assert _whose(monkeypatch, chapter, "forty-one") != "Tesh"


def test_an_age_said_to_you_is_not_the_speaker_s_but_the_listener_s():
    # "said, eight years old and still you drool": Oona says it, of the child she speaks to.
    first = "Oona Pell ran the bakery with Tam Reddy.\n\nOona Pell is forty. Tam Reddy is ten."
    to_him = 'Oona Pell wiped his face and said, "Eight years old and still you drool, Tam."'
    found = contradictions(documents([first, to_him]))
    assert [w.names for w in found] == [("Tam Reddy",)]
    to_no_one = "Oona Pell wiped my face and said, eight years old and still you drool."
    assert contradictions(documents([first, to_no_one])) == []


def test_he_after_a_sentence_opening_on_an_unnamed_boy_is_no_one_named(monkeypatch):
    # The sentence before is about "the boy", whom no name stands for: the "He" is him,
    # not the man named after him.
    chapter = ("Ruben Arkwright fished all winter. Ruben Arkwright was gone a week. The boy "
               "asks when Ruben Arkwright will be back. He is six and he counts the boats.")
    assert _whose(monkeypatch, chapter, "six") is None


def test_he_after_the_man_who_was_a_name_is_that_name(monkeypatch):
    # The unnamed opening is said to be someone: the "He" is that one.
    chapter = ("Ruben Arkwright fished all winter. The man who rented the loft was Ruben "
               "Arkwright, a carpenter. He was fifty that year.")
    assert _whose(monkeypatch, chapter, "fifty") == "Ruben Arkwright"
