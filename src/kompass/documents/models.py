"""Narrative sections of a concept document and the documents generated from a version.

The structured data (fields of action, goals, measures, indicators, the situation
analysis) speaks for itself; the narrative sections hold what it cannot say: the
preface, the understanding of integration, the participatory approach, evaluation and
monitoring. They belong to the version and are frozen with it on adoption (the council
adopted the text as well as the tables); a revision copies them forward.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kompass.concepts.locking import VersionContent
from kompass.concepts.models import ConceptVersion
from kompass.core.jobs import BackgroundJob, state_field
from kompass.core.sanitize import clean_rich_text
from kompass.tenancy.models import Municipality


class SectionKey(models.TextChoices):
    """The chapters with a narrative, in the order of the document."""

    PREFACE = "preface", _("Preface")
    UNDERSTANDING = "understanding", _("Integration as a municipal task")
    SITUATION = "situation", _("Situation and framework")
    PARTICIPATION = "participation", _("Participatory approach")
    FIELDS = "fields", _("Introduction to the fields of action")
    EVALUATION = "evaluation", _("Evaluation and monitoring")
    NETWORKS = "networks", _("Networks and actors")
    GLOSSARY = "glossary", _("Glossary and abbreviations")
    SOURCES = "sources", _("Sources")


SECTION_HELP = {
    SectionKey.PREFACE: _("A word from the mayor or the district administrator."),
    SectionKey.UNDERSTANDING: _(
        "What the municipality means by integration, diversity and participation: the key terms."
    ),
    SectionKey.SITUATION: _(
        "Local identity and history; the statistics, findings and actors follow from the data."
    ),
    SectionKey.PARTICIPATION: _(
        "How residents, associations and the administration took part; events follow from the data."
    ),
    SectionKey.FIELDS: _("How the fields of action, goals and measures were chosen."),
    SectionKey.EVALUATION: _(
        "Who reports when to whom, how measures are evaluated; the status rules are added."
    ),
    SectionKey.NETWORKS: _("Networks and committees that carry the concept."),
    SectionKey.GLOSSARY: _("Terms and abbreviations used in the document."),
    SectionKey.SOURCES: _("Literature, statistics and documents the concept draws on."),
}


class NarrativeSection(VersionContent):
    """The rich text of one chapter of a version's document (sanitised on save and on render)."""

    version = models.ForeignKey(
        ConceptVersion, on_delete=models.CASCADE, related_name="narrative_sections"
    )
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(_("chapter"), max_length=20, choices=SectionKey.choices)
    title = models.CharField(
        _("heading"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to use the standard heading of the chapter."),
    )
    body = models.TextField(_("text"), blank=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("narrative section")
        verbose_name_plural = _("narrative sections")
        ordering = ["version", "key"]
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="narrative_unique_key")
        ]

    def __str__(self):
        return self.heading

    @property
    def heading(self) -> str:
        return self.title or str(SectionKey(self.key).label)

    def save(self, *args, **kwargs):
        self.body = clean_rich_text(self.body)
        super().save(*args, **kwargs)


class DocumentFormat(models.TextChoices):
    PDF = "pdf", _("PDF")
    DOCX = "docx", _("Word (DOCX)")
    HTML = "html", _("HTML")


CONTENT_TYPES = {
    DocumentFormat.PDF: "application/pdf",
    DocumentFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    DocumentFormat.HTML: "text/html; charset=utf-8",
}


class GenerationState(models.TextChoices):
    QUEUED = "queued", _("Waiting for its turn")
    RUNNING = "running", _("Being generated")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")


class GeneratedDocument(BackgroundJob):
    """A concept document rendered from a version at one moment, stored with the version."""

    JOB_RUNNER = "kompass.documents.services.document_render_and_store"
    DONE_STATE = GenerationState.DONE
    FAILED_STATE = GenerationState.FAILED
    FAILED_MESSAGE = _("The document could not be generated: %(e)s")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(
        ConceptVersion, on_delete=models.CASCADE, related_name="generated_documents"
    )
    format = models.CharField(_("format"), max_length=10, choices=DocumentFormat.choices)
    language = models.CharField(_("language"), max_length=10, default="de")
    state = state_field(GenerationState)
    file = models.FileField(_("file"), upload_to="documents/%Y/", blank=True)
    checksum = models.CharField(_("checksum (SHA-256)"), max_length=64, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), null=True, blank=True)
    pages = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("generated document")
        verbose_name_plural = _("generated documents")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["version", "-created_at"])]

    def __str__(self):
        return f"{self.version} – {self.get_format_display()}"
