"""The parsed templates kept between starts (core/templates/cache.py): the second start
reads them without parsing, and any change to a template file, the field groups or the
cache itself means parsing again, so the gallery never shows an old template."""

from __future__ import annotations

import os
import time
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.templates import cache, load_templates

AN_HOUR = 3600 * 1_000_000_000


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per time the cache had to parse the template files."""
    counted: list[int] = []

    def counting(folders):
        counted.append(1)
        return load_templates(folders)

    monkeypatch.setattr(cache, "load_templates", counting)
    return counted


def _aged(path: Path, ns: int = AN_HOUR) -> None:
    """As if the file had been written an hour ago (fresh files are not cached)."""
    stamp = time.time_ns() - ns
    os.utime(path, ns=(stamp, stamp))


def _own(folder: Path, template_id: str, title: str) -> Path:
    text = (resource_dir("templates") / "reply_formal.toml").read_text("utf-8")
    text = text.replace('id = "reply_formal"', f'id = "{template_id}"')
    text = text.replace('title = "', f'title = "{title} ', 1)
    path = folder / f"{template_id}.toml"
    path.write_text(text, encoding="utf-8")
    _aged(path)
    return path


def _start(folders: list[Path], cache_file: Path):
    """One start: load, and keep what was parsed, as the window does after its first paint."""
    result, due = cache.load_with_cache(folders, cache_file)
    if due is not None:
        cache.store(due)
    return result


@pytest.fixture
def own(tmp_path: Path) -> Path:
    folder = tmp_path / "own"
    folder.mkdir()
    return folder


def test_the_second_start_reads_the_cache_and_gets_the_same_templates(
    own: Path, tmp_path: Path, parses: list[int]
) -> None:
    _own(own, "mine", "Meine")
    folders = [resource_dir("templates"), own]
    first = _start(folders, tmp_path / "c")
    second = _start(folders, tmp_path / "c")
    assert len(parses) == 1, "the second start parsed again"
    assert second.items == load_templates(folders).items  # every field, in order
    assert second.items == first.items and not second.problems
    assert oct((tmp_path / "c").stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize(
    "change",
    [
        "edited, same size",  # one letter for another: only the time tells
        "added",
        "removed",
    ],
)
def test_a_changed_own_template_is_parsed_again(
    own: Path, tmp_path: Path, parses: list[int], change: str
) -> None:
    path = _own(own, "mine", "Meine")
    folders = [resource_dir("templates"), own]
    _start(folders, tmp_path / "c")
    if change == "edited, same size":
        path.write_text(path.read_text("utf-8").replace("Meine", "Deine"), encoding="utf-8")
        _aged(path, AN_HOUR // 2)
    elif change == "added":
        _own(own, "more", "Noch eine")
    else:
        path.unlink()
    result = _start(folders, tmp_path / "c")
    assert len(parses) == 2
    assert result.items == load_templates(folders).items
    titles = [t.title for t in result.items]
    assert any(t.startswith("Deine") for t in titles) == (change == "edited, same size")
    assert any(t.startswith("Noch eine") for t in titles) == (change == "added")
    assert any(t.startswith("Meine") for t in titles) == (change == "added")


def test_a_shipped_file_or_the_parser_changed_means_parsing_again(
    tmp_path: Path, parses: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    for path in resource_dir("templates").glob("first_contact_*.toml"):
        (shipped / path.name).write_bytes(path.read_bytes())
        _aged(shipped / path.name)
    _start([shipped], tmp_path / "c")
    _aged(shipped / "first_contact_formal.toml", AN_HOUR // 3)  # a new version installed
    _start([shipped], tmp_path / "c")
    assert len(parses) == 2
    _start([shipped], tmp_path / "c")
    assert len(parses) == 2, "unchanged again: read from the cache"
    # A new parser (the key covers the modules that turn a file into a Template).
    code = [*cache._code_files(), tmp_path / "parser.py"]
    (tmp_path / "parser.py").write_text("# new\n")
    _aged(tmp_path / "parser.py")
    monkeypatch.setattr(cache, "_code_files", lambda: code)
    _start([shipped], tmp_path / "c")
    assert len(parses) == 3


def test_a_file_changed_a_moment_ago_is_not_cached(own: Path, tmp_path: Path, parses) -> None:
    """A second change within the same time stamp would go unseen on a coarse file system."""
    path = _own(own, "mine", "Meine")
    _aged(path, 0)
    folders = [resource_dir("templates"), own]
    _start(folders, tmp_path / "c")
    assert not (tmp_path / "c").exists()
    _start(folders, tmp_path / "c")
    assert len(parses) == 2


def test_a_broken_own_template_is_reported_at_every_start(
    own: Path, tmp_path: Path, parses: list[int]
) -> None:
    (own / "kaputt.toml").write_text('id = "kaputt"\ntitle = \n', encoding="utf-8")
    _aged(own / "kaputt.toml")
    folders = [resource_dir("templates"), own]
    for _ in range(2):
        result = _start(folders, tmp_path / "c")
        assert [e.path.name for e in result.problems] == ["kaputt.toml"]
    assert len(parses) == 2 and not (tmp_path / "c").exists()


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # torn by a crash
        lambda data: b"",
        lambda data: b"\x00" * 64,
        lambda data: data.replace(
            b"first_contact", b"first_kontakt", 1
        ),  # the checksum no longer fits
        # The checksum fits, but the content is no template: parsed again, not trusted.
        lambda data: _signed(data.split(b"\n", 1)[1].replace(b'"formal"', b'"foermlich"')),
        lambda data: _signed(data.split(b"\n", 1)[1].replace(b'"required":false', b'"required":0')),
        lambda data: _signed(b'{"key": 1}'),
        lambda data: _signed(b"[" * 100_000 + b"]" * 100_000),
        lambda data: _signed("ü".encode("latin-1")),
    ],
)
def test_a_damaged_cache_is_parsed_again_without_a_crash(
    tmp_path: Path, parses: list[int], damage
) -> None:
    folders = [resource_dir("templates")]
    _start(folders, tmp_path / "c")
    (tmp_path / "c").write_bytes(damage((tmp_path / "c").read_bytes()))
    result = _start(folders, tmp_path / "c")
    assert len(parses) == 2
    assert result.items == load_templates(folders).items
    assert _start(folders, tmp_path / "c").items == result.items  # written anew
    assert len(parses) == 2


def _signed(payload: bytes) -> bytes:
    return b"%08x" % zlib.crc32(payload) + b"\n" + payload


def test_a_folder_that_takes_no_cache_still_starts(tmp_path: Path, parses) -> None:
    folders = [resource_dir("templates")]
    result, due = cache.load_with_cache(folders, tmp_path / "missing" / "c")
    assert due is not None and result.items
    with pytest.raises(OSError):
        cache.store(due)
    assert cache.load_with_cache(folders, tmp_path / "missing" / "c")[0] == result


def test_the_window_shows_an_own_template_edited_between_two_starts(
    qtbot, window_factory, paths, parses: list[int]
) -> None:
    """As a user meets it: start, quit, edit the file in a text editor, start again."""
    paths.ensure()
    path = _own(paths.user_templates_dir, "mine", "Meine")
    first = window_factory()
    qtbot.waitUntil(paths.template_cache.exists)  # written after the first paint
    first.close()
    window_factory().close()
    assert len(parses) == 1, "the second start read the cache"
    path.write_text(path.read_text("utf-8").replace("Meine", "Deine"), encoding="utf-8")
    _aged(path, AN_HOUR // 2)
    window = window_factory()
    titles = [window.gallery.list.item(i).text() for i in range(window.gallery.list.count())]
    assert any(t.startswith("Deine") for t in titles), titles
    assert not any(t.startswith("Meine") for t in titles)
    window.gallery.select("mine")
    qtbot.mouseClick(window.gallery.use_button, Qt.MouseButton.LeftButton)
    assert window.session.template is not None
    assert window.session.template.title.startswith("Deine")


def test_the_cache_keeps_the_platform_limits_the_file_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The limit meter's numbers at the first paint come from the cache (core/platforms.py
    reads no TOML then); read back they are the limits platforms.toml gives."""
    from knigge_desktop.core import platforms

    kept: list[dict] = []
    monkeypatch.setattr(platforms, "use_kept_table", kept.append)
    folders = [resource_dir("templates")]
    _start(folders, tmp_path / "c")
    assert kept == [], "the first start parsed: nothing kept to use yet"
    _start(folders, tmp_path / "c")
    [table] = kept
    assert platforms.limits_of(table) == platforms.limits_of(platforms.platform_table())
    assert all(limit.checked is not None for limit in platforms.limits_of(table).values())


def test_a_changed_platforms_file_means_reading_it_again(
    tmp_path: Path, parses: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tmp_path / "resources"
    shipped.mkdir()
    limits = shipped / "platforms.toml"
    limits.write_bytes(resource_dir("platforms.toml").read_bytes())
    _aged(limits)
    real = resource_dir
    monkeypatch.setattr(
        cache, "resource_dir", lambda name: limits if name == "platforms.toml" else real(name)
    )
    folders = [resource_dir("templates")]
    _start(folders, tmp_path / "c")
    _start(folders, tmp_path / "c")
    assert len(parses) == 1
    _aged(limits, AN_HOUR // 2)  # a new limit, same size
    _start(folders, tmp_path / "c")
    assert len(parses) == 2


def test_a_kept_platform_table_the_model_refuses_is_not_used() -> None:
    from knigge_desktop.core import platforms

    for broken in ({"xing": {"first_contact": {"source": "x"}}}, {"nowhere": {}}, []):
        with pytest.raises((ValueError, TypeError, KeyError, AttributeError)):
            platforms.use_kept_table(broken)  # type: ignore[arg-type]
    assert platforms._kept == [] or platforms.limits_of(platforms._kept[0])
