"""One app per data dir: a second start hands its request to the running window.

Two windows on one drafts database would each save over the other's drafts. The running
app listens on a local socket named after its data dir; a later start connects, sends its
request as one JSON line, and ends once the window has taken it.

Start-up cost: asking "is one running?" happens before any window, so on POSIX it uses a
plain Unix socket (importing QtNetwork would cost ~15 ms); the server side (QLocalServer)
starts after the first paint. Both use the same full socket path.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import zlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

TIMEOUT_S = 3.0


def socket_name(data_dir: Path) -> str:
    """Where the running app listens. On POSIX a full path (QLocalServer takes it as is):
    in the user's own runtime dir (0700, so no other user can take the name), else in the
    temp dir with the user id in the name. zlib, not hashlib: hashlib loads OpenSSL (MBs)."""
    digest = f"{zlib.crc32(str(data_dir.resolve()).encode('utf-8')):08x}"
    if sys.platform == "win32":
        return f"knigge-desktop-{digest}"  # a named pipe
    folder = os.environ.get("XDG_RUNTIME_DIR") or os.environ.get("TMPDIR") or "/tmp"
    return os.path.join(folder, f"knigge-desktop-{os.getuid()}-{digest}")


def hand_over(name: str, request: dict[str, Any]) -> bool:
    """Give the request to a running app; False if none is running."""
    line = (json.dumps(request, ensure_ascii=False) + "\n").encode("utf-8")
    if sys.platform == "win32":
        return _hand_over_qt(name, line)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(TIMEOUT_S)
            client.connect(name)
            client.sendall(line)
            return client.recv(16).strip() == b"ok"
    except OSError:  # nobody listening (or a socket file left by a crash)
        return False


def _hand_over_qt(name: str, line: bytes) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    client = QLocalSocket()
    client.connectToServer(name)
    if not client.waitForConnected(int(TIMEOUT_S * 1000)):
        return False
    client.write(line)
    client.waitForBytesWritten(int(TIMEOUT_S * 1000))
    answered = client.waitForReadyRead(int(TIMEOUT_S * 1000))
    return answered and bytes(client.readLine()).strip() == b"ok"


class InstanceServer(QObject):
    request_received = Signal(dict)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        if not self._server.listen(name):
            # A socket file left by a crash: hand_over() found nobody answering it.
            QLocalServer.removeServer(name)
            self._server.listen(name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            client = self._server.nextPendingConnection()
            client.readyRead.connect(lambda c=client: self._read(c))

    def _read(self, client: Any) -> None:
        if not client.canReadLine():
            return
        try:
            request = json.loads(bytes(client.readLine()).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            request = None
        client.write(b"ok\n" if isinstance(request, dict) else b"bad\n")
        client.flush()
        client.disconnectFromServer()
        if isinstance(request, dict):
            self.request_received.emit(request)
