"""Composition root: builds the services and the main window, then runs Qt."""

from __future__ import annotations

import contextlib
import gc
import linecache
import sys
import time
from collections.abc import Callable

from knigge_desktop import APP_ID, __version__
from knigge_desktop.core.drafts import DraftStore, DraftStoreError
from knigge_desktop.core.drafts_recovery import open_or_recover, salvage
from knigge_desktop.core.folder_lock import FolderLock
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message, message_of
from knigge_desktop.core.paths import (
    REPLY_PANE_FILE,
    SIGNATURE_FILE,
    TEMPLATE_EDITOR_FILE,
    AppPaths,
)
from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.settings import Settings
from knigge_desktop.core.templates import FieldValue, LoadResult

# isort: split
# The pure-Python modules the window's modules use, loaded before Qt: PySide6's import hook
# reads the source of every module an import statement names once Qt is loaded (into
# linecache: ~0.15 ms and ~40 KB each) unless pyside_hook.py has answered for it, which it
# does for every module loaded before it (dataclasses, queue …) and for all of ours.
# bench_startup.py watches. (socket and signal are not among them: nothing before the
# first paint needs them.)
import queue  # noqa: F401
import traceback  # noqa: F401

import knigge_desktop.core.composer
import knigge_desktop.core.grammar.names
import knigge_desktop.core.platforms
import knigge_desktop.core.templates.cache
import knigge_desktop.core.textstats

# isort: split
import knigge_desktop.pyside_hook  # noqa: F401  # before the first Qt import (see there)

# isort: split
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from knigge_desktop.services.compose_session import FIRST_TEMPLATE, ComposeSession
from knigge_desktop.services.core_text import translated
from knigge_desktop.services.drafts_service import DraftsService
from knigge_desktop.services.etiquette_service import EtiquetteService
from knigge_desktop.services.grammar_service import GrammarService
from knigge_desktop.services.settings_service import SettingsService
from knigge_desktop.services.template_catalog import TemplateCatalog, load_shipped_and_own
from knigge_desktop.ui.i18n import apply_language, choose_language
from knigge_desktop.ui.main_window import MainWindow


def ensure_application() -> QApplication:
    """The QApplication, created if needed and set up once: names, icon, and German until
    the settings say otherwise (ui/i18n.py)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    if app.property("knigge_configured"):
        return app
    app.setProperty("knigge_configured", True)
    app.setApplicationName("Knigge Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("knigge-desktop")
    app.setDesktopFileName(APP_ID)
    # Up to 128 px until the window has painted (full_icon_after_first_paint): on X11 the
    # native window is created with the application's icon first, and decoding the 256 and
    # 512 px images for it cost every start ~8 ms.
    app.setWindowIcon(app_icon(largest=SMALL_ICONS))
    apply_language("de")  # until build_window knows the user's choice
    return app


def app_icon(largest: int | None = None) -> QIcon:
    """The app's icon in every size it ships (or those up to `largest` px); Qt picks the
    closest, at any screen scale. PNG files, not the SVG: the SVG icon engine would load
    QtSvg at start-up."""
    icon = QIcon()
    for path in sorted(resource_dir("icons").glob("knigge-desktop-*.png")):
        if largest is None or int(path.stem.rsplit("-", 1)[1]) <= largest:
            icon.addFile(str(path))
    return icon


def full_icon_after_first_paint(window: MainWindow) -> None:
    """The window maps with the application's icon, its sizes up to 128 px
    (ensure_application), and it and the application (whose icon later windows and dialogs
    take) get every size once it has painted: on X11 showing a window turns each size into
    its icon property, and the 256 and 512 px images cost ~8 ms and ~4 MB there
    (bench_startup.py). Taskbars and title bars use 16 to 64 px meanwhile. No icon of the
    window's own before: a second QIcon would be decoded and converted a second time."""

    def every_size() -> None:
        icon = app_icon()
        QApplication.setWindowIcon(icon)
        window.setWindowIcon(icon)

    window.editor.first_painted.connect(every_size)


