"""Grammar and spelling findings from a LanguageTool server, through language-tool-python.

LanguageTool counts offsets and lengths in UTF-16 code units. language-tool-python turns the
offset into a Python index but leaves the length in UTF-16 units, so the end is computed
here: every Finding covers exactly the flagged text, emoji before it or not.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import TYPE_CHECKING, Any, NamedTuple, TypedDict

from knigge_desktop.core.findings import Finding, FindingSource, Principle, Severity
from knigge_desktop.core.grammar.annotate import data_field, has_markup
from knigge_desktop.core.grammar.names import apply_names
from knigge_desktop.core.grammar.paragraphs import ParagraphCache
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message
from knigge_desktop.core.textspan import Utf16Map

if TYPE_CHECKING:
    from language_tool_python import LanguageTool

log = logging.getLogger(__name__)
VARIANTS = ("de-DE", "de-AT", "de-CH")
SPELLER_ISSUE = "misspelling"
EXPLANATION = Message(
    QT_TRANSLATE_NOOP(
        "core",
        "Der Knigge: Schreiben Sie korrektes Deutsch. Fehler in Rechtschreibung und Grammatik "
        "fallen Fremden zuerst auf und machen den guten Eindruck der übrigen Nachricht zunichte.",
    )
)


class GrammarUnavailable(Exception):
    """No grammar check now; the message says why, in German."""


class GrammarOptions(NamedTuple):
    language: str = "de-DE"
    picky: bool = False  # LanguageTool's level=picky
    username: str = ""  # LanguageTool Premium
    api_key: str = ""
    timeout: float = 15.0  # seconds for one request


def _tool_class() -> type[LanguageTool]:
    import language_tool_python  # heavy (requests, toml): only when grammar is used

    class Tool(language_tool_python.LanguageTool):
        """language-tool-python with Premium credentials and a sane timeout."""

        premium: tuple[str, str] = ("", "")

        def _create_params(self, text: str) -> dict[str, str]:
            params = super()._create_params(text)
            if has_markup(text):
                # Placeholders, URLs, e-mail addresses as markup (core/grammar/annotate.py);
                # the offsets LanguageTool answers with still count every character of text.
                del params["text"]
                params["data"] = data_field(text)
            if self.premium[0] and self.premium[1]:
                params["username"], params["apiKey"] = self.premium
            return params

    return Tool


class CheckOptions(TypedDict, total=False):
    """What a grammar check is told besides the text (``GrammarClient.check``); the engine
    passes them on unchanged."""

    disabled_rules: Collection[str]
    dictionary: Collection[str]
    names: Collection[str]
    whole: bool


class GrammarClient:
    def __init__(
        self,
        url: str,
        options: GrammarOptions | None = None,
        paragraphs: ParagraphCache | None = None,
    ) -> None:
        from language_tool_python.exceptions import LanguageToolError

        options = options or GrammarOptions()
        self.url = url.rstrip("/")
        self.options = options
        tool_class = _tool_class()
        tool_class._TIMEOUT = options.timeout  # type: ignore[assignment]  # an int in its stubs; seconds as float work
        try:
            self._tool = tool_class(remote_server=self.url, language=options.language)
        except (LanguageToolError, OSError, ValueError) as exc:
            log.info("LanguageTool at %s: %s", self.url, exc)  # the details, for a log
            raise GrammarUnavailable(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "LanguageTool unter {url} antwortet nicht. Läuft der Server, und stimmt "
                        "die Adresse?",
                    ),
                    url=self.url,
                )
            ) from exc
        # Tool (inside _tool_class, so that the import waits) has it; LanguageTool has not.
        self._tool.premium = (options.username, options.api_key)  # type: ignore[attr-defined]  # see above
        self._tool.picky = options.picky
        # Unchanged paragraphs keep their findings; only changed ones are sent. The cache
        # belongs to one language and level: a caller with another options makes another.
        self.paragraphs = paragraphs if paragraphs is not None else ParagraphCache()

    def check(
        self,
        text: str,
        *,
        disabled_rules: Collection[str] = (),
        dictionary: Collection[str] = (),
        names: Collection[str] = (),
        whole: bool = False,
    ) -> list[Finding]:
        """Findings for ``text``; words in ``dictionary`` are never called misspelt, and
        neither are the draft's ``names`` (near-misses of them are, as the wrong name).
        ``whole``: every paragraph goes to LanguageTool, not only the changed ones."""
        if not text.strip():
            return []
        findings = self.paragraphs.check(
            text,
            frozenset(disabled_rules),
            lambda part: self._check_text(part, disabled_rules),
            whole=whole,
        )
        findings = [f for f in findings if not is_known_word(f, text, dictionary)]
        return apply_names(findings, text, names)

    def _check_text(self, text: str, disabled_rules: Collection[str]) -> list[Finding]:
        """One request: LanguageTool's findings for `text`, at Python indices of `text`."""
        from language_tool_python.exceptions import LanguageToolError

        self._tool.disabled_rules = set(disabled_rules)
        try:
            matches = self._tool.check(text)
        except (LanguageToolError, OSError) as exc:
            log.info("LanguageTool check failed: %s", exc)
            raise GrammarUnavailable(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "LanguageTool antwortet nicht; die Prüfung wird wiederholt."
                    )
                )
            ) from exc
        mapping = Utf16Map(text)
        return [to_finding(match, mapping) for match in matches]


def is_known_word(finding: Finding, text: str, dictionary: Collection[str]) -> bool:
    """A spelling finding for a word the user added to the personal dictionary."""
    return finding.severity is Severity.ERROR and text[finding.start : finding.end] in dictionary


def to_finding(match: Any, mapping: Utf16Map) -> Finding:
    start = match.offset  # already a Python index (language-tool-python converts it)
    end = mapping.from_utf16(mapping.to_utf16(start) + match.error_length)
    severity = Severity.ERROR if match.rule_issue_type == SPELLER_ISSUE else Severity.WARNING
    return Finding(
        source=FindingSource.GRAMMAR,
        rule_id=match.rule_id,
        principle=Principle.LANGUAGE,
        severity=severity,
        start=start,
        end=end,
        message=match.message,
        explanation=EXPLANATION,
        suggestions=tuple(match.replacements[:5]),
    )
