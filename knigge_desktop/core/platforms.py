"""Length limits of XING, LinkedIn and e-mail per message kind (resources/platforms.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache

from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.vocabulary import Kind, Platform


@dataclass(frozen=True)
class Limit:
    limit: int
    unit: str  # "characters" or "utf16"
    source: str
    checked: date | None
    verified: bool

    def length(self, text: str) -> int:
        if self.unit == "utf16":
            return len(text.encode("utf-16-le")) // 2
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
