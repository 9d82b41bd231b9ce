"""Sentences, tokens and offsets from app.core.text."""

from app.core.text import LineIndex, count_words, fold, paragraphs, sentences, tokens


def _sentences(text: str) -> list[str]:
    found = []
    for paragraph in paragraphs(text):
        found += [text[s.start : s.end] for s in sentences(text, paragraph.start, paragraph.end)]
    return found


def test_honorific_abbreviations_do_not_end_sentences():
    text = "Mr. Weston smiled. Mrs. Weston did not. Dr. Perry left."
    assert _sentences(text) == ["Mr. Weston smiled.", "Mrs. Weston did not.", "Dr. Perry left."]


def test_a_title_written_short_in_capitals_does_not_end_a_sentence():
    text = "The plate said DR. E. SKAGFORD. He was thirty-one. I said NO. He left."
    assert _sentences(text) == ["The plate said DR. E. SKAGFORD.", "He was thirty-one.",
                                "I said NO.", "He left."]


def test_dialogue_attribution_stays_in_one_sentence():
    text = '"Well!" said Emma. She left.'
    assert _sentences(text) == ['"Well!" said Emma.', "She left."]


def test_a_full_title_ends_a_sentence_and_a_short_one_does_not():
    text = "It's a salvage claim, Commander. Legitimate and lucrative. Capt. Hale agreed."
    assert _sentences(text) == [
        "It's a salvage claim, Commander.", "Legitimate and lucrative.", "Capt. Hale agreed.",
    ]


def test_each_line_of_a_chat_is_its_own_sentence_but_wrapped_prose_is_not():
    chat = "mack.attack: code red\njaz_b: WHAT\nmack.attack: there is a boy"
    assert _sentences(chat) == ["mack.attack: code red", "jaz_b: WHAT",
                                "mack.attack: there is a boy"]
    prose = "She said it plainly: no,\nand then she left the room."
    assert _sentences(prose) == [prose]


def test_blank_lines_separate_paragraphs_and_hard_wraps_do_not():
    text = "CHAPTER I\n\nEmma walked\nhome slowly.\n\nShe slept."
    found = paragraphs(text)
    assert [(text[p.start : p.end], p.heading) for p in found] == [
        ("CHAPTER I", True),
        ("Emma walked\nhome slowly.", False),
        ("She slept.", False),
    ]


def test_tokens_mark_sentence_initial_words_and_possessives():
    text = 'Sofie\'s cat ran to Paris. "Hello," said Anna.'
    found = tokens(text, sentences(text, 0, len(text)))
    assert [(t.text, t.initial, t.possessive) for t in found] == [
        ("Sofie", True, True),
        ("cat", False, False),
        ("ran", False, False),
        ("to", False, False),
        ("Paris", False, False),
        ("Hello", True, False),
        ("said", False, False),
        ("Anna", False, False),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_fold_removes_accents_and_case():
    assert fold("Zoë") == fold("ZOE") == "zoe"
    assert fold("Łucja") == "lucja"
    assert fold("Søren") == "soren"
    assert fold("Musée") == "musee"


def test_line_index_gives_one_based_line_and_column():
    index = LineIndex("ab\ncd\n\nef")
    assert index.line_col(0) == (1, 1)
    assert index.line_col(4) == (2, 2)
    assert index.line_col(7) == (4, 1)


def test_count_words_counts_hyphenated_and_apostrophe_words_once():
    assert count_words("Jean-Luc wasn't here, 42 times.") == 4


def test_a_short_capitalised_first_line_is_the_documents_title():
    text = "Osaka Tide\n\nChapter One\n\nNoriko sat.\n\nThe Tide"
    assert [p.heading for p in paragraphs(text)] == [True, True, False, False]
    assert [p.heading for p in paragraphs("Noriko sat down.\n\nx")] == [False, False]
    assert [p.heading for p in paragraphs("Come here, Noriko\n\nx")] == [False, False]


def test_a_word_and_a_number_alone_on_a_line_head_a_numbered_part():
    text = "Deposition No. 2\n\nI saw him.\n\nEntry 14\n\nMay 14\n\nWe waited 14"
    assert [p.heading for p in paragraphs(text)] == [True, False, True, False, False]


def test_a_familiar_chinese_given_name_is_one_word():
    text = "Ah Kow said it. Ah, Kow was there. Ah well. Ah Ma laughed."
    words = [t.text for t in tokens(text, sentences(text, 0, len(text)))]
    assert words == ["Ah Kow", "said", "it", "Ah", "Kow", "was", "there", "Ah", "well", "Ah",
                     "Ma", "laughed"]


def test_a_mark_written_as_a_combining_character_stays_in_its_word():
    # Yoruba "ẹ́": a dot-below e with a combining acute, which no single character holds.
    text = "We drove to Ọ̀yọ́ and to Ìbàdàn."
    found = [t.text for t in tokens(text, sentences(text, 0, len(text)))]
    assert found == ["We", "drove", "to", "Ọ̀yọ́", "and", "to", "Ìbàdàn"]
