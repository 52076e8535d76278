"""A rate limit against flooding a public survey, without storing anything about the client.

The client is known only as a keyed hash of its address and the current time window; the
hash lives in the cache until the window ends and is never written to the database. A
second, global counter per survey caps the submissions of all clients together, so that
a flood from many addresses cannot swamp the results either.
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache


def _window() -> int:
    return settings.KOMPASS_SURVEY_RATE_WINDOW


def client_address(request) -> str:
    header = settings.KOMPASS_CLIENT_ADDRESS_HEADER
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def _keys(request, survey) -> tuple[str, str]:
    window = int(time.time() // _window())
    digest = hmac.new(
        settings.SECRET_KEY.encode(),
        f"survey|{survey.pk}|{window}|{client_address(request)}".encode(),
        hashlib.sha256,
    ).hexdigest()[:32]
    return f"surveys:client:{digest}", f"surveys:survey:{survey.pk}:{window}"


def is_limited(request, survey) -> bool:
    """Whether this client, or all clients together, have reached the limit for the survey."""
    client_key, survey_key = _keys(request, survey)
    counts = cache.get_many([client_key, survey_key])
    return (
        counts.get(client_key, 0) >= settings.KOMPASS_SURVEY_RATE_PER_CLIENT
        or counts.get(survey_key, 0) >= settings.KOMPASS_SURVEY_RATE_PER_SURVEY
    )


def count_submission(request, survey) -> None:
    """Count one submission attempt for this client and for the survey."""
    for key in _keys(request, survey):
        cache.add(key, 0, _window())
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, _window())
