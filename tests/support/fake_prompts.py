"""A stand-in for ui.prompts.Prompts: answers from a queue, records every question.

Like the real dialogs it answers "cancelled" when nobody says otherwise (the last button,
an empty path, no text), so a test that did not expect a question sees the cautious path.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from knigge_desktop.core.composer import CopyCheck
from knigge_desktop.ui.prompts import Prompts


@dataclass
class Asked:
    kind: str
    title: str
    text: str
    buttons: tuple[str, ...] = ()


@dataclass
class FakePrompts(Prompts):
    answers: list[object] = field(default_factory=list)
    asked: list[Asked] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._parent = None  # type: ignore[assignment]  # never shows a widget

    def answer(self, *values: object) -> FakePrompts:
        """Queue answers, used in order by the next questions of any kind."""
        self.answers.extend(values)
        return self

    def _next(self, default: object) -> object:
        return self.answers.pop(0) if self.answers else default

    def choose(self, title: str, text: str, buttons: Sequence[str], default: int = 0) -> int:
        self.asked.append(Asked("choose", title, text, tuple(buttons)))
        answer = self._next(len(buttons) - 1)
        if isinstance(answer, str):  # a button's label
            return list(buttons).index(answer)
        assert isinstance(answer, int) and 0 <= answer < len(buttons), answer
        return answer

    def confirm(self, title: str, question: str, yes: str, no: str) -> bool:
        return self.choose(title, question, [yes, no]) == 0

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        self.asked.append(Asked("text", title, label))
        answer = self._next(None)
        assert answer is None or isinstance(answer, str), answer
        return answer

    def _path(self, kind: str, title: str) -> str:
        self.asked.append(Asked(kind, title, ""))
        answer = self._next("")
        return str(answer)

    def ask_open_path(self, title: str, filter_text: str) -> str:
        return self._path("open", title)

    def ask_save_path(self, title: str, suggested: str, filter_text: str) -> str:
        return self._path("save", title)

    def ask_folder(self, title: str) -> str:
        return self._path("folder", title)

    def show_problem(self, title: str, message: str) -> None:
        self.asked.append(Asked("problem", title, message))

    def ask_copy_anyway(self, check: CopyCheck) -> bool:
        """Answers with a queued bool; unasked, it keeps the text (as "Zurück zum Text")."""
        points = (*check.missing_fields, *check.placeholders, *check.open_findings)
        self.asked.append(Asked("copy", "Noch nicht fertig", "\n".join(points)))
        answer = self._next(False)
        assert isinstance(answer, bool), answer
        return answer

    def of_kind(self, kind: str) -> list[Asked]:
        return [a for a in self.asked if a.kind == kind]
