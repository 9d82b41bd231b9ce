"""Files in, clean text out: the importer for .txt, .md, .docx and .odt manuscripts.

Pure Python (no Qt, no SQL). Every bad file is refused with an ImportRefused whose message
names the file and says why in words: binary, undecodable, empty, too large, unreadable,
unsupported. `import_paths` never raises for a bad file; it collects the refusals so one
broken file does not cost the writer the rest of the folder.

Text is normalised the same way whatever its source: BOM removed, \\r\\n and \\r turned
into \\n, Unicode NFC (so "é" typed two ways is one string for name matching).
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from app.core.errors import ImportRefused
from app.core.text import NUMBER_WORDS

MAX_FILE_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
DOCUMENT_SUFFIXES = frozenset({".docx", ".odt"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | DOCUMENT_SUFFIXES
_LIMIT_TEXT = f"{MAX_FILE_BYTES // (1024 * 1024)} MB"

# Leading bytes of common non-text files someone might rename to .txt.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "a media file"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document (save it as .docx or .txt)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word document (save it as .docx)"),
)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# A well-formed UTF-8 multi-byte sequence: legacy 8-bit text almost never contains one.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Control characters that never occur in prose (tab, newline, CR, form feed allowed).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# A chapter's number: digits, Roman numerals, or a number word from one to twenty.
_NUMBER = r"(?:[0-9]+|[ivxlcdm]+|" + "|".join(
    word for word, value in NUMBER_WORDS.items() if 0 < value <= 20) + ")"
_CHAPTER_LINE = re.compile(
    r"^\s*(chapter|chap\.)\s+(" + _NUMBER + r")\b[^\n]{0,60}$", re.IGNORECASE)


def _line_of_its_own(heading: str) -> re.Pattern[str]:
    """`heading` alone on a line with a blank line (or the start/end of text) either side."""
    return re.compile(
        rf"(?:\A|\n[ \t]*\n)[ \t]*({heading})[ \t]*(?=\n[ \t]*\n|\n?[ \t]*\Z)", re.IGNORECASE
    )


# A chapter heading in plain text: "CHAPTER I", "Chapter 12" or "CHAPTER XLV." (optionally
# followed by a short title); a part heading: "VOLUME II", "Book One", "PART 3".
_TEXT_HEADING = _line_of_its_own(
    rf"(?:chapter|chap\.)[ \t]+{_NUMBER}\.?(?:[ \t]*[:.—–-][ \t]*[^\n]{{1,60}})?"
)
_PART_HEADING = _line_of_its_own(rf"(?:volume|vol\.|book|part)[ \t]+{_NUMBER}\.?")
MIN_TEXT_CHAPTERS = 2  # one "Chapter 1" line is a title, not a reason to split the file


@dataclass(frozen=True)
class ImportedDocument:
    title: str
    text: str
    source: Path


@dataclass(frozen=True)
class ImportBatch:
    documents: tuple[ImportedDocument, ...]
    refused: tuple[ImportRefused, ...]


def natural_key(name: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key putting "Chapter 2" before "Chapter 10" and "chapter_two" before
    "chapter_three" (digits and number words compare as numbers)."""
    return tuple(
        (0, int(part), part) if part.isdigit()
        else (0, NUMBER_WORDS[part], part) if part in NUMBER_WORDS
        else (1, 0, part)
        for part in _NUMBERS.split(name.casefold())
        if part
    )


# Digits, or a number word standing alone ("chapter_three", not "someone").
_NUMBERS = re.compile(r"(\d+|(?<![a-z])(?:" + "|".join(
    sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?![a-z]))")


