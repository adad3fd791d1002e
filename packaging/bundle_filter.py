"""What the PyInstaller bundle leaves out: Qt plugins for platforms the app does not target,
the libraries only those plugins needed, and Qt translations other than German and English.

Plain functions over PyInstaller's TOC entries (dest, source, typecode), so the tests can
check them without building a bundle (tests/test_packaging.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from fnmatch import fnmatch
from pathlib import PurePath

TocEntry = tuple[str, str, str]
ImportsOf = Callable[[str], Iterable[tuple[str, str | None]]]

# Qt plugins the app has no use for. Kept: xcb, wayland, offscreen and minimal windows, the
# desktop portal (light/dark scheme, file dialogs), input methods, SVG icons.
DROPPED_PLUGINS = (
    "egldeviceintegrations/*",  # embedded EGL full-screen devices
    "generic/*",  # evdev and TUIO input without a window system
    "networkinformation/*",  # the app never asks about the network
    "tls/*",  # no TLS through Qt: downloads and LanguageTool go through Python
    "platforms/*eglfs*",
    "platforms/*minimalegl*",
    "platforms/*linuxfb*",
    "platforms/*vnc*",
    "platforms/*vkkhrdisplay*",
    "platformthemes/*gtk3*",  # pulls in GTK's cairo/pango stack; the portal gives the scheme
    "wayland-graphics-integration-client/*",  # OpenGL buffer sharing; widgets draw in software
    "wayland-shell-integration/*ivi*",
    "wayland-shell-integration/*fullscreen*",
    "wayland-shell-integration/*wl-shell*",
    "xcbglintegrations/*",  # OpenGL on X11; widgets draw in software
    "imageformats/*gif*",
    "imageformats/*icns*",
    "imageformats/*ico*",
    "imageformats/*jpeg*",
    "imageformats/*tga*",
    "imageformats/*tiff*",
    "imageformats/*wbmp*",
    "imageformats/*webp*",
)

KEPT_QT_LANGUAGES = ("de", "en")


def plugin_path(dest: str) -> str | None:
    """'platforms/libqvnc.so' for a dest inside Qt's plugins folder, else None."""
    parts = PurePath(dest).parts
    if "plugins" not in parts:
        return None
    index = parts.index("plugins")
    return "/".join(parts[index + 1 :])


def is_dropped_plugin(dest: str) -> bool:
    plugin = plugin_path(dest)
    return plugin is not None and any(fnmatch(plugin, pattern) for pattern in DROPPED_PLUGINS)


def is_extension_module(dest: str) -> bool:
    name = PurePath(dest).name
    return ".cpython-" in name or ".abi3." in name or name.endswith(".pyd")


def is_prunable_library(dest: str) -> bool:
    """A shared library that is in the bundle only because something else needs it."""
    name = PurePath(dest).name
    if is_extension_module(dest) or plugin_path(dest) is not None or name.startswith("libpython"):
        return False
    return ".so" in name or name.endswith((".dll", ".dylib"))


def drop_binaries(binaries: list[TocEntry], imports_of: ImportsOf) -> list[TocEntry]:
    """The binaries without the dropped plugins and without libraries nothing else needs.

    Roots are Python's extension modules, libpython and the kept plugins; a library stays if
    a root needs it, directly or through other kept libraries (matched by file name, as the
    dynamic loader does). Symbolic links are left to drop_dangling_links."""
    kept = [entry for entry in binaries if not is_dropped_plugin(entry[0])]
    files = [entry for entry in kept if entry[2] != "SYMLINK"]
    by_name = {PurePath(dest).name: source for dest, source, _ in files}
    needed: set[str] = set()
    todo = [source for dest, source, _ in files if not is_prunable_library(dest)]
    while todo:
        for name, _resolved in imports_of(todo.pop()):
            base = PurePath(name).name
            if base not in needed:
                needed.add(base)
                if base in by_name:
                    todo.append(by_name[base])
    return [
        entry for entry in kept
        if entry[2] == "SYMLINK"
        or not is_prunable_library(entry[0])
        or PurePath(entry[0]).name in needed
    ]  # fmt: skip


def drop_dangling_links(entries: list[TocEntry], files: set[str]) -> list[TocEntry]:
    """Without the symbolic links (PyInstaller puts them in binaries and datas alike) whose
    target is not among the bundle's files; their source is the target relative to the link."""
    return [
        (dest, source, typecode) for dest, source, typecode in entries
        if typecode != "SYMLINK" or str(PurePath(dest).parent / source) in files
    ]  # fmt: skip


def keep_translation(dest: str) -> bool:
    """Qt's own .qm catalogues only for the app's languages."""
    path = PurePath(dest)
    if "translations" not in path.parts or path.suffix != ".qm" or "PySide6" not in path.parts:
        return True
    language = path.stem.rsplit("_", 1)[-1]
    return language in KEPT_QT_LANGUAGES
