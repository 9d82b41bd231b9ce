"""Where a story tells that a character died: app.core.checks.deaths."""

from __future__ import annotations

import pytest

from app.core.checks.deaths import told_deaths
from tests.core.checks.stories import check_context


def test_a_death_is_told_of_the_one_named_before_the_verb(monkeypatch):
    context = check_context(monkeypatch, "Sofie Laurent painted. Sofie's mother, Colette Laurent, "
                                         "had passed away that spring. Sofie wept.")
    assert list(told_deaths(context).first) == ["Colette Laurent"]


def test_the_death_after_him_is_whom_him_means(monkeypatch):
    context = check_context(monkeypatch, "Onésime Paquette was in front of the load. By the time "
                                         "Ti-Jean and the others had dug him out, he was dead.")
    assert list(told_deaths(context).first) == ["Onésime Paquette"]


def test_a_death_told_of_him_right_before_the_verb_is_not_the_subjects(monkeypatch):
    context = check_context(monkeypatch, "Blue Ferris came back eight days after Constable Pyke "
                                         "had pronounced him drowned. Mara Tell kissed him and "
                                         "died.")
    assert list(told_deaths(context).first) == ["Mara Tell"]


def test_a_burial_dated_this_afternoon_is_a_death(monkeypatch):
    context = check_context(monkeypatch, "Ifan Pugh coughed. We buried Ifan Pugh this afternoon "
                                         "in the cemetery at Bethesda.")
    assert list(told_deaths(context).first) == ["Ifan Pugh"]


def test_a_death_told_of_a_name_too_is_not_known_only_by_the_titled_surname(monkeypatch):
    context = check_context(monkeypatch, "Eli Haigh sat on his step. Eli Haigh smiled. It's in "
                                         "the second week that Eli Haigh dies. They bury Mr. "
                                         "Haigh on the Saturday, in the big cemetery.")
    deaths = told_deaths(context)
    assert list(deaths.first) == ["Eli Haigh"]
    assert deaths.only_titled == {}


def test_a_death_a_telegram_said_is_told(monkeypatch):
    context = check_context(monkeypatch, "Lawrence Fernandes sailed. The telegram said that "
                                         "Lawrence Fernandes had died of a heart attack.")
    assert list(told_deaths(context).first) == ["Lawrence Fernandes"]


def test_a_burial_of_him_after_a_death_is_the_deads(monkeypatch):
    context = check_context(monkeypatch, "Mok Tak-sing sat down. Tak-sing laughed. Old Cheung "
                                         "Man-lok is dead. He died before dawn, in our tent, "
                                         "with Tak-sing holding his hand. The cough went into "
                                         "his chest. At the end he asked for the window, and "
                                         "Tak-sing lifted the flap. We buried him on the slope.")
    assert list(told_deaths(context).first) == ["Cheung Man-lok"]


def test_hedged_and_hearsay_deaths_are_none(monkeypatch):
    context = check_context(monkeypatch, "Mara Tell nearly died that winter. Máirtín Pheaits had "
                                         "been drowned only in the Galway paper. The Helena "
                                         "paper had printed that Ezra Pike had died in a fire. "
                                         "The deputy said to Dad, quietly, that Wes Dufault "
                                         "had drowned.")
    assert told_deaths(context).first == {}


def test_a_death_taken_back_in_its_sentence_or_the_next_is_none(monkeypatch):
    context = check_context(monkeypatch, "Teodor Vasquez fished. Teodor laughed. \"Is it true "
                                         "about Teodor? Auntie wrote me he was dead and then "
                                         "she phoned and said no, he's alive, and I cried.\"")
    assert told_deaths(context).first == {}
    context = check_context(monkeypatch, "Kasia Brandt sang. Kasia laughed. The sergeant wrote "
                                         "down that Kasia Brandt was killed at the bridge. But "
                                         "it was not true. Kasia had gone home.")
    assert told_deaths(context).first == {}


def test_a_death_in_a_time_clause_of_what_will_be_is_yet_to_come(monkeypatch):
    context = check_context(monkeypatch, "Marta Vella sewed. Marta married Pawlu Borg, but in "
                                         "the village she is still Marta tal-Ħobż and will be "
                                         "until she dies. Old Censu says he'll keep the shop "
                                         "till the day Marta dies. Marta laughed.")
    assert told_deaths(context).first == {}


