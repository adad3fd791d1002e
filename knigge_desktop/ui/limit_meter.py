"""The live length counter above the editor: the text against the chosen platform's limit
for this kind of message, amber near it and red over it (resources/platforms.toml)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from knigge_desktop.core.platforms import LimitLevel, LimitStatus
from knigge_desktop.core.vocabulary import PLATFORM_LABELS, Platform
from knigge_desktop.ui.theme import ERROR_TEXT, WARNING_TEXT, pick

COLORS = {LimitLevel.NEAR: WARNING_TEXT, LimitLevel.OVER: ERROR_TEXT}


def german_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class LimitMeter(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("limit_meter")
        self.setAccessibleName("Länge der Nachricht")
        self.level = LimitLevel.NONE
        self._shown: tuple[LimitStatus, Platform | None, str] | None = None

    def refresh(self) -> None:
        """Show the last status again, in the colours of the current palette."""
        if self._shown:
            self.show_status(*self._shown)

    def show_status(self, status: LimitStatus, platform: Platform | None, kind_label: str) -> None:
        self.level = status.level
        self._shown = (status, platform, kind_label)
        length = german_number(status.length)
        if status.limit is None:
            where = PLATFORM_LABELS[platform] if platform else "keine Plattform gewählt"
            self.setText(f"{length} Zeichen")
            self.setToolTip(f"{where}: keine bekannte Längengrenze für diese Nachricht.")
        else:
            name = PLATFORM_LABELS[platform] if platform else ""
            self.setText(f"{length} / {german_number(status.limit)}")
            remaining = status.limit - status.length
            if remaining >= 0:
                rest = f"noch {german_number(remaining)} Zeichen frei"
            else:
                rest = f"{german_number(-remaining)} Zeichen zu lang"
            self.setToolTip(
                f"{name} erlaubt für „{kind_label}“ {german_number(status.limit)} Zeichen; "
                f"{rest}. Emoji zählen dort meist doppelt."
            )
        colors = COLORS.get(status.level)
        style = ""
        if colors is not None:
            weight = "bold" if status.level is LimitLevel.OVER else "normal"
            style = f"color: {pick(colors, self)}; font-weight: {weight};"
        # Only on a change: each new style sheet costs a re-polish.
        if style != self.styleSheet():
            self.setStyleSheet(style)
