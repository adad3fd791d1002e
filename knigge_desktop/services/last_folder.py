"""Where a file dialog starts: in the folder the user last took a file from or saved one
to (kept in the settings as `last_folder`), else in the home folder – never in the
folder the program happened to be started from."""

from __future__ import annotations

from pathlib import Path

from knigge_desktop.services.settings_service import SettingsService


class LastFolder:
    def __init__(self, settings: SettingsService) -> None:
        self._settings = settings

    def folder(self) -> Path:
        """The last folder used if it still exists, else the home folder."""
        kept = str(self._settings.get("last_folder") or "")
        if kept and Path(kept).is_dir():
            return Path(kept)
        return Path.home()

    def start(self, suggested: str = "") -> str:
        """Where the dialog opens: the folder, with the suggested file name in it."""
        name = Path(suggested).name if suggested else ""
        return str(self.folder() / name) if name else str(self.folder())

    def used(self, path: str) -> None:
        """The user chose `path` (a file): its folder is where the next dialog starts."""
        if not path:
            return
        folder = str(Path(path).parent)
        if folder != self._settings.get("last_folder"):
            self._settings.update({"last_folder": folder})
