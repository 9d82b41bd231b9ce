"""When in the story a sentence is: app.core.checks.story_time."""

from __future__ import annotations

import pytest

from app.core import analysis
from app.core.analysis import analyze
from app.core.checks.story_time import (
    dateline_year,
    new_chapter_between,
    opening_year,
    present_under_dateline,
    year_just_named,
    year_of,
    years_pass_between,
)
from app.core.manuscript import Manuscript
from app.core.model import DocumentText


def _manuscript(monkeypatch: pytest.MonkeyPatch, *chapters: str) -> Manuscript:
    made: list[Manuscript] = []
    real = analysis.run_checks

    def spy(manuscript, phrases, decisions, settings):
        made.append(manuscript)
        return real(manuscript, phrases, decisions, settings)

    monkeypatch.setattr(analysis, "run_checks", spy)
    analyze([DocumentText(str(i), f"Chapter {i}", text) for i, text in enumerate(chapters)])
    return made[0]


def test_the_year_is_the_last_one_named_before_the_sentence(monkeypatch):
    manuscript = _manuscript(monkeypatch, "It came in 1953, by post. Nora sat.",
                             "Nora wrote. By January 1963, snow lay. Nora slept.",
                             "It cost 1,950 pounds. Nora paid.")
    years = [year_of(manuscript, view) for view in manuscript.sentence_list]
    assert years == [1953, 1953, 1953, 1963, 1963, 1963, 1963]


def test_years_pass_when_the_text_says_so(monkeypatch):
    manuscript = _manuscript(monkeypatch, "Nora sat. Ten years later, Nora stood.",
                             "Twenty years on those docks. Nora slept.")
    first, second, third, fourth = manuscript.sentence_list
    assert years_pass_between(manuscript, first, second)
    assert not years_pass_between(manuscript, second, fourth)
    assert not years_pass_between(manuscript, third, fourth)


def test_a_chapter_ends_between_sentences_at_a_heading_or_a_new_document(monkeypatch):
    manuscript = _manuscript(monkeypatch, "Chapter One\n\nNora sat.\n\nChapter Two\n\nNora stood.",
                             "Nora slept.")
    first, second, third = manuscript.sentence_list
    assert new_chapter_between(manuscript, first, second)
    assert new_chapter_between(manuscript, second, third)
    assert not new_chapter_between(manuscript, second, second)


def test_a_year_in_a_chapters_heading_is_its_present(monkeypatch):
    manuscript = _manuscript(monkeypatch, "Chapter One: 1962\n\nNora sat. In 1942 she had "
                                          "married.\n\nChapter Two: 1979\n\nNora sang. Her "
                                          "hair had greyed in 1970. Nora slept.")
    years = [year_of(manuscript, view) for view in manuscript.sentence_list]
    assert years == [1962, 1962, 1979, 1979, 1979]


def test_a_chapters_present_is_the_latest_year_it_names_and_a_calendar_of_its_own(monkeypatch):
    manuscript = _manuscript(monkeypatch, "Tamsin came in Station Year 31. Tamsin slept.",
                             "In Station Year 39 the Deep held a memorial. She had married "
                             "in Station Year 33. She was sixty now.")
    years = [year_of(manuscript, view) for view in manuscript.sentence_list]
    assert years == [31, 31, 39, 39, 39]


def test_the_year_a_memoir_is_told_in_is_not_the_year_it_tells(monkeypatch):
    manuscript = _manuscript(monkeypatch, "I was fourteen in the spring of 1925. I am seventy-nine "
                                          "now, and it is the autumn of 1990. Nora sat.")
    assert [year_of(manuscript, view) for view in manuscript.sentence_list] == [1925, 1925, 1925]


def test_years_counted_from_a_year_told_in_the_past_perfect_do_not_move_the_story_on(
    monkeypatch,
):
    manuscript = _manuscript(monkeypatch, "Justa sat. She had come up from Ponce in 1968. Nine "
                                          "years later she still said so. Justa slept.",
                             "Justa kept a shop in 1968. Nine years later she sold it. Justa "
                             "slept.", "Justa had a shop in 1968. Nine years later she sold it. "
                             "Justa slept.")
    views = manuscript.sentence_list
    assert not years_pass_between(manuscript, views[0], views[3])
    assert years_pass_between(manuscript, views[4], views[6])
    assert years_pass_between(manuscript, views[7], views[9])


def test_a_dateline_is_when_what_follows_is_told(monkeypatch):
    manuscript = _manuscript(monkeypatch, "Lavik, June 1970.\n\nKari laughs. Rain in June 1975.",
                             "Ole sleeps.\n\nJune 1990.\n\nOle died in March 1984. Kari sings.")
    years = [dateline_year(manuscript, view) for view in manuscript.sentence_list]
    assert years == [1970, 1970, 1970, 1970, 1990, 1990, 1990]


