"""When two spellings are one name: app.core.variants.compare."""

import pytest

from app.core.variants import compare, diminutive
from tests.core.checks.stories import variant_names


@pytest.mark.parametrize(
    ("a", "a_count", "b", "b_count", "reason"),
    [
        ("Sophie", 14, "Sofie", 11, "sound"),
        ("Zoë", 5, "Zoe", 3, "accents"),
        ("Harriet", 400, "Hariet", 1, "typo"),
        ("Knightley", 300, "Knigthley", 1, "typo"),
        ("Churchill", 200, "Chuurchill", 1, "typo"),
    ],
)
def test_variants(a, a_count, b, b_count, reason):
    assert compare(a, a_count, b, b_count) == reason


@pytest.mark.parametrize(
    ("a", "a_count", "b", "b_count"),
    [
        ("Weston", 100, "Westons", 5),  # a family plural
        ("Anne", 10, "Anna", 4),  # two given names in their own right
        ("Brook", 15, "Brookie", 3),  # a pet form
        ("Kate", 10, "Katie", 2),  # a pet form
        ("Meera", 23, "Meeru", 2),  # a pet form, said twice
        ("John", 50, "Joan", 1),  # different genders
        ("Hill", 19, "Hall", 1),  # everyday words used as names
        ("Martin", 40, "Morton", 30),  # two established names
        ("Cromer", 3, "Cramer", 1),  # not rare enough beside each other to be a slip
    ],
)
def test_not_variants(a, a_count, b, b_count):
    assert compare(a, a_count, b, b_count) is None


def test_a_short_form_said_again_and_again_and_a_generation_are_no_slips():
    assert compare("Maren", 10, "Mare", 2) is None
    assert compare("Junior", 2, "Senior", 3) is None
    assert compare("Weston", 10, "Westo", 1) == "typo"
    assert compare("Nelda", 2, "Neldah", 2) is not None


def test_two_family_words_are_no_slips():
    assert compare("Abbu", 9, "Abba", 1) is None
    assert compare("Nani", 9, "Nana", 1) is None


def test_a_family_word_with_the_ending_for_my_is_the_word_said_to_her():
    # Turkish "Annem" (my mother), and "Anne" said to her face: one word in two cases.
    assert compare("Annem", 6, "Anne", 1) is None
    # Not any name one "m" longer: "Miriam" once as "Miria" is a slip.
    assert compare("Miriam", 5, "Miria", 1) == "typo"


def test_a_womans_surname_form_and_a_pet_form_are_no_slips():
    assert compare("Sokolov", 5, "Sokolova", 1) is None
    assert compare("Voronin", 6, "Voronina", 2) is None
    assert compare("Sasha", 20, "Sashka", 2) is None
    assert compare("Sokolov", 5, "Sokolv", 1) == "typo"


def test_an_english_pet_form_of_a_given_names_first_syllable_is_no_slip():
    assert compare("Davie", 19, "David", 3) is None  # "David on the programme, Davie to all"
    assert compare("Jamie", 19, "James", 3) is None
    assert compare("Jessie", 20, "Jesie", 1) == "typo"  # a pet form with a letter dropped
    assert compare("Achille", 10, "Achile", 1) == "typo"  # a double letter once, not "-le"


def test_a_pet_form_of_a_name_that_opens_on_a_vowel_is_its_first_syllable():
    assert diminutive("Archibald", "Archie")
    assert diminutive("Alfred", "Alfie")
    assert not diminutive("Archibald", "Archer")


def test_an_austrian_pet_form_in_l_is_no_slip():
    assert diminutive("Sepp", "Seppl")
    assert diminutive("Grete", "Gretl")
    assert diminutive("Hans", "Hanserl")
    assert compare("Seppl", 8, "Sepp", 2) is None
    assert not diminutive("Car", "Carl")  # a dropped last letter of Carl, no pet form
    assert compare("Karl", 12, "Kar", 1) == "typo"


