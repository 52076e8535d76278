"""Background tasks of the concept documents (run by ``manage.py db_worker``)."""

from django_tasks import task


@task()
def generate_document(document_id: int) -> None:
    """Render a concept version as PDF, DOCX or HTML and store the file with the version."""
    from .services import run_generation

    run_generation(document_id)
