"""Changes to translations: saving a page of texts (all or nothing), publishing, copying."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from kompass.core.languages import GERMAN, LANGUAGES
from kompass.core.sanitize import clean_rich_text

from .models import ContentTranslation, TranslationState, VersionLanguage
from .registry import entry_for
from .selectors import (
    content_types,
    text_key,
    translatable_texts,
    translations_for,
    version_objects,
)


def overlay(objects, language: str) -> None:
    """Put the current ``language`` translations onto ``objects`` in place (one query).

    Fields without a current translation keep their German text and are named in
    ``obj.untranslated_fields``. Overlaid instances are for display only: never save them.
    """
    objects = [o for o in objects if o is not None]
    if language == GERMAN or not objects:
        return
    rows = translations_for(objects, language)
    for obj in objects:
        if entry_for(type(obj)) is not None:
            obj.untranslated_fields = set()
            obj.display_language = language
    for obj, _spec, type_id, field, german in translatable_texts(objects):
        row = rows.get((type_id, obj.pk, field))
        if row is not None and row.state_for(german) == TranslationState.CURRENT:
            setattr(obj, field, row.text)
        else:
            obj.untranslated_fields.add(field)


def _clean(spec, field: str, text: str) -> str:
    text = text.replace("\r\n", "\n").strip()
    if field in spec.rich_fields:
        text = clean_rich_text(text)
    return text


# A translated plain text may be as long as this (the German fields have no limit either).
MAX_TEXT = 60_000


def _belongs_to(obj, version) -> bool:
    if obj._meta.label == "concepts.Concept":
        return obj.pk == version.concept_id
    return getattr(obj, "version_id", None) == version.pk


def _problem(obj, field, text, shown, expected, row) -> str | None:
    """Why one change cannot be saved, or None."""
    if (getattr(obj, field) or "") != (shown or ""):
        return _(
            "The German text has changed in the meantime: please check the translation "
            "against the new German text and save again."
        )
    if expected is not None and (row.text if row else "") != expected:
        return _(
            "Someone else has changed this translation in the meantime; please compare "
            "and save again."
        )
    limit = obj._meta.get_field(field).max_length or MAX_TEXT
    if len(text) > limit:
        return _(
            "The translation is too long: %(length)s characters, at most %(max)s are possible."
        ) % {"length": len(text), "max": limit}
    return None


@transaction.atomic
def translations_save(*, version, language: str, changes, acting_user) -> int:
    """Save the translations of one page or sheet: all or nothing.

    ``changes`` is a list of ``(obj, field, text, shown_german)`` or ``(obj, field, text,
    shown_german, shown_translation)`` with ``obj`` freshly loaded. ``shown_german`` is the
    German text the translator saw: if the object's German differs, nothing is saved
    (someone edited the German in the meantime). With ``shown_translation`` (the stored
    translation the translator started from, "" for none) a translation someone else saved
    in the meantime is not overwritten either. An empty text removes the translation.
    Refusals are a ``ValidationError`` keyed by ``text_key(obj, field)``. Returns the
    number of translations written or removed.
    """
    if language not in LANGUAGES or language == GERMAN:
        raise ValidationError(_("Unknown translation language."))
    if not VersionLanguage.objects.filter(version=version, language=language).exists():
        raise ValidationError(_("This version is not being translated into that language."))
    objects = [change[0] for change in changes]
    rows = translations_for(objects, language)
    types = content_types()
    errors, cleaned = {}, []
    for change in changes:
        obj, field, text, shown = change[:4]
        expected = change[4] if len(change) > 4 else None
        spec = entry_for(type(obj))
        if spec is None or field not in spec.fields or not _belongs_to(obj, version):
            raise ValidationError(_("This text cannot be translated."))
        text = _clean(spec, field, text or "")
        row = rows.get((types[type(obj)].pk, obj.pk, field))
        problem = _problem(obj, field, text, shown, expected, row)
        if problem:
            errors[text_key(obj, field)] = [problem]
        cleaned.append((obj, field, text, shown or "", row))
    if errors:
        raise ValidationError(errors)
    count = 0
    for obj, field, text, shown, row in cleaned:
        if not text:
            if row is not None:
                row.delete()
                count += 1
            continue
        if row is not None and row.text == text and row.source_text == shown:
            continue
        if row is None:
            row = ContentTranslation(
                municipality=version.municipality,
                content_type_id=types[type(obj)].pk,
                object_id=obj.pk,
                field=field,
                language=language,
            )
        row.text, row.source_text, row.updated_by = text, shown, acting_user
        row.save()
        count += 1
    return count


@transaction.atomic
def version_language_add(*, version, language: str) -> VersionLanguage:
    if language not in LANGUAGES or language == GERMAN:
        raise ValidationError(_("Unknown translation language."))
    entry, _created = VersionLanguage.objects.get_or_create(
        version=version, language=language, defaults={"municipality": version.municipality}
    )
    return entry


def version_language_publish(*, entry: VersionLanguage, publish: bool) -> VersionLanguage:
    """Offer the language on the public site (texts without a current translation show the
    German text there), or stop offering it."""
    if publish and entry.published_at is None:
        entry.published_at = timezone.now()
    elif not publish:
        entry.published_at = None
    entry.save(update_fields=["published_at"])
    return entry


@transaction.atomic
def version_language_remove(*, entry: VersionLanguage) -> None:
    """Take a language off a version. Its translations are kept (they belong to the texts)
    and are there again when the language is added once more."""
    entry.delete()


def translations_carry_forward(*, source, target, acting_user=None) -> int:
    """Revision step: copy the translations of ``source`` onto the copies in ``target``.

    Copies are found by their ``predecessor`` link (narrative chapters by their key). They
    keep the German text they were made from, so they stay current where the new version
    keeps the German and become outdated where it changes. Languages are copied unpublished:
    the new version is published when it has been adopted and its translations checked.
    A copied translation keeps who wrote it, so ``acting_user`` is not recorded.
    """
    for entry in VersionLanguage.objects.filter(version=source):
        VersionLanguage.objects.get_or_create(
            version=target,
            language=entry.language,
            defaults={"municipality": target.municipality},
        )
    old_objects = {(type(o), o.pk): o for o in version_objects(source)}
    old_sections = {
        o.key: o for o in old_objects.values() if o._meta.label == "documents.NarrativeSection"
    }
    pairs = []
    for new in version_objects(target):
        if new._meta.label == "concepts.Concept":
            continue  # one concept for all its versions: its translations need no copy
        if new._meta.label == "documents.NarrativeSection":
            old = old_sections.get(new.key)
        else:
            old = old_objects.get((type(new), getattr(new, "predecessor_id", None)))
        if old is not None:
            pairs.append((old, new))
    if not pairs:
        return 0
    models = {type(old) for old, _new in pairs}
    types = content_types()
    new_for = {(types[type(old)].pk, old.pk): new.pk for old, new in pairs}
    condition = Q()
    for model in models:
        condition |= Q(
            content_type=types[model],
            object_id__in=[old.pk for old, _new in pairs if type(old) is model],
        )
    copies = [
        ContentTranslation(
            municipality=target.municipality,
            content_type_id=row.content_type_id,
            object_id=new_for[(row.content_type_id, row.object_id)],
            field=row.field,
            language=row.language,
            text=row.text,
            source_text=row.source_text,
            updated_by=row.updated_by,
        )
        for row in ContentTranslation.objects.filter(condition)
    ]
    ContentTranslation.objects.bulk_create(copies, batch_size=500)
    return len(copies)
