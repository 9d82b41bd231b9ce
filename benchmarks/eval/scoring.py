"""Matching predicted entities, warnings and phrases against gold, and counting TP/FP/FN.

Pure functions over plain strings and tuples, no I/O and no import of the analysis, so the
counting rules can be unit-tested exactly (tests/benchmarks/test_eval_scoring.py).

Counting convention (entity-level, the same for every task):
- TP: gold items found by at least one prediction;
- FN: gold items no prediction matches;
- FP: predictions that match no gold item and no "acceptable" item;
- duplicates: extra predictions matching an already-found gold item. They are neither TP nor
  FP (a character split over two entries is reported separately, not double-counted), and
  predictions matching only an acceptable item are neutral too.
Precision = TP / (TP + FP), recall = TP / (TP + FN). With nothing predicted and nothing gold
both are 1.0 (nothing to find, nothing wrong); with one side empty the usual zeros follow.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

P = TypeVar("P")
G = TypeVar("G")

# Honorific prefixes ignored when matching names. Spelling variants map to one class so that
# "Mr Weston" and "Mr. Weston" agree, but "Mr." and "Mrs." stay different people.
_HONORIFIC_CLASSES: dict[str, str] = {
    "mr": "mr",
    "mister": "mr",
    "mrs": "mrs",
    "missus": "mrs",
    "miss": "miss",
    "ms": "ms",
    "dr": "dr",
    "doctor": "dr",
    "sir": "sir",
    "lady": "lady",
    "lord": "lord",
    "colonel": "colonel",
    "captain": "captain",
    "rev": "rev",
    "reverend": "rev",
    "señor": "señor",
    "señora": "señora",
    "don": "don",
    "doña": "doña",
    "uncle": "uncle",
    "aunt": "aunt",
    "auntie": "aunt",
}

_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def casefold(text: str) -> str:
    """Case-fold and NFC-normalise; accents are kept because Zoë/Zoe is a finding."""
    text = unicodedata.normalize("NFC", text).replace("’", "'")
    return text.casefold()


def split_name(name: str) -> tuple[str, tuple[str, ...]]:
    """("mrs", ("weston",)) for "Mrs. Weston": honorific class (or "") and bare name tokens."""
    tokens = _TOKEN.findall(casefold(name))
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]  # "the Meadows" is the place a story calls "Meadows" too
    title = ""
    if len(tokens) > 1 and tokens[0] in _HONORIFIC_CLASSES:
        title = _HONORIFIC_CLASSES[tokens[0]]
        tokens = tokens[1:]
    return title, tuple(tokens)


def names_equal(a: str, b: str) -> bool:
    """True when two spellings name the same person, ignoring case and honorifics.

    The honorific is ignored only when one side has none: "Weston" matches "Mrs. Weston",
    but "Mr. Woodhouse" does not match "Miss Woodhouse" (Emma), which a blunt strip would
    allow and so credit one found entity to two different gold characters.
    """
    title_a, bare_a = split_name(a)
    title_b, bare_b = split_name(b)
    if not bare_a or bare_a != bare_b:
        return False
    return not title_a or not title_b or title_a == title_b


def name_covers(a: str, b: str) -> bool:
    """True when one name equals the other or contains it as whole words.

    Warnings may name "Sofie Laurent" where the gold pair says "Sofie"; both are the same
    finding, so containment counts in either direction (honorifics ignored as above).
    """
    if names_equal(a, b):
        return True
    _, bare_a = split_name(a)
    _, bare_b = split_name(b)
    if not bare_a or not bare_b:
        return False
    short, long = sorted((bare_a, bare_b), key=len)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


@dataclass(frozen=True)
class Score:
    """Counts for one task on one corpus, plus what was missed and what was spurious."""

    tp: int
    fp: int
    fn: int
    duplicates: int = 0
    misses: tuple[str, ...] = ()
    spurious: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0 if not self.fn else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        """Micro-average: add the counts of several corpora."""
        return Score(
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.duplicates + other.duplicates,
            self.misses + other.misses,
            self.spurious + other.spurious,
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "duplicates": self.duplicates,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "misses": list(self.misses),
            "spurious": list(self.spurious),
        }


def score_matches(
    predicted: Sequence[P],
    gold: Sequence[G],
    matches: Callable[[P, G], bool],
    *,
    acceptable: Callable[[P], bool] = lambda _p: False,
    describe_predicted: Callable[[P], str] = str,
    describe_gold: Callable[[G], str] = str,
) -> Score:
    """Count one task with the convention in the module docstring."""
    found = [False] * len(gold)
    fp = duplicates = 0
    spurious: list[str] = []
    for item in predicted:
        hits = [i for i, g in enumerate(gold) if matches(item, g)]
        if not hits:
            if not acceptable(item):
                fp += 1
                spurious.append(describe_predicted(item))
            continue
        new = [i for i in hits if not found[i]]
        if not new:
            duplicates += 1
        for i in new:
            found[i] = True
    misses = tuple(describe_gold(g) for g, ok in zip(gold, found, strict=True) if not ok)
    return Score(sum(found), fp, len(misses), duplicates, misses, tuple(spurious))


# ---- entities -------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEntity:
    """A gold character or place: its name and every accepted spelling of it."""

    name: str
    aliases: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def entity_matches(spellings: Sequence[str], gold: GoldEntity) -> bool:
    """A predicted entity (name + aliases) matches when any spelling equals a gold spelling."""
    return any(names_equal(p, g) for p in spellings for g in gold.spellings)


def score_entities(
    predicted: Sequence[Sequence[str]],
    gold: Sequence[GoldEntity],
    acceptable: Iterable[str] = (),
) -> Score:
    """Score predicted entities, each given as (name, *aliases)."""
    ok = tuple(acceptable)
    return score_matches(
        predicted,
        gold,
        entity_matches,
        acceptable=lambda p: any(names_equal(s, a) for s in p for a in ok),
        describe_predicted=lambda p: p[0],
        describe_gold=lambda g: g.name,
    )


# ---- name variants --------------------------------------------------------------------------


def variant_matches(warning_names: Sequence[str], pair: Sequence[str]) -> bool:
    """A name-variant warning flags the gold pair (a, b) if two different names cover a and b."""
    a, b = pair
    for i, x in enumerate(warning_names):
        for j, y in enumerate(warning_names):
            if i != j and name_covers(x, a) and name_covers(y, b):
                return True
    return False


def score_variants(warnings: Sequence[Sequence[str]], gold: Sequence[tuple[str, str]]) -> Score:
    """Score name-variant warnings (each given by its names) against gold variant pairs."""
    return score_matches(
        warnings,
        gold,
        variant_matches,
        describe_predicted=lambda w: " / ".join(w),
        describe_gold=lambda g: " / ".join(g),
    )


# ---- contradictions -------------------------------------------------------------------------

# Words whose presence in a warning's rule id or message identify the kind of contradiction.
# The analysis names its rules freely; this keeps the gold independent of those ids.
KIND_KEYWORDS: dict[str, tuple[str, ...]] = {
    "death": (
        "dead",
        "death",
        "died",
        "dies",
        "alive",
        "passed away",
        "late",
        "funeral",
        "buried",
        "killed",
    ),
    "surname": ("surname", "last name", "family name", "second name"),
    "relation": (
        "relation",
        "mother",
        "father",
        "sister",
        "brother",
        "wife",
        "husband",
        "daughter",
        "son",
        "aunt",
        "uncle",
        "cousin",
        "niece",
        "nephew",
        "grand",
        "parent",
        "sibling",
        "spouse",
    ),
    "attribute": (
        "attribute",
        "eye",
        "hair",
        "age",
        "years old",
        "tall",
        "height",
        "short",
        "colour",
        "color",
    ),
}


@dataclass(frozen=True)
class GoldContradiction:
    """A planted contradiction. `beyond_text` says why the clash needs a reader's outside
    inference (empty when the text itself states both sides)."""

    kind: str
    names: tuple[str, ...]
    note: str = ""
    beyond_text: str = ""

    def __str__(self) -> str:
        return f"{self.kind}: {', '.join(self.names)}"


@dataclass(frozen=True)
class PredictedFinding:
    """The parts of an app Finding the scoring needs, so tests need not build Spans."""

    names: tuple[str, ...]
    rule: str = ""
    message: str = ""

    def __str__(self) -> str:
        label = self.rule or self.message[:60]
        return f"{label} [{', '.join(self.names)}]"


def _keyword_pattern(word: str) -> str:
    # Whole words with a plural ending ("eyes", "sisters"); "grand" is a prefix on purpose
    # (grandmother, grandson) and nothing else is, so "late" never matches "later".
    tail = "" if word == "grand" else r"(?:s|es)?\b"
    return rf"\b{re.escape(word)}{tail}"


def _kinds_in(text: str) -> set[str]:
    text = casefold(text).replace("-", " ").replace("_", " ")
    return {
        kind
        for kind, words in KIND_KEYWORDS.items()
        if any(re.search(_keyword_pattern(w), text) for w in words)
    }


def kind_of(finding: PredictedFinding) -> set[str]:
    """The contradiction kinds a finding is about, from its rule id, else from its message.

    The rule id decides when it names a kind ("relation-drift"): messages quote the story,
    and a quoted "tall man, sixty-two years old" must not turn a relation warning into an
    attribute one. Without a telling rule id the message is read with its quotes removed.
    """
    from_rule = _kinds_in(finding.rule)
    if from_rule:
        return from_rule
    unquoted = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", finding.message)
    return _kinds_in(unquoted)


def contradiction_matches(
    finding: PredictedFinding,
    gold: GoldContradiction,
    *,
    check_kind: bool = True,
    cast: Sequence[GoldEntity] = (),
) -> bool:
    """Every gold name is covered by a name of the finding, and the kinds agree.

    With the corpus's gold `cast`, a finding naming a character by one of its spellings covers
    a gold name that is another ("Ignacio Ruiz" covers "Nacho"). Not for surname clashes:
    those are about the two spellings themselves, and a cast lists the wrong one as an alias.
    """
    aliases = cast if gold.kind != "surname" else ()
    if not all(
        any(name_covers(p, g) or _one_character(p, g, aliases) for p in finding.names)
        for g in gold.names
    ):
        return False
    if not check_kind:
        return True
    return gold.kind in kind_of(finding) and (
        gold.kind != "attribute" or _same_attribute(finding, gold))


# What an attribute-drift message says changed ("Tomás's eye colour is ‘grey’ in …").
_WARNED_ATTRIBUTE = re.compile(r"'s (eye colour|hair colour|age|height) is ‘")
# The words by which a gold note tells which attribute it plants.
_NOTE_ATTRIBUTES = {
    "eye colour": re.compile(r"\beyes?\b", re.IGNORECASE),
    "hair colour": re.compile(r"\bhair", re.IGNORECASE),
    "age": re.compile(r"\bage\b|\baged\b|\byears?\s+old\b|\bturned\b|\b(?:[a-z]+ty|"
                      r"(?:thir|four|fif|six|seven|eigh|nine)teen|ten|eleven|twelve)\b|"
                      r"\b\d{1,3}\b", re.IGNORECASE),
    "height": re.compile(r"\btall(?:er|est)?\b|\bheight\b|\bfeet\b|\bfoot\b|\binches\b|"
                         r"\bshort(?:er|est)?\b|\bsmall(?:er|est)?\s+(?:man|woman|boy|girl)\b",
                         re.IGNORECASE),
}


def _same_attribute(finding: PredictedFinding, gold: GoldContradiction) -> bool:
    """Whether an attribute warning is about the attribute the gold note plants: an age
    warning does not find a planted change of eye colour, though it names the character.
    A message or a note that names no attribute is not held to one."""
    warned = _WARNED_ATTRIBUTE.search(finding.message)
    planted = {name for name, words in _NOTE_ATTRIBUTES.items() if words.search(gold.note)}
    return warned is None or not planted or warned.group(1) in planted


def _one_character(a: str, b: str, cast: Sequence[GoldEntity]) -> bool:
    """True when `a` and `b` are both spellings of one gold character."""
    return any(
        any(names_equal(a, s) for s in entity.spellings)
        and any(names_equal(b, s) for s in entity.spellings)
        for entity in cast
    )


def score_contradictions(
    findings: Sequence[PredictedFinding],
    gold: Sequence[GoldContradiction],
    *,
    check_kind: bool = True,
    cast: Sequence[GoldEntity] = (),
) -> Score:
    return score_matches(
        findings,
        gold,
        lambda f, g: contradiction_matches(f, g, check_kind=check_kind, cast=cast),
    )


# ---- repeated phrases -----------------------------------------------------------------------


def phrase_words(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(casefold(text)))


# A phrase's leading article is not what is repeated: the analysis reports a repeat from its
# first word that is not a function word, so "the milk cans sweating in the springhouse" is
# found by "milk cans sweating in the springhouse and the creek" though neither holds the other.
_ARTICLES = frozenset({"the", "a", "an"})


def _without_article(words: tuple[str, ...]) -> tuple[str, ...]:
    return words[1:] if len(words) > 2 and words[0] in _ARTICLES else words


def _contains_either(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal word sequences, or one inside the other when the shorter has ≥ 2 words."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) < 2:
        return False
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def phrases_match(predicted: str, gold: str) -> bool:
    """Equal word sequences, or one inside the other when the shorter has ≥ 2 words, a
    leading article of either aside.

    "freshly baked croissants" is found by "of freshly baked croissants" or by "freshly baked";
    a single shared word is not a phrase.
    """
    a, b = phrase_words(predicted), phrase_words(gold)
    if not a or not b:
        return False
    return _contains_either(a, b) or _contains_either(_without_article(a), _without_article(b))


def score_phrases(
    predicted: Sequence[str], gold: Sequence[str], acceptable: Iterable[str] = ()
) -> Score:
    ok = tuple(acceptable)
    return score_matches(
        predicted,
        gold,
        phrases_match,
        acceptable=lambda p: any(phrases_match(p, a) for a in ok),
    )


def echo_matches(predicted: Sequence[str], word: str) -> bool:
    """An echo warning (its names and evidence texts) covers a gold echo word."""
    return any(casefold(word) in phrase_words(text) for text in predicted)


def score_echoes(
    predicted: Sequence[Sequence[str]], gold: Sequence[str], *, recall_only: bool = False
) -> Score:
    """Echo warnings, each given as its names plus evidence texts, against gold echo words.

    With `recall_only`, echoes of words not in the gold are neutral (no FP).
    """
    return score_matches(
        predicted,
        gold,
        echo_matches,
        acceptable=lambda _p: recall_only,
        describe_predicted=lambda p: " / ".join(p[:3]),
    )
