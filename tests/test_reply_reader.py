"""The reader of received messages (core/reply): who wrote, how, what kind, what they ask,
and what could not be read; bad input of every sort is read without an exception."""

from __future__ import annotations

import json
import random
import re
import time

import pytest

from knigge_desktop.core.greeting import Gender, Recipient
from knigge_desktop.core.language.sentences import tokens_of
from knigge_desktop.core.messages import Message
from knigge_desktop.core.reply import ReadMessage, read_message
from knigge_desktop.core.reply.clean import MAX_ANALYSED_CHARS
from knigge_desktop.core.reply.reader import reflow
from knigge_desktop.core.reply.thread import MAX_QUOTE_DEPTH
from knigge_desktop.core.vocabulary import Platform, ReceivedKind, Tone

XING_REQUEST = """Anna Wagner möchte sich mit Ihnen vernetzen
Projektleiterin bei Wagner Bau GmbH

„Guten Tag Herr Becker,

wir haben uns auf der Messe in Essen am Stand der Handwerkskammer unterhalten.
Ich würde mich freuen, wenn wir uns vernetzen.

Freundliche Grüße
Anna Wagner“

Kontaktanfrage bestätigen
Sie erhalten diese E-Mail, weil Sie XING-Mitglied sind. Abmelden
"""

THREAD = """Hallo Jonas,

passt dir Donnerstag um 14 Uhr? Bring bitte die Entwürfe mit.

Viele Grüße
Kim Lee
Lee Design | Tel. 030 1234567

Am 28.11.2026 um 09:12 schrieb Jonas Becker <jonas@example.org>:
> Hallo Kim,
> wann hast du Zeit?
>
> Am 27.11.2026 um 18:00 schrieb Kim Lee <kim@example.org>:
>> Hi Jonas, lass uns mal wieder sprechen.
>>> Am 26.11. schrieb Jonas:
>>> Alles gut?
"""


def test_a_notification_gives_sender_platform_and_kind_and_is_removed() -> None:
    read = read_message(XING_REQUEST)
    assert read.sender == Recipient(Gender.FRAU, "", "Anna", "Wagner")
    assert read.platform is Platform.XING
    assert read.kind is ReceivedKind.CONTACT_REQUEST
    assert read.tone is Tone.FORMAL
    assert read.text.startswith("Guten Tag Herr Becker,") and read.text.endswith("Anna Wagner")
    assert "bestätigen" not in read.text and "Abmelden" not in read.text
    assert read.asks == ("Ich würde mich freuen, wenn wir uns vernetzen.",)
    assert "Text der Benachrichtigung von XING weggelassen" in read.unread


def test_a_thread_keeps_the_newest_message_and_counts_the_history() -> None:
    read = read_message(THREAD)
    assert read.text.endswith("Kim Lee"), "signature block (company, phone) is cut"
    assert "Tel." not in read.text and "schrieb" not in read.text
    assert read.sender == Recipient(Gender.NONE, "", "Kim", "Lee"), "Kim: no gender guessed"
    assert read.platform is Platform.EMAIL
    assert read.tone is Tone.INFORMAL
    assert read.asks == ("passt dir Donnerstag um 14 Uhr?", "Bring bitte die Entwürfe mit.")
    assert "Zitierter Verlauf weggelassen (3 ältere Nachrichten)" in read.unread


def test_outlook_header_names_the_sender_with_title() -> None:
    read = read_message(
        "Von: Dr. Sander, Wiebke <w.sander@example.org>\nGesendet: Montag, 30. November 2026\n"
        "An: Peters, Holger\nBetreff: Mietvertrag\n\nSehr geehrter Herr Peters,\n\nkönnten Sie mir "
        "den Vertrag schicken?\n\nFreundliche Grüße\nW. Sander"
    )
    assert read.sender == Recipient(Gender.FRAU, "Dr.", "Wiebke", "Sander")
    assert read.platform is Platform.EMAIL
    assert read.asks == ("könnten Sie mir den Vertrag schicken?",)
    assert read.reply_values() == {
        "recipient_gender": "frau",
        "recipient_title": "Dr.",
        "recipient_first_name": "Wiebke",
        "recipient_last_name": "Sander",
    }


