"""Characters a text from a file or a paste must not carry raw onto a screen: besides the
C0 and C1 controls (ESC, CSI …, which a terminal obeys), the bidirectional controls, which
turn the text after them around ("‮" makes "txt.exe" read "exe.txt"), and the line and
paragraph separators, which break a line where nobody sees a break. Regular-expression
character-class bodies, shared by the command line (cli_parser.printable), the messages that
quote a file's value (datafile.shown_value, settings) and the titles (composer, greeting)."""

from __future__ import annotations

# U+061C Arabic letter mark, U+200E/U+200F LRM/RLM, U+202A–U+202E embeddings and
# overrides, U+2066–U+2069 isolates.
# U+FEFF too: a byte order mark inside a text, invisible, shown nowhere as what it is.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff"
LINE_SEPARATORS = "\u2028\u2029"
C1_CONTROLS = "\x80-\x9f"

# What a title may not keep: every control (C0, DEL, C1 – U+009B is a terminal's CSI) and
# the layout controls; a title is one line that a window manager and a list show. A table
# for str.translate, not a regular expression: the window's first title needs it, and
# compiling the class costs the start about a millisecond.
_NOT_IN_TITLE = dict.fromkeys(
    [
        *range(0x20),
        0x7F,
        *range(0x80, 0xA0),
        0x061C,
        0x200E,
        0x200F,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        0xFEFF,
        0x2028,
        0x2029,
    ]
)


def title_text(text: str) -> str:
    """`text` as part of a title: the controls above removed, white space one space."""
    return " ".join(text.translate(_NOT_IN_TITLE).split())


def escaped(char: str) -> str:
    """One character as \\xNN (up to U+00FF) or \\uNNNN."""
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
