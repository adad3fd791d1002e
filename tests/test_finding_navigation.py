"""F7's choice of the next finding (core/findings.neighbour_finding), without a window."""

from __future__ import annotations

from knigge_desktop.core.findings import (
    Finding,
    FindingSource,
    Principle,
    Severity,
    neighbour_finding,
)


def _at(start: int, end: int) -> Finding:
    return Finding(
        source=FindingSource.ETIQUETTE, rule_id=f"R{start}", principle=Principle.TONE,
        severity=Severity.HINT, start=start, end=end, message="m", explanation="",
    )  # fmt: skip


def test_forward_takes_the_first_after_the_selection_and_wraps() -> None:
    a, b, c = _at(0, 5), _at(10, 12), _at(20, 20)
    found = [c, a, b]  # in any order
    assert neighbour_finding(found, (0, 0), forward=True) == a
    assert neighbour_finding(found, (0, 5), forward=True) == b, "the selected one is passed"
    assert neighbour_finding(found, (13, 13), forward=True) == c
    assert neighbour_finding(found, (20, 20), forward=True) == a, "wraps to the first"


def test_backward_takes_the_last_before_the_selection_and_wraps() -> None:
    a, b = _at(0, 5), _at(10, 12)
    assert neighbour_finding([a, b], (10, 12), forward=False) == a
    assert neighbour_finding([a, b], (0, 5), forward=False) == b, "wraps to the last"


def test_no_findings_nothing_to_go_to() -> None:
    assert neighbour_finding([], (0, 0), forward=True) is None


def _named(rule_id: str, at: int) -> Finding:
    return _at(at, at)._replace(rule_id=rule_id)


def test_findings_that_share_a_place_are_each_reached_in_turn() -> None:
    """ "Gruß" and "Name" both missing at the end: each F7 goes on to the next one there,
    each Shift+F7 back, and the walk wraps round as elsewhere."""
    first, ask, closing, name = (
        _at(0, 5),
        _named("ASK", 76),
        _named("CLOSING", 76),
        _named("NAME", 76),
    )
    found = [name, first, closing, ask]
    walked, selection, current = [], (0, 5), first
    for _ in range(4):
        current = neighbour_finding(found, selection, forward=True, current=current)
        assert current is not None
        walked.append(current.rule_id)
        selection = (current.start, current.end)
    assert walked == ["ASK", "CLOSING", "NAME", "R0"]
    back = neighbour_finding(found, (76, 76), forward=False, current=closing)
    assert back == ask
    # Moved away (a click elsewhere): the place decides again, not the last finding.
    assert neighbour_finding(found, (3, 3), forward=True, current=closing) == ask
