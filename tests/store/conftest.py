"""Store fixtures: a fresh project file in tmp_path, closed after the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.store import Project


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "novel.continuity"


@pytest.fixture
def project(project_path: Path) -> Iterator[Project]:
    with Project.create(project_path) as opened:
        yield opened
