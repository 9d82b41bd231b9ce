"""Project: documents, analysis tables, warnings lifecycle, decisions, settings, notes."""

from __future__ import annotations

import builtins
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.model import (
    AnalysisResult,
    Decisions,
    DocumentText,
    Entity,
    EntityKind,
    Finding,
    Phrase,
    Settings,
    Span,
    WarningKind,
    WarningStatus,
)
from app.store import (
    EntityRow,
    MentionRow,
    PhraseRow,
    Project,
    ProjectError,
    ProjectNotFound,
    ProjectReadOnly,
)


def span(doc_id: int, start: int, text: str) -> Span:
    return Span(str(doc_id), start, start + len(text), text)


def finding(key: str, doc_id: int, start: int = 0, text: str = "Emma") -> Finding:
    return Finding(
        WarningKind.NAME_VARIANT,
        f"message {key}",
        ("Emma", "Emmа"),
        (span(doc_id, start, text),),
        key,
        rule="variant",
    )


def result(*, characters=(), places=(), phrases=(), warnings=()) -> AnalysisResult:
    return AnalysisResult((), tuple(characters), tuple(places), tuple(phrases), tuple(warnings))


# -- opening -----------------------------------------------------------------------------


def test_create_then_reopen_keeps_documents(project_path):
    with Project.create(project_path) as project:
        ids = project.add_documents([("One", "Emma smiled."), ("Two", "Harriet wept.")])
    with Project.open(project_path) as project:
        assert project.read_only is False
        assert project.locked_by is None
        docs = project.documents()
    assert [(d.id, d.title, d.position, d.text) for d in docs] == [
        (ids[0], "One", 0, "Emma smiled."),
        (ids[1], "Two", 1, "Harriet wept."),
    ]


def test_create_refuses_an_existing_file(project, project_path):
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(project_path)


def test_create_in_a_missing_folder(tmp_path):
    with pytest.raises(ProjectNotFound, match="does not exist"):
        Project.create(tmp_path / "nowhere" / "novel.continuity")


def test_open_missing_path_is_not_found(tmp_path):
    missing = tmp_path / "gone.continuity"
    with pytest.raises(ProjectNotFound) as raised:
        Project.open(missing)
    assert str(raised.value) == f"{missing} does not exist"


def test_open_a_folder_is_a_project_error(tmp_path):
    with pytest.raises(ProjectError, match="is a folder"):
        Project.open(tmp_path)


def test_open_unreadable_file_is_a_project_error(project_path, monkeypatch):
    Project.create(project_path).close()
    real_open = builtins.open

    def deny(file, *args, **kwargs):
        if Path(file) == project_path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", deny)
    with pytest.raises(ProjectError, match=r"cannot be read \(Permission denied\)"):
        Project.open(project_path)


def test_closed_project_refuses_use(project):
    project.close()
    project.close()  # twice is harmless
    with pytest.raises(ProjectError, match="is closed"):
        project.documents()


def test_wal_and_foreign_keys_are_on(project):
    assert project.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert project.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


# -- documents ---------------------------------------------------------------------------


def test_document_edits(project):
    first, second, third = project.add_documents([("A", "a"), ("B", "b"), ("C", "c")])
    project.update_text(second, "b2")
    project.rename_document(third, "Finale")
    project.move_document(third, 0)
    assert [(d.title, d.position, d.text) for d in project.documents()] == [
        ("Finale", 0, "c"),
        ("A", 1, "a"),
        ("B", 2, "b2"),
    ]
    project.delete_document(first)
    assert [(d.id, d.position) for d in project.documents()] == [(third, 0), (second, 1)]
    assert project.document(second).text == "b2"
    assert project.document_texts() == [
        DocumentText(str(third), "Finale", "c"),
        DocumentText(str(second), "B", "b2"),
    ]


def test_move_clamps_to_the_ends(project):
    first, second = project.add_documents([("A", "a"), ("B", "b")])
    project.move_document(first, 99)
    assert [d.id for d in project.documents()] == [second, first]
    project.move_document(first, -5)
    assert [d.id for d in project.documents()] == [first, second]


def test_unknown_document_is_a_clear_error(project):
    with pytest.raises(ProjectError, match="no chapter with id 42"):
        project.update_text(42, "x")
    with pytest.raises(ProjectError, match="no chapter with id 42"):
        project.document(42)


def test_updated_at_and_hash_change_with_text(project):
    (doc_id,) = project.add_documents([("A", "a")])
    before = project.db.execute("SELECT content_hash, updated_at FROM documents").fetchone()
    project.update_text(doc_id, "changed")
    after = project.db.execute("SELECT content_hash, updated_at FROM documents").fetchone()
    assert before[0] != after[0]
    assert before[1] < after[1]


