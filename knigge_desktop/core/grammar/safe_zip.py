"""Unpacking a downloaded archive without trusting it.

A ZIP names its own paths, types and sizes. Every one is checked before anything is written:
no absolute paths, no "..", no drive letters or backslash tricks (zip slip), no symbolic
links or device files, a bounded number of members, and bounded sizes, counted on the bytes
actually written (a header may lie), with a cap on the compression ratio (zip bombs).
Extraction goes into an empty folder; a failure removes what was written.
"""

from __future__ import annotations

import shutil
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message

_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))} | {
    f"LPT{n}" for n in range(1, 10)
}
_CHUNK = 1024 * 1024


class ZipLimits(NamedTuple):
    # LanguageTool 6.x: about 250 MB packed, 400 MB unpacked, ~2,000 members, largest ~33 MB.
    max_members: int = 5_000
    max_total_bytes: int = 768 * 1024 * 1024
    max_member_bytes: int = 160 * 1024 * 1024
    max_ratio: float = 100.0  # unpacked / packed size of one member


class UnsafeArchive(Exception):
    """The archive is damaged or tries something; the message is German, the detail (for
    the log) is in ``detail``."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Das heruntergeladene Archiv ist beschädigt oder enthält unzulässige "
                    "Einträge; es wurde nicht entpackt.",
                )
            )
        )
        self.detail = detail


DEFAULT_LIMITS = ZipLimits()


def _safe_parts(name: str) -> tuple[str, ...]:
    if "\\" in name or "\0" in name:
        raise UnsafeArchive(f"backslash or NUL in {name!r}")
    path = PurePosixPath(name)
    if path.is_absolute() or (path.parts and ":" in path.parts[0]):
        raise UnsafeArchive(f"absolute path {name!r}")
    parts = tuple(p for p in path.parts if p not in ("", "."))
    if not parts or ".." in parts:
        raise UnsafeArchive(f"path leaves the folder: {name!r}")
    for part in parts:
        if part.split(".")[0].upper() in _RESERVED or part != part.rstrip(" ."):
            raise UnsafeArchive(f"name not valid everywhere: {name!r}")
    return parts


def _kind(info: zipfile.ZipInfo) -> str:
    mode = info.external_attr >> 16
    if info.is_dir():
        return "dir"
    kind = stat.S_IFMT(mode)  # 0: no type recorded (Windows, Python's writestr)
    if kind and kind != stat.S_IFREG:  # a symlink, device, fifo
        raise UnsafeArchive(f"{info.filename!r} is not a plain file (mode {oct(mode)})")
    return "file"


def check_members(archive: zipfile.ZipFile, limits: ZipLimits = DEFAULT_LIMITS) -> None:
    """Everything that can be checked before writing a byte."""
    members = archive.infolist()
    if len(members) > limits.max_members:
        raise UnsafeArchive(f"{len(members)} members, the limit is {limits.max_members}")
    declared = 0
    seen: set[tuple[str, ...]] = set()
    for info in members:
        parts = _safe_parts(info.filename)
        key = tuple(p.lower() for p in parts)  # case-insensitive file systems
        if key in seen and not info.is_dir():
            raise UnsafeArchive(f"{info.filename!r} appears twice")
        seen.add(key)
        _kind(info)
        if info.flag_bits & 0x1:
            raise UnsafeArchive(f"{info.filename!r} is encrypted")
        declared += info.file_size
        if info.file_size > limits.max_member_bytes or declared > limits.max_total_bytes:
            raise UnsafeArchive(f"{info.filename!r}: unpacked size over the limit")
        if info.file_size > limits.max_ratio * max(info.compress_size, 1) + _CHUNK:
            raise UnsafeArchive(f"{info.filename!r}: compression ratio over {limits.max_ratio}")


def extract(archive_path: Path, destination: Path, limits: ZipLimits = DEFAULT_LIMITS) -> None:
    """Unpack into destination, which must not exist yet (it is created 0700, once every
    member has passed check_members)."""
    created = False
    try:
        with zipfile.ZipFile(archive_path) as archive:
            check_members(archive, limits)
            destination.mkdir(mode=0o700, parents=True)
            created = True
            written = 0
            for info in archive.infolist():
                target = destination.joinpath(*_safe_parts(info.filename))
                if _kind(info) == "dir":
                    target.mkdir(parents=True, exist_ok=True, mode=0o700)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                member_bytes = 0
                with archive.open(info) as source, open(target, "xb") as sink:
                    while chunk := source.read(_CHUNK):
                        member_bytes += len(chunk)
                        written += len(chunk)
                        if member_bytes > info.file_size or written > limits.max_total_bytes:
                            raise UnsafeArchive(f"{info.filename!r} unpacks to more than it says")
                        sink.write(chunk)
                target.chmod(0o700 if (info.external_attr >> 16) & 0o100 else 0o600)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
    ) as exc:
        if created:
            shutil.rmtree(destination, ignore_errors=True)
        raise UnsafeArchive(f"not a readable ZIP: {exc}") from exc
    except BaseException:
        if created:  # only what this call wrote; a folder that was there stays
            shutil.rmtree(destination, ignore_errors=True)
        raise
