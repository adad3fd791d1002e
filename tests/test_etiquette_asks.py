"""An ask is a question or a request, imperatives included, in either form of address."""

from __future__ import annotations

import pytest

from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.etiquette.context import CheckContext
from knigge_desktop.core.vocabulary import Kind, Tone

FORMAL = "Guten Tag Frau Wagner,\n\nIhr Vortrag auf der LogiMAT über Mehrweg hat mich beeindruckt. "
INFORMAL = "Hallo Anna,\n\ndein Vortrag auf der LogiMAT über Mehrweg hat mich beeindruckt. "
END = "\n\nViele Grüße\nJonas Becker"


def _asks(text: str, tone: Tone) -> bool:
    findings = EtiquetteChecker.shipped().check(text, CheckContext(Kind.FIRST_CONTACT, tone))
    return not any(f.rule_id == "ASK_MISSING" for f in findings)


@pytest.mark.parametrize(
    "request_",
    [
        "Geben Sie mir Bescheid, wann es Ihnen passt.",
        "Rufen Sie mich an, wenn Sie mögen.",
        "Lassen Sie es mich wissen, ob das klappt.",
        "Schauen Sie gern bei uns in Kassel vorbei.",
        "Nennen Sie mir einen Termin.",
        "Empfehlen Sie mir ein Buch dazu.",
    ],
)
def test_a_polite_imperative_is_an_ask(request_: str) -> None:
    assert _asks(FORMAL + request_ + END, Tone.FORMAL)


@pytest.mark.parametrize(
    "request_",
    [
        "Verrat mir doch mal, wie ihr das macht.",
        "Ruf mich gern an.",
        "Schau gern mal vorbei.",
        "Sag Bescheid, wenn du in Kassel bist.",
        "Empfiehl mir ein Buch dazu.",
    ],
)
def test_a_du_imperative_is_an_ask(request_: str) -> None:
    assert _asks(INFORMAL + request_ + END, Tone.INFORMAL)


def test_a_statement_alone_is_no_ask() -> None:
    assert not _asks(FORMAL + "Wir planen Ähnliches in Kassel." + END, Tone.FORMAL)
