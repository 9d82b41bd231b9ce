"""Plants seeded, realistic misspellings of frequent names into a text, in memory.

The question this answers: when a writer slips once ("Harriet" typed "Harriett" in chapter
31), does Continuity raise a name-variant warning that names both spellings? Emma is
untouched by design (no real variants), so we make our own slips at random occurrences and
count how many come back as warnings.

Operations are the four typing slips that keep a name recognisable: a dropped letter, a
doubled consonant, two neighbouring letters swapped, an ie/ei swap. Removing accents is the
fifth kind for names that carry them (Zoë -> Zoe); Emma has no accented names, so for Emma
only the four letter operations ever apply. The first letter is never touched: writers
rarely misspell an initial, and a changed capital reads as another name.

A misspelling is rejected (another occurrence or operation is tried) when it equals any word
already in the text or an earlier plant, so that a plant never creates a real word ("Jane" ->
"Jan" is fine only if "jan" does not occur) and the score measures variant detection, not
homograph luck.
Everything is driven by `random.Random(seed)`: the same seed gives the same plants.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from benchmarks.eval.scoring import variant_matches

OPERATIONS = ("drop", "double", "swap", "ie-ei", "strip-accents")
_VOWELS = set("aeiouyAEIOUYàâäéèêëïîôöùûüÿæœ")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Plant:
    """One planted misspelling: where it sits in the perturbed text and what it replaced."""

    position: int
    original_position: int
    original: str
    misspelling: str
    operation: str


@dataclass(frozen=True)
class Perturbation:
    text: str
    plants: tuple[Plant, ...]
    seed: int


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def misspell(name: str, operation: str, rng: random.Random) -> str | None:
    """Apply one operation at a random eligible place, or None when it cannot apply."""
    if operation == "drop":
        # Dropping from a 3-letter name leaves two letters, which nobody reads as a name.
        places = list(range(1, len(name))) if len(name) > 3 else []
        if not places:
            return None
        i = rng.choice(places)
        return name[:i] + name[i + 1 :]
    if operation == "double":
        # Doubling a consonant that is not already doubled ("Harriett", "Eltton"); doubled
        # vowels and triples ("Emmma") are not slips people make.
        places = [
            i
            for i in range(1, len(name))
            if name[i].isalpha()
            and name[i] not in _VOWELS
            and name[i] != name[i - 1]
            and (i + 1 == len(name) or name[i] != name[i + 1])
        ]
        if not places:
            return None
        i = rng.choice(places)
        return name[: i + 1] + name[i:]
    if operation == "swap":
        places = [i for i in range(1, len(name) - 1) if name[i] != name[i + 1]]
        if not places:
            return None
        i = rng.choice(places)
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if operation == "ie-ei":
        places = [m.start() for m in re.finditer(r"(?=ie|ei)", name)]
        if not places:
            return None
        i = rng.choice(places)
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if operation == "strip-accents":
        plain = strip_accents(name)
        return plain if plain != name else None
    raise ValueError(f"unknown operation {operation!r}")


def perturb(text: str, names: Iterable[str], n: int = 50, seed: int = 0) -> Perturbation:
    """Return a copy of `text` with `n` occurrences of `names` misspelled (fewer if impossible).

    Occurrences are whole-word, case-sensitive matches of each name; they are drawn uniformly
    from all occurrences of all the names, so frequent names get more plants, as in real
    manuscripts.
    """
    rng = random.Random(seed)
    vocabulary = {w.casefold() for w in _WORD.findall(text)}
    occurrences: list[tuple[int, str]] = []
    for name in sorted(set(names)):
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        occurrences.extend((m.start(), name) for m in pattern.finditer(text))
    occurrences.sort()
    rng.shuffle(occurrences)

    chosen: list[tuple[int, str, str, str]] = []
    # Each slip is planted once: a typo repeated eight times stops being a typo and becomes a
    # second spelling with its own entity, which is another test (and not a realistic slip).
    used: set[str] = set()
    for start, name in occurrences:
        if len(chosen) == n:
            break
        operations = list(OPERATIONS)
        rng.shuffle(operations)
        for operation in operations:
            wrong = misspell(name, operation, rng)
            if wrong and wrong != name and wrong.casefold() not in vocabulary | used:
                chosen.append((start, name, wrong, operation))
                used.add(wrong.casefold())
                break

    chosen.sort()
    pieces: list[str] = []
    plants: list[Plant] = []
    cursor = delta = 0
    for start, name, wrong, operation in chosen:
        pieces.append(text[cursor:start])
        pieces.append(wrong)
        plants.append(Plant(start + delta, start, name, wrong, operation))
        delta += len(wrong) - len(name)
        cursor = start + len(name)
    pieces.append(text[cursor:])
    return Perturbation("".join(pieces), tuple(plants), seed)


def plant_flagged(
    plant: Plant,
    variant_warnings: Sequence[Sequence[str]],
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> bool:
    """True if a name-variant warning names the misspelling and the right name (or alias)."""
    right = (plant.original, *((aliases or {}).get(plant.original, ())))
    return any(
        variant_matches(names, (plant.misspelling, good))
        for names in variant_warnings
        for good in right
    )
