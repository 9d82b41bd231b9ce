"""Whether the story's time explains two values of one attribute: app.core.checks.attribute_time."""

from __future__ import annotations

import pytest

from app.core.checks.attribute_time import (
    Observation,
    greyed,
    time_explains,
    told_of_another,
    when_told,
)
from app.core.checks.cues import sentence_at
from tests.core.checks.stories import check_context, contradictions, documents


def _observed(context, chapter: int, text: str, value: str, attribute: str = "age") -> Observation:
    """The observation of `value` as the chapter's text tells it, with its times read."""
    document = str(chapter)
    offset = text.rindex(value)
    view = sentence_at(context.manuscript, document, offset)
    assert view is not None
    sentence = text[view.start : view.end]
    start = offset - view.start
    now, then, timed, turned, month = when_told(view, sentence, start, start + len(value), value)
    return Observation(attribute, value, view, offset + len(value), now, then, timed,
                       turned=turned, month=month)


def _explained(monkeypatch: pytest.MonkeyPatch, first: str, second: str, values: tuple[str, str],
               attribute: str = "age") -> bool:
    context = check_context(monkeypatch, first, second)
    observed = [_observed(context, i, text, value, attribute)
                for i, (text, value) in enumerate(zip((first, second), values, strict=True))]
    check = greyed if attribute == "hair" else time_explains
    return check(context, *observed)


def test_years_counted_out_account_for_the_ages(monkeypatch):
    assert _explained(monkeypatch, "Tom Ash was nineteen that spring.",
                      "Ten years later Tom Ash was twenty-nine.", ("nineteen", "twenty-nine"))


def test_years_counted_out_that_do_not_fit_explain_nothing(monkeypatch):
    assert not _explained(monkeypatch, "Tom Ash was nineteen that spring.",
                          "Two years later Tom Ash was forty.", ("nineteen", "forty"))


def test_the_years_the_story_names_account_for_the_ages(monkeypatch):
    assert _explained(monkeypatch, "In 1950 Tom Ash was nineteen.",
                      "In 1980 Tom Ash was forty-nine.", ("nineteen", "forty-nine"))


def test_an_age_under_a_dateline_is_of_its_year_not_of_a_note_above_it(monkeypatch):
    # Eleven in 1996; fifteen in an entry dated 2000 that a note above says was copied out in
    # 2011: four years on, not fifteen.
    assert _explained(monkeypatch, "In 1996 Kemal Oz is eleven.",
                      "(The pages were copied out for the court in 2011.)\n\n"
                      "Izmir, 20 January 2000\n\nKemal Oz is fifteen.", ("eleven", "fifteen"))


def test_i_am_is_an_age_in_the_present_of_its_dateline(monkeypatch):
    # "I am twenty-four" under a dateline of 1946, in a part headed 1944–1947: of 1946.
    assert _explained(monkeypatch, "Lavik, June 1938.\n\nOle Berg is sixteen.",
                      "Part Two: 1944–1947\n\nLavik, March 1946.\n\nI am twenty-four.",
                      ("sixteen", "twenty-four"))


def test_an_age_at_a_moment_past_is_not_the_age_now(monkeypatch):
    assert _explained(monkeypatch, "Tom Ash had been four when his father drowned.",
                      "Tom Ash was fourteen.", ("four", "fourteen"))


def test_hair_greys_as_the_story_s_years_move_on(monkeypatch):
    assert _explained(monkeypatch, "In 1950 Nora Keane had red hair.",
                      "In 1980 Nora Keane had white hair.", ("red", "white"), "hair")
    assert not _explained(monkeypatch, "In 1950 Nora Keane had white hair.",
                          "In 1980 Nora Keane had red hair.", ("white", "red"), "hair")


def test_an_age_after_the_speech_a_past_perfect_sentence_quotes_is_of_that_moment(monkeypatch):
    # The sentence right before the age is the rest of the speech; the one quoting it tells
    # the event in the past perfect.
    first = ('"Call yourself Tara," the agent had told her the day she signed. "Nobody buys '
             'tickets for a Sushila." She had been eighteen, and she had not argued.')
    assert _explained(monkeypatch, first, "Sushila Rao was twenty-three now.",
                      ("eighteen", "twenty-three"))


def test_speech_alone_before_an_age_is_no_event_past(monkeypatch):
    first = '"Nobody buys tickets for a Sushila." She had been eighteen.'
    assert not _explained(monkeypatch, first, "Sushila Rao was twenty-three now.",
                          ("eighteen", "twenty-three"))


def test_a_past_age_under_a_dateline_is_of_the_season_the_text_has_gone_back_to(monkeypatch):
    # Nineteen in 1950; under "Lund, May 1980" the text goes back to the spring of 1955 and,
    # a paragraph on, tells "He was twenty-four": of 1955, five years on, not of 1980.
    assert _explained(monkeypatch, "In 1950 Tom Ash was nineteen.",
                      "Lund, May 1980.\n\nIt was in the spring of 1955 that the letter came "
                      "to the harbour office.\n\nTom Ash read it standing up at the window. "
                      "He was twenty-four.", ("nineteen", "twenty-four"))


def test_a_season_told_in_the_past_perfect_does_not_date_a_past_age(monkeypatch):
    # "had left in the spring of 1955" is before the time told: the age stays of 1980.
    assert not _explained(monkeypatch, "In 1950 Tom Ash was nineteen.",
                          "Lund, May 1980.\n\nTom Ash had left the harbour office in the "
                          "spring of 1955.\n\nHe read the letter standing up at the window. "
                          "He was twenty-four.", ("nineteen", "twenty-four"))


def test_a_season_in_a_sentence_told_in_the_past_perfect_does_not_date_a_past_age(monkeypatch):
    # "In the spring of 1950 the mill had burned down": its "had" after the year still puts
    # it before the time told, so "Vera Holm was forty-nine" is of 1980, thirty years on.
    assert _explained(monkeypatch, "In 1950 Vera Holm was nineteen.",
                      "Lund, June 1980.\n\nIn the spring of 1950 the mill had burned down.\n\n"
                      "Vera Holm was forty-nine.", ("nineteen", "forty-nine"))


def test_an_age_set_off_by_commas_in_the_past_tense_is_of_the_year_its_paragraph_named(
        monkeypatch):
    # "My aunt Vera Holm, nineteen years old …, carried water": of 1950, which the paragraph
    # has just named, not of the dateline's 1960.
    assert _explained(monkeypatch, "Lund, May 1960.\n\nThe mill burned in the spring of 1950. "
                      "My aunt Vera Holm, nineteen years old with a pail in each hand, carried "
                      "water all night.", "Lund, June 1980.\n\nVera Holm was forty-nine.",
                      ("nineteen", "forty-nine"))


def test_an_age_set_off_by_commas_in_the_present_tense_is_of_the_dateline(monkeypatch):
    assert not _explained(monkeypatch, "Lund, May 1960.\n\nThe mill burned in the spring of "
                          "1950. My aunt Vera Holm, nineteen years old with a pail in each "
                          "hand, is carrying water.", "Lund, June 1980.\n\nVera Holm was "
                          "forty-nine.", ("nineteen", "forty-nine"))


def test_a_past_age_said_with_now_under_a_dateline_is_of_the_dateline(monkeypatch):
    # "Ivar Lund was eight now", after a paragraph's "In 1952 the mill burned down": "now" is
    # the story's present under "Lund, May 1960", not the year the paragraph has just named.
    assert _explained(monkeypatch, "Lund, May 1960.\n\nIn 1952 the mill burned down, and the "
                      "village took in its widows. Ivar Lund was eight now, and he wanted "
                      "boots of his own.", "Lund, May 1970.\n\nIvar Lund was eighteen.",
                      ("eight", "eighteen"))


