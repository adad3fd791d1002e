"""The command line: the window by default, subcommands for headless use (DESIGN.md).

Nothing here imports Qt unless a window is asked for, so the headless commands start fast
and work on machines without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from knigge_desktop import __version__, cli_check
from knigge_desktop.core.drafts import DraftStore, DraftStoreError
from knigge_desktop.core.paths import AppPaths, resolve_paths
from knigge_desktop.core.templates import LoadResult, Template, load_templates
from knigge_desktop.core.templates.render import FieldValue, coerce
from knigge_desktop.core.vocabulary import kind_label

if TYPE_CHECKING:
    from knigge_desktop.core.drafts_import import ImportReport

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad input from the user: one line on stderr, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: Fehler: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="knigge-desktop",
        description="Gute erste Nachrichten im Business-Netzwerk schreiben.",
    )
    parser.add_argument("--version", action="version", version=f"knigge-desktop {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="alle Dateien der App unter DIR ablegen (auch: KNIGGE_DATA_DIR)",
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    new = commands.add_parser("new", help="Fenster mit einem neuen Entwurf öffnen")
    new.add_argument("template", metavar="TEMPLATE_ID")
    _add_set_option(new)

    templates = commands.add_parser("templates", help="verfügbare Vorlagen auflisten")
    _add_format_option(templates)

    render = commands.add_parser("render", help="eine Vorlage ausfüllen und den Text ausgeben")
    render.add_argument("template", metavar="TEMPLATE_ID")
    _add_set_option(render)
    render.add_argument(
        "--example", action="store_true", help="leere Felder mit den Beispielwerten füllen"
    )

    cli_check.add_parser(commands)

    drafts = commands.add_parser("drafts", help="gespeicherte Entwürfe")
    draft_commands = drafts.add_subparsers(
        dest="drafts_command", required=True, parser_class=_Parser
    )
    _add_format_option(draft_commands.add_parser("list", help="Entwürfe auflisten, neueste zuerst"))
    show = draft_commands.add_parser("show", help="einen Entwurf zeigen")
    show.add_argument("id", type=int, metavar="ID")
    _add_format_option(show)
    export = draft_commands.add_parser("export", help="alle Entwürfe als JSON ausgeben")
    export.add_argument("--format", choices=["json"], default="json")
    imported = draft_commands.add_parser("import", help="Entwürfe aus einem Export einlesen")
    imported.add_argument("file", metavar="FILE")
    return parser


def _add_set_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="ein Feld füllen (mehrfach möglich)",
    )


def _add_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["text", "json"], default="text")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = resolve_paths(args.data_dir)
    try:
        if args.command is None:
            return _launch_window(paths)
        if args.command == "new":
            template, values = _template_and_values(paths, args.template, args.set)
            return _launch_window(paths, new_template=template.id, values=values)
        if args.command == "templates":
            return _cmd_templates(paths, args.format)
        if args.command == "render":
            return _cmd_render(paths, args.template, args.set, args.example)
        if args.command == "drafts":
            return _cmd_drafts(paths, args)
        if args.command == "check":
            return cli_check.run(args, paths)
    except (UsageError, cli_check.InputError) as exc:
        print(f"knigge-desktop: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK
    raise AssertionError(f"unhandled command {args.command}")


def _launch_window(paths: AppPaths, **request: object) -> int:
    from knigge_desktop.app import run  # Qt is loaded only here

    return run(paths, **request)  # type: ignore[arg-type]


def _load(paths: AppPaths) -> LoadResult:
    from knigge_desktop.core.resources import resource_dir

    result = load_templates([resource_dir("templates"), paths.user_templates_dir])
    for error in result.errors:
        print(f"Warnung: Vorlage übersprungen: {error}", file=sys.stderr)
    return result


def _template_and_values(
    paths: AppPaths, template_id: str, assignments: list[str]
) -> tuple[Template, dict[str, FieldValue]]:
    result = _load(paths)
    template = result.get(template_id)
    if template is None:
        known = ", ".join(t.id for t in result.templates)
        raise UsageError(f"Unbekannte Vorlage „{template_id}“. Verfügbar: {known}")
    values: dict[str, FieldValue] = {}
    for assignment in assignments:
        name, sep, raw = assignment.partition("=")
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
    result = _load(paths)
    if fmt == "json":
        print(json.dumps([t.to_json() for t in result.templates], ensure_ascii=False, indent=2))
        return EXIT_OK
    width = max((len(t.id) for t in result.templates), default=0)
    for t in result.templates:
        print(f"{t.id:<{width}}  {kind_label(t.kind):<15} {t.tone.value:<9} {t.title}")
    return EXIT_OK


def _cmd_render(paths: AppPaths, template_id: str, assignments: list[str], example: bool) -> int:
    from knigge_desktop.core.templates import render

    template, values = _template_and_values(paths, template_id, assignments)
    if example:
        values = {**template.example_values(), **values}
    print(render(template, values))
    return EXIT_OK


def _cmd_drafts(paths: AppPaths, args: argparse.Namespace) -> int:
    from knigge_desktop.core.drafts_recovery import open_or_recover

    try:
        store, recovered = open_or_recover(paths.drafts_db)
    except DraftStoreError as exc:
        raise UsageError(str(exc)) from None
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
                print(f"{s.id:>5}  {when}  {kind_label(s.kind):<15} {s.title}")
        elif args.drafts_command == "show":
            draft = store.get(args.id)
            if draft is None:
                raise UsageError(f"Einen Entwurf mit der Nummer {args.id} gibt es nicht.")
            if args.format == "json":
                _print_json(draft.to_json())
            else:
                print(f"# {draft.title} ({kind_label(draft.kind)}, {draft.updated[:16]})\n")
                print(draft.text)
        elif args.drafts_command == "import":
            print(_import(store, Path(args.file)).summary())
        else:
            _print_json([d.to_json() for d in store.all_drafts()])
    finally:
        store.close()
    return EXIT_OK


def _import(store: DraftStore, path: Path) -> ImportReport:
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path} ist kein lesbarer Entwurfs-Export ({exc}).") from None
    if not isinstance(items, list):
        raise UsageError(f"{path} ist kein Entwurfs-Export (eine Liste von Entwürfen).")
    try:
        return store.import_drafts(items)
    except DraftStoreError as exc:
        raise UsageError(str(exc)) from None


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))
