"""Text from a check or a file shown on a button or in a menu entry: one line, always.
A suggestion may begin with a line break ("\\nJonas Becker”"); Qt would set the label on
two lines and the button would grow. Line breaks show as "↵", a long text ends in "…"
(the caller puts the whole text in the tooltip), and "&" stays an ampersand instead of
making the next letter a mnemonic."""

from __future__ import annotations

import re

LABEL_CHARS = 40  # a button in the findings row stays narrower than the pane
_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")


def one_line(text: str, limit: int = LABEL_CHARS) -> str:
    """`text` on one line: line breaks as "↵", tabs as spaces, cut to `limit` characters."""
    shown = _BREAKS.sub("↵", text).replace("\t", " ")
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def label_text(text: str, limit: int = LABEL_CHARS) -> str:
    """`one_line(text)` for a button or action label: its "&" shown, not a mnemonic."""
    return one_line(text, limit).replace("&", "&&")
