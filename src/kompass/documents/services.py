"""Changing narrative sections and generating documents (in the background)."""

import hashlib
import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.http import FileResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from kompass.core import progress as progress_store
from kompass.core.languages import GERMAN
from kompass.core.services import claim_lock_version

from .models import (
    CONTENT_TYPES,
    DocumentFormat,
    GeneratedDocument,
    GenerationState,
    NarrativeSection,
)

logger = logging.getLogger(__name__)


def narrative_save(
    *, version, key: str, title: str, body: str, expected_lock_version, acting_user
) -> NarrativeSection:
    """Create or change the narrative of chapter ``key`` (sanitised; refused once adopted)."""
    section = NarrativeSection.objects.filter(version=version, key=key).first()
    if section is None:
        section = NarrativeSection(version=version, municipality=version.municipality, key=key)
    else:
        claim_lock_version(section, expected_lock_version)
    section.title = title
    section.body = body
    section._history_user = acting_user
    section.full_clean()
    section.save()
    return section


def narratives_copy(*, source, target, acting_user) -> int:
    """Copy the narrative sections of ``source`` into the new version ``target`` (revision)."""
    count = 0
    for section in NarrativeSection.objects.filter(version=source):
        copy = NarrativeSection(
            version=target,
            municipality=target.municipality,
            key=section.key,
            title=section.title,
            body=section.body,
        )
        copy._history_user = acting_user
        copy.save()
        count += 1
    return count


def progress_key(document) -> str:
    return f"concept-document-{document.pk}"


def file_name(document) -> str:
    version = document.version
    base = slugify(f"{version.concept.title} {version.number}") or "konzept"
    if document.language and document.language != GERMAN:
        base = f"{base}-{document.language}"
    return f"{base}.{document.format}"


def file_response(document) -> FileResponse:
    """The stored file of a finished ``document`` as a download (staff and public site)."""
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=file_name(document),
        content_type=CONTENT_TYPES[document.format],
    )


def document_generate(*, version, format: str, language: str, acting_user) -> GeneratedDocument:
    """Queue the generation of ``version`` in ``format``; the worker renders and stores it."""
    from . import tasks

    document = GeneratedDocument.objects.create(
        municipality=version.municipality,
        version=version,
        format=format,
        language=language,
        created_by=acting_user,
    )
    progress_store.Reporter(progress_key(document)).reset()
    transaction.on_commit(lambda: tasks.generate_document.enqueue(document.pk))
    return document


def render(
    version, format: str, *, language: str = GERMAN, reporter=None
) -> tuple[bytes, int | None]:
    """The document of ``version`` in ``format`` and content ``language`` as bytes (and pages for PDF)."""
    from .content import build_document
    from .docx_builder import render_docx
    from .render import render_html, render_pdf

    doc = build_document(version, language=language, reporter=reporter)
    if reporter:
        reporter(4, 6)
    if format == DocumentFormat.PDF:
        return render_pdf(doc)
    if format == DocumentFormat.DOCX:
        return render_docx(doc), None
    return render_html(doc).encode(), None


def is_stuck(document) -> bool:
    """Queued or running without any sign of life for a long time (the worker was stopped)."""
    if not document.is_busy:
        return False
    return progress_store.is_stale(progress_store.read(progress_key(document)), document.created_at)


def reset_stuck(document) -> None:
    """Give up a lost generation; the document can simply be generated again."""
    if is_stuck(document):
        GeneratedDocument.objects.filter(pk=document.pk).update(
            state=GenerationState.FAILED,
            finished_at=timezone.now(),
            error=_(
                "The generation was interrupted (the background worker was probably stopped). "
                "Please start it again."
            ),
        )


def run_generation(document_id: int) -> None:
    """Body of the background task: render, store the file with checksum and size."""
    document = GeneratedDocument.objects.select_related(
        "version__concept", "version__municipality"
    ).get(pk=document_id)
    reporter = progress_store.Reporter(progress_key(document))
    GeneratedDocument.objects.filter(pk=document.pk).update(state=GenerationState.RUNNING)
    try:
        data, pages = render(
            document.version, document.format, language=document.language, reporter=reporter
        )
        document.file.save(file_name(document), ContentFile(data), save=False)
        document.checksum = hashlib.sha256(data).hexdigest()
        document.size = len(data)
        document.pages = pages
        document.state = GenerationState.DONE
        document.finished_at = timezone.now()
        document.error = ""
        document.save(
            update_fields=["file", "checksum", "size", "pages", "state", "finished_at", "error"]
        )
        reporter(6, 6, force=True)
    except Exception as error:
        logger.exception("Concept document %s could not be generated", document_id)
        GeneratedDocument.objects.filter(pk=document.pk).update(
            state=GenerationState.FAILED,
            finished_at=timezone.now(),
            error=_("The document could not be generated: %(e)s") % {"e": error},
        )
        raise
