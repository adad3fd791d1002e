"""Knigge Desktop: write a good first message to a stranger in a business network."""

# The one place the version lives: pyproject.toml, --version, the About dialog, the
# PyInstaller bundle and the Windows installer read it from here; the metainfo release
# list is held to it by tests/test_packaging.py.
__version__ = "0.1.0"

# The app's id on Linux desktops: the .desktop and metainfo file names, the Flatpak id, the
# icon name (packaging/linux/). Qt hands it to Wayland so the window finds its menu entry.
APP_ID = "io.github.knigge_desktop.KniggeDesktop"
