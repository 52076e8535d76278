"""Changing bodies and resolutions; adopting a concept version by its resolution."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from kompass.concepts.services import concept_version_adopt
from kompass.core.services import ChildRows, child_rows_save, object_save

from .models import Body, Resolution
from .oparl import Paper
from .selectors import resolution_can_adopt_version


@transaction.atomic
def body_save(
    *, body: Body, expected_lock_version=None, members: ChildRows | None = None, acting_user
) -> Body:
    """Save a body together with its members (all or nothing)."""
    object_save(body, acting_user=acting_user, expected_lock_version=expected_lock_version)
    child_rows_save(
        members or ChildRows(),
        parent=body,
        fk="body",
        acting_user=acting_user,
        municipality_id=body.municipality_id,
    )
    return body


@transaction.atomic
def resolution_apply_paper(*, resolution: Resolution, paper: Paper, lock_version, acting_user):
    """Take over name, reference and date of an OParl paper the user has confirmed."""
    resolution.subject = paper.name
    resolution.reference = paper.reference or resolution.reference
    if paper.date is not None:
        resolution.date = paper.date
    resolution.paper_url = paper.url
    return object_save(
        resolution,
        acting_user=acting_user,
        expected_lock_version=lock_version,
        update_fields=["subject", "reference", "date", "paper_url"],
    )


@transaction.atomic
def resolution_adopt_version(*, resolution: Resolution, acting_user):
    """Adopt the resolution's concept version on the resolution's date, citing the resolution."""
    if not resolution_can_adopt_version(resolution):
        raise ValidationError(
            _(
                "Only an adopted resolution on the adoption of a draft version can adopt that "
                "version."
            )
        )
    return concept_version_adopt(
        version=resolution.concept_version,
        adopted_on=resolution.date,
        adopting_resolution=resolution.citation()[:300],
        acting_user=acting_user,
    )
