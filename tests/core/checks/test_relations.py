"""How relations are read: app.core.checks.relations."""

from __future__ import annotations

from app.core.analysis import analyze
from app.core.checks.relation_drift import _same_anchor
from app.core.checks.relations import _cue_words, stated_relations
from app.core.model import Decisions, DocumentText
from tests.core.checks.stories import check_context


def test_a_compound_kinship_word_is_cued_by_its_plain_part():
    # "sister-in-law" is found by "sister": "in" and "law" would make most sentences cues.
    words = _cue_words().words
    assert {"sister", "brother", "wife", "husband"} <= words
    assert not {"in", "law", "ex"} & words


def test_a_mr_and_a_mrs_of_one_surname_are_two_anchors(monkeypatch):
    context = check_context(monkeypatch, "Mr. Darko came in. Mrs. Akosua Darko smiled.")
    assert not _same_anchor(context, "Mr. Darko", "Mrs. Akosua Darko")
    assert _same_anchor(context, "Mr. Darko", "Mr. Darko")


def test_a_parent_called_by_a_family_word_owns_the_relative_though_no_one_is_named(
        monkeypatch):
    context = check_context(monkeypatch, "Bertram Lusk came over from the mill to help us. "
                                         "He is Mother's younger brother.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Bertram Lusk", [])] == [
        ("brother", "the narrator's mother")]


def test_a_parent_called_so_in_speech_is_the_speakers(monkeypatch):
    context = check_context(monkeypatch, "Bertram Lusk came over from the mill to help us.\n\n"
                                         "\"He is Mother's younger brother.\"")
    assert stated_relations(context).get("Bertram Lusk", []) == []


_SISTERS = ("Dearest Greta,\n\nMama is well. {0} Anton has gone to Bremen to take ship.\n\n"
            "Your Liesel\n\nDearest Liesel,\n\nThe snow came early. Greta laughed.\n\n"
            "Your Greta")


def test_our_relative_in_a_letter_is_the_readers_too(monkeypatch):
    context = check_context(monkeypatch, _SISTERS.format("Our cousin"))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Anton", [])] == [
        ("cousin", "Liesel"), ("cousin", "Greta")]


def test_my_relative_in_a_letter_is_the_writers_alone(monkeypatch):
    context = check_context(monkeypatch, _SISTERS.format("My cousin"))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Anton", [])] == [
        ("cousin", "Liesel")]


def test_a_relative_set_after_the_name_of_one_called_by_a_role(monkeypatch):
    context = check_context(monkeypatch, "\"The bread is burning,\" said Wiebke, the miller's "
                                         "daughter, who had come to help.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Wiebke", [])] == [
        ("daughter", "the miller")]


def test_a_relative_set_after_the_name_of_one_called_by_a_title_with_the(monkeypatch):
    # The doctor is Dr. Halloran, spelt otherwise once as a slip; no one is a colonel by name.
    context = check_context(
        monkeypatch,
        "Dr. Halloran rang the bell. Dr. Halloran sighed. Dr. Halloran sat down.",
        "Ilse came to the door. Dr. Hallroan went out. Ilse smiled.",
        "Ilse, the Doctor's niece, had come to help. Kofi, the Colonel's son, waved. Kofi sat "
        "down. Dr. Halloran waved.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Ilse", [])] == [
        ("niece", "Dr. Halloran")]
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Kofi", [])] == [
        ("son", "the colonel")]


_BACK_IN_APRIL = ("Marta Fenn kept the inn. Marta laughed. Marta sang. The snow came. The road "
                  "closed. The wind rose. The lamps were lit.\n\n{0}\n\n\"Is it you?\" he said. "
                  "\"Sit down. Sit down.\"\n\nShe had been staying with her aunt, Dorcas Lind, "
                  "at the mill.")


def test_her_with_no_woman_in_sight_is_the_one_the_narrations_she_goes_on_about(monkeypatch):
    # Veshti's name tells no sex; the first "she" after it is hers.
    context = check_context(monkeypatch, _BACK_IN_APRIL.format(
        "Veshti Corran came back to the valley in April.\n\nMr. Pell did not know her at first. "
        "She stood in the doorway of the shop. The bell rang. The cat ran out. The kettle "
        "boiled."))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Dorcas Lind", [])] == [
        ("aunt", "Veshti Corran")]