def test_reply_values_hold_only_what_was_read() -> None:
    read = read_message("Hallo Paul,\n\nhast du morgen Zeit?\n\nLG Sascha")
    assert read.reply_values() == {"recipient_first_name": "Sascha"}
    assert read.sender.gender is Gender.NONE, "Sascha is a name of either gender"
    assert read_message("").reply_values() == {}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Guten Tag Frau Lang,\n\nunsere Software spart Kanzleien 30 % Zeit bei der "
            "Abrechnung. Hätten Sie Zeit für eine kostenlose Demo?\n\nBeste Grüße\nTim Kurz",
            ReceivedKind.SALES_PITCH,
        ),
        (
            "Hallo Mia,\n\ndarf ich dir Jan Richter vorstellen? Er sucht genau wie du Leute für "
            "ein Repair-Café. Ihr solltet euch kennenlernen!\n\nViele Grüße\nOle",
            ReceivedKind.INTRODUCTION,
        ),
        (
            "Sehr geehrter Herr Roth,\n\nzu unserem Sommerempfang am 3. Juli um 18 Uhr laden wir "
            "Sie herzlich ein.\n\nMit freundlichen Grüßen\nEva Brandt",
            ReceivedKind.INVITATION,
        ),
        (
            "Hallo Lisa,\n\ndein Artikel über Mentoring hat mir sehr gefallen, nur das Fazit "
            "fand ich etwas kurz.\n\nViele Grüße\nTom",
            ReceivedKind.FEEDBACK,
        ),
        (
            "Liebe Frau Kühn,\n\nherzlichen Dank für Ihre Empfehlung! Das Gespräch mit Herrn "
            "Adler war sehr hilfreich.\n\nHerzliche Grüße\nPaula Stein",
            ReceivedKind.THANKS,
        ),
        (
            "Hallo Ben,\n\nweißt du, wo die Schlüssel für den Seminarraum liegen?\n\nGruß\nMax",
            ReceivedKind.QUESTION,
        ),
        (
            "Guten Tag Frau Voigt,\n\nmein Name ist Rolf Engel, ich leite den Einkauf bei "
            "Engel Fenster. Ihr Vortrag zu Recyclingglas hat mich neugierig gemacht. Hätten "
            "Sie Zeit für ein Telefonat?\n\nMit freundlichen Grüßen\nRolf Engel",
            ReceivedKind.FIRST_CONTACT,
        ),
    ],
    ids=["sales", "introduction", "invitation", "feedback", "thanks", "question", "first"],
)
def test_kind_is_decided_on_structure(text: str, kind: ReceivedKind) -> None:
    assert read_message(text).kind is kind


def test_one_sales_word_makes_no_sales_pitch() -> None:
    read = read_message(
        "Hallo Jonas,\n\nkannst du mir das Angebot von gestern noch einmal schicken?\n\nGruß\nEva"
    )
    assert read.kind is ReceivedKind.QUESTION


def test_asks_are_questions_and_requests_not_small_talk_or_stock_lines() -> None:
    read = read_message(
        "Hallo Anna,\n\nwie geht's dir? Schick mir bitte die Folien. Rufen Sie mich gern an. "
        "Ich freue mich auf deine Antwort.\n\nViele Grüße\nJonas"
    )
    assert read.asks == ("Schick mir bitte die Folien.", "Rufen Sie mich gern an.")
    for ask in read.asks:
        assert ask in read.text, "every ask is a sentence of the text"


def test_no_sender_and_english_are_said() -> None:
    read = read_message("Would you be open to a quick chat about our platform this week?")
    assert "Kein Absender gefunden" in read.unread
    assert "Nachricht ist vermutlich englisch" in read.unread
    assert read.tone is None
    assert all(isinstance(note, Message) for note in read.unread), "notes translate"


