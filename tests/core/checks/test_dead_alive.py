"""The dead doing things afterwards: app.core.checks.dead_alive."""

from __future__ import annotations

from app.core.checks import dead_alive
from app.core.checks.deaths import ToldDeaths
from app.core.checks.referents import shared_name
from tests.core.checks.stories import check_context, contradictions, documents


def test_one_deed_belies_one_person_told_dead_under_two_names_once(monkeypatch):
    # "Mrs. Pruett is dead." and "We buried Hannah Pruett": one woman the analysis kept as
    # two characters, both reported dead, whom the same later deed shows alive.
    context = check_context(monkeypatch,
                            "Old Fung worked the cradle beside me. Old Fung found water by "
                            "watching the birds, and he laughed at the diggers.",
                            "Old Fung Kwok-wai is dead. He died before dawn in our tent.",
                            "Last week Old Fung and I carried the long tom down to the water.")
    real = dead_alive.told_deaths

    def under_both_names(context):
        deaths = real(context)
        first, told = dict(deaths.first), dict(deaths.told)
        first["Old Fung"], told["Old Fung"] = first["Fung Kwok-wai"], told["Fung Kwok-wai"]
        return ToldDeaths(first, told, deaths.only_titled)

    monkeypatch.setattr(dead_alive, "told_deaths", under_both_names)
    assert [finding.names for finding in dead_alive.find(context)] == [("Fung Kwok-wai",)]


def _dead_alive(*chapters: str) -> list[tuple[str, ...]]:
    """The names of the dead-alive warnings the chapters get."""
    return [w.names for w in contradictions(documents(list(chapters))) if w.rule == "dead-alive"]


def test_a_deed_the_speaker_only_wonders_about_is_not_told():
    # Of the dead, the living wonder whether they know or see: no deed of theirs.
    assert _dead_alive("Moira Quill kept bees on the hill. Moira Quill died in the winter.",
                       '"Do you think Moira Quill knows the bees swarmed?" Tam asked.') == []


def test_a_deed_said_outright_of_the_dead_is_still_told():
    assert _dead_alive("Moira Quill kept bees on the hill. Moira Quill died in the winter.",
                       '"Moira Quill knows the bees swarmed," Tam said.') == [("Moira Quill",)]


def test_nobody_s_death_after_a_name_is_no_death_of_it():
    # "though nobody had died": no one died, least of all the one named before it.
    assert _dead_alive("Moira Quill cut her hair short that spring, though nobody had died.",
                       "Moira Quill walked up the hill to the hives.") == []


def test_on_his_way_told_after_the_death_is_where_death_found_him():
    assert _dead_alive(
        "Edmund Lisle kept the chandlery by the quay. Edmund Lisle died in the storm of 1911."
        "\n\nThe quay was not flooded, my aunt says. Edmund Lisle was on his way to the "
        "harbour.",
    ) == []


def test_on_his_way_chapters_after_the_death_is_a_deed():
    assert _dead_alive(
        "Edmund Lisle kept the chandlery by the quay. Edmund Lisle died in the storm of 1911.",
        "The quay was quiet.",
        "Twenty years on, Edmund Lisle was on his way to the harbour when I met him.",
    ) == [("Edmund Lisle",)]


def test_that_was_the_afternoon_points_back_at_the_time_the_story_is_at():
    # "That was the afternoon X came": the afternoon just told, when the dead man walks.
    assert _dead_alive(
        "Grandad Tobias kept pigeons. Grandad Tobias died in the spring.",
        "We drove out to the old farm in July and parked by the gate. That was the afternoon "
        "Grandad Tobias came down the lane to the car and waved at us.",
    ) == [("Grandad Tobias",)]


def test_the_afternoon_a_clause_tells_is_still_another_time():
    # "the afternoon X came" as the time of another clause: before the death, not a deed now.
    assert _dead_alive(
        "Grandad Tobias kept pigeons. Grandad Tobias died in the spring.",
        "I still think of the afternoon Grandad Tobias came down the lane to the car.",
    ) == []


