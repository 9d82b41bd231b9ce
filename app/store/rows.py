"""The plain values the store hands out: one frozen dataclass per kind of row."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.model import EntityKind, WarningKind, WarningStatus


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """One chapter. `position` orders chapters (0 first); `updated_at` is UTC ISO 8601."""

    id: int
    title: str
    position: int
    text: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class EntityRow:
    """A character or place from the last analysis; `mentions` is how many were found.

    An id stays while the analysis keeps finding that name (see analysis_save), but a name
    that goes and comes back gets a new one: hold on to names, not ids, across runs.
    """

    id: int
    name: str
    kind: EntityKind
    aliases: tuple[str, ...]
    mentions: int


@dataclass(frozen=True, slots=True)
class MentionRow:
    """A stretch of a stored document (a mention, phrase occurrence or warning evidence)."""

    document_id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class PhraseRow:
    id: int
    text: str
    count: int
    score: float


@dataclass(frozen=True, slots=True)
class WarningRow:
    """A warning with its evidence in reading order.

    `key` is the stable identity (see Finding.key); `is_new` means first seen after the
    writer last marked warnings reviewed.
    """

    id: int
    key: str
    kind: WarningKind
    message: str
    names: tuple[str, ...]
    evidence: tuple[MentionRow, ...]
    status: WarningStatus
    reason: str
    is_new: bool
    rule: str


@dataclass(frozen=True, slots=True)
class ReviewRows:
    """Everything the review panel lists, read in one go: both kinds of entity, phrases,
    and the warnings of every status (the panel filters them by its "show dismissed")."""

    characters: tuple[EntityRow, ...]
    places: tuple[EntityRow, ...]
    phrases: tuple[PhraseRow, ...]
    warnings: tuple[WarningRow, ...]
