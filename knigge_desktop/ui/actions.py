"""Every menu action of the main window, as data: one row is its id, menu, label, keys and
handler. The table builds the menus (`build_menus`), and from them the F1 list
(ui/shortcuts_dialog.py) and tests/test_every_control.py, which triggers every row.

To add an action: one `Action(...)` row here, and the window's method it names (a method
without parameters: triggered(bool) would fill an optional one; tests/test_slot_signatures.py
holds this). Keys are set once, here; a standard key brings all its bindings on this desktop.
Labels are German and translated in the "MainWindow" context like the window's own strings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import reduce
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu

Key = str | QKeySequence.StandardKey
_STD = QKeySequence.StandardKey


@dataclass(frozen=True)
class Action:
    id: str
    menu: str  # a key of MENUS
    label: str  # German, with its & mnemonic
    handler: str  # the window's attribute path to call without arguments: "copy_text"
    keys: tuple[Key, ...] = ()
    separator_before: bool = False
    submenu: bool = False  # a menu filled when it opens; `handler` fills it


MENUS = {
    "file": QT_TRANSLATE_NOOP("MainWindow", "&Datei"),
    "edit": QT_TRANSLATE_NOOP("MainWindow", "&Bearbeiten"),
    "templates": QT_TRANSLATE_NOOP("MainWindow", "&Vorlagen"),
    "view": QT_TRANSLATE_NOOP("MainWindow", "&Ansicht"),
    "help": QT_TRANSLATE_NOOP("MainWindow", "&Hilfe"),
}

ACTIONS = (
    Action("new_draft", "file", QT_TRANSLATE_NOOP("MainWindow", "Neuer Entwurf aus &Vorlage"),
           "focus_gallery", (_STD.New,)),
    Action("drafts", "file", QT_TRANSLATE_NOOP("MainWindow", "&Entwürfe …"),
           "dialogs.show_drafts", (_STD.Open,)),
    Action("import_drafts", "file", QT_TRANSLATE_NOOP("MainWindow", "Entwürfe &importieren …"),
           "dialogs.import_drafts", ("Ctrl+Shift+O",)),
    Action("export_drafts", "file", QT_TRANSLATE_NOOP("MainWindow", "Entwürfe e&xportieren …"),
           "dialogs.export_drafts", ("Ctrl+Shift+S",)),
    Action("reply", "file", QT_TRANSLATE_NOOP("MainWindow", "Auf Nachricht &antworten …"),
           "replies.reply_to_message", ("Ctrl+Shift+R",)),
    Action("versions", "file", QT_TRANSLATE_NOOP("MainWindow", "&Frühere Versionen …"),
           "dialogs.show_versions", ("Ctrl+H",)),
    # Ctrl+Return first; Ctrl+Shift+C stays for those used to it.
    Action("copy", "file", QT_TRANSLATE_NOOP("MainWindow", "Text &kopieren"),
           "copy_text", ("Ctrl+Return", "Ctrl+Enter", "Ctrl+Shift+C")),
    # Quit has no standard key on some desktops.
    Action("quit", "file", QT_TRANSLATE_NOOP("MainWindow", "&Beenden"),
           "close", ("Ctrl+Q",), separator_before=True),
    # Ctrl+Z in the whole window, as the status line promises after a fix from the
    # findings or another template: a focused text box (the text, a field, a search)
    # still undoes its own typing, for Qt gives the focused widget's ShortcutOverride of
    # a standard key precedence over a window shortcut (tests/test_undo_keys.py).
    Action("undo", "edit", QT_TRANSLATE_NOOP("MainWindow", "&Rückgängig"),
           "editor.undo", (_STD.Undo,)),
    Action("redo", "edit", QT_TRANSLATE_NOOP("MainWindow", "&Wiederholen"),
           "editor.redo", (_STD.Redo,)),
    Action("next_finding", "edit", QT_TRANSLATE_NOOP("MainWindow", "&Nächster Hinweis"),
           "findings_display.next_finding", ("F7",), separator_before=True),
    Action("previous_finding", "edit", QT_TRANSLATE_NOOP("MainWindow", "&Vorheriger Hinweis"),
           "findings_display.previous_finding", ("Shift+F7",)),
    Action("regenerate", "edit",
           QT_TRANSLATE_NOOP("MainWindow", "Text aus &Feldern neu erzeugen"),
           "session.regenerate", ("Ctrl+R",)),
    Action("unignore", "edit",
           QT_TRANSLATE_NOOP("MainWindow", "&Ignorierte Hinweise wieder zeigen"),
           "session.unignore_all", ("Ctrl+Shift+I",), separator_before=True),
    Action("disabled_rules", "edit", QT_TRANSLATE_NOOP("MainWindow", "&Ausgeschaltete Regeln"),
           "findings_display.fill_disabled_menu", submenu=True),
    Action("grammar", "edit", QT_TRANSLATE_NOOP("MainWindow", "&Grammatik und Rechtschreibung …"),
           "dialogs.open_grammar_settings", ("Ctrl+Shift+G",), separator_before=True),
    # Preferences has no standard key on most Linux desktops.
    Action("settings", "edit", QT_TRANSLATE_NOOP("MainWindow", "&Einstellungen …"),
           "dialogs.open_settings", ("Ctrl+,",)),
    Action("new_template", "templates", QT_TRANSLATE_NOOP("MainWindow", "&Neue Vorlage …"),
           "templates.new_template", ("Ctrl+Shift+N",)),
    Action("duplicate_template", "templates",
           QT_TRANSLATE_NOOP("MainWindow", "Vorlage &duplizieren …"),
           "templates.duplicate_template", ("Ctrl+D",)),
    Action("edit_template", "templates", QT_TRANSLATE_NOOP("MainWindow", "Vorlage &bearbeiten …"),
           "templates.edit_template", ("Ctrl+E",)),
    Action("import_template", "templates",
           QT_TRANSLATE_NOOP("MainWindow", "Vorlage &importieren …"),
           "templates.import_template", ("Ctrl+I",), separator_before=True),
    Action("export_template", "templates",
           QT_TRANSLATE_NOOP("MainWindow", "Vorlage e&xportieren …"),
           "templates.export_template", ("Ctrl+Shift+E",)),
    Action("delete_template", "templates", QT_TRANSLATE_NOOP("MainWindow", "Vorlage &löschen"),
           "templates.delete_template", ("Ctrl+Shift+Del",), separator_before=True),
    Action("view_templates", "view", QT_TRANSLATE_NOOP("MainWindow", "&Vorlagen"),
           "gallery.search.setFocus", ("Ctrl+1",)),
    Action("view_fields", "view", QT_TRANSLATE_NOOP("MainWindow", "&Felder"),
           "focus_fields", ("Ctrl+2",)),
    Action("view_text", "view", QT_TRANSLATE_NOOP("MainWindow", "&Text"),
           "editor.setFocus", ("Ctrl+3",)),
    Action("view_findings", "view", QT_TRANSLATE_NOOP("MainWindow", "&Hinweise"),
           "findings.tree.setFocus", ("Ctrl+4",)),
    Action("shortcuts", "help", QT_TRANSLATE_NOOP("MainWindow", "&Tastenkürzel …"),
           "dialogs.show_shortcuts", (_STD.HelpContents,)),
    Action("about", "help", QT_TRANSLATE_NOOP("MainWindow", "Ü&ber Knigge Desktop"),
           "dialogs.show_about", ("Shift+F1",)),
)  # fmt: skip


def _sequences(key: Key) -> list[QKeySequence]:
    if isinstance(key, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(key)  # every binding of a standard key
    return [QKeySequence(key)]


def handler_of(window: object, path: str) -> Callable[[], object]:
    """The callable an action's `handler` names, looked up on the window."""
    found = reduce(getattr, path.split("."), window)
    assert callable(found), path
    return found


