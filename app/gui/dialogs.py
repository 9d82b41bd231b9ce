"""Small dialogs, one function each, so tests can replace any of them with a stub.

The main window always calls these through the module (`dialogs.ask_alias(...)`), never by
importing the names, which is what makes `monkeypatch.setattr(dialogs, ...)` work.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

import app


def show_refused(parent: QWidget | None, reasons: Sequence[str]) -> None:
    """One message box for every refused file, one line each."""
    if not reasons:
        return
    count = len(reasons)
    head = (
        "This file was not imported:" if count == 1 else f"These {count} files were not imported:"
    )
    QMessageBox.warning(parent, "Some files were not imported", head + "\n\n" + "\n".join(reasons))


def confirm_changes(parent: QWidget | None, label: str, summary: str, details: str) -> bool:
    """Preview of a change across chapters ("Use ‘Sophie’ everywhere"): True to apply it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(label[:1].upper() + label[1:])
    box.setText(summary)
    box.setInformativeText("You can undo this afterwards with Edit › Undo.")
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Apply)
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel "
                      "{ min-width: 28em; }")
    for button in box.buttons():  # open the details: the preview is the point of the dialog
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            button.click()
    return box.exec() == QMessageBox.StandardButton.Apply


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def ask_restore_backup(parent: QWidget | None, problem: str, saved: str) -> bool:
    """A damaged project: restore its newest good backup (saved at `saved`)? True for yes."""
    answer = QMessageBox.question(
        parent,
        "Restore a backup?",
        f"{problem}.\n\nRestore the newest good backup, saved {saved}? Changes made after "
        "that are lost. The damaged file is kept beside the project, with “.damaged” "
        "added to its name.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose_backup(parent: QWidget | None, labels: Sequence[str]) -> int | None:
    """Which backup to go back to (labels newest first); its index, or None to cancel."""
    choice, ok = QInputDialog.getItem(
        parent,
        "Restore a backup",
        "Go back to the project as it was on:\n(the current state is backed up first)",
        list(labels),
        0,
        False,
    )
    return list(labels).index(choice) if ok and choice in labels else None


def ask_dismiss_reason(parent: QWidget | None) -> str | None:
    """The reason for dismissing a warning ('' is fine); None when the writer cancels."""
    text, ok = QInputDialog.getText(
        parent, "Dismiss warning", "Why is this fine? (optional)", QLineEdit.EchoMode.Normal, ""
    )
    return text.strip() if ok else None


def ask_alias(parent: QWidget | None, name: str) -> str | None:
    text, ok = QInputDialog.getText(parent, "Add alias", f"Another name for {name}:")
    return text.strip() or None if ok else None


def ask_merge_target(parent: QWidget | None, name: str, choices: Sequence[str]) -> str | None:
    if not choices:
        return None
    choice, ok = QInputDialog.getItem(
        parent, "Merge", f"Merge “{name}” into:", list(choices), 0, False
    )
    return choice if ok and choice else None


def ask_note(parent: QWidget | None, name: str, current: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, "Note", f"Your note on {name}:", current)
    return text if ok else None


def ask_new_name(parent: QWidget | None, name: str) -> str | None:
    """The new name for `name` in every chapter; None when cancelled or left empty."""
    text, ok = QInputDialog.getText(
        parent, "Rename everywhere", f"Rename “{name}” in every chapter to:", text=name
    )
    return text.strip() or None if ok else None


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent,
        "About Continuity",
        f"<h3>Continuity {app.__version__}</h3>"
        "<p>A writing assistant that keeps a novel's characters, places and phrases "
        "consistent.</p>",
    )