def test_a_past_age_said_with_now_is_still_weighed_against_the_dateline(monkeypatch):
    # Eight in 1960 and twenty-eight in 1970: the years do not account for it.
    assert not _explained(monkeypatch, "Lund, May 1960.\n\nIn 1952 the mill burned down, and "
                          "the village took in its widows. Ivar Lund was eight now, and he "
                          "wanted boots of his own.", "Lund, May 1970.\n\nIvar Lund was "
                          "twenty-eight.", ("eight", "twenty-eight"))


def test_a_past_age_under_a_dateline_is_of_the_time_its_paragraph_counts_back_to(monkeypatch):
    # "He was thirty-one" in a paragraph that says the letter came "three summers ago", under
    # "Lund, May 1960": of 1957, so forty-four in 1970 is thirteen years on.
    assert _explained(monkeypatch, "Lund, May 1960.\n\nMy brother is gone. A letter came to "
                      "the harbour office three summers ago that Nils Berg had drowned off "
                      "Skagen. He was thirty-one.", "Lund, May 1970.\n\nNils Berg is "
                      "forty-four.", ("thirty-one", "forty-four"))


def test_a_paragraph_counting_back_does_not_excuse_ages_the_years_do_not_fit(monkeypatch):
    # Thirty-one in 1957 and fifty in 1970: the years still do not account for it.
    assert not _explained(monkeypatch, "Lund, May 1960.\n\nMy brother is gone. A letter came "
                          "to the harbour office three summers ago that Nils Berg had drowned "
                          "off Skagen. He was thirty-one.", "Lund, May 1970.\n\nNils Berg is "
                          "fifty.", ("thirty-one", "fifty"))


def test_years_counted_back_from_another_time_do_not_date_a_past_age(monkeypatch):
    # "three years before that" counts from the drowning, not from the dateline: the age
    # stays of 1960.
    assert not _explained(monkeypatch, "Lund, May 1960.\n\nNils Berg drowned off Skagen, and "
                          "his boat had been sold three years before that. He was "
                          "thirty-one.", "Lund, May 1970.\n\nNils Berg is forty-four.",
                          ("thirty-one", "forty-four"))


def _one_of_two_is_another(monkeypatch: pytest.MonkeyPatch, first: str, second: str,
                           in_second: str) -> bool:
    """`told_of_another` for the age "eleven" in the first chapter and "seventy-three" in the
    second, which also tells the age `in_second`."""
    context = check_context(monkeypatch, first, second)
    young = _observed(context, 0, first, "eleven")
    other = _observed(context, 1, second, in_second)
    old = _observed(context, 1, second, "seventy-three")
    return told_of_another(context, young, old, [young, other, old])


def test_an_age_a_lifetime_from_one_the_years_explain_in_its_chapter_is_another_s(monkeypatch):
    # Nell is eleven in 1984 and twenty-four in 1997; "She was seventy-three that winter", in
    # the chapter that makes her twenty-four, is another woman's.
    assert _one_of_two_is_another(
        monkeypatch, "In 1984 Nell Ames was eleven.",
        "In 1997 Nell Ames was twenty-four. Her aunt sat by the stove. She was seventy-three "
        "that winter.", "twenty-four")


def test_an_age_a_lifetime_from_one_the_years_do_not_explain_decides_nothing(monkeypatch):
    # Forty in 1997 does not fit eleven in 1984 either: which age is hers is unsure.
    assert not _one_of_two_is_another(
        monkeypatch, "In 1984 Nell Ames was eleven.",
        "In 1997 Nell Ames was forty. Her aunt sat by the stove. She was seventy-three "
        "that winter.", "forty")


def test_no_drift_from_a_she_a_lifetime_older_than_the_age_her_chapter_names():
    chapters = ["In the summer of 1984 Nell Ames was eleven. Nell Ames picked peaches with her "
                "father.",
                "In the winter of 1997 Nell Ames was twenty-four. She taught school in the town, "
                "and her grandmother Ida Ames kept the house. Ida Ames said the river would "
                "hold, and perhaps she was right.\n\nShe was seventy-three that winter."]
    assert not [w for w in contradictions(documents(chapters)) if w.rule == "attribute-drift"]


