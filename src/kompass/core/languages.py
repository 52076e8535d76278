"""The content languages: the languages in which a municipality publishes its own texts.

German is the source. Further languages are written by the municipality (survey questions,
translations of the concept); Leichte Sprache is its own variant of German. The product's
interface speaks German and English through Django's catalogues; for the public site and
the concept document ``ui_language`` names the catalogue used for headings and labels
(Turkish, Arabic and Ukrainian have catalogues for those pages; the others fall back to
German).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

GERMAN = "de"


@dataclass(frozen=True)
class ContentLanguage:
    code: str
    label: object  # the name in the product's interface language
    native: str  # the name in the language itself, for a language choice
    html_lang: str  # BCP 47 tag for the lang attribute
    rtl: bool = False
    ui_language: str = GERMAN  # the Django catalogue for headings and labels

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"


LANGUAGES = {
    language.code: language
    for language in (
        ContentLanguage("de", _("German"), "Deutsch", "de"),
        # Leichte Sprache has no language tag of its own: German with a private-use subtag.
        ContentLanguage("ls", _("Easy German (Leichte Sprache)"), "Leichte Sprache", "de-x-ls"),
        ContentLanguage("en", _("English"), "English", "en", ui_language="en"),
        ContentLanguage("tr", _("Turkish"), "Türkçe", "tr", ui_language="tr"),
        ContentLanguage("ar", _("Arabic"), "العربية", "ar", rtl=True, ui_language="ar"),
        ContentLanguage("uk", _("Ukrainian"), "Українська", "uk", ui_language="uk"),
        ContentLanguage("ru", _("Russian"), "Русский", "ru"),
        ContentLanguage("fa", _("Persian (Farsi)"), "فارسی", "fa", rtl=True),
    )
}
TRANSLATION_LANGUAGES = [lang for code, lang in LANGUAGES.items() if code != GERMAN]
TRANSLATION_LANGUAGE_CHOICES = [(lang.code, lang.label) for lang in TRANSLATION_LANGUAGES]


def content_language(code: str | None) -> ContentLanguage:
    """The language of ``code``; German for anything unknown."""
    return LANGUAGES.get(code or GERMAN) or LANGUAGES[GERMAN]
