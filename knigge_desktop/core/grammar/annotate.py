"""Placeholders and markup are not prose: LanguageTool's `data` annotation for a text.

A template placeholder ("[Name]", "{field}", "<Firma>"), a URL or an e-mail address is sent
as markup, so LanguageTool never calls it a spelling error; a placeholder is read as a plain
word (`interpretAs`) so that the sentence around it is still checked as a sentence. The
parts, text and markup, add up to the text exactly: LanguageTool's offsets count the markup,
so findings land on the plain text unchanged (UTF-16 units, as always). The app's own
placeholder check still reports a placeholder left over.
"""

from __future__ import annotations

import json
import re

# The same shapes as the PLACEHOLDER_LEFT rule (resources/etiquette/style.toml), URLs and
# e-mail addresses. A URL's trailing full stop or bracket belongs to the sentence.
_NON_PROSE = re.compile(
    r"(?P<placeholder>\[[^\[\]\n]{1,60}\]|\{[^{}\n]{1,40}\}|<[^<>\n@/]{1,40}>)"
    r"|(?P<url>(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]}'’“”])"
    r"|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
)
_ONE_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+")
NEUTRAL_WORD = "Muster"  # how a placeholder that is no German word is read


def _interpretation(kind: str, markup: str) -> str:
    if kind == "placeholder":
        inner = markup[1:-1].strip()
        # "[Name]" reads as "Name"; "{recipient_name}" as a neutral word.
        return inner if _ONE_WORD.fullmatch(inner) else NEUTRAL_WORD
    return "example.org" if kind == "url" else "name@example.org"


def annotation(text: str) -> list[dict[str, str]]:
    """The text as LanguageTool annotation parts; joined, they give `text` back."""
    parts: list[dict[str, str]] = []
    position = 0
    for match in _NON_PROSE.finditer(text):
        if match.start() > position:
            parts.append({"text": text[position : match.start()]})
        kind = match.lastgroup or "placeholder"
        parts.append({"markup": match.group(), "interpretAs": _interpretation(kind, match.group())})
        position = match.end()
    if position < len(text):
        parts.append({"text": text[position:]})
    return parts


def has_markup(text: str) -> bool:
    return _NON_PROSE.search(text) is not None


def data_field(text: str) -> str:
    """The `data` form field for `text`."""
    return json.dumps({"annotation": annotation(text)}, ensure_ascii=False)
