"""Setting up grammar checking: Java, the LanguageTool download, the Premium key.

The dialog calls these; slow work (the download) runs on a thread and reports through
signals, and can be cancelled.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from knigge_desktop.services.core_text import reason


class GrammarSetup(QObject):
    progress = Signal(int, int)  # bytes done, bytes total (0 if unknown)
    finished = Signal(str)  # path of the server jar
    failed = Signal(str)  # German message
    cancelled = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.download_url: str | None = None  # tests point this at a local server
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

    def _download(self) -> None:
        from knigge_desktop.core.grammar.install import DownloadCancelled, InstallProblem, download

        try:
            jar = download(
                self.data_dir,
                lambda done, total: self.progress.emit(done, total or 0),
                self._cancel.is_set,
                url=self.download_url,
            )
        except DownloadCancelled:
            self.cancelled.emit()
        except InstallProblem as exc:
            self.failed.emit(reason(exc))
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
