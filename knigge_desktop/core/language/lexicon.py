"""The word lists of resources/language/, loaded once and compiled for the checks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from knigge_desktop.core.datafile import read_text, read_toml
from knigge_desktop.core.resources import resource_dir

MAX_FIRST_NAMES = 50_000  # a data file, not a phone book: limit what is read


def _alternation(stems: list[str]) -> str:
    return "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))


def _heads(stems: list[str], exceptions: list[str]) -> re.Pattern[str]:
    """A word ending in one of ``stems`` (plus an inflection), unless it ends in an exception."""
    ending = r"(?:e|en|n|s|es|er|ern)?\b"
    unless = rf"(?!\w*(?:{_alternation(exceptions)}){ending})" if exceptions else ""
    return re.compile(rf"\b{unless}\w*(?:{_alternation(stems)}){ending}", re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    first_names: frozenset[str]
    work: re.Pattern[str]  # a word that names something a person made or did
    events: re.Pattern[str]
    shared: tuple[re.Pattern[str], ...]
    introduction: tuple[re.Pattern[str], ...]
    stock: tuple[re.Pattern[str], ...]
    mass: tuple[re.Pattern[str], ...]
    not_name_words: frozenset[str]
    not_name_suffixes: tuple[str, ...]
    name_lead_words: frozenset[str]
    name_particles: frozenset[str]
    lowercase_after_salutation: frozenset[str]
    german_words: frozenset[str]
    group_nouns: frozenset[str]
    closing_formulas: tuple[str, ...]
    female_names: frozenset[str]
    male_names: frozenset[str]
    english_words: frozenset[str]
    acknowledgements: tuple[re.Pattern[str], ...]
    also_surnames: frozenset[str]
    du_imperative: re.Pattern[str]  # "Schreib mir gern", "Lass uns" (address.py)
    asks: tuple[re.Pattern[str], ...]  # a question or request; case as written ("Sie")
    acknowledging_acts: re.Pattern[str]
    acknowledged_nouns: frozenset[str]
    many_quantifiers: frozenset[str]
    posting_places: frozenset[str]
    posting_verbs: frozenset[str]
    telling_verbs: frozenset[str]


def _patterns(data: dict[str, list[str]], key: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in data[key])


@cache
def lexicon() -> Lexicon:
    folder = resource_dir("language")
    data, _ = read_toml(folder / "lexicon.toml")
    names = [
        line.strip()
        for line in read_text(folder / "first_names.txt").splitlines()[:MAX_FIRST_NAMES]
        if line.strip() and not line.startswith("#")
    ]
    return Lexicon(
        first_names=frozenset(names),
        # At the end of a word, the head of a German compound: "Podcastfolge",
        # "Redesign-Studie", "Messreihe", "Beiträge" (but not "Erfolge" from "folge").
        work=_heads(data["work"], data["not_work"]),
        events=_heads(data["events"], []),
        shared=_patterns(data, "shared_patterns"),
        introduction=_patterns(data, "introduction_patterns"),
        stock=_patterns(data, "stock_patterns"),
        mass=_patterns(data, "mass_patterns"),
        not_name_words=frozenset(data["not_name_words"]),
        not_name_suffixes=tuple(data["not_name_suffixes"]),
        name_lead_words=frozenset(data["name_lead_words"]),
        name_particles=frozenset(data["name_particles"]),
        lowercase_after_salutation=frozenset(data["lowercase_after_salutation"]),
        german_words=frozenset(data["german_function_words"]),
        group_nouns=frozenset(data["group_nouns"]),
        # Longest first, so "mit freundlichen grüßen" wins over "grüße".
        closing_formulas=tuple(sorted(data["closing_formulas"], key=len, reverse=True)),
        female_names=frozenset(data["female_first_names"]),
        male_names=frozenset(data["male_first_names"]),
        english_words=frozenset(data["english_function_words"]),
        acknowledgements=_patterns(data, "acknowledgement_patterns"),
        also_surnames=frozenset(data["first_names_also_surnames"]),
        du_imperative=_du_imperative(data["du_imperatives"]),
        asks=tuple(re.compile(p) for p in data["ask_patterns"]),
        acknowledging_acts=re.compile("|".join(data["acknowledging_acts"]), re.IGNORECASE),
        acknowledged_nouns=frozenset(data["acknowledged_nouns"]),
        many_quantifiers=frozenset(data["many_quantifiers"]),
        posting_places=frozenset(data["posting_places"]),
        posting_verbs=frozenset(data["posting_verbs"]),
        telling_verbs=frozenset(data["telling_verbs"]),
    )


def _du_imperative(stems: list[str]) -> re.Pattern[str]:
    """A du-imperative where a sentence or clause starts: the stem (with an optional "e"),
    then a word that only an imperative takes there ("mir", "uns", "gern", "Bescheid").
    "Melde mich gern" is the writer speaking of himself: "mich" is not in the list."""
    joiners = ("und", "oder", "bitte", "einfach", "gern", "gerne", "doch")
    lead = "|".join([r"^", r"(?<=[.!?;:,–(]\s)", r"(?<=\n)"] + [rf"(?<=\b{w} )" for w in joiners])
    lead = f"(?:{lead})"
    verbs = _alternation(stems)
    after = r"(?:mir|uns|gern|gerne|einfach|doch|mal|bitte|kurz|bescheid|ruhig|jederzeit)\b"
    # With an "e" ("Schicke gern …") the writer may speak of himself, subject dropped; only
    # an object of address ("Schicke mir …", "Sende uns …") makes it an imperative.
    return re.compile(
        rf"{lead}(?:(?P<verb>(?i:{verbs})) (?i:{after})|(?P<verb_e>(?i:{verbs})e) (?i:mir|uns)\b)",
        re.MULTILINE,
    )
