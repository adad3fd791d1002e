"""The wheel carries every module and every data file: `pip install .` must work as the
editable install the other tests use does."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_is_complete(tmp_path: Path) -> None:
    # Built from a clean copy: setuptools would reuse a stale build/ folder of the checkout.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        "build", "dist", ".venv", "*.egg-info", "__pycache__", ".git", ".*_cache",
    ))  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [wheel] = tmp_path.glob("knigge_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {
        str(p.relative_to(ROOT)) for p in (ROOT / "knigge_desktop").rglob("*.py")
        if "__pycache__" not in p.parts
    }  # fmt: skip
    data = {
        "knigge_desktop/resources/" + str(p.relative_to(ROOT / "knigge_desktop" / "resources"))
        for p in (ROOT / "knigge_desktop" / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert modules - names == set(), "modules missing from the wheel"
    assert data - names == set(), "data files missing from the wheel"
