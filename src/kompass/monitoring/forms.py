"""Forms of monitoring: evaluations, their attachments, the unit chosen on the task page."""

from pathlib import Path

from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.core.forms import DateInput, OptimisticLockFormMixin

from .models import Evaluation, EvaluationAttachment

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
# Allowed endings and how their files begin (content sniffing: the ending alone proves nothing).
ZIP, OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ATTACHMENT_TYPES = {
    ".pdf": (b"%PDF-",),
    ".docx": (ZIP,),
    ".xlsx": (ZIP,),
    ".pptx": (ZIP,),
    ".odt": (ZIP,),
    ".ods": (ZIP,),
    ".doc": (OLE,),
    ".xls": (OLE,),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".csv": None,  # text: checked for being text instead
    ".txt": None,
}


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
    class Meta:
        model = EvaluationAttachment
        fields = ["title", "file"]
        help_texts = {
            "file": _(
                "PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, PNG or JPEG; up to 20 MB. "
                "The file is only visible to members of the municipality."
            )
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["title"].help_text = _("Leave empty to use the file name.")
        self.fields["file"].widget.attrs["accept"] = ",".join(ATTACHMENT_TYPES)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        suffix = Path(upload.name).suffix.lower()
        if suffix not in ATTACHMENT_TYPES:
            raise forms.ValidationError(
                _("Files of type “%(suffix)s” cannot be attached. Allowed: %(allowed)s.")
                % {"suffix": suffix or "?", "allowed": ", ".join(ATTACHMENT_TYPES)}
            )
        if upload.size > MAX_ATTACHMENT_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        if upload.size == 0:
            raise forms.ValidationError(_("The file is empty."))
        head = upload.read(2048)
        upload.seek(0)
        signatures = ATTACHMENT_TYPES[suffix]
        if signatures is None:
            if b"\x00" in head:
                raise forms.ValidationError(_("The file is not a text file."))
        elif not head.startswith(signatures):
            raise forms.ValidationError(
                _("The content of the file does not match its ending “%(suffix)s”.")
                % {"suffix": suffix}
            )
        return upload

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
