"""Unpacking an archive without trusting it: zip slip, links, sizes, damage."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from knigge_desktop.core.grammar.safe_zip import UnsafeArchive, ZipLimits, extract


def _zip(path: Path, members: list[tuple[str, bytes]], **info: int) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            entry = zipfile.ZipInfo(name)
            entry.compress_type = zipfile.ZIP_DEFLATED
            for key, value in info.items():
                setattr(entry, key, value)
            archive.writestr(entry, data)
    return path


def test_a_normal_archive_is_unpacked(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", [("LT/a.txt", b"a"), ("LT/sub/b.bin", b"b" * 100)])
    extract(archive, tmp_path / "out")
    assert (tmp_path / "out" / "LT" / "a.txt").read_bytes() == b"a"
    assert (tmp_path / "out" / "LT" / "sub" / "b.bin").stat().st_size == 100


@pytest.mark.parametrize(
    "name",
    ["../evil.txt", "LT/../../evil.txt", "/etc/evil.txt", "C:/evil.txt", "LT\\..\\evil.txt",
     "LT/CON", "LT/name. "],
)  # fmt: skip
def test_a_path_out_of_the_folder_is_refused_before_anything_is_written(
    tmp_path: Path, name: str
) -> None:
    archive = _zip(tmp_path / "a.zip", [("LT/ok.txt", b"ok"), (name, b"evil")])
    with pytest.raises(UnsafeArchive) as caught:
        extract(archive, tmp_path / "work" / "out")
    assert "beschädigt oder enthält unzulässige" in str(caught.value)
    assert not (tmp_path / "work" / "out").exists(), "nothing written, nothing left"
    assert not list(tmp_path.rglob("evil.txt"))


def test_a_symbolic_link_is_refused(tmp_path: Path) -> None:
    link_mode = (stat.S_IFLNK | 0o777) << 16
    archive = _zip(tmp_path / "a.zip", [("LT/passwd", b"/etc/passwd")], external_attr=link_mode)
    with pytest.raises(UnsafeArchive) as caught:
        extract(archive, tmp_path / "out")
    assert "not a plain file" in caught.value.detail
    assert not (tmp_path / "out").exists()


def test_too_many_members_are_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", [(f"LT/{n}.txt", b"x") for n in range(30)])
    with pytest.raises(UnsafeArchive):
        extract(archive, tmp_path / "out", ZipLimits(max_members=20))


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", [("LT/zeros", b"\0" * (20 * 1024 * 1024))])
    with pytest.raises(UnsafeArchive) as caught:
        extract(archive, tmp_path / "out")
    assert "ratio" in caught.value.detail


def test_sizes_over_the_limits_are_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", [("LT/a", b"x" * 5000), ("LT/b", b"y" * 5000)])
    limits = ZipLimits(max_total_bytes=8000, max_ratio=10_000)
    with pytest.raises(UnsafeArchive):
        extract(archive, tmp_path / "out", limits)
    with pytest.raises(UnsafeArchive):
        extract(archive, tmp_path / "out2", ZipLimits(max_member_bytes=4000, max_ratio=10_000))


def test_a_member_that_unpacks_to_more_than_its_header_says_is_stopped(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", [("LT/liar", b"z" * 100_000)])
    data = bytearray(archive.read_bytes())
    # Make both headers claim 10 bytes: the real stream is 100,000.
    with zipfile.ZipFile(archive) as parsed:
        info = parsed.infolist()[0]
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    data[info.header_offset + 22 : info.header_offset + 26] = (10).to_bytes(4, "little")
    archive.write_bytes(bytes(data))
    with pytest.raises(UnsafeArchive):
        extract(archive, tmp_path / "out", ZipLimits(max_ratio=10_000))
    assert not (tmp_path / "out").exists()


def test_a_damaged_archive_is_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", [("LT/a.txt", b"hello" * 1000)])
    data = bytearray(archive.read_bytes())
    data[40:60] = b"\xff" * 20  # inside the compressed data
    archive.write_bytes(bytes(data))
    with pytest.raises(UnsafeArchive):
        extract(archive, tmp_path / "out")
    (tmp_path / "junk.zip").write_bytes(b"not a zip at all")
    with pytest.raises(UnsafeArchive):
        extract(tmp_path / "junk.zip", tmp_path / "out2")


def test_an_existing_folder_is_never_unpacked_into_nor_removed(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", [("LT/a.txt", b"a")])
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "mine.txt").write_text("keep")
    with pytest.raises(FileExistsError):
        extract(archive, tmp_path / "out")
    assert (tmp_path / "out" / "mine.txt").read_text() == "keep"
