"""Writing a file the user alone can read, all at once or not at all.

Every file the app writes goes through write_private: drafts exported, a text saved when
the database cannot take it, own and exported templates, the settings. The text goes to a
temporary file next to the target (created 0600 by mkstemp), is flushed to the disk and then
renamed over the target, so a crash or a full disk leaves the old file, never half a new one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_private(path: Path, content: str | bytes, *, durable: bool = True) -> None:
    """Replace `path` with `content` (text as UTF-8), mode 0600; OSError when it fails,
    and then the old file is unchanged and no temporary file is left. `durable=False`
    skips the syncs, for a file the app can make again (a cache): a crash may then leave
    the old file or a damaged new one, which its reader must notice."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)  # mkstemp does this already; said here for the reader
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    if durable:
        _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows opening a folder."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
