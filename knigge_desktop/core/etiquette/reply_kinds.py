"""Rule kinds for a reply: they read the received message (CheckContext.received, read by
core/reply) next to the text being written. Without a received message they find nothing.

Registered in registry.RULE_KINDS, one line each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from knigge_desktop.core.etiquette.context import infer_tone
from knigge_desktop.core.etiquette.kinds import Hit, RuleKind, Text
from knigge_desktop.core.etiquette.prefilter import prefilter_for
from knigge_desktop.core.etiquette.rules import Keys, Rule
from knigge_desktop.core.language.sentences import tokens_of
from knigge_desktop.core.vocabulary import ReceivedKind, Tone

# Words of a question that say nothing about what it asks: a reply need not repeat them.
_STOPWORDS = frozenset(
    [
        "aber",
        "abend",
        "alle",
        "also",
        "auch",
        "bald",
        "bitte",
        "dann",
        "darf",
        "dass",
        "dein",
        "deine",
        "deinem",
        "deinen",
        "deiner",
        "dich",
        "dies",
        "diese",
        "diesem",
        "diesen",
        "dieser",
        "dieses",
        "doch",
        "dort",
        "dürfen",
        "dürfte",
        "dürften",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "einfach",
        "einmal",
        "etwas",
        "euch",
        "euer",
        "eure",
        "euren",
        "ganz",
        "geben",
        "gern",
        "gerne",
        "gibt",
        "habe",
        "haben",
        "habt",
        "hast",
        "hätte",
        "hätten",
        "hättest",
        "heute",
        "hier",
        "ihnen",
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "ihrer",
        "ihres",
        "immer",
        "jetzt",
        "kann",
        "kannst",
        "können",
        "könnt",
        "könnte",
        "könnten",
        "könntest",
        "kurz",
        "kurze",
        "kurzen",
        "kurzes",
        "lassen",
        "machen",
        "macht",
        "magst",
        "mehr",
        "mich",
        "mir",
        "möchte",
        "möchten",
        "möchtest",
        "morgen",
        "muss",
        "müssen",
        "nächste",
        "nächsten",
        "noch",
        "oder",
        "schon",
        "sehr",
        "sein",
        "seid",
        "sich",
        "sind",
        "sollen",
        "sollte",
        "sollten",
        "uns",
        "unser",
        "unsere",
        "unseren",
        "viele",
        "vielleicht",
        "wann",
        "wäre",
        "wären",
        "wärst",
        "warum",
        "was",
        "weißt",
        "welche",
        "welchem",
        "welchen",
        "welcher",
        "welches",
        "wenn",
        "werden",
        "wieder",
        "wird",
        "wissen",
        "wollen",
        "wollt",
        "würde",
        "würden",
        "würdest",
        "zeit",
    ]
)
_STEM = 5  # "Telefonat" and "telefonieren" share "telef"
_YES_NO = re.compile(r"^\W*(?:[A-ZÄÖÜ][a-zäöüß]+)\s+(?:sie|du|ihr|ich|wir|es|man)\b", re.I)
_W_WORD = re.compile(
    r"^\W*(?:und\s+)?(?:wann|wie|was|wo|wohin|woher|welche\w*|wer|wen|wem|warum|weshalb|wieso)\b",
    re.IGNORECASE,
)
_WHEN = re.compile(r"^\W*(?:und\s+)?(?:wann|bis wann|ab wann)\b", re.IGNORECASE)
_DATE_OR_TIME = re.compile(
    r"\b(?:\d{1,2}\.\s?\d{1,2}\.|\d{1,2}(?:[:.]\d{2})?\s?uhr|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|morgen|übermorgen|heute|nächste[nr]? woche|januar|februar|märz"
    r"|april|mai|juni|juli|august|september|oktober|november|dezember)\b",
    re.IGNORECASE,
)


def _with_prefilters(patterns: tuple[re.Pattern[str] | str, ...]) -> dict[str, Any]:
    prefilters = tuple(prefilter_for(p) if isinstance(p, re.Pattern) else None for p in patterns)
    return {"patterns": patterns, "prefilters": prefilters}


_MIN_REPLY_WORDS = 8  # a reply just begun is not yet judged
_MAX_ASK_SHOWN = 70


# Words that all take up a wish to connect: "vernetzen" is answered by "Ihre Anfrage nehme
# ich gern an" as well as by "gern vernetze ich mich".
_CONNECTING = ("verne", "konta", "verbi", "netzw", "anfra", "annah", "angen", "bestä", "hinzu")


def _stems(text: str) -> set[str]:
    stems = {
        t.text.casefold()[:_STEM]
        for t in tokens_of(text)
        if t.is_word and len(t.text) >= 4 and t.text.casefold() not in _STOPWORDS
    }
    return {"<connect>" if stem in _CONNECTING else stem for stem in stems}


def _shown(ask: str) -> str:
    return ask if len(ask) <= _MAX_ASK_SHOWN else ask[: _MAX_ASK_SHOWN - 1].rstrip() + "…"


def _body_end(t: Text) -> int:
    closing = t.parts.closing
    return len(t.text[: closing.start].rstrip()) if closing else len(t.text.rstrip())


def _answered(
    ask: str, reply: str, reply_stems: set[str], answer_words: list[re.Pattern[str]]
) -> bool:
    if _stems(ask) & reply_stems:
        return True  # the reply takes up what was asked
    if _WHEN.match(ask) and _DATE_OR_TIME.search(reply):
        return True
    # A request ("Rufen Sie mich an.", "Ich würde mich freuen, wenn …") is answered yes or
    # no as well as a question that starts with its verb.
    is_yes_no = not _W_WORD.match(ask) and (not ask.endswith("?") or bool(_YES_NO.match(ask)))
    return is_yes_no and any(p.search(reply) for p in answer_words)


def _ignored_asks(rule: Rule, t: Text) -> Iterator[Hit]:
    received = t.context.received
    if received is None or not received.asks:
        return
    body = t.region(rule.scope)
    if body is None:
        return
    reply = t.text[body.start : body.end]
    if len(reply.split()) < _MIN_REPLY_WORDS:
        return
    answer_words = [p for p in rule.patterns if isinstance(p, re.Pattern)]
    reply_stems = _stems(reply)
    at = _body_end(t)
    for ask in received.asks:
        if not _answered(ask, reply, reply_stems, answer_words):
            yield Hit(at, at, values=(("ask", _shown(ask)),))


def _received_kind_existence(rule: Rule, t: Text) -> Iterator[Hit]:
    received = t.context.received
    if received is None or received.kind not in rule.received_kinds:
        return
    region = t.region(rule.scope)
    if region is None:
        return
    if rule.unless and not any(
        isinstance(p, re.Pattern) and p.search(t.text, region.start, region.end)
        for p in rule.unless
    ):
        return  # "unless" lists what must be there as well (a refusal), or nothing fires
    for pattern, prefilter in zip(rule.patterns, rule.prefilters, strict=True):
        if isinstance(pattern, re.Pattern) and t.may_match(prefilter):
            for match in pattern.finditer(t.text, region.start, region.end):
                if match.end() > match.start():
                    yield Hit(match.start(), match.end())


_WORDS_OF_TONE = {Tone.FORMAL: "Sie", Tone.INFORMAL: "du"}


def _tone_against_received(rule: Rule, t: Text) -> Iterator[Hit]:
    received = t.context.received
    if received is None or received.tone is None:
        return
    tone = infer_tone(t.text, t.markers)
    if tone is None or tone is received.tone:
        return
    first = next((m for m in t.markers if m.formal == (tone is Tone.FORMAL)), None)
    if first is None:
        return
    values = (("received", _WORDS_OF_TONE[received.tone]), ("reply", _WORDS_OF_TONE[tone]))
    yield Hit(first.start, first.end, values=values)


class IgnoredAsk(RuleKind):
    """The received message asks something the reply neither answers nor takes up.
    ``patterns`` are the words that answer a yes-or-no question ("gern", "leider")."""

    name = "ignored_ask"
    keys = frozenset({"patterns"})

    @classmethod
    def parse(cls, keys: Keys) -> dict[str, Any]:
        return _with_prefilters(keys.patterns("patterns"))

    find = staticmethod(_ignored_asks)


class ReceivedKindExistence(RuleKind):
    """A pattern that does not belong in a reply to some kinds of message (``received_kinds``),
    when what ``unless`` names is there too (say, a refusal)."""

    name = "received_kind_existence"
    keys = frozenset({"patterns", "received_kinds", "unless"})

    @classmethod
    def parse(cls, keys: Keys) -> dict[str, Any]:
        kinds = keys.items("received_kinds")
        received = frozenset(Keys({"k": k}, keys.line_of).enum(ReceivedKind, "k") for k in kinds)
        fields: dict[str, Any] = {**_with_prefilters(keys.patterns("patterns"))}
        fields["received_kinds"] = received
        if "unless" in keys:
            fields["unless"] = keys.patterns("unless")
        return fields

    find = staticmethod(_received_kind_existence)


class ToneAgainstReceived(RuleKind):
    """The reply says Sie to a message that says du, or du to one that says Sie."""

    name = "received_tone"

    find = staticmethod(_tone_against_received)
