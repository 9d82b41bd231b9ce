"""Letters a chapter quotes and who signs them: app.core.checks.letters."""

from app.core.checks.letters import _read_letters, recipient, writer
from tests.core.checks.stories import check_context


def _signed(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[letter.start : letter.end].split("\n")[0], letter.signature)
            for letter in _read_letters(text)]


def test_a_letter_runs_from_its_salutation_to_the_name_it_is_signed_with():
    text = ("Chapter One\n\nThe post came late.\n\nMy Dear Wife,\n\nWe marched all day.\n\n"
            "Your affectionate husband,\nElias Hale\n\nShe folded it away.")
    assert _signed(text) == [("My Dear Wife,", ("Elias", "Hale"))]


def test_the_shapes_a_signature_takes():
    text = ("Dear Meg,\n\nPapa is well.\n\nYour loving sister,\n\nKitty\n\n"
            "Dear Kitty,\n\nIt rained.\n\nYour Liesl\n\n"
            "Dear Liesl,\n\nIt snowed.\n\nYour ever loving\nConnie")
    assert _signed(text) == [("Dear Meg,", ("Kitty",)), ("Dear Kitty,", ("Liesl",)),
                             ("Dear Liesl,", ("Connie",))]


def test_a_line_of_the_letter_that_opens_like_a_closing_is_no_close():
    text = "Dear Meg,\n\nYour father sends his love to Anna.\n\nIt rained all week."
    assert _read_letters(text) == []


def test_a_letter_without_a_salutation_starts_after_the_letter_before():
    text = ("Dear Meg,\n\nIt rained.\n\nYours ever,\nKitty\n\nThe wheat is in.\n\n"
            "Your loving sister,\nMeg")
    letters = _read_letters(text)
    assert [text[letter.start : letter.end].split("\n\n")[0] for letter in letters] == [
        "Dear Meg,", "The wheat is in."]


def test_what_a_signature_adds_in_brackets_is_left_out():
    text = ("Dear Brother,\n\nOur father is gone.\n\nYour affectionate sister,\n"
            "Bridget Coyle (Bridget Tom)\n\nDear Pat,\n\nIt rained.\n\nYour loving sister,\n\n"
            "Bridget (Tom's)")
    assert _signed(text) == [("Dear Brother,", ("Bridget", "Coyle")),
                             ("Dear Pat,", ("Bridget",))]


def test_an_email_header_ends_the_unsigned_letter_before_it():
    text = ("From: Ana\nTo: Tomas\nSubject: News\n\nLuz came on Monday.\n\nAna\n\n"
            "From: Pilar\nTo: Tomas\nSubject: Hello\n\nI passed the exam.\n\nLove,\nPilar")
    assert _signed(text) == [("I passed the exam.", ("Pilar",))]


def test_whom_a_letter_is_written_to():
    text = ("To Mok Sau-ying, my wife, in my mother's house at Sun-ning,\n\nWe are ashore.\n\n"
            "Your husband,\nKwok-hing\n\nSau-ying,\n\nYour letter came.\n\nYour husband, who "
            "thinks of you at the lamp,\nKwok-hing\n\nMy Dear Wife,\n\nIt rained.\n\n"
            "Love,\nKwok-hing")
    assert [(letter.salutation, letter.signature) for letter in _read_letters(text)] == [
        (("Mok", "Sau-ying"), ("Kwok-hing",)), ((), ("Kwok-hing",)), (("Wife",), ("Kwok-hing",))]
    # A name alone opens a letter only if the cast has a character of that name.
    assert [[name for _start, name in letter.named_openings]
            for letter in _read_letters(text)] == [[], [("Sau-ying",)], []]


def test_a_letter_to_a_name_with_nothing_after_it():
    text = "To Mok Sau-ying,\n\nWe are ashore.\n\nYour husband,\nKwok-hing"
    assert [(letter.salutation, letter.signature) for letter in _read_letters(text)] == [
        (("Mok", "Sau-ying"), ("Kwok-hing",))]


