"""Reads: the translatable objects of a version, its languages, and the state of each text."""

from collections import Counter
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from kompass.core.languages import GERMAN, LANGUAGES, ContentLanguage

from .models import ContentTranslation, TranslationState, VersionLanguage
from .registry import TRANSLATABLE, entry_for


def version_objects(version, parts: set[str] | None = None) -> list:
    """Every translatable object of ``version`` in document order (one query per model)."""
    objects = []
    for entry in TRANSLATABLE:
        if parts is not None and entry.part not in parts:
            continue
        model = entry.model
        if entry.label == "concepts.Concept":
            objects.append(version.concept)
            continue
        if not apps.is_installed(model._meta.app_config.name):
            continue
        queryset = model.objects.filter(version=version)
        if entry.label == "measures.Measure":
            queryset = queryset.order_by("field__position", "field_id", "position", "pk")
        elif entry.label == "indicators.Indicator":
            queryset = queryset.order_by("field__position", "field_id", "name", "pk")
        objects.extend(queryset)
    return objects


def _by_content_type(objects) -> dict:
    groups: dict = {}
    for obj in objects:
        groups.setdefault(type(obj), []).append(obj)
    return groups


def content_types() -> dict:
    """{model: ContentType} of every translatable model (one query, then Django's cache)."""
    return ContentType.objects.get_for_models(*(entry.model for entry in TRANSLATABLE))


def translations_for(objects, language: str) -> dict:
    """{(content type id, object id, field): ContentTranslation} for ``objects`` (one query)."""
    groups = _by_content_type(objects)
    if not groups or language == GERMAN:
        return {}
    types = content_types()
    condition = Q()
    for model, instances in groups.items():
        condition |= Q(content_type=types[model], object_id__in=[o.pk for o in instances])
    rows = ContentTranslation.objects.filter(condition, language=language)
    return {(row.content_type_id, row.object_id, row.field): row for row in rows}


@dataclass
class TextEntry:
    """One German text and its translation state in one language."""

    obj: object
    field: str
    label: str
    german: str
    rich: bool
    translation: ContentTranslation | None
    state: str

    @property
    def key(self) -> str:
        return f"{self.obj._meta.label_lower}.{self.obj.pk}.{self.field}"


def text_entries(objects, language: str) -> list[TextEntry]:
    """The non-empty German texts of ``objects`` with their state in ``language``."""
    rows = translations_for(objects, language)
    types = content_types()
    entries = []
    for obj in objects:
        spec = entry_for(type(obj))
        for field in spec.fields:
            german = getattr(obj, field) or ""
            if not german.strip():
                continue
            row = rows.get((types[type(obj)].pk, obj.pk, field))
            state = row.state_for(german) if row else TranslationState.MISSING
            entries.append(
                TextEntry(
                    obj=obj,
                    field=field,
                    label=str(obj._meta.get_field(field).verbose_name),
                    german=german,
                    rich=field in spec.rich_fields,
                    translation=row,
                    state=state,
                )
            )
    return entries


def state_counts(entries) -> Counter:
    return Counter(e.state for e in entries)


def version_languages(version) -> list[VersionLanguage]:
    return list(VersionLanguage.objects.filter(version=version).order_by("language"))


def published_languages(version) -> list[ContentLanguage]:
    """German first, then the languages published for ``version`` on the public site."""
    codes = VersionLanguage.objects.filter(version=version, published_at__isnull=False).values_list(
        "language", flat=True
    )
    return [LANGUAGES[GERMAN]] + [
        LANGUAGES[code] for code in LANGUAGES if code in set(codes) and code != GERMAN
    ]
