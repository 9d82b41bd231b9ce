"""Reading an attribute's value from a sentence: app.core.checks.attribute_values."""

import pytest

from app.core.checks.attribute_values import conflict, number_of, stated_values


@pytest.mark.parametrize(
    ("sentence", "attribute", "value"),
    [
        ("Tucker had the reddest hair in Yorkshire.", "hair colour", "red"),
        # a hue of two, likened past who says so: its last
        ("He has his uncle's eyes, people say, a light blue-grey like slate after rain.",
         "eye colour", "grey"),
        ("Her eyes were a pale washed gray.", "eye colour", "grey"),
        ("She had eyes of a very pale grey, like the stones.", "eye colour", "grey"),
        ("She had her father's eyes, a brown so dark it was nearly black.", "eye colour",
         "brown"),
        ("R. Kandasamy was forty-six years old that year.", "age", "forty-six"),
        ("He was a small man, barely five feet three in his sandals.", "height", "5 ft 3 in"),
        ("She was a tall woman.", "height", "tall"),
        ("He was five foot five at the most, and broad.", "height", "5 ft 5 in"),
        ("Ricky, who was all of five foot five, stood on a crate.", "height", "5 ft 5 in"),
        ("Smithy, who at five foot ten was the shortest ruckman, sat down.", "height",
         "5 ft 10 in"),
        ("At six foot two he towered over them.", "height", "6 ft 2 in"),
        ("He was a small man, not much above five feet, with a moustache.", "height",
         "5 ft 0 in"),
        ("She was a small woman, not quite five feet tall.", "height", "5 ft 0 in"),
        ("Rosario, who at five foot eight had always been the tallest, bent down.", "height",
         "5 ft 8 in"),
        ("She is past fifty, her hair gone white as cotton lint.", "hair colour", "white"),
        ("He had not yet seen his fortieth birthday, but he was stiff.", "age",
         "no more than thirty-nine"),
        ("She was born with her eyes already open, and they were green.", "eye colour", "green"),
        ("She pushed back her grey curls.", "hair colour", "grey"),
        ("She had turned fifty-nine at Easter, and she was tired.", "age", "fifty-nine"),
        ("Calum, who was not yet forty, knelt.", "age", "no more than thirty-nine"),
        ("She was not yet thirty years old.", "age", "no more than twenty-nine"),
        ("He is a young man still, not yet forty, with three small children.", "age",
         "no more than thirty-nine"),
        ("Dr Rao turns forty-five next week.", "age", "forty-four"),
        ("He will be sixty on Sunday.", "age", "fifty-nine"),
        ("She was tiny, four foot eleven in her plastic slippers.", "height", "4 ft 11 in"),
        ("Sabado came down the line, six feet tall in his rubber boots.", "height", "6 ft 0 in"),
        ("He was five feet and two inches if he stood very straight.", "height", "5 ft 2 in"),
        ("He was small, and his hair had gone entirely white.", "hair colour", "white"),
        ("Her two braids were still black.", "hair colour", "black"),
        ("Her braids were already grey, wound tight under the scarf.", "hair colour", "grey"),
        ("At forty his hair was already white at the temples.", "hair colour", "white"),
        ("He had to stoop, because he stood well over six feet tall.", "height", "6 ft 0 in"),
        ("All six foot three of him had to duck under the loft door.", "height", "6 ft 3 in"),
        ("She was the tallest woman in the centre, five foot nine in her slippers.", "height",
         "5 ft 9 in"),
        ("Tiruwork had always been the shortest woman in any room.", "height", "short"),
        ("He was the shortest of the three of us, a small, quick man.", "height", "short"),
        ("Anh Hai was the tallest of us by a long way.", "height", "tall"),
        ("Father Dunleavy is a small, round man, not an inch over five feet three, with a "
         "voice far larger than the rest of him.", "height", "5 ft 3 in"),
        ("I was near enough to see his eyes properly for once, and they are a very dark brown.",
         "eye colour", "brown"),
        ("Forty-three, married twice, works nights at the bakery.", "age", "forty-three"),
        ("She was the tallest woman we ever saw, six foot one in her clogs.", "height",
         "6 ft 1 in"),
        ("Ottilie had always been tall, the kind who ducks in doorways.", "height", "tall"),
        # with the verb left out after what someone is; and "came up to", with no other cue
        ("Piet Aalders was a wiry man, barely up to his wife's shoulder.", "height", "short"),
        ("The new groom only came up to Hennie's chin.", "height", "short"),
        # said in passing, "reaching to"
        ("Little Wendela stood by the stove, barely reaching to her aunt's shoulder.", "height",
         "short"),
    ],
)
def test_a_value_stated_in_a_sentence(sentence, attribute, value):
    assert [(found[0], found[2]) for found in stated_values(sentence)] == [(attribute, value)]


