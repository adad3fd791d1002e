"""The German language layer the checks read through: sentences, names, language."""

from __future__ import annotations

import pytest

from knigge_desktop.core.language.detect import looks_english
from knigge_desktop.core.language.names import is_name_line, mentions_person
from knigge_desktop.core.language.sentences import sentences, tokens_of


def test_sentences_keep_their_spans_and_abbreviations_end_none() -> None:
    text = "Guten Tag Frau Dr. Wagner,\n\nam 12. Mai, z. B. um 10 Uhr? Gern!  Bis dann"
    found = sentences(text)
    assert [s.text for s in found] == [
        "Guten Tag Frau Dr. Wagner,", "am 12. Mai, z. B. um 10 Uhr?", "Gern!", "Bis dann",
    ]  # fmt: skip
    assert all(text[s.start : s.end] == s.text for s in found)


def test_a_sentence_is_analysed_once_while_its_text_stays() -> None:
    tokens_of.cache_clear()
    tokens_of("Ihr Vortrag hat mich beeindruckt.")
    tokens_of("Ihr Vortrag hat mich beeindruckt.")
    assert tokens_of.cache_info().hits == 1


@pytest.mark.parametrize(
    ("line", "after_closing", "is_name"),
    [
        ("Jonas", True, True),
        ("Jonas Becker", False, True),
        ("Ihr Jonas Becker", True, True),
        ("Dr. med. Kai Petersen", True, True),
        ("Dipl.-Ing. Katrin Oswald", True, True),
        ("Dr.-Ing. Wagner", True, True),
        ("J. Becker", False, True),
        ("Ngozi Adeyemi", False, True),
        ("Robin (they/them)", True, True),
        ("Anna-Lena Schmidt-Hoffmann, M.A.", True, True),
        ("Jonas | Becker Transport", True, True),
        ("i. A. Jana Pohl", True, True),
        ("Ihr Recruiting-Team", True, False),
        ("Ihr Team der Seidel Logistik", True, False),
        ("Die Organisatoren", True, False),
        ("https://example.org/jonas", True, False),
        ("Gerne!", True, False),
        ("Tel. 03641 123456", True, False),
        ("Könnten Sie mir das sagen?", False, False),
        ("Wagner", False, False),
    ],
)
def test_a_name_line_is_a_name_not_any_capitalised_word(
    line: str, after_closing: bool, is_name: bool
) -> None:
    assert is_name_line(line, after_closing=after_closing) is is_name


def test_a_named_third_person_is_found_by_name_or_relation() -> None:
    assert mentions_person("Petra Schubert von der IHK hat mir geraten, Sie anzurufen.")
    assert mentions_person("Frau Dr. Jung hat mir Ihre Adresse gegeben.")
    assert mentions_person("Unsere gemeinsame Bekannte Friederike Lau meinte, du kannst helfen.")
    assert not mentions_person("Die Plattform hat mir Ihr Profil gezeigt.")


def test_english_is_told_from_german() -> None:
    assert looks_english("Hi Anna, I loved your talk. Would you have time for a call next week?")
    assert not looks_english("Hallo Anna, dein Vortrag war toll. Hast du nächste Woche Zeit?")
    assert not looks_english("Hallo Anna, das Meeting war super, thanks!")


@pytest.mark.parametrize(
    ("text", "informal"),
    [
        ("Hätten Sie Zeit? Schreib mir gern, wann es passt.", ["Schreib"]),
        ("Lass uns nächste Woche telefonieren.", ["Lass"]),
        ("Wenn etwas fehlt, sag einfach Bescheid.", ["sag"]),
        ("Schreiben Sie mir gern, wann es passt.", []),  # the polite imperative
        ("Ich melde mich gern nächste Woche.", []),  # the writer, not an imperative
        ("Schicke gern die Unterlagen.", []),  # "(ich) schicke", subject dropped
        ("Der Slogan „Mach dein Ding im Handwerk“ stammt von uns.", []),  # a quotation
    ],
)
def test_du_without_a_pronoun_and_quotations(text: str, informal: list[str]) -> None:
    from knigge_desktop.core.etiquette.address import address_markers

    found = [text[m.start : m.end] for m in address_markers(text) if not m.formal]
    assert found == informal


def test_names_with_austrian_titles_and_a_named_contact_by_any_first_name() -> None:
    assert is_name_line("Univ.-Prof. Dr. Gerald Moser", after_closing=True)
    assert mentions_person("Kathi Meister meinte, ich soll mich bei dir melden.")
    assert not mentions_person("Unser Vertrieb meinte, ich soll mich bei dir melden.")


@pytest.mark.parametrize(
    ("sentence", "refers"),
    [
        ("Ihr Leserbrief in der Badischen Zeitung hat mir aus der Seele gesprochen.", True),
        ("hab euren Pitch beim Demo Day gesehen, der war stark.", True),
        ("Ihr Profil habe ich mir angesehen und es hat mich beeindruckt.", False),
        ("Ihre Firma ist mir aufgefallen und hat mich beeindruckt.", False),
        ("Kathi Meister meinte, ich soll mich bei dir melden.", True),
        ("wir haben im Oktober zusammen im Orga-Team den Stadtlauf gestemmt.", True),
    ],
)
def test_a_reason_is_something_of_theirs_whatever_the_noun(sentence: str, refers: bool) -> None:
    from knigge_desktop.core.etiquette.structure import _refers

    assert _refers(sentence) is refers
