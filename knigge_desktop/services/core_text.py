"""Core's messages in the window's language (core/messages.py): a Message is translated
with Qt from its German template (context "core"), its values too; any other string,
German only so far, passes through unchanged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from knigge_desktop.core.messages import Message, message_of
from knigge_desktop.core.os_errors import os_error_reason


def translated(text: object) -> str:
    if not isinstance(text, Message):
        return str(text)
    values = {name: translated(value) for name, value in text.values.items()}
    return QCoreApplication.translate("core", text.template).format(**values)


def reason(error: BaseException) -> str:
    """Why an exception from core happened, in the window's language; a plain OSError in
    German words (os_errors), never Python's "[Errno 28] No space left on device"."""
    if isinstance(error, OSError) and not isinstance(message_of(error), Message):
        return translated(os_error_reason(error))
    return translated(message_of(error))
