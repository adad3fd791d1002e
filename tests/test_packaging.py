"""packaging/: the bundle's trimming rules, the Linux desktop files, the one version, and
LanguageTool kept out of the installed app. The bundle itself is built and run by
packaging/ci-linux.sh (CI, after the tests); the validators run here when installed."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

import knigge_desktop
from knigge_desktop import APP_ID, __version__
from knigge_desktop.core.grammar.install import install_dir
from knigge_desktop.core.paths import resolve_paths

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

sys.path.insert(0, str(ROOT / "packaging"))
from bundle_filter import (  # noqa: E402
    drop_binaries,
    drop_dangling_links,
    is_dropped_plugin,
    keep_translation,
)


def metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


# --- the bundle's trimming ---------------------------------------------------------------


def test_unused_qt_plugins_are_dropped_and_the_needed_ones_kept() -> None:
    plugins = "PySide6/Qt/plugins/"
    for dropped in ("platforms/libqvnc.so", "platforms/libqeglfs.so", "tls/libqopensslbackend.so",
                    "platformthemes/libqgtk3.so", "imageformats/libqjpeg.so"):  # fmt: skip
        assert is_dropped_plugin(plugins + dropped), dropped
    for kept in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                 "platformthemes/libqxdgdesktopportal.so", "imageformats/libqsvg.so",
                 "iconengines/libqsvgicon.so", "platforminputcontexts/libibus.so",
                 "wayland-shell-integration/libxdg-shell.so"):  # fmt: skip
        assert not is_dropped_plugin(plugins + kept), kept
    assert not is_dropped_plugin("PySide6/Qt/lib/libQt6Gui.so.6")


def test_a_library_stays_only_while_something_kept_needs_it() -> None:
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/s/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/s/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/s/libqeglfs.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "/s/libEglFS.so.6", "BINARY"),
        (
            "libQt6EglFSDeviceIntegration.so.6",
            "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
            "SYMLINK",
        ),
    ]
    imports = {
        "/s/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/s/libQt6Widgets.so.6": ["libQt6Gui.so.6"],  # needed indirectly
        "/s/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/s/libqeglfs.so": ["libQt6EglFSDeviceIntegration.so.6"],
    }
    kept = drop_binaries(binaries, lambda path: [(n, None) for n in imports.get(path, [])])
    files = {dest for dest, _, typecode in kept if typecode != "SYMLINK"}
    assert files == {
        "PySide6/QtWidgets.abi3.so", "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    }  # fmt: skip
    assert drop_dangling_links(kept, files) == [e for e in kept if e[2] != "SYMLINK"]
    link = ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK")
    assert drop_dangling_links([link], files) == [link]


def test_only_german_and_english_qt_catalogues_travel() -> None:
    assert keep_translation("PySide6/Qt/translations/qtbase_de.qm")
    assert keep_translation("PySide6/Qt/translations/qt_en.qm")
    assert not keep_translation("PySide6/Qt/translations/qtbase_fr.qm")
    assert not keep_translation("PySide6/Qt/translations/qt_zh_CN.qm")
    assert keep_translation("knigge_desktop/resources/templates/reply_formal.toml")


# --- Linux desktop files -----------------------------------------------------------------


def test_the_desktop_entry_starts_the_app_under_its_id() -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keeps the keys' case, as configparser documents
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "knigge-desktop"
    assert section["Icon"] == APP_ID
    assert section["Name"] == "Knigge Desktop"
    assert "Comment[de]" in section


def test_the_metainfo_names_the_current_version_first() -> None:
    root = metainfo()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]  # the element is there, or the test fails anyway
    first_release = root.find("releases/release")
    assert first_release is not None
    assert first_release.get("version") == __version__


def test_the_metainfo_describes_the_app_in_german_and_english() -> None:
    description = metainfo().find("description")
    assert description is not None
    english = [p for p in description.iter() if p.tag in ("p", "li") and XML_LANG not in p.attrib]
    german = [p for p in description.iter() if p.get(XML_LANG) == "de"]
    assert len(english) == len(german) >= 3
    summaries = {s.get(XML_LANG) for s in metainfo().findall("summary")}
    assert summaries == {None, "de"}


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_the_screenshots_named_in_the_metainfo_exist_in_the_repository() -> None:
    images = [i.text or "" for i in metainfo().iter("image")]
    assert images
    for url in images:
        local = ROOT / url.split("/main/", 1)[1]
        assert local.is_file(), url
        assert png_size(local)[0] >= 1000


def test_icons_come_as_svg_and_in_every_usual_png_size() -> None:
    icons = ROOT / "knigge_desktop" / "resources" / "icons"
    assert ET.parse(icons / "knigge-desktop.svg").getroot().tag.endswith("svg")
    for size in ICON_SIZES:
        assert png_size(icons / f"knigge-desktop-{size}.png") == (size, size)
    assert (ROOT / "packaging" / "icons" / "knigge-desktop.ico").read_bytes()[:4] == b"\0\0\1\0"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_appstreamcli_accepts_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout


# --- one version, and nothing written into the installed app -----------------------------


def test_the_about_dialog_shows_the_version(window_factory) -> None:
    window = window_factory()
    box = window.dialogs.show_about()
    assert f"Knigge Desktop {__version__}" in box.text()
    box.close()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is the Linux data dir")
def test_languagetool_is_downloaded_into_the_user_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("KNIGGE_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    target = install_dir(resolve_paths().data_dir)
    assert target.is_relative_to(tmp_path / "share")
    assert not target.is_relative_to(Path(knigge_desktop.__file__).parent)
