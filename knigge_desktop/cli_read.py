"""`knigge-desktop read FILE|-`: what the reader of received messages (core/reply) takes
from a message, and which templates answer it.

Exit codes (README): 0 the message was read (what could not be read is listed), 2 bad usage
or an unreadable file, with one line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from knigge_desktop.cli_check import (
    MAX_CHECK_BYTES,
    decode_input,
    input_name,
    read_input_bytes,
    refuse_no_text,
)
from knigge_desktop.cli_parser import json_text, printable
from knigge_desktop.core.greeting import Gender, GreetingStyle, build_greeting
from knigge_desktop.core.paths import AppPaths
from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.templates import Template, load_templates
from knigge_desktop.core.vocabulary import (
    PLATFORM_LABELS,
    RECEIVED_KIND_LABELS,
    TONE_LABELS,
    Tone,
)

if TYPE_CHECKING:
    # The reader is loaded by `read` only: `cli.py` builds this parser for every start,
    # the window's included (benchmarks/bench_startup.py).
    from knigge_desktop.core.reply import ReadMessage

MAX_TEMPLATES_SHOWN = 6


def add_parser(commands: argparse._SubParsersAction) -> None:
    read = commands.add_parser(
        "read", help="eine erhaltene Nachricht lesen: wer, wie, was gefragt ist, welche Vorlage"
    )
    read.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    read.add_argument(
        "--format", choices=["text", "json"], default="text", help="text (Vorgabe) oder json"
    )


def read_input(source: str, max_bytes: int = MAX_CHECK_BYTES) -> tuple[str, str]:
    """The text of FILE or stdin, and a warning for stderr ("" if none). UTF-8 or UTF-16
    (cli_check.decode_input); a mail saved by an old Windows program is read as
    Windows-1252 rather than refused. `read` and `new --reply-to` both read this way."""
    data = read_input_bytes(source, max_bytes)
    try:
        text, warning = decode_input(data), ""
    except UnicodeDecodeError:
        text, warning = (
            data.decode("cp1252", errors="replace"),
            (f"Warnung: {input_name(source)} ist nicht UTF-8-kodiert; als Windows-1252 gelesen."),
        )
    return refuse_no_text(text, source), warning


def _templates(paths: AppPaths) -> list[Template]:
    result = load_templates([resource_dir("templates"), paths.user_templates_dir])
    for error in result.problems:
        print(f"Warnung: Vorlage übersprungen: {error}", file=sys.stderr)
    return list(result.items)


def salutation(read: ReadMessage) -> str:
    """How the reply greets the sender, or "" when no name was read."""
    sender = read.sender
    if not (sender.first_name or sender.last_name):
        return ""
    if read.tone is Tone.INFORMAL:
        return build_greeting(sender, GreetingStyle.HALLO)
    if sender.gender is Gender.NONE and not (sender.first_name and sender.last_name):
        return ""  # "Guten Tag Wagner," is no German; the reply needs the missing name
    return build_greeting(sender, GreetingStyle.SEHR_GEEHRT)


def _sender_line(read: ReadMessage) -> str:
    s = read.sender
    noun = {Gender.FRAU: "Frau", Gender.HERR: "Herr"}.get(s.gender, "")
    name = " ".join(p for p in (noun, s.title, s.first_name, s.last_name) if p)
    return name if (s.first_name or s.last_name) else "nicht erkannt"


def print_text(read: ReadMessage, fitting: list[Template]) -> None:
    # Names, asks and notes are the message's words: their control characters stay out.
    print(f"Absender: {printable(_sender_line(read))}")
    print(f"Anrede für die Antwort: {printable(salutation(read)) or 'unklar'}")
    print(f"Ton: {TONE_LABELS[read.tone] if read.tone else 'unklar'}")
    print(f"Plattform: {PLATFORM_LABELS[read.platform] if read.platform else 'nicht erkannt'}")
    print(f"Art: {RECEIVED_KIND_LABELS[read.kind]}")
    if read.asks:
        print("Fragt oder bittet:")
        for ask in read.asks:
            print(f"  - {printable(ask)}")
    else:
        print("Fragt oder bittet: nichts")
    if fitting:
        print("Passende Vorlagen:")
        for template in fitting[:MAX_TEMPLATES_SHOWN]:
            print(f"  - {template.id}: {printable(template.title)}")
    else:
        print("Passende Vorlagen: keine")
    if read.unread:
        print("Nicht gelesen:")
        for note in read.unread:
            print(f"  - {printable(note)}")


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    from knigge_desktop.core.reply import fitting_templates, read_message

    text, warning = read_input(args.file)
    if warning:
        print(warning, file=sys.stderr)
    read = read_message(text)
    fitting = fitting_templates(read, _templates(paths))
    if args.format == "json":
        report = read.to_json() | {"templates": [t.id for t in fitting]}
        print(json_text(report))
    else:
        print_text(read, fitting)
    return 0