def test_a_name_always_said_after_one_word_is_the_character_of_both():
    # "Ba Loan" opening a sentence is kept apart from "Ba Loan" within one; every "Loan"
    # comes after "Ba", so the deed of "Ba Loan" is the dead woman's.
    chapters = ["The rain had not stopped, which Ba Loan said was a blessing.\n\n"
                "Ba Loan, Pham Thi Loan in the register, sold rice cakes by the pier. Ba Loan "
                "kept her coins in a tin.\n\n\"I need nothing,\" said Ba Loan.\n\n"
                "In the winter the cough came. Ba Loan lay on her mat for a week. She died in "
                "the night, and we buried her on the hill.",
                "Years later the family gathered for the new year.\n\n\"Sit down,\" Ba Loan "
                "said to Khoa, pouring the tea."]
    assert _dead_alive(*chapters) == [("Loan",)]
    # A "Loan" said alone too is someone else than "Ba Loan", who may live on.
    chapters[0] = ("The rain had not stopped, which Ba Loan said was a blessing.\n\n\"I need "
                   "nothing,\" said Ba Loan.\n\nLoan, Pham Thi Loan in the register, was her "
                   "granddaughter. Loan kept her coins in a tin. In the winter the cough came. "
                   "Ba Loan sat by her mat for a week. Loan lay on her mat. She died in the "
                   "night, and we buried her on the hill.")
    assert _dead_alive(*chapters) == []


def test_tia_alone_is_a_father_called_by_the_southern_vietnamese_word():
    # "Tía" is what the South of Vietnam calls a father: the word said alone is a name.
    assert _dead_alive("Tía mended the nets on the deck. Tía laughed at the rain. Tía steered "
                       "us home past the ferry. Tía died in the canal that spring.",
                       "At dusk Tía was sitting at the stern, and Tía said we were late.") == [
        ("Tía",)]


def test_tia_before_a_name_is_still_a_spanish_aunts_title():
    assert _dead_alive("Tía Pilar baked bread every Friday. Tía Pilar laughed at the rain. "
                       "Tía Pilar died in the spring.",
                       "Tía Consuelo sat by the stove, and Tía Consuelo said we were late.") == []


def test_a_shared_name_said_with_a_byname_at_the_death_is_the_bynames_bearer():
    # Three men are Dai; the one buried is Dai the Post, and a deed of Dai the Post is his.
    opening = ("Dai Pritchard kept the shop. Dai Pritchard laughed. Dai Morgan drove the bus. "
               "Dai Morgan sang. \"And there was old Dai the Post.\" Nerys sighed. \"We buried "
               "him at Ystrad in the rain.\"")
    assert _dead_alive(opening, '"Sit down, boy," said Dai the Post.') == [("Dai",)]


def test_a_shared_name_said_alone_after_a_byname_death_is_unsure():
    opening = ("Dai Pritchard kept the shop. Dai Pritchard laughed. Dai Morgan drove the bus. "
               "Dai Morgan sang. \"And there was old Dai the Post.\" Nerys sighed. \"We buried "
               "him at Ystrad in the rain.\"")
    assert _dead_alive(opening, '"Sit down, boy," said Dai.') == []
    assert _dead_alive("Dai Pritchard kept the shop. Dai Pritchard laughed. Dai Morgan drove "
                       "the bus. Dai Morgan sang. Old Dai was a postman. We buried him at "
                       "Ystrad in the rain.", '"Sit down, boy," said Dai the Post.') == []


def test_a_title_the_town_calls_the_dead_by_alone_is_the_dead():
    # The story says whom everyone calls "the Major": the Major's later deed is the dead man's.
    opening = ("The Major knocked at noon. He is Pavel Orlov, late of the guards, and the whole "
               "street calls him simply the Major. Pavel Orlov drank his tea. Pavel Orlov "
               "died in March.")
    assert _dead_alive(opening, "The Major walked in with a basket of apples.") == [
        ("Pavel Orlov",)]


def test_a_title_said_alone_is_unsure_when_another_bears_it_or_none_is_named_by_it():
    opening = ("The Major knocked at noon. He is Pavel Orlov, and the whole street calls him "
               "simply the Major. Pavel Orlov drank his tea. Major Stein laughed. Pavel Orlov "
               "died in March.")
    assert _dead_alive(opening, "The Major walked in with a basket of apples.") == []
    assert _dead_alive("The Major knocked at noon. Pavel Orlov drank his tea. Pavel Orlov "
                       "died in March.", "The Major walked in with a basket of apples.") == []


def test_a_pet_name_the_naming_sentence_gives_the_namesake_is_the_childs():
    # "His name was Tomasz, for his great-grandfather, and he was Tomek to everyone": Tomek is
    # the boy named for the dead man, so Tomek's deed is no deed of the dead.
    opening = ("Tomasz Dziadek kept pigeons on the roof. Tomasz Dziadek had died in the spring "
               "of 1990, in his garden. Halina still talked to him.")
    naming = ("The boy was six. His name was Tomasz, for his great-grandfather, and he was Tomek "
              "to everyone except his teacher. Halina laughed.")
    assert _dead_alive(opening, naming, '"Where is the kite?" said Tomek.') == []


def test_the_dead_named_in_full_after_a_namesake_s_naming_still_acts():
    opening = ("Tomasz Dziadek kept pigeons on the roof. Tomasz Dziadek had died in the spring "
               "of 1990, in his garden. Halina still talked to him.")
    naming = ("The boy was six. His name was Tomasz, for his great-grandfather, and he was Tomek "
              "to everyone except his teacher. Halina laughed.")
    assert _dead_alive(opening, naming, '"Where is the kite?" said Tomasz Dziadek.') == [
        ("Tomasz Dziadek",)]


def test_a_sentence_giving_the_dead_s_years_of_life_tells_where_they_lie():
    # The years of a life set off after the name are a tomb's or a plaque's: "is in the
    # middle" is where the dead lies, no deed.
    opening = "Lolo Benito kept the bakery. Lolo Benito died in the dry season of 1979."
    assert _dead_alive(opening, "The niche holds the family. Lolo Benito is in the middle, "
                                "Benito Cruz, 1901–1979, and his wife beside him.") == []


def test_a_span_of_years_that_is_no_life_does_not_hide_a_deed():
    opening = "Lolo Benito kept the bakery. Lolo Benito died in the dry season of 1979."
    assert _dead_alive(opening, "Lolo Benito is in the kitchen, under the Marcos poster, "
                                "1972–1975, with flour on his hands.") == [("Lolo Benito",)]


# Old Hector's family, named as Gaelic names go, each on to the father's: Donnie Hector is
# Donald the son of Hector, and his girl is Kirsty Donnie Hector.
_CEILIDH = ("Old Hector MacNeil was ninety that winter. He played every night by the stove.\n\n"
            "My father was Donald MacNeil, but nobody called him that. He was Donnie Hector, "
            "Donald the son of Hector, the way my brother was Ewan Donnie and I was Kirsty "
            "Donnie, or Kirsty Donnie Hector if a stranger needed the whole of it.\n\n"
            '"Not like that," Old Hector would say, and take the bow out of Ewan\'s hand. It '
            "was an old bow. I remember Old Hector watching the old priest's hands and "
            "nodding.\n\nThe priest came up the hill, and Old Hector said something to him in "
            "Gaelic that made the old priest laugh, and then the old man asked for Ewan.\n\n"
            "He died on the Friday, in the old house, with the light going.")


def test_the_dead_said_with_his_epithet_at_a_sentence_s_head_is_the_dead():
    # "Old Hector" in mid-sentence is Hector with an epithet; at a sentence's head the
    # analysis keeps the two words whole, and they are still his name.
    later = ("Donnie Hector had cut his hand, so Ewan played for the dance. The old kitchen was "
             "full.\n\nOld Hector, sitting by the stove with his pipe, leaned forward and "
             "tapped Ewan on the knee.")
    assert _dead_alive(_CEILIDH, later) == [("Hector MacNeil",)]


