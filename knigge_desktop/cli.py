"""The command line: the window by default, subcommands for headless use (docs/ARCHITECTURE.md).

Nothing here imports Qt unless a window is asked for, so the headless commands start fast
and work on machines without a display. Every mistake, in the arguments or in a file, is one
German line on stderr with exit code 2, never a traceback; Ctrl+C ends with 130.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from knigge_desktop import __version__
from knigge_desktop.core.paths import AppPaths, resolve_paths

# The window's start imports the rest of the app only once the garbage collector is off
# (cli._launch_window): collections while ~150 modules load cost it ~4 ms, and what they
# make all stays. So the commands import what they use where they use it.
if TYPE_CHECKING:
    from knigge_desktop.core.drafts import DraftStore, DraftStoreError
    from knigge_desktop.core.drafts_import import ImportReport
    from knigge_desktop.core.templates import LoadResult, Template
    from knigge_desktop.core.templates.render import FieldValue

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
LARGEST_ID = 2**63 - 1  # SQLite's integers
RENDER_EPILOG = (
    "Exit-Code 0: alle Pflichtfelder gefüllt. Exit-Code 1: der Text wird trotzdem ausgegeben, "
    "auf stderr steht, welche Pflichtfelder noch leer sind. Exit-Code 2: falscher Aufruf. "
    "Ihr Name und Ihre Signatur kommen aus den Einstellungen, wie im Fenster."
)


class UsageError(Exception):
    """Bad input from the user: one line on stderr, exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    from knigge_desktop import cli_check, cli_read
    from knigge_desktop.cli_parser import Parser

    parser = Parser(
        prog="knigge-desktop",
        description="Gute erste Nachrichten im Business-Netzwerk schreiben.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"knigge-desktop {__version__}",
        help="die Version zeigen und beenden",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="alle Dateien der App unter DIR ablegen (auch: KNIGGE_DATA_DIR)",
    )
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="BEFEHL")

    new = commands.add_parser("new", help="Fenster mit einem neuen Entwurf öffnen")
    new.add_argument("template", metavar="TEMPLATE_ID", nargs="?")
    new.add_argument(
        "--reply-to",
        metavar="FILE",
        help="auf die Nachricht in FILE antworten (- liest stdin): Vorlage und Felder "
        "kommen aus dem, was gelesen wurde",
    )
    _add_set_option(new)

    templates = commands.add_parser(
        "templates", help="verfügbare Vorlagen mit ihren Feldern auflisten"
    )
    _add_format_option(templates)

    render = commands.add_parser(
        "render", help="eine Vorlage ausfüllen und den Text ausgeben", epilog=RENDER_EPILOG
    )
    render.add_argument("template", metavar="TEMPLATE_ID")
    _add_set_option(render)
    render.add_argument(
        "--example", action="store_true", help="leere Felder mit den Beispielwerten füllen"
    )

    cli_check.add_parser(commands)
    cli_read.add_parser(commands)

    drafts = commands.add_parser("drafts", help="gespeicherte Entwürfe")
    draft_commands = drafts.add_subparsers(
        dest="drafts_command", required=True, parser_class=Parser, metavar="BEFEHL"
    )
    _add_format_option(draft_commands.add_parser("list", help="Entwürfe auflisten, neueste zuerst"))
    show = draft_commands.add_parser("show", help="einen Entwurf zeigen")
    show.add_argument("id", type=_draft_id, metavar="ID")
    _add_format_option(show)
    export = draft_commands.add_parser("export", help="alle Entwürfe als JSON ausgeben")
    export.add_argument("--format", choices=["json"], default="json", help="nur json")
    imported = draft_commands.add_parser("import", help="Entwürfe aus einem Export einlesen")
    imported.add_argument("file", metavar="FILE|-", help="die Export-Datei (- liest stdin)")
    return parser


def _draft_id(text: str) -> int:
    if not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"„{text}“ ist keine Entwurfsnummer.")
    return int(text) if len(text) < 20 else LARGEST_ID + 1  # too large: "gibt es nicht"


def _add_set_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="ein Feld füllen (mehrfach möglich); die Felder nennt „knigge-desktop templates“",
    )


