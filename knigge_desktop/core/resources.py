"""Where the shipped data files are, in a source checkout and in an installed wheel alike."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_dir(*parts: str) -> Path:
    """Path of a folder under resources/, e.g. resource_dir("templates")."""
    base = Path(str(resources.files("knigge_desktop.resources")))
    return base.joinpath(*parts)
