"""Own templates in core: a spec written as TOML loads back as the same template, ids come
from titles, and the library saves, imports and exports files without ever keeping a bad one."""

from __future__ import annotations

from pathlib import Path

import pytest

from knigge_desktop.core.datafile import Invalid
from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.templates import load_templates
from knigge_desktop.core.templates.authoring import (
    FieldSpec,
    TemplateLibrary,
    TemplateSpec,
    slug,
    spec_from_toml,
    spec_to_toml,
    unique_id,
)
from knigge_desktop.core.templates.loader import check_template_text

SHIPPED = sorted(resource_dir("templates").glob("*.toml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_template_survives_the_round_trip(path: Path) -> None:
    original = load_templates().get(path.stem)
    assert original is not None
    again = check_template_text(spec_to_toml(spec_from_toml(path.read_text("utf-8"))), path)
    assert again == original


def test_awkward_text_survives_the_round_trip(tmp_path: Path) -> None:
    body = 'Sag "Hallo" \\ und """drei""" 👋🏽\n{greeting}\n{note}"'
    note = FieldSpec("note", "Notiz", required=True, example="ß 👍")
    spec = TemplateSpec(
        id="t", title='Titel mit "Zitat"', when="Wann\nzwei Zeilen", body=body, fields=[note]
    )
    template = check_template_text(spec_to_toml(spec), tmp_path / "t.toml")
    assert template.body == body and template.title == 'Titel mit "Zitat"'
    assert template.fields[-1].example == "ß 👍"


def test_ids_come_from_titles_and_never_collide() -> None:
    assert slug("Erstkontakt Messe (Sie) – Größe") == "erstkontakt_messe_sie_groesse"
    assert slug("2024: Nachfassen") == "vorlage_2024_nachfassen"
    assert slug("👋") == "vorlage"
    assert unique_id("reply_formal", {"reply_formal", "reply_formal_2"}) == "reply_formal_3"


def test_the_library_saves_what_the_gallery_loads(tmp_path: Path) -> None:
    library = TemplateLibrary(tmp_path / "templates")
    taken = {t.id for t in load_templates().items}
    spec = spec_from_toml((resource_dir("templates") / "reply_formal.toml").read_text("utf-8"))
    spec.id, spec.title = "meine_antwort", "Meine Antwort (Sie)"
    saved = library.save(spec_to_toml(spec), taken)
    assert saved.source == tmp_path / "templates" / "meine_antwort.toml"
    loaded = load_templates([resource_dir("templates"), library.folder])
    assert loaded.problems == [] and loaded.get("meine_antwort").title == "Meine Antwort (Sie)"
    # A shipped id cannot be taken; a renamed own template moves to its new file.
    spec.id = "reply_formal"
    with pytest.raises(Invalid, match="gibt es schon"):
        library.save(spec_to_toml(spec), taken)
    spec.id = "neue_antwort"
    library.save(spec_to_toml(spec), taken | {"meine_antwort"}, replaces=saved)
    assert sorted(p.name for p in library.folder.iterdir()) == ["neue_antwort.toml"]


def test_import_checks_the_file_and_keeps_nothing_bad(tmp_path: Path) -> None:
    library = TemplateLibrary(tmp_path / "templates")
    taken = {t.id for t in load_templates().items}
    bad = tmp_path / "kaputt.toml"
    bad.write_text('id = "x"\ntitle = "X"\nbody = "{unbekannt}"\n', encoding="utf-8")
    with pytest.raises(Invalid):
        library.import_file(bad, taken)
    latin = tmp_path / "latin.toml"
    latin.write_bytes("title = 'Größe'".encode("latin-1"))
    with pytest.raises(Invalid, match="UTF-8"):
        library.import_file(latin, taken)
    with pytest.raises(Invalid, match="gibt es schon"):
        library.import_file(resource_dir("templates") / "reply_formal.toml", taken)
    assert not library.folder.exists() or list(library.folder.iterdir()) == []

    shared = tmp_path / "kollegin.toml"
    spec = spec_from_toml((resource_dir("templates") / "reply_informal.toml").read_text("utf-8"))
    spec.id = "von_kollegin"
    shared.write_text(spec_to_toml(spec), encoding="utf-8")
    imported = library.import_file(shared, taken)
    assert imported.id == "von_kollegin" and library.is_own(imported)
    out = tmp_path / "export.toml"
    library.export(imported, out)
    assert out.read_text("utf-8") == shared.read_text("utf-8")
