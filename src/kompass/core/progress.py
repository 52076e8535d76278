"""Progress of long-running background work, readable by any web process while it runs.

Progress lives in the cache, not in the database: the work itself runs in one database
transaction (all-or-nothing), and what it writes inside that transaction is invisible to
others until it commits – on SQLite another connection could not even write meanwhile.
"""

import time
from dataclasses import dataclass

from django.core.cache import cache

TTL = 24 * 3600
# Background work that has shown no sign of life for this long is taken to be lost (a worker
# that was stopped or killed): the page then offers to reset it.
STALE_AFTER_SECONDS = 15 * 60


@dataclass
class Progress:
    done: int = 0
    total: int = 0
    updated_at: float | None = None  # time.time() of the last report

    @property
    def percent(self) -> int | None:
        if not self.total:
            return None
        return min(100, round(100 * self.done / self.total))


class Reporter:
    """Counts work done; writes to the cache at most every ``interval`` seconds."""

    def __init__(self, key: str, *, interval: float = 0.5):
        self.key = key
        self.interval = interval
        self._last = 0.0

    def __call__(self, done: int, total: int, *, force: bool = False) -> None:
        now = time.monotonic()
        if force or done >= total or now - self._last >= self.interval:
            self._last = now
            cache.set(self.key, (done, total, time.time()), TTL)

    def reset(self) -> None:
        cache.delete(self.key)


def read(key: str) -> Progress:
    done, total, *rest = cache.get(key, (0, 0))
    return Progress(done, total, rest[0] if rest else None)


def is_stale(progress: Progress, started_at, *, now=None) -> bool:
    """No report and no start within ``STALE_AFTER_SECONDS`` (``started_at``: a datetime)."""
    now = time.time() if now is None else now
    last = max(
        filter(None, [progress.updated_at, started_at.timestamp() if started_at else None]),
        default=None,
    )
    return last is not None and now - last > STALE_AFTER_SECONDS
