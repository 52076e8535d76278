from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.core.forms import OptimisticLockFormMixin
from kompass.core.languages import GERMAN, LANGUAGES
from kompass.core.sanitize import clean_rich_text
from kompass.tenancy.models import Municipality

from .models import DocumentFormat, NarrativeSection

MAX_BODY = 60_000


class NarrativeForm(OptimisticLockFormMixin, forms.ModelForm):
    class Meta:
        model = NarrativeSection
        fields = ["title", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 18})}
        help_texts = {
            "body": _(
                "Plain text: a blank line starts a new paragraph, lines beginning with “- ” "
                "form a list. Or simple HTML: paragraphs, sub-headings (h3, h4), lists, bold, "
                "italic, links and quotes; everything else is removed when saving."
            )
        }

    def clean_body(self):
        body = self.cleaned_data["body"]
        if len(body) > MAX_BODY:
            raise forms.ValidationError(
                _("The text is too long (at most %(max)s characters)."), params={"max": MAX_BODY}
            )
        return clean_rich_text(body)


class GenerateForm(forms.Form):
    format = forms.ChoiceField(
        label=_("Format"), choices=DocumentFormat.choices, initial=DocumentFormat.PDF
    )
    language = forms.ChoiceField(label=_("Language"), initial=GERMAN, required=False)

    def __init__(self, *args, languages=(), **kwargs):
        super().__init__(*args, **kwargs)
        languages = list(languages) or [LANGUAGES[GERMAN]]
        self.fields["language"].choices = [
            (language.code, language_label(language)) for language in languages
        ]

    def clean_language(self):
        return self.cleaned_data.get("language") or GERMAN


def language_label(language) -> str:
    """“Arabic (العربية)”: the name in the interface language and in the language itself."""
    label = str(language.label)
    return label if label == language.native else f"{label} ({language.native})"


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_with_white(hex_colour: str) -> float:
    """The WCAG contrast ratio of white text on ``hex_colour``."""
    return 1.05 / (_luminance(hex_colour) + 0.05)


class AppearanceForm(forms.ModelForm):
    """Logo and colour of the municipality's publications."""

    class Meta:
        model = Municipality
        fields = ["logo", "brand_colour"]
        widgets = {
            "logo": forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg"}),
            "brand_colour": forms.TextInput(attrs={"placeholder": "#1d4f91", "size": 8}),
        }

    def clean_brand_colour(self):
        colour = (self.cleaned_data.get("brand_colour") or "").strip().lower()
        if colour and len(colour) == 7 and colour.startswith("#"):
            try:
                ratio = contrast_with_white(colour)
            except ValueError:
                return colour  # the model's validator names the format
            if ratio < 4.5:
                raise forms.ValidationError(
                    _(
                        "White text on this colour is hard to read (contrast %(ratio)s : 1, "
                        "at least 4.5 : 1 is needed). Please choose a darker colour."
                    ),
                    params={"ratio": f"{ratio:.1f}".replace(".", ",")},
                )
        return colour