def test_a_death_in_a_time_clause_told_in_the_present_is_still_a_death(monkeypatch):
    context = check_context(monkeypatch, "Marta Vella sewed. Marta laughed. Pawlu nurses her "
                                         "all winter until she dies in March.")
    assert list(told_deaths(context).first) == ["Marta Vella"]


def test_something_else_not_true_after_a_death_takes_nothing_back(monkeypatch):
    context = check_context(monkeypatch, "Teodor Vasquez fished. Teodor Vasquez died in May, "
                                         "and it was not true that the doctors failed him.")
    assert list(told_deaths(context).first) == ["Teodor Vasquez"]
    context = check_context(monkeypatch, "Teodor Vasquez fished. Teodor Vasquez died in May. "
                                         "His wife is alive and well.")
    assert list(told_deaths(context).first) == ["Teodor Vasquez"]
    context = check_context(monkeypatch, "Teodor Vasquez fished. Teodor laughed. \"Teodor is "
                                         "dead. It isn't true. It can't be,\" Ines whispered.")
    assert list(told_deaths(context).first) == ["Teodor Vasquez"]


def test_a_burial_of_her_after_a_name_said_as_a_word_is_not_the_names(monkeypatch):
    context = check_context(monkeypatch, "Wambui Muriithi fetched the water. Cucu Wangeci sat "
                                         "by the fire. She had died in the cold months, still "
                                         "refusing to say the name Wambui aloud, and they had "
                                         "buried her below the banana grove.")
    assert list(told_deaths(context).first) == ["Cucu Wangeci"]


def test_the_body_of_someone_is_what_is_left_of_the_dead(monkeypatch):
    context = check_context(monkeypatch, "Ana Reyes sang. Braulio Sosa rode. I gave burial to "
                                         "the body of Braulio Sosa, capataz. He held the warm "
                                         "body of Ana Reyes close.")
    assert list(told_deaths(context).first) == ["Braulio Sosa"]


def test_someone_unnamed_of_the_other_sex_in_the_names_sentence_is_not_whom_she_means(
        monkeypatch):
    context = check_context(monkeypatch, "Emama Zewditu roasted the beans. Emama Zewditu "
                                         "laughed. It was the last coffee Emama Zewditu ever "
                                         "roasted for her grandson. She died in the long rains.")
    assert list(told_deaths(context).first) == ["Emama Zewditu"]
    context = check_context(monkeypatch, "Halvor Moen laughed. Halvor Moen sang. Father said it "
                                         "at the table, and my sister laughed at him. He was "
                                         "killed in the fighting that April.")
    assert list(told_deaths(context).first) == []


def test_a_not_in_a_clause_before_a_burial_does_not_hedge_it(monkeypatch):
    context = check_context(monkeypatch, "Ifan Pugh coughed all winter. The dead must not "
                                         "wait, so we buried him that same evening on the hill.")
    assert list(told_deaths(context).first) == ["Ifan Pugh"]


def test_a_not_in_the_burials_own_clause_hedges_it(monkeypatch):
    context = check_context(monkeypatch, "Ifan Pugh coughed all winter. They did not bury him "
                                         "on the hill.")
    assert list(told_deaths(context).first) == []


def test_someone_told_only_as_having_called_is_not_whom_he_means(monkeypatch):
    context = check_context(monkeypatch, "Idris Pugh coughed all winter. Idris Pugh laughed. By "
                                         "Thursday the doctor had been twice and the minister "
                                         "once. He died on the ninth of December.")
    assert list(told_deaths(context).first) == ["Idris Pugh"]
    context = check_context(monkeypatch, "Idris Pugh coughed all winter. Idris Pugh laughed. By "
                                         "Thursday the doctor had been sitting with him for a "
                                         "week. He died on the ninth of December.")
    assert list(told_deaths(context).first) == []


def test_a_death_given_a_length_of_time_is_one_that_ended(monkeypatch):
    context = check_context(monkeypatch, "Angus Gillies mended nets. For a night and most of a "
                                         "day, Angus Gillies was drowned.")
    assert list(told_deaths(context).first) == []
    context = check_context(monkeypatch, "Anna Gillies mended nets. For twenty years Anna "
                                         "Gillies had been dead, and still he set her place.")
    assert list(told_deaths(context).first) == ["Anna Gillies"]