def test_no_drift_from_a_bare_year_in_a_chapter_opening_on_a_season_of_a_life():
    # The chapter is told of "the winter my sister left"; the uncles' meeting in 1952 is the
    # past it speaks of, so fifteen then and forty in 1990 do not clash.
    chapters = ["The winter my sister left, the lake froze early and the mill ran short.\n\n"
                "Our uncles first shook hands at a sawmill in 1952. Teo Marsh was fifteen that "
                "winter, and Teo Marsh skated every night.",
                "In 1990 Teo Marsh was forty, and Teo Marsh kept the mill."]
    assert not [w for w in contradictions(documents(chapters)) if w.rule == "attribute-drift"]


def test_drift_where_a_chapter_opening_on_a_season_dates_it_by_the_calendar():
    chapters = ["The winter of 1952 was long, and the lake froze early.\n\n"
                "Our uncles first shook hands at a sawmill in 1952. Teo Marsh was fifteen that "
                "winter, and Teo Marsh skated every night.",
                "In 1990 Teo Marsh was forty, and Teo Marsh kept the mill."]
    assert [w for w in contradictions(documents(chapters)) if w.rule == "attribute-drift"]


def test_the_datelines_month_named_again_ends_the_season_gone_back_to(monkeypatch):
    # Nineteen in 1950; under "Oslo, October 1985" the text goes back to the spring of 1979,
    # then names October again: back at the dateline's time, fifty-four in 1985.
    assert _explained(monkeypatch, "In 1950 Per Lunde was nineteen.",
                      "Oslo, October 1985.\n\nMy aunt died in the spring of 1979.\n\n"
                      "The first of October came round again, and the harbour was full. "
                      "Per Lunde was fifty-four.", ("nineteen", "fifty-four"))


def test_the_datelines_month_in_speech_leaves_the_season_gone_back_to(monkeypatch):
    # "October" only said aloud: the age is still of the spring of 1979.
    assert not _explained(monkeypatch, "In 1950 Per Lunde was nineteen.",
                          "Oslo, October 1985.\n\nMy aunt died in the spring of 1979.\n\n"
                          '"Come back in October," she said. Per Lunde was fifty-four.',
                          ("nineteen", "fifty-four"))


def test_a_span_of_years_opens_at_its_first_year(monkeypatch):
    # "Leeds, 1961–1964" then "In March of 1961 … ten": of 1961, nineteen years before 1980.
    assert _explained(monkeypatch, "Part One\nLeeds, 1961–1964\n\nIn March of 1961 the mill "
                      "closed.\n\nKit Oyelaran was ten.",
                      "Part Two\nYork, June 1980\n\nKit Oyelaran was twenty-nine now.",
                      ("ten", "twenty-nine"))


def test_a_span_of_years_still_moves_on_with_the_years_it_names(monkeypatch):
    # Told in 1964, the last year the part names as it goes: ten then, not twenty-nine in 1980.
    assert not _explained(monkeypatch, "Part One\nLeeds, 1961–1964\n\nIn March of 1961 the "
                          "mill closed.\n\nBy May of 1964 the yard was shut.\n\nKit "
                          "Oyelaran was ten.",
                          "Part Two\nYork, June 1980\n\nKit Oyelaran was twenty-nine now.",
                          ("ten", "twenty-nine"))


def test_a_span_written_out_with_to_opens_at_its_first_year(monkeypatch):
    # "Side Two — 1961 to 1966" (a line the parser reads as prose): three in 1961, twenty in
    # 1978, seventeen years on; not three in 1966.
    assert _explained(monkeypatch, "Side One — 1955\n\nThe shop opened in 1957.\n\nSide Two — "
                      "1961 to 1966\n\nThe mill closed. Teodor, who was three, did not notice.",
                      "Side Three — 1978\n\nTeodor is twenty.", ("three", "twenty"))


def test_a_span_written_out_still_moves_on_with_the_years_it_names(monkeypatch):
    assert not _explained(monkeypatch, "Side One — 1955\n\nSide Two — 1961 to 1966\n\nBy May "
                          "of 1966 the yard was shut. Teodor, who was three, did not notice.",
                          "Side Three — 1978\n\nTeodor is twenty.", ("three", "twenty"))


