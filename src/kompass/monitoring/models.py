"""Evaluations of measures: what was examined, how, with which result and recommendation.

Evaluations belong to the implementation of a concept, so they stay editable after the
version has been adopted (unlike the planning objects of ``concepts.locking``).
"""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kompass.measures.models import Measure
from kompass.tenancy.models import Municipality


class EvaluationMethod(models.TextChoices):
    SELF = "self", _("Self-evaluation by the responsible unit")
    EXTERNAL = "external", _("External evaluation")
    SURVEY = "survey", _("Survey of participants")
    STATISTICS = "statistics", _("Analysis of statistics and indicators")
    DOCUMENTS = "documents", _("Analysis of documents and reports")
    OTHER = "other", _("Other method")


class GoalAchievement(models.TextChoices):
    REACHED = "reached", _("Goal reached")
    PARTLY = "partly", _("Goal partly reached")
    NOT_REACHED = "not_reached", _("Goal not reached")
    OPEN = "open", _("Too early to say")


class Recommendation(models.TextChoices):
    CONTINUE = "continue", _("Continue")
    CHANGE = "change", _("Continue with changes")
    STOP = "stop", _("Stop")


class Evaluation(models.Model):
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    measure = models.ForeignKey(
        Measure, on_delete=models.CASCADE, related_name="evaluations", verbose_name=_("measure")
    )
    title = models.CharField(_("title"), max_length=300)
    method = models.CharField(_("method"), max_length=20, choices=EvaluationMethod.choices)
    method_note = models.TextField(
        _("procedure"), blank=True, help_text=_("How was evaluated, with whom, with which data?")
    )
    evaluated_by = models.CharField(
        _("evaluated by"), max_length=300, blank=True, help_text=_("Unit or institute")
    )
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period until"))
    result = models.TextField(_("result"))
    goal_achievement = models.CharField(
        _("goal achievement"), max_length=20, choices=GoalAchievement.choices
    )
    recommendation = models.CharField(
        _("recommendation"), max_length=20, choices=Recommendation.choices
    )
    recommendation_note = models.TextField(_("reasons for the recommendation"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        ordering = ["-period_end", "-pk"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The period ends before it starts.")})
        if self.measure_id and self.measure.municipality_id != self.municipality_id:
            raise ValidationError({"measure": _("The measure belongs to another municipality.")})


class EvaluationAttachment(models.Model):
    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="attachments")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=300)
    file = models.FileField(_("file"), upload_to="evaluations/%Y/")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.title

    @property
    def filename(self) -> str:
        return Path(self.file.name).name
