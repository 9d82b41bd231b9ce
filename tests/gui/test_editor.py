"""The writing page: typing reaches the store after the autosave pause, word counts, find."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from app.gui.editor import ChapterEditor
from app.store import Project


def _one_chapter(project_path, text=""):
    project = Project.create(project_path)
    (doc_id,) = project.add_documents([("Chapter One", text)])
    return project, doc_id


def test_typing_is_saved_within_two_seconds(qtbot, project_path, make_window):
    project, doc_id = _one_chapter(project_path, "It began in May.")
    window = make_window(project)
    editor = window.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    started = time.monotonic()
    with qtbot.waitSignal(window.autosaved, timeout=2500):
        qtbot.keyClicks(editor, " Then June came.")
    assert time.monotonic() - started <= 2.2
    assert project.document(doc_id).text == "It began in May. Then June came."


def test_steady_typing_still_saves(qtbot, project_path, make_window):
    project, doc_id = _one_chapter(project_path)
    window = make_window(project)
    typed = ""
    started = time.monotonic()
    # One key every 250 ms never leaves the 1 s pause autosave waits for; the 2 s cap saves.
    while not project.document(doc_id).text and time.monotonic() - started < 4:
        qtbot.keyClicks(window.editor, "x")
        typed += "x"
        qtbot.wait(250)
    assert time.monotonic() - started <= 2.6
    saved = project.document(doc_id).text
    assert saved == typed[: len(saved)]
    assert len(saved) >= 6


def test_word_count_in_status_bar(qtbot, project_path, make_window):
    project = Project.create(project_path)
    project.add_documents([("One", ""), ("Two", "Five words are already here.")])
    window = make_window(project)
    assert window.word_label.text() == "0 words in chapter · 5 in project"
    qtbot.keyClicks(window.editor, "Sofie's brush dried")
    qtbot.waitUntil(lambda: window.word_label.text() == "3 words in chapter · 8 in project")


def test_read_only_project_shows_banner_and_refuses_edits(qtbot, project_path, make_window):
    project, _doc_id = _one_chapter(project_path, "Original.")
    make_window(project)
    second = Project.open(project_path)  # the first window holds the lock
    assert second.read_only
    window = make_window(second)
    assert window.banner.isVisible()
    assert second.locked_by in window.banner.text()
    assert window.editor.isReadOnly()
    qtbot.keyClicks(window.editor, "typed")
    assert window.editor.text() == "Original."


def test_nbsp_and_emoji_survive_and_select(qtbot):
    editor = ChapterEditor()
    qtbot.addWidget(editor)
    text = "Il dit\u00a0: 🙂 Sofie\nSecond paragraph with Sophie."
    editor.load(1, text)
    assert editor.text() == text
    start = text.index("Sophie")
    editor.select_span(start, start + len("Sophie"))
    assert editor.selected_text() == "Sophie"


def test_highlighter_marks_spans(qtbot):
    editor = ChapterEditor()
    qtbot.addWidget(editor)
    text = "🙂 Anna met Anna.\nAnna left."
    editor.load(1, text)
    spans = [(i, i + 4) for i in (2, 11, 17)]
    assert [text[a:b] for a, b in spans] == ["Anna", "Anna", "Anna"]
    editor.highlight_spans(spans)
    # Qt positions: the emoji takes two UTF-16 units, so every span moves one to the right.
    assert editor.highlighter.spans() == [(3, 7), (12, 16), (18, 22)]
    second_block = editor.document().findBlockByNumber(1)
    ranges = second_block.layout().formats()
    assert [(r.start, r.length) for r in ranges] == [(0, 4)]


def test_find_bar_finds_and_replaces_all(qtbot, project_path, make_window):
    project, doc_id = _one_chapter(project_path, "Sofie sat. Sofie stood. sofie ran.")
    window = make_window(project)
    window.actions_by_name["replace"].trigger()
    bar = window.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.find_edit, "Sofie")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert window.editor.selected_text() == "Sofie"
    qtbot.keyClicks(bar.replace_edit, "Sophie")
    with qtbot.waitSignal(window.autosaved, timeout=3000):
        qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert bar.status.text() == "Replaced 3"
    assert project.document(doc_id).text == "Sophie sat. Sophie stood. Sophie ran."
    window.editor.undo()
    assert window.editor.text() == "Sofie sat. Sofie stood. sofie ran."