def test_a_closing_of_prayers_or_regards_signs_off():
    text = ("Dear Meg,\n\nThe roof is mended.\n\nWith prayers,\nOlwen\n\n"
            "Dear Olwen,\n\nIt snowed.\n\nWith kind regards,\nMeg")
    assert _signed(text) == [("Dear Meg,", ("Olwen",)), ("Dear Olwen,", ("Meg",))]


def test_a_line_of_the_story_opening_on_with_is_no_close():
    text = "Dear Meg,\n\nWith thanks to Anna the roof was mended.\n\nIt rained all week."
    assert _read_letters(text) == []


def test_the_name_in_the_closing_signs_when_the_signature_names_no_one(monkeypatch):
    # "O. K. Brandt" is any of three Brandts; "Your Otto" above it is one of them.
    text = ("Dear Lena,\n\nThe mill is sold. My brother Karl Brandt will keep the books.\n\n"
            "Your Otto\nO. K. Brandt")
    context = check_context(monkeypatch, text, "Otto Brandt came home in May. Lena Brandt "
                                               "met him at the station. Karl laughed.")
    view = context.manuscript.sentence_list[1]
    assert [letter.signed_as for letter in _read_letters(text)] == [("Otto",)]
    assert writer(context.manuscript, view) == "Otto Brandt"


def test_a_letter_signed_with_a_name_alone_ends_there():
    # "Ottilie" under the second letter has no "Your sister," above it; it signs the first.
    text = ("Dear Ruth,\n\nThe pears are in.\n\nYour sister,\nOttilie\n\n"
            "Dear Ruth,\n\nThe rain has stopped.\n\nOttilie\n\nLetter 3\n\n"
            "Dear Ottilie,\n\nI am coming home.\n\nRuth")
    letters = _read_letters(text)
    assert [(text[letter.start : letter.end].split("\n\n")[0], letter.signature)
            for letter in letters] == [("Dear Ruth,", ("Ottilie",)),
                                       ("Dear Ruth,", ("Ottilie",)),
                                       ("Dear Ottilie,", ("Ruth",))]
    assert text[letters[1].start : letters[1].end].endswith("stopped.\n\nOttilie")


def test_a_word_alone_in_a_letter_is_no_signature(monkeypatch):
    # "Nothing." is a line of the letter; "Sunday" names no one of the story and signs no
    # other letter, so the letter stays unread.
    text = ("Dear Ruth,\n\nWhat did he say?\n\nNothing.\n\nThe pears are in.\n\nSunday\n\n"
            "Ruth went to the door.")
    assert [letter.signature for letter in _read_letters(text)] == [("Sunday",)]
    context = check_context(monkeypatch, text, "Ruth Abel sold pears. Ruth laughed.")
    inside = [view for view in context.manuscript.sentence_list
              if context.manuscript.documents[view.document].text[view.start : view.end]
              == "The pears are in."]
    assert len(inside) == 1
    assert recipient(context.manuscript, inside[0]) is None


_CORRESPONDENCE = ("My Dear Wife,\n\nThe mill is sold.\n\nYour husband,\nTomasz Wrona\n\n"
                   "My Dear Husband,\n\nThe pears are in.\n\nYour wife,\nHalina Wrona")


def _in_letter(context, said: str):
    return next(view for view in context.manuscript.sentence_list
                if context.manuscript.documents[view.document].text[view.start : view.end]
                == said)


def test_a_letter_to_no_one_named_is_to_the_other_of_two_who_write(monkeypatch):
    # "My Dear Husband," names no one: the letters go between Tomasz and Halina.
    context = check_context(monkeypatch, _CORRESPONDENCE, "Tomasz Wrona came home in May. "
                                                          "Halina Wrona met him. Tomasz laughed.")
    assert recipient(context.manuscript, _in_letter(context, "The pears are in.")) == (
        "Tomasz Wrona")
    assert recipient(context.manuscript, _in_letter(context, "The mill is sold.")) == (
        "Halina Wrona")


