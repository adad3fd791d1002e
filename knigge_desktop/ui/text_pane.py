"""The right-hand pane: platform, the message editor, copy, and the findings below it."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.vocabulary import PLATFORM_LABELS, QT_TRANSLATE_NOOP, Platform
from knigge_desktop.ui.findings_panel import FindingsPanel
from knigge_desktop.ui.i18n import vocabulary
from knigge_desktop.ui.limit_meter import LimitMeter
from knigge_desktop.ui.long_lines import LONG_LINE
from knigge_desktop.ui.message_editor import MessageEditor
from knigge_desktop.ui.theme import BANNER, BUTTON_FOCUS_RING, FOCUS_RING, follow_palette, pick

COPY_LABEL = QT_TRANSLATE_NOOP("TextPane", "In die &Zwischenablage kopieren")


class TextPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Plattform"))
        self.platform.setToolTip(
            self.tr("Wo die Nachricht hingeht; die Prüfung kennt deren Grenzen.")
        )
        self.platform.setMinimumWidth(120)
        self.platform.addItem(self.tr("Plattform offen"), "")
        for platform, label in PLATFORM_LABELS.items():
            self.platform.addItem(vocabulary(label), platform.value)
        platform_label = QLabel(self.tr("&Plattform:"))
        platform_label.setBuddy(self.platform)
        self.limit_meter = LimitMeter()

        self.editor = MessageEditor()
        self.editor.setObjectName("editor")
        self.editor.setAccessibleName(self.tr("Nachrichtentext"))
        self.editor.setTabChangesFocus(True)
        font = self.editor.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.editor.setFont(font)

        # Why the text no longer wraps: else it looks like a fault of the window.
        self.wrap_note = QLabel()
        self.wrap_note.setObjectName("wrap_note")
        self.wrap_note.setWordWrap(True)
        self.wrap_note.hide()
        self.editor.wrapping_changed.connect(self._show_wrap_note)

        self.edited_banner = QFrame()
        self.edited_banner.setObjectName("edited_banner")
        self.edited_banner.setStyleSheet(pick(BANNER, self))
        banner_text = QLabel(
            self.tr(
                "Sie haben den Text von Hand geändert. Änderungen in den Feldern werden "
                "deshalb nicht übernommen."
            ),
            wordWrap=True,
        )
        self.regenerate_button = QPushButton(self.tr("Text aus Feldern &neu erzeugen"))
        self.regenerate_button.setToolTip(
            self.tr("Ersetzt Ihren Text; mit Strg+Z rückgängig zu machen.")
        )
        banner_layout = QHBoxLayout(self.edited_banner)
        banner_layout.addWidget(banner_text, 1)
        banner_layout.addWidget(self.regenerate_button)
        self.edited_banner.hide()

        self.copy_button = QPushButton(self.tr(COPY_LABEL))
        # The key as the menu spells it (Qt's native text), so tooltip and menu agree.
        copy_keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.copy_button.setToolTip(
            self.tr("Fertigen Text kopieren ({keys})").format(keys=copy_keys)
        )
        self.copy_button.setDefault(True)
        self.copy_button.setObjectName("copy_button")
        self.copy_button.setStyleSheet(BUTTON_FOCUS_RING)
        self.editor.setStyleSheet(FOCUS_RING)

        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("<b>Nachricht</b>")))
        header.addStretch(1)
        header.addWidget(self.limit_meter)
        header.addSpacing(12)
        header.addWidget(platform_label)
        header.addWidget(self.platform)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        writing = QWidget()
        writing_layout = QVBoxLayout(writing)
        writing_layout.setContentsMargins(0, 0, 0, 0)
        writing_layout.addLayout(header)
        writing_layout.addWidget(self.edited_banner)
        writing_layout.addWidget(self.editor, 1)
        writing_layout.addWidget(self.wrap_note)
        writing_layout.addLayout(copy_row)

        self.findings = FindingsPanel()
        # A plain layout, not a vertical QSplitter: Qt.Orientation.Vertical would be the
        # start-up path's first touch of the Qt namespace (~20 ms, bench_startup.py).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The text gets the room; the findings keep enough for a few rows and their buttons.
        layout.addWidget(writing, 3)
        layout.addWidget(self.findings, 1)
        self.findings.setMinimumHeight(170)

        # Once on screen (ui/theme.py says why not before).
        self.editor.first_painted.connect(lambda: follow_palette(self, self._recolour))

    def _show_wrap_note(self, wraps: bool) -> None:
        if not wraps:
            from PySide6.QtCore import QLocale  # only for this note: not at start-up

            self.wrap_note.setText(
                self.tr(
                    "Eine Zeile ist länger als {n} Zeichen: Der Zeilenumbruch ist aus, bis "
                    "sie kürzer ist."
                ).format(n=QLocale().toString(LONG_LINE))
            )
        self.wrap_note.setVisible(not wraps)

    def _recolour(self) -> None:
        self.edited_banner.setStyleSheet(pick(BANNER, self))
        self.limit_meter.refresh()

    def chosen_platform(self) -> Platform | None:
        value = self.platform.currentData()
        return Platform(value) if value else None

    def show_platform(self, platform: Platform | None) -> None:
        self.platform.blockSignals(True)
        self.platform.setCurrentIndex(
            max(0, self.platform.findData(platform.value if platform else ""))
        )
        self.platform.blockSignals(False)
