"""LanguageTool on disk: where it is, and its one-time download.

What is downloaded, from where, and how it is checked (the dialog and the README say the
same, from these constants):

- LanguageTool 6.8, the release language-tool-python 3.4 uses, as LanguageTool-6.8.zip
  (about 250 MB; about 400 MB unpacked) from language-tool-python's release mirror on GitHub
  (languagetool.org's own download is not used: language-tool-python serves 6.7 and newer
  only from its mirror).
- Verified by its SHA-256, the one in language-tool-python's integrity manifest, before
  anything is unpacked; a file that does not match is deleted.
- Unpacked by safe_zip (no paths outside the folder, no links, bounded sizes) into the app's
  data folder, never into the installed app.

This module owns the code; it uses no private part of language-tool-python (a test checks
that the URL and checksum here still match language-tool-python's public data).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from knigge_desktop.core.grammar.safe_zip import UnsafeArchive, extract
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

VERSION = "6.8"  # language-tool-python 3.4's default release
DOWNLOAD_URL = (
    "https://github.com/jxmorris12/language_tool_python/releases/download/"
    f"LanguageTool-{VERSION}/LanguageTool-{VERSION}.zip"
)
DOWNLOAD_HOST = "github.com"
SHA256 = "6a7f6b67b779ae9505f7579f0c41453ea8d1bd72ae750bdc2c55ba974281467d"
APPROX_MB = 250  # the archive
UNPACKED_MB = 400
SERVER_MEMORY_MB = 1000  # heap cap 768 MB (server.HEAP_MB) plus the JVM's own; measured ~0.9 GB
MAX_ARCHIVE_BYTES = 512 * 1024 * 1024  # a download that grows beyond this is stopped
JAR = "languagetool-server.jar"
_CHUNK = 256 * 1024


class DownloadCancelled(Exception):
    pass


class InstallProblem(Exception):
    """The download or the folder did not work; the message is German, plain words, with
    what to do. ``cause``: "connection", "server", "checksum", "disk", "folder", "archive"."""

    def __init__(self, message: str, cause: str) -> None:
        super().__init__(message)
        self.cause = cause


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


def _problem(cause: str, **values: Any) -> InstallProblem:
    texts = {
        "connection": QT_TRANSLATE_NOOP(
            "core",
            "Keine Verbindung zu {host}. Prüfen Sie die Internetverbindung (oder den Proxy) "
            "und versuchen Sie es noch einmal.",
        ),
        "server": QT_TRANSLATE_NOOP(
            "core",
            "Der Download-Server ({host}) hat den Download abgelehnt (HTTP {status}). "
            "Versuchen Sie es später noch einmal.",
        ),
        "checksum": QT_TRANSLATE_NOOP(
            "core",
            "Die Prüfsumme des Downloads stimmt nicht: Die Datei ist unterwegs beschädigt oder "
            "verändert worden und wurde gelöscht. Versuchen Sie es noch einmal.",
        ),
        "too_big": QT_TRANSLATE_NOOP(
            "core",
            "Der Download wurde größer als erwartet (über {mb} MB) und wurde abgebrochen.",
        ),
        "disk": QT_TRANSLATE_NOOP(
            "core",
            "Auf dem Datenträger ist nicht genug Platz. LanguageTool braucht etwa {mb} MB: "
            "Machen Sie Platz frei und versuchen Sie es noch einmal.",
        ),
        "folder": QT_TRANSLATE_NOOP(
            "core",
            "LanguageTool ließ sich nicht in {folder} speichern. Prüfen Sie, ob Sie dort "
            "schreiben dürfen.",
        ),
    }
    cause_of = {"too_big": "server"}
    return InstallProblem(Message(texts[cause], **values), cause_of.get(cause, cause))


def _fetch(
    url: str,
    archive: Path,
    progress: Callable[[int, int | None], None],
    cancelled: Callable[[], bool],
) -> str:
    """Download url into archive; returns its SHA-256 (hex)."""
    import requests

    digest = hashlib.sha256()
    with requests.get(url, stream=True, timeout=60) as answer:
        if answer.status_code != 200:
            raise _problem("server", host=DOWNLOAD_HOST, status=answer.status_code)
        try:
            total: int | None = int(answer.headers["Content-Length"])
        except (KeyError, ValueError):
            total = None
        done = 0
        with open(archive, "xb") as sink:
            for chunk in answer.iter_content(_CHUNK):
                if cancelled():
                    raise DownloadCancelled
                done += len(chunk)
                if done > MAX_ARCHIVE_BYTES:
                    raise _problem("too_big", mb=MAX_ARCHIVE_BYTES // 2**20)
                sink.write(chunk)
                digest.update(chunk)
                progress(done, total)
    return digest.hexdigest()


def download(
    data_dir: Path,
    progress: Callable[[int, int | None], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
    *,
    url: str | None = None,
    sha256: str = SHA256,
) -> Path:
    """Download, verify and unpack LanguageTool; returns the server jar.

    ``progress(bytes_done, bytes_total_or_None)``; ``cancelled()`` is asked at every chunk.
    ``url`` replaces the download address and ``sha256`` its checksum (tests serve a small
    archive from a local server). Nothing half-written stays behind on any failure.
    """
    import requests

    target = install_dir(data_dir)
    try:
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        work = Path(tempfile.mkdtemp(prefix=".download-", dir=target))
    except OSError as exc:
        log.error("LanguageTool folder %s: %s", target, exc)
        raise _disk_or_folder(exc, target) from exc
    try:
        archive = work / f"LanguageTool-{VERSION}.zip"
        got = _fetch(url or DOWNLOAD_URL, archive, progress, cancelled)
        if got != sha256.lower():
            log.error("LanguageTool download: SHA-256 %s, expected %s", got, sha256)
            raise _problem("checksum")
        unpacked = work / "unpacked"
        extract(archive, unpacked)
        archive.unlink()
        for entry in unpacked.iterdir():
            _replace(target / entry.name, entry)
    except DownloadCancelled:
        raise
    except InstallProblem:
        raise
    except UnsafeArchive as exc:
        log.error("LanguageTool archive refused: %s", exc.detail)
        raise InstallProblem(str(exc.args[0]), "archive") from exc
    except requests.RequestException as exc:
        log.error("LanguageTool download from %s failed: %r", url or DOWNLOAD_URL, exc)
        raise _problem("connection", host=DOWNLOAD_HOST) from exc
    except OSError as exc:
        log.error("LanguageTool download into %s failed: %r", target, exc)
        raise _disk_or_folder(exc, target) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    jar = find_installation(data_dir)
    if jar is None:
        raise InstallProblem(
            Message(
                QT_TRANSLATE_NOOP("core", "Im Archiv von LanguageTool {version} fehlt {jar}."),
                version=VERSION,
                jar=JAR,
            ),
            "archive",
        )
    return jar


def _disk_or_folder(exc: OSError, target: Path) -> InstallProblem:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _problem("disk", mb=APPROX_MB + UNPACKED_MB)
    return _problem("folder", folder=str(target))


def _replace(destination: Path, fresh: Path) -> None:
    """Put fresh where destination is: a download of the same version replaces the old one,
    and the old one goes only once the new one is in place."""
    old = None
    if destination.exists():
        old = destination.with_name(f".old-{destination.name}-{os.getpid()}")
        os.replace(destination, old)
    os.replace(fresh, destination)
    if old is not None:
        with contextlib.suppress(OSError):
            shutil.rmtree(old)
