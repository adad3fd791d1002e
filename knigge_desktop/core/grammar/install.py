"""LanguageTool on disk: where it is, and its one-time download.

The download is language-tool-python's verified download: its URL, its SHA-256 manifest
(integrity.toml), its size limit and its safe ZIP extraction. This module only adds what
a window needs: progress, cancelling, and a target inside the app's data dir (never inside
the installed app).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message

VERSION = "6.8"  # language-tool-python 3.4's default release
APPROX_MB = 250
JAR = "languagetool-server.jar"


class DownloadCancelled(Exception):
    pass


class InstallProblem(Exception):
    """The download or the folder did not work; the message is German."""


def install_dir(data_dir: Path) -> Path:
    return data_dir / "languagetool"


def find_installation(data_dir: Path, chosen_folder: str | None = None) -> Path | None:
    """The server jar: in the folder the user chose, else the newest download."""
    if chosen_folder:
        folder = Path(chosen_folder).expanduser()
        for jar in (folder / JAR, *sorted(folder.glob(f"LanguageTool-*/{JAR}"), reverse=True)):
            if jar.is_file():
                return jar
        return None
    downloads = sorted(install_dir(data_dir).glob(f"LanguageTool-*/{JAR}"), reverse=True)
    return downloads[0] if downloads else None


class _ProgressFile:
    """The temporary archive, reporting each chunk and stopping when cancelled."""

    def __init__(
        self, handle: IO[bytes], progress: Callable[[int], None], cancelled: Callable[[], bool]
    ) -> None:
        self._handle, self._progress, self._cancelled = handle, progress, cancelled
        self._written = 0

    def write(self, chunk: bytes) -> int:
        if self._cancelled():
            raise DownloadCancelled
        written = self._handle.write(chunk)
        self._written += written
        self._progress(self._written)
        return written

    def __getattr__(self, name: str) -> Any:  # seek, read, tell … for zipfile
        return getattr(self._handle, name)


def download(
    data_dir: Path,
    progress: Callable[[int, int | None], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
    *,
    version: str = VERSION,
    url: str | None = None,
) -> Path:
    """Download, verify and unpack LanguageTool; returns the server jar.

    ``progress(bytes_done, bytes_total_or_None)``; ``cancelled()`` is asked at every chunk.
    ``url`` replaces the official download address (tests use a local server).
    """
    import requests
    from language_tool_python.download_lt import _SAFE_ZIP_EXTRACTOR, ReleaseLocalLanguageTool
    from language_tool_python.exceptions import LanguageToolError

    class Release(ReleaseLocalLanguageTool):
        @property
        def download_url(self) -> str:
            return url or super().download_url

    release = Release(version)
    total = _content_length(requests, release.download_url)
    target = install_dir(data_dir)
    target.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        with (
            tempfile.TemporaryDirectory(dir=target) as work,
            tempfile.NamedTemporaryFile(suffix=".zip", dir=work) as archive,
        ):
            sink = _ProgressFile(archive, lambda done: progress(done, total), cancelled)
            with release._get_remote_zip(sink) as zip_file:  # type: ignore[arg-type]
                _SAFE_ZIP_EXTRACTOR.extractall(zip_file, target, work_dir=Path(work))
    except DownloadCancelled:
        raise
    except (LanguageToolError, OSError, TimeoutError, requests.RequestException) as exc:
        raise InstallProblem(
            Message(
                QT_TRANSLATE_NOOP("core", "LanguageTool ließ sich nicht laden: {error}"), error=exc
            )
        ) from exc
    jar = find_installation(data_dir)
    if jar is None:
        raise InstallProblem(
            Message(
                QT_TRANSLATE_NOOP("core", "Im Archiv von LanguageTool {version} fehlt {jar}."),
                version=version,
                jar=JAR,
            )
        )
    return jar


def _content_length(requests: Any, url: str) -> int | None:
    try:
        head = requests.head(url, allow_redirects=True, timeout=15)
        return int(head.headers["Content-Length"]) if head.ok else None
    except (requests.RequestException, KeyError, ValueError):
        return None