def test_a_he_after_the_name_that_tells_no_sex_is_theirs(monkeypatch):
    # "he said" goes on about Kes: the "she" after it is the woman named before him.
    context = check_context(monkeypatch, _BACK_IN_APRIL.format(
        "Marta Fenn lay awake, and Kes Orrin lay awake watching her. The fire sank. The owls "
        "called. The river ran. The bell rang. The cat ran out."))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Dorcas Lind", [])] == [
        ("aunt", "Marta Fenn")]


def test_a_name_written_family_name_first_and_given_name_first_is_one_anchor(monkeypatch):
    context = check_context(monkeypatch, "Tran Thi Mai came to Houston. There Tran Thi Mai "
                                         "became Mai Tran. Mai Lam sold noodles. Lam Duc "
                                         "drove a cab.")
    assert _same_anchor(context, "Tran Thi Mai", "Mai Tran")
    assert not _same_anchor(context, "Tran Thi Mai", "Mai Lam")
    assert not _same_anchor(context, "Mai Lam", "Lam Duc")


_ON_THE_SCREEN = ("Ilse Varga stood at the window. Ilse Varga laughed.\n\nOn the screen a girl in "
                  "a red coat waved.\n\n\"{0}\" she says, without turning round. \"My sister. "
                  "She is nine today.\"")


def test_a_line_that_is_only_a_kinship_word_after_one_that_is_only_a_name(monkeypatch):
    context = check_context(monkeypatch, _ON_THE_SCREEN.format("Bruna,"))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Bruna", [])] == [
        ("sister", "Ilse Varga")]


def test_a_line_that_says_more_than_the_name_is_not_the_relative(monkeypatch):
    context = check_context(monkeypatch, _ON_THE_SCREEN.format("Bruna is on the screen,"))
    assert stated_relations(context).get("Bruna", []) == []


def test_the_last_relation_of_a_list_after_the_first_is_read_with_its_owners_title_after(
        monkeypatch):
    # The owner called with a Kazakh title after his name in lower case ("Erlan aga"), and
    # the list going on through a description before "and so her cousin".
    context = check_context(
        monkeypatch,
        "Erlan aga came home from the fields. Erlan aga laughed. Alina Serikova sat by the "
        "door with her book. Daulet Nurov laughed. Daulet Nurov was mending the radio. He was "
        "Erlan aga's son, her father's younger brother's boy, and so her cousin.")
    assert sorted((relation.relation, relation.anchor)
                  for relation in stated_relations(context).get("Daulet Nurov", [])) == [
        ("cousin", "Alina Serikova"), ("son", "Erlan aga")]


def test_a_clause_after_the_first_relation_opening_on_her_relative_adds_none(monkeypatch):
    # "and her brother was away" opens a clause of its own: no second relation of Daulet's.
    context = check_context(
        monkeypatch,
        "Erlan Abenov came home from the fields. Alina Serikova sat by the door with her "
        "book. Daulet Nurov laughed. Daulet Nurov was mending the radio. He was Erlan "
        "Abenov's son, her neighbour's boy, and her brother was away.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Daulet Nurov", [])] == [
        ("son", "Erlan Abenov")]


def test_a_kinship_word_then_was_and_a_name_opens_a_clause_of_its_own(monkeypatch):
    # "My uncle was Bogdan, my aunt was Zorica": the aunt is Zorica, Bogdan no aunt.
    context = check_context(monkeypatch, "Bogdan Ilić sang at the wedding. Zorica Ilić danced. "
                                         "My uncle was Bogdan, my aunt was Zorica, and nobody "
                                         "asked how old they were.")
    assert ("aunt", "the narrator") not in [
        (relation.relation, relation.anchor)
        for relation in stated_relations(context).get("Bogdan Ilić", [])]


def test_a_kinship_word_set_after_a_name_then_its_verb_is_said_of_the_name(monkeypatch):
    # "Bogdan, my uncle, was a tailor" and "Bogdan, my uncle was a tailor": his relation.
    context = check_context(monkeypatch, "Bogdan Ilić sang at the wedding. Bogdan, my uncle, "
                                         "was a tailor. Bogdan, my uncle was a tailor.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Bogdan Ilić", [])] == [
        ("uncle", "the narrator"), ("uncle", "the narrator")]


