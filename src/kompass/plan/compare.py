"""Comparing two versions of one concept: what a revision added, removed and changed.

Objects are matched along their ``predecessor`` links (set when a revision copies the
tree), never by title: a renamed measure is *changed*, not removed and added. Any two
versions of a concept can be compared, also non-adjacent ones: the links are followed
back to the nearest version both descend from. The older version (lower number) is
always "before".

Implementation data is left out: a measure's status, progress and status note, the money
spent and the milestones reached go on being reported for the adopted version while its
revision is drafted, and are not a change of the concept.

The number of queries is fixed, whatever the size of the two trees.
"""

from dataclasses import dataclass, field
from itertools import chain

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from kompass.concepts.compare import Segment, word_diff
from kompass.concepts.models import ConceptVersion, FieldOfAction, Goal, Guideline, Vision
from kompass.indicators.models import Indicator
from kompass.measures.models import BudgetLine, Measure, Milestone

# How an attribute is compared and shown.
TEXT = "text"  # words, with inline highlighting
VALUE = "value"  # a number, date or choice, shown as it is
NUMBER = "number"  # a decimal number
YEAR = "year"  # a year, without thousands separator
MONEY = "money"  # an amount in euros
REF = "ref"  # another object (a unit, a catalogue entry, or a tree object)
REFS = "refs"  # a set of other objects (goals, target groups, districts, ...)


@dataclass(frozen=True)
class Attr:
    name: str
    how: str
    # for references into the tree: the kind whose lineage identifies the referenced object
    tree_kind: str | None = None


@dataclass(frozen=True)
class Kind:
    key: str
    label: object
    model: type
    attrs: tuple[Attr, ...]


KINDS = {
    kind.key: kind
    for kind in [
        Kind(
            "vision",
            _("Vision"),
            Vision,
            (Attr("title", TEXT), Attr("text", TEXT), Attr("local_narrative", TEXT)),
        ),
        Kind("guideline", _("Guidelines"), Guideline, (Attr("title", TEXT), Attr("text", TEXT))),
        Kind(
            "field",
            _("Fields of action"),
            FieldOfAction,
            (
                Attr("name", TEXT),
                Attr("description", TEXT),
                Attr("priority", VALUE),
                Attr("lead_unit", REF),
                Attr("catalogue_entry", REF),
            ),
        ),
        Kind(
            "goal",
            _("Goals"),
            Goal,
            (
                Attr("title", TEXT),
                Attr("description", TEXT),
                Attr("level", VALUE),
                Attr("field", REF, "field"),
                Attr("parent", REF, "goal"),
                Attr("kind", VALUE),
                Attr("addressee", VALUE),
                Attr("target_groups", REFS),
                Attr("guidelines", REFS, "guideline"),
                Attr("target_date", VALUE),
            ),
        ),
        Kind(
            "measure",
            _("Measures"),
            Measure,
            (
                Attr("title", TEXT),
                Attr("description", TEXT),
                Attr("field", REF, "field"),
                Attr("goals", REFS, "goal"),
                Attr("measure_type", VALUE),
                Attr("novelty", VALUE),
                Attr("responsible_unit", REF),
                Attr("partners", TEXT),
                Attr("target_groups", REFS),
                Attr("districts", REFS),
                Attr("start_date", VALUE),
                Attr("end_date", VALUE),
                Attr("staff_hours", NUMBER),
            ),
        ),
        Kind(
            "indicator",
            _("Indicators"),
            Indicator,
            (
                Attr("name", TEXT),
                Attr("kind", VALUE),
                Attr("catalogue_entry", REF),
                Attr("field", REF, "field"),
                Attr("goals", REFS, "goal"),
                Attr("definition", TEXT),
                Attr("unit", TEXT),
                Attr("numerator", TEXT),
                Attr("denominator", TEXT),
                Attr("data_source", TEXT),
                Attr("periodicity", VALUE),
                Attr("direction", VALUE),
                Attr("disaggregations", TEXT),
                Attr("responsible_unit", REF),
                Attr("baseline_value", NUMBER),
                Attr("baseline_year", YEAR),
                Attr("target_value", NUMBER),
                Attr("target_date", VALUE),
                Attr("tolerance_percent", NUMBER),
            ),
        ),
    ]
}
# Rows of a measure, compared as sub-differences of the measure.
CHILD_KINDS = {
    "budget_line": Kind(
        "budget_line",
        _("Budget lines"),
        BudgetLine,
        (
            Attr("year", YEAR),
            Attr("funding_source", VALUE),
            Attr("funding_programme", TEXT),
            Attr("funding_period_end", VALUE),
            Attr("proof_of_use_due", VALUE),
            Attr("planned_amount", MONEY),
        ),
    ),
    "milestone": Kind(
        "milestone",
        _("Milestones"),
        Milestone,
        (Attr("title", TEXT), Attr("due_date", VALUE)),
    ),
}