def test_add_documents_is_all_or_nothing(project):
    project.add_documents([("Kept", "kept")])
    # A lone surrogate cannot be stored as UTF-8: the third insert fails mid-batch.
    with pytest.raises(UnicodeEncodeError):
        project.add_documents([("A", "a"), ("B", "b"), ("C", "bad \ud800 text")])
    with pytest.raises(TypeError, match="text must be str"):
        project.add_documents([("A", "a"), ("B", None)])
    assert [d.title for d in project.documents()] == ["Kept"]


def test_replace_texts_is_all_or_nothing(project):
    first, second = project.add_documents([("A", "Emma"), ("B", "Emma again")])
    with pytest.raises(ProjectError, match="no chapter with id 999"):
        project.replace_texts({first: "Emmy", 999: "x"})
    assert [d.text for d in project.documents()] == ["Emma", "Emma again"]
    project.replace_texts({first: "Emmy", second: "Emmy again"})
    assert [d.text for d in project.documents()] == ["Emmy", "Emmy again"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=st.text(), second=st.text())
def test_texts_round_trip_exactly(tmp_path_factory, first, second):
    path = tmp_path_factory.mktemp("roundtrip") / "p.continuity"
    with Project.create(path) as project:
        (doc_id,) = project.add_documents([(first, first)])
        assert project.document(doc_id).text == first
        project.update_text(doc_id, second)
    with Project.open(path) as project:
        stored = project.document(doc_id)
    assert (stored.title, stored.text) == (first, second)


# -- analysis tables ---------------------------------------------------------------------


def test_save_analysis_stores_entities_mentions_and_phrases(project):
    one, two = project.add_documents(
        [("1", "Emma met Mr Knightley."), ("2", "Emma left Hartfield.")]
    )
    emma = Entity(
        "Emma",
        EntityKind.CHARACTER,
        ("Miss Woodhouse",),
        (span(two, 0, "Emma"), span(one, 0, "Emma")),
    )
    hartfield = Entity("Hartfield", EntityKind.PLACE, (), (span(two, 10, "Hartfield"),))
    phrase = Phrase("met mr knightley", 2, (span(one, 5, "met Mr Knightley"),), 1.5)
    project.save_analysis(result(characters=[emma], places=[hartfield], phrases=[phrase]))

    characters = project.entities(EntityKind.CHARACTER)
    assert characters == [
        EntityRow(characters[0].id, "Emma", EntityKind.CHARACTER, ("Miss Woodhouse",), 2)
    ]
    # Mentions come back in reading order whatever order the analysis listed them.
    assert project.mentions(characters[0].id) == [
        MentionRow(one, 0, 4, "Emma"),
        MentionRow(two, 0, 4, "Emma"),
    ]
    assert [e.name for e in project.entities(EntityKind.PLACE)] == ["Hartfield"]
    phrases = project.phrases()
    assert phrases == [PhraseRow(phrases[0].id, "met mr knightley", 2, 1.5)]
    assert project.phrase_occurrences(phrases[0].id) == [MentionRow(one, 5, 21, "met Mr Knightley")]


def test_save_analysis_replaces_the_previous_result(project):
    (doc,) = project.add_documents([("1", "Emma")])
    old = Entity("Old", EntityKind.CHARACTER, (), (span(doc, 0, "Emma"),))
    project.save_analysis(result(characters=[old]))
    project.save_analysis(result(characters=[Entity("New", EntityKind.CHARACTER, (), ())]))
    assert [e.name for e in project.entities(EntityKind.CHARACTER)] == ["New"]
    assert project.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0


def test_spans_of_deleted_or_foreign_documents_are_dropped(project):
    (doc,) = project.add_documents([("1", "Emma")])
    spans = (span(doc, 0, "Emma"), Span("999", 0, 4, "Emma"), Span("chapter1.txt", 0, 4, "Emma"))
    project.save_analysis(result(characters=[Entity("Emma", EntityKind.CHARACTER, (), spans)]))
    (emma,) = project.entities(EntityKind.CHARACTER)
    assert emma.mentions == 1
    assert project.mentions(emma.id) == [MentionRow(doc, 0, 4, "Emma")]


