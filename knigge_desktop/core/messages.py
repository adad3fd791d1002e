"""Messages from core that the window shows in its own language.

Core never imports Qt, so it cannot translate. It marks a message's German template with
QT_TRANSLATE_NOOP("core", …) (pyside6-lupdate reads that from the source) and builds a
Message: a str, so printing it, the command line and the tests see the German text, that
also keeps its template and values. The services translate it for the window
(services/core_text.py); everything else just uses it as the string it is.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate knows
    """Marks a text for Qt's translation tools; returns it unchanged."""
    return text


class Message(str):
    """German text, plus the template and values to word it again in another language."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Message:
        text = super().__new__(cls, template.format(**values))
        text.template = template
        text.values = values
        return text


def message_of(error: BaseException) -> str:
    """The message an exception was raised with, a Message kept as one (str() would lose
    its template)."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, str) else str(error)
