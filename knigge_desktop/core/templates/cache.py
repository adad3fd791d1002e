"""The parsed templates kept between starts, so the window need not parse and check every
TOML file again (about 15 ms of a start that is otherwise 0.2 s, benchmarks/bench_startup.py).

The cache is only a copy: it is used while every file it was made from still has the size
and modification time it had then (like Python's own bytecode cache), and anything unusable
about it – another key, a damaged file, a value the model would not take – means parsing the
files as if there were no cache. Its key covers the template folders (which files, their
sizes and times), the field groups, and the modules that turn a file into a Template, so a
new version of the parser never reads an old parse. Files changed in the last two seconds
are not cached: on file systems with coarse time stamps a second change within the same
tick would go unseen. Loads with errors are not cached either, so a broken own template is
reported at every start. The file starts with a checksum of the rest; a torn or damaged
file fails that test. It keeps the platforms' length limits too (resources/platforms.toml,
in the key as well), which the limit meter shows at once (core/platforms.py).
"""

from __future__ import annotations

import json
import time
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from knigge_desktop import __version__
from knigge_desktop.core import greeting, platforms, vocabulary
from knigge_desktop.core.datafile import Invalid, read_bytes
from knigge_desktop.core.greeting import GreetingStyle
from knigge_desktop.core.private_file import write_private
from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.templates.loader import LoadResult, load_templates
from knigge_desktop.core.templates.model import Choice, Field, FieldType, Template
from knigge_desktop.core.vocabulary import Kind, Platform, ReceivedKind, Situation, Tone

FORMAT = 2  # raise when the file's layout changes
# Own templates of 3 KB each: a thousand of them parse to about 2 MB of JSON.
MAX_CACHE_BYTES = 16 * 1024 * 1024
RACY_NS = 2_000_000_000  # files changed this recently are read, not cached

Converters = dict[str, Callable[[Any], Any]]


class Pending(NamedTuple):
    """A fresh load worth keeping: written by `store` once the window has painted."""

    path: Path
    key: list[Any]
    result: LoadResult


def load_with_cache(folders: Sequence[Path], cache_file: Path) -> tuple[LoadResult, Pending | None]:
    """The templates in `folders` (as load_templates reads them), from the cache when it
    still fits; else parsed, with what `store` should keep (None when nothing should)."""
    key, racy = _key(folders)
    cached = _read(cache_file, key)
    if cached is not None:
        return cached, None
    result = load_templates(folders)
    keep = not racy and not result.problems
    return result, Pending(cache_file, key, result) if keep else None


def store(pending: Pending) -> None:
    """Write the cache; OSError when the folder will not take it (the caller goes on
    without one). Not synced to disk: a cache lost in a crash is only parsed again."""
    # Each field once: the field groups' fields (recipient, sender) stand in most templates,
    # and sharing them, as the parser does, keeps the file and the memory small.
    fields: dict[Field, int] = {}
    templates = []
    for template in pending.result.items:
        row = _plain(template)
        row["fields"] = [fields.setdefault(f, len(fields)) for f in template.fields]
        templates.append(row)
    content = {
        "key": pending.key,
        "fields": [_plain(f) for f in fields],
        "templates": templates,
        "platforms": platforms.platform_table(),
    }
    payload = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    write_private(pending.path, _checksum(payload) + b"\n" + payload, durable=False)


# -- the key ----------------------------------------------------------------------------


def _code_files() -> list[Path]:
    """The modules whose change may change what a file parses to."""
    here = Path(__file__).parent
    return [
        *sorted(here.glob("*.py")),
        Path(vocabulary.__file__),
        Path(greeting.__file__),
        Path(platforms.__file__),
    ]


def _key(folders: Iterable[Path]) -> tuple[list[Any], bool]:
    """What the cache must match, and whether a file changed too recently to trust it."""
    stamps: list[Any] = [FORMAT, __version__, *map(_stamp, _code_files())]
    # platforms.toml: its table is kept here too (core/platforms.py), for the limit meter.
    data_files = [resource_dir("field_groups.toml"), resource_dir("platforms.toml")]
    for folder in folders:
        files = sorted(folder.glob("*.toml")) if folder.is_dir() else []
        stamps.append([str(folder), len(files)])
        data_files += files
    data_stamps = [_stamp(path) for path in data_files]
    stamps += data_stamps
    # Only the data: the code changes with an install, not while a user edits templates.
    newest = max((stamp[2] for stamp in data_stamps if len(stamp) == 3), default=0)
    return stamps, newest > time.time_ns() - RACY_NS


