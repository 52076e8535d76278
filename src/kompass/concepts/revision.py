"""The steps of a revision (Fortschreibung): each app carries its part of a version forward.

Starting a revision creates the new draft version and then runs every registered step, in
the order of their numbers, inside the one transaction of
``services.concept_version_start_revision``. A step is a function
``step(*, source, target, acting_user)`` that copies its app's objects of version ``source``
into version ``target``; apps register theirs in ``AppConfig.ready``. Copies remember the
row they were copied from (``predecessor``), which is how a later step finds the copies of
an earlier one and how the comparison of two versions matches objects across a revision.
"""

from collections.abc import Callable

_steps: list[tuple[int, Callable]] = []


def register_revision_step(order: int, step: Callable) -> None:
    """Run ``step`` on every revision; lower ``order`` first (ties in order of registration).

    Registering a step again changes nothing: ``AppConfig.ready`` may run more than once.
    """
    if any(registered is step for _order, registered in _steps):
        return
    _steps.append((order, step))
    _steps.sort(key=lambda entry: entry[0])


def revision_steps() -> list[Callable]:
    """The registered steps in the order they run."""
    return [step for _order, step in _steps]


def run_revision_steps(*, source, target, acting_user) -> None:
    """Carry everything of ``source`` forward into ``target``, step by step."""
    for step in revision_steps():
        step(source=source, target=target, acting_user=acting_user)


def copy_object(obj, *, acting_user, **changes):
    """Save a copy of ``obj`` as a new row with ``changes`` applied (many-to-many not included).

    The copy remembers the row it was copied from (``predecessor``).
    """
    original_pk = obj.pk
    obj.pk = None
    obj.id = None
    obj._state.adding = True
    # the old row's prefetched relations would make .set() on the copy a no-op
    obj._prefetched_objects_cache = {}
    if hasattr(obj, "lock_version"):
        obj.lock_version = 0
    obj.predecessor_id = original_pk
    for name, value in changes.items():
        setattr(obj, name, value)
    obj._history_user = acting_user
    obj.save()
    return obj


def copies_by_original(objects) -> dict:
    """The copies among ``objects`` by the pk of the object each was copied from."""
    return {obj.predecessor_id: obj for obj in objects}
