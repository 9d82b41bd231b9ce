"""A damaged project opened in the window or given to `continuity check`.

The window says what is wrong and offers the newest backup that passes the integrity check
(through `dialogs.ask_restore_backup`, stubbed here): yes restores it, keeps the damaged
file beside it and opens the project; no leaves every byte on disk as it was. The CLI reads
a project's chapters read-only and refuses a damaged one in one line, exit code 2.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.gui import dialogs
from app.store import Project, ProjectCorrupt

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def damaged(project_path):
    """A project whose older backup has 30 chapters and newer one 31; then truncated."""
    with Project.create(project_path) as project:
        project.add_documents([(f"Chapter {n}", f"Emma walked. {n} " * 300) for n in range(30)])
        project.backup()
        project.add_documents([("Chapter 30", "The last chapter.")])
        project.backup()
    data = project_path.read_bytes()
    project_path.write_bytes(data[: len(data) // 3])
    return project_path


@pytest.fixture
def asked(monkeypatch):
    """Record every restore offer; the answer is set with `asked.answer = True/False`."""

    class Asked(list):
        answer = False

    calls = Asked()

    def ask(parent, problem, saved):
        calls.append((problem, saved))
        return calls.answer

    monkeypatch.setattr(dialogs, "ask_restore_backup", ask)
    return calls


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    return shown


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}


def corrupt_message(path: Path) -> str:
    with pytest.raises(ProjectCorrupt) as raised:
        Project.open(path)
    return str(raised.value)


def test_accepting_restores_the_newest_backup_and_opens_it(
    damaged, asked, errors, make_window, wait_idle
):
    broken = damaged.read_bytes()
    message = corrupt_message(damaged)
    asked.answer = True
    window = make_window(None)
    project = window.open_path(damaged)
    assert project is not None
    assert window.project is project
    assert [problem for problem, _saved in asked] == [message]
    assert message.startswith("novel.continuity is damaged and cannot be opened (")
    assert errors == []
    assert not project.read_only
    assert len(project.documents()) == 31  # the newest backup
    assert window.chapter_model.rowCount() == 31
    (kept,) = damaged.parent.glob("novel.continuity.damaged-*")
    assert kept.read_bytes() == broken  # nothing the damaged file held is thrown away
    wait_idle(window)


def test_declining_leaves_the_file_untouched(damaged, asked, errors, make_window):
    asked.answer = False
    before = snapshot(damaged.parent)
    window = make_window(None)
    assert window.open_path(damaged) is None
    assert len(asked) == 1
    assert window.project is None
    assert snapshot(damaged.parent) == before  # same files, bytes and times; no lock left


def test_a_damaged_newest_backup_is_skipped(damaged, asked, make_window, wait_idle):
    newest = Project.newest_good_backup(damaged)
    newest.write_bytes(newest.read_bytes()[:4096])
    older = Project.newest_good_backup(damaged)
    assert older is not None
    assert older != newest
    asked.answer = True
    window = make_window(None)
    project = window.open_path(damaged)
    assert len(project.documents()) == 30  # the older, sound backup
    assert project.integrity_ok()
    wait_idle(window)


def test_no_good_backup_says_so_and_changes_nothing(damaged, asked, errors, make_window):
    for backup in Project.newest_good_backup(damaged).parent.iterdir():
        backup.write_bytes(b"junk")
    before = snapshot(damaged.parent)
    window = make_window(None)
    assert window.open_path(damaged) is None
    assert asked == []
    assert errors == [f"{corrupt_message(damaged)}. None of its backups can be read either."]
    assert snapshot(damaged.parent) == before


# -- the CLI -------------------------------------------------------------------------------


def test_check_reads_a_projects_chapters(tmp_path, capsys):
    path = tmp_path / "seeds.continuity"
    with Project.create(path) as project:  # chapters titled like the files they came from
        project.add_documents([(p.name, p.read_text(encoding="utf-8")) for p in SEEDS])
    before = snapshot(tmp_path)
    assert main(["check", str(path), "--json"]) == 1
    from_project = capsys.readouterr().out
    assert main(["check", *map(str, SEEDS), "--json"]) == 1
    assert from_project == capsys.readouterr().out  # the same report, byte for byte
    assert [d["name"] for d in json.loads(from_project)["documents"]] == [p.name for p in SEEDS]
    assert snapshot(tmp_path) == before  # opened read-only: nothing written


def test_check_reads_a_project_another_window_holds(tmp_path, capsys):
    path = tmp_path / "held.continuity"
    with Project.create(path) as project:
        project.add_documents([("One", "Nothing happened. The lane was quiet.")])
        assert main(["check", str(path)]) == 0
    assert capsys.readouterr() == ("", "")


def test_check_refuses_a_damaged_project_in_one_line(damaged, capsys):
    before = snapshot(damaged.parent)
    assert main(["check", str(damaged), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"continuity: {corrupt_message(damaged)}\n"
    assert snapshot(damaged.parent) == before


def test_check_damaged_project_among_text_files_still_checks_them(damaged, capsys):
    assert main(["check", str(damaged), str(SEEDS[0]), "--json"]) == 2
    out, err = capsys.readouterr()
    assert [d["name"] for d in json.loads(out)["documents"]] == [SEEDS[0].name]
    assert err == f"continuity: {corrupt_message(damaged)}\n"


def test_check_damaged_project_from_the_console_has_no_traceback(damaged):
    completed = subprocess.run(
        [sys.executable, "-m", "app", "check", str(damaged)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert completed.stderr.startswith("continuity: novel.continuity is damaged and cannot be")
    assert completed.stderr.count("\n") == 1
    assert "Traceback" not in completed.stderr


def test_check_an_empty_project(tmp_path, capsys):
    path = tmp_path / "empty.continuity"
    Project.create(path).close()
    assert main(["check", str(path)]) == 2
    assert capsys.readouterr().err == (
        "continuity: no chapters or text files found in the given paths\n"
    )
