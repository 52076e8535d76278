"""Operations on evaluations and their attachments (each in one transaction)."""

from django.db import transaction

from kompass.core.services import object_delete, object_save

from .models import Evaluation, EvaluationAttachment


@transaction.atomic
def evaluation_save(
    *, evaluation: Evaluation, expected_lock_version=None, acting_user
) -> Evaluation:
    """Create or change an evaluation of its measure; whoever creates it is named as its author.

    Optimistic locking and the history author as for planning objects.
    """
    if not evaluation.pk:
        evaluation.created_by = acting_user
    return object_save(
        evaluation, acting_user=acting_user, expected_lock_version=expected_lock_version
    )


def _delete_files_after_commit(names) -> None:
    """Files go only when the database change has been committed: never a row without its file."""
    storage = EvaluationAttachment._meta.get_field("file").storage

    def delete():
        for name in names:
            storage.delete(name)

    transaction.on_commit(delete)


@transaction.atomic
def evaluation_delete(*, evaluation: Evaluation, acting_user) -> None:
    """Delete an evaluation with its attachments and their files."""
    names = [a.file.name for a in evaluation.attachments.all()]
    object_delete(evaluation, acting_user=acting_user)
    _delete_files_after_commit(names)


@transaction.atomic
def attachment_add(
    *, attachment: EvaluationAttachment, evaluation: Evaluation, acting_user
) -> EvaluationAttachment:
    """Store an uploaded file (already checked by the upload validator) with the evaluation."""
    attachment.evaluation = evaluation
    attachment.municipality_id = evaluation.municipality_id
    attachment.uploaded_by = acting_user
    return object_save(attachment, acting_user=acting_user)


@transaction.atomic
def attachment_delete(*, attachment: EvaluationAttachment, acting_user) -> None:
    """Delete an attachment and, once committed, its file."""
    name = attachment.file.name
    object_delete(attachment, acting_user=acting_user)
    _delete_files_after_commit([name])
