"""Dead then alive: app.core.checks.dead_alive (its rule's examples are in test_examples)."""

from app.core.checks.dead_alive import _given_name


def test_the_given_name_is_found_past_titles_and_epithets():
    assert _given_name("Old Walter Haywood") == "Walter"
    assert _given_name("Mr. Tom Harper") == "Tom"
    # A name the analysis calls by the younger of two bearers: the given name they share.
    assert _given_name("Young Piet") == "Piet"
    assert _given_name("Little Jim") == "Jim"  # "little" and "big" tell namesakes apart too
    assert _given_name("Lucky Jim") == "Lucky"  # no word of age: maybe no given name after