def test_my_relative_was_a_name_opening_the_sentence_is_the_narrators(monkeypatch):
    context = check_context(monkeypatch, "My father was Tomás Vilar, though the whole quay "
                                         "called him Tomasito. He mended nets. Tomás Vilar "
                                         "left in the spring.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Tomás Vilar", [])] == [
        ("father", "the narrator")]


def test_my_relative_was_a_name_in_speech_is_the_speakers(monkeypatch):
    context = check_context(monkeypatch, "Inés Ferro sat by the stove. Tomás Vilar came in.\n\n"
                                         "\"My father was Tomás Vilar,\" Inés Ferro said.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Tomás Vilar", [])] == [
        ("father", "Inés Ferro")]


def test_a_name_said_to_be_another_shares_the_relation_told_of_it(monkeypatch):
    # "Major Sahib was Major Harold Brent, Mother's cousin": one man by both names (the
    # clustering makes them one character), so Major Sahib is the cousin too.
    context = check_context(monkeypatch, "Major Sahib came on Sundays to play cards with "
                                         "Father. Major Sahib was Major Harold Brent, Mother's "
                                         "cousin, from the farm at the ford.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Major Sahib", [])] == [
        ("cousin", "the narrator's mother")]


def test_a_name_beside_another_is_not_said_to_be_it(monkeypatch):
    # "Major Sahib met Major Harold Brent, Mother's cousin": two men, the cousin the second.
    context = check_context(monkeypatch, "Major Sahib came on Sundays to play cards with "
                                         "Father. Major Sahib met Major Harold Brent, Mother's "
                                         "cousin, at the farm at the ford.")
    assert stated_relations(context).get("Major Sahib", []) == []


def test_an_owner_with_an_accented_title_is_read(monkeypatch):
    # "Tía Marisol's son": a title written with accents before the owner's name.
    context = check_context(monkeypatch, "Tía Marisol kept the bakery on the plaza. Tía "
                                         "Marisol sang. Beto came in.",
                            "Beto, Tía Marisol's son, carried the trays. Tía Marisol smiled.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Beto", [])] == [
        ("son", "Tía Marisol")]


_SHOP = ("Dolores ran the till and kept the books. Dolores sent me for bread.\n\n"
         "Tía Rosa had the chair nearest the door. She had come from Oaxaca in 1990. {0} Her "
         "hands smelled of almonds, and she talked all day, mostly to Dolores.\n\n"
         "Her daughter Beto was nine and swept the floor. Tía Rosa laughed.")


def test_her_relative_opening_a_paragraph_is_of_the_one_the_last_paragraph_was_about(
        monkeypatch):
    # The paragraph before opens on Tía Rosa and ends on "Her hands…": about her to its end,
    # though it names others by the way ("Miss Rose", what the regulars call her; Dolores).
    context = check_context(monkeypatch, _SHOP.format(
        "\"Call me what you like,\" she told me, and the regulars did: Rosie, Miss Rose."))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Beto", [])] == [
        ("daughter", "Tía Rosa")]


def test_a_paragraph_where_another_opens_a_sentence_is_not_about_its_opener(monkeypatch):
    context = check_context(monkeypatch, _SHOP.format(
        "Dolores had come the year after, with nothing but a suitcase."))
    assert [relation.anchor for relation in stated_relations(context).get("Beto", [])] != [
        "Tía Rosa"]


def test_a_first_cousin_is_a_cousin(monkeypatch):
    context = check_context(monkeypatch, "Maude Pierre sat in the yard and shelled peas. Maude "
                                         "Pierre sang. Paul Ostrander came at three.",
                            "Maude Pierre looked at the crowd. Paul Ostrander was her first "
                            "cousin, the son of her father's younger brother.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Paul Ostrander", [])] == [
        ("cousin", "Maude Pierre")]


_NAMED_NEXT = ("Petra Vance sat on the porch. At four the door banged and Petra Vance's younger "
               "brother came in{0}. His name was Ansel Vance, and nobody used it.")


