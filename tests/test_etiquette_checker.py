"""The checker's contract: exact spans, context handling, switches, and its model templates."""

from __future__ import annotations

import random

import pytest

from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.etiquette.context import CheckContext, infer_tone, parse_recipient
from knigge_desktop.core.greeting import Gender, Recipient
from knigge_desktop.core.templates import load_templates, render
from knigge_desktop.core.textspan import Utf16Map
from knigge_desktop.core.vocabulary import Kind, Platform, Tone

CHECKER = EtiquetteChecker.shipped()


def _ids(text: str, context: CheckContext | None = None) -> list[str]:
    return [f.rule_id for f in CHECKER.check(text, context)]


# -- spans ------------------------------------------------------------------------------

NASTY = ["👩‍👩‍👧", "🇩🇪", "👋🏽", "e\u0301", "𝔘", "❤️", "\r\n", "ß", "\t"]


@pytest.mark.parametrize("prefix", NASTY)
@pytest.mark.parametrize("suffix", ["", *NASTY])
def test_spans_cover_exactly_the_flagged_text(prefix: str, suffix: str) -> None:
    text = (
        f"Hallo Kim,\r\n\r\n{prefix} danke!!!{suffix} [Name] {prefix}\r\n\r\nViele Grüße\r\nJonas"
    )
    findings = {f.rule_id: f for f in CHECKER.check(text)}
    pile, placeholder = findings["EXCLAMATION_PILE"], findings["PLACEHOLDER_LEFT"]
    assert text[pile.start : pile.end] == "!!!"
    assert text[placeholder.start : placeholder.end] == "[Name]"
    assert pile.suggestions == ("!",)


def test_an_emoji_zwj_sequence_is_flagged_whole() -> None:
    text = (
        "Guten Tag Frau Wagner,\n\ndanke 👩‍👩‍👧 und 🇩🇪 und 👋🏽!\n\n"
        "Mit freundlichen Grüßen\nJonas Becker"
    )
    flagged = [
        text[f.start : f.end]
        for f in CHECKER.check(text, CheckContext(tone=Tone.FORMAL))
        if f.rule_id == "EMOJI_IN_FORMAL"
    ]
    assert flagged == ["👩‍👩‍👧", "🇩🇪", "👋🏽"]


def test_utf16_map_agrees_with_counting_code_units() -> None:
    rng = random.Random(7)
    alphabet = ["a", "ä", "😀", "👩", "\u200d", "🇩", "\u0301", "\n"]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        mapping = Utf16Map(text)
        for index in range(len(text) + 1):
            units = len(text[:index].encode("utf-16-le")) // 2
            assert mapping.to_utf16(index) == units
            assert mapping.from_utf16(units) == index
        for index, char in enumerate(text):
            if ord(char) > 0xFFFF:  # the middle of a surrogate pair rounds down
                assert mapping.from_utf16(mapping.to_utf16(index) + 1) == index


# -- context ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Frau Dr. Anna Wagner", Recipient(Gender.FRAU, "Dr.", "Anna", "Wagner")),
        ("Herr Albrecht", Recipient(Gender.HERR, "", "", "Albrecht")),
        (
            "Herr Prof. Dr. Martin Albrecht",
            Recipient(Gender.HERR, "Prof. Dr.", "Martin", "Albrecht"),
        ),
        ("Alex Weber", Recipient(Gender.NONE, "", "Alex", "Weber")),
        ("Kim", Recipient(Gender.NONE, "", "Kim", "")),
    ],
)
def test_parse_recipient(name: str, expected: Recipient) -> None:
    assert parse_recipient(name) == expected


@pytest.mark.parametrize(
    ("text", "tone"),
    [
        ("Guten Tag Frau Wagner,\n\nhätten Sie Zeit?", Tone.FORMAL),
        ("Hallo Frau Wagner, hätten sie Zeit?", Tone.FORMAL),
        ("Hallo Kim,\n\nhast du Zeit? Sie meinte, du kennst dich aus.", Tone.INFORMAL),
        ("Danke!", None),
    ],
)
def test_tone_is_inferred_when_not_given(text: str, tone: Tone | None) -> None:
    assert infer_tone(text) == tone


