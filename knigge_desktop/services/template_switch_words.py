"""What the status bar says after the open draft took another template.

The status bar shares its row with the permanent widgets (Rückgängig, the grammar state,
the save state, the counts): at 1280 px about 650 px are left, some 90 characters. A
message cut there loses its end, which is where it says how to get the text back; so the
most telling wording that fits is chosen, shorter ones leaving out the template's title
(the gallery shows it) and then the field labels (the versions dialog has them).
tests/test_template_switch_message.py measures the real status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Characters that stay readable beside the permanent widgets at 1280 px (about 7 px a
# character in the status bar's font, 650 px free).
STATUS_CHARS = 90


def switch_message(title: str, left_behind: list[str], text_replaced: bool) -> str:
    """The message after switching to the template ``title``. ``left_behind``: the labels
    of filled fields it has no field for; ``text_replaced``: the user's own text (edited
    by hand) gave way to the new template's. Both come back only with Rückgängig (or from
    the versions), so the message says so, and is never cut before it does."""
    words = _SwitchWords()
    fields = ", ".join(f"„{label}“" for label in left_behind)
    if text_replaced and left_behind:
        candidates = words.replaced_and_left(len(left_behind))
    elif text_replaced:
        candidates = words.replaced()
    elif left_behind:
        candidates = words.left(len(left_behind))
    else:
        candidates = words.switched()
    worded = [wording.format(title=title, fields=fields) for wording in candidates]
    return next((message for message in worded if len(message) <= STATUS_CHARS), worded[-1])


class _SwitchWords(QObject):
    """Each case's wordings, most telling first. A QObject for its tr(): lupdate takes
    plural forms ("%n Angaben") only from self.tr calls."""

    def replaced_and_left(self, count: int) -> list[str]:
        return [
            self.tr(
                "Vorlage gewechselt: {title}. Ihr eigener Text ist ersetzt, {fields} ohne Feld; "
                "„Rückgängig“ holt alles zurück."
            ),
            self.tr(
                "Vorlage gewechselt: Ihr eigener Text ist ersetzt, {fields} ohne Feld; "
                "„Rückgängig“ holt alles zurück."
            ),
            self.tr(
                "Vorlage gewechselt: Ihr eigener Text ist ersetzt, %n Angaben ohne Feld; "
                "„Rückgängig“ holt alles zurück.",
                "",
                count,
            ),
        ]

    def replaced(self) -> list[str]:
        return [
            self.tr(
                "Vorlage gewechselt: {title}. Ihr eigener Text ist ersetzt; „Rückgängig“ holt "
                "ihn zurück."
            ),
            self.tr(
                "Vorlage gewechselt: Ihr eigener Text ist ersetzt; „Rückgängig“ holt ihn zurück."
            ),
        ]

    def left(self, count: int) -> list[str]:
        return [
            self.tr(
                "Vorlage gewechselt: {title}. Kein Feld für {fields}; „Rückgängig“ holt das zurück."
            ),
            self.tr("Vorlage gewechselt, ohne Feld für {fields}; „Rückgängig“ holt das zurück."),
            self.tr(
                "Vorlage gewechselt: %n Angaben ohne Feld; „Rückgängig“ holt sie zurück.", "", count
            ),
        ]

    def switched(self) -> list[str]:
        return [
            self.tr("Vorlage gewechselt: {title}. Strg+Z holt den vorigen Text zurück."),
            self.tr("Vorlage gewechselt. Strg+Z holt den vorigen Text zurück."),
        ]
