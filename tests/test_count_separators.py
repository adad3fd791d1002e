"""The status bar's word and character count groups its digits as the limit meter does:
1.050.026 in a German window, 1,050,026 in an English one."""

from __future__ import annotations

TEXT = "Wort " * 2_500 + "Ende"  # 2,501 words, 12,504 characters


def _counted(window) -> tuple[str, str]:
    pane = window.text_pane
    pane.platform.setCurrentIndex(pane.platform.findData("xing"))  # no limit: the length
    window.editor.setPlainText(TEXT)
    return window.counts.text(), pane.limit_meter.text()


def test_a_german_window_groups_the_counts_with_points(window_factory) -> None:
    counts, meter = _counted(window_factory())
    assert counts == "2.501 Wörter · 12.504 Zeichen", counts
    assert meter == "12.504 Zeichen", "the same number as the meter above the text"


def test_an_english_window_groups_the_counts_with_commas(window_factory, english) -> None:
    counts, meter = _counted(window_factory())
    assert counts == "2,501 words · 12,504 characters", counts
    assert meter.startswith("12,504"), meter
