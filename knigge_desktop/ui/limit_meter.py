"""The live length counter above the editor: the text against the chosen platform's limit
for this kind of message, amber near it and red over it (resources/platforms.toml)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from knigge_desktop.core.platforms import LimitLevel, LimitStatus
from knigge_desktop.core.vocabulary import PLATFORM_LABELS, Platform

# (light palette, dark palette): readable on either background.
COLORS = {
    LimitLevel.NEAR: ("#9a5b00", "#ffb74d"),
    LimitLevel.OVER: ("#b00020", "#ff6e6e"),
}


def german_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class LimitMeter(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("limit_meter")
        self.setAccessibleName("Länge der Nachricht")
        self.level = LimitLevel.NONE

    def show_status(self, status: LimitStatus, platform: Platform | None, kind_label: str) -> None:
        self.level = status.level
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
        if colors is None:
            self.setStyleSheet("")
            return
        dark = self.palette().window().color().lightness() < 128
        weight = "bold" if status.level is LimitLevel.OVER else "normal"
        self.setStyleSheet(f"color: {colors[1] if dark else colors[0]}; font-weight: {weight};")