def test_dead_as_english_says_it_of_the_living_is_no_death(monkeypatch):
    context = check_context(monkeypatch, "After the night shift Corin Vale was dead on his feet. "
                                         "By noon Mara Quill was dead to the world, and Tobin "
                                         "Ash was dead set against the sale. Eli Marsh is dead "
                                         "tired.")
    assert list(told_deaths(context).first) == []


def test_a_sea_or_a_room_dead_calm_is_no_ones_death(monkeypatch):
    # "dead calm", "dead quiet": still as the dead, said of the sea or a room, not a death of
    # the one named before.
    context = check_context(monkeypatch, "Perrin Achterberg rowed home. By dusk the bay off "
                                         "Perrin's jetty was dead calm, and the house where "
                                         "Ilse Marr slept was dead quiet.")
    assert list(told_deaths(context).first) == []


def test_dead_said_plainly_is_a_death_still(monkeypatch):
    context = check_context(monkeypatch, "After the fever Corin Vale was dead. Mara Quill "
                                         "wept.")
    assert list(told_deaths(context).first) == ["Corin Vale"]


def test_a_thing_passed_on_or_one_going_by_is_no_death(monkeypatch):
    context = check_context(monkeypatch, "Ottilie Brand wrote a note. The note was passed on. "
                                         "Ottilie Brand read it. Word of it had been passed on. "
                                         "Gideon Marsh nodded to us and passed on.")
    assert told_deaths(context).first == {}


def test_passed_on_said_of_the_one_who_goes_is_a_death(monkeypatch):
    context = check_context(monkeypatch, "Ottilie Brand wrote a note. Ottilie Brand coughed "
                                         "all winter and passed on.")
    assert list(told_deaths(context).first) == ["Ottilie Brand"]


def test_her_whom_the_name_and_i_did_something_to_is_someone_else(monkeypatch):
    context = check_context(monkeypatch, "Wenna Orr kept the post office. Wenna Orr is dead. "
                                         "She went in the night. She was ninety.\n\nTamsin "
                                         "Vale and I washed her and laid her out. There was a "
                                         "shawl on her chair, and Tamsin Vale folded it. We "
                                         "buried her on Thursday in the churchyard.")
    assert list(told_deaths(context).first) == ["Wenna Orr"]


def test_talk_opening_on_he_speaks_of_the_man_the_narration_was_about(monkeypatch):
    context = check_context(monkeypatch, "Marta Klee sewed. They found Ivo Brandl under the "
                                         "beam. He had gone out for water, Tomas Wirth said "
                                         "afterwards, and the wall had come down on him. Marta "
                                         "Klee knelt and put two fingers to his neck.\n\n"
                                         "\"He is dead,\" she said.")
    assert list(told_deaths(context).first) == ["Ivo Brandl"]


def test_talk_opening_on_he_after_two_men_or_said_by_a_man_is_no_ones(monkeypatch):
    two = check_context(monkeypatch, "Marta Klee sewed. They found Ivo Brandl under the beam, "
                                     "and Tomas Wirth beside him. Marta Klee knelt.\n\n"
                                     "\"He is dead,\" she said.")
    said_by_him = check_context(monkeypatch, "Marta Klee sewed. They found Ivo Brandl under the "
                                             "beam. Marta Klee knelt.\n\n\"He is dead,\" he "
                                             "said.")
    assert told_deaths(two).first == {}
    assert told_deaths(said_by_him).first == {}


def test_men_spoken_of_after_the_name_are_not_whom_him_means(monkeypatch):
    context = check_context(monkeypatch, "Anna Roos kept the lodge. The ice fell while Piet "
                                         "Joubert was fixing rope for the men below him. They "
                                         "carried him down.\n\nWe burned him on the ridge above "
                                         "the village.")
    assert list(told_deaths(context).first) == ["Piet Joubert"]


def test_a_man_spoken_of_after_the_name_may_be_whom_him_means(monkeypatch):
    context = check_context(monkeypatch, "Anna Roos kept the lodge. The ice fell while Piet "
                                         "Joubert was fixing rope for the man below him. They "
                                         "carried him down.\n\nWe burned him on the ridge above "
                                         "the village.")
    assert told_deaths(context).first == {}


def test_someone_of_the_other_sex_the_name_owns_is_not_whom_she_means(monkeypatch):
    context = check_context(monkeypatch, "Hatice Demir bought sweets. The phone rang.\n\n"
                                         "\"It's Emre. Hatice Demir's son. They took her in "
                                         "last night. She died this morning.\"")
    assert list(told_deaths(context).first) == ["Hatice Demir"]