def test_a_relative_told_of_by_no_name_is_named_by_the_next_sentence(monkeypatch):
    context = check_context(monkeypatch, _NAMED_NEXT.format(", his tie loose"))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Ansel Vance", [])] == [
        ("brother", "Petra Vance")]


def test_his_name_after_another_named_since_the_relative_is_unsure(monkeypatch):
    context = check_context(monkeypatch, _NAMED_NEXT.format(" with Tomas Brant"))
    assert stated_relations(context).get("Ansel Vance", []) == []


def test_my_relative_in_speech_said_after_she_said_is_hers_not_an_owners(monkeypatch):
    # "Jonah Kell's mother" is spoken to, not speaking: "she said, …" tells who speaks.
    context = check_context(monkeypatch, "Petra Vance sat on the porch. Ansel Vance came in. "
                                         "Jonah Kell waved.",
                            "When she met Jonah Kell's mother she said, \"This is my cousin "
                            "Ansel,\" and Jonah Kell's mother smiled.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Ansel Vance", [])] == [
        ("cousin", "Petra Vance")]


_POINTED_AT = ("Tomas Reyes kept the shop on the corner. Lupe Ortega did the books.\n\n"
               "\"Ask anyone.\" Tomas Reyes waved at the counter, where Lupe Ortega sat. {0}")


def test_my_relative_here_is_the_one_the_beat_before_names_beside_the_speaker(monkeypatch):
    context = check_context(monkeypatch, _POINTED_AT.format(
        "\"My niece here keeps the books.\""))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Lupe Ortega", [])] == [
        ("niece", "Tomas Reyes")]


def test_asking_whether_a_relative_is_here_points_at_no_one(monkeypatch):
    context = check_context(monkeypatch, _POINTED_AT.format("\"Is my niece here?\""))
    assert stated_relations(context).get("Lupe Ortega", []) == []


def test_my_relative_here_after_a_word_of_saying_is_not_read_from_the_beat(monkeypatch):
    context = check_context(monkeypatch, _POINTED_AT.format(
        "\"My niece here keeps the books,\" said a customer."))
    assert stated_relations(context).get("Lupe Ortega", []) == []


def test_a_relative_of_one_the_story_calls_by_a_word_alone_as_a_name(monkeypatch):
    context = check_context(monkeypatch, "The Skipper came aboard at dawn. The Skipper swore. "
                                         "The Skipper laughed.",
                            "Nell Arden, the Skipper's niece, rode in the bow.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Nell Arden", [])] == [
        ("niece", "Skipper")]


_PRESENTED = ("Hal Dunne came out onto the porch. Behind him stood a girl of ten.\n\n"
              "\"Our granddaughter,\" Hal Dunne said. \"{0}, if you want it in full.\"")


def test_a_line_of_only_the_kinship_word_then_a_full_name_set_off_presents_her(monkeypatch):
    context = check_context(monkeypatch, _PRESENTED.format("Ruth Ellen Dunne"))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Ruth Ellen Dunne", [])] == [
        ("granddaughter", "Hal Dunne")]


def test_a_one_word_name_set_off_after_the_kinship_word_may_be_called_to(monkeypatch):
    context = check_context(monkeypatch, _PRESENTED.format("Ruth"))
    assert stated_relations(context).get("Ruth", []) == []


_NAME_TOLD = ("Dr Vogt met the ferry at Bergen. A girl stepped off it with one "
              "bag. {0} name was Ilse, which is Elisabeth in the old books, and she said it "
              "quickly. She was Dr Vogt's niece.\n\nIlse took the front seat. Ilse did "
              "not look back at the boat.")


def test_she_after_her_name_was_told_is_the_one_named_not_the_name_said_after(monkeypatch):
    context = check_context(monkeypatch, _NAME_TOLD.format("Her"))
    relations = stated_relations(context)
    assert [(relation.relation, relation.anchor) for relation in relations.get("Ilse", [])] == [
        ("niece", "Dr Vogt")]
    assert relations.get("Elisabeth", []) == []


def test_she_after_his_name_was_told_is_not_the_one_named(monkeypatch):
    context = check_context(monkeypatch, _NAME_TOLD.format("His"))
    assert stated_relations(context).get("Ilse", []) == []


