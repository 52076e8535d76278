"""Reads about bodies and resolutions."""

from kompass.concepts.models import VersionStatus

from .models import Outcome, Resolution, ResolutionKind


def resolution_can_adopt_version(resolution: Resolution) -> bool:
    """An adopting resolution of a draft or consulted version can adopt that version."""
    return bool(
        resolution.kind == ResolutionKind.ADOPTION
        and resolution.outcome == Outcome.ADOPTED
        and resolution.concept_version_id
        and resolution.concept_version.status in {VersionStatus.DRAFT, VersionStatus.CONSULTATION}
    )
