"""Which texts of a concept are translated: the fields the public reads.

German is the source; a translation belongs to one field of one object in one language.
Codes, numbers, dates and choices are not translated (the interface catalogues cover their
labels). The order here is the order of the translation pages and of the document.
"""

from dataclasses import dataclass

from django.apps import apps


@dataclass(frozen=True)
class TranslatableModel:
    label: str  # "app_label.ModelName"
    fields: tuple[str, ...]
    rich_fields: tuple[str, ...] = ()  # sanitised rich text (HTML), not plain text
    part: str = ""  # the part of the translation pages it is listed under

    @property
    def model(self):
        return apps.get_model(self.label)


TRANSLATABLE = (
    TranslatableModel("concepts.Concept", ("title", "kind_label"), part="vision"),
    TranslatableModel("concepts.Vision", ("title", "text", "local_narrative"), part="vision"),
    TranslatableModel("concepts.Guideline", ("title", "text"), part="vision"),
    TranslatableModel("concepts.FieldOfAction", ("name", "description"), part="fields"),
    TranslatableModel("concepts.Goal", ("title", "description"), part="goals"),
    TranslatableModel("measures.Measure", ("title", "description"), part="measures"),
    TranslatableModel("indicators.Indicator", ("name", "definition", "unit"), part="indicators"),
    TranslatableModel(
        "documents.NarrativeSection", ("title", "body"), rich_fields=("body",), part="chapters"
    ),
)


def entry_for(model) -> TranslatableModel | None:
    label = model._meta.label
    return next((e for e in TRANSLATABLE if e.label == label), None)


def entry_for_label(label_lower: str) -> TranslatableModel | None:
    """The registry entry of ``"app_label.modelname"`` (as in a text's key), or None."""
    return next((e for e in TRANSLATABLE if e.label.lower() == label_lower), None)
