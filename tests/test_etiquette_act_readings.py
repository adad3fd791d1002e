"""Round-7 readings of an act, each at the function that reads it: the act in a wording
that no list names must be recognised, and a near miss that is another act must not."""

from __future__ import annotations

from knigge_desktop.core.etiquette.structure import _acknowledges_by_structure, _cross_post_in
from knigge_desktop.core.language.names import named_person_tells


def test_a_sentence_acknowledges_by_its_act_and_its_nouns() -> None:
    assert _acknowledges_by_structure(
        "Wir wissen Ihren Input sehr zu schätzen und haben ihn an die Fachabteilung übergeben."
    )
    assert _acknowledges_by_structure("Sie hören in Kürze von uns.")
    # A noun of the matter, a contrast or a question answers.
    assert not _acknowledges_by_structure("Danke, den Stand auf der Fahrradmesse nehme ich mit.")
    assert not _acknowledges_by_structure("Danke, aber ich bin gut versorgt.")
    assert not _acknowledges_by_structure("Danke, wann passt es Ihnen?")


def test_cross_posting_is_a_quantifier_over_places_in_any_verb() -> None:
    assert _cross_post_in("ich werfe das mal in sämtliche Netzwerke, in denen ich bin")
    assert _cross_post_in("hab ich schon überall gepostet")
    assert _cross_post_in("Sorry für das Crossposting!")
    assert not _cross_post_in("In dieser Gruppe wird oft nach Lastenrädern gefragt.")
    assert not _cross_post_in("Ich war schon überall in Franken unterwegs.")


def test_a_named_person_as_subject_of_a_telling_verb_is_a_contact() -> None:
    assert named_person_tells(
        "Wiebke Harms aus dem Vorstand unseres Vereins riet mir, Sie anzurufen."
    )
    assert named_person_tells("Konstantin Feld gab mir gestern Ihre Nummer.")
    assert not named_person_tells("Die Messe Frankfurt hat mir Ihren Stand gezeigt.")
    assert not named_person_tells("Wiebke Harms, die ich kenne, ist auch dabei.")
