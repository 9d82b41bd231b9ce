"""The importer: encodings, line endings, docx/odt chapters, folders and natural order."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from odf.opendocument import OpenDocumentText
from odf.style import Style
from odf.text import H, P

from app.core.errors import ImportRefused
from app.core.importer import (
    MAX_FILE_BYTES,
    ImportBatch,
    ImportedDocument,
    import_paths,
    natural_key,
    read_document,
)

EMMA = "Emma Woodhouse, handsome, clever, and rich — café naïve “quoted”.\nSecond line.\n"


def texts(batch: ImportBatch) -> list[tuple[str, str]]:
    return [(doc.title, doc.text) for doc in batch.documents]


@pytest.mark.parametrize(
    "encoded",
    [
        EMMA.encode("utf-8"),
        b"\xef\xbb\xbf" + EMMA.encode("utf-8"),
        EMMA.encode("utf-16"),  # with BOM
        EMMA.encode("utf-16-le"),  # without BOM: found by its zero bytes
        EMMA.encode("utf-16-be"),
        EMMA.encode("utf-32"),
        EMMA.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "utf16be-nobom", "utf32", "cp1252"],
)
def test_encodings_decode_to_the_same_text(tmp_path, encoded):
    path = tmp_path / "Chapter 1.txt"
    path.write_bytes(encoded)
    assert read_document(path) == [ImportedDocument("Chapter 1", EMMA, path)]


def test_latin1_accents(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_bytes("Café au lait, naïve fiancée. À bientôt!".encode("latin-1"))
    assert read_document(path)[0].text == "Café au lait, naïve fiancée. À bientôt!"


def test_cyrillic_legacy_encoding_via_charset_normalizer(tmp_path):
    path = tmp_path / "ru.txt"
    text = "Анна Каренина. Все счастливые семьи похожи друг на друга. " * 5
    path.write_bytes(text.encode("cp1251"))
    # Read as cp1252 this is almost all "À-ÿ" letters, so charset-normalizer decides.
    assert read_document(path)[0].text == text


def test_line_endings_and_nfc(tmp_path):
    path = tmp_path / "mixed.md"
    path.write_bytes("one\r\ntwo\rthree\nCafe\u0301\r\n".encode())
    assert read_document(path)[0].text == "one\ntwo\nthree\nCafé\n"


def test_markdown_suffixes(tmp_path):
    for name in ("a.md", "b.markdown", "C.TXT"):
        (tmp_path / name).write_text("text", encoding="utf-8")
    assert [d.title for d in import_paths([tmp_path]).documents] == ["a", "b", "C"]


def make_docx(path: Path, paragraphs: list[tuple[str, str | None]]) -> Path:
    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    document.save(path)
    return path


def test_docx_splits_at_headings_and_chapter_lines(tmp_path):
    path = make_docx(
        tmp_path / "Emma.docx",
        [
            ("Emma", "Title"),
            ("VOLUME I", "Heading 1"),
            ("CHAPTER I", None),
            ("Emma Woodhouse, handsome.", None),
            ("", None),
            ("She was the youngest.", None),
            ("Chapter 2", None),
            ("Mr. Weston was a native of Highbury.", None),
            ("Hartfield", "Heading 2"),
            ("The house.", None),
        ],
    )
    assert [(d.title, d.text) for d in read_document(path)] == [
        ("Emma — CHAPTER I", "Emma Woodhouse, handsome.\n\nShe was the youngest."),
        ("Emma — Chapter 2", "Mr. Weston was a native of Highbury."),
        ("Emma — Hartfield", "The house."),
    ]


def test_docx_without_headings_is_one_document(tmp_path):
    path = make_docx(tmp_path / "notes.docx", [("First.", None), ("Second.", None)])
    assert read_document(path) == [ImportedDocument("notes", "First.\n\nSecond.", path)]


def test_odt_splits_at_headings(tmp_path):
    document = OpenDocumentText()
    heading_style = Style(name="P1", family="paragraph", parentstylename="Heading_20_1")
    document.automaticstyles.addElement(heading_style)
    document.text.addElement(P(text="Before any chapter."))
    document.text.addElement(H(outlinelevel=1, text="Chapter One"))
    document.text.addElement(P(text="Emma smiled."))
    document.text.addElement(P(stylename=heading_style, text="The Ball"))
    document.text.addElement(P(text="They danced."))
    document.text.addElement(P(text="CHAPTER III"))
    document.text.addElement(P(text="Box Hill."))
    path = tmp_path / "Emma.odt"
    document.save(str(path))
    assert [(d.title, d.text) for d in read_document(path)] == [
        ("Emma", "Before any chapter."),
        ("Emma — Chapter One", "Emma smiled."),
        ("Emma — The Ball", "They danced."),
        ("Emma — CHAPTER III", "Box Hill."),
    ]


def test_damaged_docx_is_refused(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportRefused, match=r"broken.docx: is not a readable Word document"):
        read_document(path)


def test_empty_docx_is_refused(tmp_path):
    path = make_docx(tmp_path / "blank.docx", [("", None), ("   ", None)])
    with pytest.raises(ImportRefused) as raised:
        read_document(path)
    assert str(raised.value) == f"{path}: is empty"


def test_natural_key_orders_numbers_by_value():
    names = ["Chapter 10.txt", "chapter 2.txt", "Chapter 1.txt", "Epilogue.txt", "Chapter 1a.txt"]
    assert sorted(names, key=natural_key) == [
        "Chapter 1.txt",
        "Chapter 1a.txt",
        "chapter 2.txt",
        "Chapter 10.txt",
        "Epilogue.txt",
    ]


def test_natural_key_orders_number_words_by_value():
    names = ["chapter_three.txt", "chapter_one.txt", "chapter_two.txt", "someone.txt"]
    assert sorted(names, key=natural_key) == [
        "chapter_one.txt", "chapter_two.txt", "chapter_three.txt", "someone.txt"]


def test_folder_import_is_recursive_natural_and_skips_hidden(tmp_path):
    book = tmp_path / "book"
    (book / "Part 2").mkdir(parents=True)
    (book / "Part 10").mkdir()
    (book / ".git").mkdir()
    for relative in (
        "Part 2/ch 10.txt",
        "Part 2/ch 9.txt",
        "Part 10/ch 1.txt",
        "prologue.md",
        ".hidden.txt",
        ".git/notes.txt",
        "~$apter.docx",
        "cover.png",
        "Part 2/outline.pdf",
    ):
        (book / relative).write_text(f"text of {relative}", encoding="utf-8")
    batch = import_paths([book])
    assert [d.source.relative_to(book).as_posix() for d in batch.documents] == [
        "Part 2/ch 9.txt",
        "Part 2/ch 10.txt",
        "Part 10/ch 1.txt",
        "prologue.md",
    ]
    assert batch.refused == ()  # non-text files inside folders are skipped silently


def test_the_same_file_twice_is_imported_once(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("once", encoding="utf-8")
    assert texts(import_paths([path, tmp_path, str(path)])) == [("one", "once")]


def test_explicit_unsupported_file_is_refused(tmp_path):
    path = tmp_path / "cover.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    batch = import_paths([path])
    assert batch.documents == ()
    assert [str(refusal) for refusal in batch.refused] == [
        f"{path}: is not a supported file type (Continuity reads .txt, .md, .docx and .odt)"
    ]


def test_a_bad_file_does_not_stop_the_batch(tmp_path):
    (tmp_path / "1 good.txt").write_text("good", encoding="utf-8")
    (tmp_path / "2 empty.txt").write_bytes(b"")
    (tmp_path / "3 good.txt").write_text("also good", encoding="utf-8")
    batch = import_paths([tmp_path, tmp_path / "missing.txt"])
    assert texts(batch) == [("1 good", "good"), ("3 good", "also good")]
    assert [str(r) for r in batch.refused] == [
        f"{tmp_path / '2 empty.txt'}: is empty",
        f"{tmp_path / 'missing.txt'}: does not exist",
    ]


def test_limit_is_twenty_megabytes():
    assert MAX_FILE_BYTES == 20 * 1024 * 1024
