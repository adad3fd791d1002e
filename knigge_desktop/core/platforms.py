"""Length limits of XING, LinkedIn and e-mail per message kind (resources/platforms.toml)."""

from __future__ import annotations

import tomllib
from datetime import date
from enum import StrEnum
from functools import cache
from typing import NamedTuple

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


@cache
def platform_limits() -> dict[tuple[Platform, Kind], Limit]:
    data = tomllib.loads(resource_dir("platforms.toml").read_text(encoding="utf-8"))
    limits = {}
    for platform, kinds in data.items():
        for kind, entry in kinds.items():
            checked = entry.get("checked")
            limits[(Platform(platform), Kind(kind))] = Limit(
                limit=int(entry["limit"]),
                unit=str(entry.get("unit", "characters")),
                source=str(entry["source"]),
                checked=checked if isinstance(checked, date) else None,
                verified=bool(entry.get("verified", False)),
            )
    return limits


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
