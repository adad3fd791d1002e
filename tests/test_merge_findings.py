"""One place merges the etiquette and grammar findings, for the window and `check` alike."""

from __future__ import annotations

from knigge_desktop.core.findings import Finding, Principle, Severity, merge_findings


def _finding(
    source: str, principle: Principle, start: int, end: int, severity: Severity
) -> Finding:
    return Finding(source, f"{source.upper()}_RULE", principle, severity, start, end, "m", "e", ())


def test_a_name_slip_found_by_both_checks_is_listed_once_and_order_is_by_place() -> None:
    text = "Sehr geehrte Frau Wagnr, danke fuer alles"
    greeting_name = (text.index("Wagnr"), text.index("Wagnr") + 5)
    etiquette = [_finding("etiquette", Principle.RECIPIENT_MATCH, *greeting_name, Severity.WARNING)]
    grammar = [
        _finding("grammar", Principle.RECIPIENT_MATCH, *greeting_name, Severity.ERROR),
        _finding("grammar", Principle.LANGUAGE, text.index("fuer"), text.index("fuer") + 4,
                 Severity.ERROR),
        _finding("grammar", Principle.LANGUAGE, 0, 4, Severity.HINT),
    ]  # fmt: skip
    merged = merge_findings(etiquette, grammar)
    assert [(f.source, f.start) for f in merged] == [
        ("grammar", 0),
        ("etiquette", greeting_name[0]),
        ("grammar", text.index("fuer")),
    ]
