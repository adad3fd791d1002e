"""read_message: the pipeline from a pasted text to a ReadMessage."""

from __future__ import annotations

from knigge_desktop.core.etiquette.context import infer_tone
from knigge_desktop.core.reply.model import ReadMessage


def read_message(text: str) -> ReadMessage:
    body = text.strip()
    return ReadMessage(text=body, tone=infer_tone(body) if body else None)
