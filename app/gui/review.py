"""The writer's review decisions: entity context menu, name-variant fixes, renames.

`ReviewActions` takes its window as a parameter (like mu's `logic.Editor(view)`): it needs
`window.project`, `reanalyse()`, `flush_edits()`, `reload_after_rename()` and a parent
for dialogs, so it can be tested with a stand-in window. `rename_everywhere` is pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QWidget

from app.core.errors import ContinuityError
from app.core.model import EntityKind, WarningKind
from app.gui import dialogs


def _match_case(model: str, word: str) -> str:
    """`word` written with the capitalisation of `model` (SOFIE -> SOPHIE, sofie -> sophie)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model.islower():
        return word.lower()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def rename_everywhere(texts: Mapping[int, str], old: str, new: str) -> dict[int, str]:
    """Every whole-word `old` (any case) replaced by `new` in its case; changed texts only."""
    pattern = re.compile(rf"(?<!\w){re.escape(old)}(?!\w)", re.IGNORECASE)
    changed: dict[int, str] = {}
    for doc_id, text in texts.items():
        renamed = pattern.sub(lambda m: _match_case(m.group(0), new), text)
        if renamed != text:
            changed[doc_id] = renamed
    return changed


def preview(documents: Sequence[Any], changed: Mapping[int, str]) -> tuple[str, str]:
    """What a change across chapters will do: a one-line summary, and per chapter the lines
    that change, before → after (at most five per chapter)."""
    lines: list[str] = []
    total = 0
    for doc in documents:
        if doc.id not in changed:
            continue
        before, after = doc.text.splitlines(), changed[doc.id].splitlines()
        differing = [(b, a) for b, a in zip(before, after, strict=False) if b != a]
        total += len(differing)
        lines.append(f"{doc.title}: {len(differing)} line(s)")
        for old, new in differing[:5]:
            lines.append(f"  − {' '.join(old.split())[:100]}")
            lines.append(f"  + {' '.join(new.split())[:100]}")
    chapters = len(changed)
    summary = (f"This changes {total} line{'s' if total != 1 else ''} in {chapters} "
               f"chapter{'s' if chapters != 1 else ''}.")
    return summary, "\n".join(lines)


def renamed_spellings(name: str, aliases: Sequence[str], new: str) -> list[tuple[str, str]]:
    """(old, new) spellings for renaming `name` to `new`, longest first.

    An alias made only of the name's words is renamed word for word when the new name has
    as many words: "Mr. Knightley" -> "Mr. Knightly" takes "Knightley" -> "Knightly" along.
    Other aliases (a nickname, a title) are left to the writer."""
    pairs = [(name, new)]
    old_words, new_words = name.split(), new.split()
    if len(old_words) == len(new_words):
        mapping = dict(zip(old_words, new_words, strict=True))
        for alias in sorted(aliases, key=len, reverse=True):
            words = alias.split()
            if alias != name and words and all(word in mapping for word in words):
                renamed = " ".join(mapping[word] for word in words)
                if renamed != alias:
                    pairs.append((alias, renamed))
    return pairs


class ReviewWindow(Protocol):
    project: Any

    def reanalyse(self) -> None: ...
    def flush_edits(self) -> None: ...
    def reload_after_rename(self) -> None: ...
    def dialog_parent(self) -> QWidget: ...