def test_an_epithet_the_dead_is_never_said_after_in_mid_sentence_names_another():
    # The dead boy is Hector, never "Old Hector": the old man at the stove may be another.
    opening = ("The boy was called Hector MacNeil, and everyone in the glen liked Hector. Ewan "
               "taught Hector the fiddle. He died on the Friday, of the fever, in the old house.")
    assert _dead_alive(opening, "Old Hector, sitting by the stove with his pipe, tapped Ewan "
                                "on the knee.") == []


def test_a_name_carried_on_as_a_father_s_is_no_other_bearer_of_it(monkeypatch):
    # "Donnie Hector, Donald the son of Hector": his name and his daughter's carry the dead
    # man's as their father's and grandfather's, so "Hector" alone is not a shared name.
    context = check_context(monkeypatch, _CEILIDH)
    manuscript = context.manuscript
    assert shared_name(manuscript, "Hector")
    assert not shared_name(manuscript, "Hector", dead_alive._fathers_name_in(manuscript,
                                                                             "Hector"))
    told_apart = _CEILIDH.replace(", Donald the son of Hector,", ",")
    context = check_context(monkeypatch, told_apart)
    assert dead_alive._fathers_name_in(context.manuscript, "Hector") == frozenset()


def test_a_swahili_uncle_word_before_the_dead_mans_given_name_is_he():
    # "Mjomba", the mother's brother, as the family calls him: the dead man come back.
    assert _dead_alive("Baraka Mwinyi went down to the harbour to fetch the boy. Baraka did not "
                       "come back. Baraka Mwinyi died at the harbour on the fourth of March.",
                       "Years later Mjomba Baraka came up the path slowly and sat down.") == [
        ("Baraka Mwinyi",)]


# Two men called by one title and name, told apart by age words before the title.
_TWO_REBS = ("Old Reb Zalman had taught the boys of Dolna Street for fifty years. In the spring "
             "his grandson came back from Vilna with a rabbi's letter, and the street called "
             "him Young Reb Zalman at once. Young Reb Zalman took the front bench. Old Reb "
             "Zalman kept the back room.",
             "Old Reb Zalman himself died in the cold months.")


def test_a_title_and_name_told_apart_by_age_is_the_dead_ones_only_with_his_word():
    # "Old Reb Zalman died": "Reb Zalman" said alone later may be the young one.
    assert _dead_alive(*_TWO_REBS, "Reb Zalman looked at the boys.") == []


def test_the_dead_one_named_by_his_word_of_age_still_acts_too_late():
    assert _dead_alive(*_TWO_REBS, "Old Reb Zalman looked at the boys.") == [("Reb Zalman",)]


_WORD_FROM_ANOTHER = ("Ines Quarry ran the bakery on the square. Her son, Tomas Quarry, had gone "
                      "north to the mines in the spring.",
                      'A letter came in June. Ines read it twice at the counter.\n\n"It is from '
                      'my brother," she told the baker\'s boy. "He says Tomas is dead."\n\nThe '
                      "boy said nothing and went on with the loaves.",
                      "In October Tomas Quarry walked in at the door with a sack on his "
                      "shoulder. Tomas put the sack down and kissed his mother.")


def test_a_death_said_in_speech_as_what_another_says_is_word_the_story_may_prove_wrong():
    assert _dead_alive(*_WORD_FROM_ANOTHER) == []


def test_a_death_the_speaker_tells_as_her_own_word_is_told():
    # The speaker's own word ("I say"), or the death said without a "says" before it, is no
    # word passed on from another.
    for told in ('"I say Tomas is dead."', '"Tomas is dead."'):
        chapters = list(_WORD_FROM_ANOTHER)
        chapters[1] = chapters[1].replace('"He says Tomas is dead."', told)
        assert _dead_alive(*chapters) == [("Tomas Quarry",)]


