"""Render the README's and the AppStream metainfo's screenshots from the real window.

    python scripts/screenshots.py [FOLDER]          # default: docs/screenshots

Runs on any Qt platform: on a desktop, under Xvfb (DISPLAY=:99 QT_QPA_PLATFORM=xcb), or
offscreen (QT_QPA_PLATFORM=offscreen). Each picture starts from a fresh data folder, so
nothing of the user's shows. Writes:

    composer.png   a first-contact message with two slips underlined and explained
    limit.png      a LinkedIn contact-request note over its 300 characters
    dark.png       the same window on a dark palette (as on a dark desktop)
    welcome.png    the welcome at the first start
    english.png    the composer with the window in English
    reply-paste.png  Datei → Auf Nachricht antworten: a pasted contact request, what was
                   read, and the fitting templates
    reply.png      the reply one click later: fields filled, the request above them
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from knigge_desktop.app import build_window, ensure_application, load_all_templates
from knigge_desktop.core.paths import resolve_paths
from knigge_desktop.core.settings import Settings
from knigge_desktop.ui.i18n import apply_language
from knigge_desktop.ui.main_window import MainWindow

SIZE = (1280, 800)
# Two typical slips, so the picture shows the live checks at work.
SLIPS = {"request": "Hätten sie in den nächsten Wochen Zeit für ein Telefonat von 20 Minuten?!"}
LONG_NOTE = (
    "Sehr geehrter Herr Albrecht,\n\nwir haben uns gestern auf der LogiMAT am Stand von "
    "Becker Transport kurz über Lagerlogistik unterhalten. Ihr Vortrag über fahrerlose "
    "Transportsysteme hat mich sehr beeindruckt, und ich würde gern mehr darüber erfahren, "
    "wie Sie die Umstellung in Ihrem Lager geplant und umgesetzt haben.\n\nViele Grüße\n"
    "Jonas Becker"
)


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):  # layouts settle and paint; the checks run after the first paint
        app.processEvents()


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2b2d30", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#1e1f22", QPalette.ColorRole.AlternateBase: "#2b2d30",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#3c3f41",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#3c3f41",
        QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    }  # fmt: skip
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    return palette


def composer(app: QApplication, data_dir: str) -> MainWindow:
    paths = resolve_paths(data_dir)
    template = load_all_templates(paths).get("first_contact_formal")
    assert template is not None
    values = {**template.example_values(), **SLIPS}
    window = build_window(paths, new_template=template.id, values=values)
    show(app, window)
    window.session.checks.flush()
    window.findings.tree.setCurrentItem(window.findings.items()[0])
    return window


def limit(app: QApplication, data_dir: str) -> MainWindow:
    paths = resolve_paths(data_dir)
    values = {"recipient_gender": "herr", "recipient_last_name": "Albrecht"}
    window = build_window(paths, new_template="contact_request_formal", values=values)
    show(app, window)
    pane = window.text_pane
    pane.platform.setCurrentIndex(pane.platform.findData("linkedin"))
    window.editor.setPlainText(LONG_NOTE)
    window.session.checks.flush()
    return window


def dark(app: QApplication, data_dir: str) -> MainWindow:
    app.setPalette(dark_palette())
    return composer(app, data_dir)


def welcome(app: QApplication, data_dir: str) -> QWidget:
    window = build_window(resolve_paths(data_dir), new_template="first_contact_formal")
    show(app, window)
    dialog = window.dialogs.offer_welcome()
    assert dialog is not None
    settle(app)
    return window  # the dialog is drawn over it below


def english(app: QApplication, data_dir: str) -> MainWindow:
    paths = resolve_paths(data_dir)
    settings = Settings(paths.settings_file)
    settings.set("language", "en")
    settings.save()
    return composer(app, data_dir)


RECEIVED = (
    "Anna Wagner möchte sich mit Ihnen vernetzen.\n\n"
    "Guten Tag Herr Becker, wir haben uns auf der LogiMAT am Stand von Becker Transport "
    "kurz unterhalten. Ich würde mich freuen, wenn wir in Kontakt bleiben. Haben Sie Ihre "
    "Folien zum Vortrag über fahrerlose Transportsysteme online gestellt?\n\n"
    "Viele Grüße\nAnna Wagner"
)
REPLY_VALUES = {
    "sender_name": "Jonas Becker",
    "subject": "und Ihre Kontaktanfrage, die ich gern annehme",
    "answer": "Die Folien schicke ich Ihnen gleich per Nachricht; das Gespräch am Stand habe "
    "ich in guter Erinnerung.",
}


def reply_paste(app: QApplication, data_dir: str) -> MainWindow:
    window = build_window(resolve_paths(data_dir), new_template="first_contact_formal")
    show(app, window)
    dialog = window.replies.reply_to_message(text=RECEIVED)
    window.session.reply.wait()
    settle(app)
    dialog.paste.moveCursor(dialog.paste.textCursor().MoveOperation.End)
    return window  # the dialog is drawn over it below


def reply(app: QApplication, data_dir: str) -> MainWindow:
    paths = resolve_paths(data_dir)
    window = build_window(
        paths, new_template="reply_formal", values=REPLY_VALUES, received=RECEIVED
    )
    show(app, window)
    window.session.checks.flush()
    return window


def show(app: QApplication, window: QWidget) -> None:
    window.resize(*SIZE)
    window.show()
    settle(app)


SHOTS: dict[str, Callable[[QApplication, str], QWidget]] = {
    "composer": composer,
    "limit": limit,
    "dark": dark,
    "welcome": welcome,
    "english": english,
    "reply-paste": reply_paste,
    "reply": reply,
}


def grab(app: QApplication, window: QWidget) -> "QPixmap":  # noqa: F821, UP037
    settle(app, 5)
    picture = window.grab()
    dialogs = (
        (window.dialogs.welcome_dialog, window.replies.dialog)
        if isinstance(window, MainWindow)
        else ()
    )
    dialog = next((d for d in dialogs if d is not None and d.isVisible()), None)
    if dialog is not None:  # a dialog is a window of its own
        from PySide6.QtGui import QPainter

        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
        shot = dialog.grab()
        painter.drawPixmap(
            (picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 3, shot
        )
        painter.end()
    return picture


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    light = app.palette()
    for name, make in SHOTS.items():
        with tempfile.TemporaryDirectory() as data_dir:
            app.setPalette(light)
            window = make(app, data_dir)
            target = folder / f"{name}.png"
            if not grab(app, window).save(str(target)):
                raise SystemExit(f"could not write {target}")
            window.close()
            apply_language("de")
            settle(app, 5)
            print(target)
    app.setPalette(light)


if __name__ == "__main__":
    main()
