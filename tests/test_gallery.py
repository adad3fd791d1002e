"""The template gallery as a person uses it: grouped by situation or by kind, searched by
what people call the situation, the templates that fit a received message first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from knigge_desktop.core.templates import LoadResult, Template
from knigge_desktop.core.vocabulary import KIND_LABELS, SITUATION_LABELS, Situation
from knigge_desktop.ui.gallery import SEARCH_MAX_CHARS, TemplateGallery

SUGGESTED = "Passt zur erhaltenen Nachricht"


@pytest.fixture
def gallery(qtbot, shipped: LoadResult) -> TemplateGallery:
    widget = TemplateGallery(shipped.items)
    qtbot.addWidget(widget)
    widget.resize(420, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _sections(gallery: TemplateGallery) -> dict[str, list[str]]:
    """Heading -> template ids under it, as the list shows them."""
    sections: dict[str, list[str]] = {}
    heading = ""
    for row in range(gallery.list.count()):
        item = gallery.list.item(row)
        template_id = item.data(256)
        if template_id:
            sections[heading].append(template_id)
        else:
            heading = item.text()
            sections[heading] = []
    return sections


def _template(shipped: LoadResult, template_id: str) -> Template:
    template = shipped.get(template_id)
    assert template is not None
    return template


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def test_templates_are_grouped_by_the_users_situation(gallery, shipped) -> None:
    sections = _sections(gallery)
    assert list(sections) == list(SITUATION_LABELS.values())
    for heading, ids in sections.items():
        situation = next(s for s, label in SITUATION_LABELS.items() if label == heading)
        assert ids and all(_template(shipped, i).situation_or_default is situation for i in ids)
    assert "reminder_formal" in sections["Ich fasse nach"]
    assert "decline_offer_informal" in sections["Ich sage ab"]
    assert "accept_contact_request_formal" in sections["Ich antworte"]
    assert sorted(gallery.visible_ids()) == sorted(t.id for t in shipped.items)
    follow_up = sections["Ich fasse nach"]
    at = follow_up.index("reminder_formal")
    assert follow_up[at + 1] == "reminder_informal", "Sie and du of one template side by side"


def test_the_keyboard_switches_to_grouping_by_kind(qtbot, gallery, shipped) -> None:
    assert gallery.group_by in gallery.focus_chain()
    gallery.group_by.setFocus()
    qtbot.keyClick(gallery.group_by, Qt.Key.Key_Down)
    assert gallery.group_by.currentText() == "Nach Art"
    sections = _sections(gallery)
    assert list(sections) == [
        label for kind, label in KIND_LABELS.items() if any(t.kind is kind for t in shipped.items)
    ]
    assert set(sections["Gruppenbeitrag"]) == {"group_post_formal", "group_post_informal"}
    assert "reminder_informal" in sections["Nachfassen"]
    qtbot.keyClick(gallery.group_by, Qt.Key.Key_Up)
    assert list(_sections(gallery)) == list(SITUATION_LABELS.values())


def test_arrow_keys_walk_the_templates_and_skip_the_headings(qtbot, gallery) -> None:
    gallery.list.setFocus()
    order = gallery.visible_ids()
    assert gallery.current_id() == order[0], "the first template, not its heading"
    qtbot.keyClick(gallery.list, Qt.Key.Key_Up)
    assert gallery.current_id() == order[0], "the heading above cannot be selected"
    seen = [gallery.current_id()]
    for _ in range(len(order) - 1):
        qtbot.keyClick(gallery.list, Qt.Key.Key_Down)
        seen.append(gallery.current_id())
    assert seen == order, "every template once, across every heading"
    with qtbot.waitSignal(gallery.template_chosen) as chosen:
        qtbot.keyClick(gallery.list, Qt.Key.Key_Return)
    assert chosen.args == [order[-1]]


def test_a_click_on_a_heading_selects_nothing_a_click_on_a_template_does(qtbot, gallery) -> None:
    gallery.select("reply_formal")
    heading = gallery.list.item(0)
    assert not heading.data(256)
    rect = gallery.list.visualItemRect(heading)
    qtbot.mouseClick(gallery.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert gallery.current_id() == "reply_formal"
    row = gallery.visible_ids().index("thanks_formal")
    item = next(
        gallery.list.item(r)
        for r in range(gallery.list.count())
        if gallery.list.item(r).data(256) == "thanks_formal"
    )
    assert row >= 0
    with qtbot.waitSignal(gallery.template_highlighted) as highlighted:
        qtbot.mouseClick(
            gallery.list.viewport(),
            Qt.MouseButton.LeftButton,
            pos=gallery.list.visualItemRect(item).center(),
        )
    assert highlighted.args == ["thanks_formal"]
    with qtbot.waitSignal(gallery.template_chosen) as chosen:
        qtbot.mouseClick(gallery.use_button, Qt.MouseButton.LeftButton)
    assert chosen.args == ["thanks_formal"]


@pytest.mark.parametrize(
    ("words", "must_find"),
    [
        ("absagen", {"decline_offer_formal", "decline_offer_informal", "decline_cooperation"}),
        ("bedanken", {"thanks_formal", "thanks_informal"}),
        ("erinnern", {"reminder_formal", "reminder_informal"}),
        ("nein sagen", {"decline_contact_request", "decline_contact_request_informal"}),
        ("annehmen", {"accept_contact_request_formal", "accept_contact_request_informal"}),
        ("Ich sage ab", {"decline_offer_formal", "decline_cooperation"}),  # the heading
        # A tester's words: "erster Kontakt" found nothing, "zum ersten Mal" only the Sie one.
        ("erster Kontakt", {"first_contact_formal", "first_contact_informal"}),
        ("zum ersten Mal", {"first_contact_formal", "first_contact_informal"}),
    ],
)
def test_search_finds_a_template_by_what_people_call_the_situation(
    qtbot, gallery, shipped, words: str, must_find: set[str]
) -> None:
    _type(qtbot, gallery.search, words)
    found = gallery.visible_ids()
    assert must_find <= set(found)
    assert len(found) < len(shipped.items), "the search narrows"
    for template_id in found:
        template = _template(shipped, template_id)
        haystack = " ".join(
            [
                template.title,
                template.when,
                *template.keywords,
                template.id,
                SITUATION_LABELS[template.situation_or_default],
                KIND_LABELS[template.kind],
            ]
        ).casefold()
        assert all(word in haystack for word in words.casefold().split()), template_id


def test_enter_in_the_search_takes_the_best_match(qtbot, gallery) -> None:
    _type(qtbot, gallery.search, "erinnern du")
    assert gallery.current_id() == "reminder_informal"
    with qtbot.waitSignal(gallery.template_chosen) as chosen:
        qtbot.keyClick(gallery.search, Qt.Key.Key_Return)
    assert chosen.args == ["reminder_informal"]
    _type(qtbot, gallery.search, "gibt es nicht")
    assert gallery.visible_ids() == [] and gallery.group_titles() == []
    assert not gallery.use_button.isEnabled()


def test_templates_that_fit_the_received_message_come_first(qtbot, gallery) -> None:
    everything = sorted(gallery.visible_ids())
    gallery.set_suggested(["decline_offer_formal", "ask_back_formal", "no_such_template"])
    assert gallery.group_titles()[0] == SUGGESTED
    sections = _sections(gallery)
    assert sections[SUGGESTED] == ["decline_offer_formal", "ask_back_formal"]
    assert sorted(gallery.visible_ids()) == everything, "each template listed once"
    assert gallery.suggested_ids() == ["decline_offer_formal", "ask_back_formal"]
    assert gallery.current_id() == "decline_offer_formal", "one Enter away"
    gallery.list.setFocus()
    qtbot.keyClick(gallery.list, Qt.Key.Key_Down)
    assert gallery.current_id() == "ask_back_formal"
    with qtbot.waitSignal(gallery.template_chosen) as chosen:
        qtbot.keyClick(gallery.list, Qt.Key.Key_Return)
    assert chosen.args == ["ask_back_formal"]

    # The tone filter was chosen for the user's own messages; the reader chose these.
    gallery.tone_filter.setCurrentIndex(gallery.tone_filter.findData("informal"))
    assert _sections(gallery)[SUGGESTED] == ["decline_offer_formal", "ask_back_formal"]
    _type(qtbot, gallery.search, "Gegenfrage")  # keyClicks takes ASCII only
    assert _sections(gallery)[SUGGESTED] == ["ask_back_formal"], "the search still narrows"

    gallery.set_suggested([])
    assert SUGGESTED not in gallery.group_titles()
    assert "ask_back_formal" not in gallery.visible_ids(), "back under the tone filter"


def test_suggestions_survive_a_reload_without_the_templates_that_went(gallery, shipped) -> None:
    gallery.set_suggested(["reminder_formal", "thanks_formal"])
    gallery.set_templates([t for t in shipped.items if t.id != "thanks_formal"], [])
    assert _sections(gallery)[SUGGESTED] == ["reminder_formal"]
    gallery.set_templates([t for t in shipped.items if t.id != "reminder_formal"], [])
    assert SUGGESTED not in gallery.group_titles()
    assert set(_sections(gallery)) == {SITUATION_LABELS[s] for s in Situation}


def test_the_window_offers_the_gallery_its_suggestions(qtbot, window_factory) -> None:
    """What the reply pane does: suggest, and the user takes the first with one key."""
    window = window_factory()
    window.gallery.set_suggested(["accept_contact_request_informal"])
    window.gallery.list.setFocus()
    qtbot.keyClick(window.gallery.list, Qt.Key.Key_Return)
    assert window.composer.template.id == "accept_contact_request_informal"


@pytest.mark.parametrize(
    ("template_id", "tone", "expected"),
    [
        ("accept_contact_request_formal", "informal", "accept_contact_request_informal"),
        ("decline_contact_request", "informal", "decline_contact_request_informal"),
        ("reminder_informal", "formal", "reminder_formal"),
        ("decline_cooperation", "informal", "decline_offer_informal"),  # same kind, situation
        ("reply_formal", "formal", "reply_formal"),
    ],
)
def test_the_counterpart_in_the_other_tone_is_the_same_template(
    shipped, template_id: str, tone: str, expected: str
) -> None:
    from knigge_desktop.core.templates.pairs import counterpart

    assert counterpart(shipped.items, template_id, tone) == expected
    assert counterpart(shipped.items[::-1], template_id, tone) == expected, "in any order"


def test_a_pasted_page_in_the_search_is_cut_to_a_search(qtbot, gallery) -> None:
    page = "erinnern " + "Wort " * 6_400  # 32,000 characters from the clipboard
    gallery.search.setFocus()
    QApplication.clipboard().setText(page)
    qtbot.keyClick(gallery.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert gallery.search.text() == page[:SEARCH_MAX_CHARS]
    # Searched as the words that fit: the reminders (their text has "Antwort" for "Wort").
    assert sorted(gallery.visible_ids()) == ["reminder_formal", "reminder_informal"]
