"""Secrets (the LanguageTool Premium API key) live in the system keyring, never in a file.

Without a usable keyring the caller gets SecretsUnavailable with a German explanation, so
the window can say so and offer to keep the secret for this session only. A keyring
backend that stores plain text in a file (keyrings.alt's PlaintextKeyring) counts as none.
"""

from __future__ import annotations

from typing import Any

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message

SERVICE = "knigge-desktop"
PREMIUM_KEY = "languagetool-premium-api-key"
NO_KEYRING = Message(
    QT_TRANSLATE_NOOP(
        "core",
        "Kein sicherer Schlüsselbund verfügbar, der API-Schlüssel kann nicht dauerhaft "
        "gespeichert werden. Unter Linux hilft gnome-keyring oder KWallet; bis dahin gilt der "
        "Schlüssel nur für diese Sitzung.",
    )
)


class SecretsUnavailable(Exception):
    pass


def _backend() -> Any:
    """The keyring backend to use; the one checked is the one that stores."""
    import keyring  # not on the start-up path
    from keyring.backends import fail

    backend = keyring.get_keyring()
    members = getattr(backend, "backends", [backend])  # a ChainerBackend lists its members
    usable = [
        b
        for b in members
        if not isinstance(b, fail.Keyring) and "Plaintext" not in type(b).__name__
    ]
    if not usable:
        raise SecretsUnavailable(NO_KEYRING)
    return usable[0]


def get_secret(name: str) -> str | None:
    from keyring.errors import KeyringError

    backend = _backend()
    try:
        return backend.get_password(SERVICE, name)
    except KeyringError as exc:
        raise SecretsUnavailable(
            Message("{reason} ({error})", reason=NO_KEYRING, error=exc)
        ) from exc


def set_secret(name: str, value: str) -> None:
    """Store the secret; an empty value removes it."""
    from keyring.errors import KeyringError, PasswordDeleteError

    backend = _backend()
    try:
        if value:
            backend.set_password(SERVICE, name, value)
        else:
            backend.delete_password(SERVICE, name)
    except PasswordDeleteError:
        pass
    except KeyringError as exc:
        raise SecretsUnavailable(
            Message("{reason} ({error})", reason=NO_KEYRING, error=exc)
        ) from exc