def test_someone_of_her_sex_the_name_owns_may_be_whom_she_means(monkeypatch):
    context = check_context(monkeypatch, "Hatice Demir bought sweets. The phone rang.\n\n"
                                         "\"It's Emre. Hatice Demir's daughter. They took her "
                                         "in last night. She died this morning.\"")
    assert told_deaths(context).first == {}


def test_a_records_entry_opening_on_died_is_the_death_of_the_name_before(monkeypatch):
    # A register's or a list's telegraphic entry: the name, then "Died …" with no subject.
    context = check_context(monkeypatch, "Dona Fernanda Leite kept the bakery. The ledger read: "
                                         "\"Dona Fernanda Leite, baker, Rua Alta. Died 4 June "
                                         "1941, of a fever. Buried on the 6th.\"")
    assert list(told_deaths(context).first) == ["Dona Fernanda Leite"]


def test_died_inside_a_sentence_with_its_own_subject_is_not_an_entry(monkeypatch):
    context = check_context(monkeypatch, "Dona Fernanda Leite kept the bakery. Many people died "
                                         "of the fever that June, she told us.")
    assert list(told_deaths(context).first) == []


def test_one_found_dead_by_someone_unnamed_is_whom_him_means(monkeypatch):
    # "him" is the object of the uncle's own verbs, so it is not the uncle: English would say
    # "himself".
    context = check_context(monkeypatch, "Oskar Lind kept the light on Skarv. That March Oskar "
                                         "Lind did not come down. My uncle climbed up to look "
                                         "for him and found him slumped by the lamp, already "
                                         "dead.")
    assert list(told_deaths(context).first) == ["Oskar Lind"]


def test_one_found_dead_by_name_is_dead(monkeypatch):
    context = check_context(monkeypatch, "Oskar Lind kept the light. Greta Lind climbed the "
                                         "stair and found Oskar Lind dead in the lamp room.")
    assert list(told_deaths(context).first) == ["Oskar Lind"]


@pytest.mark.parametrize("found", [
    "Greta Lind found him half dead in the lamp room.",
    "Greta Lind found him by a dead fire.",
    "Greta Lind found him dead drunk.",
    "Greta Lind found her husband dead in the lamp room.",
    "If Greta Lind found Oskar Lind dead, she would weep.",
    "Greta Lind went looking, but she never found Oskar Lind, alive or dead.",
    "Greta Lind found him at the grave of a friend who was dead.",
])
def test_one_found_nearly_dead_or_beside_the_dead_is_not(monkeypatch, found):
    context = check_context(monkeypatch, f"Oskar Lind kept the light. {found}")
    assert told_deaths(context).first == {}


def test_her_before_a_noun_in_ing_is_whose_the_one_found_is(monkeypatch):
    context = check_context(monkeypatch, "Greta Lind kept the light. At dawn they found her "
                                         "sibling dead in the lamp room.")
    assert told_deaths(context).first == {}


def test_one_found_dead_after_visiting_someone_unnamed_may_be_that_one(monkeypatch):
    # "his father" is the object here, not the one whose verbs take "him": whom "him" means
    # is unsure.
    context = check_context(monkeypatch, "Oskar Lind kept the light. Oskar Lind visited his "
                                         "father and found him dead.")
    assert told_deaths(context).first == {}


def test_a_burial_after_a_time_clause_goes_on_with_the_death_it_dates(monkeypatch):
    # "and was buried" has no subject of its own: it goes on from "had died", not from the
    # "when" clause that dates the death by Mirela's age.
    context = check_context(monkeypatch, "Mirela Dobre sold eggs. Mirela Dobre's mother had "
                                         "been Ana Dobre, a teacher, who had died of typhus "
                                         "when Mirela Dobre was six and was buried at Tulcea.")
    assert "Mirela Dobre" not in told_deaths(context).first


def test_a_burial_after_and_in_a_clause_of_its_own_is_the_names(monkeypatch):
    context = check_context(monkeypatch, "Mirela Dobre sold eggs. When the war came Mirela Dobre "
                                         "was sixty and was buried at Tulcea that winter.")
    assert list(told_deaths(context).first) == ["Mirela Dobre"]


