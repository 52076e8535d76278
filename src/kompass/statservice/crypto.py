"""Passwords and tokens of the statistics services are stored encrypted (Fernet).

The key comes from ``KOMPASS_CREDENTIALS_KEY`` (one or more Fernet keys, comma-separated: the
first encrypts, every one decrypts, so a key can be rotated); without it, a key is derived
from ``SECRET_KEY`` with HKDF, so that the database alone never reveals a password.
"""

import base64
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

_INFO = b"kompass.statservice credentials"


class UnreadableSecret(Exception):
    """The stored secret was encrypted with a key this installation no longer has."""


@cache
def _fernet(configured: str, secret_key: str) -> MultiFernet:
    keys = [key.strip() for key in configured.split(",") if key.strip()]
    if not keys:
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(
            secret_key.encode()
        )
        keys = [base64.urlsafe_b64encode(derived).decode()]
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except ValueError as error:
        raise ImproperlyConfigured(
            "KOMPASS_CREDENTIALS_KEY must hold Fernet keys (32 url-safe base64-encoded bytes), "
            "e.g. from `python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'`."
        ) from error


def _current() -> MultiFernet:
    return _fernet(settings.KOMPASS_CREDENTIALS_KEY, settings.SECRET_KEY)


def encrypt(plain: str) -> str:
    """The secret as an encrypted token (ASCII) to store."""
    return _current().encrypt(plain.encode()).decode("ascii")


def decrypt(token: str) -> str:
    """The stored secret in plain text, for the request to the service only."""
    try:
        return _current().decrypt(token.encode("ascii")).decode()
    except InvalidToken:
        raise UnreadableSecret from None
