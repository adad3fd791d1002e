"""Reading a message the user received, offline, to start the reply.

``read_message`` finds the newest message in a pasted text (quoted history, signatures,
HTML and notification wrappers removed), who wrote it and how, what kind of message it is
and what it asks; ``fitting_templates`` orders the templates that answer it. Pure Python,
no Qt (docs/ARCHITECTURE.md).
"""

from knigge_desktop.core.reply.fitting import fitting_templates
from knigge_desktop.core.reply.model import ReadMessage
from knigge_desktop.core.reply.reader import read_message

__all__ = ["ReadMessage", "fitting_templates", "read_message"]
