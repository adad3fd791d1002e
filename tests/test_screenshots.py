"""scripts/screenshots.py renders every picture the README and the metainfo show, from the
real window, into the folder it is given."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

from knigge_desktop import APP_ID

ROOT = Path(__file__).resolve().parent.parent


def test_the_script_renders_every_screenshot_the_metainfo_names(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    metainfo = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
    named = {Path(i.text or "").name for i in ET.parse(metainfo).getroot().iter("image")}
    made = {p.name for p in tmp_path.glob("*.png")}
    assert named and named <= made
    assert (ROOT / "docs" / "screenshots" / "composer.png").is_file()  # the README's picture
    assert (ROOT / "docs" / "screenshots" / "reply.png").is_file()  # the reply workflow's
    assert {"reply-paste.png", "reply.png"} <= made
    for name in made:
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == (1280, 800), name
        # Not a blank picture: the window's text gives many distinct colours.
        colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
        assert len(colours) > 20, name
    dark, light = QImage(str(tmp_path / "dark.png")), QImage(str(tmp_path / "composer.png"))
    assert dark.pixelColor(640, 300).lightness() < 100 < light.pixelColor(640, 300).lightness()
