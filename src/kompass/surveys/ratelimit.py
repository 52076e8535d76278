"""A rate limit against flooding a public survey, without storing anything about the client.

The client is known only as a keyed hash of its address and the current time window; the
hash lives in the cache until the window ends and is never written to the database. A
second, global counter per survey caps the submissions of all clients together, so that
a flood from many addresses cannot swamp the results either.
"""

from django.conf import settings
from django.core.cache import cache

from kompass.core import ratelimit


def _window() -> int:
    return settings.KOMPASS_SURVEY_RATE_WINDOW


def _keys(request, survey) -> tuple[str, str]:
    window = _window()
    return (
        ratelimit.client_key(request, f"surveys|{survey.pk}", window),
        f"surveys:survey:{survey.pk}:{ratelimit.window_number(window)}",
    )


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
        ratelimit.bump(key, _window())
