"""Letters a chapter quotes whole, and who signs each: whose "my" a letter's words are.

A novel in letters, or a chapter that gives a letter in full, changes its "I" with each letter: "My
sister Prudence is come from Columbus" in a letter signed "Your loving wife, / Martha" is Martha's
sister, whoever tells the rest. A letter runs from its salutation ("My Dear Wife,", "Dear Eli,", "My
son,", "To Mok Sau-ying, my wife, in my mother's house,"; a name alone on its line, "Sau-ying,",
only when it names a character of the story: not "Meanwhile,") — or, with none, from the end of the
letter before it or the chapter's heading — to its closing ("Your affectionate husband, / Elias
Hatherby", "Your Liesl"; each line short; or, for one its salutation opened, the last paragraph of a
name alone, "Meche" or "Salha, Umm Ezra", before the next salutation or heading, when that names a
character or signs another letter of the chapter; so for one opening on a name alone, "Azizi Ezra,")
— an email's header ("From: …", "Subject: …") ends the one before as a heading does — and is signed
by the one character the signature names (or, when it names no one character, the name the closing's
words carry above it: "Your Appachan / K. V. Ouseph"); it is written to the one its salutation
names, whom its "your" means, or, when that names no one ("My son, my eyes,") or ends on that one's
given name ("Azizi Ezra,"), the other of two characters who sign all the story's signed letters. The
letters of each chapter text are read once and kept in the manuscript's memo by that text; who signs
them, and where one opening on a name alone begins, hang on this run's cast.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from app.core.manuscript import Manuscript, SentenceView
from app.core.text import CAPITAL, Paragraph, paragraphs

_MEMO = "checks.letters"
_WRITERS_MEMO = "checks.letters.writers"
_OPENED_MEMO = "checks.letters.opened"

# How a letter is signed off: "Your loving wife,", "Yours ever,", "Ever your", "With all my
# love,", "With prayers,", "With kind regards,", "Affectionately,". The words before the name,
# in a short paragraph.
_CLOSING = re.compile(
    r"(?:Your|Yours|Ever|Always|With\s+(?:all\s+my\s+|my\s+|[a-z]+\s+)?(?:love|prayers|"
    r"blessings|regards|affection|respects|best\s+wishes|thanks|gratitude)|All\s+my\s+love|"
    r"Love|Fondly|Affectionately|Sincerely|Faithfully|Respectfully|In\s+haste)\b")
# The words of endearment a letter opens on ("Dear Eli,", "Dearest Mama —"), after a "My" or
# not; with that "My", the words a salutation opens with that are no part of a name.
_ENDEARMENTS = ("dear", "dearest", "darling", "beloved")
_SALUTATION_WORDS = frozenset({"my", *_ENDEARMENTS})
# How a letter opens: "My Dear Wife,", "Dear Eli,", "Dearest Mama —".
# So does one calling the reader by what they are to the writer, a paragraph of its own: "My
# son,", "My son, my eyes,".
_SALUTATION = re.compile(rf"(?:My\s+)?(?:{'|'.join(_ENDEARMENTS)})\b[^\n]*[,:!—-]$|"
                         r"My\s+\w+(?:,\s+my\s+\w+)*,$", re.IGNORECASE)
# A letter opening on whom it is to, by name alone ("Sau-ying,") or after "To", with what is
# said of them running on to the line's end or not ("To Mok Sau-ying, my wife, in my mother's
# house,", "To Mok Sau-ying,").
_NAME = rf"{CAPITAL}[\w'’-]*(?:\s+{CAPITAL}[\w'’-]*){{0,2}}"
_TO_NAME = re.compile(rf"(?:To\s+(?P<to>{_NAME})(?:,[^\n]*)?|(?P<alone>{_NAME})\s*),$")
# An email's header ("From: Marilou Villaflor", "To: …", "Subject: …"): the letter below it is
# a new one, even when the one before was left unsigned.
_HEADER = re.compile(r"(?:From|To|Cc|Date|Sent|Subject):\s")
# The most words a salutation, a closing or a signature runs to (each line of them).
_SHORT = 10
_NAME_WORD = re.compile(rf"{CAPITAL}[\w'’-]*")
# A paragraph of a name alone, with no stop or comma ("Meche", not "Nothing." nor "Sau-ying,"),
# or with what the writer is also called after a comma ("Salha, Umm Ezra").
_BARE_NAME = re.compile(rf"{_NAME}(?:,\s*{_NAME})?")
# What a signature adds in brackets: "Bridget Coyle (Bridget Tom)", the name she goes by.
_BRACKETED = re.compile(r"\s*\([^()\n]*\)")


@dataclass(frozen=True, slots=True)
class _Letter:
    start: int
    end: int
    signature: tuple[str, ...]
    """The capitalised words the letter is signed with ("Elias", "Hatherby")."""
    salutation: tuple[str, ...] = ()
    """The capitalised words of the name it is written to ("Eli" of "Dear Eli,"), if any."""
    named_openings: tuple[tuple[int, tuple[str, ...]], ...] = ()
    """The one-line paragraphs of a name alone after `start` ("Sau-ying,"), where each begins
    and its name words: the letter opens on the last that names a character of the story
    (`_opened`), not on one that names no one ("Sunday,", "Meanwhile,")."""
    signed_as: tuple[str, ...] = ()
    """The name the closing's own words carry above the signature ("Appachan" of "Your
    Appachan / K. V. Ouseph"), if any: who signs when the signature names no one character."""
    bare: bool = False
    """Whether it closes on a name alone with no closing's words above it ("Meche"): a letter
    only if that name is a character's or signs another letter of the chapter
    (`_opened_letters`)."""


