"""Project.save_analysis_from_thread: the analysis worker saves on a connection of its own."""

from __future__ import annotations

import threading

import pytest

from app.core.analysis import analyze
from app.core.model import DocumentText, EntityKind, WarningStatus
from app.store import Project, ProjectReadOnly


def _in_thread(call) -> None:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as error:  # handed back to the test thread
            errors.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if errors:
        raise errors[0]


def test_a_save_from_another_thread_reads_back_like_a_direct_save(project, project_path,
                                                                  tmp_path):
    project.add_documents([("One", "Sofie Laurent walked home. Later Sofie smiled."),
                           ("Two", "Sophie Dumas arrived. Sophie smiled at the porter.")])
    result = analyze(project.document_texts())
    _in_thread(lambda: project.save_analysis_from_thread(result))
    threaded = (project.entities(EntityKind.CHARACTER), project.phrases(),
                [(w.key, w.evidence) for w in project.warnings()])
    with Project.create(tmp_path / "direct.continuity") as direct:
        direct.add_documents([("One", "Sofie Laurent walked home. Later Sofie smiled."),
                              ("Two", "Sophie Dumas arrived. Sophie smiled at the porter.")])
        direct.save_analysis(analyze(direct.document_texts()))
        assert threaded == (direct.entities(EntityKind.CHARACTER), direct.phrases(),
                            [(w.key, w.evidence) for w in direct.warnings()])
    assert threaded[2]  # there was a warning to compare


def test_a_dismissal_survives_a_save_from_another_thread(project):
    project.add_documents([("One", "Sofie Laurent walked home. Later Sofie smiled."),
                           ("Two", "Sophie Dumas arrived. Sophie smiled at the porter.")])
    result = analyze(project.document_texts())
    project.save_analysis(result)
    key = project.warnings()[0].key
    project.set_warning_status(key, WarningStatus.DISMISSED, "on purpose")
    _in_thread(lambda: project.save_analysis_from_thread(result))
    assert key not in {w.key for w in project.warnings()}
    assert key in {w.key for w in project.warnings(WarningStatus.DISMISSED)}


def test_a_read_only_project_refuses(project, project_path):
    with Project.open(project_path) as second:  # this process holds the lock: read-only
        assert second.read_only
        with pytest.raises(ProjectReadOnly):
            second.save_analysis_from_thread(analyze([]))


def test_writes_wait_for_a_save_from_another_thread(tmp_path):
    """A decision written while the worker saves is never refused as 'database is locked'."""
    project = Project.create(tmp_path / "novel.continuity")
    project.add_documents([("One", "Sofie Laurent smiled. Sophie Dumas laughed. " * 200)])
    result = analyze([DocumentText(str(d.id), d.title, d.text) for d in project.documents()])
    errors: list[Exception] = []

    def save_many() -> None:
        try:
            for _ in range(15):
                project.save_analysis_from_thread(result)
        except Exception as error:
            errors.append(error)

    worker = threading.Thread(target=save_many)
    worker.start()
    for index in range(60):
        project.set_entity_note("Sofie", f"note {index}")
        project.mark_different("Sofie", f"Other{index}")
    worker.join()
    assert errors == []
    assert project.entity_note("Sofie") == "note 59"
    project.close()
