"""Operations on concepts and their versions; each runs in one transaction."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Concept, ConceptVersion, VersionStatus, Vision

# Which status a version may move to from which (adoption has its own service).
# a revision's process is planned over this many months (adapted on the process page)
REVISION_MONTHS = 9

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
    (the adoption guard in ``participation.services``; the override is logged).
    """
    from kompass.participation.services import adoption_guard

    if version.status not in {VersionStatus.DRAFT, VersionStatus.CONSULTATION}:
        raise ValidationError(_("Only a draft or a version in consultation can be adopted."))
    adoption_guard(
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


def _copy(obj, *, acting_user, **changes):
    """Save a copy of ``obj`` as a new row with ``changes`` applied (many-to-many not included).

    The copy remembers the row it was copied from (``predecessor``), which is how the
    comparison of two versions matches objects across a revision, whatever was renamed.
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


@transaction.atomic
def concept_version_start_revision(*, version: ConceptVersion, acting_user) -> ConceptVersion:
    """Start a Fortschreibung: a new draft version with a copy of the whole tree of ``version``.

    Vision, guidelines, fields, goals (with their hierarchy), measures with budget lines and
    milestones, indicators with their values, and the narrative chapters of the concept
    document are copied; links inside the tree point to
    the copies. The new version remembers its predecessor, and so does every copied object
    (indicator values excepted: they are data, not plan). Translations follow their texts,
    and the new version gets a process of its own from the Fortschreibung template.
    """
    from kompass.indicators.models import Indicator, IndicatorValue
    from kompass.measures.models import Measure

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
    vision = Vision.objects.filter(version=version).first()
    if vision:
        _copy(vision, acting_user=acting_user, version=new)
    guidelines = {
        g.pk: _copy(g, acting_user=acting_user, version=new) for g in version.guidelines.all()
    }
    fields = {f.pk: _copy(f, acting_user=acting_user, version=new) for f in version.fields.all()}
    goals = {}
    for goal in version.goals.prefetch_related("target_groups", "guidelines").order_by(
        "level", "pk"
    ):
        old_pk = goal.pk
        target_groups, goal_guidelines = list(goal.target_groups.all()), list(goal.guidelines.all())
        copy = _copy(
            goal,
            acting_user=acting_user,
            version=new,
            field=fields.get(goal.field_id),
            parent=goals.get(goal.parent_id),
        )
        copy.target_groups.set(target_groups)
        copy.guidelines.set([guidelines[g.pk] for g in goal_guidelines if g.pk in guidelines])
        goals[old_pk] = copy
    measures = Measure.objects.filter(version=version).prefetch_related(
        "goals", "target_groups", "districts", "budget_lines", "milestones"
    )
    for measure in measures:
        related = (
            list(measure.goals.all()),
            list(measure.target_groups.all()),
            list(measure.districts.all()),
        )
        children = (list(measure.budget_lines.all()), list(measure.milestones.all()))
        copy = _copy(
            measure, acting_user=acting_user, version=new, field=fields.get(measure.field_id)
        )
        copy.goals.set([goals[g.pk] for g in related[0]])
        copy.target_groups.set(related[1])
        copy.districts.set(related[2])
        for child in (*children[0], *children[1]):
            _copy(child, acting_user=acting_user, measure=copy)
    for indicator in Indicator.objects.filter(version=version).prefetch_related("goals", "values"):
        indicator_goals, values = list(indicator.goals.all()), list(indicator.values.all())
        copy = _copy(
            indicator, acting_user=acting_user, version=new, field=fields.get(indicator.field_id)
        )
        copy.goals.set([goals[g.pk] for g in indicator_goals])
        for value in values:
            value.pk = None
            value.indicator = copy
            # the copy is not part of the import that brought the original: undoing that
            # import must leave the new version alone (the source text still names the file)
            value.import_batch = None
        IndicatorValue.objects.bulk_create(values, batch_size=1000)
    # the chapter texts of the concept document go along, to be revised with the rest
    from kompass.documents.services import narratives_copy

    narratives_copy(source=version, target=new, acting_user=acting_user)
    # translations follow their texts; where the German changes later they show as outdated
    from kompass.translations.services import translations_carry_forward

    translations_carry_forward(old_version=version, new_version=new)
    # the revision is a process of its own: planned from the Fortschreibung template
    from kompass.process.services import process_start

    process_start(
        version=new,
        template_key="revision",
        start_date=timezone.localdate(),
        duration_months=REVISION_MONTHS,
        acting_user=acting_user,
    )
    return new
