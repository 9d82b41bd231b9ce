"""What the writer has taught Continuity: decisions, settings and notes about names.

Decisions are rows of (type, name, value) so that one table holds every kind of teaching
and `clear_decision(name)` can forget everything said about a name in one statement.
"""

from __future__ import annotations

import json
from dataclasses import fields
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from app.core.model import Decisions, EntityKind, Settings


class DecisionType(StrEnum):
    NOT_ENTITY = "not-entity"  # name
    KIND = "kind"  # name -> EntityKind value
    ALIAS = "alias"  # alias -> canonical name
    DIFFERENT = "different"  # name_a, name_b (stored sorted)
    SUPPRESS = "suppress"  # name


# Settings the store itself uses, beside the analysis Settings dataclass: how many backups
# to keep, and how many minutes apart the GUI takes rolling backups (0: only on open).
STORE_SETTINGS: dict[str, Any] = {"backup_keep": 5, "backup_interval_minutes": 10}


def decisions(db: Database) -> Decisions:
    not_entities, suppressed, different = set(), set(), set()
    kinds: dict[str, EntityKind] = {}
    aliases: dict[str, str] = {}
    for row in db.query("SELECT type, name, value FROM decisions ORDER BY id"):
        kind, name, value = row["type"], row["name"], row["value"]
        if kind == DecisionType.NOT_ENTITY:
            not_entities.add(name)
        elif kind == DecisionType.KIND:
            kinds[name] = EntityKind(value)
        elif kind == DecisionType.ALIAS:
            aliases[name] = value
        elif kind == DecisionType.DIFFERENT:
            different.add(frozenset((name, value)))
        elif kind == DecisionType.SUPPRESS:
            suppressed.add(name)
    return Decisions(
        not_entities=frozenset(not_entities),
        kinds=kinds,
        aliases=aliases,
        different=frozenset(different),
        suppressed_names=frozenset(suppressed),
    )


def add_decision(
    db: Database, kind: DecisionType, name: str, value: str = "", *, one_per_name: bool = False
) -> None:
    """Record a decision; `one_per_name` replaces an earlier one (a name has one kind)."""
    with db.atomic():
        if one_per_name:
            db.execute("DELETE FROM decisions WHERE type = ? AND name = ?", [kind.value, name])
        db.execute(
            "INSERT OR IGNORE INTO decisions (type, name, value) VALUES (?, ?, ?)",
            [kind.value, name, value],
        )


def clear_decision(db: Database, name: str) -> None:
    """Forget every decision that mentions `name` (as the name or as the other value)."""
    with db.atomic():
        db.execute(
            "DELETE FROM decisions WHERE name = ? OR (type IN (?, ?) AND value = ?)",
            [name, DecisionType.DIFFERENT.value, DecisionType.ALIAS.value, name],
        )


def _defaults() -> dict[str, Any]:
    defaults = {field.name: field.default for field in fields(Settings)}
    return {**defaults, **STORE_SETTINGS}


def get_setting(db: Database, key: str) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else _defaults()[key]


def settings(db: Database) -> Settings:
    return Settings(**{field.name: get_setting(db, field.name) for field in fields(Settings)})


def update_settings(db: Database, values: dict[str, Any]) -> None:
    """Store settings; unknown names and values of the wrong type are programming errors."""
    defaults = _defaults()
    for key, value in values.items():
        if key not in defaults:
            raise TypeError(f"unknown setting {key!r}")
        expected = type(defaults[key])
        if isinstance(value, bool) or not isinstance(value, expected):
            raise TypeError(f"setting {key!r} must be {expected.__name__}, not {value!r}")
    with db.atomic():
        db["settings"].upsert_all(
            [{"key": key, "value": json.dumps(value)} for key, value in values.items()],
            pk="key",
        )


def entity_note(db: Database, name: str) -> str:
    row = db.execute("SELECT text FROM entity_notes WHERE name = ?", [name]).fetchone()
    return row[0] if row else ""


def set_entity_note(db: Database, name: str, text: str) -> None:
    """Save a note; an empty note removes the row so notes() stays free of blanks."""
    with db.atomic():
        if text:
            db["entity_notes"].upsert({"name": name, "text": text}, pk="name")
        else:
            db.execute("DELETE FROM entity_notes WHERE name = ?", [name])
