"""Where the shipped data files are, in a source checkout and in an installed wheel alike."""

from __future__ import annotations

from pathlib import Path

import knigge_desktop.resources as _resources

# resources/ is installed as the package knigge_desktop.resources (pyproject.toml). Its
# __file__ points at the folder in an editable and in a regular install; importlib.resources
# would do the same but costs several milliseconds of start-up for zip support nobody uses.
_BASE = Path(_resources.__file__).parent


def resource_dir(*parts: str) -> Path:
    """Path of a file or folder under resources/, e.g. resource_dir("templates")."""
    return _BASE.joinpath(*parts)