def test_the_old_man_after_old_name_in_his_sentence_is_he(monkeypatch):
    # "the old man" re-describes the one the sentence named "Old Tobias": the "he" after him
    # is Tobias, not Wendel, whom the old man asked for.
    text = ("Old Tobias played the fiddle every night. Wendel Ferris came in from the barn "
            "and hung up his coat. Wendel sat down by his bed. The nurse washed her hands, "
            "and Old Tobias said something to her, and then the old man asked for Wendel and "
            "would not let go of his sleeve.\n\nHe died on the Friday, a little after noon.")
    context = check_context(monkeypatch, text)
    assert list(told_deaths(context).first) == ["Old Tobias"]
    # "an old man" is someone new, and with no "Old" before a name the old man is unsure.
    for doer in ("an old man", "the old man"):
        told = text.replace("and then the old man", f"and then {doer}")
        if doer == "the old man":
            told = told.replace("and Old Tobias said", "and Tobias said")
        context = check_context(monkeypatch, told)
        assert list(told_deaths(context).first) == []


def test_ammu_tells_no_sex_for_it_is_an_uncle_in_arabic_and_a_mother_in_bengali(monkeypatch):
    # Iraqi "Ammu" is a father's brother, Bengali "Ammu" a mother: the word says nothing of
    # sex, so the "He" after "Ammu Yusuf is dead." goes on about Yusuf, not back to Baba.
    text = ("Baba read the letter twice. Then Baba went up to the roof.\n\n"
            "Ammu Yusuf is dead. He died in the night, in his sleep, and we buried him on "
            "the Friday. Baba wept for his brother.")
    context = check_context(monkeypatch, text)
    assert list(told_deaths(context).first) == ["Ammu Yusuf"]


def test_a_death_after_who_the_opening_name_is_is_that_ones(monkeypatch):
    # The names inside the apposition own what the dead was; the sentence's subject died.
    context = check_context(monkeypatch, "Odile Marchand kept the shop. Rashid bin Nasser "
                                         "al-Harthi, the Sultan's cousin and Odile Marchand's "
                                         "only friend, died at the port on the fourth of May.")
    assert list(told_deaths(context).first) == ["Rashid bin Nasser al-Harthi"]


def test_a_possessor_the_sentence_opens_on_is_no_head_of_an_apposition(monkeypatch):
    # "Rashid's uncle … died": the uncle, no one named, not Rashid.
    context = check_context(monkeypatch, "Rashid bin Nasser al-Harthi's uncle, the Sultan's "
                                         "cousin and Odile Marchand's friend, died at the port.")
    assert "Rashid bin Nasser al-Harthi" not in told_deaths(context).first


def test_a_death_of_someone_in_a_clause_after_a_name_is_not_that_ones(monkeypatch):
    # "someone" is the subject of "had died": the mourner named before did not die.
    context = check_context(monkeypatch, "That night Pello Arrieta called, as he did when "
                                         "somebody had died, and sat by the stove.")
    assert list(told_deaths(context).first) == []
    context = check_context(monkeypatch, "That night Pello Arrieta called at the house, and "
                                         "the next spring Pello Arrieta died.")
    assert list(told_deaths(context).first) == ["Pello Arrieta"]


def test_a_crowd_dead_on_its_feet_is_tired_not_dead(monkeypatch):
    # "dead on its feet" says of the crowd around Auntie Odile what "dead on his feet" says
    # of a man: worn out. No one died.
    context = check_context(monkeypatch, "By three in the morning even the crowd around "
                                         "Auntie Odile was dead on its feet. Auntie Odile "
                                         "yawned.")
    assert list(told_deaths(context).first) == []


def test_a_death_after_a_conjunction_and_an_apposition_is_the_clauses_subjects(monkeypatch):
    # "because his mother, Odile Vance, had died" is a clause of its own: Odile died, not
    # Tobiah, whom the relative clauses before it were about.
    for told in ("because his mother, Odile Vance, had died",
                 "because Odile Vance, his mother, had died"):
        context = check_context(monkeypatch, "The son was Tobiah, who was six and who was "
                                             f"Tobiah Vance Ruiz, {told} of a fever when he was "
                                             "one. Tobiah grew up in the mill.")
        assert list(told_deaths(context).first) == ["Odile Vance"]


def test_a_conjunction_inside_the_relative_clause_leaves_the_death_its_heads(monkeypatch):
    context = check_context(monkeypatch, "Marek Olsen sat by the door. Lenka Brod, who had "
                                         "played cards with Marek since Marek was a boy, had "
                                         "died in the spring. Marek missed her.")
    assert list(told_deaths(context).first) == ["Lenka Brod"]


