"""Setting up grammar checking: Java, the LanguageTool download, the Premium key.

The dialog calls these; slow work (the download) runs on a thread and reports through
signals, and can be cancelled.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from knigge_desktop.services.core_text import reason

log = logging.getLogger(__name__)


class GrammarSetup(QObject):
    progress = Signal(int, int)  # bytes done, bytes total (0 if unknown)
    finished = Signal(str)  # path of the server jar
    failed = Signal(str, str)  # message in plain words (window's language), cause
    cancelled = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.download_url: str | None = None  # tests point this at a local server
        self.download_sha256: str | None = None  # and give their archive's checksum
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    def java_status(self, explicit: str = "") -> tuple[bool, str]:
        from knigge_desktop.core.grammar.java import JavaProblem, find_java

        try:
            java = find_java(explicit or None)
        except JavaProblem as exc:
            return False, reason(exc)
        return True, self.tr("Java {major} gefunden ({path}).").format(
            major=java.major, path=java.path
        )

    def installation(self, folder: str = "") -> Path | None:
        from knigge_desktop.core.grammar.install import find_installation

        return find_installation(self.data_dir, folder or None)

    def start_download(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._cancel.clear()
        self._thread = threading.Thread(target=self._download, name="lt-download", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float = 60) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    @staticmethod
    def source() -> dict[str, str | int]:
        """What the download is, for the dialog: version, address, sizes, checksum, memory."""
        from knigge_desktop.core.grammar import install

        return {
            "version": install.VERSION,
            "url": install.DOWNLOAD_URL,
            "host": install.DOWNLOAD_HOST,
            "mb": install.APPROX_MB,
            "unpacked_mb": install.UNPACKED_MB,
            "sha256": install.SHA256,
            "memory_mb": install.SERVER_MEMORY_MB,
        }

    def is_downloading(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _download(self) -> None:
        from knigge_desktop.core.grammar.install import DownloadCancelled, InstallProblem, download

        checksum = {"sha256": self.download_sha256} if self.download_sha256 else {}
        try:
            jar = download(
                self.data_dir,
                lambda done, total: self.progress.emit(done, total or 0),
                self._cancel.is_set,
                url=self.download_url,
                **checksum,
            )
        except DownloadCancelled:
            self.cancelled.emit()
        except InstallProblem as exc:
            self.failed.emit(reason(exc), exc.cause)
        except Exception:  # a bug of ours: the log gets the traceback, the user plain words
            log.exception("LanguageTool download failed unexpectedly")
            self.failed.emit(
                self.tr(
                    "Beim Herunterladen ist ein unerwarteter Fehler aufgetreten; nichts wurde "
                    "gespeichert. Versuchen Sie es noch einmal."
                ),
                "unexpected",
            )
        else:
            self.finished.emit(str(jar))

    @staticmethod
    def store_api_key(key: str) -> str | None:
        """Into the keyring; returns why not, if it cannot be kept there."""
        from knigge_desktop.core.secrets import PREMIUM_KEY, SecretsUnavailable, set_secret

        try:
            set_secret(PREMIUM_KEY, key)
        except SecretsUnavailable as exc:
            return reason(exc)
        return None
