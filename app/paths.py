"""Where the app's data files (resources/: word lists, themes, icons) are.

They live in the top-level resources/ folder of the source tree; a non-editable install copies
them to <prefix>/share/continuity/resources (see [tool.setuptools.data-files] in pyproject.toml).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_SOURCE = Path(__file__).resolve().parents[1] / "resources"
_INSTALLED = Path(sys.prefix) / "share" / "continuity" / "resources"


@cache
def resources_dir() -> Path:
    """The resources folder: the source tree's when running from a checkout, else the copy
    installed beside the interpreter."""
    return _SOURCE if _SOURCE.is_dir() else _INSTALLED