SMALL_ICONS = 128


def load_all_templates(paths: AppPaths) -> LoadResult:
    return load_shipped_and_own(paths.user_templates_dir, "de")


def open_drafts(paths: AppPaths) -> tuple[DraftsService, str | None]:
    """The drafts service, and a message for the user if drafts cannot be kept on disk."""
    try:
        store, recovered = open_or_recover(paths.drafts_db)
        return DraftsService(store, data_folder=paths.data_dir), recovered
    except DraftStoreError as exc:
        message = Message(
            QT_TRANSLATE_NOOP(
                "core",
                "{reason}\n\nDie Datei bleibt unverändert. Bis zum nächsten Start werden "
                "Entwürfe nur im Arbeitsspeicher gehalten; kopieren Sie fertige Texte in die "
                "Zwischenablage.",
            ),
            reason=message_of(exc),
        )
        # The drafts stay reachable: what can be read is copied into memory (the file is
        # only read, through a copy).
        memory = DraftStore.in_memory()
        if paths.drafts_db.is_file():
            salvage(paths.drafts_db, memory)
        return DraftsService(memory, data_folder=paths.data_dir), message


def build_window(
    paths: AppPaths,
    new_template: str | None = None,
    values: dict[str, FieldValue] | None = None,
    received: str | None = None,
) -> MainWindow:
    """Everything the window needs, wired; the QApplication must exist already."""
    with contextlib.suppress(OSError):  # open_drafts reports an unusable folder
        paths.ensure()
    drafts, problem = open_drafts(paths)
    settings, settings_problem = Settings.load(paths.settings_file)
    language = choose_language(settings.get("language"))
    app = QApplication.instance()
    if app is None or app.property("knigge_language") != language:
        apply_language(language)
    catalog = TemplateCatalog.load(paths.user_templates_dir, language, paths.template_cache)
    options = SettingsService(settings)
    checks = EtiquetteService(options, language=language)
    grammar = GrammarService(options, paths.data_dir)
    session = ComposeSession(catalog, drafts, options, checks, grammar)
    window = MainWindow(session)
    for service in (drafts, options, checks, grammar, catalog, session):
        service.setParent(window)
    problems = [translated(p) for p in (problem, settings_problem) if p]  # now in its language
    if problems:
        window.startup_problem = "\n\n".join(problems)
    if received is not None:  # `new --reply-to FILE`: the reply, started and filled
        asked = {"received": received, "new_template": new_template, "values": values or {}}
        outcome = session.handle_request(asked)
        window.go_on_with(outcome)
        if not outcome.started:
            session.start_from_template(new_template or FIRST_TEMPLATE)  # under the dialog
    elif new_template is not None:
        window.session.start_from_template(new_template, values or {})
        # Once shown (the event loop runs): the user goes on in the first empty field.
        QTimer.singleShot(0, window, window.focus_first_empty_field)
    else:
        session.resume()
        # The app stopped (was killed) with unsaved text in a box that is no draft: offer it
        # again, in its box, once the window is up.
        if (paths.data_dir / REPLY_PANE_FILE).is_file():
            QTimer.singleShot(0, window, window.replies.reply_to_message)
        if (paths.data_dir / TEMPLATE_EDITOR_FILE).is_file():
            QTimer.singleShot(0, window, window.templates.new_template)
        if (paths.data_dir / SIGNATURE_FILE).is_file():
            QTimer.singleShot(0, window, window.dialogs.open_settings)
    return window


def collect_garbage_again() -> None:
    gc.enable()


HANDED_OVER = object()  # lock_data_folder's answer when the running window took the request
HAND_OVER_PATIENCE_S = 5.0  # a window started a moment ago listens after its first paint