class BuiltMenus:
    """What `build_menus` made: the menus by id, the actions by id, each action's handler."""

    def __init__(self) -> None:
        self.menus: dict[str, QMenu] = {}
        self.actions: dict[str, QAction] = {}
        self.submenus: dict[str, QMenu] = {}
        self.handlers: dict[QAction, Callable[[], object]] = {}

    def in_menu_order(self) -> list[tuple[str, QAction]]:
        """Every action with its menu's name, for the F1 list (submenus left out)."""
        return [
            (self.menus[spec.menu].title().replace("&", ""), self.actions[spec.id])
            for spec in ACTIONS
            if not spec.submenu
        ]


def build_menus(window: QMainWindow) -> BuiltMenus:
    built = BuiltMenus()
    bar = window.menuBar()
    for menu_id, title in MENUS.items():
        built.menus[menu_id] = bar.addMenu(QCoreApplication.translate("MainWindow", title))
    for spec in ACTIONS:
        menu = built.menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        label = QCoreApplication.translate("MainWindow", spec.label)
        handler = handler_of(window, spec.handler)
        if spec.submenu:
            submenu = menu.addMenu(label)
            submenu.aboutToShow.connect(handler)
            built.submenus[spec.id] = submenu
            continue
        act = QAction(label, window)
        act.setObjectName(f"action_{spec.id}")
        act.setShortcuts([s for key in spec.keys for s in _sequences(key)])
        # No argument reaches the handler: triggered(bool) would fill an optional one.
        act.triggered.connect(lambda _checked=False, run=handler: run())
        menu.addAction(act)
        built.actions[spec.id] = act
        built.handlers[act] = handler
    return built
