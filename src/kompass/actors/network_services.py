"""Changing the network analysis: surveys and their relations, each change in one transaction."""

from django.db import transaction

from kompass.core.services import save_model_form

from .models import ActorRelation, NetworkSurvey


@transaction.atomic
def network_survey_save(*, form, acting_user) -> NetworkSurvey:
    """Save a survey; a new one may start as a copy of the relations of an earlier survey."""
    survey = save_model_form(form, acting_user=acting_user)
    earlier = form.cleaned_data.get("copy_from")
    if earlier is not None and earlier.pk != survey.pk:
        network_survey_copy_relations(source=earlier, target=survey, acting_user=acting_user)
    return survey


def network_survey_copy_relations(*, source: NetworkSurvey, target: NetworkSurvey, acting_user):
    """Copy every relation of ``source`` into ``target``, recorded on the target's date."""
    copies = []
    for relation in source.relations.all():
        copy = ActorRelation(
            municipality_id=target.municipality_id,
            survey=target,
            source_id=relation.source_id,
            target_id=relation.target_id,
            kind=relation.kind,
            strength=relation.strength,
            recorded_on=target.surveyed_on,
            note=relation.note,
        )
        copy._history_user = acting_user
        copies.append(copy)
    # bulk_create skips the history signal; write the history rows ourselves
    ActorRelation.objects.bulk_create(copies, batch_size=500)
    ActorRelation.history.bulk_history_create(copies, default_user=acting_user)
    return copies


@transaction.atomic
def network_survey_save_relations(*, formset, acting_user) -> int:
    """Save the rows of a relation formset (new, changed, deleted); returns rows touched."""
    survey = formset.survey
    relations = formset.save(commit=False)
    for relation in formset.deleted_objects:
        relation._history_user = acting_user
        relation.delete()
    for relation in relations:
        relation.survey = survey
        relation.municipality_id = survey.municipality_id
        if relation.recorded_on is None:
            relation.recorded_on = survey.surveyed_on
        relation._history_user = acting_user
        relation.save()
    return len(relations) + len(formset.deleted_objects)