def lock_data_folder(
    paths: AppPaths, hand_over: Callable[[], bool]
) -> FolderLock | _NoLock | object | None:
    """Take the data folder's lock before any database is opened (core/folder_lock.py).
    Held by another window: hand the request over, waiting while that window starts up;
    returns HANDED_OVER, or None if it never answers. A folder that cannot hold a lock
    file returns a stand-in: nothing can be written there, so nobody can overwrite."""
    deadline = time.monotonic() + HAND_OVER_PATIENCE_S
    while True:
        try:
            lock = FolderLock.acquire(paths.data_dir)
        except OSError:
            return _NoLock()
        if lock is not None:
            return lock
        if hand_over():
            return HANDED_OVER
        if time.monotonic() > deadline:
            return None
        time.sleep(0.2)


def close_on_signals_of(window: MainWindow) -> None:
    from knigge_desktop.services.quit_signals import close_on_signals

    close_on_signals(window)


class _NoLock:
    def release(self) -> None:
        pass


def run(
    paths: AppPaths,
    new_template: str | None = None,
    values: dict[str, FieldValue] | None = None,
    received: str | None = None,
) -> int:
    from knigge_desktop.services.single_instance import InstanceServer, hand_over, socket_name

    # The sources PySide6's import hook read (see the imports above): nothing needs them
    # until a traceback, which reads its lines anew. Freed here, the window reuses the memory.
    linecache.clearcache()
    app = ensure_application()
    name = socket_name(paths.data_dir)
    request: dict[str, object] = {"new_template": new_template, "values": values or {}}
    if received is not None:  # no more than a draft keeps; the request has a size limit
        from knigge_desktop.services.single_instance import MAX_RECEIVED

        request["received"] = received[:MAX_RECEIVED]
    lock = lock_data_folder(paths, lambda: hand_over(name, request))
    if lock is HANDED_OVER:
        print("Knigge Desktop läuft schon; die Anfrage ist im offenen Fenster.", file=sys.stderr)
        return 0
    if lock is None:
        print(
            f"Knigge Desktop: Ein anderes Fenster hat den Datenordner {paths.data_dir} schon "
            "geöffnet und nimmt keine Anfrage an. Schließen Sie es oder wechseln Sie dorthin.",
            file=sys.stderr,
        )
        return 1
    assert isinstance(lock, FolderLock | _NoLock)
    window = build_window(paths, new_template, values, received)

    def listen_for_second_starts() -> None:  # after the first paint: QtNetwork costs ~15 ms
        instance = InstanceServer(name, window)
        instance.request_received.connect(window.handle_request)

    # SIGTERM and SIGINT close the window as the user would, from the first paint on (before
    # it nobody can have typed anything; socket and signal cost ~2 ms). Before the instance
    # socket opens: whoever sees the socket may expect a signal to be answered.
    window.editor.first_painted.connect(lambda: close_on_signals_of(window))
    window.editor.first_painted.connect(listen_for_second_starts)
    # The garbage collector, off since cli._launch_window, on again; a window that never
    # paints (started hidden) gets it back after two seconds.
    window.editor.first_painted.connect(collect_garbage_again)
    QTimer.singleShot(2000, window, collect_garbage_again)
    window.editor.first_painted.connect(window.dialogs.offer_welcome)  # the first start only
    full_icon_after_first_paint(window)
    window.show()
    from knigge_desktop.ui.error_hook import ErrorHook

    # An exception in a slot: logged, the user told in plain words, the window goes on.
    ErrorHook(paths.data_dir / "fehler.log", window.show_internal_error).install()
    if window.startup_problem:
        # Inside the event loop, not before it: a signal (logout, kill) can then end the
        # app even while this message is up.
        problem = window.startup_problem
        QTimer.singleShot(0, window, lambda: window.prompts.show_problem("Knigge Desktop", problem))
    try:
        return app.exec()
    finally:
        lock.release()  # only now may another window have the data folder