def test_a_hungarian_married_name_is_no_slip():
    # "Kovács Jánosné" is Mrs. János Kovács; the a or e before "-né" is lengthened.
    assert compare("János", 20, "Jánosné", 1) is None
    assert compare("Péter", 20, "Péterné", 1) is None
    assert compare("Jánosné", 20, "Jánsoné", 1) == "typo"


def test_a_family_word_and_a_title_that_differ_by_an_accent_are_two_words():
    assert compare("Ba", 26, "Bà", 7) is None  # a father, and the title of "Bà Nội"


def test_a_place_of_the_gazetteer_and_a_name_are_no_slip():
    assert compare("Chino", 14, "China", 1) is None  # "El Chino", whose grandfather came from China


def test_a_name_with_the_hindi_ending_of_respect_is_no_slip():
    assert compare("Vimala", 28, "Vimalaji", 1) is None


def test_an_everyday_word_and_its_spanish_form_are_no_slip():
    assert compare("Barber", 9, "Barbero", 1) is None  # "Ramón el Barbero, or simply the Barber"
    assert compare("Brook", 15, "Brooke", 1) == "typo"


def test_a_place_word_is_no_slip_for_a_name():
    assert compare("Bảy", 9, "Bay", 3) is None


def test_two_words_of_address_are_no_slip_for_each_other():
    assert compare("Chacha", 16, "Chachi", 1) is None  # an uncle, and his wife
    assert compare("Vovó", 1, "Vovô", 1) is None  # a grandmother and a grandfather
    assert compare("Tina", 12, "Tinā", 3) is None  # a girl, and the Samoan word for a mother
    assert variant_names(
        "Pa's younger brother was Chacha to everyone in the house. His name was Deonarine "
        "Ramsaran. His wife, Chachi, had died of typhoid, and Chacha had gone to England.",
        "Chacha wrote every month. \"Tell Chacha,\" said Ma. Chacha came home in May.") == []


def test_two_spellings_with_different_marks_each_written_again_are_two_words():
    assert compare("Phú", 4, "Phủ", 2) is None  # tones tell Vietnamese words apart
    assert compare("Hélène", 9, "Hèlène", 1) == "accents"  # a mark mistyped once is a slip
    assert compare("Zoë", 5, "Zoe", 3) == "accents"


def test_a_pet_form_ending_in_i_is_no_slip():
    assert compare("Eitan", 15, "Eitani", 1) is None


def test_yiddish_and_portuguese_pet_forms_are_no_slips():
    assert compare("Feyge", 19, "Feygele", 2) is None
    assert compare("Paulo", 12, "Paulinho", 1) is None
    assert compare("Feyge", 19, "Feyle", 1) is not None  # a dropped letter all the same


def test_a_doubled_letter_written_once_beside_a_name_said_three_times_is_a_slip():
    assert compare("Concetta", 3, "Conceta", 1) == "typo"
    assert compare("Concetta", 2, "Conceta", 1) is None  # too few to tell which is meant


def test_greek_pet_forms_are_no_slips():
    assert compare("Yiannis", 16, "Yiannakis", 2) is None
    assert compare("Eleni", 10, "Elenitsa", 1) is None
    assert compare("Yiannis", 16, "Yainnis", 1) == "typo"


def test_a_long_name_sounding_the_same_with_a_letter_out_once_is_a_slip():
    assert compare("Sizemore", 3, "Sizmore", 1) == "typo"
    assert compare("Sizemore", 2, "Sizmore", 1) is None  # too few to tell which is meant
    assert compare("Rowe", 3, "Roe", 1) is None  # short names of one sound are two names


def test_a_given_name_written_once_beside_one_said_again_and_again_is_a_slip():
    assert compare("Hannah", 22, "Hanna", 1) == "typo"
    assert compare("Hannah", 4, "Hanna", 1) is None  # two women, each a name in her own right
    assert compare("Hannah", 22, "Hanna", 2) is None


def test_an_irish_given_name_and_its_english_form_are_two_names():
    assert compare("Máirtín", 31, "Martin", 2) is None  # "Máirtín … 'Martin Faherty' in the paper"