def test_to_json_has_a_stable_shape() -> None:
    shape = read_message(XING_REQUEST).to_json()
    assert set(shape) == {
        "version",
        "sender",
        "tone",
        "platform",
        "kind",
        "also_kinds",
        "asks",
        "unread",
        "reply_values",
        "text",
    }
    assert set(shape["sender"]) == {"gender", "title", "first_name", "last_name"}  # type: ignore[arg-type]
    assert shape["kind"] == "contact_request" and shape["tone"] == "formal"
    empty = read_message("").to_json()
    assert empty["tone"] is None and empty["platform"] is None and empty["kind"] == "other"


# -- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\ufeff"])
def test_empty_paste(text: str) -> None:
    read = read_message(text)
    assert read == ReadMessage(text="", unread=read.unread)
    assert read.unread == ("Kein Text: nichts zu lesen",)


def test_html_from_a_browser() -> None:
    html = (
        "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
        "<p>Hallo&nbsp;Jonas,</p><p>hast du am <b>Freitag</b> Zeit?</p>"
        "<p>Viele Grüße<br>Lena Brandt</p><blockquote><p>Alte Nachricht</p></blockquote>"
        "</body></html>"
    )
    read = read_message(html)
    assert "<" not in read.text and "alert" not in read.text and "color" not in read.text
    assert read.asks == ("hast du am Freitag Zeit?",)
    assert read.sender.last_name == "Brandt"
    assert "HTML entfernt" in read.unread
    assert "Zitierter Verlauf weggelassen (1 ältere Nachricht)" in read.unread


def test_one_megabyte_is_capped_and_said() -> None:
    text = "Hallo Jonas,\n\n" + ("Das ist ein langer Satz ohne Ende und ohne Frage. " * 21_000)
    assert len(text) > 1_000_000
    read = read_message(text)
    assert len(read.text) <= MAX_ANALYSED_CHARS
    assert "Text gekürzt: nur die ersten 20.000 Zeichen gelesen" in read.unread


def test_one_megabyte_of_one_line_and_of_quotes() -> None:
    for text in ("x" * 1_000_000, "> " * 500_000, "?" * 1_000_000, "Am " * 300_000):
        read = read_message(text)
        assert len(read.text) <= MAX_ANALYSED_CHARS
        assert any("gekürzt" in note for note in read.unread)


def test_binary_ish_input() -> None:
    rng = random.Random(16)
    junk = bytes(rng.randrange(256) for _ in range(5_000)).decode("latin-1")
    read = read_message(junk)
    assert not any(ch in read.text for ch in "\x00\x01\x02\x1b")
    assert any("Steuerzeichen" in note for note in read.unread)


def test_deep_quoting() -> None:
    lines = ["Hallo Anna,", "", "passt dir Montag?", "", "Gruß", "Jonas", ""]
    lines += [">" * depth + " ältere Zeile" for depth in range(1, 151)]
    read = read_message("\n".join(lines))
    assert read.asks == ("passt dir Montag?",)
    # 150 levels of quoting: the newest 50 messages are kept, the rest is said to be left out.
    assert "Zitierter Verlauf weggelassen (49 ältere Nachrichten)" in read.unread
    assert any(str(note).startswith("Langer Verlauf: nur die neuesten 50") for note in read.unread)


def test_emoji() -> None:
    read = read_message("Hey Lea 🎉\n\nhast du Lust auf Kaffee? ☕️😊\n\nLiebe Grüße 🌻\nAnja 🙂")
    assert read.asks == ("hast du Lust auf Kaffee?",)
    assert read.sender.first_name == "Anja"
    assert read.tone is Tone.INFORMAL


