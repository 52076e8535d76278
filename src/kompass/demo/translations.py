"""Translations of the demo concepts: Beispielheim in Arabic and English, Musterstadt in English
and Leichte Sprache.

Beispielheim's small concept is translated completely and published in both languages, so
the public site and the concept document show a right-to-left language. Musterstadt's
concept has an English translation of most texts (the long descriptions of the operative
goals and measures are still missing) and a Leichte Sprache version of the vision, the
guidelines and the fields of action; a few translations are outdated because the German
text was reworded after they were made, so the translation workflow has something to show.

Translations are looked up by their German text, so the tables in
``data/*/translations.yaml`` read like a glossary. They go through the same service as the
translation pages (``translations_save``).
"""

from kompass.demo import content as data
from kompass.translations.models import ContentTranslation, VersionLanguage
from kompass.translations.selectors import version_objects
from kompass.translations.services import (
    translations_save,
    version_language_add,
    version_language_publish,
)

BEISPIELHEIM = data.read("beispielheim/translations")
MUSTERSTADT = data.read("musterstadt/translations")
# Leichte Sprache covers the core texts only.
EASY_LANGUAGE_MODELS = {
    "concepts.Concept",
    "concepts.Vision",
    "concepts.Guideline",
    "concepts.FieldOfAction",
}


def _changes(objects, translate):
    """(obj, field, text, German text) for every field ``translate(obj, field)`` can translate."""
    from kompass.translations.registry import entry_for

    changes = []
    for obj in objects:
        for field in entry_for(type(obj)).fields:
            german = getattr(obj, field) or ""
            text = translate(obj, field, german) if german else None
            if text:
                changes.append((obj, field, text, german))
    return changes


def _translate(version, language, translate, *, acting_user, publish) -> None:
    version_language_add(version=version, language=language)
    objects = version_objects(version)
    translations_save(
        version=version,
        language=language,
        changes=_changes(objects, translate),
        acting_user=acting_user,
    )
    if publish:
        entry = VersionLanguage.objects.get(version=version, language=language)
        version_language_publish(entry=entry, publish=True)


def _mark_outdated(version, language, earlier: dict) -> None:
    """Let translations look as if they were made from an earlier German wording."""
    from django.contrib.contenttypes.models import ContentType

    for obj in version_objects(version):
        for field in ("title", "name", "text"):
            german = getattr(obj, field, None)
            if german in earlier:
                ContentTranslation.objects.filter(
                    content_type=ContentType.objects.get_for_model(obj),
                    object_id=obj.pk,
                    field=field,
                    language=language,
                ).update(source_text=earlier[german])


def build_beispielheim_translations(version, *, acting_user) -> None:
    """Beispielheim in Arabic and English, complete and published."""
    for language in ("ar", "en"):

        def translate(obj, field, german, language=language):
            if obj._meta.label == "documents.NarrativeSection" and field == "body":
                return BEISPIELHEIM["chapters"][obj.key][language]
            entry = BEISPIELHEIM["texts"].get(german)
            return entry[language] if entry else None

        _translate(version, language, translate, acting_user=acting_user, publish=True)


def build_musterstadt_translations(version, *, acting_user) -> None:
    """Musterstadt: most texts in English (published), Leichte Sprache for the core texts."""

    def english(obj, field, german):
        return MUSTERSTADT["en"].get(german)

    _translate(version, "en", english, acting_user=acting_user, publish=True)
    _mark_outdated(version, "en", MUSTERSTADT["en_outdated"])

    def easy(obj, field, german):
        if obj._meta.label in EASY_LANGUAGE_MODELS:
            return MUSTERSTADT["ls"].get(german)
        return None

    _translate(version, "ls", easy, acting_user=acting_user, publish=False)
    guideline_text = data.MUSTERSTADT_CONCEPT["guidelines"][
        MUSTERSTADT["ls_outdated_guideline"] - 1
    ]["text"]
    _mark_outdated(
        version,
        "ls",
        {guideline_text: guideline_text.replace("Begegnung entsteht vor Ort. ", "")},
    )


def build_translations(town, village, *, acting_user) -> None:
    """The translations of both demo concepts (their adopted versions)."""
    from kompass.concepts.models import ConceptVersion, VersionStatus

    for municipality, build in (
        (town, build_musterstadt_translations),
        (village, build_beispielheim_translations),
    ):
        version = ConceptVersion.objects.filter(
            municipality=municipality, status=VersionStatus.ADOPTED
        ).first()
        if version is not None:
            build(version, acting_user=acting_user)
