"""Changing bodies and resolutions; adopting a concept version by its resolution."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from kompass.concepts.models import VersionStatus
from kompass.concepts.services import concept_version_adopt
from kompass.core.services import claim_lock_version, save_model_form

from .models import Body, Outcome, Resolution, ResolutionKind
from .oparl import Paper


@transaction.atomic
def body_save(*, form, formset, acting_user) -> Body:
    """Save a body together with its members (all or nothing)."""
    body = save_model_form(form, acting_user=acting_user)
    formset.instance = body
    members = formset.save(commit=False)
    for member in formset.deleted_objects:
        member._history_user = acting_user
        member.delete()
    for member in members:
        member.body = body
        member.municipality_id = body.municipality_id
        member._history_user = acting_user
        member.save()
    return body


@transaction.atomic
def resolution_apply_paper(*, resolution: Resolution, paper: Paper, lock_version, acting_user):
    """Take over name, reference and date of an OParl paper the user has confirmed."""
    claim_lock_version(resolution, lock_version)
    resolution.subject = paper.name
    resolution.reference = paper.reference or resolution.reference
    if paper.date is not None:
        resolution.date = paper.date
    resolution.paper_url = paper.url
    resolution.full_clean()
    resolution._history_user = acting_user
    resolution.save(update_fields=["subject", "reference", "date", "paper_url", "lock_version"])
    return resolution


def resolution_can_adopt_version(resolution: Resolution) -> bool:
    """An adopting resolution of a draft or consulted version can adopt that version."""
    return bool(
        resolution.kind == ResolutionKind.ADOPTION
        and resolution.outcome == Outcome.ADOPTED
        and resolution.concept_version_id
        and resolution.concept_version.status in {VersionStatus.DRAFT, VersionStatus.CONSULTATION}
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