def writer(manuscript: Manuscript, view: SentenceView) -> str | None:
    """The character who signs the letter the sentence at `view` is part of, if it is in one
    and its signature names one character of the story."""
    letter = _letter_at(manuscript, view)
    return None if letter is None else _signed_by(manuscript, letter)


def _signed_by(manuscript: Manuscript, letter: _Letter) -> str | None:
    """The character who signs the letter, if its signature names one."""
    # "Your Appachan / K. V. Ouseph": the initials and a surname two of the family bear may
    # name no one character, what the family calls him does.
    return _signer(manuscript, letter.signature) or (
        _signer(manuscript, letter.signed_as) if letter.signed_as else None)


def recipient(manuscript: Manuscript, view: SentenceView) -> str | None:
    """The character the letter the sentence at `view` is part of is written to — whom its
    "your" means — if its salutation names one character of the story ("Dear Eli,"; not "My
    Dear Wife,"), else the other of two who write each other (`_other_correspondent`)."""
    letter = _letter_at(manuscript, view)
    if letter is None:
        return None
    named = _signer(manuscript, letter.salutation) if letter.salutation else None
    other = _other_correspondent(manuscript, letter)
    if named is not None and other is not None and named != other and (
            letter.salutation[-1] == other.split()[0]):
        # "Azizi Ezra," to Ezra, who writes back: a word said before the given name ("my
        # dear" in Arabic) the cast may have taken into a name of its own.
        return other
    if named is None and other is not None and not _may_name(manuscript, letter, other):
        # "Mas Pardi," over a letter Sitie signs to her brother: a name the cast cannot pin
        # to one character still says whom the letter is to, and it is not the other writer.
        return None
    return named if named is not None else other


def _may_name(manuscript: Manuscript, letter: _Letter, character: str) -> bool:
    """Whether the name the letter is written to, by its salutation or a name alone on a
    line ("Mas Pardi,"), may be the character's: when it names no one of the cast ("My Dear
    Wife,", "Dear Bapak,"), or several, among them this one."""
    said = letter.salutation or next(
        (name for _, name in reversed(letter.named_openings) if manuscript.characters_named_by(
            lambda words, name=name: not set(name).isdisjoint(words))), ())
    if not said:
        return True
    named = manuscript.characters_named_by(lambda words: not set(said).isdisjoint(words))
    return not named or character in named