def test_a_year_named_above_a_dateline_does_not_date_what_follows_it(monkeypatch):
    # A note that the pages were sent on in 2011, above an entry dated 2000: the entry is of
    # 2000, and of a later year only when one is named after the dateline.
    manuscript = _manuscript(monkeypatch, "(Sent on to the court in 2011.)\n\n"
                                          "Izmir, 20 January 2000\n\n"
                                          "Kemal laughs. In March 2003 he sings.")
    years = [present_under_dateline(manuscript, view) for view in manuscript.sentence_list]
    assert years == [None, 2000, 2000, 2003]


def test_a_longer_place_or_a_note_under_it_still_makes_a_dateline(monkeypatch):
    manuscript = _manuscript(monkeypatch, "Lavik, June 1970.\n\nKari laughs.",
                             "Tromsø, Northern Norway, Troms County, 3 March 1976\n\nOle sleeps.",
                             "Bergen, 21 July 1979\n(Sent on by the consul in April 1980)\n\n"
                             "Kari sings.")
    years = [dateline_year(manuscript, view) for view in manuscript.sentence_list]
    assert years == [1970, 1970, 1976, 1976, 1979, 1979]


def test_a_month_and_its_year_are_a_date_with_a_comma_between(monkeypatch):
    manuscript = _manuscript(monkeypatch, "Ole sleeps.\n\nAugust, 1958.\n\nKari sings.",
                             "3 June 1944. Ole sleeps.", "Spring, 1951. Kari sings.",
                             "1962. Ole sleeps.")
    years = [dateline_year(manuscript, view) for view in manuscript.sentence_list]
    assert years == [None, 1958, 1958, 1944, 1944, 1951, 1951, 1962, 1962]


def test_a_year_told_as_before_the_present_leaves_the_present_unknown(monkeypatch):
    manuscript = _manuscript(monkeypatch,
                             "Lucien had been dead two winters; his boat had struck a mine in "
                             "1944. Toros was ten.",
                             "Gesa has been a widow since 1956. Jan is eight.",
                             "It was 1962. Gesa wept.")
    views = manuscript.sentence_list
    assert [year_of(manuscript, view) for view in views] == [1944, 1944, 1956, 1956, 1962,
                                                              1962]
    assert [year_of(manuscript, view, present=True) for view in views] == [
        None, None, None, None, 1962, 1962]


def test_a_year_told_as_before_the_present_leaves_the_chapters_present_as_it_was(monkeypatch):
    manuscript = _manuscript(monkeypatch,
                             "In the spring of 1952 Manolis sat in the yard. Since 1948 the "
                             "flag had hung over the customs house.",
                             "Sevasti came last.")
    views = manuscript.sentence_list
    assert [year_of(manuscript, view, present=True) for view in views] == [1952, 1952, 1952]


def test_a_chapter_opens_in_the_year_it_dates_not_in_a_records_date(monkeypatch):
    manuscript = _manuscript(monkeypatch, "By the middle of September 1951, Nora sat.",
                             "Beside the entry of 2 February 1895, a note. Nora stood.",
                             "In the letter of March 1902 she wrote. Nora slept.")
    years = [opening_year(manuscript, view) for view in manuscript.sentence_list]
    assert years == [1951, None, None, None, None]


def test_a_bare_year_in_a_chapter_opening_on_a_season_of_a_life_is_before_its_present(
        monkeypatch):
    # "The winter my sister left" dates the chapter by a life; the year the two uncles first
    # met in is a time spoken of, not that winter's.
    manuscript = _manuscript(monkeypatch, "The winter my sister left, the lake froze early. "
                                          "Our uncles first shook hands at a sawmill in 1952. "
                                          "Teo was fifteen that winter.",
                             "In 1990 Teo was forty.")
    views = manuscript.sentence_list
    assert [year_of(manuscript, view, present=True) for view in views] == [None, None, None, 1990]


def test_a_year_dated_by_its_season_still_sets_such_a_chapters_present(monkeypatch):
    manuscript = _manuscript(monkeypatch, "The winter my sister left, the lake froze early. "
                                          "By the winter of 1974 the mill had shut. Teo sat.")
    views = manuscript.sentence_list
    assert [year_of(manuscript, view, present=True) for view in views] == [None, 1974, 1974]


def test_that_year_goes_back_to_a_year_named_in_its_own_paragraph_only(monkeypatch):
    # "That year" opening a paragraph that names no year is the chapter's, not a wedding's
    # year two paragraphs back — but the year the sentence just before names, across the
    # paragraph's start, is the one it goes back to.
    manuscript = _manuscript(monkeypatch, "Chapter One: 1990\n\nHer aunt wed in 1975 and "
                                          "moved north.\n\nThe shop sold rope.\n\nThat year "
                                          "Lotte was nine.\n\nThe mill closed in 1987. That was "
                                          "the year Lotte was born.\n\nThe dam burst in 1979."
                                          "\n\nThat was the year the ferry stopped.")
    years = [year_just_named(manuscript, view) for view in manuscript.sentence_list]
    assert years == [None, None, None, None, 1987, None, 1979]