def test_rules_needing_missing_context_are_skipped() -> None:
    text = (
        "Guten Tag Frau Wagner,\n\nich bin Einkaufsleiter.\n\nMit freundlichen Grüßen\nJonas Becker"
    )
    assert "REASON_MISSING" not in _ids(text)
    assert "REASON_MISSING" in _ids(text, CheckContext(kind=Kind.FIRST_CONTACT))


def test_user_can_turn_a_rule_off_and_ignore_one_finding() -> None:
    text = "Hallo Kim,\n\ndanke!!! Das war super!!\n\nViele Grüße\nJonas"
    piles = [f for f in CHECKER.check(text) if f.rule_id == "EXCLAMATION_PILE"]
    assert len(piles) == 2
    assert "EXCLAMATION_PILE" not in _ids_with(text, disabled={"EXCLAMATION_PILE"})
    left = [
        f
        for f in CHECKER.check(text, ignored={piles[0].ignore_key(text)})
        if f.rule_id == "EXCLAMATION_PILE"
    ]
    assert [text[f.start : f.end] for f in left] == ["!!"]


def _ids_with(text: str, **switches: object) -> list[str]:
    return [f.rule_id for f in CHECKER.check(text, **switches)]  # type: ignore[arg-type]  # the switches of check(), passed through


def test_findings_come_sorted_and_serialise_to_the_design_shape() -> None:
    text = "danke!!! [Name]"
    findings = CHECKER.check(text)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert set(findings[0].to_json()) == {
        "source", "rule_id", "principle", "severity", "start", "end",
        "message", "explanation", "suggestions",
    }  # fmt: skip
    assert all(f.source == "etiquette" for f in findings)


def test_empty_text_breaks_nothing_but_an_empty_contact_note() -> None:
    assert CHECKER.check("") == [] and CHECKER.check(" \n\r\n ") == []
    assert _ids("", CheckContext(kind=Kind.CONTACT_REQUEST)) == ["CONTACT_NOTE_EMPTY"]


def test_a_megabyte_is_checked_with_capped_findings() -> None:
    text = ("Hallo Kim, danke!!! Das ist WIRKLICH super. " * 25_000)[:1_000_000]
    findings = CHECKER.check(text, CheckContext(kind=Kind.REPLY))
    per_rule: dict[str, int] = {}
    for f in findings:
        per_rule[f.rule_id] = per_rule.get(f.rule_id, 0) + 1
    assert per_rule["EXCLAMATION_PILE"] == 200
    assert "TOO_LONG" in per_rule


# -- the templates are the model --------------------------------------------------------


@pytest.mark.parametrize("template", load_templates().items, ids=lambda t: t.id)
def test_every_template_with_its_examples_is_clean_on_every_platform(template) -> None:
    values = template.example_values()
    text = render(template, values)
    recipient = Recipient(
        Gender(values.get("recipient_gender") or "none"),
        str(values.get("recipient_title", "")),
        str(values.get("recipient_first_name", "")),
        str(values.get("recipient_last_name", "")),
    )
    for platform in [*template.platforms, None]:
        context = CheckContext(template.kind, template.tone, platform, recipient)
        counting = [
            (f.rule_id, text[f.start : f.end]) for f in CHECKER.check(text, context) if f.counts
        ]
        assert counting == [], (platform, counting)


