"""Every rule's own examples (bad ones fire it, good ones do not), and how rule files load."""

from __future__ import annotations

from pathlib import Path

import pytest

from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.etiquette.rules import Example, Rule, RuleSet, load_rules
from knigge_desktop.core.findings import Principle
from knigge_desktop.core.resources import resource_dir

RULES = load_rules()
CHECKER = EtiquetteChecker(RULES)


def _fired(rule: Rule, example: Example) -> list[str]:
    findings = CHECKER.check(example.text, example.context)
    return [f.rule_id for f in findings if f.rule_id == rule.id]


def _cases(which: str) -> list[tuple[Rule, Example]]:
    return [(rule, ex) for rule in RULES.items for ex in getattr(rule, which)]


def _id(case: tuple[Rule, Example]) -> str:
    rule, example = case
    return f"{rule.id}:{example.text[:30]!r}"


def test_shipped_rules_load_cleanly() -> None:
    assert RULES.problems == []


def test_every_principle_of_the_vocabulary_has_a_rule() -> None:
    covered = {rule.principle for rule in RULES.items}
    assert covered == set(Principle) - {Principle.LANGUAGE}


@pytest.mark.parametrize("case", _cases("bad"), ids=_id)
def test_bad_example_fires_its_rule(case: tuple[Rule, Example]) -> None:
    rule, example = case
    assert _fired(rule, example), f"{rule.id} missed: {example.text!r}"


@pytest.mark.parametrize("case", _cases("bad"), ids=_id)
def test_bad_example_is_flagged_at_its_marker_with_its_suggestion(
    case: tuple[Rule, Example],
) -> None:
    """Like LanguageTool's <marker> examples: the rule fires exactly where the example
    marks, and offers the example's fix first. Only an empty text needs no marker."""
    rule, example = case
    if not example.text:
        return
    assert example.marker is not None, f"{rule.id}: bad example without <marker>"
    findings = [f for f in CHECKER.check(example.text, example.context) if f.rule_id == rule.id]
    at = [f for f in findings if (f.start, f.end) == example.marker]
    start, end = example.marker
    where = [(example.text[f.start : f.end], f.start) for f in findings]
    assert at, f"{rule.id} should flag {example.text[start:end]!r} at {start}, flagged {where}"
    if example.suggestion is not None:
        assert at[0].suggestions[:1] == (example.suggestion,), at[0].suggestions


@pytest.mark.parametrize("case", _cases("good"), ids=_id)
def test_good_example_does_not_fire_its_rule(case: tuple[Rule, Example]) -> None:
    rule, example = case
    assert not _fired(rule, example), f"{rule.id} cried wolf: {example.text!r}"


# -- bad rule files -------------------------------------------------------------------

GOOD_RULE = """\
[[rule]]
id = "MY_RULE"
principle = "tone"
severity = "hint"
type = "existence"
patterns = ['schnell']
message = "Nicht drängeln."
explanation = "Weil."
good = ["langsam"]
bad = ["schnell"]
"""


