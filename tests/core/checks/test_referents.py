"""Who a pronoun or a name stands for: app.core.checks.referents."""

from app.core import analysis
from app.core.analysis import Analyzer
from app.core.checks.referents import (
    NARRATOR,
    age_epithet,
    given_name,
    glossed_kin,
    narrator,
    opening_mention,
    told_apart_by_age,
)
from tests.core.checks.stories import check_context, documents


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


def test_a_heading_naming_one_of_a_family_tells_by_the_given_name(monkeypatch):
    # Petrov is the diarist's father's and brother's name too: "Anya" says whose diary it is.
    chapter = ("Part One: Ivan Petrov\n\nIvan Petrov sold tea. Boris Petrov sold boots.\n\n"
               "Anya Petrov sang.\n\nPart Two: The Diary of Anya Petrov\n\nI slept late.\n\n"
               "Part Three: The Petrov Shop\n\nI swept the floor.")
    context = check_context(monkeypatch, chapter)
    views = context.manuscript.sentence_list
    told = {context.mentions.text(view): narrator(context.mentions, view) for view in views}
    assert told["Ivan Petrov sold tea."] == "Ivan Petrov"
    assert told["I slept late."] == "Anya Petrov"
    assert told["I swept the floor."] == NARRATOR  # no given name: the family's shop



def _opener(monkeypatch, text: str) -> str | None:
    context = check_context(monkeypatch, "Ninka Berg and Tamsavo Lund ran the shop. " + text)
    last = context.manuscript.sentence_list[-1]
    found = opening_mention(context.mentions, last, after_phrase=True)
    return found.cluster.name if found is not None else None


def test_a_name_after_an_opening_phrase_set_off_by_a_comma_opens_the_sentence(monkeypatch):
    # The main clause, and its subject, begin after the comma.
    assert _opener(monkeypatch, "Behind the curtain that divided the room in two, Ninka was "
                                "already awake. She was tired.") == "Ninka Berg"


def test_a_name_set_off_by_commas_after_an_opening_phrase_does_not(monkeypatch):
    # "In the end, Ninka, the boat was sold" calls her by name; a phrase with speech in it is
    # no opening phrase.
    assert _opener(monkeypatch, "In the end, Ninka, the boat was sold. She was tired.") is None
    assert _opener(monkeypatch, "\"Come here,\" Ninka said. She was tired.") is None


def test_a_borrowed_family_word_glossed_beside_it_is_a_relative_of_its_glosss_sex(monkeypatch):
    context = check_context(monkeypatch, (
        "My nain, my father's mother, kept the farm above the village. My taid, my father's "
        "father, kept the bees. My dear, my mother said, is what you call anyone."))
    assert glossed_kin(context.manuscript) == {"nain": "f", "taid": "m"}


def test_a_reused_analyzer_follows_a_gloss_edited_out_and_back_in(monkeypatch):
    # The glosses are kept between runs by each chapter's text: an edit that takes the gloss
    # out, or puts it back, is seen as a fresh analysis sees it.
    seen: list[dict[str, str]] = []
    real = analysis.run_checks

    def spy(manuscript, phrases, decisions, settings):
        seen.append(glossed_kin(manuscript))
        return real(manuscript, phrases, decisions, settings)

    monkeypatch.setattr(analysis, "run_checks", spy)
    glossed = "My nain, my father's mother, kept the farm. Nain sang."
    plain = "My nain kept the farm. Nain sang."
    analyzer = Analyzer()
    for first in (glossed, plain, glossed):
        analyzer.run(documents([first, "The bees swarmed in June."]))
    assert seen == [{"nain": "f"}, {}, {"nain": "f"}]


def test_words_of_age_are_read_again_in_an_edited_chapter(monkeypatch):
    # The words of age a chapter says a name with are kept by the chapter's id and text: an
    # edit that takes "young" away (or puts it back) is read, the other chapter's kept.
    seen: list[bool] = []
    real = analysis.run_checks

    def spy(manuscript, phrases, decisions, settings):
        seen.append(told_apart_by_age(manuscript, "Anders"))
        return real(manuscript, phrases, decisions, settings)

    monkeypatch.setattr(analysis, "run_checks", spy)
    old = "Old Anders kept the farm. Anders sang."
    young = "Then young Anders came home. Anders sang too."
    plain = "Then sweet Anders came home. Anders sang too."
    analyzer = Analyzer()
    for second in (young, plain, young):
        analyzer.run(documents([old, second]))
    assert seen == [True, False, True]
