"""Check by paragraph: only what changed goes to LanguageTool.

Typing changes one paragraph at a time. The findings of every other paragraph are kept,
cached by the paragraph's text (as ltex-ls-plus does), and moved with it when the text
before it grows or shrinks. The changed paragraphs go in one request, joined by blank lines
as they stand in the message, so the first check of a draft is one request of (nearly) the
whole text; LanguageTool splits sentences at blank lines, so a paragraph is checked there
as it would be inside the whole text. Rules that read across paragraphs get the whole text
in a `whole` check, which the window asks for once typing pauses.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import NamedTuple

from knigge_desktop.core.findings import Finding

_BLANK_LINES = re.compile(r"\n[ \t\r]*\n\s*")
SEPARATOR = "\n\n"
CACHE_LIMIT = 256  # paragraphs; a long session of drafts stays small


class Paragraph(NamedTuple):
    start: int  # Python index in the whole text
    text: str


def paragraphs(text: str) -> list[Paragraph]:
    """The text's paragraphs (blocks between blank lines), blank ones left out."""
    found, position = [], 0
    for gap in _BLANK_LINES.finditer(text):
        found.append(Paragraph(position, text[position : gap.start()]))
        position = gap.end()
    found.append(Paragraph(position, text[position:]))
    return [p for p in found if p.text.strip()]


def _moved(finding: Finding, by: int) -> Finding:
    return finding._replace(start=finding.start + by, end=finding.end + by)


class ParagraphCache:
    """Findings per paragraph text (offsets relative to the paragraph), most recent kept."""

    def __init__(self, limit: int = CACHE_LIMIT) -> None:
        self.limit = limit
        self._entries: OrderedDict[tuple[Hashable, str], tuple[Finding, ...]] = OrderedDict()
        self.sent: list[str] = []  # the paragraphs the last check sent (for tests, benchmarks)

    def check(
        self,
        text: str,
        options: Hashable,
        send: Callable[[str], list[Finding]],
        *,
        whole: bool = False,
    ) -> list[Finding]:
        """Findings for `text`; `send` checks a text with LanguageTool (`options`: what
        else changes its answer, such as the rules switched off). `whole` sends every
        paragraph in one request, for the rules that read across paragraphs (the window
        asks for it once typing pauses), and renews every cached paragraph with it."""
        parts = paragraphs(text)
        missing = parts if whole else [p for p in parts if (options, p.text) not in self._entries]
        self.sent = [p.text for p in missing]
        if missing:
            joined = SEPARATOR.join(p.text for p in missing)
            starts, position = [], 0
            for p in missing:
                starts.append(position)
                position += len(p.text) + len(SEPARATOR)
            fresh: list[list[Finding]] = [[] for _ in missing]
            for finding in send(joined):
                index = max(i for i, s in enumerate(starts) if s <= finding.start)
                length = len(missing[index].text)
                relative = _moved(finding, -starts[index])
                if relative.start < length:  # never one that starts in the separator
                    fresh[index].append(relative._replace(end=min(relative.end, length)))
            for p, found in zip(missing, fresh, strict=True):
                self._entries[(options, p.text)] = tuple(found)
        findings: list[Finding] = []
        for p in parts:
            key = (options, p.text)
            self._entries.move_to_end(key)
            findings += [_moved(f, p.start) for f in self._entries[key]]
        while len(self._entries) > self.limit:
            self._entries.popitem(last=False)
        return findings

    def clear(self) -> None:
        self._entries.clear()
