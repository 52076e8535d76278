"""Adoption guards: what other apps require before a version is adopted.

An app registers a guard in ``AppConfig.ready``: ``open_items(version)`` counts what still
waits (the adoption page then offers the override), and ``check(*, version, override,
override_reason, acting_user)`` raises ``ValidationError`` unless nothing waits or the
override is confirmed with a reason. ``services.concept_version_adopt`` runs every guard,
in the order of registration, inside its transaction.
"""

from collections.abc import Callable

_guards: list[tuple[Callable, Callable]] = []


def register_adoption_guard(check: Callable, *, open_items: Callable) -> None:
    """Run ``check`` on every adoption; ``open_items`` counts what it waits for.

    Registering a guard again changes nothing: ``AppConfig.ready`` may run more than once.
    """
    if any(registered is check for registered, _count in _guards):
        return
    _guards.append((check, open_items))


def adoption_open_items(version) -> int:
    """How many things of ``version`` still wait for an answer before adoption."""
    return sum(open_items(version) for _check, open_items in _guards)


def adoption_check(*, version, override: bool, override_reason: str, acting_user) -> None:
    """Run every guard on the adoption of ``version``."""
    for check, _open_items in _guards:
        check(
            version=version,
            override=override,
            override_reason=override_reason,
            acting_user=acting_user,
        )
