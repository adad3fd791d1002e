"""Last resort for a text that could not be saved as a draft when nobody can be asked
(the session ends, the process is told to stop): a plain file in the home folder."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

from knigge_desktop.core.os_errors import os_error_reason


def rescue_text(text: str, folder: Path | None = None) -> Path | None:
    """Write `text` to a new file named with the time; its path, or None if that failed too.
    Created 0600 and never over an existing file. When even that fails (the home folder on
    a full disk), no empty or cut file is left to look like a rescue, and the text goes to
    the standard error, the last place it can still be read from."""
    if not text.strip():
        return None
    folder = Path.home() if folder is None else folder
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"Knigge-Entwurf-gerettet-{stamp}.txt"
    created = False
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        created = True
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
    except OSError as exc:
        if created:
            path.unlink(missing_ok=True)
        print(
            f"Knigge Desktop: Text konnte nicht gerettet werden ({os_error_reason(exc)}); "
            "hier ist er:\n" + text,
            file=sys.stderr,
        )
        return None
    print(f"Knigge Desktop: ungespeicherter Text gerettet in {path}", file=sys.stderr)
    return path
