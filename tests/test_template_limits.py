"""Own template files that once stopped the window and the CLI from starting: each is named
with a German reason and skipped, importing it gives a clear error, and files the app writes
are the user's alone."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from knigge_desktop.core.datafile import Invalid
from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.templates import load_templates
from knigge_desktop.core.templates.authoring import TemplateLibrary, spec_from_toml, spec_to_toml

SHIPPED_COUNT = len(load_templates().items)

GOOD = (Path(__file__).parent / "test_templates.py").read_text("utf-8")
GOOD = GOOD.split('GOOD = """\\\n', 1)[1].split('"""\n', 1)[0].replace('\\"', '"')


def _with_field(extra: str) -> str:
    return GOOD + "\n" + extra


def _many_fields(count: int) -> str:
    fields = "".join(f'\n[[fields]]\nname = "f{i}"\nlabel = "Feld {i}"\n' for i in range(count))
    return GOOD + fields


BAD_FILES = {
    "nested-sections": GOOD.replace("{answer}", "{#answer}" * 5000 + "x" + "{/answer}" * 5000),
    "nested-toml": GOOD + "deep = " + "[" * 5000 + "]" * 5000 + "\n",
    "nested-inline-tables": GOOD + "deep = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n",
    "bool-default-number": _with_field(
        '[[fields]]\nname = "flag"\nlabel = "Schalter"\ntype = "bool"\ndefault = 5\n'
    ),
    "text-default-table": _with_field('[[fields]]\nname = "t"\nlabel = "T"\ndefault = {a = 1}\n'),
    "too-many-fields": _many_fields(10_000),
    "huge": GOOD + "# " + "x" * 2_000_000 + "\n",
}
REASONS = {
    "nested-sections": "verschachtelt",
    "nested-toml": "verschachtelt",
    "nested-inline-tables": "verschachtelt",
    "bool-default-number": "Ja/Nein",
    "text-default-table": "Text",
    "too-many-fields": "Mehr als 200 Felder",
    "huge": "zu groß",
}


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "mine.toml").write_text(GOOD, encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_own_template_is_named_and_skipped(tmp_path: Path, name: str) -> None:
    folder = _folder(tmp_path)
    (folder / f"{name}.toml").write_text(BAD_FILES[name], encoding="utf-8")
    result = load_templates([resource_dir("templates"), folder])
    assert [e.path.name for e in result.problems] == [f"{name}.toml"]
    assert REASONS[name] in result.problems[0].message
    assert result.get("mine") is not None and len(result.items) == SHIPPED_COUNT + 1


@pytest.mark.parametrize("name", BAD_FILES)
def test_importing_a_bad_file_is_a_clear_error(tmp_path: Path, name: str) -> None:
    library = TemplateLibrary(tmp_path / "own")
    source = tmp_path / f"{name}.toml"
    source.write_text(BAD_FILES[name].replace('"mine"', '"fremd"'), encoding="utf-8")
    with pytest.raises(Invalid, match=REASONS[name]):
        library.import_file(source, set())
    assert not library.folder.exists() or list(library.folder.iterdir()) == []


def test_the_editor_reading_a_deep_file_gets_a_value_error() -> None:
    with pytest.raises(ValueError, match="verschachtelt"):
        spec_from_toml(BAD_FILES["nested-toml"])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_a_template_does_not_block_the_start(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    os.mkfifo(folder / "x.toml")  # nobody ever writes to it: opening it plainly waits for ever
    result = load_templates([resource_dir("templates"), folder])
    assert [e.path.name for e in result.problems] == ["x.toml"]
    assert "keine gewöhnliche Datei" in result.problems[0].message
    library = TemplateLibrary(tmp_path / "own")
    with pytest.raises(Invalid, match="keine gewöhnliche Datei"):
        library.import_file(folder / "x.toml", set())


def test_the_cli_starts_with_every_bad_file_in_the_folder(tmp_path: Path) -> None:
    import subprocess

    folder = tmp_path / "data" / "templates"
    folder.mkdir(parents=True)
    for name, text in BAD_FILES.items():
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo.toml")
    result = subprocess.run(
        [sys.executable, "-m", "knigge_desktop", "--data-dir", str(tmp_path / "data"),
         "templates"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("Vorlage übersprungen") == len(BAD_FILES) + hasattr(os, "mkfifo")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_own_and_exported_templates_are_the_users_alone(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual umask, which made them 0644
    try:
        library = TemplateLibrary(tmp_path / "own")
        spec = spec_from_toml((resource_dir("templates") / "reply_formal.toml").read_text("utf-8"))
        spec.id = "meine"
        saved = library.save(spec_to_toml(spec), set())
        assert _mode(saved.source) == 0o600
        out = tmp_path / "geteilt.toml"
        out.write_text("alt", encoding="utf-8")
        os.chmod(out, 0o644)
        library.export(saved, out)
        assert _mode(out) == 0o600 and out.read_text("utf-8") == saved.source.read_text("utf-8")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["geteilt.toml", "own"]
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_drafts_export_and_the_text_file_fallback_are_the_users_alone(tmp_path: Path) -> None:
    from knigge_desktop.core.drafts import DraftStore
    from knigge_desktop.services.drafts_service import DraftsService

    old = os.umask(0o022)
    try:
        service = DraftsService(DraftStore.open(tmp_path / "drafts.sqlite3"))
        export, text = tmp_path / "export.json", tmp_path / "nachricht.txt"
        assert "gesichert unter" in service.export_file(export)
        assert service.write_text_file(text, "Guten Tag,") is None
        assert _mode(export) == 0o600 and _mode(text) == 0o600
        assert text.read_text("utf-8") == "Guten Tag,"
        problem = service.write_text_file(tmp_path / "fehlt" / "x.txt", "Text")
        assert problem is not None and "x.txt" in problem
    finally:
        os.umask(old)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("[" * 100_000 + "]" * 100_000, "verschachtelt"),
        ("[" + "9" * 5000 + "]", "Zahl"),
    ],
    ids=["nested-100000-deep", "5000-digits"],
)
def test_the_windows_drafts_import_refuses_hostile_files_with_a_reason(
    tmp_path: Path, content: str, words: str
) -> None:
    from knigge_desktop.core.drafts import DraftStore
    from knigge_desktop.services.drafts_service import DraftsService

    service = DraftsService(DraftStore.open(tmp_path / "drafts.sqlite3"))
    source = tmp_path / "export.json"
    source.write_text(content, encoding="utf-8")
    said = service.import_file(source)
    assert "ließ sich nicht einlesen" in said and words in said


def test_the_windows_drafts_import_skips_a_draft_with_a_lone_surrogate(tmp_path: Path) -> None:
    from knigge_desktop.core.drafts import DraftStore
    from knigge_desktop.services.drafts_service import DraftsService

    service = DraftsService(DraftStore.open(tmp_path / "drafts.sqlite3"))
    source = tmp_path / "export.json"
    source.write_text('[{"title": "\\ud800", "template": "x", "kind": "reply", "text": "a"}]',
                      encoding="utf-8")  # fmt: skip
    said = service.import_file(source)
    assert said.splitlines()[0] == "0 Entwürfe eingelesen, 1 übersprungen, 0 waren schon da."
    assert said.splitlines()[1].startswith("Entwurf 1: "), said
    assert service.summaries() == []