_TALK = ("Callum Baird was the tallest man in the street, and Callum Baird laughed loudest. "
         "Callum Baird carried the tables out.\n\nThen Mr Lennox came down the stair. He came "
         "slowly. He rested at each floor. He coughed into his fist. He sat on the bench. He "
         "looked at the tables.\n\n\"Mr Lennox,\" I said. \"Will you take tea?\"\n\n"
         "\"I will not, Rab,\" {0} said. \"But I thank you.\"\n\n"
         "His niece Ailsa was with him. Ailsa stood behind the bench.")


def test_his_after_talk_put_to_he_is_the_last_man_the_narration_named(monkeypatch):
    context = check_context(monkeypatch, _TALK.format("he"))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Ailsa", [])] == [
        ("niece", "Mr Lennox")]


def test_his_after_talk_put_to_she_is_not_read_from_the_talk(monkeypatch):
    context = check_context(monkeypatch, _TALK.format("she"))
    assert ("niece", "Mr Lennox") not in [
        (relation.relation, relation.anchor)
        for relation in stated_relations(context).get("Ailsa", [])]



_SAT_BY_THE_STOVE = ("Ruth Keane sat by the stove with the baby, and Ruth sang. Then Margaret "
                     "{0} her mother, Orla Keane, who was eighty and deaf. The kettle boiled "
                     "for Margaret.")


def test_one_who_is_her_relative_is_not_whose_relative_it_is(monkeypatch):
    # "Margaret was her mother, Orla Keane": Margaret is Orla, so "her" is someone else's.
    context = check_context(monkeypatch, _SAT_BY_THE_STOVE.format("was"))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Orla Keane", [])] == [
        ("mother", "Ruth Keane")]


def test_one_who_was_with_her_relative_owns_it(monkeypatch):
    context = check_context(monkeypatch, _SAT_BY_THE_STOVE.format("was with"))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Orla Keane", [])] == [
        ("mother", "Margaret")]


def test_two_relations_one_sentence_tells_of_one_person_are_two_peoples():
    # The writer made Dawa one with Nima Dawa; the sentence still names her daughter and her
    # husband, two people, and contradicts nothing.
    text = ("We live above the baker with my elder sister Pema, her daughter Nima, who is "
            "six, and Pema's new husband Dawa, who is Nima's stepfather. Nima laughed. Dawa "
            "went to work.\n\nHer passport says Nima Dawa. Nima Dawa laughed at it.")
    result = analyze([DocumentText("0", "One", text)], Decisions(aliases={"Dawa": "Nima Dawa"}))
    assert [w for w in result.warnings if w.rule == "relation-drift"] == []


def test_your_relative_in_a_letter_to_no_one_named_is_the_other_writers(monkeypatch):
    # The letters go between Tomasz and Halina: "My son," is to Tomasz, though the letter
    # names Halina Wrona in full and him not at all.
    context = check_context(monkeypatch, "My dearest mother,\n\nThe mill is sold.\n\nYour son,\n"
                                         "Tomasz Wrona",
                            "My son,\n\nYour cousin Pawel is sleeping in your old bed. Pawel "
                            "laughed.\n\nYour mother,\nHalina Wrona")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Pawel", [])] == [
        ("cousin", "Tomasz Wrona")]


def test_a_second_relation_set_after_a_first_after_the_name(monkeypatch):
    context = check_context(monkeypatch, "Anke Bos lived by the dyke. Pieter, Anke's son, my "
                                         "cousin, came in from the fields. Pieter laughed.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Pieter", [])] == [
        ("son", "Anke Bos"), ("cousin", "the narrator")]


def test_a_relative_named_after_a_relation_set_after_a_name_is_a_list(monkeypatch):
    context = check_context(monkeypatch, "Anke Bos lived by the dyke. Pieter, Anke's son, my "
                                         "cousin Jan, and Marta came in from the fields. Pieter "
                                         "laughed. Jan laughed.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Pieter", [])] == [
        ("son", "Anke Bos")]


