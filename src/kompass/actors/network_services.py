"""Changing the network analysis: surveys and their relations, each change in one transaction."""

from django.db import transaction

from kompass.core.services import ChildRows, child_rows_save, object_save

from .models import ActorRelation, NetworkSurvey


@transaction.atomic
def network_survey_save(
    *,
    survey: NetworkSurvey,
    expected_lock_version=None,
    copy_from: NetworkSurvey | None = None,
    acting_user,
) -> NetworkSurvey:
    """Save a survey; a new one may start as a copy of the relations of an earlier survey."""
    object_save(survey, acting_user=acting_user, expected_lock_version=expected_lock_version)
    if copy_from is not None and copy_from.pk != survey.pk:
        network_survey_copy_relations(source=copy_from, target=survey, acting_user=acting_user)
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
def network_survey_save_relations(
    *, survey: NetworkSurvey, relations: ChildRows, acting_user
) -> int:
    """Save new, changed and deleted relations of ``survey`` (a relation without a date is
    recorded on the survey's date); returns the number of rows touched."""
    for relation in relations.changed:
        if relation.recorded_on is None:
            relation.recorded_on = survey.surveyed_on
    child_rows_save(
        relations,
        parent=survey,
        fk="survey",
        acting_user=acting_user,
        municipality_id=survey.municipality_id,
    )
    return len(relations.changed) + len(relations.deleted)
