"""Huge and hostile input through every door: the importer, `continuity check`, the window.

A 100 MB manuscript is refused above the documented limit (importer.MAX_FILE_BYTES, 20 MB),
naming the limit, without reading it. A folder dropped on the window with bad files among
good ones imports the good ones and lists every refusal in one message; a batch the store
cannot save leaves the project exactly as it was.
"""

from __future__ import annotations

import builtins
import os
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.core.errors import ImportRefused
from app.core.importer import MAX_FILE_BYTES, import_paths, read_document
from app.gui import dialogs
from app.store import Project, documents

HUNDRED_MB = 100 * 1024 * 1024
LIMIT = "is larger than the 20 MB limit (100.0 MB)"


@pytest.fixture(scope="module")
def hundred_mb(tmp_path_factory) -> Path:
    """A real 100 MB text file (prose, not a sparse hole): written once for the module."""
    path = tmp_path_factory.mktemp("huge") / "saga.txt"
    block = ("Emma walked to Highbury and back again. " * 1024).encode()
    with open(path, "wb") as handle:
        for _ in range(HUNDRED_MB // len(block)):
            handle.write(block)
        handle.write(block[: HUNDRED_MB % len(block)])
    assert path.stat().st_size == HUNDRED_MB
    return path


@pytest.mark.slow
def test_importer_refuses_it_naming_the_limit(hundred_mb, monkeypatch):
    assert MAX_FILE_BYTES == 20 * 1024 * 1024
    real_open = builtins.open

    def no_reading(file, *args, **kwargs):  # refused from its size alone, never read
        assert Path(file) != hundred_mb, "the huge file was opened"
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", no_reading)
    with pytest.raises(ImportRefused) as raised:
        read_document(hundred_mb)
    assert str(raised.value) == f"{hundred_mb}: {LIMIT}"
    batch = import_paths([hundred_mb])
    assert batch.documents == ()
    assert [str(r) for r in batch.refused] == [f"{hundred_mb}: {LIMIT}"]


@pytest.mark.slow
def test_check_refuses_it_in_one_line(hundred_mb, tmp_path, capsys):
    calm = tmp_path / "calm.txt"
    calm.write_text("Nothing happened. The lane was quiet.\n", encoding="utf-8")
    assert main(["check", str(hundred_mb), str(calm), "--json"]) == 2
    out, err = capsys.readouterr()
    assert err == f"continuity: {hundred_mb}: {LIMIT}\n"
    assert '"name": "calm.txt"' in out  # the others are still checked


@pytest.mark.slow
def test_window_refuses_it_and_imports_the_rest(
    qtbot, monkeypatch, hundred_mb, seed_paths, project_path, make_window, wait_idle
):
    shown = []
    monkeypatch.setattr(dialogs, "show_refused", lambda parent, reasons: shown.append(reasons))
    window = make_window(Project.create(project_path))
    with qtbot.waitSignal(window.import_finished, timeout=20000) as done:
        window.import_paths([hundred_mb, seed_paths[0]])
    assert done.args == [1]
    assert shown == [[f"{hundred_mb}: {LIMIT}"]]
    assert [d.title for d in window.project.documents()] == [seed_paths[0].stem]
    wait_idle(window)


def deny_reading(monkeypatch, denied: Path) -> None:
    """Make `denied` unreadable even for root, which chmod 000 does not stop."""
    real_open = builtins.open

    def fake_open(file, *args, **kwargs):
        if isinstance(file, (str, Path)) and Path(file) == denied:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)


def test_window_imports_a_hostile_folder(
    qtbot, monkeypatch, tmp_path, project_path, make_window, wait_idle
):
    folder = tmp_path / "manuscript"
    folder.mkdir()
    for number in (1, 2, 10):
        (folder / f"Chapter {number}.txt").write_text(f"Scene {number}.", encoding="utf-8")
    (folder / "Ünïcödé — ☃ 章.txt").write_text("Zoë smiled.", encoding="utf-8")
    (folder / "cover.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "empty.md").write_bytes(b"")
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(HUNDRED_MB)  # sparse: the size is what is refused
    secret = folder / "secret.txt"
    secret.write_text("hidden words", encoding="utf-8")
    secret.chmod(0)
    if os.access(secret, os.R_OK):  # root: permissions are not enforced
        deny_reading(monkeypatch, secret)
    (folder / ".hidden.txt").write_text("skipped", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.7")  # not a manuscript type: ignored
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    many = folder / "drafts"
    many.mkdir()
    for number in range(2000):
        (many / f"draft {number}.md").write_text(f"Draft {number}.", encoding="utf-8")

    shown = []
    monkeypatch.setattr(dialogs, "show_refused", lambda parent, reasons: shown.append(reasons))
    window = make_window(Project.create(project_path))
    try:
        with qtbot.waitSignal(window.import_finished, timeout=60000) as done:
            window.import_paths([folder])
    finally:
        secret.chmod(0o644)
    assert len(shown) == 1  # one message for the whole batch
    assert sorted(shown[0]) == [
        f"{folder / 'cover.txt'}: is a PNG image, not text",
        f"{folder / 'empty.md'}: is empty",
        f"{folder / 'huge.txt'}: {LIMIT}",
        f"{folder / 'secret.txt'}: cannot be read (permission denied)",
    ]
    titles = [d.title for d in window.project.documents()]
    assert done.args == [len(titles)]
    assert titles == [
        "Chapter 1",
        "Chapter 2",
        "Chapter 10",
        *(f"draft {n}" for n in range(2000)),
        "Ünïcödé — ☃ 章",
    ]
    wait_idle(window, timeout=60000)


def test_a_batch_the_store_cannot_save_changes_nothing(
    qtbot, monkeypatch, seed_paths, project_path, make_window, wait_idle
):
    with Project.create(project_path) as project:
        project.add_documents([("Opening", "It began.")])
    window = make_window(Project.open(project_path))
    wait_idle(window)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(title))
    real_hash, calls = documents.content_hash, []

    def failing_hash(text):  # the second chapter of the batch hits a full disk
        calls.append(text)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return real_hash(text)

    monkeypatch.setattr(documents, "content_hash", failing_hash)
    with qtbot.waitSignal(window.import_finished, timeout=20000) as done:
        window.import_paths(seed_paths)
    monkeypatch.setattr(documents, "content_hash", real_hash)
    assert done.args == [0]
    assert len(calls) == 2
    assert errors == ["Import failed"]
    assert "Import failed: novel.continuity could not be saved" in window.analysis_label.text()
    assert not window.busy
    assert [(d.title, d.text) for d in window.project.documents()] == [("Opening", "It began.")]
    assert window.chapter_model.rowCount() == 1
    assert window.project.integrity_ok()
