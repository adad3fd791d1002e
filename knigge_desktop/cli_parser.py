"""argparse in German, one line per mistake.

argparse prints its usage and an English message over several lines. The command line's
promise is one German line on stderr and exit code 2, so _Parser.error words argparse's
messages again (the common ones; anything else keeps its words, still on one line), and
the help uses German headings.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

from knigge_desktop.core.shown_chars import BIDI_CONTROLS, LINE_SEPARATORS, escaped

EXIT_USAGE = 2
PROG = "knigge-desktop"

# Control characters (NUL, ESC, CSI …) from a message or a title would reach the terminal
# raw: "\x1b[31m" would colour it, an OSC sequence set its title or a link; a bidi control
# would turn the rest of the line around, U+2028 break it (core/shown_chars.py).
_CONTROL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}{LINE_SEPARATORS}]")
# json.dumps escapes the rest (C0) itself
_NOT_IN_JSON = re.compile(f"[\\x7f-\\x9f{BIDI_CONTROLS}{LINE_SEPARATORS}]")


def json_text(data: object) -> str:
    """`data` as JSON for a terminal: non-ASCII letters and emoji as they are, but DEL, the
    C1 controls (U+0080 to U+009F: CSI and others that terminals obey), the bidi controls
    and U+2028/U+2029 escaped as \\uNNNN. json.dumps escapes C0 itself; the parsed data is
    the same either way (they can stand only inside strings)."""
    dumped = json.dumps(data, ensure_ascii=False, indent=2)
    return _NOT_IN_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", dumped)


def printable(text: str, keep: str = "") -> str:
    """The text with control characters shown as \\xNN, bidi controls and U+2028/U+2029 as
    \\uNNNN, except those in `keep`: every text the command line prints from a message, a
    draft or a template goes through here."""
    return _CONTROL.sub(lambda m: m[0] if m[0] in keep else escaped(m[0]), text)


def valid_utf8(text: str) -> bool:
    """False for an argument with bytes that are no UTF-8 (Python keeps them as lone
    surrogates, which printing or saving later fails on)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown_arg(text: str) -> str:
    """An argument or a path as a message quotes it: bytes that are no UTF-8 as \\xNN
    (os.fsencode gives back the bytes Python kept as surrogates, never "\\udcff"), and
    controls as printable shows them."""
    try:
        raw = os.fsencode(text)
    except UnicodeEncodeError:  # a surrogate no byte stands for (from a UTF-16 source)
        raw = text.encode("utf-8", "backslashreplace")
    return printable(raw.decode("utf-8", "backslashreplace"))


# argparse's English messages (Python 3.11 to 3.13) and how to say them in German.
_MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(
            r"argument (?P<arg>\S+): invalid choice: '?(?P<value>.*?)'? "
            r"\(choose from (?P<choices>.*)\)"
        ),
        lambda m: (
            f"{_arg(m['arg'])}: „{m['value']}“ gibt es nicht (möglich: "
            f"{m['choices'].replace(chr(39), '')})."
        ),
    ),
    (
        re.compile(r"argument (?P<arg>\S+): invalid (?P<type>\w+) value: '?(?P<value>.*?)'?$"),
        lambda m: (
            f"{_arg(m['arg'])}: „{m['value']}“ ist keine ganze Zahl."
            if m["type"] == "int"
            else f"{_arg(m['arg'])}: „{m['value']}“ passt nicht."
        ),
    ),
    (
        re.compile(r"argument (?P<arg>\S+): expected (one|at least one) argument"),
        lambda m: f"{_arg(m['arg'])} braucht einen Wert.",
    ),
    (
        re.compile(r"argument (?P<arg>\S+): not allowed with argument (?P<other>\S+)"),
        lambda m: f"{m['arg']} und {m['other']} schließen sich aus.",
    ),
    (
        re.compile(r"the following arguments are required: (?P<names>.*)"),
        lambda m: f"Es fehlt: {m['names']}.",
    ),
    (
        re.compile(r"unrecognized arguments: (?P<names>.*)"),
        lambda m: f"Unbekannte Angaben: {m['names']} (Hilfe: {PROG} --help).",
    ),
    (
        re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)"),
        lambda m: f"„{m['option']}“ ist mehrdeutig: {m['matches']}.",
    ),
    (
        re.compile(r"argument (?P<arg>\S+): (?P<message>.*)"),
        lambda m: f"{_arg(m['arg'])}: {m['message']}",
    ),
]


def _arg(name: str) -> str:
    return "Befehl" if name == "BEFEHL" else name


def german(message: str) -> str:
    """argparse's message in German, on one line."""
    for pattern, word in _MESSAGES:
        match = pattern.fullmatch(message.strip())
        if match:
            return word(match)
    return " ".join(message.split())


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        # "" for a subcommand's prog line, which must stay without it
        super().add_usage(usage, actions, groups, "Aufruf: " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser with German help and one German line per usage error."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "Argumente"
        self._optionals.title = "Optionen"
        self.add_argument("-h", "--help", action="help", help="diese Hilfe zeigen und beenden")

    def error(self, message: str) -> NoReturn:
        # The message quotes the user's argument, which may hold bytes that are no UTF-8.
        self.exit(EXIT_USAGE, f"{PROG}: Fehler: {german(shown_arg(message))}\n")


def choice_type(labels: dict[str, str]) -> Callable[[str], str]:
    """An argparse type for a fixed vocabulary: takes the value or its label (any case)
    and says in German, with the labels, what it may be."""

    def convert(text: str) -> str:
        for value, label in labels.items():
            if text.casefold() in (value.casefold(), label.casefold()):
                return value
        allowed = ", ".join(f"{value} = {label}" for value, label in labels.items())
        raise argparse.ArgumentTypeError(f"„{text}“ gibt es nicht; möglich: {allowed}")

    return convert


def choices_help(text: str, labels: dict[str, str]) -> str:
    listed = ", ".join(f"{value} = {label}" for value, label in labels.items())
    return f"{text}: {listed}"
