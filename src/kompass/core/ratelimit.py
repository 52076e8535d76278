"""Rate limits for public forms without storing who the client is.

A client is known only by a keyed hash (HMAC with SECRET_KEY) of its address and the
current time window; the hash lives in the cache until the window ends and is never
written to the database. Behind a reverse proxy set ``CLIENT_ADDRESS_HEADER``.
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str:
    header = settings.KOMPASS_CLIENT_ADDRESS_HEADER
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def window_number(seconds: int) -> int:
    return int(time.time() // seconds)


def client_key(request, scope: str, seconds: int) -> str:
    """A short-lived key for this client in ``scope``: the address never leaves here."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(),
        f"{scope}|{window_number(seconds)}|{client_address(request)}".encode(),
        hashlib.sha256,
    ).hexdigest()[:32]
    return f"{scope.split('|')[0]}:client:{digest}"


def bump(key: str, seconds: int) -> None:
    """Count one attempt under ``key`` for the rest of the window."""
    cache.add(key, 0, seconds)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds)
