"""`knigge-desktop check`: the etiquette (and later grammar) checks without a window.

Exit codes (README): 0 nothing at warning or above, 1 something, 2 bad usage or unreadable
input, with one line on stderr and never a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import os
import select
import stat
import sys
import unicodedata
from typing import TYPE_CHECKING

from knigge_desktop.cli_parser import (
    Parser,
    choice_type,
    choices_help,
    json_text,
    printable,
    shown_arg,
    valid_utf8,
)
from knigge_desktop.core.findings import Finding, Severity, merge_findings
from knigge_desktop.core.os_errors import os_error_reason
from knigge_desktop.core.paths import AppPaths
from knigge_desktop.core.settings import Settings
from knigge_desktop.core.vocabulary import (
    KIND_LABELS,
    PLATFORM_LABELS,
    TONE_LABELS,
    Kind,
    Platform,
    Tone,
    kind_label,
)

if TYPE_CHECKING:
    from knigge_desktop.core.etiquette.context import CheckContext

GRAMMAR_OFF = "unavailable: abgeschaltet (--no-grammar)"


class InputError(Exception):
    """The text could not be read; the message is for the user."""


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    check = commands.add_parser("check", help="eine Nachricht prüfen (Datei oder stdin)")
    check.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    kinds = {kind.value: label for kind, label in KIND_LABELS.items()}
    tones = {tone.value: label for tone, label in TONE_LABELS.items()}
    platforms = {platform.value: label for platform, label in PLATFORM_LABELS.items()}
    check.add_argument(
        "--kind",
        type=choice_type(kinds),
        metavar="ART",
        help=choices_help("die Art der Nachricht, für passende Regeln", kinds),
    )
    check.add_argument(
        "--tone",
        type=choice_type(tones),
        metavar="TON",
        help=choices_help("Sie oder du: prüft, ob die Anrede durchgehalten wird", tones),
    )
    check.add_argument(
        "--platform",
        type=choice_type(platforms),
        metavar="PLATTFORM",
        help=choices_help("für die Längengrenzen der Plattform", platforms),
    )
    check.add_argument(
        "--recipient",
        metavar="NAME",
        help="z. B. „Frau Dr. Anna Wagner“: der Name ist kein Tippfehler, „Wagnr“ schon",
    )
    check.add_argument(
        "--sender", metavar="NAME", help="Ihr Name, z. B. „Jonas Becker“ (wie --recipient)"
    )
    grammar = check.add_mutually_exclusive_group()
    grammar.add_argument(
        "--grammar",
        dest="grammar",
        action="store_true",
        default=True,
        help="auch Grammatik und Rechtschreibung prüfen (Vorgabe)",
    )
    grammar.add_argument(
        "--no-grammar", dest="grammar", action="store_false", help="nur die Knigge-Regeln"
    )
    check.add_argument("--lt-server", metavar="URL", help="LanguageTool-Server statt des lokalen")
    check.add_argument(
        "--format", choices=["text", "json"], default="text", help="text (Vorgabe) oder json"
    )


# A message is a few kilobytes; past this the checks would run for minutes and gigabytes.
MAX_CHECK_BYTES = 5 * 1024 * 1024


# A FIFO or a pipe (`read <(cmd)`, `mkfifo`) is read as it comes; when nothing arrives for
# this long (no writer ever opened it, or the writer went silent) the read gives up rather
# than wait for ever.
PIPE_TIMEOUT_SECONDS = 10.0
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # not on Windows, which has no FIFOs either


def read_input_bytes(source: str, max_bytes: int = MAX_CHECK_BYTES) -> bytes:
    """The bytes of FILE or stdin ("-"), at most `max_bytes`; InputError in German for a
    missing file, a folder, a device, an unreadable or an oversized one, and for a FIFO
    that stays silent for PIPE_TIMEOUT_SECONDS. `check`, `read`, `new --reply-to` and
    `drafts import` all read through here."""
    if source == "-" and sys.stdin is None:  # started with stdin closed ("<&-")
        raise InputError("Keine Eingabe: stdin ist geschlossen.")
    try:
        if source == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            data = _read_path(source, max_bytes)
    except FileNotFoundError:
        raise InputError(f"Datei nicht gefunden: {input_name(source)}") from None
    except IsADirectoryError:
        raise InputError(f"{input_name(source)} ist ein Ordner, keine Datei.") from None
    except OSError as exc:
        raise InputError(
            f"{input_name(source)} lässt sich nicht lesen: {os_error_reason(exc)}"
        ) from None
    if len(data) > max_bytes:
        what = "keine Nachricht" if max_bytes == MAX_CHECK_BYTES else "kein Entwurfs-Export"
        raise InputError(
            f"{input_name(source)} ist größer als {max_bytes >> 20} MB; das ist {what} mehr."
        )
    return data


# UTF-32 first: its little-endian mark begins with UTF-16's ("FF FE" + "00 00").
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # the utf-32 codec, too, reads the mark and drops it
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),  # the utf-16 codec reads the mark and drops it
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFFED_BYTES = 4096  # enough pairs of bytes to see the pattern of NULs
_NUL_SHARE = 0.3  # text with this many NULs in one half of its byte pairs is UTF-16
_STRAY_NUL_SHARE = 0.02  # … and (almost) none in the other half


def input_encoding(data: bytes) -> str:
    """How a message file is encoded: by its byte order mark (UTF-8, UTF-16 or UTF-32,
    LE/BE); without one, UTF-16 when every ASCII letter comes with a NUL byte on the same
    side (Windows Notepad and PowerShell write "H\0a\0l\0l\0o\0"); else UTF-8."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return encoding
    head = data[: _SNIFFED_BYTES - _SNIFFED_BYTES % 2]
    pairs = len(head) // 2
    if pairs < 2:
        return "utf-8"
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= _NUL_SHARE * pairs and even <= _STRAY_NUL_SHARE * pairs:
        return "utf-16-le"
    if even >= _NUL_SHARE * pairs and odd <= _STRAY_NUL_SHARE * pairs:
        return "utf-16-be"
    return "utf-8"


