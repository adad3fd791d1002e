"""What a reader could use, and what it could not: the one result of every loader that
skips a bad part and goes on (templates and rules from their files, the drafts of an
export). `items` are what can be used, in order; `problems` say what was skipped and why,
in German (a FileError names file and line, a skipped draft its number)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

Item = TypeVar("Item")
Problem = TypeVar("Problem")


class _Named(Protocol):
    @property
    def id(self) -> str: ...


NamedItem = TypeVar("NamedItem", bound=_Named)


@dataclass
class Loaded(Generic[Item, Problem]):
    items: list[Item] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def get(self: Loaded[NamedItem, Problem], item_id: str) -> NamedItem | None:
        """The item with this id (a template, a rule), or None."""
        return next((item for item in self.items if item.id == item_id), None)
