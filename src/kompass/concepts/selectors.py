"""Reads of concepts and their versions."""

from .models import Concept, ConceptVersion, VersionStatus


def current_version(concept: Concept) -> ConceptVersion | None:
    """The version in force: the adopted one, else the newest (draft) version."""
    versions = sorted(concept.versions.all(), key=lambda v: -v.number)
    for version in versions:
        if version.status == VersionStatus.ADOPTED:
            return version
    return versions[0] if versions else None
