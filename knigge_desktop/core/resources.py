"""Where the shipped data files are, in a source checkout and in an installed wheel alike."""

from __future__ import annotations

from pathlib import Path

import knigge_desktop.resources as _resources

# knigge_desktop/resources/ is a package of data files. Its __file__ points at the folder
# in a checkout, an editable and a regular install alike; importlib.resources
# would do the same but costs several milliseconds of start-up for zip support nobody uses.
_BASE = Path(_resources.__file__).parent


def resource_dir(*parts: str) -> Path:
    """Path of a file or folder under resources/, e.g. resource_dir("templates")."""
    return _BASE.joinpath(*parts)
