"""One app per data dir: a second start hands its request to the running window.

Two windows on one drafts database would each save over the other's drafts. The running
app listens on a local socket that belongs to its data dir; a later start connects, sends its
request as one JSON line, and ends once the window has taken it.

Nobody else gets in: on POSIX the socket lives in a folder the user owns with mode 0700
(checked before every use, never a predictable name in a shared folder), both ends check
that the other side runs as the same user where the system says so (SO_PEERCRED on Linux,
LOCAL_PEERCRED on macOS/BSD), and a request has a size limit, a schema and a read timeout,
so a crafted one is turned away with a log line instead of a traceback, a hang or a heap
that grows for good.

Start-up cost: asking "is one running?" happens before any window, so on POSIX it uses a
plain Unix socket (importing QtNetwork would cost ~15 ms); the server side (QLocalServer)
starts after the first paint. Both use the same full socket path.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import struct
import sys
import tempfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from knigge_desktop.core.os_errors import os_error_reason

if TYPE_CHECKING:
    import socket

log = logging.getLogger(__name__)

TIMEOUT_S = 3.0  # the second start waits this long for the window's answer
READ_TIMEOUT_MS = 3000  # a client that sends no full line in this time is dropped
# Bytes of one request line: a plain one is well under 2 KB; one that replies to a received
# message (`new --reply-to`) carries it, up to MAX_RECEIVED characters of at most 4 bytes.
MAX_REQUEST = 512 * 1024
MAX_RECEIVED = 100_000  # core.drafts.MAX_RECEIVED_CHARS: no more is kept with a draft
MAX_CLIENTS = 4  # connections served at once; more are closed at once
MAX_FIELDS = 200
MAX_NAME = 200  # characters of a template id or field name
SOCKET_FILE = "instance.sock"
# sun_path holds 108 bytes on Linux, 104 on macOS; stay below both with the NUL.
MAX_SOCKET_PATH = 100


class UnsafeSocketFolder(OSError):
    """The socket's folder is not the user's alone: no socket there, neither end."""


class RequestRejected(ValueError):
    """A request line that does not fit the schema; the message says why (for the log)."""


# -- where the socket lives -----------------------------------------------------------------


def _private_folder(folder: Path) -> Path:
    """Create folder (0700) or check it: a real directory, owned by this user, no access
    for group or others. A folder of ours with a wider mode is narrowed; anything else
    (a symlink, another user's folder) raises UnsafeSocketFolder."""
    missing = [folder, *(p for p in folder.parents if not p.exists())]
    for step in reversed(missing):  # every folder made here is 0700, the data dir too
        with contextlib.suppress(FileExistsError):
            step.mkdir(mode=0o700)
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise UnsafeSocketFolder(f"{folder} is not a folder owned by this user")
    if stat.S_IMODE(info.st_mode) & 0o077:
        os.chmod(folder, 0o700)  # ours, not a symlink (lstat): safe to narrow
    parent = os.lstat(folder.parent)
    parent_writable_by_others = stat.S_IMODE(parent.st_mode) & 0o022
    if parent.st_uid not in (0, os.getuid()) or (
        parent_writable_by_others and not parent.st_mode & stat.S_ISVTX
    ):
        raise UnsafeSocketFolder(f"{folder.parent} lets others replace {folder.name}")
    return folder


def _fallback_base() -> Path:
    """Where a short socket path can go when the data dir's path is too long: the user's
    runtime dir if it is private, else the temp dir (a private folder is made inside)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        try:
            info = os.lstat(runtime)
        except OSError:
            info = None
        private = info is not None and stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
        if info is not None and private and not stat.S_IMODE(info.st_mode) & 0o077:
            return Path(runtime)
    return Path(tempfile.gettempdir())


def socket_name(data_dir: Path) -> str:
    """Where the running app listens. On POSIX a full path (QLocalServer takes it as is) in
    a private folder: ``<data dir>/run/instance.sock``, or, when that path is too long for a
    Unix socket, ``knigge-desktop-<uid>/<digest>.sock`` in the runtime or temp dir.
    Windows: a named pipe, which QLocalServer's UserAccessOption keeps to this user.
    zlib, not hashlib: hashlib loads OpenSSL (MBs)."""
    resolved = data_dir.resolve()
    digest = f"{zlib.crc32(str(resolved).encode('utf-8')):08x}"
    if sys.platform == "win32":
        return f"knigge-desktop-{digest}"
    preferred = resolved / "run" / SOCKET_FILE
    if len(os.fsencode(preferred)) <= MAX_SOCKET_PATH:
        return str(preferred)
    return str(_fallback_base() / f"knigge-desktop-{os.getuid()}" / f"{digest}.sock")


def _socket_folder(name: str) -> Path:
    return _private_folder(Path(name).parent)


# -- who is on the other end ----------------------------------------------------------------


def peer_uid(sock: socket.socket) -> int | None:
    """The user id of the process at the other end of a Unix socket; None where the system
    does not tell (the private folder is then the only guard)."""
    import socket  # here: a start that is not a second one needs no socket (~2 ms)

    if hasattr(socket, "SO_PEERCRED"):  # Linux
        creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        return struct.unpack("3i", creds)[1]
    if sys.platform == "darwin" or "bsd" in sys.platform:
        # getpeereid() is LOCAL_PEERCRED underneath: struct xucred {u_int version; uid_t uid;
        # short ngroups; gid_t groups[16];}, option 1 at level SOL_LOCAL (0).
        layout = "IIh16I"
        with contextlib.suppress(OSError):
            creds = sock.getsockopt(0, 1, struct.calcsize(layout))
            return struct.unpack(layout, creds)[1]
    return None


def _same_user(sock: socket.socket) -> bool:
    uid = peer_uid(sock)
    return uid is None or uid == os.getuid()


# -- the second start -----------------------------------------------------------------------


def encode_request(request: dict[str, Any]) -> bytes:
    return (json.dumps(request, ensure_ascii=False) + "\n").encode("utf-8")


def hand_over(name: str, request: dict[str, Any]) -> bool:
    """Give the request to a running app; False if none is running (or the one found is not
    ours: then this start becomes the running app and takes the name over)."""
    line = encode_request(request)
    if sys.platform == "win32":
        return _hand_over_qt(name, line)
    try:
        _socket_folder(name)
        info = os.lstat(name)
    except UnsafeSocketFolder as exc:
        log.warning("Single-instance socket not used: %s", exc)
        return False
    except OSError:  # nothing there: nobody running
        return False
    if not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
        log.warning("Single-instance socket %s is not this user's socket; not used", name)
        return False
    import socket  # see peer_uid

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(TIMEOUT_S)
            client.connect(name)
            if not _same_user(client):
                log.warning("Single-instance socket %s is served by another user", name)
                return False
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
    return answered and bytes(client.readLine().data()).strip() == b"ok"


# -- the running app ------------------------------------------------------------------------


def parse_request(line: bytes) -> dict[str, Any]:
    """The request a second start sent, checked against the schema:
    ``{"new_template": str | null, "values": {field name: str | bool}}`` and, for a
    reply, ``"received": str``; nothing else."""
    if len(line) > MAX_REQUEST:
        raise RequestRejected(f"request of {len(line)} bytes, the limit is {MAX_REQUEST}")
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise RequestRejected(f"not a JSON line: {type(exc).__name__}") from None
    if not isinstance(data, dict):
        raise RequestRejected(f"a {type(data).__name__}, not an object")
    unknown = sorted(set(data) - {"new_template", "values", "received"})
    if unknown:
        raise RequestRejected(f"unknown keys {unknown[:5]}")
    template = data.get("new_template")
    if template is not None and not (isinstance(template, str) and 0 < len(template) <= MAX_NAME):
        raise RequestRejected("new_template is not a template id")
    values = data.get("values", {})
    if not isinstance(values, dict) or len(values) > MAX_FIELDS:
        raise RequestRejected(f"values is not an object of at most {MAX_FIELDS} fields")
    for field, value in values.items():
        if len(field) > MAX_NAME or not isinstance(value, str | bool):
            raise RequestRejected(f"value of {field[:40]!r} is a {type(value).__name__}")
    if "received" not in data:
        return {"new_template": template, "values": values}
    received = data["received"]
    if not isinstance(received, str) or len(received) > MAX_RECEIVED:
        raise RequestRejected(f"received is not a text of at most {MAX_RECEIVED} characters")
    return {"new_template": template, "values": values, "received": received}


def values_for(template: Any, values: dict[str, Any]) -> dict[str, Any]:
    """The handed-over values the template has fields for, each checked against its field's
    type (core's coerce, as the command line does); anything else is dropped with a log line,
    so a crafted request never reaches the composer (unknown fields raise there)."""
    from knigge_desktop.core.templates.model import FieldType
    from knigge_desktop.core.templates.render import coerce

    kept: dict[str, Any] = {}
    for name, raw in values.items():
        field = template.field(name)
        if field is None or (isinstance(raw, bool) and field.type is not FieldType.BOOL):
            log.warning("Single-instance request: value for %r dropped", name[:40])
            continue
        try:
            kept[name] = coerce(field, raw)
        except ValueError:
            log.warning("Single-instance request: value for %r does not fit its field", name[:40])
    return kept


class _Connection:
    """One client: its bytes so far (never more than MAX_REQUEST) and its deadline."""

    def __init__(self, client: Any, on_line: Any, on_gone: Any) -> None:
        self.client, self._on_line, self._on_gone = client, on_line, on_gone
        self.buffer = bytearray()
        client.setReadBufferSize(MAX_REQUEST + 1)  # Qt stops reading the socket beyond this
        self.timer = QTimer(client)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timed_out)
        self.timer.start(READ_TIMEOUT_MS)
        client.readyRead.connect(self._read)
        client.disconnected.connect(self._gone)

    def _read(self) -> None:
        room = MAX_REQUEST + 1 - len(self.buffer)
        self.buffer += bytes(self.client.read(room))
        end = self.buffer.find(b"\n")
        if end >= 0:
            self.finish(self._on_line(bytes(self.buffer[:end])))
        elif len(self.buffer) > MAX_REQUEST:
            log.warning("Single-instance request rejected: longer than %d bytes", MAX_REQUEST)
            self.finish(b"bad\n")

    def _timed_out(self) -> None:
        log.warning("Single-instance request rejected: no full line in %d ms", READ_TIMEOUT_MS)
        self.finish(b"bad\n")

    def finish(self, answer: bytes) -> None:
        self.timer.stop()
        with contextlib.suppress(RuntimeError):  # the client may be gone already
            self.client.readyRead.disconnect(self._read)
            self.client.write(answer)
            self.client.flush()
            self.client.disconnectFromServer()
        self.buffer = bytearray()
        self._gone()

    def _gone(self) -> None:
        self.timer.stop()
        self._on_gone(self)


def _guard_off(detail: str, exc: OSError | None = None) -> None:
    """No single-instance guard: a second start opens a window of its own. The detail
    (Python's or Qt's English) goes to the log at INFO, which Python does not print unasked;
    the terminal gets one German line."""
    log.info("Single-instance guard off: %s", detail)
    if isinstance(exc, UnsafeSocketFolder):
        why = " (sein Ordner gehört nicht Ihnen allein)"
    elif exc is not None:
        why = f" ({os_error_reason(exc)})"
    else:
        why = ""
    print(
        "Knigge Desktop: Ein zweiter Start findet dieses Fenster nicht und öffnet ein "
        f"eigenes; der Start-Socket ist nicht nutzbar{why}.",
        file=sys.stderr,
    )


class InstanceServer(QObject):
    request_received = Signal(dict)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._connections: list[_Connection] = []
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        if sys.platform != "win32":
            try:
                _socket_folder(name)
                self._clear_the_name(name)  # a read-only folder refuses this: no guard then
            except (UnsafeSocketFolder, OSError) as exc:
                _guard_off(str(exc), exc)
                return
        if not self._server.listen(name):
            _guard_off(self._server.errorString())

    @staticmethod
    def _clear_the_name(name: str) -> None:
        """hand_over() found nobody of ours answering there: whatever sits at the name (a
        socket a crash left, a plain file, somebody else's socket) goes, so it neither turns
        the guard off nor gets a request. The folder is ours alone, so this removes nothing
        that belongs to anybody else's running app."""
        try:
            info = os.lstat(name)
        except FileNotFoundError:
            return
        if not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
            log.warning("Single-instance socket %s: replacing a foreign file there", name)
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISDIR(info.st_mode):
                os.rename(name, f"{name}.aside-{os.getpid()}")
            else:
                os.unlink(name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        """Stop listening and drop every client (the app's end, or a test's)."""
        for connection in list(self._connections):
            connection.timer.stop()
            connection.client.abort()
        self._connections.clear()
        self._server.close()

    @property
    def open_connections(self) -> int:
        return len(self._connections)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            client = self._server.nextPendingConnection()
            if len(self._connections) >= MAX_CLIENTS or not self._peer_is_us(client):
                client.abort()
                client.deleteLater()
                continue
            self._connections.append(_Connection(client, self._handle_line, self._forget))

    @staticmethod
    def _peer_is_us(client: Any) -> bool:
        if sys.platform == "win32":
            return True  # the pipe's access list already keeps it to this user
        descriptor = int(client.socketDescriptor())
        if descriptor < 0:
            return False
        import socket  # see peer_uid

        with socket.socket(fileno=os.dup(descriptor)) as view:
            same = _same_user(view)
        if not same:
            log.warning("Single-instance request from another user refused")
        return same

    def _handle_line(self, line: bytes) -> bytes:
        try:
            request = parse_request(line)
        except RequestRejected as exc:
            log.warning("Single-instance request rejected: %s", exc)
            return b"bad\n"
        QTimer.singleShot(0, self, lambda: self.request_received.emit(request))
        return b"ok\n"

    def _forget(self, connection: _Connection) -> None:
        if connection in self._connections:
            self._connections.remove(connection)
            connection.client.deleteLater()