def decode_input(data: bytes) -> str:
    """The text of a message file (see input_encoding). UTF-8 must be valid
    (UnicodeDecodeError otherwise); in UTF-16 a broken pair becomes U+FFFD, which the
    reader and the checks drop, since a recognised UTF-16 file is no other encoding."""
    encoding = input_encoding(data)
    if encoding.startswith(("utf-16", "utf-32")):
        return data.decode(encoding, errors="replace")
    return data.decode(encoding)


def refuse_no_text(text: str, source: str) -> str:
    """The decoded text, unless it holds NUL characters: no message has them, a binary file
    (an image, a file of NULs) does, and its "words" would only be noise."""
    if "\0" in text:
        raise InputError(f"{input_name(source)} ist keine Textdatei (sie enthält Nullbytes).")
    return text


def is_blank(text: str) -> bool:
    """Nothing to read: only white space, byte order marks, zero-width and control
    characters."""
    return all(char.isspace() or unicodedata.category(char) in ("Cc", "Cf") for char in text)


def _read_path(source: str, max_bytes: int) -> bytes:
    """A regular file read at once, a FIFO or pipe as it comes (opened without blocking,
    so a FIFO nobody writes to cannot hang the command), anything else refused."""
    descriptor = os.open(source, os.O_RDONLY | _NONBLOCK)
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(source)
        if stat.S_ISFIFO(mode):
            return _read_pipe(source, descriptor, max_bytes)
        if not stat.S_ISREG(mode):
            raise InputError(f"{input_name(source)} ist keine gewöhnliche Datei (ein Gerät?).")
        if _NONBLOCK:  # a file is read at once; only a pipe needs the waiting below
            os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            return file.read(max_bytes + 1)
    finally:
        os.close(descriptor)


def _read_pipe(source: str, descriptor: int, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        ready, _, _ = select.select([descriptor], [], [], PIPE_TIMEOUT_SECONDS)
        if not ready:
            raise InputError(
                f"{input_name(source)}: nach {PIPE_TIMEOUT_SECONDS:g} Sekunden kam nichts mehr an "
                "(schreibt jemand in die FIFO?)."
            )
        try:
            chunk = os.read(descriptor, 65536)
        except BlockingIOError:
            continue
        if not chunk:  # the writer closed it: the whole message is here
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def input_name(source: str) -> str:
    """FILE as a message names it (shown_arg: bytes that are no UTF-8 as \\xNN)."""
    return "Die Eingabe" if source == "-" else shown_arg(source)


def read_text(source: str) -> str:
    """A message to check: UTF-8 or UTF-16 (input_encoding), else refused (a wrong guess
    would put wrong words in it)."""
    data = read_input_bytes(source)
    try:
        text = decode_input(data)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{input_name(source)} ist nicht UTF-8-kodiert (Byte {exc.start})."
        ) from None
    refuse_no_text(text, source)
    if is_blank(text):  # as `new --reply-to` says it: an empty text passes no check
        raise InputError(f"{input_name(source)}: Die Nachricht ist leer; es gibt nichts zu prüfen.")
    return text


