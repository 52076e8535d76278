"""Changing narrative sections and generating documents (in the background)."""

import hashlib

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from kompass.core.jobs import job_start
from kompass.core.services import claim_lock_version

from .models import GeneratedDocument, NarrativeSection
from .selectors import file_name, rendered_document


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


def document_generate(*, version, format: str, language: str, acting_user) -> GeneratedDocument:
    """Queue the generation of ``version`` in ``format``; the worker renders and stores it."""
    with transaction.atomic():
        document = GeneratedDocument.objects.create(
            municipality=version.municipality,
            version=version,
            format=format,
            language=language,
        )
        job_start(document, acting_user=acting_user)
    return document


def document_render_and_store(document, *, progress, acting_user) -> None:
    """The background work (``core.jobs``): render the document, store it with checksum and size."""
    data, pages = rendered_document(
        document.version, document.format, language=document.language, progress=progress
    )
    document.file.save(file_name(document), ContentFile(data), save=False)
    document.checksum = hashlib.sha256(data).hexdigest()
    document.size = len(data)
    document.pages = pages
    document.finished_at = timezone.now()
    document.save(update_fields=["file", "checksum", "size", "pages", "finished_at"])