def test_no_value_where_no_word_for_one_is():
    assert stated_values("Tucker walked up the hill in the rain.") == []
    assert stated_values("She kept her eyes on the boats, and they were green.") == []
    # the smallest of things, or one picked out of them, is no one's height
    assert stated_values("She opened the smallest of them, a tin of buttons.") == []
    assert stated_values("The box was the smallest of the crates in the hold.") == []
    assert stated_values("At six feet the wall was too high to climb.") == []
    assert stated_values("He saw the woman in the doorway, five feet away.") == []
    assert stated_values("He stood there, six feet from the door, and waited.") == []
    assert stated_values("He dug all six feet, and then rested.") == []
    assert stated_values("She took the shortest way, the shortest of the roads.") == []
    assert stated_values("All six feet of the wall fell.") == []
    assert stated_values("The muck came off his hands in grey curls.") == []
    assert stated_values("He turns thirty on a Thursday in April and takes the day off.") == []
    assert stated_values("The bread had risen, not yet forty minutes in the tin.") == []
    assert stated_values("Fifty-one, and still no word from the harbour.") == []
    assert stated_values("He had always been short of money, and of patience.") == []
    assert stated_values("She had been short with the carter that morning.") == []
    # what the water or the snow was up to is no one's height
    assert stated_values("The water in the ford was barely up to Hennie's waist.") == []
    assert stated_values("She stood by the stove, barely reaching for the kettle.") == []


def test_values_that_clash_and_values_that_may_both_hold():
    assert conflict("grey", "brown")
    assert conflict("tall", "5 ft 3 in")
    assert not conflict("dark", "brown")
    assert not conflict("tall", "5 ft 4 in")


def test_number_words_are_read_as_numbers():
    assert number_of("forty-six") == 46
    assert number_of("twenty") == 20
    assert number_of("a great many") is None


def test_an_age_said_to_you_is_the_listeners():
    assert stated_values("You are thirty-one years old, Grace.") == [
        ("age", 8, "thirty-one", "your", 28)]
    assert stated_values("Your father was thirty-one years old.")[0][3] == ""


def test_an_age_opening_its_clause_before_what_you_still_do_is_the_listeners():
    # An exclamation to the listener, whoever says it and whoever is named before.
    said = "Oona Pell wiped my face and said, eight years old and still you drool like a pup."
    assert stated_values(said) == [("age", 34, "eight", "your", 49)]
    assert stated_values('"Eight years old, and you cry at a splinter," Oona said.')[0][3] == (
        "your")


def test_an_age_told_of_someone_before_what_you_do_is_not_the_listeners():
    # "was eight years old": told of Oona; the "you" after is anyone's.
    assert stated_values("Oona was eight years old and you could see she was clever.")[0][3] == ""


def test_an_age_of_someone_named_after_your_is_not_the_listeners():
    # "your Ali": someone the listener has, named, whose age it is; not the listener's own.
    assert stated_values("Ali Tavakoli is twenty and your Ali is only eighteen.")[1][3] == ""
    assert stated_values("Your eyes are green, Grace.")[0][3] == "your"


def test_the_whole_of_someone_says_whose_height_it_is():
    assert [found[3] for found in stated_values("All six foot three of him had to duck.")] == [
        "him"]


def test_a_measure_after_what_someone_had_always_been():
    # "had always been short, five foot four": the word and the measure both, of the subject.
    assert [(found[0], found[2]) for found in stated_values(
        "He had always been short, five foot four in his good boots.")] == [
        ("height", "short"), ("height", "5 ft 4 in")]


def test_a_measure_after_what_someone_was_all_his_life():
    # "a narrow woman all her life, just five foot one": what she always was, then her height.
    assert [(found[0], found[2]) for found in stated_values(
        "She was a narrow woman all her life, just five foot one in her clogs.")] == [
        ("height", "5 ft 1 in")]


def test_no_measure_after_a_life_that_is_a_distance():
    # "all his life, six feet from the well": where he stood, no height.
    assert stated_values("He had worked a field all his life, six feet from the well.") == []


def test_the_smallest_of_people_someone_was_is_short():
    assert stated_values("Wendela had always been the smallest of them, and the quickest.") == [
        ("height", 8, "short", "", 44)]


def test_a_word_for_height_set_before_a_name_is_its_epithet():
    assert stated_values("Tall Brannagh Oduya ducked under the lintel.") == [
        ("height", 0, "tall", "", 5)]
    # not a word for height inside a sentence, nor before a word not capitalised
    assert stated_values("She met Tall Pines Road at the corner.") == []
    assert stated_values("Tall grass grew by the fence.") == []
