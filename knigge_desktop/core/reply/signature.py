"""Where the message ends: the closing formula, the name under it, and the signature block
(job, company, phone, disclaimer) that follows and is not part of what was said."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import NamedTuple

from knigge_desktop.core.language.lexicon import lexicon
from knigge_desktop.core.language.names import is_name_line

_GRUSS = re.compile(
    r"^[^.!?\n]{0,40}?\bgr(?:ü|ue)(?:ße|sse|ßen|ssen|ßle|ssli|essli)\b|\bgru(?:ß|ss)\b",
    re.IGNORECASE,
)
# "Danke und bis bald", "Vielen Dank und viele Grüße": thanks before the formula.
_THANKS_FIRST = re.compile(
    r"^(?:vielen |herzlichen |besten )?dank(?:e)?(?: dir| ihnen| euch| schön)?(?: und|,)\s+",
    re.IGNORECASE,
)
_CLOSING_WORDS = 9  # "Mit freundlichen Grüßen aus dem sonnigen Freiburg" is a closing
_DELIMITER = re.compile(r"^\s*--\s*$|^\s*_{3,}\s*$")
# A disclaimer or the legal lines of a company: the signature block, wherever it starts.
_LEGAL = re.compile(
    r"^\s*(?:Diese (?:E-Mail|Nachricht)|Der Inhalt dieser|Hinweis:|Wichtiger Hinweis|"
    r"Datenschutz|Vertraulichkeit|Disclaimer|Confidential|This (?:e-?mail|message)|"
    r"Geschäftsführ(?:er|ung)\s*:|Amtsgericht|Registergericht|HRB\s|USt-?Id|Sitz der Gesellschaft|"
    r"Vorstand\s*:|Aufsichtsrat|Steuernummer)",
    re.IGNORECASE,
)
_SIGNED_BY = re.compile(r"^(?:Dein|Deine|Euer|Eure|Ihr|Ihre)\s+(?P<name>.+)$")


def plain(line: str) -> str:
    """The line without emoji and other symbols: "Anja 🙂" is signed by Anja."""
    kept = (ch for ch in line if unicodedata.category(ch) not in {"So", "Sk", "Cs", "Co", "Mn"})
    return "".join(kept).replace("\u200d", "").strip()


class Ending(NamedTuple):
    body: str  # the message up to and including the closing and the name
    name: str  # the name signed under the closing (or in it), or ""
    signed_by: str  # "Dein"/"Ihr" when signed so ("Dein Jonas"), else ""


@cache
def _formulas() -> re.Pattern[str]:
    alternation = "|".join(re.escape(f) for f in lexicon().closing_formulas)
    return re.compile(rf"^(?:{alternation})(?=$|[\s,.!:;-])", re.IGNORECASE)


def is_closing_line(line: str) -> bool:
    stripped = plain(line).strip("*_ ")
    if not stripped or len(stripped.split()) > _CLOSING_WORDS or stripped.endswith("?"):
        return False
    stripped = _THANKS_FIRST.sub("", stripped)
    return bool(_formulas().match(stripped) or _GRUSS.search(stripped))


def _name_in_closing(line: str) -> str:
    """ "Viele Grüße, Anna" / "LG Anna" / "Beste Grüße – Jonas Becker": the name after it."""
    stripped = _THANKS_FIRST.sub("", plain(line))
    match = _formulas().match(stripped) or _GRUSS.search(stripped)
    if match is None:
        return ""
    rest = stripped[match.end() :].strip(" ,.;:!–-")
    rest = re.sub(r"^(?:aus|von|nach|an|und)\b.*$", "", rest)
    if rest and is_closing_line(rest):  # "Viele Grüße, viele Grüße": the closing twice
        return _name_in_closing(rest)  # shorter each time: a closing is nine words at most
    if rest and is_name_line(rest, after_closing=True):
        return rest
    return ""


def _next_filled(lines: list[str], index: int, blank_lines: int = 2) -> int:
    """The next line with text after ``index``, at most ``blank_lines`` further; else -1."""
    for j in range(index + 1, min(index + 2 + blank_lines, len(lines))):
        if lines[j].strip():
            return j
    return -1


def find_ending(text: str) -> Ending:
    lines = text.split("\n")
    candidates = [i for i, line in enumerate(lines) if i > 0 and is_closing_line(line)]
    chosen = -1
    name = ""
    name_at = -1
    for index in reversed(candidates):
        inline = _name_in_closing(lines[index])
        following = _next_filled(lines, index)
        if inline:
            chosen, name, name_at = index, inline, index
            break
        # A closing is no name, however name-like its words ("Viele Grüße" twice).
        if (
            following >= 0
            and not is_closing_line(lines[following])
            and is_name_line(plain(lines[following]), after_closing=True)
        ):
            chosen, name, name_at = index, plain(lines[following]), following
            break
    if chosen < 0 and candidates:
        chosen = name_at = candidates[-1]

    signed_by = ""
    if chosen < 0:
        name_at = _name_without_closing(lines)
        if name_at >= 0:
            name = plain(lines[name_at])
    if name:
        signed = _SIGNED_BY.match(name)
        if signed:
            signed_by = name.split()[0]
    if name_at >= 0:
        return Ending("\n".join(lines[: name_at + 1]).strip(), name, signed_by)
    return Ending(_cut_legal("\n".join(lines)).strip(), "", "")


def _name_without_closing(lines: list[str]) -> int:
    """No closing formula: a "-- " line starts the signature, or the message ends in a name
    line ("Dein Jonas", "Anna Wagner") that follows the body. Index of the name, or -1."""
    for index, line in enumerate(lines):
        if index > 0 and _DELIMITER.match(line):
            following = _next_filled(lines, index)
            if following >= 0 and is_name_line(plain(lines[following]), after_closing=True):
                return following
            return index - 1
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 2:
        return -1
    # Under the name may stand a contact block; look at the last few lines for the name.
    for index in filled[-1:-5:-1]:
        line = plain(lines[index])
        if index == filled[0]:
            break
        signed = _SIGNED_BY.match(line)
        if (signed and is_name_line(signed.group("name"), after_closing=True)) or is_name_line(
            line, after_closing=False
        ):
            above = lines[index - 1].strip() if index > 0 else ""
            # A name under a finished sentence or a blank line, not a capitalised phrase.
            if not above or above[-1:] in ".!?)…" or signed:
                return index
    return -1


def _cut_legal(text: str) -> str:
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if index > len(lines) // 3 and _LEGAL.match(line):
            return "\n".join(lines[:index])
    return text