def _add_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=["text", "json"], default="text", help="text (Vorgabe) oder json"
    )


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _window_start(argv) or build_parser().parse_args(argv)
        code = _run(args)
        sys.stdout.flush()  # a full disk shows here, not at exit as "Exception ignored"
    except KeyboardInterrupt:
        _quiet_stdout()
        print("knigge-desktop: abgebrochen.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (UsageError, _input_error()) as exc:  # evaluated only for an exception
        print(f"knigge-desktop: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. piped into head, which wanted no more
        _quiet_stdout()
        return EXIT_OK
    except OSError as exc:  # stdout on a full disk, a closed terminal; or a file of ours
        from knigge_desktop.cli_parser import shown_arg
        from knigge_desktop.core.os_errors import os_error_reason

        _quiet_stdout()
        reason = os_error_reason(exc)
        if exc.filename:  # a path failed, not the output: name it
            where = shown_arg(os.fsdecode(exc.filename))
            print(f"knigge-desktop: {where}: {reason}.", file=sys.stderr)
        else:
            print(
                f"knigge-desktop: Die Ausgabe ließ sich nicht schreiben ({reason}).",
                file=sys.stderr,
            )
        return EXIT_USAGE
    return code


def _input_error() -> type[Exception]:
    from knigge_desktop.cli_check import InputError

    return InputError


def _window_start(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The usual start, the window with at most --data-dir DIR, read without building the
    parser of every command (~4 ms of the window's start-up, benchmarks/bench_startup.py);
    None for anything else, which the parser reads (and explains)."""
    given = list(sys.argv[1:] if argv is None else argv)
    if not given:
        return argparse.Namespace(data_dir=None, command=None)
    if len(given) == 2 and given[0] == "--data-dir" and not given[1].startswith("-"):
        return argparse.Namespace(data_dir=given[1], command=None)
    return None


def _quiet_stdout() -> None:
    """Point stdout at the void, so Python's flush at exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _run(args: argparse.Namespace) -> int:
    if args.data_dir is not None and not args.data_dir.strip():
        raise UsageError("Fehler: --data-dir braucht einen Ordner, nicht einen leeren Text.")
    paths = resolve_paths(args.data_dir)
    if args.command is None:
        return _launch_window(paths)
    if args.command == "new":
        received = _received(args.reply_to) if args.reply_to is not None else None
        if args.template is None:
            if received is None:
                raise UsageError("Es fehlt: TEMPLATE_ID (oder --reply-to FILE).")
            if args.set:
                raise UsageError(
                    "--set braucht eine Vorlage: knigge-desktop new TEMPLATE_ID --reply-to "
                    "FILE --set FELD=WERT."
                )
            return _launch_window(paths, received=received)
        template, values = _template_and_values(paths, args.template, args.set)
        return _launch_window(paths, new_template=template.id, values=values, received=received)
    if args.command == "templates":
        return _cmd_templates(paths, args.format)
    if args.command == "render":
        return _cmd_render(paths, args.template, args.set, args.example)
    if args.command == "drafts":
        return _cmd_drafts(paths, args)
    if args.command == "check":
        from knigge_desktop import cli_check

        return cli_check.run(args, paths)
    if args.command == "read":
        from knigge_desktop import cli_read

        return cli_read.run(args, paths)
    raise AssertionError(f"unhandled command {args.command}")


# A received message is read from at most this many bytes, as `read` and `check` do: a long
# thread is cut (the window says so), a file far beyond any message is refused.
MAX_RECEIVED_BYTES = 5 * 1024 * 1024  # cli_check.MAX_CHECK_BYTES (test_cli.py holds them equal)


def _received(source: str) -> str:
    """The message `new --reply-to` answers, from a file, a FIFO or stdin ("-"), read as
    `read` reads its (cli_read.read_input: same limits, encodings and words)."""
    from knigge_desktop import cli_check, cli_read

    text, warning = cli_read.read_input(source, MAX_RECEIVED_BYTES)
    if warning:
        print(warning, file=sys.stderr)
    if cli_check.is_blank(text):  # only controls and zero-width characters: as `check` says
        raise UsageError(
            f"{cli_check.input_name(source)}: Die Nachricht ist leer; es gibt nichts zu "
            "beantworten."
        )
    return text


def _launch_window(
    paths: AppPaths,
    new_template: str | None = None,
    values: dict[str, FieldValue] | None = None,
    received: str | None = None,
) -> int:
    import gc

    if not _has_display():
        raise UsageError(
            "Kein Bildschirm gefunden (DISPLAY und WAYLAND_DISPLAY sind leer): Das Fenster "
            "braucht eine grafische Sitzung. Ohne Fenster gehen check, read, render und drafts."
        )
    # No garbage collection until the window has painted (app.run turns it back on): the
    # start-up makes ~50 collections over objects that all stay (~10 ms), and no garbage.
    gc.disable()
    try:
        from knigge_desktop.app import run  # Qt is loaded only here

        return run(paths, new_template, values, received)
    finally:
        gc.enable()


def _has_display() -> bool:
    """Whether Qt can open a window here. On Linux without X11 or Wayland Qt itself would
    abort the process with an English message and a core dump (exit 134); elsewhere, or
    with a platform chosen (QT_QPA_PLATFORM=offscreen …), Qt decides."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _load(paths: AppPaths) -> LoadResult:
    from knigge_desktop.core.resources import resource_dir
    from knigge_desktop.core.templates import load_templates

    result = load_templates([resource_dir("templates"), paths.user_templates_dir])
    for error in result.problems:
        print(f"Warnung: Vorlage übersprungen: {error}", file=sys.stderr)
    return result


def _template_and_values(
    paths: AppPaths, template_id: str, assignments: list[str]
) -> tuple[Template, dict[str, FieldValue]]:
    from knigge_desktop.cli_parser import valid_utf8
    from knigge_desktop.core.templates.render import coerce

    if not valid_utf8(template_id):
        raise UsageError("Der Vorlagenname ist kein gültiges UTF-8.")
    result = _load(paths)
    template = result.get(template_id)
    if template is None:
        known = ", ".join(t.id for t in result.items)
        raise UsageError(f"Unbekannte Vorlage „{template_id}“. Verfügbar: {known}")
    values: dict[str, FieldValue] = {}
    for assignment in assignments:
        name, sep, raw = assignment.partition("=")
        if not valid_utf8(assignment):
            shown = name if valid_utf8(name) else "?"
            raise UsageError(
                f"Der Wert für „{shown}“ enthält Bytes, die kein UTF-8 sind; "
                "bitte als UTF-8 angeben."
            )
        if not sep or not name.strip():
            raise UsageError(f"--set erwartet FELD=WERT, nicht „{assignment}“.")
        field = template.field(name.strip())
        if field is None:
            known = ", ".join(f.name for f in template.fields)
            raise UsageError(f"Die Vorlage „{template.id}“ hat kein Feld „{name}“. Felder: {known}")
        try:
            values[field.name] = coerce(field, raw)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    return template, values


def _cmd_templates(paths: AppPaths, fmt: str) -> int:
    from knigge_desktop.cli_parser import printable
    from knigge_desktop.core.vocabulary import kind_label

    result = _load(paths)
    if fmt == "json":
        _print_json([t.to_json() for t in result.items])
        return EXIT_OK
    width = max((len(t.id) for t in result.items), default=0)
    for t in result.items:
        print(f"{t.id:<{width}}  {kind_label(t.kind):<15} {t.tone.value:<9} {printable(t.title)}")
        for f in t.fields:
            star = "*" if f.required else " "
            print(f"    {star} {f.name:<22} {printable(f.label)} ({f.type.value})")
    if result.items:
        print("\n* Pflichtfeld. Füllen mit: knigge-desktop render VORLAGE --set FELD=WERT")
    return EXIT_OK


def _sender_defaults(paths: AppPaths, template: Template) -> dict[str, FieldValue]:
    """Name and signature from the settings, as the window fills them into new drafts."""
    from knigge_desktop.core.settings import Settings

    settings, problem = Settings.load(paths.settings_file)
    if problem:
        print(f"Warnung: {problem}", file=sys.stderr)
    return {
        name: settings.get(name)
        for name in ("sender_name", "sender_signature")
        if template.field(name) is not None and settings.get(name).strip()
    }


def _cmd_render(paths: AppPaths, template_id: str, assignments: list[str], example: bool) -> int:
    from knigge_desktop.core.templates import render
    from knigge_desktop.core.templates.render import missing_fields

    template, values = _template_and_values(paths, template_id, assignments)
    values = {**_sender_defaults(paths, template), **values}
    if example:
        values = {**template.example_values(), **values}
    print(render(template, values))
    missing = missing_fields(template, values)
    if missing:
        listed = ", ".join(f"{f.label} (--set {f.name}=…)" for f in missing)
        print(f"Noch leer: {listed}", file=sys.stderr)
        return EXIT_FINDINGS
    return EXIT_OK


def _cmd_drafts(paths: AppPaths, args: argparse.Namespace) -> int:
    from knigge_desktop.cli_parser import printable
    from knigge_desktop.core.drafts import DraftStoreError
    from knigge_desktop.core.drafts_recovery import open_or_recover
    from knigge_desktop.core.vocabulary import kind_label

    try:
        store, recovered = open_or_recover(paths.drafts_db)
    except DraftStoreError as exc:
        store, recovered = _only_read(paths, args, exc)
    if recovered:
        print(f"Warnung: {recovered}", file=sys.stderr)
    try:
        if args.drafts_command == "list":
            summaries = store.list()
            if args.format == "json":
                _print_json([s.to_json() for s in summaries])
            elif not summaries:
                print("Noch keine Entwürfe.")
            for s in summaries if args.format == "text" else ():
                when = s.updated[:16].replace("T", " ")
                print(f"{s.id:>5}  {when}  {kind_label(s.kind):<15} {printable(s.title)}")
        elif args.drafts_command == "show":
            draft = store.get(args.id) if args.id <= LARGEST_ID else None
            if draft is None:
                shown = f"der Nummer {args.id}" if args.id <= LARGEST_ID else "dieser Nummer"
                raise UsageError(f"Einen Entwurf mit {shown} gibt es nicht.")
            if draft.invalid_bytes:
                print(
                    "Hinweis: Der Entwurf enthielt Bytes, die kein Text sind; sie werden als "
                    "\ufffd gezeigt.",
                    file=sys.stderr,
                )
            if args.format == "json":
                _print_json(draft.to_json())
            else:
                title = printable(draft.title)
                print(f"# {title} ({kind_label(draft.kind)}, {draft.updated[:16]})\n")
                print(printable(draft.text, keep="\t\n"))
        elif args.drafts_command == "import":
            print(_import(store, args.file).summary())
        else:
            _print_json([d.to_json() for d in store.all_drafts()])
    finally:
        store.close()
    return EXIT_OK


def _only_read(
    paths: AppPaths, args: argparse.Namespace, exc: DraftStoreError
) -> tuple[DraftStore, str]:
    """The database cannot be opened for writing (a full disk, a read-only folder): `list`,
    `show` and `export` read its drafts all the same, copied into memory, the file only
    read. An import needs the file itself, and a newer database is left alone."""
    from knigge_desktop.core.drafts import DraftStore, NewerDatabase
    from knigge_desktop.core.drafts_recovery import salvage

    if args.drafts_command == "import" or isinstance(exc, NewerDatabase):
        raise UsageError(str(exc)) from None
    if not paths.drafts_db.is_file():
        raise UsageError(str(exc)) from None
    store = DraftStore.in_memory()
    salvage(paths.drafts_db, store)
    return store, f"{exc} Die Entwürfe sind nur gelesen; die Datei bleibt unverändert."


def _import(store: DraftStore, source: str) -> ImportReport:
    """An export from a file, a FIFO or stdin ("-"), read as `check` and `read` read theirs
    (cli_check.read_input_bytes), with the limits of an export."""
    from knigge_desktop import cli_check
    from knigge_desktop.core.datafile import MAX_IMPORT_BYTES, Invalid
    from knigge_desktop.core.drafts import DraftStoreError
    from knigge_desktop.core.drafts_import import NotAnExport, export_items

    name = cli_check.input_name(source)
    try:
        items = export_items(cli_check.read_input_bytes(source, MAX_IMPORT_BYTES))
    except NotAnExport:
        raise UsageError(f"{name} ist kein Entwurfs-Export (eine Liste von Entwürfen).") from None
    except Invalid as exc:
        reason = str(exc).rstrip(".")
        raise UsageError(f"{name} ist kein lesbarer Entwurfs-Export ({reason}).") from None
    try:
        return store.import_drafts(items)
    except DraftStoreError as exc:
        raise UsageError(str(exc)) from None


def _print_json(data: object) -> None:
    from knigge_desktop.cli_parser import json_text

    print(json_text(data))