def test_never_raises_for_any_string() -> None:
    rng = random.Random(1616)
    alphabet = (
        "aäBß ,.?!:;>\n\t<>/&;#\"'„“-–_@0123456789🙂\u200b\x00\x1b\ud800€" + "Von: Am schrieb"
    )
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 400)))
        read = read_message(text)
        assert isinstance(read, ReadMessage)
        read.to_json()


def test_a_megabyte_reads_in_bounded_time() -> None:
    """Not a speed goal (benchmarks/bench_reader.py has that): a guard that the caps hold,
    with a bound a hundred times what it takes."""
    text = ("Hallo Anna, hast du Zeit? > Am 1.1. schrieb Jonas:\n" * 20_000)[:1_000_000]
    started = time.perf_counter()
    read_message(text)
    assert time.perf_counter() - started < 30


def test_a_forward_is_read_as_what_it_passes_on() -> None:
    read = read_message(
        "Hallo Herr Wagner,\n\ndas hier könnte Sie interessieren. Hätten Sie Lust mitzukommen?\n\n"
        "Viele Grüße\nMarkus Albrecht\n\nVon: Wirtschaftsförderung <events@example.de>\n"
        "Gesendet: Donnerstag, 3. Dezember 2026 10:15\nBetreff: Einladung\n\nwir laden Sie "
        "herzlich zu unserem Neujahrsempfang am 15. Januar ins Alte Rathaus ein."
    )
    assert read.kind is ReceivedKind.INVITATION
    assert read.asks == ("Hätten Sie Lust mitzukommen?",), "asks only of the newest message"
    assert "Rathaus" not in read.text


def test_a_title_under_the_signature_delimiter() -> None:
    read = read_message(
        "Liebe Frau Schneider,\n\nkönnten Sie mir die Rohdaten schicken?\n\nHerzliche Grüße\n"
        "Annette Wolf\n\n--\nProf. Dr. Annette Wolf\nLehrstuhl für Gesundheitspsychologie"
    )
    assert read.sender == Recipient(Gender.FRAU, "Prof. Dr.", "Annette", "Wolf")
    assert "Lehrstuhl" not in read.text


def test_linkedin_layout_without_its_name() -> None:
    read = read_message(
        "Lena Fischer hat Ihnen eine Nachricht gesendet\n\nLena Fischer · 14:32\nHey Paul, hast "
        "du Lust auf einen Kaffee nächste Woche?\n\nAntworten\nDiese E-Mail ist für Paul Wendt "
        "bestimmt."
    )
    assert read.platform is Platform.LINKEDIN
    assert read.text == "Hey Paul, hast du Lust auf einen Kaffee nächste Woche?"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Hi Jonas, we're hosting a round table on AI in logistics on 4 February. Would you "
            "like to join?\nSophie",
            ReceivedKind.INVITATION,
        ),
        (
            "Hi Stefan,\n\nmeet Laura Bianchi, who runs a design studio in Milan. I'll let you two "
            "take it from here.\n\nCheers,\nBen Carter",
            ReceivedKind.INTRODUCTION,
        ),
        (
            "Hi Sarah, quick question about your post: did you migrate the queries manually or "
            "with the tool? Thanks, Daniel",
            ReceivedKind.QUESTION,
        ),
    ],
    ids=["invitation", "introduction", "question"],
)
def test_english_messages_get_a_kind_but_no_tone(text: str, kind: ReceivedKind) -> None:
    read = read_message(text)
    assert read.kind is kind
    assert read.tone is None
    assert "Nachricht ist vermutlich englisch" in read.unread


def test_a_lone_surrogate_never_reaches_what_was_read() -> None:
    """An attacker's text with a lone surrogate came back in `text`, and its JSON could not
    be written as UTF-8."""
    read = read_message("Hallo Jonas,\n\nkannst du mir \ud800 helfen?\n\nViele Grüße\nAnna Wagner")
    encoded = json.dumps(read.to_json(), ensure_ascii=False).encode("utf-8")
    assert "\ud800" not in read.text and encoded
    assert read.asks == ("kannst du mir helfen?",)


