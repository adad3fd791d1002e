"""SIGTERM and SIGINT close the window as the user would: the draft is saved, LanguageTool
stopped. Without this a logout, `kill` or Ctrl+C in the terminal would end Python at once.

Python runs signal handlers only between bytecodes, and Qt's event loop may sit in C++ for
a long time; the wake-up fd makes the signal an event Qt sees (a socket notifier).
"""

from __future__ import annotations

import signal
import socket
import sys

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QWidget

SIGNALS = (signal.SIGTERM, signal.SIGINT)
_KEEP_ALIVE: list[socket.socket] = []


def close_on_signals(window: QWidget) -> None:
    """From now on SIGTERM and SIGINT close `window` (POSIX only)."""
    if sys.platform == "win32":  # no SIGTERM from outside; Windows ends apps by messages
        return
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for number in SIGNALS:
        # A Python handler must be set for the byte to reach the wake-up fd; the work is
        # done in Qt's event loop below.
        signal.signal(number, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)

    def on_signal() -> None:
        try:
            reader.recv(64)
        except BlockingIOError:
            return
        # Nobody is there to answer: every open dialog (a start-up warning, the quit
        # question) is dismissed, the window closes without asking (rescuing an unsaved
        # text), and the event loop ends even if a dialog's own loop was running.
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        QTimer.singleShot(0, getattr(window, "close_for_signal", window.close))
        QTimer.singleShot(0, QApplication.quit)

    notifier.activated.connect(on_signal)
    _KEEP_ALIVE.extend((reader, writer))  # closing them would leave Python a dead fd
