"""The writer's decisions silence exactly the warnings they name."""

from app.core.analysis import analyze
from app.core.model import Decisions, DocumentText, Settings

CHAPTERS = [
    DocumentText("1", "One", "Sofie Laurent walked home. Later Sofie smiled at the baker."),
    DocumentText("2", "Two", "Sophie Dumas arrived by train. Sophie smiled at the porter."),
]


def _rules(decisions: Decisions | None = None) -> list[tuple[str, tuple[str, ...]]]:
    return [(w.rule, w.names) for w in analyze(CHAPTERS, decisions).warnings]


def test_without_decisions_both_warnings_appear():
    assert _rules() == [
        ("name-variant", ("Sofie", "Sophie")),
        ("surname-clash", ("Sofie Laurent", "Sophie Dumas")),
    ]


def test_different_people_silences_the_variant_and_the_clash():
    decisions = Decisions(different=frozenset({frozenset({"Sofie", "Sophie"})}))
    assert _rules(decisions) == []


def test_suppressed_name_silences_every_warning_naming_it():
    assert _rules(Decisions(suppressed_names=frozenset({"Sofie"}))) == [
        ("surname-clash", ("Sofie Laurent", "Sophie Dumas")),
    ]


def test_echo_window_is_a_setting():
    text = "The lake shimmered. " + "It was so. " * 20 + "The road shimmered."
    docs = [DocumentText("1", "One", text)]
    assert [w.rule for w in analyze(docs).warnings] == ["echo"]
    assert analyze(docs, settings=Settings(echo_window=30)).warnings == ()


def test_everyday_word_echoes_are_a_setting():
    docs = [DocumentText("1", "One", "The suitcase was heavy, the heavy kind. It was so. "
                         + "It was so. " * 10 + "The sky was heavy.")]
    assert analyze(docs).warnings == ()
    echoes = analyze(docs, settings=Settings(echo_everyday_words=True)).warnings
    assert [(w.names, [s.start for s in w.evidence]) for w in echoes] == [
        (("heavy", "heavy"), [17, 28]),
    ]
