"""Reads for the concept document pages."""

from kompass.core.languages import GERMAN, LANGUAGES, ContentLanguage


def document_languages(version) -> list[ContentLanguage]:
    """German first, then every language the version is being translated into.

    Unpublished languages are included: the coordination checks a translation in the
    document before publishing it (the public site offers only the published ones).
    """
    from kompass.translations.models import VersionLanguage

    codes = set(VersionLanguage.objects.filter(version=version).values_list("language", flat=True))
    return [LANGUAGES[GERMAN]] + [
        language for code, language in LANGUAGES.items() if code in codes and code != GERMAN
    ]
