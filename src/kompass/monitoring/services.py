"""Operations on evaluations and their attachments (each in one transaction)."""

from django.db import transaction

from kompass.core.services import save_model_form

from .models import Evaluation, EvaluationAttachment


@transaction.atomic
def evaluation_save(*, form, acting_user) -> Evaluation:
    """Create or change an evaluation (the form's instance already names its measure).

    Optimistic locking and the history author as for planning objects.
    """
    assign = {} if form.instance.pk else {"created_by": acting_user}
    return save_model_form(form, acting_user=acting_user, **assign)


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
    evaluation._history_user = acting_user
    evaluation.delete()
    _delete_files_after_commit(names)


@transaction.atomic
def attachment_add(*, form, evaluation: Evaluation, acting_user) -> EvaluationAttachment:
    """Store an uploaded file (already checked by the form) with the evaluation."""
    attachment = form.save(commit=False)
    attachment.evaluation = evaluation
    attachment.municipality_id = evaluation.municipality_id
    attachment.uploaded_by = acting_user
    attachment.title = form.cleaned_data["title"]
    attachment.save()
    return attachment


@transaction.atomic
def attachment_delete(*, attachment: EvaluationAttachment, acting_user) -> None:
    name = attachment.file.name
    attachment.delete()
    _delete_files_after_commit([name])
