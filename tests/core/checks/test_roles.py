"""Who "the minister" is by name: app.core.checks.roles."""

from __future__ import annotations

from app.core.checks.roles import opening_role, role_holder
from tests.core.checks.stories import check_context as _context


def test_a_sentence_opening_on_a_role():
    assert opening_role("The minister came the next morning.") == "minister"
    assert opening_role("It was the old doctor who broke it.") == "doctor"
    assert opening_role("On Monday the superintendent came down.") == "superintendent"
    assert opening_role("The minister's words blew away.") is None
    assert opening_role("Then the minister came.") == "minister"
    assert opening_role("And so to the minister.") is None


def test_the_one_holder_of_the_roles_title(monkeypatch):
    context = _context(monkeypatch, "Father Anselmo rang the bell. Father Anselmo sighed.")
    assert role_holder(context, "priest") == "Father Anselmo"


def test_a_titles_holder_spelt_otherwise_once_is_still_the_one_holder(monkeypatch):
    context = _context(
        monkeypatch,
        "Dr. Halloran rang the bell. Dr. Halloran sighed. Dr. Halloran sat down.",
        "Mina came to the door. Dr. Hallroan went out. Mina smiled.",
        "Dr. Halloran waved. Mina waved back.",
    )
    assert role_holder(context, "doctor") == "Dr. Halloran"
    context = _context(monkeypatch, "Dr. Halloran rang the bell. Dr. Quint sighed. "
                                    "Dr. Halloran sat down. Dr. Quint smiled.")
    assert role_holder(context, "doctor") is None  # two doctors: which one is unsure


def test_the_name_that_follows_the_role_twice(monkeypatch):
    context = _context(
        monkeypatch,
        "The minister came the next morning. Mr. Macaulay had been at Farr two years.",
        "It was the minister who broke the silence. Mr. Macaulay had ridden up from Farr.",
        "The minister was sixty-one. Mr. Gunn read the papers.",
    )
    assert role_holder(context, "minister") == "Mr. Macaulay"


def test_a_name_that_follows_the_role_once_is_not_enough(monkeypatch):
    context = _context(
        monkeypatch,
        "The factor came up the strath in a gig. Iain Ruadh watched him from the door.",
    )
    assert role_holder(context, "factor") is None


def test_a_name_described_right_after_the_role_is_its_holder(monkeypatch):
    context = _context(
        monkeypatch,
        "On Monday the superintendent came down. Lyle Pruett was a narrow man in a gray suit.",
    )
    assert role_holder(context, "superintendent") == "Lyle Pruett"


def test_a_role_the_story_says_is_someone_is_theirs(monkeypatch):
    context = _context(
        monkeypatch,
        "A ship struck the skerry. The master is Captain Halvard Moen. Captain Moen slept.",
    )
    assert role_holder(context, "master") == "Captain Moen"


def test_a_role_said_to_be_two_people_is_no_ones(monkeypatch):
    context = _context(
        monkeypatch,
        "The master was Captain Halvard Moen. Captain Moen slept.",
        "The master was Captain Ole Brekke. Captain Brekke slept.",
    )
    assert role_holder(context, "master") is None
