"""A settings file with values that once kept the window from starting: it starts, with
the defaults for those values."""

from __future__ import annotations

import json


def test_the_window_starts_with_bad_values_in_the_settings(window_factory, paths) -> None:
    paths.ensure()
    values = {
        "window_geometry": "äöü",
        "disabled_rules": [{"x": 1}],
        "sender_name": "J" * 1_000_000,
        "pane_sizes": ["breit"],
    }
    paths.settings_file.write_text(json.dumps({"version": 2, "values": values}), "utf-8")
    window = window_factory()
    assert window.isVisible()
    assert window.session.settings.get("sender_name") == ""
    assert window.session.settings.get("disabled_rules") == []
    assert list(paths.config_dir.glob("settings.json.defekt-*"))


def test_a_bad_value_is_quoted_without_its_bidi_controls(window_factory, paths) -> None:
    paths.ensure()
    values = {"gallery_group_by": "nonsense\u202e\u2066\u200f\u2028x"}
    paths.settings_file.write_text(json.dumps({"version": 2, "values": values}), "utf-8")
    window = window_factory()
    problem = window.startup_problem or ""
    assert "„nonsense????x“ gibt es nicht" in problem, problem
    assert not any(char in problem for char in "\u202e\u2066\u200f\u2028"), ascii(problem)


def test_a_refused_setting_is_named_by_its_label_then_its_key(window_factory, paths) -> None:
    paths.ensure()
    values = {"pane_sizes": [-100, 300, 500], "window_geometry": "äöü%%%"}
    paths.settings_file.write_text(json.dumps({"version": 2, "values": values}), "utf-8")
    window = window_factory()
    problem = window.startup_problem or ""
    assert "„Breiten von Vorlagen, Feldern und Text“ (pane_sizes)" in problem, problem
    assert "„Lage und Größe des Fensters (Qt, Base64)“ (window_geometry)" in problem, problem
    assert "Vorgaben: pane_sizes" not in problem and "window_geometry," not in problem, problem
