"""The live length counter above the editor: the text against the chosen platform's limit
for this kind of message, amber near it and red over it (resources/platforms.toml)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWidget

from knigge_desktop.core.platforms import LimitLevel, LimitStatus
from knigge_desktop.core.vocabulary import PLATFORM_LABELS, Platform
from knigge_desktop.ui.i18n import vocabulary
from knigge_desktop.ui.theme import ERROR_TEXT, WARNING_TEXT, pick

COLORS = {LimitLevel.NEAR: WARNING_TEXT, LimitLevel.OVER: ERROR_TEXT}


class LimitMeter(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("limit_meter")
        self.setAccessibleName(self.tr("Länge der Nachricht"))
        self.level = LimitLevel.NONE
        self._shown: tuple[LimitStatus, Platform | None, str] | None = None

    def refresh(self) -> None:
        """Show the last status again, in the colours of the current palette."""
        if self._shown:
            self.show_status(*self._shown)

    def show_status(self, status: LimitStatus, platform: Platform | None, kind_label: str) -> None:
        self.level = status.level
        self._shown = (status, platform, kind_label)
        number = QLocale().toString  # 1.234 in German, 1,234 in English
        length = number(status.length)
        if status.limit is None:
            where = (
                vocabulary(PLATFORM_LABELS[platform])
                if platform
                else self.tr("keine Plattform gewählt")
            )
            self.setText(self.tr("{length} Zeichen").format(length=length))
            self.setToolTip(
                self.tr("{where}: keine bekannte Längengrenze für diese Nachricht.").format(
                    where=where
                )
            )
        else:
            name = vocabulary(PLATFORM_LABELS[platform]) if platform else ""
            self.setText(f"{length} / {number(status.limit)}")
            remaining = status.limit - status.length
            if remaining >= 0:
                rest = self.tr("noch {n} Zeichen frei").format(n=number(remaining))
            else:
                rest = self.tr("{n} Zeichen zu lang").format(n=number(-remaining))
            self.setToolTip(
                self.tr(
                    "{platform} erlaubt für „{kind}“ {limit} Zeichen; {rest}. "
                    "Emoji zählen dort meist doppelt."
                ).format(platform=name, kind=kind_label, limit=number(status.limit), rest=rest)
            )
        colors = COLORS.get(status.level)
        style = ""
        if colors is not None:
            weight = "bold" if status.level is LimitLevel.OVER else "normal"
            style = f"color: {pick(colors, self)}; font-weight: {weight};"
        # Only on a change: each new style sheet costs a re-polish.
        if style != self.styleSheet():
            self.setStyleSheet(style)