def test_a_letter_to_no_one_named_among_three_who_write_is_to_no_one_known(monkeypatch):
    text = _CORRESPONDENCE + "\n\nMy Dear Sister,\n\nIt snowed.\n\nYour brother,\nJerzy Wrona"
    context = check_context(monkeypatch, text, "Tomasz Wrona came home in May. Halina Wrona "
                                               "met him. Jerzy Wrona laughed. Tomasz laughed.")
    assert recipient(context.manuscript, _in_letter(context, "The pears are in.")) is None


def test_a_letter_opened_on_a_name_alone_may_close_on_a_name_and_what_she_is_called():
    # No closing's words: the writer signs with her name and what she is called after it.
    text = ("Letter 2\n\nPawel,\n\nThe mill is sold.\n\nHalina, Mama Tomka\n\n"
            "Letter 3\n\nThe pears are in.")
    assert _signed(text) == [("Pawel,", ("Halina", "Mama", "Tomka"))]


_TWO_WHO_WRITE = ("My dearest mother,\n\nThe mill is sold.\n\nYour son,\nTomasz Wrona\n\n"
                  "Letter 2\n\n{0},\n\nThe pears are in.\n\nHalina, Mama Tomka\n\n"
                  "Letter 3")


def test_a_salutation_ending_on_the_given_name_of_the_other_who_writes_is_to_them(monkeypatch):
    # "Kochany Tomasz," ("dear Tomasz"): the cast may take the word of endearment into a name
    # of its own; the letters go between Tomasz and Halina.
    context = check_context(monkeypatch, _TWO_WHO_WRITE.format("Kochany Tomasz"),
                            "Tomasz Wrona came home in May. Halina Wrona met him. Tomasz "
                            "laughed.")
    assert recipient(context.manuscript, _in_letter(context, "The pears are in.")) == (
        "Tomasz Wrona")


def test_a_salutation_naming_someone_else_is_to_them_among_two_who_write(monkeypatch):
    context = check_context(monkeypatch, _TWO_WHO_WRITE.format("Jadwiga Sowa"),
                            "Tomasz Wrona came home in May. Halina Wrona met him. Jadwiga Sowa "
                            "laughed. Tomasz laughed.")
    assert recipient(context.manuscript, _in_letter(context, "The pears are in.")) == (
        "Jadwiga Sowa")


def test_a_letter_may_open_on_what_the_reader_is_to_the_writer():
    # "My son," names no one, but opens the letter as "My Dear Wife," does.
    text = ("Letter 2\n\nMy son, my heart,\n\nThe mill is sold.\n\nHalina\n\n"
            "Letter 3\n\nMy son,\n\nThe pears are in.\n\nHalina\n\nLetter 4")
    assert _signed(text) == [("My son, my heart,", ("Halina",)), ("My son,", ("Halina",))]


def test_a_short_line_of_the_story_opening_on_my_is_no_salutation():
    text = ("Letter 2\n\nMy word, it rained.\n\nThe mill is sold.\n\nHalina\n\nLetter 3")
    assert _signed(text) == []


def test_a_letter_to_a_name_the_cast_cannot_pin_is_not_to_the_other_who_writes(monkeypatch):
    # "Uncle Pawel," is one of two Pawels, neither of them Tomasz: whom "your" means is
    # unsure, but it is not the other of the two who sign the letters.
    text = _CORRESPONDENCE + "\n\nUncle Pawel,\n\nIt snowed.\n\nYour sister,\nHalina Wrona"
    context = check_context(monkeypatch, text, "Tomasz Wrona came home in May. Halina Wrona "
                                               "met him. Pawel Nowak sold pears. Pawel Lis "
                                               "sold apples. Pawel Nowak and Pawel Lis "
                                               "laughed. Tomasz laughed.")
    assert recipient(context.manuscript, _in_letter(context, "It snowed.")) is None
    assert recipient(context.manuscript, _in_letter(context, "The pears are in.")) == (
        "Tomasz Wrona")
