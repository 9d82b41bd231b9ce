"""Tests for app/core/wordlists.py: the data files are read as their headers say."""

from __future__ import annotations

import re

from app.core.wordlists import WORDLISTS, wordlists


def test_every_word_list_is_described_in_the_readme_and_every_described_one_exists():
    readme = (WORDLISTS / "README.md").read_text(encoding="utf-8")
    described = set(re.findall(r"^\| (\S+\.(?:txt|tsv)) \|", readme, re.MULTILINE))
    present = {path.name for path in WORDLISTS.iterdir() if path.suffix in (".txt", ".tsv")}
    assert described == present


def test_kunya_words_give_the_parents_sex_and_which_are_written_with_an_apostrophe():
    lists = wordlists()
    assert lists.kunya_words["Abu"] == "m"
    assert lists.kunya_words["Umm"] == "f"
    assert lists.kunya_words["Ambo"] == "m"
    assert "Ambo'" not in lists.kunya_words
    assert lists.elided_kunya_words == frozenset({"Ambo", "Indo"})


def test_hyphen_titles_say_what_they_follow():
    titles = wordlists().hyphen_titles
    assert titles["san"] == "name"
    assert titles["sensei"] == "family"
    assert titles["nim"] == "role"
    assert set(titles.values()) == {"name", "family", "role"}


def test_patronymic_connectors_give_the_sex_of_the_one_so_named():
    connectors = wordlists().patronymic_connectors
    assert connectors["bin"] == "m"
    assert connectors["binti"] == "f"
    assert connectors["welet"] == "f"
    assert all(word == word.lower() for word in connectors)


def test_scripts_keep_their_apostrophes():
    assert "Ge'ez" in wordlists().scripts
    assert "Cyrillic" in wordlists().scripts
