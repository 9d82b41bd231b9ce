"""Reliability tests drive the real window too: they share the GUI fixtures."""

from tests.gui.conftest import (  # noqa: F401  (fixtures are found by name)
    gui_app,
    make_window,
    project_path,
    seed_paths,
    seeded,
    wait_idle,
)