def test_praise_before_an_ask_to_speak_at_an_occasion_is_an_invitation() -> None:
    """A new user's XING message praised their post, then asked them to give a talk at a
    meet-up on a date; it was read as feedback and only feedback replies were offered."""
    read = read_message(
        "Guten Tag Herr Becker,\n\nich habe Ihren Beitrag in der Gruppe Intralogistik gelesen "
        "und fand Ihre Gedanken zu Kleinteilelagern sehr spannend. Wären Sie bereit, am "
        "15. Januar bei unserem Logistik-Stammtisch in München einen kurzen Impulsvortrag zu "
        "halten?\n\nMit freundlichen Grüßen\nMartin Albrecht"
    )
    assert read.kind is ReceivedKind.INVITATION


@pytest.mark.parametrize(
    "text",
    [
        "Merhaba Ahmet Bey,\n\nProfilinizi gördüm ve sizinle bağlantı kurmak isterim. "
        "İstanbul’da bir kahve içip görüşebilir miyiz?\n\nSaygılarımla,\nAyşe Yılmaz",
        "Dzień dobry Panie Tomaszu,\n\nwidziałem Pana wystąpienie na konferencji w Poznaniu "
        "i chciałbym porozmawiać o współpracy.\n\nPozdrawiam serdecznie\nŁukasz Żółć",
    ],
    ids=["turkish", "polish"],
)
def test_a_message_in_another_language_says_so_and_guesses_no_tone(text: str) -> None:
    """The attacker's Turkish and Polish messages came back as German questions, silently."""
    read = read_message(text)
    assert "Nachricht ist vermutlich weder deutsch noch englisch" in [str(n) for n in read.unread]
    assert read.tone is None


# Each of these took one to four seconds (quadratic in the run or in the joined line);
# benchmarks/bench_reader.py compares them with a normal message of the same length.
PATHOLOGICAL = {
    "underscores": "_" * 20_000,
    "digits": "1" * 20_000,
    "dots": "." * 20_000,
    "short_lines": "ab\n" * 6_667,
    "quoted_words": "> ab\n" * 4_000,
}


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_pastes_read_in_bounded_time(text: str) -> None:
    """A guard, not a speed goal: each reads in a fraction of the bound."""
    started = time.perf_counter()
    read_message(text)
    assert time.perf_counter() - started < 3


def test_reflow_joins_wrapped_lines_and_keeps_the_rest() -> None:
    wrapped = (
        "wir haben uns am Donnerstag auf der Messe in Essen am Stand der\n"
        "Handwerkskammer kurz unterhalten.\n- erster Punkt\n- zweiter Punkt\nGruß"
    )
    assert reflow(wrapped) == (
        "wir haben uns am Donnerstag auf der Messe in Essen am Stand der Handwerkskammer "
        "kurz unterhalten.\n- erster Punkt\n- zweiter Punkt\nGruß"
    )
    assert reflow("kurz\nund klein\n\n---\nnoch was") == "kurz und klein\n\n---\nnoch was"


def test_addresses_and_percentages_are_still_found_after_bounding_them() -> None:
    assert "anna.wagner@wagner-bau.example" in {
        t.text for t in tokens_of("Schreiben Sie an anna.wagner@wagner-bau.example bitte.")
    }
    pitch = read_message(
        "Guten Tag Frau Lang,\n\nunsere Software spart Kanzleien 30 % Zeit und 20% Kosten. "
        "Darf ich Ihnen eine Demo zeigen?\n\nBeste Grüße\nTom Berger"
    )
    assert pitch.kind is ReceivedKind.SALES_PITCH


@pytest.mark.parametrize(
    "ending",
    [
        "Viele Grüße\nViele Grüße\nAnna Berg",
        "Viele Grüße, viele Grüße\nAnna Berg",
        "Viele Grüße\n\nViele Grüße\n\nAnna Berg\nBerg Consulting",
    ],
)
def test_a_doubled_closing_is_no_name(ending: str) -> None:
    read = read_message(f"Hallo Jonas,\n\nkönnen wir morgen telefonieren?\n\n{ending}")
    assert (read.sender.first_name, read.sender.last_name) == ("Anna", "Berg")


