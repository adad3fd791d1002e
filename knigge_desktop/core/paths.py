"""Where the app keeps its files.

platformdirs picks the usual places per OS. ``--data-dir DIR`` or ``KNIGGE_DATA_DIR`` moves
every file the app writes under DIR, so tests and portable installs never touch the home
folder.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

APP_NAME = "knigge-desktop"
DATA_DIR_ENV = "KNIGGE_DATA_DIR"
# The reply pane's text (services/text_keeper.py), next to the drafts in the data folder.
REPLY_PANE_FILE = "antwortfenster.txt"
# The template editor's unsaved state, as a template file's text (services/text_keeper.py).
TEMPLATE_EDITOR_FILE = "vorlage-in-arbeit.toml"
# The signature being typed in the settings, until OK or Abbrechen.
SIGNATURE_FILE = "signatur-in-arbeit.txt"


class AppPaths(NamedTuple):
    data_dir: Path
    config_dir: Path

    @property
    def drafts_db(self) -> Path:
        return self.data_dir / "drafts.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def user_templates_dir(self) -> Path:
        return self.data_dir / "templates"

    @property
    def template_cache(self) -> Path:
        """The parsed templates of the last start (core/templates/cache.py)."""
        return self.data_dir / "templates.cache"

    def ensure(self) -> None:
        """Create the folders, readable by the user alone."""
        for folder in (self.data_dir, self.config_dir, self.user_templates_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The explicit folder wins, then KNIGGE_DATA_DIR, then platformdirs."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, config_dir=root / "config")
    import platformdirs  # only needed when no folder was given

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )
