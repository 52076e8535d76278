"""Shipped catalogues are YAML files in ``<app>/catalogues/``, read by small loaders.

A catalogue file is a list of entries (mappings). Its loader names the keys an entry must
have and the optional ones with their defaults; a file that breaks this fails loudly,
naming the file and the entry, rather than shipping a half-filled row.
"""

from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

import yaml

NO_DEFAULTS = MappingProxyType({})


class CatalogueError(ValueError):
    """A shipped catalogue file does not have the shape its loader expects."""


def complete_entry(entry, *, required: Collection[str], defaults: Mapping, where: str) -> dict:
    """``entry`` with the defaults filled in; a missing or unknown key is an error at ``where``."""
    if not isinstance(entry, dict):
        raise CatalogueError(f"{where}: expected a mapping of keys, got {type(entry).__name__}")
    missing = [key for key in required if key not in entry]
    unknown = sorted(set(entry) - set(required) - set(defaults))
    problems = []
    if missing:
        problems.append(f"missing {', '.join(missing)}")
    if unknown:
        problems.append(f"unknown {', '.join(unknown)}")
    if problems:
        raise CatalogueError(f"{where}: {'; '.join(problems)}")
    return {**defaults, **entry}


def read_entries(path: Path, *, label: str) -> list[tuple[str, object]]:
    """The raw entries of the file in their order, each with the place to name in errors:
    the file, the entry's position and its ``label`` key (``code``, say)."""
    with path.open(encoding="utf-8") as file:
        entries = yaml.safe_load(file)
    if not isinstance(entries, list):
        raise CatalogueError(f"{path}: expected a list of entries")
    return [
        (f"{path}, entry {number} ({label}: {_get(entry, label)})", entry)
        for number, entry in enumerate(entries, start=1)
    ]


def read_catalogue(
    path: Path, *, required: Sequence[str], defaults: Mapping = NO_DEFAULTS
) -> list[dict]:
    """The entries of the file in their order, completed and checked by ``complete_entry``;
    errors name an entry by its first required key."""
    return [
        complete_entry(entry, required=required, defaults=defaults, where=where)
        for where, entry in read_entries(path, label=required[0])
    ]


def _get(entry, key: str):
    return entry.get(key, "?") if isinstance(entry, dict) else "?"