def normalise(text: str) -> str:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def decode_text(data: bytes, path: Path) -> str:
    """Decode a plain-text file's bytes, or refuse it in words."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ImportRefused(path, f"is {what}, not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).removeprefix("\ufeff")
            except UnicodeDecodeError:
                raise ImportRefused(
                    path, f"is damaged: it is marked {encoding.upper()} but is not valid text in it"
                ) from None
    if b"\x00" in data:
        return _decode_with_nuls(data, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _UTF8_SEQUENCE.search(data):
            # Mostly UTF-8 with broken bytes: guessing another encoding would turn every
            # accented letter into garbage, so say where it breaks instead.
            raise ImportRefused(
                path, f"is not valid UTF-8 text (broken at byte {error.start}); re-save it as UTF-8"
            ) from None
    return _decode_legacy(data, path)


def _decode_with_nuls(data: bytes, path: Path) -> str:
    """NUL bytes mean UTF-16 without a BOM (every other byte zero for Latin text) or binary."""
    even, odd = data[0::2], data[1::2]
    zeros_even = even.count(0) / max(len(even), 1)
    zeros_odd = odd.count(0) / max(len(odd), 1)
    encoding = None
    if zeros_odd > 0.3 and zeros_even < 0.05:
        encoding = "utf-16-le"
    elif zeros_even > 0.3 and zeros_odd < 0.05:
        encoding = "utf-16-be"
    if encoding and len(data) % 2 == 0:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            text = ""
        if text and not _CONTROL.search(text):
            return text
    # Non-Latin UTF-16 (CJK, say) has few zero bytes; let charset-normalizer judge, but
    # trust it only for UTF-16/32: any 8-bit guess for NUL-laden bytes is binary.
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding.startswith(("utf_16", "utf_32")):
        text = str(best)
        if not _CONTROL.search(text):
            return text
    raise ImportRefused(path, "is a binary file, not text")


def _decode_legacy(data: bytes, path: Path) -> str:
    # Windows-1252 first: charset-normalizer guesses Central European code pages for short
    # English or French text with a few accents, and cp1252 is what Word on Windows wrote.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _CONTROL.search(western):
        western = None
    if western is not None and not _looks_non_western(western):
        return western
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        text = str(best)
        if not _CONTROL.search(text):
            return text
    if western is not None:
        return western
    raise ImportRefused(path, "could not be decoded as text in any known encoding")


def _looks_non_western(text: str) -> bool:
    """Mostly "À-ÿ" letters: Cyrillic or Greek read as Windows-1252, not French or German.

    Accented letters are a small minority of letters in Western European prose.
    """
    letters = [char for char in text if char.isalpha()]
    accented = sum(1 for char in letters if "\u00c0" <= char <= "\u00ff")
    return bool(letters) and accented / len(letters) > 0.3


def _paragraph_documents(
    paragraphs: Iterable[tuple[str, bool]], path: Path
) -> list[ImportedDocument]:
    """Split (text, is_heading) paragraphs into chapters at headings and "Chapter N" lines."""
    chapters: list[tuple[str, list[str]]] = [("", [])]
    for text, is_heading in paragraphs:
        text = text.strip()
        if not text:
            continue  # empty paragraphs are spacing in a word processor, not content
        if is_heading or _CHAPTER_LINE.match(text):
            chapters.append((text, []))
        else:
            chapters[-1][1].append(text)
    documents = []
    for heading, body in chapters:
        if not body:
            continue  # "Part One" directly followed by "Chapter 1" is not a chapter
        title = f"{path.stem} — {heading}" if heading else path.stem
        documents.append(ImportedDocument(normalise(title), normalise("\n\n".join(body)), path))
    if not documents:
        raise ImportRefused(path, "is empty")
    return documents


def _docx_paragraphs(data: bytes, path: Path) -> list[tuple[str, bool]]:
    import docx  # imported here: python-docx loads lxml, which plain-text users never need

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds for a damaged package
        raise ImportRefused(path, f"is not a readable Word document ({error})") from None
    result = []
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        result.append((paragraph.text, style.startswith(("Heading", "Title"))))
    return result


def _odt_paragraphs(data: bytes, path: Path) -> list[tuple[str, bool]]:
    from odf import teletype
    from odf.opendocument import load
    from odf.style import Style

    try:
        document = load(io.BytesIO(data))
    except Exception as error:  # odfpy raises zip, XML and key errors alike
        raise ImportRefused(path, f"is not a readable OpenDocument file ({error})") from None
    parents = {
        style.getAttribute("name"): style.getAttribute("parentstylename") or ""
        for style in document.automaticstyles.getElementsByType(Style)
    }

    def is_heading_style(name: str) -> bool:
        name = (name or "").casefold()
        return "heading" in name or "title" in name

    result: list[tuple[str, bool]] = []

    def walk(node: object) -> None:
        for child in getattr(node, "childNodes", ()):
            kind = getattr(child, "qname", ("", ""))[1]
            if kind in ("p", "h"):
                style = child.getAttribute("stylename") or ""
                heading = kind == "h" or is_heading_style(style)
                heading = heading or is_heading_style(parents.get(style, ""))
                result.append((teletype.extractText(child), heading))
            else:
                walk(child)  # lists, sections and tables hold paragraphs too

    walk(document.text)
    return result


def split_text_chapters(text: str, stem: str, path: Path) -> list[ImportedDocument]:
    """Split plain text at chapter-heading lines into "stem — CHAPTER I" documents.

    Only when the text holds at least MIN_TEXT_CHAPTERS headings; otherwise (and for the
    text before the first heading, such as a title page) the stem alone is the title.
    Chapter bodies are kept as written, without the blank lines around them. Part headings
    ("VOLUME II") between chapters are taken out of the text; when chapter titles repeat
    (every volume starting again at CHAPTER I) they name the part: "stem — VOLUME II,
    CHAPTER I".
    """
    headings = list(_TEXT_HEADING.finditer(text))
    if len(headings) < MIN_TEXT_CHAPTERS:
        return [ImportedDocument(stem, text, path)]
    chapters: list[tuple[str, str, str]] = []  # (part, heading, body)
    front, part = _take_parts(text[: headings[0].start()], "")
    for i, match in enumerate(headings):
        end = headings[i + 1].start() if i + 1 < len(headings) else len(text)
        body, next_part = _take_parts(text[match.end() : end], part)
        if body.strip():  # "CHAPTER I" straight after "CHAPTER I" in a contents list
            chapters.append((part, " ".join(match.group(1).split()), body))
        part = next_part  # a part heading at the end of a chapter starts the next part
    repeated = len({heading for _part, heading, _body in chapters}) < len(chapters)
    documents = [ImportedDocument(stem, front, path)] if front.strip() else []
    for part, heading, body in chapters:
        title = f"{part}, {heading}" if repeated and part else heading
        documents.append(ImportedDocument(f"{stem} — {title}", body, path))
    return documents


def _take_parts(segment: str, part: str) -> tuple[str, str]:
    """`segment` without its part-heading lines, and the part in force after it."""
    found = list(_PART_HEADING.finditer(segment))
    if found:
        part = " ".join(found[-1].group(1).split())
        segment = _PART_HEADING.sub("", segment)
    return segment.strip("\n"), part


def read_document(path: str | Path, *, split_chapters: bool = False) -> list[ImportedDocument]:
    """Read one file into one or more documents.

    docx/odt are always split at chapters (their headings are explicit); plain text only
    when `split_chapters` is set (the GUI import does; `continuity check` reports one
    document per file).
    """
    path = Path(path)
    suffix = path.suffix.casefold()
    if not path.exists():
        raise ImportRefused(path, "does not exist")
    if path.is_dir():
        raise ImportRefused(path, "is a folder, not a file")
    if suffix not in SUPPORTED_SUFFIXES:
        raise ImportRefused(
            path, "is not a supported file type (Continuity reads .txt, .md, .docx and .odt)"
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(
                path, f"is larger than the {_LIMIT_TEXT} limit ({size / (1024 * 1024):.1f} MB)"
            )
        if size == 0:
            raise ImportRefused(path, "is empty")
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise ImportRefused(path, "cannot be read (permission denied)") from None
    except OSError as error:
        raise ImportRefused(path, f"cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_FILE_BYTES:  # grew after stat(), or stat() lied (pipes, /proc)
        raise ImportRefused(path, f"is larger than the {_LIMIT_TEXT} limit")
    if suffix == ".docx":
        return _paragraph_documents(_docx_paragraphs(data, path), path)
    if suffix == ".odt":
        return _paragraph_documents(_odt_paragraphs(data, path), path)
    text = normalise(decode_text(data, path))
    if not text.strip():
        raise ImportRefused(path, "is empty")
    if split_chapters:
        return split_text_chapters(text, normalise(path.stem), path)
    return [ImportedDocument(normalise(path.stem), text, path)]


def _folder_files(folder: Path, refused: list[ImportRefused]) -> list[Path]:
    """Supported files under `folder`, recursively, skipping hidden names and loops."""
    found: list[Path] = []
    seen_dirs: set[str] = set()
    pending = [folder]
    while pending:
        current = pending.pop()
        real = os.path.realpath(current)
        if real in seen_dirs:
            continue  # a symlink back up the tree (or a second link to one folder)
        seen_dirs.add(real)
        try:
            entries = list(os.scandir(current))
        except OSError as error:
            reason = (
                "cannot be read (permission denied)"
                if isinstance(error, PermissionError)
                else f"cannot be read ({error.strerror or error})"
            )
            refused.append(ImportRefused(current, reason))
            continue
        for entry in entries:
            # Hidden files, and the "~$name.docx" owner files Word leaves beside open documents.
            if entry.name.startswith((".", "~$")):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                continue
            if is_dir:
                pending.append(Path(entry.path))
            elif Path(entry.name).suffix.casefold() in SUPPORTED_SUFFIXES:
                found.append(Path(entry.path))
    return sorted(
        found, key=lambda file: [natural_key(part) for part in file.relative_to(folder).parts]
    )


def import_paths(paths: Sequence[str | Path], *, split_chapters: bool = False) -> ImportBatch:
    """Import files and folders in the order given; bad files are refused, not raised.

    `split_chapters` splits plain-text files at chapter headings (see read_document)."""
    documents: list[ImportedDocument] = []
    refused: list[ImportRefused] = []
    seen_files: set[str] = set()
    for given in paths:
        given = Path(given)
        files = _folder_files(given, refused) if given.is_dir() else [given]
        for file in files:
            real = os.path.realpath(file)
            if real in seen_files:
                continue  # the same file reached twice (a link, or listed again)
            seen_files.add(real)
            try:
                documents.extend(read_document(file, split_chapters=split_chapters))
            except ImportRefused as refusal:
                refused.append(refusal)
            except Exception as error:  # a parser bug must not cost the rest of the batch
                refused.append(ImportRefused(file, f"could not be imported ({error})"))
    return ImportBatch(tuple(documents), tuple(refused))
