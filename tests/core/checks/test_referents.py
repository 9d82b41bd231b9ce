"""Who a pronoun or a name stands for: app.core.checks.referents."""

from app.core.checks.referents import given_name


def test_the_given_name_is_found_past_titles_and_epithets():
    assert given_name("Old Walter Haywood") == "Walter"
    assert given_name("Mr. Tom Harper") == "Tom"
    # A name the analysis calls by the younger of two bearers: the given name they share.
    assert given_name("Young Piet") == "Piet"
    assert given_name("Little Jim") == "Jim"  # "little" and "big" tell namesakes apart too
    assert given_name("Lucky Jim") == "Lucky"  # no word of age: maybe no given name after