def _checksum(payload: bytes) -> bytes:
    """CRC-32: enough to catch a torn or damaged file; hashlib would load OpenSSL, a few
    MB more at every start."""
    return b"%08x" % zlib.crc32(payload)


def _stamp(path: Path) -> list[Any]:
    try:
        info = path.stat()
    except OSError:
        return [str(path)]
    return [str(path), info.st_size, info.st_mtime_ns]


# -- reading ----------------------------------------------------------------------------


def _read(cache_file: Path, key: list[Any]) -> LoadResult | None:
    try:
        data = read_bytes(cache_file, MAX_CACHE_BYTES)
    except Invalid:  # none yet, or unreadable
        return None
    checksum, _, payload = data.partition(b"\n")
    if _checksum(payload) != checksum:
        return None
    try:
        # Our own output, whole (the checksum says so): no depth scan, which would cost more
        # than the parse the cache saves. Anything the model refuses means: parse again.
        content = json.loads(payload)
        if content["key"] != key:
            return None
        fields = [_field(row) for row in content["fields"]]
        converters = {**_TEMPLATE, "fields": _each(lambda index: fields[_index(index)])}
        templates = [Template(**_values(Template, converters, row)) for row in content["templates"]]
        platforms.use_kept_table(content["platforms"])
        return LoadResult(items=templates)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        return None


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("text expected")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("true or false expected")
    return value


def _index(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError("index expected")
    return value


def _text_or_flag(value: Any) -> str | bool:
    if not isinstance(value, str | bool):
        raise TypeError("text or true/false expected")
    return value


def _each(convert: Callable[[Any], Any]) -> Callable[[Any], tuple[Any, ...]]:
    def converted(values: Any) -> tuple[Any, ...]:
        if not isinstance(values, list):
            raise TypeError("list expected")
        return tuple(convert(v) for v in values)

    return converted


def _values(kind: type[Any], converters: Converters, row: Any) -> dict[str, Any]:
    """A NamedTuple's fields from its dict; every field must be there, and only those: a
    field the model gained since the cache was written makes it unusable, never a default."""
    names: tuple[str, ...] = kind._fields  # kind is a NamedTuple class
    if not isinstance(row, dict) or set(row) != set(names):
        raise KeyError(kind.__name__)
    return {name: converters[name](row[name]) for name in names}


def _choice(row: Any) -> Choice:
    return Choice(**_values(Choice, _CHOICE, row))


def _field(row: Any) -> Field:
    return Field(**_values(Field, _FIELD, row))


_CHOICE: Converters = {"value": _text, "label": _text, "label_en": _text}
_FIELD: Converters = {
    "name": _text,
    "label": _text,
    "type": FieldType,
    "required": _flag,
    "default": _text_or_flag,
    "example": _text_or_flag,
    "help": _text,
    "choices": _each(_choice),
    "placeholder": _text,
    "label_en": _text,
    "help_en": _text,
}
_TEMPLATE: Converters = {  # and "fields": indexes into the file's own list, in _read
    "id": _text,
    "title": _text,
    "kind": Kind,
    "tone": Tone,
    "platforms": _each(Platform),
    "when": _text,
    "body": _text,
    "greeting_style": GreetingStyle,
    "source": lambda value: Path(_text(value)),
    "situation": lambda value: None if value is None else Situation(value),
    "answers": _each(ReceivedKind),
    "keywords": _each(_text),
    "title_en": _text,
    "when_en": _text,
}


# -- writing ----------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """JSON for a template: records as dicts, tuples as lists, enums as their values."""
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {name: _plain(item) for name, item in zip(value._fields, value, strict=True)}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, Path):
        return str(value)
    return value  # str (enums are StrEnums), bool, None