def test_deleting_a_document_removes_its_rows(project):
    keep, drop = project.add_documents([("1", "Emma"), ("2", "Emma")])
    entity = Entity(
        "Emma", EntityKind.CHARACTER, (), (span(keep, 0, "Emma"), span(drop, 0, "Emma"))
    )
    project.save_analysis(result(characters=[entity], warnings=[finding("k", drop)]))
    project.delete_document(drop)
    (emma,) = project.entities(EntityKind.CHARACTER)
    assert project.mentions(emma.id) == [MentionRow(keep, 0, 4, "Emma")]
    assert project.warnings()[0].evidence == ()


def test_emma_sized_result_saves_quickly(project):
    ids = project.add_documents([(f"Chapter {n}", "x" * 5000) for n in range(55)])
    characters = [
        Entity(
            f"Name {n}",
            EntityKind.CHARACTER,
            (f"N{n}",),
            tuple(Span(str(ids[i % 55]), i % 4000, i % 4000 + 4, "xxxx") for i in range(500)),
        )
        for n in range(100)
    ]
    phrases = [
        Phrase(f"phrase {n}", 3, tuple(span(ids[n % 55], k, "xxx") for k in range(3)), 0.5)
        for n in range(3000)
    ]
    warnings = [finding(f"w{n}", ids[n % 55], n % 100, "xxxx") for n in range(500)]
    started = time.perf_counter()
    project.save_analysis(result(characters=characters, phrases=phrases, warnings=warnings))
    project.save_analysis(result(characters=characters, phrases=phrases, warnings=warnings))
    elapsed = time.perf_counter() - started
    assert project.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 50_000
    assert project.db.execute("SELECT count(*) FROM phrase_occurrences").fetchone()[0] == 9_000
    assert len(project.warnings()) == 500
    assert elapsed < 10.0


# -- warnings lifecycle ------------------------------------------------------------------


def statuses(project: Project) -> dict[str, WarningStatus]:
    return {w.key: w.status for w in project.warnings(status=None)}


def test_warning_lifecycle_across_analyses_and_reopen(project_path):
    with Project.create(project_path) as project:
        (doc,) = project.add_documents([("1", "Emma and Emmа")])
        project.save_analysis(
            result(warnings=[finding("a", doc), finding("b", doc), finding("c", doc)])
        )
        project.set_warning_status("a", WarningStatus.DISMISSED, reason="intended: a twin")
        # b disappears (fixed), a disappears too but stays dismissed, c stays open.
        project.save_analysis(result(warnings=[finding("c", doc)]))
        assert statuses(project) == {
            "a": WarningStatus.DISMISSED,
            "b": WarningStatus.FIXED,
            "c": WarningStatus.OPEN,
        }
        assert [w.key for w in project.warnings()] == ["c"]
    with Project.open(project_path) as project:
        # a comes back in the text: still dismissed, with its reason; b comes back: reopened.
        project.save_analysis(
            result(warnings=[finding("a", doc), finding("b", doc), finding("c", doc)])
        )
        assert statuses(project) == {
            "a": WarningStatus.DISMISSED,
            "b": WarningStatus.OPEN,
            "c": WarningStatus.OPEN,
        }
        (dismissed,) = project.warnings(WarningStatus.DISMISSED)
        assert (dismissed.key, dismissed.reason) == ("a", "intended: a twin")
        assert [w.key for w in project.warnings(WarningStatus.FIXED)] == []


def test_warning_row_fields(project):
    (doc,) = project.add_documents([("1", "Emma and Emmа")])
    project.save_analysis(result(warnings=[finding("a", doc, 9, "Emmа")]))
    (row,) = project.warnings()
    assert (row.key, row.kind, row.message, row.names, row.rule, row.status, row.reason) == (
        "a",
        WarningKind.NAME_VARIANT,
        "message a",
        ("Emma", "Emmа"),
        "variant",
        WarningStatus.OPEN,
        "",
    )
    assert row.evidence == (MentionRow(doc, 9, 13, "Emmа"),)


def test_evidence_is_refreshed_on_reanalysis(project):
    (doc,) = project.add_documents([("1", "Emma and Emma")])
    project.save_analysis(result(warnings=[finding("a", doc, 0)]))
    project.save_analysis(result(warnings=[finding("a", doc, 9)]))
    assert project.warnings()[0].evidence == (MentionRow(doc, 9, 13, "Emma"),)


def test_warnings_are_in_reading_order(project):
    first, second = project.add_documents([("1", "x" * 50), ("2", "x" * 50)])
    project.save_analysis(
        result(
            warnings=[
                finding("late", first, 30),
                finding("next", second, 0),
                finding("early", first, 2),
            ]
        )
    )
    project.move_document(second, 0)
    assert [w.key for w in project.warnings()] == ["next", "early", "late"]


