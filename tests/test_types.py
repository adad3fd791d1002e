"""mypy runs on the package with the tests (configuration in pyproject.toml): a type error,
an unused `type: ignore` or one without its error code fails here."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_package_type_checks() -> None:
    # The cache lives outside the checkout (one per checkout): the first run takes some
    # seconds, the next ones about one.
    key = hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]
    cache = Path(tempfile.gettempdir()) / f"knigge-desktop-mypy-{key}"
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout, result.stdout


def test_every_type_ignore_says_why() -> None:
    """A `type: ignore` silences the checker; the comment after it tells the next person
    what the stubs get wrong, so that it can go when they are fixed."""
    unexplained = []
    for path in sorted((ROOT / "knigge_desktop").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            _, marker, rest = line.partition("# type: ignore")
            if marker and "#" not in rest:
                unexplained.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert unexplained == []