def test_a_word_joined_on_by_a_hyphen_is_no_slip():
    assert compare("Ō-okami-san", 2, "Okami-san", 4) is None
    assert compare("Okamy-san", 1, "Okami-san", 4) is not None


def test_a_city_is_no_slip_for_a_given_name():
    assert compare("Marseille", 1, "Mireille", 14) is None
    assert compare("Mirielle", 1, "Mireille", 14) is not None


def test_an_accent_on_a_rare_spelling_of_a_plain_name_is_no_slip():
    # "Rosálina" once beside Rosalind said ten times: a slip drops marks, it does
    # not add one while changing letters
    assert compare("Rosalind", 10, "Rosálina", 1) is None
    assert compare("Rosalind", 10, "Rosalina", 1) == "typo"  # the same letters, plain
    assert compare("Rosalind", 10, "Rosalínd", 1) == "accents"  # same letters, marked


def test_a_given_name_once_in_its_english_form_is_no_slip():
    # "(son of Martin)" once beside Máirtín said nine times: the marks and a letter gone is
    # the name's English form; one letter out, as written, is still a slip
    assert compare("Máirtín", 9, "Martin", 1) is None
    assert compare("Hannah", 9, "Hanna", 1) == "typo"


def test_a_womans_surname_form_and_her_familys_plural_are_no_slips():
    assert compare("Volkovs", 6, "Volkova", 1) is None  # "the Volkovs", "Irina Volkova"
    assert compare("Volkovs", 6, "Volkovo", 1) == "typo"  # no woman's ending: a slip


_TULA = ("There were two kinds of Volkov in Tula. The Tula Volkovs sold boots near the market, "
         "and the Tula Volkovs never came to church. Irina married into them and became the "
         "Tula Volkova. The Tula Volkova kept the shop. Everyone knew the Tula Volkova. The "
         "Tula Volkovs were rich.")


def test_a_family_in_the_plural_and_a_woman_of_it_in_full_names_are_no_slips():
    assert variant_names(_TULA) == []


def test_a_latvian_surnames_mans_form_in_sh_is_no_slip_of_the_womans():
    assert compare("Liepiņa", 4, "Liepiņš", 1) is None
    assert compare("Liepiņa", 4, "Liepiņe", 1) == "typo"  # a letter changed, no man's ending



_MYINT_KHA = ("Myint Kha ran the tea shop on the corner. Myint Kha rose at four. Myint Kha boiled "
              "the milk, and Myint Kha sold the first cups before six. Myint Kha slept after "
              "lunch.")


def test_a_short_surname_with_two_letters_swapped_once_in_a_full_name_is_a_slip():
    assert variant_names(_MYINT_KHA, "At night Myint Kah wrote letters home.") == [
        ("Kah", "Kha")]


def test_a_short_surname_swapped_in_a_full_name_written_again_is_no_slip():
    # A slip is not made twice: "Myint Kah" again is another man's name (a surname clash).
    assert variant_names(_MYINT_KHA, "At night Myint Kah wrote letters home. Myint Kah "
                                     "laughed.") == []


_SALMIYA = ("Salmiya was nine that year. She fed the goats, and her mother said Salmiya sang "
            "better than the radio.")


def test_a_spelling_brought_in_later_as_what_a_paper_calls_her_is_no_slip():
    assert variant_names(_SALMIYA, "In the city she got a passport that called her Salmiyah "
                                   "Daud. Salmiyah Daud, the clerk read out. Salmiyah, her "
                                   "husband said, was a city name.") == []


def test_a_spelling_brought_in_later_in_the_narration_is_still_a_variant():
    assert variant_names(_SALMIYA, "In the city she got a passport. Salmiyah Daud went to the "
                                   "office. Salmiyah, her husband said, was a city "
                                   "name. Salmiyah laughed.") == [("Salmiya", "Salmiyah")]


def test_two_short_names_one_vowel_apart_each_written_again_are_two_names():
    assert compare("Pang", 7, "Pong", 2) is None
    assert compare("Pang", 8, "Pong", 1) == "typo"  # written once: still a slip
    assert compare("Hollis", 7, "Hallis", 2) == "sound"  # a longer name: the rest is heard
