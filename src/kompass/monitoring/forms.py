"""Forms of monitoring: evaluations, their attachments, the unit chosen on the task page."""

from pathlib import Path

from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.core.forms import DateInput, OptimisticLockFormMixin
from kompass.core.uploads import ATTACHMENT_TYPES, MB, UploadField

from .models import Evaluation, EvaluationAttachment


class EvaluationForm(OptimisticLockFormMixin, forms.ModelForm):
    class Meta:
        model = Evaluation
        fields = [
            "title",
            "method",
            "method_note",
            "evaluated_by",
            "period_start",
            "period_end",
            "result",
            "goal_achievement",
            "recommendation",
            "recommendation_note",
        ]
        widgets = {
            "period_start": DateInput(),
            "period_end": DateInput(),
            "method_note": forms.Textarea(attrs={"rows": 3}),
            "result": forms.Textarea(attrs={"rows": 6}),
            "recommendation_note": forms.Textarea(attrs={"rows": 3}),
        }


class AttachmentForm(forms.ModelForm):
    file = UploadField(
        types=ATTACHMENT_TYPES,
        max_bytes=20 * MB,
        label=_("file"),
        help_text=_(
            "PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, PNG or JPEG; up to 20 MB. "
            "The file is only visible to members of the municipality."
        ),
    )

    class Meta:
        model = EvaluationAttachment
        fields = ["title", "file"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["title"].help_text = _("Leave empty to use the file name.")

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload and not data.get("title"):
            data["title"] = Path(upload.name).stem[:300]
        return data


class UnitChoiceForm(forms.Form):
    """Coordination chooses whose measures and indicators to look at (GET)."""

    einheit = forms.ModelChoiceField(
        queryset=None, label=_("Responsible unit"), empty_label=_("— please choose —")
    )

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["einheit"].queryset = units
