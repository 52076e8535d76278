"""Reads: the translatable objects of a version, its languages, and the state of each text."""

from collections import Counter
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kompass.concepts.models import FieldOfAction
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


def _translation_rows(objects, languages) -> dict:
    """{(language, content type id, object id, field): ContentTranslation} (one query)."""
    groups = _by_content_type(objects)
    languages = [code for code in languages if code != GERMAN]
    if not groups or not languages:
        return {}
    types = content_types()
    condition = Q()
    for model, instances in groups.items():
        condition |= Q(content_type=types[model], object_id__in=[o.pk for o in instances])
    rows = ContentTranslation.objects.filter(condition, language__in=languages)
    return {(row.language, row.content_type_id, row.object_id, row.field): row for row in rows}


def translations_for(objects, language: str) -> dict:
    """{(content type id, object id, field): ContentTranslation} for ``objects`` (one query)."""
    rows = _translation_rows(objects, [language])
    return {key[1:]: row for key, row in rows.items()}


def translatable_texts(objects):
    """(object, registry entry, content type id, field, German text) for every German text
    of ``objects`` that is not empty: the texts there is something to translate of."""
    types = content_types()
    for obj in objects:
        spec = entry_for(type(obj))
        if spec is None:
            continue
        for field in spec.fields:
            german = getattr(obj, field) or ""
            if german.strip():
                yield obj, spec, types[type(obj)].pk, field, german


def text_key(obj, field: str) -> str:
    """The technical name of one text, e.g. ``measures.measure.12.title`` (forms, sheets)."""
    return f"{obj._meta.label_lower}.{obj.pk}.{field}"


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
    part: str = ""
    object_label: str = ""  # e.g. "Maßnahme 1.2 „Sprachkurse für Eltern“"

    @property
    def key(self) -> str:
        return text_key(self.obj, self.field)

    @property
    def max_length(self) -> int | None:
        return self.obj._meta.get_field(self.field).max_length


def text_entries(objects, language: str) -> list[TextEntry]:
    """The non-empty German texts of ``objects`` with their state in ``language``."""
    rows = translations_for(objects, language)
    entries = []
    for obj, spec, type_id, field, german in translatable_texts(objects):
        row = rows.get((type_id, obj.pk, field))
        entries.append(
            TextEntry(
                obj=obj,
                field=field,
                label=str(obj._meta.get_field(field).verbose_name),
                german=german,
                rich=field in spec.rich_fields,
                translation=row,
                state=row.state_for(german) if row else TranslationState.MISSING,
                part=spec.part,
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


# -- the translation workflow (overview, editor, spreadsheet) ---------------------------

# The parts of the translation pages, in the order of the registry and the document.
PARTS = {
    "vision": gettext_lazy("Vision and guidelines"),
    "fields": gettext_lazy("Fields of action"),
    "goals": gettext_lazy("Goals"),
    "measures": gettext_lazy("Measures"),
    "indicators": gettext_lazy("Indicators"),
    "chapters": gettext_lazy("Chapter texts"),
}
OPEN_STATES = (TranslationState.MISSING, TranslationState.OUTDATED)


def _numbers(objects) -> dict:
    """The numbers the concept document gives fields of action (1, 2 …) and measures (1.2)."""
    numbers, per_field = {}, Counter()
    fields = [o for o in objects if o._meta.label == "concepts.FieldOfAction"]
    for number, field in enumerate(fields, start=1):
        numbers[(FieldOfAction, field.pk)] = str(number)
    for obj in objects:
        if obj._meta.label == "measures.Measure" and (FieldOfAction, obj.field_id) in numbers:
            per_field[obj.field_id] += 1
            numbers[(type(obj), obj.pk)] = (
                f"{numbers[(FieldOfAction, obj.field_id)]}.{per_field[obj.field_id]}"
            )
    return numbers


def object_label(obj, numbers=None) -> str:
    """How a translator recognises an object: its kind, its number, its German name."""
    kind = capfirst(obj._meta.verbose_name)
    if obj._meta.label in ("concepts.Concept", "concepts.Vision"):
        return str(kind)
    number = (numbers or {}).get((type(obj), obj.pk))
    name = Truncator(str(obj)).chars(80)
    if number:
        return _("%(kind)s %(number)s “%(name)s”") % {"kind": kind, "number": number, "name": name}
    return _("%(kind)s “%(name)s”") % {"kind": kind, "name": name}


def version_text_entries(version, language: str, objects=None) -> list[TextEntry]:
    """Every German text of ``version`` with its state in ``language``, labelled for people.

    A fixed number of queries (one per translatable model and one for the translations).
    """
    if objects is None:
        objects = version_objects(version)
    numbers = _numbers(objects)
    entries = text_entries(objects, language)
    labels = {}
    for entry in entries:
        key = (type(entry.obj), entry.obj.pk)
        if key not in labels:
            labels[key] = object_label(entry.obj, numbers)
        entry.object_label = labels[key]
    return entries


@dataclass
class LanguageProgress:
    """How far the translation of a version into one language has come."""

    entry: VersionLanguage
    current: int = 0
    outdated: int = 0
    missing: int = 0

    @property
    def language(self) -> ContentLanguage:
        return LANGUAGES[self.entry.language]

    @property
    def total(self) -> int:
        return self.current + self.outdated + self.missing

    @property
    def open(self) -> int:
        return self.outdated + self.missing

    @property
    def percent(self) -> int:
        return round(100 * self.current / self.total) if self.total else 100


def language_progress(version) -> list[LanguageProgress]:
    """The version's languages with their counts of current, outdated and missing texts.

    A fixed number of queries, whatever the number of objects and languages.
    """
    entries = version_languages(version)
    if not entries:
        return []
    objects = version_objects(version)
    rows = _translation_rows(objects, [e.language for e in entries])
    progress = {e.language: LanguageProgress(entry=e) for e in entries}
    for obj, _spec, type_id, field, german in translatable_texts(objects):
        for code, item in progress.items():
            row = rows.get((code, type_id, obj.pk, field))
            state = row.state_for(german) if row else TranslationState.MISSING
            setattr(item, str(state), getattr(item, str(state)) + 1)
    return [progress[e.language] for e in entries]