def _other_correspondent(manuscript: Manuscript, letter: _Letter) -> str | None:
    """The one a letter whose salutation names no one ("My son, my eyes,") is written to,
    when the story's letters go between two characters, each signing some of them: the one
    of the two who did not sign it. A correspondence of two answers itself."""
    signer = _signed_by(manuscript, letter)
    signers = {_signed_by(manuscript, each) for document in manuscript.documents
               for each in _opened_letters(manuscript, document)} - {None}
    if signer is None or signer not in signers or len(signers) != 2:
        return None
    return (signers - {signer}).pop()


def _letter_at(manuscript: Manuscript, view: SentenceView) -> _Letter | None:
    letters = _opened_letters(manuscript, view.document)
    if not letters:
        return None
    at = bisect_right(letters, view.start, key=lambda letter: letter.start) - 1
    if at < 0 or view.end > letters[at].end:
        return None
    return letters[at]


def _signer(manuscript: Manuscript, signature: tuple[str, ...]) -> str | None:
    held: dict[tuple[str, ...], str | None] = manuscript.run_memo(_WRITERS_MEMO)
    if signature not in held:
        held[signature] = None
        # The whole signature as a name of one character ("Martha Hale", where "Hale" is
        # her husband's too), else its first word, else any word of it ("Cpl. E. Hatherby").
        for signs in (lambda words: words == signature,
                      lambda words: signature[0] in words[:1],
                      lambda words: not set(signature).isdisjoint(words)):
            named = manuscript.characters_named_by(signs)
            if named:
                held[signature] = named.pop() if len(named) == 1 else None
                break
    return held[signature]


def _opened_letters(manuscript: Manuscript, document: str) -> list[_Letter]:
    """The document's letters, each opening where this run's cast says (`_opened`)."""
    held: dict[str, list[_Letter]] = manuscript.run_memo(_OPENED_MEMO)
    if document not in held:
        letters = _letters(manuscript, document)
        signed = {word for letter in letters if not letter.bare for word in letter.signature}
        held[document] = [_opened(manuscript, letter) for letter in letters
                          if not letter.bare or set(letter.signature) <= signed
                          or _signer(manuscript, letter.signature) is not None]
    return held[document]


def _opened(manuscript: Manuscript, letter: _Letter) -> _Letter:
    """The letter as it opens on the last name said alone on a line of its own that names a
    character ("Sau-ying,"), if any does: written to that character, from there."""
    for start, name in reversed(letter.named_openings):
        if _signer(manuscript, name) is not None:
            return replace(letter, start=start, salutation=name, named_openings=())
    return letter


def _letters(manuscript: Manuscript, document: str) -> list[_Letter]:
    held: dict[str, tuple[str, list[_Letter]]] = manuscript.memo.setdefault(_MEMO, {})
    text = manuscript.documents[document].text
    kept = held.get(document)
    if kept is None or kept[0] is not text:
        kept = held[document] = (text, _read_letters(text))
    return kept[1]