def _load_with(tmp_path: Path, text: str) -> RuleSet:
    (tmp_path / "mine.toml").write_text(GOOD_RULE.replace("MY_RULE", "MINE_OK"), encoding="utf-8")
    (tmp_path / "broken.toml").write_text(text, encoding="utf-8")
    return load_rules([resource_dir("etiquette"), tmp_path])


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (
            GOOD_RULE.replace("patterns = ['schnell']", "patterns = ['(schnell']"),
            6,
            "regulärer Ausdruck",
        ),
        (GOOD_RULE.replace('type = "existence"', 'type = "vibes"'), 5, "unbekannter Wert „vibes“"),
        (GOOD_RULE.replace('principle = "tone"', 'principle = "mood"'), 3, "„mood“"),
        (GOOD_RULE.replace('good = ["langsam"]\n', ""), 1, "Beispiele in „good“"),
        (GOOD_RULE.replace("patterns", "pattern"), 6, "Unbekannte Angabe „pattern“"),
        (GOOD_RULE.replace('message = "Nicht drängeln."', 'message = "Nicht'), 7, "TOML"),
        (GOOD_RULE + GOOD_RULE.replace('severity = "hint"', 'severity = "fatal"'), 14, "„fatal“"),
        (
            GOOD_RULE.replace(
                'bad = ["schnell"]', 'bad = ["<marker>a</marker> <marker>b</marker>"]'
            ),
            10,
            "höchstens ein <marker>",
        ),
        (
            GOOD_RULE.replace("patterns = ['schnell']", 'patterns = ["@vibes"]'),
            6,
            "unbekannte Prüfung „@vibes“",
        ),
        (
            GOOD_RULE.replace('type = "existence"', 'type = "required"\nflag = "greeting"'),
            6,
            "„flag“: unbekannter Wert „greeting“",
        ),
        (
            GOOD_RULE.replace('type = "existence"', 'type = "existence"\nyields_to = "X"'),
            6,
            "„yields_to“ muss eine Liste von Regel-IDs sein",
        ),
    ],
    ids=[
        "regex",
        "type",
        "principle",
        "no-examples",
        "unknown-key",
        "syntax",
        "second-rule",
        "two-markers",
        "unknown-check",
        "flag-value",
        "yields-to",
    ],
)
def test_a_bad_rule_file_is_named_with_its_line_and_the_rest_still_work(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    result = _load_with(tmp_path, text)
    assert len(result.problems) == 1, result.problems
    error = result.problems[0]
    assert error.path.name == "broken.toml" and error.line == line, str(error)
    assert words in error.message
    assert result.get("MINE_OK") is not None
    assert len(result.items) == len(RULES.items) + 1
    checker = EtiquetteChecker(result)
    fired = {f.rule_id for f in checker.check("schnell!!")}
    assert {"MINE_OK", "EXCLAMATION_PILE"} <= fired, "the new rule and the shipped ones run"


def test_an_unreadable_rule_file_is_named_and_the_rest_load(tmp_path: Path) -> None:
    (tmp_path / "ordner.toml").mkdir()  # reading it fails, as for a file without permission
    result = load_rules([resource_dir("etiquette"), tmp_path])
    assert [e.path.name for e in result.problems] == ["ordner.toml"]
    assert "nicht lesbar" in result.problems[0].message
    assert len(result.items) == len(RULES.items)


def test_every_shipped_rule_has_a_human_name_in_both_languages() -> None:
    for rule in RULES.items:
        for name in (rule.title("de"), rule.title("en")):
            assert name != rule.id and "_" not in name and "{" not in name, rule.id
        assert rule.name_en.strip(), rule.id


def test_a_new_rule_kind_is_one_class_and_one_registry_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from knigge_desktop.core.etiquette import kinds, registry

    class Shout(kinds.RuleKind):
        name = "shout"
        keys = frozenset({"word"})

        @classmethod
        def parse(cls, keys):
            if not isinstance(keys.entry.get("word"), str):
                raise keys.error("„word“ muss ein Text sein.", "word")
            return {"suggest": keys.entry["word"]}

        @staticmethod
        def find(rule, t):
            at = t.text.find(rule.suggest.upper())
            if at >= 0:
                yield kinds.Hit(at, at + len(rule.suggest), (rule.suggest,))

    monkeypatch.setitem(registry.RULE_KINDS, "shout", Shout)
    rule = (
        GOOD_RULE.replace('type = "existence"', 'type = "shout"\nword = "bitte"')
        .replace("patterns = ['schnell']\n", "")
        .replace('bad = ["schnell"]', 'bad = ["<marker>BITTE</marker> kommen"]')
    )
    (tmp_path / "shout.toml").write_text(rule, encoding="utf-8")
    loaded = load_rules([tmp_path])
    assert loaded.problems == []
    [finding] = EtiquetteChecker(loaded).check("BITTE kommen")
    assert (finding.start, finding.end, finding.suggestions) == (0, 5, ("bitte",))
    (tmp_path / "shout.toml").write_text(rule.replace('word = "bitte"', "word = 3"), "utf-8")
    [error] = load_rules([tmp_path]).problems
    assert error.line == 6 and "„word“ muss ein Text sein" in error.message
