"""Hostile files thrown at the importer: each is refused in words, or read correctly."""

from __future__ import annotations

import builtins
import os
from pathlib import Path

import pytest

from app.core.errors import ImportRefused
from app.core.importer import MAX_FILE_BYTES, import_paths, read_document


def refusal(path: Path) -> str:
    with pytest.raises(ImportRefused) as raised:
        read_document(path)
    assert raised.value.path == path
    return str(raised.value)


def test_binary_bytes_named_txt(tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(256)) * 4)
    assert refusal(path) == f"{path}: is a binary file, not text"


def test_png_renamed_to_txt(tmp_path):
    path = tmp_path / "chapter.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    assert refusal(path) == f"{path}: is a PNG image, not text"


def test_pdf_renamed_to_md(tmp_path):
    path = tmp_path / "chapter.md"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    assert refusal(path) == f"{path}: is a PDF file, not text"


def test_invalid_utf8(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes("Café society. ".encode() + b"\xff\xfe\x80 then more" + "é".encode())
    assert refusal(path) == (
        f"{path}: is not valid UTF-8 text (broken at byte 15); re-save it as UTF-8"
    )


def test_undecodable_bytes(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 50 + b"\x01\x02\x03" * 20)
    assert refusal(path) == f"{path}: could not be decoded as text in any known encoding"


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes("Emma Woodhouse\r\nHighbury\r\n".encode("utf-16-le"))
    assert read_document(path)[0].text == "Emma Woodhouse\nHighbury\n"


def test_utf16_with_a_broken_tail_is_refused(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(b"\xff\xfe" + "Emma".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    assert "is damaged: it is marked UTF-16-LE" in refusal(path)


def test_mixed_line_endings(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"a\r\nb\rc\nd\r\n\r\ne")
    assert read_document(path)[0].text == "a\nb\nc\nd\n\ne"


def test_zero_byte_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert refusal(path) == f"{path}: is empty"


def test_blank_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"\xef\xbb\xbf \r\n\t\n")
    assert refusal(path) == f"{path}: is empty"


def test_file_above_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used
    assert refusal(path) == f"{path}: is larger than the 20 MB limit (20.0 MB)"


def test_file_at_the_limit_is_read(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * (MAX_FILE_BYTES // 5))
    assert len(read_document(path)[0].text) == MAX_FILE_BYTES


def test_thousands_of_files_in_a_folder(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    for number in range(3000):
        (folder / f"scene {number}.txt").write_text(f"Scene {number}.", encoding="utf-8")
    batch = import_paths([folder])
    assert batch.refused == ()
    assert [doc.title for doc in batch.documents] == [f"scene {n}" for n in range(3000)]


def test_symlink_loop_is_survived(tmp_path):
    book = tmp_path / "book"
    (book / "part").mkdir(parents=True)
    (book / "part" / "ch1.txt").write_text("one", encoding="utf-8")
    (book / "part" / "loop").symlink_to(book, target_is_directory=True)
    (book / "self").symlink_to(book / "self")  # a link to itself: broken, not a folder
    batch = import_paths([book])
    assert [(d.title, d.text) for d in batch.documents] == [("ch1", "one")]
    assert batch.refused == ()


def test_broken_symlink_to_a_txt_is_refused(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    batch = import_paths([tmp_path])
    assert [str(r) for r in batch.refused] == [f"{tmp_path / 'gone.txt'}: does not exist"]


def deny_reading(monkeypatch, denied: Path) -> None:
    """Make `denied` unreadable even for root, which chmod 000 does not stop."""
    real_open, real_scandir = builtins.open, os.scandir

    def fake_open(file, *args, **kwargs):
        if Path(file) == denied:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    def fake_scandir(path="."):
        if Path(path) == denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):  # running as root: permissions are not enforced
        deny_reading(monkeypatch, path)
    try:
        assert refusal(path) == f"{path}: cannot be read (permission denied)"
    finally:
        path.chmod(0o644)


def test_unreadable_folder(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "b.txt").write_text("b", encoding="utf-8")
    folder.chmod(0)
    if os.access(folder, os.R_OK):
        deny_reading(monkeypatch, folder)
    try:
        batch = import_paths([tmp_path])
    finally:
        folder.chmod(0o755)
    assert [d.title for d in batch.documents] == ["b"]
    assert [str(r) for r in batch.refused] == [f"{folder}: cannot be read (permission denied)"]


@pytest.mark.parametrize(
    "name",
    [
        "chapter one.txt",
        "-rf.txt",
        "Ünïcödé — ☃ 章.txt",
        'semi;colon\'s "quote".txt',
        "x" * 200 + ".txt",
        "new\nline.txt",
        "#1 & $HOME.md",
    ],
    ids=["space", "dash", "unicode", "punctuation", "long", "newline", "shell"],
)
def test_odd_file_names(tmp_path, name):
    path = tmp_path / name
    path.write_text("Emma.", encoding="utf-8")
    batch = import_paths([tmp_path])
    assert [(d.title, d.text, d.source) for d in batch.documents] == [(path.stem, "Emma.", path)]


def test_missing_path(tmp_path):
    path = tmp_path / "nope.txt"
    assert refusal(path) == f"{path}: does not exist"


def test_folder_given_to_read_document(tmp_path):
    assert refusal(tmp_path) == f"{tmp_path}: is a folder, not a file"
