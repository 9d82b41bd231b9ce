"""Continuity never touches the network: a writer's manuscript stays on their machine.

Every way Python reaches the network (creating a socket, connecting one, resolving a
name) is replaced by a recorder that also refuses, then a whole session runs: a project
created in the window, the seeds imported through it, analysed, typed into, reviewed,
backed up, the report exported from the menu and from `continuity check --format html`,
the project closed and reopened. Not one attempt may be recorded.
"""

from __future__ import annotations

import socket
import sys

import pytest
from PySide6.QtWidgets import QFileDialog

from app.cli import main
from app.core.analysis import analyze
from app.core.report import render, report_dict
from app.store import Project


@pytest.fixture
def attempts(monkeypatch):
    """Record (and refuse) every socket created or connected and every name looked up."""
    seen: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            seen.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network use blocked by the test: {name}")

        return blocked

    for name in ("__init__", "connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "gethostbyaddr", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    return seen


def test_a_whole_session_opens_no_socket(
    attempts, qtbot, monkeypatch, tmp_path, seed_paths, make_window, wait_idle, capsys
):
    path = tmp_path / "novel.continuity"
    window = make_window(None)
    window.open_path(path)  # created: this takes the lock (which records the host name)
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_paths(seed_paths)
    wait_idle(window)
    assert window.side_panel.warnings.model.warnings()  # the analysis ran and found things

    qtbot.keyClicks(window.editor, "Sofie smiled. ")
    window.reanalyse()
    wait_idle(window)
    window.review.use_everywhere("Sophie", ["Sofie", "Sophie"])
    wait_idle(window)
    assert window.rolling_backups.back_up_now() is not None

    report_path = tmp_path / "report.html"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (str(report_path), "Web page (*.html)")),
    )
    window.actions_by_name["export_report"].trigger()
    assert report_path.read_text(encoding="utf-8").startswith("<!doctype html>")

    documents = window.project.document_texts()
    report = report_dict(analyze(documents), {doc.id: doc for doc in documents})
    (tmp_path / "core-report.html").write_text(render(report, "html"), encoding="utf-8")

    assert main(["check", *map(str, seed_paths), "--format", "html"]) == 1
    assert main(["check", str(path), "--format", "html"]) in (0, 1)  # held: read-only
    assert capsys.readouterr().out.count("<!doctype html>") == 2

    window.set_project(None)
    window.open_path(path)
    assert not window.project.read_only
    wait_idle(window)
    window.close()
    with Project.open(path) as project:
        assert project.integrity_ok()

    assert attempts == []
    # Qt's own network module works below Python's socket module: it must not even load.
    assert "PySide6.QtNetwork" not in sys.modules


def test_the_recorder_works(attempts):
    with pytest.raises(OSError, match="blocked"):
        socket.create_connection(("example.org", 80))
    with pytest.raises(OSError, match="blocked"):
        socket.socket()
    assert len(attempts) == 2