@dataclass
class AttributeChange:
    """One changed attribute: old → new, with the words or set members that differ."""

    label: object
    how: str
    before: object = None
    after: object = None
    before_words: list[Segment] = field(default_factory=list)
    after_words: list[Segment] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)


@dataclass
class ObjectChange:
    """An object present in both versions whose attributes (or rows) differ."""

    before: object
    after: object
    changes: list[AttributeChange]
    # budget lines and milestones of a measure
    children: list["KindDifference"] = field(default_factory=list)


@dataclass
class KindDifference:
    key: str
    label: object
    added: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    changed: list[ObjectChange] = field(default_factory=list)

    def __bool__(self):
        return bool(self.added or self.removed or self.changed)


@dataclass
class VersionComparison:
    before: ConceptVersion
    after: ConceptVersion
    kinds: list[KindDifference]
    # False when the two versions share no ancestry: nothing could be matched
    related: bool = True

    def kind(self, key) -> KindDifference:
        return next(kind for kind in self.kinds if kind.key == key)

    @property
    def is_empty(self) -> bool:
        return not any(self.kinds)


def compare_versions(version: ConceptVersion, other: ConceptVersion) -> VersionComparison:
    """The differences between two versions of the same concept, the older one first."""
    if version.concept_id != other.concept_id:
        raise ValueError("Only versions of the same concept can be compared.")
    before, after = sorted([version, other], key=lambda v: (v.number, v.pk))
    chain_before, chain_after = _version_chains(before, after)
    common = next((pk for pk in chain_after if pk in chain_before), None)
    # objects of the versions in between (and of the common one) carry the links
    between = (set(_up_to(chain_before, common)) | set(_up_to(chain_after, common))) - {
        before.pk,
        after.pk,
    }
    objects = _load(before, after)
    lineage = {
        key: _Lineage(common, objects[key], _links_between(key, between))
        for key in (*KINDS, *CHILD_KINDS)
    }
    kinds = [
        _diff_kind(
            KINDS[key],
            [o for o in objects[key] if o.version_id == before.pk],
            [o for o in objects[key] if o.version_id == after.pk],
            lineage,
        )
        for key in KINDS
    ]
    return VersionComparison(before=before, after=after, kinds=kinds, related=common is not None)


def _up_to(chain_of_versions, common) -> list[int]:
    if common not in chain_of_versions:
        return []
    return chain_of_versions[1 : chain_of_versions.index(common) + 1]


def _version_chains(before, after) -> tuple[list[int], list[int]]:
    """The pks of each version and its ancestors, nearest first (one query)."""
    parents = dict(
        ConceptVersion.objects.filter(concept_id=before.concept_id).values_list(
            "pk", "predecessor_id"
        )
    )

    def walk(pk):
        seen = []
        while pk is not None and pk not in seen:
            seen.append(pk)
            pk = parents.get(pk)
        return seen

    return walk(before.pk), walk(after.pk)


def _load(before, after) -> dict[str, list]:
    """Both trees at once: one query per kind and per prefetched relation."""
    versions = [before.pk, after.pk]
    measures = list(
        Measure.objects.filter(version__in=versions)
        .select_related("responsible_unit", "field")
        .prefetch_related(
            "goals",
            "target_groups",
            "districts",
            Prefetch("budget_lines", queryset=BudgetLine.objects.order_by("year", "pk")),
            Prefetch("milestones", queryset=Milestone.objects.order_by("due_date", "pk")),
        )
    )
    for measure in measures:
        for child in chain(measure.budget_lines.all(), measure.milestones.all()):
            child.version_id = measure.version_id
    return {
        "vision": list(Vision.objects.filter(version__in=versions)),
        "guideline": list(Guideline.objects.filter(version__in=versions)),
        "field": list(
            FieldOfAction.objects.filter(version__in=versions).select_related(
                "lead_unit", "catalogue_entry"
            )
        ),
        "goal": list(
            Goal.objects.filter(version__in=versions)
            .select_related("field", "parent")
            .prefetch_related("target_groups", "guidelines")
        ),
        "measure": measures,
        "indicator": list(
            Indicator.objects.filter(version__in=versions)
            .select_related("responsible_unit", "catalogue_entry", "field")
            .prefetch_related("goals")
        ),
        "budget_line": [line for m in measures for line in m.budget_lines.all()],
        "milestone": [stone for m in measures for stone in m.milestones.all()],
    }


