"""Translations of a concept's texts into further languages and Leichte Sprache.

A ``ContentTranslation`` is one field of one object in one language. It keeps the German
text it was made from (``source_text``): when the German text changes, the translation is
*outdated* and is no longer shown until someone looks at it again. Translations are not part
of what the council adopted, so they can be written after adoption; a revision copies them
to the new version's objects, where they stay current as long as the German text is unchanged.

A ``VersionLanguage`` says that a version is being translated into a language; once
published, the public site offers that language.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kompass.concepts.models import ConceptVersion
from kompass.core.languages import LANGUAGES, TRANSLATION_LANGUAGE_CHOICES
from kompass.tenancy.models import Municipality


class TranslationState(models.TextChoices):
    MISSING = "missing", _("missing")
    OUTDATED = "outdated", _("outdated")
    CURRENT = "current", _("current")


class ContentTranslation(models.Model):
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(_("field"), max_length=50)
    language = models.CharField(_("language"), max_length=5, choices=TRANSLATION_LANGUAGE_CHOICES)
    text = models.TextField(_("translation"))
    source_text = models.TextField(_("German text translated"))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("updated by"),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("content translation")
        verbose_name_plural = _("content translations")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="translation_unique_field_language",
            )
        ]
        indexes = [models.Index(fields=["content_type", "language", "object_id"])]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id} {self.field} [{self.language}]"

    def state_for(self, german: str) -> str:
        return TranslationState.CURRENT if german == self.source_text else TranslationState.OUTDATED


class VersionLanguage(models.Model):
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(
        ConceptVersion, on_delete=models.CASCADE, related_name="translation_languages"
    )
    language = models.CharField(_("language"), max_length=5, choices=TRANSLATION_LANGUAGE_CHOICES)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("translation language")
        verbose_name_plural = _("translation languages")
        ordering = ["version", "language"]
        constraints = [
            models.UniqueConstraint(fields=["version", "language"], name="version_language_unique")
        ]

    def __str__(self):
        language = LANGUAGES.get(self.language)
        return str(language.label) if language else self.language

    @property
    def is_published(self) -> bool:
        return self.published_at is not None
