"""Who a pronoun or a name stands for: app.core.checks.referents."""

from app.core.checks.referents import age_epithet, given_name


def test_the_given_name_is_found_past_titles_and_epithets():
    assert given_name("Old Walter Haywood") == "Walter"
    assert given_name("Mr. Tom Harper") == "Tom"
    # A name the analysis calls by the younger of two bearers: the given name they share.
    assert given_name("Young Piet") == "Piet"
    assert given_name("Little Jim") == "Jim"  # "little" and "big" tell namesakes apart too
    assert given_name("Lucky Jim") == "Lucky"  # no word of age: maybe no given name after


def test_a_word_of_age_or_size_after_a_name_tells_two_bearers_apart():
    def said(text: str) -> str | None:
        return age_epithet(text, 0, text.index(" "))

    assert said("Wil Bach took the front of the coffin.") == "younger"
    assert said("Wil Mawr went up to the ledge.") == "elder"
    assert said("Seán Óg sang.") == "younger"
    assert said("Wim besar laughed.") == "elder"
    assert said("Wil Bachelor came in.") is None  # a word that only begins like one