_MOURNED = ("Angus Bain kept the boat at Tarbert. Angus mended the nets and Hamish watched. "
            "Angus taught him the knots. Angus was sixty. Angus laughed at the gulls. Hamish "
            "listened.\n\nAngus died in March.\n\nHamish took the boat out alone. Hamish "
            "sold the catch at the pier. Hamish was tired.\n\n"
            "The summer was long, and every week Hamish mended the nets, and Donald Ross had "
            "stopped asking for his money.\n\n"
            "His cousin Ruaridh came home in July on the ferry.")


def test_one_told_dead_is_not_the_lead_whose_relative_a_paragraph_opens_on(monkeypatch):
    # Angus is named most, but dead by then: the "his" is Hamish's, not Donald's, the last
    # man named.
    context = check_context(monkeypatch, _MOURNED)
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Ruaridh", [])] == [
        ("cousin", "Hamish")]


def test_one_named_most_and_alive_is_still_no_lead_over_a_rival(monkeypatch):
    # Angus's death untold: he and Hamish are named as often, so no lead; the "his" is the
    # last man named's.
    context = check_context(monkeypatch, _MOURNED.replace("Angus died in March.",
                                                          "Angus went to Oban in March."))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Ruaridh", [])] == [
        ("cousin", "Donald Ross")]


_AFTER_THE_SCENE = ("Hamish kept the boat at Tarbert. Hamish mended the nets. Hamish sold the "
                    "catch at the pier. Hamish was tired.\n\n"
                    "\"A hard winter,\" Mr Grant said to Hamish at the gate.\n\n"
                    "\"Hard enough, Mr Grant.\"\n\n"
                    "\"It will rain,\" said the minister, and put on his hat.\n\n"
                    "{}That week a letter came from his brother Lachlan in Inverness.")


def test_a_paragraph_whose_first_word_for_anyone_is_his_goes_on_about_the_lead(monkeypatch):
    # Words of time come first: the "his" is still the lead's, not the minister's, who only
    # spoke and left.
    context = check_context(monkeypatch, _AFTER_THE_SCENE.format(""))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Lachlan", [])] == [
        ("brother", "Hamish")]


def test_a_paragraph_after_another_man_acting_is_not_the_leads(monkeypatch):
    # The paragraph before opens on Donald, doing something: the "his" may be his.
    context = check_context(monkeypatch, _AFTER_THE_SCENE.format(
        "Donald Ross rowed out to the skerry.\n\n"))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Lachlan", [])] == [
        ("brother", "Donald Ross")]


def test_a_portuguese_parent_word_is_the_narrators_parent(monkeypatch):
    # "Mamãe" is what a Portuguese family calls the mother, as "Ma" is.
    context = check_context(monkeypatch, "The winter was hard. Mamãe's cousin Tonico Lemos came "
                                         "over on the packet. Tonico laughed.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Tonico Lemos", [])] == [
        ("cousin", "the narrator's mother")]



def test_his_mothers_sister_is_of_the_last_man_named_not_one_of_no_told_sex_talked_of(
        monkeypatch):
    # "his" in narration is the last one named whom the story makes a man (Gunnar), not one of
    # no told sex named since in a line of speech (Tamsavo).
    context = check_context(monkeypatch, (
        "The trouble was the boat. Tamsavo Lund ran the shop at the mouth of the lane, and the "
        "whole street smelt of Tamsavo's frying.\n\n"
        "\"Is your father coming down?\" Liesbeth called when she saw Gunnar with the "
        "buckets.\n\n\"I don't know, Liesbeth.\"\n\n"
        "\"Tell him Tamsavo is bringing chairs. Tell him there will be coffee.\"\n\n"
        "Behind the curtain that divided the room in two, Ninka-moster was already awake. She "
        "was his mother's younger sister, and she had come down from Tromsø in May.\n\n"
        "\"You will keep the score?\" Gunnar asked.\n\n"
        "\"Somebody in this house has to,\" said Ninka-moster."))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Ninka-moster", [])] == [
        ("aunt", "Gunnar")]


