"""The gallery's tone filter is the user's: starting a du reply while it says "Sie" lists
the reply's template all the same and leaves the filter as it was; the next draft is back
under the filter."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from test_compose_reshape_window import double_click_in_gallery
from test_reply_du_start import start_reply


def per_sie_window_factory(window_factory, paths):
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(
        '{"version": 1, "values": {"default_tone": "formal"}}', encoding="utf-8"
    )
    return window_factory


def test_a_du_reply_leaves_the_sie_filter_alone(window_factory, paths, qtbot: QtBot) -> None:
    make = per_sie_window_factory(window_factory, paths)
    window = start_reply(make, qtbot, "Antwort auf eine Nachricht (du)")
    gallery = window.gallery
    assert window.composer.template.id == "reply_informal"
    assert gallery.tone_filter.currentData() == "formal", "the user's filter"
    assert gallery.current_id() == "reply_informal", "its template highlighted all the same"

    window.session.start_from_template("first_contact_formal")  # a draft that answers nothing
    assert gallery.tone_filter.currentData() == "formal"
    tones = {window.catalog.templates.get(i).tone.value for i in gallery.visible_ids()}
    assert tones == {"formal"}, "the reply's template went back under the filter"


def test_choosing_a_filter_still_holds_for_the_open_template(
    window_factory, paths, qtbot: QtBot
) -> None:
    make = per_sie_window_factory(window_factory, paths)
    window = start_reply(make, qtbot, "Antwort auf eine Nachricht (du)")
    gallery = window.gallery
    gallery.set_suggested([])  # only the filter speaks now
    gallery.tone_filter.setCurrentIndex(gallery.tone_filter.findData("informal"))
    gallery.tone_filter.setCurrentIndex(gallery.tone_filter.findData("formal"))
    assert "reply_informal" not in gallery.visible_ids()
    double_click_in_gallery(window, qtbot, "thanks_formal")
    assert window.composer.template.id == "thanks_formal"