class ReviewActions:
    """Turns the writer's menu choices into Project decisions, then asks for re-analysis."""

    def __init__(self, window: ReviewWindow) -> None:
        self.window = window
        # The last change made in every chapter at once: (what it was, texts before, after).
        self.last_rename: tuple[str, dict[int, str], dict[int, str]] | None = None
        # Set by the story bible (entity_detail.EntityDetails) to open a name's page.
        self.on_details: Callable[[Any], None] | None = None

    # -- entities --------------------------------------------------------------------------

    def entity_menu(self, entity: Any, entity_names: list[str]) -> QMenu:
        menu = QMenu(self.window.dialog_parent())
        if self.on_details is not None:
            menu.addAction("Details…", lambda: self.on_details and self.on_details(entity))
            menu.addSeparator()
        kind = str(entity.kind)
        label = "Not a character" if kind == EntityKind.CHARACTER else "Not a place"
        menu.addAction(label, lambda: self.not_entity(entity.name))
        kinds = menu.addMenu("Change kind")
        for choice in EntityKind:
            action = kinds.addAction(
                choice.value.title(), lambda c=choice: self.set_kind(entity.name, c)
            )
            action.setCheckable(True)
            action.setChecked(choice.value == kind)
        menu.addAction("Add alias…", lambda: self.add_alias(entity.name))
        others = [name for name in entity_names if name != entity.name]
        merge = menu.addAction("Merge into…", lambda: self.merge(entity.name, others))
        merge.setEnabled(bool(others))
        menu.addAction("Rename everywhere…", lambda: self.rename_entity(entity))
        menu.addAction(f"Never warn about ‘{entity.name}’", lambda: self.suppress(entity.name))
        menu.addAction("Note…", lambda: self.note(entity.name))
        return menu

    def show_entity_menu(self, entity: Any, entity_names: list[str], at: QPoint) -> None:
        if entity is None:
            return
        if self._writable():
            self.entity_menu(entity, entity_names).exec(at)
        elif self.on_details is not None:  # read-only: the story bible can still be read
            menu = QMenu(self.window.dialog_parent())
            menu.addAction("Details…", lambda: self.on_details and self.on_details(entity))
            menu.exec(at)

    def not_entity(self, name: str) -> None:
        self.window.project.set_not_entity(name)
        self.window.reanalyse()

    def set_kind(self, name: str, kind: EntityKind) -> None:
        self.window.project.set_entity_kind(name, kind)
        self.window.reanalyse()

    def add_alias(self, name: str) -> None:
        alias = dialogs.ask_alias(self.window.dialog_parent(), name)
        if alias:
            self.window.project.add_alias(alias, name)
            self.window.reanalyse()

    def merge(self, name: str, others: list[str]) -> None:
        target = dialogs.ask_merge_target(self.window.dialog_parent(), name, others)
        if target:
            self.window.project.add_alias(name, target)
            self.window.reanalyse()

    def note(self, name: str) -> None:
        project = self.window.project
        text = dialogs.ask_note(self.window.dialog_parent(), name, project.entity_note(name))
        if text is not None:
            project.set_entity_note(name, text)

    def suppress(self, name: str) -> None:
        """Never warn about `name` again (kept in the project; the analysis leaves it out)."""
        self.window.project.suppress_name(name)
        self.window.reanalyse()

    def rename_entity(self, entity: Any) -> int:
        """Rename a character or place in every chapter (whole words, case kept), undoably.

        Short forms made of the name's own words follow ("Sophie" of "Sophie Dumas" becomes
        "Sonia" when renamed "Sonia Dumas"), and so does the writer's note. Returns how many
        chapters changed."""
        name = entity.name
        new = dialogs.ask_new_name(self.window.dialog_parent(), name)
        if not new or new == name or not self._writable():
            return 0
        project = self.window.project
        note = project.entity_note(name)
        if note and not project.entity_note(new):
            project.set_entity_note(new, note)
        pairs = renamed_spellings(name, entity.aliases, new)

        def change(texts: dict[int, str]) -> dict[int, str]:
            changed: dict[int, str] = {}
            for old, replacement in pairs:  # the full name first, then its short forms
                current = {doc_id: changed.get(doc_id, text) for doc_id, text in texts.items()}
                changed.update(rename_everywhere(current, old, replacement))
            return changed

        return self.replace_everywhere(f"rename ‘{name}’ to ‘{new}’", change)

    # -- warnings --------------------------------------------------------------------------

    def warning_menu(self, warning: Any) -> QMenu | None:
        names = list(warning.names)
        if not names:
            return None
        menu = QMenu(self.window.dialog_parent())
        if str(warning.kind) == WarningKind.NAME_VARIANT and len(names) >= 2:
            menu.addAction("These are different people", lambda: self.mark_different(names))
            for name in names:
                menu.addAction(
                    f"Use ‘{name}’ everywhere", lambda n=name: self.use_everywhere(n, names)
                )
            menu.addSeparator()
        for name in dict.fromkeys(names):  # an echo names its word twice
            menu.addAction(f"Never warn about ‘{name}’", lambda n=name: self.suppress(n))
        return menu

    def show_warning_menu(self, warning: Any, at: QPoint) -> None:
        menu = self.warning_menu(warning) if self._writable() else None
        if menu is not None:
            menu.exec(at)

    def mark_different(self, names: list[str]) -> None:
        project = self.window.project
        for i, first in enumerate(names):
            for second in names[i + 1 :]:
                project.mark_different(first, second)
        self.window.reanalyse()

    def use_everywhere(self, keep: str, names: list[str]) -> int:
        """Rename every other spelling to `keep` in all chapters, in one transaction.

        Returns how many chapters changed."""

        def change(texts: dict[int, str]) -> dict[int, str]:
            changed: dict[int, str] = {}
            for other in names:
                if other == keep:
                    continue
                current = {doc_id: changed.get(doc_id, text) for doc_id, text in texts.items()}
                changed.update(rename_everywhere(current, other, keep))
            return changed

        return self.replace_everywhere(f"use ‘{keep}’ everywhere", change)

    def replace_everywhere(
        self, label: str, change: Callable[[dict[int, str]], dict[int, str]]
    ) -> int:
        """Apply `change` (all texts in, changed texts out) in one transaction, undoably.

        `label` names the step for the Edit menu ("rename ‘Emma’ to ‘Jane’"). Returns how
        many chapters changed."""
        project = self.window.project
        self.window.flush_edits()
        documents = project.documents()
        texts = {doc.id: doc.text for doc in documents}
        changed = change(texts)
        if changed and not dialogs.confirm_changes(
            self.window.dialog_parent(), label, *preview(documents, changed)
        ):
            return 0
        if changed:
            try:  # one transaction: every chapter renamed, or (disk full...) none
                project.replace_texts(changed)
            except ContinuityError as error:
                dialogs.show_error(self.window.dialog_parent(), "Could not rename", str(error))
                return 0
            # One step back: the texts before, and after (to notice later edits).
            self.last_rename = (label, {i: texts[i] for i in changed}, dict(changed))
            self.window.reload_after_rename()
            self.window.reanalyse()
        return len(changed)

    def undo_rename(self) -> bool:
        """Put back the chapters the last "Use ‘X’ everywhere" changed, in one transaction.

        Refused (False) when any of those chapters was edited since: undoing then would
        throw away the writer's newer words."""
        if self.last_rename is None or not self._writable():
            return False
        label, before, after = self.last_rename
        project = self.window.project
        self.window.flush_edits()
        if any(project.document(doc_id).text != text for doc_id, text in after.items()):
            dialogs.show_error(
                self.window.dialog_parent(),
                "Cannot undo",
                f"The chapters changed after the last step ({label}); undo by hand.",
            )
            self.last_rename = None
            return False
        try:
            project.replace_texts(before)
        except ContinuityError as error:
            dialogs.show_error(self.window.dialog_parent(), "Could not undo", str(error))
            return False
        self.last_rename = None
        self.window.reload_after_rename()
        self.window.reanalyse()
        return True

    def _writable(self) -> bool:
        project = self.window.project
        return project is not None and not project.read_only
