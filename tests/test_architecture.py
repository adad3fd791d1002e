"""The layering of docs/ARCHITECTURE.md and the code style, checked in every test run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_import_contracts_hold() -> None:
    # ui -> services -> core only, core never imports Qt, ui never imports storage, HTTP or
    # subprocesses (pyproject.toml, importlinter).
    result = _python("-c", "from importlinter.cli import lint_imports_command as c; c()")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_ruff_is_clean() -> None:
    result = _python(
        "-m",
        "ruff",
        "check",
        "knigge_desktop",
        "tests",
        "benchmarks",
        "scripts",
        "packaging",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_headless_commands_do_not_load_qt() -> None:
    result = _python(
        "-c",
        "import sys; from knigge_desktop.cli import main; "
        "main(['templates', '--format', 'json']); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'",
    )
    assert result.returncode == 0, result.stderr


def test_every_package_is_listed_for_the_wheel() -> None:
    """pyproject.toml names its packages one by one;
    a package missing there is missing from `pip install .` while editable installs, and so
    the other tests, still find it."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "knigge_desktop").rglob("__init__.py")
    } | {"knigge_desktop.resources"}
    assert listed == on_disk


def test_a_plain_checkout_finds_its_data_without_an_install() -> None:
    """The data files are a package inside knigge_desktop/: `python -S` (no site-packages,
    so no editable install) from the checkout still finds and reads them."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "from knigge_desktop.core.resources import resource_dir; "
        "from knigge_desktop.core.templates import load_templates; "
        "result = load_templates([resource_dir('templates')]); "
        "assert result.items and not result.problems, result.problems; "
        "print(resource_dir('templates'))"
    )
    result = subprocess.run(
        [sys.executable, "-S", "-c", code, str(ROOT)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == ROOT / "knigge_desktop" / "resources" / "templates"
