"""The plain values the analysis core consumes and produces.

Everything here is a frozen dataclass or an enum so that results can be compared, cached by
content and handed between threads without copying. The enums are the one source of truth for
warning kinds, entity kinds and warning statuses: the CLI, the store and the GUI all use them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class WarningKind(StrEnum):
    NAME_VARIANT = "name-variant"
    CONTRADICTION = "contradiction"
    REPEATED_PHRASE = "repeated-phrase"
    ECHO = "echo"


class EntityKind(StrEnum):
    CHARACTER = "character"
    PLACE = "place"
    OTHER = "other"


class WarningStatus(StrEnum):
    OPEN = "open"
    DISMISSED = "dismissed"
    FIXED = "fixed"


@dataclass(frozen=True, slots=True)
class DocumentText:
    """One chapter as the analysis sees it. `id` is stable (store row id or file name)."""

    id: str
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of one document: `text == document.text[start:end]` always holds."""

    document: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class DocumentStats:
    id: str
    title: str
    words: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A character or place: its display name, the other spellings linked to it, its mentions."""

    name: str
    kind: EntityKind
    aliases: tuple[str, ...]
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    count: int
    occurrences: tuple[Span, ...]
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class Finding:
    """One continuity warning.

    `key` identifies the warning across edits and re-imports (kind, names involved and the
    words around it, never offsets), so a dismissal stays attached to the same problem.
    `evidence` holds every span the writer should look at, in reading order.
    """

    kind: WarningKind
    message: str
    names: tuple[str, ...]
    evidence: tuple[Span, ...]
    key: str
    rule: str = ""


@dataclass(frozen=True, slots=True)
class AnalysisResult:
    documents: tuple[DocumentStats, ...]
    characters: tuple[Entity, ...]
    places: tuple[Entity, ...]
    phrases: tuple[Phrase, ...]
    warnings: tuple[Finding, ...]

    @property
    def words(self) -> int:
        return sum(doc.words for doc in self.documents)


@dataclass(frozen=True, slots=True)
class Decisions:
    """What the writer has taught the analysis; every analysis run respects it.

    - `not_entities`: names that are never characters or places ("Hope" as a word).
    - `kinds`: a name forced to a kind (`EntityKind.OTHER` hides it from both tabs).
    - `aliases`: alias -> canonical name (merges and added aliases).
    - `different`: pairs of names the writer says are different people (no variant warning).
    - `suppressed`: warning keys never to report again (per-entity suppression uses names).
    """

    not_entities: frozenset[str] = frozenset()
    kinds: dict[str, EntityKind] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    different: frozenset[frozenset[str]] = frozenset()
    suppressed_names: frozenset[str] = frozenset()

    def __hash__(self) -> int:  # dicts are not hashable; decisions are compared by value
        return hash(
            (
                self.not_entities,
                tuple(sorted(self.kinds.items())),
                tuple(sorted(self.aliases.items())),
                self.different,
                self.suppressed_names,
            )
        )


@dataclass(frozen=True, slots=True)
class Settings:
    """Analysis settings kept in the project."""

    echo_window: int = 150
    echo_everyday_words: bool = False
    """Also flag everyday content words ("heavy") repeated within a few words (noisier)."""
    min_phrase_words: int = 3
    max_phrase_words: int = 8
    min_phrase_count: int = 2
