"""Plain-text chapter splitting: on for the GUI import, off for `continuity check`."""

from __future__ import annotations

import pytest

from app.core.importer import ImportedDocument, import_paths, read_document

BOOK = """EMMA

By Jane Austen


VOLUME I


CHAPTER I


Emma Woodhouse, handsome, clever, and rich.

She was the youngest.


Chapter 2

Mr. Weston was a native of Highbury.
He said "Chapter 3 was long" aloud.


CHAPTER XLV.

Box Hill.
"""


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "Emma.txt"
    path.write_text(BOOK, encoding="utf-8")
    return path


def test_split_at_heading_lines(book):
    documents = read_document(book, split_chapters=True)
    assert [(d.title, d.text) for d in documents] == [
        ("Emma", "EMMA\n\nBy Jane Austen"),  # "VOLUME I" is a part heading, not text
        (
            "Emma — CHAPTER I",
            "Emma Woodhouse, handsome, clever, and rich.\n\nShe was the youngest.",
        ),
        (
            "Emma — Chapter 2",
            'Mr. Weston was a native of Highbury.\nHe said "Chapter 3 was long" aloud.',
        ),
        ("Emma — CHAPTER XLV.", "Box Hill."),
    ]
    assert all(d.source == book for d in documents)


def test_no_split_unless_asked(book):
    assert read_document(book) == [ImportedDocument("Emma", BOOK, book)]
    assert [d.title for d in import_paths([book]).documents] == ["Emma"]


def test_import_paths_passes_the_option_on(book, tmp_path):
    plain = tmp_path / "notes.md"
    plain.write_text("Just notes.\n", encoding="utf-8")
    batch = import_paths([book, plain], split_chapters=True)
    assert [d.title for d in batch.documents] == [
        "Emma",
        "Emma — CHAPTER I",
        "Emma — Chapter 2",
        "Emma — CHAPTER XLV.",
        "notes",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chapter 1\n\nOnly one heading, so the file is one chapter.\n",
        "Chapter 1\nis not alone on its line here.\n\nChapter 2\nnor here.\n",
        "Prose that mentions\nChapter 1\nand\nChapter 2\nwithout blank lines.\n",
        "The chapter one story.\n\nChapter the last words.\n",
    ],
)
def test_text_without_two_heading_lines_stays_whole(tmp_path, text):
    path = tmp_path / "Draft.txt"
    path.write_text(text, encoding="utf-8")
    assert read_document(path, split_chapters=True) == [ImportedDocument("Draft", text, path)]


def test_heading_with_a_title_and_crlf(tmp_path):
    path = tmp_path / "Book.txt"
    path.write_bytes(b"Chapter 1: The Ball\r\n\r\nThey danced.\r\n\r\nChapter 2\r\n\r\nRain.\r\n")
    assert [(d.title, d.text) for d in read_document(path, split_chapters=True)] == [
        ("Book — Chapter 1: The Ball", "They danced."),
        ("Book — Chapter 2", "Rain."),
    ]


def test_empty_chapters_are_skipped(tmp_path):
    path = tmp_path / "Contents.txt"
    path.write_text("CHAPTER I\n\nCHAPTER II\n\nCHAPTER I\n\nText one.\n\nCHAPTER II\n\nTwo.\n")
    assert [(d.title, d.text) for d in read_document(path, split_chapters=True)] == [
        ("Contents — CHAPTER I", "Text one."),
        ("Contents — CHAPTER II", "Two."),
    ]


def test_volumes_name_the_part_when_chapter_titles_repeat(tmp_path):
    path = tmp_path / "Emma.txt"
    path.write_text(
        "EMMA\n\nVOLUME I\n\nCHAPTER I\n\nOne.\n\nCHAPTER II\n\nTwo.\n\n\n"
        "VOLUME II\n\nCHAPTER I\n\nThree.\n\nCHAPTER II\n\nFour.\n",
        encoding="utf-8",
    )
    assert [(d.title, d.text) for d in read_document(path, split_chapters=True)] == [
        ("Emma", "EMMA"),
        ("Emma — VOLUME I, CHAPTER I", "One."),
        ("Emma — VOLUME I, CHAPTER II", "Two."),  # "VOLUME II" is not part of its text
        ("Emma — VOLUME II, CHAPTER I", "Three."),
        ("Emma — VOLUME II, CHAPTER II", "Four."),
    ]


def test_parts_stay_out_of_titles_when_chapters_are_numbered_through(tmp_path):
    path = tmp_path / "Novel.md"
    path.write_text(
        "Part One\n\nChapter 1\n\nA.\n\nPart Two\n\nChapter 2\n\nB.\n", encoding="utf-8"
    )
    assert [(d.title, d.text) for d in read_document(path, split_chapters=True)] == [
        ("Novel — Chapter 1", "A."),
        ("Novel — Chapter 2", "B."),
    ]
