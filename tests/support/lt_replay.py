"""A loopback stand-in for a LanguageTool server, replaying recorded 6.3 responses.

It speaks the two endpoints the app uses: GET /v2/languages and POST /v2/check (form
fields language, text, level, disabledRules, …). A text that was recorded gets its recorded
answer; any other text gets no matches. Tests can make it slow, hang or drop connections.
Also runnable as a program (the stand-in for `java … HTTPServer --port N`).
"""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

RECORDINGS = Path(__file__).resolve().parent.parent / "fixtures" / "lt_responses"
SOFTWARE = {"name": "LanguageTool", "version": "6.3", "apiVersion": 1, "premium": False}
LANGUAGES = [
    {"name": "German", "code": "de", "longCode": "de"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
    {"name": "German (Austria)", "code": "de", "longCode": "de-AT"},
    {"name": "German (Swiss)", "code": "de", "longCode": "de-CH"},
]


def load_recordings(folder: Path = RECORDINGS) -> dict[str, dict[str, Any]]:
    """Recorded exchanges by name: {"request": {...}, "response": {...}}."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")}


OPTIONS = ("language", "level", "disabledRules")  # fields that change LanguageTool's answer


def spelled_out(form: dict[str, str]) -> tuple[str, list[tuple[int, int]]]:
    """The text of a request (its `text`, or its `data` annotation's parts joined) and the
    markup spans in it, in UTF-16 units as LanguageTool counts."""
    if "data" not in form:
        return form.get("text", ""), []
    text, markup, units = "", [], 0
    for part in json.loads(form["data"])["annotation"]:
        piece = part.get("text", part.get("markup", ""))
        size = len(piece.encode("utf-16-le")) // 2
        if "markup" in part:
            markup.append((units, units + size))
        text, units = text + piece, units + size
    return text, markup


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def utf16_paragraphs(text: str) -> list[tuple[int, str]]:
    """The blocks between blank lines, each with its start in UTF-16 units."""
    found, position = [], 0
    for gap in re.finditer(r"\n[ \t\r]*\n\s*", text):
        found.append((position, text[position : gap.start()]))
        position = gap.end()
    found.append((position, text[position:]))
    return [(_units(text[:start]), part) for start, part in found if part.strip()]


def overlaps(match: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
    start, end = match["offset"], match["offset"] + match["length"]
    return any(start < b and a < end for a, b in spans)


@dataclass
class Behaviour:
    delay: float = 0.0  # seconds before each /v2/check answer
    hang: bool = False  # never answer /v2/check
    drop: bool = False  # close the connection without an answer
    requests: list[dict[str, str]] = field(default_factory=list)  # what was asked


class ReplayServer:
    def __init__(self, port: int = 0, recordings: dict[str, dict[str, Any]] | None = None) -> None:
        self.behaviour = Behaviour()
        self._recordings = list((recordings or load_recordings()).values())
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _send(self, status: int, body: object) -> None:
                data = json.dumps(body, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if self.path.startswith("/v2/languages"):
                    self._send(200, LANGUAGES)
                else:
                    self._send(404, {"error": "not found"})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8")))
                if not self.path.startswith("/v2/check"):
                    self._send(404, {"error": "not found"})
                    return
                behaviour = server.behaviour
                behaviour.requests.append(form)
                if behaviour.hang:
                    time.sleep(3600)
                if behaviour.drop:
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if behaviour.delay:
                    time.sleep(behaviour.delay)
                self._send(200, server.answer(form))

        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def answer(self, form: dict[str, str]) -> dict[str, Any]:
        for recording in self._recordings:
            request = recording["request"]
            if all(form.get(k) == v for k, v in request.items()):
                return recording["response"]
        # Like LanguageTool: the text a `data` annotation spells out is what gets checked,
        # and nothing inside its markup is ever flagged. Every paragraph is answered as it
        # was in any recording that has it (LanguageTool splits sentences at blank lines,
        # so its sentence rules find the same in a paragraph sent alone).
        text, markup = spelled_out(form)
        found: list[dict[str, Any]] = []
        for start, paragraph in utf16_paragraphs(text):
            recorded = self._recorded_paragraph(paragraph, form)
            if recorded is not None:
                matches, recorded_start = recorded
                found += [{**m, "offset": m["offset"] - recorded_start + start} for m in matches]
        language = form.get("language", "de-DE")
        return {
            "software": SOFTWARE,
            "language": {"name": "German", "code": language},
            "matches": [m for m in found if not overlaps(m, markup)],
        }

    def _recorded_paragraph(
        self, paragraph: str, form: dict[str, str]
    ) -> tuple[list[dict[str, Any]], int] | None:
        """The recorded matches inside `paragraph` and where it starts there (UTF-16)."""
        for recording in self._recordings:
            request = recording["request"]
            if not all(form.get(k) == request.get(k) for k in OPTIONS):
                continue
            for start, recorded in utf16_paragraphs(spelled_out(request)[0]):
                if recorded == paragraph:
                    end = start + _units(paragraph)
                    matches = recording["response"]["matches"]
                    return [m for m in matches if start <= m["offset"] < end], start
        return None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.behaviour.hang = False
        self._httpd.shutdown()
        self._httpd.server_close()


if __name__ == "__main__":  # the stand-in server process: python lt_replay.py PORT
    import sys

    with ReplayServer(int(sys.argv[1])):
        threading.Event().wait()
