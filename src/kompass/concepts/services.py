"""Operations on concepts and their versions; each runs in one transaction."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .adoption import adoption_check
from .models import Concept, ConceptVersion, VersionStatus, Vision
from .revision import copy_object, run_revision_steps

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
def concept_version_adopt(
    *,
    version: ConceptVersion,
    adopted_on,
    adopting_resolution,
    acting_user,
    override_open_contributions: bool = False,
    override_reason: str = "",
):
    """Adopt a version by council resolution; the previously adopted one becomes superseded.

    From then on the version is read-only except for implementation data. Every contribution
    of the version needs a decision first, unless the override is confirmed with a reason
    (the adoption guards of ``concepts.adoption``; the override is logged).
    """
    if version.status not in {VersionStatus.DRAFT, VersionStatus.CONSULTATION}:
        raise ValidationError(_("Only a draft or a version in consultation can be adopted."))
    adoption_check(
        version=version,
        override=override_open_contributions,
        override_reason=override_reason,
        acting_user=acting_user,
    )
    ConceptVersion.objects.filter(concept=version.concept, status=VersionStatus.ADOPTED).exclude(
        pk=version.pk
    ).update(status=VersionStatus.SUPERSEDED)
    version.status = VersionStatus.ADOPTED
    version.adopted_on = adopted_on
    version.adopting_resolution = adopting_resolution
    version.save(update_fields=["status", "adopted_on", "adopting_resolution"])
    return version


@transaction.atomic
def concept_version_start_revision(*, version: ConceptVersion, acting_user) -> ConceptVersion:
    """Start a Fortschreibung: a new draft version with a copy of the whole tree of ``version``.

    The new version remembers its predecessor; the registered revision steps
    (``concepts.revision``) copy the tree – vision, guidelines, fields, goals, measures,
    indicators, the chapters of the concept document, the translations – and give the new
    version a process of its own.
    """
    concept = version.concept
    if concept.versions.filter(
        status__in=[VersionStatus.DRAFT, VersionStatus.CONSULTATION]
    ).exists():
        raise ValidationError(_("There is already a version in progress for this concept."))
    number = max(concept.versions.values_list("number", flat=True)) + 1
    new = ConceptVersion.objects.create(
        concept=concept,
        municipality=version.municipality,
        number=number,
        title=version.title,
        period_start=version.period_start,
        period_end=version.period_end,
        predecessor=version,
    )
    run_revision_steps(source=version, target=new, acting_user=acting_user)
    return new


def concept_tree_copy(*, source: ConceptVersion, target: ConceptVersion, acting_user) -> None:
    """Revision step: copy vision, guidelines, fields and goals (with their hierarchy).

    Links inside the tree point to the copies.
    """
    vision = Vision.objects.filter(version=source).first()
    if vision:
        copy_object(vision, acting_user=acting_user, version=target)
    guidelines = {
        g.pk: copy_object(g, acting_user=acting_user, version=target)
        for g in source.guidelines.all()
    }
    fields = {
        f.pk: copy_object(f, acting_user=acting_user, version=target) for f in source.fields.all()
    }
    goals = {}
    for goal in source.goals.prefetch_related("target_groups", "guidelines").order_by(
        "level", "pk"
    ):
        old_pk = goal.pk
        target_groups, goal_guidelines = list(goal.target_groups.all()), list(goal.guidelines.all())
        copy = copy_object(
            goal,
            acting_user=acting_user,
            version=target,
            field=fields.get(goal.field_id),
            parent=goals.get(goal.parent_id),
        )
        copy.target_groups.set(target_groups)
        copy.guidelines.set([guidelines[g.pk] for g in goal_guidelines if g.pk in guidelines])
        goals[old_pk] = copy
