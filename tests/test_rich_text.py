"""ui/rich_text.escape stands in for html.escape (whose module costs the start-up ~1 ms)."""

from __future__ import annotations

import html

import pytest

from knigge_desktop.ui.rich_text import escape


@pytest.mark.parametrize(
    "text",
    ["", "Guten Tag", "<Vorname> & Co.", "\"zitiert\" und 'so'", "<b>&amp;</b>", "😀 <br>\n"],
)
def test_escape_is_html_escape(text: str) -> None:
    assert escape(text) == html.escape(text)
