"""save_analysis writes only what changed, yet the tables read back as a fresh save's would."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.analysis import analyze
from app.core.model import (
    AnalysisResult,
    Entity,
    EntityKind,
    Finding,
    Phrase,
    Span,
    WarningKind,
    WarningStatus,
)
from app.store import Project, analysis_save

ONE = (
    "Sofie Laurent walked home through the rain. Later Sofie smiled at the porter.\n\n"
    "Mr Marlow kept the old mill by the river. The old mill by the river was cold."
)
TWO = (
    "Sophie Dumas arrived at the station. Sophie smiled at the porter.\n\n"
    "The old mill by the river stood empty. Mr Marlow said nothing."
)


def readback(project: Project) -> tuple:
    """Everything the panel and the presence chart read, without the row ids."""
    owners = []
    for kind in (EntityKind.CHARACTER, EntityKind.PLACE):
        for row in project.entities(kind):
            owners.append((row.name, row.kind, row.aliases, row.mentions,
                           project.mentions(row.id)))
    phrases = [(p.text, p.count, p.score, project.phrase_occurrences(p.id))
               for p in project.phrases()]
    # A fixed warning is history a fresh save never had; the others must match.
    warnings = [(w.key, w.kind, w.message, w.names, w.evidence, w.status, w.reason, w.rule)
                for w in project.warnings(None) if w.status != WarningStatus.FIXED]
    return owners, phrases, warnings


def fresh_readback(tmp_path: Path, texts: list[tuple[str, str]], result: AnalysisResult,
                   name: str) -> tuple:
    with Project.create(tmp_path / f"{name}.continuity") as fresh:
        fresh.add_documents(texts)
        fresh.save_analysis(result)
        return readback(fresh)


def changes(project: Project, call) -> int:
    before = project.db.conn.total_changes
    call()
    return project.db.conn.total_changes - before


def test_a_run_of_edits_reads_back_like_a_fresh_save_of_the_last(project, tmp_path):
    ids = project.add_documents([("One", ONE), ("Two", TWO)])
    edits = [
        {ids[0]: ONE},
        {ids[0]: ONE.replace("Later Sofie", "Later that night Sofie")},  # spans shift
        {ids[1]: TWO + " Sophie Dumas wept."},  # a mention more
        {ids[0]: ONE.replace("Mr Marlow", "Mr Harlow")},  # a name goes, another comes
        {ids[1]: "Nobody came."},  # phrases and a warning go
        {ids[1]: TWO},  # and come back
    ]
    for step, texts in enumerate(edits):
        project.replace_texts(texts)
        result = analyze(project.document_texts())
        project.save_analysis(result)
        stored = [(d.title, d.text) for d in project.documents()]
        assert readback(project) == fresh_readback(tmp_path, stored, result, f"fresh{step}")


def test_an_unchanged_result_writes_nothing(project):
    project.add_documents([("One", ONE), ("Two", TWO)])
    result = analyze(project.document_texts())
    project.save_analysis(result)
    assert changes(project, lambda: project.save_analysis(result)) == 0


def test_an_edit_rewrites_only_the_edited_chapter(project):
    one, two = project.add_documents([("One", ONE), ("Two", TWO)])
    project.save_analysis(analyze(project.document_texts()))
    project.update_text(one, ONE.replace("walked home", "walked slowly home"))
    untouched = project.db.execute(
        "SELECT rowid FROM mentions WHERE document_id = ? ORDER BY rowid", [two]
    ).fetchall()
    project.save_analysis(analyze(project.document_texts()))
    assert untouched == project.db.execute(
        "SELECT rowid FROM mentions WHERE document_id = ? ORDER BY rowid", [two]
    ).fetchall()


def test_ids_stay_while_the_name_lives(project):
    (doc,) = project.add_documents([("One", ONE)])
    project.save_analysis(analyze(project.document_texts()))
    before = {e.name: e.id for e in project.entities(EntityKind.CHARACTER)}
    project.update_text(doc, "Mr Anselm came first. " + ONE)
    project.save_analysis(analyze(project.document_texts()))
    after = {e.name: e.id for e in project.entities(EntityKind.CHARACTER)}
    assert {name: after[name] for name in before} == before


def test_a_save_from_another_session_is_still_exact(project, monkeypatch, tmp_path):
    """Digests are salted per process: another session's digests never match, so its first
    save rewrites the spans instead of trusting rows it cannot vouch for."""
    (doc,) = project.add_documents([("One", ONE)])
    project.save_analysis(analyze(project.document_texts()))
    monkeypatch.setattr(analysis_save, "_SESSION", "another-run")
    project.update_text(doc, ONE.replace("walked home", "walked slowly home"))
    result = analyze(project.document_texts())
    project.save_analysis(result)
    stored = [(d.title, d.text) for d in project.documents()]
    assert readback(project) == fresh_readback(tmp_path, stored, result, "fresh")


def test_a_deleted_document_takes_its_digests_along(project):
    _one, two = project.add_documents([("One", ONE), ("Two", TWO)])
    project.save_analysis(analyze(project.document_texts()))
    project.delete_document(two)
    count = project.db.execute(
        "SELECT count(*) FROM analysis_digests WHERE document_id = ?", [two]
    ).fetchone()[0]
    assert count == 0


def span(doc: int, start: int, text: str) -> Span:
    return Span(str(doc), start, start + len(text), text)


def test_repeated_names_and_phrases_stay_separate_rows(project):
    (doc,) = project.add_documents([("One", "Anna and Anna")])
    twins = [Entity("Anna", EntityKind.CHARACTER, (), (span(doc, 0, "Anna"),)),
             Entity("Anna", EntityKind.CHARACTER, (), (span(doc, 9, "Anna"),))]
    echo = Phrase("anna", 2, (span(doc, 0, "Anna"), span(doc, 9, "Anna")), 1.0)
    result = AnalysisResult((), tuple(twins), (), (echo, echo), ())
    project.save_analysis(result)
    project.save_analysis(result)
    rows = project.entities(EntityKind.CHARACTER)
    assert [project.mentions(row.id)[0].start for row in rows] in ([0, 9], [9, 0])
    assert len(project.phrases()) == 2


@pytest.mark.parametrize("status", [WarningStatus.OPEN, WarningStatus.DISMISSED])
def test_warnings_keep_their_id_and_status_and_get_fresh_evidence(project, status):
    (doc,) = project.add_documents([("One", "Emma and Emmа")])

    def found(start: int) -> AnalysisResult:
        finding = Finding(WarningKind.NAME_VARIANT, "m", ("Emma",), (span(doc, start, "Emma"),),
                          "key", "rule")
        return AnalysisResult((), (), (), (), (finding,))

    project.save_analysis(found(0))
    (before,) = project.warnings(None)
    project.set_warning_status("key", status)
    project.save_analysis(found(9))
    (after,) = project.warnings(None)
    assert (after.id, after.status, after.evidence[0].start) == (before.id, status, 9)


def test_the_rows_a_save_returns_are_what_the_panel_would_read(project):
    """save_analysis_from_thread hands back the review rows it built while saving; they
    must be exactly what review_rows() reads, through dismissals, reviews and fixes."""
    ids = project.add_documents([("One", ONE), ("Two", TWO)])
    edits = [
        {ids[0]: ONE},
        {ids[0]: ONE.replace("Later Sofie", "Later that night Sofie")},
        {ids[1]: TWO + " Sophie Dumas wept."},
        {ids[1]: "Nobody came."},
        {ids[1]: TWO},
    ]
    seen = set()
    for step, texts in enumerate(edits):
        project.replace_texts(texts)
        returned = project.save_analysis_from_thread(analyze(project.document_texts()))
        assert returned == project.review_rows()
        seen |= {(w.status, w.is_new) for w in returned.warnings}
        if step == 0:
            project.set_warning_status(returned.warnings[0].key, WarningStatus.DISMISSED, "ok")
        if step == 2:
            project.mark_warnings_reviewed()
    statuses = {status for status, _new in seen}
    assert statuses == {WarningStatus.OPEN, WarningStatus.DISMISSED, WarningStatus.FIXED}
    assert {new for _status, new in seen} == {True, False}
