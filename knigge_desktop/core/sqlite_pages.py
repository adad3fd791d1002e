"""Rows read straight from the pages of an SQLite file, without SQLite.

The last resort for a damaged database when SQLite's own recovery (the sqlite3 shell's
``.recover``) is not at hand: every table leaf page is read on its own, so a truncated file
or a broken tree costs only the rows on the broken pages, not every row below them. The
format is SQLite's documented file format (https://sqlite.org/fileformat.html). Pages on the
freelist hold deleted rows and are skipped, as ``.recover`` does.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

_TABLE_LEAF = 0x0D
_MAX_OVERFLOW_PAGES = 100_000  # a loop in a damaged chain must end


def table_rows(data: bytes) -> Iterator[tuple[int, list[object]]]:
    """(rowid, values) of every readable row on every table leaf page of the file."""
    page_size = _page_size(data)
    usable = page_size - (data[20] if len(data) > 20 else 0)
    free = _free_pages(data, page_size)
    for number in range(1, len(data) // page_size + 1):
        if number in free:
            continue
        start = (number - 1) * page_size
        header = start + (100 if number == 1 else 0)
        if data[header] != _TABLE_LEAF:
            continue
        cells = _u16(data, header + 3)
        for index in range(cells):
            pointer = _u16(data, header + 8 + 2 * index)
            if not 0 < pointer < page_size:
                continue
            try:
                yield _cell(data, start + pointer, page_size, usable)
            except (IndexError, ValueError, UnicodeDecodeError, struct.error):
                continue  # this row is damaged; the next may not be


def _page_size(data: bytes) -> int:
    size = _u16(data, 16) if len(data) >= 100 else 0
    if size == 1:
        return 65536
    if size >= 512 and size & (size - 1) == 0:
        return size
    return 4096  # a damaged header: SQLite's default


def _free_pages(data: bytes, page_size: int) -> set[int]:
    """The freelist's pages, as far as the chain can be read."""
    free: set[int] = set()
    pages = len(data) // page_size
    trunk = _u32(data, 32) if len(data) >= 100 else 0
    while 0 < trunk <= pages and trunk not in free:
        free.add(trunk)
        start = (trunk - 1) * page_size
        count = min(_u32(data, start + 4), (page_size - 8) // 4)
        free.update(_u32(data, start + 8 + 4 * i) for i in range(count))
        trunk = _u32(data, start)
    return free


def _cell(data: bytes, offset: int, page_size: int, usable: int) -> tuple[int, list[object]]:
    length, offset = _varint(data, offset)
    rowid, offset = _varint(data, offset)
    most_local = usable - 35
    if length <= most_local:
        payload = data[offset : offset + length]
    else:
        least_local = (usable - 12) * 32 // 255 - 23
        local = least_local + (length - least_local) % (usable - 4)
        if local > most_local:
            local = least_local
        payload = data[offset : offset + local] + _overflow(
            data, _u32(data, offset + local), length - local, page_size, usable
        )
    if len(payload) != length:
        raise ValueError("payload cut short")
    return _signed(rowid), _record(payload)


def _overflow(data: bytes, page: int, wanted: int, page_size: int, usable: int) -> bytes:
    parts = []
    pages = len(data) // page_size
    for _ in range(_MAX_OVERFLOW_PAGES):
        if wanted <= 0 or not 0 < page <= pages:
            break
        start = (page - 1) * page_size
        chunk = data[start + 4 : start + min(usable, 4 + wanted)]
        parts.append(chunk)
        wanted -= len(chunk)
        page = _u32(data, start)
    return b"".join(parts)


def _record(payload: bytes) -> list[object]:
    header_size, offset = _varint(payload, 0)
    types = []
    while offset < header_size:
        serial, offset = _varint(payload, offset)
        types.append(serial)
    values: list[object] = []
    body = header_size
    for serial in types:
        value, body = _value(payload, body, serial)
        values.append(value)
    if body != len(payload):
        raise ValueError("record does not fill its payload")
    return values


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def _value(payload: bytes, offset: int, serial: int) -> tuple[object, int]:
    if serial == 0:
        return None, offset
    if serial in _INT_SIZES:
        size = _INT_SIZES[serial]
        raw = payload[offset : offset + size]
        if len(raw) != size:
            raise ValueError("integer cut short")
        return int.from_bytes(raw, "big", signed=True), offset + size
    if serial == 7:
        return struct.unpack(">d", payload[offset : offset + 8])[0], offset + 8
    if serial in (8, 9):
        return serial - 8, offset
    if serial >= 12:
        size = (serial - 12) // 2
        raw = payload[offset : offset + size]
        if len(raw) != size:
            raise ValueError("value cut short")
        return (raw if serial % 2 == 0 else raw.decode("utf-8")), offset + size
    raise ValueError(f"reserved serial type {serial}")


def _varint(data: bytes, offset: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = data[offset + i]
        if i == 8:
            return (value << 8) | byte, offset + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, offset + i + 1
    raise ValueError("varint")  # not reached


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def _u16(data: bytes, offset: int) -> int:
    return int.from_bytes(data[offset : offset + 2], "big")


def _u32(data: bytes, offset: int) -> int:
    return int.from_bytes(data[offset : offset + 4], "big")
