"""The window's language: German (the source language of every string) or English, from
Qt's own translation system. The English catalogue is resources/i18n/knigge_desktop_en.qm,
built from the .ts file by scripts/update_translations.py (pyside6-lupdate/-lrelease).

Strings are marked with self.tr() in widgets, and with QT_TRANSLATE_NOOP where they are
defined outside a widget (core/vocabulary.py; translate them with `vocabulary()` here).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.vocabulary import QT_TRANSLATE_NOOP

# Each language under its own name, so anyone finds theirs; "" follows the system.
LANGUAGES = {"": QT_TRANSLATE_NOOP("i18n", "wie das System"), "de": "Deutsch", "en": "English"}
CATALOGUE = "knigge_desktop_en"
# German is the source language; its catalogue holds only the plural forms ("%n Entwürfe").
GERMAN_PLURALS = "knigge_desktop_de"


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """'de' or 'en': the setting if it names one, else the system's language when it is
    English; German otherwise (the app's default, and the language of its messages)."""
    if setting in ("de", "en"):
        return setting
    system = system or QLocale.system()
    return "en" if system.language() == QLocale.Language.English else "de"


def apply_language(language: str) -> str:
    """Install the translators for `language` on the running app (before windows are
    built; a switch takes effect at the next start). Returns the language in effect."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for old in app.findChildren(QTranslator, "knigge_translator"):
        app.removeTranslator(old)
        old.deleteLater()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        catalogues = [(CATALOGUE, str(resource_dir("i18n")))]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        # Ja/Nein, Abbrechen in Qt's own dialogs; "1 Entwurf", not "1 Entwürfe".
        catalogues = [("qtbase_de", qt_folder), (GERMAN_PLURALS, str(resource_dir("i18n")))]
    for name, folder in catalogues:
        translator = QTranslator(app)
        translator.setObjectName("knigge_translator")
        if translator.load(name, folder):
            app.installTranslator(translator)
    app.setProperty("knigge_language", language)
    return language


def vocabulary(label: str) -> str:
    """A label from core/vocabulary.py in the window's language."""
    return QCoreApplication.translate("vocabulary", label)