def test_a_death_denied_at_its_clause_s_end_is_none(monkeypatch):
    context = check_context(monkeypatch, "Olek Marsh fished. Olek laughed. People said Olek "
                                         "Marsh was dead and he wasn't.")
    assert told_deaths(context).first == {}
    context = check_context(monkeypatch, "Olek Marsh fished. Olek laughed. They wrote that Olek "
                                         "Marsh had drowned, but he was not.")
    assert told_deaths(context).first == {}


def test_a_denial_with_more_after_it_takes_nothing_back(monkeypatch):
    context = check_context(monkeypatch, "Olek Marsh fished. Olek laughed. Olek Marsh died in "
                                         "May, and he wasn't old.")
    assert list(told_deaths(context).first) == ["Olek Marsh"]


def test_a_man_named_as_someone_known_is_someone_new(monkeypatch):
    context = check_context(monkeypatch, "Tavi Ormond split wood. Tavi laughed. The letter said "
                                         "nothing else. A man named Tavi Ormond had drowned in "
                                         "the river.")
    assert told_deaths(context).first == {}


def test_the_known_one_of_the_name_still_dies(monkeypatch):
    context = check_context(monkeypatch, "Tavi Ormond split wood. Tavi laughed. The man Tavi "
                                         "Ormond had drowned in the river.")
    assert list(told_deaths(context).first) == ["Tavi Ormond"]


def test_he_after_a_relative_clause_goes_on_about_the_sentences_subject(monkeypatch):
    context = check_context(monkeypatch, "Tomasz Wierzba lit the stove. Bogdan Lis, who had kept "
                                         "the bakery across the road and had fished every summer "
                                         "with Tomasz Wierzba, had sat down on the ice and not "
                                         "got up. He died before the doctor came.")
    assert list(told_deaths(context).first) == ["Bogdan Lis"]


def test_he_after_a_name_outside_the_relative_clause_is_that_names(monkeypatch):
    context = check_context(monkeypatch, "Tomasz Wierzba lit the stove. Bogdan Lis, who kept the "
                                         "bakery, had sent for Tomasz Wierzba at dawn. He died "
                                         "before the doctor came.")
    assert list(told_deaths(context).first) == ["Tomasz Wierzba"]


# The family word is said often, with no pronoun after it: the story leaves its sex untold.
_FAMILY_WORD_SAID = ("Ines Carvalho wrote to Lisbon every week. {0} sat by the stove. Tomás "
                     "brought {0} coffee. The cat slept beside {0}. Ines read the letters aloud")


def test_she_after_a_sentence_opening_on_a_family_word_is_that_relatives_death(monkeypatch):
    text = _FAMILY_WORD_SAID.format("Vovó") + (". Vovó never heard the last of them. She died "
                                               "in the spring of 1990, in her chair by the "
                                               "window. Ines kept the chair.")
    assert list(told_deaths(check_context(monkeypatch, text)).first) == ["Vovó"]


@pytest.mark.parametrize("text", [
    # the sentence before opens on another
    _FAMILY_WORD_SAID.format("Vovó") + ", and Vovó never heard the last of them. She died in "
                                       "the spring of 1990, in her chair by the window.",
    # the story tells the one so called is a man
    "Ines Carvalho wrote to Lisbon every week. My grandfather Babu sat by the stove. Tomás "
    "brought Babu coffee. The cat slept beside Babu. Ines read the letters aloud. Babu never "
    "heard the last of them. She died in the spring of 1990, in her chair by the window.",
])
def test_she_after_a_family_word_not_the_subject_or_a_man_is_not_theirs(monkeypatch, text):
    assert list(told_deaths(check_context(monkeypatch, text)).first) == ["Ines Carvalho"]


def test_a_death_undone_in_the_same_breath_is_no_death(monkeypatch):
    # "was lost at sea and came back": he came back, so the loss did not last; one come home
    # in a coffin is dead still.
    context = check_context(monkeypatch, "Tobiah Quarrie mended nets. In his youth Tobiah "
                                         "Quarrie was lost at sea and came back. Ansel "
                                         "Drury was lost at sea and came home in a box.")
    assert list(told_deaths(context).first) == ["Ansel Drury"]