_TOLD_OF_YOURS = (
    "Tobias Garrow rode north in the cart. Tobias was seventeen. Tobias had never seen the sea. "
    "Tobias slept most of the way, his cap over his eyes.\n\n"
    "Wystan Keele drove and said nothing for a day. He had carted coal since the old queen "
    "died.\n\n"
    "\"You'll sweep the yard,\" he said, somewhere past the bridge. \"Your aunt will find "
    "you a bed.\"\n\n"
    "His aunt was Morwen Pell, a broad, slow woman who kept the inn at the harbour.")


def test_his_relative_after_talk_of_your_relative_is_the_one_spoken_to(monkeypatch):
    # The man last named said "Your aunt" to the lead: the narration's "His aunt" after it is
    # the lead's, not the speaker's.
    context = check_context(monkeypatch, _TOLD_OF_YOURS)
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Morwen Pell", [])] == [
        ("aunt", "Tobias Garrow")]


def test_his_relative_after_talk_of_another_relative_is_the_last_mans(monkeypatch):
    # The talk spoke of "your uncle", not of an aunt: the "His aunt" goes on about the man
    # last named, as before.
    context = check_context(monkeypatch, _TOLD_OF_YOURS.replace(
        "Your aunt", "Your uncle"))
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Morwen Pell", [])] == [
        ("aunt", "Wystan Keele")]


def test_a_family_word_that_is_a_man_in_one_language_and_a_woman_in_another_tells_no_sex():
    # "Deda" is a mother in Georgian and a grandfather in Serbian: a woman called "Deda
    # Marika" is not made a man by it, so "your nephew" told to her makes her his aunt, as
    # "his aunt Marika" says, not his uncle.
    text = ("Dear Marika,\n\nYour nephew Levani has two teeth now. He says \"Abba\" for his "
            "father and \"Deda\" for me. Tell his aunt Marika, I say to him, and he laughs.\n\n"
            "Your Nino\n\nDear Nino,\n\nLuka calls me Deda Marika now, every morning, and I let "
            "him. Deda Marika made the jam, he tells the neighbours.\n\nYour Marika")
    result = analyze([DocumentText("0", "One", text)], Decisions())
    assert [w for w in result.warnings if w.rule == "relation-drift"] == []


_NAMESAKE = ("Odile Brandt was Hedwig's sister-in-law, and Hedwig never let her forget it. "
             "Odile sat by the stove. Hedwig poured the coffee and she drank it slowly. "
             "In the cradle by the window her son's first child was asleep. Her name was "
             "Odile, for her father's mother, Odile, as a first girl's should be.")


def test_the_relative_a_child_is_named_for_is_the_childs_not_the_last_woman_named(monkeypatch):
    # "Her name was Odile, for her father's mother, Odile": the namesake is the grandmother
    # of the child named, who shares her name — no relation of Odile Brandt to Hedwig.
    context = check_context(monkeypatch, _NAMESAKE)
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Odile Brandt", [])] == [
        ("sister-in-law", "Hedwig")]


def test_the_relative_a_named_character_is_named_for_is_that_characters(monkeypatch):
    # The name given is a character's of her own: the namesake is her relative.
    context = check_context(monkeypatch, "Hedwig Lamm came at noon with Greta. Greta was "
                            "named Greta, after her mother's sister, Liesl Vogt.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Liesl Vogt", [])] == [
        ("sister", "Greta's mother")]


_TALKED_OF = ("Brona Keane came up from the yard at dusk. She hung her coat on the nail. She "
              "sat by the fire. She warmed her hands. She said nothing for a while.\n\n"
              "\"We're staying,\" she said. \"Kestrel Vane can keep his farm.\"\n\n"
              "\"And the rent?\"\n\n"
              "\"We have my cousin Ailsa, who has money put by.\" She folded her arms.")


def test_the_she_a_line_of_speech_is_put_to_is_not_one_talked_of_in_speech(monkeypatch):
    # Kestrel Vane, of no known sex, is only talked of in the lines before: the one who says
    # "my cousin Ailsa" is the woman the narration named, Brona Keane.
    context = check_context(monkeypatch, _TALKED_OF)
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Ailsa", [])] == [
        ("cousin", "Brona Keane")]