def test_the_dead_spoken_of_in_the_present_at_their_grave_do_nothing():
    assert _dead_alive("Arvo Lind kept the ferry. Arvo Lind died in the winter of 1990.",
                       "In spring we walked up to the cemetery. His stone had sunk a little.\n\n"
                       '"Arvo says the grass wants cutting," Maija said.') == []


def test_the_dead_spoken_of_in_the_present_away_from_a_grave_still_act():
    assert _dead_alive("Arvo Lind kept the ferry. Arvo Lind died in the winter of 1990.",
                       "In spring we walked down to the harbour. The ice had gone.\n\n"
                       '"Arvo says the grass wants cutting," Maija said.') == [("Arvo Lind",)]


def test_the_dead_spoken_of_in_the_present_at_a_stone_with_names_cut_do_nothing():
    # A memorial the dead's name is on is a grave's scene: the living speak to them there.
    assert _dead_alive("Arvo Lind kept the ferry. Arvo Lind died in the winter of 1990.",
                       "In spring we walked down to the harbour wall, where there is a slab "
                       "with the names of the drowned cut into it.\n\n"
                       '"Arvo says the grass wants cutting," Maija said.') == []


def test_names_cut_beyond_the_sentence_make_no_memorial():
    # "names" and "cut" in two sentences tell no inscription.
    assert _dead_alive("Arvo Lind kept the ferry. Arvo Lind died in the winter of 1990.",
                       "In spring we read out the names. Then we cut the bread.\n\n"
                       '"Arvo says the grass wants cutting," Maija said.') == [("Arvo Lind",)]


_DEAD_MAN_ANOTHER = ("Ruud Maas kept the lock on the canal and lived above the bridge house.",
                     "In March the bridge house burned. By morning the whole street knew that "
                     "Ruud Maas had died in the fire.",
                     "At noon Ruud Maas walked up the towpath with his cat in a basket. The "
                     "dead man in the attic {was}, who had slept there out of the rain. Ruud "
                     "stood in our kitchen and drank two cups of coffee.")


def test_a_death_the_story_says_was_another_mans_is_belied_by_no_deed():
    assert _dead_alive(*(chapter.format(was="was a stranger")
                         for chapter in _DEAD_MAN_ANOTHER)) == []


def test_a_dead_man_told_of_otherwise_leaves_the_deed_a_contradiction():
    assert _dead_alive(*(chapter.format(was="was burned to the bone")
                         for chapter in _DEAD_MAN_ANOTHER)) == [("Ruud Maas",)]


_SURNAME_ANOTHERS_GIVEN = ("Tuuli Maranen sewed by the stove. Her uncle, Pekka Sointu, ran the "
                           "boat shed on the point.",
                           "In 1990 a letter came: Pekka Sointu had died of his fever in the "
                           "south and been buried there.",
                           "{niece} finished school that June. \"You never feed me,\" said "
                           "Sointu.")


def test_a_bare_surname_of_the_dead_another_character_bears_as_given_name_is_unsure():
    assert _dead_alive(*(chapter.format(niece="Sointu Maranen")
                         for chapter in _SURNAME_ANOTHERS_GIVEN)) == []


def test_a_bare_surname_of_the_dead_no_one_else_bears_is_his():
    assert _dead_alive(*(chapter.format(niece="Tuuli Maranen")
                         for chapter in _SURNAME_ANOTHERS_GIVEN)) == [("Pekka Sointu",)]


_THERE_AS_THE_DEAD = ("Morwenna Pascoe mended nets on the quay. Morwenna Pascoe died in the "
                      "winter of 1950.",
                      "At the regatta the whole harbour was out. Her mother was there too, "
                      "{how}, by the slipway with her shawl over her arm. Jenna did not turn "
                      "round. Morwenna Pascoe was standing by the slipway.")