def test_a_doubled_closing_without_a_name_gives_no_sender() -> None:
    read = read_message("Hallo Jonas,\n\nkönnen wir morgen telefonieren?\nViele Grüße\nViele Grüße")
    assert read.sender == Recipient()
    assert "Kein Absender gefunden" in read.unread


@pytest.mark.parametrize(
    ("signed", "title"),
    [
        ("Dr. Dr. Hans Weber", "Dr. Dr."),
        ("Prof. Dr. Dr. Hans Weber", "Prof. Dr. Dr."),
        ("Dr. rer. nat. Dr. med. Hans Weber", "Dr. Dr."),
        ("Dr.-Ing. Hans Weber", "Dr."),
    ],
)
def test_every_doctorate_is_kept(signed: str, title: str) -> None:
    read = read_message(
        f"Sehr geehrter Herr Becker,\n\nich bitte um Rückruf.\n\nMit freundlichen Grüßen\n{signed}"
    )
    assert read.sender == Recipient(Gender.HERR, title, "Hans", "Weber")


def test_a_double_doctorate_reaches_the_replys_title_field() -> None:
    from knigge_desktop.core.resources import resource_dir
    from knigge_desktop.core.templates import load_templates
    from knigge_desktop.services.reply_service import reply_values

    template = load_templates([resource_dir("templates")]).get("reply_formal")
    assert template is not None
    read = read_message("Guten Tag,\n\nbitte rufen Sie mich an.\n\nGruß\nDr. Dr. Hans Weber")
    assert reply_values(read, template)["recipient_title"] == "Dr. Dr."


PETRA_THREAD = """Hallo Jonas,

passt dir Dienstag um zehn?

Viele Grüße
Petra

Am 30.11.2026 um 17:02 schrieb Jonas Becker <jonas@becker.example>:
> Hallo Petra,
> gern, wann passt es dir?
> Jonas
>
>> Am 29.11.2026 um 09:15 schrieb {header}:
>> Hallo Jonas,
>> wollen wir uns zu den Entwürfen treffen?
>> Viele Grüße
>> {signed}
"""


@pytest.mark.parametrize(
    ("header", "signed"),
    [
        ("Petra Hoffmann <p.hoffmann@example.org>", "Petra"),  # the header names her
        ("<p@example.org>", "Petra Hoffmann"),  # she signed in full
    ],
)
def test_the_fullest_name_the_sender_gave_in_the_thread(header: str, signed: str) -> None:
    read = read_message(PETRA_THREAD.format(header=header, signed=signed))
    assert read.sender == Recipient(Gender.FRAU, "", "Petra", "Hoffmann")


def test_a_name_in_the_history_that_disagrees_is_not_taken() -> None:
    read = read_message(PETRA_THREAD.format(header="Petra Hoffmann <p@x.org>", signed="Petra"))
    assert read.sender.last_name != "Becker"  # Jonas Becker is the user, not the sender
    alone = read_message(PETRA_THREAD.replace("Petra\n\nAm", "\n\nAm").format(header="", signed=""))
    assert alone.sender.last_name == ""  # no name of her own: the history's may be anyone's


def test_a_long_thread_keeps_the_newest_fifty_messages_and_says_so() -> None:
    history = "\n".join(
        f"Am {day % 28 + 1}.11.2026 um 08:00 schrieb Kim Lee <kim@lee.example>:\nNummer {day}.\n"
        for day in range(60)
    )
    read = read_message(f"Hallo Jonas,\n\npasst dir Dienstag?\n\nGruß\nKim\n\n{history}")
    assert "Zitierter Verlauf weggelassen (49 ältere Nachrichten)" in read.unread
    assert "Langer Verlauf: nur die neuesten 50 Nachrichten gelesen, 11 ältere ausgelassen" in (
        read.unread
    )


