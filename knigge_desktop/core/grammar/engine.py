"""Grammar checking as the user configured it: a managed local server, a server URL, or
LanguageTool Premium. Blocking calls; the window runs them on a worker thread."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import NamedTuple, Unpack

from knigge_desktop.core.findings import Finding
from knigge_desktop.core.grammar.client import (
    CheckOptions,
    GrammarClient,
    GrammarOptions,
    GrammarUnavailable,
)
from knigge_desktop.core.grammar.install import APPROX_MB, find_installation
from knigge_desktop.core.grammar.java import JavaProblem, find_java
from knigge_desktop.core.grammar.paragraphs import ParagraphCache
from knigge_desktop.core.grammar.server import LocalServer, ServerProblem
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message, message_of
from knigge_desktop.core.settings import Settings

PREMIUM_URL = "https://api.languagetoolplus.com"
REQUEST_TIMEOUT = 15.0  # seconds; a server that hangs longer counts as down


class GrammarMode(StrEnum):
    LOCAL = "local"  # the app's own server on this machine
    SERVER = "server"  # a team's self-hosted LanguageTool: the text leaves the machine
    PREMIUM = "premium"  # languagetoolplus.com with username and API key: it leaves too
    OFF = "off"


class Need(StrEnum):
    """What the user can do about an unavailable grammar check."""

    JAVA = "java"
    DOWNLOAD = "download"
    SETTINGS = "settings"
    RETRY = "retry"
    NOTHING = "nothing"  # switched off on purpose


class NotReady(GrammarUnavailable):
    def __init__(self, message: str, need: Need) -> None:
        super().__init__(message)
        self.need = need


class GrammarConfig(NamedTuple):
    mode: GrammarMode
    data_dir: Path
    server_url: str = ""
    language: str = "de-DE"
    picky: bool = False
    username: str = ""
    api_key: str = ""
    java_path: str = ""
    languagetool_folder: str = ""


class GrammarEngine:
    def __init__(self, config: GrammarConfig) -> None:
        self.config = config
        self.server: LocalServer | None = None
        self._client: GrammarClient | None = None
        # Kept over a restart of the local server: the same LanguageTool answers the same.
        self._paragraphs = ParagraphCache()

    def _options(self) -> GrammarOptions:
        c = self.config
        return GrammarOptions(c.language, c.picky, c.username, c.api_key, REQUEST_TIMEOUT)

    def start(self) -> str:
        """Get ready; returns the server URL. May take tens of seconds (a cold JVM)."""
        c = self.config
        if c.mode is GrammarMode.OFF:
            raise NotReady(
                Message(QT_TRANSLATE_NOOP("core", "Die Grammatikprüfung ist ausgeschaltet.")),
                Need.NOTHING,
            )
        if c.mode is GrammarMode.SERVER:
            if not c.server_url.strip():
                raise NotReady(
                    Message(
                        QT_TRANSLATE_NOOP("core", "Es ist kein LanguageTool-Server eingetragen.")
                    ),
                    Need.SETTINGS,
                )
            url = c.server_url.strip()
        elif c.mode is GrammarMode.PREMIUM:
            if not (c.username and c.api_key):
                raise NotReady(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "Für LanguageTool Premium fehlen Name oder API-Schlüssel."
                        )
                    ),
                    Need.SETTINGS,
                )
            url = PREMIUM_URL
        else:
            url = self._start_local()
        try:
            self._client = GrammarClient(url, self._options(), self._paragraphs)
        except GrammarUnavailable as exc:
            raise NotReady(
                message_of(exc), Need.RETRY if c.mode is GrammarMode.LOCAL else Need.SETTINGS
            ) from exc
        return url

    def _start_local(self) -> str:
        c = self.config
        try:
            java = find_java(c.java_path or None)
        except JavaProblem as exc:
            raise NotReady(message_of(exc), Need.JAVA) from exc
        jar = find_installation(c.data_dir, c.languagetool_folder or None)
        if jar is None:
            where = c.languagetool_folder or Message(QT_TRANSLATE_NOOP("core", "Ihrem Datenordner"))
            raise NotReady(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "LanguageTool ist noch nicht da (in {where}). Laden Sie es einmalig "
                        "herunter (etwa {mb} MB) oder wählen Sie einen vorhandenen Ordner.",
                    ),
                    where=where,
                    mb=APPROX_MB,
                ),
                Need.DOWNLOAD,
            )
        if self.server is None or self.server.jar != jar or self.server.java != java.path:
            self.stop()
            self.server = LocalServer(java.path, jar, c.data_dir / "run", language=c.language)
        try:
            return self.server.ensure_running()
        except ServerProblem as exc:
            need = Need.JAVA if exc.cause == "java" else Need.RETRY
            raise NotReady(message_of(exc), need) from exc

    def check(self, text: str, **options: Unpack[CheckOptions]) -> list[Finding]:
        """Findings for ``text`` (``GrammarClient.check``, its options), from the server
        this engine keeps running."""

        def check_with(client: GrammarClient) -> list[Finding]:
            return client.check(text, **options)

        if self._client is None:
            self.start()
        assert self._client is not None
        try:
            return check_with(self._client)
        except GrammarUnavailable:
            if self.config.mode is not GrammarMode.LOCAL:
                raise
        # The local server died or hung: start it again and try once more.
        if self.server is not None:
            self.server.stop()
        self._client = None
        self.start()
        assert self._client is not None
        return check_with(self._client)

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
        self._client = None


def config_from_settings(
    settings: Settings, data_dir: Path, session_api_key: str = ""
) -> tuple[GrammarConfig, str | None]:
    """The configuration the user chose, and a message if the API key could not be read."""
    from knigge_desktop.core.secrets import PREMIUM_KEY, SecretsUnavailable, get_secret

    try:
        mode = GrammarMode(settings.get("grammar_mode"))
    except ValueError:
        mode = GrammarMode.LOCAL
    api_key, problem = session_api_key, None
    if mode is GrammarMode.PREMIUM and not api_key:
        try:
            api_key = get_secret(PREMIUM_KEY) or ""
        except SecretsUnavailable as exc:
            problem = message_of(exc)
    config = GrammarConfig(
        mode=mode,
        data_dir=data_dir,
        server_url=settings.get("grammar_server_url"),
        language=settings.get("grammar_language"),
        picky=settings.get("grammar_picky"),
        username=settings.get("premium_username"),
        api_key=api_key,
        java_path=settings.get("java_path"),
        languagetool_folder=settings.get("languagetool_folder"),
    )
    return config, problem
