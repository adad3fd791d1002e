"""The live counter against the platform's limit: numbers from platforms.toml, amber from
90 % on, red over the limit, nothing to warn about where no limit is known."""

from __future__ import annotations

from knigge_desktop.core.platforms import LimitLevel, limit_for, limit_status
from knigge_desktop.core.vocabulary import Kind, Platform


def test_the_level_follows_the_limit_of_the_kind_on_the_platform() -> None:
    note = limit_for(Platform.LINKEDIN, Kind.CONTACT_REQUEST)
    assert note is not None and note.limit == 300
    kind, where = Kind.CONTACT_REQUEST, Platform.LINKEDIN
    assert limit_status("a" * 269, where, kind).level is LimitLevel.OK
    assert limit_status("a" * 270, where, kind).level is LimitLevel.NEAR
    assert limit_status("a" * 300, where, kind).level is LimitLevel.NEAR
    assert limit_status("a" * 301, where, kind) == (301, 300, LimitLevel.OVER)
    # A message on LinkedIn has a larger limit than the invitation note.
    assert limit_status("a" * 301, where, Kind.FIRST_CONTACT).level is LimitLevel.OK


def test_emoji_count_as_the_platform_counts_them() -> None:
    text = "👋" * 150  # 150 code points, 300 UTF-16 units
    status = limit_status(text, Platform.LINKEDIN, Kind.CONTACT_REQUEST)
    assert status.length == 300 and status.level is LimitLevel.NEAR
    assert limit_status(text + "!", Platform.LINKEDIN, Kind.CONTACT_REQUEST).level is (
        LimitLevel.OVER
    )


def test_without_a_known_limit_there_is_only_the_length() -> None:
    assert limit_status("Hallo", Platform.EMAIL, Kind.FIRST_CONTACT) == (5, None, LimitLevel.NONE)
    assert limit_status("Hallo", None, Kind.CONTACT_REQUEST).level is LimitLevel.NONE
    assert limit_status("Hallo", Platform.LINKEDIN, None).level is LimitLevel.NONE


def test_the_window_counts_live_and_turns_amber_then_red(window_factory) -> None:
    window = window_factory(new_template="contact_request_formal")
    meter = window.text_pane.limit_meter
    pane = window.text_pane
    pane.platform.setCurrentIndex(pane.platform.findData("linkedin"))
    window.editor.setPlainText("Guten Tag Herr Albrecht")
    assert meter.text() == "23 / 300" and meter.level is LimitLevel.OK
    assert meter.styleSheet() == ""
    window.editor.setPlainText("x" * 280)
    assert meter.level is LimitLevel.NEAR and "color" in meter.styleSheet()
    near_style = meter.styleSheet()
    window.editor.setPlainText("x" * 1234)
    assert meter.text() == "1.234 / 300" and meter.level is LimitLevel.OVER
    assert meter.styleSheet() != near_style and "934 Zeichen zu lang" in meter.toolTip()
    # Switching the platform re-counts against the new one: XING has no known limit.
    pane.platform.setCurrentIndex(pane.platform.findData("xing"))
    assert meter.text() == "1.234 Zeichen" and meter.level is LimitLevel.NONE
    assert meter.styleSheet() == ""