@pytest.mark.parametrize("text", [">" * 10_000, "> > > >\n" * 2_500, ">" * 10_000 + " Text"])
def test_quote_markers_are_no_thousands_of_messages(text: str) -> None:
    read = read_message(text)
    numbers = [int(n) for note in read.unread for n in re.findall(r"\d+", str(note))]
    assert all(n <= MAX_QUOTE_DEPTH for n in numbers), read.unread


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A headhunter's search for an employer is selling, asked as a question or not.
        (
            "Sehr geehrte Frau Neumann,\n\nfür einen Versicherer in Köln suche ich eine "
            "Leitung Schadenmanagement. Hätten Sie Interesse?\n\nGrüße\nRalf Meier",
            ReceivedKind.SALES_PITCH,
        ),
        # What the product did for the seller's customers, after a "kurze Frage".
        (
            "Guten Tag Herr Wolff,\n\nkurze Frage: Wie lange dauert bei Ihnen die Urlaubsplanung? "
            "Bei unseren Kunden aus der Pflege hat sie sich mit unserer Software halbiert. "
            "Sollen wir das einmal ansehen?\n\nBeste Grüße\nCarina Vogt",
            ReceivedKind.SALES_PITCH,
        ),
        # Using the user's product and judging it by comparison or by what it lacks.
        (
            "Guten Tag Herr Albers,\n\nwir verwenden Ihre App seit März im Verein. Die "
            "Mitgliederliste ist viel übersichtlicher als vorher. Was uns noch fehlt, ist ein "
            "Kalender.\n\nFreundliche Grüße\nKatja Simon",
            ReceivedKind.FEEDBACK,
        ),
        # Saying who one is and wishing to talk, without asking: a first contact, even with
        # a word of praise for the user's blog.
        (
            "Hallo Ole,\n\nich bin über deinen Blog auf dich gestoßen und fand ihn spannend. "
            "Ich mache auch Keramik. Vielleicht ergibt sich ja mal ein Austausch.\n\nGrüße\nHenrik",
            ReceivedKind.FIRST_CONTACT,
        ),
        # Announcing the contact request instead of having sent it.
        (
            "Hey Jana, wir hatten im Coworking gequatscht – ich schick dir gleich ne Anfrage, "
            "ok?\n\nLG\nTimo",
            ReceivedKind.CONTACT_REQUEST,
        ),
    ],
    ids=["recruiter", "customers-of-the-product", "product-feedback", "wish", "connect-soon"],
)
def test_kinds_by_what_the_message_does(text: str, kind: ReceivedKind) -> None:
    assert read_message(text).kind is kind


@pytest.mark.parametrize("closing", ["Alles Liebe", "Alles Liebe 🌸"])
def test_closings_of_friends_are_no_names(closing: str) -> None:
    read = read_message(f"Hi Lisa,\n\nmagst du dir das mal anschauen?\n\n{closing}\nDenise")
    assert (read.sender.first_name, read.sender.last_name) == ("Denise", "")


def test_a_pitch_in_a_contact_request_frame_is_a_contact_request_as_well() -> None:
    framed = read_message(
        "Markus Schneider möchte sich mit Ihnen auf XING vernetzen.\n\nGuten Tag,\n\nwir "
        "liefern Regale zu unschlagbaren Preisen, 20 % Rabatt bis Freitag.\n\nMarkus Schneider"
    )
    assert framed.kind is ReceivedKind.SALES_PITCH
    assert framed.also_kinds == (ReceivedKind.CONTACT_REQUEST,)
    assert framed.to_json()["also_kinds"] == ["contact_request"]
    plain = read_message(XING_REQUEST)  # a request that is only one: nothing "as well"
    assert plain.kind is ReceivedKind.CONTACT_REQUEST and plain.also_kinds == ()
