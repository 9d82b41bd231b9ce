"""One writer per project: the lock file, stale locks, and read-only second opens."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest

from app.store import Project, ProjectReadOnly
from app.store import lock as lock_module
from app.store.lock import lock_path_for, pid_alive


@pytest.fixture
def saved(project_path):
    with Project.create(project_path) as project:
        project.add_documents([("One", "Emma")])
    return project_path


def write_lock(project_path, **record):
    lock_path_for(project_path).write_text(json.dumps(record), encoding="utf-8")


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_lock_file_names_the_owner_and_goes_on_close(saved):
    lock_file = saved.with_name("novel.continuity.lock")
    with Project.open(saved):
        record = json.loads(lock_file.read_text(encoding="utf-8"))
        assert (record["pid"], record["host"]) == (os.getpid(), socket.gethostname())
    assert not lock_file.exists()


def test_second_open_in_the_same_process_is_read_only(saved):
    with Project.open(saved) as writer:
        with Project.open(saved) as reader:
            assert (reader.read_only, reader.locked_by) == (
                True,
                "novel.continuity is already open in another window",
            )
            with pytest.raises(ProjectReadOnly) as raised:
                reader.update_text(1, "changed")
            assert str(raised.value) == (
                "novel.continuity cannot be changed: "
                "novel.continuity is already open in another window"
            )
            assert reader.document(1).text == "Emma"
        writer.update_text(1, "Emma Woodhouse")
        assert writer.read_only is False
    # Closing the writer releases the lock: the next open writes.
    with Project.open(saved) as again:
        assert again.read_only is False
        assert again.document(1).text == "Emma Woodhouse"


def test_closing_the_reader_keeps_the_writers_lock(saved):
    with Project.open(saved) as writer:
        Project.open(saved).close()
        assert lock_path_for(saved).exists()
        writer.update_text(1, "still mine")


def test_a_stale_lock_from_a_dead_process_is_taken_over(saved):
    pid = dead_pid()
    assert not pid_alive(pid)
    write_lock(saved, pid=pid, host=socket.gethostname(), since="yesterday")
    with Project.open(saved) as project:
        assert project.read_only is False
        assert json.loads(lock_path_for(saved).read_text())["pid"] == os.getpid()


def test_a_lock_left_by_this_pid_in_a_previous_life_is_stale(saved):
    write_lock(saved, pid=os.getpid(), host=socket.gethostname(), since="yesterday")
    with Project.open(saved) as project:
        assert project.read_only is False


@pytest.fixture
def without_flock(monkeypatch):
    """The Windows / network-folder path: exclusive create and pid checks only."""
    monkeypatch.setattr(lock_module, "fcntl", None)


def test_without_flock_a_live_pid_holds_the_lock(saved, without_flock):
    write_lock(saved, pid=os.getppid(), host=socket.gethostname(), since="09:00")
    with Project.open(saved) as project:
        assert project.read_only is True
        assert project.locked_by == (
            f"novel.continuity is already open in another Continuity "
            f"window (process {os.getppid()}, since 09:00)"
        )
    # The other process's lock is not ours to remove.
    assert json.loads(lock_path_for(saved).read_text())["pid"] == os.getppid()


def test_without_flock_a_dead_pid_is_taken_over_and_released(saved, without_flock):
    write_lock(saved, pid=dead_pid(), host=socket.gethostname(), since="09:00")
    with Project.open(saved) as project:
        assert project.read_only is False
        assert Project.open(saved).read_only is True  # same process, second window
    assert not lock_path_for(saved).exists()


def test_without_flock_an_unreadable_lock_is_respected_only_while_fresh(saved, without_flock):
    lock_file = lock_path_for(saved)
    lock_file.write_bytes(b"")  # its creator may still be writing it
    with Project.open(saved) as project:
        assert project.read_only is True
    old = time.time() - 60
    os.utime(lock_file, (old, old))
    with Project.open(saved) as project:
        assert project.read_only is False


@pytest.mark.skipif(lock_module.fcntl is None, reason="flock is POSIX only")
def test_with_flock_a_reused_pid_does_not_block(saved):
    # After a crash and reboot the dead writer's pid may belong to some live daemon; the
    # flock, dropped by the kernel at the crash, is what counts.
    write_lock(saved, pid=os.getppid(), host=socket.gethostname(), since="09:00")
    with Project.open(saved) as project:
        assert (project.read_only, project.locked_by) == (False, None)


@pytest.mark.skipif(lock_module.fcntl is None, reason="flock is POSIX only")
def test_a_file_system_without_flock_falls_back_to_pids(saved, monkeypatch):
    def no_locks(fd, operation):
        raise OSError(37, "No locks available")

    monkeypatch.setattr(lock_module.fcntl, "flock", no_locks)
    write_lock(saved, pid=os.getppid(), host=socket.gethostname(), since="09:00")
    with Project.open(saved) as project:
        assert project.read_only is True


def test_a_lock_from_another_computer_is_respected(saved):
    write_lock(saved, pid=4242, host="writers-laptop", since="09:00")
    with Project.open(saved) as project:
        assert project.locked_by == (
            "novel.continuity is already open in another Continuity "
            "window (process 4242 on writers-laptop, since 09:00)"
        )


def test_explicit_read_only_takes_no_lock(saved):
    with Project.open(saved, read_only=True) as reader:
        assert (reader.read_only, reader.locked_by) == (True, None)
        assert not lock_path_for(saved).exists()
        with Project.open(saved) as writer:
            assert writer.read_only is False


def test_a_folder_without_write_access_opens_read_only(saved, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("app.store.lock.os.open", refuse)
    with Project.open(saved) as project:
        assert (project.read_only, project.locked_by) == (
            True,
            "its folder cannot be written to (Permission denied)",
        )


def test_a_read_only_file_opens_read_only(saved, monkeypatch):
    monkeypatch.setattr("app.store.project.os.access", lambda path, mode: False)
    with Project.open(saved) as project:
        assert (project.read_only, project.locked_by) == (
            True,
            "the file novel.continuity is read-only",
        )