SLOW_CHECK_CHARS = 200_000  # from here a check takes a second or more


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    # Imported here: the window's start goes through cli.py and must not load the rules.
    from knigge_desktop.core.etiquette.checker import EtiquetteChecker
    from knigge_desktop.core.etiquette.context import CheckContext, infer_tone, parse_recipient
    from knigge_desktop.core.etiquette.infer import infer_kind

    for option, value in (("--recipient", args.recipient), ("--sender", args.sender)):
        if value is not None and not valid_utf8(value):  # as render refuses its --set
            raise InputError(
                f"Der Wert für {option} enthält Bytes, die kein UTF-8 sind; bitte als UTF-8 "
                "angeben."
            )
    text = read_text(args.file)
    if len(text) > SLOW_CHECK_CHARS:  # about 5 s per million characters: say it is working
        shown = f"{len(text):,}".replace(",", ".")
        print(f"Prüfe {shown} Zeichen – das dauert einige Sekunden …", file=sys.stderr)
    checker = EtiquetteChecker.shipped()
    for error in checker.rules.problems:
        print(f"Warnung: Regel übersprungen: {error}", file=sys.stderr)
    settings, problem = Settings.load(paths.settings_file)
    if problem:
        print(f"Warnung: {problem}", file=sys.stderr)
    # Without --kind the kind-specific rules (reason, ask, a clear no) would be skipped
    # silently; the kind is guessed instead, and the report says so.
    refusals = rule.patterns if (rule := checker.rules.get("DECLINE_NO_CLEAR_NO")) else ()
    kind = Kind(args.kind) if args.kind else infer_kind(text, refusals)
    tone = Tone(args.tone) if args.tone else infer_tone(text)
    context = CheckContext(
        kind=kind,
        tone=tone,
        platform=Platform(args.platform) if args.platform else None,
        recipient=parse_recipient(args.recipient) if args.recipient else None,
        sender=(args.sender or "").strip() or None,
    )
    used = {
        "kind": kind.value,
        "kind_inferred": not args.kind,
        "tone": tone.value if tone else None,
        "tone_inferred": not args.tone,
        "platform": args.platform,
    }
    # Rules the user turned off in the window stay off here too.
    disabled = settings.get("disabled_rules")
    findings = checker.check(text, context, disabled=disabled)
    grammar = GRAMMAR_OFF
    if args.grammar or args.lt_server:
        grammar_findings, grammar = check_grammar(text, args, settings, paths, context)
        findings = merge_findings(findings, grammar_findings)
    if args.format == "json":
        report = {"context": used, "findings": [f.to_json() for f in findings], "grammar": grammar}
        print(json_text(report))
    else:
        print_text(text, findings, grammar, used)
    return 1 if any(f.counts for f in findings) else 0


def check_grammar(
    text: str,
    args: argparse.Namespace,
    settings: Settings,
    paths: AppPaths,
    context: CheckContext | None = None,
) -> tuple[list[Finding], str]:
    """LanguageTool findings and the "grammar" status of the JSON report; the names in
    `context` are no typos (core/grammar/names.py), as in the window."""
    from knigge_desktop.core.grammar.client import GrammarUnavailable
    from knigge_desktop.core.grammar.engine import GrammarEngine, GrammarMode, config_from_settings
    from knigge_desktop.core.grammar.names import known_names

    config, problem = config_from_settings(settings, paths.data_dir)
    if problem:
        print(f"Warnung: {problem}", file=sys.stderr)
    if args.lt_server:
        config = config._replace(mode=GrammarMode.SERVER, server_url=args.lt_server)
    engine = GrammarEngine(config)
    try:
        found = engine.check(
            text,
            disabled_rules=settings.get("disabled_rules"),
            dictionary=settings.get("dictionary"),
            names=known_names(context),
        )
    except GrammarUnavailable as exc:
        return [], f"unavailable: {exc}"
    finally:
        engine.stop()  # a server started for this one check goes with it
    return found, "ok"


def _line_col(text: str, index: int) -> tuple[int, int]:
    line_start = max(text.rfind("\n", 0, index) + 1, 0)
    return text.count("\n", 0, index) + 1, index - line_start + 1


def print_text(
    text: str, findings: list[Finding], grammar: str, used: dict[str, object] | None = None
) -> None:
    if used is not None:
        kind = kind_label(str(used["kind"]))
        guessed = " (aus dem Text erschlossen; mit --kind angeben)" if used["kind_inferred"] else ""
        tone = {"formal": "Sie", "informal": "du"}.get(str(used["tone"]), "unklar")
        print(f"Geprüft als: {kind}{guessed}, Anrede: {tone}")
    for f in findings:
        line, col = _line_col(text, f.start)
        # A message names words of the text ("„{flagged}“ wirkt laut"): its ESC stays out.
        print(f"{line}:{col}: {f.severity.label} [{f.rule_id}] {printable(f.message)}")
        if f.suggestions:
            shown = ", ".join(f"„{printable(s)}“" if s else "(entfernen)" for s in f.suggestions)
            print(f"    Vorschlag: {shown}")
    counts = {severity: sum(1 for f in findings if f.severity is severity) for severity in Severity}
    summary = ", ".join(f"{n} × {s.label}" for s, n in counts.items() if n) or "keine Befunde"
    state = "an" if grammar == "ok" else grammar.removeprefix("unavailable: ")
    print(f"Knigge-Prüfung: {summary}. Grammatik: {state}")