def test_the_dead_there_as_the_dead_are_do_nothing():
    assert _dead_alive(*(chapter.format(how="in the way of the dead")
                         for chapter in _THERE_AS_THE_DEAD)) == []


def test_the_dead_there_beside_a_dead_man_still_act():
    assert _dead_alive(*(chapter.format(how="in the way of the dead man's widow")
                         for chapter in _THERE_AS_THE_DEAD)) == [("Morwenna Pascoe",)]


def test_a_sentence_weighing_whether_the_dead_look_dead_tells_of_a_likeness():
    # "…and she did not look in the least bit dead": the dead seen in a picture, not come back.
    assert _dead_alive("Mara Venn kept the lighthouse. Mara Venn had died in the winter of 1990.",
                       "Over the stove Mara Venn smiled out of her wedding dress, and she did not "
                       "look in the least bit dead.") == []


def test_the_dead_looking_dead_tired_still_act():
    assert _dead_alive("Mara Venn kept the lighthouse. Mara Venn had died in the winter of 1990.",
                       "Mara Venn walked into the kitchen, looking dead tired.") == [
        ("Mara Venn",)]


def test_the_dead_looking_down_at_the_dead_still_act():
    assert _dead_alive("Mara Venn kept the lighthouse. Mara Venn had died in the winter of 1990.",
                       "Mara Venn knelt and looked down at the dead.") == [("Mara Venn",)]


_NAMED_FOR = ("Her brother was Oskar. He had drowned in the summer of 1950 off the point.",
              "Her grandson had been named for her brother, the first Oskar, the one who "
              "drowned.")


def test_a_fuller_name_than_the_death_gave_may_be_the_namesake_s():
    # "named for her brother, the first Oskar": the grandson bears the name too, and
    # "Oskar Lind", a fuller name than the drowning gave, may be his.
    assert _dead_alive(*_NAMED_FOR, "Oskar Lind stood at the window and did not want to go.") == []


def test_the_dead_named_as_at_his_death_still_acts_beside_a_namesake():
    assert _dead_alive("Oskar Lind drowned in the summer of 1950 off the point.",
                       "Her grandson had been named for her brother, the first Oskar, the one "
                       "who drowned.",
                       "Oskar Lind stood at the window and did not want to go.") == [
        ("Oskar Lind",)]


def test_a_fuller_name_with_no_namesake_told_is_the_dead_s():
    assert _dead_alive(_NAMED_FOR[0], "Oskar Lind stood at the window and did not want to go."
                       ) == [("Oskar Lind",)]


def test_a_name_said_after_the_relative_a_child_was_named_for_is_handed_on():
    assert _dead_alive("Grandfather Teodor Halvorsen died in the war.",
                       "The baby was christened after his grandfather Teodor.",
                       "Teodor climbed onto the roof.") == []


def test_a_thing_told_apart_by_who_began_it_tells_no_deed_now():
    # "the one Mara Venn began": the logbook's making, long before, not a deed after the death.
    assert _dead_alive("Mara Venn kept the lighthouse. Mara Venn had died in the winter of 1990.",
                       "Tilly sat with the logbook on her knees, the one Mara Venn began.") == []


def test_a_thing_the_dead_hands_over_now_is_still_a_deed():
    assert _dead_alive("Mara Venn kept the lighthouse. Mara Venn had died in the winter of 1990.",
                       "Tilly took a cup, the one Mara Venn handed her.") == [("Mara Venn",)]


def test_the_dead_on_a_cassette_act_in_the_recording_not_now():
    # "On the cassette, Ilyas laughed": a recording, as a screen or a photograph shows the
    # dead; a cassette only found in the room is no recording playing.
    died = "Ilyas Qarmout kept the boat. Ilyas Qarmout had died in the winter of 1990."
    assert _dead_alive(died, "Nour pressed play. On the cassette, Ilyas Qarmout laughed and "
                             "set down his cup.") == []
    assert _dead_alive(died, "Nour found the cassette. Then Ilyas Qarmout walked in.") == [
        ("Ilyas Qarmout",)]