def test_is_new_until_reviewed(project):
    (doc,) = project.add_documents([("1", "Emma")])
    project.save_analysis(result(warnings=[finding("old", doc)]))
    assert [w.is_new for w in project.warnings()] == [True]
    project.mark_warnings_reviewed()
    project.save_analysis(result(warnings=[finding("old", doc), finding("fresh", doc)]))
    assert {w.key: w.is_new for w in project.warnings()} == {"old": False, "fresh": True}


def test_set_status_of_unknown_key(project):
    with pytest.raises(ProjectError, match="no warning with key 'nope'"):
        project.set_warning_status("nope", WarningStatus.DISMISSED)


def test_duplicate_keys_in_one_result_are_one_warning(project):
    (doc,) = project.add_documents([("1", "Emma")])
    project.save_analysis(result(warnings=[finding("a", doc), finding("a", doc)]))
    assert len(project.warnings()) == 1


# -- decisions, settings, notes ----------------------------------------------------------


def test_decisions_round_trip(project):
    project.set_not_entity("Hope")
    project.set_entity_kind("Box Hill", EntityKind.CHARACTER)
    project.set_entity_kind("Box Hill", EntityKind.PLACE)  # replaces the earlier kind
    project.add_alias("Mr K", "Mr Knightley")
    project.mark_different("John", "Jane")
    project.mark_different("Jane", "John")  # same pair, either order
    project.suppress_name("Serle")
    assert project.decisions() == Decisions(
        not_entities=frozenset({"Hope"}),
        kinds={"Box Hill": EntityKind.PLACE},
        aliases={"Mr K": "Mr Knightley"},
        different=frozenset({frozenset({"Jane", "John"})}),
        suppressed_names=frozenset({"Serle"}),
    )


def test_clear_decision_forgets_everything_about_a_name(project):
    project.set_not_entity("John")
    project.mark_different("Jane", "John")
    project.add_alias("Johnny", "John")
    project.suppress_name("Serle")
    project.clear_decision("John")
    assert project.decisions() == Decisions(suppressed_names=frozenset({"Serle"}))


def test_settings_defaults_update_and_persist(project_path):
    with Project.create(project_path) as project:
        assert project.settings() == Settings()
        project.update_settings(echo_window=80, min_phrase_count=3)
        with pytest.raises(TypeError, match="unknown setting 'colour'"):
            project.update_settings(colour="red")
        with pytest.raises(TypeError, match="must be int"):
            project.update_settings(echo_window="80")
    with Project.open(project_path) as project:
        assert project.settings() == Settings(echo_window=80, min_phrase_count=3)


def test_entity_notes(project):
    assert project.entity_note("Emma") == ""
    project.set_entity_note("Emma", "Handsome, clever and rich.")
    assert project.entity_note("Emma") == "Handsome, clever and rich."
    project.set_entity_note("Emma", "")
    assert project.db.execute("SELECT count(*) FROM entity_notes").fetchone()[0] == 0


# -- read-only ---------------------------------------------------------------------------

WRITES = [
    ("add_documents", ([("A", "a")],)),
    ("update_text", (1, "x")),
    ("replace_texts", ({1: "x"},)),
    ("rename_document", (1, "x")),
    ("delete_document", (1,)),
    ("move_document", (1, 0)),
    ("save_analysis", (result(),)),
    ("set_warning_status", ("k", WarningStatus.DISMISSED)),
    ("mark_warnings_reviewed", ()),
    ("set_not_entity", ("Hope",)),
    ("set_entity_kind", ("Hope", EntityKind.OTHER)),
    ("add_alias", ("a", "b")),
    ("mark_different", ("a", "b")),
    ("suppress_name", ("a",)),
    ("clear_decision", ("a",)),
    ("update_settings", ()),
    ("set_entity_note", ("a", "b")),
]


@pytest.mark.parametrize(("method", "args"), WRITES)
def test_read_only_project_refuses_every_write(project_path, method, args):
    with Project.create(project_path) as project:
        project.add_documents([("A", "a")])
    with Project.open(project_path, read_only=True) as project:
        assert project.read_only is True
        with pytest.raises(ProjectReadOnly, match="cannot be changed: it was opened read-only"):
            getattr(project, method)(*args)
        assert [d.text for d in project.documents()] == ["a"]


def test_a_database_error_while_saving_is_a_project_error(project, monkeypatch):
    import sqlite3

    (doc_id,) = project.add_documents([("A", "a")])

    def disk_full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("app.store.documents.replace_texts", disk_full)
    with pytest.raises(ProjectError) as raised:
        project.update_text(doc_id, "b")
    assert str(raised.value) == "novel.continuity could not be saved (database or disk is full)"
