"""What every check shares: its context, its examples, and how a finding gets its identity."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from app.core.checks.mentions import MentionIndex
from app.core.manuscript import Manuscript
from app.core.model import Decisions, Phrase, Settings
from app.core.text import fold
from app.core.variants import VariantPair, find_variant_pairs


@dataclass
class CheckContext:
    manuscript: Manuscript
    phrases: list[Phrase]
    decisions: Decisions
    settings: Settings

    @property
    def shared(self) -> dict[str, Any]:
        """What one check works out and others read too, by the rule that made it (the
        relations relation_drift reads, the parents named from them): the run's
        `Manuscript.shared`."""
        return self.manuscript.shared

    @cached_property
    def mentions(self) -> MentionIndex:
        return MentionIndex(self.manuscript)

    @cached_property
    def name_words(self) -> Counter[str]:
        """Words of accepted names (`EntityFinder.name_words`), worked out once per run."""
        return self.manuscript.finder.name_words()

    @cached_property
    def lower_name_words(self) -> frozenset[str]:
        """`name_words` in lower case: the words echo and repeated phrases leave alone."""
        return frozenset(w.lower() for w in self.name_words)

    @cached_property
    def variant_pairs(self) -> list[VariantPair]:
        return find_variant_pairs(self.manuscript, self.decisions, self.name_words)

    @cached_property
    def variant_groups(self) -> dict[str, str]:
        """Each spelling -> the main spelling of its variant group (itself when alone)."""
        parent: dict[str, str] = {}

        def root(word: str) -> str:
            while parent.get(word, word) != word:
                word = parent[word]
            return word

        for pair in self.variant_pairs:
            a, b = root(pair.main), root(pair.variant)
            if a != b:
                parent[b] = a
        return {word: root(word) for word in parent}

    def same_name(self, a: str, b: str) -> bool:
        groups = self.variant_groups
        return a == b or groups.get(a, a) == groups.get(b, b)


@dataclass(frozen=True)
class Example:
    """Chapters of text and what the check must say about them.

    `names` is the set of names a finding of this check must carry; an empty tuple means the
    check must find nothing in these chapters.
    """

    chapters: tuple[str, ...]
    names: tuple[str, ...] = ()
    note: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.chapters, tuple) or not isinstance(self.names, tuple):
            raise TypeError("Example chapters and names are tuples of strings")


def finding_key(kind: str, rule: str, names: tuple[str, ...] | list[str], extra: str = "") -> str:
    """A finding's identity: its kind, rule and the folded names (and words) involved."""
    parts = [kind, rule, "|".join(sorted(_fold(n) for n in names))]
    if extra:
        parts.append(" ".join(_fold(extra).split()))
    return ":".join(parts)


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    # Findings are made again every run from the same few thousand names and phrases.
    return fold(text)
