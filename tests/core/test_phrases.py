"""Repeated phrases: app.core.phrases."""

from app.core.analysis import analyze
from app.core.model import DocumentText, Settings


def _phrases(*chapters: str, settings: Settings | None = None):
    docs = [DocumentText(str(i), f"Chapter {i + 1}", t) for i, t in enumerate(chapters)]
    return analyze(docs, settings=settings).phrases


def test_longest_repeat_is_reported_once_without_its_sub_phrases():
    found = _phrases(
        "The scent of freshly baked croissants filled the lane.",
        "Again the smell of freshly baked croissants drifted by.",
    )
    assert [(p.text, p.count) for p in found] == [("freshly baked croissants", 2)]
    assert [o.text for o in found[0].occurrences] == ["freshly baked croissants"] * 2


def test_phrases_never_cross_sentences_and_idioms_are_ignored():
    found = _phrases("At the same time. Green lanterns glowed. At the same time. Green lanterns "
                     "glowed.")
    assert [p.text for p in found] == ["Green lanterns glowed"]


def test_unusual_phrases_rank_above_common_ones():
    found = _phrases(
        "The art world was busy. Velvet moths circled the lamp.",
        "The art world was quiet. Velvet moths circled the lamp again.",
    )
    # "The art world was" loses its last word, never its first: "art world" is too short.
    assert [p.text for p in found] == ["Velvet moths circled the lamp", "The art world"]
    assert found[0].score > found[1].score


def test_phrase_length_follows_settings():
    text = "Silver rain fell on copper roofs. Silver rain fell on copper roofs today."
    assert [p.text for p in _phrases(text)] == ["Silver rain fell on copper roofs"]
    assert [p.text for p in _phrases(text, settings=Settings(min_phrase_words=4))] == [
        "Silver rain fell on copper roofs"
    ]
    assert [p.text for p in _phrases(text, settings=Settings(min_phrase_count=3))] == []


def test_a_passage_longer_than_the_maximum_is_reported_once_whole():
    line = "Kitty, a fair but frozen maid, kindled a flame I yet deplore."
    found = _phrases(f"He read: {line}", f"She sang: {line}")
    assert [(p.text, p.count) for p in found] == [
        ("Kitty, a fair but frozen maid, kindled a flame I yet deplore", 2)
    ]


def test_a_word_said_twice_or_everyday_talk_is_no_phrase():
    found = _phrases(
        "She stood on the pier. And she knew. He read to the end. Salt wind bit the pilings.",
        "He waited on the pier. And she knew. She ran to the end. Salt wind bit the pilings.",
    )
    # "on the pier" is one word repeated; "and she knew", "to the end" are everyday talk.
    assert [p.text for p in found] == ["Salt wind bit the pilings"]


def test_one_word_among_a_long_name_is_a_phrase():
    found = _phrases(
        "There was traffic on Third Mainland Bridge. Dear Lady Ashby wrote.",
        "The traffic on Third Mainland Bridge had not moved. Dear Lady Ashby sighed.",
    )
    assert [p.text for p in found] == ["traffic on Third Mainland Bridge"]


def test_a_style_of_address_carries_no_meaning_in_a_phrase():
    found = _phrases(
        "Her ladyship came down at nine. Grey light that came from nowhere filled the hall.",
        "Her ladyship came in late. Grey light that came from nowhere filled the stair.",
    )
    assert [p.text for p in found] == ["Grey light that came from nowhere filled"]


def test_two_dates_are_two_phrases_though_words_are_letters_only():
    from app.core.analysis import analyze
    from app.core.model import DocumentText

    result = analyze([DocumentText("a", "Letters", "Camp near Falmouth, Va., Dec. 9th 1862\n\n"
                                   "Dear Mattie,\n\nCamp near Falmouth, Va., Dec. 14th 1862")])
    assert [p.text for p in result.phrases] == ["Camp near Falmouth, Va., Dec"]


def test_a_phrase_said_with_other_numbers_inside_is_not_said_again():
    assert [p.text for p in _phrases("Outside Chuncheon\n2 December 1951\n\nDear Nell,",
                                     "Outside Chuncheon\n11 December 1951\n\nDear Nell,")] == []
    assert [(p.text, p.count) for p in _phrases(
        "Outside Chuncheon\n2 December 1951\n\nDear Nell,",
        "Outside Chuncheon\n11 December 1951\n\nDear Nell,",
        "Outside Chuncheon\n2 December 1951\n\nDear Walt,",
    )] == [("Outside Chuncheon 2 December", 2)]


def test_a_name_in_the_plural_carries_no_meaning_in_a_phrase():
    found = _phrases(
        "Ola Berg ran the bakery with her cousin Ola Lund. The choir had the two Olas. "
        "Ola Berg laughed.",
        "At Easter the two Olas sang. Ola Lund smiled.",
    )
    assert [p.text for p in found] == []


def test_a_name_word_written_small_is_a_word_like_any_other():
    # "Mill Lane" makes "lane" a name word, but "the lane that ran out of" is a lane.
    text = ("Tomasz lived on Mill Lane. Tomasz walked along Mill Lane every morning. "
            "It was the lane that ran out of Kraków, he said. "
            "Years later it was still the lane that ran out of Kraków.")
    assert "lane that ran out of Kraków" in [p.text for p in _phrases(text)]


def test_a_name_word_written_with_a_capital_or_inside_a_name_is_still_a_name():
    text = ("Tomasz lived on Mill Lane. Tomasz walked along Mill Lane every morning. "
            "She waited on Mill Lane. He waited on Mill Lane too. "
            "They met at Souk el-Attarine. They parted at Souk el-Attarine.")
    found = [p.text for p in _phrases(text)]
    assert not any("Mill Lane" in p or "Attarine" in p for p in found)


def test_a_handle_is_a_name_written_small():
    # "@wanjiru" names Wanjiru, however small it is written: the log's lines repeat no phrase.
    text = ("Wanjiru laughed. Wanjiru left early.\n\n"
            "[9:02 AM] @wanjiru.k: are you awake\n\n"
            "[9:04 AM] @wanjiru.k: never mind")
    assert not any("wanjiru" in p.text.lower() for p in _phrases(text))
