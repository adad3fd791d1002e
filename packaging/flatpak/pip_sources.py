"""Write python3-deps.json: the Flatpak module that installs the app's Python dependencies
from wheels, each pinned by URL and SHA-256 (Flathub builds without network).

    python packaging/flatpak/pip_sources.py [ARCH ...]   # default: x86_64 aarch64

It asks pip for x86_64 and aarch64 wheels for the runtime's Python (3.13 in
org.freedesktop.Platform 25.08). The URLs use PyPI's stable form
https://files.pythonhosted.org/packages/<python tag>/<letter>/<project>/<file>.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON_VERSION = "3.13"
REQUIREMENTS = [
    "PySide6-Essentials>=6.11.3,<6.13",
    "language-tool-python>=3.4,<3.5",
    "keyring>=25,<26",
    "platformdirs>=4.2,<5",
    "setuptools>=68,<81",  # builds the app itself (pyproject.toml's build-system)
]
ARCHES = {
    "x86_64": ["manylinux_2_34", "manylinux_2_28", "manylinux_2_17", "manylinux2014",
               "manylinux_2_12", "manylinux2010", "manylinux_2_5", "manylinux1"],
    "aarch64": ["manylinux_2_34", "manylinux_2_28", "manylinux_2_17", "manylinux2014"],
}  # fmt: skip


def download(arch: str, folder: Path) -> list[Path]:
    platforms = [arg for tag in ARCHES[arch] for arg in ("--platform", f"{tag}_{arch}")]
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--only-binary=:all:", *platforms,
         "--python-version", PYTHON_VERSION, "--implementation", "cp", "-d", str(folder),
         *REQUIREMENTS],
        check=True,
    )  # fmt: skip
    return sorted(folder.glob("*.whl"))


def wheel_url(wheel: Path) -> str:
    project, _version, python_tag = wheel.name.split("-")[:3]
    return (
        f"https://files.pythonhosted.org/packages/{python_tag}/{project[0]}/{project}/{wheel.name}"
    )


def source(wheel: Path, arch: str | None) -> dict[str, object]:
    entry: dict[str, object] = {
        "type": "file",
        "url": wheel_url(wheel),
        "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
    }
    if arch:
        entry["only-arches"] = [arch]
    return entry


def main(arches: list[str]) -> None:
    by_arch: dict[str, set[Path]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for arch in arches:
            by_arch[arch] = set(download(arch, Path(tmp) / arch))
        names = {arch: {w.name: w for w in wheels} for arch, wheels in by_arch.items()}
        common = set.intersection(*(set(n) for n in names.values()))
        first = next(iter(names.values()))
        shared_arch = None if len(names) > 1 else arches[0]
        sources = [source(first[name], shared_arch) for name in sorted(common)]
        for arch, wheels in names.items():
            sources += [source(w, arch) for n, w in sorted(wheels.items()) if n not in common]
    module = {
        "name": "python3-deps",
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --verbose --exists-action=i --no-index --find-links=file://${PWD}"
            " --prefix=${FLATPAK_DEST} --no-build-isolation "
            + " ".join(f'"{r}"' for r in REQUIREMENTS)
        ],
        "sources": sources,
    }
    (HERE / "python3-deps.json").write_text(json.dumps(module, indent=4) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:] or list(ARCHES))