def test_a_year_said_after_its_month_dates_the_age_its_sentence_tells(monkeypatch):
    # Forty in 1960; "had died in June 1975, …, at fifty-five": fifteen years on, not the
    # 1970 the chapter named first.
    assert _explained(monkeypatch, "In 1960 Rolf Lind was forty.",
                      "In 1970 the mill closed. Rolf Lind had died in June 1975, of a stroke, "
                      "at fifty-five.", ("forty", "fifty-five"))


def test_a_year_said_after_its_month_that_does_not_fit_explains_nothing(monkeypatch):
    assert not _explained(monkeypatch, "In 1960 Rolf Lind was forty.",
                          "In 1970 the mill closed. Rolf Lind had died in June 1990, of a "
                          "stroke, at fifty-five.", ("forty", "fifty-five"))


def test_an_age_in_the_past_tense_after_a_year_named_is_of_that_year(monkeypatch):
    # Forty in 1950; "died in the winter of 1960, in his bed. He was fifty.": ten years on, not
    # the 1975 the chapter named first.
    assert _explained(monkeypatch, "In 1950 Rolf Lind was forty.",
                      "In 1975 the mill closed. Rolf Lind died in the winter of 1960, in his "
                      "bed. He was fifty.", ("forty", "fifty"))


def test_an_age_after_a_year_named_that_does_not_fit_explains_nothing(monkeypatch):
    assert not _explained(monkeypatch, "In 1950 Rolf Lind was forty.",
                          "In 1975 the mill closed. Rolf Lind died in the winter of 1960, in "
                          "his bed. He was eighty.", ("forty", "eighty"))


_HOME_AGAIN = ("Her brother Ola had worked in the shipyard at Gdynia for a while, and on the "
               "trawlers, and then in the summer of 1975 he had come home. Ola Brandt was {}.")


@pytest.mark.parametrize("first", ["Part One: 1960\n\nOla Brandt was four.",
                                   "Part One: March 1960\n\nOla Brandt was four."])
def test_an_age_after_a_year_told_in_the_past_perfect_is_of_the_story_s_present(monkeypatch,
                                                                                first):
    # Four in 1960; in a part of 1990, after "…and then in the summer of 1975 he had come
    # home", "Ola Brandt was thirty-four": the simple past is back at the part's year, thirty
    # years on, not at the 1975 the past perfect went back to — dateline above or none.
    assert _explained(monkeypatch, first,
                      "Part Two: Harvest, 1990\n\n" + _HOME_AGAIN.format("thirty-four"),
                      ("four", "thirty-four"))


def test_an_age_after_a_year_told_in_the_past_perfect_that_does_not_fit_explains_nothing(
        monkeypatch):
    assert not _explained(monkeypatch, "Part One: March 1960\n\nOla Brandt was four.",
                          "Part Two: Harvest, 1990\n\n" + _HOME_AGAIN.format("fifty"),
                          ("four", "fifty"))


def test_an_age_that_season_is_of_the_year_the_season_was_last_named_with(monkeypatch):
    # Nine in 1960; in a chapter of 1985, "had come back in the summer of 1964. … Ilse Marr
    # had been thirteen that summer": four years on, not twenty-five.
    assert _explained(monkeypatch, "Part One: 1960\n\nIlse Marr was nine.",
                      "Part Two: 1985\n\nHer uncle had come back in the summer of 1964, thin "
                      "and silent. Ilse Marr had been thirteen that summer.",
                      ("nine", "thirteen"))


def test_an_age_that_season_the_years_do_not_fit_explains_nothing(monkeypatch):
    assert not _explained(monkeypatch, "Part One: 1960\n\nIlse Marr was nine.",
                          "Part Two: 1985\n\nHer uncle had come back in the summer of 1964, "
                          "thin and silent. Ilse Marr had been thirty that summer.",
                          ("nine", "thirty"))
