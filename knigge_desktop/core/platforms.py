"""Length limits of XING, LinkedIn and e-mail per message kind (resources/platforms.toml).

The window's start reads them from the template cache (core/templates/cache.py keeps the
table, `use_kept_table`): parsing the file would load tomllib, ~2 ms of every start."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any, NamedTuple

from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.textspan import utf16_length
from knigge_desktop.core.vocabulary import Kind, Platform


class Limit(NamedTuple):  # not a dataclass: this module is on the start-up path
    limit: int
    unit: str  # "characters" or "utf16"
    source: str
    checked: date | None
    verified: bool

    def length(self, text: str) -> int:
        if self.unit == "utf16":
            return utf16_length(text)
        return len(text)


_kept: list[dict[str, Any]] = []  # the table from the template cache, if it had one


@cache
def platform_limits() -> dict[tuple[Platform, Kind], Limit]:
    return limits_of(_kept[0] if _kept else platform_table())


def platform_table() -> dict[str, Any]:
    """platforms.toml as JSON would hold it: the dates as ISO text."""
    import tomllib

    data = tomllib.loads(resource_dir("platforms.toml").read_text(encoding="utf-8"))
    return {
        platform: {
            kind: {k: v.isoformat() if isinstance(v, date) else v for k, v in entry.items()}
            for kind, entry in kinds.items()
        }
        for platform, kinds in data.items()
    }


def limits_of(table: dict[str, Any]) -> dict[tuple[Platform, Kind], Limit]:
    """The limits in `table` (platform_table's form); ValueError, TypeError or KeyError
    for anything else."""
    limits = {}
    for name, kinds in table.items():
        platform = Platform(name)
        for kind, entry in kinds.items():
            checked = entry.get("checked")
            limits[(platform, Kind(kind))] = Limit(
                limit=int(entry["limit"]),
                unit=str(entry.get("unit", "characters")),
                source=str(entry["source"]),
                checked=date.fromisoformat(checked) if isinstance(checked, str) else None,
                verified=bool(entry.get("verified", False)),
            )
    return limits


def use_kept_table(table: dict[str, Any]) -> None:
    """The table the template cache kept, valid for platforms.toml as it is now (its key
    covers the file): read instead of the file."""
    limits_of(table)  # a table the model refuses raises here, before it is used
    _kept[:] = [table]


def limit_for(platform: Platform | None, kind: Kind | None) -> Limit | None:
    if platform is None or kind is None:
        return None
    return platform_limits().get((platform, kind))


NEAR_SHARE = 0.9  # from 90 % of a limit on, the counter warns


class LimitLevel(StrEnum):
    NONE = "none"  # no platform chosen, or no known limit for this kind there
    OK = "ok"
    NEAR = "near"
    OVER = "over"


class LimitStatus(NamedTuple):
    length: int  # counted as the platform counts (Limit.unit); code points without a limit
    limit: int | None
    level: LimitLevel


def limit_status(text: str, platform: Platform | None, kind: Kind | None) -> LimitStatus:
    """How long the text is against the platform's limit for this kind of message."""
    found = limit_for(platform, kind)
    if found is None:
        return LimitStatus(len(text), None, LimitLevel.NONE)
    length = found.length(text)
    if length > found.limit:
        level = LimitLevel.OVER
    elif length >= found.limit * NEAR_SHARE:
        level = LimitLevel.NEAR
    else:
        level = LimitLevel.OK
    return LimitStatus(length, found.limit, level)