def _links_between(key, versions) -> dict[int, tuple[int | None, int]]:
    """pk → (predecessor pk, version pk) of the objects of versions between the two compared."""
    if not versions:
        return {}
    model = (KINDS.get(key) or CHILD_KINDS[key]).model
    version_path = "measure__version_id" if key in CHILD_KINDS else "version_id"
    rows = model.objects.filter(**{f"{version_path}__in": versions}).values_list(
        "pk", "predecessor_id", version_path
    )
    return {pk: (predecessor, version) for pk, predecessor, version in rows}


class _Lineage:
    """Identifies an object by its ancestor in the common version, else by itself (new)."""

    def __init__(self, common, objects, between):
        self.common = common
        self.links = dict(between)
        for obj in objects:
            self.links[obj.pk] = (obj.predecessor_id, obj.version_id)

    def key(self, pk):
        start, seen = pk, set()
        while pk in self.links and pk not in seen:
            seen.add(pk)
            predecessor, version = self.links[pk]
            if version == self.common:
                return pk
            pk = predecessor
        return ("new", start)


def _diff_kind(kind, old_objects, new_objects, lineage) -> KindDifference:
    keyed_old = {lineage[kind.key].key(o.pk): o for o in old_objects}
    keyed_new = {lineage[kind.key].key(o.pk): o for o in new_objects}
    result = KindDifference(kind.key, kind.label)
    result.removed = [o for key, o in keyed_old.items() if key not in keyed_new]
    result.added = [o for key, o in keyed_new.items() if key not in keyed_old]
    for key, new in keyed_new.items():
        old = keyed_old.get(key)
        if old is None:
            continue
        changes = [c for attr in kind.attrs if (c := _diff_attr(attr, old, new, lineage))]
        children = []
        if kind.key == "measure":
            children = [
                diff
                for child_kind, rows in (
                    ("budget_line", lambda m: m.budget_lines.all()),
                    ("milestone", lambda m: m.milestones.all()),
                )
                if (diff := _diff_kind(CHILD_KINDS[child_kind], rows(old), rows(new), lineage))
            ]
        if changes or children:
            result.changed.append(ObjectChange(old, new, changes, children))
    return result


def _diff_attr(attr, old, new, lineage) -> AttributeChange | None:
    label = old._meta.get_field(attr.name).verbose_name
    if attr.how == TEXT:
        before, after = getattr(old, attr.name) or "", getattr(new, attr.name) or ""
        if before.strip() == after.strip():
            return None
        before_words, after_words = word_diff(before, after)
        return AttributeChange(
            label, TEXT, before, after, before_words=before_words, after_words=after_words
        )
    if attr.how == REF:
        before, after = getattr(old, attr.name), getattr(new, attr.name)
        if _identity(attr, before, lineage) == _identity(attr, after, lineage):
            return None
        return AttributeChange(label, REF, before, after)
    if attr.how == REFS:
        before = {_identity(attr, o, lineage): o for o in getattr(old, attr.name).all()}
        after = {_identity(attr, o, lineage): o for o in getattr(new, attr.name).all()}
        if before.keys() == after.keys():
            return None
        return AttributeChange(
            label,
            REFS,
            kept=sorted(str(o) for key, o in after.items() if key in before),
            removed=sorted(str(o) for key, o in before.items() if key not in after),
            added=sorted(str(o) for key, o in after.items() if key not in before),
        )
    before, after = getattr(old, attr.name), getattr(new, attr.name)
    if before == after:
        return None
    display = f"get_{attr.name}_display"
    if hasattr(old, display):
        before, after = getattr(old, display)(), getattr(new, display)()
    return AttributeChange(label, attr.how, before, after)


def _identity(attr, obj, lineage):
    if obj is None:
        return None
    if attr.tree_kind:
        return lineage[attr.tree_kind].key(obj.pk)
    return obj.pk