def test_linkedin_limit_counts_emoji_twice() -> None:
    context = CheckContext(kind=Kind.CONTACT_REQUEST, platform=Platform.LINKEDIN)
    base = "Hallo Kim, wir kennen uns vom Barcamp. Viele Grüße, Jonas "
    fits = base + "a" * (300 - len(base))
    assert "PLATFORM_LIMIT" not in _ids(fits, context)
    over = base + "😀" * ((300 - len(base)) // 2 + 1)  # fewer than 300 code points
    assert len(over) < 300
    [finding] = [f for f in CHECKER.check(over, context) if f.rule_id == "PLATFORM_LIMIT"]
    assert over[finding.start :] == "😀", "underlined from the first unit past the limit"


# -- the prefilter never hides a match --------------------------------------------------


def _all_patterns() -> list[tuple[str, object, object]]:
    found = []
    for rule in CHECKER.rules.items:
        for pattern, prefilter in zip(rule.patterns, rule.prefilters, strict=True):
            if not isinstance(pattern, str):
                found.append((rule.id, pattern, prefilter))
        found += [(rule.id, swap.pattern, swap.prefilter) for swap in rule.swaps]
    return found


def _texts() -> list[str]:
    import tomllib
    from pathlib import Path

    corpus = tomllib.loads(
        (Path(__file__).parent / "corpus" / "etiquette_corpus.toml").read_text(encoding="utf-8")
    )["message"]
    texts = [m["text"] for m in corpus]
    # The development corpus too: its wording is what the widened filters (alternatives,
    # lookbehinds) must never hide.
    texts += [
        m["text"]
        for m in tomllib.loads(
            (Path(__file__).parent / "corpus" / "development_corpus.toml").read_text(
                encoding="utf-8"
            )
        )["message"]
    ]
    texts += [ex.text for rule in CHECKER.rules.items for ex in (*rule.good, *rule.bad)]
    rng = random.Random(11)
    words = [
        "Rabatt",
        "RABATT",
        "ſonder",
        "NUR",
        "heute",
        "Hallo",
        "hallo",
        "MfG",
        "ihnen",
        "Sie",
        "[x]",
        "{y}",
        "…",
        "XY",
        "ẞ",
        "ſ",
        "!!",
        "?!",
    ]
    texts += [" ".join(rng.choice(words) for _ in range(12)) for _ in range(300)]
    return texts + [t.upper() for t in texts[:60]]


def test_a_prefilter_never_says_no_where_its_pattern_matches() -> None:
    texts = _texts()
    filtered = 0
    for rule_id, pattern, prefilter in _all_patterns():
        if prefilter is None:
            continue
        filtered += 1
        for text in texts:
            if pattern.search(text):  # type: ignore[attr-defined]  # the rule kinds with a pattern
                assert prefilter.may_match(text, text.casefold()), (rule_id, pattern, text)  # type: ignore[attr-defined]  # as above
    assert filtered >= 30, "most patterns get a prefilter"


@pytest.mark.parametrize(
    ("source", "literals"),
    [
        (r"(?i)\brabatt\w*", ("rabatt",)),
        (r"(?i)\bvernetze mich gerne? mit", ("vernetze mich gern",)),
        (r"(?i)\b(?:kaufen|buchen) sie", ("kaufen", "buchen")),
        (r"\[[^\]]+\]", ("[",)),
        (r"(?i:\b(?:danke) )(?P<flag>ihnen)\b", ("ihnen",)),
        (r"(?<![\w-])(?P<flag>MfG|mfg)(?![\w-])", ("MfG", "mfg")),
        (r"(?i:abc (?P<flag>ihnen))", None),  # the flag sits inside a case-insensitive group
        (r"(?i)\b(?:ab)?cd", None),  # an optional group first: no literal is certain
        (r"(?i)\b\d+ %", None),
        # A top-level "a|b" needs a literal in each piece; a lookbehind consumes nothing.
        (r"(?i)\bnachfassen\b|\bfollow[- ]?up\b", ("nachfassen", "follow")),
        (r"(?i)\bnoch heute|\b\d+ tage", None),
        (r"(?i)(?<!läuft )(?<!gilt )\b(?:noch|nur) bis", ("noch", "nur")),
        (r"(?im)\bzur\b", ("zur",)),
    ],
)
def test_prefilter_extraction(source: str, literals: tuple[str, ...] | None) -> None:
    import re

    from knigge_desktop.core.etiquette.prefilter import prefilter_for

    prefilter = prefilter_for(re.compile(source))
    assert (prefilter.literals if prefilter else None) == literals


def test_a_missing_name_is_placed_at_the_end_and_the_sender_is_offered() -> None:
    text = "Guten Tag Frau Wagner,\n\nIhr Vortrag hat mich beeindruckt.\n\nViele Grüße\n"
    context = CheckContext(kind=Kind.REPLY, sender="Jonas Becker")
    missing = next(f for f in CHECKER.check(text, context) if f.rule_id == "SENDER_NAME_MISSING")
    assert missing.start == missing.end == len(text.rstrip()), "at the end, underlining nothing"
    assert missing.suggestions == ("\nJonas Becker",)
    signed = text + "Jonas Becker"
    assert "SENDER_NAME_MISSING" not in {f.rule_id for f in CHECKER.check(signed, context)}


def test_missing_parts_never_underline_the_greeting() -> None:
    text = "Guten Tag Frau Wagner,\n\nich bin Einkaufsleiter.\n\nViele Grüße\nJonas Becker"
    findings = CHECKER.check(text, CheckContext(kind=Kind.FIRST_CONTACT))
    missing = [f for f in findings if f.rule_id in {"REASON_MISSING", "ASK_MISSING"}]
    assert {f.rule_id for f in missing} == {"REASON_MISSING", "ASK_MISSING"}
    assert all(f.start == f.end for f in missing)
    greeting_end = text.index(",") + 1
    assert next(f for f in missing if f.rule_id == "REASON_MISSING").start == greeting_end


def test_placeholders_are_masked_for_every_other_rule() -> None:
    text = (
        "Hallo [VORNAME],\n\ndein Beitrag über Remote-Teams hat mir gefallen.\n\n"
        "Viele Grüße\n[DEIN NAME]"
    )
    findings = CHECKER.check(text, CheckContext(kind=Kind.REPLY, tone=Tone.INFORMAL))
    assert {f.rule_id for f in findings if f.counts} == {"PLACEHOLDER_LEFT"}


def test_a_pattern_with_a_top_level_alternative_gets_no_prefilter_that_would_skip_it() -> None:
    import re

    from knigge_desktop.core.etiquette.prefilter import prefilter_for

    pattern = re.compile(r"(?i)\bnichts für (?:mich|uns)\b|\bverhindert\b")
    found = prefilter_for(pattern)
    text = "Ich bin leider verhindert."
    assert pattern.search(text)
    assert found is None or found.may_match(text, text.casefold())
    assert prefilter_for(re.compile(r"(?i)\b(?:a|b)c")) is not None, "groups still filter"


def _principles(text: str, kind: Kind, tone: Tone) -> set[str]:
    context = CheckContext(kind=kind, tone=tone, platform=Platform.EMAIL)
    return {f.principle.value for f in EtiquetteChecker.shipped().check(text, context) if f.counts}


def test_a_short_wish_above_the_name_closes_the_message() -> None:
    body = "Hey Max,\n\ndanke für die Einladung! Beim Hackathon bin ich nicht dabei.\n\n"
    assert "closing" not in _principles(body + "Feiert schön!\nSophie", Kind.DECLINE, Tone.INFORMAL)
    # A question above the name is no closing, nor a long line that happens to end in "!".
    assert "closing" in _principles(
        body + "Kommst du nächstes Jahr?\nSophie", Kind.DECLINE, Tone.INFORMAL
    )
    long_line = "Ich hoffe sehr, dass ihr trotzdem viele Leute zusammenbekommt und Spaß habt!"
    assert "closing" in _principles(body + long_line + "\nSophie", Kind.DECLINE, Tone.INFORMAL)


def test_a_shared_occasion_with_wir_zusammen_is_a_reason() -> None:
    ending = " Lass uns vernetzt bleiben! Viele Grüße, Timo"
    shared = "Hi Sabine, wir standen beim Barcamp Kiel zusammen am Kaffee und haben geredet."
    alone = "Hi Sabine, ich war beim Barcamp Kiel und fand es toll."
    assert "reason" not in _principles(shared + ending, Kind.CONTACT_REQUEST, Tone.INFORMAL)
    assert "reason" in _principles(alone + ending, Kind.CONTACT_REQUEST, Tone.INFORMAL)


def test_only_a_shared_industry_is_a_line_anyone_could_get() -> None:
    text = (
        "Sehr geehrter Herr Lang,\n\nda wir beide in der Lebensmittelbranche arbeiten, "
        "sollten wir uns vernetzen. Wann hätten Sie Zeit?\n\nViele Grüße\nSimon Keller"
    )
    assert {"reason", "mass_message"} <= _principles(text, Kind.FIRST_CONTACT, Tone.FORMAL)


def test_dialect_closings_and_a_closing_after_an_emoji_are_seen() -> None:
    body = "Hi Aylin,\n\nhier der Link aus unserem Call von heute: figma.com/file/xyz\n\n"
    assert "closing" not in _principles(body + "Grüßle\nNele", Kind.FOLLOW_UP, Tone.INFORMAL)
    assert "closing" not in _principles(
        body + "Liebe Grüessli\nNele", Kind.FOLLOW_UP, Tone.INFORMAL
    )
    one_line = "Hey Ben, dein Talk beim Barcamp war super, lass uns connecten! 🙂 Gruß, Sascha"
    assert "closing" not in _principles(one_line, Kind.CONTACT_REQUEST, Tone.INFORMAL)


def test_a_work_by_the_reader_and_what_the_reader_organises_are_reasons() -> None:
    ending = " Hast du Lust, das bei uns vorzustellen?\n\nViele Grüße\nJana"
    by_you = "Hallo Tim,\n\nsuper Artikel von dir über Remote-Onboarding in der Pflege!"
    organised = "Hallo Tim,\n\ndas Meetup, das du in Essen organisierst, war toll."
    for text in (by_you, organised):
        assert "reason" not in _principles(text + ending, Kind.FIRST_CONTACT, Tone.INFORMAL)


def test_a_field_from_the_profile_and_all_my_contacts_are_mass_lines() -> None:
    field = (
        "Guten Tag Frau Hartmann,\n\nich habe gesehen, dass Sie im Bereich Vertrieb tätig sind. "
        "Wann passt Ihnen ein Gespräch?\n\nBeste Grüße\nOliver Blum"
    )
    everyone = (
        "Hallo Jens,\n\nich frage gerade alle meine Kontakte: Kennst du jemanden im Vertrieb?"
        "\n\nViele Grüße\nRobert"
    )
    assert {"reason", "mass_message"} <= _principles(field, Kind.FIRST_CONTACT, Tone.FORMAL)
    assert "mass_message" in _principles(everyone, Kind.FIRST_CONTACT, Tone.INFORMAL)


def test_a_contact_block_under_the_name_does_not_hide_closing_and_name() -> None:
    text = (
        "Sehr geehrter Herr Stein,\n\nIhre Studie zur Schichtarbeit hat uns überzeugt. "
        "Dürfen wir Sie einladen?\n\nMit freundlichen Grüßen\n\ni. A. Carsten Mühlberg\n"
        "Sachgebietsleiter Leitstelle\nBerufsfeuerwehr Magdeburg\nTelefon: 0391 5402-0\n"
        "E-Mail: leitstelle@example.org\nwww.example.org"
    )
    found = _principles(text, Kind.FIRST_CONTACT, Tone.FORMAL)
    assert not found & {"closing", "identity"}, found


def test_a_report_by_the_reader_is_a_reason_and_their_skills_are_not() -> None:
    ending = " Wissen Sie, wer dort zuständig ist?\n\nMit freundlichen Grüßen\nRonny Seidel"
    report = "Sehr geehrte Frau Kowalczyk,\n\nIhre Reportage über die Bäckerei in Görlitz war toll."
    skills = "Sehr geehrte Frau Kowalczyk,\n\nIhre Kompetenzen passen gut zu dem, was wir tun."
    assert "reason" not in _principles(report + ending, Kind.FIRST_CONTACT, Tone.FORMAL)
    assert {"reason", "mass_message"} <= _principles(
        skills + ending, Kind.FIRST_CONTACT, Tone.FORMAL
    )


def test_a_named_committee_is_addressed_and_a_group_written_to_is_a_mass_message() -> None:
    committee = (
        "Sehr geehrte Damen und Herren des Bauausschusses,\n\nim Anhang finden Sie das "
        "Protokoll unserer Sitzung vom 21. Mai.\n\nMit freundlichen Grüßen\nAndrea Vossberg"
    )
    assert not _principles(committee, Kind.FOLLOW_UP, Tone.FORMAL)
    group = (
        "Sehr geehrter Herr Wieland,\n\nich schreibe derzeit Ärztinnen und Ärzte in ganz "
        "Bayern an. Dürfte ich Ihnen Unterlagen senden?\n\nMit freundlichen Grüßen\nAngelika Roth"
    )
    assert "mass_message" in _principles(group, Kind.FIRST_CONTACT, Tone.FORMAL)


def test_a_separable_refusal_is_a_no_and_a_softened_one_is_not() -> None:
    start = "Sehr geehrter Herr Fritsch,\n\nvielen Dank für Ihren Vorschlag. "
    end = "\n\nIch wünsche Ihnen viel Erfolg.\n\nMit freundlichen Grüßen\nDorothea Kienle"
    clear = start + "Nach Rücksprache mit der Geschäftsleitung lehnen wir ab." + end
    soft = start + "Im Moment passt es nicht so gut, vielleicht ergibt sich später etwas." + end
    assert "decline_clarity" not in _principles(clear, Kind.DECLINE, Tone.FORMAL)
    assert "decline_clarity" in _principles(soft, Kind.DECLINE, Tone.FORMAL)


def test_an_invoice_by_number_is_a_reference_and_open_for_chances_a_stock_line() -> None:
    invoice = (
        "Hallo Gregor,\n\nkurze Erinnerung an die Rechnung Nr. 118 für das Shooting, sie ist "
        "noch offen.\n\nLiebe Grüße\nIsabel"
    )
    assert "feedback_reference" not in _principles(invoice, Kind.FOLLOW_UP, Tone.INFORMAL)
    chances = (
        "Sehr geehrter Herr Baumgart,\n\nich bin immer offen für neue Kooperationen. "
        "Wann können wir telefonieren?\n\nMit freundlichen Grüßen\nSven Hollmann"
    )
    assert {"reason", "mass_message"} <= _principles(chances, Kind.FIRST_CONTACT, Tone.FORMAL)


def test_a_lowercase_signature_is_a_name_and_its_lg_is_abbreviated() -> None:
    text = "hey tom, danke für die einladung! ich bin beim lauf leider raus. viel spaß! lg maja"
    found = _principles(text, Kind.DECLINE, Tone.INFORMAL)
    assert "closing" in found and "identity" not in found, found


def test_what_follows_a_placeholder_may_start_a_sentence() -> None:
    """A placeholder may stand for a whole sentence: "Ich" after it is no capital mid-sentence,
    and a word in capitals after it (more of the template) is no shouting. Elsewhere both are."""
    checker = EtiquetteChecker.shipped()
    context = CheckContext(kind=Kind.CONTACT_REQUEST, tone=Tone.FORMAL)
    template = (
        "Guten Tag Frau Wagner,\n\n[Woher Sie sich kennen] Ich würde mich freuen, mit Ihnen "
        "in Kontakt zu bleiben. [Anrede] NACHNAME steht oben.\n\nMit freundlichen Grüßen\n"
        "Jonas Becker"
    )
    ids = {f.rule_id for f in checker.check(template, context)}
    assert "PLACEHOLDER_LEFT" in ids
    assert not ids & {"ICH_CAPITALISED", "CAPS_WORD", "SHOUTING"}
    filled = template.replace("[Woher Sie sich kennen]", "wir kennen uns, und").replace(
        "[Anrede] ", "der "
    )
    ids = {f.rule_id for f in checker.check(filled, context)}
    assert {"ICH_CAPITALISED", "CAPS_WORD"} <= ids