def test_a_relative_of_the_narrators_unnamed_grandmother_is_hers(monkeypatch):
    # "my grandfather … his brother" and "was my grandfather's cousin" are of one man, the
    # narrator's grandfather, though no name is given him.
    context = check_context(
        monkeypatch,
        "In the dry years, my grandfather farmed below the ridge at Stony Ford with his older "
        "brother, Wendell. Wendell was quiet.\n\nWendell came to the fair. "
        "Wendell was my grandfather's cousin, and never said otherwise.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Wendell", [])] == [
        ("brother", "the narrator's grandfather"), ("cousin", "the narrator's grandfather")]


def test_her_after_the_narrators_relative_is_another_womans_when_one_is_named_between(
        monkeypatch):
    context = check_context(monkeypatch, "Marisol Peña sang at the fair. Later my grandmother "
                                         "met Marisol Peña and her brother Tobias at the gate.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Tobias", [])] == [
        ("brother", "Marisol Peña")]


def _relations_through_edits(monkeypatch, texts: list[str], name: str) -> list[list[tuple]]:
    """What `stated_relations` gives `name` in each run of one Analyzer, the first document's
    text edited to each of `texts` in turn."""
    from app.core.analysis import Analyzer
    from app.core.checks import relations
    from tests.core.checks.stories import documents

    seen: list[list[tuple]] = []
    real = relations._stated_relations

    def spy(context):
        found = real(context)
        seen.append([(relation.relation, relation.anchor) for relation in found.get(name, [])])
        return found

    monkeypatch.setattr(relations, "_stated_relations", spy)
    analyzer = Analyzer()
    for text in texts:
        analyzer.run(documents([text, "The bees swarmed in June."]))
    return seen


def test_the_words_before_a_name_are_read_again_once_edited(monkeypatch):
    # The searches before a name are kept by where it starts in its sentence: an edit that
    # leaves it there, changing the words before it, reads them again.
    father = "Ann Hale came in. Ann's father was Bob Hale. Bob smiled at her."
    nephew = "Ann Hale came in. Ann's nephew was Bob Hale. Bob smiled at her."
    assert _relations_through_edits(monkeypatch, [father, nephew, father], "Bob Hale") == [
        [("father", "Ann Hale")], [("nephew", "Ann Hale")], [("father", "Ann Hale")]]


def test_a_kinship_word_ending_a_line_is_read_again_once_edited(monkeypatch):
    # `_KIN_AT_END` is kept by the sentence's number in its paragraph: an edit of that
    # sentence reads it again.
    brother = "Mia Ross waved. \"It's my kid brother,\" she said. \"Danny.\" Danny waved too."
    friend = "Mia Ross waved. \"It's my old friend,\" she said. \"Danny.\" Danny waved too."
    seen = _relations_through_edits(monkeypatch, [brother, friend, brother], "Danny")
    assert seen[0] == seen[2] != []
    assert seen[1] == []


def test_a_pronoun_said_to_be_the_title_holders_relative_is_the_one_titled_mans(monkeypatch):
    # "the Colonel's" is the one man written with that title; "she" opens on Laila before it.
    context = check_context(monkeypatch, "Colonel Haddad sat by the fountain. Colonel Haddad "
                                         "was tired. Laila poured the tea. Laila sat down. "
                                         "She was the Colonel's cousin, the daughter of his "
                                         "uncle.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Laila", [])] == [
        ("cousin", "Colonel Haddad")]


def test_a_title_no_one_is_written_with_owns_no_relative(monkeypatch):
    # No character is written "Colonel …": whose cousin she is stays unsaid.
    context = check_context(monkeypatch, "Tariq sat by the fountain. Laila poured the tea. "
                                         "Laila sat down. She was the Colonel's cousin.")
    assert stated_relations(context).get("Laila", []) == []


def test_an_owner_written_by_initials_with_their_dots_owns_the_relative(monkeypatch):
    context = check_context(
        monkeypatch,
        "R.J. Barrow rang at dawn. R.J. wanted the guitar. Marla Voss came in later with her "
        "coat. She was R.J.'s niece, and she sang. Tobin Hale was R.J.'s cousin.")
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Marla Voss", [])] == [
        ("niece", "R.J. Barrow")]
    assert [(relation.relation, relation.anchor)
            for relation in stated_relations(context).get("Tobin Hale", [])] == [
        ("cousin", "R.J. Barrow")]
