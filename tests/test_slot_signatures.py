"""No slot can be handed a signal's argument it did not ask for.

`clicked(bool)`, `triggered(bool)` and `toggled(bool)` pass their flag to a slot that takes
a parameter: `rename_selected(title=None)` once got `False` as the title (and lost the
user's text), `go_to_finding(forward=True)` walked backwards on F7. Two checks keep the
whole class away: every such connection in the source, and every menu action's handler.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import knigge_desktop

PACKAGE = Path(knigge_desktop.__file__).parent
FLAG_SIGNALS = {"clicked", "triggered", "toggled"}


def _optional_filled(function: ast.FunctionDef | ast.Lambda, *, method: bool) -> list[str]:
    """The optional parameter the signal's one argument would fill, if any. A required
    parameter asks for the flag on purpose (`lambda on: …`), and so does an optional one
    named `_…` that only swallows it (`lambda _=False, rule=rule: …`)."""
    params = [*function.args.posonlyargs, *function.args.args]
    if method:
        params = params[1:]  # self
    if not params:
        return []
    first = params[0]
    required = len(params) - len(function.args.defaults)
    optional = params.index(first) >= required
    return [first.arg] if optional and not first.arg.startswith("_") else []


def _flag_connections(tree: ast.Module) -> list[tuple[ast.ClassDef, ast.Call]]:
    found = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
            fn = call.func
            if (
                isinstance(fn, ast.Attribute)
                and fn.attr == "connect"
                and isinstance(fn.value, ast.Attribute)
                and fn.value.attr in FLAG_SIGNALS
                and call.args
            ):
                found.append((cls, call))
    return found


def problems_in(source: str, name: str) -> list[str]:
    tree = ast.parse(source)
    problems = []
    for cls, call in _flag_connections(tree):
        slot = call.args[0]
        signal = call.func.value.attr  # type: ignore[attr-defined]  # _flag_connections finds signal.connect calls
        where = f"{name}:{call.lineno} {signal}"
        methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
        if isinstance(slot, ast.Lambda):
            taken = _optional_filled(slot, method=False)
            if taken:
                problems.append(f"{where} -> lambda takes {taken}")
        elif (
            isinstance(slot, ast.Attribute)
            and isinstance(slot.value, ast.Name)
            and slot.value.id == "self"
            and slot.attr in methods
        ):
            taken = _optional_filled(methods[slot.attr], method=True)
            if taken:
                problems.append(f"{where} -> {slot.attr}{taken}")
        elif isinstance(slot, ast.Name):
            problems.append(f"{where} -> {slot.id} (a variable: wrap it in a lambda)")
    return problems


def test_no_flag_signal_fills_a_parameter_of_its_slot() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        problems += problems_in(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))
    assert problems == []


def test_the_check_finds_the_bug_it_is_for() -> None:
    """The old shapes of the three bugs are caught (the check can fail)."""
    old = """
class DraftsDialog:
    def __init__(self):
        self.rename_button.clicked.connect(self.rename_selected)
        self.folder_button.clicked.connect(self.choose_folder)
        self.save_state.clicked.connect(self.fine)
        act.triggered.connect(slot)
        act.triggered.connect(lambda forward=True: go(forward))
        act.triggered.connect(lambda _=False, r=1: go(r))

    def rename_selected(self, title=None): ...
    def choose_folder(self, folder: str | None = None): ...
    def fine(self): ...
"""
    found = problems_in(old, "old.py")
    assert [p.split(" -> ")[1].split("[")[0].split(" ")[0] for p in found] == [
        "rename_selected",
        "choose_folder",
        "slot",
        "lambda",
    ]


def test_every_menu_action_handler_takes_no_argument(window_factory) -> None:
    window = window_factory()
    assert len(window.action_handlers) >= 20
    for action, handler in window.action_handlers.items():
        try:
            parameters = inspect.signature(handler).parameters.values()
        except ValueError:  # Qt's own (close, undo): called with no argument by the wrapper
            continue
        positional = [
            p
            for p in parameters
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.VAR_POSITIONAL)
        ]
        assert positional == [], action.text()
