"""One app per data folder: an exclusive lock on a file inside the folder itself.

The single-instance socket alone is not enough: two starts a few milliseconds apart both
find nobody listening, and a start with another XDG_RUNTIME_DIR looks for another socket.
A lock on the data folder holds in every such case; the operating system drops it when the
process ends, even by SIGKILL, so a crash never leaves the folder locked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

LOCK_NAME = "knigge-desktop.lock"


class FolderLock:
    """Held from ``acquire`` until ``release`` or the end of the process."""

    def __init__(self, descriptor: int, path: Path) -> None:
        self._descriptor: int | None = descriptor
        self.path = path

    @classmethod
    def acquire(cls, folder: Path) -> FolderLock | None:
        """The lock, or None if another process holds it. Raises OSError if the folder
        cannot hold a lock file at all (then nothing can be written there anyway)."""
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / LOCK_NAME
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            # A read-only folder where the app ran before: the lock file is there and a
            # lock on it still keeps a second window out (flock needs no write access).
            descriptor = os.open(path, os.O_RDONLY)
        try:
            taken = _lock(descriptor)
        except OSError:
            os.close(descriptor)
            raise
        if not taken:
            os.close(descriptor)
            return None
        return cls(descriptor, path)

    def release(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)  # closing the file drops the lock
            self._descriptor = None


if sys.platform == "win32":
    import msvcrt

    def _lock(descriptor: int) -> bool:
        os.lseek(descriptor, 0, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:  # Windows' answer when another process holds the byte
            return False
        return True

else:
    import fcntl

    def _lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
