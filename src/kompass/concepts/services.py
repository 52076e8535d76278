"""Operations on concepts and their versions; each runs in one transaction."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .models import Concept, ConceptVersion, VersionStatus, Vision

# Which status a version may move to from which (adoption has its own service).
ALLOWED_TRANSITIONS = {
    VersionStatus.DRAFT: {VersionStatus.CONSULTATION},
    VersionStatus.CONSULTATION: {VersionStatus.DRAFT},
}


@transaction.atomic
def concept_create(*, municipality, title, kind_label, acting_user, vision_text="") -> Concept:
    """Create a concept with its first draft version and an empty vision."""
    concept = Concept.objects.create(municipality=municipality, title=title, kind_label=kind_label)
    version = ConceptVersion.objects.create(
        concept=concept, municipality=municipality, number=1, title=title
    )
    vision = Vision(version=version, municipality=municipality, text=vision_text)
    vision._history_user = acting_user
    vision.save()
    return concept


def concept_version_set_status(
    *, version: ConceptVersion, status: str, acting_user
) -> ConceptVersion:
    """Move a version between draft and consultation."""
    if status not in ALLOWED_TRANSITIONS.get(version.status, set()):
        raise ValidationError(
            _("A version in status “%(current)s” cannot be set to “%(new)s”.")
            % {"current": version.get_status_display(), "new": VersionStatus(status).label}
        )
    version.status = status
    version.save(update_fields=["status"])
    return version


@transaction.atomic
def concept_version_adopt(*, version: ConceptVersion, adopted_on, adopting_resolution, acting_user):
    """Adopt a version by council resolution; the previously adopted one becomes superseded.

    From then on the version is read-only except for implementation data.
    """
    if version.status not in {VersionStatus.DRAFT, VersionStatus.CONSULTATION}:
        raise ValidationError(_("Only a draft or a version in consultation can be adopted."))
    ConceptVersion.objects.filter(concept=version.concept, status=VersionStatus.ADOPTED).exclude(
        pk=version.pk
    ).update(status=VersionStatus.SUPERSEDED)
    version.status = VersionStatus.ADOPTED
    version.adopted_on = adopted_on
    version.adopting_resolution = adopting_resolution
    version.save(update_fields=["status", "adopted_on", "adopting_resolution"])
    return version


def current_version(concept: Concept) -> ConceptVersion | None:
    """The version in force: the adopted one, else the newest (draft) version."""
    versions = sorted(concept.versions.all(), key=lambda v: -v.number)
    for version in versions:
        if version.status == VersionStatus.ADOPTED:
            return version
    return versions[0] if versions else None
