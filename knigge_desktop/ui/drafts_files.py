"""Drafts to and from a JSON file, asked for through the window's prompts: used by the
drafts dialog's buttons and by Datei → Entwürfe importieren / exportieren. Each returns
what to tell the user ("" when the user cancelled)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from knigge_desktop.services.drafts_service import DraftsService
from knigge_desktop.ui.busy import busy_cursor
from knigge_desktop.ui.prompts import prompts_of

EXPORT_NAME = "knigge-entwuerfe.json"


def import_drafts(widget: QWidget, service: DraftsService) -> str:
    path = prompts_of(widget).ask_open_path(
        QCoreApplication.translate("DraftsDialog", "Entwürfe importieren"),
        QCoreApplication.translate("DraftsDialog", "JSON-Dateien (*.json)"),
    )
    if not path:
        return ""
    with busy_cursor():  # 10,000 drafts take about two seconds
        return service.import_file(Path(path))


def export_drafts(widget: QWidget, service: DraftsService) -> str:
    path = prompts_of(widget).ask_save_path(
        QCoreApplication.translate("DraftsDialog", "Entwürfe exportieren"),
        EXPORT_NAME,
        QCoreApplication.translate("DraftsDialog", "JSON-Dateien (*.json)"),
    )
    if not path:
        return ""
    with busy_cursor():
        return service.export_file(Path(path))