def _read_letters(text: str) -> list[_Letter]:
    """The letters of one chapter text, in order."""
    blocks = paragraphs(text)
    letters: list[_Letter] = []
    opened: int | None = None  # where the letter being read began: its salutation
    to: tuple[str, ...] = ()  # the name words of that salutation
    named: list[tuple[int, tuple[str, ...]]] = []  # names alone on a line since: `named_openings`
    boundary: int | None = 0  # where a letter without one begins: after a heading or a close
    signed_below = -1  # the paragraph that holds the last closing's name alone
    bare: Paragraph | None = None  # the last name alone since the salutation: "Meche"

    def close_bare() -> None:
        # A letter its salutation opened, left without a closing's words, ends on the last
        # paragraph of a name alone before what begins anew (a salutation, a heading); so
        # does one that opens on a name alone on its line ("Azizi Ezra,"), whether or not
        # that names a character (`_opened`).
        start = opened if opened is not None else named[0][0] if named else None
        if start is not None and bare is not None:
            letters.append(_Letter(start, bare.end, tuple(_NAME_WORD.findall(
                text[bare.start : bare.end])), to if opened is not None else (), tuple(named),
                bare=True))

    for number, block in enumerate(blocks):
        if block.heading or _HEADER.match(text, block.start):
            close_bare()
            opened, boundary, named, bare = None, None, [], None
            continue
        if number == signed_below:
            continue
        if boundary is None:
            boundary = block.start
        lines = text[block.start : block.end].splitlines()
        addressed = _TO_NAME.fullmatch(lines[0]) if len(lines) == 1 and not (
            _CLOSING.match(lines[0]) or _SALUTATION.match(lines[0])
        ) else None  # "Love," signs off; "Dear Eli," is read below
        if addressed is not None and addressed.group("to"):
            close_bare()
            opened, to, named = block.start, _salutation_name(addressed.group("to")), []
            bare = None
            continue
        if addressed is not None:
            # A name alone ("Sau-ying,") may be a word that starts a line of the story
            # ("Meanwhile,"): only the cast can tell, which is this run's (`_opened`).
            name = _salutation_name(addressed.group("alone"))
            if name:
                named.append((block.start, name))
            continue
        if any(len(line.split()) > _SHORT for line in lines):
            continue  # (each line: "Your husband, who thinks of you at the lamp, / Lau Kwok-hing")
        if _SALUTATION.match(lines[0]):
            # A letter begins (one before it left unsigned ends).
            close_bare()
            opened, to, named = block.start, _salutation_name(lines[0]), []
            bare = None
            continue
        if len(lines) == 1 and not _CLOSING.match(lines[0]) and _BARE_NAME.fullmatch(
                lines[0].strip()):  # ("Yours" is a closing whose name is below)
            bare = block  # "Meche": a signature, if nothing closes the letter after it
            continue
        if not _CLOSING.match(lines[0]) or lines[-1].rstrip().endswith((".", "?", "!")):
            continue  # "Your father sends his love.": a line of the letter, not its close
        signature, below = _signature(text, lines, blocks, number)
        if not signature:
            continue
        letters.append(_Letter(opened if opened is not None else boundary, block.end,
                               signature, to if opened is not None else (), tuple(named),
                               _signed_as(lines)))
        opened, boundary, to, named, bare = None, None, (), [], None
        signed_below = number + 1 if below else -1
    close_bare()
    return letters


def _salutation_name(line: str) -> tuple[str, ...]:
    """The name words of a salutation ("Eli" of "Dear Eli,", "Wife" of "My Dear Wife,")."""
    return tuple(word for word in _NAME_WORD.findall(line)
                 if word.lower() not in _SALUTATION_WORDS)


def _signed_as(lines: list[str]) -> tuple[str, ...]:
    """The name words after the closing's words on a line above the signature's own ("Your
    Appachan" over "K. V. Ouseph"), the last such line's."""
    found: tuple[str, ...] = ()
    for line in lines[:-1]:
        closing = _CLOSING.match(line)
        if closing is not None:
            found = tuple(_NAME_WORD.findall(line[closing.end() :])) or found
    return found


def _signature(text: str, lines: list[str], blocks: list[Paragraph],
               number: int) -> tuple[tuple[str, ...], bool]:
    """The name a closing signs with, and whether it stands alone in the paragraph below: on
    the closing's own last line ("Your loving wife,\nMartha"), in the short paragraph after a
    closing that ends in a comma or without a name ("Yours ever," / "Kitty"), or after the
    closing's words on one line ("Your Liesl")."""
    lines = [_BRACKETED.sub("", line) for line in lines]
    if len(lines) > 1:
        return tuple(_NAME_WORD.findall(lines[-1])), False
    line = lines[0]
    after = _CLOSING.match(line)
    rest = line[after.end() :] if after is not None else line
    named = tuple(_NAME_WORD.findall(rest))
    if named and not line.rstrip().endswith(","):
        return named[-1:], False
    if number + 1 < len(blocks):
        following = blocks[number + 1]
        signed = text[following.start : following.end]
        signed = _BRACKETED.sub("", signed)
        if len(signed.split()) <= 3 and "\n" not in signed:
            return tuple(_NAME_WORD.findall(signed)), True
    return (), False
