"""Updating a list model by difference, so the views over it keep their place.

A model reset makes a view forget its current row, selection and scroll position, and lay
out every row again; after each analysis only a few rows really change. `apply_rows` turns
the old rows into the new ones with the fewest removals and insertions (matched by a key
that survives content changes: a warning's key, a character's name), then marks the rows
whose content changed, so a writer working down the warnings list stays where they were.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex


def apply_rows(
    model: QAbstractItemModel,
    rows: list[Any],
    new: list[Any],
    key: Callable[[Any], Hashable],
) -> None:
    """Edit `rows` (the list `model` shows, in place) into `new`, telling the views."""
    old_keys = [key(row) for row in rows]
    new_keys = [key(row) for row in new]
    if old_keys != new_keys:
        _move_rows(model, rows, new, old_keys, new_keys)
    changed = [i for i, (was, now) in enumerate(zip(rows, new, strict=True)) if was != now]
    rows[:] = new  # the matched rows take their new content
    for first, last in ranges(changed):
        model.dataChanged.emit(model.index(first, 0), model.index(last, 0))


def _move_rows(
    model: QAbstractItemModel,
    rows: list[Any],
    new: list[Any],
    old_keys: list[Hashable],
    new_keys: list[Hashable],
) -> None:
    """Remove and insert rows until `rows` has `new`'s keys (contents are updated after)."""
    # Edits cluster (one chapter changed), so trim the common ends before diffing the rest.
    head = 0
    limit = min(len(old_keys), len(new_keys))
    while head < limit and old_keys[head] == new_keys[head]:
        head += 1
    tail = 0
    while tail < limit - head and old_keys[-1 - tail] == new_keys[-1 - tail]:
        tail += 1
    old_middle = old_keys[head : len(old_keys) - tail]
    new_middle = new_keys[head : len(new_keys) - tail]
    opcodes = SequenceMatcher(None, old_middle, new_middle, autojunk=False).get_opcodes()
    # From the end backwards, so the positions of the edits still to come stay valid.
    for tag, i1, i2, j1, j2 in reversed(opcodes):
        if tag == "equal":
            continue
        at = head + i1
        if i2 > i1:  # delete or replace
            model.beginRemoveRows(QModelIndex(), at, head + i2 - 1)
            del rows[at : head + i2]
            model.endRemoveRows()
        if j2 > j1:  # insert or replace
            model.beginInsertRows(QModelIndex(), at, at + (j2 - j1) - 1)
            rows[at:at] = new[head + j1 : head + j2]
            model.endInsertRows()


def ranges(positions: list[int]) -> list[tuple[int, int]]:
    """Sorted positions as (first, last) runs: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs
